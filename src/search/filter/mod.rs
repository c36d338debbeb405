//! Narrowing the release list as the user types, in the query language of
//! [`super::syntax`]: words are matched against titles, and a title that
//! contains a word ranks above one that only has its letters in order.
//!
//! Each release that passes gets a [`Tier`]: every word a whole word of the
//! title, every word inside the title, or some word only scattered through
//! it (fuzzy-matcher's skim algorithm, for typos and abbreviations). The
//! first two keep the list's order; fuzzy matches follow by score. A cheap
//! letters-in-order check comes before the fuzzy scoring, and only the
//! best fuzzy rows are scored. The matching is parallel (rayon) and checks
//! a cancellation flag between chunks so a newer keystroke stops stale work.
//!
//! At a million releases a keystroke is mostly memory traffic, so once the
//! titles are prepared ([`FilterIndex::prepare`]) they lie lowercase one
//! after another, read in that order whatever order the candidates come
//! in, each with the set of characters it holds: a title lacking a
//! character of the query is passed over without reading it, and a
//! one-letter word (the first keystroke) is told whole or inside a word
//! from the sets alone. Matching ([`Matches::find`]) and ordering are two
//! steps, so the first screen of rows ([`Matches::first`]) is chosen
//! without sorting every hit.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::memmem;
use rayon::prelude::*;

mod titles;

use super::speakers::Directory;
pub use super::syntax::Query;
use super::syntax::TermKind;
use crate::corpus::Release;
use titles::{Titles, lowercase_into, needed_letters, single_letter};

/// Releases matched per unit of parallel work (and between cancellation checks).
const CHUNK: usize = 2048;

/// What `source:` and `said:` look at, computed once per release: the
/// lowercase source and member, and the people quoted (indices into the
/// archive's [`Directory`]), sorted.
#[derive(Debug, Default)]
pub struct Fields {
    source: Box<str>,
    people: Box<[u32]>,
}

/// The fields of every release, in corpus order, and who is who among the
/// archive's speakers.
#[derive(Debug, Default)]
pub struct FieldSet {
    fields: Vec<Fields>,
    directory: Directory,
}

/// The fields of every release, in corpus order, computed when first
/// needed: by the first query with `source:` or `said:`, or ahead of time on
/// a background thread ([`FilterIndex::prepare`]), so that opening a large
/// archive does not wait for them. Words need none.
#[derive(Debug, Default)]
pub struct FilterIndex {
    fields: std::sync::OnceLock<FieldSet>,
    /// Every title in lowercase, once computed (words are matched against
    /// them; until then each keystroke lowercases the titles it looks at).
    titles: std::sync::OnceLock<Titles>,
}

impl FieldSet {
    /// Who is who among the archive's speakers.
    pub fn directory(&self) -> &Directory {
        &self.directory
    }
}

impl FilterIndex {
    /// The fields of `releases` (the releases this index is for), computed
    /// in parallel the first time, with the lowercase titles; a second
    /// caller waits for the first.
    pub fn prepare(&self, releases: &[Release]) -> &FieldSet {
        let fields = self.fields.get_or_init(|| Self::compute(releases));
        self.titles.get_or_init(|| Titles::of(releases));
        fields
    }

    fn compute(releases: &[Release]) -> FieldSet {
        let directory = Directory::of(releases);
        let fields = releases
            .par_iter()
            .map(|r| {
                let mut source = r.source.clone().unwrap_or_default();
                if let Some(m) = &r.member {
                    source.push('\n');
                    source.push_str(&m.name);
                }
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
                    people: people.into(),
                }
            })
            .collect();
        FieldSet { fields, directory }
    }
}

/// How well a title matched the query's words, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// Every word is a whole word of the title (or the query has no word).
    Word,
    /// Every word occurs in the title, some inside a longer word.
    Inside,
    /// Some word's letters are only scattered through the title in order.
    Fuzzy,
}

/// A release that matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index into the corpus's releases.
    pub index: u32,
    /// How well the title matched.
    pub tier: Tier,
    /// How a [`Tier::Fuzzy`] match ranks (higher is better): fuzzy-matcher's
    /// score for the best of them, below zero for the rest (a shorter
    /// stretch of title holding the letters is better); 0 for other tiers.
    pub score: i64,
}

