//! Transcripts: briefings, press calls, interviews and remarks whose
//! paragraphs open with speaker labels (`MS. PSAKI:`, `THE PRESIDENT:`,
//! `Q`). Each label starts a turn that runs until the next label, so every
//! paragraph knows who says it; the room and the times around the
//! transcript (`James S. Brady Press Briefing Room`, `12:46 P.M. EDT`,
//! `END`) are taken out of the body as its setting.
//!
//! A release is read as a transcript only on the evidence of its labels:
//! two or more, or one naming a person near the top. Uppercase headings
//! that end with a colon (`SUBJECT:`, `NOMINATIONS SENT TO THE SENATE:`)
//! are not labels: a label is a person (`MR. KIRBY`, `PRIME MINISTER
//! LAPID`), a title (`THE VICE PRESIDENT`), a role (`MODERATOR`, `SENIOR
//! ADMINISTRATION OFFICIAL`) or `Q`.

use super::complete;
use super::given_names::{MAX_JOB_WORDS, is_given_name};
use super::heads::{MAX_LABEL, bold_head, capitalised_head, head_colon, speech_head, wholly_bold};
use super::lexicon::{CONNECTORS, HONORIFICS, LABEL_ROLES, NAME_HONORIFICS, is_suffix, is_title};
use super::names::is_person_name;
use super::titled;
use super::voice;
use crate::corpus::{Block, Paragraph, Turn};

/// Most words a label has.
const MAX_LABEL_WORDS: usize = 6;
/// Most words of a place line before the first turn.
const MAX_PLACE_WORDS: usize = 12;
/// How many paragraphs into the body a single label may open a transcript.
const LONE_LABEL_REACH: usize = 4;

/// What a transcript's labels and setting lines are.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Transcript {
    /// The turns, in order (paragraph indices after the setting lines are
    /// taken out).
    pub turns: Vec<Turn>,
    /// The setting lines, in order.
    pub setting: Vec<String>,
}

/// Who a label says is speaking.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Who {
    /// `Q`: a reporter's question.
    Question,
    /// A person as the label names them, title-cased (`Ms. Psaki`,
    /// `President Biden`).
    Person(String),
    /// A title standing for the person the release names with it
    /// (`THE PRESIDENT` gives `President`).
    Title(String),
    /// A role that names no one (`MODERATOR`).
    Nobody,
}

/// A speaker label at the start of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Label {
    /// Its length in bytes, the colon included.
    len: usize,
    who: Who,
}

/// Finds the turns of a transcript and takes its setting lines out of
/// `paragraphs`. `title` is the release's title, which names the speaker
/// a title label (`THE PRESIDENT:`) stands for. A statement or remarks by
/// one person without labels or quotation marks is one turn of theirs;
/// any other release is left as it is, with no turns.
pub fn split(paragraphs: &mut Vec<Paragraph>, title: &str) -> Transcript {
    labelled(paragraphs, title)
        .or_else(|| statement(paragraphs, title))
        .unwrap_or_default()
}

/// A release whose title says it is one person's statement or remarks and
/// whose body is not given in quotation marks: one turn of theirs, from
/// after an introduction (`Rep. Roe issued the following statement:`) to
/// the end. Remarks also give their place and times as the setting. `None`
/// for any other release.
fn statement(paragraphs: &mut Vec<Paragraph>, title: &str) -> Option<Transcript> {
    let voice = voice::of_title(title)?;
    let quoted = paragraphs
        .iter()
        .any(|p| p.text.trim_start().starts_with(['"', '“', '‘']));
    if quoted {
        return None;
    }
    let mut setting = Vec::new();
    if voice.remarks {
        while paragraphs.len() > 1 && is_place_or_time(&paragraphs[0].text) {
            setting.push(paragraphs.remove(0).text.trim().to_string());
        }
        let mut ending = Vec::new();
        while paragraphs.len() > 1 && paragraphs.last().is_some_and(|p| is_time_line(&p.text)) {
            ending.extend(paragraphs.pop().map(|p| p.text.trim().to_string()));
        }
        setting.extend(ending.into_iter().rev());
    }
    let start = paragraphs
        .iter()
        .take(2)
        .rposition(|p| p.text.trim_end().ends_with(':'))
        .map_or(0, |i| i + 1);
    if start >= paragraphs.len() {
        return None;
    }
    let texts = std::iter::once(title).chain(paragraphs.iter().map(|p| p.text.as_str()));
    let speaker = complete::complete(&voice.speaker, texts).unwrap_or(voice.speaker);
    Some(Transcript {
        turns: vec![Turn {
            start: start as u32,
            end: paragraphs.len() as u32,
            label: 0,
            speaker: Some(speaker),
        }],
        setting,
    })
}

