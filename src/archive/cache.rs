//! The on-disk cache of parsed files, so a second open of a large archive
//! costs little more than reading its metadata.
//!
//! One cache file per set of opened paths, in the cache folder. Each entry
//! is one source file, named by its root and its path below it, and keyed
//! by its size and modification time; a file that changed is parsed again.
//! An entry has two parts: its releases' encoded bodies, in one or more
//! runs (a large JSON Lines file is stored a chunk at a time as it is
//! parsed), and its metadata (releases without bodies, but with where each
//! body is). Opening the cache reads only the table of entries; a lookup
//! decodes one entry's metadata, and bodies stay on disk until a release is
//! read (see [`crate::corpus::body`]).
//!
//! ```text
//! MAGIC  parser-version  bodies*  metadata*  table  table-offset  MAGIC
//! ```
//!
//! All metadata sits together before the table, so opening reads one
//! stretch of the file (asked of the system ahead, on Linux) rather than a
//! piece between every file's bodies.
//!
//! A cache is written whole into a temporary file and renamed over the old
//! one, so readers never see half of one, and a reader still using the old
//! file keeps its open handle to it. Unchanged entries are copied byte for
//! byte from the old cache. A missing, damaged or out-of-date cache is
//! ignored: the cache only ever costs speed, never correctness.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use super::atomic::{open_regular, remove_abandoned, temporary, track, untrack};
use super::body_file::BodyFile;
use super::codec::{self, BodyPlace};
use super::stamp::Stamp;
use crate::corpus::encoding::{self, CodecError, Reader, Writer};
use crate::corpus::id::{fnv1a, fnv1a_extend};
use crate::corpus::parse::ParsedFile;
use crate::corpus::{BodyHandle, BodyStore};
use crate::corpus::{IndexFile, Member, Release};

/// Identifies the cache format and the parser that filled it: bumped when
/// either changes, so old caches are ignored rather than misread.
const MAGIC: &[u8; 8] = b"RDOUT\x00C\x04";
/// The parser's fingerprint (a hash of its source, made by `build.rs`), so
/// releases are parsed again whenever the parser changes.
const PARSER_VERSION: &str = env!("READOUT_PARSER_HASH");
/// The fingerprint of the parser and the full-text index's code, so a saved
/// index is built again whenever either changes.
const INDEX_VERSION: &str = env!("READOUT_INDEX_HASH");
/// Bytes after the table: its offset, then [`MAGIC`] again.
const FOOTER_LEN: u64 = 16;
/// Bytes of an old cache's bodies copied into a new one at a time.
#[cfg(not(test))]
const COPY_PIECE: u64 = 8 << 20;
/// Tests copy in small pieces, so that every copy is made of several.
#[cfg(test)]
const COPY_PIECE: u64 = 7;

/// Where one source file's parts are in the cache file.
#[derive(Debug, Clone)]
struct Entry {
    stamp: Stamp,
    /// The runs of its releases' bodies, ascending.
    bodies: Vec<Range<u64>>,
    meta: Range<u64>,
    /// FNV-1a of the metadata, so a damaged entry is parsed afresh.
    checksum: u64,
}

impl Entry {
    /// The entry's run of bodies that `range` lies inside, if any.
    fn run_of(&self, range: &Range<u64>) -> Option<usize> {
        let at = self.bodies.partition_point(|run| run.end < range.end);
        let run = self.bodies.get(at)?;
        (run.start <= range.start && range.end <= run.end).then_some(at)
    }
}

/// A cache opened from disk: its table of entries, and the file their
/// parts are read from.
#[derive(Debug, Default)]
pub struct Cache {
    file: Option<Arc<BodyFile>>,
    /// Entries by the name the loader gives each file.
    entries: HashMap<String, Entry>,
}

/// The cache file for a set of opened paths.
pub fn cache_file(cache_dir: &Path, roots: &[PathBuf]) -> PathBuf {
    let mut key = String::new();
    for root in roots {
        let absolute = fs::canonicalize(root).unwrap_or_else(|_| root.clone());
        key.push_str(&absolute.to_string_lossy());
        key.push('\n');
    }
    cache_dir.join(format!("corpus-{:016x}.bin", fnv1a(key.as_bytes())))
}

/// Where the full-text index of the corpus read from `files` (each file's
/// name and stamp, in load order) is saved: beside the cache for `roots`,
/// with a fingerprint of the files and of the code that parsed and indexed them.
pub fn index_file(cache_dir: &Path, roots: &[PathBuf], files: &[(&str, Stamp)]) -> IndexFile {
    let mut hash = fnv1a(INDEX_VERSION.as_bytes());
    for (name, stamp) in files {
        hash = fnv1a_extend(hash, name.as_bytes());
        hash = fnv1a_extend(hash, &stamp.size.to_le_bytes());
        hash = fnv1a_extend(hash, &stamp.modified_ns.to_le_bytes());
        hash = fnv1a_extend(hash, b"\n");
    }
    IndexFile {
        path: cache_file(cache_dir, roots).with_extension("index"),
        fingerprint: hash,
    }
}

