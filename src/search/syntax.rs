//! The query language shared by the list filter, corpus search, the
//! quotations filter and the command line.
//!
//! A query is a list of terms separated by spaces, all of which must hold:
//!
//! - `tariff`: a word (fuzzy on titles in the list filter, a whole word of
//!   the title or text in corpus search);
//! - `'tariff`: exactly this word (a substring of the title in the filter);
//! - `"border security"`: these words in this order;
//! - `-word`, `-"a phrase"`, `-source:x`: anything above, excluded;
//! - `title:word`, `source:cgtn`, `said:bice`: a field (a quoted value may
//!   hold spaces: `said:"Stephanie Bice"`);
//! - `date:2025`, `date:2025-03`, `date:2025-03-14`, `date:march`,
//!   `date:2024-11..2025-02`, `since:2024-11`, `until:2025-02`: dates, as
//!   prefixes of the ISO date, ranges of them, or month names (any year).
//!
//! A field with nothing after the colon is still being typed and is left
//! out; a value that cannot be read (`date:2025-13`) is a [`ParseError`]
//! the prompt shows, never a silent "no match".

use std::fmt;
use std::ops::Range;

use crate::corpus::ReleaseDate;
use crate::corpus::date::{MONTHS, month_number};

/// A parsed query: every term must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// The terms, in the order typed.
    pub terms: Vec<Term>,
}

/// One term of a query, perhaps excluded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// True for `-term`: releases matching it are left out.
    pub negated: bool,
    /// What the term asks for.
    pub kind: TermKind,
}

/// What a term asks for. Text values are lowercase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TermKind {
    /// A word, matched fuzzily against titles by the list filter.
    Word(String),
    /// `'word`: matched exactly.
    Exact(String),
    /// `"words in order"`.
    Phrase(String),
    /// `title:word`: in the title.
    Title(String),
    /// `source:name`: in the source or the member's name.
    Source(String),
    /// `said:name`: a speaker the release quotes.
    Said(String),
    /// `date:`, `since:`, `until:`.
    Date(DateSpec),
}

/// Which dates a `date:`, `since:` or `until:` term takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSpec {
    /// Dates whose [`day_number`] lies in this inclusive range.
    Days {
        /// The first day number taken.
        from: u32,
        /// The last day number taken.
        to: u32,
    },
    /// A month of any year (also dates written without a year).
    Month(u8),
}

/// A query that cannot be read, with where in it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ParseError {
    /// What is wrong and what would be right, for the prompt.
    pub message: String,
    /// The byte range of the offending term in the query.
    pub at: Range<usize>,
}

/// A date as a number that sorts like it: `yyyymmdd`, with `00` for a
/// month or day the release does not give, so `date:2025-03` is the range
/// `20250300..=20250399`. `None` without a year.
pub fn day_number(date: &ReleaseDate) -> Option<u32> {
    let year = u32::try_from(date.year?).ok()?.min(9999);
    Some(
        year * 10_000 + u32::from(date.month.unwrap_or(0)) * 100 + u32::from(date.day.unwrap_or(0)),
    )
}

impl DateSpec {
    /// True when a release dated `date` is taken.
    pub fn matches(&self, date: Option<&ReleaseDate>) -> bool {
        let Some(date) = date else {
            return false;
        };
        match *self {
            DateSpec::Days { from, to } => day_number(date).is_some_and(|d| from <= d && d <= to),
            DateSpec::Month(month) => date.month == Some(month),
        }
    }

    /// Reads the value of `date:` (a prefix, a month name or a range `a..b`).
    pub fn parse_date(value: &str) -> Result<DateSpec, String> {
        if let Some((from, to)) = value.split_once("..") {
            let from = if from.is_empty() {
                0
            } else {
                prefix_range(from)?.0
            };
            let to = if to.is_empty() {
                u32::MAX
            } else {
                prefix_range(to)?.1
            };
            if from > to {
                return Err(format!("{value}: the range ends before it starts"));
            }
            return Ok(DateSpec::Days { from, to });
        }
        if let Some(month) = month_number(value).filter(|_| value.chars().all(char::is_alphabetic))
        {
            return Ok(DateSpec::Month(month));
        }
        let (from, to) = prefix_range(value)?;
        Ok(DateSpec::Days { from, to })
    }

