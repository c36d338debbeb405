//! The words that stand for a speaker without always naming one — `he`,
//! `I`, `the senator`, `the President`, `the lawmakers`, `His Excellency` —
//! and what a subject can be once read: [`Attribution`].

use super::given_names::is_female;
use super::lexicon::{
    ANAPHORS, FOREIGN_ARTICLES, FOREIGN_OFFICES, GROUPS, STYLES_OF_ADDRESS, TITLE_ANAPHORS,
};
use super::names::PersonName;
use super::words::{is_name_word, lower, split_word};

/// Who a quote is attributed to, before pronouns are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Attribution {
    /// A name as written, titles right before it kept (`Rep. Bice`).
    Name(String),
    /// `he`, `she`: the nearest named speaker who fits.
    Pronoun(Gender),
    /// `the senator`, `the congressman`: the nearest named speaker who fits
    /// and whom the release names with that office (lowercase).
    Office(Gender, String),
    /// `his`, `her` owning what was said (`her faith that "…"`): as a
    /// pronoun, or else the one person its sentence names before it.
    Possessive(Gender),
    /// `I`, `we`: whoever speaks the text around the quote.
    FirstPerson,
    /// `you`: whom the text around the quote is said to (in a reporter's
    /// question, the person who answers).
    SecondPerson,
    /// `they`, `the lawmakers`, `Rep. X and Rep. Y`: several people.
    Group(Group),
    /// `the President`, `the Vice President`: the person the release
    /// names with that title.
    Title(String),
    /// An organization quoted as such (`American Cancer Society: "…"`).
    Organization(String),
}

/// A group of speakers: what the text says about who is in it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct Group {
    /// The chamber its noun names (`senators`: the Senate).
    pub(super) chamber: Option<Chamber>,
    /// The words naming its members when they are listed (`Rep. X and Rep. Y`).
    pub(super) listed: Option<String>,
    /// The first of exactly two people listed, who speaks for a joint
    /// statement (`Ann Roe` in `Ann Roe and Bo Park said`; none for a longer
    /// list, whose head readout may not have read).
    pub(super) first: Option<String>,
    /// The titles its members are named by, a joint subject of titles
    /// (`the First Lady and the President`).
    pub(super) titles: Vec<String>,
}

/// A chamber of Congress, as a group's noun names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Chamber {
    /// `senators`.
    Senate,
    /// `representatives`, `congressmen`, `congresswomen`.
    House,
}

impl Chamber {
    /// The chamber a group noun names, if any.
    fn of_noun(noun: &str) -> Option<Chamber> {
        match noun {
            "senators" => Some(Chamber::Senate),
            "representatives" | "congressmen" | "congresswomen" => Some(Chamber::House),
            _ => None,
        }
    }

    /// True when a member of `chamber` (as metadata writes it) sits in this one.
    pub(super) fn holds(self, chamber: &str) -> bool {
        match self {
            Chamber::Senate => chamber.eq_ignore_ascii_case("senate"),
            Chamber::House => chamber.eq_ignore_ascii_case("house"),
        }
    }
}

/// What a pronoun or title says about a speaker's gender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gender {
    /// `he`, `Congressman`, `Mr.`.
    Male,
    /// `she`, `Congresswoman`, `Ms.`.
    Female,
    /// Nothing either way.
    Any,
}

impl Gender {
    /// The gender a pronoun or title word implies.
    pub(super) fn of_word(word: &str) -> Gender {
        match split_word(word).core.to_lowercase().trim_end_matches('.') {
            "he" | "él" | "congressman" | "mr" | "chairman" | "spokesman" | "congressmen"
            | "senador" | "sir" | "shri" | "señor" | "monsieur" | "herr" | "lord" | "don" => {
                Gender::Male
            }
            "she" | "ella" | "congresswoman" | "ms" | "mrs" | "miss" | "chairwoman"
            | "spokeswoman" | "madam" | "madame" | "mme" | "senadora" | "señora" | "sra"
            | "doña" | "dame" | "smt" | "shrimati" | "kumari" => Gender::Female,
            // An office's feminine form (`la ministra`, `die Ministerin`).
            w if FOREIGN_OFFICES.contains(&w) && is_feminine_office(w) => Gender::Female,
            w if FOREIGN_OFFICES.contains(&w) && is_masculine_office(w) => Gender::Male,
            _ => Gender::Any,
        }
    }

