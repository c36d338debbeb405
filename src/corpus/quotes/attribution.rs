//! Attribution: who a quotation's text says is speaking.

use super::lexicon::{ADVERBS, CLAUSE_CONTINUERS, INTRO_VERBS, PARTICIPLES, VERBS};
use super::marks::Extent;
use super::subject::{Attribution, Gender, name_forward, subject_backward, subject_forward};
use super::words::{glued_verb, lower, split_word, verb_len};
use crate::corpus::{Paragraph, Quote};

/// How a quotation's own text ends, which decides how freely the words
/// after it may attribute it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ending {
    /// With a comma or dash: words after it are an attribution (`"…," Bice said`).
    Clause,
    /// With a full stop, `!` or `?`: words after it may start a new sentence.
    Sentence,
    /// Without punctuation: a scare quote or a phrase.
    Bare,
}

/// Attributes every span to a speaker where the text says.
pub(super) fn attribute(paragraphs: &[Paragraph], spans: &[Extent]) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::with_capacity(spans.len());
    // Every speaker named so far, most recent last.
    let mut named: Vec<String> = Vec::new();
    for (i, span) in spans.iter().enumerate() {
        let first = paragraphs[span.start.paragraph as usize].text.as_str();
        let last = paragraphs[span.end.paragraph as usize].text.as_str();
        let tail_to = spans
            .get(i + 1)
            .filter(|n| n.start.paragraph == span.end.paragraph)
            .map_or(last.len(), |n| n.start.offset as usize);
        let tail = last.get(span.end.offset as usize..tail_to).unwrap_or("");
        let lead_from = i
            .checked_sub(1)
            .and_then(|p| spans.get(p))
            .filter(|p| p.end.paragraph == span.start.paragraph)
            .map_or(0, |p| p.end.offset as usize);
        let lead = first
            .get(lead_from..span.start.offset as usize)
            .unwrap_or("");
        let inner = quote_inner(last, span);
        let ending = match inner.trim_end().chars().last() {
            Some(',' | '—' | '–' | '-' | ':' | ';') => Ending::Clause,
            Some('.' | '!' | '?' | '…') => Ending::Sentence,
            _ => Ending::Bare,
        };
        let short = span.start.paragraph == span.end.paragraph
            && first
                .get(span.start.offset as usize..span.end.offset as usize)
                .is_some_and(|q| q.split_whitespace().count() <= 3);
        let opens_paragraph =
            first[..span.start.offset as usize].trim().is_empty() && span.start.paragraph > 0;

        let mut attribution = tail_attribution(tail, ending)
            .or_else(|| lead_attribution(lead))
            .or_else(|| {
                if lead_from == 0 {
                    label_attribution(lead)
                } else {
                    None
                }
            });
        if attribution.is_none() && opens_paragraph {
            let previous = &paragraphs[span.start.paragraph as usize - 1].text;
            if previous.trim_end().ends_with(':') {
                attribution = intro_attribution(previous);
            }
        }
        let group = attribution == Some(Attribution::Group);
        let mut speaker = match attribution {
            Some(Attribution::Name(name)) => {
                named.push(name.clone());
                Some(name)
            }
            Some(Attribution::Pronoun(gender)) => named
                .iter()
                .rev()
                .find(|n| gender.fits(Gender::of_name(n)))
                .cloned(),
            Some(Attribution::Group) | None => None,
        };
        if speaker.is_none() && !short && !group && !starts_with_verb(tail) {
            speaker = inherited(paragraphs, &quotes, span, opens_paragraph);
        }
        if speaker.is_none() && opens_paragraph && !short {
            let previous = &paragraphs[span.start.paragraph as usize - 1].text;
            if introduces(previous)
                && let Some(Attribution::Name(name)) = intro_attribution(previous)
            {
                named.push(name.clone());
                speaker = Some(name);
            }
        }
        quotes.push(Quote {
            start: span.start,
            end: span.end,
            speaker,
        });
    }
    quotes
}

/// The text inside a quote's closing mark in its last paragraph.
pub(super) fn quote_inner<'a>(last: &'a str, span: &Extent) -> &'a str {
    let from = if span.start.paragraph == span.end.paragraph {
        span.start.offset as usize
    } else {
        0
    };
    let text = last.get(from..span.end.offset as usize).unwrap_or("");
    text.trim_end_matches(['"', '”', '’', '\'', '“'])
}

