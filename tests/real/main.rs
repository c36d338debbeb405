//! The shared real corpus (../shared/corpus): every test here needs it, and reports as
//! ignored without it.
//!
//! One test binary for the group: one build and link instead of one per file.

#[path = "../common/mod.rs"]
mod common;

mod bodies;
mod cli;
mod corpus;
mod duplicates;
mod gold;
mod names;
mod quotes;
mod search;
mod seeds;
mod transcripts;
