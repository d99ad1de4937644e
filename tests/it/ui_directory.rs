//! UI flows of the Directory tab, headless through `egui_kittest`: adding, editing, undo and
//! redo, deleting, verifying, filtering, and the faults (a corrupt file, a change on disk, a
//! folder that cannot be written).

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use rights_desk::core::store;
use rights_desk::core::workspace::paths::DataPaths;
use rights_desk::ui::RightsDeskApp;
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

fn on_disk(dir: &Path) -> rights_desk::core::directory::Directory {
    store::load_directory(&dir.join("directory.ron"))
        .expect("the saved file loads")
        .directory
}

fn text_input<'a>(
    h: &'a Harness<'static, RightsDeskApp>,
    label: &'a str,
) -> egui_kittest::Node<'a> {
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, label)
}

/// Replaces the text of a field and leaves it (Tab), which saves the edit.
fn replace_text(h: &mut Harness<'static, RightsDeskApp>, label: &str, text: &str) {
    text_input(h, label).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    text_input(h, label).type_text(text);
    h.run();
    h.key_press(Key::Tab);
    h.run();
}

fn select(h: &mut Harness<'static, RightsDeskApp>, name: &str) {
    row(h, name).click();
    h.run();
}

#[test]
fn add_a_contact_and_find_it_in_the_saved_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.get_by_label_contains("New contact").click();
    h.run();
    replace_text(&mut h, "Name", "Centro de Ayuda Doña Ana");
    h.get_by_label("+ Add phone").click();
    h.run();
    // The new number field has the focus: what is typed next goes in it.
    assert!(
        h.get_by_label("Phone 1").is_focused(),
        "the new number is focused"
    );
    replace_text(&mut h, "Phone 1", "575-555-0142");
    let text = std::fs::read_to_string(dir.path().join("directory.ron")).expect("read");
    assert!(text.contains("Centro de Ayuda Doña Ana"), "saved: {text}");
    let saved = on_disk(dir.path());
    let c = saved
        .contacts()
        .iter()
        .find(|c| c.name == "Centro de Ayuda Doña Ana")
        .expect("in the file");
    assert_eq!(c.phones[0].number, "575-555-0142");
    assert!(c.verified_on.is_none(), "a new contact is not verified");
    h.get_by_label_contains("Saved");
}

#[test]
fn edit_a_phone_then_undo_and_redo() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    select(&mut h, "New Mexico Immigrant Law Center");
    replace_text(&mut h, "Phone 1", "505-555-0199");
    let phone = |dir: &Path| {
        on_disk(dir).get("nmilc").expect("c").phones[0]
            .number
            .clone()
    };
    assert_eq!(phone(dir.path()), "505-555-0199");
    h.get_by_label("Undo").click();
    h.run();
    assert_eq!(phone(dir.path()), "505-247-1023");
    assert_eq!(
        h.state()
            .tabs
            .directory
            .draft
            .as_ref()
            .map(|c| c.phones[0].number.to_string()),
        Some("505-247-1023".to_string()),
        "the editor shows the undone value"
    );
    h.get_by_label("Redo").click();
    h.run();
    assert_eq!(phone(dir.path()), "505-555-0199");
    // Keyboard: Ctrl+Z when no text field has the focus.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(phone(dir.path()), "505-247-1023");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(phone(dir.path()), "505-555-0199");
}

#[test]
fn delete_with_confirmation_and_undo() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    select(&mut h, "ACLU of New Mexico");
    h.get_by_label("Delete…").click();
    h.run();
    h.get_by_label("Delete this contact?");
    h.get_by_label("Delete").click();
    h.run();
    assert!(on_disk(dir.path()).get("aclu-nm").is_none());
    assert!(
        h.query_by_role_and_label(egui::accesskit::Role::Row, "ACLU of New Mexico")
            .is_none()
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(on_disk(dir.path()).get("aclu-nm").is_some());
    row(&h, "ACLU of New Mexico");
}

