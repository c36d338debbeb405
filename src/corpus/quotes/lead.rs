//! The words before a quotation that say who speaks it: `Bice said: "…"`,
//! `Xi said that "…"`, `As Justice Roe wrote, the law "…"`. Labels (`Rep.
//! X: "…"`) are in `labels`; a paragraph introducing the quote after it in
//! `intro`.

use super::clause::{TEXT_BEARERS, subject_before};
use super::intro::{is_intro_verb, verbless_intro};
use super::lexicon::{
    DESCRIBING_VERBS, INTRO_VERBS, MAX_SAYING_ADJECTIVES, PARTICIPLES, SAYINGS, is_determiner,
    is_paper, is_past, is_title,
};
use super::names::{PersonName, is_organization, is_person_name};
use super::openers::{address_len, lead_in_len};
use super::organization::{organization_before, subject_or_organization};
use super::owners::owner;
use super::partial::is_headline;
use super::referents::{Attribution, Gender};
use super::runs::{name_backward, plausible};
use super::sayings::{letter_read, named_saying, owned_saying, owner_before, read_on};
use super::sources::{
    describes_person, governs_after_source, reported_by, without_tag, written_by,
};
use super::subject::{subject_backward, subject_forward};
use super::words::{
    is_calendar_word, is_possessive, lower, normalized_lead, sentence_start, split_word, verb_len,
};

/// Most words of the lead read for a verb when it ends with a colon
/// (`Rep. X said in a statement on Tuesday:`).
const COLON_WINDOW: usize = 40;
/// Most words of the lead read for a verb when it ends with a comma.
const COMMA_WINDOW: usize = 14;

/// X released the following statement after the vote:`. Before a colon
/// the first verb of the sentence counts, so a clause after it (`after
/// President Y said …`) does not take the quote.
pub(super) fn lead_attribution(lead: &str) -> Option<Attribution> {
    // `*Statement from X:* “…”`: emphasis marks left around a lead.
    let (trimmed, quote_colon) =
        strip_quote_word(lead.trim_end().trim_end_matches(['*', '_']).trim_end());
    let mut words: Vec<&str> = trimmed
        .split_whitespace()
        .rev()
        .take(COLON_WINDOW + 10)
        .collect();
    words.reverse();
    let mut end = words.len();
    if end > 0 && words[end - 1] == "that" {
        end -= 1;
    }
    // `wrote to his staff, and I quote:` introduces as a colon does.
    if trimmed.ends_with(':') || quote_colon {
        return colon_attribution(&words[..end]);
    }
    // `in the words of President Lee,`, `According to Secretary Lee,`;
    // also a few words on (`the budget, according to Elm Times, included
    // "…"`) when no speech verb follows the source.
    if let Some(from) = words[..end]
        .windows(3)
        .rposition(|w| lower(w[0]) == "the" && lower(w[1]) == "words" && lower(w[2]) == "of")
        .map(|of| of + 3)
        .or_else(|| {
            words[..end]
                .windows(2)
                .rposition(|w| lower(w[0]) == "according" && lower(w[1]) == "to")
                .map(|according| according + 2)
        })
        && let Some(close) = (from..end).find(|&k| words[k].ends_with(','))
        && (trimmed.ends_with(',')
            && (close + 1 == end || describes_person(&words[close + 1..end]))
            || governs_after_source(&words[close + 1..end]))
    {
        let source = without_tag(reported_by(&words[from..=close]));
        // `According to USA Today,`: an organization named without `the`.
        let named: Vec<&str> = source.iter().map(|w| split_word(w).core).collect();
        let named = named.join(" ");
        if is_organization(&named) && !plausible(&named) {
            return Some(Attribution::Organization(named));
        }
        if let Some((attribution, used, _)) = subject_or_organization(source)
            && used == source.len()
        {
            // `According to Ann and Bo,`: two people.
            let several = source.iter().any(|w| matches!(*w, "and" | "&"));
            return (!several).then_some(attribution);
        }
        // `In the words of the great reformer Ann Roe,`: a full name after
        // words describing the person.
        let run = name_backward(source, true)?;
        let full = PersonName::parse(&run.name).is_some_and(|n| n.first().is_some());
        return (full && is_person_name(&run.name)).then_some(Attribution::Name(run.name));
    }
    let window = if trimmed.ends_with(',') {
        COMMA_WINDOW
    } else {
        1
    };
    let from = end.saturating_sub(window);
    for k in (from..end).rev() {
        let verb = verb_len(&words[k..end]);
        // `urging him to withdraw it,`: a participle asking someone to do
        // something, not saying the quotation.
        let asks = words.get(k + 1).is_some_and(|w| {
            matches!(
                lower(split_word(w).core).as_str(),
                "him" | "her" | "them" | "us" | "me" | "you"
            )
        }) && words.get(k + 2).is_some_and(|w| *w == "to");
        let participle = PARTICIPLES.contains(&lower(words[k]).as_str()) && !asks;
        if (verb == 0 && !participle) || notes_down(&words[k + 1..end]) {
            continue;
        }
        let last_of_verb = k + verb.max(1) - 1;
        // No sentence ends between the verb and the quote.
        let broken = words[k..end.saturating_sub(1)]
            .iter()
            .enumerate()
            .any(|(j, w)| k + j >= last_of_verb && split_word(w).stop && k + j + 1 < end);
        if broken {
            return None;
        }
        return subject_before(&words[..end], k);
    }
    None
}

/// Most words between a speech verb and a quotation it governs in the same
/// sentence (`As Justice Roe stated in her dissent, the law "…"`).
const MAX_EMBEDDING: usize = 25;

/// Most words between a speech verb and a quotation it governs when the
/// quotation ends the sentence as a clause of its own (`She stressed that
/// …, including at home, where “we know we have work to do.”`).
const MAX_CLAUSE_EMBEDDING: usize = 40;