/// Fuzzy matches scored by fuzzy-matcher when there are this many or
/// fewer; above, only the [`POOL`] whose letters lie closest together.
const SCORE_ALL: usize = 4_000;
/// Fuzzy matches scored by fuzzy-matcher on a large archive: enough for
/// the first screens, chosen by a cheap measure first.
const POOL: usize = 2_000;

/// How many hits matched in titles and how many only fuzzily, for the count
/// shown with the list ("8 in titles · 1,041 fuzzy").
pub fn tier_counts(hits: &[Hit]) -> (usize, usize) {
    let fuzzy = hits.iter().filter(|h| h.tier == Tier::Fuzzy).count();
    (hits.len() - fuzzy, fuzzy)
}

/// A query prepared for matching many releases.
struct Prepared<'q> {
    query: &'q Query,
    /// The plain words (lowercase), each with its substring finder and
    /// its [`single_letter`] bit.
    words: Vec<(&'q str, memmem::Finder<'q>, Option<u64>)>,
    /// True when a term looks at the title.
    needs_title: bool,
    /// The characters ([`letters`]) a title must hold to match.
    letters: u64,
    /// True when a term is not a plain word (see [`Prepared::other_terms_hold`]).
    other_terms: bool,
    /// The people each `said:` term names (sorted), by term.
    speakers: Vec<Option<Vec<u32>>>,
}

/// True when a term of `query` looks at [`Fields`].
fn needs_fields(query: &Query) -> bool {
    query
        .terms
        .iter()
        .any(|t| matches!(t.kind, TermKind::Source(_) | TermKind::Said(_)))
}

