//! Read marks and reading positions: shown in the list, restored when a
//! release is opened again, kept across runs.

use crate::support::*;
use crossterm::event::KeyCode;
use ratatui::style::Modifier;

fn title_is_bold(app: &readout::tui::app::App, title_start: &str) -> bool {
    let terminal = draw(app);
    let buffer = terminal.backend().buffer();
    let (x, y) = find(buffer, title_start).expect("title on screen");
    buffer[(x, y)].modifier.contains(Modifier::BOLD)
}

#[test]
fn opening_marks_read_and_positions_come_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_app_with_bookmarks(dir.path(), 140, 12);
    assert!(
        title_is_bold(&app, "Readout of the Governor"),
        "unread is bold"
    );
    // Open the broadband release and scroll into it.
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "broadband");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    for _ in 0..12 {
        press(&mut app, KeyCode::Char('j'));
    }
    let scroll = app.reader.scroll;
    assert!(scroll > 8, "scrolled into the body");
    // A blank line at the top is remembered as the paragraph below it.
    let near = |s: usize| s == scroll || s == scroll + 1;
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('g'));
    assert!(
        !title_is_bold(&app, "Alvarez Introduces"),
        "read is not bold"
    );
    // Away and back: the position is restored.
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "broadband");
    press(&mut app, KeyCode::Enter);
    assert!(near(app.reader.scroll), "{} vs {scroll}", app.reader.scroll);
    app.send(readout::tui::event::Event::SaveDue);

    // A new run remembers both.
    let mut again = demo_app_with_bookmarks(dir.path(), 140, 12);
    assert!(!title_is_bold(&again, "Alvarez Introduces"));
    assert!(title_is_bold(&again, "Varga Pushes"));
    press(&mut again, KeyCode::Char('/'));
    type_text(&mut again, "broadband");
    press(&mut again, KeyCode::Enter);
    assert!(
        near(again.reader.scroll),
        "{} vs {scroll}",
        again.reader.scroll
    );
    // x marks it unread again.
    press(&mut again, KeyCode::Char('x'));
    press(&mut again, KeyCode::Esc);
    press(&mut again, KeyCode::Char('g'));
    assert!(title_is_bold(&again, "Alvarez Introduces"));
}
