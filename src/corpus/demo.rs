//! The demo corpus, embedded in the binary so `readout` works from any folder
//! with no arguments. The files live in `assets/demo/`; they are written for
//! readout and shaped like real archives in each format.

use std::path::Path;

use super::Corpus;
use super::assemble::assemble;
use super::parse::{format_from_extension, parse_file};

macro_rules! demo_files {
    ($($path:literal),* $(,)?) => {
        &[$(
            (concat!("demo/", $path), include_bytes!(concat!("../../assets/demo/", $path)) as &[u8]),
        )*]
    };
}

/// Every demo file: its display name and its bytes.
pub const FILES: &[(&str, &[u8])] = demo_files!(
    "wire-harbour-ferry.txt",
    "readout-ministers-call.txt",
    "statements/2024-03/2024-03-12-statement-on-the-coastal-resilience-act.md",
    "statements/2024-03/2024-03-15-readout-of-call-with-harbor-mayors.md",
    "congress-2024-03.jsonl",
);

/// Parses the embedded demo corpus.
pub fn load() -> Corpus {
    let files = FILES
        .iter()
        .map(|(name, bytes)| {
            let path = Path::new(name);
            let key = name.trim_start_matches("demo/");
            parse_file(path, key, bytes, format_from_extension(path))
        })
        .collect();
    assemble(files)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_demo_file_in_assets_is_embedded() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/demo");
        let mut on_disk = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(dir)];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    on_disk.push(
                        path.strip_prefix(dir)
                            .unwrap()
                            .to_string_lossy()
                            .into_owned(),
                    );
                }
            }
        }
        on_disk.sort();
        let mut embedded: Vec<String> = super::FILES
            .iter()
            .map(|(n, _)| n.trim_start_matches("demo/").to_string())
            .collect();
        embedded.sort();
        assert_eq!(on_disk, embedded);
    }

    #[test]
    fn the_demo_corpus_loads_in_every_format() {
        let corpus = super::load();
        assert_eq!(corpus.report.formats.len(), 3);
        assert!(corpus.releases.len() >= 6);
    }
}
