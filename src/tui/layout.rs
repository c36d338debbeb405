//! Where each pane goes for a terminal size: one function, used by the
//! views to draw and by the update to know page sizes and what a click hits.

use ratatui::layout::Rect;

/// Terminals narrower than this show one pane at a time.
pub const NARROW_WIDTH: u16 = 90;

/// Columns left of the release text for cursor and bookmark marks.
pub const GUTTER: u16 = 3;

/// The screen's areas. A pane is `None` when it is not shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    /// The article list.
    pub list: Option<Rect>,
    /// The reading pane.
    pub reader: Option<Rect>,
    /// The status line at the bottom.
    pub status: Rect,
}

/// Splits a `(columns, rows)` terminal into panes; on a narrow terminal
/// only the list, or only the reading pane when it has the keyboard.
pub fn areas(size: (u16, u16), reading: bool) -> Areas {
    let (width, height) = size;
    let body_height = height.saturating_sub(1);
    let status = Rect::new(0, body_height, width, height.min(1));
    let body = Rect::new(0, 0, width, body_height);
    if width < NARROW_WIDTH {
        return if reading {
            Areas {
                list: None,
                reader: Some(body),
                status,
            }
        } else {
            Areas {
                list: Some(body),
                reader: None,
                status,
            }
        };
    }
    let list_width = (width * 9 / 20).clamp(30, 90);
    Areas {
        list: Some(Rect::new(0, 0, list_width, body_height)),
        reader: Some(Rect::new(list_width, 0, width - list_width, body_height)),
        status,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_terminals_show_both_panes() {
        let a = areas((120, 40), false);
        let (list, reader) = (a.list.unwrap(), a.reader.unwrap());
        assert_eq!(list.width + reader.width, 120);
        assert_eq!(a.status.y, 39);
    }

    #[test]
    fn narrow_terminals_show_the_focused_pane() {
        let a = areas((60, 20), true);
        assert!(a.list.is_none());
        assert_eq!(a.reader.unwrap().width, 60);
        let tiny = areas((20, 5), false);
        assert_eq!(tiny.list.unwrap().height, 4);
        let none = areas((0, 0), false);
        assert_eq!(none.status.height, 0);
    }
}
