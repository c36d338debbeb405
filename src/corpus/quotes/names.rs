//! Speakers' names: a speaker string read as a person's name (titles,
//! given names, surname), the check that keeps pronouns, titles, places
//! and fragments from ever being given as a speaker, and the key that says
//! which person a name is.

use super::given_names::is_given_name;
use super::lexicon::{
    CONNECTORS, DOCUMENT_ENDS, GAELIC_PARTICLES, NEVER_GIVEN_PARTICLES, NICKNAMES, NOT_NAMES,
    PLACES, ROLE_NOUNS, SURNAMES_ALSO_WORDS, UNITS, has_patronymic, is_institution,
    is_leading_title, is_name_title, is_suffix, is_title, opens_sentences,
};
use super::shapes::{bracketed_acronym, is_domain_name, is_joined_name};
use super::words::{is_possessive, joined_particle, lower, strip_possessive};

/// Most words of a name that are neither initials nor particles.
const MAX_NAME_WORDS: usize = 3;

/// A speaker string read as a person's name: "Rep. Frederica S. Wilson
/// (D-FL)" has the title "Rep.", the given names "Frederica S." and the
/// surname "Wilson".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    /// Titles, offices and affiliations before the name (`Rep.`, `Minnesota Governor`).
    pub titles: Vec<String>,
    /// Given names and initials, in order (`Frederica`, `S.`).
    pub given: Vec<String>,
    /// The surname (`Wilson`, `Miller-Meeks`).
    pub surname: String,
}

impl PersonName {
    /// Reads `speaker` as a name: brackets (`(D-FL)`) and suffixes (`Jr.`)
    /// dropped, then everything up to the last title followed by a name
    /// taken as titles. `None` when no word is left for a name.
    pub fn parse(speaker: &str) -> Option<PersonName> {
        let plain = outside_brackets(speaker);
        let mut words: Vec<&str> = plain
            .split_whitespace()
            .map(|w| w.trim_matches([',', ';', ':']))
            .map(strip_possessive)
            .filter(|w| !w.is_empty())
            .collect();
        while words.len() > 1 && words.last().is_some_and(|w| is_suffix(w)) {
            words.pop();
        }
        let start = name_start(&words);
        let name = &words[start..];
        let (surname, given) = name.split_last()?;
        Some(PersonName {
            titles: words[..start].iter().map(|w| w.to_string()).collect(),
            given: given.iter().map(|w| w.to_string()).collect(),
            surname: surname.trim_end_matches('.').to_string(),
        })
    }

    /// The first given name that is not an initial (`Frederica` in
    /// "Frederica S. Wilson"), if any.
    pub fn first(&self) -> Option<&str> {
        // `De Almeida Costa`: words after a particle are the surname's.
        self.given
            .iter()
            .enumerate()
            .map(|(k, g)| (k, g.trim_end_matches('.')))
            .take_while(|&(k, g)| {
                k == 0 || !self.is_particle(k - 1, &self.given[k - 1]) || self.is_particle(k, g)
            })
            .find(|&(k, g)| g.chars().count() > 1 && !self.is_particle(k, g))
            .map(|(_, g)| g)
    }

    /// True when the given name at `k`, `word`, is a surname's particle:
    /// in lowercase (`van`), or capitalised as a sentence opens on it when
    /// another particle follows (`Van der Berg`) or it is never a given
    /// name (`De Klerk`), unlike `Van Taylor`.
    fn is_particle(&self, k: usize, word: &str) -> bool {
        let lower = word.to_lowercase();
        CONNECTORS.contains(&word)
            || (CONNECTORS.contains(&lower.as_str())
                && (NEVER_GIVEN_PARTICLES.contains(&lower.as_str())
                    || self
                        .given
                        .get(k + 1)
                        .is_some_and(|next| CONNECTORS.contains(&next.as_str()))))
    }

    /// The name without titles: given names and surname.
    pub fn full(&self) -> String {
        let mut out = self.given.join(" ");
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&self.surname);
        out
    }

    /// Which person this is, as far as the name says: lowercase first name
    /// and surname ("frederica wilson"), or the surname alone when no first
    /// name is given ("wilson").
    pub fn key(&self) -> String {
        match self.first() {
            Some(first) => format!("{} {}", first, self.surname).to_lowercase(),
            None => self.surname.to_lowercase(),
        }
    }
}

