//! UI flows of the reader, driven headless through `egui_kittest` (no GPU, no display). The
//! queries go through the AccessKit tree, so they double as accessibility checks.

use crate::fixtures::MemoryStorage;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use rights_desk::core::workspace::paths::DataPaths;
use rights_desk::ui::RightsDeskApp;
use rights_desk::ui::command::{Command, Tab};
use rights_desk::ui::theme::ThemeChoice;

fn harness(app: RightsDeskApp) -> Harness<'static, RightsDeskApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1100.0, 1400.0))
        .build_ui_state(|ui, app: &mut RightsDeskApp| app.main_ui(ui), app);
    h.run();
    h
}

fn app_in(dir: &std::path::Path) -> RightsDeskApp {
    RightsDeskApp::from_storage(DataPaths::at(dir), None)
}

fn search(h: &mut Harness<'_, RightsDeskApp>, text: &str) {
    h.get_by_label("Search the guide").click();
    h.run();
    h.get_by_label("Search the guide").type_text(text);
    h.run();
}

#[test]
fn searching_detainer_lists_q3_and_opens_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_in(dir.path()));
    search(&mut h, "detainer");
    let ids: Vec<String> = h
        .state()
        .work
        .search()
        .hits
        .iter()
        .map(|x| x.entry_id.clone())
        .collect();
    assert!(ids.contains(&"q3".to_string()), "{ids:?}");
    h.get_by_label_contains("3. How does the State Attorney General advise")
        .click();
    h.run();
    assert_eq!(h.state().prefs.last_entry.as_deref(), Some("q3"));
    // The answer is on screen, its numbered list as a list.
    h.get_by_label_contains("Legal compliance: The State Attorney General may instruct");
    h.get_by_label("1.");
    h.get_by_label("3.");
}

#[test]
fn accents_and_case_do_not_matter() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_in(dir.path()));
    search(&mut h, "DONA ana");
    let ids: Vec<String> = h
        .state()
        .work
        .search()
        .hits
        .iter()
        .map(|x| x.entry_id.clone())
        .collect();
    assert!(ids.contains(&"q14".to_string()), "{ids:?}");
    assert!(ids.contains(&"change-county-jails".to_string()), "{ids:?}");
    // The snippet shows the original spelling.
    assert!(
        !h.query_all_by_label_contains("Doña Ana")
            .collect::<Vec<_>>()
            .is_empty()
    );
}

#[test]
fn keyboard_moves_through_hits_and_escape_clears() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_in(dir.path()));
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    assert!(h.get_by_label("Search the guide").is_focused());
    h.get_by_label("Search the guide").type_text("detainer");
    h.run();
    let second = h.state().work.search().hits[1].entry_id.clone();
    h.key_press(Key::ArrowDown);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().prefs.last_entry.as_deref(), Some(second.as_str()));
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().work.search().text.is_empty());
    assert!(h.state().work.search().hits.is_empty());
}

#[test]
fn the_editors_note_shows_on_q17() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_in(dir.path()));
    h.get_by_label_contains("17. Are there any specific initiatives")
        .click();
    h.run();
    assert_eq!(h.state().prefs.last_entry.as_deref(), Some("q17"));
    // Each note says when it was checked.
    h.get_by_label_contains("Editor's note — Out of date (checked Nov 27, 2026)");
    h.get_by_label_contains("Immigrant Safety Act (HB 9, signed 5 February 2026");
    // The answer's advice to go to the Attorney General is corrected.
    h.get_by_label_contains("Editor's note — Correction (checked Nov 28, 2026)");
    h.get_by_label_contains("does not represent individuals");
    assert_eq!(h.get_all_by_label("Sources:").count(), 2);
}

#[test]
fn add_to_handout_changes_state() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_in(dir.path()));
    assert!(h.state().work.print_entries().is_empty());
    h.get_by_label("Add to handout").click();
    h.run();
    assert_eq!(h.state().work.print_entries(), vec!["q1".to_string()]);
    h.get_by_label("Add to handout").click();
    h.run();
    assert!(h.state().work.print_entries().is_empty());
}

#[test]
fn next_and_previous_follow_reading_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_in(dir.path()));
    assert_eq!(h.state().prefs.last_entry.as_deref(), Some("q1"));
    h.get_by_label("Next →").click();
    h.run();
    assert_eq!(h.state().prefs.last_entry.as_deref(), Some("q2"));
    h.get_by_label("Next →").click();
    h.run();
    h.get_by_label("← Previous").click();
    h.run();
    assert_eq!(h.state().prefs.last_entry.as_deref(), Some("q2"));
    // The same from the keyboard.
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    h.run();
    assert_eq!(h.state().prefs.last_entry.as_deref(), Some("q3"));
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().prefs.last_entry.as_deref(), Some("q2"));
}

