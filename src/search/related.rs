//! Related releases: for one release, the releases that share its rarest
//! words and its speakers.
//!
//! Each release is reduced to its `KEYWORDS` most distinctive words (term
//! frequency × inverse document frequency, among words at least two
//! releases share and at most a tenth use), read off the full-text engine's
//! postings of body words rather than the bodies, plus the people it quotes. Two
//! releases are related by the weight of what they share: the idf of each
//! shared keyword, and [`SPEAKER_WEIGHT`] for each shared speaker.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use tantivy::postings::{Postings, TermInfo};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocSet, Searcher};

use super::engine::Engine;
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

/// Documents whose keywords are chosen together, per unit of parallel work.
const SPAN: u32 = 1 << 16;

/// How many times a word of a title counts against one of the body.
const TITLE_WEIGHT: u32 = 3;

/// Appends `(document, weight × count)` for the documents in `span` whose
/// postings `info` describes.
fn add_counts(
    inverted: &tantivy::InvertedIndexReader,
    info: &TermInfo,
    (lo, hi): (u32, u32),
    weight: u32,
    out: &mut Vec<(u32, u32)>,
) {
    let Ok(mut postings) = inverted.read_postings_from_terminfo(info, IndexRecordOption::WithFreqs)
    else {
        return;
    };
    let mut doc = postings.doc();
    if doc < lo {
        doc = postings.seek(lo);
    }
    while doc < hi {
        out.push((doc, weight * postings.term_freq()));
        doc = postings.advance();
    }
}

/// The words that may be keywords, alphabetically, each with its idf:
/// words of the body field that at least two and at most a tenth of the
/// `n` releases use.
fn keyword_candidates(searcher: &Searcher, field: Field, n: usize) -> Vec<(String, f32)> {
    let mut df: HashMap<String, u32> = HashMap::new();
    for segment in searcher.segment_readers() {
        let Ok(inverted) = segment.inverted_index(field) else {
            continue;
        };
        let Ok(mut stream) = inverted.terms().stream() else {
            continue;
        };
        while stream.advance() {
            let Ok(word) = std::str::from_utf8(stream.key()) else {
                continue;
            };
            if !is_keyword(word) {
                continue;
            }
            let count = stream.value().doc_freq;
            match df.get_mut(word) {
                Some(total) => *total += count,
                None => {
                    df.insert(word.to_string(), count);
                }
            }
        }
    }
    let max_df = (n / 10).max(3) as u32;
    let mut candidates: Vec<(String, f32)> = df
        .into_iter()
        .filter(|&(_, d)| d >= 2 && d <= max_df)
        .map(|(word, d)| {
            let idf = (n.max(1) as f32 / d as f32).ln();
            (word, idf)
        })
        .collect();
    candidates.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
    candidates
}

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
    /// parallel, reading no release body). Each release keeps its twelve
    /// most distinctive words of its body, by (1 + ln tf) × idf among the
    /// words that at least two and at most a tenth of the releases use,
    /// and the people it quotes. Meant to run in the background.
    pub fn build(releases: &[Release], engine: &Engine) -> RelatedIndex {
        let n = releases.len();
        let searcher = engine.searcher();
        let field = engine.body_field();
        let candidates = keyword_candidates(&searcher, field, n);
        // 1 + ln(tf) for the counts most postings have, looked up rather
        // than computed a quarter of a billion times on a large archive.
        let damped: Vec<f32> = (0..256u32).map(|tf| 1.0 + (tf as f32).ln()).collect();
        let damp = |tf: u32| match damped.get(tf as usize) {
            Some(&d) => d,
            None => 1.0 + (tf as f32).ln(),
        };
        let mut chosen: Vec<Vec<u32>> = vec![Vec::new(); n];
        for segment in searcher.segment_readers() {
            let (Ok(inverted), Ok(titles)) = (
                segment.inverted_index(field),
                segment.inverted_index(engine.title_field()),
            ) else {
                continue;
            };
            let release_of = engine.releases_of_segment(releases, segment);
            let infos: Vec<(u32, TermInfo, Option<TermInfo>)> = candidates
                .iter()
                .enumerate()
                .filter_map(|(c, (word, _))| {
                    let info = inverted.terms().get(word.as_bytes()).ok()??;
                    let title = titles.terms().get(word.as_bytes()).ok().flatten();
                    Some((c as u32, info, title))
                })
                .collect();
            let max_doc = segment.max_doc();
            let picked: Vec<(u32, Vec<u32>)> = (0..max_doc.div_ceil(SPAN))
                .into_par_iter()
                .flat_map_iter(|span| {
                    let (lo, hi) = (span * SPAN, ((span + 1) * SPAN).min(max_doc));
                    let mut best = vec![Best::default(); (hi - lo) as usize];
                    let mut counts: Vec<(u32, u32)> = Vec::new();
                    for (c, info, title) in &infos {
                        counts.clear();
                        add_counts(&inverted, info, (lo, hi), 1, &mut counts);
                        if let Some(title) = title {
                            add_counts(&titles, title, (lo, hi), TITLE_WEIGHT, &mut counts);
                            counts.sort_unstable_by_key(|&(doc, _)| doc);
                        }
                        let weight = candidates[*c as usize].1;
                        for group in counts.chunk_by(|a, b| a.0 == b.0) {
                            let tf = group.iter().map(|&(_, n)| n).sum();
                            best[(group[0].0 - lo) as usize].offer((damp(tf) * weight, *c));
                        }
                    }
                    let release_of = &release_of;
                    best.into_iter().enumerate().filter_map(move |(i, b)| {
                        let release = release_of.get(lo as usize + i).copied().flatten()?;
                        Some((release, b.ranked()))
                    })
                })
                .collect();
            for (release, words) in picked {
                if let Some(slot) = chosen.get_mut(release as usize) {
                    *slot = words;
                }
            }
        }
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
                    let (word, weight) = &candidates[c as usize];
                    id_of(word, *weight, &mut index)
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
        let corpus = crate::corpus::Corpus::new(releases.to_vec(), Default::default());
        let engine = Engine::in_memory(&corpus, &|_| {}).expect("an index in memory");
        RelatedIndex::build(releases, &engine)
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
