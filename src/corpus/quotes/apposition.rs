//! Appositions: what stands between a name and its verb (`Rep. Bice, the
//! chair of the committee, said`, `Dr. Ann Roe, FACR, Roe & Lee Imaging`,
//! `Volunteer rider Ann Roe, 19,`), read to find the name a clause opens
//! with.

use super::lexicon::{PERSON_NOUNS, RELATIONS, STATE_CODES, is_role, opens_sentences};
use super::names::{PersonName, is_name_link, is_organization, is_person_name, is_place};
use super::runs::{name_forward, plausible};
use super::titled::named_apart;
use super::words::{
    ends_sentence, is_glued_dateline, is_possessive, is_title, lower, split_word, strip_possessive,
    verb_len,
};

/// Most words of an office and its scope before the name set off after it
/// (`Chair of Te Rūnanga o Ngāti Waiporoa,`).
const MAX_OFFICE_WORDS: usize = 10;

/// The person an office and its scope open `words` with, set off by
/// commas after it (`Chair of the Elm River Trust, Ann Roe, said`): the
/// name, the words it took to its comma, and that the comma stopped it;
/// not the scope's own capitalised words, which name a body.
pub(super) fn office_then_named(words: &[&str]) -> Option<(String, usize, bool)> {
    // `The Minister of Agriculture, …, Erik Roe,`.
    if matches!(words.first(), Some(&("The" | "the"))) {
        let (name, used, stopped) = office_then_named(&words[1..])?;
        return Some((name, used + 1, stopped));
    }
    let titles = words
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase) && is_title(split_word(w).core))
        .count();
    if titles == 0 || !matches!(words.get(titles), Some(&("of" | "for"))) {
        return None;
    }
    // `The Minister of Agriculture, Fisheries and Rural Development, Erik
    // Roe,`: what the office is of may be a list whose items commas part.
    let of_words =
        |w: &&str| w.starts_with(char::is_uppercase) || matches!(*w, "and" | "&" | "of" | "the");
    let first =
        (titles + 1..words.len().min(MAX_OFFICE_WORDS + 1)).find(|&k| words[k].ends_with(','))?;
    if words[titles + 1..first].iter().any(|w| ends_sentence(w)) {
        return None;
    }
    (first..words.len().min(MAX_OFFICE_WORDS + 1))
        .filter(|&k| words[k].ends_with(','))
        .take_while(|&comma| {
            words[first..comma]
                .iter()
                .all(|w| !ends_sentence(w) && of_words(w))
        })
        .find_map(|comma| {
            let at = named_apart(words, comma + 1)?;
            let (name, used, stopped) = name_forward(&words[at..])?;
            (stopped
                && words[at + used - 1].ends_with(',')
                && plausible(&name)
                && is_person_name(&name))
            .then_some((name, at + used, true))
        })
}

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
        // `The Rt Hon Ann Roe,`: an article before a title.
        let chunk = match chunk {
            [the, title, ..] if matches!(*the, "The" | "the") && is_title(title) => &chunk[1..],
            _ => chunk,
        };
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
        // `Thanks. Mei-Ling, the rating agency Sterling & Pike said`: one
        // name addressed, then a subject of the clause's own, which no
        // comma closes as an apposition.
        let addressed = !name.contains(' ')
            && !clause.last().is_some_and(|w| w.ends_with(','))
            && clause
                .get(end + 1)
                .is_some_and(|w| matches!(*w, "the" | "a" | "an"));
        if whole && verbless && !dateline && !listed && !addressed && plausible(&name) {
            return Some(name);
        }
    }
    None
}

/// Most words saying what a person is before their name (`the group’s
/// executive director,`).
const MAX_DESCRIPTION_WORDS: usize = 8;

/// Most words of a clause about a person between their description and
/// the name closing it (`the clammer who organized the protest …, Ann Roe.`).
const MAX_RELATIVE_WORDS: usize = 36;