/// The speaker of a quotation set inside a sentence whose speech verb comes
/// before it: `He urged an "acceleration agenda"`, `Biden touted it as
/// "…"`, `As Justice Roe stated in her dissent today, the Act "…"`, `He
/// closed the meeting, stressing that the aim is "within our grasp"`; or
/// after a possessive and what was said (`the Prime Minister's declaration
/// that "…"`). Whether
/// the quotation is words at all, not a term, is [`super::partial`]'s
/// question; `short` says it is three words or fewer, `clause` that it
/// ends the sentence with its own full stop.
pub(super) fn sentence_attribution(lead: &str, short: bool, clause: bool) -> Option<Attribution> {
    let lead = normalized_lead(lead);
    let lead = lead.as_str();
    let words: Vec<&str> = lead.split_whitespace().collect();
    if let Some(owner) = owner(&words) {
        return owner;
    }
    if told_by_unnamed(lead) {
        return None;
    }
    let reach = if clause && !short {
        MAX_CLAUSE_EMBEDDING
    } else {
        MAX_EMBEDDING
    };
    let start = sentence_start(&words).max(words.len().saturating_sub(reach));
    // `Elm Times: Lee Touts Growth as "A New Day"`: a headline's verbs are
    // capitalised too.
    let headline = is_headline(lead);
    let k = (start..words.len()).rev().find(|&k| {
        if headline && HEADLINE_SPEECH.contains(&lower(words[k]).as_str()) {
            return true;
        }
        // `continues to call on`: a verb before `to` says nothing.
        let infinitive = words.get(k + 1).is_some_and(|w| *w == "to")
            && CONTINUING_VERBS.contains(&lower(words[k]).as_str());
        // `said in a note to clients that`: after an article, a noun.
        let noun =
            k > start && !split_word(words[k - 1]).stop && is_determiner(&lower(words[k - 1]));
        ((verb_len(&words[k..]) > 0 && !infinitive && !noun)
            || is_participle(words[k])
            || (words[k].starts_with(char::is_lowercase)
                && DESCRIBING_VERBS.contains(&lower(words[k]).as_str()))
            || delivers_saying(&words[k..]))
            && !notes_down(&words[k + 1..])
    })?;

    // `a widely shared post claiming the storm had been “…”`: the words
    // of the thing the participle follows.
    let thing_before = k.checked_sub(1).map(|j| words[j]).is_some_and(|word| {
        let noun = split_word(word).core;
        word.starts_with(char::is_lowercase) && (is_paper(noun) || is_post(noun))
    });
    if is_participle(words[k]) && thing_before {
        return None;
    }
    // `we say the words “never forget”`, `as we say in Elm`: a saying
    // anyone says, not words the speaker said.
    if k > 0 && lower(words[k]) == "say" && lower(words[k - 1]) == "we" {
        return None;
    }
    // `noted that the Act allowed by-laws for “good order”`: the words a
    // law or a report sets down are its own, not the speaker's.
    if quotes_a_text(&words[k + 1..]) {
        return None;
    }
    // `told me that his mother's last instruction was "…"`: a saying
    // another owns, reported by the speaker.
    if let Some(owner) = anothers_saying(&words[k + 1..]) {
        return owner;
    }
    // `recalled the words of the late President Ann Roe at the signing,
    // that the nations were "…"`: the words the verb's object names.
    let object: Vec<String> = words[k + 1..].iter().take(3).map(|w| lower(w)).collect();
    if let [the, saying, of] = &object[..]
        && the == "the"
        && SAYINGS.contains(&saying.as_str())
        && matches!(of.as_str(), "of" | "from" | "by")
        && let Some(owner) = named_saying(&words[k + 1..])
    {
        return Some(owner);
    }
    // `called on the agency to move the manatee from "threatened"`: a short
    // quotation in a request is a term more often than words.
    if short && verb_len(&words[k..]) == 2 && lower(words[k]).starts_with("call") {
        return None;
    }
    // `the Lakes Bureau told reporters that "…"`: an organization named
    // with `the` right before the verb.
    if let Some(found) = organization_before(&words[start..k])
        && !words[k..].iter().any(|w| is_paper(w))
    {
        return Some(found);
    }
    // `Priyanka, your competitor put out a release calling …`: someone
    // addressed is not the sentence's subject.
    let sentence = sentence_start(&words[..k]);
    let from = sentence + address_len(&words[sentence..k]);
    subject_before(&words[from..], k - from).filter(|a| !matches!(a, Attribution::Group(_)))
}

/// True when `words`, between a speech verb and its quotation, hold a
/// clause whose subject is a text (`that the Act allowed …`, `the report
/// says`): the quotation is that text's words.
fn quotes_a_text(words: &[&str]) -> bool {
    (1..words.len().saturating_sub(1)).any(|n| {
        let noun = split_word(words[n]);
        if noun.stop
            || !WRITTEN_TEXTS.contains(&lower(noun.core).as_str())
            || !TEXT_VERBS.contains(&split_word(words[n + 1]).core)
        {
            return false;
        }
        // `the department's own strategic plan promises`: a determiner or
        // an owner, then a few words describing the text.
        let from = n.saturating_sub(MAX_TEXT_MODIFIERS + 1);
        (from..n).rev().any(|d| {
            let word = lower(words[d]);
            let opens = matches!(word.as_str(), "the" | "this" | "that" | "its" | "their")
                || word.ends_with("'s")
                || word.ends_with("’s");
            opens
                && words[d + 1..n]
                    .iter()
                    .all(|w| w.starts_with(char::is_lowercase) && !split_word(w).stop)
        })
    })
}

/// Things passed around that say words of no one named (`a post
/// claiming …`), lowercase, beside the papers of [`is_paper`].
const POSTS: &[&str] = &[
    "post",
    "posts",
    "tweet",
    "tweets",
    "message",
    "messages",
    "headline",
    "headlines",
    "rumor",
    "rumors",
    "rumour",
    "rumours",
    "article",
    "articles",
    "story",
    "stories",
    "ad",
    "ads",
    "advertisement",
    "sign",
    "signs",
    "banner",
    "flyer",
    "flyers",
    "email",
    "emails",
    "video",
    "videos",
    "clip",
    "meme",
    "text",
    "texts",
];

/// True for a thing passed around whose words are no one's ([`POSTS`]).
fn is_post(word: &str) -> bool {
    POSTS.contains(&lower(word).as_str())
}

/// Most words describing a text between its determiner and its noun (`the
/// department's own strategic plan`).
const MAX_TEXT_MODIFIERS: usize = 3;

/// Most words between a saying and the `was` that gives it (`instruction
/// to her clerks was`).
const MAX_AFTER_SAYING: usize = 5;

/// Nouns for words a person gave that a sentence may report as theirs
/// (`her last instruction was "…"`), beside [`SAYINGS`].
const GIVEN_WORDS: &[&str] = &[
    "instruction",
    "instructions",
    "advice",
    "message",
    "answer",
    "reply",
    "response",
    "warning",
    "promise",
    "request",
    "motto",
    "verdict",
];