/// Where the name proper starts in a run of words: after the last title,
/// office or institution that is followed by a word that is neither
/// ("Hawaii Department of Transportation Director Jade Butay" gives "Jade
/// Butay", an acronym too: "SPEC John Kerry", "USTR Katherine Tai"), and
/// after a place standing before a full name ("Florida
/// Frederica S. Wilson"). A title at the end is a surname ("Angus King").
pub(super) fn name_start(words: &[&str]) -> usize {
    let plain = |w: &str| is_title(w) || is_institution(w) || UNITS.contains(&w) || w == "&";
    // `Bishop Ann Roe`, `Sister Ann`, `The Venerable Ann Roe`: a title
    // only where it opens the run or follows another title, and a name
    // follows (`Sanford Bishop`, `Rep. Bishop` are surnames).
    let titled = |i: usize| {
        plain(words[i])
            || (is_leading_title(words[i])
                && i + 1 < words.len()
                && (i == 0
                    || plain(words[i - 1])
                    || is_leading_title(words[i - 1])
                    || words[i - 1] == "The"))
    };
    // An acronym right before a name of one or two words (`SPEC Kerry`,
    // not `PSEG Power Ralph Roe`, which may be the company's name).
    let office = |i: usize| {
        titled(i) || (is_acronym(words[i]) && words.len() - (i + 1) <= MAX_AFTER_ACRONYM)
    };
    let mut start = 0;
    for i in 0..words.len().saturating_sub(1) {
        if office(i) && !titled(i + 1) && !is_link(words[i + 1]) {
            start = i + 1;
        }
    }
    // `Secretary of the Treasury Wally Adeyemo`: after an office with an
    // object, the name is the last word, its initials and one given name.
    let office = (1..words.len()).find(|&i| is_link(words[i]) && is_title(words[i - 1]));
    if let Some(link) = office {
        let mut from = words.len() - 1;
        while from > link + 1 && is_initial(words[from - 1]) {
            from -= 1;
        }
        if from - 1 > link + 1 {
            from -= 1;
        }
        // `Minister of Finance Idris bin Hamdan al-Wazzani`, `Secretary of
        // State Rafael de la Cruz`: a particle takes the word before it too.
        while from >= link + 3 && CONNECTORS.contains(&words[from - 1]) {
            from -= 2;
        }
        start = start.max(from);
    }
    if words.len() >= start + 3 && is_place(words[start]) {
        start += 1;
    }
    start
}

/// Fewest and most letters of an acronym standing for an office or an
/// organization before a name (`EPA`, `USTR`, `NAACP`; not the initials
/// `JB` or `MJ` used as a given name).
const ACRONYM_LETTERS: std::ops::RangeInclusive<usize> = 3..=5;

/// Most words of a name after an acronym standing for an office.
const MAX_AFTER_ACRONYM: usize = 2;

