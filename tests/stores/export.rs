//! Exports as the user sees them, pinned by snapshots.

use readout::bookmarks::Bookmark;
use readout::bookmarks::export::{to_json, to_markdown};
use readout::corpus::TextPos;

fn bookmarks() -> Vec<Bookmark> {
    let base = Bookmark {
        id: "3f9a0c12de".into(),
        release: "7ed582b5571b".into(),
        path: "/corpus/budget.txt".into(),
        line: None,
        title: "Budget vote".into(),
        date: Some("2026-11-02".into()),
        source: Some("Office of Rep. Example".into()),
        url: Some("https://example.house.gov/news/budget".into()),
        passage: "\u{201c}This is a good day for taxpayers,\u{201d} said Rep. Example.".into(),
        start: TextPos::new(1, 0),
        end: TextPos::new(1, 61),
        hash: "5a1d3c0e9b2f4471".into(),
        speaker: Some("Rep. Example".into()),
        note: "Use in the Friday piece.\nCheck the vote count.".into(),
        created: "2026-11-24T17:40:00Z".into(),
        updated: "2026-11-24T17:45:10Z".into(),
    };
    let plain = Bookmark {
        id: "b04e77a1c3".into(),
        release: "0a1b2c3d4e5f".into(),
        path: "/corpus/releases.jsonl".into(),
        line: Some(12),
        title: "Markdown *stars* and [brackets]".into(),
        date: None,
        source: None,
        url: None,
        passage: "# Not a heading\n\n1. Not a list, and a tab\there.\n\nA third paragraph.".into(),
        start: TextPos::new(0, 0),
        end: TextPos::new(2, 18),
        hash: "0000000000000000".into(),
        speaker: None,
        note: String::new(),
        created: "2026-11-24T18:00:00Z".into(),
        updated: "2026-11-24T18:00:00Z".into(),
    };
    let hostile = Bookmark {
        id: "c0ffee0001".into(),
        title: "Escapes \u{1b}[2J and bidi \u{202e}text".into(),
        passage: "Bell \u{7} and CSI \u{9b}31m here.".into(),
        note: "note \u{1b}]0;title\u{7}".into(),
        speaker: None,
        url: Some("https://example.org/a b".into()),
        created: "2026-11-24T18:10:00Z".into(),
        updated: "2026-11-24T18:10:00Z".into(),
        ..base.clone()
    };
    vec![base, plain, hostile]
}

#[test]
fn markdown_citations() {
    let md = to_markdown(&bookmarks());
    assert!(
        !md.chars().any(|c| c.is_control() && c != '\n'),
        "control character in {md:?}"
    );
    insta::assert_snapshot!(md);
}

#[test]
fn json_array() {
    let json = to_json(&bookmarks());
    assert!(
        !json.chars().any(|c| c.is_control() && c != '\n'),
        "control character in {json:?}"
    );
    let back: Vec<Bookmark> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, bookmarks(), "the JSON keeps every field exactly");
    insta::assert_snapshot!(json);
}

#[test]
fn nothing_to_export() {
    assert_eq!(to_markdown(&[]), "");
    assert_eq!(to_json(&[]), "[]\n");
}
