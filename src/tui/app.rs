//! The reader's state: plain data, changed only by the update (`update/`)
//! and drawn by the views (`view/`). Nothing here reads or writes a file: the
//! bookmark and reading stores belong to the runtime, which hands the
//! update their contents.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use super::doc::Doc;
use super::input::LineInput;
use super::keymap::KeyMap;
use super::layout::{self, Areas};
use super::pane::Pane;
use super::theme::Theme;
use crate::bookmarks::{Bookmark, Finder, Store};
use crate::config::{Column, Config, DateFormat, Loaded};
use crate::corpus::order::SortMode;
use crate::corpus::{Body, Corpus, Release, TextPos};
use crate::reading::ReadingEntry;
use crate::search::analysis::{Analysis, AnalysisProgress};
use crate::search::filter::{FilterIndex, Query};
use crate::search::find::Found;
use crate::search::quotes::{QuoteIndex, QuoteRow};

/// Below this many candidates the filter, a corpus search or the
/// quotation index runs at once on the input thread; above, on a worker,
/// so typing never waits.
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
    /// Candidates above which work moves off the input thread.
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
    /// Options from configuration settings (read from no file in particular).
    pub fn from_config(config: &Config) -> TuiOptions {
        TuiOptions::from_loaded(&Loaded {
            config: config.clone(),
            ..Loaded::default()
        })
    }

    /// Options from a loaded configuration file; `warnings` says what was
    /// wrong with it, the key bindings included, each with its line.
    pub fn from_loaded(loaded: &Loaded) -> TuiOptions {
        let config = &loaded.config;
        let (keymap, key_problems) = KeyMap::new(&config.keys, &config.key_lines);
        let warnings = loaded
            .problems
            .iter()
            .chain(&key_problems)
            .map(|p| loaded.describe(p))
            .collect();
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
    /// The left pane: the article list, or the view that replaces it.
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
    /// True while the current query's results are being computed.
    pub running: bool,
    /// Why the text typed is not a query (shown with the prompt; the list
    /// keeps the last query's results meanwhile).
    pub error: Option<String>,
    /// Of the rows shown, how many matched in titles and how many only
    /// fuzzily (see [`crate::search::filter::tier_counts`]).
    pub tiers: (usize, usize),
    /// While the list shows only a running filter's first screen of rows,
    /// how many releases matched in all.
    pub first_screen_of: Option<usize>,
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
    /// True when the hits are a corpus search's in the release opened from
    /// its results: they end when another release is shown.
    pub from_results: bool,
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

/// A passage being selected: from the start of a sentence to the end of a
/// later one (possibly in a later paragraph).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection {
    /// Where the passage starts.
    pub start: TextPos,
    /// Where it ends (exclusive).
    pub end: TextPos,
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
    BookmarksFilter,
    /// The quotations view's filter.
    QuotesFilter,
    /// A corpus-wide search.
    CorpusSearch,
    /// Which link of the paragraph under the cursor to open (its number).
    OpenLink,
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
    /// Why the text typed is not a query, shown after it.
    pub error: Option<String>,
}

/// The bookmarks as the reader knows them: the store's contents when it
/// last changed (the runtime owns the store), and deleted ones for undo.
#[derive(Debug, Clone, Default)]
pub struct BookmarksState {
    /// Every bookmark, oldest first.
    pub list: Arc<Vec<Bookmark>>,
    /// Deleted bookmarks, newest last, for undo.
    pub deleted: Vec<Bookmark>,
}

impl BookmarksState {
    /// The bookmark with this id.
    pub fn get(&self, id: &str) -> Option<&Bookmark> {
        self.list.iter().find(|b| b.id == id)
    }
}

/// The quotation index: built the first time the quotations view opens.
#[derive(Debug, Clone, Default)]
pub enum QuotesIndexState {
    /// Not asked for yet.
    #[default]
    Absent,
    /// Being collected (on a worker for a large archive).
    Collecting,
    /// Ready.
    Ready(Arc<QuoteIndex>),
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
    /// What the left pane shows.
    pub pane: Pane,
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
    /// The bookmarks, when a data folder is known (`None`: bookmarks off).
    pub bookmarks: Option<BookmarksState>,
    /// Bumped whenever bookmarks, the selection or the flash change.
    pub marks_version: u64,
    /// The passage being selected (after `v`).
    pub selection: Option<Selection>,
    /// A passage highlighted after jumping to it, until the next key.
    pub flash: Option<(TextPos, TextPos)>,
    /// Every quotation by speaker, for the quotations view.
    pub quotes: QuotesIndexState,
    /// The last corpus search: its query and generation.
    pub search: CorpusSearch,
    /// Near-duplicates, related releases and the full-text index, once the
    /// background analysis is done.
    pub analysis: Option<Arc<Analysis>>,
    /// How far the analysis running in the background has got.
    pub analysis_progress: Arc<AnalysisProgress>,
    /// Read marks and reading positions by release id, when a data folder
    /// is known.
    pub reading: Option<HashMap<String, ReadingEntry>>,
    /// The corpus's releases by file, for finding bookmarks, built on first use.
    finder: OnceCell<Finder>,
}

