//! Labels: a name (or an organization's name) with its offices and
//! affiliations, then a colon, opening a paragraph of quoted words, as
//! round-ups of reactions write them (`Rep. Joaquin Castro: "…"`, `Jane
//! Doe, CEO, Acme: "…"`, `American Cancer Society: "…"`); the line of an
//! outlet and its headline over an excerpt in round-ups of coverage
//! (`Elm Times: [Lee Signs the Bill](…)`), and what such a headline's
//! own labels say; and a line that is only a name, signing a quotation
//! set apart.

use super::given_names::{MAX_JOB_WORDS, given_name_inside, is_given_name};
use super::joint::joint_titles;
use super::lexicon::{
    CONNECTORS, INTRO_VERBS, NOT_NAMES, PARTICIPLES, ROLE_NOUNS, STATE_CODES, VERBS,
};
use super::lexicon::{is_institution, is_suffix};
use super::names::{
    PersonName, WRITINGS, has_name_shape, is_heading, is_name_link, is_named_group,
    is_organization, is_person_name, is_place,
};
use super::referents::{Attribution, Group};
use super::runs::{name_backward, name_forward, plausible};
use super::shapes::bracketed_acronym;
use super::words::{is_title, lower, split_word, verb_len};
use crate::corpus::{Paragraph, SpanStyle};

/// Most words of a label (`Dr. Ann Roe, Chief Executive Officer, Acme:`).
const MAX_LABEL_WORDS: usize = 20;

/// Most words of a label whose full name comes first, before the
/// descriptions of who the person is (`Ann Roe, Distinguished Chair of
/// Church and Mission at Lee College and Executive Director of …:`).
const MAX_DESCRIBED_LABEL_WORDS: usize = 32;

/// Lowercase words that make a clause of what precedes a colon rather than
/// a description of a person: pronouns and the words that open clauses.
const CLAUSE_WORDS: &[&str] = &[
    "i", "we", "he", "she", "they", "it", "you", "his", "her", "their", "our", "its", "my", "your",
    "who", "which", "that", "whose", "when", "where", "while", "because", "if", "then", "this",
    "these", "those", "after", "before", "as", "not", "is", "are", "was", "were", "will", "would",
    "has", "have", "had",
];

