//! Benchmarks at archive scale, run by `cargo bench --bench scale`.
//!
//! Builds corpora of 10k, 100k and 1M releases from the shared real corpus
//! (`../shared/corpus`, replicated with varied ids, titles and dates), writes
//! them once under `target/bench-corpus/`, and measures loading (releases/s,
//! MB/s, peak memory against bytes on disk), filtering per keystroke against
//! `fzf --filter` on the same lines, and rendering one frame. Results are
//! written to `BENCHMARKS.md`.
//!
//! Sizes can be chosen with `READOUT_BENCH_SIZES=10000,100000`.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use std::sync::Arc;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use readout::corpus::{self, Release};
use readout::search::filter::{self, Query};
use readout::tui::app::{App, TuiOptions};
use readout::tui::update::{Msg, update};
use readout::tui::view;

/// The allocator the `readout` binary uses, so the numbers are its numbers.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Bumped when the generated corpus changes shape, so old ones are rebuilt.
const GENERATOR_VERSION: u32 = 2;
/// Releases per generated JSON Lines file.
const RELEASES_PER_FILE: usize = 10_000;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(pos) = args.iter().position(|a| a == "--child-load") {
        child_load(Path::new(&args[pos + 1]));
        return;
    }
    if let Some(pos) = args.iter().position(|a| a == "--child-first-frame") {
        child_first_frame(Path::new(&args[pos + 1]), Path::new(&args[pos + 2]));
        return;
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/corpus");
    if !shared.is_dir() {
        eprintln!(
            "skipped: ../shared/corpus not found; the benchmarks build their corpora from it"
        );
        return;
    }
    let sizes: Vec<usize> = std::env::var("READOUT_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![10_000, 100_000, 1_000_000]);
    let seed = corpus::load::load_with_progress(&[shared], &|_| {});
    eprintln!("seed corpus: {} releases", seed.releases.len());
    let mut report = Report::default();
    for &n in &sizes {
        let dir = root.join("target/bench-corpus").join(n.to_string());
        ensure_corpus(&dir, n, &seed.releases);
        let bytes = dir_bytes(&dir);
        let load = bench_load(&dir, n);
        report.load.push((n, bytes, load));
        report.first_frame.push((n, bench_first_frame(&dir, n)));
        let corpus = corpus::load::load_with_progress(std::slice::from_ref(&dir), &|_| {});
        let app = App::new(Arc::new(corpus), bench_options(), (200, 50));
        let titles = write_titles(&dir, &app);
        for query in QUERIES {
            let ours = bench_filter(&app, query, true);
            let full = bench_filter(&app, query, false);
            let fzf = bench_fzf(&titles, query);
            eprintln!(
                "filter {n} {query:?}: ours {:.1} ms, full {:.1} ms, fzf {}",
                median_ms(&ours),
                median_ms(&full),
                fzf.as_ref()
                    .map_or("not installed".to_string(), |t| format!(
                        "{:.1} ms",
                        median_ms(t)
                    ))
            );
            report.filter.push(FilterRow {
                n,
                query: query.to_string(),
                ours,
                full,
                fzf,
            });
        }
        let (app, keystrokes) = bench_input_thread(app);
        report.input.push((n, keystrokes));
        report.render.push((n, bench_render(app)));
    }
    report.write(&root.join("BENCHMARKS.md"));
}

/// Reader options for benchmarks: default look, no bookmarks folder.
fn bench_options() -> TuiOptions {
    TuiOptions {
        data_dir: None,
        ..TuiOptions::default()
    }
}

/// Cached load, reader state and the first frame, from a child process.
fn child_first_frame(dir: &Path, cache: &Path) {
    let started = Instant::now();
    let corpus = corpus::load::load_cached(&[dir.to_path_buf()], Some(cache), &|_| {});
    let loaded = started.elapsed().as_secs_f64();
    let app = App::new(Arc::new(corpus), bench_options(), (200, 50));
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("test terminal");
    terminal
        .draw(|f| view::render(f, &app))
        .expect("draw the first frame");
    println!("{} {loaded}", started.elapsed().as_secs_f64());
}

/// Times a cold start from the cache to the first frame (the first run
/// writes the cache and is not counted).
fn bench_first_frame(dir: &Path, n: usize) -> Vec<(f64, f64)> {
    let cache = dir.with_extension("cache");
    let _ = fs::remove_dir_all(&cache);
    (0..3)
        .map(|_| {
            let out = Command::new(std::env::current_exe().expect("bench binary path"))
                .arg("--child-first-frame")
                .arg(dir)
                .arg(&cache)
                .output()
                .expect("child runs");
            let text = String::from_utf8_lossy(&out.stdout);
            let mut parts = text
                .split_whitespace()
                .map(|s| s.parse().unwrap_or(f64::NAN));
            let run = (
                parts.next().unwrap_or(f64::NAN),
                parts.next().unwrap_or(f64::NAN),
            );
            eprintln!(
                "first frame {n}: {:.3} s (cache read {:.3} s)",
                run.0, run.1
            );
            run
        })
        .skip(1)
        .collect()
}

/// The titles, one per line, in the list's order: what fzf filters.
fn write_titles(dir: &Path, app: &App) -> PathBuf {
    let path = dir.with_extension("title-lines");
    let mut out = BufWriter::new(fs::File::create(&path).expect("title lines"));
    for &i in app.order.iter() {
        writeln!(out, "{}", app.corpus.releases[i as usize].title).expect("write title lines");
    }
    out.flush().expect("write title lines");
    path
}

/// Times the filter for every prefix of `query`, as typed: the ranked
/// result of each keystroke, narrowing the previous results when the query
/// extends (`incremental`) or searching everything each time.
fn bench_filter(app: &App, query: &str, incremental: bool) -> Vec<Duration> {
    let all: Arc<Vec<u32>> = Arc::clone(&app.order);
    let mut previous: Option<(Query, Arc<Vec<u32>>)> = None;
    let mut times = Vec::new();
    for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
        let parsed = Query::parse(&query[..end]);
        let candidates = match &previous {
            Some((older, hits)) if incremental && parsed.narrows(older) => Arc::clone(hits),
            _ => Arc::clone(&all),
        };
        let started = Instant::now();
        let hits = filter::run(
            &app.corpus.releases,
            &app.filter_index,
            &candidates,
            &app.rank,
            &parsed,
            &|| false,
        )
        .expect("not cancelled");
        times.push(started.elapsed());
        previous = Some((parsed, Arc::new(hits.iter().map(|h| h.index).collect())));
    }
    times
}