/// The turns of a release with speaker labels, `None` when it has none.
fn labelled(paragraphs: &mut Vec<Paragraph>, title: &str) -> Option<Transcript> {
    // An office label whose holder only the heading names (read before
    // setting lines are taken out).
    let held = |label: Label| match &label.who {
        Who::Title(role) if speaker(&label.who, paragraphs, title).is_none() => {
            match office_holder(paragraphs, role) {
                Some(name) => Label {
                    who: Who::Person(name),
                    ..label
                },
                None => label,
            }
        }
        _ => label,
    };
    let texts = || std::iter::once(title).chain(paragraphs.iter().map(|p| p.text.as_str()));
    let mut labels: Vec<Option<Label>> = paragraphs
        .iter()
        .map(|p| label(&p.text, speech_head(p).is_some(), texts).map(held))
        .collect();
    // `**Ann Roe – Chief Executive Officer**` on a line of its own over
    // each speaker's paragraphs, as earnings calls are written: when two
    // or more name people readout knows by their given names, and plain
    // words rather than quotations (a round-up's) follow most lines; then
    // a bold line of one of their names alone is theirs too. A
    // line naming someone else (`**Xu Li – Elm Capital**`) is then theirs
    // when the release names them elsewhere too, else a label of no one
    // readout can name.
    let lines: Vec<Option<(Label, bool)>> = paragraphs.iter().map(speaker_line).collect();
    let known = lines.iter().flatten().filter(|(_, known)| *known).count();
    let quoted = lines
        .iter()
        .zip(paragraphs.iter().skip(1))
        .filter(|(line, next)| {
            line.is_some() && next.text.trim_start().starts_with(['"', '“', '‘'])
        })
        .count();
    if known >= 2 && quoted * 2 < lines.iter().flatten().count() {
        for (l, line) in labels.iter_mut().zip(lines) {
            if l.is_none()
                && let Some((line, known)) = line
            {
                // Someone readout does not know by their given name, whom
                // the release names elsewhere too (a list of participants).
                let named_elsewhere = || match &line.who {
                    Who::Person(name) => {
                        is_person_name(name)
                            && texts().filter(|t| t.contains(name.as_str())).count() > 1
                    }
                    _ => false,
                };
                *l = Some(if known || named_elsewhere() {
                    line
                } else {
                    Label {
                        who: Who::Nobody,
                        ..line
                    }
                });
            }
        }
        // `**Ann Roe**` alone, when she speaks again.
        let named: Vec<String> = labels
            .iter()
            .flatten()
            .filter_map(|l| match &l.who {
                Who::Person(name) => Some(name.clone()),
                _ => None,
            })
            .collect();
        for (p, l) in paragraphs.iter().zip(labels.iter_mut()) {
            let text = p.text.trim_end();
            if l.is_none() && wholly_bold(p) && named.iter().any(|name| name == text) {
                *l = Some(Label {
                    len: p.text.len(),
                    who: Who::Person(text.to_string()),
                });
            }
        }
    }
    // `**Spokesperson Roe:**`, `Greg Roe-Ellison:` in capitalised words
    // over turns that recur, their words plain: a transcript, where any
    // other head set in bold the same way (`**Courrier de Lisève:**`, an
    // outlet asking) is a label too, of no one readout can name. Not the
    // topics of a fact sheet (`**Brent Spence Bridge:**`, each once) nor a
    // round-up of reactions, where quotations follow most such heads.
    let people: Vec<&str> = paragraphs
        .iter()
        .zip(&labels)
        .filter_map(|(p, l)| {
            let len = speech_head(p)?;
            l.as_ref()
                .is_some_and(|l| matches!(l.who, Who::Person(_) | Who::Title(_)))
                .then(|| &p.text[..len])
        })
        .collect();
    let recurs = people
        .iter()
        .enumerate()
        .any(|(i, head)| people[i + 1..].contains(head));
    let quoted = paragraphs
        .iter()
        .filter(|p| capitalised_head(p).is_some_and(|(_, quoted)| quoted))
        .count();
    if recurs && quoted < people.len() {
        for (p, l) in paragraphs.iter().zip(&mut labels) {
            if l.is_none()
                && let Some((len, false)) = bold_head(p)
            {
                *l = Some(Label {
                    len,
                    who: Who::Nobody,
                });
            }
        }
    } else {
        // Capitalised heads are labels of a transcript only.
        for (p, l) in paragraphs.iter().zip(&mut labels) {
            if l.is_some() && speech_head(p).is_some() && label(&p.text, false, texts).is_none() {
                *l = None;
            }
        }
    }
    let first = labels.iter().position(Option::is_some)?;
    let count = labels.iter().flatten().count();
    let lone_person = count == 1
        && first < LONE_LABEL_REACH
        && labels[first]
            .as_ref()
            .is_some_and(|l| matches!(l.who, Who::Person(_) | Who::Title(_)));
    if count < 2 && !lone_person {
        return None;
    }
    // Setting lines: place and time lines before the first turn, time lines
    // and `END` after the last one.
    let last = labels.iter().rposition(Option::is_some).unwrap_or(first);
    let setting_line = |i: usize, p: &Paragraph| {
        (i < first && is_place_or_time(&p.text)) || (i > last && is_time_line(&p.text))
    };
    let mut setting = Vec::new();
    let mut kept = Vec::with_capacity(paragraphs.len());
    let mut kept_labels = Vec::with_capacity(paragraphs.len());
    for (i, (p, l)) in paragraphs.drain(..).zip(labels).enumerate() {
        if setting_line(i, &p) {
            setting.push(p.text.trim().to_string());
        } else {
            kept.push(p);
            kept_labels.push(l);
        }
    }
    *paragraphs = kept;
    let turns = build_turns(paragraphs, &kept_labels, title);
    Some(Transcript { turns, setting })
}

/// The turns given each paragraph's label: a turn runs from its label to
/// the next label, a heading or the end.
fn build_turns(paragraphs: &[Paragraph], labels: &[Option<Label>], title: &str) -> Vec<Turn> {
    let mut turns: Vec<Turn> = Vec::new();
    let mut open: Option<Turn> = None;
    // Each label's speaker, found once however often the label recurs.
    let mut speakers: Vec<(&Who, Option<String>)> = Vec::new();
    for (i, (p, l)) in paragraphs.iter().zip(labels).enumerate() {
        let heading = matches!(p.block, Block::Heading { .. });
        if l.is_some() || heading {
            turns.extend(open.take());
        }
        if let Some(l) = l {
            let known = speakers.iter().find(|(who, _)| **who == l.who);
            let speaker = match known {
                Some((_, speaker)) => speaker.clone(),
                None => {
                    let found = speaker(&l.who, paragraphs, title);
                    speakers.push((&l.who, found.clone()));
                    found
                }
            };
            open = Some(Turn {
                start: i as u32,
                end: i as u32 + 1,
                label: l.len as u32,
                speaker,
            });
        } else if let Some(turn) = &mut open {
            turn.end = i as u32 + 1;
        }
    }
    turns.extend(open);
    turns
}

