//! What readout computes about a whole corpus after loading it, off the
//! input thread: the full-text index, near-duplicate groups and related
//! releases — read back from the copy saved beside the cache when there is
//! one for exactly this corpus.

use std::sync::atomic::{AtomicUsize, Ordering};

use super::duplicates::{self, Duplicates};
use super::engine::{Engine, EngineError, Opened};
use super::related::RelatedIndex;
use super::saved;
use crate::corpus::Corpus;

/// What the background analysis of a corpus found.
#[derive(Debug)]
pub struct Analysis {
    /// Groups of near-duplicate releases.
    pub duplicates: Duplicates,
    /// Shared rare words and speakers, read off the engine after the
    /// analysis is delivered (see [`Analysis::relate`]), so search is ready
    /// without waiting for them.
    related: std::sync::OnceLock<RelatedIndex>,
    /// The full-text engine for corpus-wide search.
    pub search: Engine,
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
    /// Analyses a corpus from nothing, its full-text index in memory (slow
    /// on large archives: run it off the input thread), counting its way
    /// in `progress`.
    pub fn build(corpus: &Corpus, progress: &AnalysisProgress) -> Result<Analysis, EngineError> {
        let (search, duplicates) = rayon::join(
            || Engine::in_memory(corpus, &|n| progress.advance(n)),
            || compare(corpus, progress),
        );
        let analysis = Analysis::around(search?, duplicates);
        analysis.relate(corpus);
        Ok(analysis)
    }

    /// The analysis made of a corpus's full-text engine and duplicate
    /// groups; related releases are read off the engine later.
    fn around(search: Engine, duplicates: Duplicates) -> Analysis {
        Analysis {
            duplicates,
            related: std::sync::OnceLock::new(),
            search,
        }
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

    /// The analysis of `corpus`: its full-text index opened from beside
    /// the cache (brought up to date file by file, or built), its
    /// duplicate groups read back when they were saved for exactly this
    /// corpus, else compared, counting its way in `progress`. True with it
    /// when the groups were computed, and so worth saving.
    pub fn load_or_build(
        corpus: &Corpus,
        progress: &AnalysisProgress,
    ) -> Result<(Analysis, bool), EngineError> {
        let releases = corpus.releases.len();
        let (search, duplicates) = rayon::join(
            || {
                let opened = Engine::open(corpus, &|n| progress.advance(n));
                if let Ok((_, Opened::Read)) = &opened {
                    progress.advance(releases);
                }
                opened.map(|(engine, _)| engine)
            },
            || match saved::load(corpus) {
                Some(duplicates) => {
                    progress.advance(releases);
                    (duplicates, false)
                }
                None => (compare(corpus, progress), true),
            },
        );
        let (duplicates, computed) = duplicates;
        Ok((Analysis::around(search?, duplicates), computed))
    }

    /// Saves the duplicate groups for the next open of `corpus` (see
    /// [`crate::search::saved`]; the engine keeps its index itself); a
    /// failure only costs that time.
    pub fn save(&self, corpus: &Corpus) {
        let _ = saved::save(corpus, &self.duplicates);
    }

    /// True when `release` has near-duplicates.
    pub fn is_duplicate(&self, release: u32) -> bool {
        self.duplicates
            .group_of
            .get(release as usize)
            .is_some_and(Option::is_some)
    }
}

/// The near-duplicate groups of a corpus, counting its way in `progress`.
fn compare(corpus: &Corpus, progress: &AnalysisProgress) -> Duplicates {
    duplicates::find_duplicates_reporting(&corpus.releases, &|n| progress.advance(n))
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
        let (first, computed) = Analysis::load_or_build(&corpus, &progress).unwrap();
        assert!(computed);
        first.save(&corpus);
        let again = load();
        let progress = AnalysisProgress::new(again.releases.len());
        let (second, computed) = Analysis::load_or_build(&again, &progress).unwrap();
        assert!(!computed, "read back");
        assert_eq!(progress.percent(), 99);
        assert_eq!(second.duplicates, first.duplicates);
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
