//! Finding things in the corpus: the list filter, search inside a release,
//! full-text search over the whole corpus, near-duplicate and related
//! releases (together the [`analysis`], with the index saved between runs),
//! and the index of every quotation by speaker.

pub mod analysis;
pub mod duplicates;
pub mod filter;
pub mod find;
pub mod index;
pub mod query;
pub mod quotes;
pub mod related;
pub mod saved;
pub mod speakers;
