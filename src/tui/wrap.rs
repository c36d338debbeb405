//! Word wrapping of styled text by display width: CJK and emoji count two
//! columns, combining marks none, and a line never splits a grapheme.

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::Span;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// A run of text with one style. `source` is the byte offset of the text in
/// the paragraph it came from, or `None` for text the reader added (a
/// speaker label).
#[derive(Debug, Clone, PartialEq)]
pub struct Piece<'a> {
    /// The text.
    pub text: &'a str,
    /// Its style.
    pub style: Style,
    /// Where it starts in the paragraph, if it is paragraph text.
    pub source: Option<usize>,
}

/// One wrapped line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WrappedLine {
    /// Styled spans of the line.
    pub spans: Vec<Span<'static>>,
    /// Paragraph byte offset of the line's first paragraph character.
    pub source: Option<usize>,
    /// Display width of the line.
    pub width: usize,
}

/// A place in a sequence of pieces: the piece, and a byte offset in its
/// text. Where a wrapped line starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct At {
    /// Index of the piece (the number of pieces: the end).
    pub piece: u32,
    /// Byte offset in the piece's text.
    pub offset: u32,
}

/// The graphemes of `text` with their byte offsets, display widths and
/// whether they are white space. Runs of plain ASCII (one byte, one
/// column each) are not segmented, so a very long line costs little.
fn graphemes(text: &str, mut each: impl FnMut(usize, usize, usize, bool)) {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // Plain ASCII up to (not including) the byte before a non-ASCII
        // one, which may start a grapheme with it (an accent).
        let run_end = bytes[at..]
            .iter()
            .position(|b| !(0x20..0x7f).contains(b))
            .map_or(bytes.len(), |n| at + n);
        let plain_end = if run_end < bytes.len() {
            run_end.saturating_sub(1).max(at)
        } else {
            run_end
        };
        for (i, &b) in bytes[at..plain_end].iter().enumerate() {
            each(at + i, 1, 1, b == b' ');
        }
        at = plain_end;
        if at >= bytes.len() {
            break;
        }
        // Segment from here to the next plain ASCII run.
        let mut end = run_end;
        while end < bytes.len() && !(0x20..0x7f).contains(&bytes[end]) {
            end += 1;
        }
        // Keep the first ASCII byte after the run with it, for the same
        // reason, unless it is the end.
        let end = (end + 1).min(bytes.len());
        let mut end = end;
        while !text.is_char_boundary(end) {
            end += 1;
        }
        for (offset, g) in text[at..end].grapheme_indices(true) {
            each(
                at + offset,
                g.len(),
                g.width(),
                g.chars().all(char::is_whitespace),
            );
        }
        at = end;
    }
}

