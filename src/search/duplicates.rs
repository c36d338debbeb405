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

/// Hashes a word's lowercase bytes as it is read, eight bytes per step,
/// so a word costs about one multiplication rather than one per byte.
struct WordHasher {
    hash: u64,
    block: u64,
    filled: u32,
}

impl WordHasher {
    const START: u64 = 0xcbf2_9ce4_8422_2325;

    fn new() -> WordHasher {
        WordHasher {
            hash: WordHasher::START,
            block: 0,
            filled: 0,
        }
    }

    fn push(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.block |= u64::from(b) << (8 * self.filled);
            self.filled += 1;
            if self.filled == 8 {
                self.mix();
            }
        }
    }

    fn mix(&mut self) {
        self.hash = (self.hash ^ self.block)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .rotate_left(29);
        self.block = 0;
        self.filled = 0;
    }

    /// The word's hash; the hasher starts the next word.
    fn finish(&mut self) -> u64 {
        if self.filled > 0 {
            self.mix();
        }
        std::mem::replace(self, WordHasher::new()).hash
    }
}

/// Calls `each` with a hash of the lowercase form of every word of `text`
/// (its runs of letters and digits), in order, hashing as it reads rather
/// than splitting and lowering first.
fn each_word_hash(text: &str, mut each: impl FnMut(u64)) {
    let mut hasher = WordHasher::new();
    let mut in_word = false;
    let mut buf = [0; 4];
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (letter, len) = match bytes[i] {
            b if b.is_ascii() => {
                let letter = b.is_ascii_alphanumeric();
                if letter {
                    hasher.push(&[b.to_ascii_lowercase()]);
                }
                (letter, 1)
            }
            _ => {
                let c = text[i..].chars().next().unwrap_or_default();
                let letter = c.is_alphanumeric();
                if letter {
                    for lower in c.to_lowercase() {
                        hasher.push(lower.encode_utf8(&mut buf).as_bytes());
                    }
                }
                (letter, c.len_utf8())
            }
        };
        if !letter && in_word {
            each(hasher.finish());
        }
        in_word = letter;
        i += len;
    }
    if in_word {
        each(hasher.finish());
    }
}

/// The `SKETCH` smallest distinct values of a stream, kept sorted.
#[derive(Default)]
struct BottomK {
    smallest: Vec<u64>,
}

impl BottomK {
    /// Offers `value`: kept when it is among the smallest so far.
    fn offer(&mut self, value: u64) {
        let full = self.smallest.len() == SKETCH;
        if full && self.smallest.last().is_some_and(|&max| value >= max) {
            return;
        }
        if let Err(at) = self.smallest.binary_search(&value) {
            if full {
                self.smallest.pop();
            }
            self.smallest.insert(at, value);
        }
    }
}

/// The bottom-k sketch of a release body: its smallest shingle hashes,
/// sorted (none for a body too short to compare).
fn sketch(release: &Release) -> Vec<u64> {
    let body = release.read_body();
    let mut window = [0u64; SHINGLE];
    let mut words = 0usize;
    let mut sketch = BottomK {
        smallest: Vec::with_capacity(SKETCH),
    };
    for paragraph in &body.paragraphs {
        each_word_hash(&paragraph.text, |word| {
            window.rotate_left(1);
            window[SHINGLE - 1] = word;
            words += 1;
            if words >= SHINGLE {
                let shingle = window.iter().fold(0u64, |h, &w| h.rotate_left(13) ^ w);
                sketch.offer(shingle.wrapping_mul(0x9e37_79b9_7f4a_7c15));
            }
        });
    }
    if words < SHINGLE + MIN_SHINGLES {
        return Vec::new();
    }
    sketch.smallest
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
        let hashes = |text: &str| {
            let mut hashes = Vec::new();
            each_word_hash(text, |h| hashes.push(h));
            hashes
        };
        let mixed = hashes("Harbor, ÄRGER—Mississippians 42 ǅemal's");
        assert_eq!(mixed, hashes("harbor ärger mississippians 42 ǆemal s"));
        assert_eq!(mixed.len(), 6);
        let distinct: std::collections::HashSet<u64> =
            hashes("a b ab ba abcdefgh abcdefghi abcdefgha")
                .into_iter()
                .collect();
        assert_eq!(distinct.len(), 7, "different words hash apart");
        assert_eq!(sketch(&release("a", STORY)).capacity(), SKETCH);
    }

    #[test]
    fn a_sketch_is_the_smallest_distinct_shingles_sorted() {
        let mut all = Vec::new();
        let mut bottom = BottomK::default();
        for i in 0..500u64 {
            let value = i.wrapping_mul(0x9e37_79b9_7f4a_7c15) % 1000;
            all.push(value);
            bottom.offer(value);
        }
        all.sort_unstable();
        all.dedup();
        assert_eq!(bottom.smallest, all[..SKETCH]);
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
