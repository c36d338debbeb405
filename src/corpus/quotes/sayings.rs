//! Sayings a text says are someone's: `Lee’s statement reads`, `his
//! final message`, `your written testimony`, `Statement from Ann Roe`, `the
//! words of Ann Roe` — whose words the quotation after them is.

use super::lexicon::{
    DOCUMENTS, MAX_SAYING_ADJECTIVES, OFFICE_TIMES, SAYINGS, TITLE_LINKS, is_title,
};
use super::names::WRITINGS;
use super::referents::{Attribution, possessive};
use super::subject::{subject_backward, subject_forward};
use super::words::{is_possessive, lower, sentence_start, split_word};

/// The person whose saying is the subject of `verb`: `Lee’s statement`
/// (`reads: "…"`), `the Governor’s letter`, `the Forum’s Boe Declaration
/// on Regional Security` (`states, "…"`), `the Queen’s message` when it
/// `reads` (not `was clear:`, which sums it up).
pub(super) fn possessed_saying(words: &[&str], verb: &str) -> Option<Attribution> {
    // `His email to the regional director said`: to whom it was written
    // follows the saying.
    let words = match (words.len().saturating_sub(MAX_ADDRESSEE_WORDS)..words.len())
        .find(|&p| p >= 2 && words[p] == "to" && is_written(words[p - 1]))
    {
        Some(to) if words[to..].iter().all(|w| !split_word(w).stop) => &words[..to],
        _ => words,
    };
    // `his email`, `your written testimony`: whose it is.
    if let Some(noun) = words.len().checked_sub(1)
        && let Some(owner_at) = (noun.saturating_sub(MAX_SAYING_ADJECTIVES + 1)..noun)
            .find(|&k| possessive(words[k]).is_some() || lower(words[k]) == "your")
        && let Some(owner) = owned_saying(&words[owner_at..])
    {
        return Some(owner);
    }
    let (noun, _) = words.split_last()?;
    if split_word(noun).stop {
        return None;
    }
    let noun = lower(noun);
    let message = noun == "message" && matches!(verb, "reads" | "read" | "states" | "stated");
    let saying = if SAYINGS.contains(&noun.as_str()) || message {
        words.len() - 1
    } else {
        document_name_start(words)?
    };
    owner_before(&words[..saying])
}

/// Who owns a saying whose owner, with `’s`, ends `words` (`… the Elm
/// Council’s`, `… Lee’s`): a name or a title.
pub(super) fn owner_before(words: &[&str]) -> Option<Attribution> {
    let (owner, before) = words.split_last()?;
    let stem = owner
        .strip_suffix("’s")
        .or_else(|| owner.strip_suffix("'s"))?;
    // `The Elm Council’s statement`: the article opening the sentence.
    let mut run: Vec<&str> = before
        .iter()
        .map(|w| if *w == "The" { "the" } else { w })
        .collect();
    run.push(stem);
    subject_backward(&run).filter(|a| matches!(a, Attribution::Name(_) | Attribution::Title(_)))
}

/// Whose saying `phrase` is, when it is exactly an owner (`his`, `her`,
/// `your`), at most a few describing words and a saying (`his final
/// message`, `your written testimony`, `her email`).
pub(super) fn owned_saying(phrase: &[&str]) -> Option<Attribution> {
    let (owner, rest) = phrase.split_first()?;
    let (noun, adjectives) = rest.split_last()?;
    let described = adjectives.len() <= MAX_SAYING_ADJECTIVES
        && adjectives
            .iter()
            .all(|w| w.starts_with(char::is_lowercase) && !split_word(w).stop);
    if !described || !is_written(split_word(noun).core) {
        return None;
    }
    possessive(owner).or_else(|| (lower(owner) == "your").then_some(Attribution::SecondPerson))
}

/// Most words after a saying naming to whom it was written (`to the
/// regional director`).
const MAX_ADDRESSEE_WORDS: usize = 6;

/// True for a noun of something said or written to someone (`letter`,
/// `email`).
fn is_written(word: &str) -> bool {
    let noun = lower(word);
    SAYINGS.contains(&noun.as_str())
        || matches!(noun.as_str(), "email" | "note" | "text" | "message")
}

/// Most words of a document's own name.
const MAX_DOCUMENT_NAME: usize = 8;

/// Where the name of a document ending `words` starts, when one does: its
/// words capitalised (or linking, as `on`, `of`), one of them a kind of
/// document (`Boe Declaration on Regional Security`).
fn document_name_start(words: &[&str]) -> Option<usize> {
    let mut start = words.len();
    while start > 0
        && words.len() - start < MAX_DOCUMENT_NAME
        && !is_possessive(words[start - 1])
        && (words[start - 1].starts_with(char::is_uppercase)
            || TITLE_LINKS.contains(&words[start - 1]))
    {
        start -= 1;
    }
    let name = &words[start..];
    (name.first()?.starts_with(char::is_uppercase) && name.iter().any(|w| DOCUMENTS.contains(w)))
        .then_some(start)
}

