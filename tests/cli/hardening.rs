//! Hostile files, damaged caches and odd file types, through the real
//! binary: each case is one an attack run found (issue 14), and each test
//! fails on the build before the fix.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// A run of the binary: what it printed.
struct Run {
    output: Output,
}

impl Run {
    fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }

    fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }
}

/// Runs readout with `args`, its cache in `cache` and its data in `data`.
/// `limit_kb` caps its address space,
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
    Run {
        output: command.output().expect("the readout binary runs"),
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
    // As `check` measures itself: the peak of its own process (wait4's
    // figure would include the test binary's memory, shared until exec).
    if let Some(peak) = report
        .lines()
        .find_map(|l| l.trim().strip_prefix("peak memory: "))
    {
        let mb: u64 = peak.trim_end_matches(" MB").parse().unwrap();
        assert!(mb < 100, "peak memory {mb} MB");
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

/// True when `text` holds a character a terminal would obey: a control
/// character other than newline and tab, a C1 control or a bidi control.
fn has_terminal_controls(text: &str) -> bool {
    text.chars().any(|c| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
    })
}

#[test]
fn file_names_with_controls_are_printed_escaped_and_json_keeps_them_exact() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let name = "evil\u{202e}dm.\x1b]0;owned\x07.md";
    let path = write(&corpus, name, b"---\ntitle: Named badly\n---\nA body.\n");
    write(&corpus, "empty\x1b[2J.txt", b"");
    let root = corpus.to_str().unwrap();
    for args in [
        vec!["list", "--json", "--no-cache", root],
        vec!["list", "--no-cache", root],
        vec!["check", "--no-cache", root],
    ] {
        let run = readout_in(dir.path(), &args, None);
        let (out, err) = (run.stdout(), run.stderr());
        assert!(!has_terminal_controls(&out), "{args:?} stdout: {out:?}");
        assert!(!has_terminal_controls(&err), "{args:?} stderr: {err:?}");
    }
    let list = readout_in(dir.path(), &["list", "--json", "--no-cache", root], None);
    let line = list.stdout();
    let value: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
    assert_eq!(value["path"], path.to_str().unwrap(), "the exact path");
    let id = value["id"].as_str().unwrap().to_string();
    let show = readout_in(
        dir.path(),
        &["show", &id, "--json", "--no-cache", root],
        None,
    );
    assert!(!has_terminal_controls(&show.stdout()), "{}", show.stdout());
    // Named in reports as they are, escaped: never silently shortened.
    let check = readout_in(dir.path(), &["check", "--no-cache", root], None);
    assert!(
        check.stdout().contains("empty\\x1b[2J.txt: empty file"),
        "{}",
        check.stdout()
    );
}

#[test]
fn a_bad_configuration_value_is_echoed_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let config = write(
        dir.path(),
        "bad.toml",
        br#"date_format = "\u001b]52;c;ZXZpbA==\u0007"
"#,
    );
    let run = readout_in(dir.path(), &["--config", config.to_str().unwrap()], None);
    let err = run.stderr();
    assert!(err.contains("\\x1b]52;c;ZXZpbA==\\x07"), "{err}");
    assert!(!has_terminal_controls(&err), "{err:?}");
}

#[cfg(unix)]
#[test]
fn symlinks_and_folders_that_cannot_be_entered_are_reported_with_the_reason() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    write(&corpus, "a.txt", b"A release.\n");
    write(&corpus, "locked/b.txt", b"Behind a locked door.\n");
    std::os::unix::fs::symlink(corpus.join("a.txt"), corpus.join("link.txt")).unwrap();
    // Readable but not enterable: its names can be listed, its files not reached.
    std::fs::set_permissions(
        corpus.join("locked"),
        std::fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    for d in [dir.path(), corpus.as_path()] {
        std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let mut command = Command::new(env!("CARGO_BIN_EXE_readout"));
    command
        .args(["check", "--no-cache", corpus.to_str().unwrap()])
        .env("READOUT_CONFIG", "/nonexistent")
        .stdin(Stdio::null());
    // Root enters any folder: run as nobody, as a user would meet it.
    // SAFETY: geteuid reads the process's own user id.
    if unsafe { libc::geteuid() } == 0 {
        std::os::unix::process::CommandExt::uid(&mut command, 65534);
    }
    let out = command.output().unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("1 symbolic links not followed"), "{report}");
    assert!(report.contains("link.txt"), "{report}");
    assert!(
        report.contains("b.txt: cannot read file information: Permission denied"),
        "{report}"
    );
}

/// The one cache file in `dir`'s cache folder.
fn the_cache_file(dir: &Path) -> PathBuf {
    std::fs::read_dir(dir.join("cache"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "bin"))
        .expect("a cache file")
}

