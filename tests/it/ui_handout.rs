//! UI flows of the Handout tab, headless through `egui_kittest`: entries chosen in the Guide tab
//! arrive in order, the layout and options change the preview (drawn by typst on a worker
//! thread), "prepared by" is remembered, and exporting writes the file the preview shows.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rights_desk::core::printing::Layout;
use rights_desk::core::workspace::paths::DataPaths;
use rights_desk::core::workspace::print_run::PrinterList;
use rights_desk::ui::RightsDeskApp;
use rights_desk::ui::command::Command;
use rights_desk::ui::command::DirectoryAction;
use std::path::Path;

fn harness(dir: &Path) -> Harness<'static, RightsDeskApp> {
    let app = RightsDeskApp::from_storage(DataPaths::at(dir), None);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 1000.0))
        .build_ui_state(|ui, app: &mut RightsDeskApp| app.main_ui(ui), app);
    h.run_steps(3);
    h
}

/// Runs frames until the preview worker has delivered pages (or gives up after ~20 s).
fn wait_for_preview(h: &mut Harness<'static, RightsDeskApp>) {
    wait_until(h, "the preview", |app| {
        !app.tabs.handout.busy() && app.tabs.handout.page_count() > 0
    });
    h.step();
}

#[test]
fn entries_from_the_guide_arrive_and_the_preview_shows_pages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.state_mut().send(Command::OpenEntry("q7".into()));
    h.run_steps(3);
    h.get_by_label("Add to handout").click();
    h.run_steps(3);
    h.state_mut().send(Command::OpenEntry("q14".into()));
    h.run_steps(3);
    h.get_by_label("Add to handout").click();
    h.run_steps(3);
    h.get_by_label("Handout").click();
    wait_for_preview(&mut h);
    assert_eq!(h.state().work.print_entries(), vec!["q7", "q14"]);
    assert!(
        h.query_by_label_contains("7. What should individuals do")
            .is_some()
    );
    let pages = h.state().tabs.handout.page_count();
    assert!(pages >= 2, "{pages} pages");
    // The label under the page (and the image's alternative text).
    assert!(
        h.get_all_by_label(&format!("Page 1 of {pages}"))
            .next()
            .is_some()
    );
    // Move Q14 above Q7.
    h.get_all_by_label("↑")
        .nth(1)
        .expect("second entry's up button")
        .click();
    h.run_steps(3);
    assert_eq!(h.state().work.print_entries(), vec!["q14", "q7"]);
}

#[test]
fn wallet_cards_preview_two_sheets_and_export_writes_the_pdf() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.get_by_label("Handout").click();
    h.run_steps(3);
    h.get_by_label("Wallet cards").click();
    // Let the new layout reach the preview's worker before waiting for it (the handout's pages
    // stay shown until the cards' arrive).
    h.run_steps(3);
    wait_for_preview(&mut h);
    assert_eq!(h.state().tabs.handout.page_count(), 2, "front and back");
    assert!(h.get_all_by_label("Page 2 of 2").next().is_some());
    // Pick two numbers for the back.
    h.get_by_label_contains("New Mexico Immigrant Law Center")
        .click();
    h.run_steps(3);
    // The card's front drop-down is named by its label.
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Front: key points of");
    h.get_by_label_contains("New Mexico Department of Justice")
        .click();
    h.run_steps(3);
    assert_eq!(
        h.state().work.print_choices().card_contacts,
        vec!["nmilc".to_string(), "nmdoj".to_string()]
    );
    let out = dir.path().join("printouts").join("cards.pdf");
    std::fs::create_dir_all(out.parent().expect("parent")).expect("mkdir");
    h.state_mut().send(Command::ExportPrintout(out.clone()));
    h.run_steps(3);
    let bytes = std::fs::read(&out).expect("exported");
    assert!(bytes.starts_with(b"%PDF"));
    assert_eq!(
        h.state().work.print_choices().last_folder.as_deref(),
        out.parent(),
        "the folder is remembered"
    );
    assert!(
        h.state()
            .notice
            .as_deref()
            .is_some_and(|n| n.starts_with("Saved")),
        "{:?}",
        h.state().notice
    );
    // The saved file is named beside an "Open" button.
    h.get_by_label(&out.display().to_string());
    h.get_by_label("Open");
    // The notice is the Handout tab's: it does not follow to the other tabs.
    let saved = h.state().notice.clone().unwrap_or_default();
    h.get_by_label(&saved);
    h.state_mut()
        .send(Command::SetTab(rights_desk::ui::command::Tab::Guide));
    h.run_steps(3);
    assert!(h.query_by_label(&saved).is_none(), "not on the Guide tab");
    h.state_mut()
        .send(Command::SetTab(rights_desk::ui::command::Tab::Handout));
    h.run_steps(3);
    h.get_by_label(&saved);
}

