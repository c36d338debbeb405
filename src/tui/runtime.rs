//! The runtime: does what the update's [`Effect`]s ask — filter, analyse,
//! search, collect quotations, save bookmarks and reading state, open a
//! URL, copy text, suspend, quit — and feeds the results back as
//! [`Event`]s. It alone decides what runs at once on the input thread and
//! what goes to a worker (by size: [`TuiOptions::sync_filter_limit`]), and
//! it owns the stores on disk and the [`Desktop`] (opener and clipboard).
//!
//! [`run`] is the reader's loop: draw, wait for events, dispatch them.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};

use super::app::{App, Saved, TuiOptions};
use super::desktop::Desktop;
use super::effect::{BookmarkChange, Effect, ReadingChange};
use super::event::{BookmarksChanged, Event, ReadingSaved};
use super::update::update;
use super::worker::FilterWorker;
use super::{background, terminal, watch};
use crate::bookmarks::Store;
use crate::corpus::Corpus;
use crate::reading::ReadingStore;
use crate::search::quotes::QuoteIndex;

/// How often read marks and positions are saved while reading (and always
/// on quitting and suspending).
const READING_SAVE_INTERVAL: Duration = Duration::from_secs(10);
/// How often the status line is redrawn while the background analysis runs.
const PROGRESS_TICK: Duration = Duration::from_millis(500);

/// The files in the data folder the reader keeps: bookmarks and reading
/// state. `None` where there is no data folder.
#[derive(Debug, Default)]
pub struct Stores {
    /// `bookmarks.json`.
    pub bookmarks: Option<Store>,
    /// `reading.json`.
    pub reading: Option<ReadingStore>,
}

impl Stores {
    /// Opens the stores in `data_dir` (none without one), with what they
    /// hold for the reader's first state.
    pub fn open(data_dir: Option<&Path>) -> (Stores, Saved) {
        let Some(dir) = data_dir else {
            return (Stores::default(), Saved::default());
        };
        let (bookmarks, mut notices) = Store::open(dir);
        let (reading, more) = ReadingStore::open(dir);
        notices.extend(more);
        let saved = Saved {
            bookmarks: Some(Arc::new(bookmarks.bookmarks().to_vec())),
            reading: Some(reading.entries()),
            notices: notices.into_iter().map(|n| n.to_string()).collect(),
        };
        let stores = Stores {
            bookmarks: Some(bookmarks),
            reading: Some(reading),
        };
        (stores, saved)
    }

    /// Applies a bookmark change and saves; what the bookmarks are now and
    /// what to say.
    fn change_bookmarks(&mut self, change: BookmarkChange, done: String) -> Option<Event> {
        let store = self.bookmarks.as_mut()?;
        let reloaded = matches!(change, BookmarkChange::Reload);
        let mut parts = Vec::new();
        // `Some(why)`: nothing was changed, for that reason.
        let result = match change {
            BookmarkChange::Add(b) => store.add(*b).map(|()| None),
            BookmarkChange::SetNote { id, note } => store
                .set_note(&id, note)
                .map(|found| (!found).then(|| format!("no bookmark has the id {id:?}"))),
            BookmarkChange::Remove(id) => store.remove(&id).map(|_| None),
            BookmarkChange::Restore(b) => store.restore(*b).map(|()| None),
            BookmarkChange::Reload => {
                parts.extend(store.reload().into_iter().map(|n| n.to_string()));
                Ok(None)
            }
        };
        match result {
            Ok(Some(why)) => parts.insert(0, why),
            Ok(None) if !done.is_empty() => parts.insert(0, done),
            Ok(None) => {}
            Err(e) => parts.insert(0, e.to_string()),
        }
        parts.extend(store.take_notices().into_iter().map(|n| n.to_string()));
        Some(Event::BookmarksChanged(BookmarksChanged {
            list: Arc::new(store.bookmarks().to_vec()),
            message: parts.join("; "),
            reloaded,
        }))
    }

