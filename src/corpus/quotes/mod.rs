//! Quotations in release bodies and the speakers they are attributed to.
//!
//! Finding quotes is a linear scan of each paragraph for quote marks:
//! straight `"` and curly `“ ”` double quotes always count, single quotes
//! (`‘ ’`, `'`) only where their shape says they open or close a quotation,
//! so apostrophes (`don't`, `'90s`, `Peters'`, `rock ’n’ roll`) are never
//! taken for quotes. Only outermost quotes are reported. A paragraph that
//! opens a quote without closing it continues into the next paragraph when
//! that one opens with a quote mark (the journalistic convention for
//! multi-paragraph quotes).
//!
//! A quote left open runs on to a closing mark in a later paragraph when
//! the paragraphs between open no other quote (a quoted post broken over
//! lines).
//!
//! A speaker is given only when the text says who speaks — a wrong name is
//! worse than none. The parts, in the order a quote is read:
//!
//! - `marks`: where quotations start and end;
//! - [`turns`]: transcript turns (`MS. PSAKI:`, `Q`) and one-person
//!   statements, whose speaker is the voice of their paragraphs (`heads`:
//!   the shapes of the heads opening them, in bold or capitalised);
//! - the words around a quote: `tail` after it (`"…," said Rep. Bice`),
//!   `lead` before it (`X stated: "…"`), `intro` for a paragraph
//!   introducing it (`X released the following statement:`); `sources` for a source named instead of a
//!   speaker: `according to X,`, a letter read out; `owners` for words
//!   someone owns: `in his words`, `Roe's declaration that "…"`), and
//!   `labels` (`Rep. X: "…"`),
//!   read into a subject by `subject` (with `referents` for the words
//!   standing for a speaker without naming one: `he`, `the senator`; with `apposition` for what stands
//!   between a name and its verb: `Ann Roe, the group’s founder, said`;
//!   by `clause` for a verb's
//!   subject its clause gives: `Ann Roe, who called him "…"`; by
//!   `organization` for an organization named with `the`; by `joint` for
//!   a joint subject of titles, `the First Lady and President`)
//!   (a name, a pronoun, `the senator`, `the President`, a group, `I`);
//! - `coverage`: round-ups of press coverage (an outlet's source line and
//!   headline, then its story's words) and quotations inside headlines;
//!   `signature`: a quotation set apart and signed by the line after it;
//! - `attribution`: the subject resolved — a pronoun to the nearest person
//!   it can be (the subjects of sentences before it, `antecedents`), `I` to the voice of the text ([`Context::voice`]), a group of
//!   lawmakers to the release's member when they are among it — or the
//!   speaker of the quote this one continues;
//! - [`complete`]: short forms completed from the one person the release
//!   names in full ("Rep. Bice" → "Rep. Stephanie Bice");
//! - [`names`]: the name check every speaker must pass; [`lexicon`]: the
//!   words all of this (and sentence splitting) knows.
//!
//! Everything is a single pass over each paragraph plus a few words of
//! context per quote; no regular expressions.

mod agents;
mod antecedents;
mod apposition;
mod attribution;
mod clause;
pub mod complete;
mod coverage;
mod given_names;
mod heads;
mod intro;
mod joint;
mod labels;
mod lead;
pub mod lexicon;
mod marks;
pub mod names;
mod nested;
mod offices;
mod openers;
mod organization;
mod owners;
mod partial;
mod referents;
mod relatives;
mod roundup;
mod runs;
mod sayings;
mod shapes;
mod signature;
mod sources;
mod subject;
mod tail;
mod titled;
pub mod turns;
mod unnamed;
pub mod voice;
mod words;

pub use complete::resolve_speakers;
pub use names::{
    PersonName, first_name_fits, fold, is_named_group, is_organization, is_person_name, speaker_key,
};
use relatives::relatives_named;

use super::{Member, Paragraph, Quote, TextPos, Turn};

/// What a release says about who speaks in it besides its quotations:
/// its title (whose statement or remarks it is), the member of Congress it
/// belongs to, and its transcript turns.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// The release's title.
    pub title: &'a str,
    /// The member of Congress the release belongs to, if any.
    pub member: Option<&'a Member>,
    /// The turns of a transcript ([`turns::split`]), empty otherwise.
    pub turns: &'a [Turn],
    /// The quotation whose words the text is, when reading the quotations
    /// nested inside one.
    pub outer: Option<Outer<'a>>,
}

/// A quotation read as a text of its own, for the quotations nested in it.
#[derive(Debug, Clone, Copy)]
pub struct Outer<'a> {
    /// The quotation: its speaker is the first person of its words.
    pub quote: &'a Quote,
    /// The body it is in, where the release names whom titles stand for.
    pub body: &'a [Paragraph],
}

