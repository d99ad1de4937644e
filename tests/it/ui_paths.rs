//! Window paths that only the window takes, headless through `egui_kittest`: the close guard,
//! exporting the contacts the list shows, New / Open and the recent files, the import's column
//! mapping and duplicate choices, "Keep both", and the Handout tab's settings kept through
//! eframe's own save.

use crate::fixtures::MemoryStorage;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use rights_desk::core::store;
use rights_desk::core::workspace::Action;
use rights_desk::core::workspace::paths::DataPaths;
use rights_desk::ui::RightsDeskApp;
use rights_desk::ui::command::Command;
use rights_desk::ui::command::DirectoryAction;
use std::path::Path;

fn harness(dir: &Path) -> Harness<'static, RightsDeskApp> {
    let app = RightsDeskApp::from_storage(DataPaths::at(dir), None);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 1000.0))
        .build_ui_state(|ui, app: &mut RightsDeskApp| app.main_ui(ui), app);
    h.run();
    h.get_by_label("Directory").click();
    h.run();
    h
}

fn on_disk(file: &Path) -> rights_desk::core::directory::Directory {
    store::load_directory(file)
        .expect("the saved file loads")
        .directory
}

/// The window's close button, as the system sends it.
fn ask_to_close(h: &mut Harness<'static, RightsDeskApp>) {
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
    h.run();
}

fn close_cancelled(h: &Harness<'static, RightsDeskApp>) -> bool {
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| {
            v.commands
                .iter()
                .any(|c| matches!(c, egui::ViewportCommand::CancelClose))
        })
}

#[test]
fn closing_with_an_edit_not_on_disk_asks_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    // Nothing unsaved: closing is not held up.
    ask_to_close(&mut h);
    assert!(h.query_by_label("Some changes are not saved").is_none());

    // A save that fails (the backups folder's name is taken by a file) leaves an edit only in
    // memory.
    std::fs::write(dir.path().join("backups"), "not a folder").expect("blocker");
    h.get_by_role_and_label(Role::Row, "New Mexico Legal Aid")
        .click();
    h.run();
    h.get_by_label("Mark verified today").click();
    h.run();
    h.get_by_label_contains("Not saved:");

    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
    assert!(close_cancelled(&h), "the window stays open");
    h.run();
    h.get_by_label("Some changes are not saved");
    h.get_by_label_contains("the changes shown above are lost");
    // Cancel keeps the window and the edit.
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label("Some changes are not saved").is_none());
    assert!(
        h.state()
            .directory()
            .get("nm-legal-aid")
            .and_then(|c| c.verified_on)
            .is_some()
    );
    // Asked again, "Try again" saves once the folder can be written.
    ask_to_close(&mut h);
    std::fs::remove_file(dir.path().join("backups")).expect("unblock");
    // The dialog's button (the status line has one too).
    h.get_all_by_label("Retry saving")
        .last()
        .expect("the dialog's button")
        .click();
    h.run();
    assert!(
        on_disk(&dir.path().join("directory.ron"))
            .get("nm-legal-aid")
            .and_then(|c| c.verified_on)
            .is_some()
    );
    // Nothing left unsaved: closing is no longer held.
    ask_to_close(&mut h);
    assert!(!close_cancelled(&h));
    assert!(h.query_by_label("Some changes are not saved").is_none());
}

#[test]
fn close_without_saving_lets_the_window_close() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    std::fs::write(dir.path().join("backups"), "not a folder").expect("blocker");
    h.get_by_role_and_label(Role::Row, "New Mexico Legal Aid")
        .click();
    h.run();
    h.get_by_label("Mark verified today").click();
    h.run();
    ask_to_close(&mut h);
    h.get_by_label("Close without saving").click();
    h.step();
    assert!(h.state().tabs.directory.close_anyway);
    let closes = h
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| {
            v.commands
                .iter()
                .any(|c| matches!(c, egui::ViewportCommand::Close))
        });
    assert!(closes, "the window is told to close");
}

#[test]
fn the_contacts_the_list_shows_are_exported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.get_by_role_and_label(Role::TextInput, "Filter").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Filter")
        .type_text("legal");
    h.run();
    let shown = h
        .state()
        .tabs
        .directory
        .visible_contacts(h.state().directory())
        .len();
    assert!(
        shown > 0 && shown < 15,
        "the filter narrows the list ({shown})"
    );
    let path = dir.path().join("legal contacts.csv");
    h.state_mut()
        .send(Command::Directory(DirectoryAction::ExportContacts(
            path.clone(),
            rights_desk::core::interop::Format::Csv,
        )));
    h.run();
    h.get_by_label_contains(&format!("Exported {shown} contacts to"));
    let csv = std::fs::read_to_string(&path).expect("written");
    assert_eq!(csv.lines().skip(1).filter(|l| !l.is_empty()).count(), shown);
}

