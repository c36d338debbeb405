//! Events to state changes: the only place the reader's state changes.
//!
//! [`update`] takes one [`Event`] — a key, a click, a resize, or the result
//! of work done elsewhere — changes the [`App`] and returns the
//! [`Effect`]s the change asks for (filter the list, save a bookmark,
//! quit, …). It writes no file and starts no thread: the runtime does what
//! the effects say and hands their results back as events. The one thing
//! read here is the body of a release being shown, through the corpus.

mod bookmarks;
mod corpus;
mod list;
mod mouse;
mod passage;
mod prompt;
mod quotes;
mod reader;
mod related;
mod results;
mod share;

use crossterm::event::{Event as TerminalEvent, KeyCode, KeyEvent, KeyEventKind};

use super::action::{Action, Context};
use super::app::{App, Focus, Prompt, PromptKind};
use super::effect::Effect;
use super::event::Event;
use super::input::LineInput;
use super::pane::Pane;

pub use list::set_filter;

/// Applies one event to the state and returns what it asks the runtime to do.
pub fn update(app: &mut App, event: Event) -> Vec<Effect> {
    let mut fx = Vec::new();
    match event {
        Event::Start => corpus::start(app, &mut fx),
        Event::Terminal(TerminalEvent::Key(key)) if key.kind == KeyEventKind::Press => {
            on_key(app, &key, &mut fx)
        }
        Event::Terminal(TerminalEvent::Mouse(mouse)) => mouse::on_mouse(app, &mouse, &mut fx),
        Event::Terminal(TerminalEvent::Resize(w, h)) => {
            app.size = (w, h);
            list::clamp_list(app);
            reader::ensure_doc(app);
        }
        Event::Terminal(_) => {}
        Event::Filtered { generation, hits } => list::filtered(app, generation, hits, &mut fx),
        Event::FilterFirstScreen {
            generation,
            hits,
            tiers,
        } => list::first_screen(app, generation, hits, tiers, &mut fx),
        Event::Analysed(corpus, analysis) => corpus::analysed(app, &corpus, analysis),
        Event::QuotesIndexed(corpus, index) => quotes::indexed(app, &corpus, index, &mut fx),
        Event::Searched(corpus, outcome) => results::searched(app, &corpus, *outcome, &mut fx),
        Event::Reloaded(corpus) => corpus::reloaded(app, *corpus, &mut fx),
        Event::BookmarksChanged(change) => bookmarks::changed(app, change, &mut fx),
        Event::ReadingSaved(saved) => reader::reading_saved(app, saved),
        Event::SaveDue => reader::save_reading(app, &mut fx),
        Event::Told(message) => app.message = Some(message),
    }
    fx
}

fn on_key(app: &mut App, key: &KeyEvent, fx: &mut Vec<Effect>) {
    if app.help.is_some() {
        on_help_key(app, key);
        return;
    }
    if app.prompt.is_some() {
        prompt::on_prompt_key(app, key, fx);
        return;
    }
    app.message = None;
    if app.flash.take().is_some() {
        reader::marks_changed(app);
    }
    if let Some(action) = app.options.keymap.action(context(app), key) {
        act(app, action, fx);
    }
}

/// Which keys apply: the pane with the keyboard, and what it shows.
fn context(app: &App) -> Context {
    match (app.focus, &app.pane) {
        (Focus::List, Pane::Releases) => Context::List,
        (Focus::List, Pane::Bookmarks(_)) => Context::Bookmarks,
        (Focus::List, Pane::Quotes(_)) => Context::Quotes,
        (Focus::List, Pane::Related(_)) => Context::Related,
        (Focus::List, Pane::Results(_)) => Context::Search,
        (Focus::Reader, _) if app.selection.is_some() => Context::Visual,
        (Focus::Reader, _) => Context::Reader,
    }
}

