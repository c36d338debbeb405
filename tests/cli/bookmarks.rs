//! `readout bookmarks …` as scripts use it, and the bookmarks file under
//! real processes: two writers at once, and writers killed mid-save.

use std::collections::HashSet;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::common::{stderr, stdout};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Runs readout with its data folder at `data`.
fn readout(data: &Path, args: &[&str]) -> Output {
    crate::common::readout_with(args, &[("READOUT_DATA_DIR", data)])
}

fn entry(id: &str, created: &str, title: &str, passage: &str, note: &str) -> serde_json::Value {
    serde_json::json!({
        "id": id,
        "release": "0123456789ab",
        "path": "/corpus/releases.jsonl",
        "line": 4,
        "title": title,
        "date": "2026-11-02",
        "source": "Office of Rep. Example",
        "url": "https://example.house.gov/news/1",
        "passage": passage,
        "start": {"paragraph": 2, "offset": 0},
        "end": {"paragraph": 2, "offset": passage.len()},
        "hash": "0000000000000000",
        "speaker": null,
        "note": note,
        "created": created,
        "updated": created
    })
}

/// A data folder with three bookmarks; two ids share the prefix `aaaa`.
fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let file = serde_json::json!({
        "version": 1,
        "bookmarks": [
            entry("bbbb000003", "2026-11-20T09:00:00Z", "Third", "Short one.", ""),
            entry("aaaa000001", "2026-11-01T08:00:00Z", "First release",
                  "One two three four five six seven eight nine ten.", "check the figures"),
            entry("aaaa000002", "2026-11-10T12:30:00Z", "Second \u{1b}[31mred",
                  "Escapes \u{1b}]0;owned\u{7} in text.", "note with\ttab and\nnewline"),
        ]
    });
    std::fs::write(
        dir.path().join("bookmarks.json"),
        serde_json::to_vec_pretty(&file).unwrap(),
    )
    .unwrap();
    dir
}

fn no_terminal_controls(text: &str) {
    assert!(
        !text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "control character in {text:?}"
    );
}

#[test]
fn bookmarks_commands_have_help() {
    let dir = tempfile::tempdir().unwrap();
    for command in [
        &["bookmarks", "--help"][..],
        &["bookmarks", "list", "--help"],
        &["bookmarks", "export", "--help"],
        &["bookmarks", "remove", "--help"],
    ] {
        let out = readout(dir.path(), command);
        assert!(out.status.success(), "{command:?}");
        assert!(
            stdout(&out).contains("Usage: readout bookmarks"),
            "{command:?}"
        );
    }
    let help = stdout(&readout(dir.path(), &["bookmarks", "--help"]));
    assert!(!help.contains("stress"), "{help}");
}

