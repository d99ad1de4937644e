//! The Directory tab: the toolbar and file menu, the filters, the list beside the contact
//! editor, the delete confirmation and the save status line. The list, the editor, the import
//! preview and the recovery screen each have their own file below.

use crate::core::directory::contact::{Category, today};
use crate::core::directory::view::{self, Filter, LANGUAGES};
use crate::core::interop::Format;
use crate::core::workspace::Action;
use crate::core::workspace::Doc;
use crate::core::workspace::session::SaveStatus;
use crate::ui::command::DirectoryAction;
use crate::ui::command::{Command, SharingAction};
use crate::ui::file_ask::{FileAsk, FileTypes, Then};
use crate::ui::shell::Shell;
use crate::ui::widgets::{category_name, county_picker};
use egui::RichText;

mod check_log;
mod editor;
mod import;
mod recovery;
mod round;
mod save_status;
pub mod state;
mod table;

use editor::editor_ui;
use import::import_ui;
use recovery::recovery_ui;
use table::{list_keys, table_ui};

pub use editor::commit_draft;
pub use round::RoundScreen;
pub use state::DirectoryTab;

impl DirectoryTab {
    /// Draws the Directory tab.
    pub fn ui(&mut self, ui: &mut egui::Ui, shell: &mut Shell<'_>) {
        directory_ui(self, shell, ui);
    }
}

fn directory_ui(tab: &mut DirectoryTab, shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    // Esc closes the innermost thing: a drop-down open when the frame began takes it (egui
    // closes the drop-down itself), not the editor behind it.
    let popup_was_open = egui::Popup::is_any_open(ui.ctx());
    if let Doc::Loading { path, count, .. } = shell.work.doc() {
        let text = match count {
            Some(n) => shell.i18n.tr_args(
                "loading-contacts",
                &[("count", shell.i18n.count(*n).into())],
            ),
            None => shell.i18n.tr_args(
                "loading-file",
                &[("path", path.display().to_string().into())],
            ),
        };
        egui::CentralPanel::default().show(ui, |ui| {
            ui.add_space(40.0);
            ui.vertical_centered(|ui| {
                ui.spinner();
                ui.label(text);
            });
        });
        return;
    }
    if let Doc::Failed {
        error, recovery, ..
    } = shell.work.doc()
    {
        let (message, details, recovery) = (
            error.text(shell.i18n),
            error.details().map(str::to_string),
            std::sync::Arc::clone(recovery),
        );
        recovery_ui(shell, ui, &message, details.as_deref(), &recovery);
        return;
    }
    if tab.round.is_some() {
        // The round takes the tab; the status line stays (each check is saved as it is made).
        egui::Panel::bottom("directory-status").show(ui, |ui| status_ui(tab, shell, ui));
        egui::CentralPanel::default().show(ui, |ui| round::round_ui(tab, shell, ui));
        return;
    }
    refresh_rows(tab, shell);
    egui::Panel::top("directory-toolbar").show(ui, |ui| {
        ui.add_space(4.0);
        toolbar_ui(shell, ui);
        ui.add_space(2.0);
        filters_ui(tab, shell, ui);
        ui.add_space(4.0);
    });
    egui::Panel::bottom("directory-status").show(ui, |ui| status_ui(tab, shell, ui));
    // On a narrow window (or a big zoom) the editor takes the whole width; its Close button
    // (or Esc) goes back to the list.
    let narrow = ui.available_width() < 700.0;
    if tab.draft.is_some() && narrow {
        egui::CentralPanel::default().show(ui, |ui| editor_ui(tab, shell, ui));
    } else {
        if tab.draft.is_some() {
            egui::Panel::right("contact-editor")
                .resizable(true)
                .default_size(380.0)
                .size_range(320.0..=640.0)
                .show(ui, |ui| editor_ui(tab, shell, ui));
        }
        list_keys(tab, shell, ui.ctx());
        egui::CentralPanel::default().show(ui, |ui| table_ui(tab, shell, ui));
    }
    // Esc closes the editor (a text field being typed in takes the first Esc itself; commit
    // happens as the field loses focus) and puts the focus back on its row. Not while a dialog
    // is open.
    if tab.draft.is_some()
        && tab.confirm_delete.is_none()
        && tab.import.is_none()
        && !ui.ctx().text_edit_focused()
        && !popup_was_open
        && ui.input(|i| i.key_pressed(egui::Key::Escape))
    {
        commit_draft(tab, shell);
        tab.cursor = tab.draft.as_ref().map(|d| d.id.to_string());
        tab.focus_row = true;
        shell.send(Command::Directory(DirectoryAction::SelectContact(None)));
    }
    confirm_delete_ui(tab, shell, ui.ctx());
    import_ui(tab, shell, ui.ctx());
}

