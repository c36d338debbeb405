//! Press-release furniture: the short paragraphs at the top and bottom of a
//! body that are not its text. A distribution notice ("FOR IMMEDIATE
//! RELEASE"), a press contact ("Media Contact:", a name, a phone number, an
//! email address), and the release's own title or date repeated, as web
//! pages print them above and below a release and scrapers keep them.
//!
//! Only the edges of a body are read: the run of such paragraphs before its
//! first paragraph of text, and the run after its last. A date in the middle
//! of a body (the date of a letter quoted in full) is text. Nothing is lost:
//! a title or date that repeats the release's metadata is dropped, a header
//! date gives a release without one its date, and everything else is kept
//! for the trailer, in reading order.

use super::date::ReleaseDate;
use super::{Paragraph, meta};

/// Furniture is short: a paragraph of more words than this is text.
const MAX_WORDS: usize = 16;
/// Longest name line of a contact, in words ("James Arnold or Mary Atkinson").
const MAX_NAME_WORDS: usize = 6;
/// Fewest digits in a phone number (a US number with its area code).
const PHONE_DIGITS: usize = 10;
/// Most digits in a phone number (E.164 allows 15).
const MAX_PHONE_DIGITS: usize = 15;
/// Longest footer, in paragraphs.
const MAX_FOOTER: usize = 16;
/// Longest headline that may stand among the furniture of a header, in words.
const MAX_HEADLINE_WORDS: usize = 40;

/// What came off the edges of a body.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Edges {
    /// Furniture that says something the metadata does not (notices,
    /// contacts), in reading order: it belongs in the trailer.
    pub kept: Vec<String>,
    /// The date a header line gave a release that had none.
    pub date: Option<ReleaseDate>,
}

/// What one paragraph at an edge of a body is.
#[derive(Debug, PartialEq, Eq)]
enum Line {
    /// Furniture worth keeping: a notice, or a line of a press contact
    /// (`contact`).
    Kept {
        /// Whether the line belongs to a press contact, so the name of
        /// another may follow on its own line.
        contact: bool,
    },
    /// Furniture that says nothing the metadata does not: the release's title
    /// or date again, an end mark.
    Dropped,
    /// A date line of a release without a date: the release's date.
    NewDate(ReleaseDate),
    /// Text that may stand among the furniture of a header and stays where
    /// it is: a headline, a date of another day than the release's.
    Stays,
    /// Text: the edge ends here.
    Text,
}

/// Reads the paragraphs of an edge one after the other.
struct Reader<'a> {
    /// The release's title, when it is known and may be repeated.
    title: Option<&'a str>,
    /// The release's date, when known.
    date: Option<&'a ReleaseDate>,
    /// Whether a contact label came before, so a name may stand alone.
    in_contact: bool,
}

impl Reader<'_> {
    /// What `text` is, the paragraphs before it read.
    fn read(&mut self, text: &str) -> Line {
        let line = self.classify(text.trim());
        self.in_contact = line == Line::Kept { contact: true };
        line
    }

    fn classify(&self, text: &str) -> Line {
        if let Some(t) = self.title
            && !meta::comparable(t).is_empty()
            && meta::comparable(t) == meta::comparable(text)
        {
            return Line::Dropped;
        }
        if text.split_whitespace().count() > MAX_WORDS {
            return if is_headline(text) {
                Line::Stays
            } else {
                Line::Text
            };
        }
        if meta::is_end_mark(text) {
            return Line::Dropped;
        }
        if let Some(line) = ReleaseDate::parse_alone(text) {
            return match self.date {
                Some(known) if line.same_day(known) => Line::Dropped,
                Some(_) => Line::Stays,
                None => Line::NewDate(line),
            };
        }
        let after_notice = notice(text);
        if is_contact_label(after_notice.unwrap_or(text))
            || is_contact_detail(text)
            || (self.in_contact && is_name_line(text))
        {
            return Line::Kept { contact: true };
        }
        if after_notice
            .is_some_and(|rest| rest.is_empty() || ReleaseDate::parse_alone(rest).is_some())
        {
            return Line::Kept { contact: false };
        }
        if is_headline(text) {
            Line::Stays
        } else {
            Line::Text
        }
    }
}