#[test]
fn prepared_by_and_the_layout_are_remembered() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut storage = std::collections::HashMap::new();
    {
        let mut h = harness(dir.path());
        h.get_by_label("Handout").click();
        h.run_steps(3);
        h.get_by_label("Contact sheet").click();
        h.run_steps(3);
        h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Prepared by")
            .click();
        h.run_steps(3);
        h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Prepared by")
            .type_text("Centro Legal, 505-555-0100");
        h.run_steps(3);
        let text = ron::to_string(&h.state().prefs_to_save()).expect("prefs serialize");
        storage.insert("prefs", text);
    }
    let prefs: rights_desk::ui::app::Prefs =
        ron::from_str(&storage["prefs"]).expect("prefs deserialize");
    assert_eq!(prefs.handout.prepared_by, "Centro Legal, 505-555-0100");
    assert_eq!(
        prefs.handout.layout,
        rights_desk::core::printing::Layout::Contacts
    );
    let app = RightsDeskApp::with_prefs(DataPaths::at(dir.path()), prefs);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 1000.0))
        .build_ui_state(|ui, app: &mut RightsDeskApp| app.main_ui(ui), app);
    h.run_steps(3);
    wait_for_preview(&mut h);
    let (_, data) = h.state().printout().expect("printout");
    assert_eq!(data.prepared_by, "Centro Legal, 505-555-0100");
    assert_eq!(data.layout, "contacts");
}

#[test]
fn a_directory_change_reaches_the_printout() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.get_by_label("Handout").click();
    wait_for_preview(&mut h);
    h.get_by_label("15 contacts will be printed");
    h.state_mut()
        .send(Command::Directory(DirectoryAction::DeleteContact(
            "nmilc".to_string(),
        )));
    h.run_steps(3);
    h.get_by_label("14 contacts will be printed");
    wait_for_preview(&mut h);
    let (_, data) = h.state().printout().expect("printout");
    assert!(
        data.groups
            .iter()
            .flat_map(|g| &g.contacts)
            .all(|c| c.name != "New Mexico Immigrant Law Center")
    );
}

/// Runs frames until `done` holds (or gives up after ~20 s).
fn wait_until(
    h: &mut Harness<'static, RightsDeskApp>,
    what: &str,
    done: impl Fn(&RightsDeskApp) -> bool,
) {
    for _ in 0..400 {
        h.step();
        if done(h.state()) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("{what} never happened");
}

#[test]
fn the_preview_draws_only_the_pages_near_the_view() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.get_by_label("Handout").click();
    h.run_steps(3);
    h.get_by_label("Add all").click();
    // The printout of every entry laid out (not the one shown before "Add all").
    wait_until(&mut h, "every entry laid out", |app| {
        !app.work.print_entries().is_empty()
            && !app.tabs.handout.busy()
            && app.tabs.handout.page_count() >= 6
    });
    let pages = h.state().tabs.handout.page_count();
    wait_until(&mut h, "the first page drawn", |app| {
        app.tabs.handout.is_drawn(0)
    });
    let drawn = h.state().tabs.handout.drawn_count();
    assert!(drawn <= 3, "{drawn} of {pages} pages held as pictures");
    // Scrolled to the last page: it is drawn, the first one let go.
    h.get_by_role_and_label(
        egui::accesskit::Role::Image,
        &format!("Page {pages} of {pages}"),
    )
    .scroll_to_me();
    wait_until(&mut h, "the last page drawn", |app| {
        app.tabs.handout.is_drawn(pages - 1) && !app.tabs.handout.is_drawn(0)
    });
    assert!(h.state().tabs.handout.drawn_count() <= 3);
}