/// Most lowercase words describing a person before their name.
const MAX_DESCRIPTION_WORDS: usize = 5;

/// The words after a lowercase description and its comma that open
/// `words` (`another young poet, Ann Roe:` gives `Ann Roe:`), or all of
/// `words` when no description opens them.
fn after_description<'a, 'w>(words: &'a [&'w str]) -> &'a [&'w str] {
    let comma = words
        .iter()
        .take(MAX_DESCRIPTION_WORDS)
        .position(|w| w.ends_with(','));
    match comma {
        Some(at)
            if words[..=at]
                .iter()
                .all(|w| w.starts_with(char::is_lowercase)) =>
        {
            &words[at + 1..]
        }
        // `the late President Ann Roe`: a time in office before a title.
        _ => {
            let article = usize::from(words.first() == Some(&"the"));
            let times = words[article..]
                .iter()
                .take_while(|w| OFFICE_TIMES.contains(w))
                .count();
            let title = article + times;
            if times > 0
                && words
                    .get(title)
                    .is_some_and(|w| is_title(split_word(w).core))
            {
                &words[title..]
            } else {
                words
            }
        }
    }
}

/// The person whose saying `sentence` names: `Statement from Ann Roe`,
/// `the words of Ann Roe`, `Ann Roe’s remarks`.
pub(super) fn named_saying(sentence: &[&str]) -> Option<Attribution> {
    let lowered: Vec<String> = sentence.iter().map(|w| lower(w)).collect();
    let at = |word: &str| lowered.iter().position(|w| w == word);
    // `Statement from Ann Roe:`, `The words of Ann Roe still ring true:`.
    if let Some(k) = at("statement")
        .or_else(|| at("remarks"))
        .or_else(|| lowered.iter().position(|w| SAYINGS.contains(&w.as_str())))
        && matches!(
            lowered.get(k + 1).map(String::as_str),
            Some("from" | "by" | "of")
        )
    {
        let rest = &sentence[k + 2..];
        if let Some((attribution, _, _)) = subject_forward(after_description(rest))
            && matches!(attribution, Attribution::Name(_) | Attribution::Title(_))
        {
            return Some(attribution);
        }
    }
    // `Quotes attributable to Premier Ann Roe:`, as Australian releases
    // head each speaker's quotations.
    if let Some(k) = at("attributable")
        && lowered.get(k + 1).is_some_and(|w| w == "to")
        && let Some((attribution, _, _)) = subject_forward(&sentence[k + 2..])
        && matches!(attribution, Attribution::Name(_) | Attribution::Title(_))
    {
        return Some(attribution);
    }
    // `Thune's remarks`: a possessive name before a saying; after a
    // writing's head (`Excerpt of Thune's remarks`), from the name on.
    let sentence = match sentence {
        [head, link, rest @ ..] if WRITINGS.contains(head) && matches!(*link, "of" | "from") => {
            rest
        }
        _ => sentence,
    };
    if is_topic(sentence) {
        return None;
    }
    let lowered: Vec<String> = sentence.iter().map(|w| lower(w)).collect();
    for (k, word) in sentence.iter().enumerate() {
        let possessive = word.strip_suffix("’s").or_else(|| word.strip_suffix("'s"));
        if let Some(stem) = possessive
            && lowered
                .get(k + 1)
                .is_some_and(|n| SAYINGS.contains(&n.as_str()))
        {
            let mut run = sentence[..k].to_vec();
            run.push(stem);
            if let Some(Attribution::Name(name)) = subject_backward(&run) {
                return Some(Attribution::Name(name));
            }
        }
    }
    None
}

/// The writing a lead goes on quoting after a break (`The letter
/// continues:`, `The ruling goes on,`, `It concludes:`): its noun
/// (`letter`), empty for `It`; `None` for any other lead.
pub(super) fn writing_goes_on(lead: &str) -> Option<String> {
    if !lead.trim_end().ends_with([':', ',']) {
        return None;
    }
    let words: Vec<String> = lead.split_whitespace().map(lower).collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let (noun, verb_at) = match words.as_slice() {
        ["it", ..] => ("", 1),
        ["the", rest @ ..] => {
            let k = rest
                .iter()
                .take(MAX_SAYING_ADJECTIVES + 1)
                .position(|w| SAYINGS.contains(w) || GOING_ON_WRITINGS.contains(w))?;
            (rest[k], k + 2)
        }
        _ => return None,
    };
    matches!(
        words.get(verb_at..),
        Some(
            ["continues" | "continued" | "concludes" | "concluded" | "adds" | "added"]
                | ["goes" | "went", "on"]
        )
    )
    .then(|| noun.to_string())
}

