//! `o` opens a release's page or a link, `y` copies a passage with its
//! citation: what reaches the opener and the clipboard, injected here.

use crate::support::*;
use crossterm::event::KeyCode;
use readout::tui::app::Focus;

/// Selects the release whose title contains `words` with the list filter.
fn select(app: &mut TestReader, words: &str) {
    press(app, KeyCode::Char('/'));
    type_text(app, words);
    press(app, KeyCode::Enter);
    assert_eq!(app.list.items.len(), 1, "one release matches {words:?}");
}

/// Moves the paragraph cursor to the first paragraph containing `text`.
fn cursor_to(app: &mut TestReader, text: &str) {
    let target = app
        .open_body()
        .paragraphs
        .iter()
        .position(|p| p.text.contains(text))
        .expect("the paragraph is there");
    while app.reader.cursor < target {
        press(app, KeyCode::Char('}'));
    }
}

#[test]
fn o_opens_the_page_of_the_release_shown() {
    let mut app = demo_app(140, 40);
    select(&mut app, "broadband");
    press(&mut app, KeyCode::Char('o'));
    assert_eq!(
        app.opened(),
        [
            "https://alvarez.senate.example.gov/news/press-releases/alvarez-introduces-rural-broadband-act"
        ]
    );
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .starts_with("opened https://alvarez")
    );
}

#[test]
fn o_on_a_paragraph_with_a_link_opens_the_link() {
    let mut app = demo_app(140, 40);
    select(&mut app, "coastal resilience");
    press(&mut app, KeyCode::Enter);
    cursor_to(&mut app, "voluntary buyouts");
    press(&mut app, KeyCode::Char('o'));
    assert_eq!(app.opened(), ["https://www.example.gov/buyouts"]);
    // The link is numbered in the text and listed after the body.
    let text = screen(&app);
    assert!(text.contains("page[1]"), "{text}");
    press(&mut app, KeyCode::Char('G'));
    let text = screen(&app);
    assert!(
        text.contains("[1] https://www.example.gov/buyouts"),
        "{text}"
    );
}

#[test]
fn o_asks_which_link_when_the_paragraph_has_several() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_on_files(
        dir.path(),
        &[(
            "links.md",
            b"---\ntitle: Two Links\n---\nRead [the bill](https://example.gov/bill) and [the summary](https://example.gov/summary).\n\nNo link here.\n",
        )],
        140,
        30,
    );
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('o'));
    assert!(screen(&app).contains("open link number: 1"));
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.opened(), ["https://example.gov/summary"]);
    press(&mut app, KeyCode::Char('o'));
    press(&mut app, KeyCode::Char('7'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.opened().len(), 1);
    assert!(app.message.as_deref().unwrap().contains("no link [7]"));
    // A paragraph without a link: the release has no URL to open.
    press(&mut app, KeyCode::Char('}'));
    press(&mut app, KeyCode::Char('o'));
    assert_eq!(app.opened().len(), 1);
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .contains("has no URL to open"),
        "{:?}",
        app.message
    );
}

#[test]
fn y_copies_the_paragraph_under_the_cursor_with_its_citation() {
    let mut app = demo_app(140, 40);
    select(&mut app, "broadband");
    press(&mut app, KeyCode::Enter);
    cursor_to(&mut app, "Kids in our mountain towns");
    press(&mut app, KeyCode::Char('y'));
    let copied = app.copied();
    let text = &copied[0];
    let (passage, citation) = text.rsplit_once('\n').unwrap();
    assert!(passage.starts_with("“Kids in our mountain towns"), "{text}");
    assert!(passage.ends_with("where it belongs.”"), "{text}");
    assert_eq!(
        citation,
        "— Senator Ruth Alvarez, “Alvarez Introduces Rural Broadband Act to Connect 200,000 Homes”, \
         alvarez.senate.example.gov, 2024-02-27, \
         https://alvarez.senate.example.gov/news/press-releases/alvarez-introduces-rural-broadband-act"
    );
    let said = app.message.as_deref().unwrap();
    assert!(
        said.starts_with("copied “Kids in our mountain towns") && !said.contains("““"),
        "{said}"
    );
    assert!(
        said.ends_with("with its citation to the test clipboard"),
        "{said}"
    );
}

#[test]
fn y_copies_the_selection_and_ends_it() {
    let mut app = demo_app(140, 40);
    select(&mut app, "broadband");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Char('y'));
    assert!(app.selection.is_none());
    let copied = app.copied();
    assert!(
        copied[0]
            .starts_with("WASHINGTON, D.C. – U.S. Senator Ruth Alvarez (D-NM) today introduced"),
        "{copied:?}"
    );
    assert!(
        copied[0]
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("— “Alvarez Introduces")
    );
}

#[test]
fn y_in_the_quotations_view_copies_the_quotation_and_its_speaker() {
    let mut app = demo_app(140, 40);
    press(&mut app, KeyCode::Char('Q'));
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "alvarez kitchen");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('y'));
    let copied = app.copied();
    let (quote, citation) = copied[0].split_once('\n').unwrap();
    assert!(
        quote.starts_with('“') && quote.contains("kitchen"),
        "{quote}"
    );
    assert!(
        citation.starts_with("— Senator Ruth Alvarez, “Alvarez Introduces"),
        "{citation}"
    );
}

#[test]
fn y_in_the_list_copies_the_citation_of_the_release() {
    let mut app = demo_app(140, 40);
    select(&mut app, "dredging");
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(
        app.copied(),
        [
            "— “Obi Statement on Harbor Dredging Grant”, obi.house.example.gov, 2024-03-04, \
          https://obi.house.example.gov/media/press-releases/obi-statement-on-harbor-dredging-grant"
        ]
    );
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .starts_with("copied the citation of")
    );
}

#[test]
fn y_in_the_bookmarks_view_copies_the_bookmark_as_export_cites_it() {
    let data = tempfile::tempdir().unwrap();
    let mut app = demo_app_with_bookmarks(data.path(), 140, 40);
    select(&mut app, "broadband");
    press(&mut app, KeyCode::Enter);
    cursor_to(&mut app, "Kids in our mountain towns");
    press(&mut app, KeyCode::Char('m'));
    press(&mut app, KeyCode::Enter);
    let said = app.message.clone().unwrap();
    assert!(
        said.starts_with("bookmarked “Kids"),
        "no doubled quote mark: {said}"
    );
    press(&mut app, KeyCode::Char('B'));
    assert_eq!(app.focus, Focus::List);
    press(&mut app, KeyCode::Char('y'));
    let bookmark = app.bookmarks.as_ref().unwrap().list[0].clone();
    assert_eq!(
        app.copied(),
        [bookmark.citation().with_passage(&bookmark.passage)]
    );
    let export = readout::bookmarks::export::to_text(&[bookmark]);
    assert_eq!(export, format!("{}\n", app.copied()[0]));
}
