//! Drawing: state in, widgets out. Nothing here changes the state.

pub mod bookmarks;
pub mod cells;
pub mod help;
pub mod list;
pub mod quotes;
pub mod reader;
pub mod related;
pub mod results;
pub mod status;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::app::{App, Focus};
use super::pane::Pane;
use super::picker::Picker;
use super::theme::Theme;
use super::wrap::truncate;

/// Draws the whole screen.
pub fn render(frame: &mut Frame<'_>, app: &App) {
    let areas = app.areas();
    if let Some(area) = areas.list {
        match &app.pane {
            Pane::Releases => list::render(frame, area, app),
            Pane::Bookmarks(pane) => bookmarks::render(frame, area, app, pane),
            Pane::Quotes(pane) => quotes::render(frame, area, app, pane),
            Pane::Related(pane) => related::render(frame, area, app, pane),
            Pane::Results(pane) => results::render(frame, area, app, pane),
        }
    }
    if let Some(area) = areas.reader {
        reader::render(frame, area, app);
    }
    status::render(frame, areas.status, app);
    if let Some(scroll) = app.help {
        help::render(frame, frame.area(), app, scroll);
    }
    cells::make_safe(frame.buffer_mut());
}

/// A list row, drawn in the theme's selection style across the whole
/// width when selected. Dimmed text (dates, sources, context) takes the
/// terminal's own colour there: dark grey on the selection's blue is
/// unreadable.
pub fn list_row(
    mut line: Line<'static>,
    width: usize,
    selected: bool,
    theme: &Theme,
) -> Line<'static> {
    if !selected {
        return line;
    }
    let dim = theme.dim.fg;
    for span in &mut line.spans {
        if span.style.fg.is_some() && span.style.fg == dim {
            span.style.fg = None;
        }
    }
    let pad = width.saturating_sub(line.width());
    line.spans.push(Span::raw(" ".repeat(pad)));
    line.style(theme.selection)
}

/// Draws a view that takes the list's place: a bordered pane titled
/// `title` with `picker`'s visible rows, each drawn by `row(position, item,
/// width)`, or `empty` (dimmed) when no row is drawn.
pub fn picker_pane<T: PartialEq>(
    frame: &mut Frame<'_>,
    area: Rect,
    app: &App,
    title: String,
    picker: &Picker<T>,
    empty: &str,
    row: impl Fn(usize, &T, usize) -> Option<Line<'static>>,
) {
    let theme = &app.options.theme;
    let block = Block::default()
        .borders(Borders::ALL)
        .title(title)
        .border_style(if app.focus == Focus::List {
            theme.focus
        } else {
            theme.dim
        });
    let inner = block.inner(area);
    let width = inner.width as usize;
    let mut lines: Vec<Line<'static>> = picker
        .items
        .iter()
        .enumerate()
        .skip(picker.offset)
        .take(inner.height as usize)
        .filter_map(|(i, item)| {
            let line = row(i, item, width)?;
            Some(list_row(line, width, i == picker.selected, theme))
        })
        .collect();
    if lines.is_empty() && !empty.is_empty() {
        lines.push(Line::styled(truncate(empty, width), theme.dim));
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
