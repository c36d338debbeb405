//! Related releases: for one release, the releases that share its rarest
//! words and its speakers.
//!
//! Each release is reduced to its `KEYWORDS` most distinctive words (term
//! frequency × inverse document frequency, among words at least two
//! releases share and at most a tenth use), read off the full-text index
//! rather than the bodies, plus the people it quotes. Two
//! releases are related by the weight of what they share: the idf of each
//! shared keyword, and [`SPEAKER_WEIGHT`] for each shared speaker.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use super::index::SearchIndex;
use crate::corpus::{Release, quotes};

/// Distinctive words kept per release.
const KEYWORDS: usize = 12;
/// Weight of a shared speaker, against a keyword's idf (typically 3–9).
pub const SPEAKER_WEIGHT: f32 = 4.0;
/// Words shorter than this are not keywords.
const MIN_WORD: usize = 3;
/// Keywords shared by more releases than this are skipped when scoring,
/// so one common word cannot make everything related.
const MAX_POSTING: usize = 5_000;

/// Frequent English words that carry no topic.
const STOPWORDS: &[&str] = &[
    "the",
    "and",
    "for",
    "that",
    "with",
    "this",
    "from",
    "are",
    "was",
    "will",
    "have",
    "has",
    "been",
    "our",
    "their",
    "they",
    "his",
    "her",
    "its",
    "not",
    "but",
    "who",
    "which",
    "said",
    "also",
    "more",
    "than",
    "all",
    "can",
    "would",
    "these",
    "those",
    "were",
    "into",
    "about",
    "today",
    "other",
    "such",
    "over",
    "new",
    "one",
    "two",
    "year",
    "years",
    "through",
    "after",
    "what",
    "when",
    "where",
    "while",
    "there",
    "including",
    "support",
    "state",
    "states",
    "president",
    "statement",
    "release",
    "press",
];

/// Keywords and speakers of every release, and who shares them.
#[derive(Debug, Default)]
pub struct RelatedIndex {
    /// Each release's keywords and speakers, as term ids.
    terms: Vec<Vec<u32>>,
    /// Releases holding each term.
    postings: Vec<Vec<u32>>,
    /// Each term's weight.
    weight: Vec<f32>,
    /// Each term's text (`said:` for speakers), to say what is shared.
    names: Vec<String>,
}

/// A release similar to another, with what they share.
#[derive(Debug, Clone, PartialEq)]
pub struct RelatedRelease {
    /// Index of the related release.
    pub release: u32,
    /// Sum of the weights of what is shared.
    pub score: f32,
    /// The shared keywords and speakers, heaviest first (at most five).
    pub shared: Vec<String>,
}

/// True for an indexed word that may stand for a topic: long enough, not a
/// number, not a stopword.
fn is_keyword(word: &str) -> bool {
    word.chars().count() >= MIN_WORD
        && !word.chars().all(|c| c.is_ascii_digit())
        && !STOPWORDS.contains(&word)
}

/// Releases whose keywords are chosen together, per unit of parallel work.
const SPAN: usize = 1 << 16;

/// The best [`KEYWORDS`] candidate words of one release, as they are offered.
#[derive(Clone, Copy, Default)]
struct Best {
    /// (score, candidate) pairs; the first `len` are in use.
    items: [(f32, u32); KEYWORDS],
    len: usize,
    /// Index of the worst item, once full.
    worst: usize,
}

impl Best {
    /// True when `a` ranks above `b`: higher score, then the word first in
    /// alphabetical order (candidates are numbered alphabetically).
    fn above(a: (f32, u32), b: (f32, u32)) -> bool {
        a.0 > b.0 || (a.0 == b.0 && a.1 < b.1)
    }

