//! Short names completed within a release: "Xi" and "Rep. Bice" become
//! "Xi Jinping" and "Rep. Stephanie Bice" when the release (or the member
//! it belongs to) gives the full name; a title label (`THE PRESIDENT`)
//! becomes the person the release's title names with it.

use super::given_names;
use super::lexicon::{
    CONNECTORS, NICKNAMES, PATRONYMICS, PERSON_NOUNS, SUFFIXES, has_patronymic, is_institution,
    opens_sentences,
};
use super::names::{
    PersonName, WRITINGS, first_name_fits, fold, is_organization, is_person_name, is_place,
    name_start,
};
use super::words::{
    capitalised, drop_given_names, is_closing_surname, is_name_word, is_possessive, is_suffix,
    is_title, joined_particle, long_nickname_len, nickname_in_name, split_word, strip_possessive,
    verb_len,
};
use crate::corpus::{Paragraph, Quote, TextPos};

/// Completes short speaker names from a fuller name the release uses for
/// the same person (one or two more words): "Xi" and "President Xi" become
/// "Xi Jinping" and "President Xi Jinping" when the body says "Xi Jinping".
/// Titles as written are kept; an organization's name is left whole. When
/// the fuller names could be two people's
/// ("Beau Biden", "Joe Biden") the speaker is left alone. The name
/// of the member the release belongs to, `member`, counts as used once;
/// the release's `title`, like a heading, may show a surname is two
/// people's (`Address by Judge Rafael Roe`, whose body names his father
/// Ignatius Roe);
/// `is_headline` tells a round-up's headline line over a quotation, whose
/// names count as the quotation's paragraph's. [`super::extract`] already
/// applies this.
pub fn resolve_speakers(
    quotes: &mut [Quote],
    paragraphs: &[Paragraph],
    title: &str,
    member: Option<&str>,
    is_headline: &dyn Fn(&Paragraph) -> bool,
) {
    if quotes.iter().all(|q| q.speaker.is_none()) {
        return;
    }
    // Only names holding a speaker's last word matter.
    let mut wanted: Vec<String> = quotes
        .iter()
        .filter_map(|q| q.speaker.as_deref()?.split_whitespace().last())
        .map(str::to_string)
        .collect();
    // `Al-Haddad warned`, opening a sentence, is the body's `al-Haddad`.
    let particles: Vec<String> = wanted
        .iter()
        .map(|w| uncapitalised(w))
        .filter(|w| joined_particle(w).is_some())
        .collect();
    wanted.extend(particles);
    wanted.sort_unstable();
    wanted.dedup();
    let texts = paragraphs.iter().map(|p| p.text.as_str()).chain(member);
    let names = full_names(texts, &wanted);
    // A heading in capitals (`REMARKS BY PRESIDENT ANN ROE`) names people
    // too: read in title case, it may show a surname is two people's,
    // though its letters are no one's name as written.
    let headings: Vec<String> = paragraphs
        .iter()
        .filter_map(|p| title_cased(&p.text))
        .collect();
    let in_headings = full_names(headings.iter().map(String::as_str), &wanted);
    // A headline capitalises every word (`Chairs DeFazio and Larsen Call
    // for …`): only a known given name before a surname names someone.
    let in_title: Vec<(Vec<&str>, usize)> = full_names(std::iter::once(title), &wanted)
        .into_iter()
        .filter(|(name, _)| {
            PersonName::parse(&name.join(" "))
                .is_some_and(|person| person.first().is_some_and(given_names::is_given_name))
        })
        .collect();
    // Whether `full` may be someone other than a person named in `named`
    // of the same surname.
    let someone_else = |named: &[(Vec<&str>, usize)], full: &Vec<&str>| {
        let Some(person) = PersonName::parse(&full.join(" ")) else {
            return true;
        };
        named.iter().any(|(other, _)| {
            PersonName::parse(&other.join(" ")).is_some_and(|other| {
                fold(&other.surname) == fold(&person.surname) && !same_person(&other, &person)
            })
        })
    };
    let quoted: Vec<(TextPos, TextPos)> = quotes.iter().map(|q| (q.start, q.end)).collect();
    // The last quotation's speaker and its paragraph.
    let mut said_here: Option<(u32, String)> = None;
    for quote in quotes.iter_mut() {
        let Some(speaker) = &quote.speaker else {
            continue;
        };
        // An organization's name is whole as its label gives it.
        if is_organization(speaker) {
            continue;
        }
        let words: Vec<&str> = speaker.split_whitespace().collect();
        let core_from = name_start(&words);
        // `Austin III`: the surname a full name ends with, its suffix kept
        // for after it.
        let mut core_to = words.len();
        while core_to > core_from + 1 && is_suffix(words[core_to - 1]) {
            core_to -= 1;
        }
        let core = &words[core_from..core_to];
        if core.is_empty() {
            continue;
        }
        let paragraph = quote.start.paragraph;
        let full = best_full_name(&names, core)
            .or_else(|| named_before(paragraphs, quote, core, is_headline, &quoted))
            .filter(|full| {
                // A surname the title gives someone else too; not a given
                // name completed (`Lady Imogen`).
                let surname_given = full.last() == core.last();
                let shared = someone_else(&in_headings, full)
                    || (surname_given && someone_else(&in_title, full));
                !shared
            });
        let resolved = match full {
            Some(full) => {
                let mut resolved = words[..core_from].join(" ");
                if !resolved.is_empty() {
                    resolved.push(' ');
                }
                resolved.push_str(&full.join(" "));
                for suffix in &words[core_to..] {
                    resolved.push(' ');
                    resolved.push_str(suffix);
                }
                Some(resolved)
            }
            // `“…,” Sen. Jack Reed added. “…,” Reed said`, `“…,” Biden
            // said. “…”`: the person the paragraph's last quotation named in
            // full.
            None => said_here
                .as_ref()
                // Not `Petra Varga` after `Jonas Varga`: a given name is
                // someone's own.
                .filter(|(p, full)| {
                    *p == paragraph
                        && core.len() == 1
                        && full.split_whitespace().last() == core.last().copied()
                        && PersonName::parse(full).is_some_and(|n| n.first().is_some())
                })
                .map(|(_, full)| full.clone()),
        };
        let resolved = match resolved {
            Some(resolved) => Some(resolved),
            // `Biden said` where the release writes only `President Biden`.
            None => match words.as_slice() {
                [surname] => titled_surname(paragraphs, surname)
                    .or_else(|| given_name_owner(paragraphs, surname))
                    .or(quote.speaker.take()),
                // `Mother Jo`, `Uncle Ray`: the one person named in full
                // with that given name, or called so.
                [familiar, given]
                    if FAMILIAR_TITLES.contains(&familiar.to_lowercase().as_str()) =>
                {
                    given_name_owner(paragraphs, given)
                        .or_else(|| alias_owner(paragraphs, &words.join(" ")))
                        .or(quote.speaker.take())
                }
                _ => quote.speaker.take(),
            },
        };
        said_here = resolved.clone().map(|full| (paragraph, full));
        quote.speaker = resolved;
    }
}