/// Takes the furniture off the start and the end of `paragraphs`, given the
/// release's `title` and `date` as its metadata has them. A body made only
/// of furniture is left as it is.
pub fn take_edges(
    paragraphs: &mut Vec<Paragraph>,
    title: Option<&str>,
    date: Option<&ReleaseDate>,
) -> Edges {
    let mut edges = Edges::default();
    let mut gone = vec![false; paragraphs.len()];
    let mut head = Reader {
        title,
        date,
        in_contact: false,
    };
    let mut head_end = 0;
    for (i, p) in paragraphs.iter().enumerate() {
        match head.read(&p.text) {
            Line::Kept { .. } => edges.kept.push(p.text.clone()),
            Line::Dropped => {}
            Line::NewDate(found) => edges.date = Some(found),
            Line::Stays => {
                head_end = i + 1;
                continue;
            }
            Line::Text => break,
        }
        gone[i] = true;
        head_end = i + 1;
    }
    let date = date.or(edges.date.as_ref());
    let tail_reader = || Reader {
        title: None,
        date,
        in_contact: false,
    };
    // The footer starts where the paragraphs from there to the end are all
    // furniture, read in order (a name stands alone only under its label).
    let earliest = paragraphs.len().saturating_sub(MAX_FOOTER).max(head_end);
    let tail_start = (earliest..paragraphs.len())
        .find(|&k| {
            let mut reader = tail_reader();
            paragraphs[k..]
                .iter()
                .all(|p| matches!(reader.read(&p.text), Line::Kept { .. } | Line::Dropped))
        })
        .unwrap_or(paragraphs.len());
    let mut reader = tail_reader();
    for (i, p) in paragraphs.iter().enumerate().skip(tail_start) {
        if let Line::Kept { .. } = reader.read(&p.text) {
            edges.kept.push(p.text.clone());
        }
        gone[i] = true;
    }
    if gone.iter().all(|&g| g) {
        return Edges::default();
    }
    let mut flags = gone.into_iter();
    paragraphs.retain(|_| !flags.next().unwrap_or(false));
    edges
}

/// What follows a distribution notice at the start of `text` ("FOR
/// IMMEDIATE RELEASE", "Embargoed until …"), or `None` without one.
fn notice(text: &str) -> Option<&str> {
    let lower = text.to_ascii_lowercase();
    if lower.starts_with("embargoed") {
        return Some("");
    }
    let phrase = "for immediate release";
    lower
        .starts_with(phrase)
        .then(|| text[phrase.len()..].trim_start_matches([':', ' ', '-', '–', '—', '.']))
}

/// True for a contact label, with its value or without ("Contact: Jane
/// Roe", "MEDIA CONTACT:", "Press Contacts").
fn is_contact_label(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let words = ["media ", "press ", "communications "];
    let rest = words
        .iter()
        .find_map(|w| lower.strip_prefix(w))
        .unwrap_or(&lower);
    let Some(rest) = rest
        .strip_prefix("contacts")
        .or_else(|| rest.strip_prefix("contact"))
    else {
        return false;
    };
    let rest = rest.trim_start();
    rest.is_empty() || rest.starts_with(':')
}

/// True for a short line holding an email address or a phone number, and
/// not a sentence.
fn is_contact_detail(text: &str) -> bool {
    if text.split_whitespace().count() > MAX_NAME_WORDS + 2 || text.ends_with(['.', '!', '?']) {
        return false;
    }
    let has_email = text.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
    });
    // A phone number: digits with the marks numbers are written with.
    let has_phone = text
        .split(|c: char| !(c.is_ascii_digit() || " ()+-.".contains(c)))
        .any(|run| {
            (PHONE_DIGITS..=MAX_PHONE_DIGITS)
                .contains(&run.bytes().filter(u8::is_ascii_digit).count())
        });
    has_email || has_phone
}

/// True for a line written as a headline: capitalised words, no full stop
/// at the end ("Media Advisory", "Members Urge Action on Harbor Aid").
fn is_headline(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().count() >= 4).collect();
    let capitalised = long
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    words.len() <= MAX_HEADLINE_WORDS
        && !text.ends_with(['.', '!', '?', ':', '"', '”'])
        && capitalised * 4 >= long.len() * 3
        && capitalised > 0
}

