//! The real binary in tmux, driven as a person would: keys in, screen out.
//! Skipped (with a message) when tmux is not installed; CI installs it.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// How long to wait for the screen to show something.
const PATIENCE: Duration = Duration::from_secs(20);

/// A tmux server of its own running one pane.
struct Tmux {
    socket: String,
}

impl Tmux {
    /// Starts `command` in a `width`×`height` pane, or `None` without tmux.
    fn start(test: &str, command: &str, width: u16, height: u16) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("skipped {test}: tmux is not installed");
            return None;
        }
        let tmux = Tmux {
            socket: format!("readout-{test}-{}", std::process::id()),
        };
        let status = tmux
            .cmd()
            .args(["-f", "/dev/null", "new-session", "-d", "-s", "t"])
            .args(["-x", &width.to_string(), "-y", &height.to_string()])
            .arg(command)
            .status()
            .unwrap();
        assert!(status.success());
        // Take the clipboard sequence (OSC 52) from programs into a buffer,
        // as users who copy over SSH set it.
        let status = tmux
            .cmd()
            .args(["set-option", "-s", "set-clipboard", "on"])
            .status()
            .unwrap();
        assert!(status.success());
        Some(tmux)
    }

    fn cmd(&self) -> Command {
        let mut c = Command::new("tmux");
        c.args(["-L", &self.socket]);
        c
    }

    /// Sends tmux key names (`Enter`, `Escape`, `C-d`).
    fn keys(&self, keys: &[&str]) {
        let status = self
            .cmd()
            .args(["send-keys", "-t", "t"])
            .args(keys)
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Types text literally.
    fn type_text(&self, text: &str) {
        let status = self
            .cmd()
            .args(["send-keys", "-t", "t", "-l", text])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// The pane's text.
    fn screen(&self) -> String {
        let out = self
            .cmd()
            .args(["capture-pane", "-p", "-t", "t"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen contains `text` and has stopped changing (a
    /// capture can land in the middle of a frame); panics with the screen
    /// if it never does.
    fn wait_for(&self, text: &str) -> String {
        self.wait_longer_for(text, PATIENCE)
    }

    /// [`Tmux::wait_for`], waiting up to `limit` (work on a real archive,
    /// on a busy machine).
    fn wait_longer_for(&self, text: &str, limit: Duration) -> String {
        let start = Instant::now();
        let mut previous = String::new();
        loop {
            let screen = self.screen();
            if screen.contains(text) && screen == previous {
                return screen;
            }
            previous = screen;
            if start.elapsed() > limit {
                panic!("waited {limit:?} for {text:?}; the screen shows:\n{previous}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Copies everything the pane's program writes from now on into `file`.
    fn record(&self, file: &Path) {
        let status = self
            .cmd()
            .args(["pipe-pane", "-o", "-t", "t"])
            .arg(format!("cat >> '{}'", file.display()))
            .status()
            .unwrap();
        assert!(status.success());
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd().arg("kill-server").status();
    }
}

/// Waits until `path` exists and returns its contents.
fn wait_for_file(path: &Path) -> String {
    let start = Instant::now();
    while start.elapsed() < PATIENCE {
        if let Ok(text) = std::fs::read_to_string(path)
            && !text.is_empty()
        {
            return text;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{} never appeared", path.display());
}

/// A script that waits for `go`, runs readout with `args` (bookmarks in
/// `data`, programs in `dir/bin` found first), then records how it exited
/// and the terminal's settings.
fn runner(dir: &Path, data: &Path, args: &str) -> PathBuf {
    let script = dir.join("run.sh");
    let body = format!(
        "#!/bin/sh\ncd '{dir}'\nwhile [ ! -f go ]; do sleep 0.05; done\nstty -g > stty_before\n\
         PATH=\"{dir}/bin:$PATH\" READOUT_CACHE_DIR='{dir}/cache' READOUT_CONFIG='{dir}/none.toml' READOUT_DATA_DIR='{data}' '{bin}' {args} &\n\
         echo $! > pid\nwait $!\necho \"exit=$?\" > exit\nstty -g > stty_after\nstty -a > stty\nsleep 60\n",
        dir = dir.display(),
        data = data.display(),
        bin = env!("CARGO_BIN_EXE_readout"),
    );
    std::fs::write(&script, body).unwrap();
    script
}

/// Starts readout under tmux via [`runner`], recording its output.
fn start(test: &str, dir: &Path, args: &str, width: u16, height: u16) -> Option<Tmux> {
    start_with_data(test, dir, &dir.join("data"), args, width, height)
}

/// Like [`start`], with bookmarks kept in `data`.
fn start_with_data(
    test: &str,
    dir: &Path,
    data: &Path,
    args: &str,
    width: u16,
    height: u16,
) -> Option<Tmux> {
    let script = runner(dir, data, args);
    // A background job of a non-interactive shell reads /dev/null; give it the pane.
    let command = format!("sh -c 'exec sh {} < /dev/tty'", script.display());
    let tmux = Tmux::start(test, &command, width, height)?;
    tmux.record(&dir.join("output"));
    std::fs::write(dir.join("go"), "").unwrap();
    Some(tmux)
}

#[test]
fn filter_open_and_search_as_a_user_would() {
    let dir = tempfile::tempdir().unwrap();
    let Some(tmux) = start("filter_open_search", dir.path(), "", 140, 40) else {
        return;
    };
    tmux.wait_for("7 / 7 releases");
    tmux.keys(&["/"]);
    tmux.type_text("broadband");
    let screen = tmux.wait_for("Releases (1)");
    assert!(screen.contains("filter: broadband"), "{screen}");
    tmux.keys(&["Enter"]);
    tmux.wait_for("1 / 7 releases");
    tmux.keys(&["Enter"]);
    tmux.wait_for("m bookmark");
    tmux.keys(&["/"]);
    tmux.wait_for("search:");
    tmux.type_text("kitchen table");
    tmux.wait_for("search: kitchen table");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("match 1/1");
    assert!(screen.contains("kitchen table"), "{screen}");
    assert!(
        screen.contains("Alvarez Introduces Rural Broadband Act"),
        "{screen}"
    );
    // q steps back from the reading pane to the list, q again quits.
    tmux.keys(&["q", "q"]);
    assert_eq!(wait_for_file(&dir.path().join("exit")).trim(), "exit=0");
    let stty = wait_for_file(&dir.path().join("stty"));
    assert!(
        !stty.contains("-icanon") && !stty.contains("-echo "),
        "{stty}"
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    killed_by_signal_restores_the_terminal("TERM");
}

#[test]
fn sighup_and_sigint_restore_the_terminal() {
    killed_by_signal_restores_the_terminal("HUP");
    killed_by_signal_restores_the_terminal("INT");
}

#[test]
fn sigquit_sigusr1_and_sigalrm_restore_the_terminal() {
    for signal in ["QUIT", "USR1", "ALRM"] {
        killed_by_signal_restores_the_terminal(signal);
    }
}

#[test]
fn sigterm_while_the_terminal_is_being_taken_restores_it() {
    let dir = tempfile::tempdir().unwrap();
    let Some(tmux) = start("sigstartup", dir.path(), "", 120, 30) else {
        return;
    };
    // The moment the alternate screen is entered, before the first frame.
    let output = dir.path().join("output");
    let started = Instant::now();
    while !std::fs::read(&output).is_ok_and(|b| String::from_utf8_lossy(&b).contains("\x1b[?1049h"))
    {
        assert!(started.elapsed() < PATIENCE, "the reader never started");
        std::thread::sleep(Duration::from_millis(2));
    }
    let pid = wait_for_file(&dir.path().join("pid"));
    let status = Command::new("kill")
        .args(["-TERM", pid.trim()])
        .status()
        .unwrap();
    assert!(status.success());
    terminal_came_back(dir.path());
    drop(tmux);
}

/// Sends `signal` to a running reader and checks the terminal came back.
fn killed_by_signal_restores_the_terminal(signal: &str) {
    let dir = tempfile::tempdir().unwrap();
    let Some(tmux) = start(&format!("sig{signal}"), dir.path(), "", 120, 30) else {
        return;
    };
    tmux.wait_for("7 / 7 releases");
    let pid = wait_for_file(&dir.path().join("pid"));
    let status = Command::new("kill")
        .args([format!("-{signal}").as_str(), pid.trim()])
        .status()
        .unwrap();
    assert!(status.success());
    terminal_came_back(dir.path());
    drop(tmux);
}

/// Checks, once the reader run by [`runner`] in `dir` has exited, that the
/// terminal is as it was: the same `stty -g`, the alternate screen left,
/// the cursor shown, mouse capture off.
fn terminal_came_back(dir: &Path) {
    wait_for_file(&dir.join("exit"));
    let before = wait_for_file(&dir.join("stty_before"));
    let after = wait_for_file(&dir.join("stty_after"));
    assert_eq!(before, after, "stty -g before and after");
    let stty = wait_for_file(&dir.join("stty"));
    assert!(!stty.contains("-icanon"), "still in raw mode:\n{stty}");
    assert!(!stty.contains("-echo "), "echo still off:\n{stty}");
    modes_given_back(&recorded_output_settled(&dir.join("output")));
}

/// The reader's recorded output once it has stopped growing: tmux copies a
/// pane's output to the recording through a pipe, so the last bytes the
/// reader wrote may reach the file a moment after it has exited.
fn recorded_output_settled(path: &Path) -> String {
    let read = || String::from_utf8_lossy(&std::fs::read(path).unwrap_or_default()).into_owned();
    let started = Instant::now();
    let mut last = read();
    loop {
        std::thread::sleep(Duration::from_millis(200));
        let now = read();
        let left_last = now.rfind("\x1b[?1049l") > now.rfind("\x1b[?1049h");
        if (now == last && left_last) || started.elapsed() > PATIENCE {
            return now;
        }
        last = now;
    }
}

/// Checks that what the reader wrote leaves the terminal as it found it:
/// the alternate screen left, the cursor shown and mouse capture off after
/// they were last turned on.
fn modes_given_back(text: &str) {
    let entered = text
        .rfind("\x1b[?1049h")
        .expect("the alternate screen was entered");
    let left = text
        .rfind("\x1b[?1049l")
        .expect("the alternate screen was left");
    assert!(left > entered, "the alternate screen was left last");
    assert!(
        text.rfind("\x1b[?25h").is_some_and(|shown| shown > entered),
        "cursor shown again"
    );
    let mouse_on = text.rfind("\x1b[?1000h").unwrap_or(0);
    assert!(
        text.rfind("\x1b[?1000l").is_some_and(|off| off > mouse_on),
        "mouse capture turned off last"
    );
}

#[test]
fn kill_tstp_stops_like_ctrl_z_and_fg_takes_the_terminal_again() {
    let dir = tempfile::tempdir().unwrap();
    let Some(tmux) = Tmux::start("tstp", "env PS1='shell$ ' sh -i", 120, 30) else {
        return;
    };
    tmux.wait_for("shell$");
    let d = dir.path().display();
    tmux.type_text(&format!(
        "stty -g > '{d}/before'; sh -c 'echo $$ > \"{d}/pid\"; exec env READOUT_CACHE_DIR=\"{d}/cache\" READOUT_DATA_DIR=\"{d}/data\" READOUT_CONFIG=/nonexistent \"{bin}\"'",
        bin = env!("CARGO_BIN_EXE_readout")
    ));
    tmux.keys(&["Enter"]);
    tmux.wait_for("7 / 7 releases");
    tmux.record(&dir.path().join("output"));
    let pid = wait_for_file(&dir.path().join("pid"));
    let status = Command::new("kill")
        .args(["-TSTP", pid.trim()])
        .status()
        .unwrap();
    assert!(status.success());
    let screen = tmux.wait_for("shell$");
    assert!(
        !screen.contains("7 / 7 releases"),
        "the reader left the screen:\n{screen}"
    );
    let stopped = recorded_output_settled(&dir.path().join("output"));
    assert!(
        stopped.contains("\x1b[?1049l"),
        "the alternate screen was left"
    );
    assert!(stopped.contains("\x1b[?1000l"), "mouse capture turned off");
    assert!(stopped.contains("\x1b[?25h"), "cursor shown");
    tmux.type_text(&format!("stty -g > '{d}/stopped'; fg"));
    tmux.keys(&["Enter"]);
    tmux.wait_for("7 / 7 releases");
    // One key, no Enter: the terminal is in raw mode again.
    tmux.keys(&["j"]);
    tmux.wait_for("Statement from the Governor");
    tmux.keys(&["q"]);
    tmux.wait_for("shell$");
    tmux.type_text(&format!("stty -g > '{d}/after'"));
    tmux.keys(&["Enter"]);
    let before = wait_for_file(&dir.path().join("before"));
    assert_eq!(
        before,
        wait_for_file(&dir.path().join("stopped")),
        "while stopped"
    );
    assert_eq!(
        before,
        wait_for_file(&dir.path().join("after")),
        "after quitting"
    );
}

/// True when every escape sequence in `bytes` is a CSI sequence (what a
/// renderer sends: cursor moves, colours, modes), with no OSC, DCS or bare
/// control character from content.
fn only_renderer_sequences(bytes: &[u8]) -> Result<(), String> {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == 0x1b {
            if bytes.get(i + 1) != Some(&b'[') {
                return Err(format!(
                    "non-CSI escape at byte {i}: {:?}",
                    &bytes[i..(i + 12).min(bytes.len())]
                ));
            }
            let mut j = i + 2;
            while j < bytes.len() && (0x30..=0x3f).contains(&bytes[j]) {
                j += 1;
            }
            while j < bytes.len() && (0x20..=0x2f).contains(&bytes[j]) {
                j += 1;
            }
            if j >= bytes.len() || !(0x40..=0x7e).contains(&bytes[j]) {
                return Err(format!("unterminated CSI at byte {i}"));
            }
            i = j + 1;
            continue;
        }
        if b < 0x20 && b != b'\r' && b != b'\n' || b == 0x7f {
            return Err(format!("control byte {b:#04x} at {i}"));
        }
        i += 1;
    }
    // C1 controls encoded in UTF-8 (U+0080–U+009F) are controls too.
    let text = String::from_utf8_lossy(bytes);
    if let Some(c) = text.chars().find(|c| {
        ('\u{80}'..='\u{9f}').contains(c)
            || ('\u{202a}'..='\u{202e}').contains(c)
            || ('\u{2066}'..='\u{2069}').contains(c)
    }) {
        return Err(format!("control character {c:?} in the output"));
    }
    Ok(())
}

#[test]
fn hostile_text_never_reaches_the_terminal_as_control_sequences() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let long_line = "overflow ".repeat(5_600);
    let hostile = format!(
        "Title: Evil\x1b]0;owned\x07 release\x1b[2J\r\nSource: Bad\u{202e}Actor\r\n\r\n\
         Body with \x1b[31mred\x1b[0m, a bell\x07, a CR\rhere, a tab\tthere, \u{9b}31m C1, \
         \u{2066}isolate\u{2069} and \x1bP dcs \x1b\\ text. \"Quoted\x1b]8;;http://evil\x07 link,\" said Rep. Evil.\r\n\r\n{long_line}\r\n"
    );
    std::fs::write(corpus.join("hostile.txt"), hostile).unwrap();
    std::fs::write(corpus.join("binary.txt"), b"text\0with NUL").unwrap();
    std::fs::write(
        corpus.join("fine.txt"),
        "A fine release.\n\nIt has two paragraphs.\n",
    )
    .unwrap();
    let args = format!("'{}'", corpus.display());
    let Some(tmux) = start("hostile", dir.path(), &args, 120, 30) else {
        return;
    };
    tmux.wait_for("2 / 2 releases");
    // Draw the hostile release in both panes and scroll through it.
    for key in ["j", "k", "g", "Enter", "G", "g", "j", "Tab", "j", "Tab"] {
        tmux.keys(&[key]);
    }
    tmux.keys(&["/"]);
    tmux.type_text("evil");
    tmux.wait_for("search: evil");
    tmux.keys(&["Enter", "q", "q"]);
    wait_for_file(&dir.path().join("exit"));
    let output = std::fs::read(dir.path().join("output")).unwrap();
    assert!(output.len() > 1000, "output was recorded");
    if let Err(problem) = only_renderer_sequences(&output) {
        panic!("{problem}");
    }
    assert!(!String::from_utf8_lossy(&output).contains("owned\x07"));
}

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let Some(tmux) = Tmux::start("suspend", "env PS1='shell$ ' sh -i", 120, 30) else {
        return;
    };
    tmux.wait_for("shell$");
    tmux.type_text(&format!(
        "READOUT_CACHE_DIR='{0}/cache' READOUT_DATA_DIR='{0}/data' READOUT_CONFIG=/nonexistent '{1}'",
        dir.path().display(),
        env!("CARGO_BIN_EXE_readout")
    ));
    tmux.keys(&["Enter"]);
    tmux.wait_for("7 / 7 releases");
    tmux.keys(&["C-z"]);
    let screen = tmux.wait_for("shell$");
    assert!(
        !screen.contains("7 / 7 releases"),
        "the reader left the screen:\n{screen}"
    );
    tmux.type_text("fg");
    tmux.keys(&["Enter"]);
    tmux.wait_for("7 / 7 releases");
    tmux.keys(&["j"]);
    tmux.wait_for("Statement from the Governor");
    tmux.keys(&["q"]);
    tmux.wait_for("shell$");
}

#[test]
fn a_bookmark_survives_a_restart_and_is_found_again() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let first = dir.path().join("first");
    let second = dir.path().join("second");
    std::fs::create_dir_all(&first).unwrap();
    std::fs::create_dir_all(&second).unwrap();
    {
        let Some(tmux) = start_with_data("bookmark_first", &first, &data, "", 140, 40) else {
            return;
        };
        tmux.wait_for("7 / 7 releases");
        tmux.keys(&["/"]);
        tmux.type_text("broadband");
        tmux.wait_for("Releases (1)");
        tmux.keys(&["Enter"]);
        tmux.wait_for("1 / 7 releases");
        tmux.keys(&["Enter"]);
        tmux.wait_for("m bookmark");
        tmux.keys(&["}", "v", "w"]);
        tmux.wait_for("w/b sentence");
        tmux.keys(&["m"]);
        tmux.wait_for("note (Enter saves");
        tmux.type_text("rural homework gap");
        tmux.keys(&["Enter"]);
        tmux.wait_for("bookmarked");
        // q steps back from the reading pane to the list, q again quits.
        tmux.keys(&["q", "q"]);
        assert_eq!(wait_for_file(&first.join("exit")).trim(), "exit=0");
    }
    let Some(tmux) = start_with_data("bookmark_second", &second, &data, "", 140, 40) else {
        return;
    };
    tmux.wait_for("7 / 7 releases");
    tmux.keys(&["B"]);
    let screen = tmux.wait_for("rural homework gap");
    assert!(screen.contains("Bookmarks (1)"), "{screen}");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("Alvarez Introduces Rural Broadband Act");
    assert!(screen.contains("▌"), "the passage is marked:\n{screen}");
    assert!(screen.contains("kitchen table"), "{screen}");
    // q steps back from the reading pane to the list, q again quits.
    tmux.keys(&["q", "q"]);
    wait_for_file(&second.join("exit"));
    let out = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(["bookmarks", "list", "--json"])
        .env("READOUT_DATA_DIR", &data)
        .env("READOUT_CACHE_DIR", dir.path().join("cache"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1, "{text}");
    let v: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(v["note"], "rural homework gap");
    assert!(v["passage"].as_str().unwrap().contains("kitchen table"));
    assert_eq!(v["speaker"], "Senator Ruth Alvarez");
}

#[test]
fn files_added_and_changed_appear_without_restarting() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(
        corpus.join("a.txt"),
        "Title: Alpha harbor release\nDate: 2024-01-02\n\nAlpha body.\n",
    )
    .unwrap();
    std::fs::write(
        corpus.join("b.txt"),
        "Title: Beta ferry release\nDate: 2024-01-01\n\nBeta body.\n",
    )
    .unwrap();
    let args = format!("'{}'", corpus.display());
    let Some(tmux) = start("reload", dir.path(), &args, 120, 30) else {
        return;
    };
    tmux.wait_for("2 / 2 releases");
    // Select the second (older) release; it must stay selected.
    tmux.keys(&["j"]);
    tmux.wait_for("Beta body.");
    std::fs::write(
        corpus.join("c.txt"),
        "Title: Gamma dredging release\nDate: 2024-01-03\n\nGamma body.\n",
    )
    .unwrap();
    let screen = tmux.wait_for("3 / 3 releases");
    assert!(screen.contains("Gamma dredging release"), "{screen}");
    assert!(
        screen.contains("Beta body."),
        "the selection stayed on Beta:\n{screen}"
    );
    std::fs::write(
        corpus.join("b.txt"),
        "Title: Beta ferry release\nDate: 2024-01-01\n\nBeta body, corrected.\n",
    )
    .unwrap();
    tmux.wait_for("Beta body, corrected.");
    // A YAML alias bomb dropped into the open folder: read, reported, no abort.
    let mut bomb = String::from("---\na0: &a0 [lol]\n");
    for level in 1..=9 {
        let row = vec![format!("*a{}", level - 1); 10].join(",");
        bomb.push_str(&format!("a{level}: &a{level} [{row}]\n"));
    }
    bomb.push_str("title: Laughing release\ntags: *a9\n---\nStill here.\n");
    std::fs::write(corpus.join("bomb.md"), bomb).unwrap();
    let screen = tmux.wait_for("4 / 4 releases");
    assert!(screen.contains("Laughing release"), "{screen}");
    tmux.keys(&["q"]);
    assert_eq!(wait_for_file(&dir.path().join("exit")).trim(), "exit=0");
}

#[test]
fn quotations_search_and_related_views_as_a_user_would() {
    let dir = tempfile::tempdir().unwrap();
    let Some(tmux) = start("views", dir.path(), "", 150, 40) else {
        return;
    };
    tmux.wait_for("7 / 7 releases");
    // Quotations, filtered by speaker and words, opened at the quote.
    tmux.keys(&["Q"]);
    tmux.wait_for("Quotations (");
    tmux.keys(&["/"]);
    tmux.type_text("alvarez kitchen");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Quotations (1)");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("Alvarez Introduces Rural Broadband Act");
    assert!(screen.contains("kitchen table"), "{screen}");
    // Search every release, open a result at its hit.
    tmux.keys(&[":"]);
    tmux.type_text("\"sea walls\"");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("Search: \"sea walls\" (1 releases)");
    assert!(screen.contains("sea walls"), "{screen}");
    tmux.keys(&["Enter"]);
    tmux.wait_for("match 1/1");
    // Related releases of the open one.
    tmux.keys(&["R"]);
    let screen = tmux.wait_for("Related to:");
    assert!(screen.contains("related"), "{screen}");
    // Escape and q sent together would read as Alt-q.
    tmux.keys(&["Escape"]);
    tmux.wait_for("Releases (");
    tmux.keys(&["q"]);
    assert_eq!(wait_for_file(&dir.path().join("exit")).trim(), "exit=0");
}

#[test]
fn emoji_sequences_and_flags_leave_no_stale_cells() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let mut text = String::from("Title: Flags and faces\n\n");
    for i in 0..40 {
        text.push_str(&format!(
            "Plain paragraph number {i} 🇸🇪 then 👩\u{200d}👩\u{200d}👧 and 👍🏽 with ❤\u{fe0f} and 🇺🇸🇫🇷 after.\n\n"
        ));
    }
    std::fs::write(corpus.join("emoji.txt"), text).unwrap();
    let args = format!("'{}'", corpus.display());
    let Some(tmux) = start("emoji", dir.path(), &args, 100, 24) else {
        return;
    };
    tmux.wait_for("1 / 1 releases");
    tmux.keys(&["Enter"]);
    for _ in 0..12 {
        tmux.keys(&["j"]);
    }
    tmux.keys(&["G"]);
    let screen = tmux.wait_for("Plain paragraph number 39");
    // Every row of the panes still ends with the reading pane's border.
    for (row, line) in screen.lines().enumerate().take(23) {
        let last = line.trim_end().chars().last();
        assert!(
            matches!(last, Some('│' | '┐' | '┘')),
            "row {row} lost its border: {line:?}\n{screen}"
        );
    }
    for line in screen.lines().filter(|l| l.contains("Plain paragraph")) {
        assert!(line.contains("SE then 👩"), "{line:?}");
    }
    // q steps back from the reading pane to the list, q again quits.
    tmux.keys(&["q", "q"]);
    wait_for_file(&dir.path().join("exit"));
    let output =
        String::from_utf8_lossy(&std::fs::read(dir.path().join("output")).unwrap()).into_owned();
    let glue = output.chars().find(|c| {
        matches!(c, '\u{200d}' | '\u{fe0f}' | '\u{1f3fb}'..='\u{1f3ff}' | '\u{1f1e6}'..='\u{1f1ff}')
    });
    assert_eq!(glue, None, "sent a sequence terminals disagree on");
}

/// The text of the first OSC 52 clipboard sequence in `output`, decoded.
fn osc52_payload(output: &[u8]) -> Option<String> {
    use base64::Engine as _;
    let text = String::from_utf8_lossy(output);
    let start = text.find("\x1b]52;c;")? + "\x1b]52;c;".len();
    let end = start + text[start..].find('\x07')?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(&text[start..end])
        .ok()?;
    String::from_utf8(bytes).ok()
}

#[test]
fn y_copies_a_quotation_and_its_citation_through_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let Some(tmux) = start("copy", dir.path(), "", 150, 40) else {
        return;
    };
    tmux.wait_for("7 / 7 releases");
    tmux.keys(&["Q"]);
    tmux.wait_for("Quotations (");
    tmux.keys(&["/"]);
    tmux.type_text("alvarez kitchen");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Quotations (1)");
    tmux.keys(&["y"]);
    let screen = tmux.wait_for("with its citation to");
    assert!(
        screen.contains("copied “This bill brings the internet"),
        "{screen}"
    );
    // q closes the view, q again quits.
    tmux.keys(&["q"]);
    tmux.wait_for("Releases (");
    tmux.keys(&["q"]);
    assert_eq!(wait_for_file(&dir.path().join("exit")).trim(), "exit=0");
    let output = std::fs::read(dir.path().join("output")).unwrap();
    let copied = osc52_payload(&output).expect("an OSC 52 sequence was written");
    let (quote, citation) = copied.split_once('\n').expect("two lines");
    assert_eq!(
        quote, "“This bill brings the internet to the kitchen table, where it belongs.”",
        "{copied}"
    );
    assert_eq!(
        citation,
        "— Senator Ruth Alvarez, “Alvarez Introduces Rural Broadband Act to Connect 200,000 Homes”, \
         alvarez.senate.example.gov, 2024-02-27, \
         https://alvarez.senate.example.gov/news/press-releases/alvarez-introduces-rural-broadband-act"
    );
    // tmux took it into its paste buffer as well.
    let buffer = tmux.cmd().args(["show-buffer"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&buffer.stdout), copied);
}

#[test]
fn o_hands_the_release_page_to_the_systems_opener() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    // The system's opener, as the `open` crate finds it on Linux.
    let bin = dir.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let opened = dir.path().join("opened");
    let opener = bin.join("xdg-open");
    std::fs::write(
        &opener,
        format!("#!/bin/sh\necho \"$1\" >> '{}'\n", opened.display()),
    )
    .unwrap();
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    let Some(tmux) = start("open", dir.path(), "", 150, 40) else {
        return;
    };
    tmux.wait_for("7 / 7 releases");
    tmux.keys(&["/"]);
    tmux.type_text("broadband");
    tmux.wait_for("Releases (1)");
    tmux.keys(&["Enter", "o"]);
    tmux.wait_for("opened https://alvarez");
    assert_eq!(
        wait_for_file(&opened).trim(),
        "https://alvarez.senate.example.gov/news/press-releases/alvarez-introduces-rural-broadband-act"
    );
    tmux.keys(&["q"]);
    assert_eq!(wait_for_file(&dir.path().join("exit")).trim(), "exit=0");
}

/// Waits (up to `limit`) until the screen no longer shows `text`.
fn wait_until_gone(tmux: &Tmux, text: &str, limit: Duration) {
    let start = Instant::now();
    while tmux.screen().contains(text) {
        assert!(
            start.elapsed() < limit,
            "waited {limit:?} for {text:?} to go:\n{}",
            tmux.screen()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The start of a title as a row shows it.
fn title_start(title: &str) -> String {
    readout::corpus::sanitize::for_display(title)
        .chars()
        .take(18)
        .collect()
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn one_query_with_fields_in_the_filter_and_in_corpus_search() {
    use readout::corpus::order::{SortMode, rank_of};
    use readout::search::engine::Engine;
    use readout::search::filter::{self, FilterIndex, Query};
    let Some(root) =
        common::shared_corpus("one_query_with_fields_in_the_filter_and_in_corpus_search")
    else {
        return;
    };
    let root = std::fs::canonicalize(root).unwrap();
    let text = "fentanyl source:whitehouse date:2023";
    let query = Query::parse(text).unwrap();
    // What the reader must show, computed by the library.
    let corpus = readout::archive::load_with_progress(std::slice::from_ref(&root), &|_| {});
    let order = SortMode::DateDesc.order(&corpus.releases);
    let rank = rank_of(&order);
    let hits = filter::run(
        &corpus.releases,
        &FilterIndex::default(),
        &order,
        &rank,
        &query,
        &|| false,
    )
    .unwrap();
    assert!(!hits.is_empty());
    let (titles, fuzzy) = filter::tier_counts(&hits);
    let engine = Engine::in_memory(&corpus, &|_| {}).unwrap();
    let speakers = readout::search::speakers::Directory::of(&corpus.releases);
    let found = engine
        .search(&corpus.releases, &query, &speakers, None, 500)
        .unwrap();
    assert!(found.total > 0);

    let dir = tempfile::tempdir().unwrap();
    let args = format!("'{}'", root.display());
    let Some(tmux) = start("fields_filter_and_search", dir.path(), &args, 200, 50) else {
        return;
    };
    tmux.wait_longer_for(" releases", Duration::from_secs(120));
    tmux.keys(&["/"]);
    tmux.type_text(text);
    let count = if fuzzy > 0 {
        format!("Releases ({titles} in titles · {fuzzy} fuzzy)")
    } else {
        format!("Releases ({})", hits.len())
    };
    let screen = tmux.wait_longer_for(&count, Duration::from_secs(60));
    for hit in hits.iter().take(3) {
        let title = title_start(&corpus.releases[hit.index as usize].title);
        assert!(screen.contains(&title), "{title:?} in\n{screen}");
    }
    // The filter kept, then cleared, and the same query given to `:`.
    tmux.keys(&["Enter"]);
    tmux.keys(&["Escape"]);
    // The status line again (not the prompt), then the index ready.
    let all = readout::tui::view::status::thousands(corpus.releases.len());
    tmux.wait_for(&format!("{all} / {all} releases"));
    wait_until_gone(&tmux, "indexing", Duration::from_secs(300));
    tmux.keys(&[":"]);
    tmux.wait_for("search all releases:");
    tmux.type_text(text);
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_longer_for(
        &format!("({} releases)", found.total),
        Duration::from_secs(120),
    );
    assert!(
        screen.contains("Search: fentanyl source:whitehouse date:2023"),
        "{screen}"
    );
    for hit in found.hits.iter().take(3) {
        let title = title_start(&corpus.releases[hit.release as usize].title);
        assert!(screen.contains(&title), "{title:?} in\n{screen}");
    }
    // q steps back: out of the results, then out of the reader.
    tmux.keys(&["q"]);
    tmux.wait_for(&format!("Releases ({all})"));
    tmux.keys(&["q"]);
    assert_eq!(wait_for_file(&dir.path().join("exit")).trim(), "exit=0");
}
