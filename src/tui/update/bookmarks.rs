//! Bookmarks in the reader: selecting a passage by sentence or paragraph,
//! asking for a note, the bookmarks view (filter, jump, edit, delete,
//! undo). Changes go to the store as effects; the store's contents come
//! back as [`BookmarksChanged`].

use std::sync::Arc;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::{ask, passage, reader};
use crate::bookmarks::{Anchor, Bookmark, locate};
use crate::corpus::display::{excerpt, quoted};
use crate::corpus::{TextPos, meta};
use crate::tui::app::{App, Focus, PromptKind, Selection};
use crate::tui::effect::{BookmarkChange, Effect};
use crate::tui::event::BookmarksChanged;
use crate::tui::pane::{BookmarksPane, Pane};

/// Said when there is no data folder to keep bookmarks in.
const OFF: &str = "bookmarks are off: no data folder (use --data-dir)";

/// Byte offsets where sentences of `text` end (trailing spaces excluded),
/// ending with the paragraph's end.
fn sentence_ends(text: &str) -> Vec<usize> {
    let mut ends: Vec<usize> = meta::sentence_ends(text)
        .map(|e| text[..e].trim_end().len())
        .filter(|&e| e > 0)
        .collect();
    if ends.last() != Some(&text.len()) {
        ends.push(text.len());
    }
    ends.dedup();
    ends
}

/// Starts selecting at the cursor paragraph's first sentence.
pub fn start_selection(app: &mut App) {
    let Some(paragraph) = app.reader.body.paragraphs.get(app.reader.cursor) else {
        return;
    };
    let first = sentence_ends(&paragraph.text)[0];
    app.selection = Some(Selection {
        start: TextPos::new(app.reader.cursor, 0),
        end: TextPos::new(app.reader.cursor, first),
    });
    reader::marks_changed(app);
}

/// Moves the end of the selection by sentences (`by_sentence`) or whole
/// paragraphs, never before its first sentence.
pub fn resize_selection(app: &mut App, forward: bool, by_sentence: bool) {
    let Some(selection) = app.selection else {
        return;
    };
    let body = Arc::clone(&app.reader.body);
    let paragraphs = &body.paragraphs;
    let (p, offset) = (
        selection.end.paragraph as usize,
        selection.end.offset as usize,
    );
    let len = |p: usize| paragraphs[p].text.len();
    let first_end = TextPos::new(
        selection.start.paragraph as usize,
        sentence_ends(&paragraphs[selection.start.paragraph as usize].text)[0],
    );
    let end = match (forward, by_sentence) {
        (true, true) => match sentence_ends(&paragraphs[p].text)
            .into_iter()
            .find(|&e| e > offset)
        {
            Some(e) => TextPos::new(p, e),
            None if p + 1 < paragraphs.len() => {
                TextPos::new(p + 1, sentence_ends(&paragraphs[p + 1].text)[0])
            }
            None => selection.end,
        },
        (false, true) => match sentence_ends(&paragraphs[p].text)
            .into_iter()
            .rev()
            .find(|&e| e < offset)
        {
            Some(e) => TextPos::new(p, e),
            None if p > selection.start.paragraph as usize => TextPos::new(p - 1, len(p - 1)),
            None => selection.end,
        },
        (true, false) if offset < len(p) => TextPos::new(p, len(p)),
        (true, false) if p + 1 < paragraphs.len() => TextPos::new(p + 1, len(p + 1)),
        (true, false) => selection.end,
        (false, false) if p > selection.start.paragraph as usize => TextPos::new(p - 1, len(p - 1)),
        (false, false) => first_end,
    };
    let end = end.max(first_end);
    app.selection = Some(Selection { end, ..selection });
    let line = app
        .reader
        .doc
        .line_of(end.paragraph as usize, end.offset as usize);
    app.reader.cursor = end.paragraph as usize;
    reader::marks_changed(app);
    if let Some(line) = line {
        reader::scroll_into_view(app, line);
    }
}

