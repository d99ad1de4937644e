//! The workspace's interpreter, without a window: each action's outcome and what reaches the
//! file.

use super::*;
use crate::core::interop::Imported;
use crate::core::store::recovery::RestoreFrom;

fn folder() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = DataPaths::at(dir.path());
    let work = Workspace::open_data_folder(paths).expect("the bundled directory opens");
    (dir, work)
}

fn named(name: &str) -> Box<Contact> {
    Box::new(Contact {
        name: name.into(),
        ..Contact::default()
    })
}

/// The bundled English guide's index in the library.
fn english_guide(work: &Workspace) -> usize {
    work.library()
        .guides()
        .iter()
        .position(|g| g.id == crate::core::guide::NM_GUIDE && g.language == "en")
        .expect("the bundled guide")
}

fn on_disk(work: &Workspace) -> String {
    std::fs::read_to_string(work.paths().directory_file()).expect("file")
}

#[test]
fn add_update_undo_and_redo_reach_the_file_and_say_what_to_select() {
    let (_dir, mut work) = folder();
    let before = work.directory().len();
    let added = work.apply(Action::AddContact(named("Clínica Uno")));
    let id = added.focus.clone().expect("the new contact is selected");
    assert!(added.changed && added.notice.is_none());
    assert_eq!(work.directory().len(), before + 1);
    assert!(on_disk(&work).contains("Clínica Uno"));

    let mut edited = work.directory().get(&id).cloned().expect("added");
    edited.name = "Clínica Dos".into();
    let generation = work.generation();
    assert!(work.apply(Action::UpdateContact(Box::new(edited))).changed);
    assert!(work.generation() > generation);
    assert!(on_disk(&work).contains("Clínica Dos"));

    let undone = work.apply(Action::Undo);
    assert_eq!(undone.focus.as_deref(), Some(id.as_str()));
    assert!(on_disk(&work).contains("Clínica Uno"));
    work.apply(Action::Redo);
    assert!(on_disk(&work).contains("Clínica Dos"));

    assert!(work.apply(Action::DeleteContact(id.clone())).changed);
    assert!(work.directory().get(&id).is_none());
}

#[test]
fn a_refused_change_says_why_and_changes_nothing() {
    let (_dir, mut work) = folder();
    let first = work.directory().contacts()[0].clone();
    let text = on_disk(&work);
    let mut nameless = first.clone();
    nameless.name = "  ".into();
    let outcome = work.apply(Action::UpdateContact(Box::new(nameless)));
    assert!(!outcome.changed);
    assert!(matches!(
        outcome.notice,
        Some(Notice::Refused(DirectoryError::Invalid(_)))
    ));
    assert_eq!(on_disk(&work), text);
    let gone = work.apply(Action::DeleteContact("no-such-id".into()));
    assert!(matches!(
        gone.notice,
        Some(Notice::Refused(DirectoryError::NotFound(_)))
    ));
}

#[test]
fn an_import_is_one_change_that_undo_takes_back() {
    let (_dir, mut work) = folder();
    let before = work.directory().len();
    let imported = Imported {
        contacts: vec![*named("Centro A"), *named("Centro B")],
        problems: Vec::new(),
        unmapped_columns: Vec::new(),
        report: crate::core::interop::ImportReport::default(),
    };
    let plan = interop::plan::plan(work.directory(), imported);
    let outcome = work.apply(Action::Import(Box::new(plan)));
    assert!(matches!(
        outcome.notice,
        Some(Notice::Imported {
            added: 2,
            updated: 0
        })
    ));
    assert_eq!(work.directory().len(), before + 2);
    work.apply(Action::Undo);
    assert_eq!(work.directory().len(), before);
}

#[test]
fn contacts_are_exported_by_id_in_the_order_given() {
    let (dir, mut work) = folder();
    let ids: Vec<String> = work.directory().contacts()[..2]
        .iter()
        .rev()
        .map(|c| c.id.to_string())
        .collect();
    let path = dir.path().join("two.csv");
    let outcome = work.apply(Action::ExportContacts {
        ids: ids.clone(),
        path: path.clone(),
        format: Format::Csv,
        protect_formulas: true,
    });
    assert!(matches!(
        outcome.notice,
        Some(Notice::Exported { count: 2, .. })
    ));
    let csv = std::fs::read_to_string(&path).expect("written");
    let names: Vec<String> = ids
        .iter()
        .map(|id| work.directory().get(id).expect("exists").name.to_string())
        .collect();
    let at = |n: &str| csv.find(n).expect("exported");
    assert!(at(&names[0]) < at(&names[1]));
    let failed = work.apply(Action::ExportContacts {
        ids,
        // Under a file, where no folder can be made.
        path: path.join("x.csv"),
        format: Format::Csv,
        protect_formulas: true,
    });
    assert!(failed.notice.as_ref().is_some_and(Notice::is_problem));
}