#[test]
fn a_related_contact_opens_in_the_directory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_in(dir.path()));
    h.get_by_label("New Mexico Department of Justice (Attorney General)")
        .click();
    h.run();
    assert_eq!(h.state().prefs.tab, Tab::Directory);
    assert_eq!(h.state().tabs.directory.selected.as_deref(), Some("nmdoj"));
    h.get_by_label("505-490-4060");
}

#[test]
fn a_broken_guide_file_shows_an_error_and_the_app_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let guides = dir.path().join("guides");
    std::fs::create_dir_all(&guides).expect("mkdir");
    std::fs::write(
        guides.join("broken.ron"),
        "(\n  version: 1,\n  id: \"x\"\n  title: \"y\",\n)",
    )
    .expect("write");
    let mut h = harness(app_in(dir.path()));
    h.get_by_label("Some guide files could not be loaded");
    let error = h.state().guide_problems()[0].clone();
    assert!(error.contains("broken.ron:4:"), "{error}");
    h.get_by_label(&error);
    // The bundled guide still works.
    search(&mut h, "detainer");
    assert!(!h.state().work.search().hits.is_empty());
}

#[test]
fn a_second_guide_brings_a_guide_picker() {
    let dir = tempfile::tempdir().expect("tempdir");
    let guides = dir.path().join("guides");
    std::fs::create_dir_all(&guides).expect("mkdir");
    let other = rights_desk::core::guide::BUNDLED_EN
        .replacen("id: \"nm-ag-ice\"", "id: \"local-notes\"", 1)
        .replacen(
            "title: \"State Attorney General Guidance On ICE in New Mexico\"",
            "title: \"Our office notes\"",
            1,
        );
    std::fs::write(guides.join("local.ron"), other).expect("write");
    let mut h = harness(app_in(dir.path()));
    assert_eq!(
        h.state().guides().len(),
        3,
        "English, Spanish, and the office's"
    );
    h.get_by_label("Showing");
    let index = h
        .state()
        .guides()
        .iter()
        .position(|g| g.id == "local-notes")
        .expect("loaded");
    h.state_mut().send(Command::SelectGuide(index));
    h.run();
    assert_eq!(
        h.state().guide().map(|g| g.id.as_str()),
        Some("local-notes")
    );
}

#[test]
fn zoom_theme_tab_and_entry_survive_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_in(dir.path()));
    h.get_by_label("Next →").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    h.run();
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Dark").click();
    h.run();
    let zoom = h.state().prefs.zoom;
    assert!((zoom - 1.2).abs() < 1e-4, "{zoom}");
    assert_eq!(h.state().prefs.theme, ThemeChoice::Dark);
    assert!((h.ctx.zoom_factor() - 1.2).abs() < 1e-4);

    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    let restored = RightsDeskApp::from_storage(DataPaths::at(dir.path()), Some(&storage));
    assert_eq!(restored.prefs_to_save(), h.state().prefs_to_save());
    assert_eq!(restored.prefs.last_entry.as_deref(), Some("q2"));

    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run();
    assert!((h.state().prefs.zoom - 1.0).abs() < 1e-4);
}

#[test]
fn about_shows_version_and_data_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_in(dir.path()));
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label("About Rights Desk").click();
    h.run();
    h.get_by_label(&format!("Version {}", env!("CARGO_PKG_VERSION")));
    h.get_by_label_contains(&dir.path().display().to_string());
    h.get_by_label("General information, not legal advice.");
}

