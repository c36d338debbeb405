//! The reading pane: which release it shows, its layout, scrolling, the
//! paragraph cursor, search inside the release, read marks and positions.

use std::sync::Arc;

use crate::bookmarks::passages_in;
use crate::corpus::TextPos;
use crate::search::find;
use crate::tui::app::{App, Focus};
use crate::tui::doc::{Doc, DocKey, Marks};
use crate::tui::effect::{Effect, ReadingChange};
use crate::tui::event::ReadingSaved;

/// Shows the selected release in the reading pane, if it changed, at the
/// position the user last left it.
pub fn follow_selection(app: &mut App, fx: &mut Vec<Effect>) {
    let selected = app.selected();
    if selected != app.reader.release {
        show_release(app, selected, fx);
        restore_position(app);
        if app.focus == Focus::Reader {
            mark_read(app, true, fx);
        }
    }
    ensure_doc(app);
}

/// Puts release `index` (or none) in the reading pane from its top, reading
/// its body, after remembering where the previous one was left.
pub fn show_release(app: &mut App, index: Option<u32>, fx: &mut Vec<Effect>) {
    remember_position(app, fx);
    app.reader.release = index;
    app.reader.body = match app.open_release() {
        Some(release) => release.read_body(),
        None => Arc::default(),
    };
    app.reader.scroll = 0;
    app.reader.cursor = 0;
    if app.reader.search.from_results {
        // A corpus search's hits belong to the release they were found in.
        app.reader.search = Default::default();
    }
    refresh_search(app);
    ensure_doc(app);
}

/// Records where the open release is scrolled to. A release never scrolled
/// is not recorded.
pub fn remember_position(app: &mut App, fx: &mut Vec<Effect>) {
    let (Some(release), Some(reading)) = (app.open_release(), app.reading.as_ref()) else {
        return;
    };
    let id = release.id.as_str().to_string();
    let position = if app.reader.scroll == 0 {
        TextPos::new(0, 0)
    } else {
        app.reader
            .doc
            .position_from(app.reader.scroll)
            .unwrap_or(TextPos::new(0, 0))
    };
    let known = reading.get(&id);
    if known.map_or(position == TextPos::new(0, 0), |e| e.position == position) {
        return;
    }
    if let Some(reading) = app.reading.as_mut() {
        let entry = reading
            .entry(id.clone())
            .or_insert_with(|| unread_at(position));
        entry.position = position;
    }
    fx.push(Effect::Reading(ReadingChange::Position { id, position }));
}

/// A reading entry for a release not read yet.
fn unread_at(position: TextPos) -> crate::reading::ReadingEntry {
    crate::reading::ReadingEntry {
        read: false,
        position,
        updated: 0,
    }
}

/// Scrolls the open release to where the user last left it.
fn restore_position(app: &mut App) {
    let (Some(release), Some(reading)) = (app.open_release(), app.reading.as_ref()) else {
        return;
    };
    let Some(entry) = reading.get(release.id.as_str()) else {
        return;
    };
    let p = entry.position;
    if p == TextPos::new(0, 0) {
        return;
    }
    if let Some(line) = app
        .reader
        .doc
        .line_of(p.paragraph as usize, p.offset as usize)
    {
        app.reader.scroll = line;
        app.reader.cursor = p.paragraph as usize;
        clamp_scroll(app);
    }
}

/// Marks the open release read (or unread).
pub fn mark_read(app: &mut App, read: bool, fx: &mut Vec<Effect>) {
    let Some(id) = app.open_release().map(|r| r.id.as_str().to_string()) else {
        return;
    };
    let Some(reading) = app.reading.as_mut() else {
        return;
    };
    let entry = reading
        .entry(id.clone())
        .or_insert_with(|| unread_at(TextPos::new(0, 0)));
    if entry.read != read {
        entry.read = read;
        fx.push(Effect::Reading(ReadingChange::Read { id, read }));
    }
}

/// Records the position and asks for read marks and positions to be saved.
pub fn save_reading(app: &mut App, fx: &mut Vec<Effect>) {
    remember_position(app, fx);
    if app.reading.is_some() {
        fx.push(Effect::SaveReading);
    }
}

/// Takes what the reading store holds after a save, and what went wrong.
pub fn reading_saved(app: &mut App, saved: ReadingSaved) {
    app.reading = Some(saved.entries);
    if !saved.notes.is_empty() {
        app.message = Some(saved.notes.join("; "));
    }
}

/// Recomputes the hits of the search in the open release.
pub fn refresh_search(app: &mut App) {
    app.reader.search.hits = find::find_all(&app.reader.body.paragraphs, &app.reader.search.text);
    app.reader.search.current = None;
}

/// Sets the search text and finds its hits in the open release.
pub fn set_search(app: &mut App, text: &str) {
    app.reader.search.text = text.to_string();
    refresh_search(app);
    ensure_doc(app);
}

/// Notes that bookmarks, the selection or the flash changed, so the
/// reading pane is laid out again.
pub fn marks_changed(app: &mut App) {
    app.marks_version += 1;
    ensure_doc(app);
}

