//! readout: a terminal reader for press releases.
//!
//! The library holds everything the binary does, so tests and benchmarks use
//! the same code: [`corpus`] parses bytes into releases, [`archive`] reads
//! archives from disk (walking, the cache, files written safely), [`search`]
//! finds things in them, [`tui`] is the interactive reader and [`cli`] the
//! commands for scripts; [`bookmarks`] keeps the passages the user saved,
//! [`reading`] which releases were read and where; [`config`] reads the
//! user's settings, and [`progress`] draws the progress of long work on
//! stderr. ARCHITECTURE.md draws the layers.

#![warn(missing_docs)]
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub mod archive;
pub mod bookmarks;
pub mod cli;
pub mod config;
pub mod corpus;
pub mod progress;
pub mod reading;
pub mod search;
pub mod tui;
