//! Who is who across an archive: every speaker name the releases give,
//! grouped into people. The quotations view, the `said:` filter and
//! `readout quotes --speaker` all ask this one directory, so one person is
//! one group everywhere and two people never share one.
//!
//! A person is a first name and a surname ("Frederica S. Wilson",
//! "Frederica Wilson" and "Democrat Frederica Wilson" are one; "Tim Scott"
//! and "Rick Scott" are two). A shorter first name joins a longer one it
//! begins ("Chris" and "Christopher") only when no other longer one fits.
//! A surname given alone ("Rep. Wilson", "President Lee") joins the one
//! person in the archive with that surname, or the one with that surname
//! and that title; when several fit it stays a group of its own. An
//! organization quoted as such ("American Cancer Society") is a group of
//! its own name.

use std::collections::HashMap;

use crate::corpus::quotes::{
    PersonName, first_name_fits, fold, is_named_group, is_organization, is_person_name, speaker_key,
};
use crate::corpus::{Release, Turn};

/// Titles that say nothing about which person is meant, lowercase.
const HONORIFICS: &[&str] = &["mr", "ms", "mrs", "dr", "hon", "u.s", "the"];

/// One person of the archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// The name shown for them: their fullest name without titles
    /// ("Frederica S. Wilson"), or for a surname that could not be told
    /// apart, the form the releases use most ("Rep. Wilson").
    pub name: String,
    /// Lowercase words of every form of their name, for whole-word queries.
    words: Vec<String>,
    /// Lowercase surname, and first names (empty for a lone surname).
    surname: String,
    firsts: Vec<String>,
}

/// Every speaker of an archive and the person each stands for.
#[derive(Debug, Default)]
pub struct Directory {
    people: Vec<Person>,
    /// Each speaker string as written, to its person.
    by_speaker: HashMap<String, u32>,
}

/// A speaker string and how often the archive gives it.
type Counted<'a> = (&'a str, usize);

/// A speaker string read for grouping.
struct Form<'a> {
    speaker: &'a str,
    surname: String,
    first: Option<String>,
    titles: Vec<String>,
    full: String,
}

impl Directory {
    /// The people of an archive: every speaker its releases quote.
    pub fn of(releases: &[Release]) -> Directory {
        Directory::build(
            releases
                .iter()
                .flat_map(|r| r.outline.speakers.iter().map(String::as_str)),
        )
    }

