//! A release's body (paragraphs, quotations, links, trailer), and the
//! [`Outline`] of it — counts and speakers — that the list and the filter
//! need without reading the body itself.

use super::id::fnv1a;
use super::{Paragraph, Quote, TextPos, Turn};

/// The text of a release: what the reading pane shows below the header.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Body {
    /// The body, paragraph by paragraph.
    pub paragraphs: Vec<Paragraph>,
    /// Link targets referenced by [`super::SpanStyle::Link`].
    pub links: Vec<String>,
    /// Quotations in the body, in reading order.
    pub quotes: Vec<Quote>,
    /// The turns of a transcript, in order; empty for other releases.
    pub turns: Vec<Turn>,
    /// Where and when a transcript was spoken (the room, the times it began
    /// and ended), lines taken out of the body.
    pub setting: Vec<String>,
    /// Boilerplate after the end mark (`###`, `-30-`): office descriptions, contacts.
    pub trailer: Vec<String>,
}

impl Body {
    /// The text of a quotation, joining paragraphs with a space.
    pub fn quote_text(&self, quote: &Quote) -> String {
        self.text_between(quote.start, quote.end)
    }

    /// The speaker of the quotation a passage from `start` to `end` is in:
    /// the innermost holding all of it (a quotation inside another's words
    /// is its own speaker's), else the first sharing text with it; for an
    /// empty passage, the quotation around it. `None` when that quotation
    /// has no speaker.
    pub fn speaker_between(&self, start: TextPos, end: TextPos) -> Option<&str> {
        let overlaps = |q: &&Quote| {
            if start == end {
                q.start <= start && start < q.end
            } else {
                q.start < end && start < q.end
            }
        };
        let holds = |q: &&Quote| q.start <= start && end <= q.end && overlaps(q);
        let quote = self.quotes.iter().rfind(holds);
        quote
            .or_else(|| self.quotes.iter().find(overlaps))?
            .speaker
            .as_deref()
    }

    /// The body text between two positions, paragraphs joined by a space.
    pub fn text_between(&self, start: TextPos, end: TextPos) -> String {
        let mut out = String::new();
        for piece in self.pieces_between(start, end) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(piece);
        }
        out
    }

    /// The part of each paragraph between two positions, in order. Positions
    /// past the end or off a char boundary yield what can be read.
    pub fn pieces_between(&self, start: TextPos, end: TextPos) -> impl Iterator<Item = &str> {
        (start.paragraph..=end.paragraph)
            .map_while(move |p| Some((p, self.paragraphs.get(p as usize)?)))
            .filter_map(move |(p, para)| {
                let from = if p == start.paragraph {
                    start.offset as usize
                } else {
                    0
                };
                let to = if p == end.paragraph {
                    end.offset as usize
                } else {
                    para.text.len()
                };
                para.text.get(from..to.max(from))
            })
    }

    /// The transcript turn paragraph `index` belongs to, if any.
    pub fn turn_of(&self, index: usize) -> Option<&Turn> {
        let at = self.turns.partition_point(|t| t.end as usize <= index);
        self.turns.get(at).filter(|t| t.holds(index))
    }

    /// Who says paragraph `index` of a transcript: the speaker of its turn,
    /// or no one when the paragraph is a stage direction (`(Applause.)`,
    /// `(The bill is signed.)`) or belongs to no turn.
    pub fn speaker_of(&self, index: usize) -> Option<&str> {
        let paragraph = self.paragraphs.get(index)?;
        if is_stage_direction(&paragraph.text) {
            return None;
        }
        self.turn_of(index)?.speaker.as_deref()
    }

    /// Where a turn's statement runs: from after its label to the end of
    /// its last paragraph.
    pub fn turn_span(&self, turn: &Turn) -> (TextPos, TextPos) {
        let last = (turn.end as usize).saturating_sub(1);
        let len = self.paragraphs.get(last).map_or(0, |p| p.text.len());
        let start = self.paragraphs.get(turn.start as usize).map_or(0, |p| {
            let after = turn.label as usize;
            let rest = p.text.get(after..).unwrap_or("");
            after + rest.len() - rest.trim_start().len()
        });
        (
            TextPos::new(turn.start as usize, start),
            TextPos::new(last, len),
        )
    }

    /// What the list and the filter need to know about this body; its
    /// speakers are those of its quotations and of its transcript turns.
    pub fn outline(&self) -> Outline {
        let mut speakers: Vec<String> = Vec::new();
        let quoted = self.quotes.iter().filter_map(|q| q.speaker.as_deref());
        let turns = self.turns.iter().filter_map(Turn::statement_by);
        for speaker in quoted.chain(turns) {
            if !speakers.iter().any(|s| s == speaker) {
                speakers.push(speaker.to_string());
            }
        }
        let mut fingerprint = fnv1a(b"");
        for p in &self.paragraphs {
            fingerprint ^= fnv1a(p.text.as_bytes());
            fingerprint = fingerprint.rotate_left(7);
        }
        Outline {
            paragraphs: self.paragraphs.len() as u32,
            quotes: self.quotes.len() as u32,
            attributed: self.quotes.iter().filter(|q| q.speaker.is_some()).count() as u32,
            speakers,
            fingerprint,
        }
    }

    /// A body that says why the real one could not be read, so the reader
    /// shows the reason instead of an empty page.
    pub(crate) fn unreadable(why: &str) -> Body {
        Body {
            paragraphs: vec![Paragraph::body(format!(
                "This release could not be read back from readout's cache ({why}). \
                 The archive itself is untouched: open it again, or with --no-cache."
            ))],
            ..Body::default()
        }
    }
}

