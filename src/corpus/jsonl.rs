//! JSON Lines dumps (one release per line) and JSON arrays of releases.
//!
//! Field names vary between scrapers, so each field is looked up under the
//! names scrapers commonly use (`title`/`headline`, `text`/`body`/`content`,
//! `date`/`published_at`, …). A record without text, or a line that is not a
//! JSON object, is reported with its line number and skipped.

use serde_json::{Map, Value};

use super::{Draft, Member, html, text};

/// Why one record could not become a release.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    /// The line is not valid JSON.
    #[error("broken JSON: {0}")]
    Json(String),
    /// The line is JSON but not an object.
    #[error("not a JSON object")]
    NotAnObject,
    /// The line holds a NUL byte: binary data, not a record.
    #[error("binary data (a NUL byte at offset {at} of the line)")]
    Nul {
        /// Byte offset of the NUL in the line.
        at: usize,
    },
    /// The record has no text (null, missing or empty).
    #[error("record has no text{}", .title.as_ref().map(|t| format!(" (title: {t:?})")).unwrap_or_default())]
    NoText {
        /// The record's title, to help find it.
        title: Option<String>,
    },
}

const TITLE_KEYS: &[&str] = &["title", "headline", "name", "subject"];
const DATE_KEYS: &[&str] = &[
    "published_time",
    "published_at",
    "date",
    "published",
    "pubdate",
    "datetime",
    "date_published",
    "created_at",
    "timestamp",
    "time",
];
const UPDATED_KEYS: &[&str] = &[
    "updated",
    "modified_time",
    "modified",
    "date_modified",
    "last_modified",
];
const URL_KEYS: &[&str] = &[
    "url",
    "link",
    "source_url",
    "permalink",
    "canonical_url",
    "href",
];
const TEXT_KEYS: &[&str] = &[
    "text",
    "body",
    "content",
    "full_text",
    "article",
    "body_text",
    "html",
    "description",
];
const SOURCE_KEYS: &[&str] = &[
    "publisher",
    "outlet",
    "site_name",
    "site",
    "agency",
    "office",
    "domain",
    "source",
];
const SECTION_KEYS: &[&str] = &["section", "category", "type", "kind"];
const AUTHOR_KEYS: &[&str] = &["author", "byline", "speaker", "authors"];
const TAG_KEYS: &[&str] = &["tags", "keywords", "topics", "subjects"];

/// A value as one line of text: strings as they are, numbers printed, lists
/// joined with ", ", objects by their `name` field.
fn as_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(as_text).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        Value::Object(map) => map.get("name").and_then(as_text),
        _ => None,
    }
}

fn first_text(map: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| map.get(*k).and_then(as_text))
}

/// The host part of a URL: `https://barr.house.gov/press` → `barr.house.gov`.
pub fn url_host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?;
    let host = host.split(':').next()?;
    (!host.is_empty()).then_some(host)
}

fn member(value: &Value) -> Option<Member> {
    let map = value.as_object()?;
    let name = first_text(map, &["name", "full_name"])?;
    Some(Member {
        name,
        party: first_text(map, &["party"]),
        state: first_text(map, &["state"]),
        chamber: first_text(map, &["chamber"]),
    })
}

/// Turns one decoded JSON object into a draft release.
pub fn record_to_draft(map: &Map<String, Value>) -> Result<Draft, RecordError> {
    let title = first_text(map, TITLE_KEYS);
    let body = TEXT_KEYS
        .iter()
        .find_map(|k| {
            map.get(*k)
                .and_then(Value::as_str)
                .filter(|s| !s.trim().is_empty())
        })
        .ok_or_else(|| RecordError::NoText {
            title: title.clone(),
        })?;
    let member = map.get("member").and_then(member);
    let url = first_text(map, URL_KEYS);
    let source = SOURCE_KEYS.iter().find_map(|k| {
        let value = map.get(*k).and_then(as_text)?;
        // A source given as a URL names its site.
        Some(match url_host(&value) {
            Some(host) => host.to_string(),
            None => value,
        })
    });
    let tags = TAG_KEYS
        .iter()
        .find_map(|k| map.get(*k))
        .map(|v| match v {
            Value::Array(items) => items.iter().filter_map(as_text).collect(),
            other => as_text(other)
                .map(|s| {
                    s.split(',')
                        .map(|t| t.trim().to_string())
                        .filter(|t| !t.is_empty())
                        .collect()
                })
                .unwrap_or_default(),
        })
        .unwrap_or_default();
    let (clean, _) = super::sanitize::clean_text(body);
    let paragraphs = if clean.trim_start().starts_with('<') {
        html::to_paragraphs(&clean)
    } else {
        text::body_paragraphs(&clean)
    };
    Ok(Draft {
        title,
        date: first_text(map, DATE_KEYS),
        updated: first_text(map, UPDATED_KEYS),
        source: source.or_else(|| url.as_deref().and_then(url_host).map(str::to_string)),
        section: first_text(map, SECTION_KEYS),
        author: first_text(map, AUTHOR_KEYS).or_else(|| member.as_ref().map(|m| m.name.clone())),
        member,
        url,
        tags,
        credits: Vec::new(),
        paragraphs,
        links: Vec::new(),
    })
}

