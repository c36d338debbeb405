//! Appositions: what stands between a name and its verb (`Rep. Bice, the
//! chair of the committee, said`, `Dr. Ann Roe, FACR, Roe & Lee Imaging`,
//! `Volunteer rider Ann Roe, 19,`), read to find the name a clause opens
//! with.

use super::lexicon::{FUNCTION_WORDS, PERSON_NOUNS, STATE_CODES};
use super::names::{is_name_link, is_place};
use super::runs::{name_forward, plausible};
use super::words::{ends_sentence, is_glued_dateline, is_title, split_word, verb_len};

/// Most words between a name and its verb, appositions included
/// (`Rep. Bice, the chair of the committee that …, said`).
const MAX_APPOSITION: usize = 40;

/// The name opening a clause whose other comma-separated parts are
/// appositions: `Rep. Bice, the chair of the committee,` or `Dr. Ann Roe,
/// FACR, Roe & Lee Imaging` give the name. The clause starts after the
/// last sentence end or dash, and may open with a short adverbial
/// (`Today,`, `On Monday,`).
pub(super) fn apposed_name(words: &[&str]) -> Option<String> {
    let from = words.len().saturating_sub(MAX_APPOSITION);
    let start = (from..words.len())
        .rev()
        .find(|&i| ends_sentence(words[i]) || is_glued_dateline(words[i]))
        .map_or(from, |i| i + 1);
    // `As Ann Roe, the group’s founder, said,`: the clause's subject after
    // the `As` that opens it.
    let start = if words.get(start) == Some(&"As") {
        start + 1
    } else {
        start
    };
    let clause = &words[start..];
    let chunk_end = |from: usize| {
        clause[from..]
            .iter()
            .position(|w| w.ends_with(','))
            .map(|k| from + k)
    };
    let first_end = chunk_end(0)?;
    let mut openings = vec![0];
    // `Today,`, `On Monday,`, or a longer phrase a preposition opens (`In
    // a letter opening the report,`).
    let long_phrase = first_end >= 3
        && clause
            .first()
            .is_some_and(|w| OPENING_PREPOSITIONS.contains(w));
    if (first_end < 3 || long_phrase) && name_forward(&clause[..=first_end]).is_none() {
        openings.push(first_end + 1);
    }
    for opening in openings {
        let Some(end) = chunk_end(opening) else {
            continue;
        };
        let chunk = &clause[opening..=end];
        let chunk = &chunk[described_title_len(chunk).max(descriptor_len(chunk))..];
        let Some((name, used, _)) = name_forward(chunk) else {
            continue;
        };
        // The name is the whole chunk (a bracketed tag may follow), and no
        // later chunk is a clause of its own.
        let rest = &chunk[used..];
        let whole = rest
            .iter()
            .all(|w| w.starts_with('(') || w.trim_end_matches(',').ends_with(')'))
            || where_from(rest);
        let verbless = (end + 1..clause.len()).all(|k| verb_len(&clause[k..]) == 0);
        // `Palm Grove, CA –`: a town before its state is a dateline.
        let dateline = clause.get(end + 1).is_some_and(|next| is_state(next));
        // `…, Ann Roe, Bo Park and Cy Lee, the lawmakers asked`: a name in
        // a list, whose subject comes after it.
        let listed = opening > 0
            && long_phrase
            && clause[end + 1..]
                .split_inclusive(|w| w.ends_with(','))
                .any(|part| name_forward(part).is_some_and(|(other, _, _)| plausible(&other)));
        if whole && verbless && !dateline && !listed && plausible(&name) {
            return Some(name);
        }
    }
    None
}

/// Most words of the place or body a name's `of` gives ([`where_from`]).
const MAX_WHERE_FROM_WORDS: usize = 4;