/// The header every cache file starts with.
fn header() -> Vec<u8> {
    let mut w = Writer::default();
    w.bytes.extend_from_slice(MAGIC);
    w.str(PARSER_VERSION);
    w.bytes
}

fn damaged(at: u64) -> CodecError {
    CodecError {
        at: usize::try_from(at).unwrap_or(usize::MAX),
    }
}

/// Reads a start and a length as a range, refusing one that overflows.
fn read_range(r: &mut Reader<'_>) -> Result<Range<u64>, CodecError> {
    let at = r.u64()?;
    let len = r.u64()?;
    Ok(at..at.checked_add(len).ok_or(damaged(at))?)
}

fn write_range(w: &mut Writer, range: &Range<u64>) {
    w.u64(range.start);
    w.u64(range.end - range.start);
}

impl Cache {
    /// Opens the cache for `roots` in `cache_dir`; empty when there is none
    /// or it cannot be used.
    pub fn open(cache_dir: &Path, roots: &[PathBuf]) -> Cache {
        // Never waits on a FIFO put at the cache's path.
        open_regular(&cache_file(cache_dir, roots))
            .ok()
            .and_then(|file| Cache::from_file(file).ok())
            .unwrap_or_default()
    }

    /// Reads the table of a cache file, checking that it is whole.
    fn from_file(file: File) -> Result<Cache, CodecError> {
        let len = file.metadata().map_err(|_| damaged(0))?.len();
        let file = Arc::new(BodyFile::new(file));
        let head = header();
        let start = head.len() as u64;
        if len < start + FOOTER_LEN {
            return Err(damaged(len));
        }
        let read = |at: u64, n: u64| -> Result<Vec<u8>, CodecError> {
            let n = usize::try_from(n).map_err(|_| damaged(at))?;
            file.read(at, n).map_err(|_| damaged(at))
        };
        if read(0, start)? != head {
            return Err(damaged(0));
        }
        let footer = read(len - FOOTER_LEN, FOOTER_LEN)?;
        let mut r = Reader::new(&footer);
        let table_at = r.u64()?;
        if r.raw(MAGIC.len())? != MAGIC || table_at < start || table_at > len - FOOTER_LEN {
            return Err(damaged(len - FOOTER_LEN));
        }
        let table = read(table_at, len - FOOTER_LEN - table_at)?;
        let mut r = Reader::new(&table);
        let in_file = |range: &Range<u64>| range.start >= start && range.end <= table_at;
        let mut entries = HashMap::new();
        for _ in 0..r.count()? {
            let name = r.str()?;
            let stamp = Stamp {
                size: r.u64()?,
                modified_ns: r.i64()?,
            };
            let bodies = (0..r.count()?)
                .map(|_| read_range(&mut r))
                .collect::<Result<Vec<_>, _>>()?;
            let meta = read_range(&mut r)?;
            let checksum = r.u64()?;
            let ascending = bodies.windows(2).all(|w| w[0].end <= w[1].start);
            if !ascending || !bodies.iter().chain([&meta]).all(in_file) {
                return Err(damaged(table_at));
            }
            entries.insert(
                name,
                Entry {
                    stamp,
                    bodies,
                    meta,
                    checksum,
                },
            );
        }
        if !r.is_done() {
            return Err(damaged(table_at));
        }
        if let Some(first) = entries.values().map(|e| e.meta.start).min() {
            file.will_need(first..table_at);
        }
        Ok(Cache {
            file: Some(file),
            entries,
        })
    }

    /// The parsed file cached as `name` (read from `path`), if its stamp
    /// still matches and its metadata decodes. Its releases' bodies stay in
    /// the cache file.
    pub fn lookup(&self, name: &str, path: &Path, stamp: Stamp) -> Option<ParsedFile> {
        let entry = self.entries.get(name).filter(|e| e.stamp == stamp)?;
        let file = self.file.as_ref()?;
        thread_local! {
            /// Each loading thread's buffer for the metadata it reads.
            static META: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
        }
        let parsed = META.with_borrow_mut(|meta| {
            let len = usize::try_from(entry.meta.end - entry.meta.start).ok()?;
            file.read_into(entry.meta.start, len, meta).ok()?;
            if fnv1a(meta) != entry.checksum {
                return None;
            }
            let store: Arc<dyn BodyStore> = Arc::clone(file) as Arc<dyn BodyStore>;
            decode_meta(meta, path, &store).ok()
        })?;
        let inside = |r: &Release| {
            r.body
                .stored_range()
                .is_some_and(|b| entry.run_of(&b).is_some())
        };
        if !parsed.releases.iter().all(inside) {
            return None;
        }
        register(file, &parsed, stamp);
        Some(parsed)
    }

