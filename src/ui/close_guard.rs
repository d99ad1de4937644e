//! Closing the window with edits that are not on disk (a failed save, a conflict, a refused
//! change) asks first, so no edit is lost silently.

use crate::core::workspace::Action;
use crate::core::workspace::session::Session;
use crate::ui::app::RightsDeskApp;
use crate::ui::command::Command;

/// Closing the window with edits that are not on disk (a failed save, a conflict) asks
/// first, so no edit is lost silently.
pub fn close_guard_ui(app: &mut RightsDeskApp, ctx: &egui::Context) {
    let closing = ctx.input(|i| i.viewport().close_requested());
    if closing {
        // A field still being typed in is saved before anything else.
        crate::ui::directory::commit_draft(app);
        for command in std::mem::take(&mut app.pending) {
            app.apply(command);
        }
        // A save under way finishes before anything is decided.
        app.settle_saves();
    }
    let unsaved = app.session().is_some_and(Session::has_unsaved) || app.change_refused();
    if closing && unsaved && !app.directory_view.close_anyway {
        ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        app.directory_view.close_asked = true;
    }
    if !app.directory_view.close_asked {
        return;
    }
    let (status, _) = app.save_status_text();
    let modal = egui::Modal::new(egui::Id::unique("close-guard")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        crate::ui::widgets::heading(ui, app.i18n.tr("close-unsaved-title"), 2);
        ui.label(status);
        ui.label(app.i18n.tr("close-unsaved-body"));
        ui.horizontal(|ui| {
            if ui.button(app.i18n.tr("status-retry")).clicked() {
                app.send(Command::Work(Action::RetrySave));
                app.directory_view.close_asked = false;
            }
            if ui.button(app.i18n.tr("file-save-copy")).clicked() {
                let start = app.session().map(|s| s.path().to_path_buf());
                if let Some(p) = crate::ui::dialogs::save_directory_file(
                    start.as_deref(),
                    &app.i18n.tr("file-save-copy"),
                    "directory copy.ron",
                ) {
                    app.send(Command::Work(Action::SaveCopyAs(p)));
                }
                app.directory_view.close_asked = false;
            }
            if ui.button(app.i18n.tr("close-discard")).clicked() {
                app.directory_view.close_anyway = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            if ui.button(app.i18n.tr("cancel")).clicked() {
                app.directory_view.close_asked = false;
            }
        });
    });
    if modal.should_close() {
        app.directory_view.close_asked = false;
    }
}
