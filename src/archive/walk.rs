//! Walking the paths given on the command line: folders recursively
//! (symlinks not followed, hidden entries and project documentation
//! skipped), files as given, every problem reported.

use std::fs;
use std::path::{Path, PathBuf};

use crate::corpus::parse::format_from_extension;
use crate::corpus::report::{Problem, skipped};

/// The outcome of walking the paths given on the command line.
#[derive(Debug, Default)]
pub struct Walk {
    /// Each file, its key (its path below the root it was found under),
    /// and that root's position among the paths opened.
    pub files: Vec<(PathBuf, String, usize)>,
    /// Files in walked folders that are not in a release format.
    pub ignored: Vec<PathBuf>,
    /// Symbolic links in walked folders, which are not followed.
    pub symlinks: Vec<PathBuf>,
    /// Paths that could not be walked.
    pub problems: Vec<Problem>,
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
pub fn walk(paths: &[PathBuf]) -> Walk {
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
        let meta = match fs::symlink_metadata(&path) {
            Ok(meta) => meta,
            Err(e) => {
                walk.problems.push(skipped(
                    &path,
                    None,
                    format!("cannot read file information: {e}"),
                ));
                continue;
            }
        };
        let kind = meta.file_type();
        if kind.is_symlink() {
            walk.symlinks.push(path);
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