fn refresh_rows(tab: &mut DirectoryTab, shell: &mut Shell<'_>) {
    let key = (
        shell.work.generation(),
        shell.prefs.filter.clone(),
        shell.prefs.sort,
    );
    if tab.computed.as_ref() == Some(&key) {
        return;
    }
    let rows = match shell.session() {
        Some(s) => view::filter_and_sort(
            s.directory().contacts(),
            s.index(),
            &shell.prefs.filter,
            shell.prefs.sort,
            today(),
            shell.work.due_rules(),
        ),
        None => view::Rows::default(),
    };
    tab.some_words_only = !rows.is_empty()
        && shell
            .session()
            .is_some_and(|s| view::some_words_only(s.index(), &shell.prefs.filter));
    tab.rows = rows;
    tab.computed = Some(key);
}

fn toolbar_ui(shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    ui.horizontal_wrapped(|ui| {
        if ui
            .add(egui::Button::new(shell.i18n.tr("contact-new")).shortcut_text("Ctrl+N"))
            .clicked()
        {
            shell.send(Command::Directory(DirectoryAction::NewContact));
        }
        let history = shell
            .session()
            .map(crate::core::workspace::session::Session::history);
        let can_undo = history.is_some_and(crate::core::directory::history::History::can_undo);
        let can_redo = history.is_some_and(crate::core::directory::history::History::can_redo);
        if ui
            .add_enabled(can_undo, egui::Button::new(shell.i18n.tr("undo")))
            .on_hover_text("Ctrl+Z")
            .clicked()
        {
            shell.send(Command::Work(Action::Undo));
        }
        if ui
            .add_enabled(can_redo, egui::Button::new(shell.i18n.tr("redo")))
            .on_hover_text("Ctrl+Shift+Z, Ctrl+Y")
            .clicked()
        {
            shell.send(Command::Work(Action::Redo));
        }
        ui.separator();
        if ui
            .add(
                egui::Button::new(shell.i18n.tr("round-open"))
                    .shortcut_text(crate::ui::shortcuts::VERIFY_ROUND),
            )
            .clicked()
        {
            shell.send(Command::Directory(DirectoryAction::OpenRound));
        }
        ui.separator();
        file_menu_ui(shell, ui);
    });
}

/// Asks where to save a copy of the directory, beside it.
#[must_use]
pub fn save_copy_ask(shell: &Shell<'_>) -> FileAsk {
    let current = shell.session().map(|s| s.path().to_path_buf());
    FileAsk::save(
        "directory copy.ron",
        shell.i18n.tr("file-save-copy"),
        Then::SaveCopy,
    )
    .starting_in(current.as_deref().and_then(std::path::Path::parent))
}

