//! The bookmarks file on a real file system: round trips, several writers,
//! damaged and newer files, folders that cannot be written.

use std::path::Path;

use readout::archive::persist::SaveError;
use readout::bookmarks::Store;
use readout::bookmarks::model::{self, Bookmark};
use readout::corpus::TextPos;

fn bookmark(passage: &str) -> Bookmark {
    let now = readout::archive::clock::now();
    Bookmark {
        id: model::new_id(),
        release: "0123456789ab".into(),
        path: "/corpus/a.txt".into(),
        line: Some(3),
        title: "A title".into(),
        date: Some("2026-11-24".into()),
        source: Some("Office".into()),
        url: Some("https://example.org/a".into()),
        hash: model::passage_hash(passage),
        passage: passage.into(),
        start: TextPos::new(1, 0),
        end: TextPos::new(1, passage.len()),
        speaker: Some("Rep. Bice".into()),
        note: "why this matters".into(),
        created: now.clone(),
        updated: now,
    }
}

fn file_ids(dir: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("bookmarks.json")).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["version"], 1);
    value["bookmarks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn bookmarks_survive_a_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, notices) = Store::open(dir.path());
    assert!(notices.is_empty(), "{notices:?}");
    assert!(store.bookmarks().is_empty());
    let a = bookmark("First passage.");
    let b = bookmark("Second passage.\n\nWith two paragraphs.");
    store.add(a.clone()).unwrap();
    store.add(b.clone()).unwrap();
    store.set_note(&a.id, "new note".into()).unwrap();
    assert!(!store.has_unsaved());

    let (again, notices) = Store::open(dir.path());
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(again.bookmarks().len(), 2);
    assert_eq!(again.get(&b.id), Some(&b));
    assert_eq!(again.get(&a.id).unwrap().note, "new note");
    assert_eq!(again.path(), dir.path().join("bookmarks.json"));

    let mut store = again;
    let removed = store.remove(&a.id).unwrap().unwrap();
    assert_eq!(removed.id, a.id);
    assert_eq!(Store::open(dir.path()).0.bookmarks().len(), 1);
    store.restore(removed).unwrap();
    assert_eq!(Store::open(dir.path()).0.bookmarks().len(), 2);
    assert_eq!(store.remove("nope").unwrap(), None);
    assert!(
        !store.set_note("nope", String::new()).unwrap(),
        "no bookmark has that id"
    );
}

#[test]
fn a_missing_folder_is_created_on_first_save() {
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("a/b");
    let (mut store, notices) = Store::open(&nested);
    assert!(notices.is_empty());
    store.add(bookmark("x")).unwrap();
    assert_eq!(file_ids(&nested).len(), 1);
}

#[test]
fn reload_sees_other_stores_and_keeps_unsaved_changes() {
    let dir = tempfile::tempdir().unwrap();
    let (mut one, _) = Store::open(dir.path());
    let (mut two, _) = Store::open(dir.path());
    one.add(bookmark("from one")).unwrap();
    assert_eq!(two.bookmarks().len(), 0);
    assert!(two.reload().is_empty());
    assert_eq!(two.bookmarks().len(), 1);
    // A save merges with what is on disk rather than overwriting it.
    two.add(bookmark("from two")).unwrap();
    one.add(bookmark("from one again")).unwrap();
    assert_eq!(one.bookmarks().len(), 3);
    assert_eq!(file_ids(dir.path()).len(), 3);
}

/// Bookmarks each concurrent store adds: enough for their saves to
/// interleave many times over (each save rewrites the whole file, so the
/// test's time grows with the square of this).
const WRITES: usize = 120;