impl<'q> Prepared<'q> {
    /// `query` prepared; its `said:` terms name people of `directory`.
    fn new(query: &'q Query, directory: Option<&Directory>) -> Prepared<'q> {
        Prepared {
            query,
            words: query
                .words()
                .map(|w| (w, memmem::Finder::new(w.as_bytes()), single_letter(w)))
                .collect(),
            needs_title: query.terms.iter().any(|t| {
                matches!(
                    t.kind,
                    TermKind::Word(_)
                        | TermKind::Exact(_)
                        | TermKind::Phrase(_)
                        | TermKind::Title(_)
                )
            }),
            letters: query
                .terms
                .iter()
                .filter(|t| !t.negated)
                .filter_map(|t| match &t.kind {
                    TermKind::Word(w)
                    | TermKind::Exact(w)
                    | TermKind::Phrase(w)
                    | TermKind::Title(w) => Some(needed_letters(w)),
                    _ => None,
                })
                .fold(0, |set, needed| set | needed),
            other_terms: query.has_fields(),
            speakers: query
                .terms
                .iter()
                .map(|t| match &t.kind {
                    TermKind::Said(name) => Some({
                        let mut people = directory.map_or_else(Vec::new, |d| d.matching(name));
                        people.sort_unstable();
                        people
                    }),
                    _ => None,
                })
                .collect(),
        }
    }

    /// The hit of release `i` (its title lowercase in `lower` with its
    /// character sets in `sets` when known, its fields in `fields`), if it
    /// matches.
    fn hit(
        &self,
        releases: &[Release],
        i: usize,
        (lower, sets): (&str, Option<(u64, u64)>),
        fields: Option<&[Fields]>,
    ) -> Option<Hit> {
        // The release itself is read only for a term that needs it: its
        // memory is large and far apart, a title's is not.
        if self.other_terms
            && !self.other_terms_hold(releases.get(i)?, lower, fields.and_then(|f| f.get(i)))
        {
            return None;
        }
        let (tier, score) = self.rank_title(lower, sets)?;
        Some(Hit {
            index: i as u32,
            tier,
            score,
        })
    }

    /// True when `release` (title lowercase in `title`) satisfies every
    /// term but the plain words.
    fn other_terms_hold(&self, release: &Release, title: &str, fields: Option<&Fields>) -> bool {
        self.query
            .terms
            .iter()
            .zip(&self.speakers)
            .all(|(term, speaker)| {
                let holds = match &term.kind {
                    TermKind::Word(w) if term.negated => title.contains(w.as_str()),
                    TermKind::Word(_) => return true,
                    TermKind::Exact(w) | TermKind::Phrase(w) => title.contains(w.as_str()),
                    TermKind::Title(w) => contains_word(title, w),
                    TermKind::Source(s) => fields.is_some_and(|f| f.source.contains(s.as_str())),
                    TermKind::Said(_) => match (speaker, fields) {
                        (Some(wanted), Some(f)) => {
                            f.people.iter().any(|p| wanted.binary_search(p).is_ok())
                        }
                        _ => false,
                    },
                    TermKind::Date(spec) => spec.matches(release.date.as_ref()),
                };
                holds != term.negated
            })
    }

    /// The tier of a title (lowercase in `lower`; its [`letters`] and
    /// [`lone_letters`] in `sets` when they are known) for the query's
    /// words, with, for a fuzzy match, a cheap score (minus the bytes the
    /// letters of the words are spread over); `None` when a word does not
    /// match.
    fn rank_title(&self, lower: &str, sets: Option<(u64, u64)>) -> Option<(Tier, i64)> {
        let mut tier = Tier::Word;
        let mut spread = 0;
        for (word, finder, single) in &self.words {
            let found = match (single, sets) {
                // One letter or digit: the sets say how the title holds it.
                (Some(bit), Some((letters, lone))) => match (lone & bit, letters & bit) {
                    (0, 0) => None,
                    (0, _) => Some(Tier::Inside),
                    _ => Some(Tier::Word),
                },
                _ => occurrence(lower, word.len(), finder),
            };
            let this = match found {
                Some(found) => found,
                None => {
                    spread += letters_in_order(lower, word)?;
                    Tier::Fuzzy
                }
            };
            tier = tier.max(this);
        }
        Some((tier, if tier == Tier::Fuzzy { -1 - spread } else { 0 }))
    }

    /// fuzzy-matcher's score of a title for the query's words.
    fn fuzzy_score(&self, matcher: &SkimMatcherV2, title: &str) -> i64 {
        self.words
            .iter()
            .map(|(word, _, _)| matcher.fuzzy_match(title, word).unwrap_or(0))
            .sum()
    }
}

/// True when `needle` occurs in `text` with no letter or digit just before
/// or after it.
pub fn contains_word(text: &str, needle: &str) -> bool {
    needle.is_empty()
        || occurrence(text, needle.len(), &memmem::Finder::new(needle.as_bytes()))
            == Some(Tier::Word)
}

/// How a needle of `len` bytes (found by `finder`) occurs in `text`: as a
/// whole word somewhere, only inside longer words, or not at all.
fn occurrence(text: &str, len: usize, finder: &memmem::Finder<'_>) -> Option<Tier> {
    let mut found = None;
    for at in finder.find_iter(text.as_bytes()) {
        let before = text[..at].chars().next_back();
        let after = text[at + len..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return Some(Tier::Word);
        }
        found = Some(Tier::Inside);
    }
    found
}

/// When every character of `needle` occurs in `text` in order (what any
/// fuzzy match needs, checked before the costlier scoring), the bytes from
/// the first to the last of them, taking each at its first place.
fn letters_in_order(text: &str, needle: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    let (mut at, mut first) = (0, None);
    if needle.is_ascii() {
        for &b in needle.as_bytes() {
            let found = at + memchr::memchr(b, &bytes[at..])?;
            first.get_or_insert(found);
            at = found + 1;
        }
    } else {
        for n in needle.chars().filter(|c| !c.is_whitespace()) {
            let found = at + text[at..].find(n)?;
            first.get_or_insert(found);
            at = found + n.len_utf8();
        }
    }
    Some((at - first.unwrap_or(at)) as i64)
}

/// Filters `candidates` (distinct release indices) by `query`. Hits come
/// in tier order: titles holding every word as a whole word, then inside a
/// word, both in the order of `rank` (each release's position in the
/// list's sort order), then fuzzy matches by score. Returns `None` when
/// `cancelled` says the work is stale.
pub fn run(
    releases: &[Release],
    index: &FilterIndex,
    candidates: &[u32],
    rank: &[u32],
    query: &Query,
    cancelled: &(dyn Fn() -> bool + Sync),
) -> Option<Vec<Hit>> {
    let matches = Matches::find(releases, index, candidates, rank, query, cancelled)?;
    if cancelled() {
        return None;
    }
    Some(matches.ranked())
}

/// The releases a query matched, found but not yet in order: the first
/// stage of [`run`]. [`Matches::first`] puts only the best rows in order,
/// for the first screen; [`Matches::ranked`] puts all of them in order.
pub struct Matches<'a> {
    releases: &'a [Release],
    rank: &'a [u32],
    prepared: Prepared<'a>,
    /// The hits matched in titles first, then the fuzzy ones.
    hits: Vec<Hit>,
    /// How many hits matched in titles (the rest are fuzzy).
    in_titles: usize,
    /// True once the best fuzzy hits have fuzzy-matcher's score.
    scored: bool,
}