/// A person described, then named after a comma, at the start of `words`:
/// `the group’s executive director, Ann Roe`, `its founder, Dr. Bo Park`,
/// `the chief executive of Elm Foods, Ann Roe`; or described with a clause
/// about them that their name closes (`the clammer who organized the
/// protest and sits on the board, Ann Roe.`). The description holds a
/// role and no verb; `of` with a person after it (`the sister of the
/// victim, Ann Roe`) could make the name either's, so it is none. The
/// name, the words it took with its description, and whether punctuation
/// ended it.
pub(super) fn described_then_named(words: &[&str]) -> Option<(String, usize, bool)> {
    let first = lower(words.first()?);
    if !matches!(
        first.as_str(),
        "the" | "its" | "his" | "her" | "their" | "our"
    ) {
        return None;
    }
    let end = words
        .iter()
        .take(MAX_DESCRIPTION_WORDS + 1)
        .position(|w| split_word(w).stop || *w == "who")?;
    let relative = words[end] == "who";
    let description = if relative {
        &words[1..end]
    } else {
        &words[1..=end]
    };
    if description.is_empty() || !(relative || words[end].ends_with(',')) {
        return None;
    }
    let cores: Vec<String> = description.iter().map(|w| lower(w)).collect();
    // After a clause, the person is the description's last word (`the
    // former bike courier who`).
    let role = if relative {
        cores
            .last()
            .is_some_and(|w| is_role(w) || is_person_noun(w))
    } else {
        cores.iter().any(|w| is_role(w) || is_person_noun(w))
    };
    let someone_else = cores
        .iter()
        .position(|w| w == "of")
        .is_some_and(|of| cores[of..].iter().any(|w| is_person_noun(w)));
    let verbless = (0..description.len()).all(|k| verb_len(&description[k..]) == 0);
    if !role || someone_else || !verbless {
        return None;
    }
    let (comma, rest) = if relative {
        let (comma, rest) = closing_comma(&words[end + 1..])?;
        (end + 1 + comma, Some(rest))
    } else {
        (end, None)
    };
    let (name, used, stopped) = name_forward(&words[comma + 1..])?;
    let parsed = PersonName::parse(&name)?;
    let full = match rest {
        // The name is all that is left of the sentence.
        Some(rest) => !parsed.given.is_empty() && used == rest,
        None => !parsed.given.is_empty() || !parsed.titles.is_empty(),
    };
    (full && is_person_name(&name)).then_some((name, comma + 1 + used, stopped))
}

/// Where, in a clause about a person described before it (the words after
/// `who`), the comma before the name closing the sentence is: only when the
/// clause names no one else and no person (`who met the victim’s father,
/// Ann Roe` could name the father) and holds no quotation;
/// with the number of the sentence's words after it.
fn closing_comma(clause: &[&str]) -> Option<(usize, usize)> {
    let clause = &clause[..clause.len().min(MAX_RELATIVE_WORDS)];
    let sentence = clause
        .iter()
        .position(|w| ends_sentence(w))
        .map_or(clause, |end| &clause[..=end]);
    let comma = sentence.iter().rposition(|w| w.ends_with(','))?;
    let about = &sentence[..=comma];
    let someone_else = about.iter().enumerate().any(|(k, w)| {
        let capital = w.starts_with(char::is_uppercase);
        let noun = lower(w);
        let noun = strip_possessive(&noun);
        is_person_noun(noun)
            || noun.strip_suffix('s').is_some_and(is_person_noun)
            || (capital && is_title(split_word(w).core))
            || w.contains(['"', '“', '”'])
            || (capital
                && name_forward(&about[k..]).is_some_and(|(name, _, _)| {
                    name.contains(' ') && is_person_name(&name) && !is_organization(&name)
                }))
    });
    (!someone_else).then_some((comma, sentence.len() - comma - 1))
}

/// Most words of the place or body a name's `of` gives ([`where_from`]).
/// Phrases a writer sets off between commas after a subject to weigh it
/// against what came before (`Rosalind, for her part, got the last word`):
/// the subject is still the person named, and the verb follows.
const ASIDES: &[&str] = &[
    "for her part",
    "for his part",
    "for their part",
    "for its part",
    "however",
    "meanwhile",
    "in turn",
    "in response",
    "in contrast",
    "by contrast",
    "though",
    "too",
    "likewise",
    "instead",
    "of course",
];