/// True for an acronym (`SPEC`, `USTR`): capital letters only.
fn is_acronym(word: &str) -> bool {
    ACRONYM_LETTERS.contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// True for an initial: `S.`, `M`.
fn is_initial(word: &str) -> bool {
    let bare = word.trim_end_matches('.');
    let mut chars = bare.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// True for a lowercase word linking the words of a title (`of`, `the`).
fn is_link(word: &str) -> bool {
    matches!(word, "of" | "the" | "for" | "on" | "and" | "to")
}

/// True for a place that is not also a given name readout can expect
/// (`Florida`, `Washington`).
pub(super) fn is_place(word: &str) -> bool {
    PLACES.contains(&word.trim_end_matches([',', '.']))
}

/// Nouns that, after another word, end or head the name of an
/// organization ("Alaska Municipal League", "Planned Parenthood Action",
/// "League of Mayors"), besides the institutions names share with offices.
#[rustfmt::skip]
const ORGANIZATION_NOUNS: &[&str] = &[
    "League", "Legion", "Museum", "Conference", "Action", "Movement", "Academy", "Federations",
    "Associations", "Councils", "Unions", "Societies", "Institutes", "Universities", "Colleges",
    "Tribe", "Tribes", "Airlines", "Professionals", "Partnership",
    "Collaborative", "Consortium", "Chamber", "Club", "Cooperative", "Conservancy", "Trust",
    "Cities", "Counties", "Mayors", "Church", "Campaign", "Forum", "Panel",
    // Offices of state and courts (`the Elm Presidency`, `High Court`).
    "Presidency", "Secretariat", "Chancellery", "Court", "Tribunal", "Judiciary",
    // Kinds of companies (`Halverson Logistics`, `Kestrel Pharma`).
    "Logistics", "Pharma", "Pharmaceuticals", "Therapeutics", "Biosciences", "Biotech", "Motors",
    "Airways", "Railways", "Holdings", "Industries", "Securities", "Insurance", "Foods",
    "Mining", "Resources", "Utilities", "Labs", "Laboratories", "Robotics", "Aerospace",
    "Automotive", "Telecom", "Shipping", "Manufacturing", "Freight", "Farms", "Corps",
    "Warranty", "Rescue", "Ambulance", "Realty", "Construction", "Brands", "Studios", "Ventures",
    "Financial", "Medical", "Clinic", "Clinics", "Pharmacy", "Dairy", "Bakery", "Brewery",
    "Winery", "Hotels", "Resorts", "Outfitters", "Supply", "Electric", "Ratings", "Analytics",
    "Advisors", "Associates", "Consulting", "Media", "Investments", "Markets", "Automation",
    "Forensics", "Strategies", "Lending", "Mortgage", "Credit", "Loans", "Bancorp",
    // Sports clubs (`Castlebrook FC`, `Elm City AFC`).
    "FC", "AFC", "CF", "RFC",
    // Plurals of institutions (`Rail Aotearoa Networks`).
    "Networks", "Agencies", "Authorities", "Boards", "Commissions", "Departments", "Hospitals",
    "Companies", "Foundations", "Alliances", "Ministries", "Coalitions", "Partnerships",
];

/// Most words of an organization's name.
const MAX_ORGANIZATION_WORDS: usize = 10;

/// Last words of a news outlet's name (`Lakes Courier`, `New York Times`),
/// which may follow nothing but places.
#[rustfmt::skip]
const OUTLET_NOUNS: &[&str] = &[
    "Times", "News", "Journal", "Post", "Tribune", "Herald", "Gazette", "Chronicle", "Courier",
    "Globe", "Observer", "Inquirer", "Dispatch", "Examiner", "Bulletin", "Press", "Telegraph",
    "Sentinel", "Register", "Monitor", "Radio", "Broadcasting", "Magazine", "Star", "Bee",
    "Ledger", "Record", "Review", "Television", "TV", "Today", "Enquirer", "Mirror", "Beacon",
    "Weekly",
];

/// National news outlets whose one-word names are no one's (`Politico`),
/// quoted as such.
#[rustfmt::skip]
const OUTLETS: &[&str] = &[
    "Politico", "Axios", "Reuters", "Bloomberg", "Newsweek", "Forbes", "Vox", "Slate", "Semafor",
    "Punchbowl", "Axios.com", "Politico.com",
];

/// True when `speaker` is the name of an organization that may be quoted
/// as such, as a label gives it ("American Cancer Society:", "Orthodox Union
/// Advocacy Center:"): capitalised words (and `of`, `for`, `the`, `and`,
/// `&`) of which one names an institution. A lone acronym is not enough
/// (`USA:`, `NOTE:`). Also a name and an acronym joined by a dash (`ELA –
/// Elm Lakes Advocates`, `Elm Rivers Advancing Justice – RAJ`).
pub fn is_organization(speaker: &str) -> bool {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    if let [word] = words.as_slice() {
        return is_acronym_name(word)
            || is_joined_name(word)
            || is_domain_name(word)
            || OUTLETS.contains(word);
    }
    if is_dashed_name(&words) {
        return true;
    }
    // `Elm Area Faith Society (EAFS) Center`: the acronym of the name's
    // first part inside it.
    if let Some(k) = words.iter().position(|w| bracketed_acronym(w).is_some())
        && k >= 2
        && k + 1 < words.len()
    {
        let rest: Vec<&str> = words[..k].iter().chain(&words[k + 1..]).copied().collect();
        return is_organization(&rest.join(" "));
    }
    // `International Brotherhood of Lake Workers (IBLW)`: a name its
    // acronym follows.
    if let Some((last, name)) = words.split_last()
        && bracketed_acronym(last).is_some()
        && name.len() >= 2
    {
        // Offices make a person's label (`Senate Leader, Ann Roe (NY)`),
        // but an organization's name may end in one (`Asian Americans
        // Advancing Justice (AAJC)`).
        let last = name.len() - 1;
        return name.iter().enumerate().all(|(i, w)| {
            let bare = w.trim_end_matches(',');
            (i > 0 && is_name_link(bare))
                || (bare.starts_with(char::is_uppercase)
                    && ((i == last && i > 0) || !is_title(bare)))
        });
    }
    let shaped = words.iter().enumerate().all(|(i, w)| {
        let bare = w.trim_end_matches([',', '.']);
        (i > 0 && is_name_link(bare))
            || (bare.starts_with(char::is_uppercase)
                && !PRONOUNS.contains(&bare.to_lowercase().as_str())
                && bare
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '’' | '\'' | '.')))
    });
    let organizational = |w: &&str| {
        let bare = w.trim_end_matches([',', '.']);
        is_institution(w)
            || ORGANIZATION_NOUNS.contains(&bare)
            || OUTLET_NOUNS.contains(&bare)
            || MILITARY_UNITS.contains(&bare)
    };
    // `University of Utah`: an institution heading its name.
    let headed =
        words.len() >= 3 && organizational(&words[0]) && matches!(words[1], "of" | "for" | "on");
    // `Friends Aware of America`: a name of its own, then where it works.
    let placed = words.len() >= 3
        && words[..words.len() - 1].contains(&"of")
        && words.last().is_some_and(|w| is_place(w))
        && !is_place(words[0]);
    // `Doctors for America`, `Bread for the World`: who, for what.
    let purposed = words.len() >= 3
        && words[1..words.len() - 1].contains(&"for")
        && words
            .iter()
            .position(|w| *w == "for")
            .is_some_and(|k| k <= 2)
        && words
            .last()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    // `Democratic Mayors Association`: offices inside a name that ends as
    // an organization's does.
    // Not one opening with an office (`President of the Lee Union`).
    let ends_as_body = words
        .last()
        .is_some_and(|w| BODIES.contains(&w.trim_end_matches([',', '.'])))
        && !ROLE_NOUNS.contains(&words[0].to_lowercase().as_str());
    // `U.S. Chamber of Commerce`: a country before an organization's noun
    // is no office, as it is before a person's (`U.S. Senator`).
    // `U.S. Secret Service`: after another word too.
    let national = words.len() >= 2 && is_place(words[0]) && words[1..].iter().any(organizational);
    (2..=MAX_ORGANIZATION_WORDS).contains(&words.len())
        && shaped
        && (headed || purposed || placed || words.iter().skip(1).any(organizational))
        // Offices make it a person's titles ("Speaker of the House Ann Lee").
        && (ends_as_body
            || !words
                .iter()
                .enumerate()
                .any(|(i, w)| is_title(w) && !(i == 0 && national)))
        && (is_outlet(&words) || !words.iter().all(|w| is_place(w) || is_institution(w)))
}

