//! Every speaker readout gives across `../shared/corpus` — of quotations
//! and of transcript turns — is a person's name (or an organization's
//! quoted as such): no pronoun, contraction, title alone, place or
//! sentence fragment. Lists each
//! distinct speaker that fails the name check (there must be none);
//! `QUOTES_SPEAKERS=1` lists every speaker. Skips when the corpus is absent.

use std::collections::{BTreeMap, BTreeSet};

use readout::corpus::Turn;
use readout::corpus::quotes::{is_named_group, is_organization, is_person_name, vouched_names};

/// Words no person's name may hold, whatever the name check says: a
/// second opinion written apart from it.
const NEVER_IN_NAMES: &[&str] = &[
    "i",
    "i'm",
    "i’m",
    "you",
    "he",
    "she",
    "he'd",
    "he’d",
    "she'd",
    "she’d",
    "we",
    "they",
    "it",
    "no",
    "yes",
    "what",
    "because",
    "the",
    "q",
    "department",
    "committee",
];

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn every_speaker_in_the_corpus_is_a_persons_name() {
    let Some(corpus) = crate::common::whole_corpus("every_speaker_in_the_corpus_is_a_persons_name")
    else {
        return;
    };
    // Each distinct speaker with how often it is given and one release.
    let mut speakers: BTreeMap<String, (usize, String)> = BTreeMap::new();
    // Names a release vouches for as speakers in itself (outlets its press
    // clips name, relatives it names, its round-up's labels), where that
    // release gives them.
    let mut vouched: BTreeSet<String> = BTreeSet::new();
    for release in &corpus.releases {
        let body = release.read_body();
        let named = vouched_names(&body.paragraphs);
        vouched.extend(
            body.quotes
                .iter()
                .filter_map(|q| q.speaker.clone())
                .filter(|s| named.contains(s)),
        );
        let quoted = body.quotes.iter().filter_map(|q| q.speaker.as_deref());
        let turns = body
            .turns
            .iter()
            .filter(|t| !t.is_question())
            .filter_map(|t| t.speaker.as_deref());
        for speaker in quoted.chain(turns) {
            let entry = speakers
                .entry(speaker.to_string())
                .or_insert_with(|| (0, release.origin.describe()));
            entry.0 += 1;
        }
    }
    let failing: Vec<(&String, &(usize, String))> = speakers
        .iter()
        .filter(|(name, _)| {
            !vouched.contains(*name) || NEVER_IN_NAMES.contains(&name.to_lowercase().as_str())
        })
        .filter(|(name, _)| {
            // Initials (`I.` in "Stephanie I. Bice") are not words here.
            let words: Vec<String> = name
                .split_whitespace()
                .filter(|w| !(w.len() == 2 && w.ends_with('.')))
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                })
                .collect();
            let person = is_person_name(name);
            let odd_words = words.iter().any(|w| NEVER_IN_NAMES.contains(&w.as_str()));
            let organization = is_organization(name) || is_named_group(name);
            !(person || organization)
                || name.as_str() == Turn::QUESTION
                // One word only as an organization's acronym (`ADL`).
                || (name.split_whitespace().count() < 2 && !organization)
                || (person && odd_words)
                || name.chars().any(|c| c.is_ascii_digit())
        })
        .collect();
    println!(
        "{} releases, {} distinct speakers",
        corpus.releases.len(),
        speakers.len()
    );
    if std::env::var_os("QUOTES_SPEAKERS").is_some() {
        for (name, (count, release)) in &speakers {
            println!("  speaker: {name:?} ({count}×, e.g. {release})");
        }
    }
    for (name, (count, release)) in &failing {
        println!("  not a name: {name:?} ({count}×, e.g. {release})");
    }
    assert!(
        failing.is_empty(),
        "{} speakers are not names",
        failing.len()
    );
}
