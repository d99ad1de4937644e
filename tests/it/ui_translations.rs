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
    h.get_by_label_contains("reviewed by Ana Ruiz");
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
    // Leave the process as the other tests expect it.
    rights_desk::core::i18n::packs::remove(rights_desk::core::i18n::Lang::Es);
}