/// True for an organization's name written with its acronym on one side
/// of a dash (`ELA – Elm Lakes Advocates`, `Elm Rivers Advancing Justice –
/// RAJ`): the other side capitalised words (and `of`, `for`, `the`,
/// `and`, `&`, `on` between them) that open with no office (`Director of
/// Elm Lakes – ELA`) and are not a person's name (`Ann Roe – ELA` is a
/// person and whom she serves).
fn is_dashed_name(words: &[&str]) -> bool {
    let Some(dash) = words.iter().position(|w| matches!(*w, "–" | "—")) else {
        return false;
    };
    let (acronym, name) = match (&words[..dash], &words[dash + 1..]) {
        ([acronym], name) | (name, [acronym]) => (acronym, name),
        _ => return false,
    };
    (2..=MAX_ORGANIZATION_WORDS).contains(&name.len())
        && is_acronym_name(acronym)
        && name.iter().enumerate().all(|(i, w)| {
            (i > 0 && is_name_link(w))
                || (w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '’' | '\''))
                    && !(i == 0 && is_title(w))
                    && !PRONOUNS.contains(&w.to_lowercase().as_str()))
        })
        && !is_person_name(&name.join(" "))
}

/// Most words of a group's name read by its shape alone ([`is_named_group`]).
const MAX_GROUP_WORDS: usize = 6;

/// Heads of a phrase that names something said or written, not who says
/// it (`Remarks on the Economy`, `Letter to Congress`).
#[rustfmt::skip]
pub(super) const WRITINGS: &[&str] = &[
    "Remarks", "Statement", "Statements", "Reaction", "Reactions", "Letter", "Letters", "Comments",
    "Testimony", "Report", "Readout", "Message", "Notes", "Update", "Summary", "Excerpt", "Excerpts", "Quotes",
    "Praise", "Support", "Response", "Responses", "Background", "Text", "Transcript", "Story",
];

/// True for a group's name that no noun of institutions marks but its
/// shape does: a capitalised head, a linking word (`in`, `of`, `for`,
/// `on`), then capitalised words, as `Faith in Rivers` or `Friends of the
/// Lakes` are written; not an office (`Governor of Ohio`), a writing
/// (`Remarks on the Economy`), a phrase opened by a pronoun or common
/// word, or a place's words alone after the link. Read as a speaker only
/// where a round-up's labels name the speakers.
pub fn is_named_group(speaker: &str) -> bool {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    if !(3..=MAX_GROUP_WORDS).contains(&words.len())
        || !matches!(words[1], "in" | "of" | "for" | "on")
    {
        return false;
    }
    let capitalised = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '’' | '\''))
            && !NOT_NAMES.contains(&w.to_lowercase().as_str())
            && !PRONOUNS.contains(&w.to_lowercase().as_str())
            && !is_title(w)
            && !ROLE_NOUNS.contains(&w.to_lowercase().as_str())
    };
    let head = words[0];
    let rest = &words[2..];
    let rest = rest.strip_prefix(&["the"]).unwrap_or(rest);
    capitalised(head)
        && !is_place(head)
        && !WRITINGS.contains(&head)
        && !rest.is_empty()
        && rest.iter().all(|w| capitalised(w))
        && !rest.iter().all(|w| is_place(w) || is_institution(w))
}

/// True for a news outlet's name written whole (`The Wall Street Journal`,
/// `Elm Times`), as [`is_outlet`] reads its words.
pub(super) fn is_outlet_name(name: &str) -> bool {
    let name = name.strip_prefix("The ").unwrap_or(name);
    let words: Vec<&str> = name.split_whitespace().collect();
    is_outlet(&words) && is_organization(name)
}

/// True for a news outlet's name: places, or a name of its own, then an
/// outlet's noun (`Lakes Courier`, `New York Times`), not an institution's
/// (`House News`).
fn is_outlet(words: &[&str]) -> bool {
    words.len() >= 2
        && words.last().is_some_and(|w| OUTLET_NOUNS.contains(w))
        && !words[..words.len() - 1].iter().any(|w| is_institution(w))
}

/// Letters of an organization's acronym (`ADL`, `NAACP`, `AFSCME`,
/// `AFL-CIO`).
const ACRONYM_NAME_LETTERS: std::ops::RangeInclusive<usize> = 3..=6;

/// Capitalised words that head a paragraph as a label but name no one.
#[rustfmt::skip]
const HEADINGS: &[&str] = &[
    "NOTE", "NEW", "UPDATE", "UPDATED", "WATCH", "READ", "LISTEN", "BREAKING", "ICYMI", "FACT",
    "FACTS", "RELEASE", "STATEMENT", "QUOTE", "TWEET", "VIDEO", "PHOTO", "MORE", "WHAT", "WHY",
    "HOW", "WHEN", "WHERE", "WHO", "TODAY", "NOW", "THE", "AND", "END", "NEWS", "SOURCE", "LINK",
];

/// True for an organization's acronym, which a label in a round-up may
/// give alone (`ADL`): capital letters only, not a heading word (`NOTE`,
/// `BREAKING`), a place (`USA`), a title or an institution (`CEO`).
fn is_acronym_name(word: &str) -> bool {
    let bare = word.trim_end_matches([',', '.']);
    let letters = bare.chars().filter(char::is_ascii_uppercase).count();
    ACRONYM_NAME_LETTERS.contains(&letters)
        && bare.starts_with(|c: char| c.is_ascii_uppercase())
        && bare.ends_with(|c: char| c.is_ascii_uppercase())
        && bare
            .chars()
            .all(|c| c.is_ascii_uppercase() || matches!(c, '-' | '&'))
        && !HEADINGS.contains(&bare)
        && !matches!(bare, "USA" | "US" | "UK" | "EU")
        && !is_place(bare)
        && !is_title(bare)
        && !is_institution(bare)
}