#[test]
fn mark_verified_sets_only_the_date() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    let before = on_disk(dir.path()).get("nmdoj").cloned().expect("c");
    select(
        &mut h,
        "New Mexico Department of Justice (Attorney General)",
    );
    h.get_by_label("Mark verified today").click();
    h.run();
    let after = on_disk(dir.path()).get("nmdoj").cloned().expect("c");
    assert_eq!(
        after.verified_on,
        Some(rights_desk::core::directory::contact::today())
    );
    // The date, the check in the log, and what the new version was made from (for merges;
    // see `lineage.rs`).
    assert_eq!(after.checks.len(), 1, "one check logged");
    assert_eq!(
        after.based_on,
        rights_desk::core::directory::lineage::after_edit(&before)
    );
    assert_eq!(
        rights_desk::core::directory::contact::Contact {
            verified_on: None,
            checks: thin_vec::ThinVec::new(),
            based_on: None,
            ..after
        },
        before
    );
    assert!(h.query_all_by_label_contains("✓ verified").count() >= 1);
}

#[test]
fn filter_by_county_and_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.get_by_label("15 of 15 contacts");
    // Choose "Doña Ana" in the county filter.
    let county_box = h
        .get_all_by_label("County")
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::ComboBox)
        .expect("county filter");
    county_box.click();
    h.run();
    h.get_by_label("Doña Ana").click();
    h.run();
    assert_eq!(h.state().prefs.filter.county.as_deref(), Some("Doña Ana"));
    // Statewide contacts serve Doña Ana County; a contact whose area nobody recorded may, so it
    // stays in the list (its counties cell says so) instead of silently disappearing.
    row(&h, "New Mexico Department of Justice (Attorney General)");
    row(&h, "Santa Fe Dreamers Project");
    assert!(h.get_all_by_label("not recorded").next().is_some());
    let shown = h.state().prefs.filter.clone();
    assert!(shown.county.is_some());
    h.get_by_label_contains("of 15 contacts");
    // Text filter, accents and case ignored.
    h.get_by_label("Clear filters").click();
    h.run();
    text_input(&h, "Filter").click();
    h.run();
    text_input(&h, "Filter").type_text("SANTA fe dreamers");
    h.run();
    h.get_by_label("1 of 15 contacts");
    row(&h, "Santa Fe Dreamers Project");
}

#[test]
fn a_corrupt_file_opens_the_recovery_screen_and_is_recovered_without_losing_the_last_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("directory.ron");
    store::ensure_directory_file(&path).expect("create");
    // The last save changed a contact: the backups hold the version before it.
    let mut good = on_disk(dir.path());
    let mut aclu = good.get("aclu-nm").cloned().expect("there");
    aclu.notes = "Saved last, before the damage".into();
    good.update(aclu, jiff::Timestamp::now()).expect("edit");
    store::save_directory(&path, &good, None).expect("save makes a backup");
    // Then one contact's line is damaged.
    let text = std::fs::read_to_string(&path).expect("read");
    let broken = text.replacen("(id: \"nmilc\",", "(id: \"nmilc\" name:", 1);
    assert_ne!(broken, text);
    std::fs::write(&path, &broken).expect("corrupt");
    let mut h = harness(dir.path());
    h.get_by_label("The directory file could not be opened");
    h.get_by_label_contains("this part of the file is not written the way Rights Desk writes it");
    h.get_by_label("Details");
    h.get_by_label("14 contacts of this file can still be read.");
    h.get_by_label_contains("could not be read:");
    // The backup is listed with how it differs: the last save's change would be lost with it.
    h.get_by_label_contains("1 changed since: ACLU of New Mexico");
    assert!(h.get_all_by_label("Restore this backup").next().is_some());
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        broken,
        "untouched so far"
    );
    h.get_by_label_contains("Recover: keep the 14 readable contacts and take the lost one")
        .click();
    h.run();
    // Restored to the same path (other desktops follow), the damaged file kept beside it.
    let session = h.state().session().expect("a file is open now");
    assert_eq!(session.path(), path);
    assert_eq!(session.directory().len(), 15);
    let d = on_disk(dir.path());
    assert_eq!(
        d.get("aclu-nm").expect("there").notes,
        "Saved last, before the damage",
        "not behind the last save"
    );
    assert!(
        d.get("nmilc").is_some(),
        "the lost contact taken from the backup"
    );
    let kept: Vec<String> = std::fs::read_dir(dir.path())
        .expect("folder")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("directory (broken "))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join(&kept[0])).expect("kept"),
        broken
    );
    h.get_by_label("15 of 15 contacts");
}

