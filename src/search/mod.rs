//! Finding things in the corpus: the list filter, search inside a release,
//! near-duplicate releases.

pub mod duplicates;
pub mod filter;
pub mod find;
pub mod related;