/// Pronouns and question words, which open a phrase (`Our Plan`, `What
/// Comes Next`) and no organization's name.
const PRONOUNS: &[&str] = &[
    "i", "my", "we", "our", "you", "your", "he", "his", "she", "her", "they", "their", "it", "its",
    "what", "why", "how", "who", "where", "when", "which",
];

/// Last words of an organization's name that no office ends with
/// ("Democratic Mayors Association", not "Secretary of the Interior").
#[rustfmt::skip]
const BODIES: &[&str] = &[
    "Association", "Associations", "Society", "Foundation", "Institute", "Coalition", "Alliance",
    "Network", "Union", "Federation", "Organization", "League", "Conference", "Movement",
    "Academy", "Forum", "Campaign", "Caucus", "Council", "Center", "Ministry", "Ministries",
    "Fund", "Project", "Partnership", "Collaborative", "Initiative", "Trust",
];

/// True when `speaker` is a person's name that may be printed as who said
/// something: a name with a given name and surname ("Jade Butay"), or a
/// titled surname ("Rep. Bice"). Pronouns, contractions, titles alone,
/// places, institutions, all-capital words, sentence words and fragments
/// are not names.
pub fn is_person_name(speaker: &str) -> bool {
    // `Advisor Jake Sullivan’s`: whose something is, not a name.
    if is_possessive(speaker) {
        return false;
    }
    let Some(name) = PersonName::parse(speaker) else {
        return false;
    };
    if name.given.is_empty() && name.titles.is_empty() {
        return false;
    }
    // Before the name, titles only: not "the First Lady's Communications".
    if !name.titles.iter().all(|t| is_name_title(t)) {
        return false;
    }
    let surname = name.surname.as_str();
    let words: Vec<&str> = name
        .given
        .iter()
        .map(String::as_str)
        .chain(std::iter::once(surname))
        .collect();
    let all_places = words.iter().all(|w| is_place(w));
    // Two given names at most besides initials and particles ("María
    // Elvira Salazar"); more is a phrase or two names run together.
    // A particle inside a name may be capitalised (`Zeid Ra’ad Al Hussein`).
    let weighty = words
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            let particle = CONNECTORS.contains(*w)
                || (*i > 0 && CONNECTORS.contains(&w.to_lowercase().as_str()))
                || (*i > 0 && *i + 1 < words.len() && GAELIC_PARTICLES.contains(*w));
            !is_initial(w) && !particle
        })
        .count();
    // A surname's particles may open the name after a title (`President
    // von der Leyen`), not alone (`de Mayo`).
    let first_is_connector =
        name.titles.is_empty() && words.first().is_some_and(|w| CONNECTORS.contains(w));
    // `Rosa Elena Quintanilla de León`: a surname of two joined by a
    // particle makes room for a fourth word.
    let compound_surname = words.len() > 2
        && words[1..words.len() - 1]
            .iter()
            .any(|w| CONNECTORS.contains(w) && w.chars().all(char::is_lowercase));
    // `María José Ibarra Quintanilla`: two given names, then two surnames.
    let two_given = words.len() == 4 && words[..2].iter().all(|w| is_given_name(w));
    // `Sheikh Faisal bin Suhail Al Marzan`: a chain of fathers' names.
    let patronymic = has_patronymic(&words[1..]);
    // `Fort Brennock`, `Mount Elm`: a place named for what it is.
    let place = words.first().is_some_and(|w| PLACE_HEADS.contains(w)) && name.titles.is_empty();
    !all_places
        && !place
        && weighty <= MAX_NAME_WORDS + usize::from(compound_surname || two_given || patronymic)
        && !first_is_connector
        && !ROLE_NOUNS.contains(&surname.to_lowercase().as_str())
        // `Second Street`, `Fifth Avenue`: a street.
        && (!ORDINALS.contains(&speaker.split_whitespace().next().unwrap_or_default())
            || speaker.split_whitespace().count() != 2)
        && !matches!(surname, "Avenue" | "Boulevard")
        && !MILITARY_UNITS.contains(&surname)
        // `States Constitution`: a document (not `As Bill says`).
        && (!DOCUMENT_ENDS.contains(&surname)
            || SURNAMES_ALSO_WORDS.contains(&surname)
            || is_given_name(surname))
        // `Carlos L Malave`: a middle initial may lack its dot.
        && words.iter().enumerate().all(|(i, w)| {
            is_name_word_shape(w)
                || (i > 0 && i + 1 < words.len() && w.len() == 1 && is_initial(w))
                // `Kim Oh`, `Minister An`: a surname that is also a
                // sentence word, after a given name or a title.
                || ((i > 0 || !name.titles.is_empty())
                    && i + 1 == words.len()
                    && SURNAMES_ALSO_WORDS.contains(w))
        })
}

/// Military units, which end an organization's name (`the Coastal Ranger
/// Brigade`), never a person's.
const MILITARY_UNITS: &[&str] = &[
    "Brigade",
    "Battalion",
    "Regiment",
    "Squadron",
    "Army",
    "Navy",
    "Fleet",
    "Marines",
];

