//! `readout search` as scripts use it, on the built-in demo corpus.

use crate::common::{readout, stderr, stdout};

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
fn no_match_prints_nothing_and_exits_1_as_grep() {
    let out = readout(&["search", "xylophonequartz"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    assert!(stderr(&out).contains("no release matches xylophonequartz"));
    let json = readout(&["search", "xylophonequartz", "--json"]);
    assert_eq!(json.status.code(), Some(1));
    assert!(stdout(&json).is_empty());
}

#[test]
fn an_empty_query_is_an_error() {
    for query in ["", "   ", "?!"] {
        let out = readout(&["search", query]);
        assert_eq!(out.status.code(), Some(2), "{query:?}");
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
        let out = crate::common::readout_with(
            &["search", query, "--json", &path],
            &[("READOUT_CACHE_DIR", cache.path())],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    let first = search("ferry line");
    let saved: Vec<_> = std::fs::read_dir(cache.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "search"))
        .collect();
    assert_eq!(saved.len(), 1, "the index is kept beside the cache");
    let meta = saved[0].path().join("meta.json");
    let modified = meta.metadata().unwrap().modified().unwrap();
    assert_eq!(search("ferry line"), first);
    assert_eq!(
        meta.metadata().unwrap().modified().unwrap(),
        modified,
        "opened, not built again"
    );
    assert!(!search("\"rural broadband\"").is_empty());
}

/// The ids of a command's output lines, in order.
fn ids(out: &std::process::Output) -> Vec<String> {
    stdout(out)
        .lines()
        .map(|l| l.split('\t').next().unwrap_or("").to_string())
        .collect()
}

#[test]
fn options_narrow_a_search_as_fields_do() {
    let by_field = readout(&["search", "ferry source:tidewater"]);
    let by_option = readout(&["search", "ferry", "--source", "Tidewater"]);
    let excluded = readout(&["search", "-source:tidewater ferry"]);
    assert_eq!(ids(&excluded), ["4a9ae9b8330b"]);
    assert!(by_field.status.success(), "{}", stderr(&by_field));
    assert_eq!(ids(&by_field), ["983209ba9575"]);
    assert_eq!(ids(&by_option), ids(&by_field));
    let since = readout(&["search", "ferry", "--since", "2024-03-06"]);
    assert_eq!(ids(&since), ["4a9ae9b8330b"]);
    let until = readout(&["search", "ferry", "--until", "2024-03-06"]);
    assert_eq!(ids(&until), ["983209ba9575"]);
    let speaker = readout(&["search", "broadband", "--speaker", "alvarez"]);
    assert_eq!(ids(&speaker), ["3522d42b757c"]);
    let none = readout(&["search", "broadband", "--speaker", "varga"]);
    assert_eq!(none.status.code(), Some(1));
    let bad = readout(&["search", "ferry", "--since", "March"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--since"), "{}", stderr(&bad));
}

#[test]
fn fields_alone_search_newest_first() {
    let out = readout(&["search", "date:2024-03"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        ids(&out),
        [
            "4881487c1da9",
            "69f7ad066e9a",
            "4a9ae9b8330b",
            "983209ba9575",
            "cd1a58104a9c"
        ]
    );
    let range = readout(&["search", "date:2024-02..2024-03-04"]);
    assert_eq!(ids(&range), ["cd1a58104a9c", "3522d42b757c"]);
}

#[test]
fn a_bad_query_says_where_and_exits_2() {
    let out = readout(&["search", "ferry date:2024-13"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
    assert!(stderr(&out).contains("date:2024-13"), "{}", stderr(&out));
}

#[test]
fn list_filters_and_sorts_as_the_reader_does() {
    let harbor = readout(&["list", "--filter", "harbor"]);
    assert!(harbor.status.success(), "{}", stderr(&harbor));
    let lines = stdout(&harbor);
    let titles: Vec<&str> = lines.lines().filter_map(|l| l.split('\t').nth(3)).collect();
    assert!(titles.len() >= 2, "{titles:?}");
    let whole = titles
        .iter()
        .take_while(|t| {
            t.to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == "harbor")
        })
        .count();
    assert!(
        titles[whole..]
            .iter()
            .all(|t| !t.to_lowercase().contains("harbor")),
        "titles with the word come first: {titles:?}"
    );
    let sorted = readout(&[
        "list",
        "--filter",
        "source:www.example",
        "--sort",
        "date-asc",
    ]);
    assert_eq!(ids(&sorted), ["69f7ad066e9a", "4881487c1da9"]);
    let by_title = readout(&["list", "--sort", "title"]);
    let lines = stdout(&by_title);
    let titles: Vec<String> = lines
        .lines()
        .filter_map(|l| l.split('\t').nth(3))
        .map(str::to_lowercase)
        .collect();
    assert!(titles.windows(2).all(|w| w[0] <= w[1]), "{titles:?}");
    let not_tidewater = readout(&["list", "--filter", "-source:tidewater"]);
    assert!(not_tidewater.status.success(), "{}", stderr(&not_tidewater));
    assert_eq!(ids(&not_tidewater).len(), 6);
    assert!(!ids(&not_tidewater).contains(&"983209ba9575".to_string()));
    let none = readout(&["list", "--filter", "xylophonequartz"]);
    assert_eq!(none.status.code(), Some(1));
    assert!(stdout(&none).is_empty());
    let bad = readout(&["list", "--filter", "since:soon"]);
    assert_eq!(bad.status.code(), Some(2));
}
