//! Benchmarks at archive scale, run by `cargo bench --bench scale` (or
//! `bash benches/run`, which installs the peer, fzf, first).
//!
//! Builds corpora of 10k, 100k and 1M releases from the shared real corpus
//! (`../shared/corpus`, replicated with varied ids, titles and dates), writes
//! them once under `target/bench-corpus/`, and measures, each in a fresh
//! child process where time to a first frame or peak memory is the point:
//! loading (a first open that parses and writes the cache, a second open
//! from it, and `--no-cache`; releases/s, MB/s, peak memory against bytes on
//! disk), the background analysis, filtering per keystroke against
//! `fzf --filter` on the same lines (idle, and while the background analysis
//! runs), the input thread's work per keystroke, and rendering one frame.
//! Results are written to `BENCHMARKS.md`; its hand-written notes are kept.
//!
//! Sizes can be chosen with `READOUT_BENCH_SIZES=10000,100000`.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use readout::archive;
use readout::corpus::{Corpus, Release};
use readout::search::analysis::{Analysis, AnalysisProgress};
use readout::search::filter::Query;
use readout::tui::app::Saved;
use readout::tui::app::{App, TuiOptions};
use readout::tui::background;
use readout::tui::effect::{AnalysisJob, Effect, FilterRequest};
use readout::tui::event::Event as ReaderEvent;
use readout::tui::update::update;
use readout::tui::view;
use readout::tui::worker::FIRST_SCREEN_ROWS;

#[path = "support/engine.rs"]
mod engine;

/// The allocator the `readout` binary uses, so the numbers are its numbers.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Bumped when the generated corpus changes shape, so old ones are rebuilt.
const GENERATOR_VERSION: u32 = 2;
/// Releases per generated JSON Lines file.
const RELEASES_PER_FILE: usize = 10_000;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |i: usize| PathBuf::from(&args[i]);
    match args.get(1).map(String::as_str) {
        Some("--child-load") => return child_load(&arg(2)),
        Some("--child-open") => return child_open(&arg(2), &arg(3), false),
        Some("--child-reopen") => return child_open(&arg(2), &arg(3), true),
        Some("--child-analysis") => return child_analysis(&arg(2), &arg(3)),
        Some("--child-engine-build") => return engine::child_engine(&arg(2), &arg(3), true),
        Some("--child-engine-open") => return engine::child_engine(&arg(2), &arg(3), false),
        Some("--child-engine-reload") => return engine::child_engine_reload(&arg(2), &arg(3)),
        _ => {}
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
    let seed = archive::load_with_progress(&[shared], &|_| {});
    eprintln!("seed corpus: {} releases", seed.releases.len());
    let mut report = Report::default();
    for &n in &sizes {
        let dir = root.join("target/bench-corpus").join(n.to_string());
        ensure_corpus(&dir, n, &seed.releases);
        let cache = dir.with_extension("cache");
        let bytes = dir_bytes(&dir);
        let runs = if n >= 1_000_000 { 2 } else { 3 };
        let _ = fs::remove_dir_all(&cache);
        let first = child(&dir, "--child-open", Some(&cache), n);
        // Computed (and saved, as the reader does), then read back.
        let computed = child(&dir, "--child-analysis", Some(&cache), n);
        let read_back = child(&dir, "--child-analysis", Some(&cache), n);
        // Second opens, with the index made: until the first frame and
        // until corpus search is ready.
        let again: Vec<Run> = (0..runs)
            .map(|_| child(&dir, "--child-reopen", Some(&cache), n))
            .collect();
        let plain: Vec<Run> = (0..runs)
            .map(|_| child(&dir, "--child-load", None, n))
            .collect();
        report.loads.push(LoadRow {
            n,
            bytes,
            first,
            again,
            plain,
        });
        report.analysis.push(AnalysisRow {
            n,
            bytes,
            computed,
            read_back,
            saved_bytes: fs::read_dir(&cache)
                .into_iter()
                .flatten()
                .filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "duplicates"))
                .filter_map(|e| e.metadata().ok())
                .map(|m| m.len())
                .sum(),
        });
        report.engine.push(engine::run(n, &dir, &cache));
        // The reader's corpus: loaded through the cache, bodies on disk.
        let corpus = archive::load_cached(std::slice::from_ref(&dir), Some(&cache), &|_| {});
        let app = reader(corpus);
        // As a few seconds after the reader opens: the background analysis
        // prepares the filter's fields and lowercase titles first.
        app.filter_index.prepare(&app.corpus.releases);
        let titles = write_titles(&dir, &app);
        for query in QUERIES {
            let ours = bench_filter(&app, query, true);
            let full = bench_filter(&app, query, false);
            let fzf = bench_fzf(&titles, query);
            eprintln!(
                "filter {n} {query:?}: ours {:.1} ms to the first screen, {:.1} ms to every row; full {:.1} ms; fzf {}",
                median_ms(&ours.first),
                median_ms(&ours.all),
                median_ms(&full.first),
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
        let busy = while_analysing(&app.corpus, || {
            QUERIES
                .iter()
                .map(|q| bench_filter(&app, q, true).first)
                .collect::<Vec<_>>()
        });
        for (query, times) in QUERIES.iter().zip(busy) {
            eprintln!(
                "filter {n} {query:?} while analysing: {:.1} ms to the first screen",
                median_ms(&times)
            );
            report.busy.push((n, query.to_string(), times));
        }
        let (app, keystrokes) = bench_input_thread(app);
        report.input.push((n, keystrokes));
        report.render.push((n, bench_render(app)));
    }
    report.write(&root.join("BENCHMARKS.md"));
}

