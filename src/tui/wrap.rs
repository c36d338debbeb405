//! Word wrapping of styled text by display width: CJK and emoji count two
//! columns, combining marks none, and a line never splits a grapheme.

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

/// A grapheme with what wrapping needs to know about it.
struct Cell<'a> {
    text: &'a str,
    style: Style,
    source: Option<usize>,
    width: usize,
    space: bool,
}

/// Wraps pieces to lines at most `width` columns wide, breaking at spaces,
/// around wide (CJK) characters, and inside words only when a word is longer
/// than a line. Spaces at a break are dropped.
pub fn wrap(pieces: &[Piece<'_>], width: usize) -> Vec<WrappedLine> {
    let width = width.max(1);
    let mut lines: Vec<Vec<Cell<'_>>> = Vec::new();
    let mut line: Vec<Cell<'_>> = Vec::new();
    let mut line_width = 0;
    // Index in `line` after which the line may be broken.
    let mut break_at: Option<usize> = None;
    for piece in pieces {
        for (offset, g) in piece.text.grapheme_indices(true) {
            let cell = Cell {
                text: g,
                style: piece.style,
                source: piece.source.map(|s| s + offset),
                width: g.width(),
                space: g.chars().all(char::is_whitespace),
            };
            if cell.space {
                if line_width + cell.width > width {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0;
                    break_at = None;
                    continue;
                }
                if line.is_empty() && !lines.is_empty() {
                    continue;
                }
                line_width += cell.width;
                line.push(cell);
                break_at = Some(line.len());
                continue;
            }
            if line_width + cell.width > width && !line.is_empty() {
                let carried = match break_at {
                    Some(at) if at < line.len() => line.split_off(at),
                    Some(_) => Vec::new(),
                    None => Vec::new(),
                };
                while line.last().is_some_and(|c| c.space) {
                    line.pop();
                }
                lines.push(std::mem::take(&mut line));
                line = carried;
                line_width = line.iter().map(|c| c.width).sum();
                break_at = None;
            }
            let wide = cell.width > 1;
            if wide && !line.is_empty() {
                break_at = Some(line.len());
            }
            line_width += cell.width;
            line.push(cell);
            if wide {
                break_at = Some(line.len());
            }
        }
    }
    while line.last().is_some_and(|c| c.space) {
        line.pop();
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines.into_iter().map(into_line).collect()
}

/// Merges a line's cells into spans of equal style.
fn into_line(cells: Vec<Cell<'_>>) -> WrappedLine {
    let mut out = WrappedLine {
        source: cells.iter().find_map(|c| c.source),
        width: cells.iter().map(|c| c.width).sum(),
        ..WrappedLine::default()
    };
    let mut text = String::new();
    let mut style = None;
    for cell in cells {
        if style.is_some_and(|s| s != cell.style) {
            out.spans.push(Span::styled(
                std::mem::take(&mut text),
                style.unwrap_or_default(),
            ));
        }
        style = Some(cell.style);
        text.push_str(cell.text);
    }
    if let Some(style) = style {
        out.spans.push(Span::styled(text, style));
    }
    out
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
    fn truncation_respects_width() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("习近平主席", 5), "习近…");
        assert_eq!(fit("ab", 4), "ab  ");
    }
}
