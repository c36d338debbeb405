//! Two jobs before compiling:
//!
//! - Fingerprints the code that shapes a saved byte, so files readout saved
//!   are ignored whenever that code changes: `READOUT_PARSER_HASH` covers
//!   the parser and the cache format (`src/corpus`, `src/archive`), and
//!   `READOUT_INDEX_HASH` the full-text index as well (`src/search`).
//! - Sets `cfg(shared_corpus)` when the real corpus (`../shared/corpus`) is
//!   beside the clone, so tests that need it are compiled in, and reported
//!   as ignored (not as passed) where it is absent.

use std::fs;
use std::path::{Path, PathBuf};

/// FNV-1a's offset basis.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn main() {
    let parser = hash_trees(FNV_OFFSET, &["src/corpus", "src/archive"]);
    let index = hash_trees(parser, &["src/search"]);
    println!("cargo:rustc-env=READOUT_PARSER_HASH={parser:016x}");
    println!("cargo:rustc-env=READOUT_INDEX_HASH={index:016x}");

    println!("cargo::rustc-check-cfg=cfg(shared_corpus)");
    let readme = Path::new("../shared/corpus/README.md");
    if readme.is_file() {
        println!("cargo:rustc-cfg=shared_corpus");
        // Watched by its README, so the corpus going away is noticed
        // without scanning thousands of files on every build. (A path that
        // does not exist would make every build run this script again, so
        // a corpus that appears later is noticed once build.rs is touched.)
        println!("cargo:rerun-if-changed={}", readme.display());
    }
}

/// FNV-1a, continued from `hash`, over every file below `roots`, by path.
fn hash_trees(mut hash: u64, roots: &[&str]) -> u64 {
    let mut files = Vec::new();
    for root in roots {
        println!("cargo:rerun-if-changed={root}");
        collect(Path::new(root), &mut files);
    }
    files.sort();
    for path in files {
        for b in path
            .to_string_lossy()
            .bytes()
            .chain(fs::read(&path).unwrap_or_default())
        {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

/// Every file below `dir`.
fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else {
            files.push(path);
        }
    }
}
