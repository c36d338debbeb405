//! Near-duplicate releases: joint releases posted by several offices,
//! statements re-posted with a new headline. Found by comparing sketches of
//! each body's word shingles, so an analyst can see one story once.
//!
//! Each body is reduced to the `SKETCH` smallest hashes of its 4-word
//! shingles (a bottom-k MinHash sketch). Releases that share one of their few
//! smallest hashes become candidates, and a candidate pair is a duplicate
//! when their sketches estimate a Jaccard similarity of at least
//! [`THRESHOLD`]. Groups are the connected pairs.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::corpus::Release;
use crate::corpus::id::{fnv1a, fnv1a_extend};

/// Words per shingle.
const SHINGLE: usize = 4;
/// Hashes kept per sketch.
const SKETCH: usize = 32;
/// How many of the smallest hashes are used to find candidates.
const BUCKET_KEYS: usize = 4;
/// Buckets larger than this are boilerplate shared by many releases
/// ("For immediate release"), not evidence of duplication.
const MAX_BUCKET: usize = 64;
/// Estimated Jaccard similarity from which two releases are near-duplicates.
pub const THRESHOLD: f64 = 0.7;
/// Bodies with fewer shingles than this are too short to compare.
const MIN_SHINGLES: usize = 12;

/// Groups of near-duplicate releases, by index into the corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Duplicates {
    /// For each release, the group it belongs to, if any.
    pub group_of: Vec<Option<u32>>,
    /// Each group's members, in corpus order; every group has two or more.
    pub groups: Vec<Vec<u32>>,
}

impl Duplicates {
    /// The other releases in the same group as `release`.
    pub fn others(&self, release: usize) -> impl Iterator<Item = usize> + '_ {
        self.group_of
            .get(release)
            .copied()
            .flatten()
            .into_iter()
            .flat_map(move |g| self.groups[g as usize].iter().map(|&i| i as usize))
            .filter(move |&i| i != release)
    }
}

/// [`fnv1a`] of the lowercase form of `word`, without building it.
fn word_hash(word: &str) -> u64 {
    if word.is_ascii() {
        return word.bytes().fold(fnv1a(b""), |h, b| {
            fnv1a_extend(h, &[b.to_ascii_lowercase()])
        });
    }
    let mut hash = fnv1a(b"");
    let mut buf = [0; 4];
    for c in word.chars().flat_map(char::to_lowercase) {
        hash = fnv1a_extend(hash, c.encode_utf8(&mut buf).as_bytes());
    }
    hash
}

/// The bottom-k sketch of a release body: its smallest shingle hashes, sorted.
fn sketch(release: &Release) -> Vec<u64> {
    let body = release.read_body();
    let words: Vec<u64> = body
        .paragraphs
        .iter()
        .flat_map(|p| p.text.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(word_hash)
        .collect();
    if words.len() < SHINGLE + MIN_SHINGLES {
        return Vec::new();
    }
    let mut hashes: Vec<u64> = words
        .windows(SHINGLE)
        .map(|w| {
            let mut h = 0u64;
            for &word in w {
                h = h.rotate_left(13) ^ word;
            }
            h.wrapping_mul(0x9e37_79b9_7f4a_7c15)
        })
        .collect();
    hashes.sort_unstable();
    hashes.dedup();
    // A copy of the few kept: the sketch of every release stays in memory.
    hashes[..SKETCH.min(hashes.len())].to_vec()
}

/// Estimated Jaccard similarity of two bottom-k sketches.
fn similarity(a: &[u64], b: &[u64]) -> f64 {
    // The k smallest of the union, and how many of them are in both.
    let (mut i, mut j, mut taken, mut shared) = (0, 0, 0, 0);
    let k = SKETCH.min(a.len().max(b.len()));
    while taken < k && (i < a.len() || j < b.len()) {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                shared += 1;
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x < y => i += 1,
            (Some(_), None) => i += 1,
            _ => j += 1,
        }
        taken += 1;
    }
    if taken == 0 {
        0.0
    } else {
        shared as f64 / taken as f64
    }
}

fn find(parent: &mut [u32], mut x: u32) -> u32 {
    while parent[x as usize] != x {
        parent[x as usize] = parent[parent[x as usize] as usize];
        x = parent[x as usize];
    }
    x
}

