//! The phrase a sentence may open with before its subject: of time or
//! place (`In October 2021,`, `Among those in attendance,`), a spoken
//! filler (`I mean,`), or a description of the person named next (`A
//! nursing student, Ann Roe teared up …`).

use super::given_names::is_given_name;
use super::lexicon::{MAX_ADDRESS_WORDS, OFFICE_TIMES};
use super::names::is_name_word_shape;
use super::words::{is_calendar_word, is_title, lower, verb_len};

/// Words that open a short phrase before a sentence's subject, up to its
/// first comma (`In closing remarks,`, `Last week,`), lowercase.
const OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "for",
    "after",
    "before",
    "later",
    "earlier",
    "finally",
    "also",
    "additionally",
    "meanwhile",
    "then",
    "following",
    "throughout",
    "separately",
    "likewise",
    "similarly",
    "last",
    "this",
    "next",
    "since",
    "over",
    "today",
    "yesterday",
    "tonight",
    "about",
    "nearly",
    "almost",
    // Spanish, Portuguese, French, Italian (`Por su parte,`, `Pour sa
    // part,`, `Durante la visita,`).
    "por",
    "pour",
    "además",
    "asimismo",
    "durante",
    "tras",
    "durant",
    "lors",
    "après",
];

/// Words that open a longer phrase, one that may hold commas of its own,
/// ended by the comma a capitalised word follows (`Through his advocacy
/// and writings, including his letter, Crane has …`), lowercase.
const LONG_OPENERS: &[&str] = &[
    "through",
    "with",
    "among",
    "amid",
    "across",
    "despite",
    "throughout",
    "over",
    "prior",
    "outside",
    "inside",
];

/// Words that open a clause before a sentence's main clause (`When I
/// first came here, Ann Roe drove me …`), lowercase: read past like a
/// longer phrase when a capitalised word follows its comma.
pub(super) const SUBORDINATORS: &[&str] = &[
    "when", "after", "as", "before", "once", "while", "since", "because", "although", "though",
    "if", "until", "whenever",
];

/// Spans of time that open a sentence after `A` (`A year ago,`, `A week
/// later,`), lowercase.
const TIME_SPANS: &[&str] = &["year", "month", "week", "day", "decade", "century", "few"];

/// Parts of a day or seasons after `Last` or `This` (`This morning I`),
/// lowercase.
const DAY_PARTS: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
];

/// Numbers that count a span of time opening a sentence (`Two days
/// before the summit,`), lowercase.
const NUMBERS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
];

/// Most words of a short opening phrase, its comma included.
const MAX_SHORT: usize = 5;

/// Most words of a longer opening phrase or of a description before a name.
const MAX_LONG: usize = 16;

/// Most words of a dateline (`WASHINGTON, D.C. –`, `San Jerónimo
/// Tzintla, Cuautlán, 3 de julio de 2026.—`) before a paragraph's subject.
const MAX_DATELINE: usize = 10;

/// True for a lowercase word of a date written abroad (`3 de julio de
/// 2026`, `le 4 mars`): `de`, `del` or a month's name.
fn is_date_word(word: &str) -> bool {
    let word = lower(word);
    matches!(word.as_str(), "de" | "del") || FOREIGN_MONTHS.contains(&word.as_str())
}

/// Months in Spanish, Portuguese, French and Italian, lowercase.
#[rustfmt::skip]
const FOREIGN_MONTHS: &[&str] = &[
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "setiembre", "octubre", "noviembre", "diciembre", "janeiro", "fevereiro", "março", "maio",
    "junho", "julho", "setembro", "outubro", "novembro", "dezembro", "janvier", "février", "mars",
    "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre",
    "dicembre",
];

/// How many words open a paragraph's sentence before its subject: a
/// dateline (`WASHINGTON, D.C. –`), `Today`, then an opening phrase
/// (`WASHINGTON – Today, Rep. Ann Roe voted …`).
pub(super) fn lead_in_len(words: &[&str]) -> usize {
    // A dateline's words are capitalised (not `His wife, Ann Roe — …`),
    // but for a date's (`San Jerónimo, 3 de julio de 2026.—`).
    let mut from = words
        .iter()
        .take(MAX_DATELINE)
        .position(|w| w.ends_with(['—', '–', '-']) || *w == "--")
        .filter(|&k| {
            words[..k]
                .iter()
                .all(|w| !w.starts_with(char::is_lowercase) || is_date_word(w))
        })
        .map_or(0, |k| k + 1);
    if words
        .get(from)
        .is_some_and(|w| matches!(lower(w).as_str(), "today" | "yesterday" | "tonight"))
    {
        from += 1;
    }
    // `And also, yesterday,`: a conjunction, then opening phrases one
    // after another.
    let conjunction = conjunction_len(&words[from.min(words.len())..]) == 1;
    let mut phrases = conjunction as usize;
    for _ in 0..MAX_OPENING_PHRASES {
        match words.get(from + phrases..).map_or(0, opening_phrase_len) {
            0 => break,
            n => phrases += n,
        }
    }
    if conjunction && phrases == 1 {
        return from;
    }
    from + phrases
}