    fn offer(&mut self, item: (f32, u32)) {
        if self.len < KEYWORDS {
            self.items[self.len] = item;
            self.len += 1;
        } else if Self::above(item, self.items[self.worst]) {
            self.items[self.worst] = item;
        } else {
            return;
        }
        if self.len == KEYWORDS {
            self.worst = (0..KEYWORDS)
                .reduce(|w, i| {
                    if Self::above(self.items[w], self.items[i]) {
                        i
                    } else {
                        w
                    }
                })
                .unwrap_or(0);
        }
    }

    /// The candidates kept, best first.
    fn ranked(mut self) -> Vec<u32> {
        let items = &mut self.items[..self.len];
        items.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        items.iter().map(|&(_, c)| c).collect()
    }
}

impl RelatedIndex {
    /// Builds the index from the full-text index of the same releases (in
    /// parallel, reading no release body). Each release keeps its
    /// twelve most distinctive words, by (1 + ln tf) × idf among the
    /// words that at least two and at most a tenth of the releases use
    /// (title words weigh as the full-text index weighs them), and the
    /// people it quotes. Meant to run in the background.
    pub fn build(releases: &[Release], search: &SearchIndex) -> RelatedIndex {
        let n = releases.len().min(search.release_count());
        let max_df = (n / 10).max(3);
        let idf = |d: usize| (n.max(1) as f32 / d as f32).ln();
        let mut candidates: Vec<(&str, u32, f32)> = search
            .words()
            .filter(|(word, _)| is_keyword(word))
            .filter_map(|(word, term)| {
                let df = search.postings(term).0.len();
                (df >= 2 && df <= max_df).then(|| (word, term, idf(df)))
            })
            .collect();
        candidates.par_sort_unstable_by(|a, b| a.0.cmp(b.0));
        // 1 + ln(tf) for the counts most postings have, looked up rather
        // than computed a quarter of a billion times on a large archive.
        let damped: Vec<f32> = (0..256u16).map(|tf| 1.0 + f32::from(tf).ln()).collect();
        let damp = |tf: u16| match damped.get(usize::from(tf)) {
            Some(&d) => d,
            None => 1.0 + f32::from(tf).ln(),
        };
        let chosen: Vec<Vec<u32>> = (0..n.div_ceil(SPAN))
            .into_par_iter()
            .flat_map_iter(|span| {
                let (lo, hi) = (span * SPAN, ((span + 1) * SPAN).min(n));
                let mut best = vec![Best::default(); hi - lo];
                for (c, &(_, term, weight)) in candidates.iter().enumerate() {
                    let (list, freqs) = search.postings(term);
                    let from = list.partition_point(|&r| (r as usize) < lo);
                    for (&r, &tf) in list[from..].iter().zip(&freqs[from..]) {
                        let Some(slot) = best.get_mut((r as usize).wrapping_sub(lo)) else {
                            break;
                        };
                        slot.offer((damp(tf) * weight, c as u32));
                    }
                }
                best.into_iter().map(Best::ranked)
            })
            .collect();
        let mut index = RelatedIndex::default();
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut id_of = |name: &str, weight: f32, index: &mut RelatedIndex| -> u32 {
            if let Some(&id) = ids.get(name) {
                return id;
            }
            let id = index.postings.len() as u32;
            ids.insert(name.to_string(), id);
            index.names.push(name.to_string());
            index.weight.push(weight);
            index.postings.push(Vec::new());
            id
        };
        for (r, (keywords, release)) in chosen.into_iter().zip(releases).enumerate() {
            let mut terms: Vec<u32> = keywords
                .into_iter()
                .map(|c| {
                    let (word, _, weight) = candidates[c as usize];
                    id_of(word, weight, &mut index)
                })
                .collect();
            let speakers: HashSet<String> = release
                .outline
                .speakers
                .iter()
                .map(|s| format!("said:{}", quotes::speaker_key(s)))
                .collect();
            terms.extend(
                speakers
                    .iter()
                    .map(|s| id_of(s, SPEAKER_WEIGHT, &mut index)),
            );
            terms.sort_unstable();
            terms.dedup();
            for &t in &terms {
                index.postings[t as usize].push(r as u32);
            }
            index.terms.push(terms);
        }
        index
    }

