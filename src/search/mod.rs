//! Finding things in the corpus: the list filter, search inside a release,
//! full-text search over the whole corpus, near-duplicate and related
//! releases (together the [`analysis`], with the index saved between runs),
//! the index of every quotation by speaker, and who is who among the
//! speakers ([`speakers`]), which the filter, the quotations and corpus
//! search all ask.

pub mod analysis;
pub mod duplicates;
pub mod engine;
pub mod filter;
pub mod find;
pub mod hits;
pub mod kwic;
pub mod query;
pub mod quotes;
pub mod related;
pub mod saved;
pub mod speakers;
pub mod syntax;
