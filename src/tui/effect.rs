//! What the update asks the runtime to do — work that takes time, touches
//! a file, a thread or the terminal — and the jobs themselves, which run
//! on whatever thread the runtime chooses.

use std::sync::Arc;

use crate::bookmarks::Bookmark;
use crate::corpus::{Corpus, TextPos};
use crate::search::analysis::{Analysis, AnalysisProgress};
use crate::search::filter::{FilterIndex, Hit, Matches, Query};
use crate::search::hits::SearchHit;
use crate::search::kwic::{Snippet, snippet};
use crate::search::speakers::Directory;

/// Results kept per corpus search.
const SEARCH_LIMIT: usize = 500;
/// Characters of context kept around each search result's first hit; the
/// view cuts them to the width it has.
const SEARCH_CONTEXT: usize = 400;

/// Something for the runtime to do.
#[derive(Debug)]
pub enum Effect {
    /// Filter the list (its result comes back as `Event::Filtered`).
    Filter(FilterRequest),
    /// Analyse the corpus in the background (`Event::Analysed`).
    Analyse(AnalysisJob),
    /// Search every release (`Event::Searched`).
    Search(SearchJob),
    /// Collect every quotation of the corpus (`Event::QuotesIndexed`).
    IndexQuotes(Arc<Corpus>),
    /// Change the bookmarks and save them (`Event::BookmarksChanged`).
    Bookmarks {
        /// The change.
        change: BookmarkChange,
        /// What to say once it is saved.
        done: String,
    },
    /// Record a read mark or a reading position (in memory until saved).
    Reading(ReadingChange),
    /// Save read marks and positions (`Event::ReadingSaved`).
    SaveReading,
    /// Open a URL with the system's opener (`Event::Told` says how it went).
    Open(String),
    /// Put text on the clipboard (`Event::Told` says how it went).
    Copy {
        /// The text.
        text: String,
        /// What it is, for the status line ("the quotation with its citation").
        what: String,
    },
    /// Hand the terminal back to the shell until the user resumes.
    Suspend,
    /// Leave the reader.
    Quit,
}

/// A change to the bookmarks.
#[derive(Debug, Clone)]
pub enum BookmarkChange {
    /// Add a new bookmark.
    Add(Box<Bookmark>),
    /// Replace a bookmark's note.
    SetNote {
        /// The bookmark's id.
        id: String,
        /// The new note.
        note: String,
    },
    /// Delete a bookmark.
    Remove(String),
    /// Put a deleted bookmark back.
    Restore(Box<Bookmark>),
    /// Read the file again (another readout may have changed it).
    Reload,
}

/// A change to the reading state of one release.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadingChange {
    /// Marked read or unread.
    Read {
        /// The release's id.
        id: String,
        /// Read or not.
        read: bool,
    },
    /// Left at a position.
    Position {
        /// The release's id.
        id: String,
        /// Where the reader was.
        position: TextPos,
    },
}

/// A filter job: the query, and the releases it runs over.
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

impl FilterRequest {
    /// Runs the filter (on any thread); `None` when `cancelled` said to stop.
    pub fn run(&self, cancelled: &(dyn Fn() -> bool + Sync)) -> Option<Vec<Hit>> {
        self.run_in_stages(usize::MAX, cancelled, |_, _| {})
    }

    /// Runs the filter as [`FilterRequest::run`] does, but first hands
    /// `first_screen` the best `rows` hits and the counts of all hits (in
    /// titles, fuzzy) when there are more hits than that: on a large archive
    /// the first screen is ready well before every hit is in order.
    pub fn run_in_stages(
        &self,
        rows: usize,
        cancelled: &(dyn Fn() -> bool + Sync),
        first_screen: impl FnOnce(Vec<Hit>, (usize, usize)),
    ) -> Option<Vec<Hit>> {
        let mut matches = Matches::find(
            &self.corpus.releases,
            &self.index,
            &self.candidates,
            &self.rank,
            &self.query,
            cancelled,
        )?;
        if matches.len() > rows {
            first_screen(matches.first(rows), matches.counts());
        }
        if cancelled() {
            return None;
        }
        Some(matches.ranked())
    }
}

