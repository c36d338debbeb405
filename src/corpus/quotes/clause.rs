//! The subject of a speech verb in its clause: the name or pronoun right
//! before it, or, when none stands there, the person the clause's shape
//! gives (`Ann Roe, who called him "…"`, `As Ann Roe likes to say`, `Roe's
//! statement reads`, `Roe signs bill, says "…"`).

use super::antecedents::opening_subject;
use super::apposition::described_name_start;
use super::lexicon::{INTRO_VERBS, PARTICIPLES, PERSON_NOUNS, VERBS, is_adverb, is_past, is_role};
use super::names::{is_organization, is_person_name};
use super::openers::{SUBORDINATORS, conjunction_len, lead_in_len, opening_phrase_len};
use super::referents::{Attribution, Gender, pronoun};
use super::runs::{name_backward, name_forward, plausible};
use super::sayings::possessed_saying;
use super::subject::{MAX_TAG_WORDS, subject_backward, subject_forward};
use super::unnamed::{opens_with_someones_relative, opens_with_unnamed_person};
use super::words::{
    ends_sentence, lower, nickname, saying_phrase_len, sentence_start, split_word,
    strip_possessive, tag_start, unglued, verb_len,
};

/// The subject of the verb at `k`: the name or pronoun before it, or for a
/// participle (`Lowe continued, saying:`) the subject of the clause's
/// first verb or of the sentence.
pub(super) fn subject_before(words: &[&str], k: usize) -> Option<Attribution> {
    let verb = lower(words[k]);
    // `…, issuing the following statement:` is a participle too.
    // `She thanked them, calling the deal “a model”`: describing is saying.
    let participle = PARTICIPLES.contains(&verb.as_str())
        || (verb.ends_with("ing") && INTRO_VERBS.contains(&verb.as_str()))
        || (DESCRIBING_PARTICIPLES.contains(&verb.as_str())
            && k > 0
            && words[k - 1].ends_with(',')
            // `calling on Congress`, `calling for`: a request, not a name.
            && !matches!(words.get(k + 1), Some(&("on" | "for"))));
    // `He recalled a parent telling him, “…”`, `Roe remembered Bo Park
    // saying`: the person the main verb's object names says it, or no
    // one readout can name.
    if participle && let Some(object) = participle_object(&words[..k]) {
        return object;
    }
    // `the signs all over downtown saying “…”`: the words a thing bears.
    if participle && bears_the_words(&words[..k]) {
        return None;
    }
    if participle && let Some(thanked) = thanked_for_telling(words, k) {
        return Some(Attribution::Name(thanked));
    }
    // `My students hear me say, “…”`: whom a verb of hearing or seeing
    // has say it.
    let heard = k >= 2
        && matches!(verb.as_str(), "say" | "tell" | "ask")
        && matches!(
            lower(words[k - 2]).as_str(),
            "hear" | "hears" | "heard" | "see" | "sees" | "saw" | "watched"
        );
    if heard {
        match lower(words[k - 1]).as_str() {
            "me" | "us" => return Some(Attribution::FirstPerson),
            "him" => return Some(Attribution::Pronoun(Gender::Male)),
            "her" => return Some(Attribution::Pronoun(Gender::Female)),
            _ => {}
        }
    }
    // `read a statement from the governor’s office that called the
    // honorees “…”`: the verb's subject is the thing `that` follows, whose
    // words these are, not the sentence's subject.
    // `the findings of the Office for Custody Standards, which concluded
    // that … “…”`: `which` is never a person.
    let relative_thing = k >= 2
        && (words[k - 1] == "which"
            || words[k - 1] == "that" && {
                let noun = split_word(words[k - 2]);
                !noun.stop
                    && noun
                        .core
                        .chars()
                        .all(|c| c.is_lowercase() || c == '’' || c == '\'')
            });
    if relative_thing && !participle {
        return None;
    }
    // `Lowe continued, saying, "…"`: the subject is before the first verb.
    let subject_end = if participle && k > 0 && verb_len(&words[k - 1..k]) > 0 {
        k - 1
    } else {
        k
    };
    let direct = relative_owner(words, k, subject_backward(&words[..subject_end]));
    if direct.is_none() && !participle {
        return relative_subject(&words[..k])
            .or_else(|| possessed_saying(&words[..k], &verb))
            .or_else(|| infinitive_subject(&words[..k]))
            .or_else(|| serial_subject(words, k));
    }
    if direct.is_some() || !participle {
        return direct;
    }
    let start = sentence_start(&words[..k]);
    let start = start + lead_in_len(&words[start..k]);
    // `I'll note that Ann Roe issued a statement saying "…"`: the subject
    // of the clause `that` opens.
    // One word there may be an organization's as well as a surname (`that
    // SkyLink issued a statement saying it "…"`): no one's to give.
    let clause = (start..k)
        .rev()
        .find(|&j| words[j] == "that")
        .and_then(|that| subject_forward(&words[that + 1..k]));
    if let Some((attribution, _, _)) = clause {
        return match attribution {
            Attribution::Name(name)
                if !name.contains(' ') || !plausible(&name) || is_organization(&name) =>
            {
                None
            }
            attribution => Some(attribution),
        };
    }
    let (attribution, _, _) = subject_forward(&words[start..k])?;
    Some(attribution)
}

/// Things that bear words (`signs saying “…”`), lowercase.
pub(super) const TEXT_BEARERS: &[&str] = &[
    "sign",
    "signs",
    "banner",
    "banners",
    "poster",
    "posters",
    "placard",
    "placards",
    "billboard",
    "billboards",
    "shirt",
    "shirts",
    "t-shirt",
    "t-shirts",
    "sticker",
    "stickers",
    "plaque",
    "flyer",
    "flyers",
    "headline",
    "headlines",
    "card",
    "cards",
    "mural",
    "ad",
    "ads",
];

