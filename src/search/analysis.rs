//! What readout computes about a whole corpus after loading it, off the
//! input thread: the full-text index, near-duplicate groups and related
//! releases — read back from the copy saved beside the cache when there is
//! one for exactly this corpus — each delivered as soon as it is ready.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::duplicates::{self, Duplicates};
use super::engine::{Engine, EngineError, Opened};
use super::related::RelatedIndex;
use super::saved;
use crate::corpus::Corpus;

/// What the background analysis of a corpus found. Its parts arrive one
/// after another, each as soon as it is ready: the full-text engine first
/// (search waits for nothing else), then the near-duplicate groups, then
/// related releases read off the engine.
#[derive(Debug)]
pub struct Analysis {
    /// The full-text engine for corpus-wide search.
    pub search: Engine,
    /// Groups of near-duplicate releases, once found (see
    /// [`Analysis::find_duplicates`]).
    duplicates: OnceLock<Duplicates>,
    /// Shared rare words and speakers, once read (see [`Analysis::relate`]).
    related: OnceLock<RelatedIndex>,
}

/// How far a background analysis has got, for the status line: releases
/// indexed plus releases compared, out of twice the corpus.
#[derive(Debug, Default)]
pub struct AnalysisProgress {
    done: AtomicUsize,
    total: usize,
}

impl AnalysisProgress {
    /// Progress of the analysis of `releases` releases, none done yet.
    pub fn new(releases: usize) -> AnalysisProgress {
        AnalysisProgress {
            done: AtomicUsize::new(0),
            total: 2 * releases,
        }
    }

    /// Counts `n` more releases indexed or compared.
    pub fn advance(&self, n: usize) {
        self.done.fetch_add(n, Ordering::Relaxed);
    }

    /// How far it has got, 0–99 (100 only once the analysis is delivered).
    pub fn percent(&self) -> usize {
        (self.done.load(Ordering::Relaxed) * 100 / self.total.max(1)).min(99)
    }
}

impl Analysis {
    /// Analyses a corpus from nothing, every part of it, its full-text
    /// index in memory (slow on large archives: run it off the input
    /// thread), counting its way in `progress`.
    pub fn build(corpus: &Corpus, progress: &AnalysisProgress) -> Result<Analysis, EngineError> {
        let analysis = Analysis::around(Engine::in_memory(corpus, &|n| progress.advance(n))?);
        analysis.find_duplicates(corpus, progress);
        analysis.relate(corpus);
        Ok(analysis)
    }

    /// The first part of the analysis of `corpus`: its full-text index
    /// opened from beside the cache (brought up to date file by file, or
    /// built), else built in memory when that folder cannot be used,
    /// counting its way in `progress`.
    pub fn open(corpus: &Corpus, progress: &AnalysisProgress) -> Result<Analysis, EngineError> {
        let indexed = |n| progress.advance(n);
        let search = match Engine::open(corpus, &indexed) {
            Ok((engine, opened)) => {
                if opened == Opened::Read {
                    progress.advance(corpus.releases.len());
                }
                engine
            }
            // An index folder that cannot be written: in memory.
            Err(_) => Engine::in_memory(corpus, &indexed)?,
        };
        Ok(Analysis::around(search))
    }

    /// The analysis made of a corpus's full-text engine; the rest follows.
    fn around(search: Engine) -> Analysis {
        Analysis {
            search,
            duplicates: OnceLock::new(),
            related: OnceLock::new(),
        }
    }

    /// Finds the near-duplicate groups of `corpus` (the analysed one),
    /// unless found already: read back when they were saved for exactly
    /// this corpus, else compared (counting in `progress`) and saved for
    /// the next open — a failure to save only costs that time.
    pub fn find_duplicates(&self, corpus: &Corpus, progress: &AnalysisProgress) -> &Duplicates {
        self.duplicates.get_or_init(|| {
            let releases = corpus.releases.len();
            if let Some(saved) = saved::load(corpus) {
                progress.advance(releases);
                return saved;
            }
            let found =
                duplicates::find_duplicates_reporting(&corpus.releases, &|n| progress.advance(n));
            let _ = saved::save(corpus, &found);
            found
        })
    }

    /// The near-duplicate groups, once [`Analysis::find_duplicates`] has
    /// found them.
    pub fn duplicates(&self) -> Option<&Duplicates> {
        self.duplicates.get()
    }

    /// Reads related releases off the engine (a few seconds on a large
    /// archive), unless done already; `corpus` is the analysed one.
    pub fn relate(&self, corpus: &Corpus) -> &RelatedIndex {
        self.related
            .get_or_init(|| RelatedIndex::build(&corpus.releases, &self.search))
    }

    /// Related releases, once [`Analysis::relate`] has read them.
    pub fn related(&self) -> Option<&RelatedIndex> {
        self.related.get()
    }

    /// The other releases of `release`'s near-duplicate group (none while
    /// the groups are still being found).
    pub fn duplicates_of(&self, release: usize) -> Vec<usize> {
        self.duplicates()
            .map(|d| d.others(release).collect())
            .unwrap_or_default()
    }

    /// True when `release` has near-duplicates.
    pub fn is_duplicate(&self, release: u32) -> bool {
        self.duplicates().is_some_and(|d| {
            d.group_of
                .get(release as usize)
                .is_some_and(Option::is_some)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::speakers::Directory;

    #[test]
    fn progress_counts_both_halves_and_stops_short_of_done() {
        let progress = AnalysisProgress::new(10);
        assert_eq!(progress.percent(), 0);
        progress.advance(5);
        assert_eq!(progress.percent(), 25);
        progress.advance(15);
        assert_eq!(progress.percent(), 99, "100 is for the delivered analysis");
        let analysis = Analysis::build(&crate::corpus::demo::load(), &progress).unwrap();
        assert!(analysis.search.release_count() > 0);
    }

    #[test]
    fn a_second_open_reads_the_analysis_back() {
        let archive = tempfile::tempdir().unwrap();
        let cache = tempfile::tempdir().unwrap();
        crate::archive::write_demo(archive.path());
        let roots = vec![archive.path().to_path_buf()];
        let load = || crate::archive::load_cached(&roots, Some(cache.path()), &|_| {});
        let corpus = load();
        let progress = AnalysisProgress::new(corpus.releases.len());
        let first = Analysis::open(&corpus, &progress).unwrap();
        assert!(first.duplicates().is_none(), "search comes first");
        assert!(crate::search::saved::load(&corpus).is_none());
        first.find_duplicates(&corpus, &progress);
        let again = load();
        let progress = AnalysisProgress::new(again.releases.len());
        let second = Analysis::open(&again, &progress).unwrap();
        assert_eq!(progress.percent(), 50, "the index opened, not built");
        assert!(crate::search::saved::load(&again).is_some(), "groups saved");
        second.find_duplicates(&again, &progress);
        assert_eq!(progress.percent(), 99);
        assert_eq!(second.duplicates(), first.duplicates());
        let query = crate::search::syntax::Query::parse("harbor").unwrap();
        assert_eq!(
            second
                .search
                .search(
                    &again.releases,
                    &query,
                    &Directory::of(&again.releases),
                    None,
                    10
                )
                .unwrap(),
            first
                .search
                .search(
                    &corpus.releases,
                    &query,
                    &Directory::of(&corpus.releases),
                    None,
                    10
                )
                .unwrap()
        );
        assert_eq!(
            second.relate(&again).related(0, 5, &[]),
            first.relate(&corpus).related(0, 5, &[])
        );
    }
}
