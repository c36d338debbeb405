//! The reader's state: plain data, changed only by [`mod@super::update`] and
//! drawn by [`super::view`].

use std::cell::OnceCell;
use std::path::PathBuf;
use std::sync::Arc;

use super::doc::{self, Doc, DocKey, Marks};
use super::input::LineInput;
use super::keymap::KeyMap;
use super::layout::{self, Areas};
use super::marks::{Selection, ShelfState};
use super::quotes::QuotesState;
use super::related::RelatedState;
use super::theme::Theme;
use crate::bookmarks::{Finder, Store, passages_in};
use crate::config::{Column, Config, DateFormat};
use crate::corpus::order::{SortMode, rank_of};
use crate::corpus::{Body, Corpus, Release, TextPos};
use crate::reading::ReadingStore;
use crate::search::analysis::{Analysis, AnalysisProgress};
use crate::search::filter::{FilterIndex, Query};
use crate::search::find::{self, Found};

/// Below this many candidates the filter runs at once on the input thread;
/// above, on a worker, so typing never waits.
pub const SYNC_FILTER_LIMIT: usize = 20_000;

/// Options for the interactive reader, from the configuration file.
#[derive(Debug, Clone)]
pub struct TuiOptions {
    /// Styles.
    pub theme: Theme,
    /// Key bindings.
    pub keymap: KeyMap,
    /// List columns.
    pub columns: Vec<Column>,
    /// How list dates are written.
    pub date_format: DateFormat,
    /// Problems with the configuration, shown at start.
    pub warnings: Vec<String>,
    /// Candidates above which filtering moves off the input thread.
    pub sync_filter_limit: usize,
    /// Where bookmarks are kept; `None` turns bookmarks off.
    pub data_dir: Option<PathBuf>,
    /// What to watch for live reload; `None` (the demo corpus) watches nothing.
    pub watch: Option<super::watch::WatchOptions>,
}

impl Default for TuiOptions {
    fn default() -> Self {
        TuiOptions::from_config(&Config::default())
    }
}

impl TuiOptions {
    /// Options from a loaded configuration.
    pub fn from_config(config: &Config) -> TuiOptions {
        let (keymap, warnings) = KeyMap::new(&config.keys);
        TuiOptions {
            theme: Theme::from_config(&config.theme),
            keymap,
            columns: config.columns.clone(),
            date_format: config.date_format,
            warnings,
            sync_filter_limit: SYNC_FILTER_LIMIT,
            data_dir: Store::default_dir(),
            watch: None,
        }
    }
}

/// Which pane has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The article list.
    List,
    /// The reading pane.
    Reader,
}

/// The filter: what was typed, and the work in flight.
#[derive(Debug, Clone, Default)]
pub struct FilterState {
    /// The query text.
    pub text: String,
    /// The parsed query whose results the list shows (or will show).
    pub query: Query,
    /// Bumped with every new query; results of older ones are dropped.
    pub generation: u64,
    /// The last query whose results arrived, and those results, for narrowing.
    pub settled: Option<(Query, Arc<Vec<u32>>)>,
    /// Work to hand to the filter worker.
    pub pending: Option<FilterRequest>,
    /// True while the worker is busy with the current generation.
    pub running: bool,
}

/// A filter job for the worker.
#[derive(Debug, Clone)]
pub struct FilterRequest {
    /// Which query this is.
    pub generation: u64,
    /// The releases (the corpus shown when the query was typed).
    pub corpus: Arc<Corpus>,
    /// Their filter fields.
    pub index: Arc<FilterIndex>,
    /// The query.
    pub query: Query,
    /// Releases to search (all, or the previous results when narrowing).
    pub candidates: Arc<Vec<u32>>,
    /// Each release's position in the sort order.
    pub rank: Arc<Vec<u32>>,
}

/// The visible list: which releases, which one is selected, where it is scrolled.
#[derive(Debug, Clone, Default)]
pub struct ListState {
    /// Release indices shown, in order.
    pub items: Arc<Vec<u32>>,
    /// Index into `items` of the selected row.
    pub selected: usize,
    /// The first row shown.
    pub offset: usize,
}

