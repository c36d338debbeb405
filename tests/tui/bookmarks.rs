//! Bookmarking in the reader: select, annotate, see the marks, find them in
//! the bookmarks view, jump, edit, delete and undo.

use crate::support::*;
use crossterm::event::KeyCode;
use readout::bookmarks::Store;
use readout::tui::app::Focus;
use readout::tui::pane::Pane;

/// Opens the demo's broadband release in the reading pane.
fn open_broadband(app: &mut TestReader) {
    press(app, KeyCode::Char('/'));
    type_text(app, "broadband");
    press(app, KeyCode::Enter);
    press(app, KeyCode::Enter);
    assert_eq!(app.focus, Focus::Reader);
}

fn saved(dir: &std::path::Path) -> Vec<readout::bookmarks::Bookmark> {
    Store::open(dir).0.bookmarks().to_vec()
}

#[test]
fn m_bookmarks_the_cursor_paragraph_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_app_with_bookmarks(dir.path(), 120, 40);
    open_broadband(&mut app);
    press(&mut app, KeyCode::Char('}'));
    let cursor = app.reader.cursor;
    press(&mut app, KeyCode::Char('m'));
    assert!(screen(&app).contains("note (Enter saves, Esc cancels):"));
    type_text(&mut app, "homework gap");
    press(&mut app, KeyCode::Enter);
    let all = saved(dir.path());
    assert_eq!(all.len(), 1);
    let b = &all[0];
    assert_eq!(b.note, "homework gap");
    let release = app.open_release().unwrap();
    assert_eq!(b.passage, app.open_body().paragraphs[cursor].text);
    assert_eq!(b.release, release.id.as_str());
    assert!(screen(&app).contains("bookmarked “"));
    // The passage is marked in the gutter.
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let reader = app.areas().reader.unwrap();
    let marked = (0..reader.height)
        .filter(|&y| buffer[(reader.x + 1, y)].symbol() == "▌")
        .count();
    assert!(marked >= 1, "{}", screen(&app));
}

#[test]
fn esc_cancels_the_note_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_app_with_bookmarks(dir.path(), 120, 40);
    open_broadband(&mut app);
    press(&mut app, KeyCode::Char('m'));
    type_text(&mut app, "never mind");
    press(&mut app, KeyCode::Esc);
    assert!(saved(dir.path()).is_empty());
}

#[test]
fn v_selects_by_sentence_and_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_app_with_bookmarks(dir.path(), 120, 40);
    open_broadband(&mut app);
    // The quote paragraph has two sentences: select the first, then both,
    // then on into the next paragraph.
    press(&mut app, KeyCode::Char('}'));
    press(&mut app, KeyCode::Char('v'));
    let first = app.selection.unwrap();
    let text = app.open_body().text_between(first.start, first.end);
    assert!(
        text.starts_with("“Kids") && text.ends_with("said Senator Alvarez."),
        "{text}"
    );
    press(&mut app, KeyCode::Char('w'));
    press(&mut app, KeyCode::Char('b'));
    assert_eq!(app.selection.unwrap(), first);
    press(&mut app, KeyCode::Char('b'));
    assert_eq!(
        app.selection.unwrap(),
        first,
        "never shorter than a sentence"
    );
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char('j'));
    let two = app.selection.unwrap();
    assert_eq!(two.end.paragraph, first.start.paragraph + 1);
    press(&mut app, KeyCode::Char('m'));
    press(&mut app, KeyCode::Enter);
    let all = saved(dir.path());
    assert_eq!(all.len(), 1);
    assert!(all[0].passage.contains("“Kids") && all[0].passage.contains("The bill would fund"));
    assert_eq!(all[0].speaker.as_deref(), Some("Senator Ruth Alvarez"));
    assert!(app.selection.is_none());
}