/// True when `after` (the words after a subject's comma) opens with an
/// aside ([`ASIDES`]) closed by a comma.
pub(super) fn is_aside(after: &[&str]) -> bool {
    let Some(close) = after.iter().take(3).position(|w| w.ends_with(',')) else {
        return false;
    };
    let phrase: Vec<&str> = after[..=close]
        .iter()
        .map(|w| w.trim_end_matches(','))
        .collect();
    ASIDES.contains(&phrase.join(" ").as_str())
}

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
            && !opens_sentences(w)
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
        || (word.len() >= 5
            && PERSON_NOUN_ENDINGS.iter().any(|e| word.ends_with(e))
            && !word.ends_with("ment"))
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
/// Most words of a description before a name set off by commas.
const MAX_DESCRIPTION_BEFORE_NAME: usize = 8;

/// Most words of a possessive's description before a name (`our longtime
/// shift foreman,`).
const MAX_POSSESSED_DESCRIPTION: usize = 4;

/// Where the name starts in words that open with a description of a
/// person and then their name set off by commas (`The law’s chief
/// sponsor, Senator Ann Roe,`, `a single mother in our congregation,
/// Sister Alma Reyes,`); `None` for other words.
pub(super) fn described_name_start(words: &[&str]) -> Option<usize> {
    let comma = words
        .iter()
        .take(MAX_DESCRIPTION_BEFORE_NAME)
        .position(|w| w.ends_with(','))?;
    let description = &words[..=comma];
    let opener = lower(description[0]);
    let person_noun = |w: &str| {
        let noun = lower(split_word(w).core);
        let noun = strip_possessive(&noun);
        PERSON_NOUNS.contains(&noun) || is_role(noun) || is_person_noun(noun)
    };
    // `Officer al-Haddad’s widow, Leila al-Haddad,`: someone's kin;
    // `Roe’s attorney, Bo Park,`, `Roe’s neighbor, …`: a person of
    // someone’s.
    let last = lower(description[comma]);
    let owned = description[..comma].iter().any(|w| is_possessive(w))
        && (RELATIONS.contains(&last.as_str()) || PERSON_NOUNS.contains(&last.as_str()));
    let opens = owned
        || matches!(
            opener.as_str(),
            "the" | "a" | "an" | "another" | "one" | "my" | "our" | "his" | "her" | "their"
        );
    // `My foreman, Earl Hutchins,`: someone's few words of relation or
    // role before a full name say it is a person's.
    let possessed = matches!(opener.as_str(), "my" | "our" | "his" | "her" | "their")
        && description.len() <= MAX_POSSESSED_DESCRIPTION;
    // `One of them, Mrs. Ann Roe,`: one of the people just spoken of.
    let one_of = opener == "one" && description.get(1) == Some(&"of");
    let says_who = possessed || one_of || description.iter().any(|w| person_noun(w));
    // `The mayor and the chair, Ann Roe,`: two people.
    let one = !description.iter().any(|w| matches!(*w, "and" | "&"));
    // `A student member of the board, senior Darius Roe,`: a lowercase
    // word of their role or standing before the name.
    let start = comma
        + 1
        + words[comma + 1..]
            .iter()
            .take(MAX_ROLE_BEFORE_NAME)
            .take_while(|w| {
                let core = split_word(w).core;
                w.starts_with(char::is_lowercase)
                    && !w.ends_with(',')
                    && (is_role(core) || is_person_noun(core) || STANDINGS.contains(&core))
            })
            .count();
    let (name, _, _) = name_forward(&words[start..])?;
    (opens && says_who && one && name.contains(' ') && is_person_name(&name)).then_some(start)
}

/// Most lowercase words of a role before a name set off by commas.
const MAX_ROLE_BEFORE_NAME: usize = 2;

/// Words of someone's standing that may stand before their name
/// (`senior Darius Roe`, `retired nurse Ann Roe`), lowercase.
const STANDINGS: &[&str] = &[
    "senior",
    "junior",
    "sophomore",
    "freshman",
    "retired",
    "former",
    "longtime",
    "veteran",
];
