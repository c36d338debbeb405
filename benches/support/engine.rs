//! Corpus search at scale: the tantivy engine, each step in a fresh child
//! process (build, open, one file changed), and its queries timed.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use readout::corpus;
use readout::search::engine::{Engine, Opened};
use readout::search::speakers::Directory;
use readout::search::syntax::Query;

/// Queries timed: words, a phrase of common words, fields.
pub const QUERIES: &[&str] = &[
    "tariff",
    "korea",
    "\"the united states\"",
    "fentanyl source:whitehouse",
    "tariff date:2024",
    "source:whitehouse date:2023-03",
];

/// Results asked for, as the reader's results view does.
const LIMIT: usize = 20;

/// What one child measured, as `key value` lines.
pub type Measures = BTreeMap<String, f64>;

/// Runs `mode` on `dir` with its cache in a child and reads its measures.
pub fn child(mode: &str, dir: &Path, cache: &Path) -> Measures {
    let out = Command::new(std::env::current_exe().expect("bench binary path"))
        .args([mode.as_ref(), dir.as_os_str(), cache.as_os_str()])
        .output()
        .expect("child runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let measures: Measures = text
        .lines()
        .filter_map(|l| {
            let (k, v) = l.rsplit_once(' ')?;
            Some((k.to_string(), v.parse().ok()?))
        })
        .collect();
    eprintln!("{mode} {}: {measures:?}", dir.display());
    measures
}

/// The process's peak resident memory so far, in MB.
fn peak_mb() -> f64 {
    fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<f64>().ok())
        .map_or(0.0, |kb| kb * 1024.0 / 1e6)
}

/// Bytes of every file in `dir` (not in its subfolders).
pub fn folder_bytes(dir: &Path) -> u64 {
    fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum()
}

/// In a child: opens (`fresh`: first removes) the engine of the corpus in
/// `dir` loaded through `cache`, then times the queries.
pub fn child_engine(dir: &Path, cache: &Path, fresh: bool) {
    let corpus = readout::archive::load_cached(&[dir.to_path_buf()], Some(cache), &|_| {});
    let place = corpus.index_file.clone().expect("a place for the index");
    let folder = place.path.with_extension("search");
    if fresh {
        let _ = fs::remove_dir_all(&folder);
    }
    println!("memory_before {:.0}", peak_mb());
    let started = Instant::now();
    let (engine, opened) = Engine::open(&corpus, &|_| {}).expect("engine opens");
    println!("open_s {:.4}", started.elapsed().as_secs_f64());
    println!("built {}", u8::from(opened == Opened::Built));
    println!("memory_after {:.0}", peak_mb());
    println!("disk_mb {:.0}", folder_bytes(&folder) as f64 / 1e6);
    println!("segments {}", engine.searcher().segment_readers().len());
    time_queries(&engine, &corpus);
}

/// In a child: adds one file of one release to the corpus in `dir`, opens
/// its engine (updating it), times that, and removes the file again.
pub fn child_engine_reload(dir: &Path, cache: &Path) {
    let added = dir.join("zz-live-reload.jsonl");
    fs::write(
        &added,
        "{\"title\":\"Live reload zanzibar\",\"date\":\"2025-01-02\",\"text\":\"A zanzibar ferry.\"}\n",
    )
    .expect("write the added file");
    let corpus = readout::archive::load_cached(&[dir.to_path_buf()], Some(cache), &|_| {});
    let started = Instant::now();
    let (engine, opened) = Engine::open(&corpus, &|_| {}).expect("engine opens");
    println!("reload_s {:.4}", started.elapsed().as_secs_f64());
    println!(
        "updated {}",
        u8::from(matches!(opened, Opened::Updated { releases: 1, .. }))
    );
    let query = Query::parse("zanzibar").expect("query");
    let found = engine
        .search(&corpus.releases, &query, &Directory::default(), None, LIMIT)
        .expect("search");
    println!("found {}", found.total);
    drop(engine);
    let _ = fs::remove_file(&added);
    // Back to the corpus as generated, for the next runs.
    let corpus = readout::archive::load_cached(&[dir.to_path_buf()], Some(cache), &|_| {});
    let _ = Engine::open(&corpus, &|_| {});
}