impl Context<'_> {
    /// Whose first person the text of paragraph `index` is: the speaker of
    /// the quotation it is inside ([`Context::outer`]), or of its transcript turn (a reporter's question has none), or else the
    /// person the title says the release is by, or else its member.
    pub fn voice(&self, index: usize) -> Option<String> {
        if let Some(outer) = self.outer {
            return outer.quote.speaker.clone();
        }
        if let Some(turn) = self.turns.iter().find(|t| t.holds(index)) {
            return turn.speaker.clone().filter(|_| !turn.is_question());
        }
        if let Some(voice) = voice::of_title(self.title) {
            return Some(voice.speaker);
        }
        self.member.map(|m| m.name.clone())
    }

    /// The length in bytes of the speaker label paragraph `index` opens
    /// with (`MS. ROE:`), 0 when it opens no turn.
    pub fn label_len(&self, index: usize) -> usize {
        self.turns
            .iter()
            .find(|t| t.start as usize == index)
            .map_or(0, |t| t.label as usize)
    }

    /// The first paragraph a pronoun in paragraph `index` of a transcript
    /// may find its person in: where its turn starts, or the turn before
    /// when that is a reporter's question (`Q: Senator Roe called it …` —
    /// `MS. LEE: He said …`). `None` outside turns.
    pub fn pronoun_reach(&self, index: usize) -> Option<usize> {
        let at = self.turn_index(index)?;
        let turn = &self.turns[at];
        let asked = at
            .checked_sub(1)
            .map(|before| &self.turns[before])
            .filter(|before| before.is_question() && before.end == turn.start);
        Some(asked.unwrap_or(turn).start as usize)
    }

    /// The person the release's title says it mourns
    /// ([`voice::mourned`]).
    pub fn mourned(&self) -> Option<String> {
        voice::mourned(self.title)
    }

    /// The person a title used at `at` stands for. Capitalised, as a
    /// release names its own principal (`the President`, `the Secretary`):
    /// its [`Context::principal`]. In lowercase, as news copy refers back
    /// to someone (`the secretary said`): the last person the body names
    /// with it before `at` — in a round-up of several secretaries, the one
    /// just named — and only then the principal.
    /// Inside a quotation ([`Context::outer`]) the release's body is
    /// searched after the quotation's own words.
    pub fn titled(&self, title: &str, paragraphs: &[Paragraph], at: TextPos) -> Option<String> {
        if self.outer.is_some() {
            return last_titled_before(paragraphs, title, at)
                .or_else(|| self.principal(title, paragraphs));
        }
        if title.starts_with(char::is_uppercase) {
            return self.principal(title, paragraphs);
        }
        last_titled_before(paragraphs, title, at).or_else(|| self.principal(title, paragraphs))
    }

    /// The person the release means by a title (`President`): the first
    /// its title names with it, or else the first its body does, or for
    /// `President` the one its administration is named for; not someone
    /// the same sentence sets apart from the bare title
    /// (`titled::set_apart`).
    /// Inside a quotation, the release's whole body is searched.
    pub fn principal(&self, title: &str, paragraphs: &[Paragraph]) -> Option<String> {
        let paragraphs = self.outer.map_or(paragraphs, |outer| outer.body);
        // The first name a text gives with the title, unless the release
        // sets that person apart from the bare title somewhere.
        let texts =
            || std::iter::once(self.title).chain(paragraphs.iter().map(|p| p.text.as_str()));
        let apart = |name: &String| {
            texts().any(|text| {
                text.contains(name.as_str()) && titled::set_apart(text, title).contains(name)
            })
        };
        // `shipyard president Kwame Boateng`: a title in lowercase before a
        // name is a firm's office, never the principal a capitalised
        // title means.
        let capitalised = title.starts_with(char::is_uppercase);
        let fits = |name: &String| !capitalised || name.starts_with(char::is_uppercase);
        let first = |text: &str| {
            titled::titled_names(text, title)
                .find(|name| fits(name) && !apart(name) && !organizations_officer(text, name))
        };
        // `Vesnian Prime Minister Bo Kim said …; Prime Minister Ann Roe`:
        // the first holder the body does not name as another country's,
        // else the first.
        let from_body = || {
            let holders = || {
                paragraphs.iter().flat_map(|p| {
                    titled::titled_names(&p.text, title)
                        .filter(|name| {
                            fits(name) && !apart(name) && !organizations_officer(&p.text, name)
                        })
                        .map(|name| (titled::is_foreign(&p.text, &name), name))
                })
            };
            holders()
                .find(|(foreign, _)| !foreign)
                .or_else(|| holders().next())
                .map(|(_, name)| name)
        };
        first(self.title)
            .map(|name| headline_name(&name, title, paragraphs))
            .or_else(from_body)
            .or_else(|| {
                (title == "President")
                    .then(|| complete::administration_head(texts()))
                    .flatten()
            })
    }

    /// Whom the text of paragraph `index` is said to: in a transcript's
    /// turn (a reporter's question, an interviewer's), the other person
    /// whose turns come right before and right after it (the one being
    /// asked); no one elsewhere, or when those turns are different
    /// people's.
    pub fn addressee(&self, index: usize) -> Option<String> {
        let at = self.turn_index(index)?;
        let before = self.turns.get(at.checked_sub(1)?)?;
        let after = self.turns.get(at + 1)?;
        let speaker = before.speaker.as_ref()?;
        // `SECRETARY ANN ROE:` and `ROE:` are one person's turns.
        let same = |other: Option<&String>| {
            other.is_some_and(|other| {
                other == speaker
                    || PersonName::parse(other)
                        .zip(PersonName::parse(speaker))
                        .is_some_and(|(a, b)| a.surname.eq_ignore_ascii_case(&b.surname))
            })
        };
        (!before.is_question()
            && same(after.speaker.as_ref())
            && !same(self.turns[at].speaker.as_ref()))
        .then(|| speaker.clone())
    }

    /// True when paragraph `index` is a reporter's question.
    pub fn asks(&self, index: usize) -> bool {
        self.turn_index(index)
            .is_some_and(|at| self.turns[at].is_question())
    }

    /// The index of the turn paragraph `index` belongs to, if any.
    fn turn_index(&self, index: usize) -> Option<usize> {
        self.turns.iter().position(|t| t.holds(index))
    }
}