/// The speaker of a paragraph that opens with a label, as round-ups of
/// reactions do: `Rep. Joaquin Castro: "…"`, `Jane Doe, CEO, Acme: "…"`,
/// `Eversource President and CEO Joe Nolan: "…"`; also a paragraph that is
/// only such a label (`Rep. Ro Khanna (CA-17):`, `Illinois Congressman
/// Sean Casten: (1/3)`). The label is a name with its offices and
/// affiliations, nothing else: `In a letter to Secretary Lee:` is not one.
pub(super) fn label_attribution(lead: &str) -> Option<Attribution> {
    // `**Ann Roe, CEO:** *“…”*`: emphasis marks left around the quote.
    let lead = lead.trim().trim_end_matches(['*', '_']).trim_end();
    let label = match lead.strip_suffix(':') {
        Some(label) => label,
        None => {
            let (label, rest) = lead.rsplit_once(':')?;
            let numbering = rest.trim().strip_prefix('(')?.strip_suffix(')')?;
            numbering
                .chars()
                .all(|c| c.is_ascii_digit() || c == '/')
                .then_some(label)?
        }
    };
    // `Elm League: Elm League on Twitter:`: the label, then the account
    // that posted the words.
    if let Some((first, second)) = label.rsplit_once(':') {
        let first = first.trim().trim_matches(['*', '_']).trim();
        let account: Vec<&str> = second
            .trim_start_matches(['*', '_', ' '])
            .split_whitespace()
            .collect();
        if account.len() > 2 && account[..account.len() - 2].join(" ") == first {
            return account_owner(&account);
        }
    }
    let mut words = label_words(label);
    // `Little Rock Mayor Frank Scott, Jr.`: a suffix after a comma.
    if words.len() > 1
        && words.last().is_some_and(|w| is_suffix(w))
        && words[words.len() - 2].ends_with(',')
    {
        words.pop();
        let last = words.len() - 1;
        words[last] = words[last].trim_end_matches(',');
    }
    if let Some(name) = described_name(&words) {
        return Some(Attribution::Name(name));
    }
    // `*The President and First Lady:* “…”`: a joint subject of titles.
    let emphasis = words.first().map(|w| w.trim_start_matches(['*', '_']));
    if let Some(first) = emphasis {
        let unmarked: Vec<&str> = std::iter::once(first)
            .chain(words[1..].iter().copied())
            .collect();
        if let Some((group, used, _)) = joint_titles(&unmarked)
            && used == unmarked.len()
        {
            return Some(Attribution::Group(group));
        }
    }
    if words.is_empty() || words.len() > MAX_LABEL_WORDS {
        return None;
    }
    // `Ann Roe (@AnnRoe):`, `Ann Roe on X:`: an account's owner, person
    // or organization, speaks.
    if let Some(owner) = account_owner(&words) {
        return Some(owner);
    }
    // `Lake Workers Union (LWU):`: an organization and its acronym.
    let whole = words.join(" ");
    if words.last().is_some_and(|w| w.starts_with('(')) && is_organization(&whole) {
        // Written without its acronym when that is still an organization's name.
        let name = words[..words.len() - 1].join(" ");
        let name = name.strip_prefix("The ").unwrap_or(&name).to_string();
        return Some(Attribution::Organization(if is_organization(&name) {
            name
        } else {
            whole
        }));
    }
    // A bracketed tag at the end: `(D-TX)`; after an acronym, the
    // organization's name (`KFF (Kaiser Family Foundation)`).
    if words.last().is_some_and(|w| w.ends_with(')'))
        && let Some(open) = words.iter().rposition(|w| w.starts_with('('))
    {
        let inner = words[open..].join(" ");
        let inner = inner.trim_start_matches('(').trim_end_matches(')');
        if open == 1 && is_organization(words[0]) && is_organization(inner) && !inner.contains(',')
        {
            return Some(Attribution::Organization(inner.to_string()));
        }
        words.truncate(open);
        // `Ann Roe (Elm Action, Managing Director):`: a full name, then
        // whom the person serves.
        if inner.contains(',')
            && let Some((name, used, _)) = name_forward(&words)
            && used == words.len()
            && is_person_name(&name)
            && full_name(&name)
        {
            return Some(Attribution::Name(name));
        }
    }
    let labelish = words.iter().all(|w| {
        let core = split_word(w).core;
        core.starts_with(|c: char| !c.is_lowercase())
            || matches!(
                core,
                "and" | "of" | "the" | "for" | "to" | "at" | "in" | "on" | "&"
            )
            || CONNECTORS.contains(&core)
    });
    if !labelish {
        return None;
    }
    // `Jane Doe, Chief Executive Officer, American Society of X`: the name
    // opens a label of comma-separated parts, even one listing others
    // after it (a joint statement, [`lists_people`]); or it closes one,
    // after the offices (`Ranking Member, House Judiciary Committee, New
    // York Congressman Jerry Nadler`, `Columbus, OH Mayor Andy Ginther`).
    if let Some(first) = words.iter().position(|w| w.ends_with(',')) {
        let chunk = &words[..=first];
        // `Ann Roe and Bo Park, Co-founders, Elm Coalition:`: a joint
        // statement, which the first named speaks for.
        if let Some(group) = two_people(chunk) {
            return Some(Attribution::Group(group));
        }
        // A lone word is more often a town (`Dayton, OH Mayor Ann Ruiz`),
        // and so is a name before a state (`Elm Park, IL Mayor Ann Ruiz`).
        let town = words.get(first + 1).is_some_and(|w| is_state_code(w));
        if !town
            && !holds_office(chunk)
            && let Some((name, used, _)) = name_forward(chunk)
            && used == chunk.len()
            && is_person_name(&name)
        {
            return Some(Attribution::Name(name));
        }
        if lists_people(&words[first + 1..]) {
            return None;
        }
        // `Elm Workers Alliance, AFL-CIO:`: an organization and the body
        // it belongs to, no person named.
        let organization: Vec<&str> = chunk.iter().map(|w| w.trim_end_matches(',')).collect();
        let organization = organization.join(" ");
        let names_someone = words[first + 1..]
            .split(|w| w.ends_with(','))
            .any(|part| name_backward(part, true).is_some_and(|run| full_name(&run.name)));
        let writing = chunk.iter().any(|w| WRITINGS.contains(w));
        if is_organization(&organization) && !names_someone && !town && !writing {
            return Some(Attribution::Organization(organization));
        }
        let last = words.iter().rposition(|w| w.ends_with(','))?;
        let chunk = &words[last + 1..];
        // The last part is the name, alone or after the institution it
        // serves (`Computer & Communications Industry Association Ann
        // Roe`) when it is a full name.
        return match name_backward(chunk, false) {
            // `…, Michigan Senator Debbie Stabenow`: a place before the name.
            Some(run)
                if (chunk[..run.start].iter().all(|w| is_place(w))
                    || (full_name(&run.name) && after_institution(chunk, &run.name)))
                    && is_person_name(&run.name)
                    && !PersonName::parse(&run.name)
                        .is_some_and(|n| is_organization(&n.full())) =>
            {
                Some(Attribution::Name(run.name))
            }
            _ => None,
        };
    }
    // Without commas the name comes with an office (`Rep.`, `President and
    // CEO`): a bare `American Legion:` or `Advance Maryland:` is more often
    // an organization than a person.
    // `American Cancer Society:` quotes the organization.
    let whole: Vec<&str> = words.iter().map(|w| split_word(w).core).collect();
    let whole = whole.join(" ");
    let organization = whole.strip_prefix("The ").unwrap_or(&whole);
    // `Lee League: Lee League on Social:` holds two labels; an acronym
    // alone (`ADL:`) is a speaker only in a round-up ([`bare_label`]).
    if is_organization(organization) && !label.contains(':') && words.len() > 1 {
        return Some(Attribution::Organization(organization.to_string()));
    }
    // `Speaker Ann Roe of the 25th Tribal Council`, `Rep. Ann Roe of
    // Ohio’s 7th District`: a titled name, then where the person serves.
    let at = words
        .iter()
        .position(|w| matches!(*w, "of" | "from"))
        .unwrap_or(words.len());
    for end in [words.len(), at] {
        let Some(run) = name_backward(&words[..end], false) else {
            continue;
        };
        if !plausible(&run.name) {
            continue;
        }
        // Titles the run holds before the name count (`Secretary of the
        // Interior Ann Roe`, whose name is `Ann Roe`).
        let name_words = run.name.split_whitespace().count();
        let titled = PersonName::parse(&run.name).is_some_and(|n| !n.titles.is_empty())
            || words[..end - name_words]
                .iter()
                .any(|w| is_title(split_word(w).core));
        let whole = end == words.len() || run.start == 0;
        if titled && whole {
            return Some(Attribution::Name(run.name));
        }
    }
    known_name_label(&words).map(Attribution::Name)
}

