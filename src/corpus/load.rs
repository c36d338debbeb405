//! Reading archives: walk the given paths, read files in parallel, decode and
//! parse each by its format, and report every file or record that could not
//! be used — without ever giving up on the rest.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use rayon::prelude::*;
use serde::Serialize;

use super::cache::{Cache, CacheWriter, Stamp};
use super::decode::{self, DecodeError, Encoding};
use super::finish::finish;
use super::id::RecordKey;
use super::sanitize::{self, SanitizeStats};
use super::{Corpus, Draft, Format, Origin, Release, ReleaseId, jsonl, markdown, text};

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The file or record was not loaded.
    Skipped,
    /// It was loaded, but something had to be repaired.
    Repaired,
}

/// One problem met while loading, naming its file (and line).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The file concerned.
    pub path: PathBuf,
    /// The 1-based line, for JSON Lines records.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// Whether anything was lost.
    pub severity: Severity,
    /// What happened, in words a user can act on.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = sanitize::for_display(&self.path.to_string_lossy()).into_owned();
        match self.line {
            Some(line) => write!(f, "{path}:{line}: {}", self.message),
            None => write!(f, "{path}: {}", self.message),
        }
    }
}

/// Files and releases read in one format.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct FormatCount {
    /// Files read in this format.
    pub files: usize,
    /// Releases loaded from them.
    pub releases: usize,
}

/// What loading read and every problem met on the way.
#[derive(Debug, Default, Clone)]
pub struct LoadReport {
    /// Files read (whatever their outcome).
    pub files: usize,
    /// Bytes read.
    pub bytes: u64,
    /// Files and releases per format.
    pub formats: BTreeMap<Format, FormatCount>,
    /// Files in walked folders that are not in a release format.
    pub ignored: Vec<PathBuf>,
    /// Problems, one per file or record, in path order.
    pub problems: Vec<Problem>,
    /// What sanitising removed or replaced across the corpus.
    pub sanitized: SanitizeStats,
}

impl LoadReport {
    /// Problems that cost a file or record.
    pub fn skipped(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Skipped)
    }
}

/// Progress of a load, reported while it runs: after each file, and
/// after each chunk of a large JSON Lines file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Files finished so far.
    pub files_done: usize,
    /// Files to read in all.
    pub files_total: usize,
    /// Bytes read so far.
    pub bytes_done: u64,
    /// Bytes to read in all, as far as known before reading (0 if not).
    pub bytes_total: u64,
}

/// A file to read: on disk, or embedded in the binary (the demo corpus).
#[derive(Debug, Clone)]
pub enum Input {
    /// A file on disk.
    File(PathBuf),
    /// Bytes compiled into the binary, with the name they are shown under.
    Embedded {
        /// The name shown in reports ("demo/cgtn-style.txt").
        name: &'static str,
        /// The file's bytes.
        bytes: &'static [u8],
    },
}

/// The outcome of walking the paths given on the command line.
#[derive(Debug, Default)]
struct Walk {
    /// Each file, its key (its path below the root it was found under),
    /// and that root's position among the paths opened.
    files: Vec<(PathBuf, String, usize)>,
    ignored: Vec<PathBuf>,
    problems: Vec<Problem>,
}

fn skipped(path: &Path, line: Option<u32>, message: impl Into<String>) -> Problem {
    Problem {
        path: path.to_path_buf(),
        line,
        severity: Severity::Skipped,
        message: message.into(),
    }
}

fn repaired(path: &Path, message: impl Into<String>) -> Problem {
    Problem {
        path: path.to_path_buf(),
        line: None,
        severity: Severity::Repaired,
        message: message.into(),
    }
}

/// The format a file's name announces, if any.
pub fn format_from_extension(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "text" => Some(Format::Text),
        "md" | "markdown" | "mdown" | "mkd" => Some(Format::Markdown),
        "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
        _ => None,
    }
}

/// The format a file's content suggests, for files without a known extension.
fn format_from_content(text: &str) -> Format {
    let start = text.trim_start();
    if text.starts_with("---\n") || text.starts_with("---\r\n") {
        Format::Markdown
    } else if start.starts_with('{') || start.starts_with('[') {
        Format::Jsonl
    } else {
        Format::Text
    }
}

/// True for a project's own documentation files (README, LICENSE, …), which
/// sit beside archives but are never releases. Only skipped inside folders;
/// a file named on the command line is always read.
fn is_documentation(path: &Path) -> bool {
    let stem = path
        .file_stem()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_ascii_uppercase();
    matches!(
        stem.as_str(),
        "README"
            | "LICENSE"
            | "LICENCE"
            | "CHANGELOG"
            | "CONTRIBUTING"
            | "COPYING"
            | "NOTICE"
            | "AUTHORS"
    )
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.') && n != "." && n != "..")
}