/// A search inside the open release.
#[derive(Debug, Clone, Default)]
pub struct SearchState {
    /// The text searched for.
    pub text: String,
    /// Every hit in the open release.
    pub hits: Vec<Found>,
    /// The hit `n`/`N` is on.
    pub current: Option<usize>,
}

/// The reading pane.
#[derive(Debug, Clone, Default)]
pub struct ReaderState {
    /// The release shown (index into the corpus).
    pub release: Option<u32>,
    /// Its body, read once when the release is shown (empty when none is).
    pub body: Arc<Body>,
    /// The first line shown.
    pub scroll: usize,
    /// The paragraph the cursor is on.
    pub cursor: usize,
    /// The search, if any.
    pub search: SearchState,
    /// The laid-out release.
    pub doc: Doc,
}

/// What a prompt is typing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptKind {
    /// The list filter.
    Filter,
    /// Search inside the release.
    Search,
    /// The note of a new bookmark of this passage.
    NewNote {
        /// Start of the passage.
        start: TextPos,
        /// End of the passage.
        end: TextPos,
    },
    /// A new note for this bookmark.
    EditNote {
        /// The bookmark's id.
        id: String,
    },
    /// The bookmarks view's filter.
    ShelfFilter,
    /// The quotations view's filter.
    QuotesFilter,
    /// A corpus-wide search.
    CorpusSearch,
}

/// An open prompt in the status line.
#[derive(Debug, Clone)]
pub struct Prompt {
    /// What it is for.
    pub kind: PromptKind,
    /// The text typed.
    pub input: LineInput,
    /// The value before the prompt opened, restored by Esc (search only).
    pub before: String,
}

/// The whole state of the reader.
#[derive(Debug)]
pub struct App {
    /// The releases.
    pub corpus: Arc<Corpus>,
    /// Precomputed filter fields.
    pub filter_index: Arc<FilterIndex>,
    /// Settings.
    pub options: TuiOptions,
    /// Terminal size (columns, rows).
    pub size: (u16, u16),
    /// Which pane has the keyboard.
    pub focus: Focus,
    /// The sort order.
    pub sort: SortMode,
    /// Every release in sort order.
    pub order: Arc<Vec<u32>>,
    /// Each release's position in `order`.
    pub rank: Arc<Vec<u32>>,
    /// The list.
    pub list: ListState,
    /// The filter.
    pub filter: FilterState,
    /// The reading pane.
    pub reader: ReaderState,
    /// The open prompt.
    pub prompt: Option<Prompt>,
    /// The help overlay's scroll, when it is open.
    pub help: Option<usize>,
    /// A message for the status bar.
    pub message: Option<String>,
    /// Set when the user quits.
    pub quit: bool,
    /// Set when the user asks to suspend.
    pub suspend: bool,
    /// The bookmarks, when a data folder is known.
    pub bookmarks: Option<Store>,
    /// Bumped whenever bookmarks, the selection or the flash change.
    pub marks_version: u64,
    /// The passage being selected (after `v`).
    pub selection: Option<Selection>,
    /// A passage highlighted after jumping to it, until the next key.
    pub flash: Option<(TextPos, TextPos)>,
    /// The bookmarks view.
    pub shelf: ShelfState,
    /// The quotations view.
    pub quotes: QuotesState,
    /// The related-releases view.
    pub related: RelatedState,
    /// Corpus-wide search results.
    pub search: super::search::SearchView,
    /// Near-duplicates and related releases, once the background analysis is done.
    pub analysis: Option<Arc<Analysis>>,
    /// Set when the corpus needs analysing (at start and after a reload).
    pub analysis_pending: bool,
    /// How far the analysis running in the background has got.
    pub analysis_progress: Arc<AnalysisProgress>,
    /// Read marks and reading positions, when a data folder is known.
    pub reading: Option<ReadingStore>,
    /// The corpus's releases by file, for finding bookmarks, built on first use.
    finder: OnceCell<Finder>,
}

