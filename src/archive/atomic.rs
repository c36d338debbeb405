//! Files replaced whole, so that no crash, kill or full disk leaves half of
//! one: the cache, the saved index and the bookmark and reading stores are
//! all written to a temporary file beside their target and renamed over it.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

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

/// Removes half-written copies of `target` (see [`temporary`]) that nobody
/// has written to for a quarter of an hour: a large archive's would
/// otherwise hold gigabytes.
pub fn remove_abandoned(target: &Path) {
    let (Some(dir), Some(file)) = (target.parent(), target.file_name()) else {
        return;
    };
    let prefix = format!("{}.tmp", file.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > ABANDONED_AFTER);
        if stale && entry.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = fs::remove_file(entry.path());
        }
    }
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
