//! Re-anchoring: finding a bookmark's passage again in a release that may
//! have changed since the bookmark was made (re-parsed, edited, reordered).

use std::collections::HashMap;

use super::model::{Bookmark, PARAGRAPH_BREAK, passage_hash, passage_text};
use crate::corpus::{Body, TextPos};

/// The least word-level similarity (1 − edit distance / length) for a
/// changed passage to count as found.
const FUZZY_THRESHOLD: f64 = 0.8;

/// Where a bookmark's passage is in a release, and how sure that is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The same range still holds the same text.
    Exact {
        /// Start of the passage.
        start: TextPos,
        /// End of the passage (exclusive).
        end: TextPos,
    },
    /// The same text, found somewhere else in the release.
    Moved {
        /// Start of the passage.
        start: TextPos,
        /// End of the passage (exclusive).
        end: TextPos,
    },
    /// Text close to the passage (a few words changed).
    Fuzzy {
        /// Start of the closest text.
        start: TextPos,
        /// End of the closest text (exclusive).
        end: TextPos,
    },
    /// The passage is no longer in the release.
    Orphaned,
}

/// Finds the bookmark's passage in (a possibly changed) release: the same
/// range with the same hash is `Exact`; the exact text elsewhere (the
/// occurrence nearest the old place) is `Moved`; else the closest run of
/// words with at least 80 % word-level similarity is `Fuzzy`; else `Orphaned`.
pub fn locate(body: &Body, b: &Bookmark) -> Anchor {
    if in_bounds(body, b.start) && in_bounds(body, b.end) && b.start <= b.end {
        let text = passage_text(body, b.start, b.end);
        if passage_hash(&text) == b.hash {
            return Anchor::Exact {
                start: b.start,
                end: b.end,
            };
        }
    }
    if b.passage.trim().is_empty() {
        return Anchor::Orphaned;
    }
    let joined = Joined::of(body);
    if let Some((start, end)) = joined.find_exact(&b.passage, b.start) {
        return Anchor::Moved { start, end };
    }
    match joined.find_fuzzy(&b.passage, b.start) {
        Some((start, end)) => Anchor::Fuzzy { start, end },
        None => Anchor::Orphaned,
    }
}

/// True when `pos` is a valid position in the body (on a char boundary).
fn in_bounds(body: &Body, pos: TextPos) -> bool {
    body.paragraphs
        .get(pos.paragraph as usize)
        .is_some_and(|p| p.text.is_char_boundary(pos.offset as usize))
}

/// A release body as one string, paragraphs joined by [`PARAGRAPH_BREAK`],
/// with the means to map offsets back to [`TextPos`].
struct Joined {
    text: String,
    /// Byte offset in `text` where each paragraph starts.
    starts: Vec<usize>,
}

impl Joined {
    fn of(body: &Body) -> Joined {
        let mut text = String::new();
        let mut starts = Vec::with_capacity(body.paragraphs.len());
        for (i, p) in body.paragraphs.iter().enumerate() {
            if i > 0 {
                text.push_str(PARAGRAPH_BREAK);
            }
            starts.push(text.len());
            text.push_str(&p.text);
        }
        Joined { text, starts }
    }

    /// The position of byte `at` of `text`. Offsets inside a paragraph
    /// break belong to the end of the paragraph before it.
    fn pos(&self, at: usize) -> TextPos {
        let p = self.starts.partition_point(|&s| s <= at).saturating_sub(1);
        let para_len = self
            .starts
            .get(p + 1)
            .map_or(self.text.len() - self.starts[p], |next| {
                next - PARAGRAPH_BREAK.len() - self.starts[p]
            });
        TextPos::new(p, (at - self.starts[p]).min(para_len))
    }

    /// A start position: offsets inside a paragraph break move to the
    /// start of the next paragraph.
    fn start_pos(&self, at: usize) -> TextPos {
        let pos = self.pos(at);
        let next = pos.paragraph as usize + 1;
        match self.starts.get(next) {
            Some(&s) if at > self.starts[pos.paragraph as usize] + pos.offset as usize => {
                TextPos::new(next, at.saturating_sub(s))
            }
            _ => pos,
        }
    }

    /// The occurrence of `passage` starting nearest paragraph `near`.
    fn find_exact(&self, passage: &str, near: TextPos) -> Option<(TextPos, TextPos)> {
        self.text
            .match_indices(passage)
            .map(|(at, _)| (self.start_pos(at), self.pos(at + passage.len())))
            .min_by_key(|(start, _)| start.paragraph.abs_diff(near.paragraph))
    }