#[test]
fn a_change_on_disk_elsewhere_is_merged_when_saving() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    // A colleague deletes a contact in the same file.
    let path = dir.path().join("directory.ron");
    let mut theirs = on_disk(dir.path());
    theirs.delete("dhs-oig").expect("delete");
    store::save_directory(&path, &theirs, None).expect("their save");
    // This user edits another contact: both changes are kept, nothing is asked.
    select(&mut h, "New Mexico Immigrant Law Center");
    replace_text(&mut h, "Phone 1", "505-555-0123");
    h.get_by_label_contains("together with changes made elsewhere");
    let disk = on_disk(dir.path());
    assert!(disk.get("dhs-oig").is_none(), "their change kept");
    assert_eq!(
        disk.get("nmilc").expect("c").phones[0].number,
        "505-555-0123",
        "mine kept"
    );
}

/// Another desktop deletes the DHS OIG hotline and changes NMILC's first phone (and notes).
fn colleague_changes_the_phone(dir: &Path, notes: &str) {
    let mut theirs = on_disk(dir);
    theirs.delete("dhs-oig").expect("delete");
    let mut c = theirs.get("nmilc").cloned().expect("c");
    c.notes = notes.into();
    c.phones[0].number = "505-555-0999".into();
    theirs.update(c, jiff::Timestamp::now()).expect("edit");
    store::save_directory(&dir.join("directory.ron"), &theirs, None).expect("their save");
}

#[test]
fn a_change_on_disk_to_the_same_field_is_asked_on_the_merge_screen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    // A colleague deletes a contact and changes the phone and notes of the one this user is
    // about to edit.
    colleague_changes_the_phone(dir.path(), "Their note");
    select(&mut h, "New Mexico Immigrant Law Center");
    replace_text(&mut h, "Phone 1", "505-555-0123");
    h.run();
    // Nothing was overwritten; the phone, changed both ways, is asked.
    let disk = on_disk(dir.path());
    assert!(
        disk.get("dhs-oig").is_none(),
        "their change was not overwritten"
    );
    assert_eq!(
        disk.get("nmilc").expect("c").phones[0].number,
        "505-555-0999"
    );
    h.get_by_label_contains("Merge your changes with the other desktop");
    h.get_by_label_contains("Phones, The other copy: 505-555-0999")
        .click();
    h.run();
    h.get_by_label("Merge").click();
    h.run();
    let disk = on_disk(dir.path());
    assert!(disk.get("dhs-oig").is_none());
    let c = disk.get("nmilc").expect("c");
    assert_eq!(c.notes, "Their note");
    assert_eq!(c.phones[0].number, "505-555-0999", "the choice made");
    // Undo takes the merge back as one step, to their version.
    h.state_mut().apply(rights_desk::ui::command::Command::Work(
        rights_desk::core::workspace::Action::Undo,
    ));
    h.run();
    let disk = on_disk(dir.path());
    assert_eq!(disk.get("nmilc").expect("c").notes, "Their note");
}

