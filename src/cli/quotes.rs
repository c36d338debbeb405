//! `readout quotes`: every quotation and transcript turn of an archive with
//! its speaker, optionally only one person's, as the archive's speaker
//! [`Directory`] tells people apart.

use std::io::Write;

use anyhow::Result;
use serde_json::json;

use super::date_column;
use super::output::{self, Output};
use crate::corpus::{Corpus, TextPos};
use crate::search::speakers::Directory;

/// Writes the quotations (and turns) of `corpus`, only those of the people
/// `speaker` names when given: tab-separated, or one JSON object per line.
pub fn write(corpus: &Corpus, speaker: Option<&str>, json: bool, out: &mut Output) -> Result<()> {
    let directory = Directory::of(&corpus.releases);
    let wanted: Option<Vec<u32>> = speaker.map(|s| directory.matching(s));
    let is_wanted = |who: Option<&str>| match &wanted {
        Some(ids) => who
            .and_then(|w| directory.person_of(w))
            .is_some_and(|id| ids.contains(&id)),
        None => true,
    };
    for release in &corpus.releases {
        let listed = match &wanted {
            Some(_) => release.outline.speakers.iter().any(|s| is_wanted(Some(s))),
            None => release.outline.quotes > 0 || !release.outline.speakers.is_empty(),
        };
        if !listed {
            continue;
        }
        let body = release.read_body();
        let quotes = body
            .quotes
            .iter()
            .map(|q| ("quote", q.start, q.end, q.speaker.as_deref()));
        let turns = body.turns.iter().filter_map(|t| {
            let who = t.statement_by()?;
            let (start, end) = body.turn_span(t);
            Some(("turn", start, end, Some(who)))
        });
        let mut rows: Vec<(&str, TextPos, TextPos, Option<&str>)> = quotes.chain(turns).collect();
        rows.sort_by_key(|(_, start, _, _)| *start);
        for (kind, start, end, who) in rows {
            if !is_wanted(who) {
                continue;
            }
            let text = body.text_between(start, end);
            if json {
                let value = json!({
                    "release": release.id,
                    "date": release.date.as_ref().map(ToString::to_string),
                    "title": release.title,
                    "kind": kind,
                    "speaker": who,
                    "text": text,
                    "start": start,
                    "end": end,
                });
                output::write_json_line(out, &value)?;
            } else {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}",
                    release.id,
                    date_column(release),
                    who.unwrap_or("-"),
                    text
                )?;
            }
        }
    }
    Ok(())
}
