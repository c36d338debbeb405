//! The reader's state driven by keys and drawn into a test buffer: every view, prompt and
//! setting, without a terminal (tui_e2e drives the real binary in tmux).
//!
//! One test binary for the group: one build and link instead of one per file.

mod support;

mod bookmarks;
mod config;
mod essentials;
mod input;
mod quotes;
mod reading;
mod readme_keys;
mod related;
mod render;
mod search;
mod share;