/// The speaker a label names, as fully as the release gives the name.
fn speaker(who: &Who, paragraphs: &[Paragraph], title: &str) -> Option<String> {
    match who {
        Who::Question => Some(Turn::QUESTION.to_string()),
        Who::Nobody => None,
        Who::Title(role) => titled::titled_name(title, role),
        Who::Person(name) => {
            let texts = std::iter::once(title).chain(paragraphs.iter().map(|p| p.text.as_str()));
            Some(complete::complete(name, texts).unwrap_or_else(|| name.clone()))
        }
    }
}

/// The person a transcript's heading names after their office (`PRESS
/// CONFERENCE WITH GOVERNOR ANN ROE`) or before it (`THE HON. ROWAN
/// ELLISTON MP` over `PRIME MINISTER`, on one line or two), title-cased
/// without honorifics and post-nominals.
fn office_holder(paragraphs: &[Paragraph], role: &str) -> Option<String> {
    fn heading(p: &Paragraph) -> Option<&str> {
        let text = p.text.trim().trim_matches('*');
        text.chars().all(|c| !c.is_lowercase()).then_some(text)
    }
    let upper = role.to_uppercase();
    // `PRESS CONFERENCE WITH GOVERNOR ANN ROE (EDITED TRANSCRIPT)`: the
    // office, then the name.
    let after_office = paragraphs.iter().take(MAX_HEADING_LINES).find_map(|p| {
        let text = heading(p)?;
        let (_, after) = text.split_once(&format!("{upper} "))?;
        let words = after.split_whitespace().take_while(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
        });
        heading_name(words, MAX_HEADING_NAME_WORDS)
    });
    if after_office.is_some() {
        return after_office;
    }
    let (at, before) = paragraphs
        .iter()
        .take(MAX_HEADING_LINES)
        .enumerate()
        .find_map(|(i, p)| {
            let text = heading(p)?;
            let before = text.strip_suffix(upper.as_str())?.trim_end();
            Some((i, before))
        })?;
    let line = if before.is_empty() {
        heading(paragraphs.get(at.checked_sub(1)?)?)?
    } else {
        before
    };
    heading_name(line.split_whitespace(), usize::MAX)
}

/// The person's name in a heading's words in capitals, title-cased,
/// without the words around it that are no part of it (`THE HON. … MP`),
/// from at most `most` of them.
fn heading_name<'a>(words: impl Iterator<Item = &'a str>, most: usize) -> Option<String> {
    let words: Vec<&str> = words
        .map(|w| w.trim_end_matches([',', '.']))
        .filter(|w| {
            let lower = w.to_lowercase();
            lower != "the" && !NAME_HONORIFICS.contains(&lower.as_str()) && !is_suffix(w)
        })
        .take(most)
        .collect();
    let name = title_case(&words);
    (words.len() >= 2 && is_person_name(&name)).then_some(name)
}

/// Most words of a name after its office in a transcript's heading.
const MAX_HEADING_NAME_WORDS: usize = 4;

/// Most paragraphs of a transcript's heading read for its speaker's name.
const MAX_HEADING_LINES: usize = 8;

/// Most words of where a speaker lives after their label's name.
const MAX_HOME_WORDS: usize = 4;

/// Most words of the role or firm after a speaker line's name.
const MAX_AFFILIATION_WORDS: usize = 8;

/// A paragraph set wholly in bold naming a speaker and their role or firm
/// after a dash (`**Ann Roe – Chief Executive Officer**`, `**Bo Park -
/// Elm Capital**`): a label that is the whole line, and whether it names
/// a person in full by a given name readout knows.
fn speaker_line(paragraph: &Paragraph) -> Option<(Label, bool)> {
    if !wholly_bold(paragraph) {
        return None;
    }
    let text = paragraph.text.trim_end();
    let (name, affiliation) = [" – ", " — ", " - "]
        .iter()
        .find_map(|dash| text.split_once(dash))?;
    let name = name.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised =
        (2..=4).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase));
    let affiliation = affiliation.split_whitespace().count();
    if !capitalised || !(1..=MAX_AFFILIATION_WORDS).contains(&affiliation) {
        return None;
    }
    let known = is_given_name(words[0]) && is_person_name(name);
    let label = Label {
        len: paragraph.text.len(),
        who: Who::Person(name.to_string()),
    };
    Some((label, known))
}

/// The label opening `text`, if it has one; `mixed_case` when it opens
/// with a head of a speaker's words ([`speech_head`]), whose words may be
/// capitalised rather than in capitals.
fn label<'a, T>(text: &str, mixed_case: bool, texts: impl Fn() -> T) -> Option<Label>
where
    T: Iterator<Item = &'a str> + Clone,
{
    // `[00:09:31] Q:`, `(12:04) MS. ROE:`: a time stamp first.
    let stamp = stamp_len(text);
    if stamp > 0 {
        let label = stamped_label(&text[stamp..], mixed_case, texts)?;
        return Some(Label {
            len: stamp + label.len,
            ..label
        });
    }
    stamped_label(text, mixed_case, texts)
}

/// The length of a time stamp opening a transcript's paragraph and the
/// space after it (`[00:09:31] `, `(12:04) `, `00:09:31 `), 0 if none.
fn stamp_len(text: &str) -> usize {
    let (open, close) = match text.chars().next() {
        Some('[') => (1, Some(']')),
        Some('(') => (1, Some(')')),
        _ => (0, None),
    };
    let digits = &text[open..];
    let end = digits
        .find(|c: char| !c.is_ascii_digit() && c != ':')
        .unwrap_or(digits.len());
    let stamp = &digits[..end];
    let parts: Vec<&str> = stamp.split(':').collect();
    // Bare, a time with seconds (not `12:30 p.m.`, a time of day).
    let least = if close.is_some() { 2 } else { 3 };
    let clock =
        (least..=3).contains(&parts.len()) && parts.iter().all(|p| (1..=2).contains(&p.len()));
    if !clock {
        return 0;
    }
    let rest = &digits[end..];
    let rest = match close {
        Some(mark) => match rest.strip_prefix(mark) {
            Some(rest) => rest,
            None => return 0,
        },
        None => rest,
    };
    let spaced = rest.trim_start();
    if spaced.len() == rest.len() || spaced.is_empty() {
        return 0;
    }
    text.len() - spaced.len()
}

