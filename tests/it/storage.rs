//! Storage on disk: round trips, corrupt files, migration, changes by someone else, first run.

use rights_desk::core::directory::Directory;
use rights_desk::core::directory::contact::{Contact, Phone};
use rights_desk::core::store::{self, StoreError};
use std::fs;

fn bundled() -> Directory {
    let (contacts, _) =
        store::parse_directory(store::BUNDLED_DIRECTORY, std::path::Path::new("bundled"))
            .expect("bundled directory parses");
    Directory::new(contacts)
}

#[test]
fn save_then_load_gives_the_same_directory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("directory.ron");
    let mut d = bundled();
    let tricky = Contact {
        // (A name cannot hold a line break: the notes carry one.)
        name: "Centro \"Ñandú\" — #panic() *x* \\ (test)".into(),
        notes: "emoji 🙂, Tiếng Việt, العربية, 中文\nsecond line".into(),
        phones: smallvec::smallvec![Phone {
            number: "+52 55 1234 5678".into(),
            ..Phone::default()
        }],
        ..Contact::default()
    };
    d.add(tricky, jiff::Timestamp::now()).expect("add");
    store::save_directory(&path, &d, None).expect("save");
    let loaded = store::load_directory(&path).expect("load");
    assert_eq!(loaded.directory, d);
    assert!(loaded.warnings.is_empty());
    assert_eq!(loaded.migrated_from, None);
}

#[test]
fn bundled_contacts_are_unverified_with_sources() {
    let d = bundled();
    assert_eq!(d.len(), 15);
    for c in d.contacts() {
        assert_eq!(c.verified_on, None, "{} ships unverified", c.name);
        assert!(!c.source.is_empty(), "{} has a source", c.name);
        assert!(c.warnings().is_empty(), "{}: {:?}", c.name, c.warnings());
    }
    let ag = d.get("nmdoj").expect("AG");
    assert_eq!(ag.phones[0].number, "505-490-4060");
}

#[test]
fn a_corrupt_file_is_reported_with_line_and_column_and_left_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("directory.ron");
    let text = "(\n  version: 2,\n  contacts: [\n    (id: \"a\", name: \"A\",, )\n  ],\n)\n";
    fs::write(&path, text).expect("write");
    let before = fs::read(&path).expect("read");
    let err = store::load_directory(&path).expect_err("corrupt");
    let (line, column) = err.position().expect("has a position");
    assert_eq!(line, 4);
    assert!(column > 1);
    assert!(err.to_string().contains(":4:"), "{err}");
    // Nothing may have touched the file or its folder.
    assert_eq!(fs::read(&path).expect("read"), before);
    let names: Vec<_> = fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names.len(), 1, "no backup or temp files: {names:?}");
    // First-run setup must not replace it either.
    assert!(!store::ensure_directory_file(&path).expect("exists"));
    assert_eq!(fs::read(&path).expect("read"), before);
}

#[test]
fn an_older_version_migrates() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("old.ron");
    fs::copy("tests/fixtures/directory-v1.ron", &path).expect("copy");
    let loaded = store::load_directory(&path).expect("v1 loads");
    assert_eq!(loaded.migrated_from, Some(1));
    let c = loaded.directory.get("legacy-1").expect("contact");
    assert_eq!(c.phones[0].number, "575-555-0100");
    assert_eq!(c.address.city, "Las Cruces");
    assert_eq!(c.counties.to_vec(), vec!["Doña Ana".to_string()]);
    assert_eq!(
        c.verified_on.map(|d| d.to_string()).as_deref(),
        Some("2026-03-01")
    );
    // Saving writes the current version; the old file is kept as a backup.
    store::save_directory(&path, &loaded.directory, Some(&loaded.fingerprint)).expect("save");
    let again = store::load_directory(&path).expect("load");
    assert_eq!(again.migrated_from, None);
    assert_eq!(again.directory, loaded.directory);
    assert_eq!(store::backups(&path).len(), 1);
}

#[test]
fn a_newer_version_is_refused_not_overwritten() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("directory.ron");
    fs::write(&path, "(version: 99, contacts: [])").expect("write");
    assert!(matches!(
        store::load_directory(&path),
        Err(StoreError::TooNew { found: 99, .. })
    ));
}

#[test]
fn a_change_on_disk_is_detected_before_saving() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("directory.ron");
    store::save_directory(&path, &bundled(), None).expect("save");
    let loaded = store::load_directory(&path).expect("load");

    // Touching without changing is not a conflict.
    let same = fs::read(&path).expect("read");
    fs::write(&path, &same).expect("rewrite");
    assert!(!store::changed_on_disk(&path, &loaded.fingerprint));

    // A colleague saves a change.
    let mut theirs = loaded.directory.clone();
    theirs.delete("nmdoj").expect("delete");
    store::save_directory(&path, &theirs, None).expect("their save");

    let mut mine = loaded.directory.clone();
    mine.mark_verified("nmilc", jiff::civil::date(2026, 11, 27))
        .expect("verify");
    let err = store::save_directory(&path, &mine, Some(&loaded.fingerprint))
        .expect_err("must not overwrite");
    assert!(matches!(err, StoreError::ChangedOnDisk { .. }));
    // Their change is still there.
    let now = store::load_directory(&path).expect("load");
    assert!(now.directory.get("nmdoj").is_none());
}

#[test]
fn first_run_creates_the_directory_and_later_runs_keep_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("sub").join("directory.ron");
    assert!(store::ensure_directory_file(&path).expect("create"));
    let mut d = store::load_directory(&path).expect("load").directory;
    assert_eq!(d.len(), 15);
    d.delete("nmdoj").expect("delete");
    store::save_directory(&path, &d, None).expect("save");
    assert!(!store::ensure_directory_file(&path).expect("exists"));
    assert_eq!(
        store::load_directory(&path).expect("load").directory.len(),
        14
    );
}
