//! Going to a passage from a view over the list (bookmarks, quotations,
//! related releases, search results): previewing it while the view stays
//! open, and opening it in the reading pane.

use super::{list, reader};
use crate::corpus::TextPos;
use crate::tui::app::{App, Focus};
use crate::tui::effect::Effect;

/// Shows release `index` in the reading pane while a view is open, the
/// passage from `start` to `end` scrolled into view and highlighted; the
/// list's selection is left alone (closing the view returns to it).
pub fn preview(app: &mut App, index: u32, (start, end): (TextPos, TextPos), fx: &mut Vec<Effect>) {
    if app.reader.release != Some(index) {
        reader::show_release(app, Some(index), fx);
    }
    app.flash = (start < end).then_some((start, end));
    reader::marks_changed(app);
    reader::scroll_to(app, start);
}

/// Opens release `index` in the reading pane (clearing a list filter that
/// hides it) with the passage from `start` to `end` scrolled into view and
/// highlighted until the next key.
pub fn go_to(app: &mut App, index: u32, (start, end): (TextPos, TextPos), fx: &mut Vec<Effect>) {
    list::reveal(app, index, fx);
    reader::follow_selection(app, fx);
    app.focus = Focus::Reader;
    app.flash = (start < end).then_some((start, end));
    reader::marks_changed(app);
    reader::scroll_to(app, start);
}