/// The label opening `text` after any time stamp, as [`label`].
fn stamped_label<'a, T>(text: &str, mixed_case: bool, texts: impl Fn() -> T) -> Option<Label>
where
    T: Iterator<Item = &'a str> + Clone,
{
    if let Some(len) = question_label(text) {
        return Some(Label {
            len,
            who: Who::Question,
        });
    }
    let colon = head_colon(text)?;
    // `MS. ROE: Hello`, also `MS. ROE:Absolutely` with the space lost.
    let after = text[colon + 1..].chars().next();
    if after.is_some_and(|c| !c.is_whitespace() && !c.is_uppercase()) {
        return None;
    }
    let head = text[..colon].trim();
    // `GRETA ROE, Linden Parkway:`: a speaker at public comment, with
    // where they live.
    let head = match head.split_once(',') {
        Some((name, place))
            if place.split_whitespace().count() <= MAX_HOME_WORDS
                && place
                    .split_whitespace()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())) =>
        {
            name.trim()
        }
        _ => head,
    };
    let capitalised = mixed_case
        && head.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase) || CONNECTORS.contains(&w.to_lowercase().as_str())
        });
    let in_capitals = head
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '’' | '\''));
    let upper =
        (capitalised || in_capitals) && head.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    if !upper {
        return None;
    }
    // `LT. GEN. ANN ROE`: the dots stay, for `Lt. Gen. Ann Roe`.
    let words: Vec<&str> = head.split_whitespace().filter(|w| *w != ".").collect();
    if words.is_empty() || words.len() > MAX_LABEL_WORDS {
        return None;
    }
    let who = who(&words).or_else(|| {
        // `SEBASTIAAN GRAAF:`, `DE GRAAF:`: a name whose given name readout
        // does not know, which the release writes in running text.
        let name = title_case(&words);
        let particle_first = match name.split_once(' ') {
            Some((first, rest)) => format!("{} {rest}", first.to_lowercase()),
            None => name.clone(),
        };
        // In a transcript some speaker's label recurs, unlike a list's
        // headings (`TYSON FOODS:` over each company's commitment).
        let heads: Vec<&str> = texts().filter_map(uppercase_head).collect();
        let recurs = heads
            .iter()
            .enumerate()
            .any(|(i, head)| heads[i + 1..].contains(head));
        // `JONAH:` over a podcast's turns: the one person the release
        // names in full with that given name (its list of hosts).
        if recurs
            && words.len() == 1
            && let Some(owner) = complete::given_name_owner_in(texts(), &name)
        {
            return Some(Who::Person(owner));
        }
        // A lone word (`GRAAF:`, not `NOTE:`) must end a fuller name there.
        let written = recurs
            && if words.len() == 1 {
                complete::complete(&name, texts()).is_some()
            } else {
                texts().any(|t| t.contains(&name) || t.contains(&particle_first))
            };
        (written && words.len() <= MAX_UNKNOWN_NAME_WORDS && is_person_name(&format!("Mr. {name}")))
            .then_some(Who::Person(name))
    })?;
    // `Greg Roe-Ellison:` in capitalised words: a person by a given name
    // readout knows, or one the release names in full (not `Republican
    // Proposals:` over a fact sheet's paragraphs).
    if let Who::Person(name) = &who
        && !in_capitals
    {
        let bare: Vec<&str> = name.split_whitespace().filter(|w| !is_title(w)).collect();
        let known = bare.len() >= 2 && is_given_name(bare[0]);
        if !known && complete::complete(name, texts()).is_none() {
            return None;
        }
    }
    Some(Label {
        len: colon + 1,
        who,
    })
}

/// The words in capitals before a colon opening `text` (`DE GRAAF` in
/// `DE GRAAF: …`), if any.
fn uppercase_head(text: &str) -> Option<&str> {
    let text = text.trim_start();
    let text = &text[stamp_len(text)..];
    let colon = text.get(..MAX_LABEL.min(text.len()))?.find(':')?;
    let head = text[..colon].trim();
    (head.chars().any(char::is_alphabetic)
        && head
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '’' | '\'')))
    .then_some(head)
}

/// Most words of a label's name whose given name readout does not know.
const MAX_UNKNOWN_NAME_WORDS: usize = 3;

/// Who the words of an uppercase label name, `None` when they are a
/// heading rather than a speaker.
fn who(words: &[&str]) -> Option<Who> {
    let lower: Vec<String> = words
        .iter()
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect();
    let first = lower[0].as_str();
    let last = lower[lower.len() - 1].as_str();
    // `GEN.` abbreviates a rank only in a label (`MAJ. GEN. ANN ROE:`); in
    // text it is a word of names (`Next Gen America`).
    let is_title = |w: &str| is_title(w) || w == "gen";
    let titles_from = |from: usize| lower[from..].iter().all(|w| is_title(w));
    // `JOURNALIST:` in a doorstop interview asks.
    if matches!(last, "journalist" | "journalists") {
        return Some(Who::Question);
    }
    if LABEL_ROLES.contains(&last) {
        return Some(Who::Nobody);
    }
    // `PRIME MINISTER:`: an office alone.
    if titles_from(0) && !HONORIFICS.contains(&first) {
        return Some(Who::Title(title_case(words)));
    }
    if first == "the" && lower.len() > 1 && titles_from(1) {
        return Some(Who::Title(title_case(&words[1..])));
    }
    if HONORIFICS.contains(&first) && lower.len() > 1 {
        if titles_from(1) {
            return Some(Who::Title(title_case(&words[1..])));
        }
        let honorific = format!("{}.", title_case(&words[..1]).trim_end_matches('.'));
        return Some(Who::Person(format!(
            "{honorific} {}",
            title_case(&words[1..])
        )));
    }
    let name_from = lower.iter().position(|w| !is_title(w))?;
    // `GRETA VOSS-LINDAHL:` at public comment: a full name alone, known by
    // its given name.
    let full_name =
        name_from == 0 && (2..=3).contains(&words.len()) && is_given_name(&title_case(&words[..1]));
    // `INCIDENT COMMANDER JODY ROE:`, `FIRE CHIEF ANN ROE:`: the words of
    // a job before its title, then the name, which the title keeps.
    if name_from == 0 && !full_name {
        let titled = lower.iter().rposition(|w| is_title(w)).filter(|&t| {
            (1..=MAX_JOB_WORDS).contains(&t) && (1..=3).contains(&(lower.len() - t - 1))
        });
        return titled.map(|t| Who::Person(title_case(&words[t..])));
    }
    if lower.len() - name_from > 3 {
        return None;
    }
    Some(Who::Person(title_case(words)))
}

