//! Round-ups of reactions: a body most of whose quotations open with a
//! label naming someone, where a label's layout alone makes a speaker;
//! and the citations that follow such quotations (`[Tweet, 1/2/23]`).

use super::labels::{PLATFORMS, bare_label, cited_word_label, label_attribution};
use super::marks::Extent;
use super::names::{
    PersonName, WRITINGS, is_heading, is_organization, is_outlet_name, is_person_name,
};
use super::referents::Attribution;
use super::runs::name_forward;
use crate::corpus::Paragraph;

/// Fewest paragraphs opening with a label that names someone in a round-up.
const MIN_ROUNDUP_LABELS: usize = 3;

/// True for a round-up of reactions: at least [`MIN_ROUNDUP_LABELS`]
/// paragraphs open with a label naming someone (`Rep. Ann Roe: "…"`), so
/// that a label of bare capitalised words there is a speaker too
/// (`Clean Rivers Now: "…"`).
pub(super) fn is_roundup(paragraphs: &[Paragraph], spans: &[Extent]) -> bool {
    let mut labelled = 0;
    let mut last = None;
    for span in spans {
        let p = span.start.paragraph;
        if last == Some(p) {
            continue;
        }
        last = Some(p);
        let text = &paragraphs[p as usize].text;
        let lead = text.get(..span.start.offset as usize).unwrap_or("");
        if label_attribution(lead).is_some() {
            labelled += 1;
            if labelled >= MIN_ROUNDUP_LABELS {
                return true;
            }
        }
    }
    false
}

/// The names a round-up's labels of bare capitalised words give its
/// speakers (`Rural Voices USA:`), which only the layout vouches for;
/// none when the body is not a round-up.
pub(super) fn roundup_labels(paragraphs: &[Paragraph], spans: &[Extent]) -> Vec<String> {
    if !is_roundup(paragraphs, spans) {
        return Vec::new();
    }
    spans
        .iter()
        .filter_map(|span| {
            let text = &paragraphs[span.start.paragraph as usize].text;
            let lead = text.get(..span.start.offset as usize)?;
            let tail = text.get(span.end.offset as usize..).unwrap_or("");
            let cited = span.end.paragraph == span.start.paragraph && cites_a_source(tail);
            match bare_label(lead).or_else(|| cited.then(|| cited_word_label(lead)).flatten())? {
                Attribution::Organization(name) => Some(name),
                _ => None,
            }
        })
        .collect()
}

/// Most words of a citation after a quotation (`[Tweet, 3/2/23]`).
const MAX_CITATION_WORDS: usize = 6;

/// True when the words after a quotation to its paragraph's end are none,
/// or only a citation in brackets (`[Statement, 3/2/23]`).
pub(super) fn is_citation(tail: &str) -> bool {
    let tail = tail.trim().trim_start_matches(['*', '_']).trim();
    tail.is_empty()
        || (tail.starts_with(['[', '('])
            && tail.ends_with([']', ')'])
            && tail.split_whitespace().count() <= MAX_CITATION_WORDS)
}

/// True when `tail` is a citation of where a quotation was published
/// (`[Tweet, 1/2/23]`), not nothing.
pub(super) fn cites_a_source(tail: &str) -> bool {
    !tail.trim().is_empty() && is_citation(tail)
}

/// The news outlet a bracket right after a quotation credits it to (`“one
/// of our sharpest critics” (The Wall Street Journal)`); not an acronym a
/// term is given (`“waters of the United States” (WOTUS)`).
pub(super) fn credited_in_brackets(tail: &str) -> Option<Attribution> {
    let inner = tail.trim_start().strip_prefix('(')?;
    let inner = inner[..inner.find(')')?].trim();
    is_outlet_name(inner).then(|| Attribution::Organization(inner.to_string()))
}

/// Kinds of posts, which open a citation that names no source (`Tweet,
/// 3/1/22`, `Twitter Thread`, after a platform of [`PLATFORMS`]).
const POSTS: &[&str] = &[
    "Thread",
    "Tweet",
    "Post",
    "Video",
    "Article",
    "Release",
    "Interview",
    "Op-Ed",
    "Podcast",
    "Blog",
];

/// Most words of a citation naming its source after a quotation.
const MAX_SOURCE_CITATION_WORDS: usize = 16;

/// The source a citation after a quotation names before its date, as lists
/// of press clips write them (`“…” Axios 9/23/22`, `“…”Washington Post,
/// 10/25`, `“…” Rep. Kevin Brady (Ranking Member), 9/1/22`): an outlet or
/// organization, or a person named in full; not a kind of post (`Tweet,
/// 3/1/22`). `tail` is the paragraph's text after the quotation.
pub(super) fn cited_source(tail: &str) -> Option<Attribution> {
    let words: Vec<&str> = tail
        .split_whitespace()
        .map(|w| w.trim_matches(['*', '_', '[', ']']))
        .filter(|w| !w.is_empty())
        .collect();
    let dated = |w: &str| w.contains('/') && w.chars().all(|c| c.is_ascii_digit() || c == '/');
    let (before, has_date) = match words.split_last() {
        Some((date, before)) if dated(date) => (before, true),
        _ => (&words[..], false),
    };
    // `Twitter Thread, 5/25/23`: where it was posted, not who.
    let posted = before.first().is_some_and(|w| {
        let w = w.trim_end_matches(',');
        PLATFORMS.contains(&w) || POSTS.contains(&w) || WRITINGS.contains(&w)
    });
    if posted || before.is_empty() || words.len() > MAX_SOURCE_CITATION_WORDS {
        return None;
    }
    // The words before the date, without a bracketed office.
    let mut source: Vec<&str> = Vec::new();
    let mut depth = 0usize;
    for word in before {
        if word.starts_with('(') {
            depth += 1;
        }
        if depth == 0 {
            source.push(word.trim_end_matches(','));
        }
        if word.trim_end_matches(',').ends_with(')') {
            depth = depth.saturating_sub(1);
        }
    }
    let name = source.join(" ");
    if name.is_empty() || WRITINGS.contains(&name.as_str()) || is_heading(&name) {
        return None;
    }
    if has_date && (is_outlet_name(&name) || is_organization(&name)) {
        return Some(Attribution::Organization(name));
    }
    // Without a date, only a person with an office in brackets signs it.
    let office = source.len() < before.len();
    let (person, used, _) = name_forward(&source)?;
    let full = PersonName::parse(&person).is_some_and(|n| n.first().is_some());
    ((has_date || office) && used == source.len() && full && is_person_name(&person))
        .then_some(Attribution::Name(person))
}