/// True when `text` writes `name` (`President Lee Saunders`) only after an
/// organization's acronym, handle or number (`AFSCME President Lee
/// Saunders`, `@NEAToday President Ann Roe`, `Local 418 President Ann
/// Roe`): the organization's officer, not the release's.
fn organizations_officer(text: &str, name: &str) -> bool {
    let acronym = |word: &str| {
        let word = word.trim_start_matches(['“', '"', '‘', '(']);
        word.starts_with('@')
            || (word.chars().filter(char::is_ascii_uppercase).count() >= 3
                && word.chars().all(|c| c.is_ascii_uppercase() || c == '-'))
            // `Local 418 President Ann Roe`: a numbered local's.
            || (!word.is_empty() && word.chars().all(|c| c.is_ascii_digit()))
    };
    let mut found = text.match_indices(name).peekable();
    found.peek().is_some()
        && found.all(|(at, _)| {
            text[..at]
                .split_whitespace()
                .next_back()
                .is_some_and(acronym)
        })
}

/// The last person `paragraphs` name with `title` before `at`.
fn last_titled_before(paragraphs: &[Paragraph], title: &str, at: TextPos) -> Option<String> {
    let upto = paragraphs.len().min(at.paragraph as usize + 1);
    paragraphs[..upto]
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, p)| {
            let text = if i == at.paragraph as usize {
                p.text.get(..at.offset as usize).unwrap_or(&p.text)
            } else {
                &p.text
            };
            titled::titled_names(text, title).last()
        })
}

/// A name a Title Case headline gives after `title` (`Secretary Roe
/// Visits Elm`), without the last words the body never writes with a
/// capital: a headline's verbs and nouns (`Visits`), not a name's (which a
/// transcript's labels may write in capitals: `VASQUEZ-THORNE:`).
fn headline_name(name: &str, title: &str, paragraphs: &[Paragraph]) -> String {
    let titles = title.split_whitespace().count();
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > titles + 1 {
        let last = words[words.len() - 1];
        let written = paragraphs.iter().any(|p| {
            p.text
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .any(|w| {
                    w.starts_with(char::is_uppercase) && w.to_lowercase() == last.to_lowercase()
                })
        });
        if written {
            break;
        }
        words.pop();
    }
    words.join(" ")
}

/// Finds every quotation in a body, with its speaker where the text says,
/// knowing nothing else of the release.
pub fn extract(paragraphs: &[Paragraph]) -> Vec<Quote> {
    extract_in(paragraphs, &Context::default())
}