    /// The releases most related to `release`, best first, leaving out
    /// `exclude` (the release's near-duplicates, shown on their own).
    pub fn related(&self, release: usize, limit: usize, exclude: &[usize]) -> Vec<RelatedRelease> {
        let Some(terms) = self.terms.get(release) else {
            return Vec::new();
        };
        let mut scores: HashMap<u32, (f32, Vec<u32>)> = HashMap::new();
        for &t in terms {
            let posting = &self.postings[t as usize];
            if posting.len() > MAX_POSTING {
                continue;
            }
            for &other in posting {
                if other as usize == release || exclude.contains(&(other as usize)) {
                    continue;
                }
                let entry = scores.entry(other).or_default();
                entry.0 += self.weight[t as usize];
                entry.1.push(t);
            }
        }
        let mut out: Vec<RelatedRelease> = scores
            .into_iter()
            .filter(|(_, (_, shared))| shared.len() >= 2)
            .map(|(other, (score, mut shared))| {
                shared
                    .sort_by(|a, b| self.weight[*b as usize].total_cmp(&self.weight[*a as usize]));
                RelatedRelease {
                    release: other,
                    score,
                    shared: shared
                        .into_iter()
                        .take(5)
                        .map(|t| self.names[t as usize].clone())
                        .collect(),
                }
            })
            .collect();
        out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.release.cmp(&b.release)));
        out.truncate(limit);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Body, Paragraph, Quote, TextPos};

    fn release(title: &str, body: &str, speaker: Option<&str>) -> Release {
        let body = Body {
            paragraphs: vec![Paragraph::body(body)],
            quotes: speaker
                .map(|s| Quote {
                    start: TextPos::new(0, 0),
                    end: TextPos::new(0, 1),
                    speaker: Some(s.into()),
                })
                .into_iter()
                .collect(),
            ..Body::default()
        };
        Release::sample_with(title, title, body, &format!("{title}.txt"))
    }

    fn index(releases: &[Release]) -> RelatedIndex {
        RelatedIndex::build(releases, &SearchIndex::build(releases))
    }

    fn corpus() -> Vec<Release> {
        let mut releases = vec![
            release(
                "Harbor dredging grant",
                "The harbor dredging grant funds the channel and the breakwater.",
                Some("Rep. Ken Obi"),
            ),
            release(
                "Dredging the channel",
                "Dredging of the harbor channel begins; the breakwater is repaired.",
                Some("Ken Obi"),
            ),
            release(
                "Broadband for rural homes",
                "Fiber broadband reaches rural homes and schools.",
                Some("Sen. Ruth Alvarez"),
            ),
            release(
                "Ferry terminal safety",
                "Ferry terminal upgrades and ferry safety inspections.",
                None,
            ),
        ];
        for i in 0..30 {
            releases.push(release(
                &format!("Filler {i}"),
                &format!("Unrelated filler words number{i} budget hearing."),
                None,
            ));
        }
        releases
    }

    #[test]
    fn releases_sharing_rare_words_and_speakers_are_related() {
        let releases = corpus();
        let index = index(&releases);
        let related = index.related(0, 5, &[]);
        assert_eq!(related[0].release, 1, "{related:?}");
        assert!(
            related[0]
                .shared
                .iter()
                .any(|s| s == "dredging" || s == "breakwater")
        );
        assert!(related[0].shared.iter().any(|s| s == "said:ken obi"));
        assert!(related.iter().all(|r| r.release != 2));
    }

    #[test]
    fn excluded_releases_are_left_out() {
        let releases = corpus();
        let index = index(&releases);
        assert!(index.related(0, 5, &[1]).iter().all(|r| r.release != 1));
        assert!(index.related(999, 5, &[]).is_empty());
    }
}