/// Asks for the note of a new bookmark of the selection, or of the cursor
/// paragraph when nothing is selected.
pub fn ask_note_for_new(app: &mut App) {
    if app.bookmarks.is_none() {
        app.message = Some(OFF.into());
        return;
    }
    if app.open_release().is_none() {
        return;
    }
    let (start, end) = match app.selection {
        Some(s) => (s.start, s.end),
        None => {
            let Some(p) = app.open_body().paragraphs.get(app.reader.cursor) else {
                return;
            };
            (
                TextPos::new(app.reader.cursor, 0),
                TextPos::new(app.reader.cursor, p.text.len()),
            )
        }
    };
    ask(app, PromptKind::NewNote { start, end }, "");
}

/// Asks the store for a change; `done` is said when it is saved.
fn change(app: &App, change: BookmarkChange, done: String, fx: &mut Vec<Effect>) {
    if app.bookmarks.is_some() {
        fx.push(Effect::Bookmarks { change, done });
    }
}

/// Takes the store's contents after a change, with what to say about it.
pub fn changed(app: &mut App, outcome: BookmarksChanged, fx: &mut Vec<Effect>) {
    if let Some(bookmarks) = app.bookmarks.as_mut() {
        bookmarks.list = outcome.list;
    }
    if !outcome.message.is_empty() {
        app.message = Some(outcome.message);
    }
    reader::marks_changed(app);
    if matches!(app.pane, Pane::Bookmarks(_)) {
        find_lost(app);
        refresh_pane(app);
        if outcome.reloaded {
            preview_selected(app, fx);
        }
    }
}

/// Saves a new bookmark of the open release with `note`.
pub fn save_new(app: &mut App, start: TextPos, end: TextPos, note: String, fx: &mut Vec<Effect>) {
    let Some(index) = app.reader.release else {
        return;
    };
    let release = &app.corpus.releases[index as usize];
    let bookmark = Bookmark::new(release, app.open_body(), start, end, note);
    let done = format!("bookmarked {}", quoted(&excerpt(&bookmark.passage)));
    app.selection = None;
    change(app, BookmarkChange::Add(Box::new(bookmark)), done, fx);
}

/// Opens or closes the bookmarks view.
pub fn toggle_pane(app: &mut App, fx: &mut Vec<Effect>) {
    if matches!(app.pane, Pane::Bookmarks(_)) {
        super::close_pane(app, fx);
        return;
    }
    if app.bookmarks.is_none() {
        app.message = Some(OFF.into());
        return;
    }
    app.pane = Pane::Bookmarks(BookmarksPane::default());
    app.focus = Focus::List;
    find_lost(app);
    refresh_pane(app);
    preview_selected(app, fx);
    // Other readouts may have changed the file: read it again.
    change(app, BookmarkChange::Reload, String::new(), fx);
}

/// Finds which bookmarks' passages are not in the open archive (see
/// [`BookmarksPane::lost`]); run when the view opens and when bookmarks change.
fn find_lost(app: &mut App) {
    let Some(bookmarks) = &app.bookmarks else {
        return;
    };
    let lost = bookmarks
        .list
        .iter()
        .filter_map(|b| {
            let why = match app.finder().release_of(&app.corpus, b) {
                None => "(not in this archive) ",
                Some(i) => {
                    let body = app.corpus.releases[i as usize].read_body();
                    (locate(&body, b) == Anchor::Orphaned).then_some("(orphaned) ")?
                }
            };
            Some((b.id.clone(), why))
        })
        .collect();
    if let Pane::Bookmarks(pane) = &mut app.pane {
        pane.lost = lost;
    }
}

/// Recomputes which bookmarks the view shows: newest first, or ranked by
/// the filter's fuzzy score over title, passage, speaker and note.
pub fn refresh_pane(app: &mut App) {
    let height = app.list_height();
    let (Some(bookmarks), Pane::Bookmarks(pane)) = (&app.bookmarks, &mut app.pane) else {
        return;
    };
    let words: Vec<&str> = pane.picker.filter.split_whitespace().collect();
    let matcher = SkimMatcherV2::default();
    let mut scored: Vec<(i64, usize)> = bookmarks
        .list
        .iter()
        .enumerate()
        .filter_map(|(i, b)| {
            let haystack = format!(
                "{} {} {} {}",
                b.title,
                b.note,
                b.speaker.as_deref().unwrap_or(""),
                b.passage
            );
            let mut score = 0;
            for w in &words {
                score += matcher.fuzzy_match(&haystack, w)?;
            }
            Some((score, i))
        })
        .collect();
    // Newest first; by score when filtering.
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    let items = scored
        .into_iter()
        .map(|(_, i)| bookmarks.list[i].id.clone())
        .collect();
    pane.picker.set_items(items, height);
}

