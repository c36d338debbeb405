//! Corpus-wide search in the reader: results with snippets, opening one at
//! its first hit, and n/N over its hits.

mod tui_support;

use crossterm::event::{KeyCode, KeyModifiers};
use readout::tui::app::Focus;
use readout::tui::event::Event;
use readout::tui::pane::Pane;
use readout::tui::theme::Theme;
use tui_support::*;

/// How many results the results view shows.
fn results(app: &TestReader) -> usize {
    let Pane::Results(pane) = &app.pane else {
        panic!("the results view is open");
    };
    pane.results.len()
}

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
    let count = results(&app);
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
    assert_eq!(results(&app), 1);
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
    // As on an archive larger than the limit: the search goes to a worker.
    let search = |app: &mut TestReader, query: &str| {
        press(app, KeyCode::Char(':'));
        // The prompt starts with the last query: clear it.
        press_with(app, KeyCode::Char('u'), KeyModifiers::CONTROL);
        type_text(app, query);
        let effects = effects_of(app, key(KeyCode::Enter));
        match effects.into_iter().next() {
            Some(readout::tui::effect::Effect::Search(job)) => job,
            other => panic!("a search job, not {other:?}"),
        }
    };
    let older = search(&mut app, "harbor");
    assert!(screen(&app).contains("searching for “harbor”…"));
    assert!(!matches!(app.pane, Pane::Results(_)));
    let newer = search(&mut app, "broadband");
    let corpus = std::sync::Arc::clone(&app.corpus);
    app.send(Event::Searched(corpus.clone(), Box::new(older.perform())));
    assert!(
        !matches!(app.pane, Pane::Results(_)),
        "an older search's results are dropped"
    );
    app.send(Event::Searched(corpus, Box::new(newer.perform())));
    assert!(matches!(app.pane, Pane::Results(_)));
    let text = screen(&app);
    assert!(text.contains("Search: broadband ("), "{text}");
    assert!(!text.contains("searching for"), "{text}");
}