/// The speaker of the previous quote, when this one continues it: a second
/// quote in the same paragraph, or a quote paragraph right after one.
pub(super) fn inherited(
    paragraphs: &[Paragraph],
    quotes: &[Quote],
    span: &Extent,
    opens_paragraph: bool,
) -> Option<String> {
    let previous = quotes.last()?;
    let same_paragraph = previous.end.paragraph == span.start.paragraph;
    // Separators such as `***` between the paragraphs do not interrupt.
    let between = paragraphs
        .get(previous.end.paragraph as usize + 1..span.start.paragraph as usize)
        .unwrap_or(&[]);
    let next_paragraph = opens_paragraph
        && previous.end.paragraph < span.start.paragraph
        && between
            .iter()
            .all(|p| !p.text.chars().any(char::is_alphanumeric));
    if same_paragraph || next_paragraph {
        previous.speaker.clone()
    } else {
        None
    }
}

/// True when the words after a quote start with an attribution verb, even
/// one whose subject could not be read.
pub(super) fn starts_with_verb(tail: &str) -> bool {
    let rest = tail.trim_start_matches(|c: char| c.is_whitespace() || ",—–-".contains(c));
    let words: Vec<&str> = rest.split_whitespace().take(2).collect();
    verb_len(&words) > 0
}

/// The words after a quote name its speaker: `, said Rep. Bice`,
/// `, Bice said`, `, he added`, `according to Xi`.
pub(super) fn tail_attribution(tail: &str, ending: Ending) -> Option<Attribution> {
    let comma = tail.trim_start().starts_with([',', '—', '–']);
    let rest = tail.trim_start_matches(|c: char| c.is_whitespace() || ",—–-".contains(c));
    let mut words: Vec<&str> = rest.split_whitespace().take(16).collect();
    let first = *words.first()?;
    // `said Rep. Bice`, also `saidRep. Bice` with the space lost.
    if let Some(name) = glued_verb(first) {
        words[0] = name;
        return subject_forward(&words).map(|(a, _, _)| a);
    }
    let verb = verb_len(&words);
    if verb > 0 && lower(first) != "told" {
        return subject_forward(&words[verb..]).map(|(a, _, _)| a);
    }
    if lower(first) == "according" && words.get(1).is_some_and(|w| *w == "to") {
        return subject_forward(&words[2..]).map(|(a, _, _)| a);
    }
    // `"…" – Jane Doe, Director` (a testimonial's signature).
    if tail.trim_start().starts_with(['-', '—', '–'])
        && let Some((name, used, stopped)) = name_forward(&words)
        && (stopped || used == words.len())
    {
        return Some(Attribution::Name(name));
    }
    // `Rep. Bice said`
    let ending = if comma { Ending::Clause } else { ending };
    if ending == Ending::Bare {
        return None;
    }
    let (attribution, mut at, stopped) = subject_forward(&words)?;
    if stopped {
        return None;
    }
    if words.get(at).is_some_and(|w| w.starts_with('(')) {
        at += words[at..].iter().position(|w| w.ends_with(')'))? + 1;
    }
    let mut adverbs = 0;
    while adverbs < 2 && words.get(at).is_some_and(|w| ADVERBS.contains(w)) {
        at += 1;
        adverbs += 1;
    }
    let verb = verb_len(&words[at.min(words.len())..]);
    if verb == 0 {
        return None;
    }
    let verb_word = words[at + verb - 1];
    if ending == Ending::Sentence {
        let clause_ends = split_word(verb_word).stop
            || words
                .get(at + verb)
                .is_some_and(|w| CLAUSE_CONTINUERS.contains(&lower(w).as_str()));
        if !clause_ends {
            return None;
        }
    }
    Some(attribution)
}

