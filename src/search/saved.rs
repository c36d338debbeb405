//! The near-duplicate groups of a corpus, saved beside its cache (the
//! full-text index keeps itself: see [`super::engine`]), so a second open
//! has them at once instead of after comparing every release again.
//!
//! The file names the corpus it was computed from by a fingerprint (every
//! file's name, size and modification time, and the parser; see
//! [`crate::corpus::IndexFile`]) and its releases by id, so one of another
//! corpus or damaged is ignored and in time replaced. Written whole to a
//! temporary file and renamed into place, it only ever costs time.

use std::collections::HashMap;
use std::fs;
use std::io::{self, Write};
use std::path::PathBuf;

use super::duplicates::Duplicates;
use crate::archive::atomic::{remove_abandoned, temporary, track, untrack};
use crate::corpus::Corpus;

/// Identifies the file's format (bumped when it changes).
const MAGIC: &[u8; 8] = b"RDOUTDG1";

/// Where the groups of `corpus` are kept, if it has a place.
fn path(corpus: &Corpus) -> Option<PathBuf> {
    Some(
        corpus
            .index_file
            .as_ref()?
            .path
            .with_extension("duplicates"),
    )
}

/// The saved groups of `corpus`, if they were saved for exactly this
/// corpus and read back whole.
pub fn load(corpus: &Corpus) -> Option<Duplicates> {
    let fingerprint = corpus.index_file.as_ref()?.fingerprint;
    let bytes = fs::read(path(corpus)?).ok()?;
    read(&bytes, fingerprint, corpus)
}

/// Saves the groups computed for `corpus`, if it has a place for them.
/// Failing (full disk, read-only folder) costs only the time to compute
/// them again next time.
pub fn save(corpus: &Corpus, duplicates: &Duplicates) -> io::Result<()> {
    let (Some(place), Some(target)) = (corpus.index_file.as_ref(), path(corpus)) else {
        return Ok(());
    };
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&place.fingerprint.to_le_bytes());
    out.extend_from_slice(&(duplicates.groups.len() as u32).to_le_bytes());
    for group in &duplicates.groups {
        out.extend_from_slice(&(group.len() as u32).to_le_bytes());
        for &member in group {
            let id = corpus
                .releases
                .get(member as usize)
                .map_or("", |r| r.id.as_str());
            out.extend_from_slice(id.as_bytes());
        }
    }
    out.extend_from_slice(MAGIC);
    remove_abandoned(&target);
    let temp = temporary(&target);
    track(&temp);
    let written = (|| {
        let mut file = fs::File::create(&temp)?;
        file.write_all(&out)?;
        file.sync_all()?;
        fs::rename(&temp, &target)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    untrack(&temp);
    written
}

/// Reads groups written by [`save`] for the corpus of `fingerprint`.
fn read(bytes: &[u8], fingerprint: u64, corpus: &Corpus) -> Option<Duplicates> {
    let mut rest = bytes.strip_prefix(MAGIC)?.strip_suffix(MAGIC)?;
    let mut take = |n: usize| -> Option<&[u8]> {
        let (head, tail) = rest.split_at_checked(n)?;
        rest = tail;
        Some(head)
    };
    let saved = u64::from_le_bytes(take(8)?.try_into().ok()?);
    if saved != fingerprint {
        return None;
    }
    let by_id: HashMap<&str, u32> = corpus
        .releases
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.as_str(), i as u32))
        .collect();
    let count = u32::from_le_bytes(take(4)?.try_into().ok()?);
    let mut groups = Vec::new();
    let mut group_of = vec![None; corpus.releases.len()];
    for g in 0..count {
        let len = u32::from_le_bytes(take(4)?.try_into().ok()?);
        let mut group = Vec::new();
        for _ in 0..len {
            let id = std::str::from_utf8(take(12)?).ok()?;
            let member = *by_id.get(id)?;
            group_of[member as usize] = Some(g);
            group.push(member);
        }
        groups.push(group);
    }
    take(1).is_none().then_some(Duplicates { group_of, groups })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::IndexFile;
    use crate::search::duplicates::find_duplicates;

    fn corpus_with_index_file(dir: &std::path::Path) -> Corpus {
        let mut corpus = crate::corpus::demo::load();
        corpus.index_file = Some(IndexFile {
            path: dir.join("corpus.index"),
            fingerprint: 42,
        });
        corpus
    }

    #[test]
    fn saved_groups_read_back_the_same_and_only_for_their_corpus() {
        let dir = tempfile::tempdir().unwrap();
        let mut corpus = corpus_with_index_file(dir.path());
        let mut duplicates = find_duplicates(&corpus.releases);
        if duplicates.groups.is_empty() {
            duplicates.groups = vec![vec![0, 2], vec![1, 3, 4]];
            duplicates.group_of = vec![None; corpus.releases.len()];
            for (g, group) in duplicates.groups.iter().enumerate() {
                for &m in group {
                    duplicates.group_of[m as usize] = Some(g as u32);
                }
            }
        }
        assert!(load(&corpus).is_none(), "nothing saved yet");
        save(&corpus, &duplicates).unwrap();
        assert_eq!(load(&corpus), Some(duplicates));
        if let Some(file) = corpus.index_file.as_mut() {
            file.fingerprint = 43;
        }
        assert!(load(&corpus).is_none(), "another corpus");
    }

    #[test]
    fn damaged_groups_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let corpus = corpus_with_index_file(dir.path());
        let groups = vec![vec![0, 2]];
        let mut group_of = vec![None; corpus.releases.len()];
        group_of[0] = Some(0);
        group_of[2] = Some(0);
        save(&corpus, &Duplicates { group_of, groups }).unwrap();
        let file = dir.path().join("corpus.duplicates");
        let bytes = fs::read(&file).unwrap();
        for cut in [0, 10, bytes.len() / 2, bytes.len() - 1] {
            fs::write(&file, &bytes[..cut]).unwrap();
            assert!(load(&corpus).is_none(), "cut at {cut}");
        }
        let mut flipped = bytes.clone();
        flipped[bytes.len() - 12] ^= 0x40;
        fs::write(&file, &flipped).unwrap();
        assert!(load(&corpus).is_none());
    }

    #[test]
    fn a_corpus_without_a_place_saves_nothing() {
        let corpus = crate::corpus::demo::load();
        save(&corpus, &Duplicates::default()).unwrap();
        assert!(load(&corpus).is_none());
    }
}