/// Times every query of [`QUERIES`] (first run, then the median of five).
fn time_queries(engine: &Engine, corpus: &corpus::Corpus) {
    // Who is who among the speakers, as the reader has it ready (`said:`).
    let speakers = Directory::of(&corpus.releases);
    for (i, text) in QUERIES.iter().enumerate() {
        let query = Query::parse(text).expect("bench queries parse");
        let mut times = Vec::new();
        let mut total = 0;
        for _ in 0..6 {
            let started = Instant::now();
            let found = engine
                .search(&corpus.releases, &query, &speakers, None, LIMIT)
                .expect("search");
            times.push(started.elapsed().as_secs_f64() * 1e3);
            total = found.total;
        }
        println!("q{i}_first_ms {:.2}", times[0]);
        let mut rest = times[1..].to_vec();
        rest.sort_by(f64::total_cmp);
        println!("q{i}_ms {:.2}", rest[rest.len() / 2]);
        println!("q{i}_hits {total}");
    }
}

/// One size's engine measures.
pub struct EngineRow {
    /// Releases.
    pub n: usize,
    /// Built from nothing.
    pub built: Measures,
    /// Opened as saved.
    pub opened: Measures,
    /// One file added.
    pub reload: Measures,
}

/// Measures the engine on the corpus in `dir` (its cache already written).
pub fn run(n: usize, dir: &Path, cache: &Path) -> EngineRow {
    EngineRow {
        n,
        built: child("--child-engine-build", dir, cache),
        opened: child("--child-engine-open", dir, cache),
        reload: child("--child-engine-reload", dir, cache),
    }
}

/// The report's section on corpus search.
pub fn section(rows: &[EngineRow]) -> String {
    let get = |m: &Measures, k: &str| m.get(k).copied().unwrap_or(f64::NAN);
    let mut md = String::from(
        "\n## Corpus search (tantivy)\n\nEach a fresh process with the archive loaded from the cache. *Build*: the index made from nothing beside the cache (every body read from the cache, two indexing threads), merges included; memory is the process's peak before and after. *Open*: the saved index opened (memory-mapped) as the reader does at the next start. *One file added*: a file of one release added to the archive, the index brought up to date (its documents added, nothing else rewritten).\n\n| releases | build | memory before → after | on disk | segments | open | memory after open | one file added |\n|---|---|---|---|---|---|---|---|\n",
    );
    for row in rows {
        md.push_str(&format!(
            "| {} | {:.1} s | {:.0} → {:.0} MB | {:.0} MB | {:.0} | {:.1} ms | {:.0} MB | {:.2} s |\n",
            row.n,
            get(&row.built, "open_s"),
            get(&row.built, "memory_before"),
            get(&row.built, "memory_after"),
            get(&row.built, "disk_mb"),
            get(&row.built, "segments"),
            get(&row.opened, "open_s") * 1e3,
            get(&row.opened, "memory_after"),
            get(&row.reload, "reload_s"),
        ));
    }
    md.push_str("\nQueries, top 20 with every hit found in their bodies (as the results view needs): the first run after opening, then the median of five more.\n\n| releases | query | matches | first | then |\n|---|---|---|---|---|\n");
    for row in rows {
        for (i, query) in QUERIES.iter().enumerate() {
            md.push_str(&format!(
                "| {} | `{}` | {:.0} | {:.1} ms | {:.1} ms |\n",
                row.n,
                query,
                get(&row.opened, &format!("q{i}_hits")),
                get(&row.opened, &format!("q{i}_first_ms")),
                get(&row.opened, &format!("q{i}_ms")),
            ));
        }
    }
    md
}
