//! Release dates: parsed from the many ways sources write them, as precise as
//! the source is and never more. "13 May" stays "13 May": no invented year.

use std::cmp::Ordering;
use std::fmt;

use serde::{Serialize, Serializer};

/// A date as precise as its source: year, month, day and time are each optional.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ReleaseDate {
    /// Four-digit year, if written.
    pub year: Option<i32>,
    /// Month 1–12, if written.
    pub month: Option<u8>,
    /// Day of month 1–31, if written.
    pub day: Option<u8>,
    /// Hour and minute, if written.
    pub time: Option<(u8, u8)>,
    /// Offset from UTC in minutes, if written.
    pub utc_offset_minutes: Option<i16>,
    /// The text the date was parsed from, trimmed.
    pub written: String,
}

/// The months' names in lowercase, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Month number for an English month name or abbreviation ("Sept.", "jan").
pub fn month_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    if w == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(&w) && (w.len() == 3 || m.len() == w.len()))
        .map(|i| i as u8 + 1)
}

fn is_weekday(word: &str) -> bool {
    let w = word.trim_end_matches([',', '.']).to_ascii_lowercase();
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    w.len() >= 3
        && DAYS
            .iter()
            .any(|d| d.starts_with(&w) && (w.len() == 3 || *d == w))
}

fn parse_day(word: &str) -> Option<u8> {
    let w = word.trim_end_matches([',', '.']);
    let w = w
        .strip_suffix("st")
        .or_else(|| w.strip_suffix("nd"))
        .or_else(|| w.strip_suffix("rd"))
        .or_else(|| w.strip_suffix("th"))
        .unwrap_or(w);
    let d: u8 = w.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn parse_year(word: &str) -> Option<i32> {
    let w = word.trim_end_matches([',', '.']);
    if w.len() != 4 {
        return None;
    }
    let y: i32 = w.parse().ok()?;
    (1800..=2200).contains(&y).then_some(y)
}

/// Parses `HH:MM[:SS]` with an optional `am`/`pm` and zone after it.
fn parse_time_and_zone(rest: &str) -> (Option<(u8, u8)>, Option<i16>) {
    let rest = rest.trim_start_matches(['T', ' ', ',']).trim();
    let digits_end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'))
        .unwrap_or(rest.len());
    let clock = &rest[..digits_end];
    let mut parts = clock.split(':');
    let (Some(h), Some(m)) = (parts.next(), parts.next()) else {
        return (None, None);
    };
    let (Ok(mut hour), Ok(minute)) = (h.parse::<u8>(), m.get(..2).unwrap_or(m).parse::<u8>())
    else {
        return (None, None);
    };
    let mut zone = rest[digits_end..].trim_start();
    let lower = zone.to_ascii_lowercase();
    if lower.starts_with("pm") || lower.starts_with("p.m.") {
        if hour < 12 {
            hour += 12;
        }
        zone = zone
            .trim_start_matches(|c: char| "pPmM.".contains(c))
            .trim_start();
    } else if lower.starts_with("am") || lower.starts_with("a.m.") {
        if hour == 12 {
            hour = 0;
        }
        zone = zone
            .trim_start_matches(|c: char| "aAmM.".contains(c))
            .trim_start();
    }
    if hour > 23 || minute > 59 {
        return (None, None);
    }
    (Some((hour, minute)), parse_zone(zone))
}

/// Parses `Z`, `+08:00`, `-0500`, `GMT+8`, `UTC`.
fn parse_zone(zone: &str) -> Option<i16> {
    let z = zone.trim();
    let z = z
        .strip_prefix("GMT")
        .or_else(|| z.strip_prefix("UTC"))
        .map(|rest| if rest.is_empty() { "+0" } else { rest })
        .unwrap_or(z);
    if z == "Z" {
        return Some(0);
    }
    let sign: i16 = match z.chars().next()? {
        '+' => 1,
        '-' | '−' => -1,
        _ => return None,
    };
    let digits: String = z
        .chars()
        .skip(1)
        .take_while(|c| c.is_ascii_digit() || *c == ':')
        .filter(char::is_ascii_digit)
        .collect();
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i16>().ok()?, 0),
        3 | 4 => (
            digits[..digits.len() - 2].parse::<i16>().ok()?,
            digits[digits.len() - 2..].parse::<i16>().ok()?,
        ),
        _ => return None,
    };
    (h <= 14 && m < 60).then_some(sign * (h * 60 + m))
}

