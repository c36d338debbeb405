//! What a bookmark is: a passage of a release, where it was, a note.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::archive::clock;
use crate::corpus::display::{Citation, citation_source};
use crate::corpus::id::fnv1a;
use crate::corpus::{Body, Release, TextPos};

/// The version of `bookmarks.json` this readout writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Separator between paragraphs in a bookmark's passage.
pub const PARAGRAPH_BREAK: &str = "\n\n";

/// A saved passage of a release, with enough context to find it again and
/// to cite it when the release has changed or is gone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bookmark {
    /// Short unique id (10 hex digits).
    pub id: String,
    /// The release's id ([`crate::corpus::ReleaseId`]) as text.
    pub release: String,
    /// The file the release was read from.
    pub path: String,
    /// The JSON Lines line of the release, when it came from one.
    #[serde(default)]
    pub line: Option<u32>,
    /// The release's title.
    pub title: String,
    /// The release's date, as readout shows it.
    #[serde(default)]
    pub date: Option<String>,
    /// The release's publisher (for a member's release without one, the member).
    #[serde(default)]
    pub source: Option<String>,
    /// The release's URL.
    #[serde(default)]
    pub url: Option<String>,
    /// The passage text, paragraphs joined by a blank line (`"\n\n"`).
    pub passage: String,
    /// Where the passage starts in the release body.
    pub start: TextPos,
    /// Where the passage ends (exclusive).
    pub end: TextPos,
    /// Hex hash of the passage text ([`passage_hash`]).
    pub hash: String,
    /// The speaker, when the passage is (inside) a quotation.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The user's note.
    #[serde(default)]
    pub note: String,
    /// When the bookmark was made (RFC 3339, UTC).
    pub created: String,
    /// When the bookmark was last changed (RFC 3339, UTC).
    pub updated: String,
}

impl Bookmark {
    /// Builds a bookmark of `release`, whose body is `body`, between `start`
    /// and `end` (swapped when given the wrong way round). The speaker is
    /// that of the first quotation overlapping the range, if any.
    pub fn new(
        release: &Release,
        body: &Body,
        start: TextPos,
        end: TextPos,
        note: String,
    ) -> Bookmark {
        let (start, end) = if end < start {
            (end, start)
        } else {
            (start, end)
        };
        let passage = passage_text(body, start, end);
        let speaker = body.speaker_between(start, end).map(str::to_string);
        let now = clock::now();
        Bookmark {
            id: new_id(),
            release: release.id.to_string(),
            path: release.origin.path.display().to_string(),
            line: release.origin.line,
            title: release.title.clone(),
            date: release.date.as_ref().map(ToString::to_string),
            source: citation_source(release),
            url: release.url.clone(),
            hash: passage_hash(&passage),
            passage,
            start,
            end,
            speaker,
            note,
            created: now.clone(),
            updated: now,
        }
    }
}

impl Bookmark {
    /// The citation of the passage, from what the bookmark kept of its
    /// release (so it cites a release that is gone as well).
    pub fn citation(&self) -> Citation {
        Citation {
            speaker: self.speaker.clone(),
            title: self.title.clone(),
            source: self.source.clone(),
            date: self.date.clone(),
            url: self.url.clone(),
        }
    }
}

/// The body text between two positions, paragraphs joined by
/// [`PARAGRAPH_BREAK`]. Positions past the end or off a char boundary
/// yield what can be read.
pub fn passage_text(body: &Body, start: TextPos, end: TextPos) -> String {
    body.pieces_between(start, end)
        .collect::<Vec<_>>()
        .join(PARAGRAPH_BREAK)
}

/// The hash stored in [`Bookmark::hash`]: 64-bit FNV-1a of the passage, in hex.
pub fn passage_hash(passage: &str) -> String {
    format!("{:016x}", fnv1a(passage.as_bytes()))
}

/// A fresh bookmark id: 10 hex digits hashed from the time, the process id
/// and a counter, so ids made in one process or in several never repeat in
/// practice.
pub fn new_id() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let key = format!("{nanos}/{}/{count}", std::process::id());
    format!("{:016x}", fnv1a(key.as_bytes()))[..10].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Member, Paragraph, Quote};

    fn release() -> Release {
        let body = Body {
            paragraphs: vec![
                Paragraph::body("First paragraph here."),
                Paragraph::body("\u{201c}We will win,\u{201d} said Rep. Bice."),
            ],
            quotes: vec![Quote {
                start: TextPos::new(1, 0),
                end: TextPos::new(1, 18),
                speaker: Some("Rep. Bice".into()),
            }],
            ..Body::default()
        };
        Release {
            source: Some("Office".into()),
            ..Release::sample_with("test", "A title", body, "/a/b.txt")
        }
    }

    #[test]
    fn new_joins_paragraphs_and_finds_the_speaker() {
        let r = release();
        let b = Bookmark::new(
            &r,
            &r.read_body(),
            TextPos::new(0, 6),
            TextPos::new(1, 10),
            "n".into(),
        );
        assert_eq!(b.passage, "paragraph here.\n\n\u{201c}We will");
        assert_eq!(b.speaker.as_deref(), Some("Rep. Bice"));
        assert_eq!(b.hash, passage_hash(&b.passage));
        assert_eq!(b.path, "/a/b.txt");
        assert_eq!(b.release, r.id.to_string());
        assert_eq!(b.id.len(), 10);
        assert_eq!(b.created, b.updated);
    }

    #[test]
    fn no_speaker_outside_quotes_and_reversed_ranges_are_swapped() {
        let r = release();
        let b = Bookmark::new(
            &r,
            &r.read_body(),
            TextPos::new(0, 5),
            TextPos::new(0, 0),
            String::new(),
        );
        assert_eq!(b.passage, "First");
        assert_eq!(b.speaker, None);
    }

    #[test]
    fn the_member_stands_in_for_a_missing_source() {
        let mut r = release();
        assert_eq!(
            Bookmark::new(
                &r,
                &r.read_body(),
                TextPos::new(0, 0),
                TextPos::new(0, 1),
                String::new()
            )
            .source,
            Some("Office".into())
        );
        r.source = None;
        r.member = Some(std::sync::Arc::new(Member {
            name: "Jane Doe".into(),
            ..Member::default()
        }));
        let b = Bookmark::new(
            &r,
            &r.read_body(),
            TextPos::new(0, 0),
            TextPos::new(0, 1),
            String::new(),
        );
        assert_eq!(b.source.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn ids_do_not_repeat() {
        let ids: std::collections::HashSet<String> = (0..10_000).map(|_| new_id()).collect();
        assert_eq!(ids.len(), 10_000);
    }

    #[test]
    fn round_trips_through_json_and_ignores_unknown_fields() {
        let r = release();
        let b = Bookmark::new(
            &r,
            &r.read_body(),
            TextPos::new(0, 0),
            TextPos::new(0, 5),
            "x".into(),
        );
        let mut value = serde_json::to_value(&b).unwrap();
        value["colour"] = "red".into();
        let back: Bookmark = serde_json::from_value(value).unwrap();
        assert_eq!(back, b);
    }
}