/// The words before a quote name its speaker: `Xi said "…"`,
/// `Xi said that "…"`, `Bice said in a statement, "…"`, `Bice stated: "…"`.
pub(super) fn lead_attribution(lead: &str) -> Option<Attribution> {
    let trimmed = lead.trim_end();
    let mut words: Vec<&str> = trimmed.split_whitespace().rev().take(20).collect();
    words.reverse();
    let mut end = words.len();
    if end > 0 && words[end - 1] == "that" {
        end -= 1;
    }
    let colon = trimmed.ends_with(':');
    let window = if colon {
        10
    } else if trimmed.ends_with(',') {
        6
    } else {
        1
    };
    let from = end.saturating_sub(window);
    for k in (from..end).rev() {
        let verb = verb_len(&words[k..end]);
        let word = lower(words[k]);
        let intro =
            (colon && INTRO_VERBS.contains(&word.as_str())) || PARTICIPLES.contains(&word.as_str());
        if verb == 0 && !intro {
            continue;
        }
        let last_of_verb = k + verb.max(1) - 1;
        // No sentence ends between the verb and the quote.
        let broken = words[k..end.saturating_sub(1)]
            .iter()
            .enumerate()
            .any(|(j, w)| k + j >= last_of_verb && split_word(w).stop && k + j + 1 < end);
        if broken {
            return None;
        }
        // `Lowe continued, saying, "…"`: the subject is before the first verb.
        let subject_end = if k > 0 && verb_len(&words[k - 1..k]) > 0 {
            k - 1
        } else {
            k
        };
        return subject_backward(&words[..subject_end]);
    }
    None
}

/// True for a paragraph that announces a statement (`… issued the following
/// statement after …`) rather than ending with a colon.
pub(super) fn introduces(text: &str) -> bool {
    text.trim_end().ends_with(':')
        || text.contains("statement")
        || text.contains("following")
        || text.contains("remarks")
}

/// The speaker of a paragraph that opens with a label, as round-ups of
/// reactions do: `Rep. Joaquin Castro: "…"`, `Jane Doe, CEO, Acme: "…"`.
pub(super) fn label_attribution(lead: &str) -> Option<Attribution> {
    let label = lead.trim().strip_suffix(':')?;
    let name = label.split(',').next()?.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || label.split_whitespace().count() > 14 {
        return None;
    }
    let (found, used, _) = name_forward(&words)?;
    let rest_is_tag = words[used..]
        .iter()
        .all(|w| w.starts_with('(') || w.ends_with(')'));
    (used > 0 && found.chars().count() > 1 && rest_is_tag).then_some(Attribution::Name(found))
}

