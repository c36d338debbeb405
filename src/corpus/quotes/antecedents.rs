//! Who a pronoun may stand for: the subjects of a text's sentences (`Rep.
//! Ann Roe voted …`, `The President toured …`, `…, Ann Roe, the under
//! secretary, said Tuesday.`), and the subject a paragraph opens with.

use super::agents::{joined_by, thing_done_by};
use super::apposition::{described_name_start, is_aside, is_person_noun};
use super::given_names::is_given_name;
use super::lexicon::{
    CONNECTORS, MEETING_VERBS, QUESTION_VERBS, RELATIONS, is_past, is_role, is_suffix,
};
use super::names::is_person_name;
use super::openers::{SUBORDINATORS, conjunction_len, lead_in_len};
use super::referents::{Attribution, pronoun, the_title};
use super::runs::{name_backward, name_forward, plausible};
use super::sayings::writer_shown;
use super::subject::{subject_backward, subject_forward};
use super::unnamed::{
    MAX_PERSON_MODIFIERS, called_by_title, clause_opens_on_someone_unnamed, met_unnamed,
    opens_with_someones_relative, opens_with_unnamed_person, speaks_unnamed,
};
use super::words::{
    is_abbreviation, is_age, is_calendar_word, is_possessive, lower, split_word, verb_len,
};

/// The subject a paragraph opens with, after its dateline and a short
/// adverbial (`WASHINGTON – Today, Rep. Ann Roe voted …` gives `Rep. Ann
/// Roe`), when a verb follows it.
pub(super) fn opening_subject(text: &str) -> Option<Attribution> {
    let words: Vec<&str> = text.split_whitespace().take(40).collect();
    sentence_subject(&words)
}

/// The subject a sentence (as words) opens with, as [`opening_subject`].
fn sentence_subject(words: &[&str]) -> Option<Attribution> {
    let from = lead_in_len(words);
    let (mut attribution, mut used, mut stopped) = subject_forward(words.get(from..)?)?;
    // `Harbor master Teriipaia said`: a capitalised word and a role
    // describe the person named after them.
    if let Attribution::Name(name) = &attribution
        && !name.contains(' ')
        && !stopped
        && words.get(from + used).is_some_and(|w| {
            let noun = split_word(w);
            !noun.stop
                && w.starts_with(char::is_lowercase)
                && (is_role(noun.core) || is_person_noun(noun.core))
        })
        && words
            .get(from + used + 1)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && let Some((named, named_used, named_stopped)) = subject_forward(&words[from + used + 1..])
    {
        used += 1 + named_used;
        (attribution, stopped) = (named, named_stopped);
    }
    // `Working with Ann Roe was a joy.`: a gerund, no name.
    if let Attribution::Name(name) = &attribution
        && !name.contains(' ')
        && name.ends_with("ing")
    {
        return None;
    }
    let after = from + used;
    // A verb in the past or of speech at `at`.
    let verb_at = |at: usize| {
        words
            .get(at)
            .map(|w| w.trim_end_matches(['.', '!', '?']))
            .is_some_and(|verb| {
                verb.chars().all(|c| c.is_lowercase()) && (is_past(verb) || verb_len(&[verb]) > 0)
            })
    };
    // `Roe, who is known as “Z,” said`, `Roe, known on set as “Chip,”
    // dedicated`: such a clause is about a person, named in full or not.
    let relative = words
        .get(after)
        .is_some_and(|w| matches!(*w, "who" | "whose" | "known" | "nicknamed"));
    // `Joseph, 61, farms …`, `Rosa, a mother of three who …, said`: a
    // person by their age or a description, then their verb.
    // `Rosalind, for her part, got …`: an aside between commas too.
    let described_person = relative
        || words
            .get(after..)
            .is_some_and(|rest| is_age_or_description(rest) || is_aside(rest));
    let name_then_comma = stopped
        && matches!(&attribution, Attribution::Name(name)
            if (is_person_name(name) && name.contains(' ')) || (described_person && plausible(name)))
        && words
            .get(after.saturating_sub(1))
            .is_some_and(|w| w.ends_with(','));
    // `Bo Park, President of Elm Water, exposed the plan.`: a full name, an
    // apposition between commas (one may close a quotation), then a verb.
    let apposed = words
        .iter()
        .skip(after)
        .take(MAX_APPOSITION_WORDS)
        .position(|w| w.trim_end_matches(['”', '"', '’']).ends_with(','))
        .is_some_and(|close| {
            let at = after + close + 1;
            verb_at(at)
                || (described_person
                    && words
                        .get(at)
                        .is_some_and(|w| w.chars().all(char::is_lowercase)))
        });
    // `The Commissioner for Agriculture, Dr. Bo Park, presented …`: a
    // person described, then named between commas, then a verb.
    // `A spokesman for the Front, Bo Park, rejected …`: the same, the
    // description read as the sentence's lead-in.
    let described = (words
        .get(from)
        .is_some_and(|w| matches!(*w, "The" | "Its" | "Their"))
        || (from > 0 && words[from - 1].ends_with(',')))
        && verb_at(after);
    if name_then_comma && (apposed || described) {
        return Some(attribution);
    }
    // `The governor, who taught school for nine years, recalled …`: a
    // title, then a clause about its holder, then the verb.
    if stopped && relative && matches!(attribution, Attribution::Title(_)) && apposed {
        return Some(attribution);
    }
    let verb_follows = !stopped
        && (0..3).any(|k| {
            words
                .get(after + k..)
                .and_then(|rest| rest.first())
                // `Bo Park laughed.`: the verb may end the sentence.
                .map(|w| w.trim_end_matches(['.', '!', '?']))
                .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_lowercase()))
        });
    verb_follows.then_some(attribution)
}

/// Most words addressing someone after a name a sentence is made of (`,
/// Your Honor.`).
const MAX_ANSWER_ADDRESS: usize = 3;

/// The full name a verbless sentence is made of, someone addressed after
/// it aside (`Carla Ruiz-Haddad, Your Honor.`): an answer naming whom it
/// was asked about.
fn answer_name(sentence: &[&str]) -> Option<String> {
    let (name, used, stopped) = name_forward(sentence)?;
    let rest = &sentence[used..];
    let whole = rest.is_empty() && sentence.last().is_some_and(|w| w.ends_with('.'));
    let addressed = stopped
        && sentence[used - 1].ends_with(',')
        && !rest.is_empty()
        && rest.len() <= MAX_ANSWER_ADDRESS
        && rest.iter().all(|w| w.starts_with(char::is_uppercase))
        && rest.last().is_some_and(|w| w.ends_with('.'));
    ((whole || addressed) && name.contains(' ') && is_person_name(&name)).then_some(name)
}

/// Most words of an apposition after a sentence's subject.
const MAX_APPOSITION_WORDS: usize = 20;

/// True when the words after a name and its comma give a person's age
/// (`61,`), describe them with an article and a person's noun (`a mother
/// of three`) or say where they are from (`from Wicker Falls,`).
pub(super) fn is_age_or_description(after: &[&str]) -> bool {
    let age = after.first().is_some_and(|w| is_age(w));
    let described = matches!(after.first(), Some(&("a" | "an")))
        && after
            .iter()
            .skip(1)
            .take(MAX_PERSON_MODIFIERS + 1)
            .any(|w| is_person_noun(split_word(w).core));
    // `Earl, from Wicker Falls,`: where the person is from.
    let from = after.first() == Some(&"from")
        && after
            .get(1)
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    // `Roe, the company’s CTO,`: their office.
    let office = matches!(after.first(), Some(&("the" | "its" | "their" | "our")))
        && after
            .iter()
            .skip(1)
            .take(MAX_PERSON_MODIFIERS + 1)
            .position(|w| w.ends_with(','))
            .is_some_and(|comma| {
                let noun = lower(after[1 + comma]);
                is_role(&noun)
            });
    age || described || from || office
}