/// Words that open a place's name (`Fort Brennock`, `Port Elm`), never a
/// person's.
const PLACE_HEADS: &[&str] = &[
    "Fort", "Port", "Mount", "Lake", "Cape", "Camp", "San", "Santa", "Santo", "São", "Saint",
    "Rio", "Río", "Puerto", "Ciudad",
];

/// Ordinals, which open a street's name (`Second Street`), never a
/// person's.
const ORDINALS: &[&str] = &[
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
];

/// What follows the apostrophe of a contraction or a possessive (`He’d`,
/// `I’m`, `Don’t`, `Ma’am`, `Biden’s`), which no name word ends with.
const CONTRACTION_TAILS: &[&str] = &["s", "d", "m", "t", "ll", "re", "ve", "am", "all"];

/// True for a word shaped like part of a person's name: `Frederica`, `S.`,
/// `Miller-Meeks`, `O’Rourke`, `de`; not `He’d`, `NSC`, `What`, `2021`.
pub(super) fn is_name_word_shape(word: &str) -> bool {
    if CONNECTORS.contains(&word) || (word.ends_with('.') && is_initial(word)) {
        return true;
    }
    let bare = word.trim_end_matches('.');
    // `al-Rashidi`: the name after its joined particle.
    let bare = joined_particle(bare).unwrap_or(bare);
    let mut chars = bare.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    // A lone letter is an initial only with its dot (`S.`; not `Q`),
    // or the Irish particle `Ó` (`Seán Ó Ceallacháin`).
    if chars.next().is_none() {
        return NEVER_GIVEN_PARTICLES.contains(&bare.to_lowercase().as_str());
    }
    let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
    let shape = first.is_uppercase()
        && bare
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '’' | '\'' | '.'));
    let shouting = letters >= 3 && bare.chars().all(|c| !c.is_lowercase());
    // `ChairsRepresentatives`: two words run together (not `McConnell`,
    // `DeGette`, `LaHood`, whose capital follows a short prefix).
    let glued = bare.split(['-', '’', '\'']).any(|part| {
        let mut lower_run = 0;
        part.chars().any(|c| {
            let glued = c.is_uppercase() && lower_run >= 4;
            lower_run = if c.is_lowercase() { lower_run + 1 } else { 0 };
            glued
        })
    });
    // `He’d`, `I’m`, `Biden’s`: a contraction's short tail (not `Ra’ad`).
    let contraction = ['’', '\''].iter().any(|q| {
        bare.rsplit_once(*q)
            .is_some_and(|(_, tail)| tail.is_empty() || CONTRACTION_TAILS.contains(&tail))
    });
    shape
        && !shouting
        && !glued
        && !contraction
        && !opens_sentences(bare)
        && !NOT_NAMES.contains(&bare.to_lowercase().as_str())
        && !is_institution(bare)
}

/// Fewest letters of a given name that may stand for a longer one it
/// begins ("Tim" for "Timothy", not "Al" for "Alan").
const MIN_SHORT_NAME: usize = 3;

/// True when the lowercase given name `short` may stand for `long`: the
/// same, a familiar form (`joe` for `joseph`), or the start of it (`chris`
/// for `christopher`).
pub fn first_name_fits(short: &str, long: &str) -> bool {
    short == long
        || NICKNAMES.contains(&(short, long))
        || (short.chars().count() >= MIN_SHORT_NAME
            && long.len() > short.len()
            && long.starts_with(short))
}

/// Lowercase, with the accents of Latin letters dropped, so `Muñoz` and
/// `MUNOZ` are one word.
pub fn fold(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            '’' => '\'',
            c => c,
        })
        .collect()
}

/// `name` without its parenthetical and bracketed parts (`(R-KY)`, `[D]`).
fn outside_brackets(name: &str) -> String {
    let mut plain = String::with_capacity(name.len());
    let mut depth = 0usize;
    for c in name.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
}

/// Which person `speaker` is, as far as the name says (see
/// [`PersonName::key`]): "Rep. Frederica S. Wilson" and "Frederica Wilson"
/// give "frederica wilson", "Rep. Wilson" gives "wilson".
pub fn speaker_key(speaker: &str) -> String {
    match PersonName::parse(speaker) {
        Some(name) => name.key(),
        None => speaker.trim().to_lowercase(),
    }
}

/// Most words of the outlet a source line names.
pub(super) const MAX_OUTLET_WORDS: usize = 6;

/// True for a lowercase word linking the capitalised words of an
/// organization's or an outlet's name (`News & Observer`, `Friends of the
/// Lakes`, `Association of People with Disabilities`).
pub(super) fn is_name_link(word: &str) -> bool {
    matches!(
        word,
        "of" | "the" | "and" | "&" | "for" | "on" | "with" | "in" | "to"
    )
}

/// Words that head a line as a label but name no outlet (`Source:`,
/// `Read more:`, `Watch:`), lowercase.
const NOT_OUTLETS: &[&str] = &[
    "source",
    "sources",
    "read",
    "watch",
    "listen",
    "more",
    "video",
    "photo",
    "photos",
    "link",
    "links",
    "story",
    "article",
    "headline",
    "background",
    "related",
    "see",
    "also",
    "full",
    "excerpt",
    "excerpts",
    "coverage",
    "update",
    "note",
    "new",
    "news",
    "breaking",
    "opinion",
    "editorial",
    "op-ed",
    "tweet",
    "key",
    "facts",
    "fact",
];

