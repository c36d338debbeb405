//! The mouse: a click selects the row under it in whatever the left pane
//! shows, or focuses the reading pane; the wheel scrolls the pane under
//! the pointer.

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Rect;

use super::{bookmarks, list, quotes, reader, related, results};
use crate::tui::app::{App, Focus};
use crate::tui::effect::Effect;
use crate::tui::pane::Pane;

/// Lines (or rows) the mouse wheel scrolls.
const WHEEL_LINES: isize = 3;

fn contains(area: Option<Rect>, column: u16, row: u16) -> bool {
    area.is_some_and(|r| {
        column >= r.x && column < r.x + r.width && row >= r.y && row < r.y + r.height
    })
}

/// Handles a mouse event.
pub fn on_mouse(app: &mut App, mouse: &MouseEvent, fx: &mut Vec<Effect>) {
    let areas = app.areas();
    let (column, row) = (mouse.column, mouse.row);
    if contains(areas.list, column, row) {
        match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                app.focus = Focus::List;
                // Rows start below the pane's top border.
                if let Some(screen_row) = areas.list.and_then(|r| row.checked_sub(r.y + 1)) {
                    click_row(app, screen_row as usize, fx);
                }
            }
            MouseEventKind::ScrollDown => move_left_pane(app, WHEEL_LINES, fx),
            MouseEventKind::ScrollUp => move_left_pane(app, -WHEEL_LINES, fx),
            _ => {}
        }
    } else if contains(areas.reader, column, row) {
        match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => app.focus = Focus::Reader,
            MouseEventKind::ScrollDown => reader::scroll(app, WHEEL_LINES),
            MouseEventKind::ScrollUp => reader::scroll(app, -WHEEL_LINES),
            _ => {}
        }
    }
}

/// Selects the row shown `screen_row` rows below the top of the left pane,
/// in the list or the view in its place.
fn click_row(app: &mut App, screen_row: usize, fx: &mut Vec<Effect>) {
    let Some((offset, selected, len)) = app.pane.rows() else {
        let row = app.list.offset + screen_row;
        list::select_row(app, row, fx);
        return;
    };
    let target = offset + screen_row;
    if target < len {
        move_left_pane(app, target as isize - selected as isize, fx);
    }
}

/// Moves the selection of the left pane by `delta` rows.
fn move_left_pane(app: &mut App, delta: isize, fx: &mut Vec<Effect>) {
    match app.pane {
        Pane::Releases => list::move_selection(app, delta, fx),
        Pane::Bookmarks(_) => bookmarks::move_by(app, delta, fx),
        Pane::Quotes(_) => quotes::move_by(app, delta, fx),
        Pane::Related(_) => related::move_by(app, delta, fx),
        Pane::Results(_) => results::move_by(app, delta, fx),
    }
}
