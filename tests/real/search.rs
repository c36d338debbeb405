//! Corpus search on the real shared corpus, in the query language of every
//! prompt: phrases really occur, words find what a plain scan finds, each
//! field alone and combined narrows as it says, ranges and exclusions hold,
//! and hits cover the words.

use std::sync::OnceLock;

use readout::corpus::{Body, Corpus, Release};
use readout::search::engine::Engine;
use readout::search::hits::{SearchHit, TextHit};
use readout::search::kwic::snippet;
use readout::search::query::tokens;
use readout::search::speakers::Directory;
use readout::search::syntax::{Query, day_number};

/// The shared corpus, its engine and who is who among its speakers.
type Loaded = (&'static Corpus, &'static Engine, Directory);

/// The shared corpus, its engine and its speakers, made once for the binary.
fn load(test: &str) -> Option<&'static Loaded> {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    let corpus = crate::common::whole_corpus(test)?;
    let engine = crate::common::whole_engine(test)?;
    Some(LOADED.get_or_init(|| (corpus, engine, Directory::of(&corpus.releases))))
}

/// Every release matching `query`, best first.
fn search(loaded: &Loaded, query: &str) -> Vec<SearchHit> {
    let (corpus, engine, speakers) = loaded;
    let parsed = Query::parse(query).expect("the query parses");
    let found = engine
        .search(
            &corpus.releases,
            &parsed,
            speakers,
            None,
            corpus.releases.len(),
        )
        .expect("searched");
    assert_eq!(found.hits.len(), found.total, "{query}");
    found.hits
}

/// The releases matching `query`, sorted.
fn matching(loaded: &Loaded, query: &str) -> Vec<u32> {
    let mut found: Vec<u32> = search(loaded, query).iter().map(|h| h.release).collect();
    found.sort_unstable();
    found
}

/// The releases of which `keep` holds, sorted.
fn scanned(corpus: &Corpus, keep: impl Fn(&Release) -> bool) -> Vec<u32> {
    (0..corpus.releases.len() as u32)
        .filter(|&i| keep(&corpus.releases[i as usize]))
        .collect()
}

/// The release's searchable text (title and body), as the engine splits
/// words, with a space around every word.
fn plain_text(release: &Release) -> String {
    let mut text = release.title.clone();
    text.push('\n');
    for p in &release.read_body().paragraphs {
        text.push_str(&p.text);
        text.push('\n');
    }
    format!(" {} ", tokens(&text).join(" "))
}

/// True when the release's source or member name contains `part`.
fn source_has(release: &Release, part: &str) -> bool {
    let mut source = release.source.clone().unwrap_or_default();
    if let Some(member) = &release.member {
        source.push('\n');
        source.push_str(&member.name);
    }
    source.to_lowercase().contains(part)
}

