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

use std::path::{Path, PathBuf};

use super::model::{Bookmark, SCHEMA_VERSION};
use crate::archive::clock;
pub use crate::archive::persist::Notice;
use crate::archive::persist::{Format, SafeFile, SaveError};

/// The bookmarks file's name inside the data folder.
pub const FILE_NAME: &str = "bookmarks.json";

/// How `bookmarks.json` is laid out.
const FORMAT: Format = Format {
    name: FILE_NAME,
    key: "bookmarks",
    version: SCHEMA_VERSION,
    what: "bookmarks",
};

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

/// The bookmarks of one data folder, as this process sees them.
#[derive(Debug)]
pub struct Store {
    /// The file, with its contents when last read or written.
    file: SafeFile<Vec<Bookmark>>,
    /// This process's changes not yet saved, oldest first.
    pending: Vec<Op>,
    /// The file's contents with `pending` applied, sorted by creation time.
    view: Vec<Bookmark>,
}

impl Store {
    /// Opens (or starts) the store in `dir` (file `dir/bookmarks.json`).
    /// Never fails: problems become notices.
    pub fn open(dir: &Path) -> (Store, Vec<Notice>) {
        let (file, notices) = SafeFile::open(dir, FORMAT);
        let mut store = Store {
            file,
            pending: Vec::new(),
            view: Vec::new(),
        };
        store.refresh_view();
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
    pub fn add(&mut self, b: Bookmark) -> Result<(), SaveError> {
        self.change(Op::Add(b))
    }

    /// Replaces a bookmark's note and saves; `false` when no bookmark has
    /// this id.
    pub fn set_note(&mut self, id: &str, note: String) -> Result<bool, SaveError> {
        if self.get(id).is_none() {
            return Ok(false);
        }
        self.change(Op::SetNote {
            id: id.to_string(),
            note,
            updated: clock::now(),
        })?;
        Ok(true)
    }

    /// Removes a bookmark and saves; returns it (for undo), or `None` when
    /// no bookmark has this id.
    pub fn remove(&mut self, id: &str) -> Result<Option<Bookmark>, SaveError> {
        let Some(removed) = self.get(id).cloned() else {
            return Ok(None);
        };
        self.change(Op::Remove(id.to_string()))?;
        Ok(Some(removed))
    }

    /// Puts back a removed bookmark (undo of [`Store::remove`]) and saves.
    pub fn restore(&mut self, b: Bookmark) -> Result<(), SaveError> {
        self.change(Op::Restore(b))
    }

    /// Re-reads the file (other processes' changes), keeping unsaved changes.
    pub fn reload(&mut self) -> Vec<Notice> {
        let notices = self.file.reload();
        self.refresh_view();
        notices
    }

    /// Saves pending changes (retries after an earlier failure). Does
    /// nothing when there are none.
    pub fn save(&mut self) -> Result<(), SaveError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let pending = &self.pending;
        let saved = self.file.save(|list| {
            for op in pending {
                op.apply(list);
            }
            sort(list);
        });
        if saved.is_ok() {
            self.pending.clear();
        }
        self.refresh_view();
        saved
    }

    /// True when some change is not on disk yet.
    pub fn has_unsaved(&self) -> bool {
        !self.pending.is_empty()
    }

    /// True when the file is from a newer readout and is never written.
    pub fn is_read_only(&self) -> bool {
        self.file.newer().is_some()
    }

    /// The bookmarks file.
    pub fn path(&self) -> &Path {
        self.file.path()
    }

    /// Notices raised while saving (a damaged file moved aside), each
    /// returned once. [`Store::reload`] returns them too.
    pub fn take_notices(&mut self) -> Vec<Notice> {
        self.file.take_notices()
    }

    /// Records a change and saves.
    fn change(&mut self, op: Op) -> Result<(), SaveError> {
        self.pending.push(op);
        self.refresh_view();
        self.save()
    }

    fn refresh_view(&mut self) {
        let mut view = self.file.records().clone();
        for op in &self.pending {
            op.apply(&mut view);
        }
        sort(&mut view);
        self.view = view;
    }
}

/// Sorts by creation time, keeping the file's order for equal times.
fn sort(list: &mut [Bookmark]) {
    list.sort_by(|a, b| a.created.cmp(&b.created));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::persist::Disk;

    /// Parses bytes as `bookmarks.json`.
    fn parse(bytes: &[u8]) -> Disk<Vec<Bookmark>> {
        crate::archive::persist::parse(bytes, FORMAT)
    }

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
        let e = SaveError::Write {
            what: FORMAT.what,
            path: PathBuf::from("/x/bookmarks.json"),
            source: std::io::Error::other("No space left on device"),
        };
        assert_eq!(
            e.to_string(),
            "could not save bookmarks to /x/bookmarks.json: No space left on device \
             (kept in memory; will retry)"
        );
    }

    /// The bytes of `bookmarks.json` are pinned: when this test fails, the
    /// file's shape changed, and `SCHEMA_VERSION` must be bumped (so older
    /// readouts never misread it) before the expected text is updated.
    #[test]
    fn the_file_format_is_pinned_to_its_version() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = Store::open(dir.path());
        store.add(bookmark("b1", "2026-01-02T03:04:05Z")).unwrap();
        let written = std::fs::read_to_string(dir.path().join(FILE_NAME)).unwrap();
        assert_eq!(SCHEMA_VERSION, 1, "update the text below with the version");
        assert_eq!(
            written,
            r#"{
  "version": 1,
  "bookmarks": [
    {
      "id": "b1",
      "release": "r",
      "path": "p",
      "line": null,
      "title": "t",
      "date": null,
      "source": null,
      "url": null,
      "passage": "x",
      "start": {
        "paragraph": 0,
        "offset": 0
      },
      "end": {
        "paragraph": 0,
        "offset": 1
      },
      "hash": "",
      "speaker": null,
      "note": "",
      "created": "2026-01-02T03:04:05Z",
      "updated": "2026-01-02T03:04:05Z"
    }
  ]
}
"#
        );
    }
}
