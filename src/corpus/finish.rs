//! The steps every format shares, turning a parser's [`Draft`] into a
//! [`Release`]: clean metadata, split off end marks, credits and boilerplate,
//! derive a missing title or date, find quotations.

use super::date::{self, ReleaseDate};
use super::sanitize::{self, SanitizeStats};
use super::{
    Body, BodyHandle, Draft, Origin, Paragraph, Release, ReleaseId, furniture, html, meta, quotes,
};

/// How many leading paragraphs are searched for a date when metadata has none.
const DATE_SEARCH_PARAGRAPHS: usize = 2;

/// Cleans a one-line metadata value: sanitised, HTML and Markdown residue
/// removed, whitespace collapsed. `None` when nothing is left.
pub fn clean_value(value: Option<String>, stats: &mut SanitizeStats) -> Option<String> {
    let value = value?;
    let (line, s) = sanitize::clean_line(&value);
    stats.add(s);
    let line = strip_markup(&line);
    (!line.is_empty()).then_some(line)
}

/// Removes Markdown and HTML residue from a one-line value: tags, entities,
/// backslash escapes, `**`/`__` emphasis markers.
pub fn strip_markup(s: &str) -> String {
    let s = if s.contains('<') || s.contains('&') {
        html::strip_inline(s)
    } else {
        s.to_string()
    };
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // Pandoc writes a no-break space as `\ `.
            '\\' if chars
                .peek()
                .is_some_and(|n| n.is_ascii_punctuation() || *n == ' ') =>
            {
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            }
            '*' if chars.peek() == Some(&'*') => {
                chars.next();
            }
            '_' if chars.peek() == Some(&'_') => {
                chars.next();
            }
            _ => out.push(c),
        }
    }
    sanitize::collapse_whitespace(&out)
}

/// Makes sure a paragraph holds nothing unsafe, whatever its parser did.
/// Spans are dropped if cleaning had to change the text.
fn ensure_clean(paragraph: &mut Paragraph, stats: &mut SanitizeStats) {
    if sanitize::is_terminal_safe(&paragraph.text) {
        return;
    }
    let (cleaned, s) = sanitize::clean_text(&paragraph.text);
    stats.add(s);
    paragraph.text = cleaned.into_owned();
    paragraph.spans.clear();
}

/// Splits the tail of a body into end mark, trailer, credits and boilerplate.
/// Returns `(credits, trailer)` and leaves only body paragraphs in `paragraphs`.
fn split_tail(paragraphs: &mut Vec<Paragraph>) -> (Vec<String>, Vec<String>) {
    let mut trailer = Vec::new();
    // An end mark in the second half of the body ends the release.
    let half = paragraphs.len() / 2;
    if let Some(at) = paragraphs
        .iter()
        .enumerate()
        .skip(half)
        .find(|(_, p)| meta::is_end_mark(&p.text))
        .map(|(i, _)| i)
    {
        trailer = paragraphs
            .drain(at..)
            .skip(1)
            .map(|p| p.text)
            .filter(|t| !t.trim().is_empty() && !meta::is_end_mark(t))
            .collect();
    }
    let mut credits = Vec::new();
    while let Some(last) = paragraphs.last() {
        let text = last.text.trim();
        if text.is_empty() || meta::is_end_mark(text) || meta::is_boilerplate(text) {
            paragraphs.pop();
        } else if let Some(credit) = meta::credit(text) {
            credits.insert(0, credit);
            paragraphs.pop();
        } else {
            break;
        }
    }
    (credits, trailer)
}

/// Turns a draft into a release with the given id.
pub fn finish(draft: Draft, id: ReleaseId, origin: Origin, stats: &mut SanitizeStats) -> Release {
    let Draft {
        title,
        date,
        updated,
        source,
        section,
        author,
        member,
        url,
        tags,
        credits: mut given_credits,
        mut paragraphs,
        links,
    } = draft;

    for p in &mut paragraphs {
        ensure_clean(p, stats);
    }
    paragraphs.retain(|p| !p.text.trim().is_empty());
    let title = clean_value(title, stats);
    let date = clean_value(date, stats).and_then(|d| ReleaseDate::parse(&d));
    // Notices, contacts, and the title or date again around the text go
    // first, so that where the text's second half starts is known.
    let edges = furniture::take_edges(&mut paragraphs, title.as_deref(), date.as_ref());
    let (credits, trailer) = split_tail(&mut paragraphs);
    given_credits.extend(credits);
    let (title, title_derived) = match title {
        Some(t) => (t, false),
        None => match paragraphs.first() {
            Some(first) => (meta::derive_title(&first.text), true),
            None => ("(untitled)".to_string(), true),
        },
    };

    let date = date.or(edges.date).or_else(|| {
        paragraphs
            .iter()
            .take(DATE_SEARCH_PARAGRAPHS)
            .find_map(|p| date::find_in_text(&p.text))
    });
    let updated = clean_value(updated, stats).and_then(|d| {
        let d = d
            .trim_start_matches(|c: char| c.is_alphabetic() || c == ':')
            .trim()
            .to_string();
        ReleaseDate::parse(&d)
    });

    let transcript = quotes::turns::split(&mut paragraphs, &title);
    // Releases live for the whole session: keep no spare capacity.
    paragraphs.shrink_to_fit();
    let context = quotes::Context {
        title: &title,
        member: member.as_ref(),
        turns: &transcript.turns,
        outer: None,
    };
    let quotes = quotes::extract_in(&paragraphs, &context);
    let clean_list = |items: Vec<String>, stats: &mut SanitizeStats| -> Vec<String> {
        items
            .into_iter()
            .filter_map(|t| clean_value(Some(t), stats))
            .collect()
    };
    let member = member.map(|mut m| {
        m.name = clean_value(Some(m.name), stats).unwrap_or_default();
        m.party = clean_value(m.party, stats);
        m.state = clean_value(m.state, stats);
        m.chamber = clean_value(m.chamber, stats);
        std::sync::Arc::new(m)
    });
    let body = Body {
        paragraphs,
        links: clean_list(links, stats),
        quotes,
        turns: transcript.turns,
        setting: transcript.setting,
        // Furniture comes from paragraphs, clean already.
        trailer: edges
            .kept
            .into_iter()
            .chain(clean_list(trailer, stats))
            .collect(),
    };
    Release {
        id,
        title,
        title_derived,
        date,
        updated,
        source: clean_value(source, stats),
        section: clean_value(section, stats),
        author: clean_value(author, stats),
        member,
        url: clean_value(url, stats),
        tags: clean_list(tags, stats),
        credits: clean_list(given_credits, stats),
        outline: body.outline(),
        origin,
        body: BodyHandle::in_memory(body),
    }
}