/// The one person named in full in the paragraph that gives them `alias`
/// in quotation marks, before it (`Most of the world knew her as the Rev.
/// Dr. Ann Roe-Tolliver. Everybody in this room knew her as “Mother
/// Vangie.”`).
fn alias_owner(paragraphs: &[Paragraph], alias: &str) -> Option<String> {
    let quoted = |text: &str| {
        ["“", "\""].iter().find_map(|mark| {
            let at = text.find(&format!("{mark}{alias}"))?;
            let after = text[at + mark.len() + alias.len()..].chars().next();
            after
                .is_some_and(|c| matches!(c, '”' | '"' | '.' | ','))
                .then_some(at)
        })
    };
    let (paragraph, at) = paragraphs
        .iter()
        .find_map(|p| quoted(&p.text).map(|at| (p, at)))?;
    let before = &paragraph.text[..at];
    let wanted: Vec<String> = before
        .split_whitespace()
        .map(|w| strip_possessive(split_word(w).core).to_string())
        .filter(|w| w.starts_with(char::is_uppercase))
        .collect();
    let people: Vec<(String, String)> = full_names(std::iter::once(before), &wanted)
        .into_iter()
        .filter_map(|(name, _)| {
            let name = name.join(" ");
            let person = PersonName::parse(&name)?;
            (is_person_name(&name) && person.first().is_some())
                .then(|| (fold(&person.surname), person.full()))
        })
        .collect();
    one_person(people)
}

/// The name of the one person among `(folded surname, name)` pairs, told
/// apart by surname; `None` for none or several.
fn one_person(mut people: Vec<(String, String)>) -> Option<String> {
    people.sort();
    people.dedup_by(|a, b| a.0 == b.0);
    match people.as_slice() {
        [(_, name)] => Some(name.clone()),
        _ => None,
    }
}

/// Words of family or affection before a given name (`Mother Jo`, `Uncle
/// Ray`), lowercase: the person's, not a title of office.
const FAMILIAR_TITLES: &[&str] = &[
    "mother", "father", "sister", "brother", "aunt", "auntie", "uncle", "mama", "papa", "grandma",
    "grandpa", "granny", "nana", "abuela", "abuelo", "miss",
];

/// Words a heading in capitals writes that are no part of a name, in
/// lowercase.
const HEADING_LINKS: &[&str] = &[
    "by", "at", "of", "the", "on", "in", "for", "and", "to", "with", "from", "a", "an",
];

/// A paragraph written all in capitals, in title case (`REMARKS BY
/// PRESIDENT ANN ROE` gives `Remarks by President Ann Roe`); `None` for
/// any other.
fn title_cased(text: &str) -> Option<String> {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 6 || text.chars().any(char::is_lowercase) {
        return None;
    }
    let words: Vec<String> = text
        .split_whitespace()
        .map(|word| {
            let lower = word.to_lowercase();
            if HEADING_LINKS.contains(&lower.as_str()) {
                return lower;
            }
            let mut chars = lower.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect();
    Some(words.join(" "))
}

/// The full name a quotation's paragraph gives a short name before the
/// quotation (with the headline over it, in a round-up of coverage), when
/// every mention of the surname there is that name's, though the release
/// names others so (`President Joe Biden visited … “…,” Biden said` in a
/// release that names Jill Biden too); not when the paragraph also writes
/// the surname alone (`Jill Biden joined President Biden`). Failing that,
/// the same read over everything before the quotation: the one person of
/// the surname the release has introduced so far (`Marguerite Roe, 71,
/// …` before `“…,” Roe said`, her son Desmond Roe named only after it).
fn named_before<'a>(
    paragraphs: &'a [Paragraph],
    quote: &Quote,
    core: &[&str],
    is_headline: &dyn Fn(&Paragraph) -> bool,
    quoted: &[(TextPos, TextPos)],
) -> Option<Vec<&'a str>> {
    let at = quote.start.paragraph as usize;
    let before = unquoted_before(&paragraphs.get(at)?.text, quote.start, quoted);
    let headline = at
        .checked_sub(1)
        .map(|p| &paragraphs[p])
        .filter(|p| is_headline(p))
        .map(|p| p.text.as_str());
    let here: Vec<&str> = headline.into_iter().chain(before.iter().copied()).collect();
    let earlier = paragraphs[..at]
        .iter()
        .enumerate()
        .flat_map(|(p, paragraph)| {
            let end = TextPos::new(p, paragraph.text.len());
            unquoted_before(&paragraph.text, end, quoted)
        });
    let so_far: Vec<&str> = earlier.chain(before).collect();
    // Read so widely, only a name opening with a known given name (not
    // `Subcommittee on Aviation Rick Larsen`'s `Aviation Rick Larsen`).
    // `Valedictorian Maria Roe`: from a given name inside the run.
    only_full_name(&here, core).or_else(|| {
        let full = only_full_name(&so_far, core)?;
        let given = PersonName::parse(&full.join(" "))
            .is_some_and(|n| n.first().is_some_and(given_names::is_given_name));
        if given {
            return Some(full);
        }
        given_names::given_name_inside(&full, MAX_TITLE_WORDS).map(|at| full[at..].to_vec())
    })
}

/// The one full name `texts` give a short name, when every mention of
/// its surname there is that name's.
fn only_full_name<'a>(texts: &[&'a str], core: &[&str]) -> Option<Vec<&'a str>> {
    let surname = (*core.last()?).to_string();
    let names = full_names(texts.iter().copied(), std::slice::from_ref(&surname));
    let full = best_full_name(&names, core)?;
    // `Secretaries Raimondo and Tai`: titles, not a given name.
    let first = full.first()?.to_lowercase();
    let singular = first
        .strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| first.strip_suffix('s').map(str::to_string));
    if singular.is_some_and(|word| is_title(&word)) {
        return None;
    }
    let as_full: usize = names
        .iter()
        .filter(|(name, _)| name.last() == Some(&surname.as_str()))
        .map(|(_, count)| count)
        .sum();
    let mentions = texts
        .iter()
        .flat_map(|text| text.split_whitespace())
        .filter(|w| strip_possessive(split_word(w).core) == surname)
        .count();
    (mentions == as_full).then_some(full)
}