/// Whose words the quotation is when `words`, between a speech verb and
/// its quotation, end with a saying someone named with `’s` owns and the
/// `was` that gives it (`told me that his mother’s last instruction to her
/// clerks was "…"`): the owner's words, reported, so not the teller's.
/// `Some(None)` when the owner is no one readout can name.
fn anothers_saying(words: &[&str]) -> Option<Option<Attribution>> {
    let (last, before) = words.split_last()?;
    if !matches!(*last, "was" | "were" | "is" | "are") {
        return None;
    }
    let from = before.len().saturating_sub(MAX_AFTER_SAYING + 1);
    let noun = (from..before.len()).rev().find(|&k| {
        let word = split_word(before[k]);
        let noun = lower(word.core);
        !word.stop
            && (SAYINGS.contains(&noun.as_str()) || GIVEN_WORDS.contains(&noun.as_str()))
            && before[k + 1..].iter().all(|w| !split_word(w).stop)
    })?;
    // `his mother’s`, `Lee’s`: an owner named with `’s`, not `his`.
    let owner = (noun.saturating_sub(MAX_SAYING_ADJECTIVES + 1)..noun)
        .find(|&k| is_possessive(split_word(before[k]).core))?;
    let owner = owner_before(&before[..=owner]);
    Some(owner.filter(|a| matches!(a, Attribution::Name(_))))
}

/// Verbs that say what a text sets down (`the Act allowed`, `the report
/// says`), not what befell it (`the law passed`).
#[rustfmt::skip]
const TEXT_VERBS: &[&str] = &[
    "says", "said", "reads", "read", "states", "stated", "allows", "allowed", "permits",
    "permitted", "requires", "required", "provides", "provided", "defines", "defined",
    "prohibits", "prohibited", "bans", "banned", "mandates", "mandated", "declares", "declared",
    "describes", "described", "calls", "called", "authorizes", "authorized", "authorises",
    "authorised", "obliges", "obliged", "directs", "directed", "guarantees", "guaranteed",
    "promises", "promised", "pledges", "pledged",
];

/// Kinds of written text whose words a speaker may quote (`the Act`, `the
/// report`), lowercase.
const WRITTEN_TEXTS: &[&str] = &[
    "act",
    "law",
    "bill",
    "statute",
    "ordinance",
    "by-law",
    "bylaw",
    "constitution",
    "treaty",
    "charter",
    "convention",
    "code",
    "regulation",
    "rule",
    "directive",
    "contract",
    "agreement",
    "policy",
    "guidance",
    "report",
    "resolution",
    "legislation",
    "amendment",
    "provision",
    "clause",
    "section",
    "judgment",
    "ruling",
    "order",
    "plan",
    "strategy",
    "website",
    "manual",
    "handbook",
    "guidelines",
];

/// Most words between a verb that delivers and what it delivers (`gave a
/// major speech`).
const MAX_BEFORE_SAYING: usize = 3;

/// True for a lead ending with a thing or someone unnamed saying the
/// quotation after it (`When a menu says `, `a sign that says `): an
/// article and a lowercase noun right before the speech verb, or before
/// `that` or `which` and the verb. No words after the quotation (`“…,” I
/// always ask`) make its speaker someone else.
pub(super) fn unnamed_says(lead: &str) -> bool {
    let mut words: Vec<&str> = lead.split_whitespace().rev().take(4).collect();
    if words.get(1).is_some_and(|w| matches!(*w, "that" | "which")) {
        words.remove(1);
    }
    let [verb, noun, article, ..] = words[..] else {
        return false;
    };
    verb_len(&[verb]) > 0
        && matches!(
            lower(article).as_str(),
            "a" | "an" | "the" | "every" | "each" | "any"
        )
        && noun.chars().all(|c| c.is_lowercase())
        && !is_title(noun)
}

/// Most words between a verb and the `down` that makes it note-taking.
const MAX_NOTED_WORDS: usize = 2;

/// True for the words after a verb that make it note-taking (`I wrote
/// this down,`, `jotted it down`): whoever wrote the quotation down did
/// not say it, so the verb names no speaker.
fn notes_down(after_verb: &[&str]) -> bool {
    after_verb
        .iter()
        .take(MAX_NOTED_WORDS)
        .any(|w| lower(split_word(w).core) == "down")
}

/// True for a verb that delivers a saying (`delivered remarks`, `gave a
/// speech`, `issued a statement`): what the quotation after it comes from.
fn delivers_saying(words: &[&str]) -> bool {
    words.first().is_some_and(|w| {
        w.starts_with(char::is_lowercase) && INTRO_VERBS.contains(&lower(w).as_str())
    }) && words[1..]
        .iter()
        .take(MAX_BEFORE_SAYING)
        .any(|w| SAYINGS.contains(&lower(w).as_str()))
}

/// Speech verbs of a headline in Title Case (`Lee Says`, `Lee Touts`),
/// lowercase.
const HEADLINE_SPEECH: &[&str] = &[
    "says", "touts", "urges", "warns", "vows", "tells", "declares",
];

/// Speech verbs that before `to` mean going on doing something (`the
/// President continues to call on Congress`), lowercase.
const CONTINUING_VERBS: &[&str] = &["continue", "continues", "continued"];

/// Most words between a describing verb and the quotation it describes
/// something as (`termed the order as a “historic” deal`).
const MAX_DESCRIBED: usize = 12;

/// True when a describing verb shortly before a quotation says someone
/// called something so (`termed Air India’s order as a “historic” deal`,
/// `called the bill “garbage”`): the quotation is their word, not a term
/// the writer names, though it reads as one.
pub(super) fn describes_as(lead: &str) -> bool {
    let words: Vec<&str> = lead.split_whitespace().collect();
    let from = sentence_start(&words).max(words.len().saturating_sub(MAX_DESCRIBED));
    (from..words.len()).any(|k| {
        words[k].starts_with(char::is_lowercase)
            && DESCRIBING_VERBS.contains(&lower(words[k]).as_str())
            && !words
                .get(k + 1)
                .is_some_and(|next| matches!(*next, "on" | "for" | "upon"))
    })
}

/// True for a participle such as `saying`.
fn is_participle(word: &str) -> bool {
    PARTICIPLES.contains(&lower(word).as_str())
}

/// `said, quote, "…"`: the spoken word `quote` before a quotation is not
/// part of the sentence; nor is a teller's aside set off by commas
/// (`Roe said, and I wrote it down, "…"`, `said, as I recall, "…"`). Also
/// whether the word taken off was `quote:`, which introduces as a colon
/// does.
fn strip_quote_word(lead: &str) -> (&str, bool) {
    for word in ["quote,", "quote:", "quote"] {
        if let Some(head) = lead.strip_suffix(word)
            && head.ends_with(char::is_whitespace)
        {
            // `wrote to his staff, and I quote:`: the teller quoting.
            let head = head.trim_end();
            let head = ["and I", "I"]
                .iter()
                .find_map(|teller| {
                    head.strip_suffix(teller)
                        .filter(|rest| rest.trim_end().ends_with(','))
                })
                .unwrap_or(head);
            return (strip_aside(head.trim_end()), word == "quote:");
        }
    }
    (strip_aside(lead), false)
}

