//! The subject of an attribution: a name, a pronoun, `the senator`, a
//! group, or the first person.

use super::apposition::{apposed_name, described_then_named, is_person_noun, office_then_named};
use super::given_names::{MAX_JOB_WORDS, given_name_inside};
use super::lexicon::{NAME_HONORIFICS, OFFICE_TIMES, PERSON_NOUNS, RELATIONS};
use super::lexicon::{is_adverb, is_credential, is_paper, is_role};
use super::names::{PersonName, is_organization, is_person_name};

use super::referents::{
    Attribution, Gender, Group, described_official, group_noun, is_anaphor, office, pronoun,
    style_of_address, the_title,
};
use super::runs::{name_backward, name_forward, plausible};
use super::words::{
    capitalised, elided, is_age, is_district, is_name_word, is_title, lower, saying_phrase_len,
    sentence_start, split_word, tag_start,
};

/// Most words of a bracketed tag between a name and its verb (`(R-OK)`).
pub(super) const MAX_TAG_WORDS: usize = 4;

/// The person's name ending `run`, a run of capitalised words, when the
/// words before it name a job (`Senior Ranger Grace Roe` gives `Grace
/// Roe`): from the first known given name after the first word.
fn name_after_job(run: &str) -> Option<String> {
    let words: Vec<&str> = run.split_whitespace().collect();
    let at = given_name_inside(&words, MAX_JOB_WORDS)?;
    // `Co-ChairsRepresentatives`: words run together say nothing sure.
    let glued = |w: &&str| {
        w.split('-')
            .any(|part| part.chars().skip(1).any(char::is_uppercase))
    };
    if words[..at].iter().any(glued) {
        return None;
    }
    let tail = words[at..].join(" ");
    (is_person_name(&tail) && !is_organization(&tail)).then_some(tail)
}

