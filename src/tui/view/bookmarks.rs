//! The bookmarks view, drawn in place of the article list: date saved,
//! release title, the passage's first words and the note.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::bookmarks::Bookmark;
use crate::corpus::sanitize::for_display;
use crate::tui::app::App;
use crate::tui::pane::BookmarksPane;
use crate::tui::wrap::{fit, truncate};

/// One row of the view.
fn row(app: &App, pane: &BookmarksPane, b: &Bookmark, width: usize) -> Line<'static> {
    let theme = &app.options.theme;
    let created = for_display(&b.created);
    let date = created.get(..10).unwrap_or(&created);
    let state = pane.lost.get(&b.id).copied();
    let title_width = (width.saturating_sub(11) * 2 / 5).max(1);
    let mut spans = vec![
        Span::styled(fit(date, 10), theme.dim),
        Span::raw(" "),
        Span::styled(fit(&for_display(&b.title), title_width), theme.heading),
        Span::raw(" "),
    ];
    let used = 12 + title_width;
    let mut rest = String::new();
    if let Some(state) = state {
        rest.push_str(state);
    }
    if !b.note.is_empty() {
        rest.push_str(&for_display(&b.note));
        rest.push_str(" · ");
    }
    let note_width = rest.chars().count();
    rest.push_str(&crate::corpus::display::excerpt(&b.passage));
    let rest = truncate(&rest, width.saturating_sub(used));
    let split = rest
        .char_indices()
        .nth(note_width)
        .map_or(rest.len(), |(i, _)| i);
    spans.push(Span::styled(rest[..split].to_string(), theme.bookmark));
    spans.push(Span::styled(rest[split..].to_string(), theme.dim));
    Line::from(spans)
}

/// Draws the bookmarks view.
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App, pane: &BookmarksPane) {
    let picker = &pane.picker;
    let title = match &picker.filter {
        f if f.is_empty() => format!(" Bookmarks ({}) ", picker.items.len()),
        f => format!(" Bookmarks ({}) · {} ", picker.items.len(), for_display(f)),
    };
    let empty = if picker.filter.is_empty() {
        "No bookmarks yet: in a release, m bookmarks a paragraph, v selects sentences."
    } else {
        "No bookmark matches the filter."
    };
    let bookmarks = app.bookmarks.as_ref();
    super::picker_pane(frame, area, app, title, picker, empty, |_, id, width| {
        Some(row(app, pane, bookmarks?.get(id)?, width))
    });
}