/// True when `words` (what follows a name in its apposition chunk) only
/// say where the person is from: `of` or `from` and a few capitalised
/// words (`Prime Minister Roe of Elmland,`, `Ann Roe of the Elm League,`).
fn where_from(words: &[&str]) -> bool {
    let Some((first, place)) = words.split_first() else {
        return false;
    };
    let place = match place.first() {
        Some(&("the" | "The")) => &place[1..],
        _ => place,
    };
    matches!(*first, "of" | "from")
        && (1..=MAX_WHERE_FROM_WORDS).contains(&place.len())
        && place
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || is_name_link(w))
        && place
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Most lowercase words describing a titled name after `the`.
const MAX_DESCRIBING_WORDS: usize = 2;

/// How many words of `chunk` are `the` and lowercase words before a
/// title that opens a name (`The late Senator Ann Roe,`): 0 when none are.
fn described_title_len(chunk: &[&str]) -> usize {
    if !matches!(chunk.first(), Some(&("The" | "the"))) {
        return 0;
    }
    let describing = chunk[1..]
        .iter()
        .take(MAX_DESCRIBING_WORDS + 1)
        .take_while(|w| w.starts_with(char::is_lowercase) && !split_word(w).stop)
        .count();
    let titled = chunk
        .get(1 + describing)
        .is_some_and(|w| is_title(split_word(w).core));
    if (1..=MAX_DESCRIBING_WORDS).contains(&describing) && titled {
        1 + describing
    } else {
        0
    }
}

/// Most lowercase words of what a person is, before their name.
const MAX_DESCRIPTOR_WORDS: usize = 3;

/// How many words of `chunk` say what the person named after them is
/// (`Volunteer rider Ann Roe,`, `industry analyst Bo Park,`): a few
/// lowercase words, the first may be capitalised, ending in a noun for a
/// person; 0 when there are none.
fn descriptor_len(chunk: &[&str]) -> usize {
    let capital = chunk.first().is_some_and(|w| {
        w.starts_with(char::is_uppercase)
            && !FUNCTION_WORDS.contains(w)
            && !OPENING_PREPOSITIONS.contains(w)
    });
    let from = usize::from(capital);
    let lowercase = chunk[from.min(chunk.len())..]
        .iter()
        .take(MAX_DESCRIPTOR_WORDS)
        .take_while(|w| w.chars().all(|c| c.is_lowercase() || c == '-') && !LINKS.contains(w))
        .count();
    let len = from + lowercase;
    let names_a_person = len > 0 && is_person_noun(chunk[len - 1]);
    if lowercase > 0 && names_a_person && len < chunk.len() {
        len
    } else {
        0
    }
}

/// Lowercase words that link a phrase rather than describe a person.
const LINKS: &[&str] = &[
    "to", "of", "for", "by", "with", "from", "in", "on", "at", "the", "a", "an", "and", "or", "as",
    "about", "after", "before", "under", "over", "into", "than", "like", "per", "via",
];

/// Endings of nouns for people (`rider`, `analyst`, `historian`).
const PERSON_NOUN_ENDINGS: &[&str] = &["er", "or", "ist", "ian", "ant", "ent", "eer"];

/// True for a lowercase noun that names a person by what they do or are.
pub(super) fn is_person_noun(word: &str) -> bool {
    let word = word.to_lowercase();
    PERSON_NOUNS.contains(&word.as_str())
        || (word.len() >= 5 && PERSON_NOUN_ENDINGS.iter().any(|e| word.ends_with(e)))
}

/// Prepositions that open a phrase before a sentence's subject (`In a
/// letter opening the report, Ann Roe, …, wrote`).
const OPENING_PREPOSITIONS: &[&str] = &[
    "In",
    "At",
    "On",
    "During",
    "After",
    "Before",
    "Following",
    "Throughout",
    "Under",
    "Upon",
];

/// True for a state as datelines write it after a town: `CA`, `D.C.`,
/// `Texas`.
fn is_state(token: &str) -> bool {
    let bare = token
        .split(['—', '–', '-'])
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.']);
    // Two capitals are a state only when they are one's code (`UN Special
    // Rapporteur` is an office).
    let letters: String = bare.chars().filter(|c| c.is_alphabetic()).collect();
    STATE_CODES.contains(&letters.as_str()) || is_place(bare)
}