/// Most words between a thing that bears words and the participle saying
/// them (`the signs all over downtown saying`).
const MAX_BEARER_DISTANCE: usize = 5;

/// True when the words before a participle, with no comma between, end
/// with a thing that bears words and what places it.
fn bears_the_words(words: &[&str]) -> bool {
    words
        .iter()
        .rev()
        .take(MAX_BEARER_DISTANCE)
        .take_while(|w| !split_word(w).stop)
        .any(|w| TEXT_BEARERS.contains(&lower(w).as_str()))
}

/// The speaker a participle's own subject names, when the words before it
/// (`words`) end with the object of a verb in the past: `Some(None)` for a
/// person unnamed (`recalled a parent`, `heard his mother`),
/// `Some(Some(name))` for a name (`remembered Bo Park`); `None` when no
/// object comes right before the participle.
fn participle_object(words: &[&str]) -> Option<Option<Attribution>> {
    let last = words.last()?;
    if split_word(last).stop {
        return None;
    }
    // Nouns for people by list or by a sure ending (`geologist`,
    // `physician`), not `letter` or `statement`.
    let noun = lower(last);
    let noun = strip_possessive(&noun);
    let person = PERSON_NOUNS.contains(&noun)
        || is_role(noun)
        || (noun.len() >= 5 && (noun.ends_with("ist") || noun.ends_with("ian")));
    if person {
        return Some(None);
    }
    let run = name_backward(words, false)?;
    let verb = lower(words.get(run.start.checked_sub(1)?)?);
    let past = is_past(&verb);
    (past && run.name.contains(' ') && plausible(&run.name))
        .then_some(Some(Attribution::Name(run.name)))
}

/// The person thanked for the participle at `k` said to the thanker (`I
/// want to thank Mayor Ann Roe for that introduction — and for warning
/// me, “…”`): a name after `thank` and before `for`, in the participle's
/// sentence, when `me` or `us` follows the participle.
fn thanked_for_telling(words: &[&str], k: usize) -> Option<String> {
    let told_me = words
        .get(k + 1)
        .is_some_and(|w| matches!(w.trim_end_matches([',', ':']), "me" | "us"));
    if !told_me {
        return None;
    }
    let start = sentence_start(&words[..k]);
    let thank = (start..k).rev().find(|&j| {
        matches!(
            lower(words[j]).as_str(),
            "thank" | "thanks" | "thanked" | "thanking"
        )
    })?;
    let (name, used, _) = name_forward(&words[thank + 1..k])?;
    (words.get(thank + 1 + used) == Some(&"for") && is_person_name(&name)).then_some(name)
}

/// Participles that describe what a quotation is when they open a
/// sentence (`Calling it “…,”`), lowercase, besides [`PARTICIPLES`].
const DESCRIBING_PARTICIPLES: &[&str] = &["calling", "describing", "labeling", "terming"];

/// Most words of a participle's phrase opening a sentence before a quotation.
const MAX_OPENING_PARTICIPLE: usize = 12;

/// The subject of a sentence that opens with a speech participle and the
/// quotation it says (`Calling the plan “a new start,” on Monday Governor
/// Ann Roe signed it`): whoever the main clause after the quotation names,
/// with a verb after them. `lead` is the text before the quotation, `rest`
/// the text after its closing mark.
pub(super) fn opening_participle(lead: &str, rest: &str) -> Option<Attribution> {
    let words: Vec<&str> = lead.split_whitespace().collect();
    let start = sentence_start(&words);
    let phrase = &words[start..];
    let (first, others) = phrase.split_first()?;
    let participle = lower(first);
    let opens = first.starts_with(char::is_uppercase)
        && (PARTICIPLES.contains(&participle.as_str())
            || DESCRIBING_PARTICIPLES.contains(&participle.as_str()));
    let one_phrase = phrase.len() <= MAX_OPENING_PARTICIPLE
        && others
            .iter()
            .all(|w| !w.ends_with([',', '.', ';', ':']) && verb_len(&[w]) == 0);
    if !opens || !one_phrase {
        return None;
    }
    let rest = rest.trim_start().strip_prefix(',').unwrap_or(rest);
    opening_subject(rest).filter(|a| matches!(a, Attribution::Name(_) | Attribution::Title(_)))
}

/// Prepositions after `Speaking` that open the phrase of where or to whom
/// someone spoke.
const SPEAKING_LINKS: &[&str] = &["to", "at", "with", "before", "in", "on", "about", "from"];

/// The subject of a sentence that opens with where its subject spoke and
/// introduces the quotation after it (`Speaking to the families, Dr. Ann
/// Roe linked their strength to readiness: “…”`): `lead` is the text
/// before the quotation, ending with a colon.
pub(super) fn speaking_subject(lead: &str) -> Option<Attribution> {
    let words: Vec<&str> = lead.split_whitespace().collect();
    let (last, before) = words.split_last()?;
    if !last.ends_with(':') {
        return None;
    }
    let start = sentence_start(before);
    let phrase = &words[start..];
    let opens = phrase
        .first()
        .is_some_and(|w| split_word(w).core == "Speaking")
        && phrase
            .get(1)
            .is_some_and(|w| SPEAKING_LINKS.contains(&lower(w).as_str()));
    if !opens {
        return None;
    }
    let comma = phrase.iter().position(|w| w.ends_with(','))?;
    let (attribution, _, stopped) = subject_forward(&phrase[comma + 1..])?;
    (!stopped
        && matches!(
            attribution,
            Attribution::Name(_)
                | Attribution::Title(_)
                | Attribution::Pronoun(_)
                | Attribution::Office(..)
        ))
    .then_some(attribution)
}

