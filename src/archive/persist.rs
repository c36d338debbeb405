//! One versioned JSON file in the data folder, written so that no crash,
//! full disk or second readout loses what it holds.
//!
//! A [`SafeFile`] holds the file's records as last read or written. Saving
//! takes an exclusive lock on `<name>.lock`, re-reads the file, lets the
//! caller merge its changes into what is on disk, and replaces the file
//! atomically (temporary file, fsync, rename, fsync of the folder). A file
//! that cannot be read is moved aside to `<name>.corrupt-<time>`, never
//! overwritten; a file from a newer readout is read but never written.

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::de::DeserializeOwned;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::Value;

use super::atomic::{sync_dir, write_atomically};
use super::clock;

/// Something the user must be told (shown in the status bar / stderr).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice(pub String);

impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a kind of file is called and how it is laid out:
/// `{"version": <version>, "<key>": <records>}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Format {
    /// The file's name inside the data folder (`bookmarks.json`).
    pub name: &'static str,
    /// The field holding the records (`bookmarks`).
    pub key: &'static str,
    /// The newest format version this readout reads and writes.
    pub version: u32,
    /// What the records are, for notices (`bookmarks`).
    pub what: &'static str,
}

/// The records a file holds: a collection that can also be read leniently,
/// item by item, from a file of a newer format version.
pub trait Records: Serialize + DeserializeOwned + Default + Clone {
    /// Whatever items of `value` this readout understands.
    fn read_leniently(value: &Value) -> Self;
}

impl<T: Serialize + DeserializeOwned + Clone> Records for Vec<T> {
    fn read_leniently(value: &Value) -> Self {
        value
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(|item| T::deserialize(item).ok())
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl<T: Serialize + DeserializeOwned + Clone> Records for BTreeMap<String, T> {
    fn read_leniently(value: &Value) -> Self {
        value
            .as_object()
            .map(|items| {
                items
                    .iter()
                    .filter_map(|(k, item)| Some((k.clone(), T::deserialize(item).ok()?)))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// What reading the file found.
#[derive(Debug)]
pub enum Disk<T> {
    /// No file yet.
    Missing,
    /// A file this readout understands.
    Current(T),
    /// A file from a newer readout: its version and what could be read of it.
    Newer(u32, T),
    /// A file that cannot be read or parsed, and why.
    Damaged(String),
}

/// Why [`SafeFile::save`] wrote nothing: the caller keeps its changes in
/// memory, and says so.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Writing the file (or its lock, or its folder) failed.
    #[error(
        "could not save {what} to {}: {source} (kept in memory; will retry)",
        path.display()
    )]
    Write {
        /// What the file holds ("bookmarks").
        what: &'static str,
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The file was written by a newer readout; this one does not change it.
    #[error(
        "{} is from a newer readout (format version {version}, this readout knows {known}); \
         not changing it (kept in memory until readout quits)",
        path.display()
    )]
    NewerVersion {
        /// The file.
        path: PathBuf,
        /// The version found in the file.
        version: u32,
        /// The version this readout writes.
        known: u32,
    },
    /// The file on disk is damaged and could not be moved aside, so it is
    /// left alone rather than overwritten.
    #[error(
        "could not save {what}: {} is damaged and could not be moved aside ({source}); \
         kept in memory",
        path.display()
    )]
    Corrupt {
        /// What the file holds.
        what: &'static str,
        /// The damaged file.
        path: PathBuf,
        /// Why moving it aside failed.
        source: io::Error,
    },
}

/// One file's records as this process last read or wrote them.
#[derive(Debug)]
pub struct SafeFile<T> {
    format: Format,
    dir: PathBuf,
    path: PathBuf,
    /// The file's records when last read or written.
    disk: T,
    /// The newer format version found, when the file is from a newer readout.
    newer: Option<u32>,
    /// Notices raised while saving, for [`SafeFile::take_notices`].
    notices: Vec<Notice>,
}

impl<T: Records> SafeFile<T> {
    /// Opens the file `format.name` in `dir`. Never fails: problems become
    /// notices.
    pub fn open(dir: &Path, format: Format) -> (SafeFile<T>, Vec<Notice>) {
        let mut file = SafeFile {
            format,
            dir: dir.to_path_buf(),
            path: dir.join(format.name),
            disk: T::default(),
            newer: None,
            notices: Vec::new(),
        };
        let notices = file.reload();
        (file, notices)
    }