fn on_help_key(app: &mut App, key: &KeyEvent) {
    let scroll = app.help.unwrap_or(0);
    app.help = match key.code {
        KeyCode::Char('j') | KeyCode::Down => Some(scroll + 1),
        KeyCode::Char('k') | KeyCode::Up => Some(scroll.saturating_sub(1)),
        KeyCode::PageDown | KeyCode::Char(' ') => Some(scroll + 10),
        KeyCode::PageUp => Some(scroll.saturating_sub(10)),
        _ => None,
    };
}

/// Opens a prompt for `kind`, starting with `text`: selected (typing
/// replaces it) for filters, searches and numbers, with the cursor after it
/// for a note being edited.
fn ask(app: &mut App, kind: PromptKind, text: &str) {
    let input = match kind {
        PromptKind::NewNote { .. } | PromptKind::EditNote { .. } => LineInput::new(text),
        _ => LineInput::selected(text),
    };
    app.prompt = Some(Prompt {
        kind,
        input,
        before: text.to_string(),
        error: None,
    });
}

/// `q`: back a level. A selection is dropped, the reading pane gives the
/// keyboard to the list, a view over the list closes; in the list, quit.
fn step_back(app: &mut App, fx: &mut Vec<Effect>) {
    if app.focus == Focus::Reader && app.selection.take().is_some() {
        reader::marks_changed(app);
    } else if app.focus == Focus::Reader {
        app.focus = Focus::List;
    } else if !app.pane.is_releases() {
        close_pane(app, fx);
    } else {
        quit(app, fx);
    }
}

/// Saves what must be saved and leaves.
fn quit(app: &mut App, fx: &mut Vec<Effect>) {
    reader::save_reading(app, fx);
    fx.push(Effect::Quit);
}