/// The background analysis of a corpus.
#[derive(Debug, Clone)]
pub struct AnalysisJob {
    /// The releases.
    pub corpus: Arc<Corpus>,
    /// Their filter fields, prepared first.
    pub filter_index: Arc<FilterIndex>,
    /// Where the analysis counts how far it has got.
    pub progress: Arc<AnalysisProgress>,
}

impl AnalysisJob {
    /// Prepares the filter fields beside opening (or building) the
    /// full-text index, then finds the near-duplicate groups and reads
    /// related releases; `deliver` receives the analysis as soon as search
    /// is ready, and again once the groups are found (to mark duplicates).
    pub fn perform(&self, mut deliver: impl FnMut(Arc<Analysis>)) {
        let releases = &self.corpus.releases;
        rayon::in_place_scope(|scope| {
            // The list filter's fields are quick, and a `source:` typed now
            // waits for them; corpus search waits for the index alone.
            scope.spawn(|_| {
                self.filter_index.prepare(releases);
            });
            let Ok(analysis) = Analysis::open(&self.corpus, &self.progress) else {
                return;
            };
            let analysis = Arc::new(analysis);
            deliver(Arc::clone(&analysis));
            // What the first search would do otherwise (every id sorted).
            analysis.search.know_releases(releases);
            analysis.find_duplicates(&self.corpus, &self.progress);
            deliver(Arc::clone(&analysis));
            // Related releases follow (`R` says to wait meanwhile).
            analysis.relate(&self.corpus);
        });
    }
}

/// A corpus search: the query, and the corpus and index it runs on.
#[derive(Debug, Clone)]
pub struct SearchJob {
    /// Which search this is.
    pub generation: u64,
    /// What the user typed, parsed.
    pub query: Query,
    /// Only these releases (the list's filter), when given.
    pub within: Option<Arc<Vec<u32>>>,
    /// The releases searched.
    pub corpus: Arc<Corpus>,
    /// Their full-text index.
    pub analysis: Arc<Analysis>,
    /// Their filter fields, with who is who among their speakers (for `said:`).
    pub filter_index: Arc<FilterIndex>,
}

/// What a corpus search found, ready for the view.
#[derive(Debug, Default)]
pub struct SearchOutcome {
    /// Which search this is.
    pub generation: u64,
    /// Ranked results.
    pub results: Vec<SearchHit>,
    /// Each result's first hit in context.
    pub contexts: Vec<Snippet>,
    /// How many releases matched in all (more than are listed when the
    /// results were cut).
    pub total: usize,
}

impl SearchJob {
    /// Runs the search (on any thread): the ranked results and their contexts.
    pub fn perform(&self) -> SearchOutcome {
        let releases = &self.corpus.releases;
        let within = self.within.as_ref().map(|items| {
            let mut allowed = vec![false; releases.len()];
            for &i in items.iter() {
                if let Some(slot) = allowed.get_mut(i as usize) {
                    *slot = true;
                }
            }
            let allowed: Arc<dyn Fn(u32) -> bool + Send + Sync> =
                Arc::new(move |r: u32| allowed.get(r as usize).copied().unwrap_or(false));
            allowed
        });
        // Only `said:` waits for the filter's fields (and who is who).
        let nobody = Directory::default();
        let speakers = if self.query.names_speakers() {
            self.filter_index.prepare(releases).directory()
        } else {
            &nobody
        };
        let found = self
            .analysis
            .search
            .search(releases, &self.query, speakers, within, SEARCH_LIMIT)
            .unwrap_or_default();
        let total = found.total;
        let results = found.hits;
        let contexts = results
            .iter()
            .map(|result| match result.hits.first() {
                Some(&hit) => snippet(
                    &releases[result.release as usize].read_body(),
                    hit,
                    SEARCH_CONTEXT,
                ),
                None => Snippet::default(),
            })
            .collect();
        SearchOutcome {
            generation: self.generation,
            results,
            contexts,
            total,
        }
    }
}