    /// When bookmarks are not saved (a read-only folder, a file from a newer
    /// readout): how many, why, and where quitting will write them. Tries
    /// to save once more first.
    fn unsaved_bookmarks(&mut self) -> Option<String> {
        let store = self.bookmarks.as_mut()?;
        let why = store.save().err()?.to_string();
        let count = store.bookmarks().len();
        Some(format!(
            "bookmarks not saved ({why}); press q again to quit and write all {count} to {}",
            rescue_file(&rescue_dirs()[0]).display()
        ))
    }

    /// On the way out, bookmarks that could not be saved are written, as a
    /// JSON export (`readout bookmarks export --format json`), to a new file
    /// in the first of `dirs` that takes it. What to tell the user, if
    /// anything was unsaved.
    pub fn rescue_bookmarks(&mut self, dirs: &[PathBuf]) -> Option<String> {
        let store = self.bookmarks.as_mut()?;
        let why = store.save().err()?.to_string();
        let json = crate::bookmarks::export::to_json(store.bookmarks());
        let count = store.bookmarks().len();
        for dir in dirs {
            let path = rescue_file(dir);
            let written = crate::archive::atomic::create_private(&path)
                .and_then(|mut file| std::io::Write::write_all(&mut file, json.as_bytes()));
            if written.is_ok() {
                return Some(format!(
                    "bookmarks could not be saved ({why}); all {count} were written to {}",
                    path.display()
                ));
            }
        }
        Some(format!(
            "bookmarks could not be saved ({why}), nor written anywhere else: {count} lost"
        ))
    }

    /// Records a reading change in memory.
    fn change_reading(&mut self, change: ReadingChange) {
        let Some(store) = self.reading.as_mut() else {
            return;
        };
        match change {
            ReadingChange::Read { id, read } => store.set_read(&id, read),
            ReadingChange::Position { id, position } => store.set_position(&id, position),
        }
    }

    /// Saves the reading state; what it holds now and what went wrong.
    fn save_reading(&mut self) -> Option<Event> {
        let store = self.reading.as_mut()?;
        if !store.has_unsaved() {
            return None;
        }
        let result = store.save();
        let mut notes: Vec<String> = store
            .take_notices()
            .into_iter()
            .map(|n| n.to_string())
            .collect();
        if let Err(e) = result {
            notes.push(e.to_string());
        }
        Some(Event::ReadingSaved(ReadingSaved {
            entries: store.entries(),
            notes,
        }))
    }
}

/// Folders tried, in order, for bookmarks that could not be saved: the
/// current folder, then the temporary one.
fn rescue_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::current_dir().into_iter().collect();
    dirs.push(std::env::temp_dir());
    dirs
}

/// The file in `dir` that unsaved bookmarks are written to (named by the
/// minute, so that it is the one named before quitting).
fn rescue_file(dir: &Path) -> PathBuf {
    let stamp = crate::archive::clock::compact(std::time::SystemTime::now());
    let minute = stamp.get(..13).unwrap_or(&stamp);
    dir.join(format!("readout-bookmarks-{minute}.json"))
}

/// Where work too large for the input thread goes.
struct Workers {
    /// Where their results come back.
    events: Sender<Event>,
    /// The filter's own worker, which abandons a query for a newer one.
    filter: FilterWorker,
    /// Above this many releases (or candidates), work leaves the input thread.
    limit: usize,
}

/// Does what effects ask.
pub struct Runtime {
    stores: Stores,
    /// The opener and clipboard.
    desktop: Desktop,
    /// `None`: everything runs at once on the calling thread.
    workers: Option<Workers>,
    quit: bool,
    suspend: bool,
    /// The terminal must be taken again (continued after a stop).
    reclaim: bool,
    /// The next SIGCONT ends a stop the reader made itself (and took the
    /// terminal back from).
    continued_by_us: bool,
    /// The user was told that quitting leaves bookmarks unsaved.
    warned_unsaved: bool,
    /// Another thread panicked: the reader ends with an error.
    panicked: bool,
}