#[test]
fn switching_to_spanish_translates_the_window_and_search_finds_detencion() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_in(dir.path()));
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label("Español (Spanish)").click();
    h.run();
    for tab in ["Guía", "Directorio", "Folleto"] {
        h.get_by_label(tab);
    }
    assert_eq!(h.state().prefs.lang, rights_desk::core::i18n::Lang::Es);
    assert_eq!(h.state().guide().map(|g| g.language.as_str()), Some("es"));
    h.get_by_label("Buscar en la guía").click();
    h.run();
    h.get_by_label("Buscar en la guía").type_text("detención");
    h.run();
    let ids: Vec<String> = h
        .state()
        .work
        .search()
        .hits
        .iter()
        .map(|x| x.entry_id.clone())
        .collect();
    assert!(ids.contains(&"q3".to_string()), "{ids:?}");
    // "detainer" (English) finds the same entry while reading Spanish.
    h.state_mut().send(Command::SetQuery("detainer".into()));
    h.run();
    assert!(
        h.state()
            .work
            .search()
            .hits
            .iter()
            .any(|x| x.entry_id == "q3")
    );
    // One click to the same entry in English.
    h.state_mut().send(Command::SetQuery(String::new()));
    h.state_mut().send(Command::OpenEntry("q7".into()));
    h.run();
    h.get_by_label("Read in English").click();
    h.run();
    assert_eq!(h.state().guide().map(|g| g.language.as_str()), Some("en"));
    assert_eq!(h.state().prefs.last_entry.as_deref(), Some("q7"));
    h.get_by_label("Leer en español");
}

/// File → Update the guide…: the differences are shown before anything is installed; an older
/// guide cannot be installed.
#[test]
fn a_guide_update_is_previewed_then_installed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bundled = crate::fixtures::BUNDLED_EN;
    let newer = crate::fixtures::newer_guide();
    let file = dir.path().join("update.ron");
    std::fs::write(&file, newer).expect("write");
    let mut h = harness(app_in(dir.path()));
    h.state_mut()
        .send(rights_desk::ui::command::Command::GuideUpdate(
            rights_desk::ui::command::GuideUpdateAction::Preview(file),
        ));
    h.run();
    h.get_by_label("Update the guide");
    h.get_by_label_contains("Nov 28, 2026 (in use) → Dec 15, 2026");
    h.get_by_label("Entries reworded");
    assert!(
        !dir.path().join("guides/nm-ag-ice.en.ron").exists(),
        "not before Install"
    );
    h.get_by_label("Install").click();
    h.run();
    assert!(dir.path().join("guides/nm-ag-ice.en.ron").exists());
    assert!(
        h.state()
            .notice
            .as_deref()
            .is_some_and(|n| n.starts_with("The guide was installed")),
        "{:?}",
        h.state().notice
    );
    assert_eq!(
        h.state().guide().map(|g| g.last_reviewed.to_string()),
        Some("2026-12-15".into())
    );

    // The bundled file is older now: Install is not offered.
    let old = dir.path().join("old.ron");
    std::fs::write(&old, bundled).expect("write");
    h.state_mut()
        .send(rights_desk::ui::command::Command::GuideUpdate(
            rights_desk::ui::command::GuideUpdateAction::Preview(old),
        ));
    h.run();
    h.get_by_label_contains("older than the guide in use");
    assert!(NodeT::accesskit_node(&h.get_by_label("Install")).is_disabled());
}

/// The office writes its own note on an entry and its own question; both are saved in
/// office-notes.ron (never in the guide), shown, searched, and a change can be undone.
#[test]
fn the_office_adds_edits_deletes_and_undoes_its_own_notes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_in(dir.path()));
    h.state_mut().send(Command::OpenEntry("q14".into()));
    h.run();
    h.get_by_label("Add our note").click();
    h.run();
    type_into(
        &mut h,
        "Organization name (shown with each note)",
        "Example Office",
    );
    type_into(
        &mut h,
        "Text (English)",
        "Our county jail asks for a judge's warrant.",
    );
    h.get_by_label("Save").click();
    h.run();
    let file = dir.path().join("office-notes.ron");
    let saved = std::fs::read_to_string(&file).expect("saved");
    assert!(saved.contains("Our county jail asks"), "{saved}");
    assert!(
        h.get_all_by_label_contains("Note from Example Office")
            .next()
            .is_some()
    );
    h.get_by_label_contains("Our county jail asks");

    // Delete it, then undo the deletion.
    h.get_by_label("Delete").click();
    h.run();
    assert!(h.query_by_label_contains("Our county jail asks").is_none());
    h.get_by_label("Undo the last change to our notes").click();
    h.run();
    h.get_by_label_contains("Our county jail asks");
    assert!(
        std::fs::read_to_string(&file)
            .expect("read")
            .contains("Our county jail asks")
    );

    // An own question, found by search.
    h.get_by_label("+ Add our own question").click();
    h.run();
    type_into(
        &mut h,
        "Question (English)",
        "When is the legal clinic open?",
    );
    type_into(&mut h, "Text (English)", "Tuesdays from 9 to 12.");
    h.get_by_label("Save").click();
    h.run();
    search(&mut h, "legal clinic");
    assert!(
        h.get_all_by_label_contains("When is the legal clinic open?")
            .next()
            .is_some()
    );
    // The bundled guide file is untouched; nothing was written into guides/.
    assert!(!dir.path().join("guides").exists());
}