    /// Reads the value of `since:` (this date or later).
    pub fn parse_since(value: &str) -> Result<DateSpec, String> {
        Ok(DateSpec::Days {
            from: prefix_range(value)?.0,
            to: u32::MAX,
        })
    }

    /// Reads the value of `until:` (up to and including this date).
    pub fn parse_until(value: &str) -> Result<DateSpec, String> {
        Ok(DateSpec::Days {
            from: 0,
            to: prefix_range(value)?.1,
        })
    }
}

/// The day numbers an ISO date prefix (`2025`, `2025-03`, `2025-03-14`)
/// covers, or why it is not one.
fn prefix_range(value: &str) -> Result<(u32, u32), String> {
    let bad = || {
        format!(
            "{value:?} is not a date: write a year (2025), a month (2025-03), a day (2025-03-14) or a month name (march)"
        )
    };
    let parts: Vec<&str> = value.split('-').collect();
    let number = |s: &str, digits: usize| -> Option<u32> {
        (s.len() == digits && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let year = parts.first().and_then(|y| number(y, 4)).ok_or_else(bad)?;
    let base = year * 10_000;
    match parts[1..] {
        [] => Ok((base, base + 9999)),
        [month] => {
            let month = number(month, 2)
                .filter(|m| (1..=12).contains(m))
                .ok_or_else(bad)?;
            Ok((base + month * 100, base + month * 100 + 99))
        }
        [month, day] => {
            let month = number(month, 2)
                .filter(|m| (1..=12).contains(m))
                .ok_or_else(bad)?;
            let day = number(day, 2)
                .filter(|d| (1..=31).contains(d))
                .ok_or_else(bad)?;
            let at = base + month * 100 + day;
            Ok((at, at))
        }
        _ => Err(bad()),
    }
}

/// The fields a term may name, with the kind each value makes.
const FIELDS: &[&str] = &["title", "source", "said", "date", "since", "until"];

impl Query {
    /// Parses what the user typed (see the module documentation).
    pub fn parse(text: &str) -> Result<Query, ParseError> {
        let mut query = Query::default();
        let mut lexer = Lexer { text, at: 0 };
        while let Some((range, negated, field, value)) = lexer.next_piece() {
            let error = |message: String| ParseError {
                message,
                at: range.clone(),
            };
            let lower = value.text.to_lowercase();
            let lower = lower.trim();
            if lower.is_empty() {
                continue;
            }
            let kind = match field {
                Some("title") => TermKind::Title(lower.to_string()),
                Some("source") => TermKind::Source(lower.to_string()),
                Some("said") => TermKind::Said(lower.to_string()),
                Some("date") => TermKind::Date(DateSpec::parse_date(lower).map_err(error)?),
                Some("since") => TermKind::Date(DateSpec::parse_since(lower).map_err(error)?),
                Some("until") => TermKind::Date(DateSpec::parse_until(lower).map_err(error)?),
                _ if value.quoted => {
                    TermKind::Phrase(lower.split_whitespace().collect::<Vec<_>>().join(" "))
                }
                _ if value.exact => TermKind::Exact(lower.to_string()),
                _ => TermKind::Word(lower.to_string()),
            };
            query.terms.push(Term { negated, kind });
        }
        Ok(query)
    }

    /// True when the query matches everything.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// True when the query has a term other than a plain word.
    pub fn has_fields(&self) -> bool {
        self.terms
            .iter()
            .any(|t| t.negated || !matches!(t.kind, TermKind::Word(_)))
    }

    /// True when the query names a speaker (`said:`), so answering it
    /// needs the archive's directory of who is who.
    pub fn names_speakers(&self) -> bool {
        self.terms
            .iter()
            .any(|t| matches!(t.kind, TermKind::Said(_)))
    }

    /// The plain words (not excluded), which the list filter matches fuzzily.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.terms.iter().filter_map(|t| match &t.kind {
            TermKind::Word(w) if !t.negated => Some(w.as_str()),
            _ => None,
        })
    }

    /// True when everything this query matches was matched by `older`, so
    /// only `older`'s results need to be searched again: each of `older`'s
    /// terms is here, extended (or kept) where extending narrows, and
    /// nothing was taken away.
    pub fn narrows(&self, older: &Query) -> bool {
        self.terms.len() >= older.terms.len()
            && older
                .terms
                .iter()
                .zip(&self.terms)
                .all(|(old, new)| new.narrows(old))
    }

    /// The query as it would be typed, each term normalised (lowercase,
    /// phrases in plain double quotes): for messages such as `no match for …`.
    pub fn describe(&self) -> String {
        let terms: Vec<String> = self.terms.iter().map(Term::describe).collect();
        terms.join(" ")
    }

    /// Adds a term (a command-line option such as `--source`).
    pub fn push(&mut self, kind: TermKind) {
        self.terms.push(Term {
            negated: false,
            kind,
        });
    }
}