#[test]
fn a_flipped_bit_in_a_cached_body_is_found_and_the_release_read_again() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    write(
        &corpus,
        "a.txt",
        b"Title: Budget vote\n\nThe council approved 12 million for the harbour.\n",
    );
    let root = corpus.to_str().unwrap();
    let list = readout_in(dir.path(), &["list", root], None);
    let id = list.stdout().split('\t').next().unwrap().to_string();
    let cache = the_cache_file(dir.path());
    let mut bytes = std::fs::read(&cache).unwrap();
    let at = bytes
        .windows(10)
        .position(|w| w == b"12 million")
        .expect("the body is in the cache");
    bytes[at] ^= 0x04; // "12" becomes "52"
    std::fs::write(&cache, &bytes).unwrap();
    let show = readout_in(dir.path(), &["show", &id, root], None);
    assert!(
        show.stdout().contains("approved 12 million"),
        "{}",
        show.stdout()
    );
}

#[test]
fn edited_cache_bytes_with_a_forged_checksum_still_print_no_escape_sequence() {
    use readout::corpus::encoding::{Reader, SEAL_LEN, read_body};
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    write(
        &corpus,
        "a.txt",
        b"Title: Plain\n\nSome plain words here.\n",
    );
    let root = corpus.to_str().unwrap();
    let list = readout_in(dir.path(), &["list", root], None);
    let id = list.stdout().split('\t').next().unwrap().to_string();
    let cache = the_cache_file(dir.path());
    let mut bytes = std::fs::read(&cache).unwrap();
    let at = bytes.windows(10).position(|w| w == b"plain word").unwrap();
    // An OSC sequence of the same length, and the checksum made to match.
    bytes[at..at + 10].copy_from_slice(b"\x1b]0;pwn\x07ed");
    // The body starts 8 bytes before its text (paragraph count, length).
    let start = at - 5 - 8;
    let mut reader = Reader::new(&bytes[start..]);
    read_body(&mut reader).expect("still decodes");
    let end = start + reader.position();
    let hash = xxhash_rust::xxh3::xxh3_64(&bytes[start..end]);
    bytes[start - SEAL_LEN..start].copy_from_slice(&hash.to_le_bytes());
    std::fs::write(&cache, &bytes).unwrap();
    for json in [false, true] {
        let mut args = vec!["show", id.as_str(), root];
        if json {
            args.push("--json");
        }
        let show = readout_in(dir.path(), &args, None);
        let out = show.stdout();
        assert!(out.contains("pwn"), "the forged text is shown: {out}");
        assert!(!has_terminal_controls(&out), "{out:?}");
    }
}

/// Runs readout with `args` (cache and data in `dir`), killing it if it
/// has not finished within `limit`; its exit status, or `None` when it hung.
fn finishes_within(dir: &Path, args: &[&str], limit: Duration) -> Option<std::process::ExitStatus> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(args)
        .env("READOUT_CACHE_DIR", dir.join("cache"))
        .env("READOUT_DATA_DIR", dir.join("data"))
        .env("READOUT_CONFIG", dir.join("none.toml"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while started.elapsed() < limit {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

fn mkfifo(path: &Path) -> bool {
    Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn a_fifo_where_the_cache_the_bookmarks_or_the_settings_should_be_never_hangs_a_command() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    write(&corpus, "a.txt", b"A release.\n");
    let cache = readout::archive::cache::cache_file(
        &dir.path().join("cache"),
        std::slice::from_ref(&corpus),
    );
    std::fs::create_dir_all(cache.parent().unwrap()).unwrap();
    std::fs::create_dir_all(dir.path().join("data")).unwrap();
    if !mkfifo(&cache) || !mkfifo(&cache.with_extension("index")) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    assert!(mkfifo(&dir.path().join("data/bookmarks.json")));
    assert!(mkfifo(&dir.path().join("none.toml")));
    let root = corpus.to_str().unwrap();
    for args in [
        vec!["list", root],
        vec!["search", "release", root],
        vec!["bookmarks", "list"],
        vec!["config", "--check"],
    ] {
        let status = finishes_within(dir.path(), &args, Duration::from_secs(10));
        assert!(status.is_some(), "{args:?} hung on a FIFO");
    }
}

#[cfg(unix)]
#[test]
fn a_signal_during_a_first_open_leaves_no_temporary_cache_file() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    // Enough lines that parsing takes a moment.
    let line = "{\"title\": \"T\", \"text\": \"Words of a release, said Rep. Roe.\"}\n";
    write(&corpus, "big.jsonl", line.repeat(200_000).as_bytes());
    for signal in ["TERM", "INT", "HUP"] {
        let cache = dir.path().join("cache");
        let _ = std::fs::remove_dir_all(&cache);
        let mut child = Command::new(env!("CARGO_BIN_EXE_readout"))
            .args(["list", corpus.to_str().unwrap()])
            .env("READOUT_CACHE_DIR", &cache)
            .env("READOUT_CONFIG", "/nonexistent")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let temp_exists = || {
            std::fs::read_dir(&cache).is_ok_and(|entries| {
                entries
                    .flatten()
                    .any(|e| e.file_name().to_string_lossy().contains(".tmp"))
            })
        };
        let started = Instant::now();
        while !temp_exists() && started.elapsed() < Duration::from_secs(20) {
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(temp_exists(), "the cache is being written");
        let killed = Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let status = child.wait().unwrap();
        assert!(!status.success(), "{signal}: ended by the signal");
        assert!(
            !temp_exists(),
            "{signal}: the temporary cache file was removed"
        );
    }
}