/// Parses `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD` (optionally followed by a
/// time and zone), `YYYY-MM`, or a bare year-month-day with no separators.
fn parse_numeric_ymd(s: &str) -> Option<ReleaseDate> {
    let bytes = s.as_bytes();
    if bytes.len() < 7 || !bytes[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let year = parse_year(&s[..4])?;
    let sep = bytes[4];
    if !matches!(sep, b'-' | b'/' | b'.') {
        return None;
    }
    let rest = &s[5..];
    let month_end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let month: u8 = rest[..month_end].parse().ok()?;
    if !(1..=12).contains(&month) {
        return None;
    }
    let rest = &rest[month_end..];
    let mut date = ReleaseDate::new(s);
    date.year = Some(year);
    date.month = Some(month);
    let Some(after_sep) = rest.strip_prefix(sep as char) else {
        return rest.trim().is_empty().then_some(date);
    };
    let day_end = after_sep
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(after_sep.len());
    let day: u8 = after_sep[..day_end].parse().ok()?;
    if !(1..=31).contains(&day) {
        return None;
    }
    date.day = Some(day);
    let (time, zone) = parse_time_and_zone(&after_sep[day_end..]);
    date.time = time;
    date.utc_offset_minutes = zone;
    Some(date)
}

/// Parses US numeric dates `MM/DD/YYYY`.
fn parse_numeric_mdy(s: &str) -> Option<ReleaseDate> {
    let first = s.split_whitespace().next()?;
    let mut parts = first.split('/');
    let (m, d, y) = (parts.next()?, parts.next()?, parts.next()?);
    let month: u8 = m.parse().ok()?;
    let day: u8 = d.parse().ok()?;
    let year = parse_year(y)?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let mut date = ReleaseDate::new(s);
    date.year = Some(year);
    date.month = Some(month);
    date.day = Some(day);
    let (time, zone) = parse_time_and_zone(&s[first.len()..]);
    date.time = time;
    date.utc_offset_minutes = zone;
    Some(date)
}

/// Parses dates written with a month name: "January 5, 2021", "Jan. 5",
/// "13 May", "Tuesday, 26 Jan 2021 22:51:00 +0800", "August 26th, 2021".
fn parse_worded(s: &str) -> Option<ReleaseDate> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let mut i = 0;
    if words.first().is_some_and(|w| is_weekday(w)) {
        i = 1;
    }
    let mut date = ReleaseDate::new(s);
    let consumed;
    if let Some(month) = words.get(i).and_then(|w| month_number(w)) {
        date.month = Some(month);
        match words.get(i + 1).and_then(|w| parse_day(w)) {
            Some(day) => {
                date.day = Some(day);
                date.year = words.get(i + 2).and_then(|w| parse_year(w));
                consumed = i + 2 + usize::from(date.year.is_some());
            }
            None => {
                date.year = words.get(i + 1).and_then(|w| parse_year(w));
                date.year?;
                consumed = i + 2;
            }
        }
    } else {
        let day = words.get(i).and_then(|w| parse_day(w))?;
        let of = usize::from(
            words
                .get(i + 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("of")),
        );
        let month = words.get(i + 1 + of).and_then(|w| month_number(w))?;
        date.day = Some(day);
        date.month = Some(month);
        date.year = words.get(i + 2 + of).and_then(|w| parse_year(w));
        consumed = i + 2 + of + usize::from(date.year.is_some());
    }
    let rest: Vec<&str> = words[consumed.min(words.len())..].to_vec();
    let rest = rest.join(" ");
    let rest = rest.trim_start_matches(|c: char| c == '-' || c == '@' || c.is_whitespace());
    let rest = rest.strip_prefix("at ").unwrap_or(rest);
    let (time, zone) = parse_time_and_zone(rest);
    date.time = time;
    date.utc_offset_minutes = zone;
    Some(date)
}

impl ReleaseDate {
    fn new(written: &str) -> Self {
        ReleaseDate {
            year: None,
            month: None,
            day: None,
            time: None,
            utc_offset_minutes: None,
            written: written.trim().to_string(),
        }
    }

    /// Parses a date string in any of the formats readout knows; `None` when
    /// the text is not a date. Leading words like "Updated" are not skipped.
    pub fn parse(s: &str) -> Option<ReleaseDate> {
        let s = s.trim();
        if s.is_empty() || s.len() > 80 {
            return None;
        }
        parse_numeric_ymd(s)
            .or_else(|| parse_numeric_mdy(s))
            .or_else(|| parse_worded(s))
            .or_else(|| parse_epoch(s))
    }