/// Walks the given paths: folders recursively (symlinks not followed, hidden
/// entries skipped), files as given. Each file gets a key relative to the
/// path it was found under, used for ids when a release has no URL.
fn walk(paths: &[PathBuf]) -> Walk {
    let mut walk = Walk::default();
    for (index, root) in paths.iter().enumerate() {
        match fs::metadata(root) {
            Err(e) => walk
                .problems
                .push(skipped(root, None, format!("cannot read: {e}"))),
            Ok(meta) if meta.is_dir() => walk_dir((index, root), root, &mut walk),
            Ok(meta) if meta.is_file() => {
                let key = root
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| root.to_string_lossy().into_owned());
                walk.files.push((root.clone(), key, index));
            }
            Ok(_) => walk.problems.push(skipped(
                root,
                None,
                "not a regular file (a FIFO, socket or device), skipped",
            )),
        }
    }
    walk
}

/// Walks `dir`, found under the root `index` at `root`.
fn walk_dir((index, root): (usize, &Path), dir: &Path, walk: &mut Walk) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            walk.problems
                .push(skipped(dir, None, format!("cannot read folder: {e}")));
            return;
        }
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if is_hidden(&path) {
            continue;
        }
        let Ok(meta) = fs::symlink_metadata(&path) else {
            walk.problems
                .push(skipped(&path, None, "cannot read file information"));
            continue;
        };
        let kind = meta.file_type();
        if kind.is_symlink() {
            continue;
        } else if kind.is_dir() {
            walk_dir((index, root), &path, walk);
        } else if !kind.is_file() {
            if format_from_extension(&path).is_some() {
                walk.problems.push(skipped(
                    &path,
                    None,
                    "not a regular file (a FIFO, socket or device), skipped",
                ));
            }
        } else if format_from_extension(&path).is_some() && !is_documentation(&path) {
            let key = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            walk.files.push((path, key, index));
        } else {
            walk.ignored.push(path);
        }
    }
}

/// Drafts and problems from one file, before finishing.
#[derive(Debug, Default)]
struct FileResult {
    format: Option<Format>,
    bytes: u64,
    releases: Vec<(Draft, Origin, Option<u32>)>,
    problems: Vec<Problem>,
    sanitized: SanitizeStats,
}

/// One file, parsed and finished: what the on-disk cache stores per file.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct ParsedFile {
    /// The format the file was read as (`None` when it could not be read).
    pub format: Option<Format>,
    /// The file's size in bytes.
    pub bytes: u64,
    /// Its releases; ids are provisional until the corpus assigns them.
    pub releases: Vec<Release>,
    /// The key naming the file in ids (its path below the folder opened).
    pub key: String,
    /// For each release, its record number in the file (JSON), which with
    /// `key` names a release that has no URL (see [`RecordKey`]).
    pub records: Vec<Option<u32>>,
    /// Problems met in this file.
    pub problems: Vec<Problem>,
    /// What sanitising changed in this file.
    pub sanitized: SanitizeStats,
}

/// Decodes, parses and finishes one file's bytes. `key` identifies the file
/// for ids.
pub fn parse_file(path: &Path, key: &str, bytes: &[u8], hint: Option<Format>) -> ParsedFile {
    parse_file_from_line(path, key, bytes, hint, 1)
}

/// [`parse_file`] for a piece of a JSON Lines file whose first line is line
/// `first_line` of the file (lines and ids are numbered as in the whole file).
fn parse_file_from_line(
    path: &Path,
    key: &str,
    bytes: &[u8],
    hint: Option<Format>,
    first_line: u32,
) -> ParsedFile {
    let result = parse_bytes(path, bytes, hint, first_line);
    let finished: Vec<(Release, Option<u32>, SanitizeStats)> = result
        .releases
        .into_par_iter()
        .with_min_len(32)
        .map(|(draft, origin, record)| {
            let mut stats = SanitizeStats::default();
            let id = ReleaseId::from_hash(RecordKey { file: key, record }.hash());
            let mut release = finish(draft, id, origin, &mut stats);
            // Kept encoded: a fraction of the memory of the parsed value.
            release.body = release.body.packed();
            (release, record, stats)
        })
        .collect();
    let mut file = ParsedFile {
        format: result.format,
        bytes: result.bytes,
        key: key.to_string(),
        problems: result.problems,
        sanitized: result.sanitized,
        ..ParsedFile::default()
    };
    for (release, record, stats) in finished {
        file.sanitized.add(stats);
        file.releases.push(release);
        file.records.push(record);
    }
    file
}