/// Most words of the name in a label without a title.
const MAX_UNTITLED_LABEL_NAME: usize = 4;

/// The name a label without a title gives, when it is a full name opening
/// with a known given name, alone or after a few words of a job: `Kenji
/// Sato:`, `Composer Kenji Sato:`.
fn known_name_label(words: &[&str]) -> Option<String> {
    let cores: Vec<&str> = words.iter().map(|w| split_word(w).core).collect();
    let at = if cores.first().is_some_and(|w| is_given_name(w)) {
        0
    } else {
        given_name_inside(&cores, MAX_JOB_WORDS)?
    };
    let name = cores[at..].join(" ");
    (cores.len() - at <= MAX_UNTITLED_LABEL_NAME
        && is_person_name(&name)
        && full_name(&name)
        && !is_organization(&name))
    .then_some(name)
}

/// The words of a label. A comma ends a word even with no space after it
/// before a capital, as when a name and a linked office run together
/// (`Ann Roe,[Director of …](…)`: `Ann Roe,Director of …`).
fn label_words(label: &str) -> Vec<&str> {
    label
        .split_whitespace()
        .flat_map(|word| match word.split_once(',') {
            Some((name, rest)) if rest.starts_with(char::is_uppercase) => {
                vec![&word[..=name.len()], rest]
            }
            _ => vec![word],
        })
        .collect()
}

/// Where a post was published: after its author in a label (`Ann Roe on
/// X:`), or opening a citation that names no author (`Twitter Thread`).
pub(super) const PLATFORMS: &[&str] = &[
    "Twitter",
    "X",
    "Facebook",
    "Instagram",
    "Threads",
    "LinkedIn",
    "Bluesky",
    "TikTok",
];

/// The author a label names with their account: a handle in brackets
/// (`Ann Roe (@AnnRoe)`) or the platform (`Ann Roe on X`, `Acme League via
/// Twitter`), when the rest is a person's full name or an organization's.
fn account_owner(words: &[&str]) -> Option<Attribution> {
    let (last, rest) = words.split_last()?;
    let name = if last.starts_with("(@") && last.ends_with(')') {
        rest
    } else if rest.len() >= 2
        && matches!(rest[rest.len() - 1], "on" | "via")
        && PLATFORMS.contains(last)
    {
        &rest[..rest.len() - 1]
    } else {
        return None;
    };
    let name = name.join(" ");
    if is_organization(&name) && name.contains(' ') {
        return Some(Attribution::Organization(name));
    }
    (is_person_name(&name) && full_name(&name)).then_some(Attribution::Name(name))
}

/// The words of a label before its colon, emphasis marks after them left
/// out (`**Clean Rivers Now:**` gives `**Clean Rivers Now`); `None` when no
/// colon ends the text.
fn label_text(lead: &str) -> Option<&str> {
    lead.trim()
        .trim_end_matches(['*', '_'])
        .trim_end()
        .strip_suffix(':')
}

/// Most words of a label of bare capitalised words.
const MAX_BARE_LABEL_WORDS: usize = 6;

