//! Short forms of a release's parts for lists, messages and citations: who
//! published it, its date as the user likes it written, the first words of
//! a passage, and the citation pasted beside a quoted passage.

use serde::{Deserialize, Serialize};

use super::sanitize::{collapse_whitespace, for_display, for_display_multiline};
use super::{Release, ReleaseDate};

/// How many characters of a passage an excerpt keeps.
const EXCERPT_CHARS: usize = 60;

/// Who published a release: the member's office for congressional releases
/// ("Sen. Ruth Alvarez (D-NM)"), else the publisher, else "-".
pub fn source_label(release: &Release) -> String {
    if let Some(member) = &release.member {
        let title = match member.chamber.as_deref() {
            Some(c) if c.eq_ignore_ascii_case("senate") => "Sen. ",
            Some(c) if c.eq_ignore_ascii_case("house") => "Rep. ",
            _ => "",
        };
        let party = member.party.as_deref().and_then(|p| p.chars().next());
        return match (party, member.state.as_deref()) {
            (Some(p), Some(s)) => format!("{title}{} ({p}-{s})", member.name),
            _ => format!("{title}{}", member.name),
        };
    }
    release.source.clone().unwrap_or_else(|| "-".to_string())
}

/// The first characters of a passage, on one line and safe for the
/// terminal (bookmarks files can be edited by hand), with `…` when cut.
pub fn excerpt(text: &str) -> String {
    let safe = for_display(text);
    let flat = collapse_whitespace(&safe);
    if flat.chars().count() <= EXCERPT_CHARS {
        return flat;
    }
    let cut: String = flat.chars().take(EXCERPT_CHARS).collect();
    format!("{}…", cut.trim_end())
}

/// How dates are written for people: in the reader, `readout show` and
/// citations. Scripts' output (tab-separated and JSON) stays ISO.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateFormat {
    /// `2021-01-26`.
    #[default]
    Iso,
    /// `Jan 26, 2021`.
    Us,
    /// `26 January 2021`.
    Long,
}

impl DateFormat {
    /// Every format, with its name in the configuration file.
    pub const ALL: [(&'static str, DateFormat); 3] = [
        ("iso", DateFormat::Iso),
        ("us", DateFormat::Us),
        ("long", DateFormat::Long),
    ];

    /// The format called `name` in the configuration file.
    pub fn from_name(name: &str) -> Option<DateFormat> {
        DateFormat::ALL
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name.trim()))
            .map(|&(_, f)| f)
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date written in `format`; a date without a full year, month and day
/// as written, and `-` for none.
pub fn format_date(date: Option<&ReleaseDate>, format: DateFormat) -> String {
    let Some(d) = date else {
        return "-".to_string();
    };
    match (format, d.year, d.month, d.day) {
        (DateFormat::Us, Some(y), Some(m @ 1..=12), Some(day)) => {
            format!("{} {day}, {y}", &MONTHS[m as usize - 1][..3])
        }
        (DateFormat::Long, Some(y), Some(m @ 1..=12), Some(day)) => {
            format!("{day} {} {y}", MONTHS[m as usize - 1])
        }
        _ => d.to_string(),
    }
}

/// `text` between typographic quotation marks, unless it already starts
/// with a quotation mark of its own (a passage that is a quotation), so a
/// message never shows `““The feds…`.
pub fn quoted(text: &str) -> String {
    if text.starts_with(['"', '“', '”', '„', '«', '»', '‘', '\'', '「', '『']) {
        text.to_string()
    } else {
        format!("“{text}”")
    }
}

/// Where a passage comes from, to paste beside it: who said it, and the
/// release's title, source, date and URL. The reader's `y` and the
/// bookmarks export cite with it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Citation {
    /// The speaker, when the passage is (in) a quotation.
    pub speaker: Option<String>,
    /// The release's title.
    pub title: String,
    /// Its publisher (for a member's release without one, the member).
    pub source: Option<String>,
    /// Its date, as it should be shown.
    pub date: Option<String>,
    /// Its URL.
    pub url: Option<String>,
}