impl<'a> Matches<'a> {
    /// Matches `query` against `candidates` (distinct release indices);
    /// `None` when `cancelled` says the work is stale. The candidates are
    /// visited in corpus order, whatever their order, so that the titles
    /// are read in the order they lie in memory.
    pub fn find(
        releases: &'a [Release],
        index: &'a FilterIndex,
        candidates: &[u32],
        rank: &'a [u32],
        query: &'a Query,
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Matches<'a>> {
        let set = needs_fields(query).then(|| index.prepare(releases));
        let prepared = Prepared::new(query, set.map(|s| &s.directory));
        let fields = set.map(|s| s.fields.as_slice());
        let titles = index.titles.get().filter(|t| t.len() == releases.len());
        // The candidates as a set of bits over release indices.
        let mut wanted = vec![0u64; releases.len().div_ceil(64)];
        for &i in candidates {
            if let Some(word) = wanted.get_mut(i as usize / 64) {
                *word |= 1 << (i % 64);
            }
        }
        let chunks: Vec<Option<Vec<Hit>>> = wanted
            .par_chunks(CHUNK / 64)
            .enumerate()
            .map(|(chunk, words)| {
                if cancelled() {
                    return None;
                }
                let mut hits = Vec::new();
                let mut buffer = String::new();
                for (w, &bits) in words.iter().enumerate() {
                    let mut bits = bits;
                    while bits != 0 {
                        let i = chunk * CHUNK + w * 64 + bits.trailing_zeros() as usize;
                        bits &= bits - 1;
                        let title = match titles {
                            Some(titles) => {
                                let letters = titles.letters[i];
                                if letters & prepared.letters != prepared.letters {
                                    continue;
                                }
                                (titles.get(i), Some((letters, titles.lone[i])))
                            }
                            None if prepared.needs_title => {
                                lowercase_into(&releases[i].title, &mut buffer);
                                (buffer.as_str(), None)
                            }
                            None => ("", None),
                        };
                        if let Some(hit) = prepared.hit(releases, i, title, fields) {
                            hits.push(hit);
                        }
                    }
                }
                Some(hits)
            })
            .collect();
        let mut hits = Vec::with_capacity(chunks.iter().flatten().map(Vec::len).sum());
        for chunk in chunks {
            hits.extend(chunk?);
        }
        let in_titles = partition(&mut hits, |h| h.tier != Tier::Fuzzy);
        Some(Matches {
            releases,
            rank,
            prepared,
            hits,
            in_titles,
            scored: false,
        })
    }

    /// How many matched in titles and how many only fuzzily (as
    /// [`tier_counts`] of the ranked hits says).
    pub fn counts(&self) -> (usize, usize) {
        (self.in_titles, self.hits.len() - self.in_titles)
    }

    /// The number of releases matched.
    pub fn len(&self) -> usize {
        self.hits.len()
    }

    /// True when nothing matched.
    pub fn is_empty(&self) -> bool {
        self.hits.is_empty()
    }

    /// The first `rows` hits of the ranked list ([`Matches::ranked`] gives
    /// the same rows first), found without ordering the others: the first
    /// screen while the rest are put in order.
    pub fn first(&mut self, rows: usize) -> Vec<Hit> {
        let rows = rows.min(self.hits.len());
        if rows == 0 {
            return Vec::new();
        }
        let candidates = if self.in_titles >= rows {
            // Fuzzy hits come after every title hit: none is shown.
            &mut self.hits[..self.in_titles]
        } else {
            self.score_best_fuzzy();
            &mut self.hits[..]
        };
        let rank = self.rank;
        let key = |h: &Hit| order_key(rank, h);
        if candidates.len() > rows {
            candidates.select_nth_unstable_by_key(rows - 1, key);
        }
        let mut first = candidates[..rows].to_vec();
        first.sort_unstable_by_key(key);
        first
    }

