//! What the reader's loop waits for: the terminal's input, and the results
//! of work the runtime did for an [`Effect`](super::effect::Effect).

use std::collections::HashMap;
use std::sync::Arc;

use crate::bookmarks::Bookmark;
use crate::corpus::Corpus;
use crate::reading::ReadingEntry;
use crate::search::analysis::Analysis;
use crate::search::filter::Hit;
use crate::search::quotes::QuoteIndex;

use super::effect::SearchOutcome;

/// Something that happened.
#[derive(Debug)]
pub enum Event {
    /// The reader starts: the first event, before any key.
    Start,
    /// A terminal event (key, mouse, resize).
    Terminal(crossterm::event::Event),
    /// A filter's first screen of rows, ahead of the rest (on a large
    /// archive, while the rest are put in order).
    FilterFirstScreen {
        /// Which query.
        generation: u64,
        /// The best hits, in order.
        hits: Vec<Hit>,
        /// How many hits there are in all: in titles, and only fuzzily.
        tiers: (usize, usize),
    },
    /// A filter finished (`hits` is `None` when it was cancelled).
    Filtered {
        /// Which query.
        generation: u64,
        /// The ranked hits.
        hits: Option<Vec<Hit>>,
    },
    /// The background analysis of a corpus has more ready: sent when
    /// search is ready, and again once near-duplicates are found.
    Analysed(Arc<Corpus>, Arc<Analysis>),
    /// The quotation index of a corpus is ready.
    QuotesIndexed(Arc<Corpus>, Arc<QuoteIndex>),
    /// A corpus search finished.
    Searched(Arc<Corpus>, Box<SearchOutcome>),
    /// The archive changed on disk and was loaded again.
    Reloaded(Box<Corpus>),
    /// The bookmarks changed (or were read again).
    BookmarksChanged(BookmarksChanged),
    /// Read marks and positions were saved (or failed to be).
    ReadingSaved(ReadingSaved),
    /// Time to record the reading position and save the reading state.
    SaveDue,
    /// Something the runtime did (opened a page, copied text) and what to
    /// say about it.
    Told(String),
}

/// The bookmarks after a change.
#[derive(Debug, Clone, Default)]
pub struct BookmarksChanged {
    /// Every bookmark the store holds, oldest first.
    pub list: Arc<Vec<Bookmark>>,
    /// What to say: the change's outcome, an error, notices.
    pub message: String,
    /// True when the file was read again rather than changed.
    pub reloaded: bool,
}

/// The reading state after a save.
#[derive(Debug, Clone, Default)]
pub struct ReadingSaved {
    /// Every release's read mark and position.
    pub entries: HashMap<String, ReadingEntry>,
    /// What went wrong, if anything (kept in memory, will retry).
    pub notes: Vec<String>,
}
