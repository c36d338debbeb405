//! A paragraph that introduces the quotation after it: `X released the
//! following statement:`, `Statement from President Lee:`.

use super::clause::subject_before;
use super::lexicon::{INTRO_VERBS, PARTICIPLES, SAYINGS, VERBS, is_determiner, is_past};
use super::names::is_person_name;
use super::openers::lead_in_len;
use super::referents::{Attribution, possessive};
use super::runs::name_forward;
use super::sayings::{is_topic, letter_read, named_saying, read_on};
use super::subject::subject_backward;
use super::words::{
    is_calendar_word, is_possessive, lower, sentence_start, split_word, strip_possessive, unglued,
    verb_len,
};

/// True for a verb that attributes or introduces a quote.
/// A capitalised word is not one (`United States`, `Says` in a heading).
pub(super) fn is_intro_verb(word: &str) -> bool {
    if word.starts_with(char::is_uppercase) {
        return false;
    }
    let word = lower(word);
    !word.is_empty()
        && (VERBS.contains(&word.as_str())
            || INTRO_VERBS.contains(&word.as_str())
            || PARTICIPLES.contains(&word.as_str()))
}

/// True for a paragraph that announces a statement (`… issued the following
/// statement after …`) rather than ending with a colon.
pub(super) fn introduces(text: &str) -> bool {
    text.trim_end().ends_with([':', '…'])
        || text.trim_end().ends_with("...")
        || text.contains("statement")
        || text.contains("following")
        || text.contains("remarks")
}

/// The speaker named by a paragraph that introduces the quote after it:
/// `Rep. X (R-OK) released the following statement:`. The sentence that
/// introduces (the one ending the paragraph) is read, from its first verb.
pub(super) fn intro_attribution(text: &str) -> Option<Attribution> {
    let text = unglued(text);
    let words: Vec<&str> = text.split_whitespace().collect();
    // `… a statement from Secretary Ann Roe. It reads:`.
    let last = sentence_start(&words[..words.len().saturating_sub(1)]);
    if let Some(owner) = read_on(&words[..last], &words[last..])
        .or_else(|| letter_read(&words[..last], &words[last..]))
    {
        return Some(owner);
    }
    // The introducing sentence: the last one, or the one announcing a statement.
    let mut start = sentence_start(&words[..words.len().saturating_sub(1)]);
    if let Some(at) = words
        .iter()
        .position(|w| lower(w) == "following" || lower(w) == "statement")
    {
        start = sentence_start(&words[..at]);
    }
    let sentence = &words[start..];
    // `…, Ann Roe issued the following statement:`: the verb that governs
    // the statement, whatever verbs a clause before it holds (`guidance
    // will be issued to ban evictions`).
    let governing = words.windows(3).position(|w| {
        is_intro_verb(w[0])
            && matches!(lower(w[1]).as_str(), "the" | "a")
            && lower(w[2]) == "following"
    });
    if let Some(found) = governing
        .filter(|&k| k >= start)
        .and_then(|k| subject_before(&words, k))
    {
        return Some(found);
    }
    match first_verb(sentence).or_else(|| read_out(sentence)) {
        Some(k) => subject_before(&words, start + k),
        None => verbless_intro(sentence),
    }
}

/// Where `read` is in a sentence having someone read out their own
/// statement (`She then read a statement on behalf of the family:`): not
/// one someone else wrote (`read a letter from Ann Roe`, which
/// [`verbless_intro`] gives its writer).
fn read_out(sentence: &[&str]) -> Option<usize> {
    let k = sentence.iter().position(|w| *w == "read")?;
    // `You can read the op-ed here`: not someone's reading in the past.
    if k > 0 && AUXILIARIES.contains(&lower(sentence[k - 1]).as_str()) {
        return None;
    }
    let object = &sentence[k + 1..];
    let saying = object
        .iter()
        .take(3)
        .any(|w| SAYINGS.contains(&lower(split_word(w).core).as_str()));
    // `on behalf of the family`: read out for others, still the reader's.
    let anothers = object
        .iter()
        .enumerate()
        .any(|(j, w)| match lower(w).as_str() {
            "from" | "by" => true,
            "of" => j == 0 || lower(object[j - 1]) != "behalf",
            _ => false,
        });
    (saying && !anothers && named_saying(object).is_none()).then_some(k)
}