/// Gestures that go with speaking, lowercase: someone who `smiled.` or
/// `paused.` right before a quotation that is a sentence of its own speaks
/// it (`Dr. Roe smiled. “My husband asked me once …”`).
const GESTURES: &[&str] = &[
    "smiled", "smiles", "laughed", "laughs", "chuckled", "chuckles", "grinned", "grins",
    "shrugged", "shrugs", "nodded", "nods", "sighed", "sighs", "paused", "pauses", "beamed",
    "winced",
];

/// Speech verbs whose subject is not who speaks next (`Roe asked Park
/// about the bill. “…”` may be Park's answer), lowercase.
const NOT_SAYING_NEXT: &[&str] = &[
    "ask",
    "asks",
    "asked",
    "reads",
    "states",
    "thought",
    "described",
    "describes",
    "praised",
    "praises",
    "hailed",
    "hails",
    "lauded",
    "reminded",
    "told",
    "responded",
    "replied",
    "answered",
];

/// Most words of the sentence before a quotation that names its speaker.
const MAX_PREVIOUS_SENTENCE: usize = 40;

/// The speaker of a quotation that is a sentence of its own after a
/// sentence whose subject speaks (`Associate Attorney General Gupta
/// emphasized the need for action. “…”`): that subject. `lead` is the text
/// before the quotation, ending with the previous sentence.
pub(super) fn previous_sayer(lead: &str) -> Option<Attribution> {
    let lead = unglued(lead);
    let words: Vec<&str> = lead.split_whitespace().collect();
    let (last, before) = words.split_last()?;
    if !ends_sentence(last) {
        return None;
    }
    let start = sentence_start(before);
    let sentence = &words[start..];
    // A nickname inside a name (`Thomas “Tommy” Rourke`) quotes no one.
    if sentence.len() > MAX_PREVIOUS_SENTENCE
        || sentence
            .iter()
            .any(|w| w.contains(['“', '”', '"']) && nickname(w).is_none())
    {
        return None;
    }
    // The first speech verb with a subject (`When asked why, Mrs. Roe
    // had a simple answer.`: not `asked`, which has none).
    (0..sentence.len()).find_map(|k| {
        let w = sentence[k];
        let core = lower(w);
        let says = w.starts_with(char::is_lowercase)
            && (VERBS.contains(&core.as_str())
                || GESTURES.contains(&core.as_str())
                || gives_an_answer(&sentence[k..]));
        if !says {
            return None;
        }
        let subject = subject_before(sentence, k).filter(|a| {
            matches!(
                a,
                Attribution::Name(_)
                    | Attribution::Title(_)
                    | Attribution::Pronoun(_)
                    | Attribution::Office(..)
            )
        })?;
        // `Roe told reporters the town had given up. “…”`: telling an
        // audience, not someone who may answer.
        let audience = |k: usize| {
            sentence
                .get(k)
                .is_some_and(|w| AUDIENCES.contains(&lower(split_word(w).core).as_str()))
        };
        let to_audience = matches!(core.as_str(), "told" | "tells")
            && (audience(k + 1) || (sentence.get(k + 1) == Some(&"the") && audience(k + 2)));
        Some((to_audience || !NOT_SAYING_NEXT.contains(&core.as_str())).then_some(subject))
    })?
}

/// Audiences someone tells things to, who do not answer in a release's
/// next quotation (`told reporters`), lowercase.
const AUDIENCES: &[&str] = &[
    "reporters",
    "journalists",
    "us",
    "me",
    "lawmakers",
    "senators",
    "attendees",
    "listeners",
    "viewers",
    "supporters",
    "residents",
    "students",
    "members",
    "crowd",
    "audience",
    "press",
    "committee",
    "gathering",
    "conference",
    "media",
];

/// Nouns of a reply that a sentence says someone had or gave (`Mrs. Roe
/// had a simple answer.`), lowercase.
const ANSWERS: &[&str] = &[
    "answer",
    "reply",
    "response",
    "retort",
    "rejoinder",
    "explanation",
];

/// Most adjectives between the article and the noun of a reply (`a
/// simple, honest answer`).
const MAX_ANSWER_ADJECTIVES: usize = 2;

/// True when `words` open with having or giving a reply (`had a simple
/// answer.`, `gave a blunt reply`) that ends its sentence, which the
/// quotation after it is.
fn gives_an_answer(words: &[&str]) -> bool {
    let [verb, article, rest @ ..] = words else {
        return false;
    };
    if !matches!(
        lower(verb).as_str(),
        "had" | "has" | "gave" | "gives" | "offered"
    ) || !matches!(lower(article).as_str(), "a" | "an" | "the" | "this" | "one")
    {
        return false;
    }
    rest.iter()
        .take(MAX_ANSWER_ADJECTIVES + 1)
        .position(|w| ANSWERS.contains(&lower(split_word(w).core).as_str()))
        .is_some_and(|k| k + 1 == rest.len())
}

/// Participles of describing that a passive sentence names its sayer
/// after (`Called “…” by Ann Roe`), lowercase.
const PASSIVE_DESCRIBING: &[&str] = &[
    "called",
    "described",
    "hailed",
    "praised",
    "dubbed",
    "labeled",
    "termed",
    "deemed",
];

/// Most words between a passive participle and the quotation it describes.
const MAX_BEFORE_PASSIVE_QUOTE: usize = 4;