/// The speaker a label of bare capitalised words names in a round-up of
/// reactions, where every label is someone's (`Clean Rivers Now:`, `Ann
/// Roe:`, an acronym alone: `ADL:`, with a name across a dash: `ELA – Elm
/// Lakes Advocates:`), when its words pass as a person's or an
/// organization's name: not a list (`A and B:`), a place or a phrase
/// (`Our Plan:`).
pub(super) fn bare_label(lead: &str) -> Option<Attribution> {
    let label = label_text(lead)?;
    // `HFC (Elm Advocacy):`: a description in brackets after the label.
    let label = match label.strip_suffix(')').and_then(|l| l.rsplit_once(" (")) {
        Some((head, described)) if !described.contains([',', '(', ')']) => head,
        _ => label,
    };
    let words: Vec<&str> = label.split_whitespace().collect();
    // `Elm Faith Society (EFS) Center:`: an acronym inside the name.
    let inside = |i: usize| i > 0 && i + 1 < words.len() && bracketed_acronym(words[i]).is_some();
    let brackets = (0..words.len()).any(|i| words[i].contains(['(', ')']) && !inside(i));
    let counted = (0..words.len()).filter(|&i| !inside(i)).count();
    if !(1..=MAX_BARE_LABEL_WORDS).contains(&counted) || label.contains([':', ',', '[']) || brackets
    {
        return None;
    }
    let bare = words.iter().enumerate().all(|(i, w)| {
        let core = split_word(w).core;
        inside(i)
            || (core.starts_with(char::is_uppercase) && !NOT_NAMES.contains(&lower(core).as_str()))
            || (is_name_link(core) && core != "and")
            || matches!(core, "–" | "—")
    });
    let cores: Vec<&str> = (0..words.len())
        .map(|i| {
            if inside(i) {
                words[i]
            } else {
                split_word(words[i]).core
            }
        })
        .collect();
    let whole = cores.join(" ");
    let name = whole.strip_prefix("The ").unwrap_or(&whole);
    (bare
        && !name.split_whitespace().all(is_place)
        && !is_heading(name)
        && (is_person_name(name)
            || is_organization(name)
            || is_named_group(name)
            || is_label_name(name)))
    .then(|| Attribution::Organization(name.to_string()))
}

/// True for a name of two or more capitalised words that no name check
/// knows (`Rural Voices USA`, `Voters United for Elm`), which only a
/// round-up's layout makes a speaker: shaped as a name of its own
/// ([`has_name_shape`]) and not a category of people (`Faith Leaders:`).
fn is_label_name(name: &str) -> bool {
    let last = name.split_whitespace().last().unwrap_or("");
    name.contains(' ') && has_name_shape(name) && !ROLE_NOUNS.contains(&lower(last).as_str())
}

/// The full name opening a label of comma-separated parts that describe
/// the person in words of any case (`Ann Roe, former chief economist at
/// the Council:`, `Ann Roe, Counselor at the Lee Institute and former
/// Envoy to the Region:`), when none of those words makes it a clause
/// (`Ann Roe, who chairs the panel, wrote:`).
fn described_name(words: &[&str]) -> Option<String> {
    if words.len() > MAX_DESCRIBED_LABEL_WORDS {
        return None;
    }
    let first = words.iter().position(|w| w.ends_with(','))?;
    if words.get(first + 1).is_some_and(|w| is_state_code(w)) {
        return None;
    }
    let chunk = &words[..=first];
    if holds_office(chunk) {
        return None;
    }
    let (name, used, _) = name_forward(chunk)?;
    if used != chunk.len() || !is_person_name(&name) || !full_name(&name) {
        return None;
    }
    let describes = words[first + 1..].iter().all(|w| {
        let core = split_word(w).core;
        if core.starts_with(|c: char| !c.is_lowercase()) {
            return true;
        }
        let word = lower(core);
        !(CLAUSE_WORDS.contains(&word.as_str())
            || VERBS.contains(&word.as_str())
            || INTRO_VERBS.contains(&word.as_str())
            || PARTICIPLES.contains(&word.as_str())
            || word.ends_with("ed")
            || word.ends_with("ing"))
    });
    (describes && first + 1 < words.len()).then_some(name)
}

/// True when the comma-separated parts of a label after its first end
/// with `and` and another titled person (`Ann Roe, Chair, Ohio Senator Bo
/// Park, and Rep. Cy Lee:`): the words are several people's, a joint
/// statement the first named speaks for, and no one's when the first part
/// names no one. A titled name without `and` may be whom the person served
/// (`Ann Roe, Adviser, President Bo Park:`).
fn lists_people(parts: &[&str]) -> bool {
    let Some(and) = parts.iter().rposition(|w| *w == "and") else {
        return false;
    };
    let last_part = parts[..and].last().is_none_or(|w| w.ends_with(','));
    last_part
        && name_backward(&parts[and + 1..], false).is_some_and(|run| {
            run.start == 0
                && full_name(&run.name)
                && is_person_name(&run.name)
                && PersonName::parse(&run.name).is_some_and(|n| !n.titles.is_empty())
        })
}