/// Reader options for benchmarks: default look, no bookmarks folder.
/// The reader's state on `corpus`, started as the reader starts (its
/// background work is not run).
fn reader(corpus: Corpus) -> App {
    start_reader(corpus).0
}

/// The reader's state on `corpus`, started, and the effects its start asks
/// for (the background analysis among them).
fn start_reader(corpus: Corpus) -> (App, Vec<Effect>) {
    let mut app = App::new(
        Arc::new(corpus),
        bench_options(),
        (200, 50),
        Saved::default(),
    );
    let effects = update(&mut app, ReaderEvent::Start);
    (app, effects)
}

fn bench_options() -> TuiOptions {
    TuiOptions {
        data_dir: None,
        ..TuiOptions::default()
    }
}

/// What a child process measured: seconds to the first frame (or to the
/// end of its work), seconds of it spent loading, and peak memory (KB)
/// before and at the end.
#[derive(Debug, Clone, Copy, Default)]
struct Run {
    seconds: f64,
    loading: f64,
    releases: usize,
    peak_before_kb: u64,
    peak_kb: u64,
    /// The full-text index's size (KB), for the analysis.
    index_kb: u64,
    /// Seconds until corpus search is ready, for a second open.
    searchable: f64,
}

impl Run {
    fn print(&self) {
        println!(
            "{} {} {} {} {} {} {}",
            self.seconds,
            self.loading,
            self.releases,
            self.peak_before_kb,
            self.peak_kb,
            self.index_kb,
            self.searchable
        );
    }

    fn parse(text: &str) -> Run {
        let mut parts = text.split_whitespace();
        let mut next = || parts.next().unwrap_or("");
        Run {
            seconds: next().parse().unwrap_or(f64::NAN),
            loading: next().parse().unwrap_or(f64::NAN),
            releases: next().parse().unwrap_or(0),
            peak_before_kb: next().parse().unwrap_or(0),
            peak_kb: next().parse().unwrap_or(0),
            index_kb: next().parse().unwrap_or(0),
            searchable: next().parse().unwrap_or(f64::NAN),
        }
    }
}