    /// The gender a speaker's titles imply, or else their given name
    /// (`Patricia Ostrowski`, a lone `Rosa`).
    pub(super) fn of_name(name: &str) -> Gender {
        let titled = name
            .split_whitespace()
            .map(Gender::of_word)
            .find(|g| *g != Gender::Any);
        let given = || {
            let parsed = PersonName::parse(name)?;
            let given = match parsed.first() {
                Some(given) => given,
                None if !name.contains(' ') => name,
                None => return None,
            };
            let female = is_female(given)?;
            Some(if female { Gender::Female } else { Gender::Male })
        };
        titled.or_else(given).unwrap_or(Gender::Any)
    }

    /// True when a speaker of gender `other` may be meant.
    pub(super) fn fits(self, other: Gender) -> bool {
        self == Gender::Any || other == Gender::Any || self == other
    }
}

/// The attribution a pronoun makes.
pub(super) fn pronoun(word: &str) -> Option<Attribution> {
    match split_word(word).core {
        // `she’d say`: a contraction keeps the person.
        "he" | "He" | "él" | "Él" | "he’d" | "He’d" | "he'd" | "He'd" => {
            Some(Attribution::Pronoun(Gender::Male))
        }
        "she" | "She" | "ella" | "Ella" | "she’d" | "She’d" | "she'd" | "She'd" => {
            Some(Attribution::Pronoun(Gender::Female))
        }
        // French, Portuguese, Italian and German subjects, in lowercase
        // only (`Elle`, `Ela`, `Lei` are given names too); not `il`, an
        // Italian article.
        "elle" | "ela" | "lei" => Some(Attribution::Pronoun(Gender::Female)),
        "ele" | "lui" | "er" => Some(Attribution::Pronoun(Gender::Male)),
        "they" | "They" => Some(Attribution::Group(Group::default())),
        "I" | "we" | "We" => Some(Attribution::FirstPerson),
        "you" | "You" => Some(Attribution::SecondPerson),
        w if first_person_contraction(w) => Some(Attribution::FirstPerson),
        // `@POTUS says`: the office's own account.
        "@POTUS" => Some(Attribution::Title("President".to_string())),
        "@VP" => Some(Attribution::Title("Vice President".to_string())),
        "@FLOTUS" => Some(Attribution::Title("First Lady".to_string())),
        _ => None,
    }
}

/// The person an article and a word describing an official stand for
/// (`dijo la mandataria estatal`, `señaló el funcionario`), as Spanish
/// news copy refers back to the official just named: a pronoun of the
/// article's gender.
pub(super) fn described_official(article: &str, noun: &str) -> Option<Attribution> {
    let gender = match article {
        "el" | "El" => Gender::Male,
        "la" | "La" => Gender::Female,
        _ => return None,
    };
    let noun = split_word(noun).core.to_lowercase();
    OFFICIAL_DESCRIPTIONS
        .contains(&noun.as_str())
        .then_some(Attribution::Pronoun(gender))
}

/// Words Spanish news copy describes an official by after naming them
/// (`el funcionario`, `la mandataria`), lowercase.
const OFFICIAL_DESCRIPTIONS: &[&str] = &[
    "mandatario",
    "mandataria",
    "funcionario",
    "funcionaria",
    "legislador",
    "legisladora",
    "edil",
    "titular",
];

/// True for `I’d`, `I'll`, `We’ve`: the first person with an auxiliary.
fn first_person_contraction(word: &str) -> bool {
    let Some((person, tail)) = word.split_once(['’', '\'']) else {
        return false;
    };
    matches!(person, "I" | "we" | "We") && matches!(tail, "d" | "ll" | "ve" | "m")
}

/// The attribution a possessive pronoun makes (`his`, `her` before what
/// was said: `Her words to me were`, `his email said`).
pub(super) fn possessive(word: &str) -> Option<Attribution> {
    match lower(word).as_str() {
        "his" => Some(Attribution::Possessive(Gender::Male)),
        "her" => Some(Attribution::Possessive(Gender::Female)),
        _ => None,
    }
}

/// The attribution an office after `the` makes (`the congressman`).
pub(super) fn office(title: &str) -> Attribution {
    Attribution::Office(Gender::of_word(title), lower(split_word(title).core))
}