/// Times full frames of list and reading pane at 200×50, each after moving
/// to another release (so the release is laid out afresh).
/// Per keystroke: key to frame, and worker results to frame.
type KeystrokeTimes = (Vec<Duration>, Vec<Duration>);

/// Times what the input thread does per keystroke while the filter runs on
/// the worker: take the key and redraw; then, when the worker's ranked list
/// arrives, show it and redraw. Returns the app and both sets of times.
fn bench_input_thread(mut app: App) -> (App, KeystrokeTimes) {
    app.options.sync_filter_limit = 0;
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("test terminal");
    let (mut keys, mut results) = (Vec::new(), Vec::new());
    let slash = Event::Key(KeyEvent::new(KeyCode::Char('/'), KeyModifiers::NONE));
    update(&mut app, Msg::Terminal(slash));
    for c in "korea".chars() {
        let key = Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        let started = Instant::now();
        update(&mut app, Msg::Terminal(key));
        terminal.draw(|f| view::render(f, &app)).expect("draw");
        keys.push(started.elapsed());
        let request = app.filter.pending.take().expect("queued for the worker");
        let hits = readout::tui::update::run_request(&request, &|| false);
        let started = Instant::now();
        update(
            &mut app,
            Msg::Filtered {
                generation: request.generation,
                hits,
            },
        );
        terminal.draw(|f| view::render(f, &app)).expect("draw");
        results.push(started.elapsed());
    }
    (app, (keys, results))
}

fn bench_render(mut app: App) -> Vec<Duration> {
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("test terminal");
    let j = Event::Key(KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE));
    (0..50)
        .map(|_| {
            let started = Instant::now();
            update(&mut app, Msg::Terminal(j.clone()));
            terminal
                .draw(|f| view::render(f, &app))
                .expect("draw a frame");
            started.elapsed()
        })
        .collect()
}

fn median_ms(times: &[Duration]) -> f64 {
    median(times.iter().map(|d| d.as_secs_f64() * 1e3).collect())
}

/// Queries typed one character at a time in the filter benchmark.
const QUERIES: &[&str] = &["korea", "trade agreement", "said:schumer"];

/// One measured load, from a child process so memory is its own.
#[derive(Debug, Clone, Copy)]
struct LoadRun {
    seconds: f64,
    releases: usize,
    peak_rss_kb: u64,
}

fn child_load(dir: &Path) {
    let started = Instant::now();
    let corpus = corpus::load::load_with_progress(&[dir.to_path_buf()], &|_| {});
    let seconds = started.elapsed().as_secs_f64();
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    let peak = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0);
    println!("{seconds} {} {peak}", corpus.releases.len());
}