/// The length of a question label (`Q`, `Q:`) opening `text`.
fn question_label(text: &str) -> Option<usize> {
    let rest = text.strip_prefix('Q')?;
    let len = if rest.starts_with(':') { 2 } else { 1 };
    let after = &text[len..];
    let spaced = after.chars().next().is_some_and(char::is_whitespace);
    (spaced && !after.trim().is_empty()).then_some(len)
}

/// `JEAN-PIERRE` → `Jean-Pierre`, `O’ROURKE` → `O’Rourke`, `ANN DE ROE` →
/// `Ann de Roe`: uppercase
/// label words as a name is written.
fn title_case(words: &[&str]) -> String {
    let mut out = String::new();
    for word in words {
        if !out.is_empty() {
            out.push(' ');
            // `WILLEM DE GROOT`: a particle inside a name stays lowercase.
            let particle = word.to_lowercase();
            if CONNECTORS.contains(&particle.as_str()) {
                out.push_str(&particle);
                continue;
            }
        }
        let mut start = true;
        for c in word.chars() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            start = matches!(c, '-' | '’' | '\'');
        }
    }
    out
}

/// True for a line naming where or when a transcript was spoken.
fn is_place_or_time(text: &str) -> bool {
    let t = text.trim();
    is_time_line(t)
        || (t.chars().any(char::is_alphanumeric)
            && t.split_whitespace().count() <= MAX_PLACE_WORDS
            && !t.ends_with(['.', '!', '?', ':', ',']))
}