/// A release as a parser would hand it over: `title`, and paragraphs of
/// `body` separated by blank lines, finished. For unit tests.
#[cfg(test)]
pub(crate) fn finished_release(title: &str, body: &str) -> Release {
    use super::Format;
    finish(
        Draft {
            title: Some(title.into()),
            paragraphs: body.split("\n\n").map(Paragraph::body).collect(),
            ..Draft::default()
        },
        ReleaseId::from_key(title),
        Origin::new("t.jsonl", None, Format::Jsonl),
        &mut SanitizeStats::default(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Format;

    fn release(draft: Draft) -> Release {
        finish(
            draft,
            ReleaseId::from_key("t"),
            Origin::new("t.txt", None, Format::Text),
            &mut SanitizeStats::default(),
        )
    }

    fn paragraphs(texts: &[&str]) -> Vec<Paragraph> {
        texts.iter().map(|t| Paragraph::body(*t)).collect()
    }

    #[test]
    fn credits_boilerplate_and_end_marks_leave_the_body() {
        let r = release(Draft {
            title: Some("T".into()),
            paragraphs: paragraphs(&[
                "Body one.",
                "Body two.",
                "(With input from Xinhua)",
                "Copyright © ",
                "RELATED STORIES",
            ]),
            ..Draft::default()
        });
        assert_eq!(r.read_body().paragraphs.len(), 2);
        assert_eq!(r.credits, vec!["With input from Xinhua"]);
    }

    #[test]
    fn text_after_the_end_mark_is_trailer() {
        let r = release(Draft {
            title: Some("T".into()),
            paragraphs: paragraphs(&["One.", "Two.", "###", "About the office: a district."]),
            ..Draft::default()
        });
        let body = r.read_body();
        assert_eq!(body.paragraphs.len(), 2);
        assert_eq!(body.trailer, vec!["About the office: a district."]);
    }

    #[test]
    fn header_furniture_goes_to_the_trailer_and_a_dashed_end_mark_ends_the_body() {
        let r = release(Draft {
            title: Some("Ames Backs Harbor Bill".into()),
            date: Some("2023-03-14".into()),
            paragraphs: paragraphs(&[
                "For Immediate Release",
                "March 14, 2023",
                "Media Contact: Tess Morrow, 555-010-4477",
                "Ames Backs Harbor Bill",
                "HARBORTOWN – Rep. Lee Ames backed the bill.",
                "“Ports matter,” said Ames.",
                "-###-",
                "Ames represents the harbor district.",
            ]),
            ..Draft::default()
        });
        let body = r.read_body();
        assert_eq!(
            body.paragraphs,
            paragraphs(&[
                "HARBORTOWN – Rep. Lee Ames backed the bill.",
                "“Ports matter,” said Ames."
            ])
        );
        assert_eq!(
            body.trailer,
            [
                "For Immediate Release",
                "Media Contact: Tess Morrow, 555-010-4477",
                "Ames represents the harbor district."
            ]
        );
        assert_eq!(r.date.and_then(|d| d.iso()).as_deref(), Some("2023-03-14"));
    }

    #[test]
    fn missing_title_comes_from_the_first_sentence() {
        let r = release(Draft {
            paragraphs: paragraphs(&[
                "President Xi had a call on the evening of 13 May. More text.",
            ]),
            ..Draft::default()
        });
        assert!(r.title_derived);
        assert_eq!(r.title, "President Xi had a call on the evening of 13 May");
        assert_eq!(r.date.unwrap().written, "13 May");
    }

    #[test]
    fn a_repeated_title_paragraph_is_dropped() {
        let r = release(Draft {
            title: Some("Barr Statement".into()),
            paragraphs: paragraphs(&["BARR STATEMENT", "Text."]),
            ..Draft::default()
        });
        assert_eq!(r.read_body().paragraphs, paragraphs(&["Text."]));
    }

    #[test]
    fn titles_lose_markup() {
        assert_eq!(
            strip_markup("**Fact Sheet:** a \\[plan\\] __now__ with\\ Harbor"),
            "Fact Sheet: a [plan] now with Harbor"
        );
    }

    #[test]
    fn hostile_metadata_is_cleaned() {
        let r = release(Draft {
            title: Some("Evil\u{1b}]0;owned\u{7} title\u{202e}".into()),
            paragraphs: vec![Paragraph::body("bad \u{1b}[2J text")],
            ..Draft::default()
        });
        assert_eq!(r.title, "Evil title");
        assert_eq!(r.read_body().paragraphs[0].text, "bad  text");
    }
}