    /// The records as last read or written.
    pub fn records(&self) -> &T {
        &self.disk
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The format version of the file when it is from a newer readout (and
    /// so is never written).
    pub fn newer(&self) -> Option<u32> {
        self.newer
    }

    /// Notices raised while saving (a damaged file moved aside), each
    /// returned once.
    pub fn take_notices(&mut self) -> Vec<Notice> {
        std::mem::take(&mut self.notices)
    }

    /// Re-reads the file; returns the notices not yet taken and those the
    /// reading raised (a damaged file moved aside, a newer file found).
    pub fn reload(&mut self) -> Vec<Notice> {
        let mut notices = self.take_notices();
        let mut disk = self.read();
        if let Disk::Damaged(why) = &disk {
            // Look again under the lock, so that of two readouts opening a
            // damaged file at once, only one moves it aside.
            let why = why.clone();
            let lock = self.lock().ok();
            disk = self.read();
            if let Disk::Damaged(_) = disk {
                notices.push(self.move_aside(&why).unwrap_or_else(|e| {
                    Notice(format!(
                        "{} cannot be read ({why}) and could not be moved aside ({e}); \
                         it is left alone and {} are not saved until it is fixed",
                        self.path.display(),
                        self.format.what
                    ))
                }));
                disk = Disk::Missing;
            }
            drop(lock);
        }
        match disk {
            Disk::Missing | Disk::Damaged(_) => {
                self.disk = T::default();
                self.newer = None;
            }
            Disk::Current(records) => {
                self.disk = records;
                self.newer = None;
            }
            Disk::Newer(version, records) => {
                if self.newer.is_none() {
                    notices.push(Notice(format!(
                        "{} is from a newer readout (format version {version}); \
                         {} are read-only",
                        self.path.display(),
                        self.format.what
                    )));
                }
                self.disk = records;
                self.newer = Some(version);
            }
        }
        notices
    }

    /// Under the lock, re-reads the file, lets `merge` apply this process's
    /// changes to what is on disk, and replaces the file atomically. On
    /// `Ok` the records are the merged ones; on `Err` nothing was written.
    pub fn save(&mut self, merge: impl FnOnce(&mut T)) -> Result<(), SaveError> {
        if let Some(version) = self.newer {
            return Err(self.newer_error(version));
        }
        fs::create_dir_all(&self.dir).map_err(|e| self.write_error(e))?;
        let lock = self.lock().map_err(|e| self.write_error(e))?;
        let mut records = match self.read() {
            Disk::Missing => T::default(),
            Disk::Current(records) => records,
            Disk::Newer(version, records) => {
                self.newer = Some(version);
                self.disk = records;
                return Err(self.newer_error(version));
            }
            Disk::Damaged(why) => {
                let notice = self.move_aside(&why).map_err(|source| SaveError::Corrupt {
                    what: self.format.what,
                    path: self.path.clone(),
                    source,
                })?;
                self.notices.push(notice);
                // Damaged since this process read it: what it holds is the
                // best copy there is, and is written back.
                self.disk.clone()
            }
        };
        self.remove_stale_temps();
        merge(&mut records);
        // Through a symbolic link (files kept with dotfiles), replace the
        // file it points to, in that file's folder, and keep the link.
        let target = fs::canonicalize(&self.path).unwrap_or_else(|_| self.path.clone());
        let target_dir = target.parent().unwrap_or(&self.dir);
        let body = Body {
            format: self.format,
            records: &records,
        };
        let written = serde_json::to_vec_pretty(&body)
            .map_err(io::Error::other)
            .and_then(|mut json| {
                json.push(b'\n');
                write_atomically(target_dir, &target, &self.temp_prefix(), &json)
            });
        drop(lock);
        written.map_err(|e| self.write_error(e))?;
        self.disk = records;
        Ok(())
    }

    /// A failed write of this file.
    fn write_error(&self, source: io::Error) -> SaveError {
        SaveError::Write {
            what: self.format.what,
            path: self.path.clone(),
            source,
        }
    }

    /// This file, from a newer readout.
    fn newer_error(&self, version: u32) -> SaveError {
        SaveError::NewerVersion {
            path: self.path.clone(),
            version,
            known: self.format.version,
        }
    }

    /// Reads and parses the file.
    fn read(&self) -> Disk<T> {
        match super::atomic::read_regular(&self.path) {
            Ok(bytes) => parse(&bytes, self.format),
            // No file (or no folder: something else stands where it should be).
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
                ) =>
            {
                Disk::Missing
            }
            Err(e) => Disk::Damaged(e.to_string()),
        }
    }

    /// Takes the exclusive lock on `<name>.lock`, waiting for it. Released
    /// when the returned file is dropped (or the process dies).
    fn lock(&self) -> io::Result<File> {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.dir.join(format!("{}.lock", self.format.name)))?;
        file.lock()?;
        Ok(file)
    }