/// Where the first verb that attributes or introduces a quote is in a
/// sentence, two-word verbs (`put it`) included.
fn first_verb(sentence: &[&str]) -> Option<usize> {
    let is_verb = |k: usize| is_intro_verb(sentence[k]) || verb_len(&sentence[k..]) > 1;
    // `In a message posted to the blog, Roe wrote:`: past a participle in
    // the opening phrase, when a verb follows it with one subject (not
    // `A, B, and C stated:`).
    let opening = lead_in_len(sentence).min(sentence.len());
    (opening..sentence.len())
        .find(|&k| is_verb(k))
        .filter(|&k| {
            !sentence[opening..k]
                .iter()
                .any(|w| matches!(*w, "and" | "&"))
        })
        .or_else(|| (0..sentence.len()).find(|&k| is_verb(k)))
}

/// Words before a verb's past form that make it no one's doing in the
/// past (`as delivered`, `were given`, `you can read`), lowercase.
const AUXILIARIES: &[&str] = &[
    "as", "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "can", "could",
    "will", "would", "shall", "should", "may", "might", "must", "to", "do", "does", "did",
];

/// Times whose possessive says when, not whose (`last night’s
/// statement`), lowercase.
const TIMES: &[&str] = &[
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "night",
    "morning",
    "afternoon",
    "evening",
    "day",
    "week",
    "weekend",
    "month",
    "year",
    "decade",
    "century",
];

/// Most words of an introduction that names no one (`Interview excerpt:`).
const MAX_VOICE_INTRO: usize = 12;

/// Participles that say words are set on something rather than said
/// (`the words painted over the entrance`), lowercase.
const INSCRIBED: &[&str] = &[
    "painted",
    "written",
    "carved",
    "inscribed",
    "engraved",
    "printed",
    "posted",
    "etched",
    "stitched",
    "displayed",
];

