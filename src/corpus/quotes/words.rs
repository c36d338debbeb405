//! Words as attribution reads them: a token with its trailing punctuation
//! split off, names, verbs.

use super::lexicon::{self, AUXILIARIES, AUXILIARY_PARTICIPLES, PHRASAL_VERBS, STATE_CODES, VERBS};
pub(super) use super::lexicon::{is_suffix, is_title};

/// A word with its trailing punctuation split off.
#[derive(Debug, Clone, Copy)]
pub(super) struct Word<'a> {
    /// The word without trailing commas, stops (except an abbreviation's), brackets or quote marks.
    pub(super) core: &'a str,
    /// True when punctuation after the word ends the phrase it is in.
    pub(super) stop: bool,
}

/// Splits trailing punctuation off a whitespace-separated token.
pub(super) fn split_word(token: &str) -> Word<'_> {
    let mut core = token;
    let mut stop = false;
    while let Some(c) = core.chars().last() {
        match c {
            ',' | ';' | ':' | '!' | '?' | ')' | ']' | '"' | '”' | '“' | '’' | '\'' | '…' => {
                stop = true;
                core = &core[..core.len() - c.len_utf8()];
            }
            '.' if !is_abbreviation(core) => {
                stop = true;
                core = &core[..core.len() - 1];
            }
            _ => break,
        }
    }
    Word { core, stop }
}

/// Takes the given names (the words after its titles) off the end of a
/// name's words, which a nickname stands for (`Rep. Robert C.` before
/// `“Bobby”` keeps `Rep.`); the words taken, last first.
pub(super) fn drop_given_names<'a>(words: &mut Vec<&'a str>) -> Vec<&'a str> {
    let mut dropped = Vec::new();
    while let Some(last) = words.pop_if(|w| !is_title(w)) {
        dropped.push(last);
    }
    dropped
}

/// The word of a token in quotation marks that may be a nickname inside a
/// name (`“Bobby”` in `Robert C. “Bobby” Scott` gives `Bobby`): one
/// capitalised word.
pub(super) fn nickname(token: &str) -> Option<&str> {
    let inner = token
        .strip_prefix(['“', '"'])
        .and_then(|t| t.strip_suffix(['”', '"']))?;
    nickname_word(inner)
}

/// [`nickname`], or one in single quotation marks (`Callum ‘Cal’
/// Deverell`), which reads as a nickname only inside a name already begun:
/// alone, such a word is as likely a one-word quotation.
pub(super) fn nickname_in_name(token: &str) -> Option<&str> {
    nickname(token).or_else(|| {
        let inner = token
            .strip_prefix(['‘', '\''])
            .and_then(|t| t.strip_suffix(['’', '\'']))?;
        nickname_word(inner)
    })
}

