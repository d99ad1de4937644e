//! The verification round in the window, headless through `egui_kittest`: a round of 20
//! contacts worked through by keyboard alone, a correction made during a call, and closed
//! contacts leaving the list.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rights_desk::core::directory::Directory;
use rights_desk::core::directory::check::{Finding, Method};
use rights_desk::core::directory::generate;
use rights_desk::core::store;
use rights_desk::core::workspace::paths::DataPaths;
use rights_desk::ui::RightsDeskApp;
use std::path::Path;

/// A data folder whose directory holds `n` generated contacts, never checked.
fn folder_with(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut contacts = generate::contacts(n, 7);
    for c in &mut contacts {
        c.verified_on = None;
    }
    store::save_directory(
        &dir.path().join("directory.ron"),
        &Directory::new(contacts),
        None,
    )
    .expect("save");
    dir
}

fn harness(dir: &Path) -> Harness<'static, RightsDeskApp> {
    let app = RightsDeskApp::from_storage(DataPaths::at(dir), None);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 1000.0))
        .build_ui_state(|ui, app: &mut RightsDeskApp| app.main_ui(ui), app);
    h.run();
    h
}

fn on_disk(dir: &Path) -> Directory {
    store::load_directory(&dir.join("directory.ron"))
        .expect("the saved file loads")
        .directory
}

/// Opens a round by its shortcut, puts `volunteer` on it and starts it.
fn start_round(h: &mut Harness<'static, RightsDeskApp>, volunteer: &str) {
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::V);
    h.run();
    h.get_by_label("Your name").click();
    h.run();
    h.get_by_label("Your name").type_text(volunteer);
    h.run();
    // Tab leaves the name for the next stop; Start is reached by Tab and Enter.
    h.key_press(Key::Tab);
    h.run();
    let start = h.get_by_label("Start");
    start.focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
}

#[test]
fn a_round_of_twenty_contacts_by_keyboard() {
    let dir = folder_with(20);
    let mut h = harness(dir.path());
    start_round(&mut h, "Ana");
    h.get_by_label_contains("1 of 20");
    // Confirmed for the first 15, no answer for the next 4, closed for the last.
    for n in 0..20 {
        let key = match n {
            0..15 => Key::Num1,
            15..19 => Key::Num3,
            _ => Key::Num6,
        };
        h.key_press(key);
        h.run();
        h.run();
    }
    h.get_by_label("Round over");
    h.get_by_label_contains("20 contacts checked");
    let saved = on_disk(dir.path());
    let contacts = saved.contacts();
    assert_eq!(contacts.iter().filter(|c| c.checks.len() == 1).count(), 20);
    assert!(contacts.iter().all(|c| c.checks[0].volunteer == "Ana"));
    assert!(contacts.iter().all(|c| c.checks[0].method == Method::Phone));
    let found = |f: Finding| contacts.iter().filter(|c| c.checks[0].found == f).count();
    assert_eq!(found(Finding::Confirmed), 15);
    assert_eq!(found(Finding::NoAnswer), 4);
    assert_eq!(found(Finding::Closed), 1);
    assert_eq!(
        contacts.iter().filter(|c| c.verified_on.is_some()).count(),
        15,
        "only confirmations verify"
    );
    // The closed one has left the list; "Show closed and unlisted" brings it back.
    h.get_by_label("Close").click();
    h.run();
    h.get_by_label_contains("19 of 20");
    h.get_by_label("Show closed and unlisted").click();
    h.run();
    h.get_by_label_contains("20 of 20");
}

#[test]
fn a_correction_during_a_call_is_logged_with_the_old_value() {
    let dir = folder_with(1);
    let before = on_disk(dir.path()).contacts()[0].clone();
    let mut h = harness(dir.path());
    start_round(&mut h, "");
    let hours = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Hours");
    hours.click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Hours")
        .type_text("Mon–Thu 9:00–13:00");
    h.run();
    // Out of the field (its keys are its own), then "1 Confirmed" by keyboard.
    h.key_press(Key::Escape);
    h.run();
    h.key_press(Key::Num1);
    h.run();
    h.run();
    h.get_by_label("Round over");
    let after = on_disk(dir.path()).contacts()[0].clone();
    assert_eq!(after.hours.as_str(), "Mon–Thu 9:00–13:00");
    let check = &after.checks[0];
    assert_eq!(
        check.found,
        Finding::Changed,
        "a correction makes it changed"
    );
    assert_eq!(check.old_values.len(), 1);
    assert_eq!(check.old_values[0].field, "hours");
    assert_eq!(check.old_values[0].was, before.hours.as_str());
    // One step undoes both the correction and the check.
    h.get_by_label("Close").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.run();
    let undone = on_disk(dir.path()).contacts()[0].clone();
    assert_eq!(undone.hours, before.hours);
    assert!(undone.checks.is_empty());
}
