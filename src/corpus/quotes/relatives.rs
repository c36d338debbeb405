//! People a release calls by their given name alone, who may speak by
//! that name: after a noun of kinship or friendship (`his young daughter
//! Gianna`, `my friend, Ruth,`), with their age or a description (`Rosa,
//! a mother of three,`, `Joseph, 61,`, `Tavo, who …`), or met in the first person (`I
//! asked Mingyao …`).

use super::antecedents::{is_age_or_description, met_by_first_person, names_said};
use super::lexicon::{RELATIONS, is_title};
use super::names::{is_name_word_shape, is_organization, is_place};
use super::words::verb_len;
use crate::corpus::Paragraph;
use crate::corpus::meta::sentence_ends;

/// Given names a body writes alone right after a noun of kinship or
/// friendship (`his young daughter Gianna`, `my friend, Ruth,`): people
/// the release calls by their first name, who may be a speaker by that name
/// alone (`Gianna told me, “…”`). Not a word that could be a place, a
/// month, a title or a common word, nor the first of a full name (`his
/// son Bo Park`).
pub(super) fn relatives_named(paragraphs: &[Paragraph]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for paragraph in paragraphs {
        let words: Vec<&str> = paragraph.text.split_whitespace().collect();
        for (i, pair) in words.windows(2).enumerate() {
            let (relation, name) = (pair[0].trim_end_matches(','), pair[1]);
            let bare = name.trim_end_matches([',', '.', ';', ':']);
            let full_name = name == bare
                && words
                    .get(i + 2)
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            if RELATIONS.contains(&relation)
                && !full_name
                && is_given_name(bare)
                && !names.iter().any(|n| n == bare)
            {
                names.push(bare.to_string());
            }
        }
    }
    for paragraph in paragraphs {
        for sentence in sentences(&paragraph.text) {
            if let Some(bare) = described_alone(&sentence)
                .or_else(|| name_given(&sentence))
                .or_else(|| met_by_first_person(&sentence).map(|(_, name)| name))
                && is_given_name(&bare)
                && !names.contains(&bare)
            {
                names.push(bare);
            }
        }
    }
    names
}

/// A name written alone, then its age or a description (`Rosa, a mother
/// of three who …`, `Joseph, 61, farms …`, `said Amina, a 34-year-old
/// mother of four`): at the sentence's start or after a speech verb; or
/// opening a sentence before a clause of `who` (`Tavo, who was born …`).
fn described_alone(sentence: &[&str]) -> Option<String> {
    (0..sentence.len()).find_map(|k| {
        let after_verb = k > 0 && verb_len(&sentence[k - 1..]) > 0;
        if k > 0 && !after_verb {
            return None;
        }
        let bare = sentence[k].strip_suffix(',')?;
        // `Tavo, who was born in …,`: a clause of `who` opening a
        // sentence says a person, whose one name this is.
        let who = k == 0 && sentence.get(1) == Some(&"who") && !is_organization(bare);
        (who || is_age_or_description(&sentence[k + 1..])).then(|| bare.to_string())
    })
}

/// The name a sentence says someone has (`His name is Mateo,`, `who gave
/// her name only as Mirela,`).
fn name_given(sentence: &[&str]) -> Option<String> {
    names_said(sentence)
        .next()
        .map(|at| sentence[at].trim_end_matches([',', '.', ';']).to_string())
}

/// True for a word that may be someone's given name alone: not a place,
/// a month, a title or a common word.
fn is_given_name(bare: &str) -> bool {
    is_name_word_shape(bare)
        && bare.chars().all(char::is_alphabetic)
        && !is_place(bare)
        && !is_title(bare)
        && !crate::corpus::date::MONTHS.contains(&bare.to_lowercase().as_str())
}

/// The sentences of `text`, as words, split as passages are
/// ([`sentence_ends`]).
fn sentences(text: &str) -> Vec<Vec<&str>> {
    let mut start = 0;
    sentence_ends(text)
        .map(|end| {
            let words = text[start..end].split_whitespace().collect();
            start = end;
            words
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relatives_are_named_by_the_given_name_after_their_relation() {
        let paragraphs: Vec<Paragraph> = [
            "He left his young daughter Ivy, and his friend, Theo, behind.",
            "His son Bo Park runs the farm. Her mother Georgia came. My uncle May visited.",
            "My sister President Lee and my brother The Great came; the son Said nothing.",
        ]
        .iter()
        .map(|p| Paragraph::body(*p))
        .collect();
        assert_eq!(relatives_named(&paragraphs), ["Ivy", "Theo"]);
    }

    #[test]
    fn one_name_before_a_clause_of_who_is_a_persons() {
        let paragraphs: Vec<Paragraph> = [
            "Tavo, who was born by the sea, makes glass. Acme, which makes glass, grew.",
            "The artist thanked Pilar, who taught him.",
        ]
        .iter()
        .map(|p| Paragraph::body(*p))
        .collect();
        assert_eq!(relatives_named(&paragraphs), ["Tavo"]);
    }

    #[test]
    fn people_described_alone_or_met_in_the_first_person_are_named_by_their_given_name() {
        let paragraphs: Vec<Paragraph> = [
            "Rosa, a mother of three, rents a flat. Joseph, 61, farms. Ohio, a state, votes.",
            "So I asked Mingyao how long it would take. I met Ann Roe and Bo Park.",
            "Monday, 12, was late.",
        ]
        .iter()
        .map(|p| Paragraph::body(*p))
        .collect();
        assert_eq!(relatives_named(&paragraphs), ["Rosa", "Joseph", "Mingyao"]);
    }
}
