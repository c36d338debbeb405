//! Files replaced whole, so that no crash, kill or full disk leaves half of
//! one: the cache, the saved index and the bookmark and reading stores are
//! all written to a temporary file beside their target and renamed over it.
//! Temporary files are removed on every way out: an error, a normal exit,
//! a signal (see [`remove_temporaries`]); those of a process that died are
//! removed by the next one. Files are read without ever blocking on a FIFO
//! put where one of them should be ([`open_regular`]).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};

/// Temporary files this process is writing now: removed by
/// [`remove_temporaries`] if it has to leave before they are renamed.
static TEMPORARIES: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Notes that this process is writing the temporary file `path`.
pub fn track(path: &Path) {
    let mut list = TEMPORARIES.lock().unwrap_or_else(PoisonError::into_inner);
    list.push(path.to_path_buf());
}

/// Notes that `path` was renamed into place or removed.
pub fn untrack(path: &Path) {
    let mut list = TEMPORARIES.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(at) = list.iter().position(|p| p == path) {
        list.swap_remove(at);
    }
}

/// Removes every temporary file this process is still writing: called on
/// the way out (a signal, the end of the reader) so a half-written cache
/// never outlives the process. Safe to call from any thread.
pub fn remove_temporaries() {
    let list = std::mem::take(&mut *TEMPORARIES.lock().unwrap_or_else(PoisonError::into_inner));
    for path in list {
        let _ = fs::remove_file(path);
    }
}

/// While it lives, SIGINT, SIGTERM, SIGHUP and SIGQUIT first remove this
/// process's temporary files, then end it as the signal would have. For
/// the commands and the load before the reader, which has its own
/// handling of signals (it must give the terminal back first).
pub struct CleanupOnSignals {
    #[cfg(unix)]
    handle: signal_hook::iterator::Handle,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl CleanupOnSignals {
    /// Starts listening; `None` where signals cannot be listened for.
    pub fn install() -> Option<CleanupOnSignals> {
        #[cfg(unix)]
        {
            use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
            let mut signals =
                signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP, SIGQUIT]).ok()?;
            let handle = signals.handle();
            let thread = std::thread::spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    remove_temporaries();
                    let _ = signal_hook::low_level::emulate_default_handler(signal);
                }
            });
            Some(CleanupOnSignals {
                handle,
                thread: Some(thread),
            })
        }
        #[cfg(not(unix))]
        None
    }
}

impl Drop for CleanupOnSignals {
    /// Stops listening: signals act as before.
    fn drop(&mut self) {
        #[cfg(unix)]
        self.handle.close();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Opens `path` for reading without ever waiting for it: a FIFO, socket
/// or device where a file of ours should be is refused at once (it would
/// block until something wrote to it) instead of hanging the command.
pub fn open_regular(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(target_os = "linux")]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    #[cfg(not(target_os = "linux"))]
    if !fs::metadata(path)?.is_file() {
        return Err(not_a_file());
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(not_a_file());
    }
    Ok(file)
}

fn not_a_file() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        "not a regular file (a FIFO, socket or device)",
    )
}

/// Reads the whole file at `path`, refusing (at once) anything but a
/// regular file, as [`open_regular`] does.
pub fn read_regular(path: &Path) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    open_regular(path)?.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// How long a half-written file must have gone untouched before it counts
/// as abandoned (a writer appends to it all the while it parses).
pub const ABANDONED_AFTER: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// The temporary file `target` is written as by this process before it is
/// renamed into place (the cache and the saved index each have their own).
pub fn temporary(target: &Path) -> PathBuf {
    let mut name = target.as_os_str().to_owned();
    name.push(format!(".tmp{}", std::process::id()));
    PathBuf::from(name)
}

/// Removes half-written copies of `target` (see [`temporary`]) that no
/// live process is writing: at once when the process named in the file
/// is gone (Linux), otherwise when nobody has written to it for a quarter
/// of an hour. A large archive's would otherwise hold gigabytes.
pub fn remove_abandoned(target: &Path) {
    let (Some(dir), Some(file)) = (target.parent(), target.file_name()) else {
        return;
    };
    let prefix = format!("{}.tmp", file.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix(&prefix) else {
            continue;
        };
        let writer_gone = pid.parse::<u32>().is_ok_and(process_is_gone);
        let stale = writer_gone
            || entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > ABANDONED_AFTER);
        if stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// True when no process `pid` exists (never for this process). Where that
/// cannot be asked, false: the age of the file decides.
fn process_is_gone(pid: u32) -> bool {
    if pid == std::process::id() {
        return false;
    }
    #[cfg(target_os = "linux")]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return false;
        };
        // SAFETY: signal 0 sends nothing; kill only checks that the process exists.
        let result = unsafe { libc::kill(pid, 0) };
        result == -1 && io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH)
    }
    #[cfg(not(target_os = "linux"))]
    false
}

/// Replaces `path` in `dir` with `bytes` so that a crash at any moment
/// leaves either the old file or the new one: written to a private
/// temporary file named `temp_prefix`, this process and a counter, synced,
/// renamed over `path`, and the rename made durable.
pub fn write_atomically(
    dir: &Path,
    path: &Path,
    temp_prefix: &str,
    bytes: &[u8],
) -> io::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let temp = dir.join(format!(
        "{temp_prefix}{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    track(&temp);
    let result = (|| {
        let mut file = create_private(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temp, path)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    untrack(&temp);
    result
}

/// Creates a new file readable only by its owner (notes are private).
pub fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Makes a rename in `dir` durable. A no-op where folders cannot be opened
/// or synced (non-Unix systems, some network file systems).
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    match File::open(dir)?.sync_all() {
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::InvalidInput | io::ErrorKind::Unsupported
            ) => {}
        other => other?,
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}
