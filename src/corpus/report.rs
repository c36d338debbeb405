//! What loading read, and every problem met on the way: one per file or
//! record, naming it, in words a user can act on.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::Format;
use super::sanitize::{self, SanitizeStats};

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
        let path = sanitize::escape_line(&self.path.to_string_lossy()).into_owned();
        let message = sanitize::escape_line(&self.message);
        match self.line {
            Some(line) => write!(f, "{path}:{line}: {message}"),
            None => write!(f, "{path}: {message}"),
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
    /// Symbolic links in walked folders, not followed.
    pub symlinks: Vec<PathBuf>,
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

/// A problem that cost `path` (or its record at `line`).
pub(crate) fn skipped(path: &Path, line: Option<u32>, message: impl Into<String>) -> Problem {
    Problem {
        path: path.to_path_buf(),
        line,
        severity: Severity::Skipped,
        message: message.into(),
    }
}

/// A problem `path` was repaired of.
pub(crate) fn repaired(path: &Path, message: impl Into<String>) -> Problem {
    Problem {
        path: path.to_path_buf(),
        line: None,
        severity: Severity::Repaired,
        message: message.into(),
    }
}
