//! Corpus-wide search (`:` or Ctrl-F): ranked releases with a keyword in
//! context each; Enter opens the release at its first hit with every hit
//! highlighted and `n`/`N` moving between them.

use std::sync::Arc;

use super::{passage, reader};
use crate::corpus::sanitize::for_display;
use crate::corpus::{Corpus, TextPos};
use crate::search::find::Found;
use crate::search::index::SearchHit;
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
    app.search.query = query.to_string();
    let Some(analysis) = app.analysis.clone() else {
        app.message = Some("still building the search index; try again in a moment".into());
        return;
    };
    app.search.generation += 1;
    app.message = Some(format!("searching for “{}”…", for_display(query)));
    fx.push(Effect::Search(SearchJob {
        generation: app.search.generation,
        query: query.to_string(),
        corpus: Arc::clone(&app.corpus),
        analysis,
    }));
}

/// Takes the outcome of a search, if it is the latest search and for the
/// corpus shown, and shows its results in place of the list.
pub fn searched(app: &mut App, corpus: &Arc<Corpus>, outcome: SearchOutcome, fx: &mut Vec<Effect>) {
    if !Arc::ptr_eq(corpus, &app.corpus) || outcome.generation != app.search.generation {
        return;
    }
    app.message = None;
    if outcome.results.is_empty() {
        app.message = Some(format!("no release matches {:?}", app.search.query));
        return;
    }
    let mut picker = Picker::default();
    picker.set_items(
        (0..outcome.results.len() as u32).collect(),
        app.list_height(),
    );
    app.pane = Pane::Results(ResultsPane {
        query: app.search.query.clone(),
        picker,
        results: outcome.results,
        contexts: outcome.contexts,
    });
    app.focus = Focus::List;
    preview(app, fx);
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
        Pane::Results(pane) => pane.query,
        _ => app.search.query.clone(),
    };
    let top = TextPos::new(0, 0);
    passage::go_to(app, result.release, (top, top), fx);
    app.reader.search.text = query;
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
