//! Closing the window with edits that are not on disk (a failed save, a conflict, a refused
//! change) asks first, so no edit is lost silently.

use crate::core::workspace::Action;
use crate::core::workspace::session::Session;
use crate::ui::command::Command;
use crate::ui::directory::DirectoryTab;
use crate::ui::shell::Shell;

/// Closing the window with edits that are not on disk (a failed save, a conflict) asks
/// first, so no edit is lost silently.
pub fn close_guard_ui(tab: &mut DirectoryTab, shell: &mut Shell<'_>, ctx: &egui::Context) {
    let closing = ctx.input(|i| i.viewport().close_requested());
    let unsaved =
        shell.session().is_some_and(Session::has_unsaved) || tab.change_refused(shell.directory());
    if closing && unsaved && !tab.close_anyway {
        ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        tab.close_asked = true;
    }
    if !tab.close_asked {
        return;
    }
    let (status, _) = tab.save_status_text(shell);
    let modal = egui::Modal::new(egui::Id::unique("close-guard")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        crate::ui::widgets::heading(ui, shell.i18n.tr("close-unsaved-title"), 2);
        ui.label(status);
        ui.label(shell.i18n.tr("close-unsaved-body"));
        ui.horizontal(|ui| {
            if ui.button(shell.i18n.tr("status-retry")).clicked() {
                shell.send(Command::Work(Action::RetrySave));
                tab.close_asked = false;
            }
            if ui.button(shell.i18n.tr("file-save-copy")).clicked() {
                let ask = crate::ui::directory::save_copy_ask(shell);
                shell.send(Command::ChooseFile(Box::new(ask)));
                tab.close_asked = false;
            }
            if ui.button(shell.i18n.tr("close-discard")).clicked() {
                tab.close_anyway = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            if ui.button(shell.i18n.tr("cancel")).clicked() {
                tab.close_asked = false;
            }
        });
    });
    if modal.should_close() {
        tab.close_asked = false;
    }
}
