//! What the left pane shows: the article list, or one of the views that
//! take its place, each with its own rows and selection. One value, so the
//! keys, the mouse and the drawing all ask the same question the same way.

use std::collections::HashMap;

use super::picker::Picker;
use crate::search::index::{SearchHit, Snippet};
use crate::search::related::RelatedRelease;

/// The left pane.
#[derive(Debug, Default)]
pub enum Pane {
    /// The article list.
    #[default]
    Releases,
    /// The bookmarks view (`B`).
    Bookmarks(BookmarksPane),
    /// The quotations view (`Q`).
    Quotes(QuotesPane),
    /// Related releases and near-duplicates of one release (`R`).
    Related(RelatedPane),
    /// Corpus-wide search results (`:`).
    Results(ResultsPane),
}

impl Pane {
    /// True when the article list is shown.
    pub fn is_releases(&self) -> bool {
        matches!(self, Pane::Releases)
    }

    /// Moves the selection of a view over the list by `delta` rows, keeping
    /// it on a screen of `height` rows (the article list has its own).
    pub fn move_by(&mut self, delta: isize, height: usize) {
        match self {
            Pane::Releases => {}
            Pane::Bookmarks(p) => p.picker.move_by(delta, height),
            Pane::Quotes(p) => p.picker.move_by(delta, height),
            Pane::Related(p) => p.picker.move_by(delta, height),
            Pane::Results(p) => p.picker.move_by(delta, height),
        }
    }

    /// A view's first row shown, selected row and number of rows (`None`
    /// for the article list).
    pub fn rows(&self) -> Option<(usize, usize, usize)> {
        fn of<T>(p: &Picker<T>) -> Option<(usize, usize, usize)> {
            Some((p.offset, p.selected, p.items.len()))
        }
        match self {
            Pane::Releases => None,
            Pane::Bookmarks(p) => of(&p.picker),
            Pane::Quotes(p) => of(&p.picker),
            Pane::Related(p) => of(&p.picker),
            Pane::Results(p) => of(&p.picker),
        }
    }
}

/// The bookmarks view: bookmark ids in the order shown.
#[derive(Debug, Clone, Default)]
pub struct BookmarksPane {
    /// The rows (bookmark ids) and the filter.
    pub picker: Picker<String>,
    /// For bookmark ids whose passage is not in the open archive, why:
    /// "(orphaned) " or "(not in this archive) ". Found when the view is
    /// refreshed, so drawing it reads no release.
    pub lost: HashMap<String, &'static str>,
}

/// The quotations view: rows of the quotation index, in order.
#[derive(Debug, Clone)]
pub struct QuotesPane {
    /// Indices into the index's rows, and the filter.
    pub picker: Picker<u32>,
    /// True when only the quotations of the releases the list shows are
    /// listed (when the list is filtered); `f` turns it off and on.
    pub follow: bool,
}

impl Default for QuotesPane {
    fn default() -> Self {
        QuotesPane {
            picker: Picker::default(),
            follow: true,
        }
    }
}

/// One row of the related view.
#[derive(Debug, Clone, PartialEq)]
pub enum RelatedRow {
    /// A near-duplicate of the release.
    Duplicate(u32),
    /// A similar release.
    Similar(RelatedRelease),
}

impl RelatedRow {
    /// The release the row is about.
    pub fn release(&self) -> u32 {
        match self {
            RelatedRow::Duplicate(r) => *r,
            RelatedRow::Similar(s) => s.release,
        }
    }
}

/// The related view: the release it is for, and its rows.
#[derive(Debug, Clone)]
pub struct RelatedPane {
    /// The release the rows are related to.
    pub of: u32,
    /// The rows.
    pub picker: Picker<RelatedRow>,
}

/// The search results view: the query and its ranked results.
#[derive(Debug, Clone, Default)]
pub struct ResultsPane {
    /// The query the results are for.
    pub query: String,
    /// Indices into `results`.
    pub picker: Picker<u32>,
    /// Ranked results.
    pub results: Vec<SearchHit>,
    /// Each result's first hit in context (empty when it has no hit in
    /// the body), made when the search runs so drawing reads no release.
    pub contexts: Vec<Snippet>,
}
