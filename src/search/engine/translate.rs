//! The query language (see [`crate::search::syntax`]) as tantivy queries.

use std::ops::Bound;

use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhrasePrefixQuery, PhraseQuery,
    Query as EngineQuery, RangeQuery, RegexQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};

use super::schema::Fields;
use crate::search::query::{TextQuery, tokens};
use crate::search::speakers::Directory;
use crate::search::syntax::{DateSpec, Query, TermKind};

/// How much a word of the title counts against one of the body.
const TITLE_BOOST: f32 = 3.0;

/// The engine's query for `query`, and whether it ranks by relevance
/// (it has a word, phrase or title term to score); `None` when no term
/// has anything to search for (see [`searchable`]).
pub(super) fn translate(
    f: &Fields,
    query: &Query,
    speakers: &Directory,
) -> Option<(Box<dyn EngineQuery>, bool)> {
    let mut clauses: Vec<(Occur, Box<dyn EngineQuery>)> = Vec::new();
    let mut scored = false;
    for term in &query.terms {
        let (part, scores): (Option<Box<dyn EngineQuery>>, bool) = match &term.kind {
            TermKind::Word(text) | TermKind::Exact(text) | TermKind::Phrase(text) => (
                words_in(&[(f.title, TITLE_BOOST), (f.body, 1.0)], text),
                true,
            ),
            TermKind::Title(text) => (words_in(&[(f.title, 1.0)], text), true),
            TermKind::Source(text) => (contained_in(f.source, text), false),
            TermKind::Said(name) => {
                // Every form of the name of each person `name` means, as
                // the archive's directory of speakers tells them apart.
                let either: Vec<(Occur, Box<dyn EngineQuery>)> = speakers
                    .keys_matching(name)
                    .iter()
                    .map(|key| {
                        let key = Term::from_field_text(f.said, key);
                        let query: Box<dyn EngineQuery> =
                            Box::new(TermQuery::new(key, IndexRecordOption::Basic));
                        (Occur::Should, query)
                    })
                    .collect();
                (Some(Box::new(BooleanQuery::new(either))), false)
            }
            TermKind::Date(DateSpec::Days { from, to }) => {
                let bound = |d: u32| Term::from_field_u64(f.day, u64::from(d));
                (
                    Some(Box::new(RangeQuery::new(
                        Bound::Included(bound(*from)),
                        Bound::Included(bound(*to)),
                    ))),
                    false,
                )
            }
            TermKind::Date(DateSpec::Month(month)) => (
                Some(Box::new(TermQuery::new(
                    Term::from_field_u64(f.month, u64::from(*month)),
                    IndexRecordOption::Basic,
                ))),
                false,
            ),
        };
        let Some(part) = part else {
            continue;
        };
        if term.negated {
            clauses.push((Occur::MustNot, part));
        } else if scores {
            scored = true;
            clauses.push((Occur::Must, part));
        } else {
            clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(part, 0.0))));
        }
    }
    if clauses.is_empty() {
        return None;
    }
    if !clauses.iter().any(|(occur, _)| *occur == Occur::Must) {
        clauses.push((Occur::Must, Box::new(AllQuery)));
    }
    Some((Box::new(BooleanQuery::new(clauses)), scored))
}

/// True when some term of `query` has something for corpus search to look
/// for: a field, or text with a word in it (punctuation alone has none).
pub fn searchable(query: &Query) -> bool {
    query.terms.iter().any(|term| match &term.kind {
        TermKind::Word(t) | TermKind::Exact(t) | TermKind::Phrase(t) | TermKind::Title(t) => {
            !tokens(t).is_empty()
        }
        TermKind::Source(t) | TermKind::Said(t) => !tokens(t).is_empty(),
        TermKind::Date(_) => true,
    })
}

/// The words and phrases of a query to highlight: its words, exact words,
/// phrases and title words, not the excluded ones.
pub fn highlighted(query: &Query) -> TextQuery {
    let mut text = String::new();
    for term in query.terms.iter().filter(|t| !t.negated) {
        match &term.kind {
            TermKind::Word(w) | TermKind::Exact(w) | TermKind::Title(w) => {
                text.push_str(w);
                text.push(' ');
            }
            TermKind::Phrase(p) => {
                text.push('"');
                text.push_str(p);
                text.push_str("\" ");
            }
            _ => {}
        }
    }
    TextQuery::parse(&text)
}

/// `text` (one word, or several in a row) in any of `fields`, each
/// weighted; `None` when it has no word.
fn words_in(fields: &[(Field, f32)], text: &str) -> Option<Box<dyn EngineQuery>> {
    let words = tokens(text);
    if words.is_empty() {
        return None;
    }
    let either: Vec<(Occur, Box<dyn EngineQuery>)> = fields
        .iter()
        .map(|&(field, boost)| {
            let terms: Vec<Term> = words
                .iter()
                .map(|w| Term::from_field_text(field, w))
                .collect();
            let query: Box<dyn EngineQuery> = match terms.as_slice() {
                [one] => Box::new(TermQuery::new(one.clone(), IndexRecordOption::WithFreqs)),
                _ => Box::new(PhraseQuery::new(terms)),
            };
            let query: Box<dyn EngineQuery> = if boost == 1.0 {
                query
            } else {
                Box::new(BoostQuery::new(query, boost))
            };
            (Occur::Should, query)
        })
        .collect();
    Some(Box::new(BooleanQuery::new(either)))
}

/// `text` in `field` as the list filter takes it: one word anywhere in a
/// word of the field (so `source:whitehouse` finds
/// "bidenwhitehouse.archives.gov"), several in a row, the last one a
/// prefix; `None` when it has no word.
fn contained_in(field: Field, text: &str) -> Option<Box<dyn EngineQuery>> {
    let words = tokens(text);
    match words.as_slice() {
        [] => None,
        [one] => {
            let pattern = format!(".*{}.*", regex_escape(one));
            RegexQuery::from_pattern(&pattern, field)
                .ok()
                .map(|q| Box::new(q) as Box<dyn EngineQuery>)
        }
        _ => Some(Box::new(PhrasePrefixQuery::new(
            words
                .iter()
                .map(|w| Term::from_field_text(field, w))
                .collect(),
        ))),
    }
}

/// `word` with the characters a regular expression gives meaning escaped.
fn regex_escape(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if "\\.+*?()|[]{}^$#&-~\"<>@".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