/// Decodes and parses one file's bytes.
fn parse_bytes(path: &Path, bytes: &[u8], hint: Option<Format>, first_line: u32) -> FileResult {
    let mut result = FileResult {
        bytes: bytes.len() as u64,
        ..FileResult::default()
    };
    let decoded = match decode::decode(bytes) {
        Ok(d) => d,
        Err(e @ DecodeError::Empty) => {
            result
                .problems
                .push(skipped(path, None, format!("{e}, nothing to read")));
            return result;
        }
        Err(e) => {
            result.problems.push(skipped(path, None, e.to_string()));
            return result;
        }
    };
    if decoded.invalid_sequences > 0 {
        result.problems.push(repaired(
            path,
            format!(
                "invalid UTF-8: {} byte sequence(s) replaced with �",
                decoded.invalid_sequences
            ),
        ));
    }
    if decoded.encoding != Encoding::Utf8 {
        result.problems.push(repaired(
            path,
            format!("decoded as {:?} (byte order mark)", decoded.encoding),
        ));
    }
    let format = hint.unwrap_or_else(|| format_from_content(&decoded.text));
    result.format = Some(format);
    let shared_path: Arc<Path> = Arc::from(path);
    let origin = |line: Option<u32>| Origin {
        path: Arc::clone(&shared_path),
        line,
        format,
    };
    match format {
        Format::Jsonl => parse_json_file(&decoded.text, path, first_line, &origin, &mut result),
        Format::Text | Format::Markdown => {
            let (clean, stats) = sanitize::clean_text(&decoded.text);
            result.sanitized.add(stats);
            if clean.trim().is_empty() {
                result
                    .problems
                    .push(skipped(path, None, "no text (only white space), skipped"));
                return result;
            }
            let draft = if format == Format::Text {
                text::parse(&clean)
            } else {
                let (draft, error) = markdown::parse(&clean);
                if let Some(e) = error {
                    result.problems.push(repaired(path, e.to_string()));
                }
                draft
            };
            if draft.paragraphs.iter().all(|p| p.text.trim().is_empty()) {
                result
                    .problems
                    .push(skipped(path, None, "no body text, skipped"));
            } else {
                result.releases.push((draft, origin(None), None));
            }
        }
    }
    if !result.sanitized.is_clean() {
        let s = result.sanitized;
        result.problems.push(repaired(
            path,
            format!(
                "unsafe characters removed: {} escape sequence(s), {} control character(s), {} bidi control(s)",
                s.escape_sequences, s.control_chars, s.bidi_controls
            ),
        ));
    }
    result
}

fn parse_json_file(
    text: &str,
    path: &Path,
    first_line: u32,
    origin: &dyn Fn(Option<u32>) -> Origin,
    result: &mut FileResult,
) {
    let is_array = text.trim_start().starts_with('[');
    let records: Vec<(u32, Result<Draft, jsonl::RecordError>)> = if is_array {
        match jsonl::parse_array(text) {
            Ok(items) => items
                .into_iter()
                .enumerate()
                .map(|(i, r)| (i as u32 + 1, r))
                .collect(),
            Err(e) => {
                result.problems.push(skipped(path, None, e.to_string()));
                return;
            }
        }
    } else {
        let lines: Vec<(u32, &str)> = jsonl::lines(text)
            .map(|(n, line)| (n + first_line - 1, line))
            .collect();
        lines
            .par_iter()
            .with_min_len(64)
            .map(|(n, line)| (*n, jsonl::parse_line(line)))
            .collect()
    };
    for (n, record) in records {
        let line = (!is_array).then_some(n);
        match record {
            Ok(draft) => result.releases.push((draft, origin(line), Some(n))),
            Err(e) => {
                let mut problem = skipped(path, line, e.to_string());
                if is_array {
                    problem.message = format!("record {n}: {}", problem.message);
                }
                result.problems.push(problem);
            }
        }
    }
}

/// JSON Lines files larger than this are parsed a chunk of lines at a time,
/// so a whole file is never held in memory beside its releases.
const STREAM_ABOVE: u64 = 16 << 20;
/// Bytes of lines parsed at a time when streaming.
const CHUNK_BYTES: usize = 4 << 20;