/// 1 when `words` (a sentence) open with a conjunction (`And he looked
/// …`) or an adverb of sequence standing as one (`Then I met …`), else 0.
pub(super) fn conjunction_len(words: &[&str]) -> usize {
    usize::from(matches!(
        words.first(),
        Some(&("And" | "But" | "So" | "Yet" | "Then" | "Later" | "Afterward" | "Afterwards"))
    ))
}

/// How many words someone addressed takes at the opening of `words` (a
/// sentence), comma included: `Priyanka, your competitor put out …`, `Mr.
/// President, you said`; 0 when the sentence opens otherwise.
pub(super) fn address_len(words: &[&str]) -> usize {
    let Some(comma) = words
        .iter()
        .take(MAX_ADDRESS_WORDS)
        .position(|w| w.ends_with(','))
    else {
        return 0;
    };
    let interjection = INTERJECTIONS.contains(&lower(words[0].trim_end_matches(',')).as_str());
    let addressed = !interjection
        // `Dr. al-Mansouri,`, `Judge van Dijk,`: a particle may be lowercase.
        && words[..=comma]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || is_name_word_shape(w.trim_end_matches(',')))
        // Not `Carla Roe, Your Honor.`: a name, then a title addressed.
        && words.get(comma + 1).is_some_and(|next| {
            if next.starts_with("Your") {
                return false;
            }
            let stem = lower(next);
            let stem = stem.split(['’', '\'']).next().unwrap_or_default();
            // `Camille, Frederick Lau, the CEO of …, said`: a given name
            // alone, then someone named in full.
            let named_next = comma == 0
                && is_given_name(words[0].trim_end_matches(','))
                && is_given_name(next)
                && words
                    .get(comma + 2)
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            ADDRESS_FOLLOWERS.contains(&stem) || named_next
        });
    if addressed { comma + 1 } else { 0 }
}

/// Words opening a spoken sentence before its comma that address no one
/// (`Yeah, I just want to say …`), lowercase.
const INTERJECTIONS: &[&str] = &[
    "yeah", "yes", "no", "well", "look", "okay", "ok", "oh", "sure", "right", "so", "now", "listen",
];

/// Words that follow someone addressed at a sentence's opening, apostrophes
/// and what follows them aside (`you`, `you've`, `I'm`): the speaker, the
/// one addressed, people no one names (`Dr. Roe, some in the industry
/// have called …`) or a question (`Senator, is it true …`), lowercase.
const ADDRESS_FOLLOWERS: &[&str] = &[
    "you", "your", "i", "we", "let", "thank", "thanks", "please", "some", "many", "critics",
    "others", "is", "are", "do", "does", "did", "can", "will", "would", "what", "how", "why",
];

/// Most opening phrases one after another before a subject.
const MAX_OPENING_PHRASES: usize = 3;

