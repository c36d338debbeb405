//! Bookmarks in the reader: selecting a passage by sentence or paragraph,
//! saving it with a note, the bookmarks view (filter, jump, edit, delete,
//! undo), and finding saved passages in the open release.

use std::collections::HashMap;
use std::sync::Arc;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::app::{App, Focus, Prompt, PromptKind};
use super::input::LineInput;
use super::picker::Picker;
use crate::bookmarks::{Anchor, Bookmark, anchor};
use crate::corpus::display::excerpt;
use crate::corpus::{TextPos, meta};

/// A passage being selected: from the start of a sentence to the end of a
/// later one (possibly in a later paragraph).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection {
    /// Where the passage starts.
    pub start: TextPos,
    /// Where it ends (exclusive).
    pub end: TextPos,
}

/// The bookmarks view: bookmark ids, and deleted bookmarks for undo.
#[derive(Debug, Clone, Default)]
pub struct ShelfState {
    /// The rows (bookmark ids).
    pub picker: Picker<String>,
    /// Deleted bookmarks, newest last, for undo.
    pub deleted: Vec<Bookmark>,
    /// For bookmark ids whose passage is not in the open archive, why:
    /// "(orphaned) " or "(not in this archive) ". Found when the view is
    /// refreshed, so drawing it reads no release.
    pub lost: HashMap<String, &'static str>,
}

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
    let Some(paragraph) = app.open_body().paragraphs.get(app.reader.cursor) else {
        return;
    };
    let first = sentence_ends(&paragraph.text)[0];
    app.selection = Some(Selection {
        start: TextPos::new(app.reader.cursor, 0),
        end: TextPos::new(app.reader.cursor, first),
    });
    app.marks_changed();
}

/// Moves the end of the selection by sentences (`sentences`) or whole
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
    app.marks_changed();
    if let Some(line) = line {
        super::update::scroll_into_view(app, line);
    }
}