fn bench_load(dir: &Path, n: usize) -> Vec<LoadRun> {
    let runs = if n >= 1_000_000 { 2 } else { 3 };
    (0..runs)
        .map(|_| {
            let out = Command::new(std::env::current_exe().expect("bench binary path"))
                .arg("--child-load")
                .arg(dir)
                .output()
                .expect("child load runs");
            let text = String::from_utf8_lossy(&out.stdout);
            let mut parts = text.split_whitespace();
            let run = LoadRun {
                seconds: parts
                    .next()
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(f64::NAN),
                releases: parts.next().and_then(|s| s.parse().ok()).unwrap_or(0),
                peak_rss_kb: parts.next().and_then(|s| s.parse().ok()).unwrap_or(0),
            };
            eprintln!(
                "load {n}: {:.3} s, {} releases, peak {} MB",
                run.seconds,
                run.releases,
                run.peak_rss_kb / 1024
            );
            run
        })
        .collect()
}

/// Times `fzf --filter` for every prefix of `query` over the title lines.
fn bench_fzf(titles: &Path, query: &str) -> Option<Vec<Duration>> {
    let mut times = Vec::new();
    for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
        let prefix = &query[..end];
        let input = fs::File::open(titles).ok()?;
        let started = Instant::now();
        let status = Command::new("fzf")
            .args(["--filter", prefix])
            .stdin(input)
            .stdout(std::process::Stdio::null())
            .status()
            .ok()?;
        // fzf exits 1 when nothing matches: still a measurement.
        if status.code().is_none_or(|c| c > 1) {
            return None;
        }
        times.push(started.elapsed());
    }
    Some(times)
}

/// Writes the generated corpus of `n` releases into `dir` unless it is there.
fn ensure_corpus(dir: &Path, n: usize, seed: &[Release]) {
    let marker = dir.join(".complete");
    let expected = format!("{GENERATOR_VERSION} {n}");
    if fs::read_to_string(&marker).is_ok_and(|m| m == expected) {
        return;
    }
    eprintln!("generating {n} releases in {}", dir.display());
    let _ = fs::remove_dir_all(dir);
    fs::create_dir_all(dir).expect("bench corpus folder");
    let mut file: Option<BufWriter<fs::File>> = None;
    for i in 0..n {
        if i % RELEASES_PER_FILE == 0 {
            if let Some(mut f) = file.take() {
                f.flush().expect("write bench corpus");
            }
            let path = dir.join(format!("part-{:05}.jsonl", i / RELEASES_PER_FILE));
            file = Some(BufWriter::new(
                fs::File::create(path).expect("bench corpus file"),
            ));
        }
        let base = &seed[i % seed.len()];
        let copy = i / seed.len();
        let title = if copy == 0 {
            base.title.clone()
        } else {
            format!("{} ({copy})", base.title)
        };
        let year = 2001 + (i % 24);
        let date = base
            .date
            .as_ref()
            .and_then(|d| Some(format!("{year}-{:02}-{:02}", d.month?, d.day?)))
            .unwrap_or_else(|| format!("{year}-01-01"));
        let body = base.body();
        let text: Vec<&str> = body.paragraphs.iter().map(|p| p.text.as_str()).collect();
        let record = serde_json::json!({
            "url": format!("{}?copy={copy}", base.url.as_deref().unwrap_or("https://example.gov/release")),
            "title": title,
            "date": date,
            "source": base.source,
            "member": base.member.as_ref().map(|m| serde_json::json!({"name": m.name, "party": m.party, "state": m.state, "chamber": m.chamber})),
            "text": text.join("\n\n"),
        });
        let out = file.as_mut().expect("open part file");
        writeln!(out, "{record}").expect("write bench corpus");
    }
    if let Some(mut f) = file {
        f.flush().expect("write bench corpus");
    }
    fs::write(marker, expected).expect("marker");
}

fn dir_bytes(dir: &Path) -> u64 {
    fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "jsonl"))
                .filter_map(|e| e.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs.get(xs.len() / 2).copied().unwrap_or(f64::NAN)
}

/// One query's per-keystroke times.
struct FilterRow {
    n: usize,
    query: String,
    ours: Vec<Duration>,
    full: Vec<Duration>,
    fzf: Option<Vec<Duration>>,
}

#[derive(Default)]
struct Report {
    load: Vec<(usize, u64, Vec<LoadRun>)>,
    first_frame: Vec<(usize, Vec<(f64, f64)>)>,
    filter: Vec<FilterRow>,
    render: Vec<(usize, Vec<Duration>)>,
    input: Vec<(usize, KeystrokeTimes)>,
}

/// `median (min–max)` of times in milliseconds.
fn spread_ms(times: &[Duration]) -> String {
    let ms: Vec<f64> = times.iter().map(|d| d.as_secs_f64() * 1e3).collect();
    let min = ms.iter().copied().fold(f64::INFINITY, f64::min);
    let max = ms.iter().copied().fold(0.0, f64::max);
    format!("{:.1} ms ({min:.1}–{max:.1})", median(ms.clone()))
}

