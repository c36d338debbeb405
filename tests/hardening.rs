//! Hostile files, damaged caches and odd file types, through the real
//! binary: each case is one an attack run found (issue 14), and each test
//! fails on the build before the fix.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// A run of the binary: what it printed and its peak memory.
struct Run {
    output: Output,
    /// Peak resident memory in bytes (0 where it cannot be measured).
    peak: u64,
}

impl Run {
    fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }

    fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }
}

/// Runs readout with `args`, its cache in `cache` and its data in `data`,
/// measuring its peak memory (Linux). `limit_kb` caps its address space,
/// so a build that would run away fails fast instead of taking the machine.
fn readout_in(dir: &Path, args: &[&str], limit_kb: Option<u64>) -> Run {
    let mut command = match limit_kb {
        Some(kb) => {
            let mut c = Command::new("sh");
            c.arg("-c")
                .arg(format!("ulimit -v {kb}; exec \"$0\" \"$@\""))
                .arg(env!("CARGO_BIN_EXE_readout"));
            c
        }
        None => Command::new(env!("CARGO_BIN_EXE_readout")),
    };
    command
        .args(args)
        .env("READOUT_CACHE_DIR", dir.join("cache"))
        .env("READOUT_DATA_DIR", dir.join("data"))
        .env("READOUT_CONFIG", dir.join("none.toml"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = command.spawn().expect("the readout binary runs");
    wait_measured(child)
}

/// Waits for `child`, collecting its output and its peak memory.
#[cfg(target_os = "linux")]
fn wait_measured(mut child: std::process::Child) -> Run {
    use std::io::Read;
    let mut out = child.stdout.take().expect("piped");
    let mut err = child.stderr.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = err.read_to_end(&mut bytes);
        bytes
    });
    let mut stdout = Vec::new();
    let _ = out.read_to_end(&mut stdout);
    let stderr = reader.join().unwrap();
    let mut status = 0;
    // SAFETY: rusage is plain data, filled in by wait4 for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    // SAFETY: waits for the child we spawned; both pointers are valid.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid, "wait4 failed");
    let status = std::os::unix::process::ExitStatusExt::from_raw(status);
    Run {
        output: Output {
            status,
            stdout,
            stderr,
        },
        peak: u64::try_from(usage.ru_maxrss).unwrap_or(0) * 1024,
    }
}

#[cfg(not(target_os = "linux"))]
fn wait_measured(child: std::process::Child) -> Run {
    Run {
        output: child.wait_with_output().unwrap(),
        peak: 0,
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Front matter whose `tags` expand to 10^levels values through aliases.
fn alias_bomb(levels: usize) -> String {
    let mut text = String::from("---\na0: &a0 [lol]\n");
    for level in 1..=levels {
        let row = vec![format!("*a{}", level - 1); 10].join(",");
        text.push_str(&format!("a{level}: &a{level} [{row}]\n"));
    }
    text.push_str(&format!(
        "title: Survivor of the laughs\ntags: *a{levels}\n---\nThe body still loads.\n"
    ));
    text
}

#[test]
fn a_yaml_alias_bomb_loads_in_little_memory_and_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let bomb = alias_bomb(9);
    assert!(bomb.len() < 600, "a few hundred bytes: {}", bomb.len());
    let corpus = dir.path().join("corpus");
    write(&corpus, "bomb.md", bomb.as_bytes());
    write(&corpus, "fine.txt", b"A fine release.\n");
    let started = Instant::now();
    // 4 GB of address space: the build before the fix stops there.
    let run = readout_in(
        dir.path(),
        &["check", "--no-cache", corpus.to_str().unwrap()],
        Some(4 << 20),
    );
    assert!(run.output.status.success(), "{}", run.stderr());
    let report = run.stdout();
    assert!(report.starts_with("2 releases"), "{report}");
    assert!(
        report.contains("\"tags\" expands to more than"),
        "reported: {report}"
    );
    assert!(started.elapsed() < Duration::from_secs(10));
    if run.peak > 0 {
        assert!(run.peak < 100 << 20, "peak memory {} MB", run.peak >> 20);
    }
    let list = readout_in(
        dir.path(),
        &["list", "--no-cache", corpus.to_str().unwrap()],
        Some(4 << 20),
    );
    assert!(
        list.stdout().contains("Survivor of the laughs"),
        "{}",
        list.stdout()
    );
}