impl Term {
    /// True when everything this term takes, `older` took too.
    fn narrows(&self, older: &Term) -> bool {
        use TermKind::*;
        if self.negated != older.negated {
            return false;
        }
        if self.negated {
            return self == older;
        }
        match (&self.kind, &older.kind) {
            (Word(n), Word(o))
            | (Exact(n), Exact(o))
            | (Phrase(n), Phrase(o))
            | (Source(n), Source(o))
            | (Title(n), Title(o)) => n.starts_with(o.as_str()),
            // A name matches whole words (`said:bic` is nobody, `said:bice`
            // is Bice), so a longer one is not a narrower one.
            (new, old) => new == old,
        }
    }

    /// The term as it would be typed.
    fn describe(&self) -> String {
        let quoted = |v: &str| {
            if v.contains(char::is_whitespace) {
                format!("\"{v}\"")
            } else {
                v.to_string()
            }
        };
        let text = match &self.kind {
            TermKind::Word(w) => w.clone(),
            TermKind::Exact(w) => format!("'{w}"),
            TermKind::Phrase(p) => format!("\"{p}\""),
            TermKind::Title(v) => format!("title:{}", quoted(v)),
            TermKind::Source(v) => format!("source:{}", quoted(v)),
            TermKind::Said(v) => format!("said:{}", quoted(v)),
            TermKind::Date(spec) => spec.describe(),
        };
        if self.negated {
            format!("-{text}")
        } else {
            text
        }
    }
}

impl DateSpec {
    /// The spec as `date:…`.
    fn describe(&self) -> String {
        match *self {
            DateSpec::Month(m) => format!(
                "date:{}",
                MONTHS.get(usize::from(m).wrapping_sub(1)).unwrap_or(&"?")
            ),
            DateSpec::Days { from, to } => {
                let show = |d: u32| {
                    let (y, m, day) = (d / 10_000, d / 100 % 100, d % 100);
                    match (m, day) {
                        (0 | 99, _) => format!("{y}"),
                        (_, 0 | 99) => format!("{y}-{m:02}"),
                        _ => format!("{y}-{m:02}-{day:02}"),
                    }
                };
                match (from, to) {
                    (0, u32::MAX) => "date:..".into(),
                    (0, to) => format!("until:{}", show(to)),
                    (from, u32::MAX) => format!("since:{}", show(from)),
                    (from, to) if show(from) == show(to) => format!("date:{}", show(from)),
                    (from, to) => format!("date:{}..{}", show(from), show(to)),
                }
            }
        }
    }
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}

/// A value as typed: its text, and how it was marked.
struct Value<'a> {
    text: &'a str,
    /// Written between double quotes.
    quoted: bool,
    /// Written after `'`.
    exact: bool,
}

/// Splits a query into pieces: `-`, a field name and a value each.
struct Lexer<'a> {
    text: &'a str,
    at: usize,
}

/// Opening double quotes, and the closing one each takes.
fn closing_quote(c: char) -> Option<&'static [char]> {
    match c {
        '"' => Some(&['"', '”', '“']),
        '“' | '„' => Some(&['”', '"', '“']),
        _ => None,
    }
}

