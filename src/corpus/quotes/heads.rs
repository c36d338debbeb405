//! The heads that open a transcript's paragraphs before a speaker's words:
//! a span set in bold (`**Spokesperson Ann Roe:** We have …`), capitalised
//! words ending with a colon (`Operator: Our next …`), or a whole line in
//! bold (`**Ann Roe**`). Only their shape is read here; whether a head
//! names someone, and whose turn it opens, is `turns.rs`'s concern.

use crate::corpus::{Paragraph, SpanStyle};

/// Longest label, in bytes before its colon.
pub(super) const MAX_LABEL: usize = 64;

/// Where the first colon of `text` is, when it ends a head no longer
/// than [`MAX_LABEL`] bytes (`MS. ROE: Hello`, `Operator: Our next …`).
pub(super) fn head_colon(text: &str) -> Option<usize> {
    let mut end = MAX_LABEL.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].find(':')
}

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
    let colon = head_colon(text)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heads_colon_is_found_within_the_longest_label_only() {
        assert_eq!(head_colon("MS. ROE: Hello"), Some(7));
        assert_eq!(head_colon("No colon here"), None);
        let long = format!("{}: late", "A".repeat(MAX_LABEL));
        assert_eq!(head_colon(&long), None);
        // A cut inside a character backs off to its start.
        let wide = format!("{}é: x", "A".repeat(MAX_LABEL - 1));
        assert_eq!(head_colon(&wide), None);
    }

    #[test]
    fn heads_say_whether_a_quotation_follows() {
        let plain = Paragraph::body("Operator: Our next question comes from Bo Park.");
        assert_eq!(capitalised_head(&plain), Some((9, false)));
        assert_eq!(speech_head(&plain), Some(9));
        let quoted = Paragraph::body("Senator Ann Roe: “We will.”");
        assert_eq!(capitalised_head(&quoted), Some((16, true)));
        assert_eq!(speech_head(&quoted), None);
        let lowercase = Paragraph::body("Note that: this is prose.");
        assert_eq!(capitalised_head(&lowercase), None);
    }
}
