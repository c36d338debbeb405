//! Every quotation of a corpus, grouped by speaker (one person however the
//! releases title them, as the archive's [`Directory`] says) and newest
//! first within each, filterable by speaker and words: what the quotations
//! view lists. A transcript turn is a statement by its speaker and is
//! listed with their quotations.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use rayon::prelude::*;

use super::speakers::Directory;
use super::syntax::{Query, TermKind};
use crate::corpus::display::excerpt;
use crate::corpus::{Corpus, Release, TextPos};

/// Name shown for quotations whose speaker the text does not give.
pub const UNATTRIBUTED: &str = "(unattributed)";

/// One quotation (or transcript turn) of the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteRow {
    /// Index of the release.
    pub release: u32,
    /// Index of the speaker in [`QuoteIndex::people`].
    pub person: u32,
    /// Where the quotation starts in its release.
    pub start: TextPos,
    /// Where it ends.
    pub end: TextPos,
}

/// Every quotation, sorted by speaker then newest first.
#[derive(Debug, Default)]
pub struct QuoteIndex {
    /// The rows.
    pub rows: Vec<QuoteRow>,
    /// Speakers' names, without titles ("Stephanie Bice"), one per person.
    pub people: Vec<String>,
    /// The first words of each row's quotation, as the view shows them.
    pub excerpts: Vec<Box<str>>,
    /// Lowercase quotation text of each row, for the filter.
    texts: Vec<Box<str>>,
    /// Who is who among the speakers: `people` lists its people in order,
    /// then the unattributed.
    directory: Directory,
}

/// A quotation as collected, before rows are sorted.
struct Found {
    row: QuoteRow,
    excerpt: Box<str>,
    text: Box<str>,
}

impl QuoteIndex {
    /// Collects the quotations and transcript turns of a corpus, reading
    /// the bodies of the releases that have any.
    pub fn build(corpus: &Corpus) -> QuoteIndex {
        let directory = Directory::of(&corpus.releases);
        // Directory people first, the unattributed last.
        let unattributed = directory.len() as u32;
        let person_of = |speaker: Option<&str>| {
            speaker
                .and_then(|s| directory.person_of(s))
                .unwrap_or(unattributed)
        };
        let mut found: Vec<Found> = corpus
            .releases
            .par_iter()
            .enumerate()
            .filter(|(_, release)| {
                release.outline.quotes > 0 || !release.outline.speakers.is_empty()
            })
            .flat_map_iter(|(r, release)| {
                let body = release.read_body();
                let quotes = body
                    .quotes
                    .iter()
                    .map(|q| (q.start, q.end, person_of(q.speaker.as_deref())));
                let turns = body.turns.iter().filter_map(|t| {
                    let speaker = t.statement_by()?;
                    let (start, end) = body.turn_span(t);
                    Some((start, end, person_of(Some(speaker))))
                });
                let found: Vec<Found> = quotes
                    .chain(turns)
                    .map(|(start, end, person)| {
                        let text = body.text_between(start, end);
                        Found {
                            row: QuoteRow {
                                release: r as u32,
                                person,
                                start,
                                end,
                            },
                            excerpt: excerpt(&text).into_boxed_str(),
                            text: text.to_lowercase().into_boxed_str(),
                        }
                    })
                    .collect();
                found
            })
            .collect();
        let mut people: Vec<String> = (0..unattributed)
            .map(|id| {
                directory
                    .person(id)
                    .map_or_else(String::new, |p| p.name.clone())
            })
            .collect();
        people.push(UNATTRIBUTED.to_string());
        let date = |r: &QuoteRow| {
            corpus.releases[r.release as usize]
                .date
                .as_ref()
                .map(|d| d.sort_key())
        };
        let name = |r: &QuoteRow| {
            let n = &people[r.person as usize];
            (r.person == unattributed, n.to_lowercase())
        };
        found.sort_by(|a, b| {
            let (a, b) = (&a.row, &b.row);
            name(a)
                .cmp(&name(b))
                .then(a.person.cmp(&b.person))
                .then_with(|| date(b).cmp(&date(a)))
                .then((a.release, a.start).cmp(&(b.release, b.start)))
        });
        let mut rows = Vec::with_capacity(found.len());
        let mut excerpts = Vec::with_capacity(found.len());
        let mut texts = Vec::with_capacity(found.len());
        for f in found {
            rows.push(f.row);
            excerpts.push(f.excerpt);
            texts.push(f.text);
        }
        QuoteIndex {
            rows,
            people,
            excerpts,
            texts,
            directory,
        }
    }