    /// Every hit, in order: titles holding every word as a whole word, then
    /// inside a word, both in the list's order, then fuzzy matches by score.
    pub fn ranked(mut self) -> Vec<Hit> {
        self.score_best_fuzzy();
        let rank = self.rank;
        self.hits.par_sort_unstable_by_key(|h| order_key(rank, h));
        self.hits
    }

    /// Gives the best fuzzy hits fuzzy-matcher's score: all of them when
    /// they are few, else the [`POOL`] whose letters lie closest together
    /// (the rest keep their cheap score, below every scored one).
    fn score_best_fuzzy(&mut self) {
        if std::mem::replace(&mut self.scored, true) {
            return;
        }
        let rank = self.rank;
        let fuzzy = &mut self.hits[self.in_titles..];
        let pool = if fuzzy.len() <= SCORE_ALL {
            fuzzy
        } else {
            fuzzy.select_nth_unstable_by_key(POOL, |h| {
                (std::cmp::Reverse(h.score), rank_of(rank, h))
            });
            &mut fuzzy[..POOL]
        };
        let (releases, prepared) = (self.releases, &self.prepared);
        pool.par_chunks_mut(CHUNK).for_each(|chunk| {
            let matcher = SkimMatcherV2::default();
            for hit in chunk {
                if let Some(release) = releases.get(hit.index as usize) {
                    hit.score = prepared.fuzzy_score(&matcher, &release.title).max(0);
                }
            }
        });
    }
}

/// A hit's release's position in the list's order.
fn rank_of(rank: &[u32], hit: &Hit) -> u64 {
    u64::from(rank.get(hit.index as usize).copied().unwrap_or(u32::MAX))
}

/// One sortable number per hit: tier, then score (fuzzy only), then rank.
fn order_key(rank: &[u32], hit: &Hit) -> u64 {
    let score = (hit.score.clamp(-(1 << 27), (1 << 27) - 1) + (1 << 27)) as u64;
    ((hit.tier as u64) << 60) | (((1u64 << 28) - 1 - score) << 32) | rank_of(rank, hit)
}

/// Moves the items for which `first` holds before the others; returns
/// how many there are.
fn partition<T>(items: &mut [T], first: impl Fn(&T) -> bool) -> usize {
    let mut at = 0;
    for i in 0..items.len() {
        if first(&items[i]) {
            items.swap(at, i);
            at += 1;
        }
    }
    at
}

