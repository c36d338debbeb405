//! Whose voice a release is in: the person whose statement or remarks its
//! title says it is ("Statement by Vice President Lee on …", "Vice
//! President Lee Statement on …", "Remarks as Prepared for Delivery by Ann
//! Roe at …"), or the member of Congress it
//! belongs to. First person outside quotation marks ("I said, '…'") is
//! that person's, and a statement release whose body is not in quotation
//! marks is a statement by them.

use super::lexicon::HEADLINE_WORDS;
use super::names::{PersonName, is_person_name};
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
    " ahead of ",
    " upon ",
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
    let Some(opening) = OPENINGS.iter().find(|o| lower.starts_with(*o)) else {
        return named_statement(title);
    };
    let start = opening.len();
    let speaker = name_from(title, start)?;
    Some(TitleVoice {
        speaker,
        remarks: opening.starts_with("remarks"),
    })
}

/// Openings of a newsletter's masthead line naming whose it is (`News
/// from Congresswoman Ann Roe`), lowercase, with their spaces.
const MASTHEADS: &[&str] = &["news from ", "a message from ", "from the desk of "];

/// Most words of a byline's line (`By Rep. Ann Roe-Park, M.D.`).
const MAX_BYLINE_WORDS: usize = 7;

/// Most paragraphs at the top of a body read for a masthead.
const MASTHEAD_REACH: usize = 3;

/// The person a newsletter's masthead says it is from (`*News from
/// Congresswoman Ann Roe, Serving the 4th District*`), in the first
/// paragraphs of `texts`: whose `I` its body is when its title names no
/// one.
pub fn of_masthead<'a>(texts: impl Iterator<Item = &'a str>) -> Option<String> {
    texts.take(MASTHEAD_REACH).find_map(|text| {
        let line = text.trim().trim_matches(['*', '_']).trim();
        let lower = line.to_ascii_lowercase();
        // `*By Rep. Ann Roe*`: a byline on a line of its own.
        let byline =
            lower.starts_with("by ") && line.split_whitespace().count() <= MAX_BYLINE_WORDS;
        let opening = MASTHEADS
            .iter()
            .find(|o| lower.starts_with(*o))
            .map(|o| o.len())
            .or(byline.then_some("by ".len()))?;
        name_from(line, opening)
    })
}

/// Words of a title that open the name of the person a statement or a
/// eulogy mourns (`Eulogy for Bo Park`), lowercase, with their spaces.
const MOURNING: &[&str] = &[
    " on the passing of ",
    " on the death of ",
    "eulogy for ",
    "in memory of ",
];

/// The person a statement's title says it mourns (`Statement by President
/// Roe on the Passing of Senator Bo Park`): who a `he` or `she` in it
/// stands for when the text names no one else before it.
pub fn mourned(title: &str) -> Option<String> {
    let lower = title.to_ascii_lowercase();
    let start = MOURNING
        .iter()
        .find_map(|m| lower.find(m).map(|at| at + m.len()))?;
    name_from(title, start)
}

/// The person's name at byte `start` of `title`, up to the words that end
/// it ([`ENDINGS`]); `None` unless it is one person's name.
fn name_from(title: &str, start: usize) -> Option<String> {
    let lower = title.to_ascii_lowercase();
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
    // "by Spokesperson Ann Roe of Advisor Bo Park’s Meeting", "by Ann Roe
    // of Ohio": a name before `of` ends there (not "by Secretary of State
    // Ann Roe", whose `of` is the office's).
    let words = match words.iter().position(|w| *w == "of") {
        Some(k) if clean(&words[..k]).is_some_and(|n| is_person_name(&n)) => words[..k].to_vec(),
        _ => words,
    };
    // "by the President": a title, not a name.
    if words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        return None;
    }
    let speaker = clean(&words)?;
    is_person_name(&speaker).then_some(speaker)
}