impl Report {
    fn write(&self, path: &Path) {
        let mut md = String::from(
            "# Benchmarks\n\nMade by `bash benches/run` (installs fzf, then `cargo bench --bench scale`) on this machine: ",
        );
        md.push_str(&machine());
        md.push_str(
            "\n\nCorpora are generated from `../shared/corpus` (replicated with varied titles, \
             dates and URLs) as JSON Lines under `target/bench-corpus/`.\n",
        );
        md.push_str("\n## Load (files → corpus, no cache)\n\n| releases | on disk | median | min–max | releases/s | MB/s | peak memory | memory / disk |\n|---|---|---|---|---|---|---|---|\n");
        for (n, bytes, runs) in &self.load {
            let secs: Vec<f64> = runs.iter().map(|r| r.seconds).collect();
            let med = median(secs.clone());
            let min = secs.iter().copied().fold(f64::INFINITY, f64::min);
            let max = secs.iter().copied().fold(0.0, f64::max);
            let peak = runs.iter().map(|r| r.peak_rss_kb).max().unwrap_or(0) as f64 * 1024.0;
            md.push_str(&format!(
                "| {n} | {:.0} MB | {med:.3} s | {min:.3}–{max:.3} s | {:.0} | {:.0} | {:.0} MB | {:.2}× |\n",
                *bytes as f64 / 1e6,
                *n as f64 / med,
                *bytes as f64 / 1e6 / med,
                peak / 1e6,
                peak / *bytes as f64
            ));
        }
        md.push_str("\n## Start to first frame (from the cache, warm page cache)\n\nA fresh process: read the cache, build the reader's state (filter fields, sort order), lay out the first release and draw one 200×50 frame.\n\n| releases | first frame (median) | of which reading the cache |\n|---|---|---|\n");
        for (n, runs) in &self.first_frame {
            let total = median(runs.iter().map(|r| r.0).collect());
            let cache = median(runs.iter().map(|r| r.1).collect());
            md.push_str(&format!("| {n} | {total:.3} s | {cache:.3} s |\n"));
        }
        md.push_str("\n## Filter per keystroke, against `fzf --filter`\n\nEach query is typed one character at a time; each keystroke's time is from the query to the complete ranked list. *Ours* narrows the previous keystroke's results when the query extends (as the reader does); *full* searches every title each time. fzf runs as `fzf --filter PREFIX < titles` over the same titles (one per line), so its time includes starting the process and reading the lines, which is what a user of fzf pays per keystroke. `said:schumer` is a field query for us (releases quoting Schumer) and a fuzzy string for fzf.\n\n| releases | query | ours | full | fzf | ours / fzf |\n|---|---|---|---|---|---|\n");
        for row in &self.filter {
            let (fzf, ratio) = match &row.fzf {
                Some(t) => (
                    spread_ms(t),
                    format!("{:.2}", median_ms(&row.ours) / median_ms(t)),
                ),
                None => ("fzf not installed".into(), "–".into()),
            };
            md.push_str(&format!(
                "| {} | `{}` | {} | {} | {fzf} | {ratio} |\n",
                row.n,
                row.query,
                spread_ms(&row.ours),
                spread_ms(&row.full)
            ));
        }
        md.push_str("\n## The input thread while typing `korea` (filter on the worker)\n\nPer keystroke: taking the key and redrawing (the echo), then, when the worker's ranked list arrives, showing it and redrawing. Both must fit in a 16 ms frame.\n\n| releases | key → frame | results → frame |\n|---|---|---|\n");
        for (n, (keys, results)) in &self.input {
            md.push_str(&format!(
                "| {n} | {} | {} |\n",
                spread_ms(keys),
                spread_ms(results)
            ));
        }
        md.push_str("\n## Render (list + reading pane, 200×50)\n\nMove to the next release (laid out afresh) and draw one full frame into a test buffer.\n\n| releases | per frame |\n|---|---|\n");
        for (n, times) in &self.render {
            md.push_str(&format!("| {n} | {} |\n", spread_ms(times)));
        }
        // The hand-written analysis at the end of the file is kept.
        if let Some(notes) = fs::read_to_string(path)
            .ok()
            .and_then(|old| old.find("\n## Notes").map(|at| old[at..].to_string()))
        {
            md.push_str(&notes);
        }
        fs::write(path, md).expect("write BENCHMARKS.md");
        eprintln!("wrote {}", path.display());
    }
}

fn machine() -> String {
    let cpu = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    format!("{cpu}, {cores} cores, release build, warm page cache.")
}
