//! The reading state file on a real file system: round trips, two writers,
//! damaged and newer files, folders that cannot be made.

use std::path::Path;
use std::time::Duration;

use readout::archive::persist::SaveError;
use readout::corpus::TextPos;
use readout::reading::{ReadingEntry, ReadingStore};

/// The file's releases, by id, checking its layout on the way.
fn file_entries(dir: &Path) -> serde_json::Map<String, serde_json::Value> {
    let text = std::fs::read_to_string(dir.join("reading.json")).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["version"], 1);
    value["releases"].as_object().unwrap().clone()
}

/// Files in `dir` whose name starts with `prefix`.
fn named(dir: &Path, prefix: &str) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .collect()
}

#[test]
fn reading_state_survives_a_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, notices) = ReadingStore::open(dir.path());
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(store.path(), dir.path().join("reading.json"));
    store.set_position("0123456789ab", TextPos::new(3, 17));
    store.set_read("0123456789ab", true);
    store.set_position("ba9876543210", TextPos::new(1, 0));
    store.save().unwrap();
    assert!(!store.has_unsaved());
    assert!(store.take_notices().is_empty());

    let (again, notices) = ReadingStore::open(dir.path());
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(
        again.get("0123456789ab"),
        store.get("0123456789ab"),
        "same entry, same time"
    );
    let first = again.get("0123456789ab").unwrap();
    assert!(first.read);
    assert_eq!(first.position, TextPos::new(3, 17));
    assert!(!again.is_read("ba9876543210"));
    assert_eq!(
        again.get("ba9876543210").unwrap().position,
        TextPos::new(1, 0)
    );
    assert_eq!(again.get("unknown"), None);
    let entries = file_entries(dir.path());
    assert_eq!(entries.len(), 2);
    assert_eq!(
        entries["0123456789ab"]["position"],
        serde_json::json!({"paragraph": 3, "offset": 17})
    );
    assert!(named(dir.path(), ".reading.json.tmp-").is_empty());
}

#[test]
fn two_stores_keep_each_others_releases() {
    let dir = tempfile::tempdir().unwrap();
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let dir = dir.path().to_path_buf();
            std::thread::spawn(move || {
                let (mut store, _) = ReadingStore::open(&dir);
                for i in 0..300 {
                    let id = format!("w{w}-{i:03}");
                    store.set_position(&id, TextPos::new(i, w));
                    store.set_read(&id, i % 2 == 0);
                    if i % 25 == 24 {
                        store.save().unwrap();
                    }
                }
                store.save().unwrap();
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let entries = file_entries(dir.path());
    assert_eq!(entries.len(), 600);
    let (store, _) = ReadingStore::open(dir.path());
    for w in 0..2 {
        for i in 0..300 {
            let entry = store.get(&format!("w{w}-{i:03}")).unwrap();
            assert_eq!(entry.position, TextPos::new(i, w));
            assert_eq!(entry.read, i % 2 == 0);
        }
    }
}

#[test]
fn two_stores_saving_one_after_the_other_keep_600_releases() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, _) = ReadingStore::open(dir.path());
    let (mut b, _) = ReadingStore::open(dir.path());
    for i in 0..300 {
        a.set_read(&format!("a{i}"), true);
        b.set_position(&format!("b{i}"), TextPos::new(i, 0));
    }
    a.save().unwrap();
    b.save().unwrap();
    assert_eq!(file_entries(dir.path()).len(), 600);
    // Each store sees the other's releases after its own save.
    assert!(b.is_read("a7"));
    a.set_read("a7", false);
    a.save().unwrap();
    assert_eq!(a.get("b9").unwrap().position, TextPos::new(9, 0));
    assert_eq!(file_entries(dir.path()).len(), 600);
}

#[test]
fn the_newer_change_to_a_release_wins_whichever_saves_last() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, _) = ReadingStore::open(dir.path());
    let (mut b, _) = ReadingStore::open(dir.path());
    a.set_position("old-saved-last", TextPos::new(1, 0));
    b.set_position("old-saved-first", TextPos::new(1, 0));
    // `updated` counts seconds.
    std::thread::sleep(Duration::from_millis(1100));
    b.set_position("old-saved-last", TextPos::new(2, 0));
    b.set_read("old-saved-last", true);
    a.set_position("old-saved-first", TextPos::new(2, 0));

    b.save().unwrap();
    a.save().unwrap();

    let (store, _) = ReadingStore::open(dir.path());
    let newer = store.get("old-saved-last").unwrap();
    assert_eq!(newer.position, TextPos::new(2, 0), "b's newer change");
    assert!(newer.read);
    assert_eq!(
        store.get("old-saved-first").unwrap().position,
        TextPos::new(2, 0),
        "a's newer change"
    );
    // The store whose change lost sees the winner after its save.
    assert_eq!(a.get("old-saved-last"), Some(newer));
    assert!(!a.has_unsaved());
}

