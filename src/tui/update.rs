//! Events to state changes: keys, mouse, resizes and filter results. Pure
//! apart from the filter running inline for small candidate sets.

use std::sync::Arc;

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Rect;

use super::action::{Action, Context};
use super::app::{App, FilterRequest, Focus, Prompt, PromptKind};
use super::input::{Edit, LineInput};
use super::layout;
use super::marks;
use super::quotes;
use super::related;
use super::search;
use crate::corpus::order::rank_of;
use crate::search::filter::{self, Hit, Query};

/// Lines the mouse wheel scrolls.
const WHEEL_LINES: usize = 3;

/// Something that happened.
#[derive(Debug)]
pub enum Msg {
    /// A terminal event (key, mouse, resize).
    Terminal(Event),
    /// The background analysis of a corpus finished.
    Analysed(
        Arc<crate::corpus::Corpus>,
        Arc<crate::search::analysis::Analysis>,
    ),
    /// The quotation index, built on a worker for a large archive.
    QuotesIndexed(
        Arc<crate::corpus::Corpus>,
        Box<crate::search::quotes::QuoteIndex>,
    ),
    /// A corpus search, run on a worker for a large archive.
    Searched(Arc<crate::corpus::Corpus>, Box<super::search::Outcome>),
    /// The archive changed on disk and was loaded again.
    Reloaded(Box<crate::corpus::Corpus>),
    /// The filter worker finished a query (`None` when it was cancelled).
    Filtered {
        /// Which query.
        generation: u64,
        /// The ranked hits.
        hits: Option<Vec<Hit>>,
    },
}

/// Applies one message to the state.
pub fn update(app: &mut App, msg: Msg) {
    match msg {
        Msg::Terminal(Event::Key(key)) if key.kind == KeyEventKind::Press => on_key(app, &key),
        Msg::Terminal(Event::Mouse(mouse)) => on_mouse(app, &mouse),
        Msg::Terminal(Event::Resize(w, h)) => {
            app.size = (w, h);
            app.clamp_list();
            app.ensure_doc();
        }
        Msg::Terminal(_) => {}
        Msg::Analysed(corpus, analysis) => related::analysed(app, &corpus, analysis),
        Msg::QuotesIndexed(corpus, index) => quotes::indexed(app, &corpus, *index),
        Msg::Searched(corpus, outcome) => search::searched(app, &corpus, *outcome),
        Msg::Reloaded(corpus) => {
            let summary = app.replace_corpus(*corpus);
            app.message = Some(summary);
        }
        Msg::Filtered { generation, hits } => {
            if generation == app.filter.generation {
                app.filter.running = false;
                if let Some(hits) = hits {
                    apply_hits(app, hits);
                }
            }
        }
    }
}