#[test]
fn two_threads_with_their_own_stores_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let writers: Vec<_> = (0..2)
        .map(|_| {
            let dir = dir.path().to_path_buf();
            std::thread::spawn(move || {
                let (mut store, _) = Store::open(&dir);
                (0..WRITES)
                    .map(|i| {
                        let b = bookmark(&format!("passage {i}"));
                        store.add(b.clone()).unwrap();
                        b.id
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut expected: Vec<String> = writers
        .into_iter()
        .flat_map(|w| w.join().unwrap())
        .collect();
    expected.sort();
    let mut found = file_ids(dir.path());
    found.sort();
    assert_eq!(found.len(), 2 * WRITES);
    assert_eq!(found, expected);
}

#[test]
fn a_damaged_file_is_moved_aside_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let original = b"{\"version\": 1, \"bookmarks\": [ {\"id\": \"trunc";
    std::fs::write(dir.path().join("bookmarks.json"), original).unwrap();
    let (mut store, notices) = Store::open(dir.path());
    assert!(store.bookmarks().is_empty());
    assert_eq!(notices.len(), 1, "{notices:?}");
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("bookmarks.json.corrupt-")
        })
        .collect();
    assert_eq!(aside.len(), 1);
    let name = aside[0].file_name().unwrap().to_string_lossy().into_owned();
    let stamp = name.trim_start_matches("bookmarks.json.corrupt-");
    assert_eq!(stamp.len(), "20261124T174000Z".len(), "{name}");
    assert!(
        stamp.ends_with('Z') && stamp.as_bytes()[8] == b'T',
        "{name}"
    );
    assert!(
        notices[0].0.contains(&aside[0].display().to_string()),
        "{notices:?}"
    );
    assert_eq!(std::fs::read(&aside[0]).unwrap(), original);
    assert!(!dir.path().join("bookmarks.json").exists());
    // The store carries on, empty, and saves normally.
    store.add(bookmark("after")).unwrap();
    assert_eq!(file_ids(dir.path()).len(), 1);
    assert_eq!(std::fs::read(&aside[0]).unwrap(), original);
}

#[test]
fn a_file_damaged_behind_the_stores_back_is_moved_aside_and_what_the_store_holds_written_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = Store::open(dir.path());
    for i in 0..5 {
        store.add(bookmark(&format!("kept {i}"))).unwrap();
    }
    std::fs::write(dir.path().join("bookmarks.json"), b"not json").unwrap();
    store.add(bookmark("new")).unwrap();
    let notices = store.take_notices();
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].0.contains("corrupt-"), "{notices:?}");
    // The garbage is safe aside; the five the store held and the new one
    // are in the file.
    assert_eq!(file_ids(dir.path()).len(), 6);
    assert_eq!(store.bookmarks().len(), 6);
    let aside = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().contains("corrupt-"))
        .expect("moved aside");
    assert_eq!(std::fs::read(aside.path()).unwrap(), b"not json");
}

#[test]
fn a_file_from_a_newer_readout_is_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let b = bookmark("from the future");
    let mut entry = serde_json::to_value(&b).unwrap();
    entry["colour"] = "blue".into();
    let file = serde_json::json!({"version": 2, "bookmarks": [entry], "shelves": []});
    let bytes = serde_json::to_vec_pretty(&file).unwrap();
    std::fs::write(dir.path().join("bookmarks.json"), &bytes).unwrap();

    let (mut store, notices) = Store::open(dir.path());
    assert!(store.is_read_only());
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].0.contains("newer readout"), "{notices:?}");
    assert_eq!(store.bookmarks(), std::slice::from_ref(&b));

    let added = bookmark("mine");
    let error = store.add(added.clone()).unwrap_err();
    assert!(matches!(error, SaveError::NewerVersion { version: 2, .. }));
    assert!(error.to_string().contains("newer readout"), "{error}");
    assert!(store.get(&added.id).is_some(), "kept in memory");
    assert!(store.has_unsaved());
    assert!(store.remove(&b.id).is_err());
    assert!(store.get(&b.id).is_none(), "removed in memory");
    assert!(store.save().is_err());
    assert_eq!(
        std::fs::read(dir.path().join("bookmarks.json")).unwrap(),
        bytes
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_keeps_bookmarks_in_memory() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = Store::open(dir.path());
    store.add(bookmark("saved")).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = dir.path().join("probe");
    if std::fs::write(&probe, b"").is_ok() {
        let _ = std::fs::remove_file(&probe);
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        eprintln!("skipped: permissions are not enforced here (running as root?)");
        return;
    }
    let b = bookmark("unsaved");
    let error = store.add(b.clone()).unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains(&dir.path().join("bookmarks.json").display().to_string()),
        "{message}"
    );
    assert!(message.contains("kept in memory"), "{message}");
    assert!(store.get(&b.id).is_some());
    assert!(store.has_unsaved());
    assert_eq!(store.bookmarks().len(), 2);
    assert_eq!(file_ids(dir.path()).len(), 1);
    // Once the folder is writable again, the retry saves it.
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    store.save().unwrap();
    assert!(!store.has_unsaved());
    assert_eq!(file_ids(dir.path()).len(), 2);
}

