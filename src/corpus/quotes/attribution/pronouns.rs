//! Whom a pronoun, `you` or an office after `the` stands for: the people
//! a release names before a quotation, nearest first, told apart by the
//! gender their names or pronouns say.

use super::Reader;
use crate::corpus::TextPos;
use crate::corpus::quotes::antecedents::subjects;
use crate::corpus::quotes::complete;
use crate::corpus::quotes::lexicon::{FEMALE_RELATIONS, MALE_RELATIONS};
use crate::corpus::quotes::names::PersonName;
use crate::corpus::quotes::offices::Office;
use crate::corpus::quotes::referents::{Attribution, Gender, pronoun};
use crate::corpus::quotes::runs::{name_forward, plausible};
use crate::corpus::quotes::words::{is_title, lower};

/// How many paragraphs back a pronoun may find the person it stands for.
const PRONOUN_REACH: u32 = 2;

impl Reader<'_> {
    /// The nearest person before `at` an office after `the` (`the
    /// congressman`) can stand for: one of `gender` whom the release names
    /// with the office or a title for it (`Representative Ann Roe`), past
    /// others (`Morris Kurtz reminded the congressman …`); else the one
    /// person the release names with it; else the release's member of
    /// Congress for a congressional office, outside quotations.
    pub(super) fn nearest_in_office(
        &self,
        gender: Gender,
        office: &str,
        at: TextPos,
    ) -> Option<String> {
        let office = Office::new(office);
        let texts = || self.texts();
        let mut candidates = self.candidates(at);
        candidates.sort_by_key(|(pos, _)| *pos);
        let found = candidates.into_iter().rev().find_map(|(_, name)| {
            name.filter(|n| gender.fits(self.gender_of(n)) && office.held_by(texts(), n))
        });
        // Inside a quotation, the office may be anyone's.
        found
            .or_else(|| {
                office
                    .only_holder(texts())
                    .filter(|name| gender.fits(self.gender_of(name)))
            })
            .or_else(|| {
                (office.is_in_congress() && self.context.outer.is_none())
                    .then(|| self.context.member.map(|m| m.name.clone()))
                    .flatten()
            })
    }

    /// The nearest person before `at` a pronoun of `gender` can stand for:
    /// a speaker named so far, or the subject of a sentence in the
    /// paragraphs just before, or else the person a statement mourns. A
    /// subject that cannot be read as a person stops the search: the
    /// pronoun may mean them.
    pub(super) fn nearest(&self, gender: Gender, at: TextPos) -> Option<String> {
        let mut candidates = self.candidates(at);
        candidates.sort_by_key(|(pos, _)| *pos);
        candidates.dedup();
        let mut end = candidates.len();
        while end > 0 {
            let pos = candidates[end - 1].0;
            let start = candidates[..end]
                .iter()
                .rposition(|(p, _)| *p != pos)
                .map_or(0, |k| k + 1);
            let here = &candidates[start..end];
            end = start;
            if let [(_, name)] = here {
                match name {
                    None => return None,
                    Some(name) if gender.fits(self.gender_of(name)) => return Some(name.clone()),
                    Some(_) => continue,
                }
            }
            // Two people a sentence joins (`Marguerite Roe and Bo Park will
            // host`): the one who may be of the pronoun's gender when the
            // other's is known to be the other one.
            let known: Vec<Option<Gender>> = here
                .iter()
                .map(|(_, name)| {
                    let gender = self.gender_of(name.as_ref()?);
                    (gender != Gender::Any).then_some(gender)
                })
                .collect();
            // One whose gender is unknown fits when every other is known to
            // be the other one (`Bo Park and Mei-Ling Roe met …, “…,” she
            // recalled`).
            let fitting: Vec<usize> = (0..here.len())
                .filter(|&k| known[k].is_none_or(|g| g == gender))
                .collect();
            let clear = gender != Gender::Any && fitting.len() == 1;
            return clear.then(|| here[fitting[0]].1.clone()).flatten();
        }
        // No one before: in a statement mourning someone, they are who
        // `he` or `she` means.
        self.context
            .mourned()
            .filter(|name| gender.fits(Gender::of_name(name)))
    }

    /// True when the sentence of a quotation at `at` says its pronoun of
    /// `gender` `also` spoke (`But he also said, “…”`) while the last
    /// speaker who may be of that gender is not `name`, the person the
    /// pronoun's nearest reading gives from an earlier paragraph: `also`
    /// points back to someone who spoke, and two readings disagree. (Named
    /// in the pronoun's own paragraph, `name` is who `also` means.)
    pub(super) fn also_said_by_another(&self, gender: Gender, at: TextPos, name: &str) -> bool {
        let Some(words) = self.sentence_before(at) else {
            return false;
        };
        let before = self.paragraphs[at.paragraph as usize]
            .text
            .get(..at.offset as usize)
            .unwrap_or("");
        let surname = PersonName::parse(name).map(|n| n.surname);
        if surname.is_some_and(|surname| before.contains(surname.as_str())) {
            return false;
        }
        let also = words.windows(2).any(|pair| {
            lower(pair[1]) == "also" && pronoun(pair[0]) == Some(Attribution::Pronoun(gender))
        });
        if !also {
            return false;
        }
        self.named
            .iter()
            .filter(|(pos, other)| *pos < at && gender.fits(self.gender_of(other)))
            .max_by_key(|(pos, _)| *pos)
            .is_some_and(|(_, last)| {
                !self
                    .person_of(last)
                    .eq_ignore_ascii_case(&self.person_of(name))
            })
    }

    /// The people a pronoun at `at` may stand for, with where the text
    /// names them: speakers named so far and the subjects of sentences in
    /// the paragraphs just before (`None` for one that cannot be read as
    /// a person, or a title the release gives no one).
    fn candidates(&self, at: TextPos) -> Vec<(TextPos, Option<String>)> {
        let mut from = at.paragraph.saturating_sub(PRONOUN_REACH);
        let mut candidates: Vec<(TextPos, Option<String>)> = self
            .named
            .iter()
            .map(|(pos, name)| (*pos, Some(name.clone())))
            .collect();
        // In a transcript, no further back than the turn, or the question
        // it answers: another speaker's turn is a stop.
        if let Some(reach) = self.context.pronoun_reach(at.paragraph as usize) {
            if reach > 0 {
                candidates.push((TextPos::new(reach, 0), None));
            }
            from = from.max(reach as u32);
        }
        for p in from..=at.paragraph {
            // A transcript turn's label (`MS. ROE:`) is no sentence's subject.
            let label = self.context.label_len(p as usize);
            let text = self.paragraphs[p as usize].text.get(label..).unwrap_or("");
            for (offset, subject) in subjects(text, false) {
                let pos = TextPos::new(p as usize, label + offset);
                if pos >= at {
                    continue;
                }
                // A title the release gives no one stops the search too.
                let name = match subject {
                    Some(Attribution::Name(name)) => Some(name),
                    Some(Attribution::Title(title)) => {
                        self.context.titled(&title, self.paragraphs, pos)
                    }
                    Some(Attribution::Office(gender, office)) => {
                        self.nearest_in_office(gender, &office, pos)
                    }
                    _ => None,
                };
                candidates.push((pos, name));
            }
        }
        candidates
    }

    /// The release's title and paragraphs, where it names people.
    pub(super) fn texts(&self) -> impl Iterator<Item = &str> + Clone {
        std::iter::once(self.context.title).chain(self.paragraphs.iter().map(|p| p.text.as_str()))
    }

    /// The gender a name says, or a surname alone says through the full
    /// name the release gives it (`Forsythe`, `Bianca Forsythe`); else the
    /// one the pronouns that stood for that person so far said.
    fn gender_of(&self, name: &str) -> Gender {
        let gender = Gender::of_name(name);
        if gender != Gender::Any {
            return gender;
        }
        let completed = (!name.contains(' '))
            .then(|| complete::complete(name, self.texts()))
            .flatten()
            .map_or(Gender::Any, |full| Gender::of_name(&full));
        if completed != Gender::Any {
            return completed;
        }
        let related = self.relation_said(name);
        if related != Gender::Any {
            return related;
        }
        self.pronouns_said(name)
    }

    /// The gender the relation a full `name` is set off after says (`Her
    /// husband, Walt Roe,`), when every such relation agrees.
    fn relation_said(&self, name: &str) -> Gender {
        if !name.contains(' ') {
            return Gender::Any;
        }
        let mut said = Gender::Any;
        for text in self.texts() {
            for (at, _) in text.match_indices(name) {
                let before = text[..at].trim_end();
                let Some(relation) = before.strip_suffix(',') else {
                    continue;
                };
                let noun = relation.split_whitespace().next_back().map(lower);
                let gender = match noun.as_deref() {
                    Some(n) if MALE_RELATIONS.contains(&n) => Gender::Male,
                    Some(n) if FEMALE_RELATIONS.contains(&n) => Gender::Female,
                    _ => continue,
                };
                if said != Gender::Any && said != gender {
                    return Gender::Any;
                }
                said = gender;
            }
        }
        said
    }

    /// Keeps what a pronoun at `at` that stood for `name` said of their
    /// gender, when `name` is a person's (a full name, or a surname the
    /// release completes to one; not a word like `Perhaps` opening a
    /// sentence) named in the pronoun's own paragraph before it: a reading
    /// from further back is less sure, and an error kept would spread.
    pub(super) fn note_gender(&mut self, name: &str, gender: Gender, at: TextPos) {
        let person = name.contains(' ') || complete::complete(name, self.texts()).is_some();
        let before = self.paragraphs[at.paragraph as usize]
            .text
            .get(..at.offset as usize)
            .unwrap_or("");
        let here = name
            .split_whitespace()
            .last()
            .is_some_and(|surname| before.contains(surname));
        if person && here && gender != Gender::Any {
            self.gendered.push((name.to_string(), gender));
        }
    }

    /// The gender every pronoun that stood for `name`'s person so far
    /// said, when they agree.
    fn pronouns_said(&self, name: &str) -> Gender {
        let wanted = self.person_of(name);
        let mut said = self
            .gendered
            .iter()
            .filter(|(other, _)| self.person_of(other).eq_ignore_ascii_case(&wanted))
            .map(|(_, gender)| *gender);
        match said.next() {
            Some(first) if said.all(|g| g == first) => first,
            _ => Gender::Any,
        }
    }

    /// Whom `name` names: the one full name the release gives its surname
    /// (`Fenwick`, `Mayor Fenwick`: `Lucinda Fenwick`), else `name` as
    /// written (two people of one surname stay apart).
    fn person_of(&self, name: &str) -> String {
        PersonName::parse(name)
            .and_then(|parsed| complete::complete(&parsed.surname, self.texts()))
            .unwrap_or_else(|| name.to_string())
    }

    /// The words of the sentence holding `at` before it.
    fn sentence_before(&self, at: TextPos) -> Option<Vec<&str>> {
        let text = self.paragraphs[at.paragraph as usize].text.as_str();
        // A transcript turn's label (`MS. ROE:`) is no part of its sentence.
        let label = self.context.label_len(at.paragraph as usize);
        let before = text.get(label.min(at.offset as usize)..at.offset as usize)?;
        let sentence = before
            .rfind(['.', '!', '?'])
            .map_or(before, |end| &before[end + 1..]);
        Some(sentence.split_whitespace().collect())
    }

    /// The one person the sentence holding `at` names before it (`When I
    /// think of Ann, I remember her faith that "…"`), if it names exactly
    /// one who may be of `gender`.
    pub(super) fn mentioned(&self, gender: Gender, at: TextPos) -> Option<String> {
        let words = self.sentence_before(at)?;
        let mut names: Vec<String> = Vec::new();
        let mut k = 1;
        while k < words.len() {
            // `Her words to me in Tessaly were`: a place, not a person.
            let place = matches!(words[k - 1], "in" | "at" | "from" | "near");
            match name_forward(&words[k..]) {
                Some((name, used, _)) if plausible(&name) && name != "I" => {
                    if !names.contains(&name) && !place {
                        names.push(name);
                    }
                    k += used.max(1);
                }
                _ => k += 1,
            }
        }
        match names.as_slice() {
            [one] if gender.fits(Gender::of_name(one)) => Some(one.clone()),
            _ => None,
        }
    }

    /// In a transcript, whom `you` means when the turn of a quotation at
    /// `at` calls the next turn's speaker by title and surname before it
    /// (`Mr. Vandersloot, welcome. … You told investors …` before `MR.
    /// VANDERSLOOT:`).
    pub(super) fn addressed_in_turn(&self, at: TextPos) -> Option<String> {
        let turns = self.context.turns;
        let here = self.context.turn_index(at.paragraph as usize)?;
        let next = turns.get(here + 1)?;
        let speaker = next.speaker.as_ref().filter(|_| !next.is_question())?;
        let addressed = format!("{},", PersonName::parse(speaker)?.surname);
        let start = turns[here].start as usize;
        let named = (start..=at.paragraph as usize).any(|p| {
            let text = &self.paragraphs[p].text;
            let text = if p == at.paragraph as usize {
                text.get(..at.offset as usize).unwrap_or("")
            } else {
                text
            };
            let words: Vec<&str> = text.split_whitespace().collect();
            words.windows(2).any(|pair| {
                is_title(lower(pair[0]).trim_end_matches('.'))
                    && pair[1].eq_ignore_ascii_case(&addressed)
            })
        });
        named.then(|| speaker.clone())
    }

    /// The person the sentence holding `at` addresses before it, a name set
    /// off by commas (`I remember, President Roe, you said "…"`, `Ann,
    /// you said "…"`), when it is the only name there.
    pub(super) fn vocative(&self, at: TextPos) -> Option<String> {
        let mut words = self.sentence_before(at)?;
        // `President Roe, last fall you told the Elm Lantern that …`: the
        // names after `you` are whom it was said to.
        if let Some(you) = words.iter().position(|w| lower(w) == "you") {
            words.truncate(you);
        }
        let mut found = None;
        let mut k = 0;
        while k < words.len() {
            match name_forward(&words[k..]) {
                Some((name, used, _)) if name != "I" && plausible(&name) => {
                    let set_off = (k == 0 || words[k - 1].ends_with(','))
                        && words[k + used - 1].ends_with(',');
                    if found.is_some() || !set_off {
                        return None;
                    }
                    found = Some(name);
                    k += used;
                }
                _ => k += 1,
            }
        }
        found
    }
}