#[test]
fn a_merge_put_off_leaves_reload_and_keep_both() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    colleague_changes_the_phone(dir.path(), "");
    select(&mut h, "New Mexico Immigrant Law Center");
    replace_text(&mut h, "Phone 1", "505-555-0123");
    h.run();
    h.get_by_label("Later").click();
    h.run();
    h.get_by_label_contains("Someone else changed this file");
    h.get_by_label("Reload and re-apply my changes").click();
    h.run();
    let disk = on_disk(dir.path());
    assert!(disk.get("dhs-oig").is_none());
    assert_eq!(
        disk.get("nmilc").expect("c").phones[0].number,
        "505-555-0999"
    );
    h.get_by_label_contains("were not applied: New Mexico Immigrant Law Center");
}

#[test]
fn a_folder_that_cannot_be_written_keeps_the_edit_for_a_retry() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    // Writing fails even for root: the backups folder's name is taken by a file.
    let blocker = dir.path().join("backups");
    let _ = std::fs::remove_dir_all(&blocker);
    std::fs::write(&blocker, "not a folder").expect("blocker");
    select(&mut h, "New Mexico Legal Aid");
    h.get_by_label("Mark verified today").click();
    h.run();
    h.get_by_label_contains("Not saved:");
    assert!(
        on_disk(dir.path())
            .get("nm-legal-aid")
            .expect("c")
            .verified_on
            .is_none()
    );
    assert!(
        h.state()
            .directory()
            .get("nm-legal-aid")
            .expect("c")
            .verified_on
            .is_some(),
        "the edit is kept in memory"
    );
    std::fs::remove_file(&blocker).expect("unblock");
    h.get_by_label("Retry saving").click();
    h.run();
    assert!(
        on_disk(dir.path())
            .get("nm-legal-aid")
            .expect("c")
            .verified_on
            .is_some()
    );
    h.get_by_label_contains("Saved");
}

#[test]
fn import_with_a_duplicate_choose_skip_then_undo() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    let csv = dir.path().join("import.csv");
    std::fs::write(
        &csv,
        "Nombre;Teléfono;Ciudad;Color\nCentro Nuevo;575-555-0150;Las Cruces;azul\nNEW MEXICO IMMIGRANT LAW CENTER;505-555-0000;Albuquerque;rojo\n",
    )
    .expect("write");
    h.state_mut()
        .send(rights_desk::ui::command::Command::Directory(
            rights_desk::ui::command::DirectoryAction::ImportFile(csv, None),
        ));
    h.run();
    h.get_by_label("Import contacts");
    h.get_by_label_contains("1 new, 1 like a contact you already have");
    h.get_by_label_contains("NEW MEXICO IMMIGRANT LAW CENTER ≈ New Mexico Immigrant Law Center");
    // The unknown column can be mapped; the duplicate is skipped by default.
    h.get_by_label_contains("“Color” →");
    h.get_by_label("Import: add 1, update 0").click();
    h.run();
    let disk = on_disk(dir.path());
    assert_eq!(disk.len(), 16);
    assert!(disk.contacts().iter().any(|c| c.name == "Centro Nuevo"));
    assert_eq!(
        disk.get("nmilc").expect("c").phones[0].number,
        "505-247-1023",
        "the skipped duplicate did not change the existing contact"
    );
    h.get_by_label_contains("Imported: 1 added, 0 updated");
    h.get_by_label("Undo").click();
    h.run();
    assert_eq!(
        on_disk(dir.path()).len(),
        15,
        "one undo takes the whole import back"
    );
}

/// The real window saves on a worker thread: the status says "Saving…", the window keeps
/// drawing, and the edit reaches the file; closing waits for a save under way.
#[test]
fn saves_run_off_the_window_thread_and_closing_waits_for_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.state_mut().enable_background_saves();
    select(&mut h, "New Mexico Immigrant Law Center");
    replace_text(&mut h, "Phone 1", "505-555-0177");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        h.step();
        let (status, _) = h.state().save_status_text();
        if status.starts_with("Saved") {
            break;
        }
        assert!(
            status == "Saving…" && std::time::Instant::now() < deadline,
            "status: {status}"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert_eq!(
        on_disk(dir.path()).get("nmilc").expect("c").phones[0].number,
        "505-555-0177"
    );
    // An edit, then close at once: the pending save is finished first, nothing is asked.
    select(&mut h, "New Mexico Legal Aid");
    h.get_by_label("Mark verified today").click();
    h.run();
    h.state_mut().settle_saves();
    assert!(!h.state().session().expect("open").has_unsaved());
    assert!(
        on_disk(dir.path())
            .get("nm-legal-aid")
            .expect("c")
            .verified_on
            .is_some()
    );
}

