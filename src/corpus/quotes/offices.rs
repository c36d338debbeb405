//! Offices a release refers back to with `the` (`the congressman`, `the
//! senator`): the titles it names their holders with, and who holds them.

use super::names::PersonName;
use super::titled::titled_names;
use super::words::capitalised;

/// Offices of Congress, lowercase, for which a release's member may be
/// meant.
const CONGRESS_OFFICES: &[&str] = &[
    "congressman",
    "congresswoman",
    "congressmember",
    "senator",
    "representative",
    "lawmaker",
    "congresista",
    "representante",
    "senador",
    "senadora",
];

/// Titles of the House's members.
const HOUSE_TITLES: &[&str] = &[
    "Rep.",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Congressmember",
];

/// Titles of senators.
const SENATE_TITLES: &[&str] = &["Sen.", "Senator"];

/// Spanish titles of the House's members (`el representante Ann Roe`).
const SPANISH_HOUSE_TITLES: &[&str] = &["Congresista", "Representante"];

/// Spanish titles of senators.
const SPANISH_SENATE_TITLES: &[&str] = &["Senador", "Senadora"];

/// An office as a release refers back to it (`congressman`), with the
/// titles its holders are named by (`Rep.`, `Representative`, …).
pub(super) struct Office<'a> {
    /// The office, lowercase.
    name: &'a str,
    /// The titles a release may name its holder with.
    titles: Vec<String>,
}

impl<'a> Office<'a> {
    /// The office `name` (lowercase) stands for.
    pub(super) fn new(name: &'a str) -> Self {
        let titles: Vec<String> = match name {
            "congressman" | "congresswoman" | "congressmember" | "representative" => {
                HOUSE_TITLES.iter().map(|t| t.to_string()).collect()
            }
            "senator" => SENATE_TITLES.iter().map(|t| t.to_string()).collect(),
            // `el congresista`: a member named in Spanish or English.
            "congresista" | "representante" => HOUSE_TITLES
                .iter()
                .chain(SPANISH_HOUSE_TITLES)
                .map(|t| t.to_string())
                .collect(),
            "senador" | "senadora" => SENATE_TITLES
                .iter()
                .chain(SPANISH_SENATE_TITLES)
                .map(|t| t.to_string())
                .collect(),
            "lawmaker" => HOUSE_TITLES
                .iter()
                .chain(SENATE_TITLES)
                .map(|t| t.to_string())
                .collect(),
            // `His Royal Highness`, `Her Majesty`: a royal the release
            // names by title.
            "highness" => ["Highness", "Prince", "Princess", "Duke", "Duchess"]
                .map(String::from)
                .to_vec(),
            "majesty" => ["Majesty", "King", "Queen"].map(String::from).to_vec(),
            _ => vec![capitalised(name)],
        };
        Office { name, titles }
    }

    /// True for an office of Congress, which a release's member holds.
    pub(super) fn is_in_congress(&self) -> bool {
        CONGRESS_OFFICES.contains(&self.name)
    }

    /// Everyone `texts` name with one of the office's titles, as written.
    fn holders<'t>(&self, texts: impl Iterator<Item = &'t str>) -> Vec<String> {
        texts
            .flat_map(|text| {
                self.titles
                    .iter()
                    .flat_map(|title| titled_names(text, title))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// True when `texts` name `name`'s surname with one of the office's
    /// titles (`Representative Garrett Whitcombe` for `Whitcombe`).
    pub(super) fn held_by<'t>(&self, texts: impl Iterator<Item = &'t str>, name: &str) -> bool {
        let Some(surname) = PersonName::parse(name).map(|n| n.surname) else {
            return false;
        };
        self.holders(texts)
            .iter()
            .any(|held| held.ends_with(surname.as_str()))
    }

    /// The one person `texts` name with the office, if only one.
    pub(super) fn only_holder<'t>(&self, texts: impl Iterator<Item = &'t str>) -> Option<String> {
        let holders = self.holders(texts);
        let first = holders.first()?;
        let surname = PersonName::parse(first)?.surname;
        holders
            .iter()
            .all(|other| other.ends_with(surname.as_str()))
            .then(|| as_speaker(first))
    }
}

/// A holder as a speaker is named: the office capitalised, as a title
/// before a name is, and without a courtesy title between the two
/// (`ministre Mme Ann Roe` gives `Ministre Ann Roe`).
fn as_speaker(holder: &str) -> String {
    let Some((office, name)) = holder.split_once(' ') else {
        return holder.to_string();
    };
    let name = match name.split_once(' ') {
        Some((courtesy, rest))
            if COURTESY_TITLES
                .contains(&courtesy.trim_end_matches('.').to_lowercase().as_str()) =>
        {
            rest
        }
        _ => name,
    };
    format!("{} {name}", capitalised(office))
}

/// Courtesy titles in French, Spanish, Italian and German (`M.`, `Mme`,
/// `Sra.`, `Frau`), lowercase without their dot.
const COURTESY_TITLES: &[&str] = &[
    "m", "mme", "mlle", "sr", "sra", "srta", "sig", "sig.ra", "frau", "herr",
];

#[cfg(test)]
mod tests {
    use super::Office;

    #[test]
    fn an_office_abroad_is_held_by_whom_a_release_names_after_its_scope() {
        let texts = ["La ministre de la Transition écologique, Mme Ann Roe, a annoncé un plan."];
        assert_eq!(
            Office::new("ministre").only_holder(texts.iter().copied()),
            Some("Ministre Ann Roe".to_string())
        );
    }

    #[test]
    fn a_house_office_is_held_by_whom_a_release_names_with_a_house_title() {
        let texts = [
            "Representative Garrett Whitcombe hosted it.",
            "Morris Kurtz spoke.",
        ];
        let office = Office::new("congressman");
        assert!(office.held_by(texts.iter().copied(), "Whitcombe"));
        assert!(!office.held_by(texts.iter().copied(), "Morris Kurtz"));
        assert_eq!(
            office.only_holder(texts.iter().copied()),
            Some("Representative Garrett Whitcombe".to_string())
        );
        assert!(office.is_in_congress() && !Office::new("captain").is_in_congress());
    }

    #[test]
    fn a_member_named_in_spanish_holds_the_spanish_office() {
        let texts = ["El representante Joaquín Roe presentó hoy la ley."];
        assert!(Office::new("congresista").held_by(texts.iter().copied(), "Roe"));
        assert!(Office::new("congresista").is_in_congress());
    }

    #[test]
    fn a_senator_named_with_the_country_holds_the_office() {
        let texts = ["U.S. Senator Lucia Roe spoke.", "Senator Bo Park agreed."];
        let office = Office::new("senator");
        assert!(office.held_by(texts.iter().copied(), "Roe"));
        assert!(office.held_by(texts.iter().copied(), "Park"));
    }
}
