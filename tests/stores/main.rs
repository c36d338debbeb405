//! The bookmark and reading stores, re-anchoring and export, through the library.
//!
//! One test binary for the group: one build and link instead of one per file.

mod anchor;
mod bookmarks;
mod export;
mod reading;
