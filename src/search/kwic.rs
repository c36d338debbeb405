//! Keyword-in-context lines: a hit with the text around it, cut to a
//! width in terminal columns (wide characters count two).

use std::ops::Range;

use unicode_width::UnicodeWidthChar;

use super::hits::TextHit;
use crate::corpus::Body;

/// A keyword-in-context line, with the hit's byte range inside it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snippet {
    /// One line of text, whitespace collapsed, "…" where it was cut.
    pub text: String,
    /// The byte range of the hit inside `text`, for highlighting.
    pub highlight: Range<usize>,
}

/// A keyword-in-context line around a hit in a release body (see [`kwic`]).
/// A hit that does not fit in a paragraph of the body gives an empty snippet.
pub fn snippet(body: &Body, hit: TextHit, width: usize) -> Snippet {
    match body.paragraphs.get(hit.paragraph as usize) {
        Some(paragraph) => kwic(&paragraph.text, hit.start as usize..hit.end as usize, width),
        None => Snippet::default(),
    }
}

/// A keyword-in-context line around the bytes `hit` of `text`: about
/// `width` terminal columns (a wide character counts two), cut at word boundaries with "…" at cut ends, the
/// hit's byte range inside the line given for highlighting. Single line,
/// whitespace collapsed. Text without spaces (Chinese, very long words) is
/// cut between characters. A range off the text's char boundaries gives an
/// empty snippet. A snippet cut again to a narrower width is cut around
/// the same hit.
pub fn kwic(text: &str, hit: Range<usize>, width: usize) -> Snippet {
    let (start, end) = (hit.start, hit.end);
    if start > end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Snippet::default();
    }
    let (Some(before), Some(matched), Some(after)) =
        (text.get(..start), text.get(start..end), text.get(end..))
    else {
        return Snippet::default();
    };
    let before = collapse(before);
    let matched = collapse(matched);
    let after = collapse(after);
    let (before, after) = (before.trim_start(), after.trim_end());
    let room = width.saturating_sub(columns(matched.trim()));
    let (left_len, right_len) = (columns(before), columns(after));
    let mut left = room / 2;
    let mut right = room - left;
    if left_len < left {
        right += left - left_len;
        left = left_len;
    } else if right_len < right {
        left += right - right_len;
        right = right_len;
    }
    let left_text = cut_left(before, left);
    let right_text = cut_right(after, right);
    let mut out = String::with_capacity(width * 4);
    out.push_str(&left_text);
    let highlight_start = out.len();
    out.push_str(&matched);
    let highlight = highlight_start..out.len();
    out.push_str(&right_text);
    Snippet {
        text: out,
        highlight,
    }
}

/// `text` with every run of whitespace made one space.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

/// The terminal columns `text` takes.
pub fn columns(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// The end of `text` in at most `room` columns, starting at a word boundary,
/// with "…" in front when something was cut.
fn cut_left(text: &str, room: usize) -> String {
    if columns(text) <= room {
        return text.to_string();
    }
    let keep = room.saturating_sub(1);
    let mut used = 0;
    let mut from = text.len();
    for (i, c) in text.char_indices().rev() {
        used += c.width().unwrap_or(0);
        if used > keep {
            break;
        }
        from = i;
    }
    let mut kept = &text[from..];
    let cut_in_word = text[..from]
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace());
    if cut_in_word && let Some(space) = kept.find(' ') {
        kept = &kept[space..];
    }
    format!("…{}", kept.trim_start())
}

