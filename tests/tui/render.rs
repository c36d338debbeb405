//! The reader drawn into ratatui's TestBackend: text and styles.

use crate::support::*;
use crossterm::event::KeyCode;
use ratatui::style::Modifier;
use readout::tui::theme::Theme;

#[test]
fn the_first_screen_shows_list_reader_and_status() {
    let app = demo_app(120, 30);
    let text = screen(&app);
    assert!(text.contains("Releases (7)"), "{text}");
    assert!(text.contains("7 / 7 releases"), "{text}");
    assert!(text.contains("? help"), "{text}");
    // The newest release is selected and shown.
    assert!(
        text.contains("Readout of the Governor’s Call with Harbor Mayors"),
        "{text}"
    );
    insta::assert_snapshot!("first_screen", text);
}

#[test]
fn the_selected_row_is_highlighted() {
    let app = demo_app(120, 20);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let theme = Theme::default();
    // Row 1 is the first list row (row 0 is the border).
    assert_eq!(buffer[(5, 1)].bg, theme.selection.bg.unwrap());
    assert_ne!(buffer[(5, 2)].bg, theme.selection.bg.unwrap());
}

#[test]
fn filter_matches_are_styled_in_each_row() {
    let mut app = demo_app(200, 20);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "ferry");
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let theme = Theme::default();
    let (x, y) = find(buffer, "Ferry").expect("a title with Ferry is listed");
    for dx in 0..5 {
        let cell = &buffer[(x + dx, y)];
        assert_eq!(
            cell.fg,
            theme.filter_match.fg.unwrap(),
            "char {dx} of Ferry"
        );
        assert!(cell.modifier.contains(Modifier::UNDERLINED));
    }
    // The prompt shows what was typed.
    let rows = rows(buffer);
    assert!(rows.last().unwrap().starts_with("filter: ferry"));
}

#[test]
fn a_quotation_is_highlighted_with_its_speaker() {
    let mut app = demo_app(140, 60);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "broadband");
    press(&mut app, KeyCode::Enter);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let theme = Theme::default();
    let (x, y) = find(buffer, "“Kids in our mountain towns").expect("the quote is on screen");
    assert_eq!(buffer[(x + 3, y)].fg, theme.quote.fg.unwrap());
    let text = rows(buffer).join("\n");
    assert!(text.contains("Alvarez"), "{text}");
    // A quote attributed by "he said" style text gets a speaker label.
    let (lx, ly) = find(buffer, "— Ruth Alvarez")
        .or_else(|| find(buffer, "— Senator Ruth Alvarez"))
        .expect("speaker label");
    assert_eq!(buffer[(lx + 2, ly)].fg, theme.speaker.fg.unwrap());
}

#[test]
fn cjk_text_wraps_by_display_width() {
    let dir = tempfile::tempdir().unwrap();
    let body = "外交部发言人表示中方愿同各方一道推动地区和平稳定与发展繁荣。".repeat(4);
    let app = app_on_files(dir.path(), &[("cjk.txt", body.as_bytes())], 100, 20);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let reader = app.areas().reader.unwrap();
    // Every row keeps the pane's right border: no line overflows.
    let right = reader.x + reader.width - 1;
    for y in 0..reader.height {
        assert_eq!(
            buffer[(right, y)].symbol(),
            if y == 0 {
                "┐"
            } else if y + 1 == reader.height {
                "┘"
            } else {
                "│"
            },
            "row {y}"
        );
    }
    let text = rows(buffer).join("\n");
    assert!(text.matches("外交部").count() >= 4, "{text}");
}

#[test]
fn the_help_overlay_lists_every_action() {
    let mut app = demo_app(100, 50);
    press(&mut app, KeyCode::Char('?'));
    // The overlay scrolls: gather what each page shows.
    let mut text = screen(&app);
    for _ in 0..10 {
        press(&mut app, KeyCode::PageDown);
        text.push_str(&screen(&app));
    }
    for needle in [
        "Keys",
        "filter: words, 'exact, \"phrase\", -word, fields",
        "next hit",
        "back a level (reading pane or a view → the list);",
        "open the release's page",
        "date:2024-02..2024-03-04",
    ] {
        assert!(text.contains(needle), "{needle} missing:\n{text}");
    }
    press(&mut app, KeyCode::Esc);
    assert!(!screen(&app).contains("next hit"));
}

#[test]
fn tiny_terminals_do_not_panic() {
    for (w, h) in [(20, 5), (1, 1), (0, 0), (89, 3), (200, 2)] {
        let mut app = demo_app(w, h);
        let _ = screen(&app);
        press(&mut app, KeyCode::Enter);
        let _ = screen(&app);
        press(&mut app, KeyCode::Char('?'));
        let _ = screen(&app);
    }
    let app = demo_app(20, 5);
    insta::assert_snapshot!("tiny_20x5", screen(&app));
}

#[test]
fn narrow_terminals_show_one_pane() {
    let mut app = demo_app(60, 20);
    assert!(screen(&app).contains("Releases"));
    assert!(!screen(&app).contains(" Release "));
    press(&mut app, KeyCode::Enter);
    let text = screen(&app);
    assert!(
        text.contains(" Release ") && !text.contains("Releases ("),
        "{text}"
    );
    press(&mut app, KeyCode::Char('q'));
    assert!(screen(&app).contains("Releases ("));
    assert!(!app.quitting());
}

#[test]
fn hostile_text_is_drawn_without_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = "Title: Evil\x1b]0;owned\x07 title\r\n\r\nText \x1b[31mred\x1b[0m\r bell\x07 tab\there \u{202e}reversed\u{202c} \u{9b}2J end.\r\n";
    let mut app = app_on_files(dir.path(), &[("evil.txt", hostile.as_bytes())], 100, 20);
    press(&mut app, KeyCode::Enter);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            assert!(
                !symbol
                    .chars()
                    .any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)),
                "control character at {x},{y}: {symbol:?}"
            );
        }
    }
    let text = rows(buffer).join("\n");
    assert!(text.contains("Evil title"), "{text}");
    assert!(text.contains("Text red"), "{text}");
}