/// Finds where the lines of `pieces` wrapped to `width` columns start,
/// breaking at spaces, around wide (CJK) characters, and inside words only
/// when a word is longer than a line; spaces at a break are dropped. With
/// `hard_breaks`, a newline ends a line (text whose line breaks matter).
/// Needs memory for the line starts only, however long the text.
pub fn line_starts(pieces: &[Piece<'_>], width: usize, hard_breaks: bool) -> Vec<At> {
    let width = width.max(1);
    let mut starts = Vec::new();
    // The current line: where it starts (`None`: empty) and its width.
    let mut start: Option<At> = None;
    let mut line_width = 0;
    // Where the line may be broken: the first cell after the break, and
    // the line's width before it.
    let mut break_at: Option<(At, usize)> = None;
    // True at the start of the text (or after a hard break), where leading
    // spaces are kept.
    let mut fresh = true;
    for (index, piece) in pieces.iter().enumerate() {
        let at = |offset: usize| At {
            piece: index as u32,
            offset: offset as u32,
        };
        graphemes(piece.text, |offset, len, w, space| {
            let here = at(offset);
            let next = at(offset + len);
            if hard_breaks && piece.text.as_bytes()[offset] == b'\n' {
                if start.is_some() || fresh {
                    starts.push(start.unwrap_or(here));
                }
                (start, line_width, break_at, fresh) = (None, 0, None, true);
                return;
            }
            if space {
                if line_width + w > width {
                    starts.push(start.unwrap_or(here));
                    (start, line_width, break_at, fresh) = (None, 0, None, false);
                    return;
                }
                if start.is_none() && !fresh {
                    return;
                }
                start.get_or_insert(here);
                line_width += w;
                break_at = Some((next, line_width));
                return;
            }
            if line_width + w > width
                && let Some(line) = start
            {
                starts.push(line);
                fresh = false;
                match break_at {
                    Some((carried, before)) if carried < here => {
                        start = Some(carried);
                        line_width -= before;
                    }
                    _ => (start, line_width) = (None, 0),
                }
                break_at = None;
            }
            let wide = w > 1;
            if wide && start.is_some() {
                break_at = Some((here, line_width));
            }
            start.get_or_insert(here);
            line_width += w;
            if wide {
                break_at = Some((next, line_width));
            }
        });
    }
    if start.is_some() || fresh {
        starts.push(start.unwrap_or(At {
            piece: pieces.len() as u32,
            offset: 0,
        }));
    }
    starts
}

/// The part of each of `pieces` between `from` and `to` (line starts given
/// by [`line_starts`]): the piece and the byte range of its text, empty
/// parts left out.
pub fn parts_between<'p, 'a>(
    pieces: &'p [Piece<'a>],
    from: At,
    to: At,
) -> impl Iterator<Item = (&'p Piece<'a>, Range<usize>)> {
    (from.piece..to.piece.saturating_add(1))
        .map_while(move |index| Some((index, pieces.get(index as usize)?)))
        .filter_map(move |(index, piece)| {
            let begin = if index == from.piece {
                from.offset as usize
            } else {
                0
            };
            let end = if index == to.piece {
                to.offset as usize
            } else {
                piece.text.len()
            };
            (begin < end && piece.text.get(begin..end).is_some()).then_some((piece, begin..end))
        })
}

