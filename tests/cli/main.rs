//! The command line as scripts use it: the real binary on real files.
//!
//! One test binary for the group: one build and link instead of one per file.

#[path = "../common/mod.rs"]
mod common;

mod bookmarks;
mod commands;
mod hardening;
mod search;