/// A big directory is read on a worker thread: the window opens at once with the Guide, the
/// Directory tab says what it is loading, then shows the contacts.
#[test]
fn a_big_directory_loads_in_the_background() {
    let dir = tempfile::tempdir().expect("tempdir");
    let big = rights_desk::core::directory::Directory::new(
        rights_desk::core::directory::generate::contacts(20_000, 5),
    );
    store::save_directory(&dir.path().join("directory.ron"), &big, None).expect("save");
    let app = RightsDeskApp::with_prefs_loading_in_background(
        DataPaths::at(dir.path()),
        rights_desk::ui::app::Prefs::default(),
    );
    assert!(matches!(
        app.work.doc(),
        rights_desk::core::workspace::Doc::Loading { .. }
    ));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 1000.0))
        .build_ui_state(|ui, app: &mut RightsDeskApp| app.main_ui(ui), app);
    h.step();
    // The guide works at once.
    assert!(
        h.get_all_by_label_contains("1. What is the State Attorney General")
            .next()
            .is_some()
    );
    h.get_by_label("Directory").click();
    h.step();
    h.step();
    if matches!(
        h.state().work.doc(),
        rights_desk::core::workspace::Doc::Loading { .. }
    ) {
        assert!(h.get_all_by_label_contains("Loading").next().is_some());
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while matches!(
        h.state().work.doc(),
        rights_desk::core::workspace::Doc::Loading { .. }
    ) {
        h.step();
        assert!(std::time::Instant::now() < deadline, "still loading");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    h.run();
    h.get_by_label_contains("20000 of 20000 contacts");
}

/// The phone row's icon buttons are named by what they do.
#[test]
fn phone_icons_are_named_for_screen_readers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    select(&mut h, "New Mexico Immigrant Law Center");
    assert!(
        h.query_by_role_and_label(egui::accesskit::Role::Button, "Remove this phone")
            .is_some()
    );
    assert!(
        h.query_by_role_and_label(egui::accesskit::Role::Link, "Call 505-247-1023")
            .is_some()
    );
    // The phone's type has its own name, not the phone field's.
    assert!(
        h.query_by_role_and_label(egui::accesskit::Role::ComboBox, "Type of phone 1")
            .is_some()
    );
    assert_eq!(
        h.query_all_by_role_and_label(egui::accesskit::Role::TextInput, "Phone 1")
            .count(),
        1
    );
}

/// Ctrl+F on the Directory tab goes to its filter (not the guide's search); Esc closes the
/// editor.
#[test]
fn ctrl_f_filters_the_directory_and_escape_closes_the_editor() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.run();
    assert_eq!(
        h.state().prefs.tab,
        rights_desk::ui::command::Tab::Directory
    );
    let filter = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Filter");
    assert!(
        filter.accesskit_node().is_focused(),
        "Ctrl+F focuses the filter"
    );
    filter.type_text("legal aid");
    h.run();
    assert_eq!(h.state().prefs.filter.text, "legal aid");
    select(&mut h, "New Mexico Legal Aid");
    assert!(h.state().tabs.directory.draft.is_some());
    h.key_press(Key::Escape);
    h.run();
    assert!(
        h.state().tabs.directory.draft.is_none(),
        "Esc closes the editor"
    );
}

