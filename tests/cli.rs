//! The command-line interface as scripts use it: the real binary, real files.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

use common::{readout, stderr, stdout};

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

#[test]
fn every_command_has_help() {
    for command in [
        &["--help"][..],
        &["list", "--help"],
        &["show", "--help"],
        &["quotes", "--help"],
        &["check", "--help"],
    ] {
        let out = readout(command);
        assert!(out.status.success(), "{command:?}");
        assert!(stdout(&out).contains("Usage: readout"), "{command:?}");
    }
}

#[test]
fn list_without_paths_shows_the_demo_corpus() {
    let out = readout(&["list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.lines().count() >= 5, "{text}");
    for line in text.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 4, "{line}");
        assert_eq!(fields[0].len(), 12, "{line}");
    }
    assert!(text.contains("Harbour towns launch joint ferry line: mayors"));
}

#[test]
fn list_json_has_metadata_and_counts() {
    let out = readout(&["list", "--json"]);
    let first = stdout(&out).lines().next().map(str::to_string).unwrap();
    let value: serde_json::Value = serde_json::from_str(&first).unwrap();
    for key in [
        "id",
        "title",
        "date",
        "source",
        "paragraphs",
        "quotes",
        "path",
        "format",
    ] {
        assert!(value.get(key).is_some(), "{key} missing in {value}");
    }
}

#[test]
fn show_finds_a_release_by_id_prefix_and_prints_json() {
    let list = stdout(&readout(&["list"]));
    let id = list.lines().next().unwrap().split('\t').next().unwrap();
    let out = readout(&["show", &id[..6]]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("Harbour towns launch joint ferry line: mayors\n"));
    let json = readout(&["show", id, "--json"]);
    let value: serde_json::Value = serde_json::from_str(stdout(&json).trim()).unwrap();
    assert!(
        value["paragraphs"]
            .as_array()
            .is_some_and(|p| !p.is_empty())
    );
    assert!(value["quotes"].is_array());
}

#[test]
fn show_with_an_unknown_id_fails_clearly() {
    let out = readout(&["show", "zzzzzz"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("no release has the id \"zzzzzz\""),
        "{}",
        stderr(&out)
    );
}

#[test]
fn check_reports_skipped_records_with_file_and_line() {
    let out = readout(&["check"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(
        text.contains("demo/congress-2024-03.jsonl:3: record has no text"),
        "{text}"
    );
    assert!(text.contains("jsonl"), "{text}");
}

#[test]
fn an_archive_with_no_readable_release_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "empty.txt", b"");
    write(dir.path(), "bin.txt", b"\x00\x01\x02");
    let out = readout(&["list", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("no readable release found"), "{err}");
    assert!(
        err.contains("empty.txt: empty file") && err.contains("bin.txt: binary file"),
        "{err}"
    );
}

#[test]
fn hostile_text_never_reaches_stdout_as_control_sequences() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "hostile.txt",
        b"Evil \x1b]0;pwned\x07title\r\n\r\nBody with \x1b[2J clear, \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\, bell \x07, bidi \xe2\x80\xaereversed\xe2\x80\xac and\ttab.\r\n",
    );
    write(
        dir.path(),
        "hostile.jsonl",
        b"{\"title\": \"J\\u001b[31mred\", \"text\": \"x\\u009b2J y \\u202e z\"}\n",
    );
    for command in ["list", "show", "quotes"] {
        let mut args = vec![command];
        let id;
        if command == "show" {
            let list = stdout(&readout(&["list", dir.path().to_str().unwrap()]));
            id = list
                .lines()
                .next()
                .unwrap()
                .split('\t')
                .next()
                .unwrap()
                .to_string();
            args.push(&id);
        }
        args.push(dir.path().to_str().unwrap());
        let out = readout(&args);
        assert!(out.status.success(), "{command}: {}", stderr(&out));
        let bad: Vec<u8> = out
            .stdout
            .iter()
            .copied()
            .filter(|&b| b < 0x20 && b != b'\n' && b != b'\t')
            .collect();
        assert!(bad.is_empty(), "{command} wrote control bytes {bad:?}");
        let text = stdout(&out);
        assert!(
            !text.contains('\u{202e}') && !text.contains('\u{9b}'),
            "{command}: {text:?}"
        );
    }
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let cache = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(["list"])
        .env("READOUT_CACHE_DIR", cache.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"));
}

#[test]
fn quotes_by_speaker_match_every_form_of_the_name() {
    let out = readout(&["quotes", "--speaker", "alvarez"]);
    let text = stdout(&out);
    let speakers: Vec<&str> = text
        .lines()
        .map(|l| l.split('\t').nth(2).unwrap())
        .collect();
    assert_eq!(speakers.len(), 5, "{text}");
    assert!(
        speakers.contains(&"Senator Ruth Alvarez") && speakers.contains(&"Ruth Alvarez"),
        "{speakers:?}"
    );
}

#[test]
fn quotes_can_be_filtered_by_speaker() {
    let out = readout(&["quotes", "--json"]);
    assert!(out.status.success());
    for line in stdout(&out).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["release"].is_string() && v["text"].is_string());
    }
}

#[test]
fn the_reader_refuses_to_draw_into_a_pipe() {
    let out = readout(&[]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("needs a terminal"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).is_empty(), "nothing written to the pipe");
    // Said before any archive is read (this one would fail to load).
    let out = readout(&["/nonexistent/archive"]);
    assert!(
        stderr(&out).contains("needs a terminal"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn global_options_may_come_before_the_command() {
    for args in [["--no-cache", "check"], ["check", "--no-cache"]] {
        let out = readout(&args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert!(stdout(&out).contains("releases from"), "{args:?}");
    }
}
