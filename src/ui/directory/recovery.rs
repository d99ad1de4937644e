//! The recovery screen for a directory file that does not open: the reason, and restoring
//! the newest backup into a new file.

use crate::core::workspace::Action;
use crate::ui::app::RightsDeskApp;
use crate::ui::command::Command;
use crate::ui::dialogs;
use egui::RichText;

pub(super) fn recovery_ui(
    app: &mut RightsDeskApp,
    ui: &mut egui::Ui,
    path: &std::path::Path,
    error: &str,
    backups: &[std::path::PathBuf],
) {
    egui::CentralPanel::default().show(ui, |ui| {
        ui.add_space(20.0);
        crate::ui::widgets::heading(ui, app.i18n.tr("recovery-title"), 2);
        ui.label(app.i18n.tr_args(
            "recovery-body",
            &[("path", path.display().to_string().into())],
        ));
        ui.add_space(8.0);
        egui::Frame::new()
            .fill(ui.visuals().extreme_bg_color)
            .inner_margin(10.0)
            .corner_radius(4.0)
            .show(ui, |ui| {
                ui.label(
                    RichText::new(error)
                        .monospace()
                        .color(ui.visuals().error_fg_color),
                );
            });
        ui.add_space(8.0);
        ui.label(app.i18n.tr("recovery-untouched"));
        ui.add_space(12.0);
        ui.horizontal_wrapped(|ui| {
            let newest = backups
                .first()
                .map(|b| b.display().to_string())
                .unwrap_or_default();
            if ui
                .add_enabled(
                    !backups.is_empty(),
                    egui::Button::new(app.i18n.tr("recovery-open-backup")),
                )
                .on_hover_text(newest)
                .clicked()
            {
                app.send(Command::Work(Action::RestoreNewestBackup));
            }
            if ui.button(app.i18n.tr("recovery-open-other")).clicked()
                && let Some(p) = dialogs::pick_directory_file(Some(path))
            {
                app.send(Command::Work(Action::OpenFile(p)));
            }
            if ui.button(app.i18n.tr("recovery-new-file")).clicked()
                && let Some(p) = dialogs::save_directory_file(
                    Some(path),
                    &app.i18n.tr("file-new"),
                    "directory.ron",
                )
            {
                app.send(Command::Work(Action::NewFile(p)));
            }
        });
        if backups.is_empty() {
            ui.label(RichText::new(app.i18n.tr("recovery-no-backup")).weak());
        }
        if let Some(n) = &app.notice {
            ui.add_space(8.0);
            ui.label(n);
        }
    });
}