/// Who a passive sentence says called something what the quotation says
/// (`Called the “most important policy in history” by Ann Roe, author of
/// …`): the full name or organization after `by` right after it. `lead` is
/// the text before the quotation, `rest` the text after its closing mark.
pub(super) fn passive_agent(lead: &str, rest: &str) -> Option<Attribution> {
    let words: Vec<&str> = lead.split_whitespace().collect();
    let near = words.len().saturating_sub(MAX_BEFORE_PASSIVE_QUOTE + 1);
    let described = words[near..].iter().any(|w| {
        let core = lower(split_word(w.trim_start_matches(['*', '_'])).core);
        PASSIVE_DESCRIBING.contains(&core.as_str())
    });
    let after: Vec<&str> = rest
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'))
        .split_whitespace()
        .collect();
    if !described || after.first() != Some(&"by") {
        return None;
    }
    let cores: Vec<String> = after[1..]
        .iter()
        .map(|w| w.replace(['*', '_'], ""))
        .collect();
    let cores: Vec<&str> = cores.iter().map(String::as_str).collect();
    let (name, _, _) = name_forward(&cores)?;
    if is_organization(&name) {
        return Some(Attribution::Organization(name));
    }
    (name.contains(' ') && is_person_name(&name)).then_some(Attribution::Name(name))
}

/// Most words of the clause a late attribution closes a sentence with.
const MAX_LATE_SAYER_WORDS: usize = 20;

/// The sayer a sentence names at its end, after the quotation and more of
/// the sentence (`“…” while also putting food on the table, Secretary
/// Xavier Becerra said on a call`): the subject of a speech verb opening
/// the sentence's last comma-separated part. `rest` is the text after the
/// quotation's closing mark, up to the next quotation.
pub(super) fn late_sayer(rest: &str) -> Option<Attribution> {
    let words: Vec<&str> = rest.split_whitespace().collect();
    let end = words
        .iter()
        .position(|w| ends_sentence(w))
        .map_or(words.len(), |k| k + 1);
    let sentence = &words[..end];
    let comma = sentence[..sentence.len().saturating_sub(1)]
        .iter()
        .rposition(|w| w.ends_with(','))?;
    let clause = &sentence[comma + 1..];
    if clause.len() > MAX_LATE_SAYER_WORDS || end == words.len() && !rest.trim_end().ends_with('.')
    {
        return None;
    }
    let (attribution, used, stopped) = subject_forward(clause)?;
    let said = !stopped && clause.get(used..).is_some_and(|verb| verb_len(verb) > 0);
    (said && matches!(attribution, Attribution::Name(_) | Attribution::Title(_)))
        .then_some(attribution)
}

/// Most lowercase words of a role between `not` and a name (`not council
/// member Bo Park`).
const MAX_NEGATED_ROLE_WORDS: usize = 3;

/// The person a correction says instead, when `before`, the words before
/// a name, end with `not` and a role (`It was Ann Roe, not council member
/// Bo Park, who called …`): `Some` of the name before `, not`, or of no
/// one; `None` when the name is not denied.
fn negated(before: &[&str]) -> Option<Option<Attribution>> {
    let role = before
        .iter()
        .rev()
        .take(MAX_NEGATED_ROLE_WORDS)
        .take_while(|w| w.starts_with(char::is_lowercase) && **w != "not")
        .count();
    let not = before.len().checked_sub(role + 1)?;
    if before[not] != "not" {
        return None;
    }
    let instead = before[..not]
        .last()
        .filter(|w| w.ends_with(','))
        .and_then(|_| name_backward(&before[..not], true))
        .filter(|run| is_person_name(&run.name))
        .map(|run| Attribution::Name(run.name));
    Some(instead)
}

/// Most words of a series of verbs after `who` before the speech verb
/// (`who sat across from me in my first month in office and said`).
const MAX_RELATIVE_SERIES: usize = 14;

/// The person a relative pronoun right before a verb stands for: `Ann
/// Roe, who called him "…"`; `words` end before the verb.
fn relative_subject(words: &[&str]) -> Option<Attribution> {
    let mut end = words.len();
    while end > 0 && is_adverb(words[end - 1]) {
        end -= 1;
    }
    // `Rafael Roe, who sat across from me and said`: a series of verbs in
    // the past after `who`, in one clause.
    if end > 2 && words[end - 1] == "and" {
        let series = (end.saturating_sub(MAX_RELATIVE_SERIES)..end - 2)
            .rev()
            .find(|&j| words[j] == "who")
            .filter(|&who| {
                is_past(split_word(words[who + 1]).core)
                    && words[who + 1..end - 1].iter().all(|w| !split_word(w).stop)
            });
        if let Some(who) = series {
            end = who + 1;
        }
    }
    if end < 2 || words[end - 1] != "who" || !words[end - 2].ends_with(',') {
        return None;
    }
    // `Rep. Ann Roe (D-Elm), who said`: past her tag.
    let named_end = match tag_start(&words[..end - 1], MAX_TAG_WORDS) {
        Some(open) if words[end - 2].trim_end_matches(',').ends_with(')') => open,
        _ => end - 1,
    };
    // Not the end of an organization's name (`Americans for Tax Reform`).
    let run = name_backward(&words[..named_end], true)?;
    let inside = |start: usize| {
        start
            .checked_sub(1)
            .is_some_and(|i| matches!(words[i], "of" | "for" | "on" | "the" | "&"))
    };
    if is_person_name(&run.name) && !inside(run.start) {
        return match negated(&words[..run.start]) {
            Some(instead) => instead,
            None => Some(Attribution::Name(run.name)),
        };
    }
    // `Ann Roe of the Emirate of Qasr, who told reporters`: `who` is a
    // person's, so the one named before where they are from.
    let mut start = run.start;
    for _ in 0..MAX_PLACE_NAMES {
        let the = usize::from(start > 0 && words[start - 1] == "the");
        let of = start.checked_sub(1 + the)?;
        if !matches!(words[of], "of" | "from") {
            return None;
        }
        let before = name_backward(&words[..of], false)?;
        if is_person_name(&before.name) && before.name.contains(' ') && !inside(before.start) {
            return Some(Attribution::Name(before.name));
        }
        start = before.start;
    }
    None
}

/// Most names of places or bodies, each after `of`, between a person's
/// name and the `who` that stands for them.
const MAX_PLACE_NAMES: usize = 2;