/// Parses one line of a JSON Lines file.
pub fn parse_line(line: &str) -> Result<Draft, RecordError> {
    if let Some(at) = line.find('\0') {
        return Err(RecordError::Nul { at });
    }
    let value: Value = serde_json::from_str(line).map_err(|e| RecordError::Json(e.to_string()))?;
    match value {
        Value::Object(map) => record_to_draft(&map),
        _ => Err(RecordError::NotAnObject),
    }
}

/// The non-blank lines of a JSON Lines document with their 1-based numbers.
pub fn lines(text: &str) -> impl Iterator<Item = (u32, &str)> {
    text.split('\n')
        .enumerate()
        .map(|(i, l)| (i as u32 + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty())
}

/// Parses a JSON document holding an array of release objects (or one
/// object). Each element yields a draft or an error, numbered from 1.
pub fn parse_array(text: &str) -> Result<Vec<Result<Draft, RecordError>>, RecordError> {
    let value: Value = serde_json::from_str(text).map_err(|e| RecordError::Json(e.to_string()))?;
    Ok(match value {
        Value::Array(items) => items
            .iter()
            .map(|item| {
                item.as_object()
                    .ok_or(RecordError::NotAnObject)
                    .and_then(record_to_draft)
            })
            .collect(),
        Value::Object(map) => vec![record_to_draft(&map)],
        _ => return Err(RecordError::NotAnObject),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const RECORD: &str = r#"{"url": "https://smith.house.gov/news/1", "title": "Smith Backs Bridge Bill", "date": "2023-04-02", "source": "https://smith.house.gov/news", "domain": "smith.house.gov", "member": {"name": "Jane Smith", "party": "Democrat", "state": "OR", "chamber": "House"}, "text": "PORTLAND, OR – Rep. Jane Smith backed the bill.\n\n“Bridges matter,” said Rep. Smith.\n\n###"}"#;

    #[test]
    fn a_congress_style_record_maps_to_fields() {
        let d = parse_line(RECORD).unwrap();
        assert_eq!(d.title.as_deref(), Some("Smith Backs Bridge Bill"));
        assert_eq!(d.date.as_deref(), Some("2023-04-02"));
        assert_eq!(d.source.as_deref(), Some("smith.house.gov"));
        assert_eq!(d.member.as_ref().unwrap().chamber.as_deref(), Some("House"));
        assert_eq!(d.author.as_deref(), Some("Jane Smith"));
        assert_eq!(d.paragraphs.len(), 3);
    }

    #[test]
    fn null_text_is_an_error_naming_the_title() {
        let err = parse_line(r#"{"title": "Nominations", "text": null}"#).unwrap_err();
        assert_eq!(
            err,
            RecordError::NoText {
                title: Some("Nominations".into())
            }
        );
    }

    #[test]
    fn broken_lines_and_non_objects_are_errors() {
        assert!(matches!(
            parse_line(r#"{"title": "cut off"#),
            Err(RecordError::Json(_))
        ));
        assert_eq!(parse_line("[1, 2]").unwrap_err(), RecordError::NotAnObject);
    }

    #[test]
    fn other_field_names_are_understood() {
        let d = parse_line(r#"{"headline": "H", "published_at": 1611672660, "link": "https://news.example.com/a", "body": "<p>One.</p><p>Two.</p>", "keywords": "trade, health"}"#).unwrap();
        assert_eq!(d.title.as_deref(), Some("H"));
        assert_eq!(d.date.as_deref(), Some("1611672660"));
        assert_eq!(d.source.as_deref(), Some("news.example.com"));
        assert_eq!(d.tags, vec!["trade", "health"]);
    }

    #[test]
    fn escaped_control_characters_are_sanitised() {
        let d = parse_line(r#"{"title": "T", "text": "a\u001b[31mred\u0007 text"}"#).unwrap();
        assert_eq!(d.paragraphs[0].text, "ared␇ text");
    }

    #[test]
    fn json_arrays_hold_several_releases() {
        let items =
            parse_array(r#"[{"title": "A", "text": "x"}, {"title": "B", "text": null}]"#).unwrap();
        assert!(items[0].is_ok());
        assert!(items[1].is_err());
    }

    #[test]
    fn hosts_come_from_urls() {
        assert_eq!(url_host("https://a.b.gov:443/x?y"), Some("a.b.gov"));
        assert_eq!(url_host("not a url"), None);
    }
}
