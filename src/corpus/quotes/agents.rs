//! People a sentence names as acting with its subject or on a thing it
//! is about: who joined the subject (`Lee was joined at the podium by
//! Ann Roe and Bo Park`), whom a thing was done by (`The exercise was
//! commanded by Brigadier Ann Roe`) — whom a later pronoun may mean.

use super::apposition::is_person_noun;
use super::lexicon::is_role;
use super::names::is_person_name;
use super::runs::name_forward;
use super::words::{lower, split_word};

/// Verbs whose `by` names people who stood with the subject (`was joined
/// by`, `was backed by`).
const JOINING_VERBS: &[&str] = &["joined", "backed", "supported", "accompanied", "seconded"];

/// Most words between `joined` and its `by` (`at the podium`).
const MAX_JOINED_BY: usize = 4;

/// The full names of the people a sentence says joined its subject
/// (`was joined at the podium by Ann Roe and Councilman Bo Park,`).
pub(super) fn joined_by(words: &[&str]) -> Vec<String> {
    let Some(joined) = words.iter().position(|w| JOINING_VERBS.contains(w)) else {
        return Vec::new();
    };
    let Some(by) = words[joined + 1..]
        .iter()
        .take(MAX_JOINED_BY)
        .position(|w| *w == "by")
    else {
        return Vec::new();
    };
    let mut names = Vec::new();
    let mut k = joined + by + 2;
    while let Some((name, used, stopped)) = words.get(k..).and_then(name_forward) {
        if !(name.contains(' ') && is_person_name(&name)) {
            break;
        }
        names.push(name);
        k += used;
        let last = words[k - 1];
        let listed = last.ends_with(',') || words.get(k) == Some(&"and");
        if !listed || (stopped && !last.ends_with(',')) {
            break;
        }
        k += usize::from(words.get(k) == Some(&"and"));
    }
    names
}

/// Where a sentence about a thing names, in full, the person it was done
/// by (`The exercise was commanded by Brigadier Ann Roe, …`, `This year’s
/// drive was led by Bo Park.`), and the name; `full_name` reads a full
/// name at a word.
pub(super) fn thing_done_by(
    words: &[&str],
    full_name: impl Fn(usize) -> Option<(String, usize)>,
) -> Option<(usize, String)> {
    let be = words
        .iter()
        .take(MAX_THING_WORDS + 1)
        .position(|w| matches!(*w, "was" | "were"))?;
    let about_a_thing = be >= 2
        && matches!(
            lower(words[0]).as_str(),
            "the" | "this" | "that" | "its" | "their"
        )
        && words[1..be].iter().all(|w| {
            let core = split_word(w).core;
            !w.ends_with(',') && !is_role(core) && !is_person_noun(core)
        });
    let [done, by, ..] = words.get(be + 1..)? else {
        return None;
    };
    let participle = done.chars().all(char::is_lowercase)
        && (done.ends_with("ed") || matches!(*done, "led" | "run" | "held" | "built" | "taught"));
    if !(about_a_thing && participle && *by == "by") {
        return None;
    }
    full_name(be + 3).map(|(name, _)| (be + 3, name))
}

/// Most words of the thing a sentence opens with before `was … by`.
const MAX_THING_WORDS: usize = 5;