fn hit_text<'a>(body: &'a Body, hit: &TextHit) -> &'a str {
    &body.paragraphs[hit.paragraph as usize].text[hit.start as usize..hit.end as usize]
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn a_phrase_query_returns_only_releases_with_the_phrase() {
    let Some(loaded) = load("a_phrase_query_returns_only_releases_with_the_phrase") else {
        return;
    };
    let corpus = &loaded.0;
    let results = search(loaded, "\"infrastructure law\"");
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
    let Some(loaded) = load("a_word_query_finds_what_a_scan_finds_and_hits_cover_the_word") else {
        return;
    };
    let corpus = &loaded.0;
    let plain: Vec<String> = corpus.releases.iter().map(plain_text).collect();
    for word in ["broadband", "tariffs", "veterans"] {
        let results = search(loaded, word);
        let expected = plain
            .iter()
            .filter(|text| text.contains(&format!(" {word} ")))
            .count();
        assert!(expected > 0, "{word}");
        assert_eq!(results.len(), expected, "{word}");
        assert!(results.windows(2).all(|w| w[0].score >= w[1].score));
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
    assert_eq!(
        matching(loaded, "'tariffs"),
        matching(loaded, "tariffs"),
        "an exact word is a word to corpus search"
    );
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn each_field_alone_and_combined_narrows_as_it_says() {
    let Some(loaded) = load("each_field_alone_and_combined_narrows_as_it_says") else {
        return;
    };
    let corpus = &loaded.0;
    let plain: Vec<String> = corpus.releases.iter().map(plain_text).collect();
    let has_word = |i: u32, w: &str| plain[i as usize].contains(&format!(" {w} "));
    let day = |r: &Release| r.date.as_ref().and_then(day_number);

    let whitehouse = scanned(corpus, |r| source_has(r, "whitehouse"));
    assert!(!whitehouse.is_empty());
    assert_eq!(matching(loaded, "source:whitehouse"), whitehouse);

    let in_2023 = scanned(corpus, |r| day(r).is_some_and(|d| d / 10_000 == 2023));
    assert!(!in_2023.is_empty());
    assert_eq!(matching(loaded, "date:2023"), in_2023);
    let march_2023 = scanned(corpus, |r| day(r).is_some_and(|d| d / 100 == 202303));
    assert_eq!(matching(loaded, "date:2023-03"), march_2023);
    let december = scanned(corpus, |r| {
        r.date.as_ref().is_some_and(|d| d.month == Some(12))
    });
    assert!(!december.is_empty());
    assert_eq!(matching(loaded, "date:december"), december);
    let winter = scanned(corpus, |r| {
        day(r).is_some_and(|d| (20221100..=20230299).contains(&d))
    });
    assert!(!winter.is_empty());
    assert_eq!(matching(loaded, "date:2022-11..2023-02"), winter);
    assert_eq!(matching(loaded, "since:2022-11 until:2023-02"), winter);

    let fentanyl = matching(loaded, "fentanyl");
    let combined: Vec<u32> = fentanyl
        .iter()
        .copied()
        .filter(|i| whitehouse.contains(i) && in_2023.contains(i))
        .collect();
    assert!(!combined.is_empty());
    assert_eq!(
        matching(loaded, "fentanyl source:whitehouse date:2023"),
        combined
    );

    let not_whitehouse: Vec<u32> = fentanyl
        .iter()
        .copied()
        .filter(|i| !whitehouse.contains(i))
        .collect();
    assert_eq!(
        matching(loaded, "fentanyl -source:whitehouse"),
        not_whitehouse
    );
    let without_china: Vec<u32> = fentanyl
        .iter()
        .copied()
        .filter(|&i| !has_word(i, "china"))
        .collect();
    assert!(without_china.len() < fentanyl.len());
    assert_eq!(matching(loaded, "fentanyl -china"), without_china);

    let titled = scanned(corpus, |r| tokens(&r.title).iter().any(|t| t == "veterans"));
    assert!(!titled.is_empty());
    assert_eq!(matching(loaded, "title:veterans"), titled);
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn speakers_are_found_by_any_form_of_their_name() {
    let Some(loaded) = load("speakers_are_found_by_any_form_of_their_name") else {
        return;
    };
    let corpus = &loaded.0;
    let schumers = loaded.2.matching("schumer");
    let quoting = scanned(corpus, |r| {
        r.outline
            .speakers
            .iter()
            .any(|s| loaded.2.person_of(s).is_some_and(|p| schumers.contains(&p)))
    });
    assert!(!quoting.is_empty());
    let found = matching(loaded, "said:schumer");
    assert!(quoting.iter().all(|i| found.contains(i)));
    assert_eq!(matching(loaded, "said:\"Chuck Schumer\""), found);
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn fields_alone_list_the_newest_first() {
    let Some(loaded) = load("fields_alone_list_the_newest_first") else {
        return;
    };
    let corpus = &loaded.0;
    let results = search(loaded, "source:whitehouse date:2023");
    let days: Vec<u32> = results
        .iter()
        .filter_map(|h| {
            corpus.releases[h.release as usize]
                .date
                .as_ref()
                .and_then(day_number)
        })
        .collect();
    assert_eq!(days.len(), results.len());
    assert!(days.windows(2).all(|w| w[0] >= w[1]));
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn a_common_phrase_is_answered_from_the_index() {
    let Some(loaded) = load("a_common_phrase_is_answered_from_the_index") else {
        return;
    };
    let (corpus, engine, speakers) = loaded;
    let query = Query::parse("\"the united states\" president").expect("parses");
    let found = engine
        .search(&corpus.releases, &query, speakers, None, 20)
        .expect("searched");
    assert_eq!(found.hits.len(), 20);
    assert!(found.total > 100, "{}", found.total);
}
