//! Someone a sentence does not name — `a surgeon`, `my grandmother`,
//! `his mother said`, `where Coach told me` — whom a later `he` or `she`
//! may mean: where the search for a named person a pronoun stands for
//! stops.

use super::apposition::is_person_noun;
use super::lexicon::{MEETING_VERBS, ROLE_NOUNS, is_institution, is_past, is_title};
use super::openers::{SUBORDINATORS, conjunction_len};
use super::subject::person_noun_at;
use super::words::{lower, split_word, verb_len};

/// True when someone unnamed is a sentence's speaker after its first
/// words (`…, his mother said`, `…, a neighbor told us`), or someone a
/// clause describes (`… when a woman who works there described …`).
pub(super) fn speaks_unnamed(sentence: &[&str]) -> bool {
    (2..sentence.len()).any(|k| {
        sentence[k].starts_with(char::is_lowercase)
            // `a woman who …`, not `Ann Roe, a machinist who …` nor `his
            // editor, who died`.
            && (verb_len(&sentence[k..]) > 0
                || (sentence[k] == "who"
                    && matches!(lower(sentence[k - 2]).as_str(), "a" | "an" | "one")
                    && !(k >= 3 && sentence[k - 3].ends_with(','))))
            && matches!(
                lower(sentence[k - 2]).as_str(),
                "his" | "her" | "their" | "a" | "an" | "one"
            )
            && is_person_noun(split_word(sentence[k - 1]).core)
    })
}

/// Words for a relative that stand as a name (`Dad told me`).
const RELATIVES_AS_NAMES: &[&str] = &["Dad", "Mom", "Mum", "Mama", "Papa", "Grandma", "Grandpa"];

/// Where, past a sentence's first word, someone called only by a title or
/// a relation (`where Coach told me`, `and Dad stood`) is the subject of a
/// verb in the past: a person a later `he` or `she` may mean, unnamed.
pub(super) fn called_by_title(sentence: &[&str]) -> Option<usize> {
    (1..sentence.len().saturating_sub(1)).find(|&k| {
        let word = split_word(sentence[k]);
        let bare = (is_title(word.core) || RELATIVES_AS_NAMES.contains(&word.core))
            && word.core.starts_with(char::is_uppercase)
            && !word.stop;
        let before = sentence[k - 1];
        let verb = split_word(sentence[k + 1]).core;
        bare && before.starts_with(char::is_lowercase)
            && !split_word(before).stop
            && !matches!(
                before,
                "the" | "a" | "an" | "our" | "my" | "his" | "her" | "their" | "and" | "or" | "said"
            )
            && verb.starts_with(char::is_lowercase)
            && is_past(verb)
    })
}

/// True when a sentence's speaker meets someone it does not name (`I met
/// a young veterinarian`).
pub(super) fn met_unnamed(sentence: &[&str]) -> bool {
    // `Then I had to tell my father.`: the speaker's own relative too.
    (0..sentence.len().saturating_sub(2)).any(|j| {
        (MEETING_VERBS.contains(&sentence[j])
            || matches!(sentence[j], "tell" | "call" | "ask" | "meet"))
            && matches!(sentence[j + 1], "a" | "an" | "my" | "our")
            && sentence[j + 2..]
                .iter()
                .take(MAX_PERSON_MODIFIERS + 1)
                .take_while(|w| w.starts_with(char::is_lowercase))
                .any(|w| is_person_noun(split_word(w).core))
    })
}

/// True when a clause before a sentence's first comma has someone unnamed
/// for its subject (`When my grandmother left this town, she …`, `I
/// confess that when my mother heard I was coming, she …`): whom a
/// pronoun after it may mean.
pub(super) fn clause_opens_on_someone_unnamed(sentence: &[&str]) -> bool {
    // Past the first word, a clause the comma closes; not `as a boy`.
    let comma = sentence.iter().position(|w| w.ends_with(','));
    (0..comma.unwrap_or(1)).any(|j| {
        let rest = &sentence[j + 1..];
        let subordinator = lower(sentence[j]);
        SUBORDINATORS.contains(&subordinator.as_str())
            && (j == 0 || subordinator != "as")
            && (opens_with_someones_relative(rest) || opens_with_unnamed_person(rest))
    })
}

/// Most words between an article and the noun of an unnamed person (`A
/// young local woman`).
pub(super) const MAX_PERSON_MODIFIERS: usize = 3;

/// True when a sentence's words after its opening phrase, `rest`, have
/// for their subject someone they do not name: an indefinite article or a
/// number and a person noun (`A member of …`, `One resident …`, `Both
/// women …`, `The two men …`), after a conjunction, `Then` or `there was`
/// (`But a reviewer came …`, `Then there was a surgeon …`).
pub(super) fn opens_with_unnamed_person(rest: &[&str]) -> bool {
    let mut rest = &rest[conjunction_len(rest)..];
    if rest
        .first()
        .is_some_and(|w| matches!(*w, "Then" | "Later" | "Once" | "Soon"))
    {
        rest = &rest[1..];
    }
    if let [there, verb, ..] = rest
        && lower(there) == "there"
        && matches!(*verb, "was" | "were" | "is" | "are" | "came")
    {
        rest = &rest[2..];
    }
    let skip = match rest {
        [the, two, ..] if matches!(*the, "The" | "the") && matches!(*two, "two" | "three") => 2,
        // `In 1978, a surgeon …`: lowercase after an opening phrase.
        [first, ..]
            if matches!(
                lower(first).as_str(),
                "a" | "an" | "another" | "one" | "both" | "two" | "three" | "some" | "several"
            ) =>
        {
            1
        }
        _ => return false,
    };
    person_noun_at(&rest[skip..]).is_some()
}