/// Runs this benchmark as a child process in `mode` on `dir`.
fn child(dir: &Path, mode: &str, cache: Option<&Path>, n: usize) -> Run {
    let mut command = Command::new(std::env::current_exe().expect("bench binary path"));
    command.arg(mode).arg(dir);
    if let Some(cache) = cache {
        command.arg(cache);
    }
    let out = command.output().expect("child runs");
    let run = Run::parse(&String::from_utf8_lossy(&out.stdout));
    eprintln!(
        "{mode} {n}: {:.3} s (loading {:.3} s), {} releases, peak {} MB",
        run.seconds,
        run.loading,
        run.releases,
        run.peak_kb / 1024
    );
    run
}

/// The reader's start, as a fresh process: load through the cache (a first
/// open parses and writes it), build the reader's state, lay out the first
/// release and draw one 200×50 frame. `search` also starts the background
/// analysis before the frame, as the reader does, and waits until corpus
/// search is ready.
fn child_open(dir: &Path, cache: &Path, search: bool) {
    let started = Instant::now();
    let corpus = archive::load_cached(&[dir.to_path_buf()], Some(cache), &|_| {});
    let loading = started.elapsed().as_secs_f64();
    let releases = corpus.releases.len();
    let (app, effects) = start_reader(corpus);
    let (ready, searchable) = std::sync::mpsc::channel();
    match analysis_job(effects).filter(|_| search) {
        Some(job) => {
            std::thread::spawn(move || {
                background::run(|| {
                    job.perform(|_| {
                        let _ = ready.send(started.elapsed().as_secs_f64());
                    })
                })
            });
        }
        // Nothing will say search is ready.
        None => drop(ready),
    }
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("test terminal");
    terminal
        .draw(|f| view::render(f, &app))
        .expect("draw the first frame");
    let seconds = started.elapsed().as_secs_f64();
    Run {
        seconds,
        loading,
        releases,
        peak_kb: peak_rss_kb(),
        searchable: searchable.recv().unwrap_or(f64::NAN),
        ..Run::default()
    }
    .print();
}

/// Loading without the cache: every body parsed and kept (packed) in memory.
fn child_load(dir: &Path) {
    let started = Instant::now();
    let corpus = archive::load_with_progress(&[dir.to_path_buf()], &|_| {});
    let seconds = started.elapsed().as_secs_f64();
    Run {
        seconds,
        loading: seconds,
        releases: corpus.releases.len(),
        peak_kb: peak_rss_kb(),
        ..Run::default()
    }
    .print();
}

/// The background analysis (filter fields, full-text index, near-duplicates,
/// related releases) of a corpus loaded from the cache, as the reader runs
/// it: read back from the saved index if there is one, else computed, and
/// then saved (not counted in the time: the reader has it by then).
fn child_analysis(dir: &Path, cache: &Path) {
    let corpus = archive::load_cached(&[dir.to_path_buf()], Some(cache), &|_| {});
    let (app, effects) = start_reader(corpus);
    let job = analysis_job(effects).expect("the reader asks for an analysis");
    let peak_before_kb = peak_rss_kb();
    let started = Instant::now();
    // When search was ready, then when the duplicate groups were found.
    let mut delivered = Vec::new();
    background::run(|| job.perform(|_| delivered.push(started.elapsed().as_secs_f64())));
    let (searchable, seconds) = (delivered[0], delivered[delivered.len() - 1]);
    Run {
        seconds,
        // The time to read related releases off the index, after.
        loading: started.elapsed().as_secs_f64() - seconds,
        releases: app.corpus.releases.len(),
        peak_before_kb,
        peak_kb: peak_rss_kb(),
        index_kb: app.corpus.index_file.as_ref().map_or(0, |f| {
            engine::folder_bytes(&f.path.with_extension("search")) / 1024
        }),
        searchable,
    }
    .print();
}

/// The background analysis among the effects of the reader's start.
fn analysis_job(effects: Vec<Effect>) -> Option<AnalysisJob> {
    effects.into_iter().find_map(|effect| match effect {
        Effect::Analyse(job) => Some(job),
        _ => None,
    })
}

/// The process's peak resident memory so far, in KB.
fn peak_rss_kb() -> u64 {
    fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0)
}

