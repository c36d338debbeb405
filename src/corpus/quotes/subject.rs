//! The subject of an attribution: a name, a pronoun, `the senator`, a group.

use super::lexicon::{ADVERBS, ANAPHORS, CONNECTORS, GROUPS, TITLE_LINKS};
use super::words::{is_name_word, is_title, lower, split_word};

/// Who a quote is attributed to, before pronouns are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Attribution {
    /// A name as written.
    Name(String),
    /// `he`, `she`, `the senator`: the last named speaker of that gender.
    Pronoun(Gender),
    /// `they`, `the members`: a group, left without a speaker.
    Group,
}

/// What a pronoun or title says about a speaker's gender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gender {
    /// `he`, `Congressman`, `Mr.`.
    Male,
    /// `she`, `Congresswoman`, `Ms.`.
    Female,
    /// Nothing either way.
    Any,
}

impl Gender {
    /// The gender a pronoun or title word implies.
    pub(super) fn of_word(word: &str) -> Gender {
        match split_word(word).core.to_lowercase().trim_end_matches('.') {
            "he" | "congressman" | "mr" | "chairman" | "spokesman" | "congressmen" => Gender::Male,
            "she" | "congresswoman" | "ms" | "mrs" | "chairwoman" | "spokeswoman" | "madam" => {
                Gender::Female
            }
            _ => Gender::Any,
        }
    }

    /// The gender a speaker's titles imply.
    pub(super) fn of_name(name: &str) -> Gender {
        name.split_whitespace()
            .map(Gender::of_word)
            .find(|g| *g != Gender::Any)
            .unwrap_or(Gender::Any)
    }

    /// True when a speaker of gender `other` may be meant.
    pub(super) fn fits(self, other: Gender) -> bool {
        self == Gender::Any || other == Gender::Any || self == other
    }
}

/// The attribution a pronoun makes: `he`/`she` the last speaker of that
/// gender, `they` a group.
pub(super) fn pronoun(word: &str) -> Option<Attribution> {
    match split_word(word).core {
        "he" | "He" => Some(Attribution::Pronoun(Gender::Male)),
        "she" | "She" => Some(Attribution::Pronoun(Gender::Female)),
        "they" | "They" => Some(Attribution::Group),
        _ => None,
    }
}

/// True for `the senator`, `The Congresswoman`: a title standing for the last speaker.
pub(super) fn is_anaphor(the: &str, title: &str) -> bool {
    matches!(the, "the" | "The") && is_anaphor_title(split_word(title).core)
}

/// True for `the lawmakers`, `The members`: a group of speakers.
pub(super) fn is_group(the: &str, noun: &str) -> bool {
    matches!(the, "the" | "The") && GROUPS.contains(&lower(noun).as_str())
}

/// True for a title that, after `the`, stands for the member a release is
/// about (`the senator`); `the mayor` or `the president` may be anyone.
pub(super) fn is_anaphor_title(word: &str) -> bool {
    ANAPHORS.contains(&word.to_lowercase().as_str())
}

/// A name read forward from the start of `words`: the name, how many words
/// it took and whether punctuation ended it.
pub(super) fn name_forward(words: &[&str]) -> Option<(String, usize, bool)> {
    let mut parts: Vec<&str> = Vec::new();
    let mut stopped = false;
    for (k, token) in words.iter().enumerate().take(12) {
        if token.starts_with('(') {
            break;
        }
        let (token, dash) = match token.find(['—', '–']) {
            Some(at) => (&token[..at], true),
            None => match token.find(',') {
                Some(at) if at + 1 < token.len() => (&token[..at], true),
                _ => (*token, false),
            },
        };
        let word = split_word(token);
        let connector = !parts.is_empty()
            && (CONNECTORS.contains(&word.core)
                || (TITLE_LINKS.contains(&word.core) && parts.last().is_some_and(|p| is_title(p))))
            && !word.stop
            && words
                .get(k + 1)
                .is_some_and(|n| is_name_word(split_word(n).core));
        if !(is_name_word(word.core) || connector) {
            break;
        }
        parts.push(word.core);
        if word.stop || dash {
            stopped = true;
            break;
        }
    }
    if parts.iter().all(|p| is_title(p)) {
        return None;
    }
    Some((parts.join(" "), parts.len(), stopped))
}