/// A summary of a body, kept in memory beside the metadata so the list,
/// the filter and reports never need to read the body itself.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outline {
    /// Number of paragraphs.
    pub paragraphs: u32,
    /// Number of quotations.
    pub quotes: u32,
    /// Number of quotations with a speaker.
    pub attributed: u32,
    /// The speakers quoted, as written, each once, in order of appearance.
    pub speakers: Vec<String>,
    /// A hash of the paragraphs' text, telling apart releases that share a URL.
    pub fingerprint: u64,
}

/// True for a paragraph that is all one parenthesis: what a transcript
/// says happens (`(Applause.)`, `(The bill is signed.)`), not what anyone
/// says.
fn is_stage_direction(text: &str) -> bool {
    let Some(inner) = text.trim().strip_prefix('(') else {
        return false;
    };
    let Some(inner) = inner.strip_suffix(')') else {
        return false;
    };
    let mut depth = 0usize;
    for c in inner.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return false,
            ')' => depth -= 1,
            _ => {}
        }
    }
    depth == 0
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    /// A body with two paragraphs and three quotations, two attributed.
    pub(crate) fn sample() -> Body {
        Body {
            paragraphs: vec![
                Paragraph::body("“We are ready,” said Rep. Roe."),
                Paragraph::body("Roe added: “Very ready.”"),
            ],
            quotes: vec![
                Quote {
                    start: TextPos::new(0, 0),
                    end: TextPos::new(0, 18),
                    speaker: Some("Rep. Roe".into()),
                },
                Quote {
                    start: TextPos::new(1, 11),
                    end: TextPos::new(1, 28),
                    speaker: Some("Rep. Roe".into()),
                },
                Quote {
                    start: TextPos::new(1, 0),
                    end: TextPos::new(1, 3),
                    speaker: None,
                },
            ],
            ..Body::default()
        }
    }

    #[test]
    fn a_passage_inside_a_nested_quotation_is_its_speakers() {
        let quote = |from, to, speaker: &str| Quote {
            start: TextPos::new(0, from),
            end: TextPos::new(0, to),
            speaker: Some(speaker.into()),
        };
        let body = Body {
            paragraphs: vec![Paragraph::body(
                "“As Lee put it, ‘we build here,’ and we do, all of us.”",
            )],
            quotes: vec![quote(0, 60, "Ann Roe"), quote(20, 40, "Bo Lee")],
            ..Body::default()
        };
        let at = |offset| TextPos::new(0, offset);
        assert_eq!(body.speaker_between(at(22), at(30)), Some("Bo Lee"));
        assert_eq!(body.speaker_between(at(25), at(25)), Some("Bo Lee"));
        assert_eq!(body.speaker_between(at(5), at(50)), Some("Ann Roe"));
        assert_eq!(body.speaker_between(at(2), at(8)), Some("Ann Roe"));
    }

    #[test]
    fn a_stage_direction_in_a_turn_has_no_speaker() {
        let body = Body {
            paragraphs: vec![
                Paragraph::body("THE PRESIDENT: Thank you."),
                Paragraph::body("(The bill is signed.)"),
                Paragraph::body("(Laughter.) And that is the law."),
                Paragraph::body("(Slowly) (then fast)"),
            ],
            turns: vec![Turn {
                start: 0,
                end: 4,
                label: 14,
                speaker: Some("President Biden".into()),
            }],
            ..Body::default()
        };
        let speakers: Vec<_> = (0..5).map(|i| body.speaker_of(i)).collect();
        let biden = Some("President Biden");
        assert_eq!(speakers, [biden, None, biden, biden, None]);
    }

    #[test]
    fn the_outline_counts_and_lists_each_speaker_once() {
        let outline = sample().outline();
        assert_eq!(outline.paragraphs, 2);
        assert_eq!((outline.quotes, outline.attributed), (3, 2));
        assert_eq!(outline.speakers, ["Rep. Roe"]);
        assert_ne!(outline.fingerprint, Body::default().outline().fingerprint);
    }
}