/// Finds every quotation in a body, with its speaker where the text (and
/// the release's [`Context`]) says.
///
/// Quotes are in reading order. A quotation lies inside another only when
/// the outer one's own words name its speaker (`“As Lee put it, ‘…’”`);
/// other marks inside a quotation are part of it. Short names are
/// completed with [`resolve_speakers`], and a speaker that is still neither
/// a person's name ([`is_person_name`]) nor an organization's
/// ([`is_organization`], or a group's by its shape: [`is_named_group`]),
/// nor a name the body vouches for ([`vouched_names`]), is dropped (and a
/// quotation inside another with it).
pub fn extract_in(paragraphs: &[Paragraph], context: &Context<'_>) -> Vec<Quote> {
    let spans = marks::find_extents(paragraphs);
    let mut quotes = attribution::attribute(paragraphs, &spans, context);
    let mut inner = nested::nested_quotes(paragraphs, &quotes, context);
    let member = context.member.map(|m| m.name.as_str());
    let is_headline = |p: &Paragraph| coverage::headline_source(p).is_some();
    resolve_speakers(&mut quotes, paragraphs, context.title, member, &is_headline);
    resolve_speakers(&mut inner, paragraphs, context.title, member, &is_headline);
    let mut vouched: Option<Vec<String>> = None;
    let mut known = |speaker: &String| {
        is_person_name(speaker)
            || is_organization(speaker)
            || is_named_group(speaker)
            || vouched
                .get_or_insert_with(|| vouched_in(paragraphs, &spans))
                .contains(speaker)
    };
    for quote in &mut quotes {
        quote.speaker = quote.speaker.take().filter(&mut known);
    }
    inner.retain(|q| q.speaker.as_ref().is_some_and(&mut known));
    if !inner.is_empty() {
        quotes.extend(inner);
        quotes.sort_by_key(|q| q.start);
    }
    quotes
}

/// Names a body itself vouches for as speakers though the name check
/// knows no such name: the outlets its press clips' source lines name
/// (`**Spectrum:** [headline](…)`), the given names it calls a relative
/// or friend by (`relatives_named`), and the names its labels give in a
/// round-up of reactions (`Rural Voices USA: "…"`).
pub fn vouched_names(paragraphs: &[Paragraph]) -> Vec<String> {
    vouched_in(paragraphs, &marks::find_extents(paragraphs))
}

/// [`vouched_names`], with the body's quotations found already.
fn vouched_in(paragraphs: &[Paragraph], spans: &[marks::Extent]) -> Vec<String> {
    let mut names: Vec<String> = paragraphs
        .iter()
        .filter_map(coverage::headline_source)
        .collect();
    names.extend(relatives_named(paragraphs));
    names.extend(roundup::roundup_labels(paragraphs, spans));
    names
}

#[cfg(test)]
mod testing {
    //! Helpers for the tests of every part: a body from strings, and what
    //! [`super::extract`] finds in it.

    use super::extract;
    use crate::corpus::Paragraph;

    pub(super) fn body(paragraphs: &[&str]) -> Vec<Paragraph> {
        paragraphs.iter().map(|p| Paragraph::body(*p)).collect()
    }

    /// Each quote's text and speaker.
    pub(super) fn found(paragraphs: &[&str]) -> Vec<(String, Option<String>)> {
        let paragraphs = body(paragraphs);
        extract(&paragraphs)
            .into_iter()
            .map(|q| {
                let mut text = String::new();
                for p in q.start.paragraph..=q.end.paragraph {
                    let t = &paragraphs[p as usize].text;
                    let from = if p == q.start.paragraph {
                        q.start.offset as usize
                    } else {
                        0
                    };
                    let to = if p == q.end.paragraph {
                        q.end.offset as usize
                    } else {
                        t.len()
                    };
                    if !text.is_empty() {
                        text.push(' ');
                    }
                    text.push_str(&t[from..to]);
                }
                (text, q.speaker)
            })
            .collect()
    }

    pub(super) fn speakers(paragraphs: &[&str]) -> Vec<Option<String>> {
        found(paragraphs).into_iter().map(|(_, s)| s).collect()
    }

    /// Each quote's speaker in a Markdown body, parsed as a load does.
    pub(super) fn speakers_in_markdown(markdown: &str) -> Vec<Option<String>> {
        let (paragraphs, _) = crate::corpus::markdown::body_paragraphs(markdown);
        extract(&paragraphs)
            .into_iter()
            .map(|q| q.speaker)
            .collect()
    }

    pub(super) fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    /// Each quote's speaker in a release with this title and member (name,
    /// chamber), its transcript turns found first as `finish` does.
    pub(super) fn speakers_in(
        title: &str,
        member: Option<(&str, &str)>,
        paragraphs: &[&str],
    ) -> Vec<Option<String>> {
        let mut paragraphs = body(paragraphs);
        let transcript = super::turns::split(&mut paragraphs, title);
        let member = member.map(|(name, chamber)| crate::corpus::Member {
            name: name.to_string(),
            chamber: Some(chamber.to_string()),
            ..crate::corpus::Member::default()
        });
        let context = super::Context {
            title,
            member: member.as_ref(),
            turns: &transcript.turns,
            outer: None,
        };
        super::extract_in(&paragraphs, &context)
            .into_iter()
            .map(|q| q.speaker)
            .collect()
    }
}
