//! Corpus-wide search (`:` or Ctrl-F): ranked releases with a keyword in
//! context each, within the list's filter unless asked for everywhere;
//! Enter opens the release at its first hit with every hit highlighted and
//! `n`/`N` moving between them, and Esc comes back to the same results.
//! Leaving the results ends their highlights.

use std::sync::Arc;

use super::{passage, reader};
use crate::corpus::sanitize::for_display;
use crate::corpus::{Corpus, TextPos};
use crate::search::find::Found;
use crate::search::hits::SearchHit;
use crate::search::syntax::Query;
use crate::tui::app::{App, Focus};
use crate::tui::effect::{Effect, SearchJob, SearchOutcome};
use crate::tui::pane::{Pane, ResultsPane};
use crate::tui::picker::Picker;

/// Asks for a query's results (on a worker for a large archive: a phrase of
/// common words reads many releases, and the reader answers keys meanwhile).
pub fn run(app: &mut App, query: &str, fx: &mut Vec<Effect>) {
    if query.trim().is_empty() {
        return;
    }
    let parsed = match Query::parse(query) {
        Ok(parsed) => parsed,
        Err(error) => {
            app.message = Some(error.message);
            return;
        }
    };
    let within = scope(app);
    // The same query over the same releases: back to its results as left.
    if let Some(last) = app.search.last.take()
        && last.query == query
        && last.within == within.is_some()
    {
        show(app, last, fx);
        return;
    }
    app.search.query = query.to_string();
    let Some(analysis) = app.analysis.clone() else {
        app.message = Some("still building the search index; try again in a moment".into());
        return;
    };
    app.search.generation += 1;
    app.message = Some(format!(
        "searching for “{}”…",
        for_display(&parsed.describe())
    ));
    fx.push(Effect::Search(SearchJob {
        generation: app.search.generation,
        query: parsed,
        within,
        corpus: Arc::clone(&app.corpus),
        analysis,
        filter_index: Arc::clone(&app.filter_index),
    }));
}

/// The releases a search looks in: the filtered list's, unless the list
/// is not filtered or the search is for every release.
fn scope(app: &App) -> Option<Arc<Vec<u32>>> {
    app.searches_within_filter()
        .then(|| super::list::every_listed(app))
}

/// Shows results in place of the list, focused, the selected one previewed.
fn show(app: &mut App, pane: ResultsPane, fx: &mut Vec<Effect>) {
    app.search.query = pane.query.clone();
    app.pane = Pane::Results(pane);
    app.focus = Focus::List;
    preview(app, fx);
}

/// Back from a release opened from the results to the results as they were.
pub fn come_back(app: &mut App, fx: &mut Vec<Effect>) {
    if let Some(last) = app.search.last.take() {
        show(app, last, fx);
    }
}

/// The results are closed: their highlights end, and there is nothing to
/// come back to.
pub fn leave(app: &mut App) {
    app.search.last = None;
    if app.reader.search.from_results {
        app.reader.search = Default::default();
        reader::marks_changed(app);
    }
}

/// Takes the outcome of a search, if it is the latest search and for the
/// corpus shown, and shows its results in place of the list.
pub fn searched(app: &mut App, corpus: &Arc<Corpus>, outcome: SearchOutcome, fx: &mut Vec<Effect>) {
    if !Arc::ptr_eq(corpus, &app.corpus) || outcome.generation != app.search.generation {
        return;
    }
    app.message = None;
    let within = scope(app).is_some();
    if outcome.results.is_empty() {
        let text = Query::parse(&app.search.query)
            .map_or_else(|_| app.search.query.clone(), |q| q.describe());
        let place = if within { " in the filtered list" } else { "" };
        app.message = Some(format!("no release{place} matches {}", for_display(&text)));
        return;
    }
    let mut picker = Picker::default();
    picker.set_items(
        (0..outcome.results.len() as u32).collect(),
        app.list_height(),
    );
    let pane = ResultsPane {
        query: app.search.query.clone(),
        picker,
        results: outcome.results,
        contexts: outcome.contexts,
        total: outcome.total,
        within,
    };
    show(app, pane, fx);
}

/// The selected result.
fn selected(app: &App) -> Option<&SearchHit> {
    let Pane::Results(pane) = &app.pane else {
        return None;
    };
    pane.results.get(*pane.picker.current()? as usize)
}

/// Moves the view's selection.
pub fn move_by(app: &mut App, delta: isize, fx: &mut Vec<Effect>) {
    let height = app.list_height();
    app.pane.move_by(delta, height);
    preview(app, fx);
}

/// Shows the selected result at its first hit in the reading pane.
fn preview(app: &mut App, fx: &mut Vec<Effect>) {
    let Some(result) = selected(app) else {
        return;
    };
    let (release, hit) = (result.release, result.hits.first().copied());
    let passage = match hit {
        Some(h) => (
            TextPos::new(h.paragraph as usize, h.start as usize),
            TextPos::new(h.paragraph as usize, h.end as usize),
        ),
        None => (TextPos::new(0, 0), TextPos::new(0, 0)),
    };
    passage::preview(app, release, passage, fx);
}

/// Opens the selected result at its first hit; `n`/`N` then go through its hits.
pub fn open_selected(app: &mut App, fx: &mut Vec<Effect>) {
    let Some(result) = selected(app).cloned() else {
        return;
    };
    let query = match std::mem::take(&mut app.pane) {
        Pane::Results(pane) => {
            let query = pane.query.clone();
            app.search.last = Some(pane);
            query
        }
        _ => app.search.query.clone(),
    };
    let top = TextPos::new(0, 0);
    passage::go_to(app, result.release, (top, top), fx);
    app.reader.search.from_results = true;
    app.reader.search.text = Query::parse(&query).map_or(query, |q| q.describe());
    app.reader.search.hits = result
        .hits
        .iter()
        .map(|h| Found {
            paragraph: h.paragraph as usize,
            start: h.start as usize,
            end: h.end as usize,
        })
        .collect();
    if !app.reader.search.hits.is_empty() {
        reader::show_hit(app, 0);
    }
}
