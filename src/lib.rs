//! readout: a terminal reader for press releases.
//!
//! The library holds everything the binary does, so tests and benchmarks use
//! the same code: [`corpus`] parses archives into releases, [`bookmarks`]
//! keeps the passages the user saved, [`reading`] which releases were read
//! and where, both in files kept safe by [`persist`].

pub mod bookmarks;
pub mod cli;
pub mod config;
pub mod corpus;
pub mod persist;
pub mod reading;
pub mod search;
pub mod tui;
