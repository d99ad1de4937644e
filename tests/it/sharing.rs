//! Sharing the directory between desktops: the merge's properties, the sync programs' conflict
//! copies found and merged (files written the way the app writes them), the merge base, the
//! command line's `merge`, and the window's merge screen.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use proptest::prelude::*;
use rights_desk::core::directory::Directory;
use rights_desk::core::directory::contact::Field;
use rights_desk::core::directory::contact::{Contact, Phone};
use rights_desk::core::directory::tombstone::Tombstone;
use rights_desk::core::sharing::conflict_copy::{self, SyncTool};
use rights_desk::core::sharing::merge::{self, Choices, Conflict, Merge, Side};
use rights_desk::core::store;
use rights_desk::core::workspace::copies;
use rights_desk::core::workspace::paths::DataPaths;
use rights_desk::core::workspace::session::Session;
use rights_desk::ui::RightsDeskApp;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

fn at(second: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_790_000_000 + second).expect("valid")
}

fn contact(id: &str, name: &str, second: i64) -> Contact {
    Contact {
        id: id.into(),
        name: name.into(),
        updated_at: Some(at(second).into()),
        updated_by: "base@OFFICE".into(),
        ..Contact::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Properties of the merge
// ---------------------------------------------------------------------------------------------

/// One side's change to a base contact.
#[derive(Debug, Clone)]
enum Op {
    Keep,
    Name(u8),
    Notes(u8),
    AddPhone(u8),
    DropPhones,
    Delete,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => Just(Op::Keep),
        2 => (0u8..3).prop_map(Op::Name),
        2 => (0u8..3).prop_map(Op::Notes),
        2 => (0u8..3).prop_map(Op::AddPhone),
        1 => Just(Op::DropPhones),
        1 => Just(Op::Delete),
    ]
}

/// A side: its contacts, its tombstones, and one contact of its own.
fn side(base: &[Contact], ops: &[(Op, i64)], who: &str, extra: Option<i64>) -> Directory {
    let mut contacts = Vec::new();
    let mut tombstones = Vec::new();
    for (c, (op, when)) in base.iter().zip(ops) {
        let mut c = c.clone();
        let stamp = |c: &mut Contact| {
            c.updated_at = Some(at(*when).into());
            c.updated_by = format!("{who}@DESK").into();
        };
        match op {
            Op::Keep => {}
            Op::Name(v) => {
                c.name = format!("name {v}").into();
                stamp(&mut c);
            }
            Op::Notes(v) => {
                c.notes = format!("notes {v}").into();
                stamp(&mut c);
            }
            Op::AddPhone(v) => {
                c.phones.push(Phone {
                    number: format!("505-555-01{v}0").into(),
                    ..Phone::default()
                });
                stamp(&mut c);
            }
            Op::DropPhones => {
                c.phones.clear();
                stamp(&mut c);
            }
            Op::Delete => {
                tombstones.push(Tombstone {
                    id: c.id.to_string(),
                    deleted_at: at(*when),
                    deleted_by: format!("{who}@DESK"),
                    versions: Vec::new(),
                });
                continue;
            }
        }
        contacts.push(c);
    }
    if let Some(when) = extra {
        contacts.push(contact(
            &format!("new-{who}"),
            &format!("New at {who}"),
            when,
        ));
    }
    Directory::new(contacts).with_tombstones(&tombstones)
}

fn base_contacts(n: usize) -> Vec<Contact> {
    (0..n)
        .map(|i| {
            let mut c = contact(&format!("c{i}"), &format!("Contact {i}"), 0);
            c.phones.push(Phone {
                number: "505-555-0100".into(),
                ..Phone::default()
            });
            c
        })
        .collect()
}

/// A contact with its list fields sorted (the union keeps "mine first"; which side is mine
/// changes only that order), without its lineage (which names this desktop's side first).
fn normalised(mut c: Contact) -> Contact {
    c.based_on = None;
    c.phones.sort_by(|a, b| a.number.cmp(&b.number));
    c.services.sort();
    c.counties.sort();
    c.languages.sort();
    c
}

fn result_of(m: &Merge, choices: &Choices) -> (BTreeMap<String, Contact>, BTreeSet<String>) {
    let (contacts, tombstones) = m.resolve(choices);
    (
        contacts
            .into_iter()
            .map(|c| (c.id.to_string(), normalised(c)))
            .collect(),
        tombstones.into_iter().map(|t| t.id).collect(),
    )
}

fn sides() -> impl Strategy<Value = (Vec<Contact>, Directory, Directory)> {
    (1usize..6).prop_flat_map(|n| {
        (
            prop::collection::vec((op(), 1i64..100), n),
            prop::collection::vec((op(), 1i64..100), n),
            prop::option::of(1i64..100),
            prop::option::of(1i64..100),
        )
            .prop_map(move |(a, b, xa, xb)| {
                let base = base_contacts(n);
                let mine = side(&base, &a, "mine", xa);
                let theirs = side(&base, &b, "theirs", xb);
                (base, mine, theirs)
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn merging_a_side_with_itself_changes_nothing((base, mine, _theirs) in sides()) {
        let base_of = |m: &Contact, _: &Contact| base.iter().find(|b| b.id == m.id).cloned();
        let m = merge::merge(&mine, &mine, &base_of);
        prop_assert!(m.is_clean());
        prop_assert!(m.merged.is_empty());
        let (contacts, _) = m.resolve(&Choices::default());
        prop_assert_eq!(Directory::new(contacts), mine);
    }

    #[test]
    fn merging_is_symmetric_up_to_which_side_is_mine((base, mine, theirs) in sides()) {
        let base_of = |m: &Contact, _: &Contact| base.iter().find(|b| b.id == m.id).cloned();
        let ab = merge::merge(&mine, &theirs, &base_of);
        let ba = merge::merge(&theirs, &mine, &base_of);
        prop_assert_eq!(ab.conflicts.len(), ba.conflicts.len());
        for side in [Side::Mine, Side::Theirs] {
            let other = if side == Side::Mine { Side::Theirs } else { Side::Mine };
            prop_assert_eq!(
                result_of(&ab, &Choices::all(&ab, side)),
                result_of(&ba, &Choices::all(&ba, other))
            );
        }
    }

    #[test]
    fn no_contact_is_lost_unless_a_tombstone_deletes_it((base, mine, theirs) in sides()) {
        let base_of = |m: &Contact, _: &Contact| base.iter().find(|b| b.id == m.id).cloned();
        let m = merge::merge(&mine, &theirs, &base_of);
        let deleted: BTreeSet<&str> = mine
            .tombstones()
            .iter()
            .chain(theirs.tombstones())
            .map(|t| t.id.as_str())
            .collect();
        for side in [Side::Mine, Side::Theirs] {
            let (contacts, tombstones) = result_of(&m, &Choices::all(&m, side));
            for c in mine.contacts().iter().chain(theirs.contacts()) {
                if !deleted.contains(c.id.as_str()) {
                    prop_assert!(contacts.contains_key(c.id.as_str()), "{} lost", c.id);
                }
                // A contact is either there or deleted, never both nor neither.
                prop_assert!(contacts.contains_key(c.id.as_str()) != tombstones.contains(c.id.as_str()));
            }
        }
    }

    #[test]
    fn a_newer_deletion_removes_and_a_newer_edit_is_asked(edited in 1i64..100, deleted in 1i64..100) {
        prop_assume!(edited != deleted);
        let mut c = contact("c", "Contact", edited);
        c.notes = "edited".into();
        let mine = Directory::new(vec![c]);
        let theirs = Directory::default().with_tombstones(&[Tombstone {
            id: "c".into(),
            deleted_at: at(deleted),
            deleted_by: "them@DESK".into(),
            versions: Vec::new(),
        }]);
        for (m, kept_by) in [
            (merge::merge(&mine, &theirs, &|_, _| None), Side::Mine),
            (merge::merge(&theirs, &mine, &|_, _| None), Side::Theirs),
        ] {
            if deleted > edited {
                prop_assert!(m.is_clean());
                let (contacts, tombstones) = m.resolve(&Choices::default());
                prop_assert!(contacts.is_empty());
                prop_assert_eq!(tombstones.len(), 1);
            } else {
                prop_assert_eq!(m.conflicts.len(), 1);
                let is_edit_vs_delete = matches!(
                    &m.conflicts[0],
                    Conflict::EditedAndDeleted { kept_by: k, .. } if *k == kept_by
                );
                prop_assert!(is_edit_vs_delete);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Conflict copies of each sync program, written the way the app writes files
// ---------------------------------------------------------------------------------------------

struct Office {
    _dir: tempfile::TempDir,
    folder: PathBuf,
    state: PathBuf,
}

impl Office {
    fn new() -> Office {
        let dir = tempfile::tempdir().expect("tmp");
        let folder = dir.path().join("Shared folder");
        let state = dir.path().join("this desktop's state");
        std::fs::create_dir_all(&folder).expect("folder");
        Office {
            folder,
            state,
            _dir: dir,
        }
    }

    fn file(&self) -> PathBuf {
        self.folder.join("directory.ron")
    }

    /// Opens the shared file with the base kept in this desktop's own folder.
    fn open(&self) -> Session {
        let mut s = Session::open(&self.file()).expect("opens");
        s.set_base_file(Some(self.state.join("base")));
        s.finish_base_work();
        s
    }
}

/// The office's list as every desktop had it after the last sync.
fn shared_list() -> Vec<Contact> {
    let mut legal = contact("legal-aid", "New Mexico Legal Aid", 0);
    legal.phones.push(Phone {
        number: "1-833-545-4357".into(),
        ..Phone::default()
    });
    legal.hours = "Mon–Fri".into();
    let aclu = contact("aclu-nm", "ACLU of New Mexico", 0);
    let old = contact("old-hotline", "Old hotline", 0);
    vec![legal, aclu, old]
}

/// The other desktop's work on [`shared_list`]: a phone added to Legal Aid, the ACLU's website
/// fixed, a new contact.
fn other_desktops_edits() -> Directory {
    let mut theirs = Directory::new(shared_list());
    let mut legal = theirs.get("legal-aid").cloned().expect("there");
    legal.phones.push(Phone {
        number: "505-768-6100".into(),
        ..Phone::default()
    });
    theirs.update(legal, jiff::Timestamp::now()).expect("edit");
    let mut aclu = theirs.get("aclu-nm").cloned().expect("there");
    aclu.website = "https://www.aclu-nm.org/".into();
    theirs.update(aclu, jiff::Timestamp::now()).expect("edit");
    theirs
        .add(
            contact("", "Centro de Ayuda Doña Ana", 0),
            jiff::Timestamp::now(),
        )
        .expect("add");
    theirs
}

#[test]
fn each_sync_programs_conflict_copy_is_found_and_merged_with_nothing_lost() {
    let names = [
        (
            "directory.sync-conflict-20261128-101010-ABCDEFG.ron",
            SyncTool::Syncthing,
        ),
        (
            "directory (conflicted copy 2026-11-28 101010).ron",
            SyncTool::Nextcloud,
        ),
        (
            "directory (Front Desk's conflicted copy 2026-11-28).ron",
            SyncTool::Dropbox,
        ),
        (
            "directory (Front Desk's conflicted copy 2026-11-28) (1).ron",
            SyncTool::Dropbox,
        ),
        ("directory-DESKTOP-2.ron", SyncTool::OneDrive),
        ("directory (1).ron", SyncTool::GoogleDrive),
    ];
    for (name, tool) in names {
        let office = Office::new();
        store::save_directory(&office.file(), &Directory::new(shared_list()), None).expect("v0");
        let mut session = office.open();

        // This desktop changes the hours of Legal Aid and deletes the old hotline...
        let mut legal = session.contact("legal-aid").cloned().expect("there");
        legal.hours = "Mon–Thu 9–5".into();
        session
            .perform(|d| d.update(legal, jiff::Timestamp::now()))
            .expect("edit");
        session
            .perform(|d| d.delete("old-hotline"))
            .expect("delete");

        // ...while the other desktop, from the same list, added a phone to Legal Aid, fixed
        // the ACLU's website and added a contact. Its file comes back as a conflict copy.
        let theirs = other_desktops_edits();
        let copy_path = office.folder.join(name);
        store::save_directory(&copy_path, &theirs, None).expect("copy written");

        let found = conflict_copy::find(&office.file());
        assert_eq!(found.len(), 1, "{name}: {found:?}");
        assert_eq!(found[0].tool, tool, "{name}");
        let merged = copies::merge_copy(&mut session, &found[0]).expect("reads");
        assert!(
            merged.merge.is_clean(),
            "{name}: {:?}",
            merged.merge.conflicts
        );
        copies::apply(&mut session, &merged, &Choices::default()).expect("applies");

        let on_disk = store::load_directory(&office.file())
            .expect("saved")
            .directory;
        let legal = on_disk.get("legal-aid").expect("kept");
        assert_eq!(legal.hours, "Mon–Thu 9–5", "{name}: this desktop's edit");
        assert_eq!(legal.phones.len(), 2, "{name}: their phone too");
        assert_eq!(
            on_disk.get("aclu-nm").expect("kept").website,
            "https://www.aclu-nm.org/"
        );
        assert!(
            on_disk.get("old-hotline").is_none(),
            "{name}: deletion stays"
        );
        assert!(
            on_disk
                .contacts()
                .iter()
                .any(|c| c.name == "Centro de Ayuda Doña Ana"),
            "{name}: their new contact"
        );
        assert!(!copy_path.exists(), "{name}: the copy left the folder");
        let backups: Vec<String> = std::fs::read_dir(office.folder.join("backups"))
            .expect("backups")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            backups.iter().any(|b| b.ends_with(name)),
            "{name}: moved into backups, not deleted: {backups:?}"
        );
        assert!(conflict_copy::find(&office.file()).is_empty());
        // The whole merge is one undo step.
        session.undo().expect("undo");
        assert!(
            session
                .contact("aclu-nm")
                .expect("there")
                .website
                .is_empty()
        );
        assert_eq!(session.contact("legal-aid").expect("there").phones.len(), 1);
    }
}

#[test]
fn a_copy_of_a_file_with_another_name_is_found_for_that_name() {
    let office = Office::new();
    let file = office.folder.join("contactos.ron");
    store::save_directory(&file, &Directory::new(shared_list()), None).expect("write");
    let copy = office
        .folder
        .join("contactos.sync-conflict-20261128-101010-XYZ1234.ron");
    store::save_directory(&copy, &Directory::new(shared_list()), None).expect("write");
    store::save_directory(
        &office.folder.join("directory (1).ron"),
        &Directory::new(shared_list()),
        None,
    )
    .expect("write");
    let found = conflict_copy::find(&file);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].path, copy);
}

#[test]
fn the_same_field_changed_two_ways_is_asked_and_without_a_base_every_difference_is() {
    let office = Office::new();
    store::save_directory(&office.file(), &Directory::new(shared_list()), None).expect("v0");
    let mut session = office.open();
    let mut legal = session.contact("legal-aid").cloned().expect("there");
    legal.hours = "Mon–Thu".into();
    session
        .perform(|d| d.update(legal, jiff::Timestamp::now()))
        .expect("edit");
    let mut theirs = Directory::new(shared_list());
    let mut legal = theirs.get("legal-aid").cloned().expect("there");
    legal.hours = "Tue–Fri".into();
    legal.notes = "call first".into();
    theirs.update(legal, jiff::Timestamp::now()).expect("edit");
    let copy = office.folder.join("directory (1).ron");
    store::save_directory(&copy, &theirs, None).expect("copy");
    let found = conflict_copy::find(&office.file());
    let merged = copies::merge_copy(&mut session, &found[0]).expect("reads");
    let Conflict::Fields { fields, .. } = &merged.merge.conflicts[0] else {
        panic!("a field conflict: {:?}", merged.merge.conflicts);
    };
    assert_eq!(fields, &vec![Field::Hours], "notes merge by themselves");

    // The same copy on a desktop that never saw the list before: both versions say what they
    // were made from, and the file's backups hold it, so only the real question is asked.
    let mut fresh = Session::open(&office.file()).expect("opens");
    fresh.set_base_file(None);
    let merged = copies::merge_copy(&mut fresh, &found[0]).expect("reads");
    let Conflict::Fields { fields, .. } = &merged.merge.conflicts[0] else {
        panic!("a field conflict");
    };
    assert_eq!(fields, &vec![Field::Hours], "found by lineage");
    // Without the backups either, nothing tells what both started from: every difference is
    // asked, nothing guessed.
    std::fs::remove_dir_all(office.folder.join("backups")).expect("backups");
    let merged = copies::merge_copy(&mut fresh, &found[0]).expect("reads");
    let Conflict::Fields { fields, .. } = &merged.merge.conflicts[0] else {
        panic!("a field conflict");
    };
    assert_eq!(fields, &vec![Field::Hours, Field::Notes]);
    assert_eq!(merged.merge.contacts.len(), 2, "nothing dropped");
}

#[test]
fn when_the_sync_program_makes_this_desktops_version_the_copy_its_edits_still_win() {
    let office = Office::new();
    store::save_directory(&office.file(), &Directory::new(shared_list()), None).expect("v0");
    let mut session = office.open();
    let mut legal = session.contact("legal-aid").cloned().expect("there");
    legal.hours = "Mon–Thu".into();
    session
        .perform(|d| d.update(legal, jiff::Timestamp::now()))
        .expect("edit");
    // The sync program moves this desktop's file aside and puts the other desktop's in place.
    let mine_on_disk = std::fs::read(office.file()).expect("read");
    let copy = office
        .folder
        .join("directory.sync-conflict-20261128-101010-ABCDEFG.ron");
    std::fs::write(&copy, mine_on_disk).expect("copy");
    let mut theirs = Directory::new(shared_list());
    let mut aclu = theirs.get("aclu-nm").cloned().expect("there");
    aclu.notes = "walk-ins Tuesdays".into();
    theirs.update(aclu, jiff::Timestamp::now()).expect("edit");
    store::save_directory(&office.file(), &theirs, None).expect("theirs in place");
    drop(session);

    let mut session = office.open();
    let found = conflict_copy::find(&office.file());
    let merged = copies::merge_copy(&mut session, &found[0]).expect("reads");
    assert!(merged.merge.is_clean(), "{:?}", merged.merge.conflicts);
    copies::apply(&mut session, &merged, &Choices::default()).expect("applies");
    let d = store::load_directory(&office.file())
        .expect("saved")
        .directory;
    assert_eq!(
        d.get("legal-aid").expect("there").hours,
        "Mon–Thu",
        "own edit kept"
    );
    assert_eq!(d.get("aclu-nm").expect("there").notes, "walk-ins Tuesdays");
}

#[test]
fn a_copy_that_cannot_be_read_is_left_alone() {
    let office = Office::new();
    store::save_directory(&office.file(), &Directory::new(shared_list()), None).expect("v0");
    let mut session = office.open();
    let copy = office.folder.join("directory (1).ron");
    std::fs::write(&copy, "(version: 2, contacts: [ (id: ").expect("write");
    let found = conflict_copy::find(&office.file());
    assert!(copies::merge_copy(&mut session, &found[0]).is_err());
    assert!(copy.exists());
}

// ---------------------------------------------------------------------------------------------
// The command line
// ---------------------------------------------------------------------------------------------

fn rights_desk(office: &Office, args: &[&str]) -> (i32, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_rights-desk"))
        .arg("--data-dir")
        .arg(&office.folder)
        .args(args)
        .env(
            rights_desk::core::sharing::merge_base::STATE_DIR_ENV,
            &office.state,
        )
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn the_command_line_merges_what_is_clean_and_exits_2_on_questions() {
    let office = Office::new();
    store::save_directory(&office.file(), &Directory::new(shared_list()), None).expect("v0");
    // Seen once by this desktop (the base).
    let (code, text) = rights_desk(&office, &["merge"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("no conflict copies"), "{text}");

    let mut mine = store::load_directory(&office.file())
        .expect("load")
        .directory;
    let mut legal = mine.get("legal-aid").cloned().expect("there");
    legal.hours = "Mon–Thu".into();
    mine.update(legal, jiff::Timestamp::now()).expect("edit");
    store::save_directory(&office.file(), &mine, None).expect("mine");

    let mut theirs = Directory::new(shared_list());
    let mut legal = theirs.get("legal-aid").cloned().expect("there");
    legal.hours = "Tue–Fri".into();
    theirs.update(legal, jiff::Timestamp::now()).expect("edit");
    let mut aclu = theirs.get("aclu-nm").cloned().expect("there");
    aclu.notes = "walk-ins Tuesdays".into();
    theirs.update(aclu, jiff::Timestamp::now()).expect("edit");
    let copy = office
        .folder
        .join("directory (conflicted copy 2026-11-28 101010).ron");
    store::save_directory(&copy, &theirs, None).expect("copy");

    let (code, text) = rights_desk(&office, &["check", office.file().to_str().expect("utf8")]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("conflict copy made by Nextcloud"), "{text}");

    let (code, text) = rights_desk(&office, &["merge", "--dry-run"]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("merged: ACLU of New Mexico"), "{text}");
    assert!(
        text.contains(
            "conflict: New Mexico Legal Aid — hours: this desktop “Mon–Thu”, the copy “Tue–Fri”"
        ),
        "{text}"
    );
    assert!(text.contains("nothing was written"), "{text}");
    assert!(
        store::load_directory(&office.file())
            .expect("load")
            .directory
            .get("aclu-nm")
            .expect("there")
            .notes
            .is_empty()
    );

    let (code, text) = rights_desk(&office, &["merge"]);
    assert_eq!(code, 2, "{text}");
    let d = store::load_directory(&office.file())
        .expect("load")
        .directory;
    assert_eq!(
        d.get("aclu-nm").expect("there").notes,
        "walk-ins Tuesdays",
        "clean part saved"
    );
    assert_eq!(
        d.get("legal-aid").expect("there").hours,
        "Mon–Thu",
        "question left alone"
    );
    assert!(
        copy.exists(),
        "the copy stays until the question is answered"
    );
    // Asked again, the same question (their version was not taken for the base).
    let (code, text) = rights_desk(&office, &["merge"]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("hours"), "{text}");
}

// ---------------------------------------------------------------------------------------------
// The window
// ---------------------------------------------------------------------------------------------

fn window(office: &Office) -> Harness<'static, RightsDeskApp> {
    let mut app = RightsDeskApp::from_storage(DataPaths::at(&office.folder), None);
    app.work.keep_merge_record_in(office.state.join("base"));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, app: &mut RightsDeskApp| app.main_ui(ui), app);
    h.run_steps(2);
    h.get_by_label("Directory").click();
    h.run_steps(2);
    h
}

#[test]
fn two_new_numbers_can_both_be_kept_on_the_merge_screen() {
    let office = Office::new();
    store::save_directory(&office.file(), &Directory::new(shared_list()), None).expect("v0");
    let number = |n: &str| Phone {
        number: n.into(),
        ..Phone::default()
    };
    // Both desktops replaced Legal Aid's number, each with a different new one.
    let mut seen = office.open();
    let mut legal = seen.contact("legal-aid").cloned().expect("there");
    legal.phones = [number("505-555-0101")].into_iter().collect();
    seen.perform(|d| d.update(legal, jiff::Timestamp::now()))
        .expect("edit");
    drop(seen);
    let mut theirs = Directory::new(shared_list());
    let mut legal = theirs.get("legal-aid").cloned().expect("there");
    legal.phones = [number("505-555-0102")].into_iter().collect();
    theirs.update(legal, jiff::Timestamp::now()).expect("edit");
    let copy = office
        .folder
        .join("directory.sync-conflict-20261128-111111-ABCDEFG.ron");
    store::save_directory(&copy, &theirs, None).expect("copy");

    let mut h = window(&office);
    h.state_mut().look_for_copies_now();
    h.run_steps(2);
    h.get_by_role_and_label(egui::accesskit::Role::RadioButton, "Phones, Keep both")
        .click();
    h.run_steps(2);
    h.get_by_label("Merge").click();
    h.run_steps(3);
    let d = store::load_directory(&office.file())
        .expect("saved")
        .directory;
    let numbers: Vec<String> = d
        .get("legal-aid")
        .expect("there")
        .phones
        .iter()
        .map(|p| p.number.to_string())
        .collect();
    assert_eq!(
        numbers,
        ["505-555-0101", "505-555-0102"],
        "both numbers kept"
    );
}

#[test]
fn the_window_asks_on_the_merge_screen_and_saves_the_choice() {
    let office = Office::new();
    store::save_directory(&office.file(), &Directory::new(shared_list()), None).expect("v0");
    // This desktop has seen the list (its base), then both desktops changed Legal Aid's hours.
    let mut seen = office.open();
    let mut legal = seen.contact("legal-aid").cloned().expect("there");
    legal.hours = "Mon–Thu".into();
    seen.perform(|d| d.update(legal, jiff::Timestamp::now()))
        .expect("edit");
    drop(seen);
    let mut theirs = Directory::new(shared_list());
    let mut legal = theirs.get("legal-aid").cloned().expect("there");
    legal.hours = "Tue–Fri".into();
    legal.updated_by = "frontdesk@DESKTOP-2".into();
    theirs.update(legal, jiff::Timestamp::now()).expect("edit");
    // …and the other desktop changed one more contact, which merges by itself.
    let mut aclu = theirs.get("aclu-nm").cloned().expect("there");
    aclu.notes = "walk-ins Tuesdays".into();
    theirs.update(aclu, jiff::Timestamp::now()).expect("edit");
    let copy = office
        .folder
        .join("directory.sync-conflict-20261128-101010-ABCDEFG.ron");
    store::save_directory(&copy, &theirs, None).expect("copy");

    let mut h = window(&office);
    h.state_mut().look_for_copies_now();
    h.run_steps(2);
    h.get_by_label_contains("Merge the copy made by Syncthing");
    // The screen says which contact merged by itself, and how.
    h.get_by_label_contains("One other contact merged by itself: ACLU of New Mexico (updated).");
    // Legal Aid's hours: this desktop "Mon–Thu", the other copy "Tue–Fri".
    h.get_by_label_contains("Hours, The other copy: Tue–Fri")
        .click();
    h.run_steps(2);
    h.get_by_label("Merge").click();
    h.run_steps(3);
    assert!(h.state().work.desktops().screen.is_none());
    let d = store::load_directory(&office.file())
        .expect("saved")
        .directory;
    assert_eq!(d.get("legal-aid").expect("there").hours, "Tue–Fri");
    assert!(!copy.exists(), "the copy went into backups");
    let notice = h.state().notice.clone().unwrap_or_default();
    assert!(notice.contains("Undo reverses the whole merge"), "{notice}");
}

#[test]
fn the_window_reloads_a_file_changed_elsewhere_and_says_who_else_has_it_open() {
    let office = Office::new();
    store::save_directory(&office.file(), &Directory::new(shared_list()), None).expect("v0");
    let mut h = window(&office);
    // Another desktop has it open...
    let now = jiff::Timestamp::now();
    let other = rights_desk::core::sharing::presence::Presence {
        user: "frontdesk".into(),
        host: "DESKTOP-2".into(),
        pid: 4242,
        since: now,
        seen: now,
        checking: None,
    };
    std::fs::write(
        rights_desk::core::sharing::presence::path_for(&office.file(), "DESKTOP-2"),
        store::to_ron(&other).expect("ron"),
    )
    .expect("presence");
    h.state_mut().look_for_copies_now();
    h.run_steps(2);
    h.get_by_label_contains("Also open on DESKTOP-2 (frontdesk)");
    // ...and saves a change; nothing is unsaved here, so the window takes it at once.
    let mut theirs = store::load_directory(&office.file())
        .expect("load")
        .directory;
    theirs
        .add(
            contact("", "Centro de Ayuda Doña Ana", 0),
            jiff::Timestamp::now(),
        )
        .expect("add");
    std::thread::sleep(std::time::Duration::from_millis(20));
    store::save_directory(&office.file(), &theirs, None).expect("theirs");
    h.state_mut().look_for_copies_now();
    h.run_steps(2);
    h.get_by_label_contains("changed on another desktop");
    h.get_by_role_and_label(egui::accesskit::Role::Row, "Centro de Ayuda Doña Ana");
    // This desktop's own presence file is there while open, gone when closed.
    let own = rights_desk::core::sharing::presence::path_for(
        &office.file(),
        &rights_desk::core::basics::machine::host_name(),
    );
    assert!(own.exists());
    drop(h);
    assert!(!own.exists());
}

#[test]
fn two_desktops_editing_one_contact_at_once_both_win_unless_they_changed_the_same_field() {
    let office = Office::new();
    store::save_directory(&office.file(), &Directory::new(shared_list()), None).expect("v0");
    let mut front = office.open();
    let mut back = office.open();
    let edit = |s: &mut Session, f: &dyn Fn(&mut Contact)| {
        let mut c = s.contact("legal-aid").cloned().expect("there");
        f(&mut c);
        s.perform(|d| d.update(c, jiff::Timestamp::now()))
            .expect("edit");
    };
    edit(&mut front, &|c| c.notes = "call first".into());
    edit(&mut back, &|c| c.hours = "Tue–Fri".into());
    assert!(back.last_save_merged(), "{:?}", back.status());
    let d = store::load_directory(&office.file())
        .expect("load")
        .directory;
    let legal = d.get("legal-aid").expect("there");
    assert_eq!(
        (legal.notes.as_str(), legal.hours.as_str()),
        ("call first", "Tue–Fri")
    );

    // The same field two ways: the save stops, and the merge screen's question is the hours.
    // (The front desk's window took the back office's change as it saw the file change.)
    front.reload_and_reapply().expect("reload");
    edit(&mut front, &|c| c.hours = "Mon–Thu".into());
    edit(&mut back, &|c| c.hours = "Wed only".into());
    assert_eq!(
        back.status(),
        &rights_desk::core::workspace::session::SaveStatus::ChangedOnDisk
    );
    let merged = copies::merge_with_file(&mut back).expect("reads");
    let Conflict::Fields { fields, .. } = &merged.merge.conflicts[0] else {
        panic!("a field conflict: {:?}", merged.merge.conflicts);
    };
    assert_eq!(fields, &vec![Field::Hours]);
    copies::apply(&mut back, &merged, &Choices::default()).expect("applies");
    let d = store::load_directory(&office.file())
        .expect("load")
        .directory;
    assert_eq!(
        d.get("legal-aid").expect("there").hours,
        "Wed only",
        "this desktop's choice"
    );
    assert_eq!(d.get("legal-aid").expect("there").notes, "call first");
    assert!(!back.has_unsaved());

    // A deletion here of a contact the other desktop changed meanwhile is asked.
    front.reload_and_reapply().expect("reload");
    edit(&mut front, &|c| c.notes = "new intake line".into());
    back.perform(|d| d.delete("legal-aid")).expect("delete");
    assert_eq!(
        back.status(),
        &rights_desk::core::workspace::session::SaveStatus::ChangedOnDisk
    );
    let merged = copies::merge_with_file(&mut back).expect("reads");
    assert!(matches!(
        merged.merge.conflicts[0],
        Conflict::EditedAndDeleted {
            kept_by: Side::Theirs,
            ..
        }
    ));
}

/// A desktop whose own state is new (a new computer or profile) has no record of what it
/// wrote: the version it first reads now is not what the other desktop's edit started from, so
/// nothing of its own edit is reverted — with no base, every field that differs is asked (#33).
#[test]
fn a_desktop_with_new_state_never_loses_its_edit_to_a_newer_copy() {
    let office = Office::new();
    // This desktop's edit, saved before its state was lost: hours changed.
    let mut mine = Directory::new(shared_list());
    let mut legal = mine.get("legal-aid").cloned().expect("there");
    legal.hours = "Mon–Thu".into();
    mine.update(legal, jiff::Timestamp::now()).expect("edit");
    store::save_directory(&office.file(), &mine, None).expect("mine");
    // The other desktop, from the list both had, added a phone a moment later.
    std::thread::sleep(std::time::Duration::from_millis(20));
    let mut theirs = Directory::new(shared_list());
    let mut legal = theirs.get("legal-aid").cloned().expect("there");
    legal.phones.push(Phone {
        number: "505-768-6100".into(),
        ..Phone::default()
    });
    theirs.update(legal, jiff::Timestamp::now()).expect("edit");
    let copy = office
        .folder
        .join("directory.sync-conflict-20261202-101010-ABCDEFG.ron");
    store::save_directory(&copy, &theirs, None).expect("copy");
    std::thread::sleep(std::time::Duration::from_millis(20));
    // This desktop, with new state, merges.
    let (code, text) = rights_desk(&office, &["merge"]);
    assert_eq!(code, 2, "asked, not settled by the newer time: {text}");
    assert!(text.contains("hours"), "{text}");
    let d = store::load_directory(&office.file())
        .expect("load")
        .directory;
    assert_eq!(
        d.get("legal-aid").expect("there").hours,
        "Mon–Thu",
        "this desktop's edit kept"
    );
    assert!(
        copy.exists(),
        "the copy stays until the question is answered"
    );
}

/// A conflict copy in the old format (version 1: one phone without a kind, a city, one county,
/// no languages or hours) merges as what it is: what the format cannot hold is not present,
/// never cleared; what it does hold and changed is merged (#33).
#[test]
fn an_old_format_copy_does_not_wipe_what_its_format_lacks() {
    let office = Office::new();
    let mut eoir = contact("eoir", "Immigration court case status line (EOIR)", 0);
    eoir.phones.push(Phone {
        number: "1-800-898-7180".into(),
        kind: rights_desk::core::directory::contact::PhoneKind::Hotline,
        label: "24/7".into(),
    });
    eoir.languages = thin_vec::thin_vec!["en".into(), "es".into()];
    eoir.hours = "24/7".into();
    eoir.counties = smallvec::smallvec!["Statewide".into()];
    eoir.address.street = "1 Court St".into();
    eoir.address.city = "Albuquerque".into();
    store::save_directory(&office.file(), &Directory::new(vec![eoir]), None).expect("v2");
    // Seen once by this desktop (the base).
    let (code, text) = rights_desk(&office, &["merge"]);
    assert_eq!(code, 0, "{text}");
    // An old desktop's copy: the same contact, its notes changed.
    let copy = office
        .folder
        .join("directory (conflicted copy 2026-12-02 101010).ron");
    std::fs::write(
        &copy,
        r#"(
  version: 1,
  contacts: [
    (id: "eoir", name: "Immigration court case status line (EOIR)", phone: "1-800-898-7180", city: "Albuquerque", county: "Statewide", notes: "Needs the A-number."),
  ],
)
"#,
    )
    .expect("copy");
    // Version 1 recorded no edit times, so nothing tells whose notes are newer: that one field
    // is asked. Nothing the old format lacks is asked or touched.
    let (code, text) = rights_desk(&office, &["merge"]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("— notes:"), "{text}");
    for lacked in ["hours", "languages", "phones", "address", "counties"] {
        assert!(
            !text.contains(&format!("{lacked}:")),
            "{lacked} asked: {text}"
        );
    }
    let d = store::load_directory(&office.file())
        .expect("load")
        .directory;
    let c = d.get("eoir").expect("there");
    assert_eq!(c.hours, "24/7", "hours kept");
    assert_eq!(c.languages.len(), 2, "languages kept");
    assert_eq!(
        c.phones[0].kind,
        rights_desk::core::directory::contact::PhoneKind::Hotline,
        "phone kind kept"
    );
    assert_eq!(c.phones[0].label, "24/7");
    assert_eq!(c.address.street, "1 Court St", "street kept");
}

/// Desktops whose `directory.ron` is a link to one shared file meet at one lock, see a sync
/// program's copy made beside the real file, and keep backups and presence files there (#33).
#[cfg(unix)]
#[test]
fn desktops_linking_to_one_shared_file_share_its_lock_copies_and_backups() {
    use rights_desk::core::{sharing::presence, store::lock};
    let office = Office::new();
    store::save_directory(&office.file(), &Directory::new(shared_list()), None).expect("v0");
    let desk = |name: &str| {
        let folder = office.folder.parent().expect("tmp").join(name);
        std::fs::create_dir_all(&folder).expect("desk");
        let link = folder.join("directory.ron");
        std::os::unix::fs::symlink(office.file(), &link).expect("link");
        (folder, link)
    };
    let (folder_a, link_a) = desk("desktop A");
    let (_, link_b) = desk("desktop B");
    let real = lock::lock_path(&office.file());
    assert_eq!(lock::lock_path(&link_a), real);
    assert_eq!(lock::lock_path(&link_b), real);
    // While one desktop holds the lock through its link, the other cannot take it through its
    // own.
    let held =
        lock::WriteLock::acquire(&link_a, std::time::Duration::from_millis(50)).expect("first");
    assert!(
        lock::WriteLock::acquire(&link_b, std::time::Duration::from_millis(50)).is_err(),
        "the second desktop waits"
    );
    drop(held);
    assert_eq!(
        presence::path_for(&link_a, "PC-1").parent(),
        Some(office.folder.as_path())
    );
    // This desktop has read the shared file (its base)…
    let merge_a = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_rights-desk"))
            .arg("--data-dir")
            .arg(&folder_a)
            .arg("merge")
            .env(
                rights_desk::core::sharing::merge_base::STATE_DIR_ENV,
                &office.state,
            )
            .output()
            .expect("runs")
    };
    assert!(merge_a().status.success());
    std::thread::sleep(std::time::Duration::from_millis(20));
    // …then a copy made beside the real file is found and merged through the link.
    let theirs = other_desktops_edits();
    let copy = office
        .folder
        .join("directory.sync-conflict-20261202-101010-ABCDEFG.ron");
    store::save_directory(&copy, &theirs, None).expect("copy");
    assert_eq!(conflict_copy::find(&link_a).len(), 1);
    let out = merge_a();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{text}");
    let d = store::load_directory(&office.file())
        .expect("load")
        .directory;
    assert_eq!(
        d.get("aclu-nm").expect("there").website,
        "https://www.aclu-nm.org/",
        "merged into the real file: {text}"
    );
    assert!(
        std::fs::symlink_metadata(&link_a)
            .expect("link")
            .file_type()
            .is_symlink(),
        "the link stays a link"
    );
    assert!(
        office.folder.join("backups").is_dir(),
        "backups beside the real file"
    );
    assert!(!folder_a.join("backups").exists(), "none beside the link");
}

/// Two copies: the first changes a field cleanly, the second changes the same field another way.
/// The merge asks about the second; a dry run, merging each copy against what the one before it
/// would leave, asks the same and exits the same way (#33).
#[test]
fn a_dry_run_asks_what_the_merge_asks_with_several_copies() {
    let office = Office::new();
    store::save_directory(&office.file(), &Directory::new(shared_list()), None).expect("v0");
    let (code, _) = rights_desk(&office, &["merge"]);
    assert_eq!(code, 0, "seen once: the base");
    for (n, hours) in [(1, "Mon–Thu"), (2, "Tue–Fri")] {
        let mut theirs = Directory::new(shared_list());
        let mut legal = theirs.get("legal-aid").cloned().expect("there");
        legal.hours = hours.into();
        theirs.update(legal, jiff::Timestamp::now()).expect("edit");
        let copy = office.folder.join(format!(
            "directory.sync-conflict-20261202-10101{n}-DESK{n}.ron"
        ));
        store::save_directory(&copy, &theirs, None).expect("copy");
    }
    let before = std::fs::read(office.file()).expect("read");
    let (dry, dry_text) = rights_desk(&office, &["merge", "--dry-run"]);
    assert_eq!(
        std::fs::read(office.file()).expect("read"),
        before,
        "nothing written"
    );
    let (real, real_text) = rights_desk(&office, &["merge"]);
    assert_eq!(real, 2, "{real_text}");
    assert_eq!(dry, real, "the dry run exits as the merge: {dry_text}");
    assert!(
        dry_text.contains("conflict: New Mexico Legal Aid — hours"),
        "{dry_text}"
    );
    // Asked again, and again, until a person answers.
    for _ in 0..2 {
        let (code, text) = rights_desk(&office, &["merge"]);
        assert_eq!(code, 2, "{text}");
        assert!(text.contains("— hours"), "{text}");
    }
}

/// A deletion says which version it removed: a copy still holding that version is deleted
/// even when its clock says the edit is newer, and a copy edited since is asked even when
/// the deleting computer's clock runs ahead (#33).
#[test]
fn deletion_against_edit_is_decided_by_version_not_by_clocks() {
    let start = contact("c", "Contact", 0);
    // The deleting desktop's clock is years ahead; the deletion names the version it saw.
    let mut deleted_here = Directory::new(vec![start.clone()]);
    deleted_here.delete("c").expect("delete");
    let mut tomb = deleted_here.tombstones()[0].clone();
    tomb.deleted_at = at(10_000_000);
    let deletion = Directory::default().with_tombstones(std::slice::from_ref(&tomb));
    // The other desktop edited the contact (an hour "before", by the clocks).
    let mut edited = Directory::new(vec![start.clone()]);
    let mut c = start.clone();
    c.notes = "new intake hours".into();
    edited.update(c, jiff::Timestamp::now()).expect("edit");
    let mut stale = edited.get("c").cloned().expect("there");
    stale.updated_at = Some(at(5).into());
    let edited = Directory::new(vec![stale]);
    let m = merge::merge(&edited, &deletion, &|_, _| None);
    assert!(
        matches!(m.conflicts.as_slice(), [Conflict::EditedAndDeleted { .. }]),
        "asked whatever the clocks say: {:?}",
        m.conflicts
    );
    // A copy still holding the deleted version is deleted.
    let untouched = Directory::new(vec![start]);
    let m = merge::merge(&untouched, &deletion, &|_, _| None);
    assert!(m.is_clean(), "{:?}", m.conflicts);
    let (contacts, tombstones) = m.resolve(&Choices::default());
    assert!(contacts.is_empty());
    assert_eq!(tombstones.len(), 1);
}

/// A desktop merges another's copy (a mix of both); the other desktop then edits a value it
/// got from that merge. Merging its next copy asks nothing: the merged version, which this
/// desktop wrote, is found as the base by lineage (#33: no false questions).
#[test]
fn editing_a_value_got_from_a_merge_asks_nothing() {
    let office = Office::new();
    store::save_directory(&office.file(), &Directory::new(shared_list()), None).expect("v0");
    let mut here = office.open();
    let other_state = office.state.join("other desktop");
    // Here: hours changed; there: a note. Merged here.
    let mut legal = here.contact("legal-aid").cloned().expect("there");
    legal.hours = "Mon–Thu".into();
    here.perform(|d| d.update(legal, jiff::Timestamp::now()))
        .expect("edit");
    let mut theirs = Directory::new(shared_list());
    let mut legal = theirs.get("legal-aid").cloned().expect("there");
    legal.notes = "call first".into();
    theirs.update(legal, jiff::Timestamp::now()).expect("edit");
    let copy = office.folder.join("directory (1).ron");
    store::save_directory(&copy, &theirs, None).expect("copy");
    let merged =
        copies::merge_copy(&mut here, &conflict_copy::find(&office.file())[0]).expect("reads");
    assert!(merged.merge.is_clean(), "{:?}", merged.merge.conflicts);
    copies::apply(&mut here, &merged, &Choices::default()).expect("applies");
    assert!(!copy.exists(), "retired");
    // The other desktop gets the merged file and edits the hours it got from it; meanwhile
    // this desktop edits the email.
    let mut there = Session::open(&office.file()).expect("opens");
    there.set_base_file(Some(other_state));
    there.finish_base_work();
    let mut legal = there.contact("legal-aid").cloned().expect("there");
    legal.hours = "Mon–Wed".into();
    let now = jiff::Timestamp::now();
    let mut theirs = there.directory().clone();
    theirs.update(legal, now).expect("edit");
    drop(there);
    let mut legal = here.contact("legal-aid").cloned().expect("there");
    legal.email = "intake@example.org".into();
    here.perform(|d| d.update(legal, jiff::Timestamp::now()))
        .expect("edit");
    store::save_directory(&copy, &theirs, None).expect("their copy");
    let merged =
        copies::merge_copy(&mut here, &conflict_copy::find(&office.file())[0]).expect("reads");
    assert!(
        merged.merge.is_clean(),
        "no question: {:?}",
        merged.merge.conflicts
    );
    let (contacts, _) = merged.merge.resolve(&Choices::default());
    let legal = contacts
        .iter()
        .find(|c| c.id == "legal-aid")
        .expect("there");
    assert_eq!(legal.hours, "Mon–Wed", "their edit taken");
    assert_eq!(
        legal.email, "intake@example.org",
        "this desktop's edit kept"
    );
    assert_eq!(legal.notes, "call first");
}

/// `merge` finds the file locked by another computer: it says so at once (who, since when),
/// and goes on when the lock is gone (#33: no minute of silence).
#[cfg(unix)]
#[test]
fn a_lock_held_elsewhere_is_reported_at_once() {
    use std::io::Read;
    let office = Office::new();
    store::save_directory(&office.file(), &Directory::new(shared_list()), None).expect("v0");
    store::save_directory(
        &office.folder.join("directory (1).ron"),
        &other_desktops_edits(),
        None,
    )
    .expect("copy");
    let lock = rights_desk::core::store::lock::lock_path(&office.file());
    std::fs::write(
        &lock,
        "Rights Desk is saving directory.ron\nhost=PC-2\nuser=ana\npid=1\nsince=2026-12-02T10:14:05Z\ntoken=t\n",
    )
    .expect("lock");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_rights-desk"))
        .arg("--data-dir")
        .arg(&office.folder)
        .arg("merge")
        .env(
            rights_desk::core::sharing::merge_base::STATE_DIR_ENV,
            &office.state,
        )
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("runs");
    let mut stderr = child.stderr.take().expect("stderr");
    let mut said = Vec::new();
    let started = std::time::Instant::now();
    let mut byte = [0u8; 1];
    while !String::from_utf8_lossy(&said).contains('\n') {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "nothing said"
        );
        match stderr.read(&mut byte) {
            Ok(1) => said.push(byte[0]),
            _ => break,
        }
    }
    let said = String::from_utf8_lossy(&said).into_owned();
    assert!(
        said.contains("is locked by Rights Desk on PC-2 (ana) since"),
        "{said}"
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "at once"
    );
    std::fs::remove_file(&lock).expect("unlock");
    let status = child.wait().expect("ends");
    assert!(status.success(), "goes on once the lock is gone");
}
