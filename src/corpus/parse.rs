//! One file's bytes in, its releases and problems out: decoding, picking
//! the format, the format's parser and the shared finishing steps. Pure: the
//! bytes come from the archive layer (`archive`), which also decides what to cache.

use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

use super::decode::{self, DecodeError, Encoding};
use super::finish::finish;
use super::id::RecordKey;
use super::report::{Problem, repaired, skipped};
use super::sanitize::{self, SanitizeStats};
use super::{Draft, Format, Origin, Release, ReleaseId, jsonl, markdown, text};

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
pub fn format_from_content(text: &str) -> Format {
    let start = text.trim_start();
    if text.starts_with("---\n") || text.starts_with("---\r\n") {
        Format::Markdown
    } else if start.starts_with('{') || start.starts_with('[') {
        Format::Jsonl
    } else {
        Format::Text
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
pub fn parse_file_from_line(
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