/// True when a JSON Lines file can be parsed in pieces with the same result
/// as whole: plain UTF-8 (no byte order mark, no invalid sequence, no NUL)
/// and one record per line rather than a JSON array. A cheap first pass.
fn streamable(path: &Path) -> Option<bool> {
    let mut reader = BufReader::with_capacity(1 << 20, fs::File::open(path).ok()?);
    let mut line = Vec::new();
    let mut first = true;
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line).ok()? == 0 {
            return Some(true);
        }
        if first {
            let start = line.trim_ascii_start();
            if line.starts_with(&[0xef, 0xbb, 0xbf])
                || line.starts_with(&[0xff, 0xfe])
                || line.starts_with(&[0xfe, 0xff])
                || start.starts_with(b"[")
            {
                return Some(false);
            }
            first = start.is_empty();
        }
        if memchr::memchr(0, &line).is_some() || std::str::from_utf8(&line).is_err() {
            return Some(false);
        }
    }
}

/// Parses a large JSON Lines file `chunk_bytes` of lines at a time, with
/// the same releases, ids and problems as parsing it whole, handing each
/// chunk's releases and size to `store` as they are parsed (so their bodies
/// can go to the cache before the next chunk). `None` when the file needs
/// the whole-file path (see [`streamable`]) or cannot be read.
fn parse_jsonl_in_chunks(
    path: &Path,
    key: &str,
    chunk_bytes: usize,
    store: &dyn Fn(&mut [Release], u64),
) -> Option<ParsedFile> {
    if !streamable(path)? {
        return None;
    }
    let mut reader = BufReader::with_capacity(1 << 20, fs::File::open(path).ok()?);
    let mut file = ParsedFile {
        format: Some(Format::Jsonl),
        key: key.to_string(),
        ..ParsedFile::default()
    };
    let mut chunk = Vec::with_capacity(chunk_bytes + (64 << 10));
    let mut first_line = 1;
    let mut lines = 0;
    loop {
        let n = reader.read_until(b'\n', &mut chunk).ok()?;
        if n > 0 {
            lines += 1;
        }
        if (n == 0 || chunk.len() >= chunk_bytes) && !chunk.is_empty() {
            let mut part = parse_file_from_line(path, key, &chunk, Some(Format::Jsonl), first_line);
            store(&mut part.releases, part.bytes);
            file.bytes += part.bytes;
            file.sanitized.add(part.sanitized);
            file.problems.extend(part.problems);
            file.releases.extend(part.releases);
            file.records.extend(part.records);
            first_line += lines;
            lines = 0;
            chunk.clear();
        }
        if n == 0 {
            return Some(file);
        }
    }
}

/// The cache to read from and the one being written, for one load.
#[derive(Clone, Copy, Default)]
struct Caching<'a> {
    old: Option<&'a Cache>,
    new: Option<&'a CacheWriter>,
}

/// How the cache knows a file: the position of the root it was found under
/// and its key below that root, so that an archive opened by another
/// spelling of its path (relative, absolute, through a link) finds its
/// entries again.
fn cache_name(root: usize, key: &str) -> String {
    format!("{root}:{key}")
}

/// Reads and parses one input, from the cache when it holds this version
/// of the file (`stamp`, with the file's name in the cache), and stores it
/// in the cache being written.
fn read_input(
    input: &Input,
    key: &str,
    stamp: Option<(&str, Stamp)>,
    caching: Caching<'_>,
    chunk_read: &dyn Fn(u64),
) -> ParsedFile {
    let path = match input {
        Input::Embedded { name, bytes } => {
            let name = Path::new(name);
            return parse_file(name, key, bytes, format_from_extension(name));
        }
        Input::File(path) => path,
    };
    if let (Some(cache), Some((name, stamp))) = (caching.old, stamp)
        && let Some(mut file) = cache.lookup(name, path, stamp)
    {
        if let Some(writer) = caching.new {
            writer.copy(cache, name, &mut file);
        }
        return file;
    }
    let writer = caching.new.zip(stamp);
    let store = |releases: &mut [Release]| {
        if let Some((writer, (name, _))) = writer {
            writer.store_bodies(name, releases);
        }
    };
    let file = parse_path(path, key, &store, chunk_read);
    if let Some((writer, (name, stamp))) = writer {
        writer.finish_file(name, stamp, &file);
    }
    file
}

