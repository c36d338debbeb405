//! `readout show`: one release as readable text or as JSON.

use std::io::Write;

use anyhow::Result;
use serde_json::json;

use super::output;
use crate::corpus::display::{DateFormat, format_date};
use crate::corpus::{Block, Paragraph, Release, SpanStyle};

/// Writes a release as plain text: a header, paragraphs (each link's text
/// followed by its number, `FEMA App[1]`), the links' addresses by number,
/// credits and, under a rule as in the reader, the trailer (press contacts,
/// notices, what follows the end mark). Dates are written in `date_format`.
pub fn write_text(release: &Release, date_format: DateFormat, out: &mut dyn Write) -> Result<()> {
    writeln!(out, "{}", release.title)?;
    let mut meta = Vec::new();
    if let Some(date) = &release.date {
        meta.push(format_date(Some(date), date_format));
    }
    meta.push(crate::corpus::display::source_label(release));
    if let Some(section) = &release.section {
        meta.push(section.clone());
    }
    writeln!(out, "{}", meta.join(" · "))?;
    if let Some(url) = &release.url {
        writeln!(out, "{url}")?;
    }
    let body = release.read_body();
    for paragraph in &body.paragraphs {
        writeln!(out)?;
        let text = with_link_numbers(paragraph);
        match paragraph.block {
            Block::Heading { .. } => writeln!(out, "{}", text.to_uppercase())?,
            Block::ListItem { depth } => {
                writeln!(out, "{}• {text}", "  ".repeat(usize::from(depth)))?
            }
            Block::BlockQuote => writeln!(out, "│ {text}")?,
            Block::Body | Block::Preformatted => writeln!(out, "{text}")?,
        }
    }
    if !body.links.is_empty() {
        writeln!(out)?;
        writeln!(out, "Links:")?;
        for (i, url) in body.links.iter().enumerate() {
            writeln!(out, "[{}] {url}", i + 1)?;
        }
    }
    if !release.credits.is_empty() {
        writeln!(out)?;
        for credit in &release.credits {
            writeln!(out, "({credit})")?;
        }
    }
    if !body.trailer.is_empty() {
        writeln!(out, "\n───")?;
        for line in &body.trailer {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// A paragraph's text with each link's number after its text, as the
/// reader shows it: `the [FEMA App](…)` is `the FEMA App[1]`.
fn with_link_numbers(paragraph: &Paragraph) -> String {
    let text = paragraph.text.as_str();
    let mut out = String::with_capacity(text.len() + 8);
    let mut at = 0;
    for span in &paragraph.spans {
        let SpanStyle::Link { index } = span.style else {
            continue;
        };
        let end = (span.end as usize).min(text.len());
        let Some(piece) = text.get(at..end) else {
            continue;
        };
        out.push_str(piece);
        out.push_str(&format!("[{}]", index + 1));
        at = end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

/// Writes a release as one JSON object: metadata, paragraphs, links,
/// trailer, quotes with their text, speaker and offsets, and for a
/// transcript its turns (paragraphs, label, speaker) and setting.
pub fn write_json(release: &Release, out: &mut dyn Write) -> Result<()> {
    let body = release.read_body();
    let quotes: Vec<_> = body
        .quotes
        .iter()
        .map(|q| {
            json!({
                "speaker": q.speaker,
                "text": body.quote_text(q),
                "start": q.start,
                "end": q.end,
            })
        })
        .collect();
    let mut value = serde_json::to_value(release)?;
    if let Some(map) = value.as_object_mut() {
        map.insert("paragraphs".into(), json!(body.paragraphs));
        if !body.links.is_empty() {
            map.insert("links".into(), json!(body.links));
        }
        if !body.trailer.is_empty() {
            map.insert("trailer".into(), json!(body.trailer));
        }
        map.insert("quotes".into(), json!(quotes));
        if !body.turns.is_empty() {
            map.insert("turns".into(), json!(body.turns));
        }
        if !body.setting.is_empty() {
            map.insert("setting".into(), json!(body.setting));
        }
    }
    output::write_json_line(out, &value)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Body, Span};

    #[test]
    fn a_link_is_followed_by_its_number() {
        let paragraph = Paragraph {
            spans: vec![
                Span {
                    start: 4,
                    end: 12,
                    style: SpanStyle::Link { index: 0 },
                },
                Span {
                    start: 17,
                    end: 21,
                    style: SpanStyle::Strong,
                },
            ],
            ..Paragraph::body("Get FEMA App now, okay")
        };
        assert_eq!(with_link_numbers(&paragraph), "Get FEMA App[1] now, okay");
    }

    #[test]
    fn the_trailer_is_printed_under_a_rule() {
        let release = Release::sample_with(
            "k",
            "Harbor Bill",
            Body {
                paragraphs: vec![Paragraph::body("The bill passed.")],
                trailer: vec!["Media Contact: Tess Morrow, 555-010-4477".into()],
                ..Body::default()
            },
            "a.jsonl",
        );
        let mut out = Vec::new();
        write_text(&release, DateFormat::Iso, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.ends_with("The bill passed.\n\n───\nMedia Contact: Tess Morrow, 555-010-4477\n"),
            "{text}"
        );
    }
}