/// The people a text names as the subjects of its sentences (a name, or
/// without `appositions` a title such as `The President`), each with the
/// byte offset of its sentence: who a later `he` or `she` may stand for.
/// A sentence whose subject is a proper name readout cannot read as a
/// person (`In closing remarks, Climate Czar John Forbes Kerr reviewed …`)
/// gives `None`: a pronoun after it may mean that one, so it stops the
/// search.
///
/// With `appositions`, a full name opening a sentence before a comma
/// (`Irene Khan, a U.N. rapporteur, highlighted …`) is its subject too,
/// verb or not: enough to say someone else may speak now, too loose to
/// resolve a pronoun with (`Pittsburgh Post-Gazette:` would pass).
pub(super) fn subjects(text: &str, appositions: bool) -> Vec<(usize, Option<Attribution>)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut at = 0;
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| {
            let offset = text[at..].find(w).map_or(at, |k| at + k);
            at = offset + w.len();
            (offset, w)
        })
        .collect();
    let quoted = inside_double_marks(&words);
    while start < words.len() {
        // `[laughter] This one's from …`: a stage direction before a
        // sentence is no part of it.
        if words[start].1.starts_with('[')
            && let Some(close) = (start..words.len().min(start + MAX_STAGE_DIRECTION))
                .find(|&k| words[k].1.ends_with(']'))
        {
            start = close + 1;
            continue;
        }
        let end = (start..words.len())
            .find(|&k| {
                // `… “unbelievably calm.” “One …`: a closing mark after the
                // stop; a stop inside the marks (`a sign that read “Be
                // Patient. We See You.”`) ends no sentence of the text.
                // `There she is. [Applause.]`: a bracketed stage direction
                // is a sentence of its own.
                let w = words[k].1.trim_end_matches(['"', '”', '’', ']']);
                // `… named Everett Roe Sr. He told me`: a suffix ends its
                // name, so a capitalised word after it opens a sentence.
                let suffix_end = is_suffix(w.trim_end_matches('.'))
                    && words
                        .get(k + 1)
                        .is_some_and(|(_, next)| next.starts_with(char::is_uppercase));
                (w.ends_with(['!', '?'])
                    || (w.ends_with('.') && (!is_abbreviation(w) || suffix_end)))
                    && (!quoted[k] || w.len() < words[k].1.len())
            })
            .map_or(words.len(), |k| k + 1);
        let sentence: Vec<&str> = words[start..end].iter().map(|(_, w)| *w).collect();
        // `“Mr. Park did well,” she said.`: words quoted are no subject;
        // the speaker a sentence names after them still is.
        if sentence
            .first()
            .is_some_and(|w| w.starts_with(['"', '“', '‘']))
        {
            if let Some(name) = later_speaker(&sentence) {
                out.push((words[end - 1].0, Some(Attribution::Name(name))));
            }
            start = end;
            continue;
        }
        // `Is the Prime Minister coming?`: a question's subject after its
        // verb.
        // `And does the President plan to visit?`: after a conjunction too.
        let conjunction = conjunction_len(&sentence);
        let asked = sentence
            .get(conjunction)
            .is_some_and(|w| QUESTION_VERBS.iter().any(|q| q.eq_ignore_ascii_case(w)))
            && sentence.last().is_some_and(|w| w.ends_with('?'));
        let sentence = &sentence[if asked { conjunction + 1 } else { 0 }..];
        // The sentence after its opening phrase, where its subject is
        // (`But the engineer, Bo Park, was …`: after a conjunction too).
        let rest = &sentence[lead_in_len(sentence).min(sentence.len())..];
        let rest = &rest[conjunction_len(rest)..];
        let subject = sentence_subject(sentence);
        let named = matches!(&subject, Some(Attribution::Name(name)) if plausible(name));
        let before = out.len();
        // `my grandmother, Ruth Whitfield, raised me`: someone described,
        // then named between commas.
        let described = described_name_start(rest)
            .and_then(|at| name_forward(&rest[at..]))
            .map(|(name, _, _)| name)
            .or_else(|| named_after_heading(sentence))
            .or_else(|| relative_by_given_name(rest));
        match subject {
            _ if let Some(name) = described => {
                out.push((words[start].0, Some(Attribution::Name(name))));
            }
            // `A member of the association said …`, `Both women have
            // worked …`, `Ann Roe and Bo Park recalled …`, `Her brother was
            // more modest.`: someone unnamed, or two people, whom a later
            // `he` or `she` may mean.
            // `Marchetti-Dunne and Bae were asked …`: both, at one place,
            // for a pronoun's gender to tell apart.
            _ if let Some((first, second)) = two_names(rest) => {
                out.push((words[start].0, Some(Attribution::Name(first))));
                out.push((words[start].0, Some(Attribution::Name(second))));
            }
            // `The senator has said a lot of things.`: an office, for the
            // person holding it to be found.
            Some(office @ Attribution::Office(..)) if !appositions => {
                out.push((words[start].0, Some(office)));
            }
            // `The two leaders agreed …`: several people, any of whom a
            // later `she` may mean (not `they`, often inside a quotation).
            Some(Attribution::Group(_)) if rest.first().is_some_and(|w| lower(w) != "they") => {
                out.push((words[start].0, None));
            }
            _ if opens_with_unnamed_person(rest)
                || (!named && opens_with_someones_relative(rest))
                || (!named && clause_opens_on_someone_unnamed(sentence))
                || opens_with_two_names(rest)
                || (has_two_agents(rest) && joined_by(rest).is_empty())
                || opens_with_possessor(rest) =>
            {
                out.push((words[start].0, None));
            }
            Some(Attribution::Name(name)) if plausible(&name) => {
                out.push((words[start].0, Some(Attribution::Name(name))));
            }
            // `The President toured the plant.`: the person the release
            // gives that title, for a pronoun to stand for.
            Some(Attribution::Title(title)) if !appositions => {
                out.push((words[start].0, Some(Attribution::Title(title))));
            }
            // `Irene Khan, a U.N. rapporteur, highlighted that …`: a full
            // name opening the sentence before an apposition.
            _ if appositions
                && name_forward(sentence)
                    .is_some_and(|(name, _, stopped)| stopped && is_person_name(&name)) =>
            {
                let name = name_forward(sentence).map(|(name, _, _)| Attribution::Name(name));
                out.push((words[start].0, name));
            }
            // `When Bo Park declared independence, he announced …`: the
            // subject of a clause opening the sentence, before the pronoun
            // of its main clause.
            _ if let Some(name) = opening_clause_subject(sentence) => {
                out.push((words[start].0, Some(Attribution::Name(name))));
            }
            // `Carla Ruiz-Haddad, Your Honor.`: an answer naming someone.
            _ if let Some(name) = answer_name(sentence) => {
                out.push((words[start].0, Some(Attribution::Name(name))));
            }
            _ => match later_speaker(sentence) {
                // `Savings grow, Ann Roe, the under secretary, said
                // Tuesday.`: the speaker a sentence names later, placed at
                // its end: a pronoun inside the sentence may mean another.
                Some(name) => out.push((words[end - 1].0, Some(Attribution::Name(name)))),
                None if opens_with_proper_name(sentence) => out.push((words[start].0, None)),
                None => {}
            },
        }
        let named = introduced(&words[start..end]);
        // `David had always idolized it, his mother said.`: someone
        // unnamed speaks last, whom a later `she` may mean (not someone
        // the sentence goes on to name).
        if named.is_empty() && speaks_unnamed(sentence) {
            out.push((words[end - 1].0, None));
        }
        // `Now, when I told the President I was coming, he said …`: whom
        // the speaker's opening clause names, or no one readout can tell.
        if out.len() == before
            && let Some(object) = first_person_clause_object(sentence)
        {
            out.push((words[start].0, object));
        }
        // `I spoke with the Governor myself this morning.`: the office
        // the speaker talked to.
        if out.len() == before
            && let Some(title) = talked_to_by_first_person(sentence)
        {
            out.push((words[start].0, Some(Attribution::Title(title))));
        }
        // `I met a young veterinarian in Elm — she asked me not to use her
        // name`: someone met and not named.
        if named.is_empty() && met_unnamed(sentence) {
            out.push((words[end - 1].0, None));
        }
        // `I joined a seder at Beth Shalom, where Rabbi Ann Roe led …`: the
        // person a `where` clause has for its subject.
        if let Some((k, name)) = where_clause_subject(sentence) {
            out.push((words[start + k].0, Some(Attribution::Name(name))));
        }
        // `I threw it where Coach told me to`: someone called by a title
        // or a relation alone, inside the sentence.
        if let Some(k) = called_by_title(sentence) {
            out.push((words[start + k].0, None));
        }
        out.extend(named);
        start = end;
    }
    out
}

