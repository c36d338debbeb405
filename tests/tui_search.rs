//! Corpus-wide search in the reader: results with snippets, opening one at
//! its first hit, and n/N over its hits.

mod tui_support;

use crossterm::event::{KeyCode, KeyModifiers};
use readout::tui::app::Focus;
use readout::tui::theme::Theme;
use readout::tui::update::{Msg, update};
use tui_support::*;

#[test]
fn colon_searches_every_release_and_opens_a_result_at_its_hit() {
    let mut app = demo_app(160, 40);
    press(&mut app, KeyCode::Char(':'));
    type_text(&mut app, "harbor");
    press(&mut app, KeyCode::Enter);
    assert!(screen(&app).contains("still building the search index"));
    app.analyse_now();
    press_with(&mut app, KeyCode::Char('f'), KeyModifiers::CONTROL);
    press(&mut app, KeyCode::Enter);
    let text = screen(&app);
    assert!(text.contains("Search: harbor ("), "{text}");
    let count = app.search.results.len();
    assert!(count >= 3, "{count}");
    // The hit is highlighted in the keyword-in-context line.
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let list = app.areas().list.unwrap();
    let highlighted = (list.x..list.x + list.width)
        .filter(|&x| buffer[(x, 1)].bg == Theme::default().search_hit.bg.unwrap())
        .count();
    assert!(highlighted >= 6, "the word is highlighted in the first row");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.focus, Focus::Reader);
    let hits = app.reader.search.hits.len();
    assert!(hits >= 1);
    assert_eq!(app.reader.search.current, Some(0));
    assert!(screen(&app).contains(&format!("match 1/{hits}")));
    if hits > 1 {
        press(&mut app, KeyCode::Char('n'));
        assert_eq!(app.reader.search.current, Some(1));
    }
}

#[test]
fn a_quoted_phrase_must_occur_as_written() {
    let mut app = demo_app(160, 40);
    app.analyse_now();
    press(&mut app, KeyCode::Char(':'));
    type_text(&mut app, "\"kitchen table\"");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.search.results.len(), 1);
    press(&mut app, KeyCode::Enter);
    let hit = app.reader.search.hits[0];
    assert_eq!(
        &app.open_body().paragraphs[hit.paragraph].text[hit.start..hit.end].to_lowercase(),
        "kitchen table"
    );
}

#[test]
fn on_a_large_archive_the_search_runs_on_a_worker_and_only_the_latest_is_shown() {
    let mut app = demo_app(160, 40);
    app.analyse_now();
    // As on an archive larger than the limit: nothing runs on the input thread.
    app.options.sync_filter_limit = 0;
    let search = |app: &mut readout::tui::app::App, query: &str| {
        press(app, KeyCode::Char(':'));
        // The prompt starts with the last query: clear it.
        press_with(app, KeyCode::Char('u'), KeyModifiers::CONTROL);
        type_text(app, query);
        press(app, KeyCode::Enter);
        app.search.pending.take().expect("handed to a worker")
    };
    let older = search(&mut app, "harbor");
    assert!(screen(&app).contains("searching for “harbor”…"));
    assert!(!app.search.picker.open);
    let newer = search(&mut app, "broadband");
    let corpus = std::sync::Arc::clone(&app.corpus);
    update(
        &mut app,
        Msg::Searched(corpus.clone(), Box::new(older.perform())),
    );
    assert!(
        !app.search.picker.open,
        "an older search's results are dropped"
    );
    update(&mut app, Msg::Searched(corpus, Box::new(newer.perform())));
    assert!(app.search.picker.open);
    let text = screen(&app);
    assert!(text.contains("Search: broadband ("), "{text}");
    assert!(!text.contains("searching for"), "{text}");
}
