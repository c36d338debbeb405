//! Which release of the open archive each bookmark belongs to, and where its
//! passages are in a release: by id through the corpus's id map, else by
//! file (and line) and title through an index of the archive's files, so
//! bookmarks made in another archive or before a release changed are found
//! without scanning every release.

use std::collections::HashMap;

use super::anchor::{Anchor, locate};
use super::model::Bookmark;
use crate::corpus::{Body, Corpus, Release, TextPos};

/// The releases of a corpus by the file they were read from, built once per
/// corpus.
#[derive(Debug, Default)]
pub struct Finder {
    /// Release indices by their file's path as a bookmark records it.
    by_path: HashMap<String, Vec<u32>>,
}

impl Finder {
    /// The index of `corpus`'s files.
    pub fn new(corpus: &Corpus) -> Finder {
        let mut by_path: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, release) in corpus.releases.iter().enumerate() {
            by_path
                .entry(release.origin.path.display().to_string())
                .or_default()
                .push(i as u32);
        }
        Finder { by_path }
    }

    /// The release a bookmark belongs to: by id; else by path, line and
    /// title; else by path and title (the nearest line, for JSON Lines
    /// files whose records moved).
    pub fn release_of(&self, corpus: &Corpus, b: &Bookmark) -> Option<u32> {
        if let Some(i) = corpus.index_of(&b.release) {
            return Some(i);
        }
        let same_title = |&&i: &&u32| corpus.releases[i as usize].title == b.title;
        let in_file = self.by_path.get(&b.path)?;
        let line = |i: u32| corpus.releases[i as usize].origin.line;
        if let Some(&i) = in_file
            .iter()
            .filter(same_title)
            .find(|&&i| line(i) == b.line)
        {
            return Some(i);
        }
        in_file
            .iter()
            .filter(same_title)
            .min_by_key(|&&i| line(i).unwrap_or(0).abs_diff(b.line.unwrap_or(0)))
            .copied()
    }
}

/// The passages of `bookmarks` in `release`, found again in its current
/// text `body` (orphaned ones are left out).
pub fn passages_in(
    bookmarks: &[Bookmark],
    release: &Release,
    body: &Body,
) -> Vec<(TextPos, TextPos)> {
    let path = release.origin.path.display().to_string();
    bookmarks
        .iter()
        .filter(|b| {
            b.release == release.id.as_str()
                || (b.path == path && b.line == release.origin.line && b.title == release.title)
        })
        .filter_map(|b| match locate(body, b) {
            Anchor::Exact { start, end }
            | Anchor::Moved { start, end }
            | Anchor::Fuzzy { start, end } => Some((start, end)),
            Anchor::Orphaned => None,
        })
        .collect()
}

/// The release a bookmark belongs to (see [`Finder::release_of`]), for a
/// single lookup.
pub fn find_release<'c>(corpus: &'c Corpus, b: &Bookmark) -> Option<&'c Release> {
    let i = Finder::new(corpus).release_of(corpus, b)?;
    corpus.releases.get(i as usize)
}