/// Runs `measure` while the background analysis of `corpus` runs (again
/// and again, so it never runs out first), as it does after the reader opens.
fn while_analysing<T>(corpus: &Arc<Corpus>, measure: impl FnOnce() -> T) -> T {
    let stop = Arc::new(AtomicBool::new(false));
    let analyser = {
        let (corpus, stop) = (Arc::clone(corpus), Arc::clone(&stop));
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                let progress = AnalysisProgress::new(corpus.releases.len());
                let _ = background::run(|| Analysis::build(&corpus, &progress));
            }
        })
    };
    // Let it get going before the first keystroke.
    std::thread::sleep(Duration::from_millis(500));
    let result = measure();
    stop.store(true, Ordering::Relaxed);
    let _ = analyser.join();
    result
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

/// Per keystroke of a query: until its first screen of rows (as the
/// reader's filter worker reports it), and until every row is in order.
struct FilterTimes {
    first: Vec<Duration>,
    all: Vec<Duration>,
}

/// Times the filter for every prefix of `query`, as typed, as the reader's
/// filter worker runs it: the first screen of each keystroke, then its
/// whole ranked list, narrowing the previous results when the query extends
/// (`incremental`) or searching everything each time.
fn bench_filter(app: &App, query: &str, incremental: bool) -> FilterTimes {
    let all: Arc<Vec<u32>> = Arc::clone(&app.order);
    let mut previous: Option<(Query, Arc<Vec<u32>>)> = None;
    let mut times = FilterTimes {
        first: Vec::new(),
        all: Vec::new(),
    };
    for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
        let parsed = Query::parse(&query[..end]).expect("bench queries parse");
        let candidates = match &previous {
            Some((older, hits)) if incremental && parsed.narrows(older) => Arc::clone(hits),
            _ => Arc::clone(&all),
        };
        let request = FilterRequest {
            generation: 1,
            corpus: Arc::clone(&app.corpus),
            index: Arc::clone(&app.filter_index),
            query: parsed.clone(),
            candidates,
            rank: Arc::clone(&app.rank),
        };
        let started = Instant::now();
        let mut first = None;
        let hits = request
            .run_in_stages(FIRST_SCREEN_ROWS, &|| false, |_, _| {
                first = Some(started.elapsed());
            })
            .expect("not cancelled");
        let done = started.elapsed();
        times.first.push(first.unwrap_or(done));
        times.all.push(done);
        previous = Some((parsed, Arc::new(hits.iter().map(|h| h.index).collect())));
    }
    times
}

/// Per keystroke: key to frame, and worker results to frame.
type KeystrokeTimes = (Vec<Duration>, Vec<Duration>);

