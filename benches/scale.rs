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

use readout::corpus::{self, Release};

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
        let titles = titles_path(&dir);
        for query in QUERIES {
            let fzf = bench_fzf(&titles, query);
            report.fzf.push((n, query.to_string(), fzf));
        }
    }
    report.write(&root.join("BENCHMARKS.md"));
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
    let mut titles = BufWriter::new(fs::File::create(titles_path(dir)).expect("titles file"));
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
        let text: Vec<&str> = base.paragraphs.iter().map(|p| p.text.as_str()).collect();
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
        let source = readout::cli::source_column(base);
        writeln!(titles, "{date} {source} {title}").expect("write titles");
    }
    if let Some(mut f) = file {
        f.flush().expect("write bench corpus");
    }
    titles.flush().expect("write titles");
    fs::write(marker, expected).expect("marker");
}

/// The title lines given to fzf, beside (not inside) the corpus folder.
fn titles_path(dir: &Path) -> PathBuf {
    dir.with_extension("titles")
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

#[derive(Default)]
struct Report {
    load: Vec<(usize, u64, Vec<LoadRun>)>,
    fzf: Vec<(usize, String, Option<Vec<Duration>>)>,
}

impl Report {
    fn write(&self, path: &Path) {
        let mut md =
            String::from("# Benchmarks\n\nMade by `cargo bench --bench scale` on this machine: ");
        md.push_str(&machine());
        md.push_str("\n\n## Load (files → corpus ready)\n\n| releases | on disk | median | min–max | releases/s | MB/s | peak memory | memory / disk |\n|---|---|---|---|---|---|---|---|\n");
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
        md.push_str("\n## fzf --filter per keystroke (the peer)\n\n| releases | query | per-keystroke median | min–max |\n|---|---|---|---|\n");
        for (n, query, times) in &self.fzf {
            match times {
                Some(t) => {
                    let ms: Vec<f64> = t.iter().map(|d| d.as_secs_f64() * 1e3).collect();
                    let min = ms.iter().copied().fold(f64::INFINITY, f64::min);
                    let max = ms.iter().copied().fold(0.0, f64::max);
                    md.push_str(&format!(
                        "| {n} | `{query}` | {:.1} ms | {min:.1}–{max:.1} ms |\n",
                        median(ms.clone())
                    ));
                }
                None => md.push_str(&format!("| {n} | `{query}` | fzf not installed | |\n")),
            }
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