impl<'a> Lexer<'a> {
    /// The next piece: its byte range, whether excluded, its field and value.
    #[allow(clippy::type_complexity)]
    fn next_piece(&mut self) -> Option<(Range<usize>, bool, Option<&'static str>, Value<'a>)> {
        let rest = &self.text[self.at..];
        let skipped = rest.len() - rest.trim_start().len();
        self.at += skipped;
        let start = self.at;
        let mut rest = &self.text[self.at..];
        if rest.is_empty() {
            return None;
        }
        let negated =
            rest.len() > 1 && rest.starts_with('-') && !rest[1..].starts_with(char::is_whitespace);
        if negated {
            rest = &rest[1..];
            self.at += 1;
        }
        let field = FIELDS.iter().copied().find(|f| {
            rest.get(..f.len() + 1)
                .is_some_and(|p| p.eq_ignore_ascii_case(&format!("{f}:")))
        });
        if let Some(f) = field {
            rest = &rest[f.len() + 1..];
            self.at += f.len() + 1;
        }
        let value = self.value(rest);
        Some((start..self.at, negated, field, value))
    }

    /// Reads a value at the start of `rest` and moves past it.
    fn value(&mut self, rest: &'a str) -> Value<'a> {
        let first = rest.chars().next();
        if let Some(closers) = first.and_then(closing_quote) {
            let inner = &rest[first.map_or(0, char::len_utf8)..];
            let (text, used) = match inner.find(closers) {
                Some(end) => {
                    let close = inner[end..].chars().next().map_or(1, char::len_utf8);
                    (&inner[..end], rest.len() - inner.len() + end + close)
                }
                None => (inner, rest.len()),
            };
            self.at += used;
            return Value {
                text,
                quoted: true,
                exact: false,
            };
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        self.at += end;
        let word = &rest[..end];
        match word.strip_prefix('\'') {
            Some(exact) => Value {
                text: exact,
                quoted: false,
                exact: true,
            },
            None => Value {
                text: word,
                quoted: false,
                exact: false,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Query {
        Query::parse(text).unwrap()
    }

    fn kinds(text: &str) -> Vec<(bool, TermKind)> {
        parse(text)
            .terms
            .into_iter()
            .map(|t| (t.negated, t.kind))
            .collect()
    }

    #[test]
    fn only_a_said_term_needs_the_speaker_directory() {
        let names = |text: &str| Query::parse(text).unwrap().names_speakers();
        assert!(names("tariff said:schumer"));
        assert!(names("-said:schumer"));
        assert!(!names(
            "tariff source:whitehouse \"said schumer\" date:2023"
        ));
    }

    #[test]
    fn words_exact_phrases_and_exclusions() {
        use TermKind::*;
        assert_eq!(
            kinds(r#"Tariff 'Steel "Border  Security" -china -"white house" “curly quotes”"#),
            [
                (false, Word("tariff".into())),
                (false, Exact("steel".into())),
                (false, Phrase("border security".into())),
                (true, Word("china".into())),
                (true, Phrase("white house".into())),
                (false, Phrase("curly quotes".into())),
            ]
        );
        assert_eq!(
            kinds("\"open phrase"),
            [(false, Phrase("open phrase".into()))]
        );
        assert_eq!(
            kinds("a - b"),
            [
                (false, Word("a".into())),
                (false, Word("-".into())),
                (false, Word("b".into()))
            ]
        );
        assert!(parse("   ").is_empty());
        assert!(
            parse("\"\" ' source: said:").is_empty(),
            "fields still being typed"
        );
    }

    #[test]
    fn fields_take_plain_or_quoted_values() {
        use TermKind::*;
        assert_eq!(
            kinds(r#"SOURCE:WhiteHouse said:"Stephanie Bice" title:tariff -source:cgtn covid:19"#),
            [
                (false, Source("whitehouse".into())),
                (false, Said("stephanie bice".into())),
                (false, Title("tariff".into())),
                (true, Source("cgtn".into())),
                (false, Word("covid:19".into())),
            ]
        );
    }

    #[test]
    fn dates_are_prefixes_ranges_and_months() {
        let spec = |text: &str| match &parse(text).terms[0].kind {
            TermKind::Date(spec) => *spec,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            spec("date:2025"),
            DateSpec::Days {
                from: 20250000,
                to: 20259999
            }
        );
        assert_eq!(
            spec("date:2025-03"),
            DateSpec::Days {
                from: 20250300,
                to: 20250399
            }
        );
        assert_eq!(
            spec("date:2025-03-14"),
            DateSpec::Days {
                from: 20250314,
                to: 20250314
            }
        );
        assert_eq!(
            spec("date:2024-11..2025-02"),
            DateSpec::Days {
                from: 20241100,
                to: 20250299
            }
        );
        assert_eq!(
            spec("since:2024-11"),
            DateSpec::Days {
                from: 20241100,
                to: u32::MAX
            }
        );
        assert_eq!(
            spec("until:2025"),
            DateSpec::Days {
                from: 0,
                to: 20259999
            }
        );
        assert_eq!(
            spec("date:..2020"),
            DateSpec::Days {
                from: 0,
                to: 20209999
            }
        );
        assert_eq!(spec("date:December"), DateSpec::Month(12));
        assert_eq!(spec("date:sept"), DateSpec::Month(9));
    }

    #[test]
    fn bad_values_are_errors_that_say_where() {
        for bad in [
            "date:2025-13",
            "date:20",
            "date:tomorrow",
            "since:x",
            "date:2025..2024",
            "until:2025-02-40",
        ] {
            let text = format!("tariff {bad}");
            let error = Query::parse(&text).expect_err(bad);
            assert_eq!(&text[error.at.clone()], bad);
            assert!(!error.message.is_empty());
        }
    }

    #[test]
    fn dates_match_by_day_number_or_month() {
        let date = |s: &str| {
            let mut parts = s.split('-').map(|p| p.parse::<u32>().ok());
            let (year, month, day) = (
                parts.next().flatten(),
                parts.next().flatten(),
                parts.next().flatten(),
            );
            ReleaseDate {
                year: year.filter(|&y| y > 0).map(|y| y as i32),
                month: month.filter(|&m| m > 0).map(|m| m as u8),
                day: day.map(|d| d as u8),
                time: None,
                utc_offset_minutes: None,
                written: s.to_string(),
            }
        };
        let march = DateSpec::parse_date("2025-03").unwrap();
        assert!(march.matches(Some(&date("2025-03-14"))));
        assert!(march.matches(Some(&date("2025-03"))));
        assert!(!march.matches(Some(&date("2025-04-01"))));
        assert!(!march.matches(Some(&date("2025"))), "not known to be March");
        assert!(!march.matches(None));
        let range = DateSpec::parse_date("2024-11..2025-02").unwrap();
        assert!(range.matches(Some(&date("2024-12-25"))));
        assert!(range.matches(Some(&date("2025-02-28"))));
        assert!(!range.matches(Some(&date("2025-03-01"))));
        let december = DateSpec::parse_date("december").unwrap();
        assert!(december.matches(Some(&date("2023-12-05"))));
        assert!(december.matches(Some(&date("0-12-05"))), "no year needed");
    }

    #[test]
    fn longer_queries_narrow_shorter_ones() {
        assert!(parse("kor").narrows(&parse("ko")));
        assert!(parse("korea trade").narrows(&parse("korea")));
        assert!(parse("said:bice").narrows(&parse("said:bice")));
        assert!(
            !parse("said:bice").narrows(&parse("said:bi")),
            "whole words"
        );
        assert!(!parse("said:\"sen. bice\"").narrows(&parse("said:\"sen. bic\"")));
        assert!(parse("source:whiteh").narrows(&parse("source:white")));
        assert!(
            !parse("-kor").narrows(&parse("-ko")),
            "a longer exclusion takes more"
        );
        assert!(!parse("source:").narrows(&parse("source")));
        assert!(!parse("ko").narrows(&parse("kor")));
        assert!(
            !parse("date:2025-03").narrows(&parse("date:2025")),
            "dates are compared whole"
        );
    }

    #[test]
    fn queries_describe_themselves_unescaped() {
        assert_eq!(
            parse(r#""Border Security" -'x said:"a b" date:2024-11..2025-02 since:2025"#)
                .describe(),
            r#""border security" -'x said:"a b" date:2024-11..2025-02 since:2025"#
        );
        assert_eq!(parse("date:march").describe(), "date:march");
    }
}
