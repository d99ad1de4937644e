//! The window's own file chooser (`egui_file`), for a desktop where the system's dialog cannot
//! open (no portal and no zenity): it starts in the folder asked for (else the last one used,
//! else Documents), shows the file types asked for, speaks the interface language, and asks
//! before a save replaces a file that is there.

use crate::core::i18n::I18n;
use crate::ui::dialogs;
use crate::ui::file_ask::{FileAsk, FileKind};
use egui_file::{FileDialog, State};
use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// What the chooser answered this frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChooserAnswer {
    /// Still open.
    Open,
    /// A path, as the ask wants it (a saved file has its extension).
    Chosen(PathBuf),
    /// Closed without a choice.
    Cancelled,
}

/// An open in-window chooser and what it was opened for.
pub struct FileChooser {
    dialog: FileDialog,
    ask: FileAsk,
    /// A save chose a file that exists: asking whether to replace it.
    replace: Option<PathBuf>,
}

impl std::fmt::Debug for FileChooser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileChooser")
            .field("ask", &self.ask)
            .field("replace", &self.replace)
            .finish_non_exhaustive()
    }
}

/// The chooser window's id (its layer's too).
fn chooser_id() -> egui::Id {
    egui::Id::unique("in-window-file-chooser")
}

/// Names what `egui_file` leaves unnamed for screen readers: its two text fields (the upper
/// one is the folder, the lower one the file name) and its two sign buttons (⬆, ⟲).
fn name_fields_and_signs(ctx: &egui::Context, i18n: &I18n) {
    use egui::accesskit::Role;
    let mut nodes: Vec<(f32, egui::Id, Role, Option<String>)> = ctx
        .viewport(|vp| {
            vp.this_pass
                .widgets
                .layers()
                .filter(|(layer, _)| layer.id == chooser_id())
                .flat_map(|(_, widgets)| widgets.iter())
                .map(|w| (w.rect.min.y, w.id))
                .collect::<Vec<_>>()
        })
        .into_iter()
        .filter(|(_, id)| ctx.has_accesskit_node(*id))
        .filter_map(|(y, id)| {
            ctx.accesskit_node_builder(id, |n| (n.role(), n.label().map(str::to_string)))
                .map(|(role, label)| (y, id, role, label))
        })
        .collect();
    nodes.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut field_names = ["chooser-folder", "chooser-file"].into_iter();
    for (_, id, role, label) in nodes {
        let name = match (role, label.as_deref()) {
            (Role::TextInput, None) => field_names.next(),
            (Role::Button, Some("⬆")) => Some("chooser-parent"),
            (Role::Button, Some("⟲")) => Some("chooser-refresh"),
            _ => None,
        };
        if let Some(key) = name {
            let name = i18n.tr(key);
            ctx.accesskit_node_builder(id, |n| n.set_label(name));
        }
    }
}

fn text(i18n: &I18n, key: &str) -> Cow<'static, str> {
    Cow::Owned(i18n.tr(key))
}

impl FileChooser {
    /// Opens a chooser for `ask`, sized to fit a window of `screen` points.
    #[must_use]
    pub fn new(ask: FileAsk, i18n: &I18n, screen: egui::Vec2) -> Self {
        let start = ask
            .start
            .clone()
            .or_else(dialogs::start_folder)
            .unwrap_or_default();
        let dialog = match &ask.kind {
            FileKind::Open(types) => {
                let types = *types;
                let d = FileDialog::open_file();
                if types.all_files_too() {
                    d
                } else {
                    d.show_files_filter(Box::new(move |p| types.matches(p)))
                }
            }
            FileKind::Save { name, .. } => FileDialog::save_file().default_filename(name.clone()),
            FileKind::Folder => FileDialog::select_folder(),
        };
        let size = egui::vec2(
            (screen.x - 40.0).clamp(200.0, 640.0),
            (screen.y - 60.0).clamp(200.0, 520.0),
        );
        let mut dialog = dialog
            .id(chooser_id())
            .initial_path(start)
            .title(&ask.title)
            .default_size(size)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .keep_on_top(true)
            .show_rename(false)
            .open_button_text(text(i18n, "chooser-open"))
            .save_button_text(text(i18n, "chooser-save"))
            .cancel_button_text(text(i18n, "cancel"))
            .new_folder_button_text(text(i18n, "chooser-new-folder"))
            .new_folder_name_text(text(i18n, "chooser-new-folder-name"))
            .refresh_button_hover_text(text(i18n, "chooser-refresh"))
            .parent_folder_button_hover_text(text(i18n, "chooser-parent"))
            .file_label_text(text(i18n, "chooser-file"))
            .show_hidden_checkbox_text(text(i18n, "chooser-hidden"));
        dialog.open();
        FileChooser {
            dialog,
            ask,
            replace: None,
        }
    }

    /// What the chooser was opened for.
    #[must_use]
    pub fn ask(&self) -> &FileAsk {
        &self.ask
    }

    /// Draws the chooser (or the "replace it?" question) and says what was chosen.
    pub fn ui(&mut self, ctx: &egui::Context, i18n: &I18n) -> ChooserAnswer {
        if let Some(path) = self.replace.clone() {
            return self.replace_ui(ctx, i18n, &path);
        }
        self.dialog.show(ctx);
        name_fields_and_signs(ctx, i18n);
        match self.dialog.state() {
            State::Open => ChooserAnswer::Open,
            State::Cancelled | State::Closed => ChooserAnswer::Cancelled,
            State::Selected => match self.dialog.path().map(|p| self.ask.finish(p.to_path_buf())) {
                Some(path) if matches!(self.ask.kind, FileKind::Save { .. }) && path.exists() => {
                    self.replace = Some(path);
                    ChooserAnswer::Open
                }
                Some(path) => {
                    ChooserAnswer::Chosen(dialogs::remember(Some(path.clone())).unwrap_or(path))
                }
                None => ChooserAnswer::Cancelled,
            },
        }
    }

    fn replace_ui(&mut self, ctx: &egui::Context, i18n: &I18n, path: &Path) -> ChooserAnswer {
        let mut answer = ChooserAnswer::Open;
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let modal =
            egui::Modal::new(egui::Id::unique("in-window-file-chooser-replace")).show(ctx, |ui| {
                ui.set_max_width(420.0);
                ui.label(i18n.tr_args("chooser-replace", &[("file", name.into())]));
                ui.horizontal(|ui| {
                    if ui.button(i18n.tr("chooser-replace-yes")).clicked() {
                        let path = path.to_path_buf();
                        answer = ChooserAnswer::Chosen(
                            dialogs::remember(Some(path.clone())).unwrap_or(path),
                        );
                    }
                    if ui.button(i18n.tr("chooser-replace-no")).clicked() {
                        // Back to the chooser to pick another name.
                        self.replace = None;
                        self.dialog.open();
                    }
                });
            });
        if modal.should_close() && answer == ChooserAnswer::Open {
            self.replace = None;
            self.dialog.open();
        }
        answer
    }
}
