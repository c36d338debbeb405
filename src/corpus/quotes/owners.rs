//! Words someone owns before a quotation: a possessive and what was said
//! (`the Prime Minister's declaration that "…"`, `her vow to "…"`), `in
//! Roe's words`, `in his words`, `a self-described "…"`, `a warning from
//! Ann Roe that "…"`.

use super::lexicon::{DESCRIBING_VERBS, is_past};
use super::names::is_person_name;
use super::referents::{Attribution, possessive};
use super::runs::{name_backward, name_forward};
use super::subject::subject_backward;
use super::words::{is_possessive, lower, sentence_start, split_word, strip_possessive, verb_len};

/// The owner of the words right before a quotation, as [`possessor`],
/// [`self_described`], [`in_the_words_of`] and [`stance_author`] read
/// them: `Some(None)` when words are owned but the owner cannot be read
/// (`their warning`), `None` without such words.
pub(super) fn owner(words: &[&str]) -> Option<Option<Attribution>> {
    possessor(words).or_else(|| {
        self_described(words)
            .or_else(|| in_the_words_of(words))
            .or_else(|| stance_author(words))
            .map(Some)
    })
}

/// Nouns for what someone said or holds, which after a possessive give the
/// quotation that follows its speaker: `the Prime Minister's declaration
/// that "…"`, `her fervent faith that "…"`. Lowercase.
const STANCES: &[&str] = &[
    "declaration",
    "statement",
    "comments",
    "comment",
    "words",
    "remarks",
    "message",
    "warning",
    "promise",
    "pledge",
    "vow",
    "call",
    "plea",
    "belief",
    "faith",
    "conviction",
    "view",
    "insistence",
    "assertion",
    "claim",
    "argument",
    "reminder",
    "admonition",
    "observation",
    "description",
    "characterization",
    "appeal",
    "finding",
    "conclusion",
    "assessment",
];

/// The person named after what they said right before a quotation: `the
/// comments by Secretary Lee that "…"`, `a warning from Ann Roe that`.
fn stance_author(words: &[&str]) -> Option<Attribution> {
    let end = match words.last() {
        Some(&"that") => words.len() - 1,
        _ => words.len(),
    };
    let run = name_backward(&words[..end], false)?;
    let by = run.start.checked_sub(1)?;
    let noun = by.checked_sub(1)?;
    (matches!(words[by], "by" | "from")
        && STANCES.contains(&lower(words[noun]).as_str())
        && is_person_name(&run.name))
    .then_some(Attribution::Name(run.name))
}

/// True for a noun of [`STANCES`] not ending its clause.
fn is_stance(word: &str) -> bool {
    STANCES.contains(&lower(word).as_str()) && !split_word(word).stop
}

/// Most words between the noun of what was said and the quotation they
/// lead to (`the Secretary-General’s call for the parties to "…"`).
const MAX_COMPLEMENT_WORDS: usize = 8;

/// Words that join what was said to what it was about (`call for`, `pledge
/// to`, `description of … as`, `finding that`), lowercase.
const COMPLEMENT_LINKS: &[&str] = &["to", "that", "for", "of", "as", "on", "about"];

/// True when `gap`, the words between the noun of what was said and the
/// quotation, is its complement within one clause (`for the parties to`,
/// `of the only division he saw as between`): it opens with a linking
/// word and holds no clause break, no name (someone else who may speak:
/// `her warning that Bo Park had called it "…"`) and no speech verb.
fn complements(gap: &[&str]) -> bool {
    gap.first()
        .is_some_and(|w| COMPLEMENT_LINKS.contains(&lower(w).as_str()))
        && gap.iter().all(|w| {
            let core = split_word(w).core;
            !split_word(w).stop
                && !core.starts_with(char::is_uppercase)
                && !DESCRIBING_VERBS.contains(&core)
        })
        && (0..gap.len()).all(|k| verb_len(&gap[k..]) == 0)
        // `statement about one state law earned him ‘four Pinocchios’`:
        // a verb with no subject of its own has the noun's phrase for its
        // subject, a clause of its own.
        && (1..gap.len()).all(|k| {
            let before = lower(gap[k - 1]);
            !is_past(split_word(gap[k]).core)
                || SUBJECT_PRONOUNS.contains(&before.as_str())
                || COMPLEMENT_LINKS.contains(&before.as_str())
                // `a united front`: an adjective.
                || matches!(before.as_str(), "a" | "an" | "the" | "its" | "their" | "our")
        })
}

/// Words that may close a copula before a quotation (`My message is
/// simple:`), lowercase.
const COPULA_COMPLEMENTS: &[&str] = &["simple", "this", "these", "short", "plain", "blunt"];

/// True when `gap`, the words between the noun of what was said and the
/// quotation, says the quotation is it (`were,`, `to me in Elm were,`,
/// `is simple:`): a copula closed by a comma or a colon, after a
/// complement of the noun if any (`My exact words at that press
/// conference were, “…”`). Not `was clear:`, which sums up what someone
/// said in the writer's words.
fn copular(gap: &[&str]) -> bool {
    let Some((last, rest)) = gap.split_last() else {
        return false;
    };
    if !last.ends_with([',', ':']) {
        return false;
    }
    let last = lower(last.trim_end_matches([',', ':']));
    let (copula, rest) = if COPULA_COMPLEMENTS.contains(&last.as_str()) {
        match rest.split_last() {
            Some((copula, rest)) => (lower(copula), rest),
            None => return false,
        }
    } else {
        (last, rest)
    };
    matches!(copula.as_str(), "is" | "was" | "were" | "are")
        && (rest.is_empty() || complements(rest) || copular_place(rest))
}

