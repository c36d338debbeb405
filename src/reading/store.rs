//! `reading.json`: `{"version":1,"releases":{"<release id>": entry}}`.
//!
//! Changes are recorded in memory (cheaply: the reader records its position
//! on every scroll) and written by [`ReadingStore::save`], which merges them
//! into what is on disk per release: the entry with the newer `updated`
//! wins, so two readouts never lose each other's releases. Until a save
//! succeeds the changes stay in memory.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::archive::persist::{Format, Notice, SafeFile, SaveError};
use crate::corpus::TextPos;

/// The reading state file's name inside the data folder.
pub const FILE_NAME: &str = "reading.json";

/// The format version this readout reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// How `reading.json` is laid out.
const FORMAT: Format = Format {
    name: FILE_NAME,
    key: "releases",
    version: SCHEMA_VERSION,
    what: "reading positions",
};

/// What readout remembers of one release.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadingEntry {
    /// Whether the user has read (or marked as read) the release.
    pub read: bool,
    /// Where the reader was (paragraph + byte offset).
    pub position: TextPos,
    /// Unix seconds of the last change, for merging: the newer entry wins
    /// per release.
    pub updated: u64,
}

impl ReadingEntry {
    /// True when `self` should replace `other` (newer, or as new: the
    /// later change wins a tie).
    fn supersedes(&self, other: &ReadingEntry) -> bool {
        self.updated >= other.updated
    }
}

/// The reading state of one data folder: file `reading.json`.
#[derive(Debug)]
pub struct ReadingStore {
    /// The file, with its entries when last read or written.
    file: SafeFile<BTreeMap<String, ReadingEntry>>,
    /// Entries changed by this process and not saved yet.
    pending: BTreeMap<String, ReadingEntry>,
}

impl ReadingStore {
    /// Opens (or starts) the reading state in `dir` (file
    /// `dir/reading.json`). Never fails: problems become notices.
    pub fn open(dir: &Path) -> (ReadingStore, Vec<Notice>) {
        let (file, notices) = SafeFile::open(dir, FORMAT);
        let store = ReadingStore {
            file,
            pending: BTreeMap::new(),
        };
        (store, notices)
    }

    /// What is remembered of a release: the newer of the file's entry and
    /// this process's unsaved one.
    pub fn get(&self, release_id: &str) -> Option<ReadingEntry> {
        let saved = self.file.records().get(release_id);
        match (self.pending.get(release_id), saved) {
            (Some(mine), Some(theirs)) if !mine.supersedes(theirs) => Some(*theirs),
            (Some(mine), _) => Some(*mine),
            (None, saved) => saved.copied(),
        }
    }

    /// Every release's entry, this process's unsaved changes included.
    pub fn entries(&self) -> HashMap<String, ReadingEntry> {
        self.file
            .records()
            .keys()
            .chain(self.pending.keys())
            .filter_map(|id| Some((id.clone(), self.get(id)?)))
            .collect()
    }

    /// True when the release is marked read.
    pub fn is_read(&self, release_id: &str) -> bool {
        self.get(release_id).is_some_and(|e| e.read)
    }

    /// Records in memory only (cheap; called on every scroll). Recording
    /// the position already remembered changes nothing.
    pub fn set_position(&mut self, release_id: &str, position: TextPos) {
        self.change(release_id, |e| e.position = position);
    }

    /// Marks read / unread in memory only.
    pub fn set_read(&mut self, release_id: &str, read: bool) {
        self.change(release_id, |e| e.read = read);
    }

