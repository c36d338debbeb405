//! The quotations view: grouped by speaker, filtered, opened at the quote.

use crate::support::*;
use crossterm::event::KeyCode;
use readout::tui::app::Focus;
use readout::tui::pane::Pane;
use readout::tui::theme::Theme;

#[test]
fn q_lists_quotations_by_speaker_and_opens_one() {
    let mut app = demo_app(140, 40);
    press(&mut app, KeyCode::Char('Q'));
    let text = screen(&app);
    assert!(text.contains("Quotations ("), "{text}");
    assert!(text.contains("Ruth Alvarez"), "{text}");
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "alvarez kitchen");
    press(&mut app, KeyCode::Enter);
    let Pane::Quotes(pane) = &app.pane else {
        panic!("the quotations view is open");
    };
    assert_eq!(pane.picker.items.len(), 1);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let (x, y) = find(buffer, "Ruth Alvarez").expect("the speaker is shown");
    assert_eq!(buffer[(x, y)].fg, Theme::default().heading.fg.unwrap());
    press(&mut app, KeyCode::Enter);
    assert!(!matches!(app.pane, Pane::Quotes(_)));
    assert_eq!(app.focus, Focus::Reader);
    let release = app.open_release().unwrap();
    assert!(release.title.contains("Broadband"));
    let (start, end) = app.flash.expect("the quotation is highlighted");
    assert!(
        app.open_body()
            .text_between(start, end)
            .contains("kitchen table")
    );
}

#[test]
fn said_in_the_list_filter_finds_every_form_of_a_name() {
    let mut app = demo_app(140, 40);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "said:alvarez");
    press(&mut app, KeyCode::Enter);
    let with_full_name = app.list.items.len();
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "said:ruth");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.list.items.len(), with_full_name);
    assert!(with_full_name >= 2);
}

#[test]
fn moving_through_quotations_previews_each_in_the_reading_pane() {
    let mut app = demo_app(140, 40);
    let listed = app.selected();
    press(&mut app, KeyCode::Char('Q'));
    for _ in 0..3 {
        press(&mut app, KeyCode::Char('j'));
        let row = app.selected_quote().unwrap();
        assert_eq!(app.reader.release, Some(row.release));
        // The passage flashed is the row's quotation, one the release holds.
        assert_eq!(app.flash, Some((row.start, row.end)));
        assert!(
            app.open_body()
                .quotes
                .iter()
                .any(|q| (q.start, q.end) == (row.start, row.end))
        );
    }
    // Closing the view goes back to the list's release.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.reader.release, listed);
}

#[test]
fn on_a_large_archive_quotations_are_collected_off_the_input_thread() {
    use readout::search::quotes::QuoteIndex;
    use readout::tui::effect::Effect;
    use readout::tui::event::Event;
    let mut app = demo_app(140, 40);
    // As on a large archive: the index is collected by a worker.
    let effects = effects_of(&mut app, key(KeyCode::Char('Q')));
    let Some(Effect::IndexQuotes(corpus)) = effects.into_iter().next() else {
        panic!("the quotation index is asked for");
    };
    assert!(!matches!(app.pane, Pane::Quotes(_)));
    assert!(screen(&app).contains("collecting quotations"));
    let index = std::sync::Arc::new(QuoteIndex::build(&corpus));
    app.send(Event::QuotesIndexed(corpus, index));
    assert!(matches!(app.pane, Pane::Quotes(_)));
    assert!(screen(&app).contains("Quotations ("));
}
