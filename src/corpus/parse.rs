//! One file's bytes in, its releases and problems out: decoding, picking
//! the format, the format's parser and the shared finishing steps. Pure: the
//! bytes come from the archive layer (`archive`), which also decides what to cache.

use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

use super::decode::{self, DecodeError, Encoding, Nul};
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
    // In JSON Lines every line stands alone: a NUL byte costs only its line.
    let nul = if hint == Some(Format::Jsonl) {
        Nul::Kept
    } else {
        Nul::Binary
    };
    let decoded = match decode::decode_with(bytes, nul) {
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
            let (clean, stats) = if format == Format::Markdown {
                sanitize::clean_text_keeping_no_break_spaces(&decoded.text)
            } else {
                sanitize::clean_text(&decoded.text)
            };
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

/// True when a JSON file may hold one JSON document (an array of
/// releases) rather than one release a line: a `.json` file, or one
/// without a known extension, that starts with `[`. A `.jsonl` or
/// `.ndjson` file is always read a line at a time.
fn may_be_one_document(path: &Path, text: &str) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    !matches!(ext.as_deref(), Some("jsonl" | "ndjson")) && text.trim_start().starts_with('[')
}

/// The records of a JSON Lines text, each line parsed on its own and
/// numbered as in the whole file (`first_line` is the text's first line).
fn json_lines(text: &str, first_line: u32) -> Vec<(u32, Result<Draft, jsonl::RecordError>)> {
    let lines: Vec<(u32, &str)> = jsonl::lines(text)
        .map(|(n, line)| (n + first_line - 1, line))
        .collect();
    lines
        .par_iter()
        .with_min_len(64)
        .map(|(n, line)| (*n, jsonl::parse_line(line)))
        .collect()
}

fn parse_json_file(
    text: &str,
    path: &Path,
    first_line: u32,
    origin: &dyn Fn(Option<u32>) -> Origin,
    result: &mut FileResult,
) {
    let mut is_array = false;
    let records = if may_be_one_document(path, text) {
        match jsonl::parse_array(text) {
            Ok(items) => {
                is_array = true;
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, r)| (i as u32 + 1, r))
                    .collect()
            }
            Err(e) => {
                // Not one document: perhaps one release a line after all,
                // the first of them not a release.
                let records = json_lines(text, first_line);
                if !records.iter().any(|(_, r)| r.is_ok()) {
                    result.problems.push(skipped(path, None, e.to_string()));
                    return;
                }
                records
            }
        }
    } else {
        json_lines(text, first_line)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(name: &str, bytes: &[u8]) -> ParsedFile {
        let path = Path::new(name);
        parse_file(path, name, bytes, format_from_extension(path))
    }

    fn titles(file: &ParsedFile) -> Vec<&str> {
        file.releases.iter().map(|r| r.title.as_str()).collect()
    }

    #[test]
    fn a_json_lines_file_starting_with_a_bracket_keeps_its_good_lines() {
        let bytes = b"[1]\n{\"title\": \"x\", \"text\": \"Survivor.\"}\n";
        for name in ["a.jsonl", "a.ndjson", "a.json"] {
            let file = parse(name, bytes);
            assert_eq!(titles(&file), ["x"], "{name}");
            assert_eq!(file.problems.len(), 1, "{name}");
            assert_eq!(file.problems[0].line, Some(1), "{name}");
            assert!(file.problems[0].message.contains("not a JSON object"));
        }
    }

    #[test]
    fn a_json_array_is_still_one_document() {
        let file = parse(
            "a.json",
            b"[\n  {\"title\": \"A\", \"text\": \"One.\"},\n  {\"title\": \"B\", \"text\": \"Two.\"}\n]\n",
        );
        assert_eq!(titles(&file), ["A", "B"]);
        let broken = parse("b.json", b"[\n  {\"title\": \"A\", \"text\": \"One.\"},\n");
        assert!(broken.releases.is_empty());
        assert_eq!(broken.problems.len(), 1, "one error for the document");
        assert!(broken.problems[0].message.contains("broken JSON"));
    }

    #[test]
    fn a_nul_byte_costs_only_its_line() {
        let file = parse(
            "n.jsonl",
            b"{\"title\": \"A\", \"text\": \"One.\"}\n{\"title\": \"B\0\", \"text\": \"Two.\"}\n{\"title\": \"C\", \"text\": \"Three.\"}\n",
        );
        assert_eq!(titles(&file), ["A", "C"]);
        assert_eq!(file.problems.len(), 1);
        assert_eq!(file.problems[0].line, Some(2));
        assert!(file.problems[0].message.contains("NUL byte"));
        let text = parse("n.txt", b"text\0more");
        assert!(text.releases.is_empty(), "other formats: binary");
    }

    #[test]
    fn a_utf32_file_is_decoded_and_said_so() {
        let bytes: Vec<u8> = [0xff, 0xfe, 0, 0]
            .into_iter()
            .chain(
                "Title: Wide release\n\nIts body.\n"
                    .chars()
                    .flat_map(|c| u32::from(c).to_le_bytes()),
            )
            .collect();
        let file = parse("w.txt", &bytes);
        assert_eq!(titles(&file), ["Wide release"]);
        assert!(
            file.problems[0].message.contains("Utf32Le"),
            "{:?}",
            file.problems
        );
    }
}