/// The person a title opening with their name and `Statement` names
/// ("Vice President Lee Statement on …"), when every word before it is
/// the name's.
fn named_statement(title: &str) -> Option<TitleVoice> {
    let words: Vec<&str> = title.split_whitespace().collect();
    let at = words.iter().position(|w| *w == "Statement")?;
    let after = words
        .get(at + 1)
        .map(|w| format!(" {} ", w.to_ascii_lowercase()));
    let ends = after.is_none_or(|a| ENDINGS.contains(&a.as_str()));
    // `Chairman Roe Opening Statement`: the kind of statement is no name.
    let end = words[..at]
        .iter()
        .rposition(|w| !STATEMENT_KINDS.contains(w))
        .map_or(0, |k| k + 1);
    let name = &words[..end];
    // A titled name alone: not `Rep. Roe Issues Statement`, `Joint
    // Statement`, `Roe’s Statement` (whose words it holds is less sure).
    let named = !name.is_empty()
        && name.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && !w.ends_with([',', ':', ';'])
                && !w.contains(['’', '\'', '-'])
                && !HEADLINE_WORDS.contains(&w.to_lowercase().as_str())
        });
    let speaker = clean(name).filter(|s| named && ends && s.split_whitespace().count() == end)?;
    let titled = PersonName::parse(&speaker).is_some_and(|n| !n.titles.is_empty());
    (titled && is_person_name(&speaker)).then_some(TitleVoice {
        speaker,
        remarks: false,
    })
}

/// Words for the kind of statement a title names between its speaker and
/// `Statement` (`Chairman Roe Opening Statement`).
const STATEMENT_KINDS: &[&str] = &["Opening", "Closing", "Prepared", "Written"];

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

    #[test]
    fn a_newsletters_masthead_names_whose_it_is() {
        let body = [
            "# The Elm Report",
            "*News from Congresswoman Ann Roe, Serving the 4th District*",
            "Dear Neighbor,",
        ];
        assert_eq!(
            of_masthead(body.into_iter()).as_deref(),
            Some("Congresswoman Ann Roe")
        );
        assert_eq!(of_masthead(["News from the Elm Valley"].into_iter()), None);
        // A byline on a line of its own; not a sentence opening with `By`.
        assert_eq!(
            of_masthead(["**WEEKLY COLUMN**", "*By Rep. Ann Roe-Park*"].into_iter()).as_deref(),
            Some("Rep. Ann Roe-Park")
        );
        assert_eq!(
            of_masthead(
                ["By the end of the year, Ann Roe had voted twice on the bill."].into_iter()
            ),
            None
        );
    }

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
            speaker("Chairman Bo Park Opening Statement at Markup").as_deref(),
            Some("Chairman Bo Park")
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
    fn a_titled_name_before_statement_is_its_speaker() {
        for (title, name) in [
            (
                "Vice President Ann Lee Statement on Voter Participation",
                Some("Vice President Ann Lee"),
            ),
            (
                "Press Secretary Bo Park Statement Regarding the Ruling",
                Some("Press Secretary Bo Park"),
            ),
            ("Rep. Lee Statement on Afghanistan:", Some("Rep. Lee")),
            ("Rep. Ann Lee Issues Statement on the Vote", None),
            ("Joint U.S.-Elm Statement on Trade", None),
            ("Ann Lee Statement on the Vote", None),
            ("Congresswoman Lee’s Statement on the Vote", None),
            ("Elm Summit Statement", None),
        ] {
            assert_eq!(speaker(title).as_deref(), name, "{title}");
        }
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
            (
                "Statement by Spokesperson Ann Lee of Water Advisor Bo Hart’s Meeting with the Mayor",
                "Spokesperson Ann Lee",
            ),
            (
                "Statement by Secretary of State Jo Diaz on the Treaty",
                "Jo Diaz",
            ),
            (
                "Statement from President Bo Park Ahead of the Flood Summit",
                "President Bo Park",
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
