//! The window: each frame draws the top bar, the open tab and the dialogs, turns keyboard
//! shortcuts into commands, applies the commands the frame produced, and keeps the loading,
//! the saves and the other desktops moving; and the `eframe::App` implementation (including
//! what is remembered between runs). The state and the interpreter are in `app`.

use crate::core::workspace::Action;
use crate::ui::app::{PREFS_KEY, RightsDeskApp};
use crate::ui::command::DirectoryAction;
use crate::ui::command::{Command, Tab};
use crate::ui::theme;
use crate::ui::{directory, handout, reader};
use egui::{Key, KeyboardShortcut, Modifiers};

impl RightsDeskApp {
    fn shortcuts(&mut self, ctx: &egui::Context) {
        let pressed = |ctx: &egui::Context, modifiers, key| {
            ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(modifiers, key)))
        };
        if pressed(ctx, Modifiers::COMMAND, Key::F) {
            self.send(Command::FocusSearch);
        }
        if pressed(ctx, Modifiers::COMMAND, Key::Plus)
            || pressed(ctx, Modifiers::COMMAND, Key::Equals)
            || pressed(ctx, Modifiers::COMMAND | Modifiers::SHIFT, Key::Equals)
        {
            self.send(Command::ZoomIn);
        }
        if pressed(ctx, Modifiers::COMMAND, Key::Minus) {
            self.send(Command::ZoomOut);
        }
        if pressed(ctx, Modifiers::COMMAND, Key::Num0) {
            self.send(Command::ZoomReset);
        }
        if self.prefs.tab == Tab::Guide {
            if pressed(ctx, Modifiers::ALT, Key::ArrowRight) {
                self.send(Command::NextEntry);
            }
            if pressed(ctx, Modifiers::ALT, Key::ArrowLeft) {
                self.send(Command::PreviousEntry);
            }
        }
        if pressed(ctx, Modifiers::COMMAND, Key::N) {
            self.send(Command::Directory(DirectoryAction::NewContact));
        }
        if self.prefs.tab == crate::ui::command::Tab::Directory
            && self.directory_view.draft.is_some()
            && pressed(ctx, Modifiers::COMMAND | Modifiers::SHIFT, Key::M)
        {
            self.directory_view.mark_verified = true;
        }
        // A focused text field keeps Ctrl+Z for its own undo; anywhere else (a drop-down, a
        // button, nothing) it undoes the last change to the directory.
        if !ctx.text_edit_focused() {
            if pressed(ctx, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z)
                || pressed(ctx, Modifiers::COMMAND, Key::Y)
            {
                self.send(Command::Work(Action::Redo));
            }
            if pressed(ctx, Modifiers::COMMAND, Key::Z) {
                self.send(Command::Work(Action::Undo));
            }
        }
    }

    fn apply_style(&mut self, ctx: &egui::Context) {
        if !self.fonts_installed {
            theme::install_fonts(ctx);
            theme::tune_visuals(ctx);
            ctx.options_mut(|o| o.zoom_with_keyboard = false);
            self.fonts_installed = true;
        }
        let wanted = (self.prefs.theme, self.prefs.zoom);
        if self.applied_style != Some(wanted) {
            ctx.set_theme(self.prefs.theme.preference());
            ctx.set_zoom_factor(self.prefs.zoom);
            self.applied_style = Some(wanted);
        }
    }

    /// Draws the whole window and applies the commands it produced. Tests call this directly.
    pub fn main_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        // Screen readers: the window is named by the app.
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_label(self.i18n.tr("app-title"));
        });
        self.poll_loading(Some(&ctx));
        self.apply_style(&ctx);
        self.shortcuts(&ctx);
        egui::Panel::top("top-bar").show(ui, |ui| crate::ui::top_bar::top_bar_ui(self, ui));
        if self.notice.is_some() {
            egui::Panel::bottom("notice").show(ui, |ui| crate::ui::notice_bar::notice_ui(self, ui));
        }
        match self.prefs.tab {
            Tab::Guide => reader::reader_ui(self, ui),
            Tab::Directory => directory::directory_ui(self, ui),
            Tab::Handout => handout::handout_ui(self, ui),
        }
        if self.about_open {
            crate::ui::about::about_ui(self, &ctx);
        }
        if self.shortcuts_open {
            crate::ui::shortcuts::shortcuts_ui(self, &ctx);
        }
        if self.guide_update.is_some() {
            crate::ui::guide_update::preview_ui(self, &ctx);
        }
        if self.work.desktops().screen.is_some() {
            crate::ui::sharing::merge_ui(self, &ctx);
        }
        crate::ui::close_guard::close_guard_ui(self, &ctx);
        let commands = std::mem::take(&mut self.pending);
        if !commands.is_empty() {
            // The state changed after this frame was drawn: draw it again.
            ctx.request_repaint();
        }
        for command in commands {
            self.apply(command);
        }
        self.pump_saves(Some(&ctx));
        self.follow_other_desktops(&ctx);
    }
}

impl eframe::App for RightsDeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.main_ui(ui);
        if let Some(started) = self.startup.take() {
            eprintln!(
                "first frame laid out {} ms after start",
                started.elapsed().as_millis()
            );
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.prefs_to_save());
    }
}
