//! Narrowing the release list as the user types: a fuzzy match on titles
//! (fuzzy-matcher's skim algorithm, ranked by score) plus field prefixes
//! `source:`, `date:` and `said:`.
//!
//! The matching is pure and parallel (rayon); it checks a cancellation flag
//! between chunks so a newer keystroke stops stale work.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use rayon::prelude::*;

use super::speakers::Directory;
use crate::corpus::Release;

/// Releases matched per unit of parallel work (and between cancellation checks).
const CHUNK: usize = 2048;

/// A parsed filter query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Words matched fuzzily against the title; all must match.
    pub words: Vec<String>,
    /// `source:` values: substrings of the source or member (lowercase).
    pub sources: Vec<String>,
    /// `date:` values: prefixes of the ISO date or substrings of the written date.
    pub dates: Vec<String>,
    /// `said:` values: people quoted in the release, as the archive's
    /// [`Directory`] matches them (`said:bice`, `said:"tim scott"`).
    pub speakers: Vec<String>,
}

impl Query {
    /// Parses what the user typed. An empty field value (`source:`) is ignored.
    pub fn parse(text: &str) -> Query {
        let mut query = Query::default();
        for token in tokens(text) {
            let token = token.as_str();
            let lower = token.to_lowercase();
            let field = |prefix: &str| lower.strip_prefix(prefix).map(str::to_string);
            if let Some(v) = field("source:") {
                query.sources.push(v);
            } else if let Some(v) = field("date:") {
                query.dates.push(v);
            } else if let Some(v) = field("said:") {
                query.speakers.push(v.trim_matches('"').to_string());
            } else {
                query.words.push(token.to_string());
            }
        }
        let drop_empty = |v: &mut Vec<String>| v.retain(|s| !s.is_empty());
        drop_empty(&mut query.sources);
        drop_empty(&mut query.dates);
        drop_empty(&mut query.speakers);
        query
    }

    /// True when the query has a field prefix (`source:`, `date:`, `said:`).
    pub fn has_fields(&self) -> bool {
        !(self.sources.is_empty() && self.dates.is_empty() && self.speakers.is_empty())
    }

    /// True when the query matches everything.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && !self.has_fields()
    }

    /// True when everything this query matches was matched by `older`, so
    /// only `older`'s results need to be searched again: each of `older`'s
    /// values is extended (or kept) here, and nothing was taken away. A
    /// `said:` value matches whole words, so it must be kept as it was.
    pub fn narrows(&self, older: &Query) -> bool {
        fn extends(new: &[String], old: &[String]) -> bool {
            new.len() >= old.len() && old.iter().zip(new).all(|(o, n)| n.starts_with(o.as_str()))
        }
        extends(&self.words, &older.words)
            && extends(&self.sources, &older.sources)
            && extends(&self.dates, &older.dates)
            && self.speakers == older.speakers
    }
}

