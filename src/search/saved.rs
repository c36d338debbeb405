//! The full-text index and near-duplicate groups of a corpus, saved beside
//! its cache, so a second open has corpus search at once instead of after
//! indexing again (1M releases: a second or two instead of about a minute).
//!
//! The file names the corpus it was computed from by a fingerprint (every
//! file's name, size and modification time, and the parser; see
//! [`crate::corpus::IndexFile`]); one of another corpus, of another format
//! or damaged is ignored and in time replaced. Like the cache, it only ever
//! costs time: written whole to a temporary file and renamed into place.

use std::fs::{self, File};
use std::io::{self, BufReader, BufWriter, Read, Write};

use super::duplicates::Duplicates;
use super::index::SearchIndex;
use crate::archive::atomic::{open_regular, remove_abandoned, temporary, track, untrack};
use crate::corpus::Corpus;

/// Identifies the file's format (bumped when it changes).
const MAGIC: &[u8; 8] = b"RDOUT\x00I\x01";
/// Written in the machine's byte order: the arrays are too.
const BYTE_ORDER: u32 = 0x0102_0304;

/// What is saved: the full-text index and, when they were computed too
/// (by the reader, not by `readout search`), the near-duplicate groups.
#[derive(Debug)]
pub struct Saved {
    /// The full-text index.
    pub search: SearchIndex,
    /// The near-duplicate groups, if saved.
    pub duplicates: Option<Duplicates>,
}

/// The saved index of `corpus`, if one was saved for exactly this corpus
/// and reads back whole. `with_duplicates` false skips the groups.
pub fn load(corpus: &Corpus, with_duplicates: bool) -> Option<Saved> {
    let target = corpus.index_file.as_ref()?;
    let mut input = BufReader::with_capacity(1 << 20, open_regular(&target.path).ok()?);
    read(
        &mut input,
        target.fingerprint,
        corpus.releases.len(),
        with_duplicates,
    )
    .ok()
}

