//! The line at the bottom of every tab that says what the last action did ("Saved …",
//! "Imported: 3 added", what opening the file repaired, why something failed), until it is
//! dismissed or replaced.

use crate::ui::command::Command;
use crate::ui::shell::Shell;
use egui::RichText;

/// Draws the notice, if there is one, with a button that dismisses it.
pub fn notice_ui(shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    let Some(text) = shell.notice else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(text).strong());
        if ui
            .small_button(shell.i18n.tr("notice-dismiss"))
            .on_hover_text(shell.i18n.tr("notice-dismiss-hint"))
            .clicked()
        {
            shell.send(Command::DismissNotice);
        }
    });
}