/// The pieces of a paragraph's `text` before `at` that no quotation in
/// `quoted` holds: a name the speaker says (`“My mother, Ines Roe, …,” she
/// said`) is not the writer's naming of a speaker.
fn unquoted_before<'a>(text: &'a str, at: TextPos, quoted: &[(TextPos, TextPos)]) -> Vec<&'a str> {
    let end = (at.offset as usize).min(text.len());
    let mut pieces = Vec::new();
    let mut from = 0;
    for (start, stop) in quoted {
        if start.paragraph > at.paragraph || stop.paragraph < at.paragraph || *start >= at {
            continue;
        }
        let open = if start.paragraph == at.paragraph {
            start.offset as usize
        } else {
            0
        };
        let close = if stop.paragraph == at.paragraph {
            stop.offset as usize
        } else {
            end
        };
        if open > from {
            pieces.extend(text.get(from..open.min(end)));
        }
        from = from.max(close.min(end));
    }
    pieces.extend(text.get(from..end));
    pieces
}

/// Most title words before a surname (`Vice President`, `U.S. Trade
/// Representative`).
const MAX_TITLE_WORDS: usize = 3;

/// The one person the release names in full whose given name a lone word
/// is, or is a familiar form of: `Theodore R. Roe Jr.` for `Ted` (`Ted
/// believed …`). `None` when it names two such people, or none.
fn given_name_owner(paragraphs: &[Paragraph], word: &str) -> Option<String> {
    given_name_owner_in(paragraphs.iter().map(|p| p.text.as_str()), word)
}

/// [`given_name_owner`] over any texts (a transcript's paragraphs before
/// they are read as turns: `JONAH:` over the turns of the `Jonah
/// Feldman-Oduya` its list of hosts names).
pub(super) fn given_name_owner_in<'a>(
    texts: impl Iterator<Item = &'a str> + Clone,
    word: &str,
) -> Option<String> {
    let short = word.to_lowercase();
    let mut forms: Vec<String> = NICKNAMES
        .iter()
        .filter(|(nickname, _)| *nickname == short)
        .map(|(_, long)| capitalised(long))
        .collect();
    if forms.is_empty() && !given_names::is_given_name(word) {
        return None;
    }
    forms.push(word.to_string());
    let owners: Vec<(String, String)> = full_names(texts, &forms)
        .into_iter()
        .filter_map(|(name, _)| {
            let name = name.join(" ");
            let person = PersonName::parse(&name)?;
            let fits = person
                .first()
                .is_some_and(|first| first_name_fits(&short, &first.to_lowercase()));
            fits.then(|| (fold(&person.surname), name))
        })
        .collect();
    one_person(owners)
}

/// The one titled form the release gives a surname that it never writes
/// with a given name: `President Lee` for a bare `Lee`. `None` when it
/// gives none or two (`President Lee`, `Dr. Lee`: two people, perhaps).
fn titled_surname(paragraphs: &[Paragraph], surname: &str) -> Option<String> {
    let mut found: Option<Vec<&str>> = None;
    for paragraph in paragraphs {
        if !paragraph.text.contains(surname) {
            continue;
        }
        let words: Vec<&str> = paragraph.text.split_whitespace().collect();
        for (at, token) in words.iter().enumerate() {
            if strip_possessive(split_word(token).core) != surname {
                continue;
            }
            let mut from = at;
            while from > 0
                && at - from < MAX_TITLE_WORDS
                && !split_word(words[from - 1]).stop
                && words[from - 1].starts_with(char::is_uppercase)
                && is_title(split_word(words[from - 1]).core)
            {
                from -= 1;
            }
            if from == at {
                continue;
            }
            let mut titled: Vec<&str> =
                words[from..at].iter().map(|w| split_word(w).core).collect();
            titled.push(surname);
            match &found {
                Some(known) if *known == titled => {}
                // `U.S. President Lee` is `President Lee`.
                Some(known) if same_title(known, &titled) => {
                    if titled.len() < known.len() {
                        found = Some(titled);
                    }
                }
                Some(_) => return None,
                None => found = Some(titled),
            }
        }
    }
    found.map(|words| words.join(" "))
}

/// True when two titled forms of a surname differ only by the country
/// before the longer one's title (`U.S. President Lee`, `President Lee`).
fn same_title(a: &[&str], b: &[&str]) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    long.ends_with(short)
        && long[..long.len() - short.len()]
            .iter()
            .all(|w| is_place(w) || w.trim_end_matches('.') == "U.S")
}

/// A way a full name's words may hold a short name.
type NameTest<'t> = dyn Fn(&[&str]) -> bool + 't;

/// The full name containing `core` that the release uses, if all the names
/// that could be meant are one person's.
fn best_full_name<'a>(names: &[(Vec<&'a str>, usize)], core: &[&str]) -> Option<Vec<&'a str>> {
    // A full name adds a given name or two before a surname; failing that,
    // a name after one ("Xi" in "Xi Jinping").
    let fits =
        |name: &[&str]| name.len() > core.len() && name_weight(name) <= name_weight(core) + 2;
    let ending = |name: &[&str]| fits(name) && same_words(&name[name.len() - core.len()..], core);
    // `Sheikh Faisal` is `Faisal bin Suhail Al Marzan`: a given name
    // before a father's name, however long the chain.
    let starting = |name: &[&str]| {
        (fits(name) || (name.len() > core.len() && has_patronymic(name)))
            && same_words(&name[..core.len()], core)
    };
    // `Dr Faisal` is `Dr Muhammad Faisal bin Rahmat`: the given name right
    // before the father's, which a Malay name is called by.
    let called_by = |name: &[&str]| {
        name.iter()
            .position(|w| PATRONYMICS.contains(w))
            .is_some_and(|p| p > core.len() && same_words(&name[p - core.len()..p], core))
    };
    // `Ibarra` is `María José Ibarra Quintanilla`, `de la Cruz` is `Rafael
    // de la Cruz Montiel`: a first surname before the second, as Spanish
    // names write them.
    let first_surname = |name: &[&str]| {
        let n = name.len();
        n >= core.len() + 2
            && name_weight(name) <= 4
            && same_words(&name[n - 1 - core.len()..n - 1], core)
            && !CONNECTORS.contains(&name[n - 2])
            // Not letters after a name (`Ann Ní Roe TD`).
            && name[n - 1].chars().any(char::is_lowercase)
    };
    // The first way any name fits decides.
    let ways: [&NameTest; 4] = [&ending, &starting, &called_by, &first_surname];
    ways.iter().find_map(|way| {
        let found: Vec<&(Vec<&str>, usize)> = names.iter().filter(|(name, _)| way(name)).collect();
        (!found.is_empty()).then(|| choose(found.into_iter()))
    })?
}