/// `inner`, the words inside a nickname's quotation marks, when they may be
/// a nickname.
fn nickname_word(inner: &str) -> Option<&str> {
    // A full stop closes a sentence, unless initials hold it (`“T.J.”`).
    (inner.chars().count() >= 2
        && (!inner.ends_with('.') || inner.matches('.').count() > 1)
        && inner.starts_with(char::is_uppercase)
        && inner
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-')))
    .then_some(inner)
}

/// How many tokens from `k` a nickname of two or three words takes inside
/// a name (`Stephen “Big Steve” Mallory`), which stands beside the given
/// name rather than for it; 0 when none opens there.
pub(super) fn long_nickname_len(tokens: &[&str], k: usize) -> usize {
    const MOST: usize = 3;
    let Some(first) = tokens.get(k).and_then(|t| t.strip_prefix(['“', '"', '‘'])) else {
        return 0;
    };
    let Some(end) =
        (k + 1..tokens.len().min(k + MOST)).find(|&j| tokens[j].ends_with(['”', '"', '’']))
    else {
        return 0;
    };
    let last = tokens[end].trim_end_matches(['”', '"', '’']);
    let words = std::iter::once(first)
        .chain(tokens[k + 1..end].iter().copied())
        .chain([last]);
    let capitalised = words
        .into_iter()
        .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
    let named_after = tokens
        .get(end + 1)
        .is_some_and(|t| is_name_word(split_word(t).core));
    if capitalised && named_after {
        end + 1 - k
    } else {
        0
    }
}

/// The name after a particle joined to it with a hyphen (`Rashidi` in
/// `al-Rashidi`, `Amin` in `el-Amin`), when it is capitalised.
pub(super) fn joined_particle(word: &str) -> Option<&str> {
    ["al-", "el-", "ad-", "as-", "bin-", "ibn-", "ben-", "abu-"]
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .filter(|rest| rest.starts_with(char::is_uppercase))
}

/// True for `Rep.`, `E.`, `U.S.`: a word whose dot does not end a sentence,
/// also where a quotation or a bracket opens on it (`“Mr.`).
pub(super) fn is_abbreviation(word: &str) -> bool {
    word.trim_start_matches(['"', '“', '‘', '(', '['])
        .strip_suffix('.')
        .is_some_and(lexicon::is_abbreviation)
}

/// Drops a possessive `'s` / `’s`.
pub(super) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// Where a bracketed tag ending `words` opens (`(D-Elm),` in `Sen. Ann
/// Roe (D-Elm),`), when there is one of at most `max_words` words.
pub(super) fn tag_start(words: &[&str], max_words: usize) -> Option<usize> {
    let tagged = words
        .last()
        .is_some_and(|w| w.trim_end_matches(',').ends_with(')'));
    let open = words.iter().rposition(|w| w.starts_with('('))?;
    (tagged && words.len() - open <= max_words).then_some(open)
}

/// True for a word ending in a possessive `'s` / `’s` (`President’s`).
pub(super) fn is_possessive(word: &str) -> bool {
    let stem = strip_possessive(word);
    stem.len() != word.len() && !CONTRACTED.contains(&stem.to_lowercase().as_str())
}

/// Words whose `’s` is `is` or `has`, never a possessive (`He’s seen it`,
/// `That’s all`), lowercase.
const CONTRACTED: &[&str] = &[
    "he",
    "she",
    "it",
    "that",
    "there",
    "here",
    "what",
    "who",
    "where",
    "how",
    "let",
    "everyone",
    "everybody",
    "nobody",
    "someone",
    "somebody",
    "this",
];

/// True for a capitalised word that can be part of a name.
pub(super) fn is_name_word(word: &str) -> bool {
    (joined_particle(word).is_some() || word.chars().next().is_some_and(char::is_uppercase))
        && !lexicon::opens_sentences(word)
        && !matches!(word, "He" | "She" | "They")
        && !is_possessive(word)
        && !is_elided_article(word)
}

/// True for an article or a preposition elided before a lowercase word
/// (`L'assessore`, `Dell’ospedale`): a sentence word, not a name (not
/// `D'Angelo` or `O’Brien`).
fn is_elided_article(word: &str) -> bool {
    elided(word).is_some_and(|(article, _)| {
        matches!(
            article,
            "L" | "Dell" | "Dall" | "All" | "Nell" | "Sull" | "Un"
        )
    })
}

/// A word split at the apostrophe of an elision before a lowercase word
/// (`L'assessore` gives `L` and `assessore`; not `O’Brien`).
pub(super) fn elided(word: &str) -> Option<(&str, &str)> {
    word.split_once(['\'', '’'])
        .filter(|(_, rest)| rest.starts_with(char::is_lowercase))
}

/// True for a surname that is also a sentence word, which ends a name
/// right after a name word when no capitalised word follows (`Foreign
/// Minister Mei An said`, not a headline's `Mei An Holds Call`).
pub(super) fn is_closing_surname(word: &str, next: Option<&str>) -> bool {
    lexicon::SURNAMES_ALSO_WORDS.contains(&word)
        && next.is_none_or(|n| !n.starts_with(char::is_uppercase))
}

/// The lowercase form of a word for comparing with word lists, without
/// the punctuation and emphasis marks around it (`*Statement` gives
/// `statement`).
pub(super) fn lower(word: &str) -> String {
    split_word(word)
        .core
        .trim_start_matches(['*', '_', '(', '[', '"', '“', '‘'])
        .to_lowercase()
}

/// True for a person's age set off after their name (`61,` in `Joseph, 61,
/// farms`): one to three digits and a comma.
pub(super) fn is_age(word: &str) -> bool {
    word.strip_suffix(',')
        .is_some_and(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
}

/// How many words an attribution verb at the start of `words` takes (0 if none).
pub(super) fn verb_len(words: &[&str]) -> usize {
    let Some(first) = words.first() else {
        return 0;
    };
    // `Said` in a Title Case heading is not an attribution, nor is a possessive.
    if first.ends_with(['’', '\'']) || first.starts_with(char::is_uppercase) {
        return 0;
    }
    let first = lower(first);
    if VERBS.contains(&first.as_str()) {
        return 1;
    }
    match words.get(1) {
        Some(second) => {
            let second = lower(split_word(second).core);
            let phrasal = PHRASAL_VERBS
                .iter()
                .any(|(a, b)| *a == first && *b == second);
            // `a déclaré`, `ha dichiarato`: an auxiliary and a participle.
            let compound = AUXILIARIES.contains(&first.as_str())
                && AUXILIARY_PARTICIPLES.contains(&second.as_str());
            // `ha poi ricordato`, `a également souligné`: an adverb between.
            let parted = AUXILIARIES.contains(&first.as_str())
                && lexicon::AUXILIARY_ADVERBS.contains(&second.as_str())
                && words.get(2).is_some_and(|third| {
                    AUXILIARY_PARTICIPLES.contains(&lower(split_word(third).core).as_str())
                });
            if parted {
                3
            } else if phrasal || compound {
                2
            } else {
                0
            }
        }
        None => 0,
    }
}

/// The name in a verb glued to it (`saidCongressman` gives `Congressman`).
pub(super) fn glued_verb(word: &str) -> Option<&str> {
    VERBS.iter().find_map(|verb| {
        let rest = word.strip_prefix(verb)?;
        rest.chars()
            .next()
            .is_some_and(char::is_uppercase)
            .then_some(rest)
    })
}
/// Where the last sentence of `words` starts.
pub(super) fn sentence_start(words: &[&str]) -> usize {
    (0..words.len())
        .rposition(|i| {
            let w = words[i];
            // `No. Their chief executive …`: an answer, not `No. 5`.
            let answer = w == "No."
                && words
                    .get(i + 1)
                    .is_some_and(|next| !next.starts_with(|c: char| c.is_ascii_digit()));
            w.ends_with([':', ';'])
                || (w.ends_with(['.', '!', '?']) && (!is_abbreviation(w) || answer))
        })
        .map_or(0, |i| i + 1)
        .min(words.len())
}

/// `text` with the spaces its typing lost put back where words run
/// together: a dash that opens a word (`GA –Today,`: a dateline's dash)
/// and a comma between two letters (`this month,she noted`).
pub(super) fn unglued(text: &str) -> std::borrow::Cow<'_, str> {
    let glued = |(i, c): (usize, char)| {
        let after = text[i + c.len_utf8()..].chars().next();
        match c {
            '–' | '—' => {
                text[..i].ends_with(char::is_whitespace) && after.is_some_and(char::is_alphabetic)
            }
            ',' => {
                text[..i].ends_with(char::is_alphabetic) && after.is_some_and(char::is_lowercase)
            }
            _ => false,
        }
    };
    if !text.char_indices().any(glued) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 4);
    for (i, c) in text.char_indices() {
        out.push(c);
        if glued((i, c)) {
            out.push(' ');
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `lead` with each em dash set between two words read as the comma it
/// stands for (`Ann Roe—who represents Elm, said`, `voted no—saying`): a
/// dash sets off an aside or a clause as a comma does. Quotation marks
/// that opened no quotation readout found (a quoted headline around the
/// one being read: `‘Lee signs bill, says ‘lives will be saved’’`) are
/// left out, so that the words they open read as words.
pub(super) fn normalized_lead(lead: &str) -> String {
    let lead = unglued(lead);
    let lead = lead.as_ref();
    // Not when a dash opens `what`, whose clause is a noun (`the
    // ruling—what Lee called "a crisis"`), or a conjunction that adds
    // someone (`Ann Roe—and Bo Park—said`): then no dash of the lead is.
    let asides = !["—what ", "—and ", "—or ", "—but ", "—nor "]
        .iter()
        .any(|w| lead.contains(w));
    let mut out = String::with_capacity(lead.len() + 8);
    let mut chars = lead.chars().peekable();
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        let between = asides
            && c == '—'
            && previous.is_alphanumeric()
            && chars.peek().is_some_and(|n| n.is_alphabetic());
        let stray_mark = matches!(c, '‘' | '“' | '’' | '”')
            && previous.is_whitespace()
            && chars
                .peek()
                .is_none_or(|n| n.is_whitespace() || (matches!(c, '‘' | '“') && n.is_alphabetic()));
        if between {
            out.push_str(", ");
        } else if !stray_mark {
            out.push(c);
        }
        previous = c;
    }
    if asides {
        paired_dashes_as_commas(&mut out);
    }
    out
}

/// Spaced dashes that set off an aside in the lead's last sentence
/// (`Representative Ann Roe -- no relation to the Senator -- told`), read as
/// the commas they stand for; not a dateline's dash (`WASHINGTON —`).
fn paired_dashes_as_commas(lead: &mut String) {
    let sentence = lead
        .char_indices()
        .filter(|&(k, c)| matches!(c, '.' | '!' | '?') && lead[k + c.len_utf8()..].starts_with(' '))
        .map(|(k, c)| k + c.len_utf8())
        .next_back()
        .unwrap_or(0);
    for dash in [" -- ", " — ", " – "] {
        let found: Vec<usize> = lead[sentence..]
            .match_indices(dash)
            .map(|(k, _)| sentence + k)
            .collect();
        let [first, second] = found[..] else {
            continue;
        };
        let dateline = lead[sentence..first]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| {
                w.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
            });
        if dateline {
            continue;
        }
        lead.replace_range(second..second + dash.len(), ", ");
        lead.replace_range(first..first + dash.len(), ", ");
        return;
    }
}

/// `word` with its first letter in uppercase.
pub(super) fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// True for a dateline glued to what follows it (`CA–Today,`): the clause
/// starts after it.
pub(super) fn is_glued_dateline(token: &str) -> bool {
    token
        .find(['—', '–'])
        .is_some_and(|at| at > 0 && at + '—'.len_utf8() < token.len())
}

/// True for a congressional district as releases write it after a name
/// (`OH-11,`, `CA-34`): a state's code, a dash, a number.
pub(super) fn is_district(word: &str) -> bool {
    let bare = word.trim_end_matches(',');
    bare.split_once('-').is_some_and(|(state, number)| {
        STATE_CODES.contains(&state)
            && (1..=2).contains(&number.len())
            && number.chars().all(|c| c.is_ascii_digit())
    })
}

/// True for a token that ends a sentence or clause before a subject:
/// `today.`, `follows:`, `—`, `--` (a dash typed as two hyphens).
pub(super) fn ends_sentence(token: &str) -> bool {
    token.ends_with([':', ';', '—', '–'])
        || token.ends_with("--")
        || (token.ends_with(['.', '!', '?']) && !is_abbreviation(token))
}

/// Nouns of where words were said or published, after `in a` between a
/// subject and its verb (`Ann Roe in a statement said`), lowercase.
const SAID_IN: &[&str] = &[
    "statement",
    "tweet",
    "post",
    "interview",
    "release",
    "letter",
    "video",
    "speech",
    "op-ed",
];

/// Days a subject said something on (`Ann Roe on Tuesday said`).
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// True for the name of a weekday or a month (`Friday,`, `May`).
pub(super) fn is_calendar_word(word: &str) -> bool {
    let core = split_word(word).core;
    WEEKDAYS.contains(&core) || crate::corpus::date::MONTHS.contains(&lower(core).as_str())
}

/// How many words end `words` as a phrase of where or when the subject said
/// it, commas included (`in a statement`, `, in a tweet,`, `on Tuesday`): 0
/// when none does.
pub(super) fn saying_phrase_len(words: &[&str]) -> usize {
    match words {
        [.., "on", day] if WEEKDAYS.contains(&day.trim_end_matches(',')) => 2,
        [.., before, "in", article, noun]
            if matches!(*article, "a" | "an" | "his" | "her" | "their")
                && SAID_IN.contains(&noun.trim_end_matches(','))
                && (noun.ends_with(',') == before.ends_with(',')) =>
        {
            3
        }
        _ => 0,
    }
}