/// Two people named in full and joined by `and` (`Ann Roe and Bo Park,`).
fn two_people(chunk: &[&str]) -> Option<Group> {
    let and = chunk.iter().position(|w| *w == "and")?;
    let named = |part: &[&str]| {
        let part: Vec<&str> = part.iter().map(|w| w.trim_end_matches(',')).collect();
        let (name, used, _) = name_forward(&part)?;
        (used == part.len() && is_person_name(&name) && full_name(&name)).then_some(name)
    };
    let (first, second) = (named(&chunk[..and])?, named(&chunk[and + 1..])?);
    Some(Group {
        listed: Some(format!("{first} and {second}")),
        first: Some(first),
        ..Group::default()
    })
}

/// Most words of a topic heading (`On voter registration:`).
const MAX_TOPIC_WORDS: usize = 16;

/// True for a heading that gives the topic of the quotation after it,
/// as a member's release heads excerpts of an interview or a speech (`On
/// voter registration:`, `On the Budget’s Blunders …`): `On`, a few words
/// with no verb, and a colon or an ellipsis. Whose words follow is the
/// release's own speaker's.
pub(super) fn topic_heading(text: &str) -> bool {
    let text = text.trim().trim_matches(['*', '_']).trim();
    let Some(topic) = text
        .strip_suffix(':')
        .or_else(|| text.strip_suffix('…'))
        .or_else(|| text.strip_suffix("..."))
    else {
        return false;
    };
    let words: Vec<&str> = topic.split_whitespace().collect();
    words.first() == Some(&"On")
        && (2..=MAX_TOPIC_WORDS).contains(&words.len())
        && !topic.contains(['.', ':', ';', '!', '?'])
        && (0..words.len()).all(|k| verb_len(&words[k..=k]) == 0)
}

/// Most words of an office after a name and a dash in a line of its own.
const MAX_DASHED_OFFICE_WORDS: usize = 10;

/// The person a line set apart in bold or italics names before a dash and
/// an office (`**Ann Roe – Elm Markets CEO**`), as a roundtable's list
/// heads each guest's words.
pub(super) fn dashed_heading(paragraph: &Paragraph) -> Option<Attribution> {
    let text = paragraph.text.trim();
    let styled = paragraph.spans.iter().any(|s| {
        matches!(s.style, SpanStyle::Strong | SpanStyle::Emphasis)
            && paragraph.text[..s.start as usize].trim().is_empty()
            && paragraph.text[s.end as usize..].trim().is_empty()
    });
    let marked = ["**", "__", "*", "_"].iter().find_map(|mark| {
        text.strip_prefix(mark)?
            .strip_suffix(mark)
            .filter(|inner| !inner.contains(['*', '_']))
    });
    let inner = marked.or(styled.then_some(text))?;
    if inner.contains(':') {
        return None;
    }
    let (name, office) = [" – ", " — ", " - "]
        .iter()
        .find_map(|dash| inner.split_once(dash))?;
    let office: Vec<&str> = office.split_whitespace().collect();
    let is_office = (1..=MAX_DASHED_OFFICE_WORDS).contains(&office.len())
        && office[0].starts_with(char::is_uppercase)
        && office.iter().all(|w| {
            let core = split_word(w).core;
            core.starts_with(|c: char| !c.is_lowercase())
                || is_name_link(core)
                || CONNECTORS.contains(&core)
        });
    let words: Vec<&str> = name.split_whitespace().collect();
    let (name, used, _) = name_forward(&words)?;
    (is_office && used == words.len() && is_person_name(&name) && full_name(&name))
        .then_some(Attribution::Name(name))
}

/// The speaker a label set in bold names though a full stop or nothing
/// ends it instead of a colon (`**Ann Roe, CEO of Elm Action.** “…”`), as
/// round-ups of reactions sometimes write them; `lead` is the paragraph's
/// text before the quotation.
pub(super) fn bold_label(paragraph: &Paragraph, lead: &str) -> Option<Attribution> {
    let label = lead.trim_end();
    let bold = paragraph
        .spans
        .iter()
        .any(|s| s.style == SpanStyle::Strong && s.start == 0 && s.end as usize >= label.len());
    if !bold || label.ends_with(':') {
        return None;
    }
    label_attribution(&format!(
        "{}:",
        label.trim_end_matches(['.', ',']).trim_end()
    ))
}