/// Most words of a teller's aside between a speech verb and its quotation.
const MAX_ASIDE_WORDS: usize = 6;

/// The lead without a first-person aside set off by commas at its end
/// (`, and I wrote it down,`, `, as I recall,`, `, I believe,`) or one of
/// when (`, two lines later,`, `, on Monday,`) right after a speech verb.
fn strip_aside(lead: &str) -> &str {
    let Some(open) = lead.strip_suffix(',') else {
        return lead;
    };
    let Some(comma) = open.rfind(',') else {
        return lead;
    };
    let aside: Vec<&str> = open[comma + 1..].split_whitespace().collect();
    let teller = match aside.as_slice() {
        [first, second, ..] if matches!(*first, "and" | "as") => *second,
        [first, ..] => *first,
        [] => return lead,
    };
    // A speech verb right before, or a few words before an aside joined
    // by `and` (`you said on this program, and I wrote it down,`).
    let reach = if aside.first() == Some(&"and") {
        MAX_ASIDE_WORDS
    } else {
        1
    };
    let after_verb = open[..comma]
        .split_whitespace()
        .rev()
        .take(reach)
        .any(|verb| verb_len(&[verb]) > 0);
    // `He also wrote, two lines later, "…"`: when, rather than who.
    let when = aside
        .last()
        .is_some_and(|w| matches!(*w, "later" | "earlier" | "ago") || is_calendar_word(w));
    if after_verb && aside.len() <= MAX_ASIDE_WORDS && (matches!(teller, "I" | "we") || when) {
        &lead[..=comma]
    } else {
        lead
    }
}

/// Who speaks a quote after a colon: the subject of the first attribution
/// or introducing verb of the lead's last sentence.
fn colon_attribution(words: &[&str]) -> Option<Attribution> {
    let start = sentence_start(&words[..words.len().saturating_sub(1)]);
    let sentence = &words[start..];
    let verb =
        (0..sentence.len()).find(|&k| is_intro_verb(sentence[k]) || verb_len(&sentence[k..]) > 1);
    // `testified that a supervisor had instructed him:`: someone unnamed's.
    if unnamed_teller(sentence) {
        return None;
    }
    // `closed by reading aloud a sign taped to the door:`: the sign's
    // words, whoever reads them.
    if reads_what_a_thing_bears(sentence) {
        return None;
    }
    // `She told me that every morning, Marcus would text her from the
    // lot:`: the words of the person the `that` clause has say them.
    if let Some(that) = (2..sentence.len()).find(|&j| {
        sentence[j] == "that" && verb_len(&sentence[j - 1..]) + verb_len(&sentence[j - 2..]) > 0
    }) && let Some(said) = (that + 2..sentence.len()).find(|&j| {
        verb_len(&sentence[j..]) > 0
            || (MESSAGE_VERBS.contains(&lower(sentence[j]).as_str())
                && matches!(lower(sentence[j - 1]).as_str(), "would" | "will" | "could"))
    }) && let Some(Attribution::Name(name)) = subject_backward(&sentence[that + 1..said])
    {
        return Some(Attribution::Name(name));
    }
    // `Roe read from a letter sent by a constituent:`: the writer's words,
    // whoever reads them.
    if let Some(writer) = written_by(sentence) {
        return writer;
    }
    // `I quote her:`, `and I'll quote him again:`: whom the teller quotes.
    if let Some(quoted) = quoted_by_teller(sentence) {
        return Some(quoted);
    }
    // `I want to read a statement from Secretary Ann Roe. It reads:`.
    if let Some(owner) = read_on(&words[..start], sentence) {
        return Some(owner);
    }
    // `Ann Roe wrote to the office. The Senator read the letter aloud:`.
    if let Some(writer) = letter_read(&words[..start], sentence) {
        return Some(writer);
    }
    // `I’d say what my old mentor, Dr. Ann Roe, used to say:`: the words
    // of the person the clause after `what` names.
    if let Some(k) = verb
        && let Some(what) = (k + 1..sentence.len()).find(|&j| lower(sentence[j]) == "what")
        && let Some(said) = (what + 2..sentence.len()).find(|&j| verb_len(&sentence[j..]) > 0)
    {
        let mut end = said;
        while end > what + 1 && matches!(lower(sentence[end - 1]).as_str(), "to" | "used" | "would")
        {
            end -= 1;
        }
        // `What I'll say is what she said this morning:`: hers; `I'll tell
        // you what the Prime Minister said:` the Prime Minister's.
        // `I'll tell you what one of my engine bosses said to me:` someone
        // unnamed's.
        match subject_backward(&sentence[what + 1..end]) {
            Some(Attribution::Name(name)) => return Some(Attribution::Name(name)),
            Some(said @ (Attribution::Pronoun(_) | Attribution::Title(_))) => return Some(said),
            None if end > what + 1 => return None,
            _ => {}
        }
    }
    match verb {
        // `Roe spoke, recalling Bo Park’s words:`: the saying's owner.
        Some(k) => named_saying(&sentence[k + 1..])
            .or_else(|| relayed_saying(&sentence[k + 1..]))
            .or_else(|| subject_before(words, start + k)),
        None => verbless_intro(sentence).or_else(|| named_before_colon(sentence)),
    }
}

/// True when a sentence has someone read out the words a thing bears
/// (`reading aloud a sign he said had been taped to the door:`, `read the
/// plaque:`).
fn reads_what_a_thing_bears(sentence: &[&str]) -> bool {
    sentence.iter().enumerate().any(|(k, w)| {
        matches!(lower(w).as_str(), "read" | "reads" | "reading" | "recited")
            && sentence[k + 1..]
                .iter()
                .skip_while(|w| matches!(lower(w).as_str(), "aloud" | "out" | "from"))
                .take(MAX_BEARER_WORDS)
                .take_while(|w| !split_word(w).stop)
                .any(|w| TEXT_BEARERS.contains(&lower(w).as_str()))
    })
}

/// Most words from a reading verb's object to the thing bearing the words
/// (`a handwritten sign`).
const MAX_BEARER_WORDS: usize = 3;

/// Most words between `that` or `who` and the verb telling someone the
/// words after a colon.
const MAX_TELLER_WORDS: usize = 10;