fn on_key(app: &mut App, key: &KeyEvent) {
    if app.help.is_some() {
        on_help_key(app, key);
        return;
    }
    if app.prompt.is_some() {
        on_prompt_key(app, key);
        return;
    }
    app.message = None;
    if app.flash.take().is_some() {
        app.marks_changed();
    }
    let context = match app.focus {
        Focus::List if app.shelf.picker.open => Context::Bookmarks,
        Focus::List if app.quotes.picker.open => Context::Quotes,
        Focus::List if app.related.picker.open => Context::Related,
        Focus::List if app.search.picker.open => Context::Search,
        Focus::List => Context::List,
        Focus::Reader if app.selection.is_some() => Context::Visual,
        Focus::Reader => Context::Reader,
    };
    if let Some(action) = app.options.keymap.action(context, key) {
        act(app, action);
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

/// Performs an action.
pub fn act(app: &mut App, action: Action) {
    let narrow = layout::is_narrow(app.size);
    match action {
        Action::Quit if narrow && app.focus == Focus::Reader => app.focus = Focus::List,
        Action::Quit => app.quit = true,
        Action::Help => app.help = Some(0),
        Action::Suspend => app.suspend = true,
        Action::FocusToggle => {
            app.focus = match app.focus {
                Focus::List => Focus::Reader,
                Focus::Reader => Focus::List,
            }
        }
        Action::FocusList | Action::Back => app.focus = Focus::List,
        Action::FocusReader | Action::Open => {
            if app.reader.release.is_some() {
                app.focus = Focus::Reader;
                app.mark_read(true);
            }
        }
        Action::ToggleRead => {
            if let Some(index) = app.selected() {
                let read = app.is_read(index);
                app.mark_read(!read);
                app.message = Some(if read { "marked unread" } else { "marked read" }.into());
            }
        }
        Action::ListDown => move_selection(app, 1),
        Action::ListUp => move_selection(app, -1),
        Action::ListPageDown => move_selection(app, app.list_height() as isize),
        Action::ListPageUp => move_selection(app, -(app.list_height() as isize)),
        Action::ListFirst => move_selection(app, isize::MIN / 2),
        Action::ListLast => move_selection(app, isize::MAX / 2),
        Action::Filter => {
            app.prompt = Some(Prompt {
                kind: PromptKind::Filter,
                input: LineInput::new(&app.filter.text),
                before: app.filter.text.clone(),
            })
        }
        Action::ClearFilter => set_filter(app, ""),
        Action::Sort => {
            app.sort = app.sort.next();
            let order = app.sort.order(&app.corpus.releases);
            app.rank = Arc::new(rank_of(&order));
            app.order = Arc::new(order);
            app.filter.settled = None;
            app.filter.query = Query::default();
            let text = std::mem::take(&mut app.filter.text);
            let order = Arc::clone(&app.order);
            set_items(app, order);
            set_filter(app, &text);
            app.message = Some(format!("sorted by {}", app.sort.label()));
        }
        Action::ScrollDown => scroll(app, 1),
        Action::ScrollUp => scroll(app, -1),
        Action::PageDown => scroll(app, app.reader_height().saturating_sub(1).max(1) as isize),
        Action::PageUp => scroll(
            app,
            -(app.reader_height().saturating_sub(1).max(1) as isize),
        ),
        Action::HalfPageDown => scroll(app, (app.reader_height() / 2).max(1) as isize),
        Action::HalfPageUp => scroll(app, -((app.reader_height() / 2).max(1) as isize)),
        Action::Top => scroll(app, isize::MIN / 2),
        Action::Bottom => scroll(app, isize::MAX / 2),
        Action::Search => {
            app.prompt = Some(Prompt {
                kind: PromptKind::Search,
                input: LineInput::default(),
                before: app.reader.search.text.clone(),
            })
        }
        Action::NextMatch => jump_to_hit(app, true),
        Action::PrevMatch => jump_to_hit(app, false),
        Action::NextParagraph => move_cursor(app, 1),
        Action::PrevParagraph => move_cursor(app, -1),
        Action::NextRelease => {
            move_selection(app, 1);
        }
        Action::PrevRelease => {
            move_selection(app, -1);
        }
        Action::Bookmarks => marks::toggle_shelf(app),
        Action::Bookmark | Action::BookmarkSelection => marks::ask_note_for_new(app),
        Action::Visual => marks::start_selection(app),
        Action::ExtendParagraph => marks::resize_selection(app, true, false),
        Action::ShrinkParagraph => marks::resize_selection(app, false, false),
        Action::ExtendSentence => marks::resize_selection(app, true, true),
        Action::ShrinkSentence => marks::resize_selection(app, false, true),
        Action::CancelSelection => {
            app.selection = None;
            app.marks_changed();
        }
        Action::ShelfDown => marks::move_shelf(app, 1),
        Action::ShelfUp => marks::move_shelf(app, -1),
        Action::ShelfOpen => marks::open_selected(app),
        Action::ShelfEdit => marks::ask_note_for_selected(app),
        Action::ShelfDelete => marks::delete_selected(app),
        Action::ShelfUndo => marks::undo_delete(app),
        Action::ShelfFilter => {
            app.prompt = Some(Prompt {
                kind: PromptKind::ShelfFilter,
                input: LineInput::new(&app.shelf.picker.filter),
                before: app.shelf.picker.filter.clone(),
            })
        }
        Action::ShelfClose => marks::toggle_shelf(app),
        Action::Quotes | Action::QuotesClose => quotes::toggle(app),
        Action::Related | Action::RelatedClose => related::toggle(app),
        Action::CorpusSearch => search::ask(app),
        Action::ResultsDown => search::move_by(app, 1),
        Action::ResultsUp => search::move_by(app, -1),
        Action::ResultsOpen => search::open_selected(app),
        Action::ResultsClose => {
            app.search.picker.open = false;
            app.follow_selection();
        }
        Action::RelatedDown => related::move_by(app, 1),
        Action::RelatedUp => related::move_by(app, -1),
        Action::RelatedOpen => related::open_selected(app),
        Action::QuotesDown => quotes::move_by(app, 1),
        Action::QuotesUp => quotes::move_by(app, -1),
        Action::QuotesOpen => quotes::open_selected(app),
        Action::QuotesFilter => {
            app.prompt = Some(Prompt {
                kind: PromptKind::QuotesFilter,
                input: LineInput::new(&app.quotes.picker.filter),
                before: app.quotes.picker.filter.clone(),
            })
        }
    }
}

/// Moves the list selection by `delta` rows (clamped) and shows that release.
fn move_selection(app: &mut App, delta: isize) {
    let len = app.list.items.len();
    if len == 0 {
        return;
    }
    let target = (app.list.selected as isize).saturating_add(delta);
    app.list.selected = target.clamp(0, len as isize - 1) as usize;
    app.clamp_list();
    app.follow_selection();
}

/// Scrolls the reading pane by `delta` lines, keeping the cursor on screen.
fn scroll(app: &mut App, delta: isize) {
    let target = (app.reader.scroll as isize).saturating_add(delta);
    app.reader.scroll = target.clamp(0, app.max_scroll() as isize) as usize;
    keep_cursor_visible(app, delta >= 0);
}

/// Moves the paragraph cursor onto the screen after a scroll.
fn keep_cursor_visible(app: &mut App, down: bool) {
    let top = app.reader.scroll;
    let bottom = top + app.reader_height();
    let lines = &app.reader.doc.lines;
    let visible = |p: usize| {
        lines[top.min(lines.len())..bottom.min(lines.len())]
            .iter()
            .any(|l| l.paragraph == Some(p))
    };
    if visible(app.reader.cursor) {
        return;
    }
    let shown: Vec<usize> = lines[top.min(lines.len())..bottom.min(lines.len())]
        .iter()
        .filter_map(|l| l.paragraph)
        .collect();
    let pick = if down { shown.first() } else { shown.last() };
    if let Some(&p) = pick {
        app.reader.cursor = p;
    }
}

/// Moves the paragraph cursor and scrolls it into view.
fn move_cursor(app: &mut App, delta: isize) {
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
    app.clamp_scroll();
}

/// Moves to the next (or previous) search hit, wrapping around.
fn jump_to_hit(app: &mut App, forward: bool) {
    let count = app.reader.search.hits.len();
    if count == 0 {
        if !app.reader.search.text.is_empty() {
            app.message = Some(format!("no match for {:?}", app.reader.search.text));
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
    app.ensure_doc();
    let hit = app.reader.search.hits[index];
    app.reader.cursor = hit.paragraph;
    if let Some(line) = app.reader.doc.line_of(hit.paragraph, hit.start) {
        scroll_into_view(app, line);
    }
}

fn on_prompt_key(app: &mut App, key: &KeyEvent) {
    let Some(prompt) = app.prompt.as_mut() else {
        return;
    };
    let kind = prompt.kind.clone();
    match key.code {
        KeyCode::Enter => {
            let text = prompt.input.text().to_string();
            app.prompt = None;
            match kind {
                PromptKind::Search => {
                    set_search(app, &text);
                    if !app.reader.search.hits.is_empty() {
                        jump_to_hit(app, true);
                    } else if !text.is_empty() {
                        app.message = Some(format!("no match for {text:?}"));
                    }
                }
                PromptKind::NewNote { start, end } => marks::save_new(app, start, end, text),
                PromptKind::CorpusSearch => search::run(app, &text),
                PromptKind::EditNote { id } => marks::save_note(app, &id, text),
                PromptKind::Filter | PromptKind::ShelfFilter | PromptKind::QuotesFilter => {}
            }
        }
        KeyCode::Esc => {
            let before = prompt.before.clone();
            app.prompt = None;
            match kind {
                PromptKind::Filter => set_filter(app, ""),
                PromptKind::Search => set_search(app, &before),
                PromptKind::ShelfFilter => {
                    app.shelf.picker.filter.clear();
                    marks::refresh_shelf(app);
                }
                PromptKind::QuotesFilter => {
                    app.quotes.picker.filter.clear();
                    quotes::refresh(app);
                }
                PromptKind::NewNote { .. } => app.message = Some("not bookmarked".into()),
                PromptKind::CorpusSearch => {}
                PromptKind::EditNote { .. } => app.message = Some("note unchanged".into()),
            }
        }
        _ => {
            if prompt.input.handle(key) == Edit::Changed {
                let text = prompt.input.text().to_string();
                match kind {
                    PromptKind::Filter => set_filter(app, &text),
                    PromptKind::Search => {
                        set_search(app, &text);
                        if !app.reader.search.hits.is_empty() {
                            app.reader.search.current = None;
                            jump_to_hit(app, true);
                        }
                    }
                    PromptKind::ShelfFilter => {
                        app.shelf.picker.filter = text;
                        app.shelf.picker.selected = 0;
                        marks::refresh_shelf(app);
                    }
                    PromptKind::QuotesFilter => {
                        app.quotes.picker.filter = text;
                        app.quotes.picker.selected = 0;
                        quotes::refresh(app);
                    }
                    PromptKind::NewNote { .. }
                    | PromptKind::EditNote { .. }
                    | PromptKind::CorpusSearch => {}
                }
            }
        }
    }
}

/// Sets the search text and finds its hits in the open release.
fn set_search(app: &mut App, text: &str) {
    app.reader.search.text = text.to_string();
    app.refresh_search();
    app.ensure_doc();
}

/// Sets the filter text; runs the filter now for small candidate sets or
/// queues it for the worker.
pub fn set_filter(app: &mut App, text: &str) {
    app.filter.text = text.to_string();
    let query = Query::parse(text);
    if query == app.filter.query && app.filter.pending.is_none() {
        return;
    }
    app.filter.generation += 1;
    app.filter.query = query.clone();
    if query.is_empty() {
        app.filter.pending = None;
        app.filter.running = false;
        app.filter.settled = None;
        let order = Arc::clone(&app.order);
        set_items(app, order);
        return;
    }
    let candidates = match &app.filter.settled {
        Some((older, hits)) if query.narrows(older) => Arc::clone(hits),
        _ => Arc::clone(&app.order),
    };
    let request = FilterRequest {
        generation: app.filter.generation,
        corpus: Arc::clone(&app.corpus),
        index: Arc::clone(&app.filter_index),
        query,
        candidates,
        rank: Arc::clone(&app.rank),
    };
    if request.candidates.len() <= app.options.sync_filter_limit {
        let hits = run_request(&request, &|| false);
        app.filter.pending = None;
        if let Some(hits) = hits {
            apply_hits(app, hits);
        }
    } else {
        app.filter.pending = Some(request);
        app.filter.running = true;
    }
}

/// Runs a filter request against the corpus it was made for.
pub fn run_request(
    request: &FilterRequest,
    cancelled: &(dyn Fn() -> bool + Sync),
) -> Option<Vec<Hit>> {
    filter::run(
        &request.corpus.releases,
        &request.index,
        &request.candidates,
        &request.rank,
        &request.query,
        cancelled,
    )
}

/// Shows a filter's hits in the list.
fn apply_hits(app: &mut App, hits: Vec<Hit>) {
    let items: Arc<Vec<u32>> = Arc::new(hits.iter().map(|h| h.index).collect());
    app.filter.settled = Some((app.filter.query.clone(), Arc::clone(&items)));
    set_items(app, items);
}

/// Replaces the list's rows, keeping the selected release when it is still there.
fn set_items(app: &mut App, items: Arc<Vec<u32>>) {
    let previous = app.selected();
    app.list.items = items;
    app.list.selected = previous
        .and_then(|p| app.list.items.iter().position(|&i| i == p))
        .unwrap_or(0);
    if app.prompt.is_some() {
        // While typing, the best match is what the user wants to see.
        app.list.selected = 0;
        app.list.offset = 0;
    }
    app.clamp_list();
    app.follow_selection();
}

fn contains(area: Option<Rect>, column: u16, row: u16) -> bool {
    area.is_some_and(|r| {
        column >= r.x && column < r.x + r.width && row >= r.y && row < r.y + r.height
    })
}

/// The list row under screen row `row` of a bordered pane scrolled to `offset`.
fn clicked_row(pane: Option<Rect>, offset: usize, row: u16) -> Option<usize> {
    let top = pane?.y + 1;
    (row >= top).then(|| offset + (row - top) as usize)
}

fn on_mouse(app: &mut App, mouse: &MouseEvent) {
    let areas = app.areas();
    let (column, row) = (mouse.column, mouse.row);
    let in_list = contains(areas.list, column, row);
    let in_reader = contains(areas.reader, column, row);
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) if in_list && app.shelf.picker.open => {
            app.focus = Focus::List;
            if let Some(index) = clicked_row(areas.list, app.shelf.picker.offset, row)
                && index < app.shelf.picker.items.len()
            {
                app.shelf.picker.selected = index;
            }
        }
        MouseEventKind::ScrollDown if in_list && app.shelf.picker.open => {
            marks::move_shelf(app, WHEEL_LINES as isize)
        }
        MouseEventKind::ScrollUp if in_list && app.shelf.picker.open => {
            marks::move_shelf(app, -(WHEEL_LINES as isize))
        }
        MouseEventKind::Down(MouseButton::Left) if in_list => {
            app.focus = Focus::List;
            if let Some(index) = clicked_row(areas.list, app.list.offset, row)
                && index < app.list.items.len()
            {
                app.list.selected = index;
                app.clamp_list();
                app.follow_selection();
            }
        }
        MouseEventKind::Down(MouseButton::Left) if in_reader => app.focus = Focus::Reader,
        MouseEventKind::ScrollDown if in_list => move_selection(app, WHEEL_LINES as isize),
        MouseEventKind::ScrollUp if in_list => move_selection(app, -(WHEEL_LINES as isize)),
        MouseEventKind::ScrollDown if in_reader => scroll(app, WHEEL_LINES as isize),
        MouseEventKind::ScrollUp if in_reader => scroll(app, -(WHEEL_LINES as isize)),
        _ => {}
    }
}
