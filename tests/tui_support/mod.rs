//! Helpers for driving the reader's state and drawing it without a terminal.
#![allow(dead_code)] // each test file uses a different part

use std::path::Path;
use std::sync::Arc;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use readout::archive;
use readout::corpus::{self, Corpus};
use readout::tui::app::{App, TuiOptions};
use readout::tui::update::{Msg, update};
use readout::tui::view;

/// Options that keep tests away from the user's data folder.
pub fn options(data_dir: Option<&Path>) -> TuiOptions {
    TuiOptions {
        data_dir: data_dir.map(Path::to_path_buf),
        ..TuiOptions::default()
    }
}

/// A reader on the built-in demo corpus, bookmarks off.
pub fn demo_app(width: u16, height: u16) -> App {
    App::new(
        Arc::new(corpus::demo::load()),
        options(None),
        (width, height),
    )
}

/// A reader on the demo corpus keeping bookmarks in `data_dir`.
pub fn demo_app_with_bookmarks(data_dir: &Path, width: u16, height: u16) -> App {
    App::new(
        Arc::new(corpus::demo::load()),
        options(Some(data_dir)),
        (width, height),
    )
}

/// A reader on files written into `dir` (name, bytes).
pub fn app_on_files(dir: &Path, files: &[(&str, &[u8])], width: u16, height: u16) -> App {
    for (name, bytes) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    let corpus: Corpus = archive::load_with_progress(&[dir.to_path_buf()], &|_| {});
    App::new(Arc::new(corpus), options(None), (width, height))
}

/// Presses one key.
pub fn press(app: &mut App, code: KeyCode) {
    press_with(app, code, KeyModifiers::NONE);
}

/// Presses a key with modifiers.
pub fn press_with(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    update(
        app,
        Msg::Terminal(Event::Key(KeyEvent::new(code, modifiers))),
    );
}

/// Types text, one key per character.
pub fn type_text(app: &mut App, text: &str) {
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
