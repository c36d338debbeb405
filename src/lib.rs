//! readout: a terminal reader for press releases.
//!
//! The library holds everything the binary does, so tests and benchmarks use
//! the same code: [`corpus`] parses archives into releases, [`search`] finds
//! things in them, [`tui`] is the interactive reader and [`cli`] the commands
//! for scripts; [`bookmarks`] keeps the passages the user saved, [`reading`]
//! which releases were read and where, both in files kept safe by
//! [`persist`]; [`config`] reads the user's settings, and [`progress`]
//! draws the progress of long work on stderr.

#![warn(missing_docs)]

pub mod bookmarks;
pub mod cli;
pub mod config;
pub mod corpus;
pub mod persist;
pub mod progress;
pub mod reading;
pub mod search;
pub mod tui;
