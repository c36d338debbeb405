//! Live reload: watches the open folders and files, and when something
//! changes (after a short quiet period) loads the archive again through the
//! cache, so only changed files are parsed, and hands the new corpus over.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use notify::{EventKind, RecursiveMode, Watcher};

use crate::corpus::Corpus;

/// How long the files must be quiet before reloading: an editor's save or a
/// scraper's burst of writes becomes one reload.
const QUIET: Duration = Duration::from_millis(300);

/// What to watch and how to load it again.
#[derive(Debug, Clone, Default)]
pub struct WatchOptions {
    /// The folders and files the corpus was loaded from.
    pub paths: Vec<PathBuf>,
    /// The parse cache, so a reload only parses what changed.
    pub cache_dir: Option<PathBuf>,
}

/// Keeps the watcher alive; dropping it stops watching.
pub struct Watch {
    _watcher: notify::RecommendedWatcher,
}

/// True for events that can change the corpus (not reads or metadata).
fn matters(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) | EventKind::Any
    )
}

/// True for paths the loader would skip anyway (hidden files, the cache).
fn ignored(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// Starts watching; `reloaded` receives each new corpus. Errors (a folder
/// that cannot be watched) are returned for the status line.
pub fn start(
    options: WatchOptions,
    reloaded: impl Fn(Corpus) + Send + 'static,
) -> notify::Result<Watch> {
    let (tx, rx) = mpsc::channel::<()>();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && matters(&event.kind)
            && !event.paths.iter().all(|p| ignored(p))
        {
            let _ = tx.send(());
        }
    })?;
    for path in &options.paths {
        let mode = if path.is_dir() {
            RecursiveMode::Recursive
        } else {
            RecursiveMode::NonRecursive
        };
        watcher.watch(path, mode)?;
    }
    thread::spawn(move || {
        while rx.recv().is_ok() {
            // Wait until the files have been quiet for a moment.
            while rx.recv_timeout(QUIET).is_ok() {}
            let corpus =
                crate::archive::load_cached(&options.paths, options.cache_dir.as_deref(), &|_| {});
            reloaded(corpus);
        }
    });
    Ok(Watch { _watcher: watcher })
}