impl Citation {
    /// The citation of `release`, for a passage said by `speaker` (if any),
    /// its date written in `format`.
    pub fn of(release: &Release, speaker: Option<&str>, format: DateFormat) -> Citation {
        Citation {
            speaker: speaker.map(str::to_string),
            title: release.title.clone(),
            source: citation_source(release),
            date: release.date.as_ref().map(|d| format_date(Some(d), format)),
            url: release.url.clone(),
        }
    }

    /// One line, safe for the terminal:
    /// `— Speaker, “Title”, Source, Date, URL` (missing parts left out).
    pub fn line(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        parts.extend(self.speaker.as_deref().map(one_line));
        parts.push(format!("“{}”", one_line(&self.title)));
        parts.extend(
            [&self.source, &self.date, &self.url]
                .into_iter()
                .flatten()
                .map(|s| one_line(s)),
        );
        format!("— {}", parts.join(", "))
    }

    /// The passage followed by this citation on a line of its own: what
    /// `y` copies and `readout bookmarks export --format text` writes.
    pub fn with_passage(&self, passage: &str) -> String {
        let passage = for_display_multiline(passage.trim());
        if passage.is_empty() {
            self.line()
        } else {
            format!("{passage}\n{}", self.line())
        }
    }
}

/// Who a release is cited as coming from: its publisher, or the member
/// whose office released it.
pub fn citation_source(release: &Release) -> Option<String> {
    release
        .source
        .clone()
        .or_else(|| release.member.as_ref().map(|m| m.name.clone()))
}

/// A field on one line, safe for the terminal.
fn one_line(text: &str) -> String {
    collapse_whitespace(&for_display(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Body;

    fn release() -> Release {
        Release {
            source: Some("alvarez.senate.example.gov".into()),
            date: ReleaseDate::parse("2024-02-27"),
            url: Some("https://example.gov/a".into()),
            ..Release::sample_with("a", "Rural Broadband Act", Body::default(), "a.md")
        }
    }

    #[test]
    fn a_citation_names_speaker_title_source_date_and_url() {
        let c = Citation::of(&release(), Some("Ruth Alvarez"), DateFormat::Long);
        assert_eq!(
            c.line(),
            "— Ruth Alvarez, “Rural Broadband Act”, alvarez.senate.example.gov, \
             27 February 2024, https://example.gov/a"
        );
        assert_eq!(
            c.with_passage("“Go,” she said.\n"),
            format!("“Go,” she said.\n{}", c.line())
        );
        let bare = Citation {
            title: "T\u{1b}[31m".into(),
            ..Citation::default()
        };
        assert_eq!(
            bare.line(),
            "— “T”",
            "no escape sequence reaches a terminal"
        );
    }

    #[test]
    fn dates_follow_the_format_and_partial_dates_stay_as_written() {
        let d = ReleaseDate::parse("2021-01-26");
        assert_eq!(format_date(d.as_ref(), DateFormat::Us), "Jan 26, 2021");
        assert_eq!(format_date(d.as_ref(), DateFormat::Long), "26 January 2021");
        assert_eq!(format_date(d.as_ref(), DateFormat::Iso), "2021-01-26");
        let no_year = ReleaseDate::parse("13 May");
        assert_eq!(format_date(no_year.as_ref(), DateFormat::Long), "13 May");
        assert_eq!(format_date(None, DateFormat::Long), "-");
    }

    #[test]
    fn a_passage_opening_with_a_quotation_mark_is_not_quoted_again() {
        assert_eq!(quoted("“The feds just…"), "“The feds just…");
        assert_eq!(quoted("\"The feds"), "\"The feds");
        assert_eq!(quoted("The feds"), "“The feds”");
    }
}