/// Performs an action.
fn act(app: &mut App, action: Action, fx: &mut Vec<Effect>) {
    let page = |app: &App| app.reader_height().saturating_sub(1).max(1) as isize;
    let half = |app: &App| (app.reader_height() / 2).max(1) as isize;
    let rows = |app: &App| app.list_height() as isize;
    match action {
        Action::Quit => step_back(app, fx),
        Action::QuitNow => quit(app, fx),
        Action::OpenSource => share::open(app, fx),
        Action::Copy => share::copy(app, fx),
        Action::Help => app.help = Some(0),
        Action::Suspend => {
            reader::save_reading(app, fx);
            fx.push(Effect::Suspend);
        }
        Action::FocusToggle => {
            app.focus = match app.focus {
                Focus::List => Focus::Reader,
                Focus::Reader => Focus::List,
            }
        }
        Action::Back if app.pane.is_releases() && app.search.last.is_some() => {
            results::come_back(app, fx)
        }
        Action::FocusList | Action::Back => app.focus = Focus::List,
        Action::FocusReader | Action::Open => {
            if app.reader.release.is_some() {
                app.focus = Focus::Reader;
                reader::mark_read(app, true, fx);
            }
        }
        Action::ToggleRead => {
            if let Some(index) = app.selected() {
                let read = app.is_read(index);
                reader::mark_read(app, !read, fx);
                app.message = Some(if read { "marked unread" } else { "marked read" }.into());
            }
        }
        Action::ListDown => list::move_selection(app, 1, fx),
        Action::ListUp => list::move_selection(app, -1, fx),
        Action::ListPageDown => list::move_selection(app, rows(app), fx),
        Action::ListPageUp => list::move_selection(app, -rows(app), fx),
        Action::ListFirst => list::move_selection(app, isize::MIN / 2, fx),
        Action::ListLast => list::move_selection(app, isize::MAX / 2, fx),
        Action::Filter => {
            let text = app.filter.text.clone();
            ask(app, PromptKind::Filter, &text);
        }
        Action::ClearFilter => set_filter(app, "", fx),
        Action::Sort => list::cycle_sort(app, fx),
        Action::ScrollDown => reader::scroll(app, 1),
        Action::ScrollUp => reader::scroll(app, -1),
        Action::PageDown => reader::scroll(app, page(app)),
        Action::PageUp => reader::scroll(app, -page(app)),
        Action::HalfPageDown => reader::scroll(app, half(app)),
        Action::HalfPageUp => reader::scroll(app, -half(app)),
        Action::Top => reader::scroll(app, isize::MIN / 2),
        Action::Bottom => reader::scroll(app, isize::MAX / 2),
        Action::Search => {
            let before = app.reader.search.text.clone();
            ask(app, PromptKind::Search, "");
            if let Some(prompt) = app.prompt.as_mut() {
                prompt.before = before;
            }
        }
        Action::NextMatch => reader::jump_to_hit(app, true),
        Action::PrevMatch => reader::jump_to_hit(app, false),
        Action::NextParagraph => reader::move_cursor(app, 1),
        Action::PrevParagraph => reader::move_cursor(app, -1),
        Action::NextRelease => list::move_selection(app, 1, fx),
        Action::PrevRelease => list::move_selection(app, -1, fx),
        Action::Bookmarks | Action::BookmarksClose => bookmarks::toggle_pane(app, fx),
        Action::Bookmark | Action::BookmarkSelection => bookmarks::ask_note_for_new(app),
        Action::Visual => bookmarks::start_selection(app),
        Action::ExtendParagraph => bookmarks::resize_selection(app, true, false),
        Action::ShrinkParagraph => bookmarks::resize_selection(app, false, false),
        Action::ExtendSentence => bookmarks::resize_selection(app, true, true),
        Action::ShrinkSentence => bookmarks::resize_selection(app, false, true),
        Action::CancelSelection => {
            app.selection = None;
            reader::marks_changed(app);
        }
        Action::BookmarksDown => bookmarks::move_by(app, 1, fx),
        Action::BookmarksUp => bookmarks::move_by(app, -1, fx),
        Action::BookmarksOpen => bookmarks::open_selected(app, fx),
        Action::BookmarksEdit => bookmarks::ask_note_for_selected(app),
        Action::BookmarksDelete => bookmarks::delete_selected(app, fx),
        Action::BookmarksUndo => bookmarks::undo_delete(app, fx),
        Action::BookmarksFilter => {
            if let Pane::Bookmarks(pane) = &app.pane {
                let text = pane.picker.filter.clone();
                ask(app, PromptKind::BookmarksFilter, &text);
            }
        }
        Action::Quotes | Action::QuotesClose => quotes::toggle(app, fx),
        Action::QuotesDown => quotes::move_by(app, 1, fx),
        Action::QuotesUp => quotes::move_by(app, -1, fx),
        Action::QuotesPageDown => quotes::move_by(app, rows(app), fx),
        Action::QuotesPageUp => quotes::move_by(app, -rows(app), fx),
        Action::QuotesFirst => quotes::move_by(app, isize::MIN / 2, fx),
        Action::QuotesLast => quotes::move_by(app, isize::MAX / 2, fx),
        Action::QuotesFollow => quotes::toggle_follow(app, fx),
        Action::QuotesOpen => quotes::open_selected(app, fx),
        Action::QuotesFilter => {
            if let Pane::Quotes(pane) = &app.pane {
                let text = pane.picker.filter.clone();
                ask(app, PromptKind::QuotesFilter, &text);
            }
        }
        Action::Related | Action::RelatedClose => related::toggle(app, fx),
        Action::RelatedDown => related::move_by(app, 1, fx),
        Action::RelatedUp => related::move_by(app, -1, fx),
        Action::RelatedOpen => related::open_selected(app, fx),
        Action::CorpusSearch => {
            let text = app.search.query.clone();
            ask(app, PromptKind::CorpusSearch, &text);
        }
        Action::ResultsDown => results::move_by(app, 1, fx),
        Action::ResultsUp => results::move_by(app, -1, fx),
        Action::ResultsOpen => results::open_selected(app, fx),
        Action::ResultsClose => {
            results::leave(app);
            close_pane(app, fx);
        }
    }
}

/// Closes the view that replaces the list, back to the list's release.
fn close_pane(app: &mut App, fx: &mut Vec<Effect>) {
    app.pane = Pane::Releases;
    reader::follow_selection(app, fx);
}
