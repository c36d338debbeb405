//! `readout show`: one release as readable text or as JSON.

use std::io::Write;

use anyhow::Result;
use serde_json::json;

use super::output;
use crate::corpus::{Block, Release};

/// Writes a release as plain text: a header, paragraphs, credits and,
/// under a rule as in the reader, the trailer (press contacts, notices,
/// what follows the end mark).
pub fn write_text(release: &Release, out: &mut dyn Write) -> Result<()> {
    writeln!(out, "{}", release.title)?;
    let mut meta = Vec::new();
    if let Some(date) = &release.date {
        meta.push(date.to_string());
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
        match paragraph.block {
            Block::Heading { .. } => writeln!(out, "{}", paragraph.text.to_uppercase())?,
            Block::ListItem { depth } => writeln!(
                out,
                "{}• {}",
                "  ".repeat(usize::from(depth)),
                paragraph.text
            )?,
            Block::BlockQuote => writeln!(out, "│ {}", paragraph.text)?,
            Block::Body | Block::Preformatted => writeln!(out, "{}", paragraph.text)?,
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
    use crate::corpus::{Body, Paragraph};

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
        write_text(&release, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.ends_with("The bill passed.\n\n───\nMedia Contact: Tess Morrow, 555-010-4477\n"),
            "{text}"
        );
    }
}