/// True when a sentence's words after its opening phrase, `rest`, have a
/// person described and not named for their subject: someone's (`Her
/// brother`, `His wife`, `my grandmother` after `When I was a girl,`) or
/// `the` one (`The woman`, `the House majority whip`).
pub(super) fn opens_with_someones_relative(rest: &[&str]) -> bool {
    let determined = rest.first().is_some_and(|w| {
        matches!(
            lower(w).as_str(),
            "her" | "his" | "their" | "the" | "my" | "our"
        )
    });
    // `The House majority whip`: an institution named before the role.
    let institution = rest
        .iter()
        .skip(1)
        .take(MAX_INSTITUTION_WORDS)
        .take_while(|w| w.starts_with(char::is_uppercase) && is_institution(w))
        .count();
    let noun = rest.get(1 + institution..).unwrap_or_default();
    // `Today, my friend, you finally lose.`: someone spoken to.
    let addressed =
        |at: usize| noun[at].ends_with(',') && noun.get(at + 1).is_some_and(|w| lower(w) == "you");
    determined
        && (person_noun_at(noun).is_some_and(|at| !addressed(at))
            || (institution > 0
                && noun
                    .iter()
                    .take(MAX_PERSON_MODIFIERS + 1)
                    .take_while(|w| w.starts_with(char::is_lowercase))
                    .any(|w| ROLE_NOUNS.contains(&split_word(w).core))))
}

/// Most capitalised words of an institution before a role (`The House
/// majority whip`).
const MAX_INSTITUTION_WORDS: usize = 2;

#[cfg(test)]
mod tests {
    use super::super::testing::{some, speakers};

    #[test]
    fn a_relation_says_the_gender_of_the_name_set_off_after_it() {
        assert_eq!(
            speakers(&[
                "I received a letter from Tamsin Roe of Ambrose Township. Her husband, Walt Roe, served two tours. With her permission, I'm sharing what she wrote:",
                "“Dear Congressman, I am not asking for special treatment.”",
            ]),
            vec![some("Tamsin Roe")]
        );
    }

    #[test]
    fn the_teller_s_own_relative_told_something_is_whom_he_may_mean() {
        assert_eq!(
            speakers(&[
                "Professor Emil Roe called me into his office and said, “You are bored by it.”",
                "Then I had to tell my father. I drove home to Rio Lindo, two hours. Then he said:",
                "“Mija, I drive a truck.”",
            ]),
            vec![some("Professor Emil Roe"), None]
        );
    }

    #[test]
    fn someone_spoken_to_is_not_the_subject_a_pronoun_means() {
        assert_eq!(
            speakers(&[
                "I have known Bo Park for forty years. [Laughter.] Today, my friend, you finally lose.",
                "He used to say, “A title is just a coat.”",
            ]),
            vec![some("Bo Park")]
        );
    }

    #[test]
    fn someone_unnamed_after_then_there_was_or_an_opening_phrase_stops_a_pronoun() {
        assert_eq!(
            speakers(&[
                "Dr. Bo Park was the one everybody loved.",
                "Then there was a surgeon I won't name. He once told a mother, “Ask the chart.”",
                "Chef Ann Roe opened the place.",
                "But a reviewer from the Elm Gazette came, and she wrote that the carrots “tasted like attention.”",
                "Dr. Bo Park was loved. In 1978, a surgeon came in. He said, “Ask the chart.”",
                "Another visitor, Cy Lee-Banner, 34, came. “It is a library with air,” he said.",
            ]),
            [None, None, None, some("Cy Lee-Banner")]
        );
    }

    #[test]
    fn someone_unnamed_opening_a_clause_before_the_pronoun_stops_it() {
        assert_eq!(
            speakers(&[
                "I thank Mayor Ann Roe for that introduction.",
                "When my grandmother left this town in 1961, she called the line “the only door out.”",
                "When Ann Roe left this town in 1961, she called the line “the only door out.”",
                "I confess that when my mother heard I was coming, she told me, “Eat well.”",
            ]),
            [None, some("Ann Roe"), None]
        );
        // `as a boy`: no clause, and no one else.
        assert_eq!(
            speakers(&[
                "Bo Park recalled visiting the library as a boy. “I spent every quarter,” he said."
            ]),
            [some("Bo Park")]
        );
    }

    #[test]
    fn the_subject_of_a_where_clause_is_whom_a_later_pronoun_may_mean() {
        assert_eq!(
            speakers(&[
                "My grandmother, Rivka Roe, kept the door open.",
                "This week I joined a seder at Beth Shalom, where Rabbi Miriam Park led the prayers. She reminded us of it. “The child asks,” she said.",
            ]),
            [some("Rabbi Miriam Park")]
        );
    }

    #[test]
    fn someone_called_by_a_title_alone_inside_a_sentence_stops_a_pronoun() {
        assert_eq!(
            speakers(&[
                "Darnell Roe ran a great route, and I threw it where Coach told me to. He kept telling us, “Play free.”",
                "“Veterans deserve the best,” said Rep. Allred. He added, “Help them.”",
            ]),
            [None, some("Rep. Allred"), some("Rep. Allred")]
        );
    }
}