/// The speaker a label of one capitalised word names in a round-up of
/// reactions when a citation follows the quotation (`Somos: “…”
/// [Tweet, 1/2/23]`): not a heading, a place, an office or a common word.
pub(super) fn cited_word_label(lead: &str) -> Option<Attribution> {
    let label = label_text(lead)?.trim_start_matches(['*', '_']);
    let word = split_word(label).core;
    (word == label
        && word.chars().count() > 2
        && word.starts_with(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
        && !NOT_NAMES.contains(&lower(word).as_str())
        && !is_heading(word)
        && !is_place(word)
        && !is_title(word))
    .then(|| Attribution::Organization(word.to_string()))
}

/// True for the words of an office with its object (`Founder and CEO of
/// Lee Media,`), which are not a name opening a label though they end in
/// capitalised words.
fn holds_office(chunk: &[&str]) -> bool {
    chunk
        .iter()
        .any(|w| matches!(*w, "of" | "for" | "to" | "and" | "at" | "on"))
}

/// True when the words before `name` at the end of `chunk` end with an
/// institution (`Lakes Industry Association Ann Roe`).
fn after_institution(chunk: &[&str], name: &str) -> bool {
    let count = name.split_whitespace().count();
    chunk
        .len()
        .checked_sub(count + 1)
        .is_some_and(|k| is_institution(chunk[k]))
}

/// True for a name with a given name besides its surname (`Ann Roe`, not
/// `Rep. Roe`).
pub(super) fn full_name(name: &str) -> bool {
    PersonName::parse(name).is_some_and(|n| n.first().is_some())
}

/// True for a state's postal code after a town (`OH`, `CA,`); not a
/// credential after a name (`Ann Roe, MD,`).
pub(super) fn is_state_code(word: &str) -> bool {
    let bare = word.trim_end_matches([',', '.']);
    STATE_CODES.contains(&bare) && !(bare == "MD" && word.ends_with(','))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{some, speakers, speakers_in_markdown};

    #[test]
    fn a_label_without_a_title_is_a_full_name_with_a_known_given_name() {
        assert_eq!(
            speakers(&[
                "Tributes were paid.",
                "Kenji Sato: “She read the score in silence.”",
                "Elm Valley: “Home of the best apples.”",
                "Harbour Lights: “A play in three acts.”",
            ]),
            [some("Kenji Sato"), None, None]
        );
    }

    #[test]
    fn a_full_name_opens_a_label_whose_descriptions_may_be_lowercase() {
        assert_eq!(
            speakers(&[
                "Ann Roe, former chief economist at the Lakes Council: “We back it.”",
                "Al Dunn, Director, Elm Union (EU): *“*We back it.”",
                "Bo Park, Counselor at the Hill Institute and former Envoy to the Region: “Good.”",
                "Cy Lee, Chair of Music, Art, and Dance at Elm College and Director of the Elm Arts Center at Elm College: “A fine day.”",
                "Ohio Senator Al Dunn, Ranking Member, Rivers Committee, Iowa Senator Ty Moe, and Utah Congresswoman Jo Orr: “Yes.”",
                "Ranking Member, Rivers Committee, Iowa Senator Ty Moe, and Utah Congresswoman Jo Orr: “Yes.”",
                "Di Cruz, who chairs the river panel, got a letter:",
                "“We will not stop.”",
                "Ed Moss, speaking for the board: “We back it.”",
                "Jo Orr,Director of the Elm Lakes Council: “Yes.”",
            ]),
            [
                some("Ann Roe"),
                some("Al Dunn"),
                some("Bo Park"),
                some("Cy Lee"),
                some("Senator Al Dunn"),
                None,
                None,
                None,
                some("Jo Orr"),
            ]
        );
    }

    #[test]
    fn offices_and_places_around_a_labelled_name_are_read_past() {
        assert_eq!(
            speakers(&[
                "Secretary of the Treasury Ann Roe: “We back it.”",
                "Speaker Bo Park of the 12th Tribal Council: “Good news.”",
                "Representative Cy Lee of Ohio’s 3rd District: “A fine day.”",
                "Elm Town Mayor Di Cruz, Jr.: “Our city backs it.”",
                "Vice President & Chief of Staff, Rivers & Lakes Industry Association Ed Moss: “Yes.”",
                "Ann Roe, Head of Lee Media and Army Veteran: “Yes.”",
                "Bo Park, Director, Environment Ohio: “Yes.”",
                "Cy Lee, Adviser for Policy, President Di Cruz: “Yes.”",
                "Elm Town Mayor Ed Moss, Chair Elm Valley Mayors: “Yes.”",
                "Elm Park, IL Mayor Jo Orr: “Yes.”",
                "Al Dunn, MD, Chair, Elm Cancer Center: “Yes.”",
                "Ty Moe, VP of Policy, First Elm: “Yes.”",
                "Jo Orr (@JoOrr): “Yes.”",
                "Di Cruz on X: “Yes.”",
                "Elm Valley League via Twitter: “Yes.”",
                "International Brotherhood of Lake Workers (IBLW): “Yes.”",
                "Jo Orr on Tuesday: “Yes.”",
                "Founder and CEO of Elm Lake Media, Di Cruz: “Yes.”",
                "Speaker Emerita, Elm State Congresswoman Ann Roe: “Yes.”",
                "Acting Director Bo Park: “Yes.”",
            ]),
            [
                some("Ann Roe"),
                some("Speaker Bo Park"),
                some("Representative Cy Lee"),
                some("Mayor Di Cruz"),
                some("Ed Moss"),
                some("Ann Roe"),
                some("Bo Park"),
                some("Cy Lee"),
                some("Mayor Ed Moss"),
                some("Mayor Jo Orr"),
                some("Al Dunn"),
                some("Ty Moe"),
                some("Jo Orr"),
                some("Di Cruz"),
                some("Elm Valley League"),
                some("International Brotherhood of Lake Workers"),
                None,
                some("Di Cruz"),
                some("Congresswoman Ann Roe"),
                some("Acting Director Bo Park"),
            ]
        );
    }

    #[test]
    fn a_label_then_the_account_it_posted_from_is_one_speaker() {
        assert_eq!(
            speakers(&[
                "Elm League of Cities: Elm League of Cities on Twitter: “Recovery starts at home.”",
                "Elm League of Cities: Bo Park on Twitter: “Recovery starts at home.”",
            ]),
            [some("Elm League of Cities"), None]
        );
    }

    #[test]
    fn a_bare_label_in_a_roundup_is_its_speaker() {
        assert_eq!(
            speakers(&[
                "Rep. Ann Roe: “We back the plan.”",
                "Gov. Bo Park: “We back it too.”",
                "Mayor Cy Lee: “Our town backs it.”",
                "Rivers Forward: “A great day.”",
                "ERA: “A great day.”",
                "NOTE: “A great day.”",
                "Our Plan: “A great day.”",
                "New Mexico: “A great day.”",
                "ELA – Elm Lakes Advocates: “A great day.”",
                "Elm Rivers Advancing Justice – RAJ: “A great day.”",
                "Ann Roe – ELA: “A great day.”",
                "EFC (Elm Advocacy): “A great day.”",
                "WXYZ (ABC Elm City, OH): “A great day.”",
                "Elm Valley Area Faith Society (EVAFS) Center: “A great day.”",
                "Elm Valley (Faith) Center: “A great day.”",
            ]),
            [
                some("Rep. Ann Roe"),
                some("Gov. Bo Park"),
                some("Mayor Cy Lee"),
                some("Rivers Forward"),
                some("ERA"),
                None,
                None,
                None,
                some("ELA – Elm Lakes Advocates"),
                some("Elm Rivers Advancing Justice – RAJ"),
                None,
                some("EFC"),
                None,
                some("Elm Valley Area Faith Society (EVAFS) Center"),
                None,
            ]
        );
        assert_eq!(
            speakers(&["Rivers Forward: “A great day.”", "ERA: “Yes.”"]),
            [None, None]
        );
    }

    #[test]
    fn an_organization_with_its_acronym_may_end_in_an_office_word() {
        assert_eq!(
            speakers(&[
                "Elm Americans Advancing Justice (EAAJ): “A welcome step for the valley.”",
                "Senate Majority Leader, Ann Roe (NY): “A welcome step.”",
                "EFF (Elm Family Foundation): “A welcome step.”",
            ]),
            [
                some("Elm Americans Advancing Justice (EAAJ)"),
                some("Ann Roe"),
                some("Elm Family Foundation")
            ]
        );
    }

    #[test]
    fn a_bold_label_without_its_colon_is_read_in_a_roundup() {
        let markdown = "\
**Rep. Ann Roe:** “We back the plan.”

**Gov. Bo Park:** “We back it too.”

**Mayor Cy Lee:** “Our town backs it.”

**Dee Fox, Chief Policy Officer at Elm Action.** “We commend the plan for the valley.”

**Eli Gray, Founder, Lake Coalition** “We are grateful for the plan.”
";
        assert_eq!(
            speakers_in_markdown(markdown)[3..],
            [some("Dee Fox"), some("Eli Gray")]
        );
    }

    #[test]
    fn labels_of_affiliations_places_and_bodies_name_their_speaker() {
        assert_eq!(
            speakers(&[
                "Mari Urbina (Elm Action, Managing Director): “One of my areas of focus was care.”",
                "Elm Pacific Labor Alliance, AFL-CIO: “We are thrilled at the news.”",
                "Chairwoman, Senate Agriculture Committee, Michigan Senator Debbie Stabenow: “The law is delivering.”",
                "Joint Statement of Ford, GM, and Stellantis: “Today we announce our aim.”",
            ]),
            [
                some("Mari Urbina"),
                some("Elm Pacific Labor Alliance"),
                some("Senator Debbie Stabenow"),
                None
            ]
        );
    }

    #[test]
    fn two_people_opening_a_label_are_spoken_for_by_the_first() {
        assert_eq!(
            speakers(&[
                "Ann Roe and Bo Park, Co-founders, Elm Coalition for Safer Water: “We have worked for this rule for ten years.”",
                "Ann Roe and the Elm Board, Elm Coalition: “We have worked for this rule.”",
            ]),
            [some("Ann Roe"), None]
        );
    }

    #[test]
    fn a_name_and_office_set_apart_over_a_quotation_are_its_speaker() {
        assert_eq!(
            speakers(&[
                "**Carl Lowe – Elm Markets CEO**",
                "“I was honored to speak for the grocers of the valley today.”",
                "**Our Plan – A Better Valley**",
                "“We will build it together, town by town.”",
                "Kay Sun – Elm Electronics CEO",
                "“Demand for our goods is strong this year, and we are ready.”",
            ]),
            [some("Carl Lowe"), None, None]
        );
    }

    #[test]
    fn a_word_labelling_a_cited_quotation_in_a_roundup_is_its_speaker() {
        let roundup = |last: &'static str| {
            speakers(&[
                "Rep. Ann Roe: “We back the plan.”",
                "Gov. Bo Park: “We back it too.”",
                "Mayor Cy Lee: “Our town backs it.”",
                last,
            ])
        };
        assert_eq!(
            roundup("Somos: “A great day for us.” [Tweet, 1/2/23]")[3],
            some("Somos")
        );
        assert_eq!(roundup("Somos: “A great day for us.” And more.")[3], None);
        assert_eq!(
            roundup("Background: “A great day.” [Tweet, 1/2/23]")[3],
            None
        );
        assert_eq!(roundup("Ohio: “A great day.” [Tweet, 1/2/23]")[3], None);
        assert_eq!(
            roundup("Elm Media Justice Ministry: “A great day.” [Tweet, 1/2/23]")[3],
            some("Elm Media Justice Ministry")
        );
    }

    #[test]
    fn a_roundup_label_run_on_after_the_last_items_citation_is_read() {
        assert_eq!(
            speakers(&[
                "Rep. Ann Roe: “We back the plan.”",
                "Gov. Bo Park: “We back it too.”",
                "Mayor Cy Lee: “Our town backs it.” [Tweet, 8/28/23]ERA: “A great day.”",
            ])[3],
            some("ERA")
        );
    }

    #[test]
    fn a_label_shaped_as_a_name_of_its_own_speaks_only_in_a_roundup() {
        let labels = [
            "Lake Voices USA: “A great day.”",
            "Voters United for Elm: “A great day.”",
            "Equal & Fair Rivers Platform: “A great day.”",
            "Faith Leaders: “A great day.”",
            "Read More: “A great day.”",
            "Sojourners: “A great day.”",
        ];
        let people = [
            "Rep. Ann Roe: “We back the plan.”",
            "Gov. Bo Park: “We back it too.”",
            "Mayor Cy Lee: “Our town backs it.”",
        ];
        let roundup: Vec<&str> = people.iter().chain(&labels).copied().collect();
        assert_eq!(
            speakers(&roundup)[3..],
            [
                some("Lake Voices USA"),
                some("Voters United for Elm"),
                some("Equal & Fair Rivers Platform"),
                None,
                None,
                None,
            ]
        );
        // Outside a round-up only the organization's shape speaks.
        assert_eq!(
            speakers(&labels),
            [None, some("Voters United for Elm"), None, None, None, None]
        );
    }

    #[test]
    fn a_group_named_by_its_shape_speaks_only_in_a_roundup() {
        assert_eq!(
            speakers(&[
                "Rep. Ann Roe: “We back the plan.”",
                "Gov. Bo Park: “We back it too.”",
                "Mayor Cy Lee: “Our town backs it.”",
                "Faith in Rivers: “A great day.”",
                "Friends of the Lakes: “A great day.”",
                "Remarks on the Economy: “A great day.”",
                "Governor of Ohio: “A great day.”",
            ]),
            [
                some("Rep. Ann Roe"),
                some("Gov. Bo Park"),
                some("Mayor Cy Lee"),
                some("Faith in Rivers"),
                some("Friends of the Lakes"),
                None,
                None,
            ]
        );
        assert_eq!(
            speakers(&["Faith in Rivers: “A great day.”", "Rep. Ann Roe: “Yes.”"]),
            [None, some("Rep. Ann Roe")]
        );
    }

    #[test]
    fn an_organization_labelled_by_a_noun_of_organizations_is_quoted() {
        assert_eq!(
            speakers(&[
                "Clean Rivers Action: “We applaud the plan.”",
                "The Lakes Tribe: “A good day for our people.”",
                "Elm Conference of Mayors: “We back it.”",
                "Elm Valley Mayors Club: Elm Valley Mayors Club on Social: “Yes.”",
                "Jo Orr, Chair, Urban Mayors League: “We back it, too.”",
                "Our Rivers: “We applaud the plan.”",
            ]),
            [
                some("Clean Rivers Action"),
                some("Lakes Tribe"),
                some("Elm Conference of Mayors"),
                None,
                some("Jo Orr"),
                None
            ]
        );
    }
}