/// Ctrl+Z undoes the last change to the directory when focus is on a drop-down (after Tab out
/// of a phone field focus lands on the phone-type box), not only when nothing has focus.
#[test]
fn undo_works_with_focus_on_a_drop_down() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    select(&mut h, "New Mexico Immigrant Law Center");
    replace_text(&mut h, "Phone 1", "505-555-0166");
    assert_eq!(
        on_disk(dir.path()).get("nmilc").expect("c").phones[0].number,
        "505-555-0166"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        on_disk(dir.path()).get("nmilc").expect("c").phones[0].number,
        "505-247-1023",
        "undone"
    );
}

/// While a change is refused (a contact without a name), the status line does not say "Saved".
#[test]
fn a_refused_change_is_not_reported_as_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    select(&mut h, "New Mexico Legal Aid");
    text_input(&h, "Name").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.key_press(Key::Backspace);
    h.run();
    h.key_press(Key::Tab);
    h.run();
    h.get_by_label_contains("Not saved: a contact needs a name");
    assert!(h.query_by_label_contains("Saved ").is_none());
    let (_, problem) = h.state().save_status_text();
    assert!(problem);
    // Fixing the name saves it, and the status says so.
    replace_text(&mut h, "Name", "New Mexico Legal Aid (Albuquerque)");
    h.get_by_label_contains("Saved");
    assert!(
        on_disk(dir.path())
            .get("nm-legal-aid")
            .is_some_and(|c| c.name == "New Mexico Legal Aid (Albuquerque)")
    );
}

/// A new contact hidden by the active filters is announced, and "Show it" clears the filters.
#[test]
fn a_new_contact_hidden_by_the_filters_is_announced() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    let mut filter = h.state().prefs.filter.clone();
    filter.text = "legal aid".into();
    h.state_mut()
        .send(rights_desk::ui::command::Command::Directory(
            rights_desk::ui::command::DirectoryAction::SetFilter(filter),
        ));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    replace_text(&mut h, "Name", "Centro Nuevo");
    h.get_by_label("The contact you are editing is hidden by the filters.");
    h.get_by_label("Show it").click();
    h.run();
    assert!(h.state().prefs.filter.text.is_empty());
    assert!(h.query_by_label("Show it").is_none());
}

fn row<'a>(h: &'a Harness<'static, RightsDeskApp>, name: &'a str) -> egui_kittest::Node<'a> {
    h.get_by_role_and_label(egui::accesskit::Role::Row, name)
}

#[test]
fn the_list_is_used_by_keyboard_from_the_filter_to_the_editor_and_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    // Ctrl+F, then ↓ enters the list at the first row.
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.key_press(Key::ArrowDown);
    h.run();
    let first = h
        .state()
        .tabs
        .directory
        .visible_contacts(h.state().directory())[0]
        .name
        .clone();
    let second = h
        .state()
        .tabs
        .directory
        .visible_contacts(h.state().directory())[1]
        .name
        .clone();
    assert!(
        row(&h, &first).accesskit_node().is_focused(),
        "{first} focused"
    );
    // ↓ moves to the next row; Enter opens it in the editor.
    h.key_press(Key::ArrowDown);
    h.run();
    assert!(row(&h, &second).accesskit_node().is_focused());
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(
        h.state().tabs.directory.selected.as_deref(),
        h.state()
            .directory()
            .contacts()
            .iter()
            .find(|c| c.name == second)
            .map(|c| c.id.as_str())
    );
    assert_eq!(
        text_input(&h, "Name").value().as_deref(),
        Some(second.as_str())
    );
    assert_eq!(row(&h, &second).accesskit_node().is_selected(), Some(true));
    // Esc closes the editor and gives the focus back to the row.
    h.key_press(Key::Escape);
    h.run();
    h.run();
    assert!(h.state().tabs.directory.selected.is_none());
    assert!(row(&h, &second).accesskit_node().is_focused());
    // End and Home jump to the last and first rows.
    h.key_press(Key::End);
    h.run();
    let last = h
        .state()
        .tabs
        .directory
        .visible_contacts(h.state().directory())
        .last()
        .map(|c| c.name.clone())
        .expect("rows");
    assert!(row(&h, &last).accesskit_node().is_focused());
    h.key_press(Key::Home);
    h.run();
    assert!(row(&h, &first).accesskit_node().is_focused());
}

