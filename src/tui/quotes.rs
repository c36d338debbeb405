//! The quotations view: every quotation of the corpus grouped by speaker
//! (one person however the releases title them), filterable by speaker and
//! words; Enter opens the release at the quote.

use super::app::{App, Focus};
use super::picker::Picker;
use crate::corpus::Corpus;
use crate::search::quotes::{QuoteIndex, QuoteRow};

/// The quotations view.
#[derive(Debug, Default)]
pub struct QuotesState {
    /// The rows shown (indices into the index's rows).
    pub picker: Picker<u32>,
    /// Built the first time the view opens.
    pub index: Option<QuoteIndex>,
    /// Set when the index must be built on a worker.
    pub pending: bool,
}

/// Opens or closes the view.
pub fn toggle(app: &mut App) {
    if app.quotes.picker.open {
        app.quotes.picker.open = false;
        app.follow_selection();
        return;
    }
    if app.quotes.index.is_none() {
        if app.corpus.releases.len() > app.options.sync_filter_limit {
            // Large archives: collect on a worker; the view opens when ready.
            app.quotes.pending = true;
            app.message = Some("collecting quotations…".into());
            return;
        }
        app.quotes.index = Some(QuoteIndex::build(&app.corpus));
    }
    open(app);
}

/// Shows the view (the index is built).
fn open(app: &mut App) {
    app.close_views();
    app.quotes.picker.open_at_top();
    app.focus = Focus::List;
    refresh(app);
}

/// Takes a quotation index built on a worker, if it is for the corpus
/// shown, and opens the view.
pub fn indexed(app: &mut App, corpus: &std::sync::Arc<Corpus>, index: QuoteIndex) {
    if std::sync::Arc::ptr_eq(corpus, &app.corpus) {
        app.quotes.index = Some(index);
        app.message = None;
        open(app);
    }
}

/// Applies the view's filter.
pub fn refresh(app: &mut App) {
    let Some(index) = &app.quotes.index else {
        return;
    };
    let items = index.filter(&app.quotes.picker.filter);
    let height = app.list_height();
    app.quotes.picker.set_items(items, height);
    preview(app);
}

/// Moves the view's selection.
pub fn move_by(app: &mut App, delta: isize) {
    let height = app.list_height();
    app.quotes.picker.move_by(delta, height);
    preview(app);
}

/// Shows the selected quotation in the reading pane.
fn preview(app: &mut App) {
    let Some(row) = selected(app) else {
        return;
    };
    super::marks::preview_passage(app, row.release, row.start, row.end);
}

/// The selected row.
pub fn selected(app: &App) -> Option<QuoteRow> {
    let row = *app.quotes.picker.current()?;
    app.quotes.index.as_ref()?.rows.get(row as usize).copied()
}

/// Opens the selected quotation's release at the quote.
pub fn open_selected(app: &mut App) {
    let Some(row) = selected(app) else {
        return;
    };
    app.quotes.picker.open = false;
    super::marks::go_to_passage(app, row.release, row.start, row.end);
}