/// The speaker named by a paragraph that introduces the quote after it:
/// `Rep. X (R-OK) released the following statement:`.
pub(super) fn intro_attribution(text: &str) -> Option<Attribution> {
    let words: Vec<&str> = text.split_whitespace().take(80).collect();
    let k = words.iter().position(|w| {
        let w = lower(w);
        VERBS.contains(&w.as_str()) || INTRO_VERBS.contains(&w.as_str())
    })?;
    subject_backward(&words[..k])
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, some, speakers};

    #[test]
    fn scare_quotes_are_kept_without_a_speaker() {
        let quotes = found(&[
            "Xi Jinping spoke on Tuesday.",
            "Both sides should use the \"fast lanes,\" so as to help trade, he said.",
            "He wished the \"two sessions\" success.",
        ]);
        assert_eq!(quotes.len(), 2);
        assert!(quotes.iter().all(|(_, s)| s.is_none()));
    }

    #[test]
    fn said_before_the_name_attributes() {
        assert_eq!(
            speakers(&[
                "\"We did it,\" said Rep. Bice.",
                "\"It works,\" said Miller-Meeks, adding that more is needed.",
                "\"Good,\" said Senator McConnell (R-KY).",
                "“Fair,” said Congresswoman Stacey E. Plaskett (D-VI).",
            ]),
            [
                some("Rep. Bice"),
                some("Miller-Meeks"),
                some("Senator McConnell"),
                some("Congresswoman Stacey E. Plaskett"),
            ]
        );
    }

    #[test]
    fn name_before_said_attributes() {
        assert_eq!(
            speakers(&[
                "\"We did it,\" Rep. Bice said.",
                "\"It passed.\" Rep. Cole (R-OK) also said in a statement.",
                "\"Peace,\" according to President Xi.",
            ]),
            [some("Rep. Bice"), some("Rep. Cole"), some("President Xi")]
        );
    }

    #[test]
    fn a_new_sentence_after_a_quote_is_not_an_attribution() {
        assert_eq!(
            speakers(&["\"It passed.\" Smith said the vote was close and moved on."]),
            [None]
        );
    }

    #[test]
    fn words_before_a_quote_attribute() {
        assert_eq!(
            speakers(&[
                "Xi said \"peace matters.\"",
                "Xi said that \"trade matters.\"",
                "Rep. Jane Roe stated: \"We will win this fight.\"",
                "Senator Kim, in a letter to the agency, wrote: “Answer us now.”",
            ]),
            [
                some("Xi"),
                some("Xi"),
                some("Rep. Jane Roe"),
                some("Senator Kim")
            ]
        );
    }

    #[test]
    fn colon_intros_work_for_every_listed_verb() {
        for verb in [
            "added",
            "noted",
            "continued",
            "explained",
            "emphasized",
            "urged",
        ] {
            let text = format!("Rep. Ruiz {verb}: \"We must act on this now.\"");
            assert_eq!(speakers(&[&text]), [some("Rep. Ruiz")], "{verb}");
        }
    }

    #[test]
    fn a_statement_intro_names_the_speaker_of_the_next_paragraph() {
        assert_eq!(
            speakers(&[
                "WASHINGTON, D.C. – Today, Congressman Andy Barr (KY-06), a member of the Financial Services Committee, released the following statement:",
                "“I was saddened to learn of his passing. He was a friend.”",
            ]),
            [some("Congressman Andy Barr")]
        );
    }

    #[test]
    fn pronouns_resolve_to_the_last_named_speaker() {
        assert_eq!(
            speakers(&[
                "\"First point here,\" said Sen. Tina Smith.",
                "Other news followed.",
                "\"Second point here,\" she added.",
                "\"Third point here,\" the senator said.",
            ]),
            [
                some("Sen. Tina Smith"),
                some("Sen. Tina Smith"),
                some("Sen. Tina Smith")
            ]
        );
    }

    #[test]
    fn pronouns_skip_speakers_of_the_other_gender() {
        assert_eq!(
            speakers(&[
                "\"We will keep working,\" said Congresswoman Ana Ruiz.",
                "\"This is a good day,\" said Congressman Bo Park.",
                "\"We are grateful for the help,\" she said.",
            ]),
            [
                some("Congresswoman Ana Ruiz"),
                some("Congressman Bo Park"),
                some("Congresswoman Ana Ruiz")
            ]
        );
    }

    #[test]
    fn they_stands_for_a_group_and_gets_no_speaker() {
        assert_eq!(
            speakers(&[
                "\"We will keep working,\" said Sen. Lee. \"The agency must answer our letter,\" they wrote.",
            ]),
            [some("Sen. Lee"), None]
        );
    }

    #[test]
    fn participles_and_signatures_attribute() {
        assert_eq!(
            speakers(&[
                "Rep. Ann Lowe continued, saying, \"This is a bipartisan issue for all.\"",
                "\"The clinic changed our lives for the better.\" – Maria Gomez, Director, Valley Clinic",
                "\"We urge you to act now on this,\" the lawmakers wrote.",
            ]),
            [some("Rep. Ann Lowe"), some("Maria Gomez"), None]
        );
    }

    #[test]
    fn a_pronoun_without_a_named_speaker_stays_unknown() {
        assert_eq!(speakers(&["\"We will see,\" he said."]), [None]);
    }

    #[test]
    fn a_quote_paragraph_continues_the_previous_speaker() {
        assert_eq!(
            speakers(&[
                "\"We passed the bill today,\" said Johnson. \"It helps renters in every county.\"",
                "\"I also thank the county for its work on this.\"",
            ]),
            [some("Johnson"), some("Johnson"), some("Johnson")]
        );
    }

    #[test]
    fn a_label_before_a_quote_names_the_speaker() {
        assert_eq!(
            speakers(&[
                "Rep. Joaquin Rivera (D-TX): “This law is a big step for our families.”",
                "Jane Doe, CEO, Acme Corp.: “We are ready to get to work on this.”",
                "Statement from the office: “We are ready to get to work on it.”",
            ]),
            [some("Rep. Joaquin Rivera"), some("Jane Doe"), None]
        );
    }

    #[test]
    fn possessives_are_not_verbs() {
        assert_eq!(
            speakers(&[
                "They began developing the United States’ “nationally determined contribution” plan."
            ]),
            [None]
        );
    }

    #[test]
    fn a_separator_does_not_interrupt_a_speech() {
        assert_eq!(
            speakers(&[
                "Sen. Ann Gray delivered the following remarks:",
                "“The first part of the speech is here.”",
                "***",
                "“The second part of the speech is here.”",
            ]),
            [some("Sen. Ann Gray"), some("Sen. Ann Gray")]
        );
    }

    #[test]
    fn an_attribution_that_cannot_be_read_is_not_inherited() {
        assert_eq!(
            speakers(&[
                "\"We passed the bill today,\" said Rep. Ada Moss.",
                "\"Our county needs this money badly,\" said the mayor of the town.",
            ]),
            [some("Rep. Ada Moss"), None]
        );
    }
}
