//! A joint subject of titles (`the First Lady and the President wrote`,
//! `The President and First Lady: "…"`): two office-holders signing one
//! letter or greeting. It is the person the release's title names, when
//! the title names exactly one of them (`First Lady Ann Roe Announces …`);
//! no one otherwise.

use super::Context;
use super::lexicon::TITLE_ANAPHORS;
use super::names::{PersonName, is_person_name};
use super::referents::{Group, the_title};
use super::titled::titled_name;
use super::words::split_word;
use crate::corpus::Paragraph;

/// The group a joint subject of titles at the start of `words` names, with
/// the number of words it took and whether punctuation ended it: `the`, a
/// title, `and`, then another title, with or without its own `the`.
pub(super) fn joint_titles(words: &[&str]) -> Option<(Group, usize, bool)> {
    let (first, used) = the_title(words)?;
    if split_word(words[used - 1]).stop || *words.get(used)? != "and" {
        return None;
    }
    let rest = &words[used + 1..];
    let (second, more) = if matches!(rest.first(), Some(&"the" | &"The")) {
        the_title(rest)?
    } else {
        let with_the: Vec<&str> = std::iter::once("the").chain(rest.iter().copied()).collect();
        the_title(&with_the).map(|(title, used)| (title, used - 1))?
    };
    if first.eq_ignore_ascii_case(&second) {
        return None;
    }
    let end = used + 1 + more;
    let group = Group {
        titles: vec![first, second],
        ..Group::default()
    };
    Some((group, end, split_word(words[end - 1]).stop))
}

/// Who a joint subject of `titles` is: the person the release's title
/// names with one of them, when that is the only office-holder the title
/// names (`First Lady Ann Roe Announces …`, not `Governor Bo Park and First
/// Lady Ann Roe Open …`).
pub(super) fn joint_speaker(
    titles: &[String],
    context: &Context<'_>,
    paragraphs: &[Paragraph],
) -> Option<String> {
    let words: Vec<&str> = context.title.split_whitespace().collect();
    // `The President and First Lady Announce …`: the title's own subject
    // is the pair.
    if (0..words.len()).any(|k| joint_titles(&words[k..]).is_some()) {
        return None;
    }
    let mut named = TITLE_ANAPHORS
        .iter()
        .filter(|t| titled_name(context.title, t).is_some());
    let title = named.next()?;
    if named.next().is_some() || !titles.iter().any(|t| t.eq_ignore_ascii_case(title)) {
        return None;
    }
    // A name the body writes too, not a headline's verb after the title.
    let name = context.principal(title, paragraphs)?;
    let surname = PersonName::parse(&name)?.surname;
    let written = paragraphs.iter().any(|p| {
        p.text
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| w == surname)
    });
    (is_person_name(&name) && written).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{some, speakers_in};

    #[test]
    fn a_joint_subject_of_titles_is_the_one_the_releases_title_names() {
        let paragraphs = [
            "*The Governor and First Lady: “Happy holidays from our home to yours”*",
            "Today, First Lady Ann Roe opened the Elm House for the season.",
            "“The lights are up and the doors are open,” the First Lady and the Governor wrote in a letter.",
            "“Come and see them,” the Governor and Mayor said.",
        ];
        assert_eq!(
            speakers_in("First Lady Ann Roe Opens the Elm House", None, &paragraphs),
            [some("First Lady Ann Roe"), some("First Lady Ann Roe"), None]
        );
        // A title naming both, or neither, says no one.
        for title in [
            "Governor Bo Park and First Lady Ann Roe Open the Elm House",
            "The Elm House Opens",
            "The Governor and First Lady Open the Elm House",
            "First Lady Opens the Elm House",
        ] {
            assert_eq!(speakers_in(title, None, &paragraphs), [None, None, None]);
        }
    }
}