/// The words of a filter, a `said:` value in double quotes kept whole
/// (`said:"tim scott"`); an unclosed quote runs to the end.
fn tokens(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in text.chars() {
        if c == '"' && (quoted || current.to_lowercase() == "said:") {
            quoted = !quoted;
            current.push(c);
        } else if c.is_whitespace() && !quoted {
            if !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    tokens
}

/// The lowercase fields a query's prefixes look at, precomputed once per release.
#[derive(Debug, Default)]
pub struct Fields {
    source: Box<str>,
    date: Box<str>,
    /// The people quoted, as indices into the archive's [`Directory`].
    people: Box<[u32]>,
}

/// The fields of every release, in corpus order, and who is who among the
/// archive's speakers.
#[derive(Debug, Default)]
pub struct Prepared {
    fields: Vec<Fields>,
    directory: Directory,
}

/// The fields of every release, computed when first needed: by the first
/// query with a field prefix, or ahead of time on a background thread
/// ([`FilterIndex::prepare`]), so that opening a large archive does not
/// wait for them. Fuzzy title words need none.
#[derive(Debug, Default)]
pub struct FilterIndex {
    prepared: std::sync::OnceLock<Prepared>,
}

impl FilterIndex {
    /// The fields of `releases` (the releases this index is for), computed
    /// in parallel the first time; a second caller waits for the first.
    pub fn prepare(&self, releases: &[Release]) -> &Prepared {
        self.prepared.get_or_init(|| Self::compute(releases))
    }

    fn compute(releases: &[Release]) -> Prepared {
        let directory = Directory::build(
            releases
                .iter()
                .flat_map(|r| r.outline.speakers.iter().map(String::as_str)),
        );
        let fields = releases
            .par_iter()
            .map(|r| {
                let mut source = r.source.clone().unwrap_or_default();
                if let Some(m) = &r.member {
                    source.push('\n');
                    source.push_str(&m.name);
                }
                let date = match &r.date {
                    Some(d) => format!("{}\n{}", d.iso().unwrap_or_default(), d.written),
                    None => String::new(),
                };
                let mut people: Vec<u32> = r
                    .outline
                    .speakers
                    .iter()
                    .filter_map(|s| directory.person_of(s))
                    .collect();
                people.sort_unstable();
                people.dedup();
                Fields {
                    source: source.to_lowercase().into(),
                    date: date.to_lowercase().into(),
                    people: people.into(),
                }
            })
            .collect();
        Prepared { fields, directory }
    }
}

impl Fields {
    /// True when these fields satisfy every field prefix of `query`, whose
    /// `said:` values name the people in `said` (one list per value).
    fn match_query(&self, query: &Query, said: &[Vec<u32>]) -> bool {
        query
            .sources
            .iter()
            .all(|s| self.source.contains(s.as_str()))
            && query.dates.iter().all(|d| {
                self.date.lines().any(|l| l.starts_with(d.as_str()))
                    || self.date.contains(d.as_str())
            })
            && said
                .iter()
                .all(|people| people.iter().any(|p| self.people.binary_search(p).is_ok()))
    }
}

/// A release that matched, with its fuzzy score (0 without fuzzy words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index into the corpus's releases.
    pub index: u32,
    /// Sum of the words' fuzzy scores; higher is better.
    pub score: i64,
}

/// The fuzzy score of `title` for every word of the query, or `None` when a
/// word does not match.
fn title_score(matcher: &SkimMatcherV2, title: &str, words: &[String]) -> Option<i64> {
    let mut total = 0;
    for word in words {
        total += matcher.fuzzy_match(title, word)?;
    }
    Some(total)
}

/// Filters `candidates` (release indices) by `query`. Hits are ranked by
/// score, ties kept in the order of `rank` (each release's position in the
/// list's sort order). Returns `None` when `cancelled` says the work is stale.
pub fn run(
    releases: &[Release],
    index: &FilterIndex,
    candidates: &[u32],
    rank: &[u32],
    query: &Query,
    cancelled: &(dyn Fn() -> bool + Sync),
) -> Option<Vec<Hit>> {
    let prepared = query.has_fields().then(|| index.prepare(releases));
    let said: Vec<Vec<u32>> = prepared.map_or_else(Vec::new, |p| {
        query
            .speakers
            .iter()
            .map(|s| p.directory.matching(s))
            .collect()
    });
    let fields_match = |i: u32| match prepared {
        Some(p) => p
            .fields
            .get(i as usize)
            .is_some_and(|f| f.match_query(query, &said)),
        None => true,
    };
    let chunks: Vec<Option<Vec<Hit>>> = candidates
        .par_chunks(CHUNK)
        .map(|chunk| {
            if cancelled() {
                return None;
            }
            let matcher = SkimMatcherV2::default();
            Some(
                chunk
                    .iter()
                    .filter_map(|&i| {
                        let release = releases.get(i as usize)?;
                        if !fields_match(i) {
                            return None;
                        }
                        let score = title_score(&matcher, &release.title, &query.words)?;
                        Some(Hit { index: i, score })
                    })
                    .collect(),
            )
        })
        .collect();
    let mut hits = Vec::new();
    for chunk in chunks {
        hits.extend(chunk?);
    }
    if cancelled() {
        return None;
    }
    let rank_of = |h: &Hit| rank.get(h.index as usize).copied().unwrap_or(u32::MAX);
    if query.words.is_empty() {
        hits.par_sort_unstable_by_key(rank_of);
    } else {
        hits.par_sort_unstable_by_key(|h| (std::cmp::Reverse(h.score), rank_of(h)));
    }
    Some(hits)
}

/// The char positions of `title` matched by the query's words, for highlighting.
pub fn match_positions(title: &str, query: &Query) -> Vec<usize> {
    let matcher = SkimMatcherV2::default();
    let mut positions: Vec<usize> = query
        .words
        .iter()
        .filter_map(|w| matcher.fuzzy_indices(title, w).map(|(_, p)| p))
        .flatten()
        .collect();
    positions.sort_unstable();
    positions.dedup();
    positions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Corpus, demo};

    fn corpus() -> Corpus {
        demo::load()
    }

    fn titles(c: &Corpus, hits: &[Hit]) -> Vec<String> {
        hits.iter()
            .map(|h| c.releases[h.index as usize].title.clone())
            .collect()
    }

    fn filter(c: &Corpus, text: &str) -> Vec<Hit> {
        let index = FilterIndex::default();
        let all: Vec<u32> = (0..c.releases.len() as u32).collect();
        run(
            &c.releases,
            &index,
            &all,
            &all,
            &Query::parse(text),
            &|| false,
        )
        .unwrap()
    }

    #[test]
    fn queries_split_into_words_and_fields() {
        assert_eq!(
            Query::parse("said:\"Tim Scott\" trade").speakers,
            ["tim scott"]
        );
        let q = Query::parse("trade  source:CGTN date:2021-01 said:Bice source:");
        assert_eq!(q.words, ["trade"]);
        assert_eq!(q.sources, ["cgtn"]);
        assert_eq!(q.dates, ["2021-01"]);
        assert_eq!(q.speakers, ["bice"]);
    }

    #[test]
    fn longer_queries_narrow_shorter_ones() {
        let p = Query::parse;
        assert!(p("kor").narrows(&p("ko")));
        assert!(p("korea trade").narrows(&p("korea")));
        // Whole words: `said:bice` is not within what `said:bic` found.
        assert!(!p("said:bice").narrows(&p("said:bic")));
        assert!(p("said:bice trade").narrows(&p("said:bice")));
        assert!(!p("source:").narrows(&p("source")));
        assert!(!p("ko").narrows(&p("kor")));
    }

    #[test]
    fn fuzzy_words_rank_titles() {
        let c = corpus();
        let hits = filter(&c, "harbor");
        assert!(!hits.is_empty());
        assert!(titles(&c, &hits).iter().all(|t| {
            let t = t.to_lowercase();
            "harbor".chars().all(|ch| t.contains(ch))
        }));
        assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn field_prefixes_narrow() {
        let c = corpus();
        let all = filter(&c, "");
        assert_eq!(all.len(), c.releases.len());
        let news = filter(&c, "source:tidewater");
        assert!(!news.is_empty() && news.len() < all.len());
        let alvarez = filter(&c, "said:alvarez");
        assert!(!alvarez.is_empty());
        for h in &alvarez {
            let r = &c.releases[h.index as usize];
            assert!(
                r.read_body()
                    .quotes
                    .iter()
                    .any(|q| q.speaker.as_deref().is_some_and(|s| s.contains("Alvarez")))
            );
        }
        assert!(filter(&c, "date:2024-03").len() >= 3);
        assert!(filter(&c, "date:1999").is_empty());
        assert_eq!(
            filter(&c, "said:\"ruth alvarez\"").len(),
            alvarez.len(),
            "a quoted first name and surname"
        );
        assert!(filter(&c, "said:alvare").is_empty(), "whole words only");
        assert!(filter(&c, "said:\"rita alvarez\"").is_empty());
    }

    #[test]
    fn the_incremental_path_gives_the_same_results() {
        let c = corpus();
        let index = FilterIndex::default();
        let all: Vec<u32> = (0..c.releases.len() as u32).collect();
        let first = run(&c.releases, &index, &all, &all, &Query::parse("a"), &|| {
            false
        })
        .unwrap();
        let previous: Vec<u32> = first.iter().map(|h| h.index).collect();
        let narrowed = Query::parse("ar");
        let fast = run(&c.releases, &index, &previous, &all, &narrowed, &|| false).unwrap();
        let slow = run(&c.releases, &index, &all, &all, &narrowed, &|| false).unwrap();
        assert_eq!(fast, slow);
    }

    #[test]
    fn cancelled_work_returns_nothing() {
        let c = corpus();
        let index = FilterIndex::default();
        let all: Vec<u32> = (0..c.releases.len() as u32).collect();
        assert_eq!(
            run(&c.releases, &index, &all, &all, &Query::parse("a"), &|| {
                true
            }),
            None
        );
    }

    #[test]
    fn positions_mark_matched_characters() {
        assert_eq!(match_positions("Korea trade", &Query::parse("kt")), [0, 6]);
    }
}
