//! The window's top bar: the app's name, the three tabs, and zoom, Language, View and Help in
//! reading order at the right.

use crate::core::i18n::Lang;
use crate::ui::app::RightsDeskApp;
use crate::ui::command::{Command, Tab};
use crate::ui::theme::{self, ThemeChoice};

/// The top bar.
pub fn top_bar_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    // Wraps on a narrow window or a big zoom, so every menu stays reachable.
    ui.horizontal_wrapped(|ui| {
        ui.add_space(4.0);
        ui.label(
            egui::RichText::new(app.i18n.tr("app-title"))
                .family(egui::FontFamily::Name(theme::BOLD.into()))
                .size(17.0),
        );
        ui.add_space(12.0);
        for (tab, key) in [
            (Tab::Guide, "tab-guide"),
            (Tab::Directory, "tab-directory"),
            (Tab::Handout, "tab-handout"),
        ] {
            let label = app.i18n.tr(key);
            if ui
                .selectable_label(app.prefs.tab == tab, egui::RichText::new(label).size(15.0))
                .clicked()
            {
                app.send(Command::SetTab(tab));
            }
        }
        // The right-hand group is laid out left to right (so Tab reaches it in reading
        // order), pushed right by its width as measured in the last frame.
        let space = (ui.available_size_before_wrap().x - app.top_right_width - 4.0).max(8.0);
        ui.add_space(space);
        let mut width = 0.0;
        width += ui
            .label(egui::RichText::new(format!("{:.0} %", app.prefs.zoom * 100.0)).weak())
            .on_hover_text(app.i18n.tr("view-zoom-reset"))
            .rect
            .width();
        width += ui
            .menu_button(app.i18n.tr("menu-language"), |ui| {
                for lang in Lang::ALL {
                    let name = app.i18n.tr(&format!("language-{}", lang.code()));
                    if ui.radio(app.i18n.lang() == lang, name).clicked() {
                        app.send(Command::SetLang(lang));
                    }
                }
                if app.i18n.lang() != Lang::En {
                    ui.separator();
                    ui.label(
                        egui::RichText::new(app.i18n.tr("language-translation-note"))
                            .small()
                            .weak(),
                    );
                }
            })
            .response
            .rect
            .width();
        width += ui
            .menu_button(app.i18n.tr("menu-view"), |ui| {
                view_menu_ui(app, ui);
            })
            .response
            .rect
            .width();
        width += ui
            .menu_button(app.i18n.tr("menu-help"), |ui| {
                if ui.button(app.i18n.tr("keys-title")).clicked() {
                    app.send(Command::ShowShortcuts(true));
                }
                if ui.button(app.i18n.tr("help-about")).clicked() {
                    app.send(Command::ShowAbout(true));
                }
            })
            .response
            .rect
            .width();
        width += 3.0 * ui.spacing().item_spacing.x;
        // (Pixel rounding moves the width by a fraction as the group moves: ignore that.)
        if (width - app.top_right_width).abs() > 2.0 {
            app.top_right_width = width;
            ui.ctx().request_repaint();
        }
    });
}

/// View: zoom and theme.
fn view_menu_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    let zoom_in = egui::Button::new(app.i18n.tr("view-zoom-in")).shortcut_text("Ctrl +");
    if ui.add(zoom_in).clicked() {
        app.send(Command::ZoomIn);
    }
    let zoom_out = egui::Button::new(app.i18n.tr("view-zoom-out")).shortcut_text("Ctrl −");
    if ui.add(zoom_out).clicked() {
        app.send(Command::ZoomOut);
    }
    let reset = egui::Button::new(app.i18n.tr("view-zoom-reset")).shortcut_text("Ctrl 0");
    if ui.add(reset).clicked() {
        app.send(Command::ZoomReset);
    }
    ui.separator();
    ui.label(app.i18n.tr("view-theme"));
    for (choice, key) in [
        (ThemeChoice::System, "theme-system"),
        (ThemeChoice::Light, "theme-light"),
        (ThemeChoice::Dark, "theme-dark"),
    ] {
        if ui
            .radio(app.prefs.theme == choice, app.i18n.tr(key))
            .clicked()
        {
            app.send(Command::SetTheme(choice));
        }
    }
}