/// The char positions of `title` matched by the query's words, exact words,
/// phrases and title words, for highlighting: where the title holds one
/// as it is, its first occurrence; else its fuzzy match.
pub fn match_positions(title: &str, query: &Query) -> Vec<usize> {
    let matcher = SkimMatcherV2::default();
    let mut lower = String::new();
    lowercase_into(title, &mut lower);
    // Char positions line up only when lowercasing kept every character.
    let aligned = lower.chars().count() == title.chars().count();
    let mut positions: Vec<usize> = Vec::new();
    for term in query.terms.iter().filter(|t| !t.negated) {
        let (TermKind::Word(w) | TermKind::Exact(w) | TermKind::Phrase(w) | TermKind::Title(w)) =
            &term.kind
        else {
            continue;
        };
        match lower.find(w.as_str()).filter(|_| aligned) {
            Some(at) => {
                let first = lower[..at].chars().count();
                positions.extend(first..first + w.chars().count());
            }
            None if matches!(term.kind, TermKind::Word(_)) => {
                if let Some((_, found)) = matcher.fuzzy_indices(title, w) {
                    positions.extend(found);
                }
            }
            None => {}
        }
    }
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
            &Query::parse(text).unwrap(),
            &|| false,
        )
        .unwrap()
    }

    fn titled(titles: &[&str]) -> Corpus {
        Corpus::new(
            titles
                .iter()
                .enumerate()
                .map(|(i, t)| Release::sample(&i.to_string(), t, &["Body."], "a.txt"))
                .collect(),
            Default::default(),
        )
    }

    /// The filter as first written, the measure of the fast paths: every
    /// title lowercased as it is looked at and matched word by word (no
    /// character sets), the candidates in the order given, the fuzzy pool
    /// chosen and every hit put in order by full sorts.
    fn straightforward(
        releases: &[Release],
        candidates: &[u32],
        rank: &[u32],
        query: &Query,
    ) -> Vec<Hit> {
        use std::cmp::Reverse;
        let set = needs_fields(query).then(|| FilterIndex::compute(releases));
        let prepared = Prepared::new(query, set.as_ref().map(|s| &s.directory));
        let mut hits: Vec<Hit> = candidates
            .iter()
            .filter_map(|&i| {
                let release = &releases[i as usize];
                let mut lower = String::new();
                lowercase_into(&release.title, &mut lower);
                let fields = set.as_ref().map(|s| &s.fields[i as usize]);
                if !prepared.other_terms_hold(release, &lower, fields) {
                    return None;
                }
                let (tier, score) = prepared.rank_title(&lower, None)?;
                Some(Hit {
                    index: i,
                    tier,
                    score,
                })
            })
            .collect();
        let rank_of = |h: &Hit| rank[h.index as usize];
        let mut fuzzy: Vec<&mut Hit> = hits.iter_mut().filter(|h| h.tier == Tier::Fuzzy).collect();
        fuzzy.sort_by_key(|h| (Reverse(h.score), rank_of(h)));
        let scored = if fuzzy.len() <= SCORE_ALL {
            fuzzy.len()
        } else {
            POOL
        };
        let matcher = SkimMatcherV2::default();
        for hit in fuzzy.into_iter().take(scored) {
            let title = &releases[hit.index as usize].title;
            hit.score = prepared.fuzzy_score(&matcher, title).max(0);
        }
        hits.sort_by_key(|h| (h.tier, Reverse(h.score), rank_of(h)));
        hits
    }

    /// Titles of many shapes (one-letter words, digits, punctuation inside
    /// words, letters outside ASCII, repeated words), some dated, in a
    /// list order unlike the corpus order.
    fn assorted(n: usize) -> (Corpus, Vec<u32>, Vec<u32>) {
        const WORDS: &[&str] = &[
            "Trade",
            "agreement",
            "a",
            "Korea",
            "korean",
            "tariff",
            "T",
            "k-12",
            "U.S.",
            "2",
            "(3)",
            "Über",
            "ärger",
            "ΣΟΦΙΑ",
            "the",
            "of",
            "Act",
            "trader",
            "steel",
            "Kore",
            "e",
            "–",
            "x",
            "'quoted'",
            "agreements",
            "\u{212a}elvin",
            "mid-year",
            "2024",
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move |below: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % below as u64) as usize
        };
        let releases: Vec<Release> = (0..n)
            .map(|i| {
                let words: Vec<&str> = (0..1 + next(9)).map(|_| WORDS[next(WORDS.len())]).collect();
                let mut release =
                    Release::sample(&format!("{i:x}"), &words.join(" "), &["Body."], "a.txt");
                if next(3) > 0 {
                    let date = format!("{}-{:02}-01", 2020 + next(6), 1 + next(12));
                    release.date = crate::corpus::ReleaseDate::parse(&date);
                }
                release
            })
            .collect();
        let mut order: Vec<u32> = (0..n as u32).collect();
        for i in (1..n).rev() {
            order.swap(i, next(i + 1));
        }
        let rank = crate::corpus::order::rank_of(&order);
        (Corpus::new(releases, Default::default()), order, rank)
    }

    /// Queries for [`assorted`] titles: one letter (alone, inside words,
    /// outside a–z), words typed letter by letter, several words, exact
    /// words, phrases, exclusions, titles and dates.
    const ASSORTED_QUERIES: &[&str] = &[
        "t",
        "a",
        "e",
        "k",
        "2",
        "σ",
        "ü",
        "x",
        "q",
        "ko",
        "kor",
        "kore",
        "korea",
        "tr",
        "trade",
        "trade a",
        "trade ag",
        "trade agreement",
        "te",
        "tarif",
        "k-12",
        "u.s",
        "über",
        "ärger",
        "kelvin",
        "mid",
        "'trade",
        "\"trade agreement\"",
        "title:korea",
        "korea -trade",
        "-a",
        "date:2024",
        "korea date:2022..2023",
        "zz",
        "x y z",
        "a e t",
        "agremnt",
        "ta",
        "ae",
        "ot",
    ];

    #[test]
    fn the_fast_paths_give_the_straightforward_results() {
        let (c, order, rank) = assorted(9_000);
        let prepared = FilterIndex::default();
        prepared.prepare(&c.releases);
        let unprepared = FilterIndex::default();
        let mut pool_used = false;
        for text in ASSORTED_QUERIES {
            let query = Query::parse(text).unwrap();
            let expected = straightforward(&c.releases, &order, &rank, &query);
            pool_used |= tier_counts(&expected).1 > SCORE_ALL;
            for index in [&prepared, &unprepared] {
                let got = run(&c.releases, index, &order, &rank, &query, &|| false).unwrap();
                assert_eq!(got, expected, "{text:?}");
            }
        }
        assert!(
            pool_used,
            "some query scores only the closest fuzzy matches"
        );
    }

    #[test]
    fn the_first_screen_is_the_ranked_list_begun() {
        let (c, order, rank) = assorted(9_000);
        let index = FilterIndex::default();
        index.prepare(&c.releases);
        for text in ASSORTED_QUERIES {
            let query = Query::parse(text).unwrap();
            let ranked = run(&c.releases, &index, &order, &rank, &query, &|| false).unwrap();
            for rows in [
                0,
                1,
                7,
                50,
                ranked.len().saturating_sub(1),
                ranked.len(),
                ranked.len() + 5,
            ] {
                let mut matches =
                    Matches::find(&c.releases, &index, &order, &rank, &query, &|| false).unwrap();
                assert_eq!(matches.len(), ranked.len());
                assert_eq!(matches.counts(), tier_counts(&ranked), "{text:?}");
                let first = matches.first(rows);
                assert_eq!(first, ranked[..rows.min(ranked.len())], "{text:?} {rows}");
                assert_eq!(matches.ranked(), ranked, "{text:?} {rows}");
            }
        }
    }

    #[test]
    fn narrowing_in_any_order_gives_the_same_results() {
        let (c, order, rank) = assorted(9_000);
        let index = FilterIndex::default();
        index.prepare(&c.releases);
        for (older, newer) in [("k", "kor"), ("t", "trade a"), ("tr", "trade agreement")] {
            let (older, newer) = (Query::parse(older).unwrap(), Query::parse(newer).unwrap());
            assert!(newer.narrows(&older));
            let previous: Vec<u32> = run(&c.releases, &index, &order, &rank, &older, &|| false)
                .unwrap()
                .iter()
                .map(|h| h.index)
                .collect();
            let mut reversed = previous.clone();
            reversed.reverse();
            let expected = straightforward(&c.releases, &order, &rank, &newer);
            for candidates in [&previous, &reversed] {
                let got = run(&c.releases, &index, candidates, &rank, &newer, &|| false).unwrap();
                assert_eq!(got, expected);
            }
        }
    }

    #[test]
    fn whole_words_then_inside_words_then_scattered_letters() {
        let c = titled(&[
            "Urging ATF to Clarify and Enforce Ghost Guns Rule",
            "New tariffs on steel",
            "Tariff relief for farmers",
            "Tariff-free trade",
        ]);
        let hits = filter(&c, "tariff");
        assert_eq!(
            titles(&c, &hits),
            [
                "Tariff relief for farmers",
                "Tariff-free trade",
                "New tariffs on steel",
                "Urging ATF to Clarify and Enforce Ghost Guns Rule",
            ]
        );
        assert_eq!(
            hits.iter().map(|h| h.tier).collect::<Vec<_>>(),
            [Tier::Word, Tier::Word, Tier::Inside, Tier::Fuzzy]
        );
        assert_eq!(tier_counts(&hits), (3, 1));
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
        let fuzzy: Vec<&Hit> = hits.iter().filter(|h| h.tier == Tier::Fuzzy).collect();
        assert!(fuzzy.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn exact_phrase_title_and_excluded_words() {
        let c = titled(&[
            "Border security funding",
            "Security of the border",
            "Harbor news",
        ]);
        let t = |q: &str| titles(&c, &filter(&c, q));
        assert_eq!(
            t("'border"),
            ["Border security funding", "Security of the border"]
        );
        assert_eq!(t("\"border security\""), ["Border security funding"]);
        assert_eq!(t("title:border -funding"), ["Security of the border"]);
        assert_eq!(t("-border"), ["Harbor news"]);
        assert!(t("'bordr").is_empty(), "exact is not fuzzy");
    }

    #[test]
    fn field_prefixes_narrow() {
        let c = corpus();
        let all = filter(&c, "");
        assert_eq!(all.len(), c.releases.len());
        let news = filter(&c, "source:tidewater");
        assert!(!news.is_empty() && news.len() < all.len());
        assert_eq!(
            filter(&c, "-source:tidewater").len(),
            all.len() - news.len()
        );
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
            filter(&c, "date:2024-02..2024-03").len(),
            filter(&c, "date:2024-02").len() + filter(&c, "date:2024-03").len()
        );
    }

    #[test]
    fn the_incremental_path_gives_the_same_results() {
        let c = corpus();
        let index = FilterIndex::default();
        let all: Vec<u32> = (0..c.releases.len() as u32).collect();
        let first = run(
            &c.releases,
            &index,
            &all,
            &all,
            &Query::parse("a").unwrap(),
            &|| false,
        )
        .unwrap();
        let previous: Vec<u32> = first.iter().map(|h| h.index).collect();
        let narrowed = Query::parse("ar").unwrap();
        let fast = run(&c.releases, &index, &previous, &all, &narrowed, &|| false).unwrap();
        let slow = run(&c.releases, &index, &all, &all, &narrowed, &|| false).unwrap();
        assert_eq!(fast, slow);
    }

    #[test]
    fn cancelled_work_returns_nothing() {
        let c = corpus();
        let index = FilterIndex::default();
        let all: Vec<u32> = (0..c.releases.len() as u32).collect();
        let query = Query::parse("a").unwrap();
        assert_eq!(run(&c.releases, &index, &all, &all, &query, &|| true), None);
    }

    #[test]
    fn positions_mark_matched_characters() {
        let p = |title: &str, q: &str| match_positions(title, &Query::parse(q).unwrap());
        assert_eq!(p("Korea trade", "kt"), [0, 6]);
        assert_eq!(p("Korea trade", "trade"), [6, 7, 8, 9, 10]);
        assert_eq!(p("New tariffs", "'tariff"), [4, 5, 6, 7, 8, 9]);
    }

    #[test]
    fn words_and_letters_are_found_as_written() {
        assert!(contains_word("tariff-free trade", "tariff"));
        assert!(!contains_word("tariffs", "tariff"));
        assert!(contains_word("über tariff", "über"));
        assert_eq!(letters_in_order("ghost guns rule", "gnr"), Some(12));
        assert_eq!(letters_in_order("ghost guns rule", "rgn"), None);
        assert_eq!(letters_in_order("ärger", "äg"), Some(4));
    }

    #[test]
    fn many_fuzzy_matches_score_the_closest_first() {
        let mut names: Vec<String> = (0..SCORE_ALL + 500)
            .map(|i| format!("Trade and other {i} business reform"))
            .collect();
        names.push("Tariff relief".into());
        names.push("A tax on a riff".into());
        let written: Vec<&str> = names.iter().map(String::as_str).collect();
        let c = titled(&written);
        let hits = filter(&c, "tarif");
        assert_eq!(titles(&c, &hits[..1]), ["Tariff relief"]);
        assert_eq!(hits[0].tier, Tier::Inside);
        let fuzzy = &hits[1..];
        assert!(fuzzy.iter().all(|h| h.tier == Tier::Fuzzy));
        assert_eq!(fuzzy.len(), SCORE_ALL + 501);
        // The best by fuzzy-matcher first, then the rest by how close
        // their letters lie.
        let scored = fuzzy.iter().take_while(|h| h.score >= 0).count();
        assert_eq!(scored, POOL);
        assert!(fuzzy[..POOL].windows(2).all(|w| w[0].score >= w[1].score));
        assert!(fuzzy[POOL..].iter().all(|h| h.score < 0));
        assert!(fuzzy[POOL..].windows(2).all(|w| w[0].score >= w[1].score));
        assert!(
            titles(&c, &fuzzy[..POOL]).contains(&"A tax on a riff".to_string()),
            "the title whose letters lie closest is among the scored"
        );
    }
}
