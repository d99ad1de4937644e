//! Help → About: the version, what the app is, the disclaimer.

use crate::ui::command::Command;
use crate::ui::shell::Shell;

/// The About window.
pub fn about_ui(shell: &mut Shell<'_>, ctx: &egui::Context) {
    let mut open = true;
    egui::Window::new(shell.i18n.tr("about-title"))
        .collapsible(false)
        .resizable(false)
        .open(&mut open)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            crate::ui::widgets::heading(ui, shell.i18n.tr("app-title"), 2);
            ui.label(shell.i18n.tr_args(
                "about-version",
                &[("version", env!("CARGO_PKG_VERSION").into())],
            ));
            ui.label(shell.i18n.tr_args(
                "about-data-folder",
                &[("path", shell.paths.data_dir.display().to_string().into())],
            ));
            ui.label(shell.i18n.tr("about-licence"));
            ui.label(shell.i18n.tr("about-offline"));
            ui.add_space(6.0);
            ui.strong(shell.i18n.tr("about-disclaimer"));
            ui.add_space(6.0);
            if ui.button(shell.i18n.tr("about-close")).clicked() {
                shell.send(Command::ShowAbout(false));
            }
        });
    if !open {
        shell.send(Command::ShowAbout(false));
    }
}