/// Finds the groups of near-duplicate releases in `releases`.
pub fn find_duplicates(releases: &[Release]) -> Duplicates {
    find_duplicates_reporting(releases, &|_| {})
}

/// [`find_duplicates`], telling `compared` how many releases were sketched
/// as each chunk of them is (from several threads).
pub fn find_duplicates_reporting(
    releases: &[Release],
    compared: &(dyn Fn(usize) + Sync),
) -> Duplicates {
    let sketches: Vec<Vec<u64>> = releases
        .par_chunks(1024)
        .flat_map_iter(|chunk| {
            let sketches: Vec<Vec<u64>> = chunk.iter().map(sketch).collect();
            compared(chunk.len());
            sketches
        })
        .collect();
    let mut buckets: HashMap<u64, Vec<u32>> = HashMap::new();
    for (i, s) in sketches.iter().enumerate() {
        for &h in s.iter().take(BUCKET_KEYS) {
            buckets.entry(h).or_default().push(i as u32);
        }
    }
    let mut parent: Vec<u32> = (0..releases.len() as u32).collect();
    for members in buckets
        .values()
        .filter(|m| m.len() > 1 && m.len() <= MAX_BUCKET)
    {
        for (n, &a) in members.iter().enumerate() {
            for &b in &members[n + 1..] {
                if find(&mut parent, a) == find(&mut parent, b) {
                    continue;
                }
                if similarity(&sketches[a as usize], &sketches[b as usize]) >= THRESHOLD {
                    let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                    parent[ra.max(rb) as usize] = ra.min(rb);
                }
            }
        }
    }
    let mut by_root: HashMap<u32, Vec<u32>> = HashMap::new();
    for i in 0..releases.len() as u32 {
        let root = find(&mut parent, i);
        by_root.entry(root).or_default().push(i);
    }
    let mut groups: Vec<Vec<u32>> = by_root.into_values().filter(|g| g.len() > 1).collect();
    groups.sort_by_key(|g| g[0]);
    let mut group_of = vec![None; releases.len()];
    for (g, members) in groups.iter().enumerate() {
        for &m in members {
            group_of[m as usize] = Some(g as u32);
        }
    }
    Duplicates { group_of, groups }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::finish::finished_release;

    fn release(title: &str, body: &str) -> Release {
        finished_release(title, body)
    }

    const STORY: &str = "The delegation introduced a bipartisan bill today that would fund the repair of rural bridges across the state, many of which were built before 1960 and now carry heavy trucks every day.\n\nLocal officials have asked for the money for a decade, and the bill would finally deliver it through a competitive grant program run by the transportation department.";

    #[test]
    fn a_joint_release_posted_twice_is_one_group() {
        let releases = vec![
            release(
                "Smith and Jones introduce bridge bill",
                &format!("WASHINGTON – Rep. Smith said. {STORY}"),
            ),
            release(
                "Unrelated",
                "The senator met farmers at the county fair to hear about crop prices, water rights and the cost of fuel this season, and promised to take their concerns to the committee next week when it meets.",
            ),
            release(
                "Jones, Smith introduce bridge bill",
                &format!("WASHINGTON – Rep. Jones said. {STORY}"),
            ),
        ];
        let d = find_duplicates(&releases);
        assert_eq!(d.groups, vec![vec![0, 2]]);
        assert_eq!(d.others(0).collect::<Vec<_>>(), vec![2]);
        assert_eq!(d.group_of[1], None);
    }

    #[test]
    fn words_hash_as_their_lowercase_form() {
        for word in ["Harbor", "ÄRGER", "İstanbul", "ǅemal"] {
            assert_eq!(
                word_hash(word),
                fnv1a(word.to_lowercase().as_bytes()),
                "{word}"
            );
        }
        assert_eq!(sketch(&release("a", STORY)).capacity(), SKETCH);
    }

    #[test]
    fn short_or_different_releases_are_not_duplicates() {
        let releases = vec![
            release("a", "Too short."),
            release("b", "Too short."),
            release("c", STORY),
        ];
        assert!(find_duplicates(&releases).groups.is_empty());
    }
}
