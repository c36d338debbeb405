//! `readout search`: full-text search over the corpus, best matches first,
//! in the query language of the reader (see [`crate::search::syntax`]).

use std::io::Write;

use anyhow::{Result, bail};
use serde_json::json;

use super::output;
use crate::corpus::sanitize::for_display;
use crate::corpus::{Body, Corpus, Release};
use crate::search::engine::{Engine, Opened};
use crate::search::hits::{SearchHit, TextHit};
use crate::search::kwic::snippet;
use crate::search::speakers::Directory;
use crate::search::syntax::{DateSpec, Query, TermKind};

/// Columns of context in a snippet.
const SNIPPET_WIDTH: usize = 100;
/// Hits with snippets in a JSON result (all are counted in `hit_count`).
const JSON_HITS: usize = 5;

/// The options that add fields to a query.
#[derive(Debug, Clone, Default)]
pub struct Narrowing {
    /// `--source`: as `source:`.
    pub source: Option<String>,
    /// `--since`: as `since:`.
    pub since: Option<String>,
    /// `--until`: as `until:`.
    pub until: Option<String>,
    /// `--speaker`: as `said:`.
    pub speaker: Option<String>,
}

/// Reads a query and the options that narrow it, before the corpus is
/// read: a mistake is reported at once.
pub fn parse(query: &str, narrowing: &Narrowing) -> Result<Query> {
    let mut parsed = match Query::parse(query) {
        Ok(parsed) => parsed,
        Err(error) => bail!(
            "in the query {:?}: {} (at {:?})",
            for_display(query),
            error.message,
            for_display(query.get(error.at.clone()).unwrap_or(""))
        ),
    };
    let option = |name: &str, value: &str, read: fn(&str) -> Result<DateSpec, String>| {
        read(&value.to_lowercase()).map_err(|e| anyhow::anyhow!("--{name}: {e}"))
    };
    if let Some(source) = &narrowing.source {
        parsed.push(TermKind::Source(source.to_lowercase()));
    }
    if let Some(since) = &narrowing.since {
        parsed.push(TermKind::Date(option(
            "since",
            since,
            DateSpec::parse_since,
        )?));
    }
    if let Some(until) = &narrowing.until {
        parsed.push(TermKind::Date(option(
            "until",
            until,
            DateSpec::parse_until,
        )?));
    }
    if let Some(speaker) = &narrowing.speaker {
        parsed.push(TermKind::Said(speaker.to_lowercase()));
    }
    if !crate::search::engine::searchable(&parsed) {
        bail!(
            "the search query {:?} has nothing to search for (punctuation is ignored); give words, a \"quoted phrase\" or a field such as source:NAME",
            for_display(query)
        );
    }
    Ok(parsed)
}

/// Searches the corpus and writes one line per result, best first (newest
/// first for a query of fields alone). Returns how many releases matched.
pub fn run(
    corpus: &Corpus,
    query: &Query,
    limit: usize,
    json: bool,
    out: &mut dyn Write,
) -> Result<usize> {
    let line = crate::progress::ProgressLine::new(true);
    let total = corpus.releases.len().max(1);
    let indexed = std::sync::atomic::AtomicUsize::new(0);
    let (engine, opened) = Engine::open(corpus, &|n| {
        let done = indexed.fetch_add(n, std::sync::atomic::Ordering::Relaxed) + n;
        line.show(false, || {
            format!("indexing {total} releases: {}%", done * 100 / total)
        });
    })?;
    drop(line);
    if let Opened::Updated { files, .. } = opened {
        eprintln!("readout: the search index was brought up to date ({files} files changed)");
    }
    let said = query
        .terms
        .iter()
        .any(|t| matches!(t.kind, TermKind::Said(_)));
    let speakers = if said {
        Directory::of(&corpus.releases)
    } else {
        Directory::default()
    };
    let found = engine.search(&corpus.releases, query, &speakers, None, limit)?;
    for result in &found.hits {
        let Some(release) = corpus.releases.get(result.release as usize) else {
            continue;
        };
        let body = release.read_body();
        if json {
            write_json(release, &body, result, out)?;
        } else {
            write_text(release, &body, result, out)?;
        }
    }
    Ok(found.total)
}

/// The snippet of a hit, made safe to print.
fn snippet_text(body: &Body, hit: TextHit) -> String {
    for_display(&snippet(body, hit, SNIPPET_WIDTH).text).into_owned()
}

/// id, date, score, title and the first hit's snippet, tab-separated.
fn write_text(
    release: &Release,
    body: &Body,
    result: &SearchHit,
    out: &mut dyn Write,
) -> Result<()> {
    let context = result
        .hits
        .first()
        .map_or_else(|| "-".to_string(), |&hit| snippet_text(body, hit));
    writeln!(
        out,
        "{}\t{}\t{:.2}\t{}\t{}",
        release.id,
        super::date_column(release),
        result.score,
        for_display(&release.title),
        context
    )?;
    Ok(())
}

/// One JSON object: metadata, score, the first hits with snippets, the hit count.
fn write_json(
    release: &Release,
    body: &Body,
    result: &SearchHit,
    out: &mut dyn Write,
) -> Result<()> {
    let hits: Vec<_> = result
        .hits
        .iter()
        .take(JSON_HITS)
        .map(|&hit| {
            let snippet = snippet(body, hit, SNIPPET_WIDTH);
            json!({
                "paragraph": hit.paragraph,
                "start": hit.start,
                "end": hit.end,
                "snippet": snippet.text,
                "highlight": [snippet.highlight.start, snippet.highlight.end],
            })
        })
        .collect();
    let value = json!({
        "id": release.id,
        "title": release.title,
        "date": release.date.as_ref().map(ToString::to_string),
        "source": release.source,
        "url": release.url,
        "score": (f64::from(result.score) * 1000.0).round() / 1000.0,
        "hits": hits,
        "hit_count": result.hits.len(),
    });
    output::write_json_line(out, &value)?;
    Ok(())
}
