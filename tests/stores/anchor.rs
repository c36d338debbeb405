//! Re-anchoring against real parsed files: a bookmark is made, the file
//! changes on disk, the corpus is read again, and the passage is looked for.

use std::path::Path;

use readout::bookmarks::{Anchor, Bookmark, find_release, locate};
use readout::corpus::{Corpus, TextPos};

const QUOTE: &str =
    "\"This is a good day for taxpayers and for the families who count on us,\" said Rep. Example.";

fn release_file(paragraphs: &[&str]) -> String {
    format!(
        "Title: Budget vote\nDate: 2026-11-02\n\n{}\n",
        paragraphs.join("\n\n")
    )
}

fn load(dir: &Path) -> Corpus {
    readout::archive::load(&[dir.to_path_buf()], None, false)
}

/// Bookmarks the quotation paragraph of a freshly written release, then
/// rewrites the file with `changed` paragraphs and reads it again.
fn bookmark_then_change(changed: &[&str]) -> (Bookmark, Corpus) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("budget.txt");
    let original = [
        "WASHINGTON - The House passed the budget today.",
        QUOTE,
        "The bill now goes to the Senate.",
    ];
    std::fs::write(&file, release_file(&original)).unwrap();
    let corpus = load(dir.path());
    let release = &corpus.releases[0];
    let body = release.read_body();
    assert_eq!(body.paragraphs[1].text, QUOTE);
    let b = Bookmark::new(
        release,
        &body,
        TextPos::new(1, 0),
        TextPos::new(1, QUOTE.len()),
        "note".into(),
    );
    assert_eq!(b.speaker.as_deref(), Some("Rep. Example"));
    assert_eq!(
        locate(&release.read_body(), &b),
        Anchor::Exact {
            start: b.start,
            end: b.end
        }
    );

    std::fs::write(&file, release_file(changed)).unwrap();
    (b, load(dir.path()))
}

#[test]
fn an_unchanged_release_is_found_by_id_and_exact() {
    let (b, corpus) = bookmark_then_change(&[
        "WASHINGTON - The House passed the budget today.",
        QUOTE,
        "The bill now goes to the Senate.",
    ]);
    let release = find_release(&corpus, &b).expect("same file, same id");
    assert_eq!(
        locate(&release.read_body(), &b),
        Anchor::Exact {
            start: b.start,
            end: b.end
        }
    );
}

#[test]
fn a_passage_in_another_paragraph_is_moved() {
    let (b, corpus) = bookmark_then_change(&[
        "WASHINGTON - The House passed the budget today.",
        "The vote was 220 to 210.",
        "Members debated for six hours.",
        QUOTE,
    ]);
    let release = find_release(&corpus, &b).unwrap();
    assert_eq!(
        locate(&release.read_body(), &b),
        Anchor::Moved {
            start: TextPos::new(3, 0),
            end: TextPos::new(3, QUOTE.len())
        }
    );
}

#[test]
fn a_slightly_edited_passage_is_fuzzy() {
    let edited = "\"This is a great day for taxpayers and for all the families who count on us,\" said Rep. Example.";
    let (b, corpus) = bookmark_then_change(&[
        "WASHINGTON - The House passed the budget today.",
        "The bill now goes to the Senate.",
        edited,
    ]);
    let release = find_release(&corpus, &b).unwrap();
    let Anchor::Fuzzy { start, end } = locate(&release.read_body(), &b) else {
        panic!(
            "expected a fuzzy match, got {:?}",
            locate(&release.read_body(), &b)
        );
    };
    assert_eq!(start, TextPos::new(2, 1), "from the first word");
    assert_eq!(end, TextPos::new(2, edited.len() - 1), "to the last word");
}

#[test]
fn a_passage_that_is_gone_is_orphaned() {
    let (b, corpus) = bookmark_then_change(&[
        "WASHINGTON - The House passed the budget today.",
        "Rep. Example voted against it, citing the deficit.",
        "The bill now goes to the Senate.",
    ]);
    let release = find_release(&corpus, &b).unwrap();
    assert_eq!(locate(&release.read_body(), &b), Anchor::Orphaned);
}

#[test]
fn a_range_that_no_longer_exists_is_not_exact() {
    let (b, corpus) = bookmark_then_change(&["WASHINGTON - The House passed the budget today."]);
    let release = find_release(&corpus, &b).unwrap();
    assert_eq!(locate(&release.read_body(), &b), Anchor::Orphaned);
}

#[test]
fn a_release_whose_id_changed_is_found_by_path_and_title() {
    let (mut b, corpus) = bookmark_then_change(&[QUOTE]);
    b.release = "ffffffffffff".into();
    let release = find_release(&corpus, &b).expect("by path and title");
    assert_eq!(release.title, "Budget vote");
    b.title = "Another title".into();
    assert!(find_release(&corpus, &b).is_none());
}