#[test]
fn a_screen_reader_sees_a_table_of_named_rows_with_column_headers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.get_by_role_and_label(egui::accesskit::Role::Table, "Contacts");
    let headers: Vec<String> = h
        .query_all_by_role(egui::accesskit::Role::ColumnHeader)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(headers.iter().any(|h| h.starts_with("Name")), "{headers:?}");
    assert!(
        headers.iter().any(|h| h.starts_with("Phone")),
        "{headers:?}"
    );
    let cells = h.query_all_by_role(egui::accesskit::Role::Cell).count();
    assert!(cells > 10, "cells: {cells}");
    row(&h, "New Mexico Legal Aid").click();
    h.run();
    assert_eq!(
        row(&h, "New Mexico Legal Aid")
            .accesskit_node()
            .is_selected(),
        Some(true)
    );
    assert_eq!(
        row(&h, "ACLU of New Mexico").accesskit_node().is_selected(),
        Some(false)
    );
}

#[test]
fn what_loading_repaired_is_said_in_the_status_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("directory.ron"),
        "(version: 2, contacts: [(id: \"same\", name: \"A\"), (id: \"same\", name: \"B\")])",
    )
    .expect("write");
    let h = harness(dir.path());
    let notice = h.state().notice.clone().unwrap_or_default();
    assert!(
        notice.contains("with a note on the file") && notice.contains("had a repeated id"),
        "{notice}"
    );
    h.get_by_label_contains("had a repeated id");
}

/// A new contact opens with its placeholder name selected: typing replaces it (#30; it used to
/// give "New contactClinica").
#[test]
fn typing_replaces_a_new_contacts_placeholder_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.get_by_label_contains("New contact").click();
    h.run();
    h.run();
    assert!(h.get_by_label("Name").is_focused(), "the name is focused");
    h.get_by_label("Name").type_text("Clinica Esperanza");
    h.run();
    let name = h
        .state()
        .tabs
        .directory
        .draft
        .as_ref()
        .map(|d| d.name.to_string())
        .unwrap_or_default();
    assert_eq!(name, "Clinica Esperanza");
}

/// Ctrl+Shift+M marks the open contact verified, as its button does; the button's tooltip says
/// so (#30: seventeen Tabs from a row to the button, and no shortcut).
#[test]
fn a_shortcut_marks_the_open_contact_verified() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    select(
        &mut h,
        "New Mexico Department of Justice (Attorney General)",
    );
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::M,
    );
    h.run();
    h.run();
    let after = on_disk(dir.path()).get("nmdoj").cloned().expect("c");
    assert_eq!(
        after.verified_on,
        Some(rights_desk::core::directory::contact::today())
    );
}

/// Esc on an open drop-down closes the drop-down only; the next Esc closes the editor (#30: the
/// first Esc closed the whole editor).
#[test]
fn escape_closes_the_innermost_thing_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    select(&mut h, "New Mexico Immigrant Law Center");
    let category = h
        .get_all_by_label("Category")
        .rfind(|n| n.accesskit_node().role() == egui::accesskit::Role::ComboBox)
        .expect("the editor's category");
    category.click();
    h.run();
    assert!(egui::Popup::is_any_open(&h.ctx), "the drop-down is open");
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(!egui::Popup::is_any_open(&h.ctx), "the drop-down closed");
    assert!(
        h.state().tabs.directory.draft.is_some(),
        "the editor stays open"
    );
    h.key_press(egui::Key::Escape);
    h.run();
    h.run();
    assert!(
        h.state().tabs.directory.draft.is_none(),
        "then the editor closes"
    );
}