/// Most words of a bracketed stage direction (`[Laughter and
/// applause.]`).
const MAX_STAGE_DIRECTION: usize = 4;

/// The given name of someone's relative set off by commas after the
/// relation (`His wife, June, had a stroke.`), whom a later `she` means.
fn relative_by_given_name(rest: &[&str]) -> Option<String> {
    let [owner, relation, name, ..] = rest else {
        return None;
    };
    let owned = matches!(
        lower(owner).as_str(),
        "his" | "her" | "their" | "my" | "our"
    );
    let given = name.strip_suffix(',')?;
    (owned
        && relation
            .strip_suffix(',')
            .is_some_and(|r| RELATIONS.contains(&r))
        && is_given_name(given))
    .then(|| given.to_string())
}

/// The person named in full right after `, where` with a verb in the
/// past (`…, where Rabbi Ann Roe led the seder`), and where the name
/// starts in `sentence`.
fn where_clause_subject(sentence: &[&str]) -> Option<(usize, String)> {
    (1..sentence.len()).find_map(|j| {
        if lower(sentence[j]) != "where" || !sentence[j - 1].ends_with(',') {
            return None;
        }
        let (name, used, stopped) = name_forward(&sentence[j + 1..])?;
        let verb = split_word(sentence.get(j + 1 + used)?).core;
        (!stopped
            && name.contains(' ')
            && is_person_name(&name)
            && verb.starts_with(char::is_lowercase)
            && is_past(verb))
        .then_some((j + 1, name))
    })
}

/// Most words before the subordinator of a sentence's opening clause
/// (`Now, when I …`).
const MAX_BEFORE_CLAUSE: usize = 2;

/// The title of whom a sentence says its first person talked with (`I
/// spoke with the Governor`, `We met the Prime Minister`).
fn talked_to_by_first_person(sentence: &[&str]) -> Option<String> {
    let from = lead_in_len(sentence);
    let rest = sentence.get(from..)?;
    let [subject, verb, after @ ..] = rest else {
        return None;
    };
    if !matches!(*subject, "I" | "We")
        || !matches!(*verb, "spoke" | "talked" | "met" | "called" | "phoned")
    {
        return None;
    }
    let object = match after {
        [link, object @ ..] if matches!(*link, "with" | "to") => object,
        object => object,
    };
    the_title(object).map(|(title, _)| title)
}

/// The person an opening clause whose subject is `I` or `we` names (`When
/// I told the President I was coming, he said …` gives the President);
/// `Some(None)` when it names two (`When I think of Ann and Cy,`).
fn first_person_clause_object(sentence: &[&str]) -> Option<Option<Attribution>> {
    let k = sentence
        .iter()
        .take(MAX_BEFORE_CLAUSE + 1)
        .position(|w| SUBORDINATORS.contains(&lower(w).as_str()))?;
    if !matches!(sentence.get(k + 1), Some(&("I" | "we"))) {
        return None;
    }
    let comma = (k + 2..sentence.len()).find(|&j| sentence[j].ends_with(','))?;
    let clause = &sentence[k + 2..=comma];
    // The verb's object: right after it (`told the President`), or after
    // one more word (`first met Ann Roe`).
    (1..clause.len().min(3)).find_map(|j| {
        // `When I got into Brightwater,`: a place after a preposition.
        if j == 2 && is_preposition_word(clause[1]) {
            return None;
        }
        if let Some((title, _)) = the_title(&clause[j..]) {
            return Some(Some(Attribution::Title(title)));
        }
        let (name, used, _) = name_forward(&clause[j..])?;
        let two = clause
            .get(j + used)
            .is_some_and(|w| matches!(*w, "and" | "&"));
        (clause[j].starts_with(char::is_uppercase) && plausible(&name) && name != "I")
            .then(|| (!two).then_some(Attribution::Name(name)))
    })
}

/// True for a preposition before a place (`into`, `to`, `at`).
fn is_preposition_word(word: &str) -> bool {
    matches!(
        word,
        "into" | "to" | "at" | "in" | "from" | "on" | "through" | "across" | "near" | "outside"
    )
}