/// Reads and parses one file on disk, handing its releases to `store` as
/// they are parsed, and saying how many bytes each chunk of a large file
/// was to `chunk_read`.
fn parse_path(
    path: &Path,
    key: &str,
    store: &dyn Fn(&mut [Release]),
    chunk_read: &dyn Fn(u64),
) -> ParsedFile {
    let large_jsonl = format_from_extension(path) == Some(Format::Jsonl)
        && fs::metadata(path).is_ok_and(|m| m.len() > STREAM_ABOVE);
    let chunked = |file: &mut [Release], bytes: u64| {
        store(file);
        chunk_read(bytes);
    };
    if large_jsonl && let Some(file) = parse_jsonl_in_chunks(path, key, CHUNK_BYTES, &chunked) {
        return file;
    }
    let mut file = match fs::read(path) {
        Ok(bytes) => parse_file(path, key, &bytes, format_from_extension(path)),
        Err(e) => ParsedFile {
            key: key.to_string(),
            problems: vec![skipped(path, None, format!("cannot read: {e}"))],
            ..ParsedFile::default()
        },
    };
    store(&mut file.releases);
    file
}

/// Loads every release under `paths`, calling `on_progress` from worker
/// threads as files finish. No cache is used.
pub fn load_with_progress(paths: &[PathBuf], on_progress: &(dyn Fn(Progress) + Sync)) -> Corpus {
    load_cached(paths, None, on_progress)
}

/// Loads every release under `paths`, reusing and then refreshing the
/// on-disk cache in `cache_dir` when one is given. Through the cache,
/// releases keep only their metadata in memory (see [`super::body`]).
pub fn load_cached(
    paths: &[PathBuf],
    cache_dir: Option<&Path>,
    on_progress: &(dyn Fn(Progress) + Sync),
) -> Corpus {
    let walk = walk(paths);
    let stamps: Vec<Option<(String, Stamp)>> = walk
        .files
        .par_iter()
        .map(|(path, key, root)| Some((cache_name(*root, key), Stamp::of(path)?)))
        .collect();
    let stamped: Vec<(&str, Stamp)> = stamps
        .iter()
        .filter_map(|s| s.as_ref().map(|(name, stamp)| (name.as_str(), *stamp)))
        .collect();
    let old = cache_dir.map(|dir| Cache::open(dir, paths));
    let new = match (cache_dir, &old) {
        // A cache that cannot be written only costs speed next time.
        (Some(dir), Some(old)) if !old.is_fresh(&stamped) => CacheWriter::create(dir, paths).ok(),
        _ => None,
    };
    // Every file found and stamped: what is computed from them can be kept.
    let complete = stamped.len() == walk.files.len() && walk.problems.is_empty();
    let index_file = cache_dir
        .filter(|_| complete)
        .map(|dir| super::cache::index_file(dir, paths, &stamped));
    let inputs: Vec<(Input, String)> = walk
        .files
        .into_iter()
        .map(|(path, key, _)| (Input::File(path), key))
        .collect();
    let caching = Caching {
        old: old.as_ref(),
        new: new.as_ref(),
    };
    let files = read_inputs(&inputs, &stamps, caching, on_progress);
    if let Some(writer) = new {
        let _ = writer.finish();
    }
    let mut corpus = assemble(files);
    corpus.index_file = index_file;
    corpus.report.ignored = walk.ignored;
    corpus.report.problems.splice(0..0, walk.problems);
    corpus
}

fn read_inputs(
    inputs: &[(Input, String)],
    stamps: &[Option<(String, Stamp)>],
    caching: Caching<'_>,
    on_progress: &(dyn Fn(Progress) + Sync),
) -> Vec<ParsedFile> {
    let total = inputs.len();
    let bytes_total = stamps.iter().flatten().map(|(_, s)| s.size).sum();
    let done = AtomicUsize::new(0);
    let bytes_done = AtomicU64::new(0);
    let report = |files_done: usize, bytes: u64| {
        on_progress(Progress {
            files_done,
            files_total: total,
            bytes_done: bytes_done.fetch_add(bytes, Ordering::Relaxed) + bytes,
            bytes_total,
        });
    };
    inputs
        .par_iter()
        .enumerate()
        .map(|(i, (input, key))| {
            let stamp = stamps.get(i).and_then(|s| s.as_ref());
            let stamp = stamp.map(|(name, stamp)| (name.as_str(), *stamp));
            // Chunks of a large file report as they are parsed.
            let reported = std::cell::Cell::new(0u64);
            let chunk = |bytes: u64| {
                reported.set(reported.get() + bytes);
                report(done.load(Ordering::Relaxed), bytes);
            };
            let file = read_input(input, key, stamp, caching, &chunk);
            let files_done = done.fetch_add(1, Ordering::Relaxed) + 1;
            report(files_done, file.bytes.saturating_sub(reported.get()));
            file
        })
        .collect()
}

