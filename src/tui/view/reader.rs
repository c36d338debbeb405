//! The reading pane: the laid-out release from the scroll position, with
//! the paragraph cursor in the gutter and the position in the border.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::tui::app::{App, Focus};

/// Draws the reading pane.
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App) {
    let theme = &app.options.theme;
    let focused = app.focus == Focus::Reader;
    let doc = &app.reader.doc;
    let height = area.height.saturating_sub(2) as usize;
    let total = doc.len();
    let top = app.reader.scroll.min(total);
    let bottom = (top + height).min(total);
    let position = if total <= height {
        " all ".to_string()
    } else {
        let percent = if total == height {
            100
        } else {
            top * 100 / (total - height)
        };
        format!(" {}–{} / {} · {percent}% ", top + 1, bottom, total)
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" Release ")
        .title_bottom(Line::from(position).right_aligned())
        .border_style(if focused { theme.focus } else { theme.dim });
    // Only the lines on screen are made.
    let lines: Vec<Line<'_>> = (top..bottom)
        .filter_map(|i| doc.line(i))
        .map(|line| {
            let on_cursor = focused && line.paragraph == Some(app.reader.cursor);
            let mark = if line.bookmarked {
                Span::styled("▌", theme.bookmark)
            } else {
                Span::raw(" ")
            };
            let cursor = if on_cursor {
                Span::styled("› ", theme.focus)
            } else {
                Span::raw("  ")
            };
            let mut spans = Vec::with_capacity(line.spans.len() + 2);
            spans.push(mark);
            spans.push(cursor);
            spans.extend(line.spans);
            Line::from(spans)
        })
        .collect();
    let body = if app.reader.release.is_none() {
        vec![Line::styled(
            "  Nothing to read: the list is empty.",
            theme.dim,
        )]
    } else {
        lines
    };
    frame.render_widget(Paragraph::new(body).block(block), area);
}
