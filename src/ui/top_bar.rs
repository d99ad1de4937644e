//! The window's top bar: the app's name, the three tabs, and zoom, Language, View and Help in
//! reading order at the right.

use crate::core::i18n::Lang;
use crate::ui::command::{Command, Tab};
use crate::ui::shell::Shell;
use crate::ui::theme::{self, ThemeChoice};

/// The top bar's own state.
#[derive(Debug, Default)]
pub struct TopBar {
    /// How wide the right-hand group (zoom, Language, View, Help) was last frame.
    right_width: f32,
    /// Language → Translations…, when open.
    pub translations: Option<crate::ui::translations::TranslationsScreen>,
}

impl TopBar {
    /// Draws the top bar.
    pub fn ui(&mut self, ui: &mut egui::Ui, shell: &mut Shell<'_>) {
        top_bar_ui(self, shell, ui);
    }
}

fn top_bar_ui(bar: &mut TopBar, shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    // Wraps on a narrow window or a big zoom, so every menu stays reachable.
    ui.horizontal_wrapped(|ui| {
        ui.add_space(4.0);
        ui.label(
            egui::RichText::new(shell.i18n.tr("app-title"))
                .family(egui::FontFamily::Name(theme::BOLD.into()))
                .size(17.0),
        );
        ui.add_space(12.0);
        for (tab, key) in [
            (Tab::Guide, "tab-guide"),
            (Tab::Directory, "tab-directory"),
            (Tab::Handout, "tab-handout"),
        ] {
            let label = shell.i18n.tr(key);
            if ui
                .selectable_label(
                    shell.prefs.tab == tab,
                    egui::RichText::new(label).size(15.0),
                )
                .clicked()
            {
                shell.send(Command::SetTab(tab));
            }
        }
        // The right-hand group is laid out left to right (so Tab reaches it in reading
        // order), pushed right by its width as measured in the last frame.
        let space = (ui.available_size_before_wrap().x - bar.right_width - 4.0).max(8.0);
        ui.add_space(space);
        let mut width = 0.0;
        width += ui
            .label(egui::RichText::new(format!("{:.0} %", shell.prefs.zoom * 100.0)).weak())
            .on_hover_text(shell.i18n.tr("view-zoom-reset"))
            .rect
            .width();
        width += ui
            .menu_button(shell.i18n.tr("menu-language"), |ui| {
                language_menu_ui(shell, ui);
            })
            .response
            .rect
            .width();
        width += ui
            .menu_button(shell.i18n.tr("menu-view"), |ui| {
                view_menu_ui(shell, ui);
            })
            .response
            .rect
            .width();
        width += ui
            .menu_button(shell.i18n.tr("menu-help"), |ui| {
                if ui.button(shell.i18n.tr("keys-title")).clicked() {
                    shell.send(Command::ShowShortcuts(true));
                }
                if ui.button(shell.i18n.tr("help-about")).clicked() {
                    shell.send(Command::ShowAbout(true));
                }
            })
            .response
            .rect
            .width();
        width += 3.0 * ui.spacing().item_spacing.x;
        // (Pixel rounding moves the width by a fraction as the group moves: ignore that.)
        if (width - bar.right_width).abs() > 2.0 {
            bar.right_width = width;
            ui.ctx().request_repaint();
        }
    });
}

/// View: zoom and theme.
fn view_menu_ui(shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    let zoom_in = egui::Button::new(shell.i18n.tr("view-zoom-in")).shortcut_text("Ctrl +");
    if ui.add(zoom_in).clicked() {
        shell.send(Command::ZoomIn);
    }
    let zoom_out = egui::Button::new(shell.i18n.tr("view-zoom-out")).shortcut_text("Ctrl −");
    if ui.add(zoom_out).clicked() {
        shell.send(Command::ZoomOut);
    }
    let reset = egui::Button::new(shell.i18n.tr("view-zoom-reset")).shortcut_text("Ctrl 0");
    if ui.add(reset).clicked() {
        shell.send(Command::ZoomReset);
    }
    ui.separator();
    ui.label(shell.i18n.tr("view-theme"));
    for (choice, key) in [
        (ThemeChoice::System, "theme-system"),
        (ThemeChoice::Light, "theme-light"),
        (ThemeChoice::Dark, "theme-dark"),
    ] {
        if ui
            .radio(shell.prefs.theme == choice, shell.i18n.tr(key))
            .clicked()
        {
            shell.send(Command::SetTheme(choice));
        }
    }
}

/// The Language menu: each language with how far it is translated, the current one's review
/// state, and the door to the translator's files.
fn language_menu_ui(shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    for lang in Lang::all() {
        let name = shell.i18n.language_label(lang);
        if ui.radio(shell.i18n.lang() == lang, name).clicked() {
            shell.send(Command::SetLang(lang));
        }
        // How far each translation goes, under its name.
        if let Some(c) = shell.work.library().language_coverage(lang) {
            let line = shell.i18n.tr_args(
                "language-coverage",
                &[
                    ("interface", c.interface_percent().into()),
                    ("guide", c.guide_percent().into()),
                    ("reviewed", c.reviewed_percent().into()),
                ],
            );
            ui.indent(("coverage", lang.code()), |ui| {
                ui.label(egui::RichText::new(line).small().weak());
            });
        }
    }
    let current = shell.i18n.lang();
    if current != Lang::En {
        ui.separator();
        let note = match shell.work.library().interface_review(current) {
            Some((who, on)) => shell.i18n.tr_args(
                "language-translation-reviewed",
                &[("who", who.into()), ("date", shell.i18n.date(on).into())],
            ),
            None => shell.i18n.tr("language-translation-note"),
        };
        ui.label(egui::RichText::new(note).small().weak());
        let partial = shell
            .work
            .library()
            .language_coverage(current)
            .is_some_and(|c| c.interface_translated < c.interface);
        if partial {
            ui.label(
                egui::RichText::new(shell.i18n.tr("language-fallback-note"))
                    .small()
                    .weak(),
            );
        }
        if current.is_right_to_left() {
            ui.label(
                egui::RichText::new(shell.i18n.tr("language-right-to-left"))
                    .small()
                    .weak(),
            );
        }
    }
    ui.separator();
    if ui.button(shell.i18n.tr("translations-menu")).clicked() {
        shell.send(Command::Translations(
            crate::ui::command::TranslationsAction::Show(true),
        ));
    }
}