/// `word` with its first letter in lowercase (`Al-Haddad` gives
/// `al-Haddad`).
fn uncapitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// True when two runs of a name's words are the same, a particle's case
/// aside (`Van der Berg` opening a sentence is `van der Berg`).
fn same_words(a: &[&str], b: &[&str]) -> bool {
    // `Al-Haddad` opening a sentence is `al-Haddad` too.
    let particle = |w: &str| {
        CONNECTORS.contains(&w.to_lowercase().as_str())
            || joined_particle(&uncapitalised(w)).is_some()
    };
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x == y || ((particle(x) || particle(y)) && x.eq_ignore_ascii_case(y)))
}

/// Of names found, the fullest name of the one person they name ("Mary
/// Miller" and "Mary E. Miller" are one, given as the latter; so are "Joe"
/// and "Joseph"); `None` when they name two people ("Beau Biden" and "Joe
/// Biden": a bare "Biden" could be either).
fn choose<'n, 'a: 'n>(
    candidates: impl Iterator<Item = &'n (Vec<&'a str>, usize)>,
) -> Option<Vec<&'a str>> {
    let mut person: Option<(PersonName, &Vec<&str>)> = None;
    for (name, _) in candidates {
        let parsed = PersonName::parse(&name.join(" "))?;
        match &mut person {
            None => person = Some((parsed, name)),
            Some((known, fullest)) => {
                // `Faisal bin Suhail` is `Faisal bin Suhail Al Marzan`: a
                // chain of fathers' names cut short.
                let (short, long) = if name.len() < fullest.len() {
                    (name.as_slice(), fullest.as_slice())
                } else {
                    (fullest.as_slice(), name.as_slice())
                };
                let chain = long.starts_with(short) && has_patronymic(short);
                if !same_person(known, &parsed) && !chain {
                    return None;
                }
                if name.len() > fullest.len() {
                    *fullest = name;
                }
            }
        }
    }
    person.map(|(_, fullest)| fullest.clone())
}

/// True when two full names are one person's: the same surname, and first
/// names that fit each other.
fn same_person(a: &PersonName, b: &PersonName) -> bool {
    // Accents aside: `RAUL GRIJALVA` signing a letter is `Raúl Grijalva`.
    let fits = match (a.first(), b.first()) {
        (Some(x), Some(y)) => {
            let (x, y) = (fold(x), fold(y));
            first_name_fits(&x, &y) || first_name_fits(&y, &x)
        }
        _ => true,
    };
    fold(&a.surname) == fold(&b.surname) && fits
}

/// How many words of a name are neither initials (`A.`), suffixes (`Jr.`)
/// nor particles (`van`, `bin`).
fn name_weight(words: &[&str]) -> usize {
    words
        .iter()
        .filter(|w| {
            let bare = w.trim_end_matches('.');
            bare.chars().count() > 1
                && !SUFFIXES.contains(&bare.to_lowercase().as_str())
                && !CONNECTORS.contains(&bare)
        })
        .count()
}

/// A person's name completed from the fullest form `texts` give it: the
/// words of `name` that are not titles (`Ms. Psaki` gives `Psaki`) end a
/// longer name used there (`Jen Psaki`), compared without case. `None` when
/// no such name is used, or the names used are two people's.
pub fn complete<'a>(name: &str, texts: impl Iterator<Item = &'a str> + Clone) -> Option<String> {
    let core: Vec<&str> = name.split_whitespace().filter(|w| !is_title(w)).collect();
    let last = core.last()?.to_lowercase();
    let wanted: Vec<String> = texts
        .clone()
        .flat_map(str::split_whitespace)
        .map(|w| strip_possessive(split_word(w).core))
        .filter(|w| w.to_lowercase() == last)
        .map(str::to_string)
        .collect();
    let names = full_names(texts, &wanted);
    let candidates = names.iter().filter(|(full, _)| {
        let ends_with_core = full.len() > core.len()
            && full[full.len() - core.len()..]
                .iter()
                .zip(&core)
                .all(|(a, b)| a.to_lowercase() == b.to_lowercase());
        ends_with_core && name_weight(full) <= name_weight(&core) + 2
    });
    choose(candidates).map(|full| full.join(" "))
}

/// The president an administration named for its two leaders stands for
/// (`the Biden-Harris Administration` gives `President Biden`), when
/// `texts` name one such administration only: whom a release that never
/// names the president means by `the President`.
pub fn administration_head<'a>(texts: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let mut head: Option<String> = None;
    for text in texts {
        let words: Vec<&str> = text.split_whitespace().collect();
        for pair in words.windows(2) {
            let noun = strip_possessive(split_word(pair[1]).core);
            if !matches!(noun, "Administration" | "administration") {
                continue;
            }
            // Invisible joiners left inside the pair are not letters.
            let leaders: String = split_word(pair[0])
                .core
                .chars()
                .filter(|c| c.is_alphabetic() || *c == '-')
                .collect();
            let parts: Vec<&str> = leaders.split('-').collect();
            let named = parts.len() == 2
                && parts.iter().all(|p| {
                    p.chars().count() > 2
                        && is_name_word(p)
                        && !is_place(p)
                        && !is_title(p)
                        && !is_organization(p)
                });
            if !named {
                continue;
            }
            match &head {
                Some(known) if known != parts[0] => return None,
                _ => head = Some(parts[0].to_string()),
            }
        }
    }
    head.map(|surname| format!("President {surname}"))
}

