//! What the reader reaches outside its terminal window: the system's
//! opener for a release's page, and the clipboard. Both are traits so tests
//! hand the runtime their own and see what would have been opened or
//! copied; the real ones are [`SystemOpener`] and [`SystemClipboard`].

use std::io::Write;

use base64::Engine as _;

/// Opens a URL in the user's browser (or whatever the system opens it with).
pub trait Opener {
    /// Opens `url`; an error says why it could not be.
    fn open(&mut self, url: &str) -> Result<(), String>;
}

/// Puts text on the clipboard.
pub trait Clipboard {
    /// Copies `text`; says where it went, or why it could not go anywhere.
    fn copy(&mut self, text: &str) -> Result<String, String>;
}

/// The opener and the clipboard the runtime uses.
pub struct Desktop {
    /// Opens URLs.
    pub opener: Box<dyn Opener>,
    /// Takes copied text.
    pub clipboard: Box<dyn Clipboard>,
}

impl Desktop {
    /// The system's opener, and the terminal's clipboard (OSC 52) with the
    /// local one beside it.
    pub fn system() -> Desktop {
        Desktop {
            opener: Box::new(SystemOpener),
            clipboard: Box::new(SystemClipboard::new(Box::new(std::io::stdout()))),
        }
    }

    /// Neither opens nor copies anything, saying so: for runs with no
    /// desktop to reach.
    pub fn none() -> Desktop {
        Desktop {
            opener: Box::new(Unavailable),
            clipboard: Box::new(Unavailable),
        }
    }
}

/// An opener and clipboard that are not there.
struct Unavailable;

impl Opener for Unavailable {
    fn open(&mut self, _url: &str) -> Result<(), String> {
        Err("no opener here".into())
    }
}

impl Clipboard for Unavailable {
    fn copy(&mut self, _text: &str) -> Result<String, String> {
        Err("no clipboard here".into())
    }
}

/// The system's opener (`xdg-open`, `open`, `start`, …) through the `open`
/// crate, without waiting for the browser.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemOpener;

impl Opener for SystemOpener {
    fn open(&mut self, url: &str) -> Result<(), String> {
        open::that_detached(url).map_err(|e| format!("cannot open {url}: {e}"))
    }
}

/// The escape sequence that asks the terminal to put `text` on the
/// system clipboard (OSC 52). Terminals that support it do so even over
/// SSH; tmux takes it with `set-clipboard on`.
pub fn osc52(text: &str) -> String {
    let payload = base64::engine::general_purpose::STANDARD.encode(text);
    format!("\x1b]52;c;{payload}\x07")
}

/// [`osc52`] wrapped for tmux's passthrough (`allow-passthrough on`), so
/// it reaches the terminal tmux runs in.
pub fn osc52_through_tmux(text: &str) -> String {
    let inner = osc52(text).replace('\x1b', "\x1b\x1b");
    format!("\x1bPtmux;{inner}\x1b\\")
}

/// Copies through the terminal (OSC 52, which works over SSH and in tmux)
/// and, when built with the `local-clipboard` feature and a clipboard is
/// reachable (X11, Wayland's XWayland, macOS, Windows), through the local
/// clipboard too: a terminal that ignores OSC 52 says nothing, so both are
/// used.
pub struct SystemClipboard {
    /// The terminal, where OSC 52 is written.
    terminal: Box<dyn Write>,
    /// True inside tmux: OSC 52 is also sent through its passthrough.
    in_tmux: bool,
    /// The local clipboard, opened on first use and kept open (on X11 the
    /// copied text lives as long as it does).
    #[cfg(feature = "local-clipboard")]
    local: Option<Result<arboard::Clipboard, String>>,
}

impl SystemClipboard {
    /// A clipboard writing OSC 52 to `terminal`.
    pub fn new(terminal: Box<dyn Write>) -> SystemClipboard {
        SystemClipboard {
            terminal,
            in_tmux: std::env::var_os("TMUX").is_some(),
            #[cfg(feature = "local-clipboard")]
            local: None,
        }
    }

    /// Copies to the local clipboard; `None` when there is none.
    #[cfg(feature = "local-clipboard")]
    fn copy_locally(&mut self, text: &str) -> Option<Result<(), String>> {
        let local = self
            .local
            .get_or_insert_with(|| arboard::Clipboard::new().map_err(|e| e.to_string()));
        match local {
            Ok(clipboard) => Some(clipboard.set_text(text).map_err(|e| e.to_string())),
            Err(_) => None,
        }
    }

    /// A clipboard writing OSC 52 to `terminal` and nowhere else.
    #[cfg(test)]
    fn terminal_only(terminal: Box<dyn Write>) -> SystemClipboard {
        SystemClipboard {
            in_tmux: false,
            #[cfg(feature = "local-clipboard")]
            local: Some(Err("not in tests".into())),
            ..SystemClipboard::new(terminal)
        }
    }

    #[cfg(not(feature = "local-clipboard"))]
    fn copy_locally(&mut self, _text: &str) -> Option<Result<(), String>> {
        None
    }
}

impl Clipboard for SystemClipboard {
    fn copy(&mut self, text: &str) -> Result<String, String> {
        let mut sequence = osc52(text);
        if self.in_tmux {
            sequence.push_str(&osc52_through_tmux(text));
        }
        let terminal = self
            .terminal
            .write_all(sequence.as_bytes())
            .and_then(|()| self.terminal.flush())
            .map_err(|e| format!("cannot write to the terminal: {e}"));
        match (terminal, self.copy_locally(text)) {
            (Ok(()), Some(Ok(()))) => Ok("the terminal's and the system clipboard".into()),
            (Ok(()), _) => Ok("the terminal's clipboard (OSC 52)".into()),
            (Err(_), Some(Ok(()))) => Ok("the system clipboard".into()),
            (Err(e), Some(Err(local))) => Err(format!("{e}; {local}")),
            (Err(e), None) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    /// A terminal that keeps what is written to it.
    #[derive(Clone, Default)]
    struct Screen(Arc<Mutex<Vec<u8>>>);

    impl Write for Screen {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn osc52_carries_the_text_in_base64() {
        assert_eq!(osc52("hi “you”"), "\x1b]52;c;aGkg4oCceW914oCd\x07");
        let wrapped = osc52_through_tmux("hi");
        assert_eq!(wrapped, "\x1bPtmux;\x1b\x1b]52;c;aGk=\x07\x1b\\");
    }

    #[test]
    fn the_clipboard_writes_osc52_to_the_terminal() {
        let screen = Screen::default();
        let mut clipboard = SystemClipboard::terminal_only(Box::new(screen.clone()));
        let said = clipboard.copy("a passage").unwrap();
        assert_eq!(said, "the terminal's clipboard (OSC 52)");
        let written = String::from_utf8(screen.0.lock().unwrap().clone()).unwrap();
        assert_eq!(written, osc52("a passage"));
    }
}
