//! `bookmarks.json`: the one file bookmarks live in, written so that no
//! crash, full disk or second readout loses a bookmark.
//!
//! Every change is an operation kept in a pending list. Saving takes an
//! exclusive lock on `bookmarks.json.lock`, re-reads the file, applies the
//! pending operations to what is on disk, and replaces the file atomically
//! (temporary file, fsync, rename, fsync of the folder). Until a save
//! succeeds the operations stay pending and the view is the last disk state
//! with them applied. A file that cannot be read is moved aside, never
//! overwritten; a file from a newer readout is read but never written.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::clock;
use super::model::{Bookmark, SCHEMA_VERSION};

/// The bookmarks file's name inside the data folder.
pub const FILE_NAME: &str = "bookmarks.json";

/// Prefix of temporary files, so stale ones (from a killed writer) can be
/// recognised and removed.
const TEMP_PREFIX: &str = ".bookmarks.json.tmp-";

/// Something the user must be told (shown in the status bar / stderr).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice(pub String);

impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why a change could not be saved (it is kept in memory all the same),
/// or why it could not be made.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Writing the file (or its lock, or its folder) failed.
    #[error(
        "could not save bookmarks to {}: {source} (kept in memory; will retry)",
        path.display()
    )]
    Write {
        /// The bookmarks file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The file was written by a newer readout; this one does not change it.
    #[error(
        "{} is from a newer readout (format version {version}, this readout knows {}); \
         not changing it (kept in memory until readout quits)",
        path.display(),
        SCHEMA_VERSION
    )]
    NewerVersion {
        /// The bookmarks file.
        path: PathBuf,
        /// The version found in the file.
        version: u32,
    },
    /// The file on disk is damaged and could not be moved aside, so it is
    /// left alone rather than overwritten.
    #[error(
        "could not save bookmarks: {} is damaged and could not be moved aside ({source}); \
         kept in memory",
        path.display()
    )]
    Corrupt {
        /// The damaged file.
        path: PathBuf,
        /// Why moving it aside failed.
        source: io::Error,
    },
    /// No bookmark has this id.
    #[error("no bookmark has the id {0:?}")]
    NotFound(String),
}

/// A change made by this process, not yet known to be on disk.
#[derive(Debug, Clone, PartialEq)]
enum Op {
    /// A new bookmark.
    Add(Bookmark),
    /// A new note for a bookmark, and when it was written.
    SetNote {
        id: String,
        note: String,
        updated: String,
    },
    /// A bookmark deleted.
    Remove(String),
    /// A deleted bookmark put back.
    Restore(Bookmark),
}

impl Op {
    /// Applies the operation to a list of bookmarks. Notes for a bookmark
    /// that another process removed are dropped with it.
    fn apply(&self, list: &mut Vec<Bookmark>) {
        match self {
            Op::Add(b) | Op::Restore(b) => match list.iter_mut().find(|x| x.id == b.id) {
                Some(existing) => *existing = b.clone(),
                None => list.push(b.clone()),
            },
            Op::SetNote { id, note, updated } => {
                if let Some(b) = list.iter_mut().find(|x| &x.id == id) {
                    b.note.clone_from(note);
                    b.updated.clone_from(updated);
                }
            }
            Op::Remove(id) => list.retain(|x| &x.id != id),
        }
    }
}

/// The file's layout.
#[derive(Debug, Serialize, Deserialize)]
struct FileBody {
    version: u32,
    bookmarks: Vec<Bookmark>,
}

/// What reading the file found.
enum Disk {
    /// No file yet.
    Missing,
    /// A file this readout understands.
    Current(Vec<Bookmark>),
    /// A file from a newer readout: what could be read of it.
    Newer(u32, Vec<Bookmark>),
    /// A file that cannot be read or parsed, and why.
    Damaged(String),
}

/// The bookmarks of one data folder, as this process sees them.
#[derive(Debug)]
pub struct Store {
    dir: PathBuf,
    path: PathBuf,
    /// The file's contents when last read or written.
    disk: Vec<Bookmark>,
    /// This process's changes not yet saved, oldest first.
    pending: Vec<Op>,
    /// `disk` with `pending` applied, sorted by creation time.
    view: Vec<Bookmark>,
    /// The newer format version found, when the file is from a newer readout.
    newer: Option<u32>,
    /// Notices raised while saving, for [`Store::take_notices`].
    notices: Vec<Notice>,
}

