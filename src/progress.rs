//! A progress line on stderr for long work done before (or instead of)
//! the reader: loading an archive, building the full-text index for
//! `readout search`. Drawn only on a terminal, only for work that takes
//! more than a moment, at most ten times a second, and erased when done.

use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Work shorter than this shows no progress line.
const QUIET_FOR: Duration = Duration::from_millis(250);
/// The least time between two redraws.
const REDRAW_EVERY: Duration = Duration::from_millis(100);

/// A progress line; [`ProgressLine::show`] may be called from any thread.
#[derive(Debug)]
pub struct ProgressLine {
    enabled: bool,
    started: Instant,
    /// When the line was last drawn, `None` before the first time.
    drawn: Mutex<Option<Instant>>,
}

impl ProgressLine {
    /// A line drawn when `wanted` and stderr is a terminal.
    pub fn new(wanted: bool) -> ProgressLine {
        ProgressLine {
            enabled: wanted && std::io::stderr().is_terminal(),
            started: Instant::now(),
            drawn: Mutex::new(None),
        }
    }

    /// Shows `text` (made by `describe`, only when it is drawn), unless
    /// the line was drawn a moment ago; `last` draws it regardless of that.
    pub fn show(&self, last: bool, describe: impl FnOnce() -> String) {
        if !self.enabled || self.started.elapsed() < QUIET_FOR {
            return;
        }
        // Another thread drawing now is as good as drawing.
        let Ok(mut drawn) = self.drawn.try_lock() else {
            return;
        };
        if !last && drawn.is_some_and(|at| at.elapsed() < REDRAW_EVERY) {
            return;
        }
        *drawn = Some(Instant::now());
        eprint!("\rreadout: {}\x1b[K", describe());
    }
}

impl Drop for ProgressLine {
    /// Erases the line, if it was drawn.
    fn drop(&mut self) {
        let drawn = self.drawn.get_mut().map(|d| d.is_some()).unwrap_or(true);
        if self.enabled && drawn {
            eprint!("\r\x1b[K");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_not_wanted_is_never_drawn() {
        let line = ProgressLine::new(false);
        line.show(true, || panic!("not asked to describe"));
    }
}