#[test]
fn list_prints_one_safe_line_per_bookmark_oldest_first() {
    let dir = fixture();
    let out = readout(dir.path(), &["bookmarks", "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    no_terminal_controls(&text);
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines.iter().all(|f| f.len() == 5), "{text}");
    assert_eq!(
        lines[0],
        [
            "aaaa000001",
            "2026-11-01",
            "First release",
            "One two three four five six seven eight …",
            "check the figures"
        ]
    );
    assert_eq!(lines[1][0], "aaaa000002");
    assert!(lines[1][4].starts_with("note with "), "{text}");
    assert!(lines[1][4].ends_with(" and newline"), "{text}");
    assert_eq!(lines[2][0], "bbbb000003");
    assert_eq!(lines[2][4], "");
}

#[test]
fn list_json_prints_one_object_per_line() {
    let dir = fixture();
    let out = readout(dir.path(), &["bookmarks", "list", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    no_terminal_controls(&text);
    let values: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(values.len(), 3);
    assert_eq!(values[0]["id"], "aaaa000001");
    assert_eq!(
        values[1]["title"], "Second \u{1b}[31mred",
        "data kept exact"
    );
}

#[test]
fn export_writes_markdown_by_default_and_json_on_request() {
    let dir = fixture();
    let md = readout(dir.path(), &["bookmarks", "export"]);
    assert!(md.status.success(), "{}", stderr(&md));
    let text = stdout(&md);
    no_terminal_controls(&text);
    assert!(text.starts_with("> One two three"), "{text}");
    assert!(text.contains("*First release*"), "{text}");
    assert!(text.contains("Note: check the figures"), "{text}");
    assert_eq!(
        stdout(&readout(
            dir.path(),
            &["bookmarks", "export", "--format", "md"]
        )),
        text
    );

    let json = readout(dir.path(), &["bookmarks", "export", "--format", "json"]);
    assert!(json.status.success(), "{}", stderr(&json));
    let text = stdout(&json);
    no_terminal_controls(&text);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value.as_array().unwrap().len(), 3);

    let bad = readout(dir.path(), &["bookmarks", "export", "--format", "pdf"]);
    assert!(!bad.status.success());
}

#[test]
fn remove_takes_an_id_or_a_unique_prefix() {
    let dir = fixture();
    let ambiguous = readout(dir.path(), &["bookmarks", "remove", "aaaa"]);
    assert!(!ambiguous.status.success());
    assert!(
        stderr(&ambiguous).contains("matches 2 bookmarks"),
        "{}",
        stderr(&ambiguous)
    );
    let unknown = readout(dir.path(), &["bookmarks", "remove", "cccc"]);
    assert!(!unknown.status.success());
    assert!(
        stderr(&unknown).contains("no bookmark has the id \"cccc\""),
        "{}",
        stderr(&unknown)
    );

    let out = readout(dir.path(), &["bookmarks", "remove", "BBBB"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "removed bbbb000003\tThird\n");
    let out = readout(dir.path(), &["bookmarks", "remove", "aaaa000002"]);
    assert!(out.status.success(), "{}", stderr(&out));

    let left = stdout(&readout(dir.path(), &["bookmarks", "list"]));
    assert_eq!(left.lines().count(), 1, "{left}");
    assert!(left.starts_with("aaaa000001\t"), "{left}");
}

#[test]
fn notices_go_to_stderr() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bookmarks.json"), b"{oops").unwrap();
    let out = readout(dir.path(), &["bookmarks", "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert!(
        stderr(&out).contains("bookmarks.json.corrupt-"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_empty_data_folder_lists_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = readout(&dir.path().join("not-yet"), &["bookmarks", "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert_eq!(stderr(&out), "");
    assert!(
        !dir.path().join("not-yet").exists(),
        "listing creates nothing"
    );
}

/// The ids in the data folder's bookmarks file; the file must parse.
fn ids_on_disk(dir: &Path) -> HashSet<String> {
    let Ok(text) = std::fs::read_to_string(dir.join("bookmarks.json")) else {
        return HashSet::new();
    };
    let value: serde_json::Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("torn bookmarks file ({e}): {text:?}"));
    value["bookmarks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_str().unwrap().to_string())
        .collect()
}

fn stress_writer(dir: &Path, count: Option<usize>) -> std::process::Child {
    let mut command = Command::new(env!("CARGO_BIN_EXE_readout"));
    command.args(["bookmarks", "stress-writer"]);
    if let Some(count) = count {
        command.args(["--count", &count.to_string()]);
    }
    command
        .env("READOUT_DATA_DIR", dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the readout binary runs")
}

/// The ids a writer reported as saved: complete lines only (a kill may cut
/// the last one short).
fn reported_ids(child: &mut std::process::Child) -> Vec<String> {
    let mut text = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    let complete = text.rfind('\n').map_or("", |end| &text[..end]);
    complete.lines().map(str::to_string).collect()
}

/// Bookmarks each concurrent writer adds: enough for their saves to
/// interleave many times over (each save rewrites the whole file, so the
/// test's time grows with the square of this).
const WRITES: usize = 120;

#[test]
fn two_writer_processes_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut writers = [
        stress_writer(dir.path(), Some(WRITES)),
        stress_writer(dir.path(), Some(WRITES)),
    ];
    let mut reported = HashSet::new();
    for writer in &mut writers {
        reported.extend(reported_ids(writer));
        let status = writer.wait().unwrap();
        let mut errors = String::new();
        writer
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut errors)
            .unwrap();
        assert!(status.success(), "{errors}");
    }
    assert_eq!(reported.len(), 2 * WRITES);
    assert_eq!(ids_on_disk(dir.path()), reported);
}

/// A small xorshift generator, so the test needs no extra crate; the seed
/// is printed to replay a failure.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn a_writer_killed_at_random_moments_never_tears_or_loses_the_file() {
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("crash test seed {seed}");
    let mut rng = Rng(seed);
    let mut dir = tempfile::tempdir().unwrap();
    let mut committed: HashSet<String> = HashSet::new();
    let (mut total, mut caught_mid_save) = (0, 0);
    for round in 0..200 {
        // A fresh folder now and then keeps the file (and each save) small.
        if round % 25 == 0 {
            dir = tempfile::tempdir().unwrap();
            committed.clear();
        }
        let mut writer = stress_writer(dir.path(), None);
        std::thread::sleep(Duration::from_micros(rng.below(30_000)));
        writer.kill().unwrap();
        let ids = reported_ids(&mut writer);
        writer.wait().unwrap();
        total += ids.len();
        committed.extend(ids);

        let on_disk = ids_on_disk(dir.path());
        let lost: Vec<_> = committed.difference(&on_disk).collect();
        assert!(lost.is_empty(), "round {round}, seed {seed}: lost {lost:?}");
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            !names.iter().any(|n| n.contains("corrupt")),
            "round {round}, seed {seed}: {names:?}"
        );
        if names.iter().any(|n| n.starts_with(".bookmarks.json.tmp-")) {
            caught_mid_save += 1;
        }
    }
    eprintln!("{total} bookmarks reported saved; {caught_mid_save} kills landed mid-save");
    assert!(total > 0, "the writer never got to save anything");

    // A later save clears what the killed writers left behind.
    let out = readout(
        dir.path(),
        &["bookmarks", "remove", committed.iter().next().unwrap()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let leftovers: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn remove_never_changes_a_file_from_a_newer_readout() {
    let dir = tempfile::tempdir().unwrap();
    let file = serde_json::json!({
        "version": 9,
        "bookmarks": [entry("aaaa000001", "2026-11-01T08:00:00Z", "T", "P.", "")]
    });
    let bytes = serde_json::to_vec(&file).unwrap();
    std::fs::write(dir.path().join("bookmarks.json"), &bytes).unwrap();

    let list = readout(dir.path(), &["bookmarks", "list"]);
    assert!(list.status.success(), "{}", stderr(&list));
    assert!(stdout(&list).starts_with("aaaa000001\t"));
    assert!(stderr(&list).contains("newer readout"), "{}", stderr(&list));

    let out = readout(dir.path(), &["bookmarks", "remove", "aaaa"]);
    assert!(!out.status.success());
    let message = stderr(&out);
    assert!(message.contains("bookmark not removed"), "{message}");
    assert!(message.contains("format version 9"), "{message}");
    assert!(!message.contains("retry"), "{message}");
    assert_eq!(
        std::fs::read(dir.path().join("bookmarks.json")).unwrap(),
        bytes
    );
}