/// Most words of an unnamed person before `who` (`a participant at his
/// site who`).
const MAX_ANTECEDENT_WORDS: usize = 6;

/// True for a lead whose last sentence has someone unnamed tell someone
/// the words after its colon ([`unnamed_teller`]): a cue that names no
/// one, so no one named before speaks them either.
pub(super) fn told_by_unnamed(lead: &str) -> bool {
    let words: Vec<&str> = lead.split_whitespace().collect();
    let opening = sentence_start(&words[..words.len().saturating_sub(1)]);
    lead.trim_end().ends_with(':') && unnamed_teller(&words[opening..])
}

/// True for a sentence ending in someone unnamed telling someone the
/// words after its colon, in a clause of its own: `testified that a
/// supervisor had instructed him:`, `recalled a participant who, at her
/// final visit, told him:`. The words are that person's, whom the text
/// does not name, not the subject's of the sentence.
fn unnamed_teller(sentence: &[&str]) -> bool {
    let Some((last, before)) = sentence.split_last() else {
        return false;
    };
    let told = matches!(
        lower(split_word(last).core).as_str(),
        "him" | "her" | "me" | "us" | "them"
    );
    if !told || before.is_empty() {
        return false;
    }
    let indefinite = |w: &str| {
        matches!(
            lower(split_word(w).core).as_str(),
            "a" | "an" | "someone" | "somebody" | "one"
        )
    };
    let from = before.len().saturating_sub(MAX_TELLER_WORDS);
    let Some(k) = (from..before.len())
        .rposition(|j| matches!(lower(before[j]).as_str(), "that" | "who" | "who,"))
    else {
        return false;
    };
    let k = from + k;
    if lower(before[k]) == "that" {
        return before.get(k + 1).is_some_and(|w| indefinite(w));
    }
    // `who`: an unnamed person right before it, no name between, and not
    // set off after a name (`Dr. Ann Roe, a pediatric oncologist who`).
    let from = k.saturating_sub(MAX_ANTECEDENT_WORDS);
    let antecedent = &before[from..k];
    antecedent
        .iter()
        .rposition(|w| indefinite(w))
        .is_some_and(|a| {
            let appositive = (from + a)
                .checked_sub(1)
                .is_some_and(|j| before[j].ends_with(','));
            !appositive
                && antecedent[a + 1..]
                    .iter()
                    .all(|w| w.starts_with(char::is_lowercase))
        })
}

/// Verbs of sending a message that are nouns as often (`text`, `email`),
/// lowercase: verbs only after a modal (`Marcus would text her`).
const MESSAGE_VERBS: &[&str] = &["text", "email", "message", "write"];

/// Whom a teller says they quote at the end of a sentence (`I quote
/// her:`, `The Secretary was precise, and I'll quote him again:`): `she`
/// or `he`, for the person the text last named to be found.
fn quoted_by_teller(sentence: &[&str]) -> Option<Attribution> {
    let k = sentence.iter().rposition(|w| lower(w) == "quote")?;
    let object = sentence.get(k + 1)?;
    let gender = match lower(object).as_str() {
        "him" => Gender::Male,
        "her" => Gender::Female,
        _ => return None,
    };
    // Only words of manner after it (`directly`, `again`, `here`).
    let manner = sentence[k + 2..].iter().all(|w| {
        matches!(
            lower(w).as_str(),
            "directly" | "again" | "here" | "exactly" | "verbatim"
        )
    });
    let teller = match k.checked_sub(1).map(|j| lower(sentence[j])) {
        Some(w) if matches!(w.as_str(), "i" | "i’ll" | "i'll" | "i’d" | "i'd" | "me") => true,
        Some(w) if matches!(w.as_str(), "will" | "can" | "let") => {
            k >= 2 && matches!(lower(sentence[k - 2]).as_str(), "i" | "let" | "me")
        }
        _ => false,
    };
    (manner && teller).then_some(Attribution::Pronoun(gender))
}

/// Whose saying the words right after a verb pass on: `shared his final
/// message to the nation:`, `read her statement:` — the owner's words,
/// whoever shares them.
fn relayed_saying(after_verb: &[&str]) -> Option<Attribution> {
    (1..after_verb.len().min(MAX_SAYING_ADJECTIVES + 2))
        .find_map(|noun| owned_saying(&after_verb[..=noun]))
}

