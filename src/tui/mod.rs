//! The interactive reader: one event loop over terminal input, signals and
//! filter results, drawing the state after each batch of messages.
//!
//! State lives in [`app`], changes in [`mod@update`], drawing in [`view`]; this
//! module only wires them to the terminal and threads.

pub mod action;
pub mod app;
pub mod background;
pub mod doc;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod marks;
pub mod picker;
pub mod quotes;
pub mod related;
pub mod search;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;
pub mod watch;
pub mod worker;
pub mod wrap;

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};

use app::App;
pub use app::TuiOptions;
use update::{Msg, update};

use crate::corpus::Corpus;

/// How often read marks and positions are saved while reading (and always
/// on quitting and suspending).
const READING_SAVE_INTERVAL: Duration = Duration::from_secs(10);
/// How often the status line is redrawn while the background analysis runs.
const PROGRESS_TICK: Duration = Duration::from_millis(500);

/// What the event loop waits for.
enum Event {
    /// Something for [`update`].
    Msg(Msg),
    /// SIGTERM, SIGHUP or SIGINT: leave now, restoring the terminal.
    Terminate,
}

/// Forwards terminal input to the loop.
fn spawn_input(tx: Sender<Event>) {
    thread::spawn(move || {
        while let Ok(event) = crossterm::event::read() {
            if tx.send(Event::Msg(Msg::Terminal(event))).is_err() {
                break;
            }
        }
    });
}

/// Forwards SIGTERM, SIGHUP and SIGINT (sent by `kill`; Ctrl-C is a key in
/// raw mode) to the loop.
fn spawn_signals(tx: Sender<Event>) -> Result<()> {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])
            .context("cannot listen for signals")?;
        thread::spawn(move || {
            if signals.forever().next().is_some() {
                let _ = tx.send(Event::Terminate);
            }
        });
    }
    #[cfg(not(unix))]
    let _ = tx;
    Ok(())
}

/// Fails, saying what to use instead, when standard output is not a
/// terminal: checked before a large archive is loaded for nothing.
pub fn ensure_terminal() -> Result<()> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        anyhow::bail!(
            "the reader needs a terminal, and standard output is not one; \
             for scripts use `readout list`, `show`, `quotes` or `search`"
        );
    }
    Ok(())
}

/// Runs the interactive reader on a loaded corpus until the user quits.
pub fn run(corpus: Corpus, options: TuiOptions) -> Result<()> {
    ensure_terminal()?;
    let mut guard = terminal::Guard::enter().context("cannot set up the terminal")?;
    let size = guard
        .terminal
        .size()
        .context("cannot read the terminal size")?;
    let mut app = App::new(Arc::new(corpus), options, (size.width, size.height));
    let (tx, rx) = mpsc::channel();
    spawn_input(tx.clone());
    spawn_signals(tx.clone())?;
    let filter_tx = tx.clone();
    // Kept by the loop: analyses after a reload need it.
    let analysis_tx = tx.clone();
    let worker = worker::FilterWorker::spawn(move |generation, hits| {
        let _ = filter_tx.send(Event::Msg(Msg::Filtered { generation, hits }));
    });
    let _watch = match app.options.watch.clone() {
        Some(options) => {
            let reload_tx = tx.clone();
            match watch::start(options, move |corpus| {
                let _ = reload_tx.send(Event::Msg(Msg::Reloaded(Box::new(corpus))));
            }) {
                Ok(w) => Some(w),
                Err(e) => {
                    app.message = Some(format!("live reload is off: {e}"));
                    None
                }
            }
        }
        None => None,
    };
    drop(tx);
    let mut last_save = Instant::now();
    loop {
        guard.draw(&app).context("cannot draw")?;
        // Hand work off before waiting, so it runs while the user reads.
        if let Some(request) = app.filter.pending.take() {
            worker.submit(request);
        }
        if std::mem::take(&mut app.analysis_pending) {
            let corpus = Arc::clone(&app.corpus);
            let filter_index = Arc::clone(&app.filter_index);
            let progress = Arc::new(crate::search::analysis::AnalysisProgress::new(
                corpus.releases.len(),
            ));
            app.analysis_progress = Arc::clone(&progress);
            let analysed_tx = analysis_tx.clone();
            thread::spawn(move || {
                background::run(|| {
                    // The list filter's fields first: they are quick and a
                    // `source:` typed now would wait for them.
                    filter_index.prepare(&corpus.releases);
                    let (analysis, computed) =
                        crate::search::analysis::Analysis::load_or_build(&corpus, &progress);
                    let analysis = Arc::new(analysis);
                    let message = Msg::Analysed(Arc::clone(&corpus), Arc::clone(&analysis));
                    let _ = analysed_tx.send(Event::Msg(message));
                    // Saved once the reader has it, for the next start.
                    if computed {
                        analysis.save(&corpus);
                    }
                });
            });
        }
        if let Some(job) = app.search.pending.take() {
            let searched_tx = analysis_tx.clone();
            thread::spawn(move || {
                let outcome = job.perform();
                let _ = searched_tx.send(Event::Msg(Msg::Searched(job.corpus, Box::new(outcome))));
            });
        }
        if std::mem::take(&mut app.quotes.pending) {
            let corpus = Arc::clone(&app.corpus);
            let quotes_tx = analysis_tx.clone();
            thread::spawn(move || {
                let index = crate::search::quotes::QuoteIndex::build(&corpus);
                let _ = quotes_tx.send(Event::Msg(Msg::QuotesIndexed(corpus, Box::new(index))));
            });
        }
        if !next_batch(&rx, &mut app) || app.quit {
            break;
        }
        if last_save.elapsed() >= READING_SAVE_INTERVAL {
            app.save_reading();
            last_save = Instant::now();
        }
        if std::mem::take(&mut app.suspend) {
            app.save_reading();
            let (width, height) = guard.suspend().context("cannot resume the terminal")?;
            update(
                &mut app,
                Msg::Terminal(crossterm::event::Event::Resize(width, height)),
            );
        }
    }
    app.save_reading();
    drop(guard);
    if let Some(message) = app
        .message
        .as_ref()
        .filter(|m| m.contains("could not save"))
    {
        eprintln!("readout: {}", crate::corpus::sanitize::for_display(message));
    }
    // Everything worth keeping is saved. Freeing a large archive's millions
    // of allocations one by one takes the better part of a second (1M
    // releases: 0.9 s) before the shell comes back; the system frees them
    // at once when the process ends.
    std::mem::forget(app);
    Ok(())
}

/// Waits for a message, then applies it and every other already waiting,
/// so a burst of keys costs one redraw. While the background analysis
/// runs, gives up waiting every [`PROGRESS_TICK`] so the status line's
/// progress is redrawn. False when the loop must end.
fn next_batch(rx: &Receiver<Event>, app: &mut App) -> bool {
    let first = if app.analysis.is_none() {
        match rx.recv_timeout(PROGRESS_TICK) {
            Ok(event) => event,
            Err(mpsc::RecvTimeoutError::Timeout) => return true,
            Err(mpsc::RecvTimeoutError::Disconnected) => return false,
        }
    } else {
        match rx.recv() {
            Ok(event) => event,
            Err(_) => return false,
        }
    };
    let mut event = Some(first);
    while let Some(e) = event {
        match e {
            Event::Terminate => return false,
            Event::Msg(msg) => update(app, msg),
        }
        if app.quit || app.suspend {
            return true;
        }
        event = rx.try_recv().ok();
    }
    true
}