#[test]
fn a_damaged_file_is_moved_aside_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let original = b"{\"version\": 1, \"releases\": {\"0123\": {\"read\": tr";
    std::fs::write(dir.path().join("reading.json"), original).unwrap();
    let (mut store, notices) = ReadingStore::open(dir.path());
    assert_eq!(store.get("0123"), None);
    assert_eq!(notices.len(), 1, "{notices:?}");
    let aside = named(dir.path(), "reading.json.corrupt-");
    assert_eq!(aside.len(), 1);
    let name = aside[0].file_name().unwrap().to_string_lossy().into_owned();
    let stamp = name.trim_start_matches("reading.json.corrupt-");
    assert_eq!(stamp.len(), "20261124T174000Z".len(), "{name}");
    assert!(
        notices[0].0.contains(&aside[0].display().to_string()),
        "{notices:?}"
    );
    assert_eq!(std::fs::read(&aside[0]).unwrap(), original);
    assert!(!dir.path().join("reading.json").exists());
    // The store carries on, empty, and saves normally.
    store.set_read("0123", true);
    store.save().unwrap();
    assert_eq!(file_entries(dir.path()).len(), 1);
    assert_eq!(std::fs::read(&aside[0]).unwrap(), original);
}

#[test]
fn a_file_damaged_behind_the_stores_back_is_moved_aside_and_what_the_store_holds_written_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = ReadingStore::open(dir.path());
    store.set_read("kept", true);
    store.save().unwrap();
    std::fs::write(dir.path().join("reading.json"), b"[1, 2").unwrap();
    store.set_read("new", true);
    store.save().unwrap();
    let notices = store.take_notices();
    assert_eq!(notices.len(), 1, "{notices:?}");
    let aside = named(dir.path(), "reading.json.corrupt-");
    assert_eq!(aside.len(), 1);
    assert!(
        notices[0].0.contains(&aside[0].display().to_string()),
        "{notices:?}"
    );
    assert_eq!(std::fs::read(&aside[0]).unwrap(), b"[1, 2");
    // What the store held is written back with the new entry.
    assert_eq!(file_entries(dir.path()).len(), 2);
    assert!(store.take_notices().is_empty(), "each notice once");
}

#[test]
fn a_file_from_a_newer_readout_is_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let file = serde_json::json!({
        "version": 2,
        "releases": {
            "known": {"read": true, "position": {"paragraph": 5, "offset": 2}, "updated": 7, "colour": "blue"},
            "unknown-shape": {"read": "yes"}
        },
        "shelves": []
    });
    let bytes = serde_json::to_vec_pretty(&file).unwrap();
    std::fs::write(dir.path().join("reading.json"), &bytes).unwrap();

    let (mut store, notices) = ReadingStore::open(dir.path());
    assert!(store.is_read_only());
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].0.contains("newer readout"), "{notices:?}");
    assert_eq!(
        store.get("known"),
        Some(ReadingEntry {
            read: true,
            position: TextPos::new(5, 2),
            updated: 7
        })
    );
    assert_eq!(store.get("unknown-shape"), None);

    store.set_read("mine", true);
    store.set_position("known", TextPos::new(6, 0));
    let error = store.save().unwrap_err();
    assert!(matches!(error, SaveError::NewerVersion { version: 2, .. }));
    let message = error.to_string();
    assert!(message.contains("newer readout"), "{message}");
    assert!(
        message.contains(&dir.path().join("reading.json").display().to_string()),
        "{message}"
    );
    assert!(store.has_unsaved(), "kept in memory");
    assert!(store.is_read("mine"));
    assert_eq!(store.get("known").unwrap().position, TextPos::new(6, 0));
    assert!(store.save().is_err());
    assert_eq!(
        std::fs::read(dir.path().join("reading.json")).unwrap(),
        bytes
    );
}

#[test]
fn a_folder_that_cannot_be_made_keeps_entries_in_memory() {
    // Works even as root: a file stands where the folder should be.
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, b"").unwrap();
    let data = blocker.join("readout");
    let (mut store, notices) = ReadingStore::open(&data);
    assert!(notices.is_empty(), "{notices:?}");
    store.set_position("waiting", TextPos::new(8, 3));
    store.set_read("waiting", true);
    let error = store.save().unwrap_err();
    assert!(matches!(error, SaveError::Write { .. }), "{error:?}");
    let message = error.to_string();
    assert!(
        message.starts_with(&format!(
            "could not save reading positions to {}: ",
            data.join("reading.json").display()
        )),
        "{message}"
    );
    assert!(
        message.ends_with("(kept in memory; will retry)"),
        "{message}"
    );
    assert!(!message.contains('\n'), "{message}");
    assert!(store.has_unsaved());
    assert!(store.is_read("waiting"));
    assert_eq!(store.get("waiting").unwrap().position, TextPos::new(8, 3));
    assert!(store.save().is_err());
    assert!(store.has_unsaved());

    // Once the folder can be made, the retry saves everything.
    std::fs::remove_file(&blocker).unwrap();
    store.save().unwrap();
    assert!(!store.has_unsaved());
    assert!(file_entries(&data)["waiting"]["read"].as_bool().unwrap());
}

#[test]
fn reading_state_and_bookmarks_share_a_folder_without_touching_each_other() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bookmarks.json"), b"damaged bookmarks").unwrap();
    let (mut store, notices) = ReadingStore::open(dir.path());
    assert!(notices.is_empty(), "{notices:?}");
    store.set_read("a", true);
    store.save().unwrap();
    assert_eq!(
        std::fs::read(dir.path().join("bookmarks.json")).unwrap(),
        b"damaged bookmarks"
    );
    assert!(dir.path().join("reading.json.lock").exists());
    assert!(!dir.path().join("bookmarks.json.lock").exists());
}

#[cfg(unix)]
#[test]
fn the_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = ReadingStore::open(dir.path());
    store.set_read("a", true);
    store.save().unwrap();
    let mode = std::fs::metadata(store.path())
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}