impl App {
    /// A reader on `corpus`, sized `size`.
    pub fn new(corpus: Arc<Corpus>, options: TuiOptions, size: (u16, u16)) -> App {
        let filter_index = Arc::new(FilterIndex::default());
        let sort = SortMode::DateDesc;
        let order = sort.order(&corpus.releases);
        let rank = rank_of(&order);
        let mut notes = options.warnings.clone();
        let bookmarks = options.data_dir.as_deref().map(|dir| {
            let (store, notices) = Store::open(dir);
            notes.extend(notices.into_iter().map(|n| n.to_string()));
            store
        });
        let reading = options.data_dir.as_deref().map(|dir| {
            let (store, notices) = ReadingStore::open(dir);
            notes.extend(notices.into_iter().map(|n| n.to_string()));
            store
        });
        let message = (!notes.is_empty()).then(|| notes.join("; "));
        let order = Arc::new(order);
        let mut app = App {
            corpus,
            filter_index,
            options,
            size,
            focus: Focus::List,
            sort,
            list: ListState {
                items: Arc::clone(&order),
                ..ListState::default()
            },
            order,
            rank: Arc::new(rank),
            filter: FilterState::default(),
            reader: ReaderState::default(),
            prompt: None,
            help: None,
            message,
            quit: false,
            suspend: false,
            bookmarks,
            marks_version: 0,
            selection: None,
            flash: None,
            shelf: ShelfState::default(),
            quotes: QuotesState::default(),
            related: RelatedState::default(),
            search: super::search::SearchView::default(),
            analysis: None,
            analysis_pending: true,
            analysis_progress: Arc::default(),
            reading,
            finder: OnceCell::new(),
        };
        app.follow_selection();
        app
    }

    /// The screen areas for the current size and focus.
    pub fn areas(&self) -> Areas {
        layout::areas(self.size, self.focus)
    }

    /// Rows of the list shown at once.
    pub fn list_height(&self) -> usize {
        self.areas()
            .list
            .map_or(1, |r| r.height.saturating_sub(2).max(1) as usize)
    }

    /// Lines of the release shown at once.
    pub fn reader_height(&self) -> usize {
        self.areas()
            .reader
            .map_or(1, |r| r.height.saturating_sub(2).max(1) as usize)
    }

    /// Columns of release text in the reading pane (inside border and gutter).
    pub fn reader_width(&self) -> u16 {
        let outer = self.areas().reader.map_or(self.size.0, |r| r.width);
        outer.saturating_sub(2 + layout::GUTTER)
    }

    /// The selected release, if the list is not empty.
    pub fn selected(&self) -> Option<u32> {
        self.list.items.get(self.list.selected).copied()
    }

    /// The release shown in the reading pane.
    pub fn open_release(&self) -> Option<&Release> {
        self.reader
            .release
            .and_then(|i| self.corpus.releases.get(i as usize))
    }

    /// The body of the release shown in the reading pane.
    pub fn open_body(&self) -> &Body {
        &self.reader.body
    }

    /// Puts release `index` (or none) in the reading pane and reads its
    /// body; scroll, search and layout are the caller's to bring up to date.
    pub fn set_open_release(&mut self, index: Option<u32>) {
        self.reader.release = index;
        self.reader.body = match self.open_release() {
            Some(release) => release.body(),
            None => Arc::default(),
        };
    }

    /// Shows the selected release in the reading pane, if it changed, at
    /// the position the user last left it.
    pub fn follow_selection(&mut self) {
        let selected = self.selected();
        if selected != self.reader.release {
            self.remember_position();
            self.set_open_release(selected);
            self.reader.scroll = 0;
            self.reader.cursor = 0;
            self.refresh_search();
            self.ensure_doc();
            self.restore_position();
            if self.focus == Focus::Reader {
                self.mark_read(true);
            }
        }
        self.ensure_doc();
    }