    /// Parses a line that is a date and nothing else, a day of a month at
    /// least ("August 10, 2021", "1/13/2022", "Monday, Jan. 3, 2022 9:00
    /// AM"); `None` for text that only starts with a date.
    pub fn parse_alone(line: &str) -> Option<ReleaseDate> {
        let date = ReleaseDate::parse(line).filter(|d| d.month.is_some() && d.day.is_some())?;
        // Day, month and year are three numbers at most; a clock has colons.
        let numbers = line
            .split(|c: char| !c.is_ascii_digit() && c != ':')
            .filter(|n| !n.is_empty() && !n.contains(':'))
            .count();
        let only_date_words = numbers <= 3
            && line
                .split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | '-'))
                .filter(|w| !w.is_empty())
                .all(|w| {
                    w.trim_end_matches('.')
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b':')
                        || month_number(w).is_some()
                        || is_weekday(w)
                        || parse_day(w).is_some()
                        || ["am", "pm", "a.m.", "p.m."].contains(&w.to_ascii_lowercase().as_str())
                });
        only_date_words.then_some(date)
    }

    /// True when `other` names the same day as this date, as far as both
    /// say: a date written without a year matches any year.
    pub fn same_day(&self, other: &ReleaseDate) -> bool {
        self.day.is_some()
            && (self.month, self.day) == (other.month, other.day)
            && (self.year.is_none() || other.year.is_none() || self.year == other.year)
    }

    /// The ISO 8601 form of as much as is known (`2021-01-26`, `2021-01`), or
    /// `None` when the year is unknown.
    pub fn iso(&self) -> Option<String> {
        let year = self.year?;
        Some(match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{year:04}-{m:02}"),
            _ => format!("{year:04}"),
        })
    }

    /// A key that sorts dates chronologically; unknown parts sort first.
    pub fn sort_key(&self) -> (i32, u8, u8, u16) {
        let minutes = self
            .time
            .map(|(h, m)| h as u16 * 60 + m as u16 + 1)
            .unwrap_or(0);
        (
            self.year.unwrap_or(0),
            self.month.unwrap_or(0),
            self.day.unwrap_or(0),
            minutes,
        )
    }
}

/// Parses Unix timestamps in seconds (10 digits) or milliseconds (13 digits).
fn parse_epoch(s: &str) -> Option<ReleaseDate> {
    if !(s.len() == 10 || s.len() == 13) || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut secs: i64 = s.parse().ok()?;
    if s.len() == 13 {
        secs /= 1000;
    }
    let days = secs.div_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let mut date = ReleaseDate::new(s);
    date.year = Some(y);
    date.month = Some(m);
    date.day = Some(d);
    let rem = secs.rem_euclid(86_400);
    date.time = Some(((rem / 3600) as u8, ((rem % 3600) / 60) as u8));
    date.utc_offset_minutes = Some(0);
    Some(date)
}

/// Converts days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
pub fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// Finds the first date written inside running text ("on the evening of 13
/// May", "on January 5, 2021") and returns it as written.
pub fn find_in_text(text: &str) -> Option<ReleaseDate> {
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    for (i, (_, word)) in words.iter().enumerate() {
        let bare = word.trim_end_matches([',', '.', ';', ':', ')']);
        let month_first = month_number(bare).is_some()
            && words.get(i + 1).is_some_and(|(_, w)| {
                parse_day(w.trim_end_matches([',', '.', ';', ':', ')'])).is_some()
            });
        let day_first = parse_day(bare).is_some()
            && words.get(i + 1).is_some_and(|(_, w)| {
                month_number(w.trim_end_matches([',', '.', ';', ':', ')'])).is_some()
            });
        if !(month_first || day_first) {
            continue;
        }
        // Abbreviations like "may" as a verb: require a capitalised month.
        let month_word = if month_first { bare } else { words[i + 1].1 };
        if !month_word.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        let take = if words.get(i + 2).is_some_and(|(_, w)| {
            parse_year(w.trim_end_matches([',', '.', ';', ':', ')'])).is_some()
        }) {
            3
        } else {
            2
        };
        let start = words[i].0;
        let (last_at, last) = words[(i + take - 1).min(words.len() - 1)];
        let end = last_at + last.trim_end_matches([',', '.', ';', ':', ')']).len();
        return ReleaseDate::parse(&text[start..end]);
    }
    None
}

impl fmt::Display for ReleaseDate {
    /// ISO date when the year is known, otherwise the date as written.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.iso() {
            Some(iso) => f.write_str(&iso),
            None => f.write_str(&self.written),
        }
    }
}

impl PartialOrd for ReleaseDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ReleaseDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key()
            .cmp(&other.sort_key())
            .then_with(|| self.written.cmp(&other.written))
    }
}

impl Serialize for ReleaseDate {
    /// Serialises as the ISO date (or the written form when the year is
    /// unknown), the time if known, and the original text.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("ReleaseDate", 3)?;
        s.serialize_field("date", &self.to_string())?;
        s.serialize_field("time", &self.time.map(|(h, m)| format!("{h:02}:{m:02}")))?;
        s.serialize_field("utc_offset_minutes", &self.utc_offset_minutes)?;
        s.serialize_field("written", &self.written)?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(s: &str) -> (Option<i32>, Option<u8>, Option<u8>) {
        let d = ReleaseDate::parse(s).unwrap_or_else(|| panic!("{s:?} should parse"));
        (d.year, d.month, d.day)
    }