/// The subject at the start of `words`: a pronoun, `the senator`, a group
/// or a name, with the number of words it took and whether punctuation
/// ended it.
pub(super) fn subject_forward(words: &[&str]) -> Option<(Attribution, usize, bool)> {
    let first = words.first()?;
    if let Some(attribution) = pronoun(first) {
        return Some((attribution, 1, split_word(first).stop));
    }
    // `L'assessore Lo Monaco`, `l’ambassadeur`: an article elided before
    // an office, read as the article and the office.
    if let Some((_, office)) = elided(first).filter(|(article, _)| matches!(*article, "L" | "l")) {
        let mut split = vec!["la", office];
        split.extend_from_slice(&words[1..]);
        let (attribution, used, stopped) = subject_forward(&split)?;
        return Some((attribution, used.saturating_sub(1).max(1), stopped));
    }
    // `outgoing Prime Minister Ann Roe` after an opening phrase.
    if OFFICE_TIMES.contains(first) && words.get(1).is_some_and(|w| is_title(split_word(w).core)) {
        let (attribution, used, stopped) = subject_forward(&words[1..])?;
        return Some((attribution, used + 1, stopped));
    }
    // `said the Rt Hon Ann Roe MP`, `the Reverend Bo Park`: an article
    // before the honorific of a name.
    if matches!(*first, "the" | "The")
        && words.get(1).is_some_and(|w| {
            let honorific = lower(w);
            NAME_HONORIFICS.contains(&honorific.as_str())
                || matches!(honorific.as_str(), "reverend" | "rev" | "right")
        })
        && words
            .get(2)
            .is_some_and(|w| is_name_word(split_word(w).core))
    {
        let (attribution, used, stopped) = subject_forward(&words[1..])?;
        return Some((attribution, used + 1, stopped));
    }
    if let Some((name, used, stopped)) =
        described_then_named(words).or_else(|| office_then_named(words))
    {
        return Some((Attribution::Name(name), used, stopped));
    }
    if let Some((title, used)) = the_title(words) {
        let stopped = split_word(words[used - 1]).stop;
        return Some((Attribution::Title(title), used, stopped));
    }
    if let Some(second) = words.get(1) {
        // `His Highness said`, `His Royal Highness wrote`: the person the
        // release styles so.
        if let Some((style, used)) = style_of_address(words)
            && !words
                .get(used)
                .is_some_and(|n| is_name_word(split_word(n).core))
        {
            return Some((style, used, split_word(words[used - 1]).stop));
        }
        if let Some(official) = described_official(first, second) {
            return Some((official, 2, split_word(second).stop));
        }
        if let Some(group) = group_noun(first, second) {
            return Some((Attribution::Group(group), 2, split_word(second).stop));
        }
        let named = words
            .get(2)
            .is_some_and(|n| is_name_word(split_word(n).core));
        if is_anaphor(first, second) && (split_word(second).stop || !named) {
            return Some((office(second), 2, split_word(second).stop));
        }
        // `said the Senator Kim`, `dijo la congresista Ruiz`: an article
        // and a title before a name.
        if is_anaphor(first, second) {
            let (name, used, stopped) = name_forward(&words[2..])?;
            // `dijo el secretario Mayorkas`: a surname alone keeps its
            // title, as `Secretary Mayorkas` would.
            let name = if name.contains(' ') {
                name
            } else {
                format!("{} {name}", capitalised(split_word(second).core))
            };
            return Some((Attribution::Name(name), used + 2, stopped));
        }
    }
    let (mut name, mut used, mut stopped) = name_forward(words)?;
    // `said Food Bank CEO, Ann Roe`: an office, then the name; not an
    // organization the person serves (`says Isra Weeks, Director of the
    // Elm Forum`).
    // `said Elm Caucus 1st Vice-Chair Ann Roe`: an ordinal inside the office.
    let ordinal = usize::from(
        !stopped
            && words.get(used).is_some_and(|w| {
                w.len() <= 4
                    && w.starts_with(|c: char| c.is_ascii_digit())
                    && (["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s))
                        // `said Local 417 President Ann Roe`: a number in
                        // the name of what the office is of.
                        || w.chars().all(|c| c.is_ascii_digit()))
            }),
    );
    if (ordinal == 1 || (!plausible(&name) && stopped))
        && let Some((next, more, next_stopped)) = name_forward(&words[used + ordinal..])
        && plausible(&next)
        && !is_organization(&next)
        // Not words inside a longer name (`… of the Asian Pacific
        // American Women’s Forum`).
        && (next_stopped
            || !words
                .get(used + ordinal + more)
                .is_some_and(|w| w.starts_with(char::is_uppercase)))
    {
        (name, used, stopped) = (next, used + ordinal + more, next_stopped);
    }
    // `Senior Ranger Grace Roe`: words of a job the title list lacks,
    // then a known given name and the rest of the name.
    if !is_person_name(&name)
        && !words.get(used).is_some_and(|w| w.starts_with('('))
        && let Some(tail) = name_after_job(&name)
    {
        name = tail;
    }
    // `National team captain Tobias Eze`, `Local runner Ann Roe`: a word
    // opening the phrase, lowercase words saying what the person is, then
    // their full name.
    if used == 1 && !stopped {
        let described = words[1..]
            .iter()
            .take(MAX_DESCRIBING_WORDS)
            .take_while(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
            .count();
        let says_who = described > 0 && {
            let noun = split_word(words[described]).core;
            is_person_noun(noun) || is_role(noun) || is_title(noun)
        };
        if says_who
            && let Some((next, more, next_stopped)) = name_forward(&words[1 + described..])
            && next.contains(' ')
            && is_person_name(&next)
            && !is_organization(&next)
            // Not the first of two (`… Ann Roe and Bo Park said`).
            && (next_stopped
                || !words
                    .get(1 + described + more)
                    .is_some_and(|w| matches!(*w, "and" | "&")))
        {
            return Some((Attribution::Name(next), 1 + described + more, next_stopped));
        }
    }
    if !stopped && words.get(used).is_some_and(|w| matches!(*w, "and" | "&")) {
        let rest = &words[used + 1..];
        if let Some((other, more, other_stopped)) = name_forward(rest) {
            // `said Rep. X and Rep. Y`: several people.
            if is_person_name(&name) && is_person_name(&other) {
                let group = Group {
                    listed: Some(format!("{name} and {other}")),
                    first: Some(name.clone()),
                    ..Group::default()
                };
                return Some((Attribution::Group(group), used + 1 + more, true));
            }
            // `said Ways and Means Committee Ranking Member Ann Roe`: the
            // first words were part of an office's name.
            if plausible(&other) {
                return Some((Attribution::Name(other), used + 1 + more, other_stopped));
            }
        }
    }
    Some((Attribution::Name(name), used, stopped))
}

/// Most lowercase words describing a person between a sentence's first
/// word and their name (`National team captain`).
const MAX_DESCRIBING_WORDS: usize = 3;

/// Words counting people the text does not name (`several governors`),
/// lowercase.
const QUANTIFIERS: &[&str] = &[
    "several", "many", "some", "other", "few", "numerous", "most",
];

/// Most words of a relative clause or an apposition between a name and
/// its verb that [`name_before_clause`] reads past.
const MAX_CLAUSE_WORDS: usize = 20;

/// The person named before a relative clause or an apposition opening
/// with an article that closes `words` (`Ann Roe, whose group restored
/// the former Elm Hotel,`, `Dr. Ann Roe, a pediatrician at the Keller’s
/// Bend Clinic,`): what the clause names is not who speaks.
fn name_before_clause(words: &[&str]) -> Option<String> {
    let (last, before) = words.split_last()?;
    if !last.ends_with(',') {
        return None;
    }
    let open = before.iter().rposition(|w| w.ends_with(','))?;
    // Spanish too: `Rodrigo Peña, quien preside la Comisión de Vivienda,`.
    let opens_clause = matches!(
        before[open + 1..].first(),
        Some(&("who" | "whose" | "which" | "a" | "an" | "quien" | "cuyo" | "cuya" | "un" | "una"))
    );
    // `The Office of the Ratepayer Advocate, which argued …,`: `which`
    // follows a thing, never a person.
    let thing = before.get(open + 1) == Some(&"which");
    if !opens_clause || thing || words.len() - open > MAX_CLAUSE_WORDS {
        return None;
    }
    let run = name_backward(&words[..=open], true)?;
    // `A spokesperson for Elm Utilities, which runs …,`, `the head of the
    // Elm Forum, a …,`: a preposition's object, not the subject.
    let mut before_run = run.start;
    if before_run > 0 && matches!(lower(words[before_run - 1]).as_str(), "the" | "a" | "an") {
        before_run -= 1;
    }
    let object = before_run
        .checked_sub(1)
        .is_some_and(|k| is_preposition(&lower(words[k])));
    // `Sørensen-Bailey, whose district includes Harrow Point,`: after
    // `who` or `whose`, a surname alone is a person's too, for the release
    // to complete.
    let relative = matches!(
        before.get(open + 1),
        Some(&("who" | "whose" | "quien" | "cuyo" | "cuya"))
    );
    let surname = relative && run.bare && !run.name.contains(' ');
    (!object
        && plausible(&run.name)
        && (is_person_name(&run.name) || surname)
        && !is_organization(&run.name))
    .then_some(run.name)
}

/// The subject that ends `words` (the words before a verb): a pronoun,
/// `the senator`, a group or a name. A name followed by appositions (`Rep.
/// Bice, the chair of the committee, said`, `Dr. Ann Roe, FACR, Roe &
/// Lee Imaging said`) is found at the start of its clause.
pub(super) fn subject_backward(words: &[&str]) -> Option<Attribution> {
    let mut end = words.len();
    // `Rep. Bice (R-OK) also said`: skip adverbs and a parenthetical tag.
    while end > 0 && is_adverb(words[end - 1].trim_end_matches(',')) {
        end -= 1;
    }
    if end > 0 && words[end - 1].trim_end_matches(',').ends_with(')') {
        end = tag_start(&words[..end], MAX_TAG_WORDS)?;
    }
    while end > 0 && is_adverb(words[end - 1].trim_end_matches(',')) {
        end -= 1;
    }
    end -= saying_phrase_len(&words[..end]);
    // `Ann Roe would say`, `she would say`: what someone used to say.
    if end >= 2
        && words[end - 1] == "would"
        && (is_name_word(split_word(words[end - 2]).core)
            || matches!(lower(words[end - 2]).as_str(), "he" | "she"))
    {
        end -= 1;
    }
    // `several governors have called`: people the text does not name.
    let aux = usize::from(end > 0 && matches!(words[end - 1], "have" | "has" | "had"));
    if end >= 2 + aux {
        let noun = words[end - 1 - aux];
        let unnamed = noun.chars().all(char::is_lowercase)
            && noun.ends_with('s')
            && QUANTIFIERS.contains(&lower(words[end - 2 - aux]).as_str());
        if unnamed {
            return None;
        }
    }
    // `Raul Ruiz, M.D. issued`: a credential after the name; `Ann Roe,
    // OH-11, released`: her district.
    while end > 1
        && (is_credential(words[end - 1]) || is_district(words[end - 1]))
        && words[end - 2].ends_with(',')
    {
        end -= 1;
    }
    let words = &words[..end];
    let last = *words.last()?;
    // `Ms. Roe, your office wrote`: what the one addressed owns speaks,
    // not the one addressed.
    if end >= 2 && matches!(words[end - 2], "your" | "Your") && last.chars().all(char::is_lowercase)
    {
        return None;
    }
    // `Dr. Roe, the Institute's own press release last month called`: a
    // paper after someone addressed is the subject, and no person.
    if !last.ends_with(',')
        && let Some(comma) = words.iter().rposition(|w| w.ends_with(','))
        && is_paper_phrase(&words[comma + 1..])
    {
        return None;
    }
    if let Some(name) = name_before_clause(words) {
        return Some(Attribution::Name(name));
    }
    for len in [4, 3, 2] {
        if let Some(from) = end.checked_sub(len)
            && let Some((title, used)) = the_title(&words[from..])
            && used == len
        {
            // `Ann Roe, a student on the panel that chose the speaker,
            // said`: a comma before the verb closes an apposition to the
            // name it follows.
            let apposed = last.ends_with(',').then(|| apposed_name(words)).flatten();
            // `A spokesperson for the Office of the Prime Minister said`:
            // the office holder after a preposition is not who speaks.
            let object = from > 0 && is_preposition(&lower(words[from - 1]));
            if object {
                return apposed.map(Attribution::Name);
            }
            return Some(apposed.map_or(Attribution::Title(title), Attribution::Name));
        }
    }
    // `His Royal Highness wrote:`.
    let styled = (2..=3)
        .filter_map(|len| end.checked_sub(len))
        .find_map(|his| style_of_address(&words[his..end]).filter(|(_, used)| his + used == end));
    if let Some((style, _)) = styled
        && (!split_word(last).stop || last.ends_with(':'))
    {
        return Some(style);
    }
    if !split_word(last).stop {
        if let Some(attribution) = pronoun(last) {
            // `do you essentially say, “…”?`: a question or a supposition,
            // not what was said.
            let asked = end >= 2
                && matches!(
                    lower(words[end - 2]).as_str(),
                    "do" | "does" | "did" | "would" | "will" | "can" | "could" | "should" | "might"
                );
            return (!asked).then_some(attribution);
        }
        if end >= 2 {
            if let Some(group) = group_noun(words[end - 2], last) {
                return Some(Attribution::Group(group));
            }
            // `An aide to the Senator said`: an office after a
            // preposition is not who speaks.
            if is_anaphor(words[end - 2], last) {
                let object = end >= 3 && is_preposition(&lower(words[end - 3]));
                return (!object).then(|| office(last));
            }
        }
    }
    // `Rep. Aguilar, released`: a stray comma after the name.
    let direct = name_backward(words, last.ends_with(','));
    // `Maria Ochoa, accompanied by her mother, Rosa Ochoa, told`: a name set
    // off after a relative the clause brings along is the relative's; the
    // subject is named before.
    if let Some(run) = &direct
        && let Some(open) = relative_brought_along(words, run.start)
    {
        // `Maria Ochoa, 19,`: her age.
        let before = &words[..open + usize::from(!is_age(words[open]))];
        return subject_backward(before).filter(|a| matches!(a, Attribution::Name(_)));
    }
    // A lone word right before the verb yields to a full name the clause
    // opens with (`Rep. Ann Roe, a member of the Committee on Intelligence,`).
    let lone = direct.as_ref().is_some_and(|run| {
        PersonName::parse(&run.name).is_some_and(|n| n.given.is_empty() && n.titles.is_empty())
    });
    if lone && let Some(name) = apposed_name(words) {
        return Some(Attribution::Name(name));
    }
    // A lone word closing an apposition whose name readout cannot read
    // (`Zu Ra’ad, former Envoy for Human Rights, said`) ends an office.
    if lone && last.ends_with(',') {
        return None;
    }
    // `the Executive Order on Climate-Related Financial Risk called on`:
    // capitalised words after `on` and a capitalised word end the name of
    // a thing, not a person's (offices link with `on` only after a title
    // or an institution, which the run then holds).
    let in_a_name = direct.as_ref().is_some_and(|run| {
        run.start >= 2
            && matches!(words[run.start - 1], "on" | "for" | "of")
            && words[run.start - 2].starts_with(char::is_uppercase)
            && !is_title(split_word(words[run.start - 2]).core)
    });
    // `President Ann Roe of Elmland declared`: one capitalised word after
    // `of` or `from` and a name is where the person is from, not a name.
    // `Mere Roe from Tallow Bay wrote` too: after `from`, a place of any
    // length.
    let from_place = direct.as_ref().and_then(|run| {
        (run.bare && run.start >= 2)
            .then_some(())
            .filter(|()| {
                words[run.start - 1] == "from"
                    || (words[run.start - 1] == "of" && !run.name.contains(' '))
            })
            .and_then(|()| name_backward(&words[..run.start - 1], false))
            .filter(|before| before.name.contains(' ') && plausible(&before.name))
    });
    if let Some(before) = from_place {
        return Some(Attribution::Name(before.name));
    }
    // `Dr. Ann Roe at Corliss said`: where a person works, after their
    // full name.
    let works_at = direct.as_ref().and_then(|run| {
        (run.bare && run.start >= 2 && words[run.start - 1] == "at")
            .then(|| name_backward(&words[..run.start - 1], false))
            .flatten()
            .filter(|before| {
                plausible(&before.name)
                    && PersonName::parse(&before.name).is_some_and(|n| n.first().is_some())
            })
    });
    if let Some(before) = works_at {
        return Some(Attribution::Name(before.name));
    }
    // `Earl, from Wicker Falls, told`: where the person named before the
    // apposition is from.
    if let Some(run) = &direct
        && run.start >= 2
        && words[run.start - 1] == "from"
        && words[run.start - 2].ends_with(',')
    {
        return name_backward(&words[..run.start - 1], true)
            .filter(|before| plausible(&before.name))
            .map(|before| Attribution::Name(before.name));
    }
    // `Ann Roe, head of the Elm League, said`: an organization after a
    // preposition describes the person, it does not speak; the person is
    // the name the clause opens with, or no one readout can tell.
    // (`Jane Roe of Racine County said` is where she is from.)
    let described = direct.as_ref().is_some_and(|run| {
        let mut at = run.start;
        let the = at > 0 && matches!(words[at - 1], "the" | "The");
        if the {
            at -= 1;
        }
        let titled = at > 1 && is_title(split_word(words[at - 2]).core);
        let office = titled || (at > 1 && words[at - 2].starts_with(char::is_lowercase));
        // `Prime Minister Ann Roe, representing the Elm Forum, stressed`.
        let representing = at > 0 && the && DESCRIBING_PARTICIPLES.contains(&words[at - 1]);
        at > 0
            && (representing || (DESCRIBING_PREPOSITIONS.contains(&words[at - 1]) && (the || office)))
            // `Legal Director at Elm Knowledge`: what an office is at.
            && (is_organization(&run.name) || (titled && run.bare && !representing))
    });
    // `A resident of nearby Millbrook Close said`: the name is where
    // someone unnamed is from (not `A spokesman for the Front, Bo Park,`).
    let start = sentence_start(words);
    let unnamed = direct.as_ref().is_some_and(|run| {
        unnamed_person_len(&words[start..]).is_some_and(|n| {
            run.start >= start + n && !words[start + 1..run.start].iter().any(|w| w.ends_with(','))
        })
    });
    if unnamed {
        return None;
    }
    // `A young woman in Port Selwyn asked`, `a friend of Ann Roe said`:
    // the name is where the subject is, or whose; the subject is unnamed.
    // `Its final stanza, inscribed above the entrance to the Assembly in
    // Vel Sarana, reads`: a name with no title after `in` is a place.
    let object = direct.as_ref().is_some_and(|run| {
        run.start >= 2 && {
            let preposition = words[run.start - 1];
            let noun = split_word(words[run.start - 2]).core;
            let place = run.bare && matches!(preposition, "in" | "near" | "outside");
            place
                || noun.starts_with(char::is_lowercase)
                    && (matches!(preposition, "in" | "at" | "near" | "outside" | "across")
                        || (matches!(preposition, "of" | "from") && PERSON_NOUNS.contains(&noun)))
        }
    });
    if object {
        return apposed_name(words).map(Attribution::Name);
    }
    // `The jury, chaired by actor Ann Roe, said`: a body of people speaks,
    // not the agent of a participle in its apposition (unlike a letter
    // led by someone, whose words are theirs).
    let agent = direct.as_ref().is_some_and(|run| {
        let sentence = &words[start.min(run.start)..run.start];
        let body = matches!(sentence, [the, noun, ..]
            if matches!(*the, "The" | "the") && noun.ends_with(',') && BODIES.contains(&lower(noun).as_str()));
        body && sentence
            .iter()
            .rev()
            .take_while(|w| !w.ends_with(','))
            .any(|w| *w == "by")
    });
    if agent {
        return None;
    }
    // `Ann Roe of the Elm Valley said`: capitalised words after a
    // preposition, `the` and no title name a place or a thing, not a
    // person (`with the Rev. Ann Roe`).
    let after_the = direct.as_ref().is_some_and(|run| {
        run.bare
            && run.start > 1
            && words[run.start - 1] == "the"
            && is_preposition(words[run.start - 2])
            && PersonName::parse(&run.name).is_some_and(|n| n.titles.is_empty())
    });
    if described || after_the {
        return apposed_name(words)
            .or_else(|| described_name(words, direct.as_ref()?.start))
            .map(Attribution::Name);
    }
    if let Some(run) = &direct
        && plausible(&run.name)
        && !in_a_name
    {
        let joined = (run.bare
            && run
                .start
                .checked_sub(1)
                .is_some_and(|i| matches!(words[i], "and" | "&")))
        .then(|| {
            // `Ann Roe (R-EL) and Bo Park (D-EL) said`: past a tag.
            let upto = run.start - 1;
            let upto = match upto.checked_sub(1) {
                Some(k) if words[k].ends_with(')') => {
                    tag_start(&words[..upto], MAX_TAG_WORDS).unwrap_or(upto)
                }
                _ => upto,
            };
            name_backward(&words[..upto], false)
        })
        .flatten()
        .filter(|r| plausible(&r.name));
        if let Some(before) = joined {
            // `Bo Park of Roe & Lee said`: the firm she is of.
            let of_a_firm = words[run.start - 1] == "&"
                && before.start > 0
                && matches!(
                    words[before.start - 1],
                    "of" | "for" | "at" | "from" | "with"
                );
            if of_a_firm {
                return described_name(words, before.start).map(Attribution::Name);
            }
            // `Ann Roe and Bo Park said`: two people; not `…, Ann Roe and
            // Bo Park said`, the end of a longer list.
            let listed_on = before.start > 0 && words[before.start - 1].ends_with(',');
            return Some(Attribution::Group(Group {
                listed: Some(words[..end].join(" ")),
                first: (!listed_on).then_some(before.name),
                ..Group::default()
            }));
        }
        return Some(Attribution::Name(run.name.clone()));
    }
    // `Jane Roe of Racine County said`: a name and where the person is
    // from (`Bo Park of Roe & Lee Research`, a firm of two names); not
    // `the Elm League of Voters`, whose `the` makes it no name.
    let from_start = direct.as_ref().map(|run| match run.start.checked_sub(1) {
        Some(amp) if words[amp] == "&" => {
            name_backward(&words[..amp], false).map_or(run.start, |r| r.start)
        }
        _ => run.start,
    });
    if let Some(start) = from_start
        && start >= 2
        && matches!(words[start - 1], "of" | "from")
        && let Some(before) = name_backward(&words[..start - 1], false)
        && plausible(&before.name)
        && !(before.start > 0 && words[before.start - 1] == "the")
        // `Bo Park, Director of Citizens of Elm Valley,`: a lone word is
        // the end of an office when a name opens the clause.
        && (before.name.contains(' ') || apposed_name(words).is_none())
    {
        return Some(Attribution::Name(before.name));
    }
    // `Rajiv, a competitor's CEO said`: with no comma closing it, someone
    // `a` or `an` opens after a name is the subject, the name someone
    // addressed (not `As Ann Roe, the group’s founder said`, a writer's
    // lost comma).
    let unclosed = !last.ends_with(',')
        && words
            .iter()
            .rposition(|w| w.ends_with(','))
            .and_then(|k| words.get(k + 1))
            .is_some_and(|w| matches!(*w, "a" | "an"));
    if !unclosed && let Some(name) = apposed_name(words) {
        return Some(Attribution::Name(name));
    }
    match direct {
        // A title alone (`the senator` without `the`) stands for the last
        // speaker; not one a word narrows to a portfolio (`the agriculture
        // minister` may be another minister than the last one named).
        None if words.len() >= 2 && is_anaphor("the", last) && !is_portfolio(words[end - 2]) => {
            Some(Attribution::Pronoun(Gender::of_word(last)))
        }
        _ => None,
    }
}

/// True for words naming a paper, with no person after it (`the
/// Institute's own press release last month`).
fn is_paper_phrase(phrase: &[&str]) -> bool {
    let core = |w: &&str| lower(split_word(w).core);
    // Most phrases after a comma open with no determiner: read no further.
    let determined = phrase
        .first()
        .is_some_and(|w| matches!(core(w).as_str(), "the" | "your" | "its" | "their"));
    if !determined {
        return false;
    }
    let paper = phrase.iter().position(|w| {
        let word = core(w);
        is_paper(&word) || matches!(word.as_str(), "release" | "statement")
    });
    // Whose paper it is may come before it (`the press secretary's memo`).
    paper.is_some_and(|p| {
        !phrase[p..].iter().any(|w| {
            let word = core(w);
            is_person_noun(&word) || is_role(&word)
        })
    })
}

/// Words that qualify an office without narrowing who holds it (`the
/// new congresswoman`, `the same minister`).
const SAME_OFFICE_QUALIFIERS: &[&str] = &[
    "same",
    "new",
    "former",
    "late",
    "then",
    "junior",
    "senior",
    "veteran",
    "longtime",
    "county",
    "state",
    "city",
    "local",
    "young",
    "first-term",
    "freshman",
];

/// True for a lowercase word before an office that narrows it to one
/// portfolio or rank (`agriculture`, `foreign`, `deputy`), so that the
/// office stands for no one in particular among the release's holders.
pub(super) fn is_portfolio(word: &str) -> bool {
    word.chars().all(|c| c.is_lowercase() || c == '-')
        && !matches!(word, "the" | "el" | "la")
        && !SAME_OFFICE_QUALIFIERS.contains(&word)
}

/// Prepositions between a person and the organization or place that
/// describes them (`Ann Roe of the Elm League`).
const DESCRIBING_PREPOSITIONS: &[&str] = &["of", "for", "at", "with", "from", "on", "in"];

/// Prepositions, lowercase, that never link a person to what describes
/// them; with [`DESCRIBING_PREPOSITIONS`], the words after which nothing
/// is a sentence's subject.
const OTHER_PREPOSITIONS: &[&str] = &[
    "to",
    "into",
    "onto",
    "across",
    "near",
    "toward",
    "towards",
    "over",
    "under",
    "throughout",
    "by",
    "about",
    "against",
    "between",
    "among",
    "within",
    "without",
    "around",
    "through",
    "behind",
    "beyond",
    "after",
    "before",
    "during",
];

/// Most words of a phrase bringing a relative along (`accompanied by her
/// mother`).
const MAX_BROUGHT_ALONG: usize = 5;

/// Where the comma before a phrase bringing a relative along ends, when a
/// name at `name` is set off after it (`, accompanied by her mother, Rosa
/// Ochoa,`, `, acompañada de su madre, Rosa Ochoa,`): lowercase words
/// with a preposition, ending in a relation.
fn relative_brought_along(words: &[&str], name: usize) -> Option<usize> {
    let close = name.checked_sub(1)?;
    if !words[close].ends_with(',') || !words.last()?.ends_with(',') {
        return None;
    }
    let open = (close.saturating_sub(MAX_BROUGHT_ALONG)..close)
        .rev()
        .find(|&k| words[k].ends_with(','))?;
    let phrase = &words[open + 1..=close];
    let relation = lower(phrase.last()?.trim_end_matches(','));
    (phrase.iter().all(|w| w.starts_with(char::is_lowercase))
        && phrase
            .iter()
            .any(|w| is_preposition(w) || matches!(*w, "de" | "con" | "por"))
        && RELATIONS.contains(&relation.as_str()))
    .then_some(open)
}

/// True for a word between a person and the organization or place that
/// describes them: a preposition or what the person does there
/// (`Bo Park, representing the Elm League`).
fn is_describing_link(word: &str) -> bool {
    DESCRIBING_PREPOSITIONS.contains(&word) || DESCRIBING_PARTICIPLES.contains(&word)
}

/// Most lowercase words before the noun of an unnamed person (`A
/// longtime resident`).
const MAX_UNNAMED_MODIFIERS: usize = 3;

/// How many words of `words` (a sentence) name someone unnamed as its
/// subject: `A`, `An` or `One`, a few lowercase words ending in a noun for
/// a person; `None` when the sentence does not open so.
fn unnamed_person_len(words: &[&str]) -> Option<usize> {
    if !matches!(words.first(), Some(&("A" | "An" | "One" | "Another"))) {
        return None;
    }
    person_noun_at(&words[1..]).map(|noun| noun + 2)
}

/// Where a noun for a person is among the few lowercase words `words`
/// open with (`resident` in `longtime resident of …`), if it is.
pub(super) fn person_noun_at(words: &[&str]) -> Option<usize> {
    words
        .iter()
        .take(MAX_UNNAMED_MODIFIERS + 1)
        .take_while(|w| w.starts_with(char::is_lowercase))
        // `his great-grandfather`: the same relation, further back.
        .position(|w| PERSON_NOUNS.contains(&split_word(w).core.trim_start_matches("great-")))
}

/// Bodies of people that speak as one (`The jury, chaired by …, said`),
/// lowercase.
const BODIES: &[&str] = &[
    "jury",
    "panel",
    "committee",
    "board",
    "commission",
    "council",
    "court",
    "delegation",
];

/// Participles that link a person to an organization they act for
/// (`Bo Park, representing the Elm League`), lowercase.
const DESCRIBING_PARTICIPLES: &[&str] = &["representing", "leading", "heading", "chairing"];

/// True for a lowercase preposition: what follows one is never a
/// sentence's subject.
fn is_preposition(word: &str) -> bool {
    DESCRIBING_PREPOSITIONS.contains(&word) || OTHER_PREPOSITIONS.contains(&word)
}

/// The person an organization after a preposition describes, named right
/// before it with no comma between (`Ann Roe of the Elm League said`,
/// `Deputy Director Bo Park at the Office said`): `organization` is where
/// the organization's run of capitalised words starts.
fn described_name(words: &[&str], organization: usize) -> Option<String> {
    let at = match organization.checked_sub(1).map(|i| words[i]) {
        Some("the" | "The") => organization - 1,
        _ => organization,
    };
    let preposition = words.get(at.checked_sub(1)?)?;
    if !is_describing_link(preposition) {
        return None;
    }
    let before = name_backward(&words[..at - 1], false)?;
    let parsed = PersonName::parse(&before.name)?;
    let named = !parsed.given.is_empty() || !parsed.titles.is_empty();
    (named && is_person_name(&before.name)).then_some(before.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn backward(text: &str) -> Option<Attribution> {
        let words: Vec<&str> = text.split_whitespace().collect();
        subject_backward(&words)
    }

    fn name(s: &str) -> Option<Attribution> {
        Some(Attribution::Name(s.to_string()))
    }

    #[test]
    fn an_article_before_an_honorific_is_no_anaphor() {
        let forward = |text: &str| {
            let words: Vec<&str> = text.split_whitespace().collect();
            subject_forward(&words).map(|(a, _, _)| a)
        };
        assert_eq!(
            forward("the Rt Hon Ann Roe MP, Secretary"),
            name("Rt Hon Ann Roe MP")
        );
        assert_eq!(forward("the Reverend Bo Park."), name("Reverend Bo Park"));
    }

    #[test]
    fn a_titled_name_described_after_the_opens_its_apposition() {
        assert_eq!(
            backward("The late Senator Ann Roe, my friend, put"),
            name("Senator Ann Roe")
        );
        assert_eq!(
            backward("The late Senator Ann Roe, my friend and mentor,"),
            name("Senator Ann Roe")
        );
        assert_eq!(backward("The very old and late Ann Roe, my friend,"), None);
    }

    #[test]
    fn a_name_after_a_preposition_is_not_an_unnamed_subject() {
        assert_eq!(backward("A young woman in Port Elm"), None);
        assert_eq!(backward("Later, a friend of Ann Roe"), None);
        assert_eq!(backward("A spokesperson for the Senator"), None);
        assert_eq!(backward("The Senator"), Some(office("Senator")));
        assert_eq!(backward("Jane Roe of Racine County"), name("Jane Roe"));
        assert_eq!(
            backward("Speaking in Elm Park, Mayor Ann Roe"),
            name("Mayor Ann Roe")
        );
    }

    #[test]
    fn offices_before_a_name_are_not_the_name() {
        assert_eq!(
            backward("Hawaii Department of Transportation Director Jade Butay"),
            name("Director Jade Butay")
        );
        assert_eq!(
            backward("Ways and Means Committee Ranking Member Richard E. Neal"),
            name("Ranking Member Richard E. Neal")
        );
        assert_eq!(
            backward("Deputy Secretary of the Treasury Wally Adeyemo"),
            name("Wally Adeyemo")
        );
        // Portfolios of ministers and commissioners.
        assert_eq!(backward("Minister of Finance Ann Roe"), name("Ann Roe"));
        assert_eq!(
            backward("Commissioner for Environment Bo Park"),
            name("Bo Park")
        );
        assert_eq!(
            backward("Minister of Trade and Industry Cy Lee"),
            name("Cy Lee")
        );
    }

    #[test]
    fn appositions_and_affiliations_after_a_name_are_skipped() {
        assert_eq!(
            backward("Dr. Ann Roe, FACR, Roe & Lee Imaging"),
            name("Dr. Ann Roe")
        );
        assert_eq!(
            backward("Rep. Ada Moss, who chairs the panel on water and was born in the valley,"),
            name("Rep. Ada Moss")
        );
        assert_eq!(backward("After meeting with Rep. Lee, the owner"), None);
        // One name addressed before a subject of the clause's own.
        assert_ne!(
            backward("Thanks. Mei-Ling, the rating agency Roe & Lee"),
            name("Mei-Ling")
        );
        assert_eq!(
            backward("the President’s Executive Order on Climate-Related Financial Risk"),
            None
        );
    }

    #[test]
    fn an_organization_or_place_after_a_name_and_a_preposition_describes_them() {
        assert_eq!(
            backward("Deputy Director Ji-ho Park of the Office"),
            name("Deputy Director Ji-ho Park")
        );
        assert_eq!(backward("Ann Roe at the Elm Clinic"), name("Ann Roe"));
        assert_eq!(backward("Ann Roe of the Elm Valley"), name("Ann Roe"));
        assert_eq!(backward("Bo Park of Roe & Lee Research"), name("Bo Park"));
        assert_eq!(backward("Bo Park of Roe & Lee"), name("Bo Park"));
        assert_eq!(backward("The head of the Elm League"), None);
        assert_eq!(
            backward("Ann Roe, President of the New Elm League of River Voters,"),
            name("Ann Roe")
        );
        assert_eq!(
            backward("Rep. Bo Park (EL-02), a veteran deployed twice to the Middle East,"),
            name("Rep. Bo Park")
        );
        assert_eq!(
            backward("Chairman of the Joint Chiefs of Staff Cy Lee"),
            name("Cy Lee")
        );
        // After `the` without a preposition, an organization or an office
        // speaks as such.
        assert_eq!(backward("the Elm Clarion"), name("Elm Clarion"));
    }

    #[test]
    fn what_a_person_is_may_stand_before_their_name_and_apposition() {
        assert_eq!(
            backward("Volunteer rider Ann-Marie Roe, 19,"),
            name("Ann-Marie Roe")
        );
        assert_eq!(
            backward("Local historian Bo Park, a former teacher,"),
            name("Bo Park")
        );
        assert_eq!(backward("Thanks to donor Ann Roe, the clinic"), None);
    }

    #[test]
    fn an_apposition_ending_in_an_organization_or_a_title_is_the_names() {
        assert_eq!(
            backward("Ann Roe, a student on the panel that chose the speaker,"),
            name("Ann Roe")
        );
        assert_eq!(
            backward("Bo Park, Legal Director at Elm Knowledge,"),
            name("Bo Park")
        );
    }

    #[test]
    fn a_one_word_place_after_a_name_is_where_the_person_is_from() {
        assert_eq!(
            backward("President Ada Moss of Elmland"),
            name("President Ada Moss")
        );
        assert_eq!(backward("Bo Park from Elmland"), name("Bo Park"));
    }

    #[test]
    fn a_name_and_where_it_is_from_may_open_an_apposition() {
        assert_eq!(
            backward("Prime Minister Moss of Elmland, representing the Lakes Forum,"),
            name("Prime Minister Moss")
        );
        assert_eq!(
            backward("Bo Park of the Elm Valley Trust, a group that runs three shelters,"),
            name("Bo Park")
        );
        // Not a name then a clause of its own.
        assert_eq!(
            backward("Bo Park of Elmland, who said nothing, and the rest of the people"),
            None
        );
    }

    #[test]
    fn two_capitals_that_are_no_state_code_open_an_office_not_a_dateline() {
        assert_eq!(
            backward("Ada Moss, UN Special Envoy on Freedom of Speech,"),
            name("Ada Moss")
        );
        assert_eq!(backward("Palm Grove, CA –"), None);
    }

    #[test]
    fn the_end_of_an_organizations_name_after_for_or_of_is_no_person() {
        assert_eq!(
            backward("Ada Moss, President of Friends for Clean Water,"),
            name("Ada Moss")
        );
        assert_eq!(
            backward("Bo Park, Director of Citizens of Elm Valley,"),
            name("Bo Park")
        );
    }

    #[test]
    fn an_as_clause_may_open_with_a_name_and_its_apposition() {
        assert_eq!(
            backward("As Ada Moss, the group’s founder,"),
            name("Ada Moss")
        );
    }

    #[test]
    fn datelines_are_not_names() {
        assert_eq!(
            backward("WASHINGTON, DC —Rep. Aguilar,"),
            name("Rep. Aguilar")
        );
        assert_eq!(backward("WASHINGTON, DC —"), None);
    }

    #[test]
    fn a_full_name_and_where_the_person_works_after_at_is_the_name() {
        assert_eq!(backward("Dr. Ann Roe at Corliss"), name("Dr. Ann Roe"));
        assert_eq!(
            backward("Dr. Ann Roe at Corliss Medical Center"),
            name("Dr. Ann Roe")
        );
    }

    #[test]
    fn what_the_one_addressed_owns_is_not_them() {
        assert_eq!(backward("Ms. Ann Roe, your office"), None);
    }

    #[test]
    fn two_names_joined_are_a_group() {
        assert!(matches!(
            backward("Rep. Ada Moss and Rep. Bo Park"),
            Some(Attribution::Group(Group {
                listed: Some(_),
                ..
            }))
        ));
    }
}
