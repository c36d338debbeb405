//! The help overlay: every action and its keys, from the keymap. Text that
//! does not fit is wrapped under its column, never cut.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::tui::action::{ACTIONS, Context};
use crate::tui::app::App;
use crate::tui::wrap::truncate;

/// Columns of the keys column, indent included.
const KEYS_WIDTH: usize = 24;

/// Greedy word wrap of `text` to `width` columns (a word longer than a
/// line is cut with an ellipsis).
fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = if line.is_empty() {
            word.width()
        } else {
            line.width() + 1 + word.width()
        };
        if needed > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&truncate(word, width));
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The overlay's lines for an inner width of `width` columns.
pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let theme = &app.options.theme;
    let mut out = Vec::new();
    for context in [
        Context::Global,
        Context::List,
        Context::Reader,
        Context::Visual,
        Context::Bookmarks,
        Context::Quotes,
        Context::Related,
        Context::Search,
    ] {
        if !out.is_empty() {
            out.push(Line::raw(""));
        }
        out.push(Line::styled(
            truncate(context.title(), width),
            theme.heading,
        ));
        for info in ACTIONS.iter().filter(|i| i.context == context) {
            let keys = app.options.keymap.keys_of(info.action).join(" ");
            let keys = format!("  {}", truncate(&keys, KEYS_WIDTH - 3));
            if width < KEYS_WIDTH + 12 {
                // Too narrow for two columns: the keys, then the text below.
                out.push(Line::styled(truncate(&keys, width), theme.focus));
                for part in wrap_words(info.help, width.saturating_sub(4)) {
                    out.push(Line::raw(format!("    {part}")));
                }
                continue;
            }
            for (i, part) in wrap_words(info.help, width - KEYS_WIDTH)
                .into_iter()
                .enumerate()
            {
                let left = if i == 0 { keys.as_str() } else { "" };
                out.push(Line::from(vec![
                    Span::styled(format!("{left:<KEYS_WIDTH$}"), theme.focus),
                    Span::raw(part),
                ]));
            }
        }
    }
    out.push(Line::raw(""));
    for part in wrap_words(
        "In prompts: Backspace, Ctrl-W (word), Ctrl-U (line), ←/→, Enter keeps, Esc cancels.",
        width,
    ) {
        out.push(Line::styled(part, theme.dim));
    }
    out
}

/// Draws the overlay centred in `area`, scrolled by `scroll` lines.
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App, scroll: usize) {
    let width = area.width.saturating_sub(4).min(80);
    let height = area.height.saturating_sub(2).min(40);
    if width < 4 || height < 3 {
        return;
    }
    let popup = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    let inner = width.saturating_sub(2) as usize;
    let all = lines(app, inner);
    let scroll = scroll.min(all.len().saturating_sub(1));
    let title = truncate(" Keys (? or Esc closes, j/k scroll) ", inner);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(title)
        .border_style(app.options.theme.focus);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(all.into_iter().skip(scroll).collect::<Vec<_>>()).block(block),
        popup,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_wrap_and_a_word_too_long_is_cut_with_an_ellipsis() {
        assert_eq!(
            wrap_words("open the release's page in the browser", 16),
            ["open the", "release's page", "in the browser"]
        );
        assert_eq!(wrap_words("abcdefghij", 5), ["abcd…"]);
    }
}