/// The person a sentence ending in a colon opens with, when a verb in the
/// past follows their name and nothing after it says the words are
/// another's (`Dr. Ann Roe put the department’s advice plainly:`; not
/// `Ann Roe shared a message from her son:`).
fn named_before_colon(sentence: &[&str]) -> Option<Attribution> {
    let from = lead_in_len(sentence);
    let (attribution, used, stopped) = subject_forward(sentence.get(from..)?)?;
    let Attribution::Name(name) = &attribution else {
        return None;
    };
    let verb = sentence.get(from + used).map(|w| split_word(w).core)?;
    let another = sentence[from + used..].iter().any(|w| {
        matches!(
            lower(w).as_str(),
            "from" | "by" | "of" | "his" | "her" | "their"
        )
    });
    (!stopped
        && name.contains(' ')
        && is_person_name(name)
        && verb.starts_with(char::is_lowercase)
        && is_past(verb)
        && !another)
        .then_some(attribution)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{some, speakers};

    #[test]
    fn a_sign_read_aloud_is_the_sign_s_words() {
        assert_eq!(
            speakers(&[
                "Rep. Bo Park closed his remarks by reading aloud a sign taped to a door: “Closed Due to Lapse in Appropriations.”",
                "“We don't regret it,” he said.",
            ]),
            [None, some("Rep. Bo Park")]
        );
    }

    #[test]
    fn an_adverb_of_time_opening_a_sentence_is_no_speaker() {
        for adverb in ["Afterward", "Finally", "Eventually", "Once"] {
            assert_eq!(
                speakers(&[&format!(
                    "Dolores Roe sat behind him. {adverb} she told me, “He practiced that speech.”"
                )]),
                [some("Dolores Roe")],
                "{adverb}"
            );
        }
    }

    #[test]
    fn spaced_dashes_around_an_aside_set_it_off_as_commas_do() {
        assert_eq!(
            speakers(&[
                "Representative Ann Roe -- no relation to the Senator -- told a radio station, “I'll vote for it.”",
                "Eleven people died. One of them, Mrs. Bo Park-Lee, lost her husband. She asked me, “Did anyone know?”",
            ]),
            [some("Representative Ann Roe"), some("Mrs. Bo Park-Lee")]
        );
    }

    #[test]
    fn a_saying_anyone_says_is_no_one_s() {
        use super::super::testing::speakers_in;
        assert_eq!(
            speakers_in(
                "Remarks by President Ann Roe at the Memorial",
                None,
                &[
                    "Every year we say the words “never forget.” But forgetting happens slowly.",
                    "Dr. Bo Park, some in the industry have called the formula “a slow closure notice.” Is that fair?",
                ],
            ),
            [None, None]
        );
    }

    #[test]
    fn words_a_thing_says_are_no_one_s_whatever_follows_them() {
        use super::super::testing::speakers_in;
        assert_eq!(
            speakers_in(
                "Remarks by Chef Ann Roe",
                None,
                &[
                    "When a menu says “locally inspired,” I always ask, inspired by what?",
                    "Someone has a sign that says “Welcome Home, Abuela Rosa.” Abuela Rosa, welcome home.",
                ],
            ),
            [None, None]
        );
    }

    #[test]
    fn someone_unnamed_telling_someone_the_words_gives_them_no_speaker() {
        assert_eq!(
            speakers(&[
                "Prof. Ann Roe recalled a participant at her site who, at her final visit, told her: “I forgot what it felt like.”",
                "Bo Park testified that a supervisor had instructed him: “Call them. Every time.”",
                "Bo Park testified that Ann Roe had told him: “Call them.”",
                "Prof. Ann Roe recalled that day and told him: “Go.”",
                "One of them, Dr. Ann Roe, a pediatric oncologist who sees patients here, wrote to me: “I go.”",
            ]),
            [
                None,
                None,
                some("Ann Roe"),
                some("Prof. Ann Roe"),
                some("Dr. Ann Roe")
            ]
        );
    }

    #[test]
    fn a_firm_s_president_in_lowercase_is_not_the_president() {
        use super::super::testing::speakers_in;
        assert_eq!(
            speakers_in(
                "Press Gaggle by Press Secretary Ann Roe",
                None,
                &[
                    "MS. ROE: He'll be joined by shipyard president Bo Park.",
                    "Q: Does he have the votes?",
                    "MS. ROE: The President said yesterday, “We're not going to negotiate.”",
                ],
            ),
            [None]
        );
    }

    #[test]
    fn a_letter_read_out_is_whose_the_sentence_before_says_wrote_it() {
        assert_eq!(
            speakers(&[
                "Mr. Bo Park wrote to the Senator's office in August. With his permission, Sen. Ann Roe read portions of the letter aloud on the floor:",
                "“Dear Senator, my name is Bo Park.",
                "“I am not writing for sympathy.”",
                "Bo Park wrote to us. Sen. Ann Roe read the letter: “We need a hospital.”",
            ]),
            [some("Mr. Bo Park"), some("Bo Park")]
        );
    }

    #[test]
    fn whoever_reads_out_a_statement_of_their_own_speaks_it() {
        assert_eq!(
            speakers(&[
                "Ann Roe, the victim's sister, attended every day.",
                "She then read a statement on behalf of the family:",
                "“For two years we have waited.”",
                "Sen. Bo Park read a letter from Cy Lee:",
                "“We need help.”",
                "You can read the op-ed here or see the full text below:",
                "“Parents deserve options.”",
            ]),
            [some("Ann Roe"), some("Cy Lee"), None]
        );
    }

    #[test]
    fn whoever_notes_words_down_did_not_say_them() {
        assert_eq!(
            speakers(&[
                "Councilman Bo Park called your plan, and I wrote this down, “a scheme with bike lanes.”",
                "Ann Roe wrote: “We are here.”",
            ]),
            [some("Councilman Bo Park"), some("Ann Roe")]
        );
    }

    #[test]
    fn a_saying_passed_on_is_its_owner_s() {
        assert_eq!(
            speakers(&[
                "Bo Park was a prisoner. His granddaughter, Ann Lee-Park, shared his final message to the nation, which he dictated last week: “Do not mourn me.”",
                "Ann Lee took the stage. She read her statement: “We are here.”",
            ]),
            [some("Bo Park"), some("Ann Lee")]
        );
    }

    #[test]
    fn someone_addressed_is_not_the_subject() {
        assert_eq!(
            speakers(&[
                "Priyanka, your competitor put out a release this morning calling its data “practice-changing.”",
            ]),
            [None]
        );
    }

    #[test]
    fn a_tellers_aside_after_the_verb_leaves_the_quote_to_the_subject() {
        assert_eq!(
            speakers(&[
                "ANN ROE, Elm Street: At the last meeting, Councilmember Bo Park said, and I wrote it down, “No tree falls on my watch.”",
                "Mayor Cy Lee said, as I recall, “We will fix it.”",
                "I looked at the blade and thought, “Holy smoke.”",
            ]),
            [some("Councilmember Bo Park"), some("Mayor Cy Lee"), None]
        );
    }

    #[test]
    fn a_speech_verb_after_an_article_is_a_noun() {
        assert_eq!(
            speakers(&[
                "Ann Seo of Elm Securities said in a note to clients that the quarter was “cleaner than anything we have seen.”",
                "Bo Park, who voted against her, wrote in a letter that she was “the most loyal friend I ever had.”",
            ]),
            [some("Ann Seo"), some("Bo Park")]
        );
    }

    #[test]
    fn a_speech_verb_right_before_a_quote_governs_it_whoever_follows() {
        assert_eq!(
            speakers(&[
                "My grandmother, Ann Roe, never finished school.",
                "Every night she’d ask, “What did you read today?” And if I said “nothing,” she’d say, “Well, the day isn’t over.”",
                "Bo Park said “no,” Cy Lee recalled.",
            ]),
            [some("Ann Roe"), None, some("Ann Roe"), some("Bo Park")]
        );
    }

    #[test]
    fn according_to_reporting_by_an_outlet_is_the_outlets() {
        assert_eq!(
            speakers(&[
                "Two states passed it. According to reporting by the Elm Times, “the idea was years in the making.”",
                "According to a report from Bo Park, “the idea was years in the making.”",
            ]),
            [some("Elm Times"), some("Bo Park")]
        );
    }

    #[test]
    fn a_bare_phrase_before_said_and_a_reported_clause_has_no_speaker() {
        assert_eq!(
            speakers(&[
                "I knew it. For years, some “experts” said we should give up on towns.",
                "Ann Roe spoke first. “We will build,” said she.",
            ]),
            [None, some("Ann Roe")]
        );
    }

    #[test]
    fn a_dash_sets_off_a_clause_as_a_comma_does() {
        assert_eq!(
            speakers(&[
                "Rep. Ann Roe—who represents Elm, said the plan was “a waste of good money.”",
                "Rep. Bo Park praised the grant after voting against it—saying the law was “a bad deal for towns.”",
                "Cy Lee—Coach Lee to most of us—once said, “Play every down.”",
                "Fay Gray—and Gus Hall—said the plan was “a good start for us all.”",
                "They told of the ruling—what Di Moss called “a grave wrong”—and its toll.",
            ]),
            [
                some("Rep. Ann Roe"),
                some("Rep. Bo Park"),
                some("Cy Lee"),
                None,
                some("Di Moss")
            ]
        );
    }

    #[test]
    fn a_participle_or_an_adverb_after_the_subject_still_says_it() {
        assert_eq!(
            speakers(&[
                "Rep. Cy Lee, who represents Elm, voted against the bill, falsely claiming “only one dollar in four goes to roads.”",
                "Rep. Di Moss praised the plant. Rep. Moss even claimed the act would spend billions on “nonsense programs of every kind.”",
            ]),
            [some("Rep. Cy Lee"), some("Rep. Di Moss")]
        );
    }

    #[test]
    fn words_recalled_as_someone_says_them_are_theirs() {
        assert_eq!(
            speakers(&[
                "We thank them for their work to “keep the faith,” as Ann Roe so often says.",
                "As Bo Park, the youngest speaker that day, taught us, “Hope is not a wish. It is a deed.”",
                "The league was founded to “end every war.” As Cy Lee said, enough is enough.",
                "“A good start for us all,” as Di Moss walked in, Ed Fox said.",
            ]),
            [some("Ann Roe"), some("Bo Park"), None, None]
        );
    }

    #[test]
    fn words_a_pronoun_owns_are_the_persons_it_stands_for() {
        let said = super::super::testing::speakers_in(
            "Statement from Governor Ann Roe on the Passing of Bo Park",
            None,
            &[
                "Bo Park gave his life to this town. In his words, “We rise together or not at all.”",
                "Cy Lee was a giant of the movement. To borrow his words, “the fight goes on.”",
                "Di Moss never stopped. Her words still guide us: “Do the next right thing.”",
                "In his words, “we rise together.”",
                "Like Ed Fox said, “We are all in this together.”",
            ],
        );
        assert_eq!(
            said,
            [
                some("Bo Park"),
                some("Cy Lee"),
                some("Di Moss"),
                None,
                some("Ed Fox")
            ]
        );
    }

    #[test]
    fn an_organization_describing_the_subject_does_not_speak() {
        assert_eq!(
            speakers(&[
                "Ann Roe, head of the Elm League, said “the plan will work for every family.”",
                "Bo Park of the Elm League said “the plan will work for every family.”",
                "The Elm League said “the plan will work for every family.”",
            ]),
            [some("Ann Roe"), some("Bo Park"), some("Elm League")]
        );
    }

    #[test]
    fn a_quoted_headline_gives_the_words_inside_it_to_its_subject() {
        assert_eq!(
            speakers(&[
                "Governor Bo Park met Mayor Ann Roe.",
                "‘Park signs landmark bill, says ‘lives will be saved’’",
                "‘Roe visits capital, says grant funds ‘greatly helped’ Elm County’s workers’",
                "‘Elm Works chief urges lawmakers to act on aid package’",
            ]),
            [some("Bo Park"), some("Ann Roe"), None]
        );
    }

    #[test]
    fn famous_words_are_the_persons_a_tribute_names() {
        assert_eq!(
            speakers(&[
                "President Ed Fox signed the law, proclaiming that the nation would “never forget its heroes.”",
                "The words of Ida Bell still ring true: “We shall overcome.”",
                "In 1963, Jo King stood on the steps and said, “I have a dream.”",
            ]),
            [some("President Ed Fox"), some("Ida Bell"), some("Jo King")]
        );
    }

    #[test]
    fn an_aside_of_when_between_the_verb_and_the_quote_is_read_past() {
        assert_eq!(
            speakers(&[
                "But the engineer, Mr. Pavel Kaminski, was describing a worst case. He also wrote, two lines later, “this is unlikely.”",
            ]),
            [some("Mr. Pavel Kaminski")]
        );
    }

    #[test]
    fn whom_a_teller_quotes_is_who_speaks() {
        assert_eq!(
            speakers(&[
                "Foreign Minister Dagny Holm-Ericsson addressed this on Tuesday. I quote her: “We will not be drawn in.”",
                "Secretary Harlan Boateng was very precise, and I will quote him again: “We will strike.”",
                "Let me quote her directly: “No.”",
            ]),
            [
                some("Minister Dagny Holm-Ericsson"),
                some("Secretary Harlan Boateng"),
                None
            ]
        );
    }

    #[test]
    fn a_saying_named_before_a_colon_is_its_owners_not_the_subjects() {
        assert_eq!(
            speakers(&[
                "Ann Roe spoke at the event, recalling Bo Park’s words: “We rise together.”",
                "Ann Roe spoke, recalling the words of Bo Park: “We rise together.”",
                "Ann Roe spoke at the event, recalling what Bo Park told her: “We rise together.”",
                "I’d say what my old mentor at the lab, Dr. Cy Lee, used to say: “Read first.”",
                "Ann Roe said what she thought: “We will build.”",
            ]),
            [
                some("Bo Park"),
                some("Bo Park"),
                some("Bo Park"),
                some("Dr. Cy Lee"),
                some("Ann Roe")
            ]
        );
    }

    #[test]
    fn rating_or_deeming_something_in_quoted_words_is_its_subjects_saying() {
        assert_eq!(
            speakers(&[
                "Senator Ann Roe asked about a review in which the public works directorate rated the buildings “unfit for occupancy.”",
                "Rep. Bo Park deemed the plan “a disgrace.”",
            ]),
            [None, some("Rep. Bo Park")]
        );
    }

    #[test]
    fn verbs_of_scorn_and_boasting_say_it() {
        assert_eq!(
            speakers(&[
                "Rep. Jo King bragged that he had “killed the worst bill in years.”",
                "Rep. Kay Hill slammed the law as “a job-killing disaster.”",
            ]),
            [some("Rep. Jo King"), some("Rep. Kay Hill")]
        );
    }

    #[test]
    fn a_writing_read_out_is_its_writers() {
        assert_eq!(
            speakers(&[
                "On the floor, Rep. Bo Park read from a letter sent to his office by a constituent: “My husband served.”",
                "Rep. Bo Park read a note from Ann Roe: “Thank you for everything.”",
                "In his remarks, Rep. Bo Park read from a letter sent by a widow: “My husband served.”",
                "Park, who chairs the panel, read from a letter sent by a widow, who asked that her name be withheld: “He served.”",
            ]),
            [None, some("Ann Roe"), None, None]
        );
    }

    #[test]
    fn a_surname_completes_to_a_full_name_with_a_suffix() {
        assert_eq!(
            speakers(&[
                "Walter H. Elm III will stay on the board.",
                "Elm said he was “delighted to hand over the keys.”",
                "Secretary of Defense Lloyd J. Oakes III said: “It would cost billions.”",
            ]),
            [some("Walter H. Elm"), some("Lloyd J. Oakes III")]
        );
    }

    #[test]
    fn british_spellings_of_emphasis_say_it() {
        assert_eq!(
            speakers(&[
                "Mr Kai Lind underlined that “no one will be left behind.”",
                "Ms Ann Roe emphasises that “the rules are clear.”",
            ]),
            [some("Mr Kai Lind"), some("Ms Ann Roe")]
        );
    }

    #[test]
    fn according_to_and_a_possessed_statement_name_the_speaker() {
        assert_eq!(
            speakers(&[
                "In the words of the great reformer and league leader Cy Lee, “To live is to act.”",
                "According to Secretary Ann Roe, “the plan is working.”",
                "Bo Park’s statement reads: “We are proud of this work.”",
                "According to the report, “the plan is working.”",
                "According to Cy and Di Moss, “the plan is working.”",
                "The group put out a plan that, according to the Elm Valley Times, included “cuts to every program in the state.”",
                "The mayor, according to the Elm Valley Times, said “the plan is working.”",
                "Bo Park, according to the report, said “the plan is working.”",
                "According to Secretary Ann Roe, the new plan, which the council adopted, included “cuts to every program.”",
                "According to Priya Raman, vice president of engineering, “the new arm ships in May.”",
                "According to Ann Roe, a professor of law at Elm College, “the ruling stands.”",
                "According to Ann Roe, the new plan, “is dead.”",
                "According to Sen. Ann Roe (D-Elm), “the plan is working.”",
            ]),
            [
                some("Cy Lee"),
                some("Secretary Ann Roe"),
                some("Bo Park"),
                None,
                None,
                some("Elm Valley Times"),
                None,
                some("Bo Park"),
                None,
                some("Priya Raman"),
                some("Ann Roe"),
                None,
                some("Sen. Ann Roe"),
            ]
        );
    }

    #[test]
    fn what_a_statement_answers_is_its_authors() {
        assert_eq!(
            speakers(&[
                "Today, Rep. Ann Roe issued a statement in response to the comments by Secretary of Defense Bo Park that “we cannot do it.”",
            ]),
            [some("Bo Park")]
        );
    }

    #[test]
    fn delivering_a_speech_is_saying_what_it_says() {
        assert_eq!(
            speakers(&[
                "On Monday, Council Director Ann Roe delivered remarks on the economy and how it is “beating the odds.”",
                "On Monday, Council Director Ann Roe delivered a report on the “Safe Rivers” plan.",
            ]),
            [some("Director Ann Roe"), None]
        );
    }

    #[test]
    fn a_headline_in_title_case_quotes_its_subject() {
        assert_eq!(
            speakers(&[
                "President Ann Roe spoke.",
                "Elm Times: Roe Touts Falling Prices as ‘Roenomics in Action’",
                "Elm Post: Roe Signs the ‘Clean Rivers Act’ Into Law",
                "Roe said the plan is the “Clean Rivers Act” for the state.",
            ]),
            [some("Ann Roe"), None, None]
        );
    }

    #[test]
    fn reporting_that_is_saying() {
        assert_eq!(
            speakers(&[
                "Director General Bo Park reported to the Board on March 7 that the partners “are committed to the rules.”",
            ]),
            [some("Director General Bo Park")]
        );
    }

    #[test]
    fn characterizing_something_in_quoted_words_is_saying_them() {
        assert_eq!(
            speakers(&[
                "Governor Ann Roe characterized the storms as a “warning we cannot ignore.”"
            ]),
            [some("Governor Ann Roe")]
        );
    }

    #[test]
    fn a_person_opening_a_sentence_that_ends_in_a_colon_speaks_after_it() {
        assert_eq!(
            speakers(&[
                "Dr. Ann Roe put the department’s advice plainly: “Throw them out.”",
                "Ann Roe shared a message from her son: “Come home.”",
            ]),
            [some("Dr. Ann Roe"), None]
        );
    }

    #[test]
    fn words_a_law_or_a_report_sets_down_are_its_own() {
        assert_eq!(
            speakers(&[
                "Judge Ann Roe noted that the Act allowed by-laws for “good order” only.",
                "Judge Ann Roe said the law was passed “to the detriment of families.”",
                "Judge Ann Roe described the report as “a useful contribution.”",
                "Ann Roe noted that the department's own strategic plan promises “world-class service at every step,” and added: “Nineteen months is not world-class.”",
                "He urged residents to ignore rumors, including a widely shared post claiming the storm had been “downgraded to nothing.”",
            ]),
            [
                None,
                some("Judge Ann Roe"),
                some("Judge Ann Roe"),
                None,
                some("Ann Roe"),
                None,
            ]
        );
    }

    #[test]
    fn a_headline_names_the_speaker_of_its_quoted_words() {
        assert_eq!(
            speakers(&[
                "Governor Ann Roe spoke at the plant.",
                "Elm Daily: Roe signs river bill, says ‘the water will be clean’",
                "Elm Times: Roe touts ‘a new day for the river’ at the plant",
                "Elm Post: Roe administration seeks comment, says ‘no delay’",
                "Governor Roe toured the plant and noted that the work is “far from done.”",
                // The verbs after `who`, with no comma between, are one
                // clause's: Bo Park's.
                "Governor Roe met Bo Park, who praised the plant and noted it is “far from done.”",
            ]),
            [
                some("Ann Roe"),
                some("Ann Roe"),
                None,
                some("Governor Ann Roe"),
                some("Bo Park")
            ]
        );
    }

    #[test]
    fn a_long_opening_phrase_may_come_before_a_named_speaker() {
        assert_eq!(
            speakers(&[
                "In a letter opening the new handbook, Ann Roe, the Governor’s Adviser for Rivers, said:",
                "“When we build, we build for good.”",
            ]),
            [some("Ann Roe")]
        );
        assert_eq!(
            speakers(&[
                "In a letter signed by Reps. Ann Roe, Bo Park, Cy Lee and Di Cruz, the state’s lawmakers asked the agency to give \"swift consideration\" to the plan."
            ]),
            [None]
        );
    }
}
