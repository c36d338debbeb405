//! People a release calls by their given name alone, after a noun of
//! kinship or friendship (`his young daughter Gianna`, `my friend, Ruth,`),
//! who may speak by that name.

use super::lexicon::is_title;
use super::names::{is_name_word_shape, is_place};
use crate::corpus::Paragraph;

/// Nouns of kinship and friendship before a given name (`his daughter
/// Gianna`, `my friend Ruth`), which say the name is a person's.
#[rustfmt::skip]
const RELATIONS: &[&str] = &[
    "daughter", "son", "wife", "husband", "mother", "father", "sister", "brother", "grandson",
    "granddaughter", "grandmother", "grandfather", "niece", "nephew", "aunt", "uncle", "cousin",
    "mom", "dad", "friend", "widow", "widower", "fiancée", "fiancé",
];

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
                && is_name_word_shape(bare)
                && bare.chars().all(char::is_alphabetic)
                && !is_place(bare)
                && !is_title(bare)
                && !crate::corpus::date::MONTHS.contains(&bare.to_lowercase().as_str())
                && !names.iter().any(|n| n == bare)
            {
                names.push(bare.to_string());
            }
        }
    }
    names
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
}
