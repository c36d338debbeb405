//! Quotation finding over the real congressional press releases in
//! `../shared/corpus/congress`: prints how many quotes get a speaker and
//! checks hand-verified attributions. Skips when the corpus is absent. Set
//! `QUOTES_DUMP=1` to print every quote with its context and speaker.

use std::path::{Path, PathBuf};

use readout::corpus::Paragraph;
use readout::corpus::quotes::{PersonName, extract};
use readout::corpus::sanitize::clean_text;

/// One release of the corpus: its URL and body paragraphs.
struct Record {
    url: String,
    paragraphs: Vec<Paragraph>,
}

fn corpus_dir() -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus")).join("congress")
}

fn load() -> Option<Vec<Record>> {
    let dir = corpus_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut records = Vec::new();
    for file in files {
        let data = std::fs::read_to_string(&file).unwrap();
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let value: serde_json::Value = serde_json::from_str(line).unwrap();
            let url = value["url"].as_str().unwrap_or_default().to_string();
            let Some(text) = value["text"].as_str() else {
                continue;
            };
            let (clean, _) = clean_text(text);
            let paragraphs = clean
                .split("\n\n")
                .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|p| !p.is_empty())
                .map(Paragraph::body)
                .collect();
            records.push(Record { url, paragraphs });
        }
    }
    Some(records)
}

/// The text of a quote, paragraphs joined by a space.
fn quote_text(paragraphs: &[Paragraph], quote: &readout::corpus::Quote) -> String {
    let mut out = String::new();
    for p in quote.start.paragraph..=quote.end.paragraph {
        let text = &paragraphs[p as usize].text;
        let from = if p == quote.start.paragraph {
            quote.start.offset as usize
        } else {
            0
        };
        let to = if p == quote.end.paragraph {
            quote.end.offset as usize
        } else {
            text.len()
        };
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&text[from..to]);
    }
    out
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn measures_speaker_attribution_over_the_congress_corpus() {
    let Some(records) = load() else {
        println!("skipped: ../shared/corpus not found");
        return;
    };
    let mut total = 0usize;
    let mut with_speaker = 0usize;
    // Quotes of more than three words: statements rather than scare quotes.
    let mut long = 0usize;
    let mut long_with_speaker = 0usize;
    let dump = std::env::var_os("QUOTES_DUMP").is_some();
    let started = std::time::Instant::now();
    let all: Vec<_> = records.iter().map(|r| extract(&r.paragraphs)).collect();
    println!(
        "extract: {:?} for {} releases (unoptimised test build)",
        started.elapsed(),
        records.len()
    );
    for (record, quotes) in records.iter().zip(&all) {
        for q in quotes {
            total += 1;
            with_speaker += usize::from(q.speaker.is_some());
            if quote_text(&record.paragraphs, q).split_whitespace().count() > 3 {
                long += 1;
                long_with_speaker += usize::from(q.speaker.is_some());
            }
            if dump {
                let text = quote_text(&record.paragraphs, q);
                let head: String = text.chars().take(50).collect();
                let last = &record.paragraphs[q.end.paragraph as usize].text;
                let after: String = last[q.end.offset as usize..].chars().take(50).collect();
                let first = &record.paragraphs[q.start.paragraph as usize].text;
                let before: String = first[..q.start.offset as usize]
                    .chars()
                    .rev()
                    .take(50)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                println!(
                    "{:?}\t{}-{}\t[{before}] {head} [{after}]\t{}",
                    q.speaker, q.start.paragraph, q.end.paragraph, record.url
                );
            }
        }
    }
    let percent = if total == 0 {
        0.0
    } else {
        100.0 * with_speaker as f64 / total as f64
    };
    println!(
        "releases: {}, quotes: {total}, with speaker: {with_speaker} ({percent:.1}%)",
        records.len()
    );
    let long_percent = 100.0 * long_with_speaker as f64 / long.max(1) as f64;
    println!(
        "quotes of more than three words: {long}, with speaker: {long_with_speaker} ({long_percent:.1}%)"
    );
    assert!(total > 0);
}