/// True for `12:46 P.M. EDT`, `END 1:30 P.M. EDT`, `END`, `(July 11, 2022)`.
fn is_time_line(text: &str) -> bool {
    let t = text.trim().trim_matches(['*', '_']).trim();
    if t.split_whitespace().count() > 6 {
        return false;
    }
    let rest = t.strip_prefix("END").map_or(t, str::trim_start);
    if rest.is_empty() {
        return t == "END";
    }
    let clock = rest.split_whitespace().next().is_some_and(|w| {
        let mut parts = w.split(':');
        matches!(
            (parts.next(), parts.next(), parts.next()),
            (Some(h), Some(m), None)
                if (1..=2).contains(&h.len())
                    && m.len() == 2
                    && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
        )
    });
    let meridian = ["A.M.", "P.M.", "AM", "PM", "a.m.", "p.m."]
        .iter()
        .any(|m| rest.contains(m));
    let dated = t.starts_with('(')
        && t.ends_with(')')
        && t.split(|c: char| !c.is_ascii_digit())
            .any(|n| n.len() == 4 && n.starts_with(['1', '2']));
    (clock && meridian) || dated
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::SpanStyle;

    fn body(texts: &[&str]) -> Vec<Paragraph> {
        texts.iter().map(|t| Paragraph::body(*t)).collect()
    }

    /// A turn as the tests see it: first paragraph, end, label, speaker.
    type Seen = (u32, u32, String, Option<String>);

    /// Each turn of a transcript, and its setting lines.
    fn turns_of(texts: &[&str], title: &str) -> (Vec<Seen>, Vec<String>) {
        let mut paragraphs = body(texts);
        let t = split(&mut paragraphs, title);
        let turns = t
            .turns
            .iter()
            .map(|turn| {
                let text = &paragraphs[turn.start as usize].text;
                (
                    turn.start,
                    turn.end,
                    text[..turn.label as usize].to_string(),
                    turn.speaker.clone(),
                )
            })
            .collect();
        (turns, t.setting)
    }

    /// Each turn's speaker, as owned strings.
    fn speakers_of(texts: &[&str], title: &str) -> Vec<Option<String>> {
        turns_of(texts, title).0.into_iter().map(|t| t.3).collect()
    }

    /// Owned speakers from string slices, for comparing with [`speakers_of`].
    fn owned(speakers: &[Option<&str>]) -> Vec<Option<String>> {
        speakers.iter().map(|s| s.map(str::to_string)).collect()
    }

    #[test]
    fn a_general_s_rank_opens_a_label() {
        assert_eq!(
            speakers_of(
                &[
                    "MS. ROE: Good afternoon. General?",
                    "MAJ. GEN. BO PARK: Thanks, Ann. No shots were fired.",
                    "Q: Did the ship fire?",
                    "GEN. PARK: No.",
                ],
                "Press Briefing by Press Secretary Ann Roe and Maj. Gen. Bo Park",
            ),
            owned(&[
                Some("Ann Roe"),
                Some("Maj. Gen. Bo Park"),
                Some("Q"),
                Some("Bo Park")
            ])
        );
    }

    #[test]
    fn a_briefing_is_read_as_turns_with_its_setting_apart() {
        let (turns, setting) = turns_of(
            &[
                "Eisenhower Executive Office Building",
                "1:05 P.M. EDT",
                "MS. ROE: Good afternoon, everyone.",
                "A second paragraph of the opening.",
                "Q Thanks, Ann. A question about the budget.",
                "MS. ROE: We will see.",
                "END 1:40 P.M. EDT",
            ],
            "Press Briefing by Press Secretary Ann Roe, May 3, 2022",
        );
        assert_eq!(
            setting,
            [
                "Eisenhower Executive Office Building",
                "1:05 P.M. EDT",
                "END 1:40 P.M. EDT"
            ]
        );
        let roe = Some("Ann Roe".to_string());
        assert_eq!(
            turns,
            [
                (0, 2, "MS. ROE:".to_string(), roe.clone()),
                (2, 3, "Q".to_string(), Some("Q".to_string())),
                (3, 4, "MS. ROE:".to_string(), roe),
            ]
        );
    }

    #[test]
    fn a_title_label_is_the_person_the_release_title_names() {
        let (turns, _) = turns_of(
            &[
                "THE VICE PRESIDENT: Thank you. Please sit.",
                "It is good to be here.",
            ],
            "Remarks by Vice President Lee at a Summit on Water",
        );
        assert_eq!(
            turns,
            [(
                0,
                2,
                "THE VICE PRESIDENT:".into(),
                Some("Vice President Lee".into())
            )]
        );
    }

    #[test]
    fn roles_and_persons_without_a_full_name_keep_their_label_and_a_jobs_words_go() {
        let (turns, _) = turns_of(
            &[
                "MODERATOR: Welcome to the call.",
                "SENIOR ADMINISTRATION OFFICIAL: Thanks.",
                "PRIME MINISTER OKAFOR: Thank you, Mr. President.",
                "MR. DE LA CRUZ: Hello.",
                "MS. ROE-DIAZ:Absolutely.",
                "THE COURT: All right.",
                "THE WITNESS: Yes.",
                "GRETA ROE, Linden Parkway: Good evening.",
                "INCIDENT COMMANDER JODY ROE: Thank you, Director.",
                "FIRE CHIEF BO PARK: Ready.",
                "WASHINGTON: Lawmakers met.",
            ],
            "Background Press Call",
        );
        let speakers: Vec<Option<String>> = turns.into_iter().map(|t| t.3).collect();
        assert_eq!(
            speakers,
            [
                None,
                None,
                Some("Prime Minister Okafor".into()),
                Some("Mr. De la Cruz".into()),
                Some("Ms. Roe-Diaz".into()),
                None,
                None,
                Some("Greta Roe".into()),
                Some("Commander Jody Roe".into()),
                Some("Chief Bo Park".into())
            ]
        );
    }

    #[test]
    fn bold_lines_naming_speakers_and_their_firms_are_an_earnings_calls_labels() {
        let whole = |text: &str| bold(text, text.len());
        let mut paragraphs = vec![
            Paragraph::body("Participants: Zorblat Quenby, Chief Financial Officer."),
            whole("Maria Roe – Chief Executive Officer"),
            Paragraph::body("Good morning. We had a strong quarter."),
            whole("Daniel Park - Elm Capital"),
            Paragraph::body("Thanks. A question on margins."),
            whole("Zorblat Quenby – Chief Financial Officer"),
            Paragraph::body("Margins rose."),
            whole("Xu Li – Birch Securities"),
            Paragraph::body("And the buyback?"),
            whole("Maria Roe"),
            Paragraph::body("It continues."),
        ];
        let t = split(&mut paragraphs, "Elm Corp Earnings Call");
        let speakers: Vec<Option<&str>> = t.turns.iter().map(|t| t.speaker.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Maria Roe"),
                Some("Daniel Park"),
                Some("Zorblat Quenby"),
                None,
                Some("Maria Roe")
            ]
        );
        // Rooms of a house, each over its description, and reactions in
        // quotation marks are no transcript.
        let mut rooms = vec![
            whole("East Wing – Gift of Service"),
            Paragraph::body("The décor honors service."),
            whole("George Washington Room – Gift of Art"),
            Paragraph::body("The room glows."),
        ];
        assert_eq!(split(&mut rooms, "Holiday Décor"), Transcript::default());
        let mut reactions = vec![
            whole("Maria Roe – Elm Health"),
            Paragraph::body("“We are seeing progress.”"),
            whole("Daniel Park – Birch Foods"),
            Paragraph::body("“We feel great.”"),
        ];
        assert_eq!(split(&mut reactions, "Roundtable"), Transcript::default());
    }

    #[test]
    fn capitalised_labels_not_in_bold_name_people_readout_knows() {
        let speakers = speakers_of(
            &[
                "Operator: Our first question comes from Greg Tanaka-Ellison with Morgan Hale.",
                "Greg Tanaka-Ellison: Hi, thanks for taking the question.",
                "Sunita Raghunathan: Thanks, Greg. We own that.",
                "Greg Tanaka-Ellison: And pricing?",
                "Sunita Raghunathan: Stable.",
            ],
            "Norvale Q3 Earnings Call",
        );
        let (greg, sunita) = (Some("Greg Tanaka-Ellison"), Some("Sunita Raghunathan"));
        assert_eq!(speakers, owned(&[None, greg, sunita, greg, sunita]));
        // A fact sheet's recurring heads name no one.
        let mut paragraphs = body(&[
            "Republican Proposals: Tax cuts for large corporations.",
            "Biden Plan: A minimum tax.",
            "Republican Proposals: Cuts to Medicare.",
            "Biden Plan: Lower drug prices.",
        ]);
        assert_eq!(split(&mut paragraphs, "Fact Sheet"), Transcript::default());
    }

    #[test]
    fn a_time_stamp_before_a_label_is_part_of_it() {
        let (turns, _) = turns_of(
            &[
                "Panelists: Dr. Tobias Reinholt and Ana-Lucía Ferreira.",
                "[00:00:12] MODERATOR: Tobias, let’s start with you.",
                "[00:00:41] REINHOLT: Just that.",
                "(1:02:45) Q: And the council?",
                "00:03:10 FERREIRA: I was there.",
                "[00:04:00] REINHOLT: So was I.",
            ],
            "Who Pays for the Local News?",
        );
        let seen: Vec<(String, Option<String>)> = turns.into_iter().map(|t| (t.2, t.3)).collect();
        let expected = [
            ("[00:00:12] MODERATOR:", None),
            ("[00:00:41] REINHOLT:", Some("Tobias Reinholt")),
            ("(1:02:45) Q:", Some(Turn::QUESTION)),
            ("00:03:10 FERREIRA:", Some("Ana-Lucía Ferreira")),
            ("[00:04:00] REINHOLT:", Some("Tobias Reinholt")),
        ];
        assert_eq!(
            seen,
            expected.map(|(label, who)| (label.to_string(), who.map(str::to_string)))
        );
        assert_eq!(stamp_len("12:30 p.m. The President spoke."), 0);
        assert_eq!(stamp_len("[2024] MS. ROE: Hello"), 0);
    }

    /// A paragraph whose text up to `bold` is set in bold.
    fn bold(text: &str, bold: usize) -> Paragraph {
        Paragraph {
            spans: vec![crate::corpus::Span {
                start: 0,
                end: bold as u32,
                style: SpanStyle::Strong,
            }],
            ..Paragraph::body(text)
        }
    }

    #[test]
    fn capitalised_labels_in_bold_are_a_transcript_when_a_speaker_recurs() {
        let mut paragraphs = vec![
            bold("Spokesperson Ann Roe: Good morning.", 21),
            bold("Elm Courier: Can you confirm the talks are frozen?", 12),
            bold("Spokesperson Ann Roe: I would not advise it.", 21),
            bold("Willem de Groot: Thank you.", 16),
        ];
        let t = split(&mut paragraphs, "Briefing by Spokesperson Ann Roe");
        let speakers: Vec<Option<&str>> = t.turns.iter().map(|t| t.speaker.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Spokesperson Ann Roe"),
                None,
                Some("Spokesperson Ann Roe"),
                Some("Willem de Groot")
            ]
        );
        // A fact sheet's topics, each once, and a round-up's reactions,
        // quotations after most bold heads, are no transcripts.
        let mut topics = vec![
            bold("Brent Spence Bridge: A new span will open.", 19),
            bold("Officer Wellness: A report was published.", 17),
        ];
        assert_eq!(split(&mut topics, "Fact Sheet"), Transcript::default());
        let mut reactions = vec![
            bold("Senator Bo Park: “A great day.”", 16),
            bold("Senator Bo Park: Thank you, Mr. President.", 16),
            bold("Gov. Ann Roe: “Finally.”", 13),
            bold("Senator Bo Park: “And more.”", 16),
        ];
        assert_eq!(
            split(&mut reactions, "What They Are Saying"),
            Transcript::default()
        );
    }

    #[test]
    fn a_name_the_release_writes_is_a_label_though_its_given_name_is_unknown() {
        let (turns, _) = turns_of(
            &[
                "Manager Sebastiaan de Graaf and Chief People Officer Adaora Eze-Whitfield spoke.",
                "NADIA FERRANTE: How did you see it?",
                "DE GRAAF: Nervous is a kind word.",
                "NADIA FERRANTE: And the second half?",
                "EZE-WHITFIELD: I will take that one.",
            ],
            "Post-Match Press Conference",
        );
        let speakers: Vec<Option<String>> = turns.into_iter().map(|t| t.3).collect();
        let nadia = Some("Nadia Ferrante");
        assert_eq!(
            speakers,
            owned(&[
                nadia,
                Some("Sebastiaan de Graaf"),
                nadia,
                Some("Adaora Eze-Whitfield")
            ])
        );
        // A list of companies' commitments, each under its name once, is
        // no transcript.
        let mut paragraphs = body(&[
            "Companies made commitments.",
            "TYSON FOODS: Tyson Foods will invest in meals.",
            "NOVO NORDISK: Novo Nordisk will invest in clinics.",
        ]);
        assert_eq!(split(&mut paragraphs, "Fact Sheet"), Transcript::default());
    }

    #[test]
    fn a_given_name_alone_labels_the_one_person_the_release_names_with_it() {
        let (turns, _) = turns_of(
            &[
                "Hosts: Jonah Feldman-Oduya and Tamsin Reyes-Kaur",
                "JONAH: Welcome back.",
                "TAMSIN: I'm Tamsin.",
                "MAYOR ROE: Happy to be here.",
                "JONAH: So, the budget.",
                "TAMSIN: Thank you.",
            ],
            "The Curb Cut, Episode 84",
        );
        let speakers: Vec<Option<String>> = turns.into_iter().map(|t| t.3).collect();
        let (jonah, tamsin) = (Some("Jonah Feldman-Oduya"), Some("Tamsin Reyes-Kaur"));
        assert_eq!(
            speakers,
            owned(&[jonah, tamsin, Some("Mayor Roe"), jonah, tamsin])
        );
    }

    #[test]
    fn you_in_an_interviewers_turn_is_the_guest_answering_around_it() {
        let turns = [
            "PELLETIER: Welcome, Senator.",
            "OKONKWO-REYES: Good to be with you, Jonah.",
            "PELLETIER: You said, “I will never vote for it.” You stood up and said, “Never.” What changed?",
            "OKONKWO-REYES: The world changed.",
        ];
        let title = "Interview: Jonah Pelletier with Senator Marisol Okonkwo-Reyes";
        let speakers = super::super::testing::speakers_in(title, None, &turns);
        let guest = Some("Marisol Okonkwo-Reyes".to_string());
        assert_eq!(speakers, [guest.clone(), guest]);
    }

    #[test]
    fn you_in_a_turn_calling_the_next_speaker_by_name_is_them() {
        let turns = [
            "CHAIRMAN ROE: The gentleman from Oregon, Mr. Bo Park, is recognized.",
            "MR. PARK: Thank you. Mr. Lee-Vance, welcome. You told investors that you would be “in every backyard by 2028.”",
            "MR. LEE-VANCE: I stand by the ambition.",
        ];
        let title = "Hearing on Drone Safety with Mr. Cornelius Lee-Vance";
        let speakers = super::super::testing::speakers_in(title, None, &turns);
        assert_eq!(speakers, [Some("Cornelius Lee-Vance".to_string())]);
    }

    #[test]
    fn what_she_said_quoted_in_a_turn_is_not_the_speakers() {
        let turns = [
            "Q Is the Governor for it?",
            "MS. ROE: What I will say is what she said this morning: “Farmers feed us.”",
            "Q Thanks.",
            "MS. ROE: She told me, “Farmers feed us.”",
            "Q And?",
            "MS. ROE: Sure.",
        ];
        let speakers = super::super::testing::speakers_in("Press Briefing", None, &turns);
        assert_eq!(speakers, [None, None]);
    }

    #[test]
    fn headings_with_colons_are_not_labels() {
        for texts in [
            &[
                "SUBJECT: Designation of officers.",
                "Text of the memorandum.",
            ][..],
            &[
                "NOMINATIONS SENT TO THE SENATE:",
                "Jane Doe, of Ohio, to be a judge.",
            ][..],
            &[
                "TO THE CONGRESS OF THE UNITED STATES:",
                "I am sending a report.",
            ][..],
            &["Q fever cases rose.", "The QUICK report said so."][..],
        ] {
            let mut paragraphs = body(texts);
            assert_eq!(
                split(&mut paragraphs, "A memorandum"),
                Transcript::default()
            );
            assert_eq!(paragraphs.len(), texts.len());
        }
    }

    #[test]
    fn a_lone_label_far_down_a_release_is_not_a_transcript() {
        let mut paragraphs = body(&["One.", "Two.", "Three.", "Four.", "Five.", "MR. LEE: Six."]);
        assert!(split(&mut paragraphs, "T").turns.is_empty());
    }

    #[test]
    fn a_statement_without_quotation_marks_is_a_turn_of_its_speaker() {
        let mut paragraphs = body(&[
            "Today I signed the Flood Relief Act.",
            "It helps every county in the valley.",
        ]);
        let t = statement(
            &mut paragraphs,
            "Statement by Governor Ann Lee on Flood Relief",
        )
        .unwrap();
        assert_eq!(t.turns.len(), 1);
        assert_eq!((t.turns[0].start, t.turns[0].end), (0, 2));
        assert_eq!(t.turns[0].speaker.as_deref(), Some("Governor Ann Lee"));
    }

    #[test]
    fn remarks_give_their_setting_and_an_introduction_is_not_the_statement() {
        let mut paragraphs = body(&[
            "East Room",
            "2:15 P.M. EDT",
            "Governor Lee delivered the following remarks:",
            "Thank you all for coming.",
            "END 2:40 P.M. EDT",
        ]);
        let t = statement(&mut paragraphs, "Remarks by Governor Ann Lee at a Dinner").unwrap();
        assert_eq!(
            t.setting,
            ["East Room", "2:15 P.M. EDT", "END 2:40 P.M. EDT"]
        );
        assert_eq!(paragraphs.len(), 2);
        assert_eq!((t.turns[0].start, t.turns[0].end), (1, 2));
    }

    #[test]
    fn a_quoted_statement_is_left_to_its_quotation_marks() {
        let mut paragraphs = body(&["Governor Lee issued this statement:", "“We will rebuild.”"]);
        assert_eq!(
            statement(&mut paragraphs, "Statement by Governor Ann Lee"),
            None
        );
        assert_eq!(
            statement(&mut body(&["Text."]), "Statement on Flood Relief"),
            None
        );
    }

    #[test]
    fn time_lines_are_recognised() {
        for t in [
            "12:46 P.M. EDT",
            "END 1:30 P.M. EDT",
            "END",
            "(July 11, 2022)",
            "9:04 A.M. EST  ",
        ] {
            assert!(is_time_line(t), "{t}");
        }
        for t in [
            "At 12:46 the President spoke at length about the plan.",
            "ENDING",
            "(Applause.)",
        ] {
            assert!(!is_time_line(t), "{t}");
        }
    }

    #[test]
    fn an_office_label_is_the_person_the_heading_names_with_that_office() {
        let (seen, _) = turns_of(
            &[
                "TRANSCRIPT",
                "THE HON. ANN ROE MP PRIME MINISTER",
                "DOORSTOP INTERVIEW, ELM BAY",
                "PRIME MINISTER: It is good to be back in Elm Bay.",
                "JOURNALIST: Prime Minister, is it enough?",
                "PRIME MINISTER: It is a start.",
            ],
            "Transcript: Prime Minister's Doorstop Interview, Elm Bay",
        );
        let speakers: Vec<Option<String>> = seen.iter().map(|(_, _, _, s)| s.clone()).collect();
        assert_eq!(
            speakers,
            [
                Some("Ann Roe".to_string()),
                Some("Q".to_string()),
                Some("Ann Roe".to_string())
            ]
        );
        let (seen, _) = turns_of(
            &[
                "**PRESS CONFERENCE WITH GOVERNOR ANN ROE (EDITED TRANSCRIPT)**",
                "GOVERNOR: Good afternoon. We held the rate.",
                "Q: Will you cut in May?",
            ],
            "Central Bank Holds Rate",
        );
        let speakers: Vec<Option<String>> = seen.iter().map(|(_, _, _, s)| s.clone()).collect();
        assert_eq!(
            speakers,
            [Some("Ann Roe".to_string()), Some("Q".to_string())]
        );
    }
}