/// Asks for the note of a new bookmark of the selection, or of the cursor
/// paragraph when nothing is selected.
pub fn ask_note_for_new(app: &mut App) {
    if app.bookmarks.is_none() {
        app.message = Some("bookmarks are off: no data folder (use --data-dir)".into());
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
    app.prompt = Some(Prompt {
        kind: PromptKind::NewNote { start, end },
        input: LineInput::default(),
        before: String::new(),
    });
}

/// Reports the outcome of a store change in the status line.
fn report(app: &mut App, result: Result<(), crate::bookmarks::StoreError>, done: String) {
    let mut parts = Vec::new();
    match result {
        Ok(()) => parts.push(done),
        Err(e) => parts.push(e.to_string()),
    }
    if let Some(store) = app.bookmarks.as_mut() {
        parts.extend(store.take_notices().into_iter().map(|n| n.to_string()));
    }
    app.message = Some(parts.join("; "));
    app.marks_changed();
    find_lost(app);
    refresh_shelf(app);
}

/// Saves a new bookmark of the open release with `note`.
pub fn save_new(app: &mut App, start: TextPos, end: TextPos, note: String) {
    let Some(index) = app.reader.release else {
        return;
    };
    let release = &app.corpus.releases[index as usize];
    let bookmark = Bookmark::new(release, app.open_body(), start, end, note);
    let done = format!("bookmarked “{}”", excerpt(&bookmark.passage));
    app.selection = None;
    let result = match app.bookmarks.as_mut() {
        Some(store) => store.add(bookmark),
        None => return,
    };
    report(app, result, done);
}

/// Opens or closes the bookmarks view.
pub fn toggle_shelf(app: &mut App) {
    if app.shelf.picker.open {
        app.shelf.picker.open = false;
        app.follow_selection();
        return;
    }
    if app.bookmarks.is_none() {
        app.message = Some("bookmarks are off: no data folder (use --data-dir)".into());
        return;
    }
    if let Some(store) = app.bookmarks.as_mut() {
        let notices = store.reload();
        if !notices.is_empty() {
            app.message = Some(
                notices
                    .iter()
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
                    .join("; "),
            );
        }
    }
    app.close_views();
    app.shelf.picker.open_at_top();
    app.focus = Focus::List;
    find_lost(app);
    refresh_shelf(app);
    preview_selected(app);
}

/// Finds which bookmarks' passages are not in the open archive (see
/// [`ShelfState::lost`]); run when the view opens and when bookmarks change.
fn find_lost(app: &mut App) {
    let Some(store) = &app.bookmarks else {
        return;
    };
    let lost = store
        .bookmarks()
        .iter()
        .filter_map(|b| {
            let why = match release_of(app, b) {
                None => "(not in this archive) ",
                Some(i) => {
                    let body = app.corpus.releases[i as usize].body();
                    (anchor::locate(&body, b) == Anchor::Orphaned).then_some("(orphaned) ")?
                }
            };
            Some((b.id.clone(), why))
        })
        .collect();
    app.shelf.lost = lost;
}

/// Recomputes which bookmarks the view shows: newest first, or ranked by
/// the filter's fuzzy score over title, passage, speaker and note.
pub fn refresh_shelf(app: &mut App) {
    let Some(store) = &app.bookmarks else {
        return;
    };
    let words: Vec<&str> = app.shelf.picker.filter.split_whitespace().collect();
    let matcher = SkimMatcherV2::default();
    let mut scored: Vec<(i64, usize)> = store
        .bookmarks()
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
        .map(|(_, i)| store.bookmarks()[i].id.clone())
        .collect();
    let height = app.list_height();
    app.shelf.picker.set_items(items, height);
}

/// Moves the view's selection.
pub fn move_shelf(app: &mut App, delta: isize) {
    let height = app.list_height();
    app.shelf.picker.move_by(delta, height);
    preview_selected(app);
}

/// The selected bookmark of the view.
pub fn selected_bookmark(app: &App) -> Option<&Bookmark> {
    let id = app.shelf.picker.current()?;
    app.bookmarks.as_ref()?.get(id)
}

/// The release a bookmark belongs to, by id or else by path and title.
pub fn release_of(app: &App, b: &Bookmark) -> Option<u32> {
    app.finder().release_of(&app.corpus, b)
}

/// Goes to the selected bookmark's passage: selects its release (clearing
/// a filter that hides it), scrolls the passage into view and highlights it.
pub fn open_selected(app: &mut App) {
    let Some(b) = selected_bookmark(app).cloned() else {
        return;
    };
    let Some(index) = release_of(app, &b) else {
        app.message = Some(format!(
            "“{}” is not in the open archive ({})",
            excerpt(&b.title),
            b.path
        ));
        return;
    };
    app.shelf.picker.open = false;
    let body = app.corpus.releases[index as usize].body();
    match anchor::locate(&body, &b) {
        Anchor::Exact { start, end }
        | Anchor::Moved { start, end }
        | Anchor::Fuzzy { start, end } => {
            go_to_passage(app, index, start, end);
        }
        Anchor::Orphaned => {
            go_to_passage(app, index, TextPos::new(0, 0), TextPos::new(0, 0));
            app.message = Some(format!(
                "orphaned: the passage is no longer in this release; saved text: “{}”",
                excerpt(&b.passage)
            ));
        }
    }
}

/// Shows release `index` in the reading pane while a view is open, the
/// passage from `start` to `end` scrolled into view and highlighted; the
/// list's selection is left alone (closing the view returns to it).
pub fn preview_passage(app: &mut App, index: u32, start: TextPos, end: TextPos) {
    if app.reader.release != Some(index) {
        app.remember_position();
        app.set_open_release(Some(index));
        app.reader.scroll = 0;
        app.refresh_search();
    }
    app.flash = (start < end).then_some((start, end));
    app.reader.cursor = start.paragraph as usize;
    app.marks_changed();
    if let Some(line) = app
        .reader
        .doc
        .line_of(start.paragraph as usize, start.offset as usize)
    {
        super::update::scroll_into_view(app, line);
    }
}

/// Shows the selected bookmark's passage in the reading pane.
pub fn preview_selected(app: &mut App) {
    let Some(b) = selected_bookmark(app).cloned() else {
        return;
    };
    let Some(index) = release_of(app, &b) else {
        return;
    };
    let (start, end) = match anchor::locate(&app.corpus.releases[index as usize].body(), &b) {
        Anchor::Exact { start, end }
        | Anchor::Moved { start, end }
        | Anchor::Fuzzy { start, end } => (start, end),
        Anchor::Orphaned => (TextPos::new(0, 0), TextPos::new(0, 0)),
    };
    preview_passage(app, index, start, end);
}

/// Opens release `index` in the reading pane (clearing a list filter that
/// hides it) with the passage from `start` to `end` scrolled into view and
/// highlighted until the next key.
pub fn go_to_passage(app: &mut App, index: u32, start: TextPos, end: TextPos) {
    if !app.list.items.contains(&index) {
        super::update::set_filter(app, "");
    }
    if let Some(row) = app.list.items.iter().position(|&i| i == index) {
        app.list.selected = row;
        app.clamp_list();
    }
    app.follow_selection();
    app.focus = Focus::Reader;
    app.flash = (start < end).then_some((start, end));
    app.reader.cursor = start.paragraph as usize;
    app.marks_changed();
    if let Some(line) = app
        .reader
        .doc
        .line_of(start.paragraph as usize, start.offset as usize)
    {
        super::update::scroll_into_view(app, line);
    }
}

/// Asks for a new note for the selected bookmark.
pub fn ask_note_for_selected(app: &mut App) {
    let Some(b) = selected_bookmark(app) else {
        return;
    };
    app.prompt = Some(Prompt {
        kind: PromptKind::EditNote { id: b.id.clone() },
        input: LineInput::new(&b.note),
        before: b.note.clone(),
    });
}

/// Replaces a bookmark's note.
pub fn save_note(app: &mut App, id: &str, note: String) {
    let result = match app.bookmarks.as_mut() {
        Some(store) => store.set_note(id, note),
        None => return,
    };
    report(app, result, "note saved".into());
}

/// Deletes the selected bookmark; `u` brings it back.
pub fn delete_selected(app: &mut App) {
    let Some(id) = app.shelf.picker.current().cloned() else {
        return;
    };
    let result = match app.bookmarks.as_mut() {
        Some(store) => store.remove(&id),
        None => return,
    };
    match result {
        Ok(Some(b)) => {
            let done = format!("deleted “{}” (u undoes)", excerpt(&b.passage));
            app.shelf.deleted.push(b);
            report(app, Ok(()), done);
        }
        Ok(None) => refresh_shelf(app),
        Err(e) => report(app, Err(e), String::new()),
    }
}

/// Brings back the last deleted bookmark.
pub fn undo_delete(app: &mut App) {
    let Some(b) = app.shelf.deleted.pop() else {
        app.message = Some("nothing to undo".into());
        return;
    };
    let done = format!("restored “{}”", excerpt(&b.passage));
    let result = match app.bookmarks.as_mut() {
        Some(store) => store.restore(b),
        None => return,
    };
    report(app, result, done);
}