/// The styled text of `pieces` from `from` to `to` (line starts given by
/// [`line_starts`]), trailing white space dropped: one wrapped line.
pub fn line_between(pieces: &[Piece<'_>], from: At, to: At) -> WrappedLine {
    let mut parts: Vec<(&str, Style, Option<usize>)> = parts_between(pieces, from, to)
        .map(|(piece, range)| {
            let source = piece.source.map(|s| s + range.start);
            (&piece.text[range], piece.style, source)
        })
        .collect();
    while let Some(last) = parts.last_mut() {
        last.0 = last.0.trim_end_matches(char::is_whitespace);
        if !last.0.is_empty() {
            break;
        }
        parts.pop();
    }
    let mut out = WrappedLine {
        source: parts.iter().find_map(|p| p.2),
        width: parts.iter().map(|p| p.0.width()).sum(),
        ..WrappedLine::default()
    };
    for (text, style, _) in parts {
        match out.spans.last_mut() {
            Some(span) if span.style == style => span.content.to_mut().push_str(text),
            _ => out.spans.push(Span::styled(text.to_string(), style)),
        }
    }
    out
}

/// Wraps pieces to lines at most `width` columns wide, breaking at spaces,
/// around wide (CJK) characters, and inside words only when a word is longer
/// than a line. Spaces at a break are dropped.
pub fn wrap(pieces: &[Piece<'_>], width: usize) -> Vec<WrappedLine> {
    lines_of(pieces, &line_starts(pieces, width, false))
}

/// Every line of `pieces` given where each starts.
pub fn lines_of(pieces: &[Piece<'_>], starts: &[At]) -> Vec<WrappedLine> {
    let end = At {
        piece: pieces.len() as u32,
        offset: 0,
    };
    starts
        .iter()
        .enumerate()
        .map(|(i, &from)| line_between(pieces, from, starts.get(i + 1).copied().unwrap_or(end)))
        .collect()
}

/// Cuts `text` to at most `width` columns, ending with `…` when cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in text.graphemes(true) {
        let w = g.width();
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push_str(g);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// `text` padded with spaces (or cut) to exactly `width` columns.
pub fn fit(text: &str, width: usize) -> String {
    let mut out = truncate(text, width);
    let w = out.width();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Vec<Piece<'_>> {
        vec![Piece {
            text,
            style: Style::default(),
            source: Some(0),
        }]
    }

    fn texts(lines: &[WrappedLine]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn words_wrap_at_spaces() {
        let lines = wrap(&plain("the quick brown fox jumps"), 10);
        assert_eq!(texts(&lines), ["the quick", "brown fox", "jumps"]);
        assert_eq!(lines[1].source, Some(10));
    }

    #[test]
    fn long_words_are_split() {
        assert_eq!(
            texts(&wrap(&plain("abcdefghij kl"), 4)),
            ["abcd", "efgh", "ij", "kl"]
        );
    }

    #[test]
    fn cjk_counts_two_columns_and_breaks_anywhere() {
        let lines = wrap(&plain("习近平主席同美国总统通电话"), 10);
        assert_eq!(texts(&lines), ["习近平主席", "同美国总统", "通电话"]);
        assert!(lines.iter().all(|l| l.width <= 10));
        let mixed = wrap(&plain("Xi said 习近平主席同美国"), 12);
        assert!(mixed.iter().all(|l| l.width <= 12));
        assert_eq!(texts(&mixed)[0], "Xi said 习近");
    }

    #[test]
    fn combining_marks_and_emoji_stay_whole() {
        let text = "cafe\u{301} 👩‍👩‍👧 ok";
        let lines = wrap(&plain(text), 5);
        assert_eq!(texts(&lines), ["cafe\u{301}", "👩‍👩‍👧 ok"]);
    }

    #[test]
    fn styles_survive_wrapping() {
        let bold = Style::default().add_modifier(ratatui::style::Modifier::BOLD);
        let pieces = [
            Piece {
                text: "plain ",
                style: Style::default(),
                source: Some(0),
            },
            Piece {
                text: "bold words",
                style: bold,
                source: Some(6),
            },
        ];
        let lines = wrap(&pieces, 11);
        assert_eq!(texts(&lines), ["plain bold", "words"]);
        assert_eq!(lines[0].spans[1].style, bold);
        assert_eq!(lines[1].spans[0].style, bold);
    }

    #[test]
    fn hard_breaks_keep_every_line_and_its_leading_spaces() {
        let pieces = plain("a\n\n  b c d\n");
        let lines = lines_of(&pieces, &line_starts(&pieces, 3, true));
        assert_eq!(texts(&lines), ["a", "", "  b", "c d", ""]);
    }

    #[test]
    fn plain_ascii_and_accents_beside_it_wrap_alike() {
        // The fast path for ASCII must leave an accent with its letter.
        let text = "word cafe\u{301}s and more words here";
        let lines = wrap(&plain(text), 9);
        assert_eq!(
            texts(&lines),
            ["word", "cafe\u{301}s and", "more", "words", "here"]
        );
    }

    #[test]
    fn a_long_line_needs_only_its_line_starts() {
        let text = "lorem ipsum dolor ".repeat(50_000);
        let pieces = plain(&text);
        let starts = line_starts(&pieces, 80, false);
        // Thirteen words (77 columns) a line.
        assert_eq!(starts.len(), 150_000usize.div_ceil(13));
        let middle = line_between(&pieces, starts[500], starts[501]);
        assert!(middle.width <= 80);
        assert_eq!(middle.source, Some(starts[500].offset as usize));
    }

    #[test]
    fn truncation_respects_width() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("习近平主席", 5), "习近…");
        assert_eq!(fit("ab", 4), "ab  ");
    }
}
