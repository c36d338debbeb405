//! Corpus-wide search in the reader (`:` or Ctrl-F): ranked releases with a
//! keyword-in-context line each; Enter opens the release at its first hit
//! with every hit highlighted and `n`/`N` moving between them.

use super::app::{App, Focus, Prompt, PromptKind};
use super::input::LineInput;
use super::picker::Picker;
use crate::corpus::TextPos;
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
    let Some(index) = app.analysis.clone() else {
        app.message = Some("still building the search index; try again in a moment".into());
        return;
    };
    app.search.results = index.search.search(&app.corpus.releases, query, LIMIT);
    app.search.contexts = app
        .search
        .results
        .iter()
        .map(|result| match result.hits.first() {
            Some(&hit) => snippet(
                &app.corpus.releases[result.release as usize].body(),
                hit,
                CONTEXT,
            ),
            None => Snippet::default(),
        })
        .collect();
    if app.search.results.is_empty() {
        app.message = Some(format!("no release matches {query:?}"));
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
