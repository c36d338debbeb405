//! The heads that open a transcript's paragraphs before a speaker's words:
//! a span set in bold (`**Spokesperson Ann Roe:** We have …`), capitalised
//! words ending with a colon (`Operator: Our next …`), or a whole line in
//! bold (`**Ann Roe**`). Only their shape is read here; whether a head
//! names someone, and whose turn it opens, is `turns.rs`'s concern.

use crate::corpus::{Paragraph, SpanStyle};

/// Longest label, in bytes before its colon.
pub(super) const MAX_LABEL: usize = 64;

/// What a quotation (or a bracketed link to one) opens with, after a
/// round-up's label.
const QUOTE_OPENERS: [char; 5] = ['"', '“', '‘', '\'', '['];

/// Where a span set in bold that opens `paragraph` ends, if one does.
fn opening_bold(paragraph: &Paragraph) -> Option<usize> {
    let span = paragraph.spans.first()?;
    (span.style == SpanStyle::Strong && span.start == 0).then_some(span.end as usize)
}

/// True for a paragraph set wholly in bold (`**Ann Roe**`).
pub(super) fn wholly_bold(paragraph: &Paragraph) -> bool {
    opening_bold(paragraph).is_some_and(|end| end >= paragraph.text.trim_end().len())
}

/// A head set in bold that opens a paragraph and ends with a colon
/// (`**Spokesperson Ann Roe:** We have seen …`): its length, the colon
/// included, and whether a quotation follows it (`**Senator Ann Roe:**
/// “…”`, as round-ups of reactions write them) rather than plain words.
pub(super) fn bold_head(paragraph: &Paragraph) -> Option<(usize, bool)> {
    let text = &paragraph.text;
    let end = opening_bold(paragraph)?.min(MAX_LABEL + 1);
    let head = text.get(..end)?;
    let len = match head.trim_end().strip_suffix(':') {
        Some(before) => before.len() + 1,
        None if text.get(end..)?.starts_with(':') => end + 1,
        None => return None,
    };
    let after = text[len..].trim_start();
    (!after.is_empty()).then(|| (len, after.starts_with(QUOTE_OPENERS)))
}

/// Most words of a capitalised label not set in bold (`Greg Tanaka-Ellison:`).
const MAX_PLAIN_HEAD_WORDS: usize = 4;

/// A head of capitalised words ending with a colon that opens a paragraph
/// (`Greg Tanaka-Ellison: Hi, thanks …`, `Operator: Our next …`), set in
/// bold or not: its length and whether a quotation follows, as
/// [`bold_head`].
pub(super) fn capitalised_head(paragraph: &Paragraph) -> Option<(usize, bool)> {
    if let Some(head) = bold_head(paragraph) {
        return Some(head);
    }
    let text = &paragraph.text;
    let mut end = MAX_LABEL.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let colon = text[..end].find(':')?;
    let words: Vec<&str> = text[..colon].split_whitespace().collect();
    let capitalised = (1..=MAX_PLAIN_HEAD_WORDS).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '’' | '\''))
        });
    let after = text[colon + 1..].trim_start();
    (capitalised && text[colon + 1..].starts_with(' ') && !after.is_empty())
        .then(|| (colon + 1, after.starts_with(QUOTE_OPENERS)))
}

/// The capitalised head opening a paragraph of a speaker's own words
/// ([`capitalised_head`] without a quotation after it), its length.
pub(super) fn speech_head(paragraph: &Paragraph) -> Option<usize> {
    capitalised_head(paragraph).and_then(|(len, quoted)| (!quoted).then_some(len))
}