/// The people a sentence introduces by name (`I was raised by a fine man.
/// His name was Bo Park.`, `I met a welder named Ann Roe.`, `I met a
/// welder this morning, Ann Roe.`), each at the offset of its name: who a
/// later `he` or `she` may stand for, though no sentence has them as
/// subject.
fn introduced(words: &[(usize, &str)]) -> Vec<(usize, Option<Attribution>)> {
    // Not words quoted (`“… I think her name was Leanne …”`).
    let plain: Vec<&str> = words
        .iter()
        .take_while(|(_, w)| !w.contains(['"', '“', '”']))
        .map(|(_, w)| *w)
        .collect();
    let full_name = |k: usize| {
        name_forward(&plain[k..])
            .filter(|(name, _, _)| name.contains(' ') && is_person_name(name))
            .map(|(name, used, _)| (name, used))
    };
    let mut out = Vec::new();
    // `His name is Mateo`, `A passenger who gave her name only as Mirela`:
    // a given name alone will do.
    for at in names_said(&plain) {
        if let Some((name, _, _)) = name_forward(&plain[at..]).filter(|(n, _, _)| plausible(n)) {
            out.push((words[at].0, Some(Attribution::Name(name))));
        }
    }
    // `The head nurse was Sister Ann Roe.`: a role, then who held it.
    if let Some(be) = plain.iter().position(|w| matches!(*w, "was" | "is"))
        && be >= 2
        && matches!(
            lower(plain[0]).as_str(),
            "the" | "my" | "our" | "his" | "her" | "their"
        )
        && plain[1..be].iter().any(|w| {
            let core = split_word(w).core;
            is_role(core) || is_person_noun(core)
        })
        && let Some((name, used)) = full_name(be + 1)
        && be + 1 + used == plain.len()
    {
        out.push((words[be + 1].0, Some(Attribution::Name(name))));
    }
    // `a welder named Ann Roe`, `a seven-year-old named Josie Roe`: a
    // person's noun or age, then the name.
    for k in 0..plain.len().saturating_sub(2) {
        let [noun, named] = [plain[k], plain[k + 1]];
        let noun = split_word(noun).core;
        if (is_person_noun(noun) || noun.ends_with("-year-old"))
            && matches!(named, "named" | "called")
            && let Some((name, _)) = full_name(k + 2)
        {
            out.push((words[k + 2].0, Some(Attribution::Name(name))));
        }
    }
    // `I met a welder this morning, Ann Roe.`: someone described, then
    // named by all the sentence's words after a comma, or up to a clause
    // about them (`a nurse there, Ann Roe, who has worked …`).
    // `I met Dale's daughter, Kayla, who runs …`: a given name alone
    // before a clause about them.
    let named_after = |comma: usize| {
        let (name, used) = full_name(comma + 1).or_else(|| {
            name_forward(&plain[comma + 1..])
                .filter(|(name, _, _)| plausible(name))
                .map(|(name, used, _)| (name, used))
        })?;
        let mut end = comma + 1 + used;
        // `a constituent, Mrs. Ann Roe of Pell Junction.`: where they live.
        if let Some(place) = place_after_name(&plain[end..]) {
            end += place;
        }
        let about = plain[end - 1].ends_with(',')
            && plain
                .get(end)
                // `asked the director, Ann Roe, to hold a meeting`.
                .is_some_and(|w| matches!(*w, "who" | "whose" | "to"));
        (end == plain.len() && name.contains(' ') || about).then_some(name)
    };
    if let Some((comma, name)) = (0..plain.len().saturating_sub(1))
        .rev()
        .filter(|&k| plain[k].ends_with(','))
        .find_map(|k| named_after(k).map(|name| (k, name)))
        && (1..comma.min(MAX_DESCRIBED + 1) + 1).any(|back| {
            let k = comma + 1 - back;
            k >= 1
                && (matches!(lower(plain[k - 1]).as_str(), "a" | "an" | "our" | "my")
                    || is_possessive(plain[k - 1]))
                && is_person_noun(split_word(plain[k]).core)
        })
    {
        out.push((words[comma + 1].0, Some(Attribution::Name(name))));
    }
    // `Roe was joined by County Executive Paula Greenhalgh, who said …`:
    // a full name a clause about its speech follows, past the subject.
    for k in 1..plain.len().saturating_sub(1) {
        if plain[k] == "who"
            && plain[k - 1].ends_with(',')
            && verb_len(&plain[k + 1..]) > 0
            && let Some(run) = name_backward(&plain[..k], true)
            && run.start > 0
            && run.name.contains(' ')
            && is_person_name(&run.name)
        {
            out.push((words[run.start].0, Some(Attribution::Name(run.name))));
        }
    }
    // `The exercise was commanded by Brigadier Ann Roe, …`: the person a
    // thing was done by.
    if let Some((at, name)) = thing_done_by(&plain, full_name) {
        out.push((words[at].0, Some(Attribution::Name(name))));
    }
    // `Lee was joined at the podium by District Attorney Ann Roe and
    // Councilman Bo Park`: the people joining the subject, placed with it,
    // for a pronoun's gender to tell apart.
    for name in joined_by(&plain) {
        out.push((words[0].0, Some(Attribution::Name(name))));
    }
    // `According to Nwachukwu-Stone, the program is why she stayed.`: the
    // source the sentence opens with.
    if let [according, to, rest @ ..] = plain.as_slice()
        && lower(according) == "according"
        && *to == "to"
        && let Some((name, _, stopped)) = name_forward(rest)
        && stopped
        && plausible(&name)
    {
        out.push((words[2].0, Some(Attribution::Name(name))));
    }
    // `This is a text message from Ms. Ann Roe.`: its writer.
    if let Some((at, writer)) = writer_shown(&plain) {
        out.push((words[at].0, Some(writer)));
    }
    if out.is_empty()
        && let Some((at, name)) = met_by_first_person(&plain)
    {
        out.push((words[at].0, Some(Attribution::Name(name))));
    }
    out
}

/// How many words a place after a name takes when it ends the sentence
/// (`of Pell Junction.`, `from Elm City.`): `of`, `from` or `in`, then
/// capitalised words.
fn place_after_name(words: &[&str]) -> Option<usize> {
    let (link, place) = words.split_first()?;
    let capitalised = place.iter().all(|w| w.starts_with(char::is_uppercase));
    (matches!(*link, "of" | "from" | "in")
        && (1..=MAX_PLACE_WORDS).contains(&place.len())
        && capitalised)
        .then_some(words.len())
}

/// Most words of a place's name after a person's.
const MAX_PLACE_WORDS: usize = 3;

/// Where each name starts that a sentence says someone has (`His name is
/// Mateo`, `who gave her name only as Mirela`), in order.
pub(super) fn names_said<'a>(words: &'a [&str]) -> impl Iterator<Item = usize> + 'a {
    (0..words.len().saturating_sub(3)).filter_map(|k| {
        let owner = |w: &str| matches!(w, "his" | "His" | "her" | "Her");
        if owner(words[k]) && words[k + 1] == "name" && matches!(words[k + 2], "is" | "was") {
            return Some(k + 3);
        }
        let gave = matches!(words[k], "gave" | "gives")
            && matches!(words[k + 1], "his" | "her")
            && words[k + 2] == "name";
        let from = k + 3;
        let as_at = words[from..]
            .iter()
            .take(MAX_BEFORE_AS)
            .position(|w| *w == "as")?;
        (gave && from + as_at + 1 < words.len()).then_some(from + as_at + 1)
    })
}

/// Most words between `gave her name` and its `as` (`only`).
const MAX_BEFORE_AS: usize = 2;

/// The one person a sentence whose subject is `I` or `we` names (`Last
/// week, I met Ann Roe, a machinist …`, `I remember the day Bo called
/// me.`, `I asked Mingyao how long …`), with the index of their name: the
/// speaker can be no `he` or `she`, so a later one means them. A lone name
/// counts after a verb of meeting or before a past verb; none when the
/// sentence names two.
pub(super) fn met_by_first_person(words: &[&str]) -> Option<(usize, String)> {
    let from = lead_in_len(words);
    let from = from + conjunction_len(&words[from.min(words.len())..]);
    if !matches!(words.get(from), Some(&("I" | "We"))) {
        return None;
    }
    let mut found: Option<(usize, String)> = None;
    let mut k = from + 1;
    while k < words.len() {
        // `a veterinarian in Saint Ores`, `near the Kessel River`: a place.
        let preposition =
            |w: &str| matches!(w, "in" | "at" | "from" | "near" | "outside" | "across");
        let place = preposition(words[k - 1])
            || (k >= 2 && words[k - 1] == "the" && preposition(words[k - 2]));
        let Some((name, used, _)) = name_forward(&words[k..]).filter(|_| {
            words[k].starts_with(char::is_uppercase)
                && !words[k - 1].ends_with(['.', '!', '?'])
                && !place
        }) else {
            k += 1;
            continue;
        };
        let full = name.contains(' ') && is_person_name(&name);
        let after_meeting = MEETING_VERBS.contains(&words[k - 1]);
        let before_past = words.get(k + used).is_some_and(|w| {
            let w = split_word(w).core;
            w.starts_with(char::is_lowercase) && is_past(w)
        });
        let lone = !name.contains(' ') && plausible(&name) && (after_meeting || before_past);
        if full || lone {
            if found.as_ref().is_some_and(|(_, other)| *other != name) {
                return None;
            }
            found = Some((k, name));
        }
        k += used.max(1);
    }
    found
}