impl Store {
    /// Opens (or starts) the store in `dir` (file `dir/bookmarks.json`).
    /// Never fails: problems become notices.
    pub fn open(dir: &Path) -> (Store, Vec<Notice>) {
        let mut store = Store {
            dir: dir.to_path_buf(),
            path: dir.join(FILE_NAME),
            disk: Vec::new(),
            pending: Vec::new(),
            view: Vec::new(),
            newer: None,
            notices: Vec::new(),
        };
        let notices = store.reload();
        (store, notices)
    }

    /// The platform data dir (`ProjectDirs::from("", "", "readout").data_dir()`).
    pub fn default_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "readout").map(|d| d.data_dir().to_path_buf())
    }

    /// The current view: the file as last read or written plus this
    /// process's unsaved changes, sorted by creation time.
    pub fn bookmarks(&self) -> &[Bookmark] {
        &self.view
    }

    /// The bookmark with this id.
    pub fn get(&self, id: &str) -> Option<&Bookmark> {
        self.view.iter().find(|b| b.id == id)
    }

    /// Adds a bookmark and saves. On `Err` the bookmark is kept in memory
    /// (and saved by a later successful save).
    pub fn add(&mut self, b: Bookmark) -> Result<(), StoreError> {
        self.change(Op::Add(b))
    }

    /// Replaces a bookmark's note and saves.
    pub fn set_note(&mut self, id: &str, note: String) -> Result<(), StoreError> {
        if self.get(id).is_none() {
            return Err(StoreError::NotFound(id.to_string()));
        }
        self.change(Op::SetNote {
            id: id.to_string(),
            note,
            updated: clock::now(),
        })
    }

    /// Removes a bookmark and saves; returns it (for undo), or `None` when
    /// no bookmark has this id.
    pub fn remove(&mut self, id: &str) -> Result<Option<Bookmark>, StoreError> {
        let Some(removed) = self.get(id).cloned() else {
            return Ok(None);
        };
        self.change(Op::Remove(id.to_string()))?;
        Ok(Some(removed))
    }

    /// Puts back a removed bookmark (undo of [`Store::remove`]) and saves.
    pub fn restore(&mut self, b: Bookmark) -> Result<(), StoreError> {
        self.change(Op::Restore(b))
    }

    /// Re-reads the file (other processes' changes), keeping unsaved changes.
    pub fn reload(&mut self) -> Vec<Notice> {
        let mut notices = std::mem::take(&mut self.notices);
        let mut disk = read(&self.path);
        if let Disk::Damaged(why) = &disk {
            // Look again under the lock, so that of two readouts opening a
            // damaged file at once, only one moves it aside.
            let why = why.clone();
            let lock = self.lock().ok();
            disk = read(&self.path);
            if let Disk::Damaged(_) = disk {
                notices.push(self.move_aside(&why).unwrap_or_else(|e| {
                    Notice(format!(
                        "{} cannot be read ({why}) and could not be moved aside ({e}); \
                         it is left alone and bookmarks are not saved until it is fixed",
                        self.path.display()
                    ))
                }));
                disk = Disk::Missing;
            }
            drop(lock);
        }
        match disk {
            Disk::Missing | Disk::Damaged(_) => {
                self.disk.clear();
                self.newer = None;
            }
            Disk::Current(list) => {
                self.disk = list;
                self.newer = None;
            }
            Disk::Newer(version, list) => {
                if self.newer.is_none() {
                    notices.push(Notice(format!(
                        "{} is from a newer readout (format version {version}); \
                         bookmarks are read-only",
                        self.path.display()
                    )));
                }
                self.disk = list;
                self.newer = Some(version);
            }
        }
        self.refresh_view();
        notices
    }

    /// Saves pending changes (retries after an earlier failure). Does
    /// nothing when there are none.
    pub fn save(&mut self) -> Result<(), StoreError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        if let Some(version) = self.newer {
            return Err(self.newer_error(version));
        }
        let write_error = |source| StoreError::Write {
            path: self.path.clone(),
            source,
        };
        fs::create_dir_all(&self.dir).map_err(write_error)?;
        let lock = self.lock().map_err(write_error)?;
        let mut list = match read(&self.path) {
            Disk::Missing => Vec::new(),
            Disk::Current(list) => list,
            Disk::Newer(version, list) => {
                self.newer = Some(version);
                self.disk = list;
                self.refresh_view();
                return Err(self.newer_error(version));
            }
            Disk::Damaged(why) => match self.move_aside(&why) {
                Ok(notice) => {
                    self.notices.push(notice);
                    Vec::new()
                }
                Err(source) => {
                    return Err(StoreError::Corrupt {
                        path: self.path.clone(),
                        source,
                    });
                }
            },
        };
        remove_stale_temps(&self.dir);
        for op in &self.pending {
            op.apply(&mut list);
        }
        sort(&mut list);
        // Through a symbolic link (bookmarks kept with dotfiles), replace
        // the file it points to, in that file's folder, and keep the link.
        let target = fs::canonicalize(&self.path).unwrap_or_else(|_| self.path.clone());
        let target_dir = target.parent().unwrap_or(&self.dir);
        let written = write_atomically(target_dir, &target, &list);
        drop(lock);
        written.map_err(|source| StoreError::Write {
            path: self.path.clone(),
            source,
        })?;
        self.pending.clear();
        self.disk = list;
        self.refresh_view();
        Ok(())
    }

    /// True when some change is not on disk yet.
    pub fn has_unsaved(&self) -> bool {
        !self.pending.is_empty()
    }

    /// True when the file is from a newer readout and is never written.
    pub fn is_read_only(&self) -> bool {
        self.newer.is_some()
    }

    /// The bookmarks file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Notices raised while saving (a damaged file moved aside), each
    /// returned once. [`Store::reload`] returns them too.
    pub fn take_notices(&mut self) -> Vec<Notice> {
        std::mem::take(&mut self.notices)
    }

    /// Records a change and saves.
    fn change(&mut self, op: Op) -> Result<(), StoreError> {
        self.pending.push(op);
        self.refresh_view();
        self.save()
    }

    fn refresh_view(&mut self) {
        let mut view = self.disk.clone();
        for op in &self.pending {
            op.apply(&mut view);
        }
        sort(&mut view);
        self.view = view;
    }

    fn newer_error(&self, version: u32) -> StoreError {
        StoreError::NewerVersion {
            path: self.path.clone(),
            version,
        }
    }

    /// Takes the exclusive lock on `bookmarks.json.lock`, waiting for it.
    /// Released when the returned file is dropped (or the process dies).
    fn lock(&self) -> io::Result<File> {
        let mut name = self.path.as_os_str().to_owned();
        name.push(".lock");
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(PathBuf::from(name))?;
        file.lock()?;
        Ok(file)
    }

    /// Renames the damaged file to `bookmarks.json.corrupt-<time>` and says where.
    fn move_aside(&self, why: &str) -> io::Result<Notice> {
        let stamp = clock::compact(SystemTime::now());
        let mut n = 1;
        let target = loop {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            let candidate = self
                .dir
                .join(format!("{FILE_NAME}.corrupt-{stamp}{suffix}"));
            if fs::symlink_metadata(&candidate).is_err() {
                break candidate;
            }
            n += 1;
        };
        fs::rename(&self.path, &target)?;
        // The move happened; making it durable is best effort.
        let _ = sync_dir(&self.dir);
        Ok(Notice(format!(
            "{} could not be read ({why}); it was moved to {} and bookmarks start empty",
            self.path.display(),
            target.display()
        )))
    }
}