impl Runtime {
    /// A runtime that does everything at once on the calling thread, for
    /// tests and scripted use. It opens and copies nothing (saying so)
    /// until [`Runtime::with_desktop`] gives it an opener and a clipboard.
    pub fn inline(stores: Stores) -> Runtime {
        Runtime {
            stores,
            desktop: Desktop::none(),
            workers: None,
            quit: false,
            suspend: false,
            reclaim: false,
            continued_by_us: false,
            warned_unsaved: false,
            panicked: false,
        }
    }

    /// This runtime opening URLs and copying text with `desktop`.
    pub fn with_desktop(self, desktop: Desktop) -> Runtime {
        Runtime { desktop, ..self }
    }

    /// A runtime that hands large work to worker threads, whose results
    /// come back through `events`.
    fn with_workers(stores: Stores, events: Sender<Event>, limit: usize) -> Runtime {
        let filter_events = events.clone();
        let filter = FilterWorker::spawn(move |event| {
            let _ = filter_events.send(event);
        });
        Runtime {
            stores,
            desktop: Desktop::system(),
            workers: Some(Workers {
                events,
                filter,
                limit,
            }),
            quit: false,
            suspend: false,
            reclaim: false,
            continued_by_us: false,
            warned_unsaved: false,
            panicked: false,
        }
    }

    /// The stores on disk.
    pub fn stores(&self) -> &Stores {
        &self.stores
    }

    /// True once an effect asked to quit.
    pub fn quitting(&self) -> bool {
        self.quit
    }

    /// The worker channel, when `size` is too large to do on this thread.
    fn offload(&self, size: usize) -> Option<&Sender<Event>> {
        self.workers
            .as_ref()
            .filter(|w| size > w.limit)
            .map(|w| &w.events)
    }

    /// Does what `effect` asks. Its result, when it is ready at once, is
    /// returned as an event; work handed to a worker sends its event later.
    pub fn perform(&mut self, effect: Effect) -> Option<Event> {
        match effect {
            Effect::Filter(request) => {
                if let Some(workers) = self
                    .workers
                    .as_ref()
                    .filter(|w| request.candidates.len() > w.limit)
                {
                    workers.filter.submit(request);
                    return None;
                }
                let hits = request.run(&|| false);
                Some(Event::Filtered {
                    generation: request.generation,
                    hits,
                })
            }
            Effect::Analyse(job) => match &self.workers {
                Some(workers) => {
                    let events = workers.events.clone();
                    thread::spawn(move || {
                        background::run(|| {
                            job.perform(|analysis| {
                                let corpus = Arc::clone(&job.corpus);
                                let _ = events.send(Event::Analysed(corpus, analysis));
                            })
                        });
                    });
                    None
                }
                None => {
                    // Delivered whole: the last delivery has every part.
                    let mut done = None;
                    job.perform(|analysis| done = Some(analysis));
                    done.map(|analysis| Event::Analysed(job.corpus, analysis))
                }
            },
            Effect::Search(job) => match self.offload(job.corpus.releases.len()) {
                Some(events) => {
                    let events = events.clone();
                    thread::spawn(move || {
                        let outcome = job.perform();
                        let _ = events.send(Event::Searched(job.corpus, Box::new(outcome)));
                    });
                    None
                }
                None => {
                    let outcome = job.perform();
                    Some(Event::Searched(job.corpus, Box::new(outcome)))
                }
            },
            Effect::IndexQuotes(corpus) => match self.offload(corpus.releases.len()) {
                Some(events) => {
                    let events = events.clone();
                    thread::spawn(move || {
                        let index = Arc::new(QuoteIndex::build(&corpus));
                        let _ = events.send(Event::QuotesIndexed(corpus, index));
                    });
                    None
                }
                None => {
                    let index = Arc::new(QuoteIndex::build(&corpus));
                    Some(Event::QuotesIndexed(corpus, index))
                }
            },
            Effect::Bookmarks { change, done } => self.stores.change_bookmarks(change, done),
            Effect::Reading(change) => {
                self.stores.change_reading(change);
                None
            }
            Effect::SaveReading => self.stores.save_reading(),
            Effect::Open(url) => Some(Event::Told(match self.desktop.opener.open(&url) {
                Ok(()) => format!("opened {url}"),
                Err(why) => why,
            })),
            Effect::Copy { text, what } => {
                Some(Event::Told(match self.desktop.clipboard.copy(&text) {
                    Ok(place) => format!("copied {what} to {place}"),
                    Err(why) => format!("could not copy {what}: {why}"),
                }))
            }
            Effect::Suspend => {
                self.suspend = true;
                None
            }
            Effect::Quit => {
                // Bookmarks that cannot be saved are never dropped in silence.
                if !self.warned_unsaved
                    && let Some(message) = self.stores.unsaved_bookmarks()
                {
                    self.warned_unsaved = true;
                    let list = self.stores.bookmarks.as_ref()?.bookmarks().to_vec();
                    return Some(Event::BookmarksChanged(BookmarksChanged {
                        list: Arc::new(list),
                        message,
                        reloaded: false,
                    }));
                }
                self.quit = true;
                None
            }
        }
    }