/// Types into the text field (one line or several) named `label`.
fn type_into(h: &mut Harness<'_, RightsDeskApp>, label: &str, text: &str) {
    use egui::accesskit::Role;
    let role = if h.query_by_role_and_label(Role::TextInput, label).is_some() {
        Role::TextInput
    } else {
        Role::MultilineTextInput
    };
    h.get_by_role_and_label(role, label).click();
    h.run();
    h.get_by_role_and_label(role, label).type_text(text);
    h.run();
}

/// Icon buttons are named by what they do (as a screen reader reads them), and the reader says
/// when the directory could not be opened instead of claiming it is empty.
#[test]
fn icon_buttons_have_names_and_an_unopened_directory_is_not_called_empty() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("directory.ron"),
        "(version: 2, contacts: [ (id: ) ])",
    )
    .expect("corrupt");
    let mut h = harness(app_in(dir.path()));
    search(&mut h, "detainer");
    assert!(
        h.query_by_role_and_label(egui::accesskit::Role::Button, "Clear search")
            .is_some()
    );
    h.state_mut().send(Command::OpenEntry("q7".into()));
    h.state_mut().send(Command::SetQuery(String::new()));
    h.run();
    h.get_by_label("The directory could not be opened — see the Directory tab.");
    assert!(
        h.query_by_label("Your directory has no contacts in these categories yet.")
            .is_none()
    );
}

/// Help → Keyboard shortcuts lists every shortcut of the one table in the code.
#[test]
fn the_keyboard_shortcuts_page_lists_the_table() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_in(dir.path()));
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label("Keyboard shortcuts").click();
    h.run();
    for s in rights_desk::ui::shortcuts::SHORTCUTS {
        assert!(
            h.query_by_label(rights_desk::ui::shortcuts::keys(s))
                .is_some(),
            "{}",
            s.keys
        );
    }
    h.get_by_label("Find: the guide's search, or the Directory's filter on that tab");
}

/// The highlighted search result is the entry that is open, whichever way it was opened.
#[test]
fn the_highlighted_result_follows_the_open_entry() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_in(dir.path()));
    search(&mut h, "detainer");
    let hits: Vec<String> = h
        .state()
        .work
        .search()
        .hits
        .iter()
        .map(|x| x.entry_id.clone())
        .collect();
    assert!(hits.len() >= 2, "{hits:?}");
    // Open the second hit some other way than with the cursor (a click, a link).
    h.state_mut().send(Command::OpenEntry(hits[1].clone()));
    h.run();
    assert_eq!(h.state().work.search().cursor, 1);
    // Switching language keeps the same entry highlighted.
    h.state_mut()
        .send(Command::SetLang(rights_desk::core::i18n::Lang::Es));
    h.run();
    let open = h.state().prefs.last_entry.clone();
    let cursor = h.state().work.search().cursor;
    assert_eq!(
        h.state()
            .work
            .search()
            .hits
            .get(cursor)
            .map(|x| x.entry_id.clone()),
        open
    );
}

/// The node that has the keyboard focus, if any.
fn focused<'a>(
    h: &'a Harness<'_, RightsDeskApp>,
) -> Option<egui_kittest::kittest::AccessKitNode<'a>> {
    h.query_all(
        #[allow(
            clippy::redundant_closure_for_method_calls,
            reason = "the predicate needs a closure for its lifetime"
        )]
        egui_kittest::kittest::By::new().predicate(|n| n.is_focused()),
    )
    .next()
    .map(|n| n.accesskit_node())
}

