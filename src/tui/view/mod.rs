//! Drawing: state in, widgets out. Nothing here changes the state.

pub mod help;
pub mod list;
pub mod reader;
pub mod status;

use ratatui::Frame;

use super::app::App;

/// Draws the whole screen.
pub fn render(frame: &mut Frame<'_>, app: &App) {
    let areas = app.areas();
    if let Some(area) = areas.list {
        list::render(frame, area, app);
    }
    if let Some(area) = areas.reader {
        reader::render(frame, area, app);
    }
    status::render(frame, areas.status, app);
    if let Some(scroll) = app.help {
        help::render(frame, frame.area(), app, scroll);
    }
}