/// The start of `text` in at most `room` columns, ending at a word boundary,
/// with "…" after it when something was cut.
fn cut_right(text: &str, room: usize) -> String {
    if columns(text) <= room {
        return text.to_string();
    }
    let keep = room.saturating_sub(1);
    let mut used = 0;
    let mut to = 0;
    for (i, c) in text.char_indices() {
        used += c.width().unwrap_or(0);
        if used > keep {
            break;
        }
        to = i + c.len_utf8();
    }
    let mut kept = &text[..to];
    let cut_in_word = text[to..]
        .chars()
        .next()
        .is_some_and(|c| !c.is_whitespace());
    if cut_in_word && let Some(space) = kept.rfind(' ') {
        kept = &kept[..space];
    }
    format!("{}…", kept.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Paragraph;
    use crate::corpus::finish::finished_release;

    fn snip(text: &str, needle: &str, width: usize) -> Snippet {
        let body = finished_release("Title", text).read_body();
        let start = body.paragraphs[0].text.find(needle).unwrap();
        let hit = TextHit {
            paragraph: 0,
            start: start as u32,
            end: (start + needle.len()) as u32,
        };
        snippet(&body, hit, width)
    }

    #[test]
    fn a_snippet_cut_again_keeps_its_hit() {
        let text = "one two three four five six seven eight nine ten harbor eleven twelve thirteen fourteen fifteen sixteen seventeen";
        let wide = snip(text, "harbor", 60);
        let narrow = kwic(&wide.text, wide.highlight.clone(), 30);
        assert_eq!(&narrow.text[narrow.highlight.clone()], "harbor");
        assert!(narrow.text.chars().count() <= 30, "{}", narrow.text);
        assert_eq!(kwic(&wide.text, wide.highlight.clone(), 60), wide);
    }

    #[test]
    fn short_paragraphs_are_shown_whole() {
        let s = snip("The harbor opened today.", "harbor", 80);
        assert_eq!(s.text, "The harbor opened today.");
        assert_eq!(&s.text[s.highlight.clone()], "harbor");
    }

    #[test]
    fn long_paragraphs_are_cut_at_words_with_ellipses() {
        let text = "one two three four five six seven eight nine ten harbor eleven twelve thirteen fourteen fifteen sixteen seventeen";
        let s = snip(text, "harbor", 30);
        assert!(
            s.text.starts_with('…') && s.text.ends_with('…'),
            "{}",
            s.text
        );
        assert!(s.text.chars().count() <= 30, "{}", s.text);
        assert!(s.text.chars().count() >= 20, "{}", s.text);
        assert_eq!(&s.text[s.highlight.clone()], "harbor");
        let inner = s.text.trim_matches('…');
        for word in inner.split(' ') {
            assert!(
                text.split(' ').any(|w| w == word),
                "cut word {word:?} in {}",
                s.text
            );
        }
    }

    #[test]
    fn a_hit_near_the_start_gives_its_room_to_the_right() {
        let text = "Harbor news: one two three four five six seven eight nine ten eleven twelve";
        let s = snip(text, "Harbor", 40);
        assert!(s.text.starts_with("Harbor news"), "{}", s.text);
        assert!(s.text.ends_with('…'));
        assert_eq!(s.highlight, 0..6);
        assert!(s.text.chars().count() >= 30, "{}", s.text);
    }

    #[test]
    fn whitespace_is_collapsed_into_one_line() {
        let body = Body {
            paragraphs: vec![Paragraph::with_block(
                "col a\n  col   b\tharbor\n\nend",
                crate::corpus::Block::Preformatted,
            )],
            ..Body::default()
        };
        let start = body.paragraphs[0].text.find("harbor").unwrap() as u32;
        let s = snippet(
            &body,
            TextHit {
                paragraph: 0,
                start,
                end: start + 6,
            },
            80,
        );
        assert_eq!(s.text, "col a col b harbor end");
        assert_eq!(&s.text[s.highlight], "harbor");
    }

    #[test]
    fn multibyte_text_is_cut_on_char_boundaries() {
        let text = "日本の首相は本日、東京で記者会見を開き、新しい経済対策を発表した。港の整備も含まれる。";
        for width in [8, 10, 17, 30] {
            let s = snip(text, "経済", width);
            assert_eq!(&s.text[s.highlight.clone()], "経済", "{width}");
            assert!(columns(&s.text) <= width, "{width}: {}", s.text);
        }
        let s = snip(
            "Ärger über Ärger über Ärger über Ärger über Ärger",
            "über Ärger über",
            16,
        );
        assert_eq!(&s.text[s.highlight.clone()], "über Ärger über");
    }

    #[test]
    fn a_bad_hit_gives_an_empty_snippet() {
        let r = finished_release("T", "Ärger").read_body();
        let bad = TextHit {
            paragraph: 0,
            start: 1,
            end: 3,
        };
        assert_eq!(snippet(&r, bad, 20).text, "");
        let missing = TextHit {
            paragraph: 9,
            start: 0,
            end: 1,
        };
        assert_eq!(snippet(&r, missing, 20).text, "");
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let text = "日本の首相は本日、東京で記者会見を開き、新しい経済対策を発表した。";
        let s = snip(text, "経済", 20);
        assert!(columns(&s.text) <= 20, "{}", s.text);
        assert!(columns(&s.text) >= 17, "{}", s.text);
        assert!(s.text.chars().count() <= 11, "{}", s.text);
    }
}