/// How many words the phrase opening `words` (a sentence) takes before
/// its subject, comma included: 0 when the sentence opens with its subject.
pub(super) fn opening_phrase_len(words: &[&str]) -> usize {
    let Some(first) = words.first().map(|w| lower(w.trim_end_matches(','))) else {
        return 0;
    };
    let filler = matches!(words, [a, b, ..] if b.ends_with(',')
        && matches!((*a, b.trim_end_matches(',')), ("I", "mean") | ("You", "know")));
    if filler {
        return 2;
    }
    let address = address_len(words);
    if address > 0 {
        return address;
    }
    // `Look, the Senator has said …`: a spoken interjection.
    if words[0].ends_with(',') && INTERJECTIONS.contains(&first.as_str()) {
        return 1;
    }
    // `Last week I was …`, `every Friday she would …`, `This morning
    // President Ann Roe met …`: a time without its comma, before a pronoun
    // or a name.
    if let [_, span, next, ..] = words
        && matches!(
            first.as_str(),
            "last" | "this" | "earlier" | "later" | "every" | "each"
        )
        && (TIME_SPANS.contains(span) || DAY_PARTS.contains(span) || is_calendar_word(span))
        && (matches!(*next, "I" | "we" | "We" | "he" | "she" | "they")
            || (next.starts_with(char::is_uppercase) && !next.ends_with(',')))
    {
        return 2;
    }
    // `Three years ago I stood …`, `A week ago she`: a span counted back
    // without its comma, before a pronoun or a name.
    if let [count, span, ago, next, ..] = words
        && (NUMBERS.contains(&first.as_str())
            || lower(count) == "a"
            || count.chars().all(|c| c.is_ascii_digit()))
        && TIME_SPANS.contains(&lower(span).trim_end_matches('s'))
        && *ago == "ago"
        && (matches!(*next, "I" | "we" | "he" | "she" | "they")
            || (next.starts_with(char::is_uppercase) && !next.ends_with(',')))
    {
        return 3;
    }
    // `On December 9, 2021,`: a year after a date's comma is the date's.
    let comma_within = |most: usize| {
        let mut comma = words.iter().take(most).position(|w| w.ends_with(','))?;
        while words.get(comma + 1).is_some_and(|w| is_year(w)) {
            comma += 1;
        }
        (0..=comma)
            .all(|i| verb_len(&words[i..=i]) == 0)
            .then_some(comma)
    };
    // `A year ago today,`, `Two days before the summit,`: a span of time
    // counted back or forth, up to its comma.
    let span = matches!(words, [_, span, ..]
        if TIME_SPANS.contains(&lower(span.trim_end_matches(',').trim_end_matches('s')).as_str()));
    if span && NUMBERS.contains(&first.as_str()) {
        return long_phrase_len(words, false, |_| true);
    }
    if (first == "a" && span || OPENERS.contains(&first.as_str()))
        && let Some(comma) = comma_within(MAX_SHORT)
    {
        return comma + 1;
    }
    // `In a brief interview on Wednesday, Ann Roe told …`, `A RACC
    // student, Ann Roe teared up …`: up to the comma a capitalised word
    // follows.
    let long = OPENERS.contains(&first.as_str())
        || LONG_OPENERS.contains(&first.as_str())
        || SUBORDINATORS.contains(&first.as_str())
        || matches!(first.as_str(), "a" | "an");
    // `Speaking for the Savanna states, Prime Minister Ann Roe thanked …`,
    // `Citing the report, Bo Park said …`: a participle's phrase.
    // `Asked what the crew ate, Bo Park laughed`: a question put to the
    // subject.
    let participle = (first.len() > 4
        && first.ends_with("ing")
        && !first.ends_with("thing")
        && !matches!(first.as_str(), "morning" | "evening" | "spring")
        || matches!(first.as_str(), "asked" | "pressed" | "questioned"))
        && words[0] != first;
    if participle {
        // `Asked whether …, the Taoiseach was cautious.`; a question put
        // may hold verbs of its own (`Asked whether he thought …,`).
        let asked = matches!(first.as_str(), "asked" | "pressed" | "questioned");
        let rest = long_phrase_len(&words[1..], asked, |after| {
            after[0].starts_with(char::is_uppercase)
                || (after[0] == "the" && after.get(1).is_some_and(|title| is_title(title)))
        });
        return if rest > 0 { rest + 1 } else { 0 };
    }
    if !long {
        return 0;
    }
    // `When I was a girl, my grandmother kept …`: after a clause, someone's
    // relative may be the subject too.
    let clause = SUBORDINATORS.contains(&first.as_str());
    long_phrase_len(words, false, |after| {
        let next = after[0];
        next.starts_with(char::is_uppercase)
            || (clause && matches!(next, "my" | "his" | "her" | "their" | "our"))
            // `At the ministerial last month, the Rt Hon Ann Roe said`,
            // `When the results came, outgoing Prime Minister Ann Roe …`.
            || ((next == "the" || OFFICE_TIMES.contains(&next))
                && after.get(1).is_some_and(|title| is_title(title)))
    })
}

