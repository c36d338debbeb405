//! Taking over the terminal and always giving it back: raw mode, the
//! alternate screen and mouse capture are undone on normal exit, on a panic
//! on any thread (the message is printed after, and the reader ends), on
//! every signal that would end the process (see `runtime`), and around a
//! stop (Ctrl-Z, or SIGTSTP sent by `kill`); after a stop, or SIGCONT, the
//! terminal is taken again and redrawn whole.

use std::io::{self, Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    BeginSynchronizedUpdate, EndSynchronizedUpdate, EnterAlternateScreen, LeaveAlternateScreen,
    disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute, queue};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::app::App;
use super::view;

/// The terminal type the reader draws on.
pub type Tui = Terminal<CrosstermBackend<Stdout>>;

/// True while the terminal is in the reader's modes.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Puts the terminal into raw mode, the alternate screen and mouse capture.
fn enter_modes() -> io::Result<()> {
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        cursor::Hide
    )?;
    Ok(())
}

/// True while the terminal is in the reader's modes.
pub fn is_active() -> bool {
    ACTIVE.load(Ordering::SeqCst)
}

/// Undoes what entering did; safe to call any number of times, from any
/// thread.
pub fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let mut out = io::stdout();
        let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
        let _ = disable_raw_mode();
        let _ = out.flush();
    }
}

/// Owns the terminal while the reader runs; restores it when dropped.
pub struct Guard {
    /// The ratatui terminal.
    pub terminal: Tui,
}

impl Guard {
    /// Takes over the terminal, after installing a panic hook that gives it
    /// back and then calls `on_panic` (to end the reader) whichever thread
    /// panicked.
    pub fn enter(on_panic: impl Fn() + Send + Sync + 'static) -> io::Result<Guard> {
        install_panic_hook(on_panic);
        enter_modes()?;
        let terminal = Terminal::new(CrosstermBackend::new(io::stdout()));
        match terminal {
            Ok(terminal) => Ok(Guard { terminal }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }

    /// Draws one frame, as a synchronized update so terminals that support
    /// it show the whole frame at once instead of tearing. Nothing is drawn
    /// once the terminal was given back (a panic on another thread).
    pub fn draw(&mut self, app: &App) -> io::Result<()> {
        if !is_active() {
            return Ok(());
        }
        queue!(self.terminal.backend_mut(), BeginSynchronizedUpdate)?;
        self.terminal.draw(|frame| view::render(frame, app))?;
        execute!(self.terminal.backend_mut(), EndSynchronizedUpdate)
    }

    /// Gives the terminal back, stops the process (as Ctrl-Z would in a
    /// shell), and takes the terminal again when the shell resumes it.
    /// Returns the terminal's size, which may have changed meanwhile.
    pub fn suspend(&mut self) -> io::Result<(u16, u16)> {
        restore();
        // SIGSTOP, not SIGTSTP: the reader listens for SIGTSTP itself (it
        // is how `kill -TSTP` gets here), and would only be told again.
        #[cfg(unix)]
        {
            let _ = signal_hook::low_level::raise(signal_hook::consts::SIGSTOP);
        }
        self.reclaim()
    }

    /// Takes the terminal again after the process was stopped and continued
    /// by someone else (SIGCONT): the shell set it back to its own modes
    /// meanwhile. Redraws everything; returns the terminal's size.
    pub fn reclaim(&mut self) -> io::Result<(u16, u16)> {
        // Raw mode is set again only from cooked mode: leave, then enter.
        restore();
        enter_modes()?;
        // Not `clear()`: it asks the terminal for the cursor position, and
        // the input thread would swallow the answer.
        let size = self.terminal.size()?;
        self.terminal.resize(size.into())?;
        Ok((size.width, size.height))
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Restores the terminal before the default panic message is printed,
/// then calls `on_panic`.
fn install_panic_hook(on_panic: impl Fn() + Send + Sync + 'static) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
        on_panic();
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::AtomicUsize;

    #[test]
    fn a_panic_on_any_thread_restores_and_reports() {
        let told = Arc::new(AtomicUsize::new(0));
        let seen = Arc::clone(&told);
        install_panic_hook(move || {
            seen.fetch_add(1, Ordering::SeqCst);
        });
        // As if the reader held the terminal (nothing is written: not active
        // after the swap below, and restore only writes when it was).
        ACTIVE.store(true, Ordering::SeqCst);
        let worker = std::thread::spawn(|| panic!("a worker failed"));
        assert!(worker.join().is_err());
        assert!(!is_active(), "the terminal was given back");
        assert!(told.load(Ordering::SeqCst) >= 1, "the reader was told");
    }
}
