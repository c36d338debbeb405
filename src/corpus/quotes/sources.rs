//! Where a quotation's words come from when its introduction names a
//! source rather than a speaker: `according to X,` and what may stand
//! between the source and the quotation (`reporting by Elm Times,`, `vice
//! president of engineering,`, `(D-Elm)`), and a writing someone reads out
//! or passes on (`read from a letter sent by a constituent:`).

use super::lexicon::{PARTICIPLES, is_role};
use super::referents::Attribution;
use super::runs::{name_forward, plausible};
use super::words::{lower, split_word, tag_start, verb_len};

/// Most words of a bracketed tag after a source's name (`(D-Elm)`, `(R - Elm)`).
const MAX_TAG_WORDS: usize = 3;

/// True when no word of `words` is a speech verb or a participle.
fn verbless(words: &[&str]) -> bool {
    (0..words.len())
        .all(|k| verb_len(&words[k..]) == 0 && !PARTICIPLES.contains(&lower(words[k]).as_str()))
}

/// The source after the words saying it reported something (`reporting
/// by Elm Times,`, `a report from the Lakes Courier,`): who it is.
pub(super) fn reported_by<'a, 'b>(source: &'b [&'a str]) -> &'b [&'a str] {
    let lowered: Vec<String> = source.iter().take(4).map(|w| lower(w)).collect();
    let by = lowered.iter().position(|w| w == "by" || w == "from");
    match by {
        Some(k)
            if lowered[..k].iter().all(|w| {
                matches!(
                    w.as_str(),
                    "a" | "new" | "reporting" | "report" | "reports" | "an" | "analysis"
                )
            }) && k > 0 =>
        {
            &source[k + 1..]
        }
        _ => source,
    }
}

/// `words` without a bracketed tag that ends them (`Sen. Ann Roe
/// (D-Elm),` gives `Sen. Ann Roe`).
pub(super) fn without_tag<'a, 'b>(words: &'b [&'a str]) -> &'b [&'a str] {
    match tag_start(words, MAX_TAG_WORDS) {
        Some(open) if open > 0 => &words[..open],
        _ => words,
    }
}

/// Most words of an apposition describing a source ([`describes_person`]).
const MAX_DESCRIPTION: usize = 8;

/// True when `words`, between a source set off by commas and its
/// quotation, describe a person (`vice president of engineering,`, `a
/// professor at Elm College,`): a short phrase in one piece, with no verb,
/// that names an office or role. Not any phrase (`According to Ann Roe,
/// the new plan, "…"` is the plan's description, not Roe's words).
pub(super) fn describes_person(words: &[&str]) -> bool {
    let (last, inside) = match words.split_last() {
        Some(split) => split,
        None => return false,
    };
    words.len() <= MAX_DESCRIPTION
        && last.ends_with(',')
        && !inside
            .iter()
            .any(|w| w.ends_with([',', '.', ';', ':', '!', '?']))
        && verbless(words)
        && words.iter().any(|w| is_role(&lower(w)))
}

/// Most words between a source set off by commas (`according to Elm
/// Times,`) and the quotation it still gives (`included "…"`).
const MAX_AFTER_SOURCE: usize = 3;

/// True when the words between a source set off by commas and a quotation
/// leave the quotation the source's: a few lowercase words in one
/// sentence (`included`, `would bring`), no speech verb among them (`Roe,
/// according to the report, said "…"` is Roe's).
pub(super) fn governs_after_source(words: &[&str]) -> bool {
    (1..=MAX_AFTER_SOURCE).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_lowercase) && !w.ends_with([',', '.', ';', ':', '!', '?'])
        })
        && verbless(words)
}

/// Things someone writes that another may read out or pass on.
const WRITTEN: &[&str] = &[
    "letter", "letters", "note", "message", "email", "e-mail", "card", "post", "text",
];

/// Most words between a writing and the `by` or `from` naming its writer.
const MAX_TO_WRITER: usize = 6;

/// The writer of a writing an introduction names (`Roe read from a letter
/// sent to his office by a constituent:` gives no one, `Roe read a note
/// from Ann Roe:` gives her); `None` when it names no writing with its
/// writer, or a speech verb follows them.
pub(super) fn written_by(rest: &[&str]) -> Option<Option<Attribution>> {
    let writing = rest
        .iter()
        .position(|w| WRITTEN.contains(&split_word(w).core))?;
    let by = rest[writing + 1..]
        .iter()
        .take(MAX_TO_WRITER)
        .position(|w| matches!(*w, "by" | "from"))?;
    // `A letter from Ann Roe arrived, and Bo Park said:`: a speech verb
    // after the writer says whose the words are; not one of a clause
    // about the writer (`by a specialist, who asked that his name be
    // withheld:`).
    let about_writer = |k: usize| rest[k - 1] == "who";
    if (writing + 1..rest.len()).any(|k| verb_len(&rest[k..]) > 0 && !about_writer(k)) {
        return None;
    }
    let writer = &rest[writing + 2 + by..];
    let named = writer
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    Some(
        named
            .then(|| name_forward(writer))
            .flatten()
            .filter(|(name, _, _)| plausible(name))
            .map(|(name, _, _)| Attribution::Name(name)),
    )
}