/// True for a label shaped as a name of its own, as an outlet's
/// (`Spectrum`, `Source Elm Valley`, `Elm Central`) or a round-up's
/// (`Rural Voices USA`): at most [`MAX_OUTLET_WORDS`]
/// capitalised words (and `of`, `the`, `and`, `&` between them), none a
/// title or a common word, not a heading's words alone (`Source`, `Read
/// More`), and not shaped as a person's name unless a place is among its
/// words (`Ohio Central`), nor a person's name and what follows it (`Jo
/// Orr on Tuesday`).
pub(super) fn has_name_shape(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    let head = words
        .iter()
        .position(|w| is_name_link(w))
        .unwrap_or(words.len());
    if head >= 2 && head < words.len() && is_person_name(&words[..head].join(" ")) {
        return false;
    }
    (1..=MAX_OUTLET_WORDS).contains(&words.len())
        && words.iter().enumerate().all(|(i, word)| {
            (i > 0 && is_name_link(word))
                || (word.starts_with(char::is_uppercase)
                    && word
                        .chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '’' | '\'' | '.' | '&'))
                    && !is_title(word)
                    && !NOT_NAMES.contains(&lower(word).as_str()))
        })
        && !is_heading(label)
        && (!is_person_name(label) || words.iter().any(|w| is_place(w)))
}

