//! Key sequences applied to the reader's state give the expected selection,
//! filter and scroll.

use crate::support::*;
use crossterm::event::{KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use readout::tui::app::Focus;

fn selected_title(app: &readout::tui::app::App) -> String {
    let i = app.selected().unwrap();
    app.corpus.releases[i as usize].title.clone()
}

#[test]
fn j_k_g_move_the_selection() {
    let mut app = demo_app(120, 30);
    assert_eq!(app.list.selected, 0);
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Down);
    assert_eq!(app.list.selected, 2);
    press(&mut app, KeyCode::Char('k'));
    assert_eq!(app.list.selected, 1);
    press(&mut app, KeyCode::Char('G'));
    assert_eq!(app.list.selected, 6);
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.list.selected, 0);
    // The reading pane follows the selection.
    assert_eq!(app.reader.release, app.selected());
}

#[test]
fn typing_a_filter_narrows_and_esc_clears() {
    let mut app = demo_app(120, 30);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "harbr");
    assert!(app.list.items.len() < 7);
    assert!(selected_title(&app).to_lowercase().contains("harbo"));
    press_with(&mut app, KeyCode::Char('w'), KeyModifiers::CONTROL);
    assert_eq!(app.list.items.len(), 7);
    type_text(&mut app, "source:tidewater");
    assert_eq!(app.list.items.len(), 1);
    press(&mut app, KeyCode::Enter);
    assert!(app.prompt.is_none());
    assert_eq!(app.filter.text, "source:tidewater");
    assert_eq!(app.list.items.len(), 1);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.list.items.len(), 7);
    assert!(app.filter.text.is_empty());
}

#[test]
fn said_filters_by_speaker() {
    let mut app = demo_app(120, 30);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "said:varga");
    press(&mut app, KeyCode::Enter);
    assert!(!app.list.items.is_empty());
    for &i in app.list.items.iter() {
        let r = &app.corpus.releases[i as usize];
        assert!(r.outline.speakers.iter().any(|s| s.contains("Varga")));
    }
}

#[test]
fn enter_opens_and_the_reader_scrolls() {
    let mut app = demo_app(120, 12);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "broadband");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.focus, Focus::Reader);
    assert_eq!(app.reader.scroll, 0);
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(app.reader.scroll, 2);
    press_with(&mut app, KeyCode::Char('d'), KeyModifiers::CONTROL);
    assert_eq!(app.reader.scroll, 2 + app.reader_height() / 2);
    press(&mut app, KeyCode::Char('G'));
    assert_eq!(app.reader.scroll, app.max_scroll());
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.reader.scroll, 0);
    press(&mut app, KeyCode::Char(' '));
    assert!(app.reader.scroll > 0);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Focus::List);
}

#[test]
fn search_in_a_release_counts_and_wraps() {
    let mut app = demo_app(120, 12);
    press(&mut app, KeyCode::Char('l'));
    assert_eq!(app.focus, Focus::Reader);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "the");
    press(&mut app, KeyCode::Enter);
    let count = app.reader.search.hits.len();
    assert!(count > 2, "{count}");
    assert_eq!(app.reader.search.current, Some(0));
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.reader.search.current, Some(1));
    press(&mut app, KeyCode::Char('N'));
    press(&mut app, KeyCode::Char('N'));
    assert_eq!(app.reader.search.current, Some(count - 1));
    assert!(screen(&app).contains(&format!("match {count}/{count}")));
    // The current hit is on screen.
    let hit = app.reader.search.hits[count - 1];
    let line = app.reader.doc.line_of(hit.paragraph, hit.start).unwrap();
    assert!(line >= app.reader.scroll && line < app.reader.scroll + app.reader_height());
}

#[test]
fn sort_cycles_through_orders() {
    let mut app = demo_app(120, 30);
    let newest = selected_title(&app);
    let first = app.list.items[0];
    press(&mut app, KeyCode::Char('s'));
    assert_ne!(app.list.items[0], first, "oldest first now");
    // The selected release stays selected.
    assert_eq!(selected_title(&app), newest);
    for _ in 0..3 {
        press(&mut app, KeyCode::Char('s'));
    }
    assert_eq!(app.list.items[0], app.order[0]);
    assert_eq!(selected_title(&app), newest);
}

#[test]
fn resizing_keeps_state_in_range() {
    let mut app = demo_app(120, 30);
    press(&mut app, KeyCode::Char('G'));
    press(&mut app, KeyCode::Char('l'));
    press(&mut app, KeyCode::Char('G'));
    for (w, h) in [(40, 6), (20, 5), (200, 60), (91, 10)] {
        app.send(readout::tui::event::Event::Terminal(
            crossterm::event::Event::Resize(w, h),
        ));
        assert!(app.reader.scroll <= app.max_scroll());
        let _ = screen(&app);
    }
}