    /// Records where the open release is scrolled to (in memory; saved by
    /// [`App::save_reading`]). A release never scrolled is not recorded.
    pub fn remember_position(&mut self) {
        let (Some(release), Some(store)) = (self.open_release(), self.reading.as_ref()) else {
            return;
        };
        let id = release.id.as_str().to_string();
        let top = self
            .reader
            .doc
            .lines
            .iter()
            .skip(self.reader.scroll)
            .find_map(|l| l.paragraph.map(|p| TextPos::new(p, l.source.unwrap_or(0))));
        let position = if self.reader.scroll == 0 {
            TextPos::new(0, 0)
        } else {
            top.unwrap_or(TextPos::new(0, 0))
        };
        if self.reader.scroll == 0 && store.get(&id).is_none() {
            return;
        }
        if let Some(store) = self.reading.as_mut() {
            store.set_position(&id, position);
        }
    }

    /// Scrolls the open release to where the user last left it.
    fn restore_position(&mut self) {
        let (Some(release), Some(store)) = (self.open_release(), self.reading.as_ref()) else {
            return;
        };
        let Some(entry) = store.get(release.id.as_str()) else {
            return;
        };
        let p = entry.position;
        if p == TextPos::new(0, 0) {
            return;
        }
        if let Some(line) = self
            .reader
            .doc
            .line_of(p.paragraph as usize, p.offset as usize)
        {
            self.reader.scroll = line;
            self.reader.cursor = p.paragraph as usize;
            self.clamp_scroll();
        }
    }

    /// Marks the open release read (or unread).
    pub fn mark_read(&mut self, read: bool) {
        let Some(id) = self.open_release().map(|r| r.id.as_str().to_string()) else {
            return;
        };
        if let Some(store) = self.reading.as_mut() {
            store.set_read(&id, read);
        }
    }

    /// True when the release at `index` has been read (false without a store).
    pub fn is_read(&self, index: u32) -> bool {
        self.reading
            .as_ref()
            .is_some_and(|s| s.is_read(self.corpus.releases[index as usize].id.as_str()))
    }

    /// Saves read marks and positions; a failure is shown in the status line
    /// and the state stays in memory for the next try.
    pub fn save_reading(&mut self) {
        self.remember_position();
        let Some(store) = self.reading.as_mut() else {
            return;
        };
        if !store.has_unsaved() {
            return;
        }
        let result = store.save();
        let mut notes: Vec<String> = store
            .take_notices()
            .into_iter()
            .map(|n| n.to_string())
            .collect();
        if let Err(e) = result {
            notes.push(e.to_string());
        }
        if !notes.is_empty() {
            self.message = Some(notes.join("; "));
        }
    }

    /// Recomputes the hits of the search in the open release.
    pub fn refresh_search(&mut self) {
        let hits = find::find_all(&self.reader.body.paragraphs, &self.reader.search.text);
        self.reader.search.hits = hits;
        self.reader.search.current = None;
    }

    /// Rebuilds the laid-out release when what it depends on changed.
    pub fn ensure_doc(&mut self) {
        let Some(index) = self.reader.release else {
            self.reader.doc = Doc::default();
            return;
        };
        let key = DocKey {
            release: index,
            width: self.reader_width(),
            search: self.reader.search.text.clone(),
            current: self.reader.search.current,
            marks_version: self.marks_version,
        };
        if self.reader.doc.key == key && !self.reader.doc.lines.is_empty() {
            return;
        }
        let release = &self.corpus.releases[index as usize];
        let body = &self.reader.body;
        let bookmarked = match &self.bookmarks {
            Some(store) => passages_in(store.bookmarks(), release, body),
            None => Vec::new(),
        };
        let highlight = self.selection.map(|s| (s.start, s.end)).or(self.flash);
        let duplicates = self
            .analysis
            .as_ref()
            .map_or(0, |a| a.duplicates.others(index as usize).count());
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
            hits: &self.reader.search.hits,
            current: self.reader.search.current,
            bookmarks: &bookmarked,
            selection: highlight,
            notes: &notes,
        };
        let lines = doc::build(
            release,
            body,
            key.width as usize,
            &self.options.theme,
            marks,
        );
        self.reader.doc = Doc { key, lines };
        self.clamp_scroll();
    }

    /// The last line the reader can scroll to.
    pub fn max_scroll(&self) -> usize {
        self.reader
            .doc
            .lines
            .len()
            .saturating_sub(self.reader_height())
    }

    /// Keeps the scroll in range.
    pub fn clamp_scroll(&mut self) {
        self.reader.scroll = self.reader.scroll.min(self.max_scroll());
    }

    /// Keeps the selected row in range and on screen.
    pub fn clamp_list(&mut self) {
        let len = self.list.items.len();
        self.list.selected = self.list.selected.min(len.saturating_sub(1));
        let height = self.list_height();
        if self.list.selected < self.list.offset {
            self.list.offset = self.list.selected;
        } else if self.list.selected >= self.list.offset + height {
            self.list.offset = self.list.selected + 1 - height;
        }
        self.list.offset = self.list.offset.min(len.saturating_sub(height));
    }
}