    /// True when the cache holds exactly these files (by name), each as
    /// stamped, so it need not be written again.
    pub fn is_fresh(&self, files: &[(&str, Stamp)]) -> bool {
        files.len() == self.entries.len()
            && files
                .iter()
                .all(|(name, stamp)| self.entries.get(*name).is_some_and(|e| e.stamp == *stamp))
    }
}

/// Notes in `file` where the bodies of `parsed` (stamped `stamp`) came
/// from, so one found damaged can be parsed again.
fn register(file: &BodyFile, parsed: &ParsedFile, stamp: Stamp) {
    let Some(first) = parsed.releases.first() else {
        return;
    };
    let offsets = parsed
        .releases
        .iter()
        .filter_map(|r| r.body.stored_range().map(|b| b.start));
    file.register(&first.origin.path, &parsed.key, stamp, offsets);
}

/// Encodes releases' bodies one after another, each sealed with its
/// checksum, with where each starts in the result and its length.
fn encode_bodies(releases: &[Release]) -> (Vec<u8>, Vec<(u64, u32)>) {
    let mut bodies = Writer::default();
    let places = releases
        .iter()
        .map(|release| {
            let offset = bodies.bytes.len() as u64;
            match release.body.packed_bytes() {
                Some(packed) => encoding::write_sealed(&mut bodies, packed),
                None => {
                    let mut encoded = Writer::default();
                    encoding::write_body(&mut encoded, &release.read_body());
                    encoding::write_sealed(&mut bodies, &encoded.bytes);
                }
            }
            (offset, (bodies.bytes.len() as u64 - offset) as u32)
        })
        .collect();
    (bodies.bytes, places)
}

/// Encodes a parsed file's metadata; each release's body is where its
/// handle says, in `cache` (`None` if any is not there).
fn encode_meta(file: &ParsedFile, cache: &Arc<dyn BodyStore>) -> Option<Vec<u8>> {
    let mut meta = Writer::default();
    codec::write_format(&mut meta, file.format);
    meta.u64(file.bytes);
    // Each member once: a file of one office's releases names it thousands of times.
    let mut members: HashMap<&Member, u32> = HashMap::new();
    let mut listed: Vec<&Member> = Vec::new();
    let member_of: Vec<Option<u32>> = file
        .releases
        .iter()
        .map(|r| {
            let m = r.member.as_deref()?;
            Some(*members.entry(m).or_insert_with(|| {
                listed.push(m);
                listed.len() as u32 - 1
            }))
        })
        .collect();
    meta.u32(listed.len() as u32);
    for m in listed {
        codec::write_member(&mut meta, m);
    }
    meta.str(&file.key);
    meta.u32(file.releases.len() as u32);
    for ((release, record), member) in file.releases.iter().zip(&file.records).zip(member_of) {
        let range = release.body.stored_range_in(cache)?;
        let place = BodyPlace {
            offset: range.start,
            len: (range.end - range.start) as u32,
        };
        codec::write_release(&mut meta, release, member, place);
        meta.u32(record.unwrap_or(0));
    }
    meta.u32(file.problems.len() as u32);
    for p in &file.problems {
        codec::write_problem(&mut meta, p);
    }
    codec::write_stats(&mut meta, &file.sanitized);
    Some(meta.bytes)
}

/// Decodes an entry's metadata; its bodies are in `file`.
fn decode_meta(
    bytes: &[u8],
    path: &Path,
    file: &Arc<dyn BodyStore>,
) -> Result<ParsedFile, CodecError> {
    let mut r = Reader::new(bytes);
    let shared: Arc<Path> = Arc::from(path);
    let format = codec::read_format(&mut r)?;
    let size = r.u64()?;
    let n = r.count()?;
    let members: Vec<Arc<Member>> = (0..n)
        .map(|_| codec::read_member(&mut r).map(Arc::new))
        .collect::<Result<_, _>>()?;
    let key = r.str()?;
    let n = r.count()?;
    let mut releases = Vec::with_capacity(n);
    let mut records = Vec::with_capacity(n);
    for _ in 0..n {
        releases.push(codec::read_release(&mut r, &shared, &members, file)?);
        records.push(Some(r.u32()?).filter(|&n| n != 0));
    }
    let n = r.count()?;
    let problems = (0..n)
        .map(|_| codec::read_problem(&mut r, path))
        .collect::<Result<_, _>>()?;
    let sanitized = codec::read_stats(&mut r)?;
    if !r.is_done() {
        return Err(CodecError { at: r.position() });
    }
    Ok(ParsedFile {
        format,
        bytes: size,
        releases,
        key,
        records,
        problems,
        sanitized,
    })
}