/// The person `His Highness`, `Her Majesty`, `His Royal Highness`, `His
/// Excellency` opening `words` stands for — the nearest one of that gender
/// the release styles so — with the number of words it took.
pub(super) fn style_of_address(words: &[&str]) -> Option<(Attribution, usize)> {
    let gender = match *words.first()? {
        "His" | "his" => Gender::Male,
        "Her" | "her" => Gender::Female,
        _ => return None,
    };
    let royal = usize::from(words.get(1).is_some_and(|w| lower(w) == "royal"));
    let style = lower(split_word(words.get(1 + royal)?).core);
    STYLES_OF_ADDRESS
        .contains(&style.as_str())
        .then_some((Attribution::Office(gender, style), 2 + royal))
}

/// True for an office's feminine form (`ministra`, `présidente`,
/// `Ministerin`), lowercase.
fn is_feminine_office(office: &str) -> bool {
    office.ends_with("in")
        || office.ends_with("trice")
        || office.ends_with("euse")
        || office.ends_with("esse")
        || office.ends_with("ère")
        || office.ends_with("ée")
        || office.ends_with("ète")
        || office.ends_with('a')
        || office == "présidente"
}

/// True for an office's masculine form (`ministro`, `prefeito`,
/// `Bürgermeister`), lowercase: Spanish, Portuguese and Italian `-o`,
/// `-or`, `-ore`, German `-er` and `-or`.
fn is_masculine_office(office: &str) -> bool {
    office.ends_with('o')
        || office.ends_with("or")
        || office.ends_with("ore")
        || office.ends_with("er")
}

/// True for `the senator`, `The Congresswoman`, `el congresista`: a title
/// standing for the last speaker.
pub(super) fn is_anaphor(the: &str, title: &str) -> bool {
    let title = split_word(title).core.to_lowercase();
    (matches!(the, "the" | "The" | "el" | "El" | "la" | "La") && ANAPHORS.contains(&title.as_str()))
        || (FOREIGN_ARTICLES.contains(&the.to_lowercase().as_str())
            && FOREIGN_OFFICES.contains(&title.as_str()))
}

/// The title in `the President`, `The Vice President`, `the First Lady`
/// at the start of `words`, with the number of words it took; only when
/// no name follows it.
pub(super) fn the_title(words: &[&str]) -> Option<(String, usize)> {
    let first = words.first()?;
    if !matches!(*first, "the" | "The") {
        return None;
    }
    for len in [3, 2, 1] {
        let Some(title) = words.get(1..=len) else {
            continue;
        };
        let cores: Vec<&str> = title.iter().map(|w| split_word(w).core).collect();
        let phrase = cores.join(" ");
        let last_stops = split_word(title[len - 1]).stop;
        let named = !last_stops
            && words
                .get(len + 1)
                .is_some_and(|n| is_name_word(split_word(n).core));
        if TITLE_ANAPHORS.contains(&phrase.to_lowercase().as_str())
            && (len == 1 || !split_word(title[0]).stop)
            && !named
        {
            return Some((phrase, len + 1));
        }
    }
    None
}

/// The group `the lawmakers`, `The members`, `the letter` stand for.
pub(super) fn group_noun(the: &str, noun: &str) -> Option<Group> {
    let noun = lower(noun);
    (matches!(the, "the" | "The") && GROUPS.contains(&noun.as_str())).then(|| Group {
        chamber: Chamber::of_noun(&noun),
        ..Group::default()
    })
}

#[cfg(test)]
mod tests {
    use super::Gender;

    #[test]
    fn honorifics_say_a_gender() {
        assert_eq!(Gender::of_name("Miss Maggie"), Gender::Female);
        assert_eq!(Gender::of_name("Señora Ana Ruiz"), Gender::Female);
        assert_eq!(Gender::of_name("Monsieur Bo Park"), Gender::Male);
    }

    #[test]
    fn the_first_person_with_an_auxiliary_is_the_voice_of_the_text() {
        let said = super::super::testing::speakers_in(
            "Remarks by Governor Ann Roe at a Town Dinner",
            None,
            &[
                "And I’d always say to him, “All politics is local,” and I meant it.",
                "When I travel, I ask the crowd, “Raise your hand if you have a cousin here.”",
            ],
        );
        let roe = Some("Governor Ann Roe".to_string());
        assert_eq!(said, [roe.clone(), roe]);
    }
}
