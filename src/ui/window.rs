//! The window: each frame draws the top bar, the open tab and the dialogs, turns keyboard
//! shortcuts into commands, applies the commands the frame produced, and keeps the loading,
//! the saves and the other desktops moving; and the `eframe::App` implementation (including
//! what is remembered between runs). The state and the interpreter are in `app`.

use crate::core::workspace::Action;
use crate::ui::app::{PREFS_KEY, RightsDeskApp};
use crate::ui::command::DirectoryAction;
use crate::ui::command::{Command, Tab};
use crate::ui::theme;
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
        // Ctrl+P prints: in the reader its open entry alone, elsewhere the Handout tab's
        // printout.
        if pressed(ctx, Modifiers::COMMAND, Key::P) {
            let entry = (self.prefs.tab == Tab::Guide)
                .then(|| self.prefs.last_entry.clone())
                .flatten();
            self.send(Command::OpenPrint(entry));
        }
        if pressed(ctx, Modifiers::COMMAND | Modifiers::SHIFT, Key::V) {
            self.send(Command::Directory(DirectoryAction::OpenRound));
        }
        if pressed(ctx, Modifiers::COMMAND, Key::N) {
            self.send(Command::Directory(DirectoryAction::NewContact));
        }
        if self.prefs.tab == crate::ui::command::Tab::Directory
            && self.tabs.directory.draft.is_some()
            && pressed(ctx, Modifiers::COMMAND | Modifiers::SHIFT, Key::M)
        {
            self.tabs.directory.mark_verified = true;
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

    /// When the window is asked to close: the field still being typed in is saved, the
    /// commands of this frame applied, and a save under way finished, before anything is
    /// decided.
    pub(crate) fn before_close(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) {
            return;
        }
        let mut commands = std::mem::take(&mut self.pending);
        let (mut shell, tabs) = self.split(&mut commands);
        crate::ui::directory::commit_draft(&tabs.directory, &mut shell);
        for command in commands {
            self.apply(command);
        }
        self.settle_saves();
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
        if self.file_chooser_open() {
            // The chooser is the innermost thing: Esc closes it alone, and the window's
            // shortcuts wait until it is closed.
            if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
                self.file_chooser = None;
                self.file_ask = None;
            }
        } else {
            self.shortcuts(&ctx);
        }
        // Enter on a drop-down's item picks it (egui treats it as a click) and, here, also
        // closes the drop-down, as a click does: no list is left open over the window.
        let enter_in_popup =
            egui::Popup::is_any_open(&ctx) && ctx.input(|i| i.key_pressed(Key::Enter));
        let mut commands = std::mem::take(&mut self.pending);
        {
            let tab = self.prefs.tab;
            let (about, shortcuts) = (self.about_open, self.shortcuts_open);
            let update = self.guide_update.take();
            let (mut shell, tabs) = self.split(&mut commands);
            shell.dialog_open |= update.is_some();
            egui::Panel::top("top-bar").show(ui, |ui| tabs.top_bar.ui(ui, &mut shell));
            if shell.notice.is_some() {
                egui::Panel::bottom("notice")
                    .show(ui, |ui| crate::ui::notice_bar::notice_ui(&mut shell, ui));
            }
            match tab {
                Tab::Guide => tabs.reader.ui(ui, &mut shell),
                Tab::Directory => tabs.directory.ui(ui, &mut shell),
                Tab::Handout => tabs.handout.ui(ui, &mut shell),
            }
            if about {
                crate::ui::about::about_ui(&mut shell, &ctx);
            }
            if shortcuts {
                crate::ui::shortcuts::shortcuts_ui(&mut shell, &ctx);
            }
            if let Some(update) = &update {
                crate::ui::guide_update::preview_ui(update, &mut shell, &ctx);
            }
            if shell.work.desktops().screen.is_some() {
                crate::ui::sharing::merge_ui(&mut shell, &ctx);
            }
            crate::ui::handout::print_dialog::window_ui(&mut tabs.handout, &mut shell, &ctx);
            crate::ui::translations::window_ui(&mut tabs.top_bar.translations, &mut shell, &ctx);
            self.guide_update = update;
        }
        self.pending = commands;
        // The ring marks where the keyboard is: after a key, not after a click.
        let (keys, pointer) = ctx.input(|i| {
            (
                i.events
                    .iter()
                    .any(|e| matches!(e, egui::Event::Key { pressed: true, .. })),
                i.pointer.any_pressed(),
            )
        });
        if pointer {
            self.focus_by_keyboard = false;
        } else if keys {
            self.focus_by_keyboard = true;
        }
        if self.focus_by_keyboard {
            focus_ring(&ctx);
        }
        if enter_in_popup {
            egui::Popup::close_all(&ctx);
        }
        self.file_chooser_ui(&ctx);
        self.before_close(&ctx);
        let mut commands = std::mem::take(&mut self.pending);
        {
            let (mut shell, tabs) = self.split(&mut commands);
            crate::ui::close_guard::close_guard_ui(&mut tabs.directory, &mut shell, &ctx);
        }
        if !commands.is_empty() {
            // The state changed after this frame was drawn: draw it again.
            ctx.request_repaint();
        }
        for command in commands {
            self.apply(command);
        }
        self.pump_saves(Some(&ctx));
        self.pump_printing(&ctx);
        self.follow_other_desktops(&ctx);
    }
}

/// Where the keyboard focus is, to ring: the focused widget's rectangle, when it has one on
/// screen. egui shows focus on text fields only; a check box, a button or a list row gets no
/// mark of its own.
#[must_use]
pub fn focus_ring_rect(ctx: &egui::Context) -> Option<egui::Rect> {
    let id = ctx.memory(egui::Memory::focused)?;
    let r = ctx.read_response(id)?;
    (r.rect.is_positive() && r.rect.is_finite()).then_some(r.rect)
}

/// Draws a ring around the widget that has the keyboard focus (on top of everything).
fn focus_ring(ctx: &egui::Context) {
    if let Some(rect) = focus_ring_rect(ctx) {
        let color = ctx.global_style().visuals.selection.stroke.color;
        ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("focus-ring"),
        ))
        .rect_stroke(
            rect.expand(2.0),
            3.0,
            egui::Stroke::new(2.0, color),
            egui::StrokeKind::Outside,
        );
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