/// Most words between a person's noun and the comma before their name
/// (`a welder this morning, Ann Roe`).
const MAX_DESCRIBED: usize = 4;

/// The person a sentence's speech verb has for its subject when the
/// sentence opens with something else (`Savings grow, Ann Roe said.`).
fn later_speaker(sentence: &[&str]) -> Option<String> {
    let k = (1..sentence.len())
        .find(|&k| sentence[k].starts_with(char::is_lowercase) && verb_len(&sentence[k..]) > 0)?;
    // Not words inside a quotation (`"… what the Doctor describes as …"`).
    if sentence[..k].iter().any(|w| w.contains(['"', '“', '”'])) {
        return None;
    }
    if let Some(Attribution::Name(name)) = subject_backward(&sentence[..k]) {
        return plausible(&name).then_some(name);
    }
    // `…, Ann Roe, the under secretary, said`: a full name between commas,
    // appositions after it.
    let chunks: Vec<&[&str]> = sentence[..k]
        .split_inclusive(|w| w.ends_with(','))
        .collect();
    (1..chunks.len()).find_map(|i| {
        let (name, used, _) = name_forward(chunks[i])?;
        let verbless = chunks[i + 1..]
            .iter()
            .all(|c| (0..c.len()).all(|j| verb_len(&c[j..]) == 0));
        (used == chunks[i].len() && is_person_name(&name) && verbless).then_some(name)
    })
}

/// Most words of a heading before a colon that a list item names someone
/// after (`Young Professional of the Year:`).
const MAX_HEADING_WORDS: usize = 8;

/// The person an item of a list names after its heading, full name then
/// a comma (`Young Professional of the Year: Vikram Cole, 29, a financial
/// adviser …`): the heading's words are no one's name.
fn named_after_heading(sentence: &[&str]) -> Option<String> {
    let colon = sentence
        .iter()
        .take(MAX_HEADING_WORDS)
        .position(|w| w.ends_with(':'))?;
    if sentence[..colon]
        .iter()
        .any(|w| w.contains(['"', '“', '”']))
    {
        return None;
    }
    let (name, used, stopped) = name_forward(&sentence[colon + 1..])?;
    let comma = sentence.get(colon + used).is_some_and(|w| w.ends_with(','));
    (stopped && comma && name.contains(' ') && is_person_name(&name)).then_some(name)
}

/// The person a clause opening a sentence has for its subject (`When Bo
/// Park declared independence, …` gives `Bo Park`).
fn opening_clause_subject(sentence: &[&str]) -> Option<String> {
    let (first, rest) = sentence.split_first()?;
    if !SUBORDINATORS.contains(&lower(first).as_str()) {
        return None;
    }
    // The name must open the clause (`When I got into Brightwater, I …`
    // has `I` for subject, not the college).
    let opens = name_forward(rest).is_some_and(|(_, used, _)| {
        rest.get(used)
            .is_some_and(|w| w.starts_with(char::is_lowercase))
    });
    match sentence_subject(rest)? {
        Attribution::Name(name) if opens && plausible(&name) => Some(name),
        _ => None,
    }
}

/// True when a sentence, after a short opening phrase (`In closing
/// remarks,`), starts with two capitalised words, or a surname's particle
/// and a capitalised word (`bin Hamdan`): a proper name.
fn opens_with_proper_name(sentence: &[&str]) -> bool {
    // `Speaking to reporters in the lobby afterwards,`: a participle's
    // phrase may be longer.
    let reach = if sentence.first().is_some_and(|w| w.ends_with("ing")) {
        MAX_PARTICIPLE_OPENING
    } else {
        MAX_OPENING
    };
    let from = sentence
        .iter()
        .take(reach)
        .position(|w| w.ends_with(','))
        .map_or(0, |k| k + 1);
    // `And I looked …`, `When I met …`: a conjunction and a pronoun, no
    // name.
    let pronoun_after_conjunction = |two: &[&str]| {
        (matches!(two[0], "And" | "But" | "So" | "Or" | "Yet" | "Then")
            || SUBORDINATORS.contains(&lower(two[0]).as_str()))
            && pronoun(split_word(two[1]).core).is_some()
    };
    let capital = |w: &&str| w.starts_with(char::is_uppercase) && !split_word(w).stop;
    // `Senior Minister Ann Roe, Elmland and Co-chair of …`: the comma may
    // end the name itself rather than an opening phrase.
    [0, from].iter().any(|&at| {
        sentence.get(at..at + 2).is_some_and(|two| {
            (capital(&two[0]) || CONNECTORS.contains(&two[0]))
                && two[1].starts_with(char::is_uppercase)
                && !pronoun_after_conjunction(two)
                // `Every Friday she …`: a day, not a name.
                && !(matches!(two[0], "Every" | "Each" | "Last" | "This" | "Next" | "On")
                    && is_calendar_word(two[1]))
                // `Member States that invest …`: things, not a person.
                && !sentence[at..]
                    .iter()
                    .find(|w| !w.starts_with(char::is_uppercase))
                    .is_some_and(|w| matches!(*w, "that" | "which"))
        })
    })
}

/// For each word, true when it stands inside double quotation marks
/// opened before it or by it (a quotation's words), as far as one
/// paragraph's marks pair.
fn inside_double_marks(words: &[(usize, &str)]) -> Vec<bool> {
    let mut open = false;
    words
        .iter()
        .map(|(_, w)| {
            if w.starts_with(['“', '"']) {
                open = true;
            }
            let inside = open;
            let bare = w.trim_end_matches(|c: char| c.is_ascii_punctuation() && c != '"');
            if bare.ends_with(['”']) || (w.len() > 1 && bare.ends_with('"')) {
                open = false;
            }
            inside
        })
        .collect()
}

/// The two people plainly named and joined as the subject of `rest`
/// (`Roe and Park were asked`).
fn two_names(rest: &[&str]) -> Option<(String, String)> {
    let (first, used, stopped) = name_forward(rest)?;
    let used = used + affiliation_len(&rest[used..], stopped);
    if stopped || !rest.get(used).is_some_and(|w| matches!(*w, "and" | "&")) {
        return None;
    }
    let (second, _, _) = name_forward(&rest[used + 1..])?;
    (plausible(&first) && plausible(&second) && first != second).then_some((first, second))
}

/// True when a sentence's words after its opening phrase, `rest`, have
/// two people joined for their subject (`Roe and Park both recalled …`,
/// `Dr. Ann Roe and Bo Park visited …`, `Roe and van der Berg cautioned`,
/// `Roe and her neighbor, Bo Park, spoke`, `Roe and logistics manager Bo
/// Park flew`).
fn opens_with_two_names(rest: &[&str]) -> bool {
    name_forward(rest).is_some_and(|(_, used, stopped)| {
        let used = used + affiliation_len(&rest[used..], stopped);
        !stopped
            && rest.get(used).is_some_and(|w| matches!(*w, "and" | "&"))
            && names_a_person(&rest[used + 1..])
    })
}

/// Most words of where a person is from between their name and `and`
/// (`of Engine 3`, `from the Elm Valley Clinic`).
const MAX_AFFILIATION_WORDS: usize = 5;