#[test]
fn another_contact_opens_at_the_top_of_the_editor() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A short window, so that the editor scrolls.
    let app = RightsDeskApp::from_storage(DataPaths::at(dir.path()), None);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 600.0))
        .build_ui_state(|ui, app: &mut RightsDeskApp| app.main_ui(ui), app);
    h.run();
    h.get_by_label("Directory").click();
    h.run();
    select(&mut h, "New Mexico Immigrant Law Center");
    // Down to the last field (the editor scrolls to keep it in view).
    text_input(&h, "Source (where this information came from)").focus();
    h.run_steps(4);
    let name_top = |h: &Harness<'static, RightsDeskApp>| text_input(h, "Name").rect().top();
    assert!(
        name_top(&h) < 0.0 || name_top(&h) > 600.0,
        "scrolled past the name"
    );
    h.state_mut()
        .send(rights_desk::ui::command::Command::Directory(
            rights_desk::ui::command::DirectoryAction::SelectContact(Some("nmdoj".into())),
        ));
    h.run_steps(3);
    let top = name_top(&h);
    assert!(
        (0.0..600.0).contains(&top),
        "the name field is in view: {top}"
    );
}

#[test]
fn enter_picks_in_a_drop_down_and_closes_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.get_all_by_role(egui::accesskit::Role::ComboBox)
        .find(|n| n.accesskit_node().value().is_some_and(|v| v == "Any"))
        .expect("combo")
        .click();
    h.run_steps(3);
    let item = |h: &Harness<'static, RightsDeskApp>| {
        h.get_all_by_label("Legal aid")
            .find(|n| {
                !matches!(
                    n.accesskit_node().role(),
                    egui::accesskit::Role::Cell | egui::accesskit::Role::Label
                )
            })
            .map(|n| n.accesskit_node().role())
    };
    assert!(item(&h).is_some(), "the list is open");
    // Down to an item, then Enter.
    h.get_all_by_label("Legal aid")
        .find(|n| {
            !matches!(
                n.accesskit_node().role(),
                egui::accesskit::Role::Cell | egui::accesskit::Role::Label
            )
        })
        .expect("item")
        .focus();
    h.run_steps(2);
    h.key_press(Key::Enter);
    h.run_steps(3);
    assert_eq!(
        h.state().prefs.filter.category,
        Some(rights_desk::core::directory::contact::Category::LegalAid),
        "Enter picked it"
    );
    assert!(item(&h).is_none(), "the list closed: {:?}", item(&h));
}

#[test]
fn a_drop_down_opens_at_its_current_choice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    // Valencia is the last of 34 counties: far below the top of the list.
    h.state_mut().prefs.filter.county = Some("Valencia".into());
    h.run();
    let combo = h
        .get_all_by_label("County")
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::ComboBox)
        .expect("county filter");
    let below = combo.rect().max.y;
    combo.click();
    h.run();
    let item = h
        .get_all_by_label("Valencia")
        .find(|n| n.rect().min.y > below)
        .expect("Valencia in the open list");
    let rect = item.rect();
    // In view: within the list's 400 points under the drop-down, not scrolled out of it.
    assert!(
        rect.max.y <= below + 420.0,
        "the current choice is out of view at {rect:?} (list starts at {below})"
    );
    // And a click there picks it; the list scrolled, the choice is unchanged.
    item.click();
    h.run();
    assert_eq!(h.state().prefs.filter.county.as_deref(), Some("Valencia"));
    // Opened again after choosing one near the top, the list shows the top.
    h.state_mut().prefs.filter.county = Some("Bernalillo".into());
    h.run();
    let combo = h
        .get_all_by_label("County")
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::ComboBox)
        .expect("county filter");
    combo.click();
    h.run();
    let any = h
        .get_all_by_label("Any")
        .find(|n| n.rect().min.y > below)
        .expect("Any at the top of the list");
    assert!(any.rect().min.y < below + 60.0, "{:?}", any.rect());
}
