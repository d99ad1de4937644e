//! File dialogs never go silent: on a desktop without a system file dialog the window's own
//! chooser opens (the app built without eframe always uses it, as such a desktop does), and
//! Export, Open and Save as go through it from the menus a person uses.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rights_desk::core::workspace::paths::DataPaths;
use rights_desk::ui::RightsDeskApp;
use rights_desk::ui::dialogs::FileDialogs;
use std::path::Path;

fn harness(dir: &Path) -> Harness<'static, RightsDeskApp> {
    let app = RightsDeskApp::from_storage(DataPaths::at(dir), None);
    assert_eq!(app.file_dialogs, FileDialogs::InWindow);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, app: &mut RightsDeskApp| app.main_ui(ui), app);
    h.run();
    h.get_by_label("Directory").click();
    h.run();
    h
}

/// Types `path` over the chooser's file name and presses `button`.
fn choose(h: &mut Harness<'static, RightsDeskApp>, path: &Path, button: &str) {
    h.get_by_role_and_label(Role::TextInput, "File name:")
        .focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "File name:")
        .type_text(&path.display().to_string());
    h.run();
    h.get_by_label(button).click();
    h.run();
}

fn open_export_csv(h: &mut Harness<'static, RightsDeskApp>) {
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Export contacts").click();
    h.run();
    h.get_by_label("CSV for spreadsheets…").click();
    h.run();
}

#[test]
fn export_opens_the_window_s_own_chooser_and_writes_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    open_export_csv(&mut h);
    assert!(h.state().file_chooser_open(), "the chooser opened");
    // Named in the interface language, proposing the file name.
    h.get_by_label_contains("CSV for spreadsheets…");
    h.get_by_label("Up one folder");
    let out = dir.path().join("exported");
    // The file name proposed is there, and both fields are named.
    assert_eq!(
        h.get_by_role_and_label(Role::TextInput, "File name:")
            .value()
            .as_deref(),
        Some("contacts.csv")
    );
    h.get_by_role_and_label(Role::TextInput, "Folder");
    choose(&mut h, &out, "Save");
    assert!(!h.state().file_chooser_open(), "the chooser closed");
    // The extension is added when none was typed.
    let csv = std::fs::read_to_string(dir.path().join("exported.csv")).expect("written");
    assert!(csv.lines().count() > 10, "{csv}");
    h.get_by_label_contains("Exported 15 contacts to");
}

#[test]
fn saving_over_a_file_asks_first_and_another_name_can_be_chosen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let there = dir.path().join("contacts.csv");
    std::fs::write(&there, "keep me\n").expect("write");
    let mut h = harness(dir.path());
    open_export_csv(&mut h);
    choose(&mut h, &there, "Save");
    h.get_by_label_contains("“contacts.csv” is already there. Replace it?");
    h.get_by_label("Choose another name").click();
    h.run();
    assert_eq!(
        std::fs::read_to_string(&there).expect("read"),
        "keep me\n",
        "nothing written yet"
    );
    assert!(h.state().file_chooser_open(), "back in the chooser");
    let other = dir.path().join("other.csv");
    choose(&mut h, &other, "Save");
    assert!(other.exists(), "the other name was written");
    assert_eq!(std::fs::read_to_string(&there).expect("read"), "keep me\n");
    // And replacing, when the user says so.
    open_export_csv(&mut h);
    choose(&mut h, &there, "Save");
    h.get_by_label("Replace").click();
    h.run();
    assert_ne!(std::fs::read_to_string(&there).expect("read"), "keep me\n");
}

#[test]
fn open_goes_through_the_chooser_and_escape_closes_only_the_chooser() {
    let dir = tempfile::tempdir().expect("tempdir");
    let other = dir.path().join("office.ron");
    // A second directory file with one contact, beside the open one.
    let d = rights_desk::core::directory::Directory::new(vec![
        rights_desk::core::directory::contact::Contact {
            id: "clinica-test".into(),
            name: "Clinica Test Office".into(),
            ..Default::default()
        },
    ]);
    rights_desk::core::store::save_directory(&other, &d, None).expect("save");
    let mut h = harness(dir.path());
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Open directory file…").click();
    h.run();
    assert!(h.state().file_chooser_open());
    // Esc closes the chooser and nothing else: the Directory tab is still there.
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(!h.state().file_chooser_open());
    h.get_by_role_and_label(Role::TextInput, "Filter");
    // Again, and open the file by typing its path.
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Open directory file…").click();
    h.run();
    // It starts in the open file's folder: pick the other file there.
    h.get_by_label("🗋 office.ron").click();
    h.run();
    h.get_by_label("Open").click();
    h.run();
    h.state_mut().wait_until_loaded();
    h.run();
    assert_eq!(
        h.state()
            .session()
            .map(rights_desk::core::workspace::session::Session::path),
        Some(other.as_path())
    );
    assert_eq!(h.state().directory().contacts().len(), 1);
}
