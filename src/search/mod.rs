//! Finding things in the corpus: the list filter, search inside a release,
//! full-text search over the whole corpus, near-duplicate and related
//! releases, and the index saved between runs.

pub mod duplicates;
pub mod engine;
pub mod filter;
pub mod find;
pub mod hits;
pub mod kwic;
pub mod query;
pub mod related;
pub mod saved;
pub mod speaker;
pub mod syntax;
