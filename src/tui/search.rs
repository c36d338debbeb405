//! Corpus-wide search in the reader (`:` or Ctrl-F): ranked releases with a
//! keyword-in-context line each; Enter opens the release at its first hit
//! with every hit highlighted and `n`/`N` moving between them. On a large
//! archive the search runs on a worker (a phrase of common words reads
//! many releases), and the reader answers keys meanwhile.

use std::sync::Arc;

use super::app::{App, Focus, Prompt, PromptKind};
use super::input::LineInput;
use super::picker::Picker;
use crate::corpus::sanitize::for_display;
use crate::corpus::{Corpus, TextPos};
use crate::search::analysis::Analysis;
use crate::search::find::Found;
use crate::search::index::{SearchHit, Snippet, snippet};

/// Results kept per search.
const LIMIT: usize = 500;
/// Characters of context kept around each result's first hit; the view
/// cuts them to the width it has.
const CONTEXT: usize = 400;

/// The search view: the query and its results.
#[derive(Debug, Default)]
pub struct SearchView {
    /// The query the results are for.
    pub query: String,
    /// Indices into `results`.
    pub picker: Picker<u32>,
    /// Ranked results.
    pub results: Vec<SearchHit>,
    /// Each result's first hit in context (empty when it has no hit in
    /// the body), made when the search runs so drawing reads no release.
    pub contexts: Vec<Snippet>,
    /// A search to hand to a worker.
    pub pending: Option<SearchJob>,
    /// Bumped with every search; a worker's outcome for an older one is dropped.
    pub generation: u64,
}

/// A search for a worker: the query, and the corpus and index it runs on.
#[derive(Debug, Clone)]
pub struct SearchJob {
    /// Which search this is.
    pub generation: u64,
    /// What the user typed.
    pub query: String,
    /// The releases searched.
    pub corpus: Arc<Corpus>,
    /// Their full-text index.
    pub analysis: Arc<Analysis>,
}

/// What a search found, ready for the view.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Which search this is.
    pub generation: u64,
    /// Ranked results.
    pub results: Vec<SearchHit>,
    /// Each result's first hit in context.
    pub contexts: Vec<Snippet>,
}

impl SearchJob {
    /// Runs the search (on any thread): the ranked results and their contexts.
    pub fn perform(&self) -> Outcome {
        let releases = &self.corpus.releases;
        let results = self.analysis.search.search(releases, &self.query, LIMIT);
        let contexts = results
            .iter()
            .map(|result| match result.hits.first() {
                Some(&hit) => snippet(&releases[result.release as usize].body(), hit, CONTEXT),
                None => Snippet::default(),
            })
            .collect();
        Outcome {
            generation: self.generation,
            results,
            contexts,
        }
    }
}

/// Asks for a query.
pub fn ask(app: &mut App) {
    app.prompt = Some(Prompt {
        kind: PromptKind::CorpusSearch,
        input: LineInput::new(&app.search.query),
        before: app.search.query.clone(),
    });
}

/// Runs a query and shows the results in place of the list.
pub fn run(app: &mut App, query: &str) {
    if query.trim().is_empty() {
        return;
    }
    app.search.query = query.to_string();
    let Some(analysis) = app.analysis.clone() else {
        app.message = Some("still building the search index; try again in a moment".into());
        return;
    };
    app.search.generation += 1;
    let job = SearchJob {
        generation: app.search.generation,
        query: query.to_string(),
        corpus: Arc::clone(&app.corpus),
        analysis,
    };
    if app.corpus.releases.len() <= app.options.sync_filter_limit {
        let outcome = job.perform();
        show(app, outcome);
    } else {
        app.search.pending = Some(job);
        app.message = Some(format!("searching for “{}”…", for_display(query)));
    }
}

/// Takes the outcome of a search run on a worker, if it is the latest
/// search and for the corpus shown.
pub fn searched(app: &mut App, corpus: &Arc<Corpus>, outcome: Outcome) {
    if Arc::ptr_eq(corpus, &app.corpus) && outcome.generation == app.search.generation {
        app.message = None;
        show(app, outcome);
    }
}

/// Shows a search's results in place of the list.
fn show(app: &mut App, outcome: Outcome) {
    app.search.results = outcome.results;
    app.search.contexts = outcome.contexts;
    if app.search.results.is_empty() {
        app.message = Some(format!("no release matches {:?}", app.search.query));
        return;
    }
    app.close_views();
    app.search.picker.open_at_top();
    let height = app.list_height();
    let items = (0..app.search.results.len() as u32).collect();
    app.search.picker.set_items(items, height);
    app.focus = Focus::List;
    preview(app);
}

/// Moves the view's selection.
pub fn move_by(app: &mut App, delta: isize) {
    let height = app.list_height();
    app.search.picker.move_by(delta, height);
    preview(app);
}

/// Shows the selected result at its first hit in the reading pane.
fn preview(app: &mut App) {
    let Some(result) = app
        .search
        .picker
        .current()
        .and_then(|&i| app.search.results.get(i as usize))
    else {
        return;
    };
    let (release, hit) = (result.release, result.hits.first().copied());
    let (start, end) = match hit {
        Some(h) => (
            TextPos::new(h.paragraph as usize, h.start as usize),
            TextPos::new(h.paragraph as usize, h.end as usize),
        ),
        None => (TextPos::new(0, 0), TextPos::new(0, 0)),
    };
    super::marks::preview_passage(app, release, start, end);
}

/// Opens the selected result at its first hit; `n`/`N` then go through its hits.
pub fn open_selected(app: &mut App) {
    let Some(result) = app
        .search
        .picker
        .current()
        .and_then(|&i| app.search.results.get(i as usize))
        .cloned()
    else {
        return;
    };
    app.search.picker.open = false;
    let start = TextPos::new(0, 0);
    super::marks::go_to_passage(app, result.release, start, start);
    app.reader.search.text = app.search.query.clone();
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
        super::update::show_hit(app, 0);
    }
}