/// The subject at the start of `words`: a pronoun, `the senator` or a name,
/// with the number of words it took and whether punctuation ended it.
pub(super) fn subject_forward(words: &[&str]) -> Option<(Attribution, usize, bool)> {
    let first = words.first()?;
    if let Some(attribution) = pronoun(first) {
        return Some((attribution, 1, split_word(first).stop));
    }
    if let Some(second) = words.get(1)
        && is_group(first, second)
    {
        return Some((Attribution::Group, 2, split_word(second).stop));
    }
    if let Some(second) = words.get(1)
        && is_anaphor(first, second)
    {
        let gender = Gender::of_word(second);
        return Some((Attribution::Pronoun(gender), 2, split_word(second).stop));
    }
    let (name, used, stopped) = name_forward(words)?;
    Some((Attribution::Name(name), used, stopped))
}

/// The subject that ends `words` (the words before a verb): a pronoun,
/// `the senator` or a name.
pub(super) fn subject_backward(words: &[&str]) -> Option<Attribution> {
    let mut end = words.len();
    // `Rep. Bice (R-OK) also said`: skip adverbs and a parenthetical tag.
    while end > 0 && ADVERBS.contains(&words[end - 1]) {
        end -= 1;
    }
    if end > 0 && words[end - 1].trim_end_matches(',').ends_with(')') {
        let open = words[..end]
            .iter()
            .rposition(|w| w.starts_with('('))
            .filter(|&o| end - o <= 4)?;
        end = open;
    }
    while end > 0 && ADVERBS.contains(&words[end - 1].trim_end_matches(',')) {
        end -= 1;
    }
    let last = *words[..end].last()?;
    // `Rep. Bice, the chair of the committee, said`: the name is before the apposition.
    if last.ends_with(',') && end > 1 {
        let before = words[..end - 1]
            .iter()
            .rposition(|w| w.ends_with(','))
            .filter(|&j| end - j <= 16)?;
        let mut head: Vec<&str> = words[..=before].to_vec();
        head[before] = head[before].trim_end_matches(',');
        return subject_backward(&head);
    }
    if !split_word(last).stop {
        if let Some(attribution) = pronoun(last) {
            return Some(attribution);
        }
        if end >= 2 && is_group(words[end - 2], last) {
            return Some(Attribution::Group);
        }
        if end >= 2 && is_anaphor(words[end - 2], last) {
            return Some(Attribution::Pronoun(Gender::of_word(last)));
        }
    }
    let mut parts: Vec<&str> = Vec::new();
    let mut at = end;
    while at > 0 && parts.len() < 10 {
        let token = words[at - 1];
        let (token, dash) = match token.rfind(['—', '–', ',']) {
            Some(d) if d + 1 < token.len() => (
                &token[d + token[d..].chars().next().map_or(1, char::len_utf8)..],
                true,
            ),
            _ => (token, false),
        };
        let word = split_word(token);
        if word.stop {
            break;
        }
        let connector = !parts.is_empty()
            && (CONNECTORS.contains(&word.core)
                || (TITLE_LINKS.contains(&word.core)
                    && at >= 2
                    && is_name_word(split_word(words[at - 2]).core)));
        if !(is_name_word(word.core) || connector) {
            break;
        }
        parts.push(word.core);
        at -= 1;
        if dash {
            break;
        }
    }
    parts.reverse();
    while parts
        .first()
        .is_some_and(|p| CONNECTORS.contains(p) || TITLE_LINKS.contains(p))
    {
        parts.remove(0);
    }
    if parts.is_empty() {
        return None;
    }
    if parts.iter().all(|p| is_title(p)) {
        return parts
            .last()
            .filter(|p| is_anaphor_title(p))
            .map(|p| Attribution::Pronoun(Gender::of_word(p)));
    }
    Some(Attribution::Name(parts.join(" ")))
}