impl App {
    /// The index of the release with this id.
    pub fn release_by_id(&self, id: &str) -> Option<u32> {
        self.corpus.index_of(id)
    }

    /// Where bookmarks' releases are in the corpus, indexed on first use.
    pub fn finder(&self) -> &Finder {
        self.finder.get_or_init(|| Finder::new(&self.corpus))
    }

    /// Replaces the corpus with a reloaded one, keeping the selected
    /// release, the reading position and the filter. Returns a summary of
    /// what changed for the status line.
    pub fn replace_corpus(&mut self, corpus: Corpus) -> String {
        let old_ids: std::collections::HashSet<&str> =
            self.corpus.releases.iter().map(|r| r.id.as_str()).collect();
        let added = corpus
            .releases
            .iter()
            .filter(|r| !old_ids.contains(r.id.as_str()))
            .count();
        let gone = self.corpus.releases.len() + added - corpus.releases.len();
        let selected_id = self.selected().map(|i| self.corpus.releases[i as usize].id);
        let reading = self
            .reader
            .release
            .map(|i| self.corpus.releases[i as usize].id);
        let (scroll, cursor) = (self.reader.scroll, self.reader.cursor);
        self.corpus = Arc::new(corpus);
        self.filter_index = Arc::new(FilterIndex::default());
        self.finder = OnceCell::new();
        self.quotes.index = None;
        self.close_views();
        self.analysis = None;
        self.analysis_pending = true;
        let order = self.sort.order(&self.corpus.releases);
        self.rank = Arc::new(rank_of(&order));
        self.order = Arc::new(order);
        self.filter.settled = None;
        self.filter.query = Query::default();
        self.list.items = Arc::clone(&self.order);
        let text = std::mem::take(&mut self.filter.text);
        super::update::set_filter(self, &text);
        if let Some(at) = selected_id
            .and_then(|id| self.release_by_id(id.as_str()))
            .and_then(|i| self.list.items.iter().position(|&x| x == i))
        {
            self.list.selected = at;
        }
        self.clamp_list();
        self.set_open_release(None);
        self.reader.doc = Doc::default();
        self.follow_selection();
        if reading.is_some() && reading == self.open_release().map(|r| r.id) {
            self.reader.scroll = scroll;
            self.reader.cursor = cursor;
            self.clamp_scroll();
        }
        format!(
            "reloaded: {added} new, {gone} gone, {} releases",
            self.corpus.releases.len()
        )
    }

    /// Closes the views that take the list's place.
    pub fn close_views(&mut self) {
        self.shelf.picker.open = false;
        self.quotes.picker.open = false;
        self.related.picker.open = false;
        self.search.picker.open = false;
    }

    /// Analyses the corpus on this thread (tests, and tiny corpora).
    pub fn analyse_now(&mut self) {
        self.analysis_pending = false;
        let progress = AnalysisProgress::new(self.corpus.releases.len());
        self.analysis = Some(Arc::new(Analysis::build(&self.corpus, &progress)));
        self.marks_changed();
    }

    /// Notes that bookmarks, the selection or the flash changed, so the
    /// reading pane is laid out again.
    pub fn marks_changed(&mut self) {
        self.marks_version += 1;
        self.ensure_doc();
    }
}