/// The subject of the verb at `k` when `found`, read right before it,
/// lies inside a phrase set off after a relative pronoun that is the
/// verb's subject, or when nothing was found there (`Ann Roe who, when
/// thanking the officers of the Elm Army, described …`): the name the
/// clause follows, or none.
fn relative_owner(words: &[&str], k: usize, found: Option<Attribution>) -> Option<Attribution> {
    let start = sentence_start(&words[..k]);
    let Some(who) = words[start..k]
        .iter()
        .rposition(|w| matches!(*w, "who," | "which,"))
        .map(|w| start + w)
    else {
        return found;
    };
    if let Some(found) = &found {
        let Attribution::Name(name) = found else {
            return Some(found.clone());
        };
        let surname = name.split_whitespace().last().unwrap_or("");
        let inside = words[who + 1..k]
            .iter()
            .any(|w| split_word(w).core == surname);
        if !inside {
            return Some(found.clone());
        }
    }
    match subject_backward(&words[start..who]) {
        Some(Attribution::Name(owner)) => Some(Attribution::Name(owner)),
        _ => None,
    }
}

/// Most lowercase words between a subject and the `to` of a speech verb
/// (`Lee is fond to say`, `I am proud to say`).
const MAX_BEFORE_TO: usize = 3;

/// The subject of a speech verb after `to`: `As Lee likes to say`, `I am
/// proud to say`, `Lee used to say`; `words` end before the verb.
fn infinitive_subject(words: &[&str]) -> Option<Attribution> {
    let (to, before) = words.split_last()?;
    if *to != "to" {
        return None;
    }
    let mut from = before.len();
    while from > 0
        && before.len() - from < MAX_BEFORE_TO
        && before[from - 1].starts_with(char::is_lowercase)
        && !split_word(before[from - 1]).stop
        && pronoun(before[from - 1]).is_none()
    {
        from -= 1;
    }
    if from == before.len() {
        return None;
    }
    subject_backward(&before[..from]).filter(|a| !matches!(a, Attribution::Group(_)))
}

/// Most opening phrases read past before a series' subject.
const MAX_OPENING_PHRASES: usize = 3;

