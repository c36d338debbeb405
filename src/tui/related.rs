//! Near-duplicates and related releases in the reader: computed in the
//! background after the corpus loads (with the full-text index), marked in
//! the list (`≈`), and listed for the open release by `R`.

use std::sync::Arc;

use super::app::{App, Focus};
use super::picker::Picker;
use crate::corpus::{Corpus, TextPos};
use crate::search::analysis::Analysis;
use crate::search::related::RelatedRelease;

/// Related releases listed for one release.
const LIMIT: usize = 20;
/// One row of the related view.
#[derive(Debug, Clone, PartialEq)]
pub enum RelatedRow {
    /// A near-duplicate of the open release.
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
#[derive(Debug, Default)]
pub struct RelatedState {
    /// The release the rows are related to.
    pub of: Option<u32>,
    /// The rows.
    pub picker: Picker<RelatedRow>,
}

/// Applies a finished analysis, if it is for the corpus shown.
pub fn analysed(app: &mut App, corpus: &Arc<Corpus>, analysis: Arc<Analysis>) {
    if Arc::ptr_eq(corpus, &app.corpus) {
        app.analysis = Some(analysis);
        app.marks_changed();
    }
}

/// Opens (or closes) the related view for the release being read.
pub fn toggle(app: &mut App) {
    if app.related.picker.open {
        app.related.picker.open = false;
        app.follow_selection();
        return;
    }
    let Some(release) = app.reader.release else {
        return;
    };
    let Some(analysis) = app.analysis.clone() else {
        app.message = Some("still comparing releases; try again in a moment".into());
        return;
    };
    let duplicates: Vec<usize> = analysis.duplicates.others(release as usize).collect();
    let mut rows: Vec<RelatedRow> = duplicates
        .iter()
        .map(|&d| RelatedRow::Duplicate(d as u32))
        .collect();
    rows.extend(
        analysis
            .related
            .related(release as usize, LIMIT, &duplicates)
            .into_iter()
            .map(RelatedRow::Similar),
    );
    if rows.is_empty() {
        app.message = Some("no related release found".into());
        return;
    }
    app.close_views();
    app.related.of = Some(release);
    app.related.picker.open_at_top();
    let height = app.list_height();
    app.related.picker.set_items(rows, height);
    app.focus = Focus::List;
}

/// Moves the view's selection.
pub fn move_by(app: &mut App, delta: isize) {
    let height = app.list_height();
    app.related.picker.move_by(delta, height);
    if let Some(release) = app.related.picker.current().map(RelatedRow::release) {
        let top = TextPos::new(0, 0);
        super::marks::preview_passage(app, release, top, top);
    }
}

/// Opens the selected related release.
pub fn open_selected(app: &mut App) {
    let Some(release) = app.related.picker.current().map(RelatedRow::release) else {
        return;
    };
    app.related.picker.open = false;
    super::marks::go_to_passage(app, release, TextPos::new(0, 0), TextPos::new(0, 0));
}