/// How many words at the start of `words`, right after a name that
/// punctuation did not end (`stopped`), say where the person is from
/// (`Capt. Lars Pettersen of Engine 3 and Lt. Gabriel Ostrowski …`):
/// `of` or `from`, then capitalised words or numbers, before `and`.
fn affiliation_len(words: &[&str], stopped: bool) -> usize {
    if stopped || !matches!(words.first(), Some(&("of" | "from"))) {
        return 0;
    }
    let len = 1 + words[1..]
        .iter()
        .take(MAX_AFFILIATION_WORDS)
        .take_while(|w| {
            let core = split_word(w).core;
            !split_word(w).stop
                && (core.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || core == "the")
        })
        .count();
    let ends_with_and = words.get(len).is_some_and(|w| matches!(*w, "and" | "&"));
    if len > 1 && ends_with_and { len } else { 0 }
}

/// True when a sentence's words after its opening phrase, `rest`, give
/// two people as a passive's agents (`The survey was coordinated by Roe
/// and ecologist Dr. Bo Park`): either may be who a later pronoun means.
/// (People who joined the subject are read with it, [`joined_by`].)
fn has_two_agents(rest: &[&str]) -> bool {
    rest.iter()
        .enumerate()
        .filter(|(_, w)| **w == "by")
        .any(|(k, _)| opens_with_two_names(&rest[k + 1..]))
}

/// True when `words` open with a person: a name, a surname's particles
/// and the rest of it, or a few lowercase words saying what someone is
/// and then their name.
fn names_a_person(words: &[&str]) -> bool {
    // `Roe and the town’s water superintendent, Bo Park`: an article,
    // modifiers and the person's noun before the name.
    let Some(capital) = words
        .iter()
        .take(MAX_PERSON_MODIFIERS + 2)
        .position(|w| w.starts_with(char::is_uppercase))
    else {
        return false;
    };
    let before = &words[..capital];
    let particles = before.iter().all(|w| CONNECTORS.contains(w));
    let described = before.last().is_some_and(|w| {
        let noun = w.trim_end_matches(',');
        noun.chars().all(char::is_lowercase) && is_person_noun(noun)
    });
    // `Roe and chief steward Bo Park`: lowercase words saying what the
    // person is, before a full name.
    let titled = !before.is_empty()
        && before
            .iter()
            .all(|w| w.chars().all(char::is_lowercase) && !matches!(*w, "the" | "a" | "an"));
    name_forward(&words[capital..]).is_some_and(|(name, _, _)| {
        ((particles || described) && plausible(&name))
            || (titled && name.contains(' ') && is_person_name(&name))
    })
}

/// True when a sentence's words after its opening phrase, `rest`, have
/// someone's thing for their subject (`Langford’s 2019 opinion, in which
/// she wrote …`): the owner may be who a `he` or `she` in it means, or not
/// (`Elm Corp’s plan, she said, …`).
fn opens_with_possessor(rest: &[&str]) -> bool {
    rest.iter()
        .take(3)
        .position(|w| is_possessive(split_word(w).core))
        .is_some_and(|k| {
            rest[..=k].iter().all(|w| w.starts_with(char::is_uppercase))
                && rest
                    .get(k + 1)
                    .is_some_and(|w| !w.starts_with(char::is_uppercase))
        })
}

/// Most words of an opening phrase before a sentence's subject.
const MAX_OPENING: usize = 4;

/// Most words of a participle's phrase opening a sentence before its
/// subject.
const MAX_PARTICIPLE_OPENING: usize = 10;

#[cfg(test)]
mod tests {
    use super::super::testing::{some, speakers};

    #[test]
    fn someone_described_then_named_with_their_town_is_whom_she_means() {
        assert_eq!(
            speakers(&[
                "I want to read a letter I received from a constituent, Mrs. Ann Roe of Pell Junction. She writes:",
                "“I am eighty-one years old, and I get my medication by drone.”",
            ]),
            [some("Mrs. Ann Roe")]
        );
    }

    #[test]
    fn the_person_a_thing_was_done_by_is_whom_a_pronoun_means() {
        assert_eq!(
            speakers(&[
                "Minister Astrid Roe said: “We are ready.”",
                "The exercise was commanded by Brigadier Ingrid Park, Commander of the Coastal Ranger Brigade. Speaking at Brennvik, she said it had tested her units “to the edge.”",
            ]),
            [some("Minister Astrid Roe"), some("Brigadier Ingrid Park")]
        );
    }

    #[test]
    fn a_stage_direction_ends_a_sentence_and_names_no_one() {
        assert_eq!(
            speakers(&[
                "Senator Ann Roe-Kim — where are you? There she is. [Applause.] Ann called me at midnight. And she said, “I am not hanging up.”",
            ]),
            vec![some("Ann Roe-Kim")]
        );
    }

    #[test]
    fn a_capitalised_word_and_a_role_describe_the_name_after_them() {
        assert_eq!(
            speakers(&[
                "Elm Harbor is small. The harbor master, Bo Park, told me, “We are one storm away.”",
                "Harbor master Park, reached by phone, said he was glad. “I said it because it's true,” he said.",
            ]),
            [some("Bo Park"), some("Bo Park")]
        );
    }

    #[test]
    fn a_subject_keeps_its_place_past_an_aside_between_commas() {
        assert_eq!(
            speakers(&[
                "Rosalind Ansah-Birch milks cows. Her son Caleb Ansah-Birch came home. “Stop,” Caleb said.",
                "Rosalind, for her part, got the last word. “Tell her,” she said.",
            ]),
            [some("Caleb Ansah-Birch"), some("Rosalind Ansah-Birch")]
        );
    }

    #[test]
    fn a_place_in_the_speakers_opening_clause_is_no_one_a_pronoun_means() {
        assert_eq!(
            speakers(&[
                "My grandmother, Consuelo Marrero, raised me. When I got into Brightwater, I was terrified. She told me, “You will learn.”",
            ]),
            [some("Consuelo Marrero")]
        );
    }

    #[test]
    fn people_joining_the_subject_or_a_source_opening_the_sentence_are_candidates() {
        assert_eq!(
            speakers(&[
                "Chief Ann Lee was joined at the podium by District Attorney Helena Voss and Councilman Terrence Bajwa, whose district includes the park. “It is over,” he said.",
                "Chief Ann Lee was joined at the podium by District Attorney Helena Voss and Councilman Terrence Bajwa. “It is over,” she said.",
                "Maarten Steeg spoke first. “Good,” he said.",
                "According to Ada Nwachukwu-Stone, the program is why she stayed. “I argue for tenants,” she said.",
            ]),
            [
                some("Councilman Terrence Bajwa"),
                None,
                some("Maarten Steeg"),
                some("Ada Nwachukwu-Stone")
            ]
        );
    }

    #[test]
    fn people_backing_the_subject_or_named_after_their_standing_are_candidates() {
        assert_eq!(
            speakers(&[
                "He was backed by Saoirse Ní Bhriain, chair of the Traders Association. \"Every pub sends people out,\" she said.",
                "A student member of the board, senior Darius Qureshi-Hollins, said students had asked for it. “My friends and I have a joke,” he said.",
                "The head nurse was Sister Philomena Grady. She looked at my shoes and said, “Those won’t last a week.”",
            ]),
            [
                some("Saoirse Ní Bhriain"),
                some("Darius Qureshi-Hollins"),
                some("Sister Philomena Grady")
            ]
        );
    }

    #[test]
    fn the_office_the_first_person_spoke_with_is_whom_she_means() {
        assert_eq!(
            speakers(&[
                "Governor Ann Roe toured the levee.",
                "I spoke with the Governor myself this morning. She told me, “We are getting what we need.”",
            ]),
            [some("Governor Ann Roe")]
        );
    }