fn file_menu_ui(shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    let current = shell.session().map(|s| s.path().to_path_buf());
    ui.menu_button(shell.i18n.tr("file-menu"), |ui| {
        if ui.button(shell.i18n.tr("guide-update-menu")).clicked() {
            let ask = FileAsk::open(
                FileTypes::Guide,
                shell.i18n.tr("guide-update-menu"),
                Then::PreviewGuide,
            );
            shell.send(Command::ChooseFile(Box::new(ask)));
        }
        ui.separator();
        let folder = current.as_deref().and_then(std::path::Path::parent);
        if ui.button(shell.i18n.tr("file-open")).clicked() {
            let ask = FileAsk::open(
                FileTypes::Directory,
                shell.i18n.tr("file-open"),
                Then::OpenDirectory,
            )
            .starting_in(folder);
            shell.send(Command::ChooseFile(Box::new(ask)));
        }
        if ui.button(shell.i18n.tr("file-new")).clicked() {
            let ask = FileAsk::save(
                "directory.ron",
                shell.i18n.tr("file-new"),
                Then::NewDirectory,
            )
            .starting_in(folder);
            shell.send(Command::ChooseFile(Box::new(ask)));
        }
        if ui.button(shell.i18n.tr("file-save-copy")).clicked() {
            shell.send(Command::ChooseFile(Box::new(save_copy_ask(shell))));
        }
        if ui.button(shell.i18n.tr("file-merge-copies")).clicked() {
            shell.send(Command::Sharing(SharingAction::LookAgain));
        }
        ui.separator();
        if ui.button(shell.i18n.tr("import-file")).clicked() {
            let ask = FileAsk::open(
                FileTypes::Import,
                shell.i18n.tr("import-file"),
                Then::Import(None),
            );
            shell.send(Command::ChooseFile(Box::new(ask)));
        }
        if ui.button(shell.i18n.tr("import-folder")).clicked() {
            let ask = FileAsk::folder(
                shell.i18n.tr("import-folder"),
                Then::Import(Some(Format::Hsds)),
            );
            shell.send(Command::ChooseFile(Box::new(ask)));
        }
        ui.menu_button(shell.i18n.tr("export-menu"), |ui| {
            for (key, ask) in [
                ("export-csv", Some(("contacts.csv", Format::Csv))),
                ("export-vcard", Some(("contacts.vcf", Format::Vcard))),
                ("export-vcard3", Some(("contacts.vcf", Format::Vcard3))),
                ("export-hsds", None),
            ] {
                if ui.button(shell.i18n.tr(key)).clicked() {
                    let title = shell.i18n.tr(key);
                    let ask = match ask {
                        Some((name, format)) => {
                            FileAsk::save(name, title, Then::ExportContacts(format))
                        }
                        None => FileAsk::folder(title, Then::ExportContacts(Format::Hsds)),
                    };
                    shell.send(Command::ChooseFile(Box::new(ask)));
                }
            }
            ui.label(
                RichText::new(shell.i18n.tr("export-filter-note"))
                    .small()
                    .weak(),
            );
        });
        let recent: Vec<_> = shell
            .prefs
            .recent_files
            .iter()
            .filter(|p| Some(*p) != current.as_ref())
            .cloned()
            .collect();
        if !recent.is_empty() {
            ui.separator();
            ui.label(RichText::new(shell.i18n.tr("file-recent")).weak());
            for p in recent {
                if ui.button(p.display().to_string()).clicked() {
                    shell.send(Command::Work(Action::OpenFile(p)));
                }
            }
        }
    });
}

/// In a wrapping row: starts a new line unless `width` points are left on this one.
fn wrap_before(ui: &mut egui::Ui, width: f32) {
    if ui.available_size_before_wrap().x < width {
        ui.end_row();
    }
}

fn filters_ui(tab: &mut DirectoryTab, shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    let mut filter = shell.prefs.filter.clone();
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(shell.i18n.tr("filter-text"));
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut filter.text)
                    .hint_text(shell.i18n.tr("filter-text-hint"))
                    .desired_width(220.0),
            )
            .labelled_by(label.id);
        if std::mem::take(&mut tab.focus_filter) {
            r.request_focus();
        }
        // ↓ from the filter goes into the list.
        if r.has_focus()
            && !tab.rows.is_empty()
            && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown))
        {
            r.surrender_focus();
            if tab.cursor.is_none() {
                tab.cursor.clone_from(&tab.selected);
            }
            tab.focus_row = true;
        }

        let any = shell.i18n.tr("filter-any");
        // Each label stays with its drop-down when the row wraps.
        wrap_before(ui, 280.0);
        ui.horizontal(|ui| {
            let label = ui.label(shell.i18n.tr("contact-category"));
            egui::ComboBox::from_id_salt("filter-category")
                .selected_text(
                    filter
                        .category
                        .map_or(any.clone(), |c| category_name(shell.i18n, c)),
                )
                .show_ui(ui, |ui| {
                    crate::ui::choice::choice(ui, &mut filter.category, None, &any);
                    for c in Category::ALL {
                        crate::ui::choice::choice(
                            ui,
                            &mut filter.category,
                            Some(c),
                            category_name(shell.i18n, c),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
        });

        wrap_before(ui, 280.0);
        ui.horizontal(|ui| {
            let label = ui.label(shell.i18n.tr("contact-county"));
            county_picker(shell.i18n, ui, "filter-county", &mut filter.county)
                .labelled_by(label.id);
        });

        ui.horizontal(|ui| {
            let label = ui.label(shell.i18n.tr("contact-language"));
            egui::ComboBox::from_id_salt("filter-language")
                .selected_text(
                    filter
                        .language
                        .as_deref()
                        .map_or(any.clone(), |l| shell.i18n.language_name(l)),
                )
                .show_ui(ui, |ui| {
                    crate::ui::choice::choice(ui, &mut filter.language, None, &any);
                    for (code, _) in LANGUAGES {
                        let name = shell.i18n.language_name(code);
                        crate::ui::choice::choice(
                            ui,
                            &mut filter.language,
                            Some(code.to_string()),
                            name,
                        );
                    }
                })
                .response
                .labelled_by(label.id);
        });

        let t = |k: &str| shell.i18n.tr(k);
        let mut spanish = filter.language.as_deref() == Some("es");
        if ui.checkbox(&mut spanish, t("filter-spanish")).changed() {
            filter.language = spanish.then(|| "es".to_string());
        }
        ui.checkbox(
            &mut filter.needs_verification,
            t("filter-needs-verification"),
        );
        ui.checkbox(&mut filter.show_inactive, t("filter-show-inactive"));
        if filter != Filter::default() && ui.button(shell.i18n.tr("filter-clear")).clicked() {
            filter = Filter::default();
        }
        count_ui(tab, shell, ui);
    });
    if filter != shell.prefs.filter {
        shell.send(Command::Directory(DirectoryAction::SetFilter(filter)));
    }
}

/// "12 of 15 contacts", after "No contact has all these words" when the rows have some only.
fn count_ui(tab: &DirectoryTab, shell: &Shell<'_>, ui: &mut egui::Ui) {
    if tab.some_words_only {
        ui.label(RichText::new(shell.i18n.tr("directory-some-words")).weak());
    }
    let args = [
        ("shown", tab.rows.len().into()),
        ("count", shell.directory().len().into()),
    ];
    ui.label(RichText::new(shell.i18n.tr_args("directory-count-of", &args)).strong());
}

fn confirm_delete_ui(tab: &mut DirectoryTab, shell: &mut Shell<'_>, ctx: &egui::Context) {
    let Some(id) = tab.confirm_delete.clone() else {
        return;
    };
    let name = shell
        .directory()
        .get(&id)
        .map_or_else(|| id.clone(), |c| c.name.to_string());
    let modal = egui::Modal::new(egui::Id::unique("confirm-delete")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        crate::ui::widgets::heading(ui, shell.i18n.tr("delete-title"), 2);
        ui.label(shell.i18n.tr_args("delete-body", &[("name", name.into())]));
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button(shell.i18n.tr("delete-confirm")).clicked() {
                shell.send(Command::Directory(DirectoryAction::DeleteContact(
                    id.clone(),
                )));
            }
            if ui.button(shell.i18n.tr("cancel")).clicked() {
                shell.send(Command::Directory(DirectoryAction::AskDelete(None)));
            }
        });
    });
    if modal.should_close() {
        shell.send(Command::Directory(DirectoryAction::AskDelete(None)));
    }
}

