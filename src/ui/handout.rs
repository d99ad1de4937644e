//! The Handout tab, for now: the entries chosen with "Add to handout", in order, which the user
//! can reorder or remove. Printing comes with the printing issue.

use crate::ui::app::RightsDeskApp;
use crate::ui::command::Command;
use egui::RichText;

/// Draws the Handout tab.
pub fn handout_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    let mut commands = Vec::new();
    egui::CentralPanel::default().show(ui, |ui| {
        ui.add_space(8.0);
        ui.heading(app.i18n.tr("handout-heading"));
        ui.label(RichText::new(app.i18n.tr("handout-printing-later")).weak());
        ui.add_space(8.0);
        ui.label(RichText::new(app.i18n.tr("handout-entries")).strong());
        let ids = app.prefs.handout_entries.clone();
        if ids.is_empty() {
            ui.label(app.i18n.tr("handout-empty"));
        }
        let guide = app.guide();
        for (i, id) in ids.iter().enumerate() {
            let title = guide
                .and_then(|g| g.entry(id))
                .map_or_else(|| id.clone(), crate::core::guide::Entry::title);
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(i > 0, egui::Button::new("↑"))
                    .on_hover_text(app.i18n.tr("handout-move-up"))
                    .clicked()
                {
                    commands.push(Command::MoveHandoutEntry(id.clone(), -1));
                }
                if ui
                    .add_enabled(i + 1 < ids.len(), egui::Button::new("↓"))
                    .on_hover_text(app.i18n.tr("handout-move-down"))
                    .clicked()
                {
                    commands.push(Command::MoveHandoutEntry(id.clone(), 1));
                }
                if ui.button(app.i18n.tr("handout-remove")).clicked() {
                    commands.push(Command::ToggleHandoutEntry(id.clone()));
                }
                if ui.link(&title).clicked() {
                    commands.push(Command::OpenEntry(id.clone()));
                }
            });
        }
    });
    for c in commands {
        app.send(c);
    }
}
