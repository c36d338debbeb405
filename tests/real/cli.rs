//! The JSON command-line equivalents of the quotations and search views,
//! run on the real shared corpus.

/// Runs readout: whether it succeeded, and its output.
fn readout(args: &[&str]) -> (bool, String) {
    let out = crate::common::readout(args);
    (out.status.success(), crate::common::stdout(&out))
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn quotes_by_speaker_as_json_on_the_real_corpus() {
    let Some(root) = crate::common::shared_corpus("quotes_by_speaker_as_json_on_the_real_corpus")
    else {
        return;
    };
    let root = root.to_str().unwrap();
    let (ok, out) = readout(&["quotes", root, "--speaker", "barr", "--json"]);
    assert!(ok);
    let quotes: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(quotes.len() >= 10, "{}", quotes.len());
    for q in &quotes {
        let speaker = q["speaker"].as_str().unwrap().to_lowercase();
        assert!(speaker.contains("barr"), "{speaker}");
        assert!(q["release"].is_string() && !q["text"].as_str().unwrap().is_empty());
    }
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn search_as_json_on_the_real_corpus() {
    let Some(root) = crate::common::shared_corpus("search_as_json_on_the_real_corpus") else {
        return;
    };
    let root = root.to_str().unwrap();
    let (ok, out) = readout(&[
        "search",
        "\"infrastructure law\"",
        root,
        "--json",
        "--limit",
        "15",
    ]);
    assert!(ok);
    let results: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(results.len(), 15);
    let scores: Vec<f64> = results
        .iter()
        .map(|r| r["score"].as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    for r in &results {
        let hits = r["hits"].as_array().unwrap();
        assert!(!hits.is_empty());
        assert!(
            hits.iter().any(|h| h["snippet"]
                .as_str()
                .unwrap()
                .to_lowercase()
                .contains("infrastructure law")),
            "{r}"
        );
    }
}
