//! The index folder: built, opened, and brought up to date file by file,
//! each commit stamped with what it holds.

use std::collections::BTreeMap;
use std::path::Path;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use tantivy::{Index, IndexWriter, Term};

use super::schema::{Fields, file_key, register};
use super::{EngineError, Opened};
use crate::corpus::{Corpus, Release};

/// A hash of the code that shapes the index (the parser and `src/search`,
/// made by `build.rs`): an index made by other code is built again.
pub(super) const VERSION: &str = env!("READOUT_INDEX_HASH");
/// Indexing threads.
pub(super) const WRITER_THREADS: usize = 2;
/// Memory the indexing threads share before writing a segment.
pub(super) const WRITER_MEMORY: usize = 256 << 20;
/// Releases handed to the writer between progress reports.
pub(super) const BATCH: usize = 1024;

/// What the index's last commit says it holds.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub(super) struct Stamp {
    /// [`VERSION`] of the code that made it.
    pub(super) version: String,
    /// The fingerprint of the corpus indexed (see [`crate::corpus::IndexFile`]).
    pub(super) fingerprint: u64,
    /// Each file's signature (see [`signatures`]).
    pub(super) files: BTreeMap<String, u64>,
}

/// A signature of each file's releases (ids, titles, dates, sources and
/// bodies' fingerprints): a file whose signature changed is indexed again.
pub(super) fn signatures(releases: &[Release]) -> BTreeMap<String, u64> {
    let mut files: BTreeMap<String, u64> = BTreeMap::new();
    for release in releases {
        let mut hash = files
            .get(release.origin.path.to_string_lossy().as_ref())
            .copied()
            .unwrap_or(0xcbf2_9ce4_8422_2325);
        let mut add = |bytes: &[u8]| {
            for &b in bytes {
                hash ^= u64::from(b);
                hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
            }
        };
        add(release.id.as_str().as_bytes());
        add(release.title.as_bytes());
        add(&release.outline.fingerprint.to_le_bytes());
        add(release.source.as_deref().unwrap_or("").as_bytes());
        add(release
            .member
            .as_ref()
            .map_or("", |m| m.name.as_str())
            .as_bytes());
        if let Some(date) = &release.date {
            add(date.written.as_bytes());
        }
        for s in &release.outline.speakers {
            add(s.as_bytes());
        }
        files.insert(file_key(release), hash);
    }
    files
}

/// A new, empty index: in `dir`, or in memory.
pub(super) fn new_index(dir: Option<&Path>) -> Result<Index, EngineError> {
    let (schema, _) = Fields::schema();
    let index = match dir {
        Some(dir) => Index::create_in_dir(dir, schema)?,
        None => Index::create_in_ram(schema),
    };
    register(&index);
    Ok(index)
}

/// The index in `dir` and what it holds, if it opens and is of this version.
pub(super) fn open_dir(dir: &Path) -> Option<(Index, Stamp)> {
    let index = Index::open_in_dir(dir).ok()?;
    let (schema, _) = Fields::schema();
    if index.schema() != schema {
        return None;
    }
    let payload = index.load_metas().ok()?.payload?;
    let stamp: Stamp = serde_json::from_str(&payload).ok()?;
    (stamp.version == VERSION).then(|| {
        register(&index);
        (index, stamp)
    })
}

/// A writer for `index`.
pub(super) fn writer(index: &Index) -> Result<IndexWriter, EngineError> {
    Ok(index.writer_with_num_threads(WRITER_THREADS, WRITER_MEMORY)?)
}

/// Adds the documents of `releases`, in parallel, counting in `indexed`.
pub(super) fn add_all(
    writer: &IndexWriter,
    fields: &Fields,
    releases: &[&Release],
    indexed: &(dyn Fn(usize) + Sync),
) -> Result<(), EngineError> {
    releases.par_chunks(BATCH).try_for_each(|chunk| {
        for release in chunk {
            writer.add_document(fields.document(release))?;
        }
        indexed(chunk.len());
        Ok::<(), EngineError>(())
    })
}

/// Commits what `writer` holds, stamped, and waits for its merges.
pub(super) fn commit(mut writer: IndexWriter, stamp: &Stamp) -> Result<(), EngineError> {
    let payload = serde_json::to_string(stamp).unwrap_or_default();
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&payload);
    prepared.commit()?;
    writer.wait_merging_threads()?;
    Ok(())
}

/// Indexes every release of `corpus` into the empty `index`.
pub(super) fn build(
    index: &Index,
    corpus: &Corpus,
    stamp: &Stamp,
    indexed: &(dyn Fn(usize) + Sync),
) -> Result<(), EngineError> {
    let (_, fields) = Fields::schema();
    let writer = writer(index)?;
    let all: Vec<&Release> = corpus.releases.iter().collect();
    add_all(&writer, &fields, &all, indexed)?;
    commit(writer, stamp)
}

/// Brings `index` (holding what `old` says) up to `new`: the documents of
/// every file added, changed or removed since are deleted and added again.
pub(super) fn update(
    index: &Index,
    corpus: &Corpus,
    old: &Stamp,
    new: &Stamp,
    indexed: &(dyn Fn(usize) + Sync),
) -> Result<Opened, EngineError> {
    let (_, fields) = Fields::schema();
    let writer = writer(index)?;
    let mut changed: Vec<&str> = Vec::new();
    for (file, signature) in &old.files {
        if new.files.get(file) != Some(signature) {
            writer.delete_term(Term::from_field_text(fields.file, file));
            changed.push(file);
        }
    }
    let fresh: Vec<&Release> = corpus
        .releases
        .iter()
        .filter(|r| {
            let key = file_key(r);
            old.files.get(&key) != new.files.get(&key)
        })
        .collect();
    let added = new
        .files
        .keys()
        .filter(|f| !old.files.contains_key(f.as_str()))
        .count();
    add_all(&writer, &fields, &fresh, indexed)?;
    commit(writer, new)?;
    Ok(Opened::Updated {
        files: changed.len() + added,
        releases: fresh.len(),
    })
}