    /// Rows matching every term of `query` (see [`super::syntax`]): a word
    /// matches a speaker's name fuzzily or the quotation's text as written;
    /// `'exact` words and phrases the text; `said:` the people the
    /// archive's [`Directory`] names; `title:`, `source:` and dates the
    /// quotation's release. `releases` are the corpus the index was built from.
    pub fn filter(&self, releases: &[Release], query: &Query) -> Vec<u32> {
        if query.is_empty() {
            return (0..self.rows.len() as u32).collect();
        }
        let matcher = SkimMatcherV2::default();
        // Per term, which people it takes by name (words and `said:`).
        let people: Vec<Option<Vec<bool>>> = query
            .terms
            .iter()
            .map(|term| match &term.kind {
                TermKind::Word(w) => Some(
                    self.people
                        .iter()
                        .map(|p| matcher.fuzzy_match(p, w).is_some())
                        .collect(),
                ),
                TermKind::Said(name) => {
                    let mut named = vec![false; self.people.len()];
                    for id in self.directory.matching(name) {
                        if let Some(n) = named.get_mut(id as usize) {
                            *n = true;
                        }
                    }
                    Some(named)
                }
                _ => None,
            })
            .collect();
        let fields = query
            .terms
            .iter()
            .any(|t| matches!(t.kind, TermKind::Source(_) | TermKind::Title(_)));
        (0..self.rows.len())
            .into_par_iter()
            .filter(|&i| {
                let row = self.rows[i];
                let text = &self.texts[i];
                let release = releases.get(row.release as usize);
                let source = || {
                    release.map_or(String::new(), |r| {
                        let member = r.member.as_ref().map_or("", |m| m.name.as_str());
                        format!("{}\n{member}", r.source.as_deref().unwrap_or("")).to_lowercase()
                    })
                };
                let source = if fields { source() } else { String::new() };
                query.terms.iter().zip(&people).all(|(term, people)| {
                    let person = people
                        .as_ref()
                        .is_some_and(|p| p.get(row.person as usize).copied().unwrap_or(false));
                    let holds = match &term.kind {
                        TermKind::Word(w) => person || text.contains(w.as_str()),
                        TermKind::Exact(w) | TermKind::Phrase(w) => text.contains(w.as_str()),
                        TermKind::Said(_) => person,
                        TermKind::Title(w) => release.is_some_and(|r| {
                            super::filter::contains_word(&r.title.to_lowercase(), w.as_str())
                        }),
                        TermKind::Source(s) => source.contains(s.as_str()),
                        TermKind::Date(spec) => spec.matches(release.and_then(|r| r.date.as_ref())),
                    };
                    holds != term.negated
                })
            })
            .map(|i| i as u32)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::demo;

    #[test]
    fn quotations_group_by_person_however_titled() {
        let corpus = demo::load();
        let index = QuoteIndex::build(&corpus);
        let total: usize = corpus
            .releases
            .iter()
            .map(|r| r.read_body().quotes.len())
            .sum();
        assert_eq!(index.rows.len(), total);
        assert_eq!(index.excerpts.len(), total);
        let alvarez: Vec<&String> = index
            .people
            .iter()
            .filter(|p| p.contains("Alvarez"))
            .collect();
        assert_eq!(alvarez, ["Ruth Alvarez"], "one person: {:?}", index.people);
        // Unattributed quotations come last.
        let last = index.rows.last().unwrap();
        assert_eq!(index.people[last.person as usize], UNATTRIBUTED);
    }

    #[test]
    fn the_filter_matches_speakers_and_words() {
        let corpus = demo::load();
        let index = QuoteIndex::build(&corpus);
        let q = |text: &str| Query::parse(text).unwrap();
        let by_name = index.filter(&corpus.releases, &q("alvarez"));
        assert!(!by_name.is_empty());
        assert!(
            by_name
                .iter()
                .all(|&i| index.people[index.rows[i as usize].person as usize] == "Ruth Alvarez")
        );
        let by_words = index.filter(&corpus.releases, &q("alvarez kitchen"));
        assert_eq!(by_words.len(), 1);
        assert!(index.filter(&corpus.releases, &q("zzzz")).is_empty());
        let said = index.filter(&corpus.releases, &q("said:alvarez"));
        assert!(!said.is_empty() && said.len() <= by_name.len());
        let not_said = index.filter(&corpus.releases, &q("-said:alvarez"));
        assert_eq!(said.len() + not_said.len(), index.rows.len());
        let dated = index.filter(&corpus.releases, &q("date:2024-02"));
        assert!(dated.iter().all(|&i| {
            let r = &corpus.releases[index.rows[i as usize].release as usize];
            r.date.as_ref().is_some_and(|d| d.month == Some(2))
        }));
        assert!(
            !index
                .filter(&corpus.releases, &q("\"kitchen table\""))
                .is_empty()
        );
    }
}
