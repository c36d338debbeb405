//! Fingerprints the parser's source so the on-disk cache of parsed files is
//! ignored whenever the code that produced it changes.

use std::fs;
use std::path::Path;

fn main() {
    let dir = Path::new("src/corpus");
    println!("cargo:rerun-if-changed=src/corpus");
    let mut files: Vec<_> = fs::read_dir(dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    // FNV-1a over every parser source file, in name order.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for path in files {
        for b in fs::read(&path).unwrap_or_default() {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=READOUT_PARSER_HASH={hash:016x}");
}