    #[test]
    fn a_suffix_before_a_capitalised_word_ends_a_sentence() {
        assert_eq!(
            speakers(&[
                "I met a man named Everett Tolliver Sr. He's seventy-eight. He told me, “I ran every red light.”",
                // His wife, named by her given name, is no one unnamed in
                // between.
                "I met a man named Bo Park. His wife, June, had a stroke. He told me, “I drove.”",
            ]),
            [some("Everett Tolliver Sr."), some("Bo Park")]
        );
    }

    #[test]
    fn a_quotations_own_sentences_are_no_subjects() {
        assert_eq!(
            speakers(&[
                "Dr. Bo Park-Lawal runs the hospital.",
                "Park-Lawal pointed to a sign that read “Be Patient. We See You.” “We put that up,” he said.",
            ]),
            [None, some("Bo Park-Lawal")]
        );
    }

    #[test]
    fn someone_described_then_named_alone_before_a_clause_is_introduced() {
        assert_eq!(
            speakers(&[
                "I met Ann Roe-Shaw at the plant.",
                "And I met Dale’s daughter, Kayla, who runs line three. She said to me, “I build them.”",
            ]),
            [some("Kayla")]
        );
        assert_eq!(
            speakers(&[
                "Ms. Kay Park is right.",
                "I have asked the shelter’s director, Ruth Roe-Adeyemi, to hold a meeting, and she said, “We will be there.”",
            ]),
            [some("Ruth Roe-Adeyemi")]
        );
    }

    #[test]
    fn a_particle_opening_the_subject_after_a_long_participle_is_a_name() {
        assert_eq!(
            speakers(&[
                "Speaker Ann Roe-Adjei replied: “The House will note it.”",
                "Speaking to reporters in the lobby afterwards, bin Hamdan welcomed it. “I raised this,” he said.",
            ]),
            [some("Speaker Ann Roe-Adjei"), None]
        );
    }

    #[test]
    fn after_a_group_she_may_mean_any_of_its_women() {
        assert_eq!(
            speakers(&[
                "Prime Minister Ann Roe spoke with Prime Minister Mary Park.",
                "The leaders agreed the cable was a priority. “It will be our backbone,” she said.",
                "“A farmer told me, ‘They can hear us.’” Minister Bo Lee said. “He was right.”",
            ]),
            [None, some("Minister Bo Lee"), some("Minister Bo Lee")]
        );
    }

    #[test]
    fn a_person_whose_speech_a_clause_reports_is_named_past_the_subject() {
        assert_eq!(
            speakers(&[
                "Commissioner Cy Lee spoke first. \"We treated many,\" he said.",
                "Lee was joined by County Executive Paula Roe, who said the centers are open. \"Nobody should be cold,\" she said.",
            ]),
            [some("Commissioner Cy Lee"), some("Executive Paula Roe")]
        );
    }

    #[test]
    fn an_answer_and_a_time_without_its_comma_open_sentences_before_a_name() {
        assert_eq!(
            speakers(&[
                "No. Their chief executive, Bo Park, called me and said, “Two weeks at worst.”",
                "This morning President Cy Lee met the governors. He told them, “Nobody will let a drought become a disaster.”",
            ]),
            [some("Bo Park"), some("President Cy Lee")]
        );
    }

    #[test]
    fn a_list_item_names_the_person_after_its_heading() {
        assert_eq!(
            speakers(&[
                "Young Professional of the Year: Vikram Cole, 29, a financial adviser. \"I had a mentor,\" he said.",
                "Volunteer of the Year: Ann Roe, a retired nurse. \"I just show up,\" she said.",
            ]),
            [some("Vikram Cole"), some("Ann Roe")]
        );
    }

    #[test]
    fn a_pronoun_never_means_someone_a_given_name_says_is_of_the_other_sex() {
        assert_eq!(
            speakers(&[
                "Mayor Patricia Ostrowski toured the ward.",
                "His mother said he loved it. “He always wanted to do that,” she said.",
                "Ann Roe met the crew. “It was cold,” he said.",
            ]),
            [None, None]
        );
    }

    #[test]
    fn someone_called_by_a_given_name_alone_speaks_by_it() {
        assert_eq!(
            speakers(&[
                "Rosa, a mother of three who rents a flat in Merrivale and asked that her last name not be used, said she scrubs mold every week. “It is normal for us,” she said.",
                "Joseph, 61, farms a small plot. “Before, we ate once a day,” he recalled.",
                "So I asked Mingyao how long it would take. She said, “Two years.”",
                "I remember the day Mick called me. He said, “Do the math.”",
            ]),
            [some("Rosa"), some("Joseph"), some("Mingyao"), some("Mick")]
        );
    }

    #[test]
    fn someone_unnamed_speaking_last_or_a_second_person_described_stop_the_search() {
        assert_eq!(
            speakers(&[
                "Cpl. Bo Park, 22, of Elm, Iowa, served two tours.",
                "Lance Cpl. Cy Lee, 20, of Laredo, Texas",
                "Cy had always idolized the Marines, his mother said. “He always wanted to do that,” she said.",
                "Mayor Ann Roe toured it. Roe and the town’s water superintendent, Idris bin Tariq, then led reporters through. “Every pipe here is older than I am,” he said.",
            ]),
            [None, None]
        );
    }

    #[test]
    fn contractions_names_in_quotes_and_opening_clauses_are_read_for_antecedents() {
        assert_eq!(
            speakers(&[
                "I met Bo Park. He’s seen it full, and he’s seen it empty. He said, “I train people.”",
                "About two years ago, Cy Lee came into the office with a jar. He said, “Look at this.”",
                "I met a boy at school. His name is Mateo, and he did not like reading. He said, “Books are too long.”",
                "Passenger Al Ng said the crew was “calm.” “I think her name was Leanne, she kept shouting,” he said. “My kids loved it.”",
                "Now, when I told the President I was coming, he said, “Bring me a hat.”",
            ]),
            [
                some("Bo Park"),
                some("Cy Lee"),
                some("Mateo"),
                some("Passenger Al Ng"),
                some("Passenger Al Ng"),
                some("Passenger Al Ng"),
                None
            ]
        );
    }

    #[test]
    fn a_person_met_and_named_may_be_who_a_pronoun_means() {
        assert_eq!(
            speakers(&[
                "I met a welder this morning, Louisa Brandvold. She has worked here for years. And she told me, “Put it on a paycheck.”",
                "I met a farmer named Bo Park. He said, “Rain is late.”",
                "Ann Roe wrote to me. Then came a letter from a seven-year-old named Josie Albarran-Kidd. She wrote, “My dad is a hero.”",
                "Last week in Dunmore Ridge, I met Tanisha Odom-Farrell, a machinist who was laid off. She told me, “I cried.”",
            ]),
            [
                some("Louisa Brandvold"),
                some("Bo Park"),
                some("Josie Albarran-Kidd"),
                some("Tanisha Odom-Farrell")
            ]
        );
    }

    #[test]
    fn the_main_clause_after_an_opening_clause_gives_the_subject() {
        assert_eq!(
            speakers(&[
                "You know, when I first came out here as a senator, Ray Tollefsen drove me up that road. It was hot. And he looked over at me and said, “Fix my truck.”",
                "Hana Cho, who was a sophomore at the time, found a receipt. She came into my office, very pale, and said, “I think I broke the book.”",
            ]),
            [some("Ray Tollefsen"), some("Hana Cho")]
        );
    }

    #[test]
    fn someones_relative_as_a_subject_stops_a_pronoun_from_reaching_back() {
        assert_eq!(
            speakers(&[
                "Kestrel Roe said she and her brother lost the trail. “It was cold,” she said.",
                "Her brother was more modest. “I read it in a book,” he said.",
            ]),
            [some("Kestrel Roe"), None]
        );
    }

