//! Reading state: which releases the user has read and where they were in
//! each, kept in `reading.json` beside the bookmarks with the same safety
//! rules (see [`crate::archive::persist`]).

pub mod store;

pub use crate::archive::persist::Notice;
pub use store::{FILE_NAME, ReadingEntry, ReadingStore, SCHEMA_VERSION};