#[test]
fn the_bookmarks_view_filters_jumps_edits_deletes_and_undoes() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_app_with_bookmarks(dir.path(), 140, 40);
    open_broadband(&mut app);
    press(&mut app, KeyCode::Char('}'));
    press(&mut app, KeyCode::Char('m'));
    type_text(&mut app, "kids quote");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('{'));
    press(&mut app, KeyCode::Char('m'));
    type_text(&mut app, "first paragraph");
    press(&mut app, KeyCode::Enter);
    assert_eq!(saved(dir.path()).len(), 2);

    // Leave for another release, clear the filter, then open the view.
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::Char('B'));
    let text = screen(&app);
    assert!(text.contains("Bookmarks (2)"), "{text}");
    assert!(
        text.contains("kids quote") && text.contains("first paragraph"),
        "{text}"
    );

    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "kids");
    press(&mut app, KeyCode::Enter);
    let Pane::Bookmarks(pane) = &app.pane else {
        panic!("the bookmarks view is open");
    };
    assert_eq!(pane.picker.items.len(), 1);

    // Enter goes to the passage, scrolled into view and highlighted.
    press(&mut app, KeyCode::Enter);
    assert!(!matches!(app.pane, Pane::Bookmarks(_)));
    assert_eq!(app.focus, Focus::Reader);
    assert!(app.open_release().unwrap().title.contains("Broadband"));
    let (start, _) = app.flash.expect("the passage is highlighted");
    let line = app
        .reader
        .doc
        .line_of(start.paragraph as usize, start.offset as usize)
        .unwrap();
    assert!(line >= app.reader.scroll && line < app.reader.scroll + app.reader_height());

    // Edit the note.
    press(&mut app, KeyCode::Char('B'));
    press(&mut app, KeyCode::Char('e'));
    press_with(
        &mut app,
        KeyCode::Char('u'),
        crossterm::event::KeyModifiers::CONTROL,
    );
    type_text(&mut app, "edited");
    press(&mut app, KeyCode::Enter);
    assert!(saved(dir.path()).iter().any(|b| b.note == "edited"));

    // Delete, then undo.
    press(&mut app, KeyCode::Char('d'));
    assert_eq!(saved(dir.path()).len(), 1);
    assert!(screen(&app).contains("u undoes"));
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(saved(dir.path()).len(), 2);
    press(&mut app, KeyCode::Esc);
    assert!(!matches!(app.pane, Pane::Bookmarks(_)));
}

#[test]
fn a_write_error_is_shown_and_the_bookmark_kept() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the data folder should be: every save fails, even as root.
    let blocked = dir.path().join("data");
    std::fs::write(&blocked, "not a folder").unwrap();
    let mut app = demo_app_with_bookmarks(&blocked, 140, 40);
    open_broadband(&mut app);
    press(&mut app, KeyCode::Char('m'));
    type_text(&mut app, "keep me");
    press(&mut app, KeyCode::Enter);
    let text = screen(&app);
    assert!(text.contains("could not save bookmarks"), "{text}");
    assert_eq!(app.bookmarks.as_ref().unwrap().list.len(), 1);
    let store = app.stores().bookmarks.as_ref().unwrap();
    assert_eq!(store.bookmarks().len(), 1);
    assert!(store.has_unsaved());
    press(&mut app, KeyCode::Char('B'));
    assert!(screen(&app).contains("keep me"));
}

#[test]
fn a_passage_gone_from_its_release_is_shown_orphaned_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let corpus = dir.path().join("corpus");
    let file = "release.txt";
    let original = b"The port will reopen on Monday. Crews worked all night.\n\nA second paragraph about ferries.\n";
    let mut app = app_on_files_keeping(&corpus, &[(file, original)], &data, 120, 30);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('m'));
    type_text(&mut app, "port");
    press(&mut app, KeyCode::Enter);
    assert_eq!(saved(&data).len(), 1);

    // The file is rewritten without the passage; the bookmark survives.
    let edited = "Everything changed.\n\nA second paragraph about ferries.\n";
    let mut app = app_on_files_keeping(&corpus, &[(file, edited.as_bytes())], &data, 120, 30);
    press(&mut app, KeyCode::Char('B'));
    let text = screen(&app);
    assert!(
        text.contains("(orphaned)") || text.contains("(not in this archive)"),
        "{text}"
    );
    press(&mut app, KeyCode::Enter);
    assert!(
        screen(&app).contains("saved text") || screen(&app).contains("not in the open archive")
    );
    assert_eq!(saved(&data).len(), 1);
}

#[test]
fn a_hand_edited_bookmarks_file_cannot_put_controls_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let evil = "\u{1b}]0;owned\u{7}\u{1b}[2J";
    let file = serde_json::json!({
        "version": 1,
        "bookmarks": [{
            "id": "0123456789",
            "release": "nope",
            "path": format!("/tmp/{evil}.txt"),
            "title": format!("Title {evil}"),
            "passage": format!("Passage {evil} text"),
            "start": {"paragraph": 0, "offset": 0},
            "end": {"paragraph": 0, "offset": 5},
            "hash": "0",
            "note": format!("Note {evil}"),
            "created": format!("{evil}2026-11-24T00:00:00Z"),
            "updated": "2026-11-24T00:00:00Z"
        }]
    });
    std::fs::write(dir.path().join("bookmarks.json"), file.to_string()).unwrap();
    let mut app = demo_app_with_bookmarks(dir.path(), 140, 20);
    press(&mut app, KeyCode::Char('B'));
    let text = screen(&app);
    assert!(
        text.contains("Title") && text.contains("Note") && !text.contains("owned"),
        "{text}"
    );
    press(&mut app, KeyCode::Enter);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            assert!(
                !symbol.chars().any(char::is_control),
                "control at {x},{y}: {symbol:?}"
            );
        }
    }
}
