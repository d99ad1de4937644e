//! Language → Translations… in the window: how far the Spanish is, a file saved for a
//! translator, their file read back (what changes, what is refused) and applied with the
//! reviewer's name, the corrected words showing at once.

use crate::fixtures::set_po;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rights_desk::core::translation::exchange::ExchangeFormat;
use rights_desk::core::workspace::paths::DataPaths;
use rights_desk::ui::RightsDeskApp;
use rights_desk::ui::command::Command;
use rights_desk::ui::command::TranslationsAction;

#[test]
fn a_reviewed_file_is_read_shown_and_applied_with_the_reviewer_s_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = RightsDeskApp::from_storage(DataPaths::at(dir.path()), None);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, app: &mut RightsDeskApp| app.main_ui(ui), app);
    h.run();
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label("Translations…").click();
    h.run();
    h.get_by_label_contains("Español (Spanish): interface ");
    h.get_by_label_contains("% reviewed");
    // Saved for a translator (the chooser's path given straight).
    let po = dir.path().join("es.po");
    h.state_mut()
        .send(Command::Translations(TranslationsAction::Export(
            po.clone(),
            ExchangeFormat::Po,
        )));
    h.run();
    h.get_by_label_contains("strings for a translator to");
    // The translator corrects a word of this window, and drops a variable elsewhere.
    let text = std::fs::read_to_string(&po).expect("read");
    let text = set_po(&text, "ui/translations-reviewer", "Revisión hecha por");
    let text = set_po(&text, "ui/print-saved", "Se guardó");
    std::fs::write(&po, text).expect("write");
    h.state_mut()
        .send(Command::Translations(TranslationsAction::Read(po.clone())));
    h.run();
    h.get_by_label_contains("1 changed");
    h.get_by_label_contains("ui/print-saved: the translation drops { $path }");
    // Apply waits for the reviewer's name.
    h.get_by_role_and_label(Role::TextInput, "Reviewed by")
        .click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Reviewed by")
        .type_text("Ana Ruiz");
    h.run();
    h.get_by_label("Apply").click();
    h.run();
    h.get_by_label_contains("confirmed, reviewed by Ana Ruiz");
    h.get_by_label_contains("Take back the file reviewed by Ana Ruiz on ");
    assert!(
        std::fs::read_to_string(dir.path().join("languages/es/ui.ftl"))
            .expect("the pack")
            .contains("translations-reviewer = Revisión hecha por")
    );
    // In Spanish, the corrected words show at once.
    h.state_mut()
        .send(Command::SetLang(rights_desk::core::i18n::Lang::Es));
    h.run();
    h.state_mut()
        .send(Command::Translations(TranslationsAction::Read(po)));
    h.run();
    h.get_by_label("Revisión hecha por");
    // The whole file is taken back in one step: the words are as they were.
    h.get_by_label_contains("Deshacer el archivo revisado por Ana Ruiz")
        .click();
    h.run();
    h.get_by_label_contains("quedaron como estaban antes del archivo revisado por Ana Ruiz");
    h.get_by_label("Revisado por");
    assert!(!dir.path().join("languages/es/ui.ftl").exists());
    // Leave the process as the other tests expect it.
    rights_desk::core::i18n::packs::remove(rights_desk::core::i18n::Lang::Es);
}