/// Loads releases from a list of inputs (files or embedded bytes), uncached.
pub fn load_inputs(
    inputs: Vec<(Input, String)>,
    on_progress: &(dyn Fn(Progress) + Sync),
) -> Corpus {
    let files = read_inputs(&inputs, &[], Caching::default(), on_progress);
    assemble(files)
}

/// Puts parsed files together into a corpus: sums the report and gives
/// every release its final, unique id.
fn assemble(files: Vec<ParsedFile>) -> Corpus {
    let mut report = LoadReport::default();
    let total = files.iter().map(|f| f.releases.len()).sum();
    let mut releases = Vec::with_capacity(total);
    let mut file_keys = Vec::with_capacity(files.len());
    let mut records = Vec::with_capacity(total);
    for file in files {
        report.files += 1;
        report.bytes += file.bytes;
        report.sanitized.add(file.sanitized);
        report.problems.extend(file.problems);
        if let Some(format) = file.format {
            let count = report.formats.entry(format).or_default();
            count.files += 1;
            count.releases += file.releases.len();
        }
        let f = file_keys.len() as u32;
        records.extend(file.records.into_iter().map(|r| (f, r)));
        releases.extend(file.releases);
        file_keys.push(file.key);
    }
    let keys: Vec<RecordKey<'_>> = records
        .into_iter()
        .map(|(f, record)| RecordKey {
            file: &file_keys[f as usize],
            record,
        })
        .collect();
    assign_ids(&mut releases, &keys);
    Corpus {
        releases,
        report,
        index_file: None,
    }
}

/// Gives each release its id: from its URL when it has one, otherwise from
/// its file (and record). Releases sharing a URL are told apart by their
/// file and content, then by their order.
fn assign_ids(releases: &mut [Release], keys: &[RecordKey<'_>]) {
    fn url(release: &Release) -> Option<&str> {
        release
            .url
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
    }
    // Each base key's FNV-1a hash is its id; only keys seen more than once
    // (by hash) need telling apart.
    let mut hashes: Vec<(u64, u32)> = releases
        .par_iter()
        .zip(keys)
        .enumerate()
        .map(|(i, (r, key))| {
            let hash = url(r).map_or_else(|| key.hash(), |u| super::id::fnv1a(u.as_bytes()));
            (hash, i as u32)
        })
        .collect();
    releases
        .par_iter_mut()
        .zip(&hashes)
        .for_each(|(r, &(hash, _))| r.id = ReleaseId::from_hash(hash));
    hashes.par_sort_unstable();
    let mut shared: Vec<u32> = hashes
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|run| run.len() > 1)
        .flat_map(|run| run.iter().map(|&(_, i)| i))
        .collect();
    shared.sort_unstable();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for i in shared {
        let release = &mut releases[i as usize];
        let key = keys[i as usize].text();
        let candidate = format!(
            "{}|{key}|{:x}",
            url(release).unwrap_or(&key),
            release.outline.fingerprint
        );
        let n = seen.entry(candidate.clone()).or_default();
        *n += 1;
        release.id = ReleaseId::from_key(&if *n == 1 {
            candidate
        } else {
            format!("{candidate}|{n}")
        });
    }
}

/// A progress line: how much of the archive is read, and of how many files.
pub fn describe_progress(p: Progress) -> String {
    let mb = |bytes: u64| bytes as f64 / 1e6;
    if p.bytes_total == 0 {
        return format!(
            "loading {}/{} files ({:.1} MB)",
            p.files_done,
            p.files_total,
            mb(p.bytes_done)
        );
    }
    let done = p.bytes_done.min(p.bytes_total);
    format!(
        "loading {:.0} of {:.0} MB ({}%), {}/{} files",
        mb(done),
        mb(p.bytes_total),
        done * 100 / p.bytes_total,
        p.files_done,
        p.files_total
    )
}

