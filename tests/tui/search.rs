//! Corpus-wide search in the reader: results with snippets, opening one at
//! its first hit, and n/N over its hits.

use crate::support::*;
use crossterm::event::{KeyCode, KeyModifiers};
use readout::tui::app::Focus;
use readout::tui::event::Event;
use readout::tui::pane::Pane;
use readout::tui::theme::Theme;

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

/// The selected result's index in the results view.
fn selected(app: &TestReader) -> usize {
    let Pane::Results(pane) = &app.pane else {
        panic!("the results view is open");
    };
    pane.picker.selected
}

#[test]
fn coming_back_from_an_opened_result_keeps_the_results_and_selection() {
    let mut app = demo_app(160, 40);
    app.analyse_now();
    press(&mut app, KeyCode::Char(':'));
    type_text(&mut app, "harbor");
    press(&mut app, KeyCode::Enter);
    let count = results(&app);
    assert!(count >= 3, "{count}");
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.focus, Focus::Reader);
    assert!(app.pane.is_releases());
    // Esc in the reader: back to the same results, the same one selected.
    press(&mut app, KeyCode::Esc);
    assert_eq!(results(&app), count);
    assert_eq!(selected(&app), 2);
    // Open it again, then the same query again: the same results as left.
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char(':'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(results(&app), count);
    assert_eq!(selected(&app), 2);
}

#[test]
fn leaving_the_results_ends_their_highlights() {
    let mut app = demo_app(160, 40);
    app.analyse_now();
    press(&mut app, KeyCode::Char(':'));
    type_text(&mut app, "\"kitchen table\"");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert!(!app.reader.search.hits.is_empty());
    // Another release: the search's hits belonged to the one opened.
    press(&mut app, KeyCode::Char(']'));
    assert!(app.reader.search.hits.is_empty());
    press(&mut app, KeyCode::Char('n'));
    let text = screen(&app);
    assert!(!text.contains("no match for"), "{text}");
    // Closing the results view also ends them.
    press(&mut app, KeyCode::Char(':'));
    press_with(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    type_text(&mut app, "harbor");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert!(!app.reader.search.hits.is_empty());
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    assert!(app.pane.is_releases());
    assert!(app.reader.search.hits.is_empty());
    assert!(app.reader.search.text.is_empty());
}

#[test]
fn a_phrase_with_no_match_is_named_unescaped() {
    let mut app = demo_app(160, 40);
    app.analyse_now();
    press(&mut app, KeyCode::Char(':'));
    type_text(&mut app, "\"border security\"");
    press(&mut app, KeyCode::Enter);
    let text = screen(&app);
    assert!(
        text.contains("no release matches \"border security\""),
        "{text}"
    );
    assert!(!text.contains("\\\""), "{text}");
}

#[test]
fn a_bad_query_is_shown_in_the_prompt_and_enter_waits_for_a_good_one() {
    let mut app = demo_app(160, 40);
    app.analyse_now();
    press(&mut app, KeyCode::Char(':'));
    type_text(&mut app, "harbor date:2024-13");
    let text = screen(&app);
    assert!(text.contains("✗"), "{text}");
    press(&mut app, KeyCode::Enter);
    assert!(app.prompt.is_some(), "the prompt stays open");
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    type_text(&mut app, "03");
    press(&mut app, KeyCode::Enter);
    assert!(results(&app) >= 1);
}

#[test]
fn a_search_looks_within_the_filtered_list_unless_told_otherwise() {
    let mut app = demo_app(160, 40);
    app.analyse_now();
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "source:tidewater");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char(':'));
    assert!(screen(&app).contains("search 1 filtered releases (Tab: all)"));
    type_text(&mut app, "ferry");
    press(&mut app, KeyCode::Enter);
    assert_eq!(results(&app), 1);
    assert!(screen(&app).contains("in the filtered list"));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char(':'));
    press(&mut app, KeyCode::Tab);
    assert!(screen(&app).contains("search all releases (Tab: filtered)"));
    press(&mut app, KeyCode::Enter);
    assert!(results(&app) >= 2);
}

#[test]
fn a_search_within_a_filter_showing_only_its_first_screen_looks_in_every_match() {
    use readout::tui::effect::Effect;
    let mut app = demo_app(160, 40);
    app.analyse_now();
    press(&mut app, KeyCode::Char('/'));
    // As on a large archive: the worker reports a first screen of one row.
    let Staged {
        request,
        first,
        tiers,
        all: every,
    } = filter_in_stages(&mut app, 'e', 1);
    app.send(Event::FilterFirstScreen {
        generation: request.generation,
        hits: first,
        tiers,
    });
    assert_eq!(app.list.items.len(), 1);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char(':'));
    assert!(
        screen(&app).contains(&format!("search {} filtered releases", every.len())),
        "{}",
        screen(&app)
    );
    type_text(&mut app, "the");
    let job = effects_of(&mut app, key(KeyCode::Enter))
        .into_iter()
        .find_map(|effect| match effect {
            Effect::Search(job) => Some(job),
            _ => None,
        })
        .expect("a search job");
    let within = job.within.expect("within the filter");
    assert_eq!(
        *within,
        every.iter().map(|h| h.index).collect::<Vec<_>>(),
        "every match of the filter, not the first screen"
    );
}

#[test]
fn the_filter_counts_title_matches_apart_and_shows_its_errors() {
    let mut app = demo_app(160, 40);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "hr");
    let (titles, fuzzy) = app.filter.tiers;
    assert!(fuzzy > 0, "scattered h…r matches in the demo titles");
    let text = screen(&app);
    assert!(
        text.contains(&format!("Releases ({titles} in titles · {fuzzy} fuzzy)")),
        "{text}"
    );
    type_text(&mut app, " date:2024");
    let before = app.list.items.clone();
    type_text(&mut app, "-13");
    let text = screen(&app);
    assert!(text.contains("✗"), "{text}");
    assert_eq!(
        app.list.items, before,
        "the list keeps the last good query's rows"
    );
}