/// Every multi-word personal name in `texts`, titles stripped, with how
/// often it occurs; only names holding one of the `wanted` words.
fn full_names<'a>(
    texts: impl Iterator<Item = &'a str>,
    wanted: &[String],
) -> Vec<(Vec<&'a str>, usize)> {
    let mut names: Vec<(Vec<&str>, usize)> = Vec::new();
    // Given names and the nicknames the texts write for them.
    let mut aliases: Vec<(&str, &str)> = Vec::new();
    let add = |names: &mut Vec<(Vec<&'a str>, usize)>, run: &[&'a str]| {
        if run.iter().any(|w| wanted.iter().any(|x| x == w)) {
            add_name(names, run);
        }
    };
    for text in texts {
        if !wanted.iter().any(|w| text.contains(w.as_str())) {
            continue;
        }
        let mut run: Vec<&str> = Vec::new();
        let (mut after_article, mut article) = (false, false);
        // The run follows `for` or `of` (`Member for Tarrawong Ann Roe`).
        let mut placed = false;
        let tokens: Vec<&str> = text.split_whitespace().collect();
        // `Leanne and Darren Hartigan`: a couple's surname is both's (not
        // `Sens. Tim Scott and John Thune`'s).
        for (k, w) in tokens.windows(4).enumerate() {
            let [first, and, second, surname] = [w[0], w[1], w[2], w[3]];
            let surname = strip_possessive(split_word(surname).core);
            // `Marcus and Anthony. Ruth wrote`: a sentence ends between.
            let second = split_word(second);
            let alone = k == 0 || {
                let before = split_word(tokens[k - 1]);
                before.stop || !is_name_word(before.core)
            };
            if and == "and"
                && alone
                && given_names::is_given_name(first)
                && given_names::is_given_name(second.core)
                && !second.stop
                && is_name_word(surname)
            {
                add(&mut names, &[first, surname]);
            }
        }
        let mut skip = 0;
        let mut quoted = false;
        for (k, &token) in tokens.iter().enumerate() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            if token.starts_with(['(', '[']) {
                add(&mut names, without_place(&run, placed));
                run.clear();
                after_article = false;
                continue;
            }
            // `Robert C. “Bobby” Scott` is `Bobby Scott`: a nickname stands
            // for the given names before it.
            if !run.is_empty()
                && let Some(nickname) = nickname_in_name(token)
            {
                // `Raymond “Ray-Ray” Culpepper III` looked up as `Ray`: the
                // given name asked for stays.
                let asked = |w: &str| wanted.iter().any(|x| x == w);
                if run.iter().any(|w| asked(w)) && !asked(nickname) {
                    continue;
                }
                if let Some(&given) = drop_given_names(&mut run).last() {
                    aliases.push((given, nickname));
                }
                run.push(nickname);
                continue;
            }
            // `Stephen “Big Steve” Mallory` is `Stephen Mallory`.
            if !run.is_empty() {
                skip = long_nickname_len(&tokens, k);
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
            }
            // `called him “Baba Ikenna,”`: a name wholly inside quotation
            // marks is what someone is called, not a mention of them.
            let opens_quote = token.starts_with(['"', '“']);
            let closes_quote = token.trim_end_matches([',', '.']).ends_with(['"', '”']);
            if run.is_empty() {
                quoted = opens_quote;
            }
            let token = token.trim_start_matches(['"', '“', '‘', '\'']);
            let word = split_word(token);
            let core = strip_possessive(word.core);
            let possessive = is_possessive(word.core);
            let surname = !run.is_empty() && is_closing_surname(core, tokens.get(k + 1).copied());
            // `Helena van der Berg`: particles inside the name.
            let particle = !run.is_empty()
                && !word.stop
                && CONNECTORS.contains(&core)
                && tokens[k + 1..]
                    .iter()
                    .map(|t| split_word(t).core)
                    .find(|t| !CONNECTORS.contains(t))
                    .is_some_and(is_name_word);
            if particle {
                run.push(core);
                continue;
            }
            if is_name_word(core) || surname {
                if run.is_empty() {
                    article = after_article || matches!(core, "The" | "A" | "An");
                    placed = k > 0 && matches!(tokens[k - 1], "for" | "of");
                }
                run.push(core);
                if quoted && closes_quote {
                    run.clear();
                    continue;
                }
                let suffix = is_suffix(core);
                if word.stop || possessive || suffix || surname || token.contains(['—', '–']) {
                    add(&mut names, without_place(&run, placed));
                    run.clear();
                }
                after_article = false;
            } else {
                // `the Biden Harris administration`: words an article opens
                // before a noun name a thing, unless a title opens them;
                // not before a speech verb (`the Fraud Section Ann Roe
                // said`).
                let head = run.iter().find(|w| !matches!(**w, "The" | "A" | "An"));
                let thing = article
                    && head.is_some_and(|w| !is_title(w))
                    && token.starts_with(|c: char| c.is_lowercase())
                    && verb_len(&tokens[k..]) == 0;
                if !thing {
                    add(&mut names, without_place(&run, placed));
                }
                run.clear();
                after_article = matches!(token, "the" | "a" | "an" | "The" | "A" | "An");
            }
        }
        add(&mut names, without_place(&run, placed));
    }
    merge_nicknamed(&mut names, &aliases);
    names
}

/// The name in a run of capitalised words after `for` or `of` (`placed`):
/// from its first known given name when a place comes before it
/// (`Tarrawong Ann Roe` gives `Ann Roe`), or after a portfolio's last word
/// (`Railroad Safety Bo Park`); the run as it is otherwise.
fn without_place<'r, 'a>(run: &'r [&'a str], placed: bool) -> &'r [&'a str] {
    if !placed || run.first().is_none_or(|w| given_names::is_given_name(w)) {
        return run;
    }
    let given = given_names::given_name_inside(run, run.len());
    // `for Railroad Safety Ann Roe`: after the portfolio's last word.
    let portfolio = (0..run.len().saturating_sub(2))
        .rev()
        .find(|&i| is_institution(run[i]))
        .map(|i| i + 1);
    match given.or(portfolio) {
        Some(at) => &run[at..],
        None => run,
    }
}

/// Counts a name written with its given name (`Glenn Thompson`) as the
/// same name written with the nickname the texts give that given name
/// (`Glenn “GT” Thompson` makes both `GT Thompson`), so one person is not
/// taken for two.
fn merge_nicknamed<'a>(names: &mut Vec<(Vec<&'a str>, usize)>, aliases: &[(&'a str, &'a str)]) {
    for &(given, nickname) in aliases {
        let formal = names.iter().position(|(n, _)| {
            n.first() == Some(&given)
                && names
                    .iter()
                    .any(|(m, _)| m.first() == Some(&nickname) && m.last() == n.last())
        });
        let Some(formal) = formal else {
            continue;
        };
        let (name, count) = names.remove(formal);
        if let Some((_, total)) = names
            .iter_mut()
            .find(|(m, _)| m.first() == Some(&nickname) && m.last() == name.last())
        {
            *total += count;
        }
    }
}

/// Most particles inside one person's name (`Quintero de la Vega`).
const MAX_NAME_PARTICLES: usize = 3;