/// True for a label made only of the words of a heading (`Read More`,
/// `Key Facts`, `Source`), which names no one.
pub(super) fn is_heading(label: &str) -> bool {
    label
        .split_whitespace()
        .all(|w| is_name_link(w) || NOT_OUTLETS.contains(&lower(w).as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The name without titles, tags or suffixes.
    fn speaker_name(speaker: &str) -> String {
        PersonName::parse(speaker).map_or_else(String::new, |n| n.full())
    }

    #[test]
    fn speaker_names_lose_titles_tags_and_suffixes() {
        assert_eq!(speaker_name("Rep. Stephanie Bice (R-OK)"), "Stephanie Bice");
        assert_eq!(speaker_name("Sen. Bice"), "Bice");
        assert_eq!(speaker_name("Martin Luther King Jr."), "Martin Luther King");
        assert_eq!(speaker_name("Senator Angus King"), "Angus King");
        assert_eq!(speaker_name("President"), "President");
        // A regnal number in capitals is a suffix; `Xi` is a name.
        assert_eq!(speaker_name("Pope Emeritus Lucius XVI"), "Lucius");
        assert_eq!(speaker_name("President Xi"), "Xi");
        assert_eq!(speaker_name("Malcolm X"), "Malcolm X");
    }

    #[test]
    fn clergy_titles_open_a_name_and_are_surnames_elsewhere() {
        assert_eq!(
            speaker_name("Bishop Cecilia Amankwah-Forde"),
            "Cecilia Amankwah-Forde"
        );
        assert_eq!(speaker_key("Bishop Amankwah-Forde"), "amankwah-forde");
        assert_eq!(speaker_key("The Venerable Ann Roe"), "ann roe");
        assert_eq!(speaker_name("Sister Philomena"), "Philomena");
        assert!(is_person_name("Sister Donna Roe"));
        assert_eq!(
            speaker_key("Congressman Sanford D. Bishop"),
            "sanford bishop"
        );
        assert_eq!(speaker_key("Rep. Bishop"), "bishop");
        assert_eq!(speaker_key("Bishop"), "bishop");
    }

    #[test]
    fn offices_and_affiliations_before_a_name_are_titles() {
        for (speaker, name) in [
            (
                "Hawaii Department of Transportation Director Jade Butay",
                "Jade Butay",
            ),
            (
                "Deputy Secretary of the Treasury Wally Adeyemo",
                "Wally Adeyemo",
            ),
            (
                "Ways and Means Committee Ranking Member Richard E. Neal",
                "Richard E. Neal",
            ),
            (
                "Minister of Water Resources Idris bin Hamdan al-Wazzani",
                "Idris bin Hamdan al-Wazzani",
            ),
            ("Secretary of State Rafael de la Cruz", "Rafael de la Cruz"),
            ("Minnesota Governor Tim Walz", "Tim Walz"),
            ("Florida Frederica S. Wilson", "Frederica S. Wilson"),
            ("Democrat Frederica S. Wilson", "Frederica S. Wilson"),
            ("Virginia Foxx", "Virginia Foxx"),
        ] {
            assert_eq!(speaker_name(speaker), name, "{speaker}");
        }
    }

    #[test]
    fn keys_are_first_name_and_surname() {
        for speaker in [
            "Frederica S. Wilson",
            "Frederica Wilson",
            "Democrat Frederica S. Wilson",
            "Rep. Frederica S. Wilson (D-FL)",
        ] {
            assert_eq!(speaker_key(speaker), "frederica wilson", "{speaker}");
        }
        assert_eq!(speaker_key("Rep. Wilson"), "wilson");
        assert_eq!(speaker_key("Congressman Troy A. Carter Sr."), "troy carter");
        assert_eq!(speaker_key("Sen. Tim Scott"), "tim scott");
        assert_ne!(speaker_key("Melania Trump"), speaker_key("Donald Trump"));
    }

    #[test]
    fn given_names_fit_their_longer_and_familiar_forms() {
        assert!(first_name_fits("joe", "joseph"));
        assert!(first_name_fits("chris", "christopher"));
        assert!(first_name_fits("tim", "timothy"));
        assert!(!first_name_fits("al", "alan"));
        assert!(!first_name_fits("rick", "robert"));
        assert!(!first_name_fits("tim", "rick"));
    }

    #[test]
    fn the_name_check_takes_names_and_titled_surnames() {
        for speaker in [
            "Rep. Stephanie Bice",
            "Rep. Bice",
            "Dr. Clifford A. Hudis",
            "Jade Butay",
            "Beto O’Rourke",
            "Chris Van Hollen",
            "Mariannette Miller-Meeks",
            "Ms. Psaki",
            "President Xi Jinping",
            "Angus King",
            "María Elvira Salazar",
            "Scott DesJarlais",
            "Rosa L. DeLauro",
            "Carlos L Malave",
            "Nadim Sa’id Al Rami",
            "Leila Ma’ayan",
            "Kim Oh",
            "Minister Nadia Oh",
            "Mei An",
            "Minister An",
            "Seán Ó Ceallacháin",
            "Ciarán Mac Giolla Phádraig",
        ] {
            assert!(is_person_name(speaker), "{speaker}");
        }
    }

    #[test]
    fn organizations_quoted_as_such_are_recognised() {
        for name in [
            "American Cancer Society",
            "Brightwell Home Warranty",
            "Kestrel Home Lending",
            "Coastal Ranger Brigade",
            "Dunmorrow Fire Rescue",
            "Orthodox Union Advocacy Center",
            "American Association for the Advancement of Science",
            "Riverside Municipal League",
            "The Lakes Tribe",
            "Clean Rivers Action",
            "Tessel Presidency",
            "Elm High Court",
            "University of Elmville",
            "Democratic Lieutenant Governors Association",
            "ADL",
            "Nurses for Elm Valley",
            "Bread for the River",
            "AFL-CIO",
            "Friends Aware of America",
            "Democratic Women’s Caucus",
            "RiversRising",
            "LakesUS",
            "International Brotherhood of Lake Workers (IBLW)",
            "New York Times",
            "Elm Valley Gazette",
            "Politico",
            "Axios",
            "ELA – Elm Lakes Advocates",
            "Elm Rivers Advancing Justice – RAJ",
            "LakesOrganizing.org",
            "Elm-Valley.com",
            "All Elm Area Faith Society (AEFS) Center",
            "U.S. Conference of Rivers",
            "U.S. Chamber of Elm",
            "Halden Logistics",
            "Kestrel Pharma",
            "Greenfold Farms",
            "Castlebrook FC",
        ] {
            assert!(is_organization(name), "{name}");
        }
        for name in [
            "USA",
            "NOTE",
            "CEO",
            "Jane Doe",
            "Department",
            "New York State",
            "House News",
            "Posts",
            "Support for the",
            "Secretary of the Interior Deb Haaland",
            "President of the Elm Teachers Union",
            "Our Plan",
            "Secretary for Rivers",
            "Governor of Ohio",
            "McConnell",
            "Ann Roe (D)",
            "Senator Ann Roe (DC)",
            "DesJarlais",
            "Lee",
            "Chair of the Council",
            "U.S. Senator Ann Roe",
            "Ann Roe – ELA",
            "ELA – CEO",
            "Elm Lakes – Rivers Now",
            "Director of Elm Lakes – ELA",
            "A-B",
            "National Milk Producers Federation President and CEO Committee",
            "elm.org",
            "Go.com",
            "Elm.example",
            "Senator Ann Roe (DC) Office",
            "Ann Roe (ER) Lee",
        ] {
            assert!(!is_organization(name), "{name}");
        }
    }

    #[test]
    fn a_group_is_named_by_its_shape() {
        for name in [
            "Faith in Rivers",
            "Friends of the Lakes",
            "Voices for Elm Valley",
            "Hope in Harbors",
        ] {
            assert!(is_named_group(name), "{name}");
        }
        for name in [
            "Governor of Ohio",
            "Secretary of the Interior",
            "Remarks on the Economy",
            "Support for the",
            "Our Plan",
            "Ann Roe",
            "Sojourners",
            "People of New York",
            "Many of Them",
            "Director of Rivers",
            "Faith in the",
            "One of Us",
            "Statement on Lakes",
            "Bo Park of Ohio",
            "Members of Congress",
        ] {
            assert!(!is_named_group(name), "{name}");
        }
    }

    #[test]
    fn the_name_check_rejects_what_is_not_a_name() {
        for speaker in [
            "He’d",
            "He'd",
            "You",
            "I’m",
            "No",
            "What",
            "Jr.",
            "Sr.",
            "Means",
            "Education",
            "Florida",
            "Washington",
            "WASHINGTON",
            "Q You",
            "Q Because the NSC",
            "Deputy Secretary",
            "Hawaii Department",
            "Eversource President",
            "Ide Imaging",
            "New York",
            "Bice",
            "The Senator",
            "Means Committee",
            "Borg & Ide Imaging",
            "Don’t Wait",
            "Ma’am",
            "Has Marivia",
            "Fort Brennock",
            "San Isidro de Valle Cerezo",
            "Santa Elena",
            "Did Park",
            "We’ve Heard",
            "Lakes Four Five Six",
            "Holy Qur’an",
            "Holy Bible",
            "Advisor Bo Hart’s",
            "Oh",
            "Mr. Oh Kim",
        ] {
            assert!(!is_person_name(speaker), "{speaker}");
        }
    }
}