/// Reads and parses the file.
fn read(path: &Path) -> Disk {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        // No file (or no folder: something else stands where it should be).
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
            ) =>
        {
            return Disk::Missing;
        }
        Err(e) => return Disk::Damaged(e.to_string()),
    };
    parse(&bytes)
}

/// Parses the file's bytes: a current file strictly, a newer one leniently
/// (whatever bookmarks can be read).
fn parse(bytes: &[u8]) -> Disk {
    /// Just the version, read first to know how to read the rest.
    #[derive(Deserialize)]
    struct Head {
        version: Option<u64>,
    }
    let head: Head = match serde_json::from_slice(bytes) {
        Ok(head) => head,
        Err(e) => return Disk::Damaged(format!("not valid JSON: {e}")),
    };
    let Some(version) = head.version.and_then(|v| u32::try_from(v).ok()) else {
        return Disk::Damaged("no format version".to_string());
    };
    if version > SCHEMA_VERSION {
        let value: serde_json::Value = serde_json::from_slice(bytes).unwrap_or_default();
        let list = value
            .get("bookmarks")
            .and_then(serde_json::Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .filter_map(|item| Bookmark::deserialize(item).ok())
                    .collect()
            })
            .unwrap_or_default();
        return Disk::Newer(version, list);
    }
    match serde_json::from_slice::<FileBody>(bytes) {
        Ok(body) => Disk::Current(body.bookmarks),
        Err(e) => Disk::Damaged(e.to_string()),
    }
}

