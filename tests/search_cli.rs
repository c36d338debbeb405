//! `readout search` as scripts use it, on the built-in demo corpus.

mod common;

use common::{readout, stderr, stdout};

#[test]
fn search_has_help() {
    let out = readout(&["search", "--help"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("Usage: readout search"));
}

#[test]
fn text_output_is_one_ranked_line_per_release() {
    let out = readout(&["search", "harbor"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() >= 2, "{text}");
    let mut previous = f32::INFINITY;
    for line in &lines {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 5, "{line}");
        assert_eq!(fields[0].len(), 12, "{line}");
        let score: f32 = fields[2].parse().unwrap();
        assert!(
            fields[2].split('.').nth(1).is_some_and(|d| d.len() == 2),
            "{line}"
        );
        assert!(score <= previous, "{text}");
        previous = score;
        assert!(
            fields[3].to_lowercase().contains("harbor")
                || fields[4].to_lowercase().contains("harbor"),
            "{line}"
        );
    }
    assert!(
        lines[0].contains("Harbor Dredging"),
        "the release about the harbor ranks first: {text}"
    );
}

#[test]
fn limit_cuts_the_list() {
    let out = readout(&["search", "the", "--limit", "2"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 2);
    assert!(!readout(&["search", "the", "--limit", "0"]).status.success());
}

#[test]
fn json_output_has_hits_with_snippets() {
    let out = readout(&["search", "\"ferry line\"", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(!text.is_empty());
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        for key in [
            "id",
            "title",
            "date",
            "source",
            "url",
            "score",
            "hits",
            "hit_count",
        ] {
            assert!(v.get(key).is_some(), "{key} missing: {line}");
        }
        let hits = v["hits"].as_array().unwrap();
        assert!(!hits.is_empty() && hits.len() <= 5, "{line}");
        assert!(v["hit_count"].as_u64().unwrap() >= hits.len() as u64);
        for hit in hits {
            let snippet = hit["snippet"].as_str().unwrap();
            let range = hit["highlight"].as_array().unwrap();
            let (s, e) = (range[0].as_u64().unwrap(), range[1].as_u64().unwrap());
            assert_eq!(
                snippet[s as usize..e as usize].to_lowercase(),
                "ferry line",
                "{line}"
            );
            assert!(hit["end"].as_u64() > hit["start"].as_u64());
        }
    }
}

#[test]
fn no_match_prints_nothing_and_succeeds() {
    let out = readout(&["search", "xylophonequartz"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    assert!(stderr(&out).contains("no release matches"));
    let json = readout(&["search", "xylophonequartz", "--json"]);
    assert!(json.status.success());
    assert!(stdout(&json).is_empty());
}

#[test]
fn an_empty_query_is_an_error() {
    for query in ["", "   ", "?!"] {
        let out = readout(&["search", query]);
        assert!(!out.status.success(), "{query:?}");
        assert!(stdout(&out).is_empty());
        let message = stderr(&out);
        assert!(message.contains("search query"), "{query:?}: {message}");
    }
}

#[test]
fn a_second_search_of_an_archive_reads_the_saved_index() {
    let archive = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    for (name, bytes) in readout::corpus::demo::FILES {
        let path = archive.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    let search = |query: &str| {
        let path = archive.path().to_string_lossy();
        let out = common::readout_with(
            &["search", query, "--json", &path],
            &[("READOUT_CACHE_DIR", cache.path())],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    let first = search("harbor ferry");
    let saved: Vec<_> = std::fs::read_dir(cache.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "index"))
        .collect();
    assert_eq!(saved.len(), 1, "the index is saved beside the cache");
    let modified = saved[0].metadata().unwrap().modified().unwrap();
    assert_eq!(search("harbor ferry"), first);
    assert_eq!(
        saved[0].metadata().unwrap().modified().unwrap(),
        modified,
        "read back, not built and saved again"
    );
    assert!(!search("\"rural broadband\"").is_empty());
}
