//! Helpers for driving the reader's state and drawing it without a terminal.
#![allow(dead_code)] // each test file uses a different part

use std::collections::VecDeque;
use std::ops::{Deref, DerefMut};
use std::path::Path;
use std::sync::{Arc, Mutex};

use crossterm::event::{Event as TerminalEvent, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use readout::archive;
use readout::corpus::{self, Corpus};
use readout::search::filter::Hit;
use readout::tui::app::{App, TuiOptions};
use readout::tui::desktop::{Clipboard, Desktop, Opener};
use readout::tui::effect::{AnalysisJob, Effect, FilterRequest};
use readout::tui::event::Event;
use readout::tui::runtime::{Runtime, Stores};
use readout::tui::update::update;
use readout::tui::view;

/// An opener and a clipboard that keep what they are given.
#[derive(Debug, Clone, Default)]
pub struct Recorder {
    /// URLs opened, in order.
    pub opened: Arc<Mutex<Vec<String>>>,
    /// Texts copied, in order.
    pub copied: Arc<Mutex<Vec<String>>>,
}

impl Opener for Recorder {
    fn open(&mut self, url: &str) -> Result<(), String> {
        self.opened.lock().unwrap().push(url.to_string());
        Ok(())
    }
}

impl Clipboard for Recorder {
    fn copy(&mut self, text: &str) -> Result<String, String> {
        self.copied.lock().unwrap().push(text.to_string());
        Ok("the test clipboard".into())
    }
}

/// A reader driven as the real one is, without a terminal: every effect
/// runs at once, except the background analysis, which waits for
/// [`TestReader::analyse_now`] (as it waits for a worker in the reader).
/// URLs it opens and text it copies go to a [`Recorder`].
pub struct TestReader {
    /// The reader's state.
    pub app: App,
    runtime: Runtime,
    held: Vec<AnalysisJob>,
    /// What the reader opened and copied.
    pub desktop: Recorder,
}

impl Deref for TestReader {
    type Target = App;
    fn deref(&self) -> &App {
        &self.app
    }
}

impl DerefMut for TestReader {
    fn deref_mut(&mut self) -> &mut App {
        &mut self.app
    }
}

impl TestReader {
    /// A reader on `corpus` with `options`, started.
    pub fn new(corpus: Corpus, options: TuiOptions, size: (u16, u16)) -> TestReader {
        let (stores, saved) = Stores::open(options.data_dir.as_deref());
        let app = App::new(Arc::new(corpus), options, size, saved);
        let desktop = Recorder::default();
        let runtime = Runtime::inline(stores).with_desktop(Desktop {
            opener: Box::new(desktop.clone()),
            clipboard: Box::new(desktop.clone()),
        });
        let mut reader = TestReader {
            app,
            runtime,
            held: Vec::new(),
            desktop,
        };
        reader.send(Event::Start);
        reader
    }

    /// Applies an event and runs the effects it asks for, feeding their
    /// results back, until none is left.
    pub fn send(&mut self, event: Event) {
        let mut queue = VecDeque::from([event]);
        while let Some(event) = queue.pop_front() {
            for effect in update(&mut self.app, event) {
                match effect {
                    Effect::Analyse(job) => self.held.push(job),
                    effect => queue.extend(self.runtime.perform(effect)),
                }
            }
        }
    }

    /// Runs the background analysis the reader asked for.
    pub fn analyse_now(&mut self) {
        for job in self.analysis_jobs() {
            let mut delivered = Vec::new();
            job.perform(|analysis| delivered.push(analysis));
            for analysis in delivered {
                self.send(Event::Analysed(Arc::clone(&job.corpus), analysis));
            }
        }
    }

    /// The background analyses the reader asked for, for the test to run.
    pub fn analysis_jobs(&mut self) -> Vec<AnalysisJob> {
        std::mem::take(&mut self.held)
    }

    /// The stores the runtime keeps on disk.
    pub fn stores(&self) -> &Stores {
        self.runtime.stores()
    }

    /// The URLs opened so far.
    pub fn opened(&self) -> Vec<String> {
        self.desktop.opened.lock().unwrap().clone()
    }

    /// The texts copied so far.
    pub fn copied(&self) -> Vec<String> {
        self.desktop.copied.lock().unwrap().clone()
    }

    /// True once the reader asked to quit.
    pub fn quitting(&self) -> bool {
        self.runtime.quitting()
    }
}

/// Options that keep tests away from the user's data folder.
pub fn options(data_dir: Option<&Path>) -> TuiOptions {
    TuiOptions {
        data_dir: data_dir.map(Path::to_path_buf),
        ..TuiOptions::default()
    }
}

/// A reader on the built-in demo corpus, bookmarks off.
pub fn demo_app(width: u16, height: u16) -> TestReader {
    TestReader::new(corpus::demo::load(), options(None), (width, height))
}

/// A reader on the demo corpus keeping bookmarks in `data_dir`.
pub fn demo_app_with_bookmarks(data_dir: &Path, width: u16, height: u16) -> TestReader {
    TestReader::new(
        corpus::demo::load(),
        options(Some(data_dir)),
        (width, height),
    )
}

/// A reader on files written into `dir` (name, bytes).
pub fn app_on_files(dir: &Path, files: &[(&str, &[u8])], width: u16, height: u16) -> TestReader {
    TestReader::new(write_files(dir, files), options(None), (width, height))
}

/// A reader on files written into `dir`, keeping bookmarks in `data_dir`.
pub fn app_on_files_keeping(
    dir: &Path,
    files: &[(&str, &[u8])],
    data_dir: &Path,
    width: u16,
    height: u16,
) -> TestReader {
    let corpus = write_files(dir, files);
    TestReader::new(corpus, options(Some(data_dir)), (width, height))
}

/// Writes files (name, bytes) into `dir` and loads them.
fn write_files(dir: &Path, files: &[(&str, &[u8])]) -> Corpus {
    for (name, bytes) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    archive::load_with_progress(&[dir.to_path_buf()], &|_| {})
}

/// Presses one key.
pub fn press(app: &mut TestReader, code: KeyCode) {
    press_with(app, code, KeyModifiers::NONE);
}

/// Presses a key with modifiers.
pub fn press_with(app: &mut TestReader, code: KeyCode, modifiers: KeyModifiers) {
    let event = TerminalEvent::Key(KeyEvent::new(code, modifiers));
    app.send(Event::Terminal(event));
}

/// A key press as the terminal sends it.
pub fn key(code: KeyCode) -> Event {
    Event::Terminal(TerminalEvent::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

/// Applies an event without running what it asks for (as when the work
/// goes to a worker): the effects are returned.
pub fn effects_of(app: &mut TestReader, event: Event) -> Vec<Effect> {
    update(&mut app.app, event)
}

/// A filter job run as the worker runs it: what it reported first, then
/// every hit in order.
pub struct Staged {
    /// The job.
    pub request: FilterRequest,
    /// Its first screen of hits.
    pub first: Vec<Hit>,
    /// The counts that came with it: in titles, and only fuzzily.
    pub tiers: (usize, usize),
    /// Every hit, ranked.
    pub all: Vec<Hit>,
}

/// Types `c` into the open filter prompt as on a large archive, where the
/// filter job waits for a worker, and runs the job as the worker does with
/// a first screen of `rows` (there must be more hits than that). Nothing
/// is sent back to the reader.
pub fn filter_in_stages(app: &mut TestReader, c: char, rows: usize) -> Staged {
    let request = effects_of(app, key(KeyCode::Char(c)))
        .into_iter()
        .find_map(|effect| match effect {
            Effect::Filter(request) => Some(request),
            _ => None,
        })
        .expect("a filter job");
    let mut first = None;
    let all = request
        .run_in_stages(rows, &|| false, |hits, tiers| first = Some((hits, tiers)))
        .expect("not cancelled");
    let (first, tiers) = first.expect("more hits than the first screen");
    Staged {
        request,
        first,
        tiers,
        all,
    }
}

/// Types text, one key per character.
pub fn type_text(app: &mut TestReader, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// Draws the app into a test buffer of its size.
pub fn draw(app: &App) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    terminal.draw(|f| view::render(f, app)).unwrap();
    terminal
}

/// The buffer's rows as text.
pub fn rows(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < area.width {
                let symbol = buffer[(x, y)].symbol();
                row.push_str(symbol);
                // A wide character covers the next cell too.
                x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
            }
            row
        })
        .collect()
}

/// The whole screen as text.
pub fn screen(app: &App) -> String {
    rows(draw(app).backend().buffer()).join("\n")
}

/// Finds `needle` on screen: (column, row) of its first character.
pub fn find(buffer: &Buffer, needle: &str) -> Option<(u16, u16)> {
    let first = needle.chars().next()?;
    let area = buffer.area;
    for y in 0..area.height {
        for x in 0..area.width {
            if buffer[(x, y)].symbol().starts_with(first) {
                let mut s = String::new();
                let mut cx = x;
                while cx < area.width && s.chars().count() < needle.chars().count() {
                    s.push_str(buffer[(cx, y)].symbol());
                    cx += 1;
                }
                if s.starts_with(needle) {
                    return Some((x, y));
                }
            }
        }
    }
    None
}