/// Counts a run of capitalised words as a full name once titles and
/// sentence-opening words are stripped, if two to five words besides
/// particles are left and they are a person's name.
fn add_name<'a>(names: &mut Vec<(Vec<&'a str>, usize)>, run: &[&'a str]) {
    let mut run = &run[name_start(run)..];
    while let Some(first) = run.first() {
        // `Sisters Grace and Molly Roe` opening a sentence: a noun for
        // people, not a given name.
        let lower = first.to_lowercase();
        let people = PERSON_NOUNS.contains(&lower.trim_end_matches('s'));
        if opens_sentences(first) || people {
            run = &run[1..];
        } else {
            break;
        }
    }
    // `President Lee Transcript of …`: a writing's head after the name.
    if let Some((last, rest)) = run.split_last()
        && WRITINGS.contains(last)
    {
        run = rest;
    }
    // `Walter H. Brandt III`, `Ann Roe Jr.`: the name a surname completes
    // to ends with the surname.
    while let Some((last, rest)) = run.split_last()
        && is_suffix(last)
    {
        run = rest;
    }
    // `Secretary for Innovation and Standards Ann Roe`: an office's plural
    // noun left after its `and`, before a known given name.
    if let [office, given, _, ..] = run
        && office.ends_with('s')
        && !given_names::is_given_name(office)
        && given_names::is_given_name(given)
    {
        run = &run[1..];
    }
    // `Senior Ranger Grace Roe`: words of a job the titles lack before a
    // known given name.
    if !is_person_name(&run.join(" "))
        && let Some(at) = given_names::given_name_inside(run, given_names::MAX_JOB_WORDS)
    {
        run = &run[at..];
    }
    // A person's name: not "Biden Administration" or "Cancer Society";
    // longer with a chain of fathers' names (`Faisal bin Suhail Al Marzan`).
    let most = if has_patronymic(run) { 7 } else { 5 };
    // `Nguyen T.L.` in a reference list: a surname and initials, no
    // one's full name.
    let initials_last = run
        .last()
        .is_some_and(|w| w.ends_with('.') && w.split('.').all(|part| part.chars().count() <= 1));
    // `María Fernanda Quintero de la Vega`: particles inside a name do not
    // count towards its length.
    let weighty = run.iter().filter(|w| !CONNECTORS.contains(w)).count();
    let particles = run.len() - weighty;
    if initials_last
        || !(2..=most).contains(&weighty)
        || particles > MAX_NAME_PARTICLES
        || !is_person_name(&run.join(" "))
    {
        return;
    }
    match names.iter_mut().find(|(n, _)| n.as_slice() == run) {
        Some((_, count)) => *count += 1,
        None => names.push((run.to_vec(), 1)),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{some, speakers, speakers_in, speakers_in_markdown};

    #[test]
    fn a_name_wholly_in_quotation_marks_completes_no_one() {
        assert_eq!(
            speakers(&[
                "We lost President Ikenna Obiora-Valdes. Ikenna was born by the sea. He came out of prison, as he later wrote, “with no bitterness left.”",
                "His people called him “Baba Ikenna,” and he wore the name proudly.",
            ]),
            [some("Ikenna Obiora-Valdes"), None]
        );
    }

    #[test]
    fn particles_do_not_count_towards_a_full_name_s_length() {
        assert_eq!(
            speakers(&[
                "La alcaldesa, María Fernanda Quintero de la Vega, recordó la obra.",
                "“Esta obra es de la gente”, dijo Quintero de la Vega.",
            ]),
            [some("María Fernanda Quintero de la Vega")]
        );
    }

    #[test]
    fn a_lone_given_name_or_its_familiar_form_is_the_one_person_named_so() {
        assert_eq!(
            speakers(&[
                "Today we lost Theodore Roe, our Secretary of State.",
                "Ted believed, as he wrote, that “no adversary is fixed.”",
            ]),
            [some("Theodore Roe")]
        );
        assert_eq!(
            speakers(&[
                "Today we lost Theodore Roe. Theodore Park spoke.",
                "Ted believed, as he wrote, that “no adversary is fixed.”",
            ]),
            [None]
        );
        // `Mother Jo`: a word of family or affection before the given name.
        assert_eq!(
            speakers(&[
                "We lost the Reverend Dr. Josephine Abernathy-Kwarteng. Everyone called her Mother Jo.",
                "I went to see Mother Jo. Then she said, “I'll vote for you.”",
            ]),
            [some("Josephine Abernathy-Kwarteng")]
        );
    }

    #[test]
    fn a_surname_the_title_gives_someone_else_is_not_completed_but_a_given_name_is() {
        assert_eq!(
            speakers_in(
                "Commencement Address by Judge Rafael Okafor-Lind to the Class of 2026",
                None,
                &[
                    "JUDGE OKAFOR-LIND: Thank you. I went home and told my father, “She hates me.” And my father, Ignatius Okafor-Lind, said, “She doesn't.”",
                    "JUDGE OKAFOR-LIND: Thank you all.",
                ],
            ),
            [some("Judge Okafor-Lind"), some("Ignatius Okafor-Lind")]
        );
        assert_eq!(
            speakers_in(
                "Statement on the Death of Sir Alasdair Penn-Reid",
                None,
                &[
                    "His wife, Lady Imogen Penn-Reid, said: “He was the cleverest man in any room.”",
                    "Lady Imogen also thanked the hospice, who she said had cared for him “with a kindness we can never repay.”",
                ],
            ),
            [some("Lady Imogen Penn-Reid"), some("Lady Imogen Penn-Reid")]
        );
    }
    use super::*;

    #[test]
    fn spanish_and_arabic_names_complete_as_they_are_written() {
        assert_eq!(
            speakers(&[
                "The Secretary, María José Ibarra Quintanilla, spoke. “We pay,” Ibarra said.",
                "His Highness Sheikh Faisal bin Suhail Al Marzan met us. “We sign,” Sheikh Faisal said.",
                "Sheikh Omar bin Zayed met Sheikh Omar bin Zayed Al Noor. “We sign,” Sheikh Omar said.",
                "Professor Rafael de la Cruz Montiel spoke. “We sign,” de la Cruz said.",
                "Minister Ann Ní Roe TD spoke. “We sign,” Ní Roe said.",
                "Dr. Ngo Thi Lan spoke. “We sign,” Dr. Ngo said. Reference: Ngo T.L., Roe A.",
                "We heard the Administrator for Railroad Safety Oluwadamilare Fitz-Ng. “We lag,” Fitz-Ng said.",
            ]),
            [
                some("María José Ibarra Quintanilla"),
                some("Sheikh Faisal bin Suhail Al Marzan"),
                some("Sheikh Omar bin Zayed Al Noor"),
                some("Rafael de la Cruz Montiel"),
                some("Ann Ní Roe"),
                some("Dr. Ngo Thi Lan"),
                some("Oluwadamilare Fitz-Ng")
            ]
        );
    }

    #[test]
    fn a_name_the_speaker_says_does_not_complete_her_own() {
        assert_eq!(
            speakers(&[
                "The bakery was opened by Beatriz de la Cruz and her husband.",
                "De la Cruz, who grew up in a bakery, thanked her staff.",
                "\"My mother, Ines de la Cruz, was kind. That is our plan,\" she said. \"Thank you.\"",
            ]),
            [some("Beatriz de la Cruz"), some("Beatriz de la Cruz")]
        );
    }

    #[test]
    fn a_shared_surname_is_the_one_person_introduced_before_the_quotation() {
        assert_eq!(
            speakers(&[
                "Among the first is Marguerite Okafor-Lind, 71, a retired driver.",
                "“I used to wear my coat in the kitchen,” Okafor-Lind said.",
                "Her son, Desmond Okafor-Lind, owns a company. “It is steady work,” he said.",
            ]),
            [some("Marguerite Okafor-Lind"), some("Desmond Okafor-Lind")]
        );
    }

    #[test]
    fn a_surname_with_particles_completes_to_the_full_name() {
        assert_eq!(
            speakers(&[
                "Ambassador Helena van der Berg met Pieter de Klerk and Farid bin Yusof Karimi.",
                "“We help,” Van der Berg said. “We ask,” de Klerk added.",
                "“We pay,” Karimi wrote.",
                "Coach Rui de Almeida Costa left. De Almeida Costa will return next year.",
                "Speaking later, de Almeida Costa told reporters: “Kiki is right.”",
            ]),
            [
                some("Helena van der Berg"),
                some("Pieter de Klerk"),
                some("Farid bin Yusof Karimi"),
                some("Rui de Almeida Costa")
            ]
        );
    }

    #[test]
    fn a_malay_name_is_completed_from_the_given_name_it_is_called_by() {
        assert_eq!(
            speakers(&[
                "The Summit was chaired by Dato’ Seri Azlan bin Rahmat and opened by Dr. Nurul Aini binti Hashim.",
                "“We act,” Azlan said. “We measure,” Dr. Nurul Aini said.",
            ]),
            [
                some("Azlan bin Rahmat"),
                some("Dr. Nurul Aini binti Hashim")
            ]
        );
        // A portfolio's words before the name (`for Disaster Recovery
        // Operations Benedict Roe`).
        assert_eq!(
            speakers(&[
                "Deputy Assistant Secretary for Disaster Recovery Operations Benedict Roe arrived.",
                "“Wait for officials to tell you it is safe,” Roe said.",
            ]),
            [some("Benedict Roe")]
        );
        // The given name right before the father's, however many before
        // it; `s/o` (son of) and `a/p` (anak perempuan) join them too.
        assert_eq!(
            speakers(&[
                "Senior Minister of State Dr Muhammad Faisal bin Rahmat officiated. “We act,” said \
                 Dr Faisal.",
                "Mr Suresh s/o Anbalagan, 67, recalled it. “The water came up,” said Mr Suresh.",
                "Dr Kavitha a/p Muthu chairs it. “We stay,” said Dr Kavitha.",
            ]),
            [
                some("Dr Muhammad Faisal bin Rahmat"),
                some("Mr Suresh s/o Anbalagan"),
                some("Dr Kavitha a/p Muthu")
            ]
        );
    }

    #[test]
    fn letters_after_a_name_are_no_surname() {
        let name = PersonName::parse("Dame Ann Roe MP").unwrap();
        assert_eq!((name.first(), name.surname.as_str()), (Some("Ann"), "Roe"));
        assert_eq!(
            speakers(&[
                "“We wait,” said Dame Ann Roe MP, the Chair.",
                "“We still wait,” Roe said.",
            ]),
            [some("Dame Ann Roe MP"), some("Ann Roe")]
        );
    }

    #[test]
    fn the_president_of_an_administration_named_for_its_leaders_is_its_first() {
        assert_eq!(
            speakers(&[
                "The Roe-Park Administration is committed to clean rivers.",
                "As the President has said: “We have to prove the river can be clean.”",
            ]),
            [some("President Roe")]
        );
        // Two administrations, or an agency's name: no one.
        assert_eq!(
            administration_head([
                "The Roe-Park Administration undid the Lee-Cruz Administration’s rule."
            ]),
            None
        );
        assert_eq!(
            administration_head([
                "The Social Security Administration and Small Business Administration."
            ]),
            None
        );
        assert_eq!(
            administration_head(["The Biden-\u{2060}Harris administration’s plan."]),
            Some("President Biden".to_string())
        );
    }

    #[test]
    fn a_bare_surname_takes_the_one_title_the_release_gives_it() {
        assert_eq!(
            speakers(&[
                "President Moss’s plan was signed on Tuesday.",
                "“We built this together,” Moss said in a statement.",
            ]),
            [some("President Moss")]
        );
        assert_eq!(
            speakers(&[
                "President Moss met Dr. Moss and Mr. Park on Tuesday.",
                "“We built this together,” Moss said.",
                "“It works,” Park said.",
            ]),
            [None, some("Mr. Park")]
        );
        // The country before a title names no other person.
        assert_eq!(
            speakers(&[
                "U.S. President Moss met Mr. Park. President Moss spoke first.",
                "“We built this together,” Moss said.",
            ]),
            [some("President Moss")]
        );
        assert_eq!(
            speakers(&[
                "Vice President Moss met President Moss.",
                "“We built this together,” Moss said.",
            ]),
            [None]
        );
    }

    #[test]
    fn a_writing_after_a_name_is_no_part_of_it() {
        assert_eq!(
            speakers(&[
                "See Governor Roe’s video announcing the plan here: “Today I can announce a new plan for our rivers.”",
                "Governor Roe Transcript of the Rivers Video:",
            ]),
            [some("Governor Roe")]
        );
    }

    #[test]
    fn an_offices_words_after_its_and_are_no_given_name() {
        assert_eq!(
            speakers(&[
                "Assistant Secretary for Innovation and Standards Ann Lee-Nyberg spoke.",
                "\"We listened,\" Lee-Nyberg said.",
            ]),
            [some("Ann Lee-Nyberg")]
        );
    }

    #[test]
    fn short_names_are_completed_from_the_full_name_in_the_release() {
        assert_eq!(
            speakers(&[
                "Chinese President Xi Jinping spoke with leaders on Tuesday.",
                "\"We stand together,\" Xi said.",
                "\"Cooperation matters,\" said President Xi.",
            ]),
            [some("Xi Jinping"), some("President Xi Jinping")]
        );
    }

    #[test]
    fn a_nickname_stands_for_the_given_names_before_it() {
        let member = Some(("Glenn Park", "House"));
        assert_eq!(
            speakers_in(
                "Park Backs the Bridge Bill",
                member,
                &[
                    "Rep. Glenn “GT” Park announced the grant today.",
                    "“Bridges tie our towns together,” said Rep. Park.",
                    "“We will build,” said Rep. Robert C. “Bobby” Scott (VA-03).",
                ],
            ),
            [some("Rep. GT Park"), some("Rep. Bobby Scott")]
        );
        // A nickname of two words stands beside the given name.
        assert_eq!(
            speakers(&[
                "Local runner Stephen “Big Steve” Mallory will run for 24 hours.",
                "“I’ll be dressed as a lantern,” said Mallory.",
            ]),
            [None, some("Stephen Mallory")]
        );
        // A given name alone finds the person whose nickname stands
        // beside it.
        assert_eq!(
            speakers(&[
                "I rise to tell you about a man named Raymond “Ray-Ray” Culpepper III.",
                "Last month, Ray testified before our committee. He said: “Put us in the book.”",
            ]),
            [some("Raymond Culpepper")]
        );
    }

    #[test]
    fn a_surname_is_the_one_person_named_so_far_whatever_word_opens_the_name() {
        assert_eq!(
            speakers(&[
                "Valedictorian Maria Roe-Vega delivered a speech.",
                "\"My grandmother crossed a river to get here,\" Roe-Vega said.",
                "Seated in the third row was her grandmother, Consuelo Roe-Vega, 78.",
            ]),
            [some("Maria Roe-Vega")]
        );
    }

    #[test]
    fn a_familiar_name_given_in_quotation_marks_is_its_bearer_s() {
        assert_eq!(
            speakers(&[
                "Most of the world knew her as the Rev. Dr. Evangeline Roe-Tolliver. Everybody in this room knew her as “Mother Vangie.”",
                "Mother Vangie wrote back: “Dear Cornelius, thank you for your letter.”",
            ]),
            [None, some("Evangeline Roe-Tolliver")]
        );
    }

    #[test]
    fn a_surname_two_people_share_is_not_completed() {
        assert_eq!(
            speakers(&[
                "I remember when Bo Lee came home, and Ann Lee met him at the door.",
                "\"We did it,\" said President Lee.",
            ]),
            [some("President Lee")]
        );
    }

    #[test]
    fn a_couple_shares_the_surname_written_once() {
        assert_eq!(
            speakers(&[
                "Among the families are Leanne and Darren Hartigan, from Fenleigh.",
                "“We felt like the lights had gone out,” said Leanne.",
                "Sens. Tim Scott and John Thune spoke. “It is late,” said Senator Thune.",
            ]),
            [some("Leanne Hartigan"), some("Senator John Thune")]
        );
    }

    #[test]
    fn a_sentence_end_parts_two_given_names_from_a_surname() {
        assert_eq!(
            speakers(&[
                "Ruth Bellamy lost two sons, Marcus and Anthony. Ruth wrote to me, “I had two boys.”",
            ]),
            [some("Ruth Bellamy")]
        );
    }

    #[test]
    fn a_heading_in_capitals_may_show_a_surname_is_two_peoples() {
        assert_eq!(
            speakers(&[
                "REMARKS BY PRESIDENT BO LEE AT THE DEDICATION OF THE BRIDGE",
                "My grandmother, Ann Lee, raised me.",
                "“What is the unusual way?” asked President Lee.",
            ]),
            [some("President Lee")]
        );
        // Accents aside, a heading's name is the body's.
        assert_eq!(
            speakers(&[
                "“It is hot,” said Rep. Raúl Grijalva. “It is late,” said Rep. Grijalva.",
                "RAUL M. GRIJALVA, MEMBER OF CONGRESS",
            ]),
            [some("Rep. Raúl Grijalva"), some("Rep. Raúl Grijalva")]
        );
    }

    #[test]
    fn a_surname_two_people_share_is_the_one_its_paragraph_names_in_full() {
        assert_eq!(
            speakers(&[
                "First Lady Ann Lee toured a school in Ohio.",
                "President Bo Lee visited a plant on Monday. “I know the folks here,” Lee said. “You feel left out.”",
                "Ann Lee met Secretaries Lee and Park at the plant. “We will build it,” Lee said.",
            ]),
            [some("Bo Lee"), some("Bo Lee"), None]
        );
    }

    #[test]
    fn a_shared_surname_is_the_one_a_clips_headline_names_in_full() {
        let markdown = "\
President Bo Lee and First Lady Ann Lee toured the valley.

**Elm Gazette:** [**Ann Lee makes Elm her first stop**](https://example.com/a)

“We need to work together to help our students,” Lee said.
";
        assert_eq!(speakers_in_markdown(markdown), [some("Ann Lee")]);
    }

    #[test]
    fn words_an_article_opens_before_a_noun_are_no_persons_name() {
        assert_eq!(
            speakers(&[
                "The Roe Park administration set a deadline. Last month Roe told reporters that “speed is safety for us all” on the plan.",
                "The Rev. Cy Lowe spoke. Lowe told reporters that “the plan is working for us all” on Monday.",
            ]),
            [None, some("Cy Lowe")]
        );
    }

    #[test]
    fn an_organization_is_no_full_name_of_a_person() {
        assert_eq!(
            speakers(&[
                "The Lee Administration acted on Monday.",
                "\"We did it,\" said President Lee.",
            ]),
            [some("President Lee")]
        );
    }

    #[test]
    fn a_label_is_completed_without_regard_to_case() {
        let texts = [
            "Press Briefing by Press Secretary Ann Roe-Diaz",
            "MS. ROE-DIAZ: Hello.",
        ];
        assert_eq!(
            complete("Ms. Roe-Diaz", texts.into_iter()).as_deref(),
            Some("Ann Roe-Diaz")
        );
        assert_eq!(complete("Mr. Lee", texts.into_iter()), None);
    }
}
