//! Transcripts in `../shared/corpus` (White House briefings, press calls,
//! remarks with speaker labels) read as turns: from the first label on,
//! every paragraph belongs to a turn, and `said:` finds every release where
//! a person has a turn. Skips when the corpus is absent.

use readout::archive;
use readout::corpus::Corpus;
use readout::search::filter::{self, FilterIndex, Query};

fn whitehouse() -> Option<Corpus> {
    let root = crate::common::shared_corpus("transcripts_real")?;
    Some(archive::load_with_progress(
        &[root.join("whitehouse")],
        &|_| {},
    ))
}

/// Indices of the releases `said:<who>` finds.
fn said(corpus: &Corpus, who: &str) -> Vec<u32> {
    let all: Vec<u32> = (0..corpus.releases.len() as u32).collect();
    let query = Query::parse(&format!("said:{who}")).expect("the query parses");
    let hits = filter::run(
        &corpus.releases,
        &FilterIndex::default(),
        &all,
        &all,
        &query,
        &|| false,
    )
    .unwrap_or_default();
    let mut found: Vec<u32> = hits.into_iter().map(|h| h.index).collect();
    found.sort_unstable();
    found
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn every_paragraph_of_a_transcript_has_its_turn() {
    let Some(corpus) = whitehouse() else { return };
    let mut transcripts = 0;
    for release in &corpus.releases {
        let body = release.read_body();
        let Some(first) = body.turns.first() else {
            continue;
        };
        transcripts += 1;
        let last = body.turns.last().map_or(0, |t| t.end as usize);
        for i in first.start as usize..last {
            assert!(
                body.turn_of(i).is_some(),
                "{}: paragraph {i} has no turn",
                release.origin.describe()
            );
        }
    }
    println!("{transcripts} transcripts");
    assert!(transcripts >= 30, "{transcripts}");
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn said_finds_every_briefing_where_a_person_speaks() {
    let Some(corpus) = whitehouse() else { return };
    for (label, query) in [
        ("MS. JEAN-PIERRE:", "jean-pierre"),
        ("MS. PSAKI:", "psaki"),
        ("MR. KIRBY:", "kirby"),
    ] {
        let speaking: Vec<u32> = corpus
            .releases
            .iter()
            .enumerate()
            .filter(|(_, r)| {
                let body = r.read_body();
                body.turns
                    .iter()
                    .any(|t| body.paragraphs[t.start as usize].text.starts_with(label))
            })
            .map(|(i, _)| i as u32)
            .collect();
        let found = said(&corpus, query);
        let missed: Vec<&u32> = speaking.iter().filter(|i| !found.contains(i)).collect();
        println!(
            "{label} speaks in {} releases; said:{query} finds {}",
            speaking.len(),
            found.len()
        );
        assert!(!speaking.is_empty());
        assert!(missed.is_empty(), "said:{query} misses {missed:?}");
    }
}