#[test]
fn a_language_pack_shows_in_the_window_with_its_coverage_and_english_where_it_lacks() {
    use rights_desk::core::i18n::Lang;
    let dir = tempfile::tempdir().expect("tempdir");
    let pack = dir.path().join("languages/vi");
    std::fs::create_dir_all(&pack).expect("made");
    // Test strings (not a reviewed translation).
    std::fs::write(pack.join("ui.ftl"), "tab-guide = Hướng dẫn\n").expect("written");
    let app = RightsDeskApp::from_storage(DataPaths::at(dir.path()), None);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, app: &mut RightsDeskApp| app.main_ui(ui), app);
    h.run();
    h.get_by_label("Language").click();
    h.run();
    // Listed by its own name, with how far it is translated.
    h.get_by_label("Tiếng Việt (Vietnamese)").click();
    h.run();
    h.get_by_label("Hướng dẫn");
    // Its other words are English until translated, and the menu says so.
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label_contains("interface 0 % translated, guide 0 % translated, 0 % reviewed");
    h.get_by_label("What is not yet translated shows in English.");
    // Its translation is worked on like the Spanish.
    h.get_by_label("Translations…").click();
    h.run();
    h.get_by_label("Language of the translation").click();
    h.run();
    h.query_all_by_label("Tiếng Việt (Vietnamese)")
        .last()
        .expect("in the drop-down")
        .click();
    h.run();
    h.get_by_label_contains("Tiếng Việt (Vietnamese): interface 1/");
    h.state_mut()
        .send(Command::Translations(TranslationsAction::Show(false)));
    h.run();
    // A printout can pair it with Spanish.
    h.key_press(egui::Key::Escape);
    h.state_mut()
        .send(Command::SetTab(rights_desk::ui::command::Tab::Handout));
    h.run_steps(100);
    h.get_by_role_and_label(Role::Button, "Spanish").click();
    h.run_steps(100);
    h.get_by_label("Second language").click();
    h.run_steps(100);
    // The drop-down's item (the first-language button has the same name).
    h.query_all_by_label("Tiếng Việt (Vietnamese)")
        .last()
        .expect("in the drop-down")
        .click();
    h.run_steps(100);
    let vi = Lang::parse("vi").expect("a code");
    assert_eq!(h.state().work.print_choices().lang.langs(), [Lang::Es, vi]);
    rights_desk::core::i18n::packs::remove(vi);
}

#[test]
fn a_language_remembered_without_its_pack_here_opens_in_english() {
    use rights_desk::core::i18n::Lang;
    use rights_desk::core::printing::PrintLang;
    let dir = tempfile::tempdir().expect("tempdir");
    // Pashto: no other test adds its pack.
    let ps = Lang::parse("ps").expect("a code");
    let mut prefs = rights_desk::ui::prefs::Prefs {
        lang: ps,
        ..rights_desk::ui::prefs::Prefs::default()
    };
    prefs.handout.lang = PrintLang::pair(Lang::Es, ps);
    let app = RightsDeskApp::with_prefs(DataPaths::at(dir.path()), prefs);
    let saved = app.prefs_to_save();
    assert_eq!(saved.lang, Lang::En);
    assert_eq!(saved.handout.lang, PrintLang::En);
}

#[test]
fn a_file_that_is_not_a_translator_s_file_is_refused_in_the_window_s_language() {
    use rights_desk::core::i18n::Lang;
    let dir = tempfile::tempdir().expect("tempdir");
    let prefs = rights_desk::ui::prefs::Prefs {
        lang: Lang::Es,
        ..rights_desk::ui::prefs::Prefs::default()
    };
    let app = RightsDeskApp::with_prefs(DataPaths::at(dir.path()), prefs);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, app: &mut RightsDeskApp| app.main_ui(ui), app);
    h.run();
    h.state_mut()
        .send(Command::Translations(TranslationsAction::Show(true)));
    h.run();
    // A spreadsheet of contacts, not of translations.
    let csv = dir.path().join("contactos.csv");
    std::fs::write(&csv, "name,phone\nAna,505-555-0100\n").expect("written");
    h.state_mut()
        .send(Command::Translations(TranslationsAction::Read(csv)));
    h.run();
    h.get_by_label_contains(
        "No se pudieron guardar ni leer las traducciones: la hoja de cálculo necesita las columnas id, english y translation",
    );
    // Nothing to apply, and the office's files untouched.
    assert!(h.query_by_label("Aplicar").is_none());
    assert!(!dir.path().join("languages").exists());
}
