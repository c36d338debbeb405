//! `readout search`: full-text search over the corpus, best matches first.

use std::io::Write;

use anyhow::{Result, bail};
use serde_json::json;

use super::output;
use crate::corpus::sanitize::for_display;
use crate::corpus::{Body, Corpus, Release};
use crate::search::index::{SearchHit, SearchIndex, TextHit, snippet};
use crate::search::query::TextQuery;

/// Characters of context in a snippet.
const SNIPPET_WIDTH: usize = 100;
/// Hits with snippets in a JSON result (all are counted in `hit_count`).
const JSON_HITS: usize = 5;

/// Checks a query before the corpus is read: it must have a word to search for.
pub fn parse(query: &str) -> Result<TextQuery> {
    if query.trim().is_empty() {
        bail!("the search query is empty; give words or a \"quoted phrase\"");
    }
    let parsed = TextQuery::parse(query);
    if parsed.is_empty() {
        bail!(
            "the search query {:?} has no words to search for (punctuation is ignored)",
            for_display(query)
        );
    }
    Ok(parsed)
}

/// Searches the corpus and writes one line per result. Says so on stderr
/// when nothing matches.
pub fn run(
    corpus: &Corpus,
    query: &TextQuery,
    limit: usize,
    json: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let saved = crate::search::saved::load(corpus, false).map(|s| s.search);
    let computed = saved.is_none();
    let index = saved.unwrap_or_else(|| {
        let line = crate::progress::ProgressLine::new(true);
        let total = corpus.releases.len().max(1);
        let indexed = std::cell::Cell::new(0);
        SearchIndex::build_reporting(&corpus.releases, &|n| {
            indexed.set(indexed.get() + n);
            line.show(false, || {
                format!(
                    "indexing {} releases: {}%",
                    total,
                    indexed.get() * 100 / total
                )
            });
        })
    });
    let results = index.search_query(&corpus.releases, query, limit);
    if results.is_empty() {
        eprintln!("readout: no release matches");
    }
    for result in &results {
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
    if computed {
        // For the next search of this archive; failing only costs the time.
        let _ = crate::search::saved::save(corpus, &index, None);
    }
    Ok(())
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
