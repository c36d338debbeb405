//! The corpus as a whole: the first update, the background analysis
//! arriving, and a reloaded archive replacing the one shown.

use std::collections::HashSet;
use std::sync::Arc;

use super::{list, reader};
use crate::corpus::Corpus;
use crate::search::analysis::{Analysis, AnalysisProgress};
use crate::search::filter::{FilterIndex, Query};
use crate::tui::app::{App, QuotesIndexState};
use crate::tui::doc::Doc;
use crate::tui::effect::{AnalysisJob, Effect};
use crate::tui::pane::Pane;

/// The first update: shows the selected release and asks for the
/// background analysis of the corpus.
pub fn start(app: &mut App, fx: &mut Vec<Effect>) {
    reader::follow_selection(app, fx);
    analyse(app, fx);
}

/// Asks for the corpus to be analysed in the background (filter fields,
/// full-text index, near-duplicates, related releases).
fn analyse(app: &mut App, fx: &mut Vec<Effect>) {
    app.analysis = None;
    app.analysis_progress = Arc::new(AnalysisProgress::new(app.corpus.releases.len()));
    fx.push(Effect::Analyse(AnalysisJob {
        corpus: Arc::clone(&app.corpus),
        filter_index: Arc::clone(&app.filter_index),
        progress: Arc::clone(&app.analysis_progress),
    }));
}

/// Takes a finished analysis, if it is for the corpus shown.
pub fn analysed(app: &mut App, corpus: &Arc<Corpus>, analysis: Arc<Analysis>) {
    if Arc::ptr_eq(corpus, &app.corpus) {
        app.analysis = Some(analysis);
        reader::marks_changed(app);
    }
}

/// Replaces the corpus with a reloaded one, keeping the selected release,
/// the reading position and the filter, and says what changed.
pub fn reloaded(app: &mut App, corpus: Corpus, fx: &mut Vec<Effect>) {
    let old_ids: HashSet<&str> = app.corpus.releases.iter().map(|r| r.id.as_str()).collect();
    let added = corpus
        .releases
        .iter()
        .filter(|r| !old_ids.contains(r.id.as_str()))
        .count();
    let gone = app.corpus.releases.len() + added - corpus.releases.len();
    let selected_id = app.selected().map(|i| app.corpus.releases[i as usize].id);
    let reading = app
        .reader
        .release
        .map(|i| app.corpus.releases[i as usize].id);
    let (scroll, cursor) = (app.reader.scroll, app.reader.cursor);
    reader::remember_position(app, fx);
    app.corpus = Arc::new(corpus);
    app.filter_index = Arc::new(FilterIndex::default());
    app.forget_finder();
    app.quotes = QuotesIndexState::Absent;
    app.pane = Pane::Releases;
    app.filter.query = Query::default();
    // The reading pane is shown afresh from the new corpus.
    app.reader.release = None;
    app.reader.doc = Doc::default();
    list::resort(app, fx);
    if let Some(at) = selected_id
        .and_then(|id| app.release_by_id(id.as_str()))
        .and_then(|i| app.list.items.iter().position(|&x| x == i))
    {
        app.list.selected = at;
    }
    list::clamp_list(app);
    reader::follow_selection(app, fx);
    if reading.is_some() && reading == app.open_release().map(|r| r.id) {
        app.reader.scroll = scroll;
        app.reader.cursor = cursor;
        reader::clamp_scroll(app);
    }
    analyse(app, fx);
    app.message = Some(format!(
        "reloaded: {added} new, {gone} gone, {} releases",
        app.corpus.releases.len()
    ));
}
