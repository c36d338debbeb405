//! The words around a quotation that say who speaks it: `"…," said Rep.
//! Bice`, `Bice said: "…"`, a label (`Rep. X: "…"`), a paragraph that
//! introduces the quote (`X released the following statement:`).

use super::lexicon::{ADVERBS, CLAUSE_CONTINUERS, INTRO_VERBS, PARTICIPLES, VERBS};
use super::subject::{Attribution, name_forward, plausible, subject_backward, subject_forward};
use super::words::{glued_verb, is_abbreviation, lower, split_word, verb_len};

/// Most words of the lead read for a verb when it ends with a colon
/// (`Rep. X said in a statement on Tuesday:`).
const COLON_WINDOW: usize = 40;
/// Most words of the lead read for a verb when it ends with a comma.
const COMMA_WINDOW: usize = 6;

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

impl Ending {
    /// How the quotation whose inside is `inner` ends.
    pub(super) fn of(inner: &str) -> Ending {
        match inner.trim_end().chars().last() {
            Some(',' | '—' | '–' | '-' | ':' | ';') => Ending::Clause,
            Some('.' | '!' | '?' | '…') => Ending::Sentence,
            _ => Ending::Bare,
        }
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

/// The words before a quote name its speaker: `Xi said "…"`, `Xi said
/// that "…"`, `Bice said in a statement, "…"`, `Bice stated: "…"`, `Rep.
/// X released the following statement after the vote:`. Before a colon
/// the first verb of the sentence counts, so a clause after it (`after
/// President Y said …`) does not take the quote.
pub(super) fn lead_attribution(lead: &str) -> Option<Attribution> {
    let trimmed = strip_quote_word(lead.trim_end());
    let mut words: Vec<&str> = trimmed
        .split_whitespace()
        .rev()
        .take(COLON_WINDOW + 10)
        .collect();
    words.reverse();
    let mut end = words.len();
    if end > 0 && words[end - 1] == "that" {
        end -= 1;
    }
    if trimmed.ends_with(':') {
        return colon_attribution(&words[..end]);
    }
    let window = if trimmed.ends_with(',') {
        COMMA_WINDOW
    } else {
        1
    };
    let from = end.saturating_sub(window);
    for k in (from..end).rev() {
        let verb = verb_len(&words[k..end]);
        let participle = PARTICIPLES.contains(&lower(words[k]).as_str());
        if verb == 0 && !participle {
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
        return subject_before(&words[..end], k);
    }
    None
}

/// `said, quote, "…"`: the spoken word `quote` before a quotation is not
/// part of the sentence.
fn strip_quote_word(lead: &str) -> &str {
    for word in ["quote,", "quote:", "quote"] {
        if let Some(head) = lead.strip_suffix(word)
            && head.ends_with(char::is_whitespace)
        {
            return head.trim_end();
        }
    }
    lead
}

/// Who speaks a quote after a colon: the subject of the first attribution
/// or introducing verb of the lead's last sentence.
fn colon_attribution(words: &[&str]) -> Option<Attribution> {
    let start = sentence_start(&words[..words.len().saturating_sub(1)]);
    let sentence = &words[start..];
    let k = sentence.iter().position(|w| is_intro_verb(w))?;
    subject_before(words, start + k)
}

/// The subject of the verb at `k`: the name or pronoun before it, or for a
/// participle (`Lowe continued, saying:`) the subject of the clause's
/// first verb or of the sentence.
fn subject_before(words: &[&str], k: usize) -> Option<Attribution> {
    let participle = PARTICIPLES.contains(&lower(words[k]).as_str());
    // `Lowe continued, saying, "…"`: the subject is before the first verb.
    let subject_end = if participle && k > 0 && verb_len(&words[k - 1..k]) > 0 {
        k - 1
    } else {
        k
    };
    let direct = subject_backward(&words[..subject_end]);
    if direct.is_some() || !participle {
        return direct;
    }
    let start = sentence_start(&words[..k]);
    let (attribution, _, _) = subject_forward(&words[start..k])?;
    Some(attribution)
}

/// Where the last sentence of `words` starts.
fn sentence_start(words: &[&str]) -> usize {
    words
        .iter()
        .rposition(|w| {
            w.ends_with([':', ';']) || (w.ends_with(['.', '!', '?']) && !is_abbreviation(w))
        })
        .map_or(0, |i| i + 1)
        .min(words.len())
}

/// True for a verb that attributes or introduces a quote.
fn is_intro_verb(word: &str) -> bool {
    let word = lower(word);
    !word.is_empty()
        && (VERBS.contains(&word.as_str())
            || INTRO_VERBS.contains(&word.as_str())
            || PARTICIPLES.contains(&word.as_str()))
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
/// reactions do: `Rep. Joaquin Castro: "…"`, `Jane Doe, CEO, Acme: "…"`;
/// also a paragraph that is only such a label (`Rep. Ro Khanna (CA-17):`,
/// `Illinois Congressman Sean Casten: (1/3)`).
pub(super) fn label_attribution(lead: &str) -> Option<Attribution> {
    let lead = lead.trim();
    let label = match lead.strip_suffix(':') {
        Some(label) => label,
        None => {
            let (label, rest) = lead.rsplit_once(':')?;
            let numbering = rest.trim().strip_prefix('(')?.strip_suffix(')')?;
            numbering
                .chars()
                .all(|c| c.is_ascii_digit() || c == '/')
                .then_some(label)?
        }
    };
    let name = label.split(',').next()?.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || label.split_whitespace().count() > 14 {
        return None;
    }
    let (found, used, _) = name_forward(&words)?;
    let rest_is_tag = words[used..]
        .iter()
        .all(|w| w.starts_with('(') || w.ends_with(')'));
    (used > 0 && rest_is_tag && plausible(&found)).then_some(Attribution::Name(found))
}

/// The speaker named by a paragraph that introduces the quote after it:
/// `Rep. X (R-OK) released the following statement:`. The sentence that
/// introduces (the one ending the paragraph) is read, from its first verb.
pub(super) fn intro_attribution(text: &str) -> Option<Attribution> {
    let words: Vec<&str> = text.split_whitespace().collect();
    // The introducing sentence: the last one, or the one announcing a statement.
    let mut start = sentence_start(&words[..words.len().saturating_sub(1)]);
    if let Some(at) = words
        .iter()
        .position(|w| lower(w) == "following" || lower(w) == "statement")
    {
        start = sentence_start(&words[..at]);
    }
    let sentence = &words[start..];
    let k = sentence.iter().position(|w| is_intro_verb(w))?;
    subject_before(&words, start + k)
}
