//! The command-line interface as scripts use it: the real binary, real files.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::common::{readout, stderr, stdout};

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
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "dump.jsonl",
        b"{\"title\": \"Kept\", \"text\": \"A release with text.\"}\n\
          {\"title\": \"Empty\", \"text\": null}\n",
    );
    let path = dir.path().to_str().unwrap();
    let out = readout(&["check", path]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("dump.jsonl:2: record has no text"), "{text}");
    assert!(text.contains("jsonl"), "{text}");
    // Other commands say it once, on stderr, pointing at `check`.
    let out = readout(&["list", path]);
    assert!(out.status.success());
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("1 file(s) or record(s) skipped; `readout check` lists them"),
        "{err}"
    );
}

#[test]
fn the_demo_corpus_is_clean() {
    for args in [&["list"][..], &["quotes"], &["search", "harbor"]] {
        let out = readout(args);
        assert!(out.status.success());
        assert_eq!(stderr(&out), "", "{args:?}");
    }
    assert!(stdout(&readout(&["check"])).contains("7 releases"));
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

#[test]
fn a_command_after_the_paths_means_the_same_as_before_them() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.md",
        b"---\ntitle: Port Opens\ndate: 2024-05-01\n---\nThe port opened today.\n",
    );
    let path = dir.path().to_str().unwrap();
    let before = readout(&["list", path, "--json"]);
    let after = readout(&[path, "list", "--json"]);
    assert!(after.status.success(), "{}", stderr(&after));
    assert_eq!(stdout(&after), stdout(&before));
    assert!(stdout(&after).contains("Port Opens"));
    let help = stdout(&readout(&["--help"]));
    assert!(help.contains("readout [OPTIONS] [PATH]..."), "{help}");
    assert!(help.contains("readout [OPTIONS] <COMMAND>"), "{help}");
}

#[test]
fn config_check_reports_every_problem_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "config.toml",
        b"date_format = \"long\"\n[theme]\nquote = \"purple\"\n[keys]\nquit = [\"x\"]\nnope = [\"z\"]\nhelp = [\"hyper-x\"]\n",
    );
    let config = dir.path().join("config.toml");
    let out = readout(&["--config", config.to_str().unwrap(), "config", "--check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    for wanted in [
        "config.toml line 3: [theme] quote: unknown colour \"purple\"",
        "config.toml line 5: [keys] \"x\" is bound to both toggle_read and quit",
        "config.toml line 6: [keys] no action is called \"nope\"",
        "config.toml line 7: [keys] help: \"hyper-x\" is not a key",
    ] {
        assert!(text.contains(wanted), "{wanted}\n{text}");
    }
    assert!(stderr(&out).contains("4 problems in"), "{}", stderr(&out));
    // Other commands say it on stderr and carry on.
    let out = readout(&["--config", config.to_str().unwrap(), "list"]);
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("line 3: [theme] quote: unknown colour"),
        "{}",
        stderr(&out)
    );
    write(dir.path(), "config.toml", b"date_format = \"us\"\n");
    let out = readout(&["--config", config.to_str().unwrap(), "config", "--check"]);
    assert!(out.status.success());
    assert!(
        stdout(&out).contains("no problem found"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn the_configured_paths_and_date_format_apply_to_commands() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("archive");
    std::fs::create_dir(&archive).unwrap();
    write(
        &archive,
        "a.md",
        b"---\ntitle: Port Opens\ndate: 2024-05-01\n---\nThe port opened today.\n",
    );
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "paths = [{:?}]\ndate_format = \"long\"\n",
            archive.to_str().unwrap()
        ),
    )
    .unwrap();
    let config = config.to_str().unwrap();
    let list = stdout(&readout(&["--config", config, "list"]));
    assert_eq!(list.lines().count(), 1, "{list}");
    assert!(
        list.contains("Port Opens\n") && list.contains("2024-05-01"),
        "{list}"
    );
    let id = list.split('\t').next().unwrap();
    let show = stdout(&readout(&["--config", config, "show", id]));
    assert!(show.contains("1 May 2024"), "{show}");
}

#[test]
fn show_keeps_link_addresses() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.md",
        b"---\ntitle: Get Ready\n---\nDownload the [FEMA App](https://www.ready.gov/fema-app) today.\n",
    );
    let path = dir.path().to_str().unwrap();
    let list = stdout(&readout(&["list", path]));
    let id = list.split('\t').next().unwrap();
    let text = stdout(&readout(&["show", id, path]));
    assert!(text.contains("the FEMA App[1] today."), "{text}");
    assert!(
        text.contains("Links:\n[1] https://www.ready.gov/fema-app"),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&readout(&["show", id, path, "--json"]))).unwrap();
    assert_eq!(json["links"][0], "https://www.ready.gov/fema-app");
    assert_eq!(
        json["paragraphs"][0]["spans"][0]["style"]["link"]["index"],
        0
    );
}