/// The corpus-wide search last asked for.
#[derive(Debug, Clone, Default)]
pub struct CorpusSearch {
    /// What was typed.
    pub query: String,
    /// Bumped with every search; a worker's outcome for an older one is dropped.
    pub generation: u64,
    /// True to search every release though the list is filtered (Tab in
    /// the prompt); else a filtered list is searched within.
    pub everywhere: bool,
    /// The results a release was opened from, with their selection, to
    /// come back to (Esc in the reader, or the same query again).
    pub last: Option<crate::tui::pane::ResultsPane>,
}

/// What the runtime read from the data folder before the reader starts.
#[derive(Debug, Clone, Default)]
pub struct Saved {
    /// The bookmarks (`None`: bookmarks off).
    pub bookmarks: Option<Arc<Vec<Bookmark>>>,
    /// Read marks and positions (`None`: not kept).
    pub reading: Option<HashMap<String, ReadingEntry>>,
    /// What opening the stores had to say (a damaged file moved aside).
    pub notices: Vec<String>,
}

impl App {
    /// A reader on `corpus`, sized `size`, with what was saved in the data
    /// folder. The list shows every release, newest first, none open yet:
    /// the first update (of `Event::Start`) opens the selected one
    /// and asks for the background work.
    pub fn new(corpus: Arc<Corpus>, options: TuiOptions, size: (u16, u16), saved: Saved) -> App {
        let sort = SortMode::DateDesc;
        let order = sort.order(&corpus.releases);
        let rank = crate::corpus::order::rank_of(&order);
        let mut notes = match options.warnings.as_slice() {
            [] => Vec::new(),
            [one] => vec![one.clone()],
            [first, rest @ ..] => vec![format!(
                "{} problems in the configuration (`readout config --check` lists them): {first}",
                rest.len() + 1
            )],
        };
        notes.extend(saved.notices);
        let message = (!notes.is_empty()).then(|| notes.join("; "));
        let order = Arc::new(order);
        App {
            corpus,
            filter_index: Arc::new(FilterIndex::default()),
            options,
            size,
            focus: Focus::List,
            pane: Pane::Releases,
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
            bookmarks: saved.bookmarks.map(|list| BookmarksState {
                list,
                deleted: Vec::new(),
            }),
            marks_version: 0,
            selection: None,
            flash: None,
            quotes: QuotesIndexState::Absent,
            search: CorpusSearch::default(),
            analysis: None,
            analysis_progress: Arc::default(),
            reading: saved.reading,
            finder: OnceCell::new(),
        }
    }

    /// The screen areas for the current size and focus.
    pub fn areas(&self) -> Areas {
        layout::areas(self.size, self.focus == Focus::Reader)
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

    /// How many releases the list holds: every release the filter matched,
    /// even while only the first screen of them is shown.
    pub fn list_len(&self) -> usize {
        self.filter.first_screen_of.unwrap_or(self.list.items.len())
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

    /// True when the release at `index` has been read (false without a store).
    pub fn is_read(&self, index: u32) -> bool {
        let id = self.corpus.releases[index as usize].id;
        self.reading
            .as_ref()
            .and_then(|r| r.get(id.as_str()))
            .is_some_and(|e| e.read)
    }

    /// The last line the reader can scroll to.
    pub fn max_scroll(&self) -> usize {
        self.reader.doc.len().saturating_sub(self.reader_height())
    }

    /// True when a corpus search looks only in the filtered list: the list
    /// is filtered and the search was not asked for everywhere (Tab).
    pub fn searches_within_filter(&self) -> bool {
        !self.filter.query.is_empty() && !self.search.everywhere
    }

    /// The index of the release with this id.
    pub fn release_by_id(&self, id: &str) -> Option<u32> {
        self.corpus.index_of(id)
    }

    /// Where bookmarks' releases are in the corpus, indexed on first use
    /// (and again for a reloaded corpus).
    pub fn finder(&self) -> &Finder {
        self.finder.get_or_init(|| Finder::new(&self.corpus))
    }

    /// Forgets the file index of a corpus that was replaced.
    pub(super) fn forget_finder(&mut self) {
        self.finder = OnceCell::new();
    }

    /// The selected row of the quotations view, when it is open.
    pub fn selected_quote(&self) -> Option<QuoteRow> {
        let Pane::Quotes(pane) = &self.pane else {
            return None;
        };
        let row = *pane.picker.current()?;
        self.quote_index()?.rows.get(row as usize).copied()
    }

    /// True when the quotations view lists only the quotations of the
    /// releases the list shows: it follows the list (`f`), and the list is
    /// filtered.
    pub fn quotes_follow_list(&self) -> bool {
        matches!(&self.pane, Pane::Quotes(pane) if pane.follow) && !self.filter.text.is_empty()
    }

    /// The selected bookmark of the bookmarks view, when it is open.
    pub fn selected_bookmark(&self) -> Option<&Bookmark> {
        let Pane::Bookmarks(pane) = &self.pane else {
            return None;
        };
        self.bookmarks.as_ref()?.get(pane.picker.current()?)
    }

    /// The quotation index, when it is ready.
    pub fn quote_index(&self) -> Option<&Arc<QuoteIndex>> {
        match &self.quotes {
            QuotesIndexState::Ready(index) => Some(index),
            QuotesIndexState::Absent | QuotesIndexState::Collecting => None,
        }
    }
}