/// The speaker an introduction without a verb names: `Statement from
/// President Lee:`, `Statement from the President:`, `Thune's remarks
/// below:`; and the release's own voice for one naming no one (`Key
/// excerpts from the interview:`).
pub(super) fn verbless_intro(sentence: &[&str]) -> Option<Attribution> {
    if let Some(owner) = named_saying(sentence) {
        return Some(owner);
    }
    let lowered: Vec<String> = sentence.iter().map(|w| lower(w)).collect();
    // `Her words still guide us:`, `in his own words:` — whose words a
    // pronoun says, not the voice's.
    for (k, word) in lowered.iter().enumerate() {
        let own = usize::from(lowered.get(k + 1).is_some_and(|n| n == "own"));
        let saying = lowered
            .get(k + 1 + own)
            .is_some_and(|n| SAYINGS.contains(&split_word(n).core));
        if saying && let Some(owner) = possessive(word) {
            return Some(owner);
        }
        if saying && matches!(word.as_str(), "their" | "its") {
            return None;
        }
    }
    let names_someone = (0..sentence.len())
        .any(|k| name_forward(&sentence[k..]).is_some_and(|(name, _, _)| is_person_name(&name)));
    // `the words painted over the entrance:`: a sign, no one's saying.
    let inscribed = lowered
        .windows(2)
        .any(|w| SAYINGS.contains(&w[0].as_str()) && INSCRIBED.contains(&w[1].as_str()));
    if inscribed {
        return None;
    }
    let announces = lowered.iter().any(|w| SAYINGS.contains(&w.as_str()));
    // `The crowd chanted the words:`: someone's doing in the past, not the
    // release's own heading (`Remarks as delivered:` describes its words).
    let told_of = (1..lowered.len()).any(|k| {
        let before = lowered[k - 1].as_str();
        // `the op-ed`: after a determiner, a noun.
        is_past(&lowered[k])
            && !is_determiner(before)
            && !AUXILIARIES.contains(&before)
            && !SAYINGS.contains(&before)
    });
    if sentence.len() > MAX_VOICE_INTRO || !announces || told_of {
        return None;
    }
    // `The ministry’s position was set out in last night’s statement:`:
    // someone's, not the voice's own heading; `Congressman Roe’s floor
    // statement as prepared:`, the person's. Not a topic's (`On President
    // Lee’s speech yesterday:`).
    let owner = sentence.iter().position(|w| {
        let stem = strip_possessive(w);
        is_possessive(w) && !is_calendar_word(stem) && !TIMES.contains(&lower(stem).as_str())
    });
    match owner {
        Some(k) if !is_topic(sentence) => {
            let mut run = sentence[..k].to_vec();
            run.push(strip_possessive(sentence[k]));
            subject_backward(&run).filter(|a| match a {
                Attribution::Name(name) => is_person_name(name),
                Attribution::Title(_) => true,
                _ => false,
            })
        }
        _ if names_someone && !is_topic(sentence) => None,
        _ => Some(Attribution::FirstPerson),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{some, speakers};

    #[test]
    fn the_verb_after_an_opening_phrase_introduces_the_paragraph_after() {
        assert_eq!(
            speakers(&[
                "Kenji Roe-Ford spoke.",
                "In a message posted to the company's blog Monday night, Roe-Ford wrote:",
                "“To our customers: on October 19 our team found something.”",
            ]),
            [some("Kenji Roe-Ford")]
        );
        // Not the last of several people.
        assert_eq!(
            speakers(&[
                "In the Joint Statement issued after their summit, President Ann Roe, President Bo Park, and President Jo Lee stated:",
                "“We intend to work together.”",
            ]),
            [None]
        );
    }

    #[test]
    fn someones_doing_in_the_past_is_no_heading_of_the_release_s_own() {
        use super::super::testing::speakers_in;
        assert_eq!(
            speakers_in(
                "Statement from President Ann Roe on the Passing of Bo Park",
                None,
                &[
                    "Bo Park was a prisoner. The crowds chanted the words that gave the movement its name: “Freedom Now.”",
                    "Key excerpts from the speech: “We will not build a democracy of victors.”",
                ],
            ),
            [None, some("President Ann Roe")]
        );
    }

    #[test]
    fn a_saying_someone_owns_is_theirs_not_the_voice_s() {
        use super::super::testing::speakers_in;
        assert_eq!(
            speakers_in(
                "Roe on Fox News",
                None,
                &[
                    "The ministry’s position was set out in last night’s statement:",
                    "“Dialogue remains open.”",
                    "Congressman Bo Park’s floor statement as prepared for delivery:",
                    "“Madam Speaker, I rise today.”",
                    "On President Lee’s speech in Georgia yesterday:",
                    "“He is attacking his own members.”",
                ],
            ),
            // Not President Lee's: the topic's.
            [None, some("Congressman Bo Park"), None]
        );
    }

    #[test]
    fn a_dateline_dash_glued_to_the_next_word_ends_the_dateline() {
        assert_eq!(
            speakers(&[
                "ELM CITY, GA –Today, Congressman Bo Park, Jr. (GA-02) issued the following statement:",
                "\"We were shocked to learn of the news.\"",
            ]),
            [some("Congressman Bo Park")]
        );
    }

    #[test]
    fn an_introduction_ending_in_a_full_stop_or_with_a_lost_space_still_introduces() {
        assert_eq!(
            speakers(&[
                "Elm City, OH - Congressman Bo Park, OH-11, today released the following statement on the flood.",
                "\"I weep for the families who lost their homes.\"",
                "Rep. Ann Roe wrote to the Governor. In her letter this month,she noted:",
                "\"The river must be cleaned up now.\"",
            ]),
            [some("Congressman Bo Park"), some("Rep. Ann Roe")]
        );
    }

    #[test]
    fn the_verb_before_the_following_statement_governs_it() {
        assert_eq!(
            speakers(&[
                "WASHINGTON -- In response to news that guidance will be issued to ban evictions, Congressman Bo Park (CA-34), a member of the Elm Caucus, issued the following statement:",
                "\"Today the administration answered our call.\"",
            ]),
            [some("Congressman Bo Park")]
        );
    }
}