    /// Writes the changes made since the last save (lock, re-read, merge
    /// newest-per-release, atomic write). Does nothing when there are none.
    /// On `Err` the changes are kept in memory for the next save.
    pub fn save(&mut self) -> Result<(), SaveError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let pending = &self.pending;
        let saved = self.file.save(|entries| {
            for (id, mine) in pending {
                if entries.get(id).is_none_or(|theirs| mine.supersedes(theirs)) {
                    entries.insert(id.clone(), *mine);
                }
            }
        });
        match saved {
            Ok(()) => {
                self.pending.clear();
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// True when some change is not on disk yet.
    pub fn has_unsaved(&self) -> bool {
        !self.pending.is_empty()
    }

    /// True when the file is from a newer readout and is never written.
    pub fn is_read_only(&self) -> bool {
        self.file.newer().is_some()
    }

    /// Notices raised while saving (a damaged file moved aside), each
    /// returned once.
    pub fn take_notices(&mut self) -> Vec<Notice> {
        self.file.take_notices()
    }

    /// The reading state file.
    pub fn path(&self) -> &Path {
        self.file.path()
    }

    /// Applies `edit` to the release's entry (a new one at the start when
    /// there is none) and, when that changed it, records it as unsaved and
    /// as the newest entry.
    fn change(&mut self, release_id: &str, edit: impl FnOnce(&mut ReadingEntry)) {
        let old = self.get(release_id);
        let mut entry = old.unwrap_or(ReadingEntry {
            read: false,
            position: TextPos::new(0, 0),
            updated: 0,
        });
        edit(&mut entry);
        if old.is_some_and(|old| old.read == entry.read && old.position == entry.position) {
            return;
        }
        // A change made after seeing an entry is newer than it, whatever
        // the clocks say.
        entry.updated = now().max(old.map_or(0, |old| old.updated));
        self.pending.insert(release_id.to_string(), entry);
    }
}

/// The current time in unix seconds.
fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(read: bool, paragraph: usize, updated: u64) -> ReadingEntry {
        ReadingEntry {
            read,
            position: TextPos::new(paragraph, 0),
            updated,
        }
    }

    #[test]
    fn the_newer_entry_wins_and_the_later_change_wins_a_tie() {
        assert!(entry(false, 0, 5).supersedes(&entry(true, 3, 4)));
        assert!(entry(false, 0, 5).supersedes(&entry(true, 3, 5)));
        assert!(!entry(false, 0, 4).supersedes(&entry(true, 3, 5)));
    }

    #[test]
    fn changes_stay_in_memory_until_saved() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, notices) = ReadingStore::open(dir.path());
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(store.get("a"), None);
        assert!(!store.is_read("a"));
        store.set_position("a", TextPos::new(2, 7));
        store.set_read("b", true);
        assert!(store.has_unsaved());
        assert_eq!(store.get("a").unwrap().position, TextPos::new(2, 7));
        assert!(!store.is_read("a"));
        assert!(store.is_read("b"));
        assert_eq!(store.get("b").unwrap().position, TextPos::new(0, 0));
        assert!(!store.path().exists(), "nothing written before save");
        store.save().unwrap();
        assert!(!store.has_unsaved());
        assert!(store.is_read("b"));
    }

    #[test]
    fn recording_what_is_already_remembered_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = ReadingStore::open(dir.path());
        store.set_position("a", TextPos::new(1, 0));
        store.set_read("a", true);
        store.save().unwrap();
        store.set_position("a", TextPos::new(1, 0));
        store.set_read("a", true);
        assert!(!store.has_unsaved());
        store.set_read("a", false);
        assert!(store.has_unsaved());
    }

    #[test]
    fn a_change_is_newer_than_the_entry_it_changes() {
        let dir = tempfile::tempdir().unwrap();
        let future = now() + 3600;
        let body = format!(
            r#"{{"version":1,"releases":{{"a":{{"read":false,"position":{{"paragraph":4,"offset":0}},"updated":{future}}}}}}}"#
        );
        std::fs::write(dir.path().join(FILE_NAME), body).unwrap();
        let (mut store, notices) = ReadingStore::open(dir.path());
        assert!(notices.is_empty(), "{notices:?}");
        store.set_read("a", true);
        let changed = store.get("a").unwrap();
        assert!(changed.read);
        assert_eq!(changed.position, TextPos::new(4, 0));
        assert_eq!(changed.updated, future);
        store.save().unwrap();
        let (again, _) = ReadingStore::open(dir.path());
        assert_eq!(again.get("a"), Some(changed));
    }

    #[test]
    fn errors_name_the_path() {
        let e = SaveError::Write {
            what: FORMAT.what,
            path: std::path::PathBuf::from("/x/reading.json"),
            source: std::io::Error::other("No space left on device"),
        };
        assert_eq!(
            e.to_string(),
            "could not save reading positions to /x/reading.json: No space left on device \
             (kept in memory; will retry)"
        );
    }

    /// The bytes of `reading.json` are pinned: when this test fails, the
    /// file's shape changed, and `SCHEMA_VERSION` must be bumped (so older
    /// readouts never misread it) before the expected text is updated.
    #[test]
    fn the_file_format_is_pinned_to_its_version() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = ReadingStore::open(dir.path());
        store.set_read("abc", true);
        store.set_position("abc", TextPos::new(2, 7));
        store.save().unwrap();
        let written = std::fs::read_to_string(dir.path().join(FILE_NAME)).unwrap();
        let updated = store.get("abc").unwrap().updated;
        assert_eq!(SCHEMA_VERSION, 1, "update the text below with the version");
        assert_eq!(
            written,
            format!(
                r#"{{
  "version": 1,
  "releases": {{
    "abc": {{
      "read": true,
      "position": {{
        "paragraph": 2,
        "offset": 7
      }},
      "updated": {updated}
    }}
  }}
}}
"#
            )
        );
    }
}