/// The speaker's surname (lowercase) of the quote in the release at `url`
/// whose text (after its opening mark) begins with `prefix`.
fn speaker_of(records: &[Record], url: &str, prefix: &str) -> Option<String> {
    let record = records
        .iter()
        .find(|r| r.url == url)
        .unwrap_or_else(|| panic!("no release at {url}"));
    let quotes = extract(&record.paragraphs);
    let quote = quotes
        .iter()
        .find(|q| {
            quote_text(&record.paragraphs, q)
                .trim_start_matches(['"', '“', '‘', '\''])
                .starts_with(prefix)
        })
        .unwrap_or_else(|| panic!("no quote starting {prefix:?} in {url}"));
    let name = PersonName::parse(quote.speaker.as_deref()?)?;
    Some(name.surname.to_lowercase())
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn hand_checked_quotes_have_their_speakers() {
    let Some(records) = load() else {
        println!("skipped: ../shared/corpus not found");
        return;
    };
    // (url, quote prefix, expected speaker's surname); `None` for a scare quote.
    let cases: &[(&str, &str, Option<&str>)] = &[
        // Intro paragraph "... released the following statement ...:"
        (
            "https://barr.house.gov/press-releases?ID=528A4697-3402-4D9C-9A65-05487788BEA5",
            "I was saddened to learn",
            Some("barr"),
        ),
        // `"…," said Johnson.`
        (
            "https://hankjohnson.house.gov/media-center/press-releases/congressman-johnson-applauds-superior-court-chief-judge-jacksons-60-day",
            "I want to thank Chief",
            Some("johnson"),
        ),
        // Multi-paragraph statement after "issued the following statement".
        (
            "https://horsford.house.gov/media/press-releases/statement-from-congressman-horsford-on-federal-eviction-moratorium-expiration",
            "As Democrats in Congress fought",
            Some("horsford"),
        ),
        // Intro with an apposition: "Calvert (CA-42), the Ranking …, issued".
        (
            "https://calvert.house.gov/media/press-releases/rep-calvert-statement-situation-afghanistan",
            "What's unfolding in Afghanistan",
            Some("calvert"),
        ),
        (
            "https://lahood.house.gov/2021/8/lahood-statement-on-deadly-attacks-in-kabul",
            "The reports regarding the terrorist",
            Some("lahood"),
        ),
        // `said Secretary of Commerce Gina M. Raimondo`
        (
            "https://larsen.house.gov/news/documentsingle.aspx?DocumentID=2592",
            "Many American communities continue",
            Some("raimondo"),
        ),
        (
            "https://larsen.house.gov/news/documentsingle.aspx?DocumentID=2592",
            "Having access to high-speed internet",
            Some("murray"),
        ),
        // `continued Dr. Ruiz`
        (
            "https://ruiz.house.gov/media-center/press-releases/house-passes-ruiz-s-priorities-appropriations-package",
            "I am pleased that the House",
            Some("ruiz"),
        ),
        // `TFB President Russell Boening said`
        (
            "https://gonzalez.house.gov/media/press-releases/congressman-gonzalez-introduces-bill-reimburse-farmers-and-ranchers-migration",
            "Texas Farm Bureau has been",
            Some("boening"),
        ),
        // `Congressman Issa said: "…"`
        (
            "https://issa.house.gov/media/press-releases/issa-sponsors-bipartisan-bicameral-legislation-providing-critical-new",
            "California courts are both",
            Some("issa"),
        ),
        (
            "https://moulton.house.gov/news/press-releases/moulton-succeeds-attaching-169-million-right-whale-research-house",
            "North Atlantic right whales",
            Some("moulton"),
        ),
        // `Roy pointed out`
        (
            "https://roy.house.gov/media/press-releases/rep-roy-presses-san-antonio-airport-leadership-info-dhs-migrant-flights",
            "Reportedly, this has been",
            Some("roy"),
        ),
        (
            "https://www.lgraham.senate.gov/public/index.cfm/press-releases?ID=A610F593-90E6-402D-AB62-3E4B447E718A",
            "The EARN IT Act is",
            Some("blumenthal"),
        ),
        // Floor remarks introduced by "delivered the following remarks".
        (
            "https://www.mcconnell.senate.gov/public/index.cfm/pressreleases?ID=9659BDC7-8BF0-4C30-83EB-310C5C6D7CD6",
            "Last week, Justice Stephen Breyer",
            Some("mcconnell"),
        ),
        // A scare quote keeps no speaker.
        (
            "https://barr.house.gov/press-releases?ID=BF264E31-F3E1-49F4-8056-F8C7AB3D3CB4",
            "batwoman",
            None,
        ),
    ];
    for (url, prefix, expected) in cases {
        assert_eq!(
            speaker_of(&records, url, prefix).as_deref(),
            *expected,
            "{url}: {prefix}"
        );
    }
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn a_statement_runs_across_paragraphs() {
    let Some(records) = load() else {
        println!("skipped: ../shared/corpus not found");
        return;
    };
    let url = "https://horsford.house.gov/media/press-releases/statement-from-congressman-horsford-on-federal-eviction-moratorium-expiration";
    let record = records.iter().find(|r| r.url == url).unwrap();
    let quotes = extract(&record.paragraphs);
    assert_eq!(quotes.len(), 1, "one statement over several paragraphs");
    assert!(quotes[0].end.paragraph > quotes[0].start.paragraph + 2);
}