/// Loads every release under `paths`, using the cache in `cache_dir` when
/// given. When `show_progress` is set and stderr
/// is a terminal, a progress line is drawn on stderr for loads that take more
/// than a moment, and erased at the end.
pub fn load(paths: &[PathBuf], cache_dir: Option<&Path>, show_progress: bool) -> Corpus {
    let line = crate::progress::ProgressLine::new(show_progress);
    let on_progress =
        |p: Progress| line.show(p.files_done == p.files_total, || describe_progress(p));
    load_cached(paths, cache_dir, &on_progress)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(&path, bytes).unwrap();
        path
    }

    fn quiet(paths: &[PathBuf]) -> Corpus {
        load_with_progress(paths, &|_| {})
    }

    #[test]
    fn a_jsonl_file_parsed_in_chunks_equals_the_whole() {
        let dir = tempfile::tempdir().unwrap();
        let mut text = String::new();
        for i in 0..60 {
            match i % 10 {
                3 => text.push_str("{broken\n"),
                5 => text.push('\n'),
                7 => text.push_str(&format!("{{\"title\": \"T{i}\", \"text\": null}}\n")),
                _ => text.push_str(&format!(
                    "{{\"title\": \"Title {i}\", \"url\": \"https://x.example/{}\", \"text\": \"Body of release {i}. It says \\\"hello\\\", said Rep. Roe.\"}}\n",
                    i % 20
                )),
            }
        }
        let path = write(dir.path(), "big.jsonl", text.as_bytes());
        let whole = parse_file(&path, "big", text.as_bytes(), Some(Format::Jsonl));
        let (stored, bytes) = (std::cell::Cell::new(0), std::cell::Cell::new(0));
        let count = |releases: &mut [Release], read: u64| {
            stored.set(stored.get() + releases.len());
            bytes.set(bytes.get() + read);
        };
        let chunked = parse_jsonl_in_chunks(&path, "big", 200, &count).expect("streamable");
        assert_eq!(
            stored.get(),
            chunked.releases.len(),
            "every chunk handed over"
        );
        assert_eq!(bytes.get(), text.len() as u64);
        assert_eq!(whole.records, chunked.records);
        assert_eq!(whole.releases, chunked.releases);
        assert_eq!(whole.bytes, chunked.bytes);
        let lines = |f: &ParsedFile| f.problems.iter().map(|p| p.line).collect::<Vec<_>>();
        assert_eq!(lines(&whole), lines(&chunked));
        assert!(whole.problems.iter().any(|p| p.line == Some(34)));
    }

    #[test]
    fn progress_counts_bytes_of_the_whole_archive() {
        let p = Progress {
            files_done: 3,
            files_total: 100,
            bytes_done: 1_250_000_000,
            bytes_total: 5_000_000_000,
        };
        assert_eq!(
            describe_progress(p),
            "loading 1250 of 5000 MB (25%), 3/100 files"
        );
        let unknown = Progress {
            bytes_total: 0,
            ..p
        };
        assert_eq!(
            describe_progress(unknown),
            "loading 3/100 files (1250.0 MB)"
        );
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", b"One body.");
        write(dir.path(), "b.txt", b"Another body, longer.");
        let seen = std::sync::Mutex::new(Vec::new());
        load_with_progress(&[dir.path().to_path_buf()], &|p| {
            seen.lock().unwrap().push(p)
        });
        let seen = seen.into_inner().unwrap();
        let last = seen.iter().max_by_key(|p| p.bytes_done).unwrap();
        assert_eq!((last.bytes_done, last.bytes_total), (30, 30));
        assert!(seen.iter().any(|p| p.files_done == 2));
    }

    #[test]
    fn files_needing_the_whole_file_path_are_not_streamed() {
        let dir = tempfile::tempdir().unwrap();
        let bom = write(dir.path(), "bom.jsonl", b"\xef\xbb\xbf{\"text\": \"a\"}\n");
        let nul = write(dir.path(), "nul.jsonl", b"{\"text\": \"a\0\"}\n");
        let array = write(dir.path(), "array.jsonl", b"  [{\"text\": \"a\"}]\n");
        let invalid = write(dir.path(), "bad.jsonl", b"{\"text\": \"a\xff\"}\n");
        for path in [bom, nul, array, invalid] {
            assert!(
                parse_jsonl_in_chunks(&path, "k", 10, &|_, _| {}).is_none(),
                "{}",
                path.display()
            );
        }
    }

    #[test]
    fn loads_every_format_from_a_folder_and_reports_problems() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(d, "a.txt", b"One release body.\nSecond line here.");
        write(d, "sub/b.jsonl", b"{\"title\": \"T1\", \"text\": \"Body one.\"}\n{broken\n{\"title\": \"T3\", \"text\": null}\n{\"title\": \"T4\", \"text\": \"Body four.\"}\n");
        write(d, "empty.txt", b"");
        write(d, "binary.txt", b"abc\x00def");
        write(d, ".hidden.txt", b"Hidden body.");
        write(d, "notes.pdf", b"%PDF");
        let corpus = quiet(&[d.to_path_buf()]);
        assert_eq!(corpus.releases.len(), 3);
        let messages: Vec<String> = corpus
            .report
            .problems
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            messages
                .iter()
                .any(|m| m.contains("b.jsonl:2: broken JSON")),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.contains("b.jsonl:3: record has no text")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.contains("empty.txt: empty file")),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.contains("binary.txt: binary file")),
            "{messages:?}"
        );
        assert_eq!(corpus.report.ignored.len(), 1);
        assert_eq!(
            corpus.report.formats[&Format::Jsonl],
            FormatCount {
                files: 1,
                releases: 2
            }
        );
    }

    #[test]
    fn invalid_utf8_is_loaded_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "latin1.txt", b"Caf\xe9 society met today.");
        let corpus = quiet(&[path]);
        assert_eq!(corpus.releases.len(), 1);
        assert!(
            corpus.releases[0].body().paragraphs[0]
                .text
                .contains('\u{fffd}')
        );
        assert!(
            corpus.report.problems[0]
                .message
                .contains("invalid UTF-8: 1 byte sequence")
        );
    }

    #[test]
    fn missing_paths_and_fifos_are_reported_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        let good = write(dir.path(), "good.txt", b"A body.");
        let fifo = dir.path().join("pipe.txt");
        let made_fifo = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success());
        let mut paths = vec![dir.path().join("missing"), good];
        if made_fifo {
            paths.push(fifo);
        }
        let corpus = quiet(&paths);
        assert_eq!(corpus.releases.len(), 1);
        let skipped = corpus.report.skipped().count();
        assert_eq!(skipped, 1 + usize::from(made_fifo));
    }

    #[test]
    fn ids_are_stable_and_unique() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "dup.jsonl", b"{\"url\": \"https://x.gov/1\", \"title\": \"A\", \"text\": \"One.\"}\n{\"url\": \"https://x.gov/1\", \"title\": \"A\", \"text\": \"Two.\"}\n");
        let first = quiet(&[dir.path().to_path_buf()]);
        let second = quiet(&[dir.path().to_path_buf()]);
        let ids: Vec<&str> = first.releases.iter().map(|r| r.id.as_str()).collect();
        assert_ne!(ids[0], ids[1]);
        let again: Vec<&str> = second.releases.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, again);
    }

    #[test]
    fn symlinks_inside_folders_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let target = write(outside.path(), "t.txt", b"Outside body.");
        std::os::unix::fs::symlink(&target, dir.path().join("link.txt")).unwrap();
        write(dir.path(), "in.txt", b"Inside body.");
        let corpus = quiet(&[dir.path().to_path_buf()]);
        assert_eq!(corpus.releases.len(), 1);
    }

    #[test]
    fn hostile_text_is_cleaned_and_counted() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "hostile.txt",
            b"Title \x1b]0;owned\x07here\r\n\r\nA body\twith \x1b[31mred\x1b[0m, a bell \x07, C1 \xc2\x9b2J, bidi \xe2\x80\xaeevil\xe2\x80\xac and \xe2\x81\xa0joiner.\r\nLone CR\rline.",
        );
        let corpus = quiet(&[path]);
        let release = &corpus.releases[0];
        for p in &release.body().paragraphs {
            assert!(sanitize::is_terminal_safe(&p.text), "{:?}", p.text);
            assert!(!p.text.contains('\r') && !p.text.contains('\t'));
        }
        let s = corpus.report.sanitized;
        assert_eq!(
            (s.escape_sequences, s.control_chars, s.bidi_controls),
            (4, 1, 2)
        );
        assert!(corpus.report.problems.iter().any(
            |p| p.severity == Severity::Repaired && p.message.contains("4 escape sequence(s)")
        ));
    }

    #[test]
    fn a_dangling_symlink_named_on_the_command_line_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("gone.txt");
        std::os::unix::fs::symlink(dir.path().join("missing-target.txt"), &link).unwrap();
        let good = write(dir.path(), "ok.txt", b"A fine body.");
        let corpus = quiet(&[link, good]);
        assert_eq!(corpus.releases.len(), 1);
        assert!(corpus.report.problems[0].message.starts_with("cannot read"));
    }

    #[test]
    fn utf16_files_are_decoded() {
        let dir = tempfile::tempdir().unwrap();
        let bytes: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(
                "Ministers met.\nThey talked."
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes),
            )
            .collect();
        let path = write(dir.path(), "wide.txt", &bytes);
        let corpus = quiet(&[path]);
        assert_eq!(
            corpus.releases[0].body().paragraphs[0].text,
            "Ministers met."
        );
    }
}
