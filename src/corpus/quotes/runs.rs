//! Names read as runs of capitalised words, forward from the start of
//! some words or backward from their end, titles kept before them, and
//! whether such a name may be a person's before it is completed.

use super::lexicon::{
    CONNECTORS, MAX_ADDRESS_WORDS, NEVER_GIVEN_PARTICLES, PATRONYMICS, TITLE_LINKS, is_institution,
    is_name_title,
};
use super::names::{PersonName, is_person_name, name_start};
use super::words::{
    drop_given_names, is_closing_surname, is_name_word, is_title, nickname, split_word,
};

/// Most words of a name read forward with its offices (`PCAST Co-Chair and
/// Director of the White House Office of Science and Technology Policy
/// Dr. Ann Roe`).
const MAX_NAME_RUN: usize = 20;

/// A name read forward from the start of `words`: the name (titles right
/// before it kept), how many words it took and whether punctuation ended it.
pub(super) fn name_forward(words: &[&str]) -> Option<(String, usize, bool)> {
    let mut parts: Vec<&str> = Vec::new();
    let mut stopped = false;
    // Words read but left out of the name: given names a nickname replaces.
    let mut dropped = 0;
    for (k, token) in words.iter().enumerate().take(MAX_NAME_RUN) {
        // `Col. (Ret.) Ann Roe`: a retired officer keeps the rank.
        if is_retired_tag(token) && parts.last().is_some_and(|p| is_title(p)) {
            dropped += 1;
            continue;
        }
        if token.starts_with('(') {
            break;
        }
        // `Rep. Robert C. “Bobby” Scott` is `Rep. Bobby Scott`: the name
        // goes on after a nickname, which stands for the given names.
        if !parts.is_empty()
            && let Some(nickname) = nickname(token)
            && words
                .get(k + 1)
                .is_some_and(|n| is_name_word(split_word(n).core))
        {
            dropped += drop_given_names(&mut parts).len();
            parts.push(nickname);
            continue;
        }
        let (token, dash) = match token.find(['—', '–']) {
            Some(at) => (&token[..at], true),
            None => match token.find(',') {
                Some(at) if at + 1 < token.len() => (&token[..at], true),
                _ => (*token, false),
            },
        };
        let word = split_word(token);
        let after_title = parts
            .last()
            .is_some_and(|p| is_title(p) || is_institution(p));
        // `Secretary of the Treasury`: links after an office, before a
        // name; `Femke van der Wal`: particles before a surname.
        let named_after = |from: usize| {
            words[from.min(words.len())..]
                .iter()
                .take(3)
                .find(|n| {
                    let core = split_word(n).core;
                    !TITLE_LINKS.contains(&core) && !CONNECTORS.contains(&core)
                })
                .is_some_and(|n| is_name_word(split_word(n).core))
        };
        // `Assistant to the President and Homeland Security Advisor Ann
        // Roe`: `to` and `and` link offices too.
        let office_link = |w: &str| TITLE_LINKS.contains(&w) || matches!(w, "to" | "and");
        let link_after_office =
            office_link(word.core) && (after_title || parts.last().is_some_and(|p| office_link(p)));
        // `de Klerk added`, `van der Berg said`, `bin Harith said`: a
        // surname's particle may open the name too; not `al`, which opens
        // other names (`al Qaeda`).
        let leading_particle = parts.is_empty()
            && (NEVER_GIVEN_PARTICLES.contains(&word.core)
                || matches!(word.core, "van" | "del")
                || PATRONYMICS.contains(&word.core));
        let connector = (!parts.is_empty() || leading_particle)
            && (CONNECTORS.contains(&word.core) || link_after_office)
            && !word.stop
            && named_after(k + 1);
        // `AFL-CIO spokesperson Ann Roe`, `Acme press secretary Ann Roe`:
        // an office in lowercase after what it serves, before the name.
        // `Harriers head coach Bo Park`: `head` before a lowercase title.
        let head = word.core == "head"
            && words
                .get(k + 1)
                .is_some_and(|n| n.starts_with(char::is_lowercase) && is_title(split_word(n).core));
        let lowercase_office = !parts.is_empty()
            && !word.stop
            && (is_title(word.core) || head)
            && words[k + 1..]
                .iter()
                .take(2)
                .map(|n| split_word(n).core)
                .find(|n| !is_title(n))
                .is_some_and(is_name_word);
        let surname = !parts.is_empty() && is_closing_surname(word.core, words.get(k + 1).copied());
        if !(is_name_word(word.core) || connector || lowercase_office || surname) {
            break;
        }
        parts.push(word.core);
        if word.stop || dash {
            stopped = true;
            break;
        }
        if surname {
            break;
        }
    }
    let name = clean(&parts)?;
    Some((name, parts.len() + dropped, stopped))
}