/// Times what the input thread does per keystroke while the filter runs on
/// the worker: take the key and redraw; then, when the worker's ranked list
/// arrives, show it and redraw. Returns the app and both sets of times.
fn bench_input_thread(mut app: App) -> (App, KeystrokeTimes) {
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("test terminal");
    let (mut keys, mut results) = (Vec::new(), Vec::new());
    let slash = Event::Key(KeyEvent::new(KeyCode::Char('/'), KeyModifiers::NONE));
    let _prompt = update(&mut app, ReaderEvent::Terminal(slash));
    for c in "korea".chars() {
        let key = Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        let started = Instant::now();
        let effects = update(&mut app, ReaderEvent::Terminal(key));
        terminal.draw(|f| view::render(f, &app)).expect("draw");
        keys.push(started.elapsed());
        let Some(Effect::Filter(request)) = effects.into_iter().next() else {
            panic!("a filter job for the worker");
        };
        let hits = request.run(&|| false);
        let started = Instant::now();
        let _shown = update(
            &mut app,
            ReaderEvent::Filtered {
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
            let _reading = update(&mut app, ReaderEvent::Terminal(j.clone()));
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
        let body = base.read_body();
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

/// One size's loads.
struct LoadRow {
    n: usize,
    bytes: u64,
    /// A first open: parse, write the cache, first frame.
    first: Run,
    /// Later opens from the cache.
    again: Vec<Run>,
    /// Loads with `--no-cache`.
    plain: Vec<Run>,
}

/// One query's per-keystroke times.
struct FilterRow {
    n: usize,
    query: String,
    ours: FilterTimes,
    full: FilterTimes,
    fzf: Option<Vec<Duration>>,
}

/// One size's background analysis: computed, then read back.
struct AnalysisRow {
    n: usize,
    bytes: u64,
    computed: Run,
    read_back: Run,
    /// The saved index's size on disk.
    saved_bytes: u64,
}

#[derive(Default)]
struct Report {
    loads: Vec<LoadRow>,
    analysis: Vec<AnalysisRow>,
    filter: Vec<FilterRow>,
    busy: Vec<(usize, String, Vec<Duration>)>,
    render: Vec<(usize, Vec<Duration>)>,
    input: Vec<(usize, KeystrokeTimes)>,
    engine: Vec<engine::EngineRow>,
}

/// `median (min–max)` of values, with a unit.
fn spread(values: &[f64], unit: &str, digits: usize) -> String {
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(0.0, f64::max);
    let med = median(values.to_vec());
    if values.len() < 2 {
        return format!("{med:.digits$} {unit}");
    }
    format!("{med:.digits$} {unit} ({min:.digits$}–{max:.digits$})")
}

/// Peak memory in MB and as a multiple of the bytes on disk.
fn memory(peak_kb: u64, bytes: u64) -> String {
    let peak = peak_kb as f64 * 1024.0;
    format!("{:.0} MB ({:.2}×)", peak / 1e6, peak / bytes as f64)
}

impl Report {
    fn write(&self, path: &Path) {
        let mut md = String::from(
            "# Benchmarks\n\nMade by `bash benches/run` (installs fzf, then `cargo bench --bench scale`) on this machine: ",
        );
        md.push_str(&machine());
        md.push_str(
            "\n\nCorpora are generated from `../shared/corpus` (replicated with varied titles, \
             dates and URLs) as JSON Lines under `target/bench-corpus/`. Times are medians \
             (min–max in brackets); memory is the peak resident size, and its multiple of the \
             archive's bytes on disk.\n",
        );
        md.push_str("\n## Opening an archive\n\nEach a fresh process, as `readout PATH` starts: load, build the reader's state (sort order), lay out the first release and draw one 200×50 frame. The *first open* parses every file and writes the cache as it goes; a *second open* reads the cache (metadata only: bodies stay in the cache file until a release is read) and, as the reader does, starts the background analysis before drawing: *searchable* is when corpus search is ready (the saved index opened, beside the filter's fields). `--no-cache` parses everything and keeps every body in memory (packed); it draws no frame.\n\n| releases | on disk | first open | releases/s | MB/s | memory | second open | of which loading | searchable | memory | `--no-cache` | memory |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for row in &self.loads {
            let first = row.first;
            let secs = |runs: &[Run]| runs.iter().map(|r| r.seconds).collect::<Vec<_>>();
            let peak = |runs: &[Run]| runs.iter().map(|r| r.peak_kb).max().unwrap_or(0);
            md.push_str(&format!(
                "| {} | {:.0} MB | {:.2} s | {:.0} | {:.0} | {} | {} | {} | {} | {} | {} | {} |\n",
                row.n,
                row.bytes as f64 / 1e6,
                first.seconds,
                row.n as f64 / first.seconds,
                row.bytes as f64 / 1e6 / first.seconds,
                memory(first.peak_kb, row.bytes),
                spread(&secs(&row.again), "s", 3),
                spread(
                    &row.again.iter().map(|r| r.loading).collect::<Vec<_>>(),
                    "s",
                    3
                ),
                spread(
                    &row.again.iter().map(|r| r.searchable).collect::<Vec<_>>(),
                    "s",
                    3
                ),
                memory(peak(&row.again), row.bytes),
                spread(&secs(&row.plain), "s", 2),
                memory(peak(&row.plain), row.bytes),
            ));
        }
        md.push_str("\n## Background analysis\n\nAfter the first frame the reader computes, on low-priority threads, the list filter's fields, the full-text index (written beside the cache as it is built), near-duplicates and related releases (the status line says `indexing N%`, then `comparing N%`), then saves the duplicate groups beside the cache. At the next start the index is opened and the groups read back instead. Each part reaches the reader when it is ready: the index (with the filter's fields beside it), then the duplicate groups, then related releases (`R` asks to wait until then). Times are *until search is ready* / *until the duplicate groups are found too* + *related releases read off the index* after. Memory is the process's peak with the archive open (from the cache) before and after.\n\n| releases | computed | memory before | memory after | full-text index on disk | duplicate groups on disk | opened and read back | memory after |\n|---|---|---|---|---|---|---|---|\n");
        for row in &self.analysis {
            let (c, r) = (row.computed, row.read_back);
            md.push_str(&format!(
                "| {} | {:.1} s / {:.1} s + {:.1} s | {} | {} | {:.0} MB | {:.0} MB | {:.2} s / {:.2} s + {:.1} s | {} |\n",
                row.n,
                c.searchable,
                c.seconds,
                c.loading,
                memory(c.peak_before_kb, row.bytes),
                memory(c.peak_kb, row.bytes),
                c.index_kb as f64 * 1024.0 / 1e6,
                row.saved_bytes as f64 / 1e6,
                r.searchable,
                r.seconds,
                r.loading,
                memory(r.peak_kb, row.bytes),
            ));
        }
        md.push_str(&engine::section(&self.engine));
        md.push_str(&format!("\n## Filter per keystroke, against `fzf --filter`\n\nEach query is typed one character at a time, and run as the reader's filter worker runs it: first the first screen of rows (the best {FIRST_SCREEN_ROWS}, which the reader shows at once, with the count of every match), then the complete ranked list (titles holding the words first, then fuzzy matches, the best 2,000 of them scored by fuzzy-matcher). The filter's fields and lowercase titles are prepared (the background analysis prepares them first, in the reader's first seconds). *Ours* narrows the previous keystroke's results when the query extends (as the reader does); *full* searches every title each time (first screen). fzf runs as `fzf --filter PREFIX < titles` over the same titles (one per line), so its time includes starting the process and reading the lines, which is what a user of fzf pays per keystroke. `said:schumer` is a field query for us (releases quoting Schumer) and a fuzzy string for fzf. *While analysing*: ours again (first screen), with the background analysis running throughout (as in the reader's first seconds or minutes), against the same idle fzf.\n\n| releases | query | ours: first screen | ours: every row | full: first screen | fzf | first screen / fzf | first screen while analysing | / fzf |\n|---|---|---|---|---|---|---|---|---|\n"));
        for row in &self.filter {
            let busy = self
                .busy
                .iter()
                .find(|(n, q, _)| *n == row.n && *q == row.query)
                .map(|(_, _, t)| t);
            let ratio = |ours: &[Duration]| match &row.fzf {
                Some(t) => format!("{:.2}", median_ms(ours) / median_ms(t)),
                None => "–".into(),
            };
            md.push_str(&format!(
                "| {} | `{}` | {} | {} | {} | {} | {} | {} | {} |\n",
                row.n,
                row.query,
                spread_ms(&row.ours.first),
                spread_ms(&row.ours.all),
                spread_ms(&row.full.first),
                row.fzf
                    .as_deref()
                    .map_or_else(|| "fzf not installed".into(), spread_ms),
                ratio(&row.ours.first),
                busy.map_or_else(|| "–".into(), |t| spread_ms(t)),
                busy.map_or_else(|| "–".into(), |t| ratio(t)),
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
        md.push_str("\n## Render (list + reading pane, 200×50)\n\nMove to the next release (read from the cache and laid out afresh) and draw one full frame into a test buffer.\n\n| releases | per frame |\n|---|---|\n");
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

/// `median (min–max)` of times in milliseconds.
fn spread_ms(times: &[Duration]) -> String {
    let ms: Vec<f64> = times.iter().map(|d| d.as_secs_f64() * 1e3).collect();
    spread(&ms, "ms", 1)
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
