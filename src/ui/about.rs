//! Help → About: the version, what the app is, the disclaimer.

use crate::ui::app::RightsDeskApp;
use crate::ui::command::Command;

/// The About window.
pub fn about_ui(app: &mut RightsDeskApp, ctx: &egui::Context) {
    let mut open = true;
    egui::Window::new(app.i18n.tr("about-title"))
        .collapsible(false)
        .resizable(false)
        .open(&mut open)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            crate::ui::widgets::heading(ui, app.i18n.tr("app-title"), 2);
            ui.label(app.i18n.tr_args(
                "about-version",
                &[("version", env!("CARGO_PKG_VERSION").into())],
            ));
            ui.label(app.i18n.tr_args(
                "about-data-folder",
                &[("path", app.paths.data_dir.display().to_string().into())],
            ));
            ui.label(app.i18n.tr("about-licence"));
            ui.label(app.i18n.tr("about-offline"));
            ui.add_space(6.0);
            ui.strong(app.i18n.tr("about-disclaimer"));
            ui.add_space(6.0);
            if ui.button(app.i18n.tr("about-close")).clicked() {
                app.send(Command::ShowAbout(false));
            }
        });
    if !open {
        app.send(Command::ShowAbout(false));
    }
}