    /// The run of words most like `passage`'s words (approximate substring
    /// matching over words: edit distance against any run of the body),
    /// when similar enough; ties go to the run nearest paragraph `near`.
    fn find_fuzzy(&self, passage: &str, near: TextPos) -> Option<(TextPos, TextPos)> {
        // Words become numbers, so the inner loop compares integers.
        let mut numbers: HashMap<String, u32> = HashMap::new();
        let body: Vec<(usize, usize, u32)> = words(&self.text)
            .map(|(at, w)| {
                let next = numbers.len() as u32;
                (at.start, at.end, *numbers.entry(w).or_insert(next))
            })
            .collect();
        let wanted: Vec<u32> = words(passage)
            .map(|(_, w)| numbers.get(&w).copied().unwrap_or(u32::MAX))
            .collect();
        let n = wanted.len();
        if n == 0 || body.is_empty() {
            return None;
        }
        // Sellers' algorithm: row[j] = (distance, start word) of the best
        // alignment of the first i wanted words ending at body word j.
        let mut row: Vec<(usize, usize)> = (0..=body.len()).map(|j| (0, j)).collect();
        for (i, want) in wanted.iter().enumerate() {
            let mut next = Vec::with_capacity(row.len());
            next.push((i + 1, 0));
            for j in 1..=body.len() {
                let cost = usize::from(body[j - 1].2 != *want);
                let diagonal = (row[j - 1].0 + cost, row[j - 1].1);
                let up = (row[j].0 + 1, row[j].1);
                let left = (next[j - 1].0 + 1, next[j - 1].1);
                next.push(
                    *[diagonal, up, left]
                        .iter()
                        .min_by_key(|c| c.0)
                        .unwrap_or(&up),
                );
            }
            row = next;
        }
        let best = row[1..].iter().map(|c| c.0).min()?;
        let (end_word, start_word) = row
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(_, c)| c.0 == best && c.1 < body.len())
            .map(|(j, c)| (j - 1, c.1))
            .filter(|&(end, start)| start <= end)
            .min_by_key(|&(_, start)| self.pos(body[start].0).paragraph.abs_diff(near.paragraph))?;
        let matched = end_word + 1 - start_word;
        let similarity = 1.0 - best as f64 / n.max(matched) as f64;
        (similarity >= FUZZY_THRESHOLD)
            .then(|| (self.pos(body[start_word].0), self.pos(body[end_word].1)))
    }
}

/// The words of `text` (runs of letters and digits), lowercased, with
/// their byte ranges.
fn words(text: &str) -> impl Iterator<Item = (std::ops::Range<usize>, String)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while chars.peek().is_some_and(|(_, c)| !c.is_alphanumeric()) {
            chars.next();
        }
        let (start, _) = *chars.peek()?;
        let mut end = start;
        let mut word = String::new();
        while let Some(&(at, c)) = chars.peek().filter(|(_, c)| c.is_alphanumeric()) {
            word.extend(c.to_lowercase());
            end = at + c.len_utf8();
            chars.next();
        }
        Some((start..end, word))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Release;

    fn release(paragraphs: &[&str]) -> Release {
        Release::sample("anchor", "T", paragraphs, "/x.txt")
    }

    #[test]
    fn words_are_lowercased_alphanumeric_runs() {
        let found: Vec<_> = words("Hello, wörld 42!").collect();
        assert_eq!(
            found,
            [
                (0..5, "hello".to_string()),
                (7..13, "wörld".to_string()),
                (14..16, "42".to_string())
            ]
        );
    }

    #[test]
    fn positions_map_back_across_paragraph_breaks() {
        let joined = Joined::of(&release(&["ab", "cd"]).read_body());
        assert_eq!(joined.text, "ab\n\ncd");
        assert_eq!(joined.pos(1), TextPos::new(0, 1));
        assert_eq!(joined.pos(2), TextPos::new(0, 2));
        assert_eq!(joined.pos(3), TextPos::new(0, 2));
        assert_eq!(joined.pos(4), TextPos::new(1, 0));
        assert_eq!(joined.start_pos(3), TextPos::new(1, 0));
        assert_eq!(joined.pos(6), TextPos::new(1, 2));
    }

    #[test]
    fn a_passage_across_paragraphs_is_found_when_moved() {
        let old = release(&["Intro.", "One two three.", "Four five six."]);
        let b = Bookmark::new(
            &old,
            &old.read_body(),
            TextPos::new(1, 4),
            TextPos::new(2, 4),
            String::new(),
        );
        assert_eq!(b.passage, "two three.\n\nFour");
        let new = release(&["New intro.", "More.", "One two three.", "Four five six."]);
        assert_eq!(
            locate(&new.read_body(), &b),
            Anchor::Moved {
                start: TextPos::new(2, 4),
                end: TextPos::new(3, 4)
            }
        );
    }

    #[test]
    fn the_nearest_fuzzy_match_wins() {
        let text = "the quick brown fox jumps over the lazy dog today";
        let old = release(&[text, "filler", text]);
        let b = Bookmark::new(
            &old,
            &old.read_body(),
            TextPos::new(2, 0),
            TextPos::new(2, 44),
            String::new(),
        );
        let edited = "the quick brown fox leaps over the lazy dog today";
        let new = release(&[edited, "filler", edited]);
        assert_eq!(
            locate(&new.read_body(), &b),
            Anchor::Fuzzy {
                start: TextPos::new(2, 0),
                end: TextPos::new(2, 43)
            }
        );
    }

    #[test]
    fn empty_passages_outside_the_body_are_orphaned() {
        let old = release(&["a", "b"]);
        let b = Bookmark::new(
            &old,
            &old.read_body(),
            TextPos::new(1, 1),
            TextPos::new(1, 1),
            String::new(),
        );
        assert_eq!(locate(&release(&["a"]).read_body(), &b), Anchor::Orphaned);
    }
}