    /// Groups `speakers` (each as written, in any number of copies) into
    /// people. Reporters' questions (`Q`) are nobody.
    pub fn build<'a>(speakers: impl IntoIterator<Item = &'a str>) -> Directory {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for s in speakers {
            if s != Turn::QUESTION {
                *counts.entry(s).or_default() += 1;
            }
        }
        let mut distinct: Vec<(&str, usize)> = counts.into_iter().collect();
        distinct.sort_unstable();
        // Organizations ("American Cancer Society") are one group per name.
        let (organizations, persons): (Vec<Counted<'_>>, Vec<Counted<'_>>) = distinct
            .into_iter()
            .partition(|(s, _)| !is_person_name(s) && (is_organization(s) || is_named_group(s)));
        let forms: Vec<(Form<'_>, usize)> = persons
            .into_iter()
            .filter_map(|(speaker, count)| Some((form(speaker)?, count)))
            .collect();

        // People with a first name: surname and first name, shorter first
        // names joined to the one longer name they begin.
        let mut people: Vec<Person> = Vec::new();
        let mut key_of: HashMap<(String, String), u32> = HashMap::new();
        let mut firsts_by_surname: HashMap<&str, Vec<&str>> = HashMap::new();
        for (f, _) in &forms {
            if let Some(first) = &f.first {
                let firsts = firsts_by_surname.entry(f.surname.as_str()).or_default();
                if !firsts.contains(&first.as_str()) {
                    firsts.push(first);
                }
            }
        }
        for (surname, firsts) in &firsts_by_surname {
            let mut sorted = firsts.clone();
            sorted.sort_by_key(|f| std::cmp::Reverse(f.len()));
            for first in sorted {
                let longer: Vec<&str> = firsts
                    .iter()
                    .copied()
                    .filter(|g| *g != first && first_name_fits(first, g))
                    .collect();
                let joined = match longer.as_slice() {
                    [one] => key_of.get(&(surname.to_string(), one.to_string())).copied(),
                    _ => None,
                };
                let id = joined.unwrap_or_else(|| {
                    people.push(Person {
                        name: String::new(),
                        words: Vec::new(),
                        surname: surname.to_string(),
                        firsts: Vec::new(),
                    });
                    people.len() as u32 - 1
                });
                people[id as usize].firsts.push(first.to_string());
                key_of.insert((surname.to_string(), first.to_string()), id);
            }
        }
        let mut by_speaker: HashMap<String, u32> = HashMap::new();
        // Each person's titles, to tell whom a titled surname means.
        let mut titles_of: Vec<Vec<String>> = vec![Vec::new(); people.len()];
        // The fullest name of each person, with how often it is used.
        let mut shown: Vec<(String, usize)> = vec![(String::new(), 0); people.len()];
        for (f, count) in &forms {
            let Some(first) = &f.first else { continue };
            let id = key_of[&(f.surname.clone(), first.clone())];
            by_speaker.insert(f.speaker.to_string(), id);
            titles_of[id as usize].extend(f.titles.iter().cloned());
            let best = &mut shown[id as usize];
            let fuller = f.full.split_whitespace().count() > best.0.split_whitespace().count();
            if fuller || (best.1 < *count && f.full.len() == best.0.len()) {
                *best = (f.full.clone(), *count);
            }
        }
        for (person, (name, _)) in people.iter_mut().zip(shown) {
            person.name = name;
        }

        // Lone surnames: the one person with that surname (and that title).
        let named = people.len() as u32;
        let mut lone: HashMap<String, (u32, usize)> = HashMap::new();
        for (f, count) in &forms {
            if f.first.is_some() {
                continue;
            }
            let with_surname: Vec<u32> = (0..named)
                .filter(|&id| people[id as usize].surname == f.surname)
                .collect();
            // Someone whose titles are unknown may hold this one too.
            let titled: Vec<u32> = with_surname
                .iter()
                .copied()
                .filter(|&id| {
                    let theirs = &titles_of[id as usize];
                    theirs.is_empty() || f.titles.iter().any(|t| theirs.contains(t))
                })
                .collect();
            let id = match (with_surname.as_slice(), titled.as_slice()) {
                ([one], _) | (_, [one]) => *one,
                _ => {
                    let key = f.surname.clone();
                    let (id, used) = *lone.entry(key).or_insert_with(|| {
                        people.push(Person {
                            name: f.speaker.to_string(),
                            words: Vec::new(),
                            surname: f.surname.clone(),
                            firsts: Vec::new(),
                        });
                        (people.len() as u32 - 1, 0)
                    });
                    if *count > used {
                        people[id as usize].name = f.speaker.to_string();
                        lone.insert(f.surname.clone(), (id, *count));
                    }
                    id
                }
            };
            by_speaker.insert(f.speaker.to_string(), id);
        }
        for (f, _) in &forms {
            let id = by_speaker[f.speaker];
            let words = &mut people[id as usize].words;
            for w in name_words(&f.full) {
                if !words.contains(&w) {
                    words.push(w);
                }
            }
        }
        let mut organization_of: HashMap<String, u32> = HashMap::new();
        for (speaker, _) in organizations {
            let name = speaker
                .trim_start_matches("the ")
                .trim_start_matches("The ");
            let key = fold(name);
            let id = *organization_of.entry(key.clone()).or_insert_with(|| {
                people.push(Person {
                    name: name.to_string(),
                    words: name_words(name),
                    surname: key,
                    firsts: Vec::new(),
                });
                people.len() as u32 - 1
            });
            by_speaker.insert(speaker.to_string(), id);
        }
        Directory { people, by_speaker }
    }

    /// The person `speaker` (as a release writes it) stands for.
    pub fn person_of(&self, speaker: &str) -> Option<u32> {
        self.by_speaker.get(speaker).copied()
    }

    /// The person with index `id`.
    pub fn person(&self, id: u32) -> Option<&Person> {
        self.people.get(id as usize)
    }

    /// How many people the archive has.
    pub fn len(&self) -> usize {
        self.people.len()
    }

    /// True when no release names a speaker.
    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
    }

    /// The keys ([`speaker_key`]) of every form of the names of the people
    /// `query` names (see [`Directory::matching`]): what corpus search
    /// looks `said:` up by.
    pub fn keys_matching(&self, query: &str) -> Vec<String> {
        let people = self.matching(query);
        let mut keys: Vec<String> = self
            .by_speaker
            .iter()
            .filter(|(_, id)| people.contains(id))
            .map(|(speaker, _)| speaker_key(speaker))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// The people a query names, case aside: a first name and surname
    /// (`"Tim Scott"`, `"Sen. Tim Scott"`) names the people with that
    /// surname whose first name fits; one word (`bice`, `jean-pierre`)
    /// names everyone with that word in a form of their name, whole words
    /// only (`xi` is not Alexis).
    pub fn matching(&self, query: &str) -> Vec<u32> {
        let Some(wanted) = PersonName::parse(query) else {
            return Vec::new();
        };
        let surname = fold(&wanted.surname);
        let ids = 0..self.people.len() as u32;
        match wanted.first().map(fold) {
            Some(first) => ids
                .filter(|&id| {
                    let p = &self.people[id as usize];
                    p.surname == surname && p.firsts.iter().any(|f| first_fits(&first, f))
                })
                .collect(),
            None => ids
                .filter(|&id| self.people[id as usize].words.contains(&surname))
                .collect(),
        }
    }
}

/// True when a first name asked for fits one a person is given: the same,
/// or one begins the other (`chris`, `christopher`).
fn first_fits(asked: &str, given: &str) -> bool {
    first_name_fits(asked, given) || first_name_fits(given, asked)
}