#[test]
fn a_broken_file_fails_to_open_and_is_restored_to_its_own_path() {
    let (dir, mut work) = folder();
    // Two saves leave a backup of the first version.
    work.apply(Action::AddContact(named("Kept in the backup")));
    work.apply(Action::AddContact(named("Also kept")));
    let file = work.paths().directory_file();
    std::fs::write(&file, "(contacts: [ broken").expect("write");
    let outcome = work.apply(Action::OpenFile(file.clone()));
    assert!(outcome.opened.is_none() && outcome.changed);
    assert!(matches!(work.doc(), Doc::Failed { .. }));
    assert_eq!(work.directory().len(), 0);

    let restored = work.apply(Action::Restore(RestoreFrom::Readable));
    let opened = restored.opened.expect("the file is opened again");
    assert_eq!(
        opened, file,
        "restored to the same path, so other desktops follow"
    );
    assert!(matches!(restored.notice, Some(Notice::Restored(_))));
    let names: Vec<&str> = work
        .directory()
        .contacts()
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert!(names.contains(&"Kept in the backup"), "{names:?}");
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .expect("folder")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("(broken "))
        .collect();
    assert_eq!(kept.len(), 1, "the broken file is kept beside it");

    // A broken file without backups says so.
    let lonely = dir.path().join("lonely.ron");
    std::fs::write(&lonely, "nonsense").expect("write");
    work.apply(Action::OpenFile(lonely));
    let none = work.apply(Action::Restore(RestoreFrom::Readable));
    assert!(matches!(none.notice, Some(Notice::NoBackup)));
}

#[test]
fn a_new_file_starts_with_the_bundled_contacts_and_a_failed_one_keeps_the_open_file() {
    let (dir, mut work) = folder();
    let bundled = work.directory().len();
    let path = dir.path().join("office b.ron");
    let outcome = work.apply(Action::NewFile(path.clone()));
    assert_eq!(outcome.opened.as_deref(), Some(path.as_path()));
    assert_eq!(work.directory().len(), bundled);
    assert!(path.exists());

    // Under a file, where no folder can be made.
    let nowhere = path.join("x.ron");
    let failed = work.apply(Action::NewFile(nowhere));
    assert!(failed.notice.as_ref().is_some_and(Notice::is_problem));
    assert_eq!(work.doc().path(), path.as_path());
}

#[test]
fn a_file_read_in_the_background_arrives() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = DataPaths::at(dir.path());
    let file = paths.directory_file();
    let mut work = Workspace::open(paths, &file, true);
    work.wait_until_loaded();
    assert!(matches!(work.doc(), Doc::Open(_)));
    assert!(!work.directory().is_empty());
}

#[test]
fn the_handout_s_entries_and_choices_make_the_printout_that_is_exported() {
    let (dir, mut work) = folder();
    let guide = english_guide(&work);
    for id in ["q3", "q7", "q14"] {
        work.apply(Action::TogglePrintEntry(id.into()));
    }
    work.apply(Action::TogglePrintEntry("q7".into()));
    work.apply(Action::MovePrintEntry("q14".into(), -1));
    assert_eq!(work.print_entries(), ["q14", "q3"]);
    let mut choices = work.print_choices().clone();
    choices.format = crate::core::printing::OutputFormat::Txt;
    choices.prepared_by = "Example Office".into();
    work.apply(Action::SetPrintChoices(Box::new(choices)));

    let (handout, data) = work.printout(guide).expect("a printout");
    assert_eq!(handout.entries, ["q14", "q3"]);
    assert_eq!(data.prepared_by, "Example Office");
    assert!(
        !handout.contacts.is_empty(),
        "the directory's contacts are listed"
    );

    let out = dir.path().join("printed").join("handout.txt");
    std::fs::create_dir_all(out.parent().expect("folder")).expect("folder");
    let saved = work.apply(Action::ExportPrintout {
        guide,
        entry: None,
        path: out.clone(),
    });
    assert!(matches!(saved.notice, Some(Notice::PrintoutSaved { .. })));
    let text = std::fs::read_to_string(&out).expect("written");
    assert!(text.contains("Example Office"));
    assert_eq!(
        work.print_choices().last_folder.as_deref(),
        out.parent(),
        "the folder is remembered for the next export"
    );
    // No such guide: nothing to print.
    assert!(work.printout(usize::MAX).is_none());
}

#[test]
fn the_reader_s_search_finds_and_moves_through_hits() {
    let (_dir, mut work) = folder();
    let guide = english_guide(&work);
    work.apply(Action::Search {
        text: "detainer".into(),
        guide,
    });
    let hits = work.search().hits.len();
    assert!(hits > 1);
    work.apply(Action::MoveHit(1));
    assert_eq!(work.search().cursor, 1);
    work.apply(Action::MoveHit(100));
    assert_eq!(work.search().cursor, hits - 1);
    work.apply(Action::MoveHit(-100));
    assert_eq!(work.search().cursor, 0);
    let second = work.search().hits[1].entry_id.clone();
    work.search_follows(Some(&second));
    assert_eq!(work.search().cursor, 1);
}

#[test]
fn a_file_from_a_newer_version_is_never_restored_over() {
    let (dir, mut work) = folder();
    work.apply(Action::AddContact(named("Saved once")));
    work.apply(Action::AddContact(named("Saved twice")));
    let newer = dir.path().join("newer.ron");
    let text = "(version: 99, contacts: [], future: true)";
    std::fs::write(&newer, text).expect("write");
    work.apply(Action::OpenFile(newer.clone()));
    let Doc::Failed { recovery, .. } = work.doc() else {
        panic!("does not open");
    };
    assert!(!recovery.applies, "nothing offered");
    let outcome = work.apply(Action::Restore(RestoreFrom::Readable));
    assert!(outcome.opened.is_none());
    assert_eq!(std::fs::read_to_string(&newer).expect("read"), text);
}