/// Writings besides [`SAYINGS`] a release may quote on after a break
/// (`The ruling goes on:`), lowercase.
const GOING_ON_WRITINGS: &[&str] = &[
    "ruling",
    "opinion",
    "decision",
    "order",
    "memo",
    "email",
    "note",
    "message",
    "post",
    "report",
    "subpoena",
    "communiqué",
    "communique",
    "resolution",
    "declaration",
];

/// Whose saying a sentence reading it out (`It reads:`, `The statement
/// reads as follows:`) passes on: the one the sentence before names
/// (`I will read a statement from Secretary Ann Roe.`).
pub(super) fn read_on(before: &[&str], sentence: &[&str]) -> Option<Attribution> {
    let lowered: Vec<String> = sentence.iter().map(|w| lower(w)).collect();
    let verb_at = match lowered.first().map(String::as_str)? {
        "it" => 1,
        "the" | "this"
            if lowered
                .get(1)
                .is_some_and(|w| SAYINGS.contains(&w.as_str())) =>
        {
            2
        }
        _ => return None,
    };
    let rest: Vec<&str> = lowered[verb_at..].iter().map(String::as_str).collect();
    let reads = matches!(
        rest.as_slice(),
        ["reads" | "says" | "states"]
            | ["reads" | "says", "as", "follows"]
            | ["reads", "in", "full"]
    );
    if !reads || !sentence.last()?.ends_with(':') {
        return None;
    }
    let previous = &before[sentence_start(&before[..before.len().saturating_sub(1)])..];
    named_saying(previous)
}

/// Whose writing a sentence reads out after a colon when it names `the
/// letter` and the sentence before has someone write it (`Mr. Ann Roe
/// wrote to the Senator's office in August. With his permission, the
/// Senator read portions of the letter aloud on the floor:`): the writer.
pub(super) fn letter_read(before: &[&str], sentence: &[&str]) -> Option<Attribution> {
    let names_letter = sentence.windows(2).any(|w| {
        matches!(lower(w[0]).as_str(), "the" | "that")
            && matches!(
                lower(split_word(w[1]).core).as_str(),
                "letter" | "email" | "note" | "message"
            )
    });
    let reads = sentence.iter().any(|w| {
        matches!(
            lower(split_word(w).core).as_str(),
            "read" | "reads" | "quoted" | "shared"
        )
    });
    if !names_letter || !reads || !sentence.last()?.ends_with(':') {
        return None;
    }
    let previous = &before[sentence_start(&before[..before.len().saturating_sub(1)])..];
    let wrote = previous
        .iter()
        .position(|w| matches!(lower(w).as_str(), "wrote" | "emailed"))?;
    match subject_backward(&previous[..wrote])? {
        found @ Attribution::Name(_) => Some(found),
        _ => None,
    }
}

/// Words a sentence showing or receiving a writing opens with (`This is
/// a text message from …`, `I received a letter from …`), lowercase:
/// its writer is then the only person the sentence brings in.
const SHOWN_BY: &[&str] = &["this", "here", "that", "i", "we"];

/// The writer a sentence showing or receiving a writing names after
/// `from` (`This is a text message from your head of communications, Ms.
/// Bo Park, to you.`, `I received a letter from Ann Roe.`), and where the
/// name starts: whom a later `she writes:` means.
pub(super) fn writer_shown(sentence: &[&str]) -> Option<(usize, Attribution)> {
    if !SHOWN_BY.contains(&lower(sentence.first()?).as_str()) {
        return None;
    }
    let from = (1..sentence.len().saturating_sub(1))
        .find(|&k| sentence[k] == "from" && names_a_writing(&sentence[..k]))?;
    let rest = &sentence[from + 1..];
    let described = after_description(rest);
    let (attribution, _, _) = subject_forward(described)?;
    let start = from + 1 + rest.len() - described.len();
    matches!(attribution, Attribution::Name(_)).then_some((start, attribution))
}

/// True when `words` end with a writing shown (`a text message`), or with
/// one of several read out (`This one's`, `This next one is`, `this
/// letter comes`): what `from` and its writer follow.
fn names_a_writing(words: &[&str]) -> bool {
    let Some((last, before)) = words.split_last() else {
        return false;
    };
    let last = split_word(last).core;
    let one = |w: &str| lower(w) == "one" || is_written(split_word(w).core);
    is_written(last)
        || matches!(lower(last).as_str(), "one's" | "one’s")
        || (matches!(last, "is" | "comes") && before.last().is_some_and(|w| one(w)))
}