/// True for the bracketed tag of a retired officer after the rank:
/// `(Ret.)`, `(ret)`, `(Retired)`.
fn is_retired_tag(token: &str) -> bool {
    token
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .is_some_and(|t| matches!(t.to_lowercase().as_str(), "ret." | "ret" | "retired"))
}

/// The name in a run of words: the words from [`name_start`] on, with the
/// titles right before them (`Minnesota Governor Tim Walz` gives `Governor
/// Tim Walz`). `None` when the run holds no name.
pub(super) fn clean(parts: &[&str]) -> Option<String> {
    let start = name_start(parts);
    if start >= parts.len() || parts[start..].iter().all(|p| is_title(p)) {
        return None;
    }
    // Titles as written are kept, not one in lowercase (`spokesperson`).
    let mut from = start;
    while from > 0 && is_name_title(parts[from - 1]) && is_name_word(parts[from - 1]) {
        from -= 1;
    }
    Some(parts[from..].join(" "))
}

/// True when a name read from the text may be a person's, before it is
/// completed from the rest of the release.
pub(super) fn plausible(name: &str) -> bool {
    let Some(parsed) = PersonName::parse(name) else {
        return false;
    };
    // A lone word is checked as if it had a title: completing it may
    // still give it a first name.
    let titled = if parsed.titles.is_empty() && parsed.first().is_none() {
        format!("Mr. {name}")
    } else {
        name.to_string()
    };
    is_person_name(&titled)
}

/// A name read backward from the end of some words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Run {
    /// The name, titles right before it kept.
    pub(super) name: String,
    /// Where the run of capitalised words holding it starts.
    pub(super) start: usize,
    /// True when nothing but titles stands before the name in the run (not
    /// so in `Ways and Means Committee Ranking Member Richard E. Neal`).
    pub(super) bare: bool,
}

/// The name ending `words` read backward; a trailing comma is ignored when
/// `through_comma`.
pub(super) fn name_backward(words: &[&str], through_comma: bool) -> Option<Run> {
    let mut parts: Vec<&str> = Vec::new();
    let mut at = words.len();
    // After a nickname, the given names it stands for are passed over.
    let mut nicknamed = false;
    while at > 0 && parts.len() < 10 {
        let mut token = words[at - 1];
        if !parts.is_empty()
            && let Some(nickname) = nickname(token)
            && at >= 2
            && is_name_word(split_word(words[at - 2]).core)
        {
            parts.push(nickname);
            nicknamed = true;
            at -= 1;
            continue;
        }
        if nicknamed {
            let core = split_word(token).core;
            if is_name_word(core) && !is_title(core) && !split_word(token).stop {
                at -= 1;
                continue;
            }
            nicknamed = false;
        }
        if parts.is_empty() && through_comma {
            token = token.trim_end_matches(',');
        }
        if !parts.is_empty()
            && is_retired_tag(token)
            && at >= 2
            && is_title(split_word(words[at - 2]).core)
        {
            at -= 1;
            continue;
        }
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
        let before_is_title = at >= 2 && {
            let before = split_word(words[at - 2]).core;
            is_title(before) || is_institution(before)
        };
        let connector = !parts.is_empty()
            && (CONNECTORS.contains(&word.core)
                || (TITLE_LINKS.contains(&word.core) && before_is_title));
        let surname = parts.is_empty()
            && at >= 2
            && is_name_word(split_word(words[at - 2]).core)
            && !split_word(words[at - 2]).stop
            && is_closing_surname(word.core, None);
        if !(is_name_word(word.core) || connector || surname) {
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
        at += 1;
    }
    let bare = parts[..name_start(&parts)].iter().all(|p| is_name_title(p));
    Some(Run {
        name: clean(&parts)?,
        start: at,
        bare,
    })
}

/// True when `quotation` (its words, marks and all) opens by addressing
/// `speaker` by name (`“Senator Roe, you have anything to add?”`): words
/// said to them, not by them.
pub(super) fn addresses(quotation: &str, speaker: &str) -> bool {
    let Some(speaker) = PersonName::parse(speaker) else {
        return false;
    };
    let words: Vec<&str> = quotation
        .trim_start_matches(['“', '"', '‘', '\'', '*', '_'])
        .split_whitespace()
        .take(MAX_ADDRESS_WORDS)
        .collect();
    let Some(comma) = words.iter().position(|w| w.ends_with(',')) else {
        return false;
    };
    name_forward(&words[..=comma])
        .filter(|(_, used, _)| *used == comma + 1)
        .and_then(|(name, _, _)| PersonName::parse(&name))
        .is_some_and(|named| named.surname.eq_ignore_ascii_case(&speaker.surname))
}