#[test]
fn a_folder_that_cannot_be_made_keeps_bookmarks_in_memory() {
    // Works even as root: a file stands where the folder should be.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("file"), b"").unwrap();
    let data = dir.path().join("file/bookmarks");
    let (mut store, _) = Store::open(&data);
    let b = bookmark("unsaved");
    let message = store.add(b.clone()).unwrap_err().to_string();
    assert!(
        message.starts_with(&format!(
            "could not save bookmarks to {}: ",
            data.join("bookmarks.json").display()
        )),
        "{message}"
    );
    assert!(
        message.ends_with("(kept in memory; will retry)"),
        "{message}"
    );
    assert_eq!(store.bookmarks(), std::slice::from_ref(&b));
    assert!(store.has_unsaved());
    assert!(store.save().is_err());
    assert!(store.has_unsaved());
}

#[cfg(unix)]
#[test]
fn a_damaged_file_that_cannot_be_moved_is_left_alone() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bookmarks.json");
    std::fs::write(&file, b"damaged").unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = dir.path().join("probe");
    let enforced = std::fs::write(&probe, b"").is_err();
    let _ = std::fs::remove_file(&probe);
    if enforced {
        let (mut store, notices) = Store::open(dir.path());
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(
            notices[0].0.contains("could not be moved aside"),
            "{notices:?}"
        );
        assert!(store.add(bookmark("new")).is_err());
        assert_eq!(std::fs::read(&file).unwrap(), b"damaged");
    } else {
        eprintln!("skipped: permissions are not enforced here (running as root?)");
    }
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn unsaved_changes_survive_a_reload_and_are_saved_on_retry() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("data");
    std::fs::write(&blocker, b"").unwrap();
    let (mut store, _) = Store::open(&blocker);
    let b = bookmark("waiting");
    assert!(store.add(b.clone()).is_err());
    assert!(store.reload().is_empty());
    assert_eq!(store.bookmarks(), std::slice::from_ref(&b));
    assert!(store.has_unsaved());

    std::fs::remove_file(&blocker).unwrap();
    store.save().unwrap();
    assert!(!store.has_unsaved());
    assert_eq!(file_ids(&blocker), [b.id]);
}

#[cfg(unix)]
#[test]
fn a_linked_file_is_written_through_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let real = elsewhere.path().join("my-bookmarks.json");
    std::fs::write(&real, br#"{"version": 1, "bookmarks": []}"#).unwrap();
    std::os::unix::fs::symlink(&real, dir.path().join("bookmarks.json")).unwrap();
    let (mut store, notices) = Store::open(dir.path());
    assert!(notices.is_empty(), "{notices:?}");
    store.add(bookmark("linked")).unwrap();
    let link = std::fs::symlink_metadata(dir.path().join("bookmarks.json")).unwrap();
    assert!(link.file_type().is_symlink(), "the link is kept");
    assert_eq!(file_ids(dir.path()).len(), 1);
    assert!(std::fs::read_to_string(&real).unwrap().contains("linked"));
}
