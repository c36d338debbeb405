//! Taking over the terminal and always giving it back: raw mode, the
//! alternate screen and mouse capture are undone on normal exit, on panic
//! (the message is printed after), on SIGTERM/SIGHUP, and around Ctrl-Z.

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

/// Undoes what entering did; safe to call any number of times.
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
    /// Takes over the terminal and installs the panic hook.
    pub fn enter() -> io::Result<Guard> {
        install_panic_hook();
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
    /// it show the whole frame at once instead of tearing.
    pub fn draw(&mut self, app: &App) -> io::Result<()> {
        queue!(self.terminal.backend_mut(), BeginSynchronizedUpdate)?;
        self.terminal.draw(|frame| view::render(frame, app))?;
        execute!(self.terminal.backend_mut(), EndSynchronizedUpdate)
    }

    /// Gives the terminal back, stops the process (as Ctrl-Z would in a
    /// shell), and takes the terminal again when the shell resumes it.
    /// Returns the terminal's size, which may have changed meanwhile.
    pub fn suspend(&mut self) -> io::Result<(u16, u16)> {
        restore();
        #[cfg(unix)]
        {
            let _ = signal_hook::low_level::raise(signal_hook::consts::SIGTSTP);
        }
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

/// Restores the terminal before the default panic message is printed.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}
