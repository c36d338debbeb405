//! Fingerprints the parser's source so the on-disk cache of parsed files is
//! ignored whenever the code that produced it changes.

use std::fs;
use std::path::{Path, PathBuf};

/// Every file below `dir`, in path order.
fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files.extend(files_below(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn main() {
    let dir = Path::new("src/corpus");
    println!("cargo:rerun-if-changed=src/corpus");
    // FNV-1a over every parser source file (subfolders too), in path order.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for path in files_below(dir) {
        for b in fs::read(&path).unwrap_or_default() {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=READOUT_PARSER_HASH={hash:016x}");
}