/// True for a line that is only a name or two ("Alexah Rogge", "James Arnold
/// or Mary Atkinson", "Ruth J. Bell (Ames)"): a few capitalised words,
/// without digits or sentence marks.
fn is_name_line(text: &str) -> bool {
    const JOINING: [&str; 8] = ["or", "and", "&", "|", "-", "–", "de", "van"];
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=MAX_NAME_WORDS).contains(&words.len())
        && words.iter().all(|w| {
            w.trim_start_matches('(')
                .starts_with(|c: char| c.is_uppercase())
                || JOINING.contains(w)
        })
        && !text
            .chars()
            .any(|c| c.is_ascii_digit() || "!?:;\"“”".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(texts: &[&str]) -> Vec<Paragraph> {
        texts.iter().map(|t| Paragraph::body(*t)).collect()
    }

    fn texts(paragraphs: &[Paragraph]) -> Vec<&str> {
        paragraphs.iter().map(|p| p.text.as_str()).collect()
    }

    fn day(s: &str) -> ReleaseDate {
        ReleaseDate::parse(s).unwrap()
    }

    #[test]
    fn a_congressional_header_becomes_trailer_and_metadata() {
        let mut p = body(&[
            "FOR IMMEDIATE RELEASE",
            "Contact: Dana Whitfield (dana.whitfield@example.house.gov)",
            "Rep. Ames Backs Harbor Bill",
            "3/14/2023",
            "HARBORTOWN – Rep. Lee Ames (XX-01) backed the Harbor Bill today.",
            "“Ports matter,” said Ames.",
        ]);
        let edges = take_edges(
            &mut p,
            Some("Rep. Ames Backs Harbor Bill"),
            Some(&day("2023-03-14")),
        );
        assert_eq!(
            texts(&p),
            [
                "HARBORTOWN – Rep. Lee Ames (XX-01) backed the Harbor Bill today.",
                "“Ports matter,” said Ames."
            ]
        );
        assert_eq!(
            edges.kept,
            [
                "FOR IMMEDIATE RELEASE",
                "Contact: Dana Whitfield (dana.whitfield@example.house.gov)"
            ]
        );
        assert_eq!(edges.date, None);
    }

    #[test]
    fn a_contact_block_on_several_lines_is_kept_whole() {
        let mut p = body(&[
            "For Immediate Release:Contact: Ruth Bell or Omar Diaz (555) 010-2030",
            "Media Contact:",
            "Tess Morrow",
            "555-010-4477",
            "e: tess.morrow@example.gov",
            "WASHINGTON – The senator spoke.",
        ]);
        let edges = take_edges(&mut p, None, Some(&day("2023-03-14")));
        assert_eq!(texts(&p), ["WASHINGTON – The senator spoke."]);
        assert_eq!(edges.kept.len(), 5);
    }

    #[test]
    fn a_footer_contact_and_a_repeated_date_leave_the_body() {
        let mut p = body(&[
            "The senator spoke on the floor today.",
            "She will speak again tomorrow.",
            "March 14, 2023",
            "Media Contact",
            "Tess Morrow | tess.morrow@example.gov | 555-010-4477",
        ]);
        let edges = take_edges(&mut p, None, Some(&day("2023-03-14")));
        assert_eq!(
            texts(&p),
            [
                "The senator spoke on the floor today.",
                "She will speak again tomorrow."
            ]
        );
        assert_eq!(
            edges.kept,
            [
                "Media Contact",
                "Tess Morrow | tess.morrow@example.gov | 555-010-4477"
            ]
        );
    }

    #[test]
    fn a_date_of_another_day_stays_in_the_body() {
        let mut p = body(&[
            "March 10, 2023",
            "Dear Secretary Lin:",
            "We write about the harbor.",
            "Full text of the letter was released on March 10, 2023.",
            "March 12, 2023",
        ]);
        let before = p.clone();
        let edges = take_edges(&mut p, None, Some(&day("2023-03-14")));
        assert_eq!(p, before);
        assert_eq!(edges, Edges::default());
    }

    #[test]
    fn a_header_date_dates_a_release_without_one() {
        let mut p = body(&["1/13/2022", "The office announced a grant today."]);
        let edges = take_edges(&mut p, None, None);
        assert_eq!(texts(&p), ["The office announced a grant today."]);
        assert_eq!(
            edges.date.and_then(|d| d.iso()).as_deref(),
            Some("2022-01-13")
        );
        assert!(edges.kept.is_empty());
    }

    #[test]
    fn text_that_starts_like_furniture_is_text() {
        let mut p = body(&[
            "Contact information for stranded travelers is below.",
            "For immediate release of the detainees, the senators wrote to the minister.",
            "Media contacts were told on Tuesday.",
            "Call 555-010-4477 to reach the office, the senator said in a statement today.",
        ]);
        let before = p.clone();
        assert_eq!(take_edges(&mut p, None, None), Edges::default());
        assert_eq!(p, before);
    }

    #[test]
    fn a_body_of_furniture_only_is_left_alone() {
        let mut p = body(&["FOR IMMEDIATE RELEASE", "Contact: Tess Morrow"]);
        let before = p.clone();
        assert_eq!(take_edges(&mut p, None, None), Edges::default());
        assert_eq!(p, before);
    }

    #[test]
    fn a_name_stands_alone_only_in_a_contact() {
        let mut p = body(&[
            "FOR IMMEDIATE RELEASE",
            "Harbor Office Update",
            "Contact: Tess Morrow",
            "Ruth J. Bell (Ames)",
            "The office spoke today.",
        ]);
        let edges = take_edges(&mut p, None, None);
        assert_eq!(
            edges.kept,
            [
                "FOR IMMEDIATE RELEASE",
                "Contact: Tess Morrow",
                "Ruth J. Bell (Ames)"
            ]
        );
        assert_eq!(
            texts(&p),
            ["Harbor Office Update", "The office spoke today."]
        );
    }

    #[test]
    fn a_footer_after_an_early_end_mark_leaves_the_body() {
        let mut p = body(&[
            "The caucus marked the day with a statement today.",
            "“Pay gaps persist,” the chairs said.",
            "###",
            "For Immediate Release:",
            "Media contact:",
            "Ruth Bell (Ames)",
            "ruth.bell@example.gov",
            "Omar Diaz (Lin)",
        ]);
        let edges = take_edges(&mut p, None, Some(&day("2023-03-14")));
        assert_eq!(p.len(), 2);
        assert_eq!(edges.kept.len(), 5);
    }
}
