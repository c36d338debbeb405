//! Reading archives: walk the given paths, read files in parallel (from the
//! cache when it holds them), parse each by its format, and report every
//! file or record that could not be used — without ever giving up on the rest.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use rayon::prelude::*;

use super::cache::{Cache, CacheWriter};
use super::stamp::Stamp;
use super::walk::walk;
use crate::corpus::assemble::assemble;
use crate::corpus::parse::{ParsedFile, format_from_extension, parse_file, parse_file_from_line};
use crate::corpus::report::skipped;
use crate::corpus::{Corpus, Format, Release};

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

/// Reads and parses one file, from the cache when it holds this version
/// of the file (`stamp`, with the file's name in the cache), and stores it
/// in the cache being written.
fn read_input(
    path: &Path,
    key: &str,
    stamp: Option<(&str, Stamp)>,
    caching: Caching<'_>,
    chunk_read: &dyn Fn(u64),
) -> ParsedFile {
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
/// releases keep only their metadata in memory (see [`crate::corpus::body`]).
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
    let inputs: Vec<(PathBuf, String)> = walk
        .files
        .into_iter()
        .map(|(path, key, _)| (path, key))
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
    corpus.report.symlinks = walk.symlinks;
    corpus.report.problems.splice(0..0, walk.problems);
    corpus
}

fn read_inputs(
    inputs: &[(PathBuf, String)],
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
        .map(|(i, (path, key))| {
            let stamp = stamps.get(i).and_then(|s| s.as_ref());
            let stamp = stamp.map(|(name, stamp)| (name.as_str(), *stamp));
            // Chunks of a large file report as they are parsed.
            let reported = std::cell::Cell::new(0u64);
            let chunk = |bytes: u64| {
                reported.set(reported.get() + bytes);
                report(done.load(Ordering::Relaxed), bytes);
            };
            let file = read_input(path, key, stamp, caching, &chunk);
            let files_done = done.fetch_add(1, Ordering::Relaxed) + 1;
            report(files_done, file.bytes.saturating_sub(reported.get()));
            file
        })
        .collect()
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
    use crate::corpus::report::{FormatCount, Severity};
    use crate::corpus::sanitize;

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
            corpus.releases[0].read_body().paragraphs[0]
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
        assert_eq!(corpus.report.symlinks, [dir.path().join("link.txt")]);
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
        for p in &release.read_body().paragraphs {
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
            corpus.releases[0].read_body().paragraphs[0].text,
            "Ministers met."
        );
    }
}
