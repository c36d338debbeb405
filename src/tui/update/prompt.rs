//! Keys while a prompt is open in the status line: editing its text, live
//! effects of typing (filter, search), Enter and Esc.

use crossterm::event::{KeyCode, KeyEvent};

use super::{bookmarks, list, quotes, reader, results, share};
use crate::tui::app::{App, PromptKind};
use crate::tui::effect::Effect;
use crate::tui::input::Edit;
use crate::tui::pane::Pane;

/// Handles a key while a prompt is open.
pub fn on_prompt_key(app: &mut App, key: &KeyEvent, fx: &mut Vec<Effect>) {
    let Some(prompt) = app.prompt.as_mut() else {
        return;
    };
    let kind = prompt.kind.clone();
    match key.code {
        KeyCode::Enter => {
            let text = prompt.input.text().to_string();
            app.prompt = None;
            enter(app, kind, text, fx);
        }
        KeyCode::Esc => {
            let before = prompt.before.clone();
            app.prompt = None;
            cancel(app, kind, &before, fx);
        }
        _ => {
            if prompt.input.handle(key) == Edit::Changed {
                let text = prompt.input.text().to_string();
                typed(app, kind, text, fx);
            }
        }
    }
}

/// Enter: the prompt's text is final.
fn enter(app: &mut App, kind: PromptKind, text: String, fx: &mut Vec<Effect>) {
    match kind {
        PromptKind::Search => {
            reader::set_search(app, &text);
            if !app.reader.search.hits.is_empty() {
                reader::jump_to_hit(app, true);
            } else if !text.is_empty() {
                app.message = Some(format!("no match for {text:?}"));
            }
        }
        PromptKind::NewNote { start, end } => bookmarks::save_new(app, start, end, text, fx),
        PromptKind::CorpusSearch => results::run(app, &text, fx),
        PromptKind::EditNote { id } => bookmarks::save_note(app, &id, text, fx),
        PromptKind::OpenLink => share::open_link(app, &text, fx),
        PromptKind::Filter | PromptKind::BookmarksFilter | PromptKind::QuotesFilter => {}
    }
}

/// Esc: the prompt is abandoned.
fn cancel(app: &mut App, kind: PromptKind, before: &str, fx: &mut Vec<Effect>) {
    match kind {
        PromptKind::Filter => list::set_filter(app, "", fx),
        PromptKind::Search => reader::set_search(app, before),
        PromptKind::BookmarksFilter => {
            if let Pane::Bookmarks(pane) = &mut app.pane {
                pane.picker.filter.clear();
            }
            bookmarks::refresh_pane(app);
        }
        PromptKind::QuotesFilter => {
            if let Pane::Quotes(pane) = &mut app.pane {
                pane.picker.filter.clear();
            }
            quotes::refresh(app, fx);
        }
        PromptKind::NewNote { .. } => app.message = Some("not bookmarked".into()),
        PromptKind::CorpusSearch | PromptKind::OpenLink => {}
        PromptKind::EditNote { .. } => app.message = Some("note unchanged".into()),
    }
}

/// The text changed: filters and searches follow it as it is typed.
fn typed(app: &mut App, kind: PromptKind, text: String, fx: &mut Vec<Effect>) {
    match kind {
        PromptKind::Filter => list::set_filter(app, &text, fx),
        PromptKind::Search => {
            reader::set_search(app, &text);
            if !app.reader.search.hits.is_empty() {
                app.reader.search.current = None;
                reader::jump_to_hit(app, true);
            }
        }
        PromptKind::BookmarksFilter => {
            if let Pane::Bookmarks(pane) = &mut app.pane {
                pane.picker.filter = text;
                pane.picker.selected = 0;
            }
            bookmarks::refresh_pane(app);
        }
        PromptKind::QuotesFilter => {
            if let Pane::Quotes(pane) = &mut app.pane {
                pane.picker.filter = text;
                pane.picker.selected = 0;
            }
            quotes::refresh(app, fx);
        }
        PromptKind::NewNote { .. }
        | PromptKind::EditNote { .. }
        | PromptKind::CorpusSearch
        | PromptKind::OpenLink => {}
    }
}