/// How many words a longer opening phrase takes, up to its first comma
/// (within [`MAX_LONG`] words and, unless `verbs_inside`, before any speech
/// verb) whose next words `end_it`; 0 when none does.
fn long_phrase_len(words: &[&str], verbs_inside: bool, end_it: impl Fn(&[&str]) -> bool) -> usize {
    // `the states,`, `the Savanna states,`: after a determiner (and a
    // name), a plural noun.
    let determiner = |w: &str| matches!(lower(w).as_str(), "the" | "its" | "their" | "our");
    let noun = |k: usize| {
        let plural = words[k].trim_end_matches(',').ends_with('s') && lower(words[k]) != "says";
        plural
            && ((k >= 1 && determiner(words[k - 1]))
                || (k >= 2
                    && determiner(words[k - 2])
                    && words[k - 1].starts_with(char::is_uppercase)))
    };
    // `a message posted to the blog`: a participle after an article and a
    // noun describes the noun.
    let describing = |k: usize| {
        k >= 2
            && matches!(lower(words[k - 2]).as_str(), "a" | "an" | "the")
            && words[k - 1].chars().all(char::is_lowercase)
            && words[k].ends_with("ed")
    };
    (0..words.len().min(MAX_LONG))
        .take_while(|&k| verbs_inside || verb_len(&words[k..=k]) == 0 || noun(k) || describing(k))
        .find(|&k| words[k].ends_with(',') && k + 1 < words.len() && end_it(&words[k + 1..]))
        .map_or(0, |comma| comma + 1)
}

/// True for a year with its comma (`2021,`).
fn is_year(word: &str) -> bool {
    word.strip_suffix(',')
        .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn len(sentence: &str) -> usize {
        let words: Vec<&str> = sentence.split_whitespace().collect();
        opening_phrase_len(&words)
    }

    #[test]
    fn a_participle_describing_a_noun_stays_inside_the_opening_phrase() {
        assert_eq!(
            len("In a message posted to the company's blog Monday night, Roe wrote:"),
            10
        );
    }

    #[test]
    fn someone_addressed_or_an_interjection_opens_a_sentence() {
        assert_eq!(len("Priyanka, your competitor put out"), 1);
        assert_eq!(len("Madam Secretary Ann Roe, you said"), 4);
        assert_eq!(len("Look, the senator has said"), 1);
        assert_eq!(len("Dr. al-Mansouri, some in the industry have called"), 2);
        assert_eq!(
            len("Camille, Frederick Lau, the CEO of Elm Resorts, said"),
            1
        );
        let words = ["Yeah,", "I", "just", "want"];
        assert_eq!(address_len(&words), 0);
        let words = ["Carla", "Roe,", "Your", "Honor."];
        assert_eq!(address_len(&words), 0);
    }

    #[test]
    fn phrases_of_time_and_place_are_read_past() {
        assert_eq!(len("In October 2021, Ann Roe said"), 3);
        assert_eq!(len("Among those in attendance, Ann Roe said"), 4);
        assert_eq!(len("A year ago today, Ann Roe said"), 4);
        assert_eq!(len("Two days before the summit, Ann Roe said"), 5);
        assert_eq!(len("In a brief interview on Wednesday, Ann Roe told"), 6);
        assert_eq!(len("On December 9, 2021, Ann Roe said"), 4);
        assert_eq!(len("Speaking for the states, Ann Roe thanked"), 4);
    }

    #[test]
    fn a_conjunction_and_opening_phrases_one_after_another_lead_in() {
        let lead_in = |s: &str| lead_in_len(&s.split_whitespace().collect::<Vec<_>>());
        assert_eq!(lead_in("And also, yesterday, Ann Roe said"), 3);
        assert_eq!(
            lead_in("On May 1, in answer to the mayor, Ann Roe wrote"),
            8
        );
        assert_eq!(lead_in("WASHINGTON – Today, Ann Roe voted"), 3);
        assert_eq!(
            lead_in("Yet when the votes came, outgoing Prime Minister Ann Roe said"),
            5
        );
        // A conjunction alone is no lead-in.
        assert_eq!(lead_in("And Ann Roe said"), 0);
        assert_eq!(lead_in("But the plan, Ann Roe said"), 0);
    }

    #[test]
    fn a_description_before_a_name_is_read_past() {
        assert_eq!(len("A nursing student, Ann Roe teared up"), 3);
        assert_eq!(len("An advocate for towns, Bo Park said"), 4);
    }

    #[test]
    fn a_sentence_opening_with_its_subject_has_no_phrase() {
        assert_eq!(len("Ann Roe said, in October,"), 0);
        assert_eq!(len("I mean, this is it"), 2);
        assert_eq!(len("A bill said, in effect, Nothing"), 0);
        assert_eq!(len("In the end the plan and the law were, saying"), 0);
        assert_eq!(len("Nothing about the plan, Ann Roe said, works"), 0);
    }
}
