//! The small things a user sees at once: `q` steps back a level, the
//! quotations view moves like the list and follows its filter, prompts
//! reopen with their text selected, the help never cuts text, the footer
//! keeps `? help`, the selected row stays readable, settings are reported.

use crate::support::*;
use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::style::Color;
use readout::config;
use readout::corpus::demo;
use readout::tui::action::ACTIONS;
use readout::tui::app::{Focus, TuiOptions};
use readout::tui::pane::Pane;

fn quote_rows(app: &TestReader) -> (usize, usize) {
    let Pane::Quotes(pane) = &app.pane else {
        panic!("the quotations view is open");
    };
    (pane.picker.selected, pane.picker.items.len())
}

#[test]
fn q_steps_back_a_level_and_quits_from_the_list() {
    let mut app = demo_app(140, 40);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Char('q'));
    assert!(app.selection.is_none(), "first the selection goes");
    assert_eq!(app.focus, Focus::Reader);
    press(&mut app, KeyCode::Char('q'));
    assert_eq!(app.focus, Focus::List, "then the reading pane");
    press(&mut app, KeyCode::Char('Q'));
    press(&mut app, KeyCode::Char('q'));
    assert!(app.pane.is_releases(), "a view closes back to the list");
    assert!(!app.quitting());
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quitting(), "the list quits");
    let mut app = demo_app(140, 40);
    press(&mut app, KeyCode::Enter);
    press_with(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(app.quitting(), "ctrl-c quits from anywhere");
}

#[test]
fn the_quotations_view_pages_and_jumps_like_the_list() {
    let mut app = demo_app(140, 8);
    press(&mut app, KeyCode::Char('Q'));
    let (_, total) = quote_rows(&app);
    assert!(total > 10, "{total}");
    press(&mut app, KeyCode::Char(' '));
    let (paged, _) = quote_rows(&app);
    assert_eq!(paged, app.list_height());
    press(&mut app, KeyCode::PageUp);
    assert_eq!(quote_rows(&app).0, 0);
    press(&mut app, KeyCode::Char('G'));
    assert_eq!(quote_rows(&app).0, total - 1);
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(quote_rows(&app).0, 0);
    press(&mut app, KeyCode::End);
    assert_eq!(quote_rows(&app).0, total - 1);
    press(&mut app, KeyCode::Home);
    assert_eq!(quote_rows(&app).0, 0);
    press(&mut app, KeyCode::PageDown);
    assert_eq!(quote_rows(&app).0, paged);
}

#[test]
fn the_quotations_prompt_reopens_with_its_text_selected() {
    let mut app = demo_app(140, 40);
    press(&mut app, KeyCode::Char('Q'));
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "varga");
    press(&mut app, KeyCode::Enter);
    let varga = quote_rows(&app).1;
    assert!(varga > 0);
    press(&mut app, KeyCode::Char('/'));
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let (x, y) = find(buffer, "filter quotations: varga").expect("the old text is shown");
    let x = x + "filter quotations: ".len() as u16;
    assert!(
        buffer[(x, y)]
            .modifier
            .contains(ratatui::style::Modifier::REVERSED),
        "and selected"
    );
    type_text(&mut app, "alvarez");
    press(&mut app, KeyCode::Enter);
    let Pane::Quotes(pane) = &app.pane else {
        panic!()
    };
    assert_eq!(
        pane.picker.filter, "alvarez",
        "typing replaced the old text"
    );
    assert!(!pane.picker.items.is_empty());
}

#[test]
fn the_quotations_view_follows_the_list_filter() {
    let mut app = demo_app(140, 40);
    press(&mut app, KeyCode::Char('Q'));
    let all = quote_rows(&app).1;
    press(&mut app, KeyCode::Char('Q'));
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "broadband");
    press(&mut app, KeyCode::Enter);
    let listed = app.list.items[0];
    press(&mut app, KeyCode::Char('Q'));
    let (_, following) = quote_rows(&app);
    assert!(following > 0 && following < all, "{following} of {all}");
    let Pane::Quotes(pane) = &app.pane else {
        panic!()
    };
    let index = app.quote_index().unwrap();
    assert!(
        pane.picker
            .items
            .iter()
            .all(|&row| index.rows[row as usize].release == listed)
    );
    assert!(screen(&app).contains("list: broadband"));
    press(&mut app, KeyCode::Char('f'));
    assert_eq!(
        quote_rows(&app).1,
        all,
        "f lists every release's quotations"
    );
    press(&mut app, KeyCode::Char('f'));
    assert_eq!(quote_rows(&app).1, following);
}