#[test]
fn select_all_picks_at_most_what_a_printout_lists() {
    let dir = tempfile::tempdir().expect("tempdir");
    let max = rights_desk::core::printing::MAX_PRINTED_CONTACTS;
    let directory = rights_desk::core::directory::Directory::new(
        rights_desk::core::directory::generate::contacts(max + 20, 5),
    );
    let ron = rights_desk::core::store::directory_to_ron(&directory).expect("ron");
    std::fs::write(dir.path().join("directory.ron"), ron).expect("write");
    let mut h = harness(dir.path());
    wait_until(&mut h, "the directory loaded", |app| {
        app.directory().len() > max
    });
    h.get_by_label("Handout").click();
    h.run_steps(3);
    h.get_by_label("Chosen one by one").click();
    h.run_steps(3);
    h.get_by_label("Select all").click();
    h.run_steps(3);
    assert_eq!(h.state().work.print_choices().contacts.picked.len(), max);
    assert!(
        h.query_by_label(&format!("A printout lists at most {max} contacts."))
            .is_some()
    );
}

#[test]
fn door_cards_preview_front_and_back_and_say_where_the_words_come_from() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.get_by_label("Handout").click();
    h.run_steps(3);
    h.get_by_label("Door cards").click();
    h.run_steps(3);
    wait_for_preview(&mut h);
    assert_eq!(h.state().work.print_choices().layout, Layout::DoorCard);
    assert_eq!(h.state().tabs.handout.page_count(), 2, "front and back");
    // The tab says what each side carries and how to use the office's own wording.
    assert!(
        h.query_by_label_contains("Front: what to do at the door")
            .is_some()
    );
    assert!(h.query_by_label_contains("add our note").is_some());
    // The county chooses the numbers on the back.
    assert!(h.query_by_label_contains("Contacts to print").is_some());
}

/// With a directory file that does not open, the Handout tab says why no contacts would be
/// printed instead of "0 contacts will be printed" (#30).
#[test]
fn the_handout_tab_says_why_no_contacts_when_the_directory_does_not_open() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("directory.ron"),
        "(version: 2, contacts: [ (id: \"a\" name: \"A\") ])",
    )
    .expect("broken");
    let mut h = harness(dir.path());
    h.get_by_label("Handout").click();
    h.run_steps(3);
    h.get_by_label_contains("the directory file could not be opened");
    assert!(
        h.query_by_label_contains("0 contacts will be printed")
            .is_none()
    );
}

#[test]
fn ctrl_p_in_the_reader_prints_the_open_entry_alone_and_offers_the_pdf() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    h.state_mut().send(Command::OpenEntry("q7".into()));
    h.run_steps(3);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    h.run_steps(3);
    // The printers are looked for on a worker; once they answer (a list, or "no printing
    // service") the dialog grows, so wait for that before clicking anything in it.
    let asked = std::time::Instant::now();
    while matches!(
        h.state().work.printer_list(),
        PrinterList::NotAsked | PrinterList::Asking(_)
    ) && asked.elapsed() < std::time::Duration::from_secs(20)
    {
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.run_steps(1);
    }
    h.run_steps(3);
    // The reader stays open; the dialog says what prints, and saving the PDF is always there
    // (whether or not a printing service answers on this machine).
    assert_eq!(h.state().prefs.tab, rights_desk::ui::command::Tab::Guide);
    h.get_by_label_contains("This question alone: 7. What should individuals do");
    h.get_by_label("Save as PDF…");
    h.get_by_label("Close").click();
    h.run_steps(3);
    assert!(h.state().tabs.handout.print_dialog.is_none());
    // From the Handout tab's button, the dialog is for the tab's printout.
    h.state_mut().send(Command::OpenPrint(None));
    h.run_steps(3);
    assert_eq!(h.state().prefs.tab, rights_desk::ui::command::Tab::Handout);
    assert!(h.query_by_label_contains("This question alone").is_none());
}

#[test]
fn one_entry_is_saved_alone_with_its_question_as_title() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(dir.path());
    let out = dir.path().join("q7.txt");
    h.state_mut().send(Command::SetHandout(Box::new(
        rights_desk::core::printing::PrintChoices {
            format: rights_desk::core::printing::OutputFormat::Txt,
            ..rights_desk::core::printing::PrintChoices::default()
        },
    )));
    h.state_mut()
        .send(Command::ExportEntry(out.clone(), "q7".into()));
    h.run_steps(3);
    let text = std::fs::read_to_string(&out).expect("saved");
    assert!(text.contains("What should individuals do"), "{text}");
    assert!(
        !text.contains("How does the State Attorney General advise"),
        "q7 alone: {text}"
    );
}
