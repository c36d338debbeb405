//! Puts parsed files together into a corpus, giving every release its
//! final, unique id.

use std::collections::HashMap;

use rayon::prelude::*;

use super::id::RecordKey;
use super::parse::ParsedFile;
use super::report::LoadReport;
use super::{Corpus, Release, ReleaseId};

/// Puts parsed files together into a corpus: sums the report and gives
/// every release its final, unique id.
pub fn assemble(files: Vec<ParsedFile>) -> Corpus {
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
    Corpus::new(releases, report)
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