#[test]
fn new_and_open_switch_files_and_the_recent_files_bring_one_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    let first = dir.path().join("directory.ron");
    let second = dir.path().join("office two.ron");
    h.state_mut()
        .send(Command::Work(Action::NewFile(second.clone())));
    h.run();
    assert_eq!(
        h.state().session().map(|s| s.path().to_path_buf()),
        Some(second.clone())
    );
    h.get_by_label_contains("Opened: ");
    assert_eq!(
        on_disk(&second).len(),
        15,
        "a new file starts with the bundled contacts"
    );
    // An edit goes to the new file only.
    h.get_by_label_contains("New contact").click();
    h.run();
    assert_eq!(on_disk(&second).len(), 16);
    assert_eq!(on_disk(&first).len(), 15);

    // Open the first one again from File → Recent files (after opening it once).
    h.state_mut()
        .send(Command::Work(Action::OpenFile(first.clone())));
    h.run();
    h.state_mut()
        .send(Command::Work(Action::OpenFile(second.clone())));
    h.run();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Recent files");
    h.get_by_label(&first.display().to_string()).click();
    h.run();
    assert_eq!(
        h.state().session().map(|s| s.path().to_path_buf()),
        Some(first)
    );
    h.get_by_label("15 of 15 contacts");
}

#[test]
fn the_import_maps_an_unknown_column_and_updates_a_duplicate() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    let csv = dir.path().join("import.csv");
    std::fs::write(
        &csv,
        "Nombre;Línea directa;Ciudad\nCentro Nuevo;575-555-0150;Las Cruces\nNEW MEXICO IMMIGRANT LAW CENTER;505-555-0000;Albuquerque\n",
    )
    .expect("write");
    h.state_mut()
        .send(Command::Directory(DirectoryAction::ImportFile(csv, None)));
    h.run();
    // The unknown column becomes the first phone.
    h.get_by_role_and_label(Role::ComboBox, "“Línea directa” →")
        .click();
    h.run();
    h.get_by_label("phone 1").click();
    h.run();
    assert!(
        h.query_by_role_and_label(Role::ComboBox, "“Línea directa” →")
            .is_some_and(|n| n.value().is_some_and(|v| v.contains("phone 1"))),
        "the choice shows"
    );
    // The likely duplicate is updated instead of skipped.
    let duplicate = h
        .get_all_by_role(Role::ComboBox)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.contains("NEW MEXICO IMMIGRANT LAW CENTER ≈"))
        })
        .expect("the duplicate's choice");
    duplicate.click();
    h.run();
    h.get_by_label("Update the existing one (the fields the file has)")
        .click();
    h.run();
    h.get_by_label("Import: add 1, update 1").click();
    h.run();
    let disk = on_disk(&dir.path().join("directory.ron"));
    let new = disk
        .contacts()
        .iter()
        .find(|c| c.name == "Centro Nuevo")
        .expect("added");
    assert_eq!(
        new.phones.first().map(|p| p.number.as_str()),
        Some("575-555-0150")
    );
    assert!(
        disk.get("nmilc")
            .expect("c")
            .phones
            .iter()
            .any(|p| p.number == "505-555-0000"),
        "the duplicate was updated"
    );
    // Only what the file has: the web site the file does not carry is kept.
    assert_eq!(disk.get("nmilc").expect("c").website, "https://nmilc.org");
    h.get_by_label_contains("Imported: 1 added, 1 updated");
}