/// A speaker string read for grouping, `None` when it holds no name.
fn form(speaker: &str) -> Option<Form<'_>> {
    let name = PersonName::parse(speaker)?;
    let titles = name
        .titles
        .iter()
        .map(|t| t.trim_end_matches(['.', ',']).to_lowercase())
        .filter(|t| !HONORIFICS.contains(&t.as_str()))
        .collect();
    Some(Form {
        speaker,
        surname: fold(&name.surname),
        first: name.first().map(fold),
        titles,
        full: name.full(),
    })
}

/// Lowercase words of a name for whole-word queries: each word, and each
/// part of a hyphenated one (`jean-pierre`, `jean`, `pierre`).
fn name_words(full: &str) -> Vec<String> {
    let mut words = Vec::new();
    for word in full.split_whitespace() {
        let word = fold(word.trim_end_matches([',', '.']));
        if word.contains('-') {
            words.extend(word.split('-').map(str::to_string));
        }
        words.push(word);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An archive of one Wilson under many forms, one Wilson more, three
    /// Scotts, two Murphys and two Trumps.
    fn directory() -> Directory {
        Directory::build([
            "Frederica S. Wilson",
            "Frederica Wilson",
            "Democrat Frederica S. Wilson",
            "Rep. Frederica S. Wilson",
            "Joe Wilson",
            "Rep. Wilson",
            "Wilson Jr.",
            "Sen. Tim Scott",
            "Tim Scott",
            "Senator Rick Scott",
            "Rep. Bobby Scott",
            "Chairman Bobby Scott",
            "Sen. Chris Murphy",
            "Christopher Murphy",
            "Rep. Stephanie Murphy",
            "Melania Trump",
            "President Donald Trump",
            "President Joseph R. Biden",
            "Joe Biden",
            "Alexis Ruiz",
            "President Xi Jinping",
            "Xi Jinping",
            "Ms. Karine Jean-Pierre",
            "Rep. Stephanie Bice",
            "Bice",
            "Rep. Bice",
            "President Ann Lee",
            "First Lady Bo Lee",
            "President Lee",
            "American Cancer Society",
            "American Chemical Society",
            "Q",
        ])
    }

    fn person(d: &Directory, speaker: &str) -> String {
        let id = d.person_of(speaker).unwrap();
        d.person(id).unwrap().name.clone()
    }

    fn names(d: &Directory, query: &str) -> Vec<String> {
        let mut names: Vec<String> = d
            .matching(query)
            .into_iter()
            .map(|id| d.person(id).unwrap().name.clone())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn one_person_is_one_group_however_named() {
        let d = directory();
        for speaker in [
            "Frederica S. Wilson",
            "Frederica Wilson",
            "Democrat Frederica S. Wilson",
            "Rep. Frederica S. Wilson",
        ] {
            assert_eq!(person(&d, speaker), "Frederica S. Wilson", "{speaker}");
        }
        assert_eq!(
            person(&d, "Sen. Chris Murphy"),
            person(&d, "Christopher Murphy")
        );
        assert_eq!(person(&d, "Bice"), "Stephanie Bice");
        assert_eq!(person(&d, "Rep. Bice"), "Stephanie Bice");
        assert_eq!(person(&d, "President Xi Jinping"), "Xi Jinping");
        // Two Lees, one of them President.
        assert_eq!(person(&d, "President Lee"), "Ann Lee");
    }

    #[test]
    fn two_people_never_share_a_group() {
        let d = directory();
        let scotts: Vec<String> = ["Tim Scott", "Senator Rick Scott", "Rep. Bobby Scott"]
            .iter()
            .map(|s| person(&d, s))
            .collect();
        assert_eq!(scotts, ["Tim Scott", "Rick Scott", "Bobby Scott"]);
        assert_eq!(person(&d, "Chairman Bobby Scott"), "Bobby Scott");
        assert_ne!(
            person(&d, "Melania Trump"),
            person(&d, "President Donald Trump")
        );
        assert_ne!(
            person(&d, "Rep. Stephanie Murphy"),
            person(&d, "Christopher Murphy")
        );
        // Two Wilsons: a lone "Rep. Wilson" is neither.
        assert_eq!(person(&d, "Rep. Wilson"), "Rep. Wilson");
        assert_eq!(d.person_of("Q"), None);
        assert_ne!(
            person(&d, "American Cancer Society"),
            person(&d, "American Chemical Society")
        );
    }

    #[test]
    fn queries_name_people_by_whole_words() {
        let d = directory();
        assert_eq!(names(&d, "Sen. Tim Scott"), ["Tim Scott"]);
        assert_eq!(names(&d, "tim scott"), ["Tim Scott"]);
        assert_eq!(names(&d, "Chris Murphy"), ["Christopher Murphy"]);
        assert_eq!(names(&d, "Melania Trump"), ["Melania Trump"]);
        assert_eq!(names(&d, "xi"), ["Xi Jinping"]);
        assert_eq!(names(&d, "jean-pierre"), ["Karine Jean-Pierre"]);
        assert_eq!(names(&d, "frederica wilson"), ["Frederica S. Wilson"]);
        assert_eq!(names(&d, "scott").len(), 3);
        assert!(names(&d, "alexi").is_empty());
    }
}
