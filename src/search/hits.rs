//! Where a query's words and phrases occur in a release's body: the hits
//! corpus search highlights and `n`/`N` go through.

use super::query::{TextQuery, tokenize};
use crate::corpus::Body;

/// One release that matched a query.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    /// Index into the corpus's releases.
    pub release: u32,
    /// Relevance (BM25); higher is better. 0 for queries of fields alone,
    /// which come newest first.
    pub score: f32,
    /// Every occurrence in the body of a query word or phrase, in reading order.
    pub hits: Vec<TextHit>,
}

/// A byte range of one paragraph of a release body (on char boundaries).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextHit {
    /// Index into [`Body::paragraphs`](crate::corpus::Body::paragraphs).
    pub paragraph: u32,
    /// Byte offset where the occurrence starts.
    pub start: u32,
    /// Byte offset one past its end.
    pub end: u32,
}

/// Every occurrence in `body` of a word or phrase of `query`, in reading
/// order; overlapping occurrences are merged.
pub fn find_hits(body: &Body, query: &TextQuery) -> Vec<TextHit> {
    Matcher::new(query).hits(body)
}

/// A word of a scanned text: its byte range, which query term it is (if
/// any), and whether a phrase may run into it from the previous word.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: u32,
    end: u32,
    term: Option<u16>,
    joined: bool,
}

/// Finds a query's words and phrases in text.
struct Matcher<'q> {
    /// The distinct words of the query; `Word::term` indexes this.
    terms: Vec<&'q str>,
    /// How many of `terms` are single words of the query (they come first).
    words: usize,
    /// Each phrase as term numbers.
    phrases: Vec<Vec<u16>>,
}

impl<'q> Matcher<'q> {
    fn new(query: &'q TextQuery) -> Matcher<'q> {
        let terms = query.terms();
        let number = |w: &String| terms.iter().position(|t| *t == w.as_str()).unwrap_or(0) as u16;
        let phrases = query
            .phrases
            .iter()
            .map(|p| p.iter().map(number).collect())
            .collect();
        Matcher {
            words: query.words.len(),
            terms,
            phrases,
        }
    }

    /// The words of `text`, into `out` (cleared first).
    fn scan(&self, text: &str, out: &mut Vec<Word>) {
        out.clear();
        tokenize(text, |token| {
            out.push(Word {
                start: token.range.start as u32,
                end: token.range.end as u32,
                term: self
                    .terms
                    .iter()
                    .position(|t| *t == token.text)
                    .map(|i| i as u16),
                joined: token.joined,
            });
        });
    }

    /// The starting word of every occurrence of `phrase` in `words`.
    fn occurrences<'a>(phrase: &'a [u16], words: &'a [Word]) -> impl Iterator<Item = usize> + 'a {
        (0..words.len().saturating_sub(phrase.len() - 1)).filter(move |&i| {
            phrase.iter().enumerate().all(|(j, &term)| {
                let word = &words[i + j];
                word.term == Some(term) && (j == 0 || word.joined)
            })
        })
    }

    /// Every occurrence in the body of a query word or phrase, in reading order.
    fn hits(&self, body: &Body) -> Vec<TextHit> {
        let mut out: Vec<TextHit> = Vec::new();
        let mut words = Vec::new();
        let mut found: Vec<(u32, u32)> = Vec::new();
        for (p, paragraph) in body.paragraphs.iter().enumerate() {
            self.scan(&paragraph.text, &mut words);
            found.clear();
            for w in &words {
                if w.term.is_some_and(|t| usize::from(t) < self.words) {
                    found.push((w.start, w.end));
                }
            }
            for phrase in &self.phrases {
                for i in Self::occurrences(phrase, &words) {
                    found.push((words[i].start, words[i + phrase.len() - 1].end));
                }
            }
            found.sort_unstable_by_key(|&(start, end)| (start, std::cmp::Reverse(end)));
            let first = out.len();
            for &(start, end) in &found {
                match out[first..].last_mut() {
                    Some(last) if start < last.end => {
                        last.end = last.end.max(end);
                    }
                    _ => out.push(TextHit {
                        paragraph: p as u32,
                        start,
                        end,
                    }),
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::finish::finished_release;

    fn texts(body_text: &str, query: &str) -> Vec<String> {
        let body = finished_release("Title", body_text).read_body();
        find_hits(&body, &TextQuery::parse(query))
            .iter()
            .map(|h| {
                body.paragraphs[h.paragraph as usize].text[h.start as usize..h.end as usize]
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn words_and_phrases_are_found_in_reading_order() {
        assert_eq!(
            texts(
                "The Infrastructure  Law passed. Law and infrastructure.",
                "\"infrastructure law\""
            ),
            ["Infrastructure  Law"]
        );
        assert_eq!(
            texts(
                "The infrastructure law funds the harbor.",
                "\"infrastructure law\" law harbor"
            ),
            ["infrastructure law", "harbor"],
            "a word inside a phrase merges into the phrase's hit"
        );
        assert!(
            texts(
                "Infrastructure matters. Law matters too.",
                "\"infrastructure law\""
            )
            .is_empty()
        );
    }

    #[test]
    fn hits_stay_on_char_boundaries() {
        let text = "Über den Ärger: 习近平主席 sagte, Biden’s Plan sei ärgerlich. ÄRGER!";
        assert_eq!(texts(text, "ärger"), ["Ärger", "ÄRGER"]);
        assert_eq!(texts(text, "习近平"), ["习近平"]);
        assert_eq!(texts(text, "\"bidens plan\""), ["Biden’s Plan"]);
    }
}