/// The subject of a second verb in a series (`Lee signs gun bill, says
/// "…"`, `Lee visited the plant and noted that "…"`): the name opening
/// the sentence, when the verb after it and the speech verb at `k` agree
/// in tense (`signs`, `says`; `visited`, `noted`) and one comma or `and`
/// alone parts them.
fn serial_subject(words: &[&str], k: usize) -> Option<Attribution> {
    let tense = |w: &str| {
        let core = split_word(w).core;
        if !w.starts_with(char::is_lowercase) {
            None
        } else if is_past(core) {
            Some("ed")
        } else if core.ends_with('s') {
            Some("s")
        } else {
            None
        }
    };
    // `said plows had cleared every lane but warned that …`.
    let joined = k > 1 && (words[k - 1].ends_with(',') || matches!(words[k - 1], "and" | "but"));
    if !joined {
        return None;
    }
    // `Lee visited the plant, and said`: the comma before `and` parts no
    // more than `and` alone.
    let join_end = if matches!(words[k - 1], "and" | "but") && words[k - 2].ends_with(',') {
        k - 2
    } else {
        k - 1
    };
    let start = sentence_start(&words[..k]);
    // `And he looked over at me and said`: a conjunction opening it.
    let start = start + conjunction_len(&words[start..k]);
    // `Three years ago, at our last investor day, I stood`: one opening
    // phrase after another.
    let mut start = start;
    for _ in 0..MAX_OPENING_PHRASES {
        match opening_phrase_len(&words[start..k]) {
            0 => break,
            len => start += len,
        }
    }
    // `I remember because he stood up and said`: the subject of the
    // clause a subordinator opens, when the verbs are its; `…, and she
    // grabbed my arm and said`: a pronoun after `, and` opens one too.
    let start = (start + 1..k.saturating_sub(2))
        .rev()
        .find(|&j| {
            let opener = lower(words[j - 1]);
            let joined = opener == "and"
                && j >= 2
                && words[j - 2].ends_with(',')
                && pronoun(words[j]).is_some();
            // `When I complained, he'd look at me and say`: a pronoun
            // after the comma closing a clause in which the teller, a
            // subordinator opening it, tells of themselves (not `When the
            // city …, she`, whose person may be no one named).
            let main_clause = words[j - 1].ends_with(',')
                && matches!(
                    pronoun(words[j]),
                    Some(Attribution::Pronoun(Gender::Male | Gender::Female))
                )
                && (start..j - 1).any(|i| {
                    SUBORDINATORS.contains(&lower(words[i]).as_str())
                        && words
                            .get(i + 1)
                            .is_some_and(|w| matches!(lower(w).as_str(), "i" | "we"))
                });
            joined
                || main_clause
                || (SUBORDINATORS.contains(&opener.as_str()) || opener == "that")
                    && (pronoun(words[j]).is_some()
                    || words[j].starts_with(char::is_uppercase)
                    // `because a mother in our church, Alma Reyes, stood up`.
                    || described_name_start(&words[j..k]).is_some()
                    // `He said that a parishioner came to him and said`.
                    || opens_with_unnamed_person(&words[j..k])
                    || opens_with_someones_relative(&words[j..k]))
        })
        .unwrap_or(start);
    // `The law’s chief sponsor, Senator Ann Roe of Elm, stood … and said`:
    // the name after the description is the subject, and where they are
    // from is read past.
    let described = described_name_start(&words[start..k]);
    let start = start + described.unwrap_or(0);
    let (attribution, used, mut stopped) = subject_forward(&words[start..k])?;
    let mut verb = start + used;
    if described.is_some() {
        if matches!(words.get(verb), Some(&("of" | "from"))) {
            let comma = (verb..k.min(verb + MAX_PLACE_WORDS)).find(|&j| words[j].ends_with(','))?;
            verb = comma + 1;
        }
        stopped = false;
    }
    // `Lee in his statement credited …`: where the subject said it.
    if words.get(verb) == Some(&"in")
        && verb + 3 < k
        && !words[verb - 1].ends_with('.')
        && saying_phrase_len(&words[..verb + 3]) == 3
    {
        verb += 3;
        stopped = false;
    }
    // An `and` inside a name (`the Office of Faith-Based and Neighborhood
    // Partnerships`) joins no clauses.
    let capital = |i: usize| {
        words
            .get(i)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    // `when we toured the valley she turned to me and said`: a subject
    // pronoun opens a clause of its own.
    let one_clause = (verb..join_end).all(|i| {
        let w = words[i];
        let joins = w == "and" && !(i > 0 && capital(i - 1) && capital(i + 1));
        let subject = i > verb && matches!(w, "he" | "she" | "they" | "we" | "I");
        !w.ends_with([',', ';', ':', '.', '!', '?']) && !joins && !subject
    });
    // `She came into my office, very pale, and said`: commas inside one
    // predicate, closed by `, and`, with no one else in it to be a subject.
    let one_predicate = || {
        words[k - 1] == "and"
            && join_end == k - 2
            && (verb + 1..=join_end).all(|i| {
                let w = words[i];
                !w.starts_with(char::is_uppercase)
                    && !w.ends_with([';', ':', '.', '!', '?'])
                    && !matches!(
                        lower(w).as_str(),
                        "and" | "who" | "which" | "he" | "she" | "they" | "we" | "i"
                    )
            })
    };
    // `I looked at it and thought, "…"`: the first person tells its own
    // story in any tense.
    if attribution == Attribution::FirstPerson && words[k - 1] == "and" {
        return (!stopped && verb < k - 1 && one_clause).then_some(attribution);
    }
    // `she would hand me a book and say`: what someone used to do, a
    // verb after `would` (or `she’d`), then one in its plain form.
    // `He’d put down his fork and say`: `would` in the subject's word.
    let contracted =
        verb > start && (words[verb - 1].ends_with("’d") || words[verb - 1].ends_with("'d"));
    let would = if words.get(verb) == Some(&"would") {
        Some(verb + 1)
    } else {
        contracted.then_some(verb)
    };
    let habit = would.is_some_and(|first| first < k - 1)
        && words[k - 1] == "and"
        && words[k].starts_with(char::is_lowercase)
        && tense(words[k]).is_none()
        && matches!(attribution, Attribution::Name(_) | Attribution::Pronoun(_))
        && !stopped
        && one_clause;
    if habit {
        return Some(attribution);
    }
    let said = tense(words[k])?;
    if words[k - 1].ends_with(',') && said != "s" {
        return None;
    }
    // `She noted that …, and said the recovery was "…"`: a pronoun as the
    // sentence's subject too, resolved as `she said` would be (`you stood
    // on the floor and said` as `you said`).
    (matches!(
        attribution,
        Attribution::Name(_)
            | Attribution::Title(_)
            | Attribution::Pronoun(_)
            | Attribution::Office(..)
            | Attribution::SecondPerson
    ) && !stopped
        && verb < k - 1
        && tense(words[verb]) == Some(said)
        && (one_clause || one_predicate()))
    .then_some(attribution)
}

/// Most words of where a person is from after their name (`of Ostvale,`).
const MAX_PLACE_WORDS: usize = 4;

#[cfg(test)]
mod tests {
    use super::super::testing::{some, speakers};

    #[test]
    fn he_or_she_after_the_teller_s_own_clause_speaks() {
        assert_eq!(
            speakers(&[
                "Emeka Obi came to this country with two suitcases. And when I was a little girl and I'd complain, he'd look at me over his glasses and say, “A contract is a promise.”",
            ]),
            [some("Emeka Obi")]
        );
    }

    #[test]
    fn someone_unnamed_after_that_speaks_the_verbs_of_their_clause() {
        assert_eq!(
            speakers(&[
                "Father Bo Park is the pastor. He said that a parishioner came to him and said, “Father, I'm here for the fund.”",
            ]),
            [None]
        );
    }

    #[test]
    fn a_verb_after_that_following_a_thing_is_the_things() {
        assert_eq!(
            speakers(&[
                "Bo Park, the deputy, read a statement from the mayor’s office that called the crews “the backbone of this city.”",
                "Bo Park said that “crews are the backbone.”",
            ]),
            [None, some("Bo Park")]
        );
    }

    #[test]
    fn a_participle_after_a_persons_name_or_noun_is_theirs() {
        assert_eq!(
            speakers(&[
                "Bo Park met the families. He recalled a parent telling him, “Stay.”",
                "He remembered Ann Roe saying, “We will not leave.”",
                "Bo Park issued a statement saying, “We will stay.”",
                "Bo Park continued, saying, “We will stay.”",
                "When it came, outgoing Prime Minister Bo Park conceded in a speech, telling us, “Stay.”",
            ]),
            [
                None,
                some("Ann Roe"),
                some("Bo Park"),
                some("Bo Park"),
                some("Prime Minister Bo Park")
            ]
        );
    }

    #[test]
    fn a_quotation_after_its_speakers_sentence_is_theirs() {
        assert_eq!(
            speakers(&[
                "Associate Attorney General Ann Roe, who leads the Task Force,emphasized the need for action. “It will take all of us.”",
                "Mayor Bo Park asked the governor about the bridge. “We will build it.”",
                "The report noted the losses. “Fewer farms are left.”",
                "When asked why she stayed, Mrs. Cy Lowe had a simple answer. “This river is my home.”",
                "Mayor Di Hart had a plan. “It will work by the spring.”",
            ]),
            [
                some("Associate Attorney General Ann Roe"),
                None,
                None,
                some("Mrs. Cy Lowe"),
                None
            ]
        );
    }

    #[test]
    fn where_a_person_spoke_opening_the_sentence_makes_them_its_speaker() {
        assert_eq!(
            speakers(&[
                "Speaking to the families in attendance, Dr. Ann Roe linked their strength to readiness: “You serve us all.”",
                "Speaking in the spring of 1964 about his plans, Bo Park asked: “What kind of society will we be?”",
                "Speaking of rivers, the plan funds three dams: “Clean Water Now”",
                "Speaking to the families, the plan links strength to readiness, “You serve us all.”",
            ]),
            [some("Dr. Ann Roe"), some("Bo Park"), None, None]
        );
    }

    #[test]
    fn a_named_subject_says_the_second_verb_of_its_sentence() {
        assert_eq!(
            speakers(&[
                "Ann Roe visited the plant, and said: “We build here.”",
                "Ann Roe in her statement credited the plan and said: “We build here.”",
                "Ann Roe, in her statement, credited the plan, and said: “We build here.”",
                "Ann Roe visited the plant, Bo Park opened it, and said: “We build here.”",
            ]),
            [some("Ann Roe"), some("Ann Roe"), some("Ann Roe"), None]
        );
    }

    #[test]
    fn the_first_person_with_two_verbs_says_the_second() {
        let said = super::super::testing::speakers_in(
            "Remarks by Governor Ann Roe at the Plant",
            None,
            &[
                "They showed me the new blade. I looked at it and thought, “What a sight.”",
                "I mean, I looked at the dam and thought, “What a wall.”",
                "A year ago today, Mayor Bo Park opened the Office of Rivers and Lakes and urged us to “keep the valley green.”",
                "You know, my father drove me past it and said, “That is the dam.”",
                "When we toured the valley last fall she turned to me and said, “It is a map problem.”",
                "Bo reminded me that his great-grandfather was a sailor who landed here and wrote home that Elm was “the only city.”",
                "She told me it was so thick that her office manager nicknamed it “the phone book.”",
            ],
        );
        assert_eq!(
            said,
            [
                some("Governor Ann Roe"),
                some("Governor Ann Roe"),
                some("Mayor Bo Park"),
                None,
                None,
                None,
                None
            ]
        );
    }

    #[test]
    fn a_phrase_of_time_before_the_subject_is_read_past() {
        assert_eq!(
            speakers(&[
                "In October 2021, Governor Ann Roe visited the plant and noted that the jobs would “last for a generation.”",
                "On Monday, Bo Park toured the site, saying “this is only the start.”",
                "In the end the plan and the law were, saying “this is only the start.”",
                "Among those in attendance, a nursing student, Cy Lowe teared up listening to the Governor speak, afterwards saying “she gave us a voice.”",
            ]),
            [
                some("Governor Ann Roe"),
                some("Bo Park"),
                None,
                some("Cy Lowe")
            ]
        );
    }

    #[test]
    fn a_pronoun_may_be_the_subject_of_a_second_verb_in_a_series() {
        assert_eq!(
            speakers(&[
                "Secretary Ann Roe thanked the minister for the help. She noted that the units had restored water, and said the recovery was “only at its beginning.”",
                "Mayor Bo Park and Kai Roe met. He visited the plant and noted that “jobs are back.”",
                "Commissioner Cy Moss said plows had cleared every lane but warned that side roads “will stay icy.”",
            ]),
            [
                some("Secretary Ann Roe"),
                None,
                some("Commissioner Cy Moss")
            ]
        );
    }

    #[test]
    fn a_title_after_the_is_the_person_the_release_gives_it() {
        assert_eq!(
            speakers(&[
                "Delivering the judgment, Chief Justice Ann Roe spoke. The Chief Justice noted the law. “It is void,” she said.",
                "Commissioner Ann Roe presented it. Member States that invest will pay less. “It works,” she said.",
            ]),
            [some("Chief Justice Ann Roe"), some("Commissioner Ann Roe")]
        );
    }

    #[test]
    fn words_of_a_job_the_titles_lack_are_read_past_to_a_given_name() {
        assert_eq!(
            speakers(&[
                "Senior Ranger Grace Roe said the arrests followed. “We found it,” she said.",
                "“It helps,” said Round Lake Mother Sandra Ruiz.",
                "“It helps,” said Labor Caucus Co-ChairsRepresentatives Ann Roe (MI-12), Bo Park (NV-04).",
            ]),
            [some("Grace Roe"), some("Sandra Ruiz"), None]
        );
    }

    #[test]
    fn surnames_particles_titles_and_questions_put_to_someone() {
        assert_eq!(
            speakers(&[
                "Yusuf bin Harith farms wheat. “The soil remembers,” bin Harith said.",
                "Police Chief Ann Roe spoke. “We will release it,” the chief said.",
                "Asked what the crew ate, Bo Park laughed. “Tortillas,” he said.",
                "Cy Moss plays drums. Asked whether he thought of retiring, Moss laughed. “Retire to what, exactly?” he said.",
                "Governor Ann Roe signed it. “We can,” said Rep. Ida Lee. The governor, who taught for nine years, recalled her first class. “Teach,” she said.",
                "Chair Bo Park opened it. Responding, the Chair said the Board “listens to all.”",
                "For her part, President Ann Roe thanked her host for what she called “a welcome.”",
                "Governor Ann Roe signed it. She thanked them, calling the deal “a model for all.”",
                "Governor Ann Roe signed it, calling for “fair pay” at once.",
                "“You are go,” flight director Ann Roe radioed.",
            ]),
            [
                some("Yusuf bin Harith"),
                some("Chief Ann Roe"),
                some("Bo Park"),
                some("Cy Moss"),
                some("Rep. Ida Lee"),
                some("Governor Ann Roe"),
                some("Chair Bo Park"),
                some("President Ann Roe"),
                some("Governor Ann Roe"),
                None,
                some("Ann Roe")
            ]
        );
    }

    #[test]
    fn what_someone_used_to_do_and_say_is_theirs() {
        assert_eq!(
            speakers(&[
                "My mother, Ann Roe, was the librarian. And every Friday she would hand me a book and say, “Read this.”",
                "My mother, Ann Roe, was a nurse. She would say, “Wash your hands.”",
                "My mother, Ann Roe, was a nurse. Every Friday she said, “Wash your hands.”",
                "It began because a mother in our church, Ann Roe, stood up and said, “I need help.”",
                "I grew up near the Elm River, and I remember my uncle, Bo Park, taking me fishing. He held up a trout and said, “Stay.”",
            ]),
            [
                some("Ann Roe"),
                some("Ann Roe"),
                some("Ann Roe"),
                some("Ann Roe"),
                some("Bo Park")
            ]
        );
    }

    #[test]
    fn whom_someone_hears_say_it_says_it() {
        assert_eq!(
            speakers(&[
                "Dr. Ann Roe teaches media economics. My students hear me say, “The news was never the product.”",
                "Bo Park spoke first. I heard him say, “No.”",
            ]),
            [None, some("Bo Park")]
        );
    }

    #[test]
    fn what_someone_would_do_is_theirs_with_would_contracted_too() {
        assert_eq!(
            speakers(&[
                "My father, Ramon Ruiz, drove a switch engine. He'd put down his fork and say, “Y que aprendiste hoy?”",
            ]),
            [some("Ramon Ruiz")]
        );
    }

    #[test]
    fn a_series_subject_comes_after_its_opening_phrases() {
        assert_eq!(
            speakers(&[
                "Three years ago, at our last investor day, Ann Roe stood on this stage and said, “We will win.”",
                "Two weeks ago Bo Park stood here and said our goal was “the grid.”",
            ]),
            [some("Ann Roe"), some("Bo Park")]
        );
    }

    #[test]
    fn a_sentence_opening_with_a_speech_participle_is_its_subjects() {
        assert_eq!(
            speakers(&[
                "Calling the floods “the defining test of our time,” on May 9, 2021, Governor Ann Roe convened the mayors.",
                "Calling the floods “the defining test of our time,” the report sets out a plan.",
            ]),
            [some("Governor Ann Roe"), None]
        );
    }

    #[test]
    fn issuing_or_releasing_a_statement_introduces_it() {
        assert_eq!(
            speakers(&[
                "WASHINGTON – Today, Rep. Ann Roe voted for the bill, issuing the following statement:",
                "“This bill is a good day for the towns of the valley.”",
                "Today, we are releasing the annual report, “Elm Health Across the Valley,” which details our work.",
            ]),
            [some("Rep. Ann Roe"), None]
        );
    }

    #[test]
    fn an_office_before_a_name_is_read_past() {
        assert_eq!(
            speakers(&[
                "Elm Law Clinical Instructor Jade Brown reflected, “I really felt we could reach a large number of people.”",
                "As a leader in law, Elm Law Dean, Ann Roe recognizes that “Few things are more disruptive than an eviction.”",
            ]),
            [some("Instructor Jade Brown"), some("Ann Roe")]
        );
    }

    #[test]
    fn the_person_thanked_for_telling_the_speaker_says_it() {
        assert_eq!(
            speakers(&[
                "I want to thank Mayor Ann Roe for that introduction — and for taking me aside and warning me, “Don’t promise a train.”",
                "I want to thank Mayor Ann Roe for that introduction, saying, “She was right.”",
            ]),
            [some("Mayor Ann Roe"), None]
        );
    }

    #[test]
    fn who_after_a_name_speaks_for_it() {
        assert_eq!(
            speakers(&[
                "He represented the union and Ann Roe, who called him “the best counsel we ever had.”",
                "He represented the union, which called him “the best counsel we ever had.”",
                "It is backed by Friends for Clean Rivers, who said, “It is a good bill.”",
                "Co-sponsors include Rep. Ada Moss (D-EL), who said: “It is a good bill.”",
                "The mission was led by Bo Park of the Emirate of Qasr, who said it was “calm.”",
                "We thank the staff of the Bank of Elm, who said it was “calm.”",
                "Chair Ann Roe read from the findings of the Office for Custody Standards, which concluded that checks were “a box to tick.”",
                "I thank our minister, Rafael de la Serna-Obi, who sat across from me in my first month and said, “Give me four years.”",
                "We had a caller, Ann Roe from Eastgate, who said, “I walk to work.”",
                "Correction: It was council member Ann Lee, not council member Bo Park, who called it “a chance.”",
            ]),
            [
                some("Ann Roe"),
                None,
                None,
                some("Rep. Ada Moss"),
                some("Bo Park"),
                None,
                None,
                some("Rafael de la Serna-Obi"),
                some("Ann Roe"),
                some("Ann Lee")
            ]
        );
    }

    #[test]
    fn a_name_inside_a_relative_clause_is_not_the_subject() {
        assert_eq!(
            speakers(&[
                "It was Ann Roe who, when thanking the officers of the Elm Army, described it as “a day of joy.”",
            ]),
            [some("Ann Roe")]
        );
    }

    #[test]
    fn a_speech_verb_after_to_is_its_subjects() {
        assert_eq!(
            speakers(&[
                "As Ann Roe likes to say, “Never give up.”",
                "Bo Park used to say, “Keep the faith.”",
                "The plan is to say “yes” to every town.",
            ]),
            [some("Ann Roe"), some("Bo Park"), None]
        );
    }
}
