//! Near-duplicates and related releases in the reader: computed in the
//! background after the corpus loads (with the full-text index), marked in
//! the list (`≈`), and listed for the open release by `R`.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::app::{App, Focus};
use super::picker::Picker;
use crate::corpus::{Corpus, TextPos};
use crate::search::duplicates::{self, Duplicates};
use crate::search::index::SearchIndex;
use crate::search::related::{RelatedIndex, RelatedRelease};
use crate::search::saved;

/// Related releases listed for one release.
const LIMIT: usize = 20;

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
    fn advance(&self, n: usize) {
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

/// One row of the related view.
#[derive(Debug, Clone, PartialEq)]
pub enum RelatedRow {
    /// A near-duplicate of the open release.
    Duplicate(u32),
    /// A similar release.
    Similar(RelatedRelease),
}

impl RelatedRow {
    /// The release the row is about.
    pub fn release(&self) -> u32 {
        match self {
            RelatedRow::Duplicate(r) => *r,
            RelatedRow::Similar(s) => s.release,
        }
    }
}

/// The related view: the release it is for, and its rows.
#[derive(Debug, Default)]
pub struct RelatedState {
    /// The release the rows are related to.
    pub of: Option<u32>,
    /// The rows.
    pub picker: Picker<RelatedRow>,
}

/// The near-duplicate groups of a corpus, counting its way in `progress`.
fn compare(corpus: &Corpus, progress: &AnalysisProgress) -> Duplicates {
    duplicates::find_duplicates_reporting(&corpus.releases, &|n| progress.advance(n))
}

/// Applies a finished analysis, if it is for the corpus shown.
pub fn analysed(app: &mut App, corpus: &Arc<Corpus>, analysis: Arc<Analysis>) {
    if Arc::ptr_eq(corpus, &app.corpus) {
        app.analysis = Some(analysis);
        app.marks_changed();
    }
}

/// Opens (or closes) the related view for the release being read.
pub fn toggle(app: &mut App) {
    if app.related.picker.open {
        app.related.picker.open = false;
        app.follow_selection();
        return;
    }
    let Some(release) = app.reader.release else {
        return;
    };
    let Some(analysis) = app.analysis.clone() else {
        app.message = Some("still comparing releases; try again in a moment".into());
        return;
    };
    let duplicates: Vec<usize> = analysis.duplicates.others(release as usize).collect();
    let mut rows: Vec<RelatedRow> = duplicates
        .iter()
        .map(|&d| RelatedRow::Duplicate(d as u32))
        .collect();
    rows.extend(
        analysis
            .related
            .related(release as usize, LIMIT, &duplicates)
            .into_iter()
            .map(RelatedRow::Similar),
    );
    if rows.is_empty() {
        app.message = Some("no related release found".into());
        return;
    }
    app.close_views();
    app.related.of = Some(release);
    app.related.picker.open_at_top();
    let height = app.list_height();
    app.related.picker.set_items(rows, height);
    app.focus = Focus::List;
}

/// Moves the view's selection.
pub fn move_by(app: &mut App, delta: isize) {
    let height = app.list_height();
    app.related.picker.move_by(delta, height);
    if let Some(release) = app.related.picker.current().map(RelatedRow::release) {
        let top = TextPos::new(0, 0);
        super::marks::preview_passage(app, release, top, top);
    }
}

/// Opens the selected related release.
pub fn open_selected(app: &mut App) {
    let Some(release) = app.related.picker.current().map(RelatedRow::release) else {
        return;
    };
    app.related.picker.open = false;
    super::marks::go_to_passage(app, release, TextPos::new(0, 0), TextPos::new(0, 0));
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