/// True for the words of where or to whom something was said, between
/// its noun and a copula (`at that press conference`, `to me in Elm`):
/// prepositions' phrases without a verb or a clause break.
fn copular_place(words: &[&str]) -> bool {
    words.first().is_some_and(|w| {
        matches!(
            lower(w).as_str(),
            "at" | "in" | "to" | "on" | "during" | "that"
        )
    }) && words
        .iter()
        .all(|w| !split_word(w).stop && verb_len(&[w]) == 0)
}

/// Pronouns that may be a verb's subject inside a complement (`of the only
/// division he saw as between`), lowercase.
const SUBJECT_PRONOUNS: &[&str] = &["i", "we", "you", "he", "she", "they", "it", "who", "which"];

/// Most words between a possessive and the noun of what was said (`her
/// fervent faith`).
const MAX_STANCE_ADJECTIVES: usize = 2;

/// True for a lowercase word shaped like a plural noun (`crews`), not an
/// adjective that ends in `s` (`various`, `tireless`, `previous`).
fn looks_plural(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("ous") && !word.ends_with("is")
}

/// The speaker of a quotation right after a possessive and what was said:
/// `the Prime Minister's declaration that "…"` is the Prime Minister's,
/// even after `Lee thanked him, noting that`. `Some(None)` when the
/// possessor cannot be read (`their warning`), `None` without such words.
fn possessor(words: &[&str]) -> Option<Option<Attribution>> {
    let mut end = words.len();
    if end > 0 && matches!(words[end - 1], "that" | "that:") {
        end -= 1;
    }
    let noun = (end.saturating_sub(MAX_COMPLEMENT_WORDS + 1)..end)
        .rev()
        .find(|&k| {
            is_stance(words[k])
                && (k + 1 == end || complements(&words[k + 1..end]) || copular(&words[k + 1..end]))
        })?;
    let owner = (noun.saturating_sub(MAX_STANCE_ADJECTIVES + 1)..noun)
        .rev()
        .find(|&k| {
            let w = words[k];
            is_possessive(w)
                || matches!(
                    lower(w).as_str(),
                    "his" | "her" | "their" | "its" | "my" | "our"
                )
        })?;
    // `my crews call that stretch “…”`: after a plural noun the word is
    // a verb, not what was said.
    let between_plain = words[owner + 1..noun]
        .iter()
        .all(|w| w.starts_with(char::is_lowercase) && !split_word(w).stop && !looks_plural(w));
    if !between_plain {
        return None;
    }
    let who = match lower(words[owner]).as_str() {
        "my" | "our" => Some(Attribution::FirstPerson),
        "his" | "her" => possessive(words[owner]),
        "their" | "its" => None,
        _ => {
            let mut run = words[..owner].to_vec();
            run.push(strip_possessive(words[owner]));
            subject_backward(&run).filter(|a| !matches!(a, Attribution::Group(_)))
        }
    };
    Some(who)
}

/// The person who describes themselves in the quotation after `words`:
/// `Ann Roe, a self-described "farm girl"`, `Roe is a self-proclaimed
/// "…"`.
fn self_described(words: &[&str]) -> Option<Attribution> {
    let [.., link, article, adjective] = words else {
        return None;
    };
    if !matches!(
        lower(adjective).as_str(),
        "self-described" | "self-proclaimed"
    ) || !matches!(*article, "a" | "an" | "the")
    {
        return None;
    }
    let n = words.len();
    let subject = if link.ends_with(',') {
        &words[..n - 2]
    } else if matches!(*link, "is" | "was") {
        &words[..n - 3]
    } else {
        return None;
    };
    subject_backward(subject).filter(|a| !matches!(a, Attribution::Group(_)))
}

/// The person whose words a sentence says it quotes before the
/// quotation: `an Army, in Roe’s words, that is "…"`, `In the words of Ann
/// Roe, we are "…"`.
fn in_the_words_of(words: &[&str]) -> Option<Attribution> {
    let start = sentence_start(words);
    let sentence = &words[start..];
    (0..sentence.len()).rev().find_map(|i| {
        // `In Roe’s words,`, `To borrow his words,`.
        if !matches!(lower(sentence[i]).as_str(), "in" | "borrow") {
            return None;
        }
        let rest = &sentence[i + 1..];
        // `In his words,`: whom the pronoun stands for, when the
        // paragraph names someone before.
        let named_before = (0..start).any(|k| {
            name_forward(&words[k..start]).is_some_and(|(name, _, _)| is_person_name(&name))
        });
        if let [owner, words_, ..] = rest
            && *words_ == "words,"
            && named_before
            && let Some(owner) = possessive(owner)
        {
            return Some(owner);
        }
        let owner: Vec<&str> = match rest {
            [owner, words_, ..] if *words_ == "words," && owner.ends_with(['s', 'S']) => {
                vec![strip_possessive(owner)]
            }
            ["the", "words", "of", tail @ ..] => {
                let end = tail.iter().position(|w| w.ends_with(','))?;
                let mut run = tail[..=end].to_vec();
                run[end] = run[end].trim_end_matches(',');
                run
            }
            _ => return None,
        };
        if owner.last().is_some_and(|w| {
            matches!(
                lower(w).as_str(),
                "his" | "her" | "their" | "its" | "our" | "my"
            )
        }) {
            return None;
        }
        subject_backward(&owner).filter(|a| matches!(a, Attribution::Name(_)))
    })
}