/// Saves `search` (and `duplicates`, if given) as computed for `corpus`,
/// if it has a place for them. Failing (full disk, read-only folder) costs
/// only the time to compute them again next time.
pub fn save(
    corpus: &Corpus,
    search: &SearchIndex,
    duplicates: Option<&Duplicates>,
) -> io::Result<()> {
    let Some(target) = corpus.index_file.as_ref() else {
        return Ok(());
    };
    remove_abandoned(&target.path);
    let temp = temporary(&target.path);
    track(&temp);
    let written = (|| {
        let mut out = BufWriter::with_capacity(1 << 20, File::create(&temp)?);
        write(
            &mut out,
            target.fingerprint,
            corpus.releases.len(),
            search,
            duplicates,
        )?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        fs::rename(&temp, &target.path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    untrack(&temp);
    written
}

fn write(
    out: &mut impl Write,
    fingerprint: u64,
    releases: usize,
    search: &SearchIndex,
    duplicates: Option<&Duplicates>,
) -> io::Result<()> {
    out.write_all(MAGIC)?;
    out.write_all(&BYTE_ORDER.to_ne_bytes())?;
    out.write_all(&fingerprint.to_le_bytes())?;
    out.write_all(&(releases as u64).to_le_bytes())?;
    search.write_to(out)?;
    let Some(duplicates) = duplicates else {
        return out.write_all(&u32::MAX.to_le_bytes());
    };
    out.write_all(&(duplicates.groups.len() as u32).to_le_bytes())?;
    for group in &duplicates.groups {
        out.write_all(&(group.len() as u32).to_le_bytes())?;
        for &member in group {
            out.write_all(&member.to_le_bytes())?;
        }
    }
    out.write_all(MAGIC)
}

fn read(
    input: &mut impl Read,
    fingerprint: u64,
    releases: usize,
    with_duplicates: bool,
) -> io::Result<Saved> {
    let damaged = || io::Error::new(io::ErrorKind::InvalidData, "not this corpus's index");
    let mut head = [0u8; 28];
    input.read_exact(&mut head)?;
    let number = |at: usize| {
        let mut b = [0; 8];
        b.copy_from_slice(&head[at..at + 8]);
        u64::from_le_bytes(b)
    };
    let order = u32::from_ne_bytes([head[8], head[9], head[10], head[11]]);
    if &head[..8] != MAGIC
        || order != BYTE_ORDER
        || number(12) != fingerprint
        || number(20) != releases as u64
    {
        return Err(damaged());
    }
    let search = SearchIndex::read_from(input, releases)?;
    let count = read_u32(input)?;
    if !with_duplicates || count == u32::MAX {
        return Ok(Saved {
            search,
            duplicates: None,
        });
    }
    let mut groups = Vec::new();
    let mut group_of = vec![None; releases];
    for g in 0..count {
        let len = read_u32(input)?;
        let mut group = Vec::with_capacity(len.min(1 << 16) as usize);
        for _ in 0..len {
            let member = read_u32(input)?;
            let slot = group_of.get_mut(member as usize).ok_or_else(damaged)?;
            *slot = Some(g);
            group.push(member);
        }
        groups.push(group);
    }
    let mut end = [0u8; 8];
    input.read_exact(&mut end)?;
    if &end != MAGIC {
        return Err(damaged());
    }
    Ok(Saved {
        search,
        duplicates: Some(Duplicates { group_of, groups }),
    })
}

fn read_u32(input: &mut impl Read) -> io::Result<u32> {
    let mut b = [0; 4];
    input.read_exact(&mut b)?;
    Ok(u32::from_le_bytes(b))
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
    fn a_saved_index_reads_back_the_same_and_only_for_its_corpus() {
        let dir = tempfile::tempdir().unwrap();
        let mut corpus = corpus_with_index_file(dir.path());
        let search = SearchIndex::build(&corpus.releases);
        let duplicates = find_duplicates(&corpus.releases);
        assert!(load(&corpus, true).is_none(), "nothing saved yet");
        save(&corpus, &search, Some(&duplicates)).unwrap();
        let saved = load(&corpus, true).expect("read back");
        assert_eq!(saved.duplicates, Some(duplicates));
        for query in ["harbor", "\"rural broadband\"", "ferry schedule"] {
            assert_eq!(
                saved.search.search(&corpus.releases, query, 10),
                search.search(&corpus.releases, query, 10),
                "{query}"
            );
        }
        assert_eq!(saved.search.term_count(), search.term_count());
        // Another corpus (another fingerprint) does not take it.
        if let Some(file) = corpus.index_file.as_mut() {
            file.fingerprint = 43;
        }
        assert!(load(&corpus, true).is_none());
    }

    #[test]
    fn a_damaged_or_truncated_index_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let corpus = corpus_with_index_file(dir.path());
        let search = SearchIndex::build(&corpus.releases);
        save(&corpus, &search, Some(&Duplicates::default())).unwrap();
        let path = dir.path().join("corpus.index");
        let bytes = fs::read(&path).unwrap();
        for cut in [0, 10, 40, bytes.len() / 2, bytes.len() - 1] {
            fs::write(&path, &bytes[..cut]).unwrap();
            assert!(load(&corpus, true).is_none(), "cut at {cut}");
        }
        for at in [30, bytes.len() / 3, bytes.len() * 2 / 3, bytes.len() - 12] {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x40;
            fs::write(&path, &flipped).unwrap();
            assert!(load(&corpus, true).is_none(), "flipped at {at}");
        }
        fs::write(&path, &bytes).unwrap();
        assert!(load(&corpus, false).is_some_and(|s| s.duplicates.is_none()));
        // Saved by `readout search`: the index without the groups.
        save(&corpus, &search, None).unwrap();
        assert!(load(&corpus, true).is_some_and(|s| s.duplicates.is_none()));
    }

    #[test]
    fn a_corpus_without_a_place_saves_nothing() {
        let corpus = crate::corpus::demo::load();
        assert!(corpus.index_file.is_none());
        let search = SearchIndex::build(&corpus.releases);
        save(&corpus, &search, None).unwrap();
        assert!(load(&corpus, true).is_none());
    }
}
