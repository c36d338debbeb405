//! A one-line text input (the filter and search prompts) with the editing
//! keys users expect: Backspace, Delete, Ctrl-W, Ctrl-U, Left/Right, Home/End.
//! A prompt reopened on earlier text shows it selected, as a browser's
//! address bar does: typing replaces it, a movement key keeps it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The text being typed and the cursor in it (a byte offset on a grapheme boundary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    text: String,
    cursor: usize,
    /// True while the whole text is selected (until the next key).
    selected: bool,
}

/// What a key did to the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// The text changed.
    Changed,
    /// Only the cursor moved, or nothing happened.
    Moved,
    /// The key is not an editing key.
    Ignored,
}

impl LineInput {
    /// An input holding `text`, cursor at the end.
    pub fn new(text: &str) -> LineInput {
        LineInput {
            text: text.to_string(),
            cursor: text.len(),
            selected: false,
        }
    }

    /// An input holding `text`, all of it selected: the first character
    /// typed (or Backspace) replaces it, a movement key keeps it.
    pub fn selected(text: &str) -> LineInput {
        LineInput {
            selected: !text.is_empty(),
            ..LineInput::new(text)
        }
    }

    /// True while the whole text is selected.
    pub fn is_selected(&self) -> bool {
        self.selected
    }

    /// The text typed so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The display column of the cursor.
    pub fn cursor_column(&self) -> usize {
        self.text[..self.cursor].width()
    }

    fn prev_boundary(&self) -> usize {
        self.text[..self.cursor]
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn next_boundary(&self) -> usize {
        self.text[self.cursor..]
            .graphemes(true)
            .next()
            .map_or(self.cursor, |g| self.cursor + g.len())
    }

    /// Applies an editing key.
    pub fn handle(&mut self, key: &KeyEvent) -> Edit {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if std::mem::take(&mut self.selected) {
            let replaces = match key.code {
                KeyCode::Char(c) => !ctrl && !c.is_control(),
                KeyCode::Backspace | KeyCode::Delete => true,
                _ => false,
            };
            if replaces {
                self.text.clear();
                self.cursor = 0;
                if matches!(key.code, KeyCode::Backspace | KeyCode::Delete) {
                    return Edit::Changed;
                }
            }
        }
        match key.code {
            KeyCode::Char('w') if ctrl => {
                let before = self.text[..self.cursor].trim_end_matches(' ');
                let start = before.rfind(' ').map_or(0, |i| i + 1);
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
                Edit::Changed
            }
            KeyCode::Char('u') if ctrl => {
                self.text.replace_range(..self.cursor, "");
                self.cursor = 0;
                Edit::Changed
            }
            KeyCode::Char('a') if ctrl => {
                self.cursor = 0;
                Edit::Moved
            }
            KeyCode::Char('e') if ctrl => {
                self.cursor = self.text.len();
                Edit::Moved
            }
            KeyCode::Char(c) if !ctrl && !c.is_control() => {
                self.text.insert(self.cursor, c);
                self.cursor += c.len_utf8();
                Edit::Changed
            }
            KeyCode::Backspace if self.cursor > 0 => {
                let start = self.prev_boundary();
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
                Edit::Changed
            }
            KeyCode::Delete if self.cursor < self.text.len() => {
                let end = self.next_boundary();
                self.text.replace_range(self.cursor..end, "");
                Edit::Changed
            }
            KeyCode::Left => {
                self.cursor = self.prev_boundary();
                Edit::Moved
            }
            KeyCode::Right => {
                self.cursor = self.next_boundary();
                Edit::Moved
            }
            KeyCode::Home => {
                self.cursor = 0;
                Edit::Moved
            }
            KeyCode::End => {
                self.cursor = self.text.len();
                Edit::Moved
            }
            KeyCode::Backspace | KeyCode::Delete => Edit::Moved,
            _ => Edit::Ignored,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    fn typed(text: &str) -> LineInput {
        let mut input = LineInput::default();
        for c in text.chars() {
            input.handle(&key(KeyCode::Char(c)));
        }
        input
    }

    #[test]
    fn typing_and_deleting() {
        let mut input = typed("korea trade");
        input.handle(&key(KeyCode::Backspace));
        assert_eq!(input.text(), "korea trad");
        input.handle(&ctrl('w'));
        assert_eq!(input.text(), "korea ");
        input.handle(&ctrl('w'));
        assert_eq!(input.text(), "");
        let mut input = typed("abc");
        input.handle(&ctrl('u'));
        assert_eq!(input.text(), "");
    }

    #[test]
    fn selected_text_is_replaced_by_typing_and_kept_by_moving() {
        let mut input = LineInput::selected("wilson");
        assert!(input.is_selected());
        input.handle(&key(KeyCode::Char('F')));
        assert_eq!(input.text(), "F");
        assert!(!input.is_selected());
        let mut input = LineInput::selected("wilson");
        assert_eq!(input.handle(&key(KeyCode::Backspace)), Edit::Changed);
        assert_eq!(input.text(), "");
        let mut input = LineInput::selected("wilson");
        input.handle(&key(KeyCode::End));
        input.handle(&key(KeyCode::Char('s')));
        assert_eq!(input.text(), "wilsons");
        assert!(!LineInput::selected("").is_selected());
    }

    #[test]
    fn cursor_moves_by_grapheme() {
        let mut input = typed("né习");
        input.handle(&key(KeyCode::Left));
        assert_eq!(input.cursor_column(), 2);
        input.handle(&key(KeyCode::Char('x')));
        assert_eq!(input.text(), "néx习");
        input.handle(&key(KeyCode::Home));
        input.handle(&key(KeyCode::Delete));
        assert_eq!(input.text(), "éx习");
        assert_eq!(input.handle(&key(KeyCode::F(2))), Edit::Ignored);
    }
}