#[test]
fn the_help_never_cuts_text_at_60_by_15() {
    let mut app = demo_app(60, 15);
    press(&mut app, KeyCode::Char('?'));
    // The overlay is 56 columns wide, centred: its text is in columns 3..57.
    let mut seen = String::new();
    for _ in 0..20 {
        for row in screen(&app).lines().skip(2).take(11) {
            seen.extend(row.chars().skip(3).take(54));
            seen.push(' ');
        }
        press(&mut app, KeyCode::PageDown);
    }
    assert!(!seen.contains('…'), "nothing is cut:\n{seen}");
    let words: Vec<&str> = seen.split_whitespace().collect();
    for info in ACTIONS {
        for word in info.help.split_whitespace() {
            assert!(
                words.contains(&word),
                "{word:?} of {:?} is not shown whole",
                info.help
            );
        }
    }
}

#[test]
fn below_90_columns_the_footer_keeps_the_way_to_the_help() {
    let mut app = demo_app(80, 24);
    let status = |app: &TestReader| screen(app).lines().last().unwrap().to_string();
    assert!(status(&app).ends_with("? help"), "{}", status(&app));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.focus, Focus::Reader);
    assert!(status(&app).ends_with("? help"), "{}", status(&app));
    let mut narrow = demo_app(40, 10);
    assert!(status(&narrow).ends_with("? help"), "{}", status(&narrow));
    press(&mut narrow, KeyCode::Char('/'));
    type_text(&mut narrow, "a");
    press(&mut narrow, KeyCode::Enter);
    assert!(status(&narrow).ends_with("? help"), "{}", status(&narrow));
}

#[test]
fn dim_text_is_readable_on_the_selected_row() {
    let mut app = demo_app(140, 30);
    app.analyse_now();
    press(&mut app, KeyCode::Char(':'));
    type_text(&mut app, "harbor");
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.pane, Pane::Results(_)));
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let selection = app.options.theme.selection.bg.unwrap();
    let mut checked = 0;
    let hit = app.options.theme.search_hit.bg;
    for x in 1..60 {
        let cell = &buffer[(x, 1)];
        if cell.bg == selection {
            assert_ne!(cell.fg, Color::DarkGray, "column {x} is grey on blue");
            checked += 1;
        } else {
            assert_eq!(Some(cell.bg), hit, "column {x} is the hit or the selection");
        }
    }
    assert!(checked > 30);
    // The same in the list, whose date and source columns are dimmed.
    press(&mut app, KeyCode::Esc);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    assert_ne!(buffer[(2, 1)].fg, Color::DarkGray);
    assert_eq!(buffer[(2, 2)].fg, Color::DarkGray, "other rows stay dim");
}

fn app_with_config(text: &str) -> TestReader {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, text).unwrap();
    let loaded = config::load(Some(&path));
    let options = TuiOptions {
        data_dir: None,
        ..TuiOptions::from_loaded(&loaded)
    };
    TestReader::new(demo::load(), options, (140, 30))
}

#[test]
fn a_bad_setting_is_reported_at_start_up_with_its_line() {
    let app = app_with_config("[theme]\nquote = \"purple\"\n");
    let said = app.message.clone().unwrap();
    assert!(
        said.contains("config.toml line 2: [theme] quote: unknown colour \"purple\""),
        "{said}"
    );
    assert_eq!(
        app.options.theme.quote.fg,
        Some(Color::Yellow),
        "the default stays"
    );
    assert!(screen(&app).contains("unknown colour"));
    let app = app_with_config("[keys]\nquit = [\"x\"]\nhelp = [\"nonsense-key\"]\n");
    let said = app.message.clone().unwrap();
    assert!(
        said.starts_with("2 problems in the configuration (`readout config --check` lists them)"),
        "{said}"
    );
}

#[test]
fn the_date_format_applies_to_the_reader_header() {
    let mut app = app_with_config("date_format = \"long\"\n");
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "broadband");
    press(&mut app, KeyCode::Enter);
    let text = screen(&app);
    assert!(text.contains("27 February 2024 · alvarez.senate"), "{text}");
}
