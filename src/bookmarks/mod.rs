//! Bookmarks: passages of releases the user saved, with notes.
//!
//! [`model`] is what a bookmark holds, [`store`] keeps them in
//! `bookmarks.json` safely (atomic writes, a lock between processes,
//! damaged files moved aside), [`anchor`] finds a bookmark's passage again
//! in a release that changed, [`resolve`] finds the release and passages
//! of each bookmark in the open archive, and [`export`] turns bookmarks into Markdown
//! citations or JSON.

pub mod anchor;
pub mod export;
pub mod model;
pub mod resolve;
pub mod store;

pub use anchor::{Anchor, locate};
pub use model::{Bookmark, SCHEMA_VERSION};
pub use resolve::{Finder, find_release, passages_in};
pub use store::{Notice, Store};