/// Sorts by creation time, keeping the file's order for equal times.
fn sort(list: &mut [Bookmark]) {
    list.sort_by(|a, b| a.created.cmp(&b.created));
}

/// Replaces `path` with the bookmarks so that a crash at any moment leaves
/// either the old file or the new one.
fn write_atomically(dir: &Path, path: &Path, list: &[Bookmark]) -> io::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let body = FileBody {
        version: SCHEMA_VERSION,
        bookmarks: list.to_vec(),
    };
    let mut json = serde_json::to_vec_pretty(&body).map_err(io::Error::other)?;
    json.push(b'\n');
    let temp = dir.join(format!(
        "{TEMP_PREFIX}{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut file = create_private(&temp)?;
        file.write_all(&json)?;
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
fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Makes a rename in `dir` durable. A no-op where folders cannot be opened
/// or synced (non-Unix systems, some network file systems).
fn sync_dir(dir: &Path) -> io::Result<()> {
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

/// Deletes temporary files left by writers that were killed mid-save.
/// Called under the lock, when no other writer can be using one.
fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bookmark(id: &str, created: &str) -> Bookmark {
        Bookmark {
            id: id.into(),
            release: "r".into(),
            path: "p".into(),
            line: None,
            title: "t".into(),
            date: None,
            source: None,
            url: None,
            passage: "x".into(),
            start: crate::corpus::TextPos::new(0, 0),
            end: crate::corpus::TextPos::new(0, 1),
            hash: String::new(),
            speaker: None,
            note: String::new(),
            created: created.into(),
            updated: created.into(),
        }
    }

    #[test]
    fn ops_apply_to_what_is_on_disk() {
        let mut list = vec![bookmark("a", "1"), bookmark("b", "2")];
        Op::Add(bookmark("c", "3")).apply(&mut list);
        Op::Remove("a".into()).apply(&mut list);
        Op::SetNote {
            id: "b".into(),
            note: "hi".into(),
            updated: "4".into(),
        }
        .apply(&mut list);
        Op::SetNote {
            id: "gone".into(),
            note: "lost".into(),
            updated: "4".into(),
        }
        .apply(&mut list);
        Op::Restore(bookmark("a", "1")).apply(&mut list);
        sort(&mut list);
        let ids: Vec<&str> = list.iter().map(|b| b.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c"]);
        assert_eq!(list[1].note, "hi");
        assert_eq!(list[1].updated, "4");
    }

    #[test]
    fn parse_tells_damage_from_newer_versions() {
        assert!(matches!(parse(b"{"), Disk::Damaged(_)));
        assert!(matches!(parse(b"[]"), Disk::Damaged(_)));
        assert!(matches!(
            parse(br#"{"version":1,"bookmarks":[{"id":1}]}"#),
            Disk::Damaged(_)
        ));
        assert!(matches!(
            parse(br#"{"version":1,"bookmarks":[]}"#),
            Disk::Current(l) if l.is_empty()
        ));
        assert!(matches!(
            parse(br#"{"version":7,"bookmarks":[{"id":1}],"shelves":[]}"#),
            Disk::Newer(7, l) if l.is_empty()
        ));
    }

    #[test]
    fn errors_name_the_path() {
        let e = StoreError::Write {
            path: PathBuf::from("/x/bookmarks.json"),
            source: io::Error::other("No space left on device"),
        };
        assert_eq!(
            e.to_string(),
            "could not save bookmarks to /x/bookmarks.json: No space left on device \
             (kept in memory; will retry)"
        );
    }
}
