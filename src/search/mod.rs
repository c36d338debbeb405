//! Finding things in the corpus: near-duplicate releases.

pub mod duplicates;
