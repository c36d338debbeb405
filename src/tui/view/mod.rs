//! Drawing: state in, widgets out. Nothing here changes the state.

pub mod help;
pub mod list;
pub mod quotes;
pub mod reader;
pub mod related;
pub mod results;
pub mod shelf;
pub mod status;

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::app::App;

/// Draws the whole screen.
pub fn render(frame: &mut Frame<'_>, app: &App) {
    let areas = app.areas();
    if let Some(area) = areas.list {
        if app.shelf.picker.open {
            shelf::render(frame, area, app);
        } else if app.quotes.picker.open {
            quotes::render(frame, area, app);
        } else if app.related.picker.open {
            related::render(frame, area, app);
        } else if app.search.picker.open {
            results::render(frame, area, app);
        } else {
            list::render(frame, area, app);
        }
    }
    if let Some(area) = areas.reader {
        reader::render(frame, area, app);
    }
    status::render(frame, areas.status, app);
    if let Some(scroll) = app.help {
        help::render(frame, frame.area(), app, scroll);
    }
}

/// A list row drawn as selected: `style` across the whole width.
pub fn selected_row(mut line: Line<'static>, width: usize, style: Style) -> Line<'static> {
    let pad = width.saturating_sub(line.width());
    line.spans.push(Span::raw(" ".repeat(pad)));
    line.style(style)
}
