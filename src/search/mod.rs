//! Finding things in the corpus: the list filter, search inside a release,
//! full-text search over the whole corpus, near-duplicate and related
//! releases.

pub mod duplicates;
pub mod filter;
pub mod find;
pub mod index;
pub mod query;
pub mod related;