/// True for a heading naming what the quotation after it is about (`On
/// President Lee’s speech yesterday:`, `Regarding the vote:`).
pub(super) fn is_topic(sentence: &[&str]) -> bool {
    sentence.first().is_some_and(|w| {
        matches!(
            lower(w).as_str(),
            "on" | "about" | "regarding" | "re" | "concerning"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{some, speakers};

    #[test]
    fn one_of_the_letters_read_out_is_its_writer_s() {
        assert_eq!(
            speakers(&[
                "DANNY: My grandfather, Walter Roe, used to say, “If the road doesn't reach you, you don't exist.”",
                "BEX: We got a lot of mail. This one's from Ruben Park in Kettering Falls. He writes, quote, “My daughter does her homework in the parking lot.”",
            ]),
            [some("Walter Roe"), some("Ruben Park")]
        );
    }

    #[test]
    fn a_writing_quoted_on_after_a_break_keeps_its_writer() {
        assert_eq!(
            speakers(&[
                "In the subpoena letter, Chairman Bo Park wrote: “The Committee has reason to believe.”",
                "The letter continues: “Failure to comply may result in further action.”",
            ]),
            [some("Chairman Bo Park"), some("Chairman Bo Park")]
        );
        // Not a writing someone else's speech quoted inside it.
        assert_eq!(
            speakers(&[
                "Leader Ann Roe said: “A coalition published a statement. ‘We urge you to oppose it.’",
                "“They went on: ‘It is contrary to the vision of the Senate.’",
                "The statement continued: ‘The community has accepted the rule.’",
            ]),
            [some("Leader Ann Roe"), None]
        );
    }

    #[test]
    fn the_words_of_a_person_described_before_their_name_are_theirs() {
        assert_eq!(
            speakers(&[
                "When doubt creeps in, we remember the words of another young poet, Ann Roe:",
                "“Like light, we bend.”",
                "We remember the words of the valley, its rivers and its hills:",
                "“Like light, we bend.”",
            ]),
            [some("Ann Roe"), None]
        );
    }

    #[test]
    fn an_excerpt_of_a_persons_remarks_is_theirs() {
        assert_eq!(
            speakers(&[
                "Sen. Ann Roe led a press conference on the bill.",
                "Excerpt of Roe’s remarks below:",
                "“We know what is coming next. We will fight it.”",
            ]),
            [some("Ann Roe")]
        );
        // A message that reads is its sender's; one that was clear is
        // summed up by someone else.
        assert_eq!(
            speakers(&[
                "Queen Isolde sent a message to the flooded province.",
                "The Queen’s message reads:",
                "“It is with great sadness that I have followed the news.”",
                "The Queen’s message was clear: “we are with you.”",
            ]),
            [some("Queen Isolde"), None]
        );
    }

    #[test]
    fn a_statement_read_out_is_its_authors() {
        assert_eq!(
            speakers(&[
                "Before I take questions, I will read a statement from Secretary Ann Roe on the storm. It reads:",
                "“Our thoughts are with the families.",
                "“We will rebuild.”",
                "I have a statement from Senator Bo Park on the bill. It reads: “We will pass it.”",
                "The statement reads: “Nobody is above the law.”",
            ]),
            [some("Secretary Ann Roe"), some("Senator Bo Park"), None]
        );
    }

    #[test]
    fn the_writer_of_a_writing_shown_is_whom_she_means() {
        assert_eq!(
            speakers(&[
                "Exhibit 23. This is a text message from your head of communications, Ms. Bea Sorensen-Wade, to you. She writes: “Reporters are asking. What do I say?”",
                "I received a letter from Mary Ellen Cho of Dayton. She writes: “We paid.”",
            ]),
            [some("Ms. Bea Sorensen-Wade"), some("Mary Ellen Cho")]
        );
    }

    #[test]
    fn an_agent_goes_on_quoting() {
        assert_eq!(
            speakers(&[
                "Special Agent Lucinda Harmon told me directly, ‘Anything you say, they’ll read.’",
                "Mr. Lindahl writes: “We are one email away.” He goes on: “I cannot sign off.”",
            ]),
            [
                some("Agent Lucinda Harmon"),
                some("Mr. Lindahl"),
                some("Mr. Lindahl")
            ]
        );
    }

    #[test]
    fn your_written_testimony_is_the_one_addressed() {
        assert_eq!(
            speakers(&[
                "Dr. Ann Roe-Park, your written testimony says the failures were “predictable and predicted.” Could you explain?",
            ]),
            [some("Ann Roe-Park")]
        );
    }
}