#[test]
fn keep_both_saves_this_version_beside_theirs_and_shows_theirs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    let file = dir.path().join("directory.ron");
    // Another desktop changes the phone this user is about to change.
    let mut theirs = on_disk(&file);
    let mut c = theirs.get("nmilc").cloned().expect("c");
    c.phones[0].number = "505-555-0999".into();
    theirs.update(c, jiff::Timestamp::now()).expect("edit");
    store::save_directory(&file, &theirs, None).expect("their save");

    h.get_by_role_and_label(Role::Row, "New Mexico Immigrant Law Center")
        .click();
    h.run();
    let phone = h.get_by_role_and_label(Role::TextInput, "Phone 1");
    phone.click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_role_and_label(Role::TextInput, "Phone 1")
        .type_text("505-555-0123");
    h.run();
    h.key_press(egui::Key::Tab);
    h.run();
    h.get_by_label("Later").click();
    h.run();
    h.get_by_label("Keep both").click();
    h.run();
    h.get_by_label_contains("Your version was saved as");
    // Theirs is shown and left as they wrote it; mine is in a copy beside it.
    assert_eq!(
        h.state().directory().get("nmilc").expect("c").phones[0].number,
        "505-555-0999"
    );
    assert_eq!(
        on_disk(&file).get("nmilc").expect("c").phones[0].number,
        "505-555-0999"
    );
    let copies: Vec<_> = std::fs::read_dir(dir.path())
        .expect("folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p != &file && p.extension().is_some_and(|e| e == "ron"))
        .collect();
    assert_eq!(copies.len(), 1, "one copy: {copies:?}");
    assert_eq!(
        on_disk(&copies[0]).get("nmilc").expect("c").phones[0].number,
        "505-555-0123"
    );
}

#[test]
fn the_handout_settings_survive_eframe_s_own_save_and_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut storage = MemoryStorage::default();
    {
        let mut h = harness(dir.path());
        h.get_by_label("Handout").click();
        h.run_steps(3);
        h.get_by_label("Wallet cards").click();
        h.run_steps(3);
        h.get_by_role_and_label(Role::TextInput, "Prepared by")
            .click();
        h.run_steps(2);
        h.get_by_role_and_label(Role::TextInput, "Prepared by")
            .type_text("Centro Legal, 505-555-0100");
        h.run_steps(2);
        eframe::App::save(h.state_mut(), &mut storage);
    }
    assert!(storage.has(rights_desk::ui::app::PREFS_KEY));
    let app = RightsDeskApp::from_storage(DataPaths::at(dir.path()), Some(&storage));
    assert_eq!(
        app.work.print_choices().prepared_by,
        "Centro Legal, 505-555-0100"
    );
    assert_eq!(
        app.work.print_choices().layout,
        rights_desk::core::printing::Layout::Cards
    );
    assert_eq!(app.prefs.tab, rights_desk::ui::command::Tab::Handout);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 1000.0))
        .build_ui_state(|ui, app: &mut RightsDeskApp| app.main_ui(ui), app);
    h.run_steps(3);
    assert_eq!(
        h.get_by_role_and_label(Role::TextInput, "Prepared by")
            .value()
            .as_deref(),
        Some("Centro Legal, 505-555-0100")
    );
}

#[test]
fn an_import_that_cannot_be_read_says_why_in_the_window_s_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.state_mut()
        .send(Command::SetLang(rights_desk::core::i18n::Lang::Es));
    h.run();
    let empty = dir.path().join("paquete vacío");
    std::fs::create_dir_all(&empty).expect("folder");
    h.state_mut()
        .send(Command::Directory(DirectoryAction::ImportFile(
            empty,
            Some(rights_desk::core::interop::Format::Hsds),
        )));
    h.run();
    h.get_by_label_contains("No se pudo leer el archivo:");
    // Nothing can be imported; the directory is untouched.
    assert_eq!(on_disk(&dir.path().join("directory.ron")).len(), 15);
}

#[test]
fn a_notice_shows_on_every_tab_until_it_is_dismissed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.get_by_label("Handout").click();
    h.run_steps(3);
    // Saving the printout where no file can be made: said on the Handout tab itself.
    let nowhere = dir.path().join("directory.ron").join("handout.pdf");
    h.state_mut().send(Command::ExportPrintout(nowhere));
    h.run_steps(3);
    let notice = h.state().notice.clone().expect("a notice");
    h.get_by_label(&notice);
    h.get_by_label("Guide").click();
    h.run_steps(3);
    h.get_by_label(&notice);
    h.get_by_label("Dismiss").click();
    h.run_steps(3);
    assert!(h.state().notice.is_none());
    assert!(h.query_by_label(&notice).is_none());
    assert!(h.query_by_label("Dismiss").is_none());
}

#[test]
fn an_hsds_import_says_what_was_kept_as_notes_and_what_had_no_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    let json = std::path::PathBuf::from("tests/fixtures/hsds/v3.0-json/service_full.json");
    h.state_mut()
        .send(Command::Directory(DirectoryAction::ImportFile(json, None)));
    h.run();
    h.get_by_label_contains("fields were kept in the contacts' notes, with their names:");
    h.get_by_label_contains("have no place in Rights Desk and were not imported: ");
    h.get_by_label_contains("funding.source");
}