    #[test]
    fn iso_dates_and_datetimes() {
        assert_eq!(ymd("2021-01-15"), (Some(2021), Some(1), Some(15)));
        let d = ReleaseDate::parse("2021-01-15 16:17:00-05:00").unwrap();
        assert_eq!(d.time, Some((16, 17)));
        assert_eq!(d.utc_offset_minutes, Some(-300));
        let d = ReleaseDate::parse("2021-01-25T02:21:50Z").unwrap();
        assert_eq!((d.time, d.utc_offset_minutes), (Some((2, 21)), Some(0)));
    }

    #[test]
    fn cgtn_timestamp() {
        let d = ReleaseDate::parse("2021.01.26 22:51 GMT+8").unwrap();
        assert_eq!(d.iso().as_deref(), Some("2021-01-26"));
        assert_eq!(d.time, Some((22, 51)));
        assert_eq!(d.utc_offset_minutes, Some(480));
    }

    #[test]
    fn worded_dates() {
        assert_eq!(ymd("January 5, 2021"), (Some(2021), Some(1), Some(5)));
        assert_eq!(ymd("Sept. 3, 2021"), (Some(2021), Some(9), Some(3)));
        assert_eq!(ymd("August 26th, 2021"), (Some(2021), Some(8), Some(26)));
        assert_eq!(
            ymd("Tuesday, 26 Jan 2021 22:51:00 +0800"),
            (Some(2021), Some(1), Some(26))
        );
        assert_eq!(ymd("15 January 2021"), (Some(2021), Some(1), Some(15)));
        assert_eq!(ymd("March 2021"), (Some(2021), Some(3), None));
    }

    #[test]
    fn us_numeric_dates() {
        assert_eq!(ymd("08/03/2021"), (Some(2021), Some(8), Some(3)));
    }

    #[test]
    fn a_date_without_year_keeps_no_year() {
        let d = ReleaseDate::parse("13 May").unwrap();
        assert_eq!((d.year, d.month, d.day), (None, Some(5), Some(13)));
        assert_eq!(d.to_string(), "13 May");
        assert_eq!(d.iso(), None);
    }

    #[test]
    fn epoch_seconds() {
        assert_eq!(ymd("1611672660"), (Some(2021), Some(1), Some(26)));
    }

    #[test]
    fn non_dates_are_rejected() {
        for s in [
            "Politics",
            "CGTN",
            "May the force",
            "2021",
            "12345",
            "Updated",
            "",
        ] {
            assert!(ReleaseDate::parse(s).is_none(), "{s:?}");
        }
    }

    #[test]
    fn a_date_line_is_a_date_and_nothing_else() {
        for s in [
            "August 10, 2021",
            "1/13/2022",
            "Monday, Jan. 3, 2022",
            "JANUARY 21, 2022 12:34 AM",
            "31 May 2023",
            "Tuesday, June 13",
        ] {
            assert!(ReleaseDate::parse_alone(s).is_some(), "{s:?}");
        }
        for s in [
            "August 10, 2021 Senator Ames said the bill passed.",
            "13 May the minister spoke",
            "August 2021",
            "2021-08-10 is the day",
            "August 12, 2021 555-010-4477",
        ] {
            assert!(ReleaseDate::parse_alone(s).is_none(), "{s:?}");
        }
    }

    #[test]
    fn the_same_day_however_written() {
        let day = |s| ReleaseDate::parse(s).unwrap();
        assert!(day("1/13/2022").same_day(&day("2022-01-13T10:00:00")));
        assert!(day("January 13").same_day(&day("2022-01-13")));
        assert!(!day("January 13, 2021").same_day(&day("2022-01-13")));
        assert!(!day("January 14, 2022").same_day(&day("2022-01-13")));
    }

    #[test]
    fn finds_a_date_in_running_text() {
        let d = find_in_text("had a call with President Moon on the evening of 13 May.").unwrap();
        assert_eq!(d.written, "13 May");
        let d = find_in_text("Today, August 26th, 2021, Reps. announced").unwrap();
        assert_eq!(d.iso().as_deref(), Some("2021-08-26"));
        assert!(find_in_text("You may 5 times say so").is_none());
    }

    #[test]
    fn dates_sort_chronologically() {
        let a = ReleaseDate::parse("2021-01-05").unwrap();
        let b = ReleaseDate::parse("January 6, 2021").unwrap();
        assert!(a < b);
    }
}