/// Writes a new cache while files are parsed: bodies go to disk as soon as
/// they are parsed (a large file's a chunk at a time), and their releases
/// then read them from there, so even a first open of a huge archive keeps
/// only metadata in memory. Nothing replaces the old cache until
/// [`CacheWriter::finish`].
pub struct CacheWriter {
    target: PathBuf,
    temp: PathBuf,
    /// The new file, for reading back the bodies written to it.
    reader: Arc<BodyFile>,
    state: Mutex<WriterState>,
}

struct WriterState {
    file: File,
    /// Where the next part goes.
    at: u64,
    /// The runs of bodies stored so far for files whose entry is not done.
    runs: HashMap<String, Vec<Range<u64>>>,
    /// Every finished file's metadata, written after all bodies; the
    /// entries' metadata ranges are within this until then.
    metas: Vec<u8>,
    table: Vec<(String, Entry)>,
    /// The first write error; after one, nothing more is written.
    failed: Option<io::Error>,
}

impl WriterState {
    /// Appends `bytes`; returns where they went, or `None` when this or an
    /// earlier write failed.
    fn append(&mut self, bytes: &[u8]) -> Option<Range<u64>> {
        if self.failed.is_some() {
            return None;
        }
        if let Err(e) = self.file.write_all(bytes) {
            self.failed = Some(e);
            return None;
        }
        let start = self.at;
        self.at += bytes.len() as u64;
        Some(start..self.at)
    }
}

impl CacheWriter {
    /// Starts the cache for `roots` in `cache_dir`, first removing what
    /// writers that crashed or were killed left of theirs.
    pub fn create(cache_dir: &Path, roots: &[PathBuf]) -> io::Result<CacheWriter> {
        fs::create_dir_all(cache_dir)?;
        let target = cache_file(cache_dir, roots);
        remove_abandoned(&target);
        let temp = temporary(&target);
        // Ours by its name (this process's id): a FIFO or device standing
        // there would block our writes, so it goes.
        if fs::symlink_metadata(&temp).is_ok_and(|m| {
            let kind = m.file_type();
            !kind.is_file() && !kind.is_symlink()
        }) {
            fs::remove_file(&temp)?;
        }
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&temp)?;
        track(&temp);
        let head = header();
        file.write_all(&head)?;
        let reader = Arc::new(BodyFile::new(file.try_clone()?));
        Ok(CacheWriter {
            target,
            temp,
            reader,
            state: Mutex::new(WriterState {
                file,
                at: head.len() as u64,
                runs: HashMap::new(),
                metas: Vec::new(),
                table: Vec::new(),
                failed: None,
            }),
        })
    }

    /// The new file as the store that stored bodies are read from.
    fn store(&self) -> Arc<dyn BodyStore> {
        Arc::clone(&self.reader) as Arc<dyn BodyStore>
    }

    fn state(&self) -> std::sync::MutexGuard<'_, WriterState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Appends a run of bodies of the file cached as `name`; returns where
    /// it went.
    fn append_run(&self, name: &str, bytes: &[u8]) -> Option<u64> {
        let mut state = self.state();
        let run = state.append(bytes)?;
        let start = run.start;
        state.runs.entry(name.to_string()).or_default().push(run);
        Some(start)
    }

    /// Stores the bodies of `releases` of the file cached as `name` (all of
    /// its releases, or the chunk of a large file just parsed). They then
    /// read their bodies from the new cache and free their copies in
    /// memory; when the write fails they keep them, and the cache is not
    /// committed.
    pub fn store_bodies(&self, name: &str, releases: &mut [Release]) {
        let (bytes, places) = encode_bodies(releases);
        let Some(start) = self.append_run(name, &bytes) else {
            return;
        };
        for (release, (offset, len)) in releases.iter_mut().zip(places) {
            release.body = BodyHandle::stored(self.store(), start + offset, len);
        }
    }

    /// Finishes the entry of the file cached as `name`, stamped `stamp`,
    /// once all its releases' bodies are stored: writes its metadata.
    pub fn finish_file(&self, name: &str, stamp: Stamp, file: &ParsedFile) {
        let meta = encode_meta(file, &self.store());
        let mut state = self.state();
        let bodies = state.runs.remove(name).unwrap_or_default();
        // A body not stored here means a write failed: no cache this time.
        let Some(meta) = meta else {
            return;
        };
        register(&self.reader, file, stamp);
        let start = state.metas.len() as u64;
        state.metas.extend_from_slice(&meta);
        let entry = Entry {
            stamp,
            bodies,
            meta: start..start + meta.len() as u64,
            checksum: fnv1a(&meta),
        };
        state.table.push((name.to_string(), entry));
    }

    /// Copies the entry `name` from the old cache, its bodies byte for
    /// byte (a few MB at a time, however large the file), and moves `file`
    /// (that entry, as looked up) to read its bodies from the new one.
    pub fn copy(&self, old: &Cache, name: &str, file: &mut ParsedFile) {
        let (Some(entry), Some(source)) = (old.entries.get(name), old.file.as_ref()) else {
            return;
        };
        // One run in the new file: the lock is held so no other file's
        // bodies come between the pieces.
        let mut state = self.state();
        let start = state.at;
        // Where each old run starts in the new one.
        let mut starts = Vec::with_capacity(entry.bodies.len());
        for run in &entry.bodies {
            starts.push(state.at - start);
            let mut at = run.start;
            while at < run.end {
                let len = (run.end - at).min(COPY_PIECE);
                let Ok(bytes) = source.read(at, len as usize) else {
                    return;
                };
                if state.append(&bytes).is_none() {
                    return;
                }
                at += len;
            }
        }
        let end = state.at;
        state
            .runs
            .entry(name.to_string())
            .or_default()
            .push(start..end);
        drop(state);
        for release in &mut file.releases {
            let Some(range) = release.body.stored_range() else {
                continue;
            };
            if let Some(k) = entry.run_of(&range) {
                let at = start + starts[k] + (range.start - entry.bodies[k].start);
                release.body = release.body.moved(&self.store(), at);
            }
        }
        self.finish_file(name, entry.stamp, file);
    }

    /// Writes the table and makes the new cache the one read next time.
    /// Fails, leaving the old cache in place, if any write failed.
    pub fn finish(self) -> io::Result<()> {
        let result = self.commit();
        if result.is_err() {
            let _ = fs::remove_file(&self.temp);
        }
        result
    }

    fn commit(&self) -> io::Result<()> {
        let mut state = self.state();
        if let Some(e) = state.failed.take() {
            return Err(e);
        }
        let metas = std::mem::take(&mut state.metas);
        let base = state.append(&metas).ok_or_else(|| {
            state
                .failed
                .take()
                .unwrap_or_else(|| io::Error::other("the cache could not be written"))
        })?;
        for (_, entry) in &mut state.table {
            entry.meta = base.start + entry.meta.start..base.start + entry.meta.end;
        }
        let mut w = Writer::default();
        w.u32(state.table.len() as u32);
        for (name, entry) in &state.table {
            w.str(name);
            w.u64(entry.stamp.size);
            w.i64(entry.stamp.modified_ns);
            w.u32(entry.bodies.len() as u32);
            for run in &entry.bodies {
                write_range(&mut w, run);
            }
            write_range(&mut w, &entry.meta);
            w.u64(entry.checksum);
        }
        w.u64(state.at);
        w.bytes.extend_from_slice(MAGIC);
        state.file.write_all(&w.bytes)?;
        state.file.sync_all()?;
        fs::rename(&self.temp, &self.target)
    }
}