#[test]
fn the_filter_worker_path_gives_the_inline_result() {
    use readout::search::filter::Query;
    use readout::tui::effect::Effect;
    use readout::tui::event::Event;
    let mut app = demo_app(120, 30);
    press(&mut app, KeyCode::Char('/'));
    // As on a large archive: the filter jobs wait for a worker.
    let mut requests = Vec::new();
    for c in "ha".chars() {
        for effect in effects_of(&mut app, key(KeyCode::Char(c))) {
            if let Effect::Filter(request) = effect {
                requests.push(request);
            }
        }
    }
    let request = requests.pop().expect("a filter job for the worker");
    assert!(app.filter.running);
    let hits = request.run(&|| false);
    app.send(Event::Filtered {
        generation: request.generation,
        hits,
    });
    let via_worker = app.list.items.clone();
    let mut inline = demo_app(120, 30);
    press(&mut inline, KeyCode::Char('/'));
    type_text(&mut inline, "ha");
    assert_eq!(via_worker, inline.list.items);
    // A stale result is dropped.
    app.send(Event::Filtered {
        generation: 0,
        hits: Some(vec![]),
    });
    assert_eq!(app.list.items, via_worker);
    assert_eq!(app.filter.query, Query::parse("ha").unwrap());
}

#[test]
fn a_filters_first_screen_shows_at_once_with_the_count_of_every_hit() {
    use readout::tui::event::Event;
    let mut app = demo_app(120, 30);
    press(&mut app, KeyCode::Char('/'));
    let Staged {
        request,
        first,
        tiers,
        all,
    } = filter_in_stages(&mut app, 'e', 2);
    assert_eq!(
        first,
        all[..2],
        "the first screen is the ranked list's start"
    );
    app.send(Event::FilterFirstScreen {
        generation: request.generation,
        hits: first,
        tiers,
    });
    assert_eq!(app.list.items.len(), 2);
    assert_eq!(app.list_len(), all.len(), "the count is of every hit");
    let shown = screen(&app);
    assert!(
        shown.contains(&format!("Releases ({})", all.len()))
            || shown.contains(&format!("{} fuzzy", tiers.1)),
        "{shown}"
    );
    app.send(Event::Filtered {
        generation: request.generation,
        hits: Some(all.clone()),
    });
    assert_eq!(app.list.items.len(), all.len());
    assert_eq!(app.list_len(), all.len());
    // A first screen arriving after its list is dropped.
    app.send(Event::FilterFirstScreen {
        generation: request.generation,
        hits: all[..1].to_vec(),
        tiers: (1, 0),
    });
    assert_eq!(app.list.items.len(), all.len());
}

/// A mouse event as the terminal sends it.
fn mouse(kind: MouseEventKind, column: u16, row: u16) -> readout::tui::event::Event {
    readout::tui::event::Event::Terminal(crossterm::event::Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }))
}

#[test]
fn clicks_select_rows_and_the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = demo_app(120, 12);
    app.send(mouse(MouseEventKind::Down(MouseButton::Left), 5, 3));
    assert_eq!(app.list.selected, 2);
    assert_eq!(app.reader.release, app.selected());
    let reader = app.areas().reader.unwrap();
    app.send(mouse(MouseEventKind::ScrollDown, reader.x + 5, 4));
    assert_eq!(app.reader.scroll, 3.min(app.max_scroll()));
    assert_eq!(
        app.list.selected, 2,
        "the wheel over the reader leaves the list alone"
    );
    app.send(mouse(MouseEventKind::ScrollDown, 5, 4));
    assert_eq!(app.list.selected, 5);
    app.send(mouse(
        MouseEventKind::Down(MouseButton::Left),
        reader.x + 5,
        4,
    ));
    assert_eq!(app.focus, Focus::Reader);
}

#[test]
fn a_click_in_a_view_over_the_list_selects_that_views_row() {
    use readout::tui::pane::Pane;
    let mut app = demo_app(120, 20);
    let listed = (app.list.selected, app.reader.release);
    press(&mut app, KeyCode::Char('Q'));
    assert!(matches!(app.pane, Pane::Quotes(_)));
    // Row 3 of the screen is the third row of the view (below its border).
    app.send(mouse(MouseEventKind::Down(MouseButton::Left), 5, 3));
    let Pane::Quotes(pane) = &app.pane else {
        panic!("the quotations view stays open");
    };
    assert_eq!(pane.picker.selected, 2, "the clicked quotation is selected");
    let quote = app.selected_quote().expect("a quotation is selected");
    assert_eq!(app.reader.release, Some(quote.release), "and shown");
    assert_eq!(
        app.list.selected, listed.0,
        "the hidden release list is left alone"
    );
    app.send(mouse(MouseEventKind::ScrollDown, 5, 3));
    let Pane::Quotes(pane) = &app.pane else {
        panic!("still open");
    };
    assert_eq!(pane.picker.selected, 5, "the wheel moves the view too");
    press(&mut app, KeyCode::Esc);
    assert_eq!((app.list.selected, app.reader.release), listed);
}
