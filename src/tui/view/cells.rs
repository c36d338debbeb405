//! The last step of every frame: each cell's text made safe to send. A
//! control or bidi character that reached a cell (whatever its way in) is
//! shown as a visible stand-in, and a grapheme cluster whose width
//! terminals disagree on — emoji joined by ZWJ, flags, skin tones,
//! variation selectors, keycaps, tag sequences — is drawn as plain
//! characters of exactly the width the layout gave it. A terminal that
//! drew such a cluster wider or narrower than we counted would leave stale
//! cells behind, or push a border out of place.

use ratatui::buffer::Buffer;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::corpus::sanitize::{control_picture, is_unsafe_for_terminal};

/// Makes every cell of `buf` safe to send to any terminal.
pub fn make_safe(buf: &mut Buffer) {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let symbol = buf[(x, y)].symbol();
            if symbol.len() == 1 && symbol.as_bytes()[0].is_ascii_graphic() || symbol == " " {
                x += 1;
                continue;
            }
            if symbol.chars().any(is_unsafe_for_terminal) {
                let shown = without_controls(symbol);
                buf[(x, y)].set_symbol(&shown);
            }
            let symbol = buf[(x, y)].symbol();
            if !is_ambiguous(symbol) {
                x += 1;
                continue;
            }
            let width = symbol.width().max(1);
            let plain = plain_form(symbol, width);
            let style = buf[(x, y)].style();
            for (i, part) in plain.iter().enumerate() {
                let at = x + i as u16;
                if at >= area.right() {
                    break;
                }
                buf[(at, y)].set_symbol(part).set_style(style);
            }
            x += width as u16;
        }
    }
}

/// `symbol` with control characters shown as their pictures and bidi
/// controls dropped; a space if nothing is left.
fn without_controls(symbol: &str) -> String {
    let shown: String = symbol
        .chars()
        .filter_map(|c| {
            if !is_unsafe_for_terminal(c) {
                Some(c)
            } else if c.is_control() {
                Some(control_picture(c))
            } else {
                None
            }
        })
        .collect();
    if shown.is_empty() { " ".into() } else { shown }
}

/// True for the characters that join or modify emoji, which terminals
/// handle in different ways: ZWJ, variation selectors, skin-tone
/// modifiers, regional indicators (flags), tags, the keycap mark.
fn is_emoji_glue(c: char) -> bool {
    matches!(c,
        '\u{200d}'
        | '\u{fe00}'..='\u{fe0f}'
        | '\u{e0100}'..='\u{e01ef}'
        | '\u{1f3fb}'..='\u{1f3ff}'
        | '\u{1f1e6}'..='\u{1f1ff}'
        | '\u{e0020}'..='\u{e007f}'
        | '\u{20e3}')
}

/// True when terminals may disagree on how wide `symbol` (one grapheme
/// cluster) is: it holds emoji glue, or its characters' widths do not add
/// up to the cluster's width.
fn is_ambiguous(symbol: &str) -> bool {
    if symbol.chars().any(is_emoji_glue) {
        return true;
    }
    let mut chars = symbol.chars();
    if chars.next().is_none() || chars.as_str().is_empty() {
        return false;
    }
    let sum: usize = symbol.chars().map(|c| c.width().unwrap_or(0)).sum();
    sum != symbol.width()
}

/// A plain drawing of `symbol` in exactly `width` cells: the characters
/// it is made of without the glue (a flag's letters for its regional
/// indicators), as many as fit, padded with spaces. One entry per cell;
/// a wide character takes its cell and the next.
fn plain_form(symbol: &str, width: usize) -> Vec<String> {
    let mut cells: Vec<String> = Vec::new();
    let mut used = 0;
    for c in symbol.chars() {
        let c = match c {
            '\u{1f1e6}'..='\u{1f1ff}' => {
                char::from_u32(u32::from('A') + (u32::from(c) - 0x1f1e6)).unwrap_or('?')
            }
            c if is_emoji_glue(c) => continue,
            c => c,
        };
        let w = c.width().unwrap_or(0);
        if w == 0 {
            continue;
        }
        if used + w > width {
            break;
        }
        cells.push(c.to_string());
        // The cell a wide character covers stays as the layout left it.
        if w == 2 {
            cells.push(String::new());
        }
        used += w;
    }
    while used < width {
        cells.push(" ".into());
        used += 1;
    }
    // Empty entries mark covered cells: leave them alone.
    cells
        .into_iter()
        .map(|c| if c.is_empty() { " ".into() } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::text::Line;
    use ratatui::widgets::Widget;

    /// `text` drawn on one line `width` cells wide, then made safe.
    fn drawn(text: &str, width: u16) -> Buffer {
        let mut buf = Buffer::empty(Rect::new(0, 0, width, 1));
        Line::raw(text).render(buf.area, &mut buf);
        make_safe(&mut buf);
        buf
    }

    fn cells(buf: &Buffer) -> Vec<String> {
        buf.content.iter().map(|c| c.symbol().to_string()).collect()
    }

    #[test]
    fn flags_become_their_letters_in_the_same_two_cells() {
        let buf = drawn("a🇸🇪b", 6);
        assert_eq!(cells(&buf), ["a", "S", "E", "b", " ", " "]);
    }

    #[test]
    fn joined_and_toned_emoji_keep_their_first_emoji() {
        let buf = drawn("👩\u{200d}👩\u{200d}👧x👍🏽y", 8);
        let c = cells(&buf);
        assert_eq!(c[0], "👩");
        assert_eq!(c[2], "x");
        assert_eq!(c[3], "👍");
        assert_eq!(c[5], "y");
    }

    #[test]
    fn variation_selectors_and_keycaps_are_drawn_plain() {
        let c = cells(&drawn("❤\u{fe0f}|1\u{fe0f}\u{20e3}|", 8));
        assert_eq!(c[..6], ["❤", " ", "|", "1", " ", "|"]);
    }

    #[test]
    fn accents_cjk_and_plain_text_are_left_alone() {
        let c = cells(&drawn("e\u{301}中b", 5));
        assert_eq!(c, ["e\u{301}", "中", " ", "b", " "]);
    }

    #[test]
    fn controls_in_a_cell_are_shown_not_sent() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 3, 1));
        buf[(0, 0)].set_symbol("\u{1b}");
        buf[(1, 0)].set_symbol("\u{202e}");
        buf[(2, 0)].set_symbol("\u{9b}");
        make_safe(&mut buf);
        assert_eq!(cells(&buf), ["␛", " ", "\u{fffd}"]);
    }

    #[test]
    fn every_symbol_left_is_unambiguous() {
        let text = "🇺🇸🇫🇷 👨\u{200d}👩\u{200d}👧\u{200d}👦 👋🏿 ☺\u{fe0f} 🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f} 🇸";
        let buf = drawn(text, 40);
        for cell in &buf.content {
            let s = cell.symbol();
            assert!(!is_ambiguous(s), "{s:?}");
            assert!(!s.chars().any(is_unsafe_for_terminal), "{s:?}");
        }
    }
}