    /// Applies `event` and every event its effects give at once, in order.
    pub fn dispatch(&mut self, app: &mut App, event: Event) {
        let mut queue = VecDeque::from([event]);
        while let Some(event) = queue.pop_front() {
            for effect in update(app, event) {
                queue.extend(self.perform(effect));
            }
        }
    }
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

/// What the loop waits for besides the runtime's events.
enum Wake {
    /// An event for the update.
    Event(Event),
    /// A signal that ends the process (SIGTERM, SIGHUP, SIGINT, SIGQUIT,
    /// …): leave now, restoring the terminal.
    Terminate,
    /// A panic on another thread (the terminal is given back already):
    /// leave now, with an error.
    Panicked,
    /// SIGTSTP from `kill`: stop as Ctrl-Z does.
    Suspend,
    /// SIGCONT: continued after a stop someone else made; take the
    /// terminal again.
    Continue,
}

/// How long a signal that ends the process waits for the loop to leave
/// (saving what the user would lose) before the terminal is given back
/// and the process ended from the signal's own thread: the loop may be
/// busy in a slow start.
const LEAVE_WITHIN: Duration = Duration::from_secs(2);

/// Forwards terminal input to the loop.
fn spawn_input(tx: Sender<Wake>) {
    thread::spawn(move || {
        while let Ok(event) = crossterm::event::read() {
            if tx.send(Wake::Event(Event::Terminal(event))).is_err() {
                break;
            }
        }
    });
}

/// Listens for signals, before the terminal is touched: every signal whose
/// default would end the process without giving the terminal back ends
/// the loop (or, when the loop does not answer in [`LEAVE_WITHIN`],
/// restores the terminal and ends the process itself); SIGTSTP stops
/// the reader as Ctrl-Z does, SIGCONT takes the terminal again. (Ctrl-C
/// and Ctrl-Z are keys in raw mode.)
fn spawn_signals(tx: Sender<Wake>) -> Result<()> {
    #[cfg(unix)]
    {
        use signal_hook::consts::*;
        let ending = [
            SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF,
            SIGXCPU, SIGXFSZ,
        ];
        let mut signals =
            signal_hook::iterator::Signals::new(ending.iter().chain(&[SIGTSTP, SIGCONT]))
                .context("cannot listen for signals")?;
        thread::spawn(move || {
            for signal in signals.forever() {
                let wake = match signal {
                    SIGTSTP => Wake::Suspend,
                    SIGCONT => Wake::Continue,
                    _ => Wake::Terminate,
                };
                let ends = matches!(wake, Wake::Terminate);
                let _ = tx.send(wake);
                if ends {
                    leave_soon(signal);
                    return;
                }
            }
        });
    }
    #[cfg(not(unix))]
    let _ = tx;
    Ok(())
}

/// After a signal that ends the process: if the loop has not given the
/// terminal back within [`LEAVE_WITHIN`], gives it back here, removes our
/// temporary files and ends the process.
#[cfg(unix)]
fn leave_soon(signal: i32) {
    let asked = Instant::now();
    while terminal::is_active() && asked.elapsed() < LEAVE_WITHIN {
        thread::sleep(Duration::from_millis(20));
    }
    if terminal::is_active() {
        terminal::restore();
        crate::archive::atomic::remove_temporaries();
        std::process::exit(128 + signal);
    }
}

/// Forwards the runtime's events to the loop.
fn forward(events: Receiver<Event>, tx: Sender<Wake>) {
    thread::spawn(move || {
        while let Ok(event) = events.recv() {
            if tx.send(Wake::Event(event)).is_err() {
                break;
            }
        }
    });
}

/// Runs the interactive reader on a loaded corpus until the user quits.
pub fn run(corpus: Corpus, options: TuiOptions) -> Result<()> {
    ensure_terminal()?;
    let (wake_tx, wake_rx) = mpsc::channel();
    // Signals first: one arriving while the terminal is being set up must
    // still restore it.
    spawn_signals(wake_tx.clone())?;
    let (stores, saved) = Stores::open(options.data_dir.as_deref());
    // A panic on any thread gives the terminal back (the hook) and ends the loop.
    let panicked = std::sync::Mutex::new(wake_tx.clone());
    let mut guard = terminal::Guard::enter(move || {
        if let Ok(tx) = panicked.lock() {
            let _ = tx.send(Wake::Panicked);
        }
    })
    .context("cannot set up the terminal")?;
    let size = guard
        .terminal
        .size()
        .context("cannot read the terminal size")?;
    let limit = options.sync_filter_limit;
    let watch_options = options.watch.clone();
    let mut app = App::new(Arc::new(corpus), options, (size.width, size.height), saved);
    let (events_tx, events_rx) = mpsc::channel();
    let mut runtime = Runtime::with_workers(stores, events_tx.clone(), limit);
    spawn_input(wake_tx.clone());
    forward(events_rx, wake_tx);
    let _watch = watch_options.and_then(|options| {
        let reload_tx = events_tx.clone();
        let started = watch::start(options, move |corpus| {
            let _ = reload_tx.send(Event::Reloaded(Box::new(corpus)));
        });
        started
            .map_err(|e| app.message = Some(format!("live reload is off: {e}")))
            .ok()
    });
    drop(events_tx);
    runtime.dispatch(&mut app, Event::Start);
    let mut last_save = Instant::now();
    loop {
        guard.draw(&app).context("cannot draw")?;
        if !next_batch(&wake_rx, &mut app, &mut runtime) || runtime.quit {
            break;
        }
        if last_save.elapsed() >= READING_SAVE_INTERVAL {
            runtime.dispatch(&mut app, Event::SaveDue);
            last_save = Instant::now();
        }
        if std::mem::take(&mut runtime.suspend) {
            let (width, height) = guard.suspend().context("cannot resume the terminal")?;
            let resized = crossterm::event::Event::Resize(width, height);
            runtime.dispatch(&mut app, Event::Terminal(resized));
            // The SIGCONT that resumed us: the terminal is taken already.
            runtime.continued_by_us = true;
        }
        if std::mem::take(&mut runtime.reclaim) {
            let (width, height) = guard.reclaim().context("cannot resume the terminal")?;
            let resized = crossterm::event::Event::Resize(width, height);
            runtime.dispatch(&mut app, Event::Terminal(resized));
        }
    }
    if !runtime.quit {
        // Left by a signal: save what the user would lose.
        runtime.dispatch(&mut app, Event::SaveDue);
    }
    drop(guard);
    // A live reload may be writing a new cache: it goes with us.
    crate::archive::atomic::remove_temporaries();
    if let Some(note) = runtime.stores.rescue_bookmarks(&rescue_dirs()) {
        eprintln!("readout: {}", crate::corpus::sanitize::escape_line(&note));
    }
    if let Some(message) = app
        .message
        .as_ref()
        .filter(|m| m.contains("could not save"))
    {
        eprintln!("readout: {}", crate::corpus::sanitize::escape_line(message));
    }
    // Everything worth keeping is saved. Freeing a large archive's millions
    // of allocations one by one takes the better part of a second (1M
    // releases: 0.9 s) before the shell comes back; the system frees them
    // at once when the process ends. Only the corpus and what was computed
    // from it are left to it; the rest of the state is dropped as usual.
    std::mem::forget(Arc::clone(&app.corpus));
    std::mem::forget(app.analysis.take());
    if runtime.panicked {
        anyhow::bail!("a background task failed (its message is above); the reader stopped");
    }
    Ok(())
}

/// Waits for an event, then applies it and every other already waiting,
/// so a burst of keys costs one redraw. While the background analysis
/// runs, gives up waiting every [`PROGRESS_TICK`] so the status line's
/// progress is redrawn. False when the loop must end.
fn next_batch(rx: &Receiver<Wake>, app: &mut App, runtime: &mut Runtime) -> bool {
    let first = if app.analysis.is_none() {
        match rx.recv_timeout(PROGRESS_TICK) {
            Ok(wake) => wake,
            Err(mpsc::RecvTimeoutError::Timeout) => return true,
            Err(mpsc::RecvTimeoutError::Disconnected) => return false,
        }
    } else {
        match rx.recv() {
            Ok(wake) => wake,
            Err(_) => return false,
        }
    };
    let mut wake = Some(first);
    while let Some(w) = wake {
        match w {
            Wake::Terminate => return false,
            Wake::Panicked => {
                runtime.panicked = true;
                return false;
            }
            Wake::Event(event) => runtime.dispatch(app, event),
            Wake::Suspend => {
                // As Ctrl-Z: what would be lost is saved first.
                runtime.dispatch(app, Event::SaveDue);
                runtime.suspend = true;
            }
            Wake::Continue => {
                runtime.reclaim = !std::mem::take(&mut runtime.continued_by_us);
            }
        }
        if runtime.quit || runtime.suspend || runtime.reclaim {
            return true;
        }
        wake = rx.try_recv().ok();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bookmarks::model::{self, Bookmark};
    use crate::corpus::TextPos;

    fn bookmark(passage: &str) -> Bookmark {
        let now = crate::archive::clock::now();
        Bookmark {
            id: model::new_id(),
            release: "0123456789ab".into(),
            path: "/corpus/a.txt".into(),
            line: None,
            title: "A title".into(),
            date: None,
            source: None,
            url: None,
            hash: model::passage_hash(passage),
            passage: passage.into(),
            start: TextPos::new(0, 0),
            end: TextPos::new(0, passage.len()),
            speaker: None,
            note: String::new(),
            created: now.clone(),
            updated: now,
        }
    }

    #[test]
    fn quitting_with_unsaved_bookmarks_says_so_first_then_writes_them_elsewhere() {
        let data = tempfile::tempdir().unwrap();
        let rescue = tempfile::tempdir().unwrap();
        // A file from a newer readout: read, never written.
        std::fs::write(
            data.path().join("bookmarks.json"),
            br#"{"version": 99, "bookmarks": []}"#,
        )
        .unwrap();
        let (stores, _) = Stores::open(Some(data.path()));
        let mut runtime = Runtime::inline(stores);
        let add = Effect::Bookmarks {
            change: BookmarkChange::Add(Box::new(bookmark("A passage worth keeping."))),
            done: "bookmarked".into(),
        };
        runtime.perform(add);
        let warned = runtime.perform(Effect::Quit);
        assert!(!runtime.quitting(), "the first q warns");
        let Some(Event::BookmarksChanged(changed)) = warned else {
            panic!("a message: {warned:?}");
        };
        assert!(changed.message.contains("not saved"), "{}", changed.message);
        assert!(changed.message.contains("readout-bookmarks-"));
        runtime.perform(Effect::Quit);
        assert!(runtime.quitting(), "the second q quits");
        let dirs = [rescue.path().join("missing"), rescue.path().to_path_buf()];
        let note = runtime.stores.rescue_bookmarks(&dirs).expect("told");
        let written: Vec<_> = std::fs::read_dir(rescue.path())
            .unwrap()
            .flatten()
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("readout-bookmarks-")
            })
            .collect();
        assert_eq!(written.len(), 1, "{note}");
        assert!(
            note.contains(&written[0].path().display().to_string()),
            "{note}"
        );
        let json = std::fs::read_to_string(written[0].path()).unwrap();
        assert!(json.contains("A passage worth keeping."), "{json}");
    }
}