    #[test]
    fn a_name_quoted_is_no_subject_for_a_pronoun() {
        assert_eq!(
            speakers(&[
                "Bo Park said he got calls. “I paid,” Park said.",
                "Ann Roe met reporters. “Mr. Park did well,” she said. “Thanks to all.”",
            ]),
            [some("Bo Park"), some("Ann Roe"), some("Ann Roe")]
        );
    }

    #[test]
    fn a_participles_phrase_before_a_subject_is_read_past() {
        assert_eq!(
            speakers(&[
                "Dr. Kestrel Roe opened the session. “We are ready,” she said.",
                "Speaking for the Savanna states, Prime Minister Bo Park of Elmland thanked the Chair. “Thank you, Madam Chair,” he said.",
            ]),
            [some("Dr. Kestrel Roe"), some("Prime Minister Bo Park")]
        );
    }

    #[test]
    fn a_surname_with_a_clause_about_the_person_opens_a_sentence() {
        assert_eq!(
            speakers(&[
                "“We needed her,” said manager Kestrel Quill.",
                "Ann Mokoena, 27, signed. Mokoena, known to everyone as “Z,” said the club had settled it.",
                "“He saw it first,” she said.",
            ]),
            [some("Kestrel Quill"), None, some("Ann Mokoena")]
        );
    }

    #[test]
    fn two_people_described_or_as_a_passives_agents_stop_the_search() {
        assert_eq!(
            speakers(&[
                "Kestrel Roe spoke. “We wait,” Roe said.",
                "Vice president Kestrel Roe and chief steward Sami Park toured the depots. “We will be there,” he said.",
                "The survey was coordinated by Roe and ecologist Dr. Noa Lee. “We went out at five,” she said.",
            ]),
            [some("Kestrel Roe"), None, None]
        );
    }

    #[test]
    fn a_pronoun_after_a_clause_opening_its_sentence_is_that_clauses_subject() {
        assert_eq!(
            speakers(&[
                "Cy Lee wrote the charter.",
                "When Bo Park declared independence in 1948, he announced a state “based on freedom and peace.”",
                "After the vote, he said: “We are free.”",
            ]),
            [some("Bo Park"), some("Bo Park")]
        );
    }

    #[test]
    fn two_people_one_described_or_with_particles_stop_the_search() {
        for sentence in [
            "Roe and her neighbor, Cy Park, both spoke at the hearing.",
            "Roe and van der Berg both cautioned that it was early.",
            "Roe and logistics manager Cy Park flew over the valley.",
        ] {
            assert_eq!(
                speakers(&[
                    "Ann Roe runs the fund.",
                    &format!("{sentence} “It was hard,” she said."),
                ]),
                [None],
                "{sentence}"
            );
        }
        // A group is no second person.
        assert_eq!(
            speakers(&[
                "Ann Roe runs the fund. Roe and her team visited the site.",
                "“It was hard,” she said.",
            ]),
            [some("Ann Roe")]
        );
    }

    #[test]
    fn someone_unnamed_or_two_people_stop_the_search() {
        assert_eq!(
            speakers(&[
                "“We saved every rivet,” said Director Ann Roe.",
                "A member of the merchants’ group, who did not give her name, said sales fell. “Nobody asked us,” she said.",
                "“We saved every rivet,” said Director Ann Roe.",
                "Both women have worked there for a decade. “We need seed now,” she said.",
                "“We saved every rivet,” said Director Ann Roe.",
                "Prof. Cy Lee and Bo Park both recalled the day. “That was the moment,” he said.",
                "“We saved every rivet,” said Director Ann Roe.",
                "Lee and Park both recalled the day. “That was the moment,” he said.",
                "“We saved every rivet,” said Director Ann Roe.",
                "A report found sales fell. “Nobody asked us,” she said.",
                "“We saved every rivet,” said Director Ann Roe.",
                "Judge Lang’s 2019 opinion, in which she wrote that “a right unused is none,” is taught.",
            ]),
            [
                some("Director Ann Roe"),
                None,
                some("Director Ann Roe"),
                None,
                some("Director Ann Roe"),
                None,
                some("Director Ann Roe"),
                None,
                some("Director Ann Roe"),
                some("Director Ann Roe"),
                some("Director Ann Roe"),
                None,
            ]
        );
    }

    #[test]
    fn a_name_readout_cannot_read_before_a_comma_stops_the_search() {
        assert_eq!(
            speakers(&[
                "Prime Minister Bo Park, Elmland, said the plan would help.",
                "Senior Minister Cy Lee, Republic of Elm and Co-chair of the Panel on Financing the Global Commons for Preparedness focused on investment. He said: “It would be indefensible to wait.”",
            ]),
            [None]
        );
    }

    #[test]
    fn a_long_phrase_before_the_subject_is_read_past() {
        assert_eq!(
            speakers(&[
                "Dale Crane leads Elm Power. Through his advocacy and writings, including his 2014 letter, Crane has made the case for markets, which he calls the “moral imperative of our time”.",
            ]),
            [some("Dale Crane")]
        );
    }

    #[test]
    fn a_longer_opening_phrase_before_the_subject_is_read_past() {
        assert_eq!(
            speakers(&[
                "In a short talk on Monday, Ann Roe, the head of the river board, told the paper that towns were heard… “We tried to hear every town,” she said.",
            ]),
            [some("Ann Roe")]
        );
        assert_eq!(
            speakers(&[
                "In a short talk on Monday with farmers and their families, he said the towns were heard. “We tried to hear every town,” she said.",
            ]),
            [None]
        );
    }

    #[test]
    fn a_pronoun_may_stand_for_the_speaker_a_sentence_names_late() {
        assert_eq!(
            speakers(&[
                "Families can save more, Ann Roe, the under secretary, said Tuesday. “Loans should not hurt,” she said.",
            ]),
            [some("Ann Roe")]
        );
    }

    #[test]
    fn a_pronoun_after_a_first_person_clause_may_mean_whom_it_names_and_not_a_relative() {
        assert_eq!(
            speakers(&[
                "When I met Bo Park at the fair, he said, “Rain is late.”",
                "His teacher, Ms. Ann Kowalczyk, told me, “He reads.” When I was a girl, my grandmother kept books. She used to say, “A book is a door.”",
                "When I was a boy, my grandmother, Ruth Whitfield, raised me. She used to say, “A bridge is a road.”",
                "“Corliss Memorial has beds. Last month I received a letter from a nurse there, Danielle Ferreira-Quist, who has worked the night shift for years. She wrote, ‘I am not asking for a raise.’ Help,” said Sen. Bo Park.",
            ]),
            [
                some("Bo Park"),
                some("Ms. Ann Kowalczyk"),
                None,
                some("Ruth Whitfield"),
                some("Sen. Bo Park"),
                some("Danielle Ferreira-Quist"),
            ]
        );
    }

    #[test]
    fn a_name_someone_gave_as_theirs_is_who_a_pronoun_means() {
        assert_eq!(
            speakers(&[
                "A passenger who gave her name only as Mirela told us about it. “Then we were bouncing across the grass,” she said."
            ]),
            [some("Mirela")]
        );
    }

    #[test]
    fn two_people_a_sentence_joins_are_told_apart_by_their_known_genders() {
        assert_eq!(
            speakers(&[
                "Marguerite Roe and Pieter Park will host a call. “We will take every question,” she said.",
                "Ann Roe and Bo Park will host a call. “We will take every question,” she said.",
            ]),
            [some("Marguerite Roe"), None]
        );
    }
}