fn status_ui(tab: &mut DirectoryTab, shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    let (text, problem) = tab.save_status_text(shell);
    let status = shell.session().map(|s| s.status().clone());
    // The contact being edited is hidden by the filters (a new one, often): say so.
    // (Without filters every contact is listed: no need to look through the rows.)
    let hidden = shell.prefs.filter != Filter::default()
        && tab.draft.as_ref().is_some_and(|d| {
            shell
                .directory()
                .position(&d.id)
                .is_some_and(|pos| !tab.rows.contains(pos))
        });
    if hidden {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(shell.i18n.tr("editor-hidden-by-filters")).strong());
            if ui.button(shell.i18n.tr("editor-show-it")).clicked() {
                shell.send(Command::Directory(DirectoryAction::SetFilter(
                    Filter::default(),
                )));
            }
        });
    }
    ui.horizontal_wrapped(|ui| {
        let color = if problem {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().weak_text_color()
        };
        ui.label(RichText::new(text).color(color));
        if let Some(others) = crate::ui::sharing::also_open(shell) {
            ui.label(RichText::new(others).strong());
        }
        match status {
            // Retrying cannot help a read-only file: offer to keep the edits in a copy instead.
            Some(s)
                if s.is_read_only()
                    && ui.button(shell.i18n.tr("status-read-only-copy")).clicked() =>
            {
                shell.send(Command::ChooseFile(Box::new(save_copy_ask(shell))));
            }
            Some(s) if s.is_read_only() => {}
            Some(SaveStatus::Failed(_)) if ui.button(shell.i18n.tr("status-retry")).clicked() => {
                shell.send(Command::Work(Action::RetrySave));
            }
            Some(SaveStatus::ChangedOnDisk) => {
                if ui
                    .button(shell.i18n.tr("conflict-reload"))
                    .on_hover_text(shell.i18n.tr("conflict-reload-hint"))
                    .clicked()
                {
                    shell.send(Command::Work(Action::ReloadAndReapply));
                }
                if ui
                    .button(shell.i18n.tr("conflict-keep-both"))
                    .on_hover_text(shell.i18n.tr("conflict-keep-both-hint"))
                    .clicked()
                {
                    shell.send(Command::Work(Action::KeepBoth));
                }
            }
            _ => {}
        }
        if let Some(s) = shell.session() {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new(s.path().display().to_string()).small().weak());
            });
        }
    });
}