/// Lays out the open release again when what the layout depends on changed.
pub fn ensure_doc(app: &mut App) {
    let Some(index) = app.reader.release else {
        app.reader.doc = Doc::default();
        return;
    };
    let key = DocKey {
        release: index,
        width: app.reader_width(),
        search: app.reader.search.text.clone(),
        current: app.reader.search.current,
        marks_version: app.marks_version,
    };
    if app.reader.doc.key == key && !app.reader.doc.is_empty() {
        return;
    }
    let release = &app.corpus.releases[index as usize];
    let body = &app.reader.body;
    let bookmarked = match &app.bookmarks {
        Some(bookmarks) => passages_in(&bookmarks.list, release, body),
        None => Vec::new(),
    };
    let highlight = app.selection.map(|s| (s.start, s.end)).or(app.flash);
    let duplicates = app
        .analysis
        .as_ref()
        .map_or(0, |a| a.duplicates_of(index as usize).len());
    let notes: Vec<String> = (duplicates > 0)
        .then(|| {
            format!(
                "≈ also posted as {duplicates} near-duplicate{} (R lists them)",
                if duplicates == 1 { "" } else { "s" }
            )
        })
        .into_iter()
        .collect();
    let marks = Marks {
        hits: &app.reader.search.hits,
        current: app.reader.search.current,
        bookmarks: &bookmarked,
        selection: highlight,
        notes: &notes,
    };
    let width = key.width as usize;
    app.reader.doc = Doc::build(
        key,
        release,
        body,
        width,
        &app.options.theme,
        app.options.date_format,
        marks,
    );
    clamp_scroll(app);
}

/// Keeps the scroll in range.
pub fn clamp_scroll(app: &mut App) {
    app.reader.scroll = app.reader.scroll.min(app.max_scroll());
}

/// Scrolls the reading pane by `delta` lines, keeping the cursor on screen.
pub fn scroll(app: &mut App, delta: isize) {
    let target = (app.reader.scroll as isize).saturating_add(delta);
    app.reader.scroll = target.clamp(0, app.max_scroll() as isize) as usize;
    keep_cursor_visible(app, delta >= 0);
}

/// Moves the paragraph cursor onto the screen after a scroll.
fn keep_cursor_visible(app: &mut App, down: bool) {
    let doc = &app.reader.doc;
    let top = app.reader.scroll.min(doc.len());
    let bottom = (app.reader.scroll + app.reader_height()).min(doc.len());
    let shown: Vec<usize> = (top..bottom).filter_map(|i| doc.paragraph_of(i)).collect();
    if shown.contains(&app.reader.cursor) {
        return;
    }
    let pick = if down { shown.first() } else { shown.last() };
    if let Some(&p) = pick {
        app.reader.cursor = p;
    }
}

/// Moves the paragraph cursor and scrolls it into view.
pub fn move_cursor(app: &mut App, delta: isize) {
    let count = app.open_body().paragraphs.len();
    if count == 0 {
        return;
    }
    let target = (app.reader.cursor as isize + delta).clamp(0, count as isize - 1) as usize;
    app.reader.cursor = target;
    if let Some(line) = app.reader.doc.first_line_of(target) {
        scroll_into_view(app, line);
    }
}

/// Scrolls so `line` is on screen, with a little context above it.
pub fn scroll_into_view(app: &mut App, line: usize) {
    let height = app.reader_height();
    if line < app.reader.scroll || line >= app.reader.scroll + height {
        app.reader.scroll = line.saturating_sub(height / 3);
    }
    clamp_scroll(app);
}

/// Puts the cursor on `start`'s paragraph and scrolls it into view.
pub fn scroll_to(app: &mut App, start: TextPos) {
    app.reader.cursor = start.paragraph as usize;
    if let Some(line) = app
        .reader
        .doc
        .line_of(start.paragraph as usize, start.offset as usize)
    {
        scroll_into_view(app, line);
    }
}

/// Moves to the next (or previous) search hit, wrapping around.
pub fn jump_to_hit(app: &mut App, forward: bool) {
    let count = app.reader.search.hits.len();
    if count == 0 {
        if !app.reader.search.text.is_empty() {
            app.message = Some(format!("no match for “{}”", app.reader.search.text));
        }
        return;
    }
    let next = match (app.reader.search.current, forward) {
        (None, true) => first_hit_from(app),
        (None, false) => (first_hit_from(app) + count - 1) % count,
        (Some(i), true) => (i + 1) % count,
        (Some(i), false) => (i + count - 1) % count,
    };
    if forward && app.reader.search.current == Some(count - 1) {
        app.message = Some("search wrapped to the top".into());
    } else if !forward && app.reader.search.current == Some(0) {
        app.message = Some("search wrapped to the bottom".into());
    }
    show_hit(app, next);
}

/// The first hit at or after the top of the screen.
fn first_hit_from(app: &App) -> usize {
    let top = app.reader.scroll;
    app.reader
        .search
        .hits
        .iter()
        .position(|h| {
            app.reader
                .doc
                .line_of(h.paragraph, h.start)
                .is_some_and(|l| l >= top)
        })
        .unwrap_or(0)
}

/// Makes hit `index` of the open release's search current and scrolls to it.
pub fn show_hit(app: &mut App, index: usize) {
    app.reader.search.current = Some(index);
    ensure_doc(app);
    let hit = app.reader.search.hits[index];
    app.reader.cursor = hit.paragraph;
    if let Some(line) = app.reader.doc.line_of(hit.paragraph, hit.start) {
        scroll_into_view(app, line);
    }
}
