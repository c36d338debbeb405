//! Full-text search on the real shared corpus: phrases really occur, results
//! are ranked, hits cover the words, and the index finds every release a
//! plain scan finds.

mod common;

use std::sync::OnceLock;
use std::time::Instant;

use readout::archive;
use readout::corpus::{Body, Corpus, Release};
use readout::search::index::{SearchIndex, snippet};
use readout::search::query::tokens;

/// The shared corpus, read once for all the tests of this file.
fn load(test: &str) -> Option<&'static Corpus> {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    let root = common::shared_corpus(test)?;
    Some(CORPUS.get_or_init(|| archive::load_with_progress(&[root], &|_| {})))
}

/// The release's searchable text (given title and body), lowercase, with
/// every run of non-word characters made one space.
fn plain_text(release: &Release) -> String {
    let mut text = String::new();
    if !release.title_derived {
        text.push_str(&release.title);
        text.push('\n');
    }
    for p in &release.read_body().paragraphs {
        text.push_str(&p.text);
        text.push('\n');
    }
    format!(" {} ", tokens(&text).join(" "))
}

fn hit_text<'a>(body: &'a Body, hit: &readout::search::index::TextHit) -> &'a str {
    &body.paragraphs[hit.paragraph as usize].text[hit.start as usize..hit.end as usize]
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn a_phrase_query_returns_only_releases_with_the_phrase() {
    let Some(corpus) = load("a_phrase_query_returns_only_releases_with_the_phrase") else {
        return;
    };
    let index = SearchIndex::build(&corpus.releases);
    let results = index.search(&corpus.releases, "\"infrastructure law\"", 50);
    assert!(results.len() >= 5, "only {} results", results.len());
    assert!(results.windows(2).all(|w| w[0].score >= w[1].score));
    for result in &results {
        let release = &corpus.releases[result.release as usize];
        assert!(
            plain_text(release).contains(" infrastructure law "),
            "{} lacks the phrase",
            release.id
        );
        let body = release.read_body();
        let lowercase = body
            .paragraphs
            .iter()
            .map(|p| p.text.to_lowercase())
            .collect::<Vec<_>>()
            .join("\n");
        if lowercase.contains("infrastructure law") {
            assert!(!result.hits.is_empty(), "{}", release.id);
        }
        for hit in &result.hits {
            let text: Vec<String> = tokens(hit_text(&body, hit));
            assert_eq!(text, ["infrastructure", "law"], "{}", release.id);
            let s = snippet(&body, *hit, 80);
            assert_eq!(tokens(&s.text[s.highlight.clone()]), text);
        }
    }
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn a_word_query_finds_what_a_scan_finds_and_hits_cover_the_word() {
    let Some(corpus) = load("a_word_query_finds_what_a_scan_finds_and_hits_cover_the_word") else {
        return;
    };
    let index = SearchIndex::build(&corpus.releases);
    let plain: Vec<String> = corpus.releases.iter().map(plain_text).collect();
    for word in ["broadband", "tariffs", "veterans"] {
        let results = index.search(&corpus.releases, word, usize::MAX);
        let expected = plain
            .iter()
            .filter(|text| text.contains(&format!(" {word} ")))
            .count();
        assert!(expected > 0, "{word}");
        assert_eq!(results.len(), expected, "{word}");
        assert!(results.windows(2).all(|w| {
            w[0].score > w[1].score || (w[0].score == w[1].score && w[0].release < w[1].release)
        }));
        for result in results.iter().take(100) {
            let release = &corpus.releases[result.release as usize];
            let body = release.read_body();
            for hit in &result.hits {
                let text = &body.paragraphs[hit.paragraph as usize].text;
                assert!(text.is_char_boundary(hit.start as usize));
                assert!(text.is_char_boundary(hit.end as usize));
                assert_eq!(tokens(hit_text(&body, hit)), [word], "{}", release.id);
            }
        }
    }
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn the_whole_corpus_indexes_quickly() {
    let Some(corpus) = load("the_whole_corpus_indexes_quickly") else {
        return;
    };
    let started = Instant::now();
    let index = SearchIndex::build(&corpus.releases);
    let took = started.elapsed();
    eprintln!(
        "indexed {} releases in {took:?}: {} words, about {} MB",
        corpus.releases.len(),
        index.term_count(),
        index.heap_bytes() / 1_000_000
    );
    assert!(index.term_count() > 10_000);
    // Generous for a debug build on a busy machine; the release build is far faster.
    assert!(took.as_secs() < 30, "{took:?}");
    let started = Instant::now();
    let results = index.search(&corpus.releases, "\"the united states\" president", 20);
    eprintln!("a common phrase query took {:?}", started.elapsed());
    assert_eq!(results.len(), 20);
}