    /// Renames the damaged file to `<name>.corrupt-<time>` and says where.
    fn move_aside(&self, why: &str) -> io::Result<Notice> {
        let stamp = clock::compact(SystemTime::now());
        let name = self.format.name;
        let mut n = 1;
        let target = loop {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            let candidate = self.dir.join(format!("{name}.corrupt-{stamp}{suffix}"));
            if fs::symlink_metadata(&candidate).is_err() {
                break candidate;
            }
            n += 1;
        };
        fs::rename(&self.path, &target)?;
        // The move happened; making it durable is best effort.
        let _ = sync_dir(&self.dir);
        Ok(Notice(format!(
            "{} could not be read ({why}); it was moved to {} and {} start empty",
            self.path.display(),
            target.display(),
            self.format.what
        )))
    }

    /// Prefix of temporary files, so stale ones (from a killed writer) can
    /// be recognised and removed.
    fn temp_prefix(&self) -> String {
        format!(".{}.tmp-", self.format.name)
    }

    /// Deletes temporary files left by writers that were killed mid-save.
    /// Called under the lock, when no other writer can be using one.
    fn remove_stale_temps(&self) {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return;
        };
        let prefix = self.temp_prefix();
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with(&prefix) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

/// Parses a file's bytes: a current file strictly, a newer one leniently
/// (whatever records can be read).
pub fn parse<T: Records>(bytes: &[u8], format: Format) -> Disk<T> {
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(value) => value,
        Err(e) => return Disk::Damaged(format!("not valid JSON: {e}")),
    };
    let Some(version) = value
        .get("version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
    else {
        return Disk::Damaged("no format version".to_string());
    };
    let records = value.get(format.key);
    if version > format.version {
        return Disk::Newer(version, records.map(T::read_leniently).unwrap_or_default());
    }
    let Some(records) = records else {
        return Disk::Damaged(format!("missing field `{}`", format.key));
    };
    match T::deserialize(records) {
        Ok(records) => Disk::Current(records),
        Err(e) => Disk::Damaged(format!("in `{}`: {e}", format.key)),
    }
}

/// The file's layout, version first.
struct Body<'a, T> {
    format: Format,
    records: &'a T,
}

impl<T: Serialize> Serialize for Body<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("version", &self.format.version)?;
        map.serialize_entry(self.format.key, self.records)?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    const FORMAT: Format = Format {
        name: "things.json",
        key: "things",
        version: 1,
        what: "things",
    };

    /// An item with one required field.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    struct Item {
        id: String,
    }

    #[test]
    fn parse_needs_a_version_and_the_records() {
        // Damaged and current files of a known format are tested with the
        // bookmarks store; these are the cases it does not reach.
        let parse = |bytes: &[u8]| parse::<Vec<Item>>(bytes, FORMAT);
        assert!(matches!(parse(br#"{"things":[]}"#), Disk::Damaged(_)));
        assert!(matches!(parse(br#"{"version":"1"}"#), Disk::Damaged(_)));
        assert!(matches!(parse(br#"{"version":1}"#), Disk::Damaged(why) if why.contains("things")));
        assert!(matches!(
            parse(br#"{"version":7,"things":[{"id":1},{"id":"a"}]}"#),
            Disk::Newer(7, l) if l == [Item { id: "a".into() }]
        ));
        assert!(matches!(parse(br#"{"version":7}"#), Disk::Newer(7, l) if l.is_empty()));
    }

    #[test]
    fn maps_are_read_leniently_entry_by_entry() {
        let value = serde_json::json!({"a": {"id": "x"}, "b": {"id": 2}});
        let map = BTreeMap::<String, Item>::read_leniently(&value);
        assert_eq!(map.len(), 1);
        assert_eq!(map["a"], Item { id: "x".into() });
    }

    #[test]
    fn the_file_puts_its_version_first() {
        let records = vec![Item { id: "a".into() }];
        let body = Body {
            format: FORMAT,
            records: &records,
        };
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"version":1,"things":[{"id":"a"}]}"#
        );
    }
}
