//! Related releases: for one release, the releases that share its rarest
//! words and its speakers.
//!
//! Each release is reduced to its `KEYWORDS` most distinctive words (term
//! frequency × inverse document frequency, among words at least two
//! releases share and at most a tenth use) plus the people it quotes. Two
//! releases are related by the weight of what they share: the idf of each
//! shared keyword, and [`SPEAKER_WEIGHT`] for each shared speaker.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

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

/// The lowercase words of a text worth considering as keywords.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= MIN_WORD && !w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_lowercase)
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
}

/// A release's word counts (title words count double).
fn counts(release: &Release) -> HashMap<String, u32> {
    let mut counts = HashMap::new();
    for w in words(&release.title) {
        *counts.entry(w).or_insert(0) += 2;
    }
    for p in &release.paragraphs {
        for w in words(&p.text) {
            *counts.entry(w).or_insert(0) += 1;
        }
    }
    counts
}

impl RelatedIndex {
    /// Builds the index (in parallel). Meant to run in the background.
    pub fn build(releases: &[Release]) -> RelatedIndex {
        let all_counts: Vec<HashMap<String, u32>> = releases.par_iter().map(counts).collect();
        let mut df: HashMap<&str, u32> = HashMap::new();
        for c in &all_counts {
            for w in c.keys() {
                *df.entry(w.as_str()).or_insert(0) += 1;
            }
        }
        let n = releases.len().max(1) as f32;
        let max_df = (releases.len() / 10).max(3) as u32;
        let idf = |d: u32| (n / d as f32).ln();
        let chosen: Vec<Vec<(String, f32)>> = all_counts
            .par_iter()
            .map(|c| {
                let mut scored: Vec<(&String, f32)> = c
                    .iter()
                    .filter_map(|(w, &tf)| {
                        let d = df[w.as_str()];
                        (d >= 2 && d <= max_df).then(|| (w, (1.0 + (tf as f32).ln()) * idf(d)))
                    })
                    .collect();
                scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
                scored
                    .into_iter()
                    .take(KEYWORDS)
                    .map(|(w, _)| (w.clone(), idf(df[w.as_str()])))
                    .collect()
            })
            .collect();
        let mut index = RelatedIndex::default();
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut id_of = |name: String, weight: f32, index: &mut RelatedIndex| -> u32 {
            *ids.entry(name.clone()).or_insert_with(|| {
                index.names.push(name);
                index.weight.push(weight);
                index.postings.push(Vec::new());
                index.postings.len() as u32 - 1
            })
        };
        for (r, (keywords, release)) in chosen.into_iter().zip(releases).enumerate() {
            let mut terms: Vec<u32> = keywords
                .into_iter()
                .map(|(w, weight)| id_of(w, weight, &mut index))
                .collect();
            let speakers: HashSet<String> = release
                .quotes
                .iter()
                .filter_map(|q| q.speaker.as_deref())
                .map(|s| format!("said:{}", quotes::speaker_key(s)))
                .collect();
            terms.extend(
                speakers
                    .into_iter()
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
    use crate::corpus::{Quote, TextPos};

    fn release(title: &str, body: &str, speaker: Option<&str>) -> Release {
        Release {
            quotes: speaker
                .map(|s| Quote {
                    start: TextPos::new(0, 0),
                    end: TextPos::new(0, 1),
                    speaker: Some(s.into()),
                })
                .into_iter()
                .collect(),
            ..Release::sample(title, title, &[body], &format!("{title}.txt"))
        }
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
        let index = RelatedIndex::build(&releases);
        let related = index.related(0, 5, &[]);
        assert_eq!(related[0].release, 1, "{related:?}");
        assert!(
            related[0]
                .shared
                .iter()
                .any(|s| s == "dredging" || s == "breakwater")
        );
        assert!(related[0].shared.iter().any(|s| s == "said:obi"));
        assert!(related.iter().all(|r| r.release != 2));
    }

    #[test]
    fn excluded_releases_are_left_out() {
        let releases = corpus();
        let index = RelatedIndex::build(&releases);
        assert!(index.related(0, 5, &[1]).iter().all(|r| r.release != 1));
        assert!(index.related(999, 5, &[]).is_empty());
    }
}
