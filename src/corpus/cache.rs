//! The on-disk cache of parsed files, so a second open of a large archive
//! costs little more than reading the cache.
//!
//! One cache file per set of opened paths, in the cache folder. Each entry is
//! keyed by a file's path, size and modification time; a file that changed
//! is parsed again. Entries are stored as independent blobs so they decode in
//! parallel and lazily. A missing, damaged or out-of-date cache is ignored:
//! the cache only ever costs speed, never correctness.

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::UNIX_EPOCH;

use super::codec::{self, CodecError, Reader, Writer};
use super::load::ParsedFile;

/// Identifies the cache format and the parser that filled it: bumped when
/// either changes, so old caches are ignored rather than misread.
const MAGIC: &[u8; 8] = b"RDOUT\x00C\x01";
/// The parser's fingerprint (a hash of its source, made by `build.rs`), so
/// releases are parsed again whenever the parser changes.
const PARSER_VERSION: &str = env!("READOUT_PARSER_HASH");

/// A file's size and modification time, which key its cache entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    /// Size in bytes.
    pub size: u64,
    /// Modification time in nanoseconds since the Unix epoch.
    pub modified_ns: i64,
}

impl Stamp {
    /// The stamp of the file at `path`, if it can be read.
    pub fn of(path: &Path) -> Option<Stamp> {
        let meta = fs::metadata(path).ok()?;
        let modified = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
        Some(Stamp {
            size: meta.len(),
            modified_ns: i64::try_from(modified.as_nanos()).ok()?,
        })
    }
}

/// A cache read from disk: entries still encoded, decoded on lookup.
#[derive(Debug, Default)]
pub struct Cache {
    data: Vec<u8>,
    entries: HashMap<PathBuf, (Stamp, std::ops::Range<usize>)>,
}

/// The cache file for a set of opened paths.
pub fn cache_file(cache_dir: &Path, roots: &[PathBuf]) -> PathBuf {
    let mut key = String::new();
    for root in roots {
        let absolute = fs::canonicalize(root).unwrap_or_else(|_| root.clone());
        key.push_str(&absolute.to_string_lossy());
        key.push('\n');
    }
    cache_dir.join(format!(
        "corpus-{:016x}.bin",
        super::id::fnv1a(key.as_bytes())
    ))
}

impl Cache {
    /// Opens the cache for `roots` in `cache_dir`; empty when there is none
    /// or it cannot be used.
    pub fn open(cache_dir: &Path, roots: &[PathBuf]) -> Cache {
        fs::read(cache_file(cache_dir, roots))
            .ok()
            .and_then(|data| Cache::from_bytes(data).ok())
            .unwrap_or_default()
    }

    fn from_bytes(data: Vec<u8>) -> Result<Cache, CodecError> {
        let mut entries = HashMap::new();
        let mut r = Reader::new(&data);
        if r.raw(MAGIC.len())? != MAGIC || r.str()? != PARSER_VERSION {
            return Err(CodecError { at: 0 });
        }
        let n = r.count()?;
        for _ in 0..n {
            let path = PathBuf::from(r.str()?);
            let stamp = Stamp {
                size: r.u64()?,
                modified_ns: r.i64()?,
            };
            let len = usize::try_from(r.u64()?).map_err(|_| CodecError { at: r.position() })?;
            let start = r.position();
            r.raw(len)?;
            entries.insert(path, (stamp, start..start + len));
        }
        if !r.is_done() {
            return Err(CodecError { at: r.position() });
        }
        Ok(Cache { data, entries })
    }

    /// The parsed file cached for `path`, if its stamp still matches and the
    /// entry decodes.
    pub fn lookup(&self, path: &Path, stamp: Stamp) -> Option<ParsedFile> {
        let (cached, range) = self.entries.get(path)?;
        if *cached != stamp {
            return None;
        }
        decode_file(&self.data[range.clone()], path).ok()
    }

    /// True when `files` differ from what the cache holds (new, changed or
    /// removed files), so it should be written again.
    pub fn is_stale(&self, files: &[(&Path, Stamp, &ParsedFile)]) -> bool {
        files.len() != self.entries.len()
            || files
                .iter()
                .any(|(path, stamp, _)| self.entries.get(*path).is_none_or(|(s, _)| s != stamp))
    }

    /// Writes the cache for `roots` atomically: a temporary file in the same
    /// folder, then a rename over the old one.
    pub fn save(
        cache_dir: &Path,
        roots: &[PathBuf],
        files: &[(&Path, Stamp, &ParsedFile)],
    ) -> std::io::Result<()> {
        use rayon::prelude::*;
        let blobs: Vec<Vec<u8>> = files
            .par_iter()
            .map(|(_, _, file)| encode_file(file))
            .collect();
        let mut w = Writer::default();
        w.bytes.extend_from_slice(MAGIC);
        w.str(PARSER_VERSION);
        w.u32(files.len() as u32);
        fs::create_dir_all(cache_dir)?;
        let target = cache_file(cache_dir, roots);
        let temp = target.with_extension(format!("tmp{}", std::process::id()));
        let mut out = std::io::BufWriter::new(fs::File::create(&temp)?);
        out.write_all(&w.bytes)?;
        for ((path, stamp, _), blob) in files.iter().zip(&blobs) {
            let mut head = Writer::default();
            head.str(&path.to_string_lossy());
            head.u64(stamp.size);
            head.i64(stamp.modified_ns);
            head.u64(blob.len() as u64);
            out.write_all(&head.bytes)?;
            out.write_all(blob)?;
        }
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        fs::rename(&temp, &target)
    }
}

fn encode_file(file: &ParsedFile) -> Vec<u8> {
    let mut w = Writer::default();
    codec::write_format(&mut w, file.format);
    w.u64(file.bytes);
    w.u32(file.releases.len() as u32);
    for (release, key) in file.releases.iter().zip(&file.keys) {
        codec::write_release(&mut w, release);
        w.str(key);
    }
    w.u32(file.problems.len() as u32);
    for p in &file.problems {
        codec::write_problem(&mut w, p);
    }
    codec::write_stats(&mut w, &file.sanitized);
    w.bytes
}

fn decode_file(bytes: &[u8], path: &Path) -> Result<ParsedFile, CodecError> {
    let mut r = Reader::new(bytes);
    let shared: Arc<Path> = Arc::from(path);
    let format = codec::read_format(&mut r)?;
    let size = r.u64()?;
    let n = r.count()?;
    let mut releases = Vec::with_capacity(n);
    let mut keys = Vec::with_capacity(n);
    for _ in 0..n {
        releases.push(codec::read_release(&mut r, &shared)?);
        keys.push(r.str()?);
    }
    let n = r.count()?;
    let problems = (0..n)
        .map(|_| codec::read_problem(&mut r, path))
        .collect::<Result<_, _>>()?;
    let sanitized = codec::read_stats(&mut r)?;
    Ok(ParsedFile {
        format,
        bytes: size,
        releases,
        keys,
        problems,
        sanitized,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::load_cached;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn a_second_load_reads_the_cache_and_gives_the_same_corpus() {
        let archive = tempfile::tempdir().unwrap();
        let cache = tempfile::tempdir().unwrap();
        write(
            archive.path(),
            "a.txt",
            "Ministers met today and agreed.\n\nThey said \"more talks\" were due.",
        );
        write(
            archive.path(),
            "b.jsonl",
            "{\"title\": \"T\", \"url\": \"https://x.gov/1\", \"text\": \"Body.\"}\n{broken\n",
        );
        let roots = vec![archive.path().to_path_buf()];
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
            corpus.releases[0].paragraphs[0].text,
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
}
