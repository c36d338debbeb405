//! What readout computes about a whole corpus after loading it, off the
//! input thread: the full-text index, near-duplicate groups and related
//! releases — read back from the copy saved beside the cache when there is
//! one for exactly this corpus.

use std::sync::atomic::{AtomicUsize, Ordering};

use super::duplicates::{self, Duplicates};
use super::index::SearchIndex;
use super::related::RelatedIndex;
use super::saved;
use crate::corpus::Corpus;

/// What the background analysis of a corpus found.
#[derive(Debug, Default)]
pub struct Analysis {
    /// Groups of near-duplicate releases.
    pub duplicates: Duplicates,
    /// Shared rare words and speakers.
    pub related: RelatedIndex,
    /// The full-text index for corpus-wide search.
    pub search: SearchIndex,
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
    /// Analyses a corpus (slow on large archives: run it off the input
    /// thread), counting its way in `progress`.
    pub fn build(corpus: &Corpus, progress: &AnalysisProgress) -> Analysis {
        let (search, duplicates) = rayon::join(
            || SearchIndex::build_reporting(&corpus.releases, &|n| progress.advance(n)),
            || compare(corpus, progress),
        );
        Analysis::around(corpus, search, duplicates)
    }

    /// The analysis made of a corpus's full-text index and duplicate
    /// groups: related releases are read off the index.
    fn around(corpus: &Corpus, search: SearchIndex, duplicates: Duplicates) -> Analysis {
        let related = RelatedIndex::build(&corpus.releases, &search);
        Analysis {
            duplicates,
            related,
            search,
        }
    }

    /// The analysis of `corpus`, read back from its saved index when one
    /// was saved for exactly this corpus (related releases are read off the
    /// index again, which is quick), else computed, counting its way in
    /// `progress`. True with it when it was computed, and so worth saving.
    pub fn load_or_build(corpus: &Corpus, progress: &AnalysisProgress) -> (Analysis, bool) {
        let Some(saved) = saved::load(corpus, true) else {
            return (Analysis::build(corpus, progress), true);
        };
        let releases = corpus.releases.len();
        progress.advance(releases);
        let (duplicates, computed) = match saved.duplicates {
            Some(duplicates) => {
                progress.advance(releases);
                (duplicates, false)
            }
            // Saved by `readout search`, which does not look for them.
            None => (compare(corpus, progress), true),
        };
        (Analysis::around(corpus, saved.search, duplicates), computed)
    }

    /// Saves the index and duplicate groups for the next open of `corpus`
    /// (see [`crate::search::saved`]); a failure only costs that time.
    pub fn save(&self, corpus: &Corpus) {
        let _ = saved::save(corpus, &self.search, Some(&self.duplicates));
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

    #[test]
    fn progress_counts_both_halves_and_stops_short_of_done() {
        let progress = AnalysisProgress::new(10);
        assert_eq!(progress.percent(), 0);
        progress.advance(5);
        assert_eq!(progress.percent(), 25);
        progress.advance(15);
        assert_eq!(progress.percent(), 99, "100 is for the delivered analysis");
        let analysis = Analysis::build(&crate::corpus::demo::load(), &progress);
        assert!(analysis.search.release_count() > 0);
    }

    #[test]
    fn a_second_open_reads_the_analysis_back() {
        let archive = tempfile::tempdir().unwrap();
        let cache = tempfile::tempdir().unwrap();
        for (name, bytes) in crate::corpus::demo::FILES {
            let path = archive.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
        let roots = vec![archive.path().to_path_buf()];
        let load = || crate::archive::load_cached(&roots, Some(cache.path()), &|_| {});
        let corpus = load();
        let progress = AnalysisProgress::new(corpus.releases.len());
        let (first, computed) = Analysis::load_or_build(&corpus, &progress);
        assert!(computed);
        first.save(&corpus);
        let again = load();
        let progress = AnalysisProgress::new(again.releases.len());
        let (second, computed) = Analysis::load_or_build(&again, &progress);
        assert!(!computed, "read back");
        assert_eq!(progress.percent(), 99);
        assert_eq!(second.duplicates, first.duplicates);
        assert_eq!(
            second.search.search(&again.releases, "harbor", 10),
            first.search.search(&corpus.releases, "harbor", 10)
        );
        assert_eq!(
            second.related.related(0, 5, &[]),
            first.related.related(0, 5, &[])
        );
    }
}