impl Drop for CacheWriter {
    /// A cache not made the current one (an error, an early return, a
    /// panic) leaves no temporary file behind.
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.temp);
        untrack(&self.temp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::atomic::ABANDONED_AFTER;
    use crate::archive::load_cached;
    use crate::corpus::encoding;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn a_second_load_reads_the_cache_and_gives_the_same_corpus() {
        let (_archive, roots) = archive();
        let cache = tempfile::tempdir().unwrap();
        let first = load_cached(&roots, Some(cache.path()), &|_| {});
        assert!(cache_file(cache.path(), &roots).is_file());
        let opened = Cache::open(cache.path(), &roots);
        assert_eq!(opened.entries.len(), 2);
        let second = load_cached(&roots, Some(cache.path()), &|_| {});
        assert_eq!(first.releases, second.releases);
        assert_eq!(first.report.problems, second.report.problems);
    }

    #[test]
    fn a_changed_file_is_parsed_again() {
        let archive = tempfile::tempdir().unwrap();
        let cache = tempfile::tempdir().unwrap();
        let path = write(archive.path(), "a.txt", "First version of the body.");
        let roots = vec![archive.path().to_path_buf()];
        load_cached(&roots, Some(cache.path()), &|_| {});
        fs::write(&path, "Second version of the body, longer.").unwrap();
        let corpus = load_cached(&roots, Some(cache.path()), &|_| {});
        assert_eq!(
            corpus.releases[0].read_body().paragraphs[0].text,
            "Second version of the body, longer."
        );
        write(archive.path(), "new.txt", "A new file appears.");
        let corpus = load_cached(&roots, Some(cache.path()), &|_| {});
        assert_eq!(corpus.releases.len(), 2);
    }

    #[test]
    fn a_damaged_cache_is_ignored() {
        let archive = tempfile::tempdir().unwrap();
        let cache = tempfile::tempdir().unwrap();
        write(archive.path(), "a.txt", "Body text here.");
        let roots = vec![archive.path().to_path_buf()];
        let first = load_cached(&roots, Some(cache.path()), &|_| {});
        let file = cache_file(cache.path(), &roots);
        let mut bytes = fs::read(&file).unwrap();
        let len = bytes.len();
        bytes.truncate(len / 2);
        fs::write(&file, &bytes).unwrap();
        let second = load_cached(&roots, Some(cache.path()), &|_| {});
        assert_eq!(first.releases, second.releases);
        fs::write(&file, b"garbage").unwrap();
        let third = load_cached(&roots, Some(cache.path()), &|_| {});
        assert_eq!(first.releases, third.releases);
    }

    /// An archive of two files: a text release and a JSON Lines file with
    /// two records (and a broken line).
    fn archive() -> (tempfile::TempDir, Vec<PathBuf>) {
        let archive = tempfile::tempdir().unwrap();
        write(
            archive.path(),
            "a.txt",
            "Ministers met today and agreed.\n\nThey said \"more talks\" were due.",
        );
        write(
            archive.path(),
            "b.jsonl",
            "{\"title\": \"T\", \"url\": \"https://x.gov/1\", \"text\": \"Body one.\"}\n{broken\n{\"title\": \"U\", \"text\": \"Body two, \\\"quoted,\\\" said Rep. Roe.\"}\n",
        );
        let roots = vec![archive.path().to_path_buf()];
        (archive, roots)
    }

    fn stored(corpus: &crate::corpus::Corpus) -> bool {
        corpus
            .releases
            .iter()
            .all(|r| r.body.stored_range().is_some())
    }

    #[test]
    fn through_the_cache_bodies_stay_on_disk_until_read() {
        let (_archive, roots) = archive();
        let cache = tempfile::tempdir().unwrap();
        let plain = load_cached(&roots, None, &|_| {});
        assert!(
            plain
                .releases
                .iter()
                .all(|r| r.body.stored_range().is_none())
        );
        let first = load_cached(&roots, Some(cache.path()), &|_| {});
        assert!(
            stored(&first),
            "the first load moves bodies to the new cache"
        );
        let second = load_cached(&roots, Some(cache.path()), &|_| {});
        assert!(stored(&second));
        assert_eq!(plain.releases, first.releases);
        assert_eq!(plain.releases, second.releases);
        assert_eq!(second.releases[2].outline.speakers, ["Rep. Roe"]);
    }

    #[test]
    fn bodies_read_before_a_file_changed_stay_readable_after_the_cache_is_rewritten() {
        let (archive, roots) = archive();
        let cache = tempfile::tempdir().unwrap();
        let first = load_cached(&roots, Some(cache.path()), &|_| {});
        write(archive.path(), "a.txt", "A different body now.");
        let second = load_cached(&roots, Some(cache.path()), &|_| {});
        assert!(stored(&second));
        assert_eq!(
            second.releases[0].read_body().paragraphs[0].text,
            "A different body now."
        );
        // The unchanged file was copied into the new cache, and the corpus
        // loaded before still reads its bodies from the replaced one.
        assert_eq!(first.releases[1..], second.releases[1..]);
        assert!(
            first.releases[0].read_body().paragraphs[0]
                .text
                .starts_with("Ministers")
        );
        let third = load_cached(&roots, Some(cache.path()), &|_| {});
        assert_eq!(second.releases, third.releases);
    }

    #[test]
    fn damaged_metadata_is_parsed_again_and_damaged_bodies_are_made_again() {
        let (archive, roots) = archive();
        let cache = tempfile::tempdir().unwrap();
        let first = load_cached(&roots, Some(cache.path()), &|_| {});
        let file = cache_file(cache.path(), &roots);
        let entry =
            |name: &str| Cache::open(cache.path(), &roots).entries[&format!("0:{name}")].clone();
        let (text, records) = (entry("a.txt"), entry("b.jsonl"));
        let intact = fs::read(&file).unwrap();
        let mut bytes = intact.clone();
        bytes[records.meta.start as usize + 9] ^= 0x55;
        fs::write(&file, &bytes).unwrap();
        let reparsed = load_cached(&roots, Some(cache.path()), &|_| {});
        assert_eq!(
            first.releases, reparsed.releases,
            "a damaged entry is parsed again"
        );
        // A body whose paragraph count was damaged is parsed again from its file.
        let mut bytes = intact;
        let at = text.bodies[0].start as usize + encoding::SEAL_LEN;
        bytes[at..at + 4].copy_from_slice(&[0xff; 4]);
        fs::write(&file, &bytes).unwrap();
        let damaged = load_cached(&roots, Some(cache.path()), &|_| {});
        assert_eq!(
            damaged.releases[0].read_body(),
            first.releases[0].read_body()
        );
        assert_eq!(damaged.releases[1..], first.releases[1..]);
        // Damaged, and its file changed since: it says so.
        write(archive.path(), "a.txt", "Changed meanwhile.");
        let body = damaged.releases[0].read_body();
        assert!(
            body.paragraphs[0].text.contains("could not be read back"),
            "{body:?}"
        );
    }

    #[test]
    fn a_flipped_bit_in_a_cached_body_is_found_and_the_release_parsed_again() {
        let (_archive, roots) = archive();
        let cache = tempfile::tempdir().unwrap();
        let first = load_cached(&roots, Some(cache.path()), &|_| {});
        let file = cache_file(cache.path(), &roots);
        let mut bytes = fs::read(&file).unwrap();
        // One bit of a body's text: it still decodes, with other words.
        let at = memchr::memmem::find(&bytes, b"Body two").expect("stored as text");
        bytes[at + 5] ^= 0x02;
        fs::write(&file, &bytes).unwrap();
        let second = load_cached(&roots, Some(cache.path()), &|_| {});
        assert!(stored(&second), "read through the cache");
        for (a, b) in first.releases.iter().zip(&second.releases) {
            assert_eq!(a.read_body(), b.read_body(), "{}", a.title);
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_full_disk_keeps_every_body_in_memory_and_the_old_cache() {
        let (archive, roots) = archive();
        let cache = tempfile::tempdir().unwrap();
        let first = load_cached(&roots, Some(cache.path()), &|_| {});
        let file = cache_file(cache.path(), &roots);
        let before = fs::read(&file).unwrap();
        // The next cache is written where every write fails as on a full disk.
        let temp = temporary(&file);
        std::os::unix::fs::symlink("/dev/full", &temp).unwrap();
        write(archive.path(), "a.txt", "Changed while the disk is full.");
        let full = load_cached(&roots, Some(cache.path()), &|_| {});
        assert_eq!(full.releases.len(), first.releases.len());
        assert_eq!(
            full.releases[0].read_body().paragraphs[0].text,
            "Changed while the disk is full."
        );
        assert!(
            full.releases[0].body.stored_range().is_none(),
            "kept in memory"
        );
        assert_eq!(full.releases[1..], first.releases[1..]);
        assert_eq!(
            fs::read(&file).unwrap(),
            before,
            "the old cache is left as it was"
        );
        let _ = fs::remove_file(&temp);
        let again = load_cached(&roots, Some(cache.path()), &|_| {});
        assert_eq!(again.releases, full.releases);
        assert!(stored(&again));
    }

    #[cfg(unix)]
    #[test]
    fn a_write_that_fails_half_way_keeps_its_bodies_in_memory() {
        let (archive, roots) = archive();
        let cache = tempfile::tempdir().unwrap();
        let writer = CacheWriter::create(cache.path(), &roots).unwrap();
        let temp = writer.temp.clone();
        let mut parsed = crate::corpus::parse::parse_file(
            &archive.path().join("a.txt"),
            "a.txt",
            b"A body that cannot be written.",
            None,
        );
        let stamp = Stamp {
            size: 1,
            modified_ns: 1,
        };
        writer.state.lock().unwrap().file =
            OpenOptions::new().write(true).open("/dev/full").unwrap();
        writer.store_bodies("0:a.txt", &mut parsed.releases);
        writer.finish_file("0:a.txt", stamp, &parsed);
        assert!(parsed.releases[0].body.stored_range().is_none());
        assert_eq!(
            parsed.releases[0].read_body().paragraphs[0].text,
            "A body that cannot be written."
        );
        let error = writer.finish().unwrap_err();
        assert_eq!(error.raw_os_error(), Some(28), "ENOSPC: {error}");
        assert!(!temp.exists(), "the half-written cache is removed");
        assert!(!cache_file(cache.path(), &roots).exists());
    }

    #[test]
    fn abandoned_half_written_caches_are_removed() {
        let (_archive, roots) = archive();
        let cache = tempfile::tempdir().unwrap();
        let target = cache_file(cache.path(), &roots);
        let old = PathBuf::from(format!("{}.tmp1", target.display()));
        let fresh = PathBuf::from(format!("{}.tmp2", target.display()));
        fs::write(&old, b"half").unwrap();
        fs::write(&fresh, b"half").unwrap();
        let long_ago = std::time::SystemTime::now() - ABANDONED_AFTER * 2;
        fs::File::options()
            .write(true)
            .open(&old)
            .unwrap()
            .set_modified(long_ago)
            .unwrap();
        // A process that has ended: its file goes at once, however recent.
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead = child.id();
        child.wait().unwrap();
        let orphan = PathBuf::from(format!("{}.tmp{dead}", target.display()));
        fs::write(&orphan, b"half").unwrap();
        load_cached(&roots, Some(cache.path()), &|_| {});
        assert!(!old.exists(), "abandoned long ago");
        assert!(fresh.exists(), "perhaps another readout writing now");
        #[cfg(target_os = "linux")]
        assert!(!orphan.exists(), "its writer is gone");
        assert!(target.exists());
    }

    #[test]
    fn a_file_stored_a_chunk_at_a_time_is_read_and_copied_whole() {
        let (archive, roots) = archive();
        let cache = tempfile::tempdir().unwrap();
        let path = archive.path().join("b.jsonl");
        let bytes = fs::read(&path).unwrap();
        let stamp = Stamp::of(&path).unwrap();
        let parsed = crate::corpus::parse::parse_file(&path, "b.jsonl", &bytes, None);
        assert_eq!(parsed.releases.len(), 2);
        // As a large file is stored while it is parsed: one run per chunk,
        // with another file's run in between.
        let writer = CacheWriter::create(cache.path(), &roots).unwrap();
        let mut file = parsed.clone();
        let (first, second) = file.releases.split_at_mut(1);
        writer.store_bodies("0:b.jsonl", first);
        let other = archive.path().join("a.txt");
        let mut text = crate::corpus::parse::parse_file(&other, "a.txt", b"Text body.", None);
        writer.store_bodies("0:a.txt", &mut text.releases);
        writer.finish_file("0:a.txt", Stamp::of(&other).unwrap(), &text);
        writer.store_bodies("0:b.jsonl", second);
        writer.finish_file("0:b.jsonl", stamp, &file);
        writer.finish().unwrap();
        let opened = Cache::open(cache.path(), &roots);
        assert_eq!(opened.entries["0:b.jsonl"].bodies.len(), 2);
        let mut found = opened.lookup("0:b.jsonl", &path, stamp).expect("cached");
        assert_eq!(found.releases, parsed.releases);
        // Copied into a newer cache, the runs become one.
        let newer = CacheWriter::create(cache.path(), &roots).unwrap();
        newer.copy(&opened, "0:b.jsonl", &mut found);
        newer.finish().unwrap();
        drop(opened);
        assert_eq!(found.releases, parsed.releases);
        let reopened = Cache::open(cache.path(), &roots);
        assert_eq!(reopened.entries["0:b.jsonl"].bodies.len(), 1);
        assert_eq!(
            reopened.lookup("0:b.jsonl", &path, stamp).unwrap().releases,
            parsed.releases
        );
    }

    #[cfg(unix)]
    #[test]
    fn another_spelling_of_the_archive_path_reads_the_same_cache() {
        use std::os::unix::fs::MetadataExt;
        let (archive, roots) = archive();
        let cache = tempfile::tempdir().unwrap();
        let first = load_cached(&roots, Some(cache.path()), &|_| {});
        let file = cache_file(cache.path(), &roots);
        let inode = fs::metadata(&file).unwrap().ino();
        let respelled = vec![archive.path().join(".")];
        assert_eq!(cache_file(cache.path(), &respelled), file);
        let again = load_cached(&respelled, Some(cache.path()), &|_| {});
        assert!(stored(&again));
        assert_eq!(
            fs::metadata(&file).unwrap().ino(),
            inode,
            "found fresh, not written again"
        );
        assert_eq!(first.releases.len(), again.releases.len());
        for (a, b) in first.releases.iter().zip(&again.releases) {
            assert_eq!(a.id, b.id);
            assert_eq!(*a.read_body(), *b.read_body());
        }
    }

    #[test]
    fn a_corpus_read_through_the_cache_has_a_place_for_its_index() {
        let (archive, roots) = archive();
        let cache = tempfile::tempdir().unwrap();
        let first = load_cached(&roots, Some(cache.path()), &|_| {});
        let second = load_cached(&roots, Some(cache.path()), &|_| {});
        let place = first.index_file.clone().expect("a place beside the cache");
        assert_eq!(
            place.path,
            cache_file(cache.path(), &roots).with_extension("index")
        );
        assert_eq!(
            second.index_file,
            Some(place.clone()),
            "the same files, the same index"
        );
        write(archive.path(), "a.txt", "Changed.");
        let changed = load_cached(&roots, Some(cache.path()), &|_| {});
        assert_ne!(changed.index_file.unwrap().fingerprint, place.fingerprint);
        assert!(load_cached(&roots, None, &|_| {}).index_file.is_none());
        let missing = vec![archive.path().to_path_buf(), archive.path().join("gone")];
        assert!(
            load_cached(&missing, Some(cache.path()), &|_| {})
                .index_file
                .is_none()
        );
    }
}