#[test]
fn a_screen_reader_finds_the_window_name_headings_and_the_top_bar_in_reading_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_in(dir.path()));
    h.run();
    assert_eq!(
        h.root().accesskit_node().label().as_deref(),
        Some("Rights Desk")
    );
    // The open entry's question is the page's heading; "Who can help" a heading below it.
    let headings: Vec<(String, Option<usize>)> = h
        .query_all_by_role(egui::accesskit::Role::Heading)
        .map(|n| {
            let node = n.accesskit_node();
            (node.label().unwrap_or_default(), node.data().level())
        })
        .collect();
    assert!(
        headings
            .iter()
            .any(|(t, l)| t.starts_with("1. What is the State Attorney General") && *l == Some(1)),
        "{headings:?}"
    );
    assert!(
        headings
            .iter()
            .any(|(t, l)| t == "Who can help" && *l == Some(2)),
        "{headings:?}"
    );
    // Tab goes from the last tab to Language, View and Help, in the order they are read.
    h.get_by_label("Handout").focus();
    h.run();
    let mut order = Vec::new();
    for _ in 0..3 {
        h.key_press(Key::Tab);
        h.run();
        let focused = focused(&h).and_then(|n| n.label()).unwrap_or_default();
        order.push(focused);
    }
    assert_eq!(order, ["Language", "View", "Help"]);
}

#[test]
fn tabbing_to_a_link_below_the_fold_scrolls_it_into_view() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = app_in(dir.path());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1100.0, 600.0))
        .build_ui_state(|ui, app: &mut RightsDeskApp| app.main_ui(ui), app);
    h.run();
    h.get_by_label("Leer en español").focus();
    h.run();
    let mut reached = None;
    for _ in 0..40 {
        h.key_press(Key::Tab);
        h.run();
        h.run();
        let focused = h
            .query_all(
                #[allow(
                    clippy::redundant_closure_for_method_calls,
                    reason = "the predicate needs a closure for its lifetime"
                )]
                egui_kittest::kittest::By::new().predicate(|n| n.is_focused()),
            )
            .next()
            .map(|n| {
                let node = n.accesskit_node();
                (
                    node.role(),
                    node.label().unwrap_or_default(),
                    node.bounding_box(),
                )
            });
        if let Some((role, label, bounds)) = focused
            && role == egui::accesskit::Role::Link
        {
            reached = Some((label, bounds));
            break;
        }
    }
    let (label, bounds) = reached.expect("Tab reaches a link of “Who can help”");
    let b = bounds.expect("bounds");
    assert!(
        b.y0 >= 0.0 && b.y1 <= 600.0,
        "{label} at {b:?} is scrolled into view"
    );
}

/// Page Down and Page Up scroll the open entry, even while the search box has the keyboard
/// (#30: Page Down did nothing in the reader).
#[test]
fn page_down_and_up_scroll_the_open_entry() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1100.0, 500.0))
        .build_ui_state(
            |ui, app: &mut RightsDeskApp| app.main_ui(ui),
            app_in(dir.path()),
        );
    h.run();
    h.state_mut()
        .send(rights_desk::ui::command::Command::OpenEntry("q14".into()));
    h.run_steps(3);
    let top = |h: &Harness<'static, RightsDeskApp>| {
        h.query_all_by_label_contains("14. Are there any specific guidelines")
            .filter_map(|n| n.accesskit_node().bounding_box())
            .map(|r| r.y0)
            .fold(f64::MAX, f64::min)
    };
    let before = top(&h);
    h.key_press(egui::Key::PageDown);
    h.run_steps(3);
    let after = top(&h);
    assert!(after < before - 100.0, "scrolled down: {before} → {after}");
    h.key_press(egui::Key::PageUp);
    h.run_steps(3);
    assert!((top(&h) - before).abs() < 1.0, "back at the top");
}

#[test]
fn a_misspelling_offers_the_guides_word_in_one_click() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_in(dir.path()));
    search(&mut h, "county jail detainr");
    h.get_by_label("Did you mean “county jail detainer”?")
        .click();
    h.run();
    assert_eq!(h.state().work.search().text, "county jail detainer");
    assert!(h.state().work.search().suggestion.is_none());
    assert!(
        h.state()
            .work
            .search()
            .hits
            .iter()
            .any(|x| x.entry_id == "q3")
    );
}

#[test]
fn a_focused_check_box_gets_a_ring() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_in(dir.path()));
    h.state_mut().send(Command::OpenEntry("q7".into()));
    h.run();
    assert!(
        rights_desk::ui::window::focus_ring_rect(&h.ctx).is_none(),
        "no focus, no ring"
    );
    h.get_by_label("Add to handout").focus();
    h.run();
    let ring = rights_desk::ui::window::focus_ring_rect(&h.ctx).expect("a ring");
    let check_box = h.get_by_label("Add to handout").rect();
    assert!(
        ring.contains_rect(check_box.shrink(1.0)) || check_box.contains_rect(ring.shrink(1.0)),
        "the ring is around the check box: {ring:?} / {check_box:?}"
    );
}
