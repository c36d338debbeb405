//! Whose voice a release is in: the person whose statement or remarks its
//! title says it is ("Statement by Vice President Lee on …", "Remarks as
//! Prepared for Delivery by Ann Roe at …"), or the member of Congress it
//! belongs to. First person outside quotation marks ("I said, '…'") is
//! that person's, and a statement release whose body is not in quotation
//! marks is a statement by them.

use super::lexicon::HEADLINE_WORDS;
use super::names::is_person_name;
use super::runs::clean;

/// Words of a title that open the name of whose statement or remarks it
/// is, lowercase.
const OPENINGS: &[&str] = &[
    "statement by ",
    "statement from ",
    "statement of ",
    "remarks by ",
    "remarks from ",
    "remarks of ",
    "remarks as prepared for delivery by ",
    "remarks as delivered by ",
    "op-ed by ",
];

/// Words that end the name in such a title, lowercase, with their spaces.
const ENDINGS: &[&str] = &[
    " on ",
    " at ",
    " in ",
    " to ",
    " before ",
    " after ",
    " following ",
    " regarding ",
    " about ",
    " for ",
    " during ",
    " with ",
    " as ",
    ":",
    ";",
    " — ",
    " – ",
    " - ",
];

/// What a title says about whose words a release is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleVoice {
    /// The person, as the title names them ("Vice President Lee").
    pub speaker: String,
    /// True for remarks (a speech), false for a statement.
    pub remarks: bool,
}

/// Whose statement or remarks `title` says the release is; `None` when it
/// names no one person ("Joint Statement by …and…", "Statement on …").
pub fn of_title(title: &str) -> Option<TitleVoice> {
    // ASCII lowercase keeps every byte where it was, so offsets found in it
    // hold in the title.
    let lower = title.to_ascii_lowercase();
    let opening = OPENINGS.iter().find(|o| lower.starts_with(*o))?;
    let start = opening.len();
    let rest = &title[start..];
    let rest_lower = &lower[start..];
    let end = ENDINGS
        .iter()
        .filter_map(|e| rest_lower.find(e))
        .min()
        .unwrap_or(rest.len());
    let name = rest[..end].trim().trim_end_matches([',', '.']);
    if name.contains(" and ") || name.contains('&') {
        return None;
    }
    let name = strip_comma_suffix(name);
    // The words of the name, up to a headline's verb or a number
    // ("President Lee Marking 50 Years …"), without bracketed tags.
    let words: Vec<&str> = name
        .split_whitespace()
        .take_while(|w| !w.starts_with('('))
        .take_while(|w| {
            let lower = w.to_lowercase();
            !lower.ends_with("ing")
                && !HEADLINE_WORDS.contains(&lower.as_str())
                && !w.chars().any(|c| c.is_ascii_digit())
        })
        .collect();
    // "by the President": a title, not a name.
    if words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        return None;
    }
    let speaker = clean(&words)?;
    is_person_name(&speaker).then(|| TitleVoice {
        speaker,
        remarks: opening.starts_with("remarks"),
    })
}

/// `Joseph R. Biden, Jr` → `Joseph R. Biden Jr`: a suffix after a comma
/// kept as part of the name; any other comma ends the name.
fn strip_comma_suffix(name: &str) -> String {
    match name.split_once(", ") {
        Some((head, tail)) if super::lexicon::is_suffix(tail) => format!("{head} {tail}"),
        Some((head, _)) => head.to_string(),
        None => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speaker(title: &str) -> Option<String> {
        of_title(title).map(|v| v.speaker)
    }

    #[test]
    fn statement_and_remarks_titles_name_their_speaker() {
        assert_eq!(
            speaker("Statement by Vice President Ann Lee on the Flood Relief Act").as_deref(),
            Some("Vice President Ann Lee")
        );
        assert_eq!(
            speaker("Statement from President Bo Park, Jr. on Memorial Day").as_deref(),
            Some("President Bo Park Jr")
        );
        assert_eq!(
            speaker("Remarks as Prepared for Delivery by First Lady Ruth Diaz at a School")
                .as_deref(),
            Some("First Lady Ruth Diaz")
        );
        assert!(
            of_title("Remarks by President Park in a Press Conference")
                .unwrap()
                .remarks
        );
    }

    #[test]
    fn a_title_gives_the_name_not_its_headline() {
        for (title, name) in [
            (
                "Statement by President Bo Park Marking 50 Years of the Park Service",
                "President Bo Park",
            ),
            (
                "Statement from Rep. Ann Lee (D-CA) on the Vote",
                "Rep. Ann Lee",
            ),
            (
                "Statement from City Flood Response Coordinator Jo Diaz on the Storm",
                "Coordinator Jo Diaz",
            ),
            (
                "Statement by Director of the National Water Council Bo Hart on Rain",
                "Bo Hart",
            ),
        ] {
            assert_eq!(speaker(title).as_deref(), Some(name), "{title}");
        }
        assert_eq!(
            speaker("Statement by the President Three Years After the Flood"),
            None
        );
    }

    #[test]
    fn titles_naming_no_one_person_have_no_voice() {
        for title in [
            "Joint Statement by President Park and Prime Minister Okafor",
            "Statement on the Flood Relief Act",
            "Remarks by President Park and Chancellor Weber Before a Meeting",
            "Statement by the Press Secretary on the Budget",
            "Readout of a Meeting Between President Park and Governors",
        ] {
            assert_eq!(speaker(title), None, "{title}");
        }
    }
}
