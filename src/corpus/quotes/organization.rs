//! Organizations named with `the` as speakers (`"…," the Lakes Bureau
//! said`, `the White House told reporters that "…"`), where no person's
//! name is read: not an office (`the Secretary of State`), nor a document
//! (`the Elm Valley Accord`), nor a paper an organization put out.

use super::joint::joint_titles;
use super::lexicon::DOCUMENT_ENDS;
use super::names::{is_organization, is_place};
use super::referents::Attribution;
use super::runs::plausible;
use super::subject::subject_forward;
use super::words::{is_abbreviation, is_possessive, is_title, split_word};

/// Most words of an organization's name after `the`.
const MAX_THE_ORGANIZATION_WORDS: usize = 8;

/// An organization or outlet named with `the` (`the White House`, `the
/// Department of Rivers`, `the Elm Valley Gazette`), with the number of
/// words it took and whether punctuation ended it; not an office (`the
/// Secretary of State`).
pub(super) fn the_organization(words: &[&str]) -> Option<(Attribution, usize, bool)> {
    if !matches!(*words.first()?, "the" | "The") {
        return None;
    }
    let mut end = 1;
    let mut stopped = false;
    while end < words.len().min(MAX_THE_ORGANIZATION_WORDS + 1) {
        let word = split_word(words[end]);
        let link = matches!(word.core, "of" | "for" | "on" | "and" | "&");
        if !(link || word.core.starts_with(char::is_uppercase)) || word.core.is_empty() {
            break;
        }
        end += 1;
        // `the U.S. Secret Service`: an abbreviation's dot ends nothing.
        let stop = word.stop && !is_abbreviation(words[end - 1]);
        if stop || words[end - 1].ends_with(',') {
            stopped = true;
            break;
        }
    }
    let cores: Vec<&str> = words[1..end].iter().map(|w| split_word(w).core).collect();
    let last = cores
        .iter()
        .rposition(|w| !matches!(*w, "of" | "for" | "on" | "and" | "&"))?;
    if last + 2 != end {
        return None;
    }
    let name = cores.join(" ");
    // `the Lakes Forum’s Elm Accord`: a document of theirs, which no one
    // is said to speak.
    let document = cores.iter().any(|w| is_possessive(w))
        || cores.last().is_some_and(|w| DOCUMENT_ENDS.contains(w));
    // `the U.S. Secret Service`: a country is no office here.
    let office = cores.iter().any(|w| is_title(w) && !is_place(w));
    (is_organization(&name) && !document && !office).then_some((
        Attribution::Organization(name),
        end,
        stopped,
    ))
}

/// The subject at the start of `words` (as [`subject_forward`] reads it,
/// or a joint subject of titles: [`joint_titles`]), or else an
/// organization named with `the` (`the Lakes Bureau`) where the subject
/// is no one's name.
pub(super) fn subject_or_organization(words: &[&str]) -> Option<(Attribution, usize, bool)> {
    if let Some((group, used, stopped)) = joint_titles(words) {
        return Some((Attribution::Group(group), used, stopped));
    }
    let subject = subject_forward(words);
    match &subject {
        Some((Attribution::Name(name), _, _)) if !plausible(name) => {
            the_organization(words).or(subject)
        }
        None => the_organization(words),
        _ => subject,
    }
}

/// The organization named with `the` that ends `words` (`In Ohio, the
/// Lakes Bureau`), the whole of what follows `the`, when it opens its
/// clause: not the object of a word before it (`the director of the
/// Lakes Bureau`, `as the Lakes Accord`). An auxiliary may end `words`
/// too (`the Lakes Bureau has`).
pub(super) fn organization_before(words: &[&str]) -> Option<Attribution> {
    let words = match words.split_last() {
        Some((last, rest)) if matches!(*last, "has" | "have" | "had") => rest,
        _ => words,
    };
    let the = words.iter().rposition(|w| matches!(*w, "the" | "The"))?;
    if the > 0 && !words[the - 1].ends_with([',', ';', ':']) {
        return None;
    }
    match the_organization(&words[the..])? {
        (found, used, false) if the + used == words.len() => Some(found),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{some, speakers};

    #[test]
    fn an_organization_that_has_found_a_thing_says_it() {
        assert_eq!(
            speakers(&[
                "The Elm Bureau of Rivers has found that dams “are a critical tool against floods in the valley.”",
                "In its report, the U.S. Rivers Service notes that dams “last a century.”",
                "In May, the Lakes Water Council found that the pipes “could last another fifty years.”",
                "The Elm Bureau of Rivers has found the dams in a report called “Dams Today and Tomorrow.”",
                "The study by the Elm Bureau of Rivers has found that dams “are a critical tool against floods.”",
            ]),
            [
                some("Elm Bureau of Rivers"),
                some("U.S. Rivers Service"),
                some("Lakes Water Council"),
                None,
                None
            ]
        );
    }
}