/// Moves the view's selection.
pub fn move_by(app: &mut App, delta: isize, fx: &mut Vec<Effect>) {
    let height = app.list_height();
    app.pane.move_by(delta, height);
    preview_selected(app, fx);
}

/// Where a bookmark's passage is in release `index` (the top when it is
/// orphaned).
fn passage_of(app: &App, index: u32, b: &Bookmark) -> Option<(TextPos, TextPos)> {
    match locate(&app.corpus.releases[index as usize].read_body(), b) {
        Anchor::Exact { start, end }
        | Anchor::Moved { start, end }
        | Anchor::Fuzzy { start, end } => Some((start, end)),
        Anchor::Orphaned => None,
    }
}

/// Goes to the selected bookmark's passage: selects its release (clearing
/// a filter that hides it), scrolls the passage into view and highlights it.
pub fn open_selected(app: &mut App, fx: &mut Vec<Effect>) {
    let Some(b) = app.selected_bookmark().cloned() else {
        return;
    };
    let Some(index) = app.finder().release_of(&app.corpus, &b) else {
        app.message = Some(format!(
            "{} is not in the open archive ({})",
            quoted(&excerpt(&b.title)),
            b.path
        ));
        return;
    };
    app.pane = Pane::Releases;
    let top = TextPos::new(0, 0);
    match passage_of(app, index, &b) {
        Some(passage) => passage::go_to(app, index, passage, fx),
        None => {
            passage::go_to(app, index, (top, top), fx);
            app.message = Some(format!(
                "orphaned: the passage is no longer in this release; saved text: {}",
                quoted(&excerpt(&b.passage))
            ));
        }
    }
}

/// Shows the selected bookmark's passage in the reading pane.
fn preview_selected(app: &mut App, fx: &mut Vec<Effect>) {
    let Some(b) = app.selected_bookmark().cloned() else {
        return;
    };
    let Some(index) = app.finder().release_of(&app.corpus, &b) else {
        return;
    };
    let top = TextPos::new(0, 0);
    let passage = passage_of(app, index, &b).unwrap_or((top, top));
    passage::preview(app, index, passage, fx);
}

/// Asks for a new note for the selected bookmark.
pub fn ask_note_for_selected(app: &mut App) {
    let Some((id, note)) = app
        .selected_bookmark()
        .map(|b| (b.id.clone(), b.note.clone()))
    else {
        return;
    };
    ask(app, PromptKind::EditNote { id }, &note);
}

/// Replaces a bookmark's note.
pub fn save_note(app: &mut App, id: &str, note: String, fx: &mut Vec<Effect>) {
    let id = id.to_string();
    change(
        app,
        BookmarkChange::SetNote { id, note },
        "note saved".into(),
        fx,
    );
}

/// Deletes the selected bookmark; `u` brings it back.
pub fn delete_selected(app: &mut App, fx: &mut Vec<Effect>) {
    let Some(b) = app.selected_bookmark().cloned() else {
        return;
    };
    let done = format!("deleted {} (u undoes)", quoted(&excerpt(&b.passage)));
    let id = b.id.clone();
    if let Some(bookmarks) = app.bookmarks.as_mut() {
        bookmarks.deleted.push(b);
    }
    change(app, BookmarkChange::Remove(id), done, fx);
}

/// Brings back the last deleted bookmark.
pub fn undo_delete(app: &mut App, fx: &mut Vec<Effect>) {
    let Some(b) = app.bookmarks.as_mut().and_then(|s| s.deleted.pop()) else {
        app.message = Some("nothing to undo".into());
        return;
    };
    let done = format!("restored {}", quoted(&excerpt(&b.passage)));
    change(app, BookmarkChange::Restore(Box::new(b)), done, fx);
}
