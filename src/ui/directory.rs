//! The Directory tab: the filtered, sortable contact list (only visible rows are drawn), the
//! contact editor beside it, the file menu, the save status line, and the recovery screen for
//! a file that does not open.

use crate::core::contact::{
    Category, Contact, Cost, Field, NM_COUNTIES, Phone, PhoneKind, STATEWIDE, Verification, today,
};
use crate::core::interop::plan::{self, Choice, ImportPlan, Likeness};
use crate::core::interop::{self, Format, csv};
use crate::core::session::SaveStatus;
use crate::core::view::{self, Column, Filter, LANGUAGES};
use crate::ui::app::{Doc, RightsDeskApp};
use crate::ui::command::{Command, GuideUpdateAction, SharingAction};
use crate::ui::{dialogs, theme};
use egui::RichText;
use egui_extras::{Column as TableColumn, TableBuilder};

/// State of the Directory tab that lives only while the app runs.
#[derive(Debug, Default)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent one-frame requests and dialog states"
)]
pub struct DirectoryView {
    /// The editor's working copy of the selected contact.
    pub draft: Option<Contact>,
    /// A contact waiting for "Delete?" confirmation.
    pub confirm_delete: Option<String>,
    /// Put the keyboard focus in the name field on the next frame.
    pub focus_name: bool,
    /// The window was asked to close with unsaved edits.
    pub close_asked: bool,
    /// The user chose to close without saving.
    pub close_anyway: bool,
    /// The import preview, while it is open.
    pub import: Option<ImportState>,
    /// Put the keyboard focus in the filter box on the next frame (Ctrl+F on this tab).
    pub focus_filter: bool,
    /// The contact under the keyboard cursor (arrows move it; Enter opens it).
    pub cursor: Option<String>,
    /// Give the cursor's row the keyboard focus (and scroll to it) on the next frame.
    pub focus_row: bool,
    /// A row of the list had the keyboard focus in the last frame.
    row_focused: bool,
    rows: Vec<usize>,
    computed: Option<(u64, Filter, view::Sort)>,
}

impl DirectoryView {
    /// The contacts the list shows now, in its order.
    #[must_use]
    pub fn visible_contacts<'a>(
        &self,
        directory: &'a crate::core::directory::Directory,
    ) -> Vec<&'a Contact> {
        self.rows
            .iter()
            .filter_map(|&i| directory.contacts().get(i))
            .collect()
    }
}

/// An import being previewed: what was read, how unknown columns are mapped, and the plan.
#[derive(Debug)]
pub struct ImportState {
    /// The file or folder.
    pub path: std::path::PathBuf,
    /// Its format (guessed when `None`).
    pub format: Option<Format>,
    /// What unrecognised CSV columns hold.
    pub mapping: csv::Mapping,
    /// Columns the reader did not recognise.
    pub unmapped: Vec<String>,
    /// The plan, or `None` with `error` when the file could not be read at all.
    pub plan: Option<ImportPlan>,
    /// Why the file could not be read.
    pub error: Option<String>,
}

impl ImportState {
    /// Reads `path` and plans the import against `directory`.
    #[must_use]
    pub fn load(
        path: std::path::PathBuf,
        format: Option<Format>,
        directory: &crate::core::directory::Directory,
    ) -> ImportState {
        let mut state = ImportState {
            path,
            format,
            mapping: csv::Mapping::default(),
            unmapped: Vec::new(),
            plan: None,
            error: None,
        };
        state.reload(directory);
        state
    }

    /// Reads the file again with the current column mapping.
    pub fn reload(&mut self, directory: &crate::core::directory::Directory) {
        let format = self.format.unwrap_or_else(|| Format::guess(&self.path));
        let read = match format {
            Format::Csv => interop::read_limited(&self.path).map(|b| csv::read(&b, &self.mapping)),
            other => interop::import_path(&self.path, Some(other)),
        };
        match read {
            Ok(imported) => {
                // Keep the columns the user already mapped in the list, so they can change them.
                let mut unmapped = imported.unmapped_columns.clone();
                for (c, _) in &self.mapping.columns {
                    if !unmapped.contains(c) {
                        unmapped.push(c.clone());
                    }
                }
                self.unmapped = unmapped;
                let old_choices: Vec<Choice> = self
                    .plan
                    .as_ref()
                    .map(|p| p.duplicates.iter().map(|d| d.choice).collect())
                    .unwrap_or_default();
                let mut p = plan::plan(directory, imported);
                for (d, c) in p.duplicates.iter_mut().zip(old_choices) {
                    d.choice = c;
                }
                self.plan = Some(p);
                self.error = None;
            }
            Err(e) => {
                self.plan = None;
                self.error = Some(e.to_string());
            }
        }
    }
}

/// Draws the Directory tab.
pub fn directory_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    if let Doc::Loading { path, count, .. } = &app.doc {
        let text = match count {
            Some(n) => app
                .i18n
                .tr_args("loading-contacts", &[("count", app.i18n.count(*n).into())]),
            None => app.i18n.tr_args(
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
        path,
        error,
        backups,
    } = &app.doc
    {
        let (path, error, backups) = (path.clone(), app.i18n.file_error(error), backups.clone());
        recovery_ui(app, ui, &path, &error, &backups);
        return;
    }
    refresh_rows(app);
    egui::Panel::top("directory-toolbar").show(ui, |ui| {
        ui.add_space(4.0);
        toolbar_ui(app, ui);
        ui.add_space(2.0);
        filters_ui(app, ui);
        ui.add_space(4.0);
    });
    egui::Panel::bottom("directory-status").show(ui, |ui| status_ui(app, ui));
    // On a narrow window (or a big zoom) the editor takes the whole width; its Close button
    // (or Esc) goes back to the list.
    let narrow = ui.available_width() < 700.0;
    if app.directory_view.draft.is_some() && narrow {
        egui::CentralPanel::default().show(ui, |ui| editor_ui(app, ui));
    } else {
        if app.directory_view.draft.is_some() {
            egui::Panel::right("contact-editor")
                .resizable(true)
                .default_size(380.0)
                .size_range(320.0..=640.0)
                .show(ui, |ui| editor_ui(app, ui));
        }
        list_keys(app, ui.ctx());
        egui::CentralPanel::default().show(ui, |ui| table_ui(app, ui));
    }
    // Esc closes the editor (a text field being typed in takes the first Esc itself; commit
    // happens as the field loses focus) and puts the focus back on its row. Not while a dialog
    // is open.
    if app.directory_view.draft.is_some()
        && app.directory_view.confirm_delete.is_none()
        && app.directory_view.import.is_none()
        && !ui.ctx().text_edit_focused()
        && ui.input(|i| i.key_pressed(egui::Key::Escape))
    {
        commit_draft(app);
        app.directory_view.cursor = app.directory_view.draft.as_ref().map(|d| d.id.clone());
        app.directory_view.focus_row = true;
        app.send(Command::SelectContact(None));
    }
    confirm_delete_ui(app, ui.ctx());
    import_ui(app, ui.ctx());
}

fn refresh_rows(app: &mut RightsDeskApp) {
    let key = (app.doc_generation, app.prefs.filter.clone(), app.prefs.sort);
    if app.directory_view.computed.as_ref() == Some(&key) {
        return;
    }
    let rows = match app.session() {
        Some(s) => view::filter_and_sort(
            s.directory().contacts(),
            s.index(),
            &app.prefs.filter,
            app.prefs.sort,
            today(),
            crate::core::contact::DEFAULT_STALE_DAYS,
        ),
        None => Vec::new(),
    };
    app.directory_view.rows = rows;
    app.directory_view.computed = Some(key);
}

fn toolbar_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        if ui
            .add(egui::Button::new(app.i18n.tr("contact-new")).shortcut_text("Ctrl+N"))
            .clicked()
        {
            app.send(Command::NewContact);
        }
        let history = app.session().map(crate::core::session::Session::history);
        let can_undo = history.is_some_and(crate::core::history::History::can_undo);
        let can_redo = history.is_some_and(crate::core::history::History::can_redo);
        if ui
            .add_enabled(can_undo, egui::Button::new(app.i18n.tr("undo")))
            .on_hover_text("Ctrl+Z")
            .clicked()
        {
            app.send(Command::Undo);
        }
        if ui
            .add_enabled(can_redo, egui::Button::new(app.i18n.tr("redo")))
            .on_hover_text("Ctrl+Shift+Z, Ctrl+Y")
            .clicked()
        {
            app.send(Command::Redo);
        }
        ui.separator();
        file_menu_ui(app, ui);
    });
}

fn file_menu_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    let current = app.session().map(|s| s.path().to_path_buf());
    ui.menu_button(app.i18n.tr("file-menu"), |ui| {
        if ui.button(app.i18n.tr("guide-update-menu")).clicked()
            && let Some(p) = dialogs::pick_guide_file()
        {
            app.send(Command::GuideUpdate(GuideUpdateAction::Preview(p)));
        }
        ui.separator();
        if ui.button(app.i18n.tr("file-open")).clicked()
            && let Some(p) = dialogs::pick_directory_file(current.as_deref())
        {
            app.send(Command::OpenDirectoryFile(p));
        }
        if ui.button(app.i18n.tr("file-new")).clicked()
            && let Some(p) = dialogs::save_directory_file(
                current.as_deref(),
                &app.i18n.tr("file-new"),
                "directory.ron",
            )
        {
            app.send(Command::NewDirectoryFile(p));
        }
        if ui.button(app.i18n.tr("file-save-copy")).clicked()
            && let Some(p) = dialogs::save_directory_file(
                current.as_deref(),
                &app.i18n.tr("file-save-copy"),
                "directory copy.ron",
            )
        {
            app.send(Command::SaveCopyAs(p));
        }
        if ui.button(app.i18n.tr("file-merge-copies")).clicked() {
            app.send(Command::Sharing(SharingAction::LookAgain));
        }
        ui.separator();
        if ui.button(app.i18n.tr("import-file")).clicked()
            && let Some(p) = dialogs::pick_import_file()
        {
            app.send(Command::ImportFile(p, None));
        }
        if ui.button(app.i18n.tr("import-folder")).clicked()
            && let Some(p) = dialogs::pick_folder(&app.i18n.tr("import-folder"))
        {
            app.send(Command::ImportFile(p, Some(Format::Hsds)));
        }
        ui.menu_button(app.i18n.tr("export-menu"), |ui| {
            if ui.button(app.i18n.tr("export-csv")).clicked()
                && let Some(p) =
                    dialogs::save_export_file(&app.i18n.tr("export-csv"), "contacts.csv", "csv")
            {
                app.send(Command::ExportContacts(p, Format::Csv));
            }
            if ui.button(app.i18n.tr("export-vcard")).clicked()
                && let Some(p) =
                    dialogs::save_export_file(&app.i18n.tr("export-vcard"), "contacts.vcf", "vcf")
            {
                app.send(Command::ExportContacts(p, Format::Vcard));
            }
            if ui.button(app.i18n.tr("export-hsds")).clicked()
                && let Some(p) = dialogs::pick_folder(&app.i18n.tr("export-hsds"))
            {
                app.send(Command::ExportContacts(p, Format::Hsds));
            }
            ui.label(
                RichText::new(app.i18n.tr("export-filter-note"))
                    .small()
                    .weak(),
            );
        });
        let recent: Vec<_> = app
            .prefs
            .recent_files
            .iter()
            .filter(|p| Some(*p) != current.as_ref())
            .cloned()
            .collect();
        if !recent.is_empty() {
            ui.separator();
            ui.label(RichText::new(app.i18n.tr("file-recent")).weak());
            for p in recent {
                if ui.button(p.display().to_string()).clicked() {
                    app.send(Command::OpenDirectoryFile(p));
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

fn filters_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    let mut filter = app.prefs.filter.clone();
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(app.i18n.tr("filter-text"));
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut filter.text)
                    .hint_text(app.i18n.tr("filter-text-hint"))
                    .desired_width(220.0),
            )
            .labelled_by(label.id);
        if std::mem::take(&mut app.directory_view.focus_filter) {
            r.request_focus();
        }
        // ↓ from the filter goes into the list.
        if r.has_focus()
            && !app.directory_view.rows.is_empty()
            && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown))
        {
            r.surrender_focus();
            if app.directory_view.cursor.is_none() {
                app.directory_view.cursor.clone_from(&app.selected_contact);
            }
            app.directory_view.focus_row = true;
        }

        let any = app.i18n.tr("filter-any");
        // Each label stays with its drop-down when the row wraps.
        wrap_before(ui, 280.0);
        ui.horizontal(|ui| {
            let label = ui.label(app.i18n.tr("contact-category"));
            egui::ComboBox::from_id_salt("filter-category")
                .selected_text(
                    filter
                        .category
                        .map_or(any.clone(), |c| category_name(app, c)),
                )
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut filter.category, None, &any);
                    for c in Category::ALL {
                        ui.selectable_value(&mut filter.category, Some(c), category_name(app, c));
                    }
                })
                .response
                .labelled_by(label.id);
        });

        wrap_before(ui, 280.0);
        ui.horizontal(|ui| {
            let label = ui.label(app.i18n.tr("contact-county"));
            county_picker(app, ui, "filter-county", &mut filter.county).labelled_by(label.id);
        });

        ui.horizontal(|ui| {
            let label = ui.label(app.i18n.tr("contact-language"));
            egui::ComboBox::from_id_salt("filter-language")
                .selected_text(
                    filter
                        .language
                        .as_deref()
                        .map_or(any.clone(), |l| app.i18n.language_name(l)),
                )
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut filter.language, None, &any);
                    for (code, _) in LANGUAGES {
                        let name = app.i18n.language_name(code);
                        ui.selectable_value(&mut filter.language, Some(code.to_string()), name);
                    }
                })
                .response
                .labelled_by(label.id);
        });

        let mut spanish = filter.language.as_deref() == Some("es");
        if ui
            .checkbox(&mut spanish, app.i18n.tr("filter-spanish"))
            .changed()
        {
            filter.language = spanish.then(|| "es".to_string());
        }
        ui.checkbox(
            &mut filter.needs_verification,
            app.i18n.tr("filter-needs-verification"),
        );
        if filter != Filter::default() && ui.button(app.i18n.tr("filter-clear")).clicked() {
            filter = Filter::default();
        }
        ui.label(
            RichText::new(app.i18n.tr_args(
                "directory-count-of",
                &[
                    ("shown", app.directory_view.rows.len().into()),
                    ("count", app.directory().len().into()),
                ],
            ))
            .strong(),
        );
    });
    if filter != app.prefs.filter {
        app.send(Command::SetFilter(filter));
    }
}

/// A drop-down of New Mexico's counties (and "Statewide"), with "Any" for none.
pub(crate) fn county_picker(
    app: &RightsDeskApp,
    ui: &mut egui::Ui,
    id: &str,
    county: &mut Option<String>,
) -> egui::Response {
    let any = app.i18n.tr("filter-any");
    let name = |c: &str| {
        if c == STATEWIDE {
            app.i18n.tr("county-statewide")
        } else {
            c.to_string()
        }
    };
    egui::ComboBox::from_id_salt(id)
        .selected_text(county.as_deref().map_or(any.clone(), name))
        .height(400.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(county, None, &any);
            for c in std::iter::once(STATEWIDE).chain(NM_COUNTIES) {
                ui.selectable_value(county, Some(c.to_string()), name(c));
            }
        })
        .response
}

/// The category's name in the interface language.
pub(crate) fn category_name(app: &RightsDeskApp, c: Category) -> String {
    app.i18n.tr(&format!("category-{}", c.key()))
}

/// Verification text and colour of a contact for the list.
fn verification_cell(app: &RightsDeskApp, c: &Contact, dark: bool) -> (String, egui::Color32) {
    let t = today();
    match c.verification(t, crate::core::contact::DEFAULT_STALE_DAYS) {
        Verification::Never => (app.i18n.tr("verification-never"), theme::warn_color(dark)),
        Verification::Fresh(d) => (
            app.i18n
                .tr_args("verification-fresh", &[("date", app.i18n.date(d).into())]),
            theme::ok_color(dark),
        ),
        Verification::Stale(d) => {
            let months = (t - d).get_days() / 30;
            (
                app.i18n
                    .tr_args("verification-months-ago", &[("months", months.into())]),
                theme::warn_color(dark),
            )
        }
    }
}

/// The columns shown: all of them, or the essential ones while the editor takes room.
/// The columns that fit in `width` points: the name always, then by priority phone, verified,
/// category, city, counties, languages (a narrow window, a big zoom or the editor beside the
/// list drops the last ones first; they stay in the editor and the filters).
fn columns_for(width: f32, compact: bool) -> Vec<(Column, &'static str, f32)> {
    const PRIORITY: [Column; 6] = [
        Column::Phone,
        Column::Verified,
        Column::Category,
        Column::City,
        Column::Counties,
        Column::Languages,
    ];
    let all = columns(compact);
    let mut budget = width - 180.0;
    let mut keep = vec![Column::Name];
    for p in PRIORITY {
        if let Some((_, _, w)) = all.iter().find(|(c, _, _)| *c == p) {
            if *w + 12.0 > budget {
                break;
            }
            budget -= w + 12.0;
            keep.push(p);
        }
    }
    all.into_iter()
        .filter(|(c, _, _)| keep.contains(c))
        .collect()
}

fn columns(compact: bool) -> Vec<(Column, &'static str, f32)> {
    let all = [
        (Column::Name, "contact-name", 0.0),
        (Column::Category, "contact-category", 115.0),
        (Column::City, "contact-city", 100.0),
        (Column::Phone, "contact-phone", 115.0),
        (Column::Languages, "contact-languages", 80.0),
        (Column::Counties, "contact-counties", 100.0),
        (Column::Verified, "contact-verified", 165.0),
    ];
    all.into_iter()
        .filter(|(c, _, _)| {
            !compact || matches!(c, Column::Name | Column::Phone | Column::Verified)
        })
        .collect()
}

fn cell_text(app: &RightsDeskApp, c: &Contact, column: Column) -> String {
    match column {
        Column::Name => c.name.clone(),
        Column::Category => category_name(app, c.category),
        Column::City => c.address.city.clone(),
        Column::Phone => c
            .main_phone()
            .map_or_else(String::new, |p| p.number.clone()),
        Column::Languages => c
            .languages
            .iter()
            .map(|l| app.i18n.language_name(l))
            .collect::<Vec<_>>()
            .join(", "),
        Column::Counties => c
            .counties
            .iter()
            .map(|k| {
                if k.eq_ignore_ascii_case(STATEWIDE) {
                    app.i18n.tr("county-statewide")
                } else {
                    k.clone()
                }
            })
            .collect::<Vec<_>>()
            .join(", "),
        Column::Verified => String::new(),
    }
}

/// The list's keys, when the keyboard focus is on a row or nowhere: ↑ ↓ Page Up/Down Home End
/// move the cursor row, Enter opens the contact under it in the editor.
fn list_keys(app: &mut RightsDeskApp, ctx: &egui::Context) {
    let view = &app.directory_view;
    let dialog = view.confirm_delete.is_some()
        || view.import.is_some()
        || app.sharing.screen.is_some()
        || app.guide_update.is_some();
    let free = view.row_focused || ctx.memory(|m| m.focused().is_none());
    if dialog || !free || view.rows.is_empty() || ctx.text_edit_focused() {
        return;
    }
    let contacts = app.directory().contacts();
    let ids: Vec<&str> = view
        .rows
        .iter()
        .filter_map(|&i| contacts.get(i).map(|c| c.id.as_str()))
        .collect();
    let current = view
        .cursor
        .as_deref()
        .or(app.selected_contact.as_deref())
        .and_then(|id| ids.iter().position(|&x| x == id));
    let last = ids.len() - 1;
    let step = |key| ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, key));
    let target = if step(egui::Key::ArrowDown) {
        Some(current.map_or(0, |i| (i + 1).min(last)))
    } else if step(egui::Key::ArrowUp) {
        Some(current.map_or(0, |i| i.saturating_sub(1)))
    } else if step(egui::Key::PageDown) {
        Some(current.map_or(0, |i| (i + 10).min(last)))
    } else if step(egui::Key::PageUp) {
        Some(current.map_or(0, |i| i.saturating_sub(10)))
    } else if step(egui::Key::Home) {
        Some(0)
    } else if step(egui::Key::End) {
        Some(last)
    } else {
        None
    };
    if let Some(i) = target {
        app.directory_view.cursor = Some(ids[i].to_string());
        app.directory_view.focus_row = true;
        return;
    }
    if let Some(i) = current
        && view.row_focused
        && step(egui::Key::Enter)
    {
        let id = ids[i].to_string();
        commit_draft(app);
        app.directory_view.cursor = Some(id.clone());
        app.send(Command::SelectContact(Some(id)));
    }
}

/// A cell of the list. The first cell of a row stands for the row (named by the contact);
/// the others are cells for screen readers.
fn body_cell(
    app: &RightsDeskApp,
    ui: &mut egui::Ui,
    c: &Contact,
    column: Column,
    first: bool,
    dark: bool,
) {
    if !first {
        ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
            node.set_role(egui::accesskit::Role::Cell);
        });
    }
    let text = if column == Column::Verified {
        let (text, color) = verification_cell(app, c, dark);
        RichText::new(text).color(color)
    } else {
        RichText::new(cell_text(app, c, column))
    };
    ui.add(egui::Label::new(text).truncate().selectable(false));
}

/// A column header: a button that sorts by the column, a column header for screen readers.
/// Returns true when clicked.
fn header_cell(
    app: &RightsDeskApp,
    ui: &mut egui::Ui,
    column: Column,
    key: &str,
    sort: view::Sort,
) -> bool {
    let arrow = if sort.column == column {
        if sort.ascending { " ▲" } else { " ▼" }
    } else {
        ""
    };
    let text = format!("{}{arrow}", app.i18n.tr(key));
    let r = ui
        .add(egui::Button::new(RichText::new(&text).strong()).frame(false))
        .on_hover_text(app.i18n.tr("sort-hint"));
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ColumnHeader, true, &text));
    r.clicked()
}

/// A row of the list for screen readers (a row named by the contact, selected when it is the
/// one open) and the keyboard (takes the focus when `wanted`; shows a focus ring; keeps the
/// arrows for the list). Returns whether it has the focus.
fn row_a11y_and_focus(r: &egui::Response, name: &str, is_selected: bool, wanted: bool) -> bool {
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Row, true, name));
    r.ctx
        .accesskit_node_builder(r.id, |node| node.set_selected(is_selected));
    if wanted {
        r.request_focus();
    }
    if !r.has_focus() {
        return false;
    }
    r.ctx.memory_mut(|m| {
        m.set_focus_lock_filter(
            r.id,
            egui::EventFilter {
                vertical_arrows: true,
                horizontal_arrows: true,
                ..egui::EventFilter::default()
            },
        );
    });
    let stroke = r.ctx.global_style().visuals.selection.stroke;
    r.ctx.layer_painter(r.layer_id).rect_stroke(
        r.rect.shrink(1.0),
        2.0,
        egui::Stroke::new(stroke.width.max(2.0), stroke.color),
        egui::StrokeKind::Inside,
    );
    true
}

fn table_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    let dark = ui.visuals().dark_mode;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    let compact = app.directory_view.draft.is_some();
    let columns = columns_for(ui.available_width(), compact);
    let mut clicked = None;
    let mut sort_by = None;
    let sort = app.prefs.sort;
    let selected = app.selected_contact.clone();
    let Some(session) = app.session() else {
        return;
    };
    let contacts = session.directory().contacts();
    let rows = &app.directory_view.rows;
    if rows.is_empty() {
        ui.add_space(12.0);
        ui.label(RichText::new(app.i18n.tr("directory-no-match")).weak());
        return;
    }
    let cursor_row = app.directory_view.cursor.as_deref().and_then(|id| {
        rows.iter()
            .position(|&i| contacts.get(i).is_some_and(|c| c.id == id))
    });
    let focus_row = app.directory_view.focus_row;
    // Focus asked for with no cursor yet (↓ from the filter): the first row.
    let cursor_row = cursor_row.or((focus_row).then_some(0));
    let mut row_focused = false;
    // Screen readers: the list is a table named "Contacts", its rows named by the contact.
    let table_name = app.i18n.tr("directory-table-name");
    ui.scope_builder(
        egui::UiBuilder::new()
            .accessibility_role(egui::accesskit::Role::Table)
            .accessibility_label(table_name),
        |ui| {
            let mut table = TableBuilder::new(ui)
                .id_salt(("contacts-table", compact, columns.len()))
                .striped(true)
                .sense(egui::Sense::click())
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .resizable(true)
                .auto_shrink([false, false]);
            if let Some(i) = cursor_row.filter(|_| focus_row) {
                table = table.scroll_to_row(i, None);
            }
            for (column, _, width) in &columns {
                table = table.column(if *column == Column::Name {
                    TableColumn::remainder().at_least(160.0).clip(true)
                } else {
                    TableColumn::initial(*width).at_least(50.0).clip(true)
                });
            }
            table
                .header(row_height + 4.0, |mut header| {
                    for (column, key, _) in &columns {
                        header.col(|ui| {
                            if header_cell(app, ui, *column, key, sort) {
                                sort_by = Some(*column);
                            }
                        });
                    }
                })
                .body(|body| {
                    body.rows(row_height, rows.len(), |mut row| {
                        let Some(c) = rows.get(row.index()).and_then(|&i| contacts.get(i)) else {
                            return;
                        };
                        row.set_selected(selected.as_deref() == Some(c.id.as_str()));
                        for (n, (column, _, _)) in columns.iter().enumerate() {
                            row.col(|ui| body_cell(app, ui, c, *column, n == 0, dark));
                        }
                        let is_selected = selected.as_deref() == Some(c.id.as_str());
                        let r = row.response();
                        let wanted = focus_row && cursor_row == Some(row.index());
                        row_focused |= row_a11y_and_focus(&r, &c.name, is_selected, wanted);
                        if r.clicked() {
                            clicked = Some(c.id.clone());
                        }
                    });
                });
        },
    );
    if focus_row && cursor_row.is_some() {
        app.directory_view.focus_row = false;
        if app.directory_view.cursor.is_none() {
            let first = app.directory_view.rows.first().copied();
            app.directory_view.cursor =
                first.and_then(|i| app.directory().contacts().get(i).map(|c| c.id.clone()));
        }
    }
    app.directory_view.row_focused = row_focused;
    if let Some(column) = sort_by {
        app.send(Command::SortBy(column));
    }
    if let Some(id) = clicked {
        commit_draft(app);
        app.directory_view.cursor = Some(id.clone());
        app.send(Command::SelectContact(Some(id)));
    }
}

/// Sends the editor's draft for saving when it differs from the stored contact.
pub fn commit_draft(app: &mut RightsDeskApp) {
    let Some(draft) = app.directory_view.draft.clone() else {
        return;
    };
    let stored = app.directory().get(&draft.id);
    if stored.is_some_and(|s| *s != draft) && !draft.name.trim().is_empty() {
        app.send(Command::UpdateContact(Box::new(draft)));
    }
}

#[allow(clippy::too_many_lines, reason = "one form, top to bottom")]
fn editor_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    let Some(mut draft) = app.directory_view.draft.clone() else {
        return;
    };
    let dark = ui.visuals().dark_mode;
    let mut commit = false;
    let mut commands = Vec::new();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            crate::ui::widgets::keep_focus_in_view(ui);
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                crate::ui::widgets::heading(ui, app.i18n.tr("editor-heading"), 2);
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button(app.i18n.tr("editor-close")).clicked() {
                        commit = true;
                        commands.push(Command::SelectContact(None));
                    }
                });
            });
            let (text, color) = verification_cell(app, &draft, dark);
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(text).color(color));
                if draft.changed_since_verified() {
                    ui.label(
                        RichText::new(app.i18n.tr("editor-changed-since-verified"))
                            .color(theme::warn_color(dark)),
                    );
                }
            });
            ui.horizontal_wrapped(|ui| {
                if ui.button(app.i18n.tr("contact-mark-verified")).clicked() {
                    commit = true;
                    commands.push(Command::MarkVerified(draft.id.clone()));
                }
                if ui.button(app.i18n.tr("contact-duplicate")).clicked() {
                    commit = true;
                    commands.push(Command::DuplicateContact(draft.id.clone()));
                }
                if ui.button(app.i18n.tr("contact-copy-text")).clicked() {
                    ui.ctx().copy_text(draft.to_plain_text());
                    app.notice = Some(app.i18n.tr("contact-copied"));
                }
                if ui.button(app.i18n.tr("contact-delete")).clicked() {
                    commands.push(Command::AskDelete(Some(draft.id.clone())));
                }
            });
            ui.separator();

            let warnings = draft.warnings();
            let warn_for = |ui: &mut egui::Ui, field: crate::core::contact::Field| {
                for w in warnings.iter().filter(|w| w.field == field) {
                    ui.label(
                        RichText::new(format!("⚠ {}", w.message))
                            .small()
                            .color(theme::warn_color(dark)),
                    );
                }
            };

            let r = text_field(ui, &app.i18n.tr("contact-name"), &mut draft.name, false);
            if app.directory_view.focus_name {
                r.request_focus();
                // A new contact opens at its name, not wherever the editor was scrolled.
                r.scroll_to_me(Some(egui::Align::Center));
                app.directory_view.focus_name = false;
            }
            commit |= r.lost_focus();
            if draft.name.trim().is_empty() {
                ui.label(
                    RichText::new(app.i18n.tr("editor-name-required"))
                        .color(ui.visuals().error_fg_color),
                );
            }

            let label = ui.label(RichText::new(app.i18n.tr("contact-category")).strong());
            let before = draft.category;
            egui::ComboBox::from_id_salt("editor-category")
                .selected_text(category_name(app, draft.category))
                .show_ui(ui, |ui| {
                    for c in Category::ALL {
                        ui.selectable_value(&mut draft.category, c, category_name(app, c));
                    }
                })
                .response
                .labelled_by(label.id);
            commit |= before != draft.category;

            commit |= text_field(
                ui,
                &app.i18n.tr("contact-description"),
                &mut draft.description,
                true,
            )
            .lost_focus();

            // Phones.
            ui.label(RichText::new(app.i18n.tr("contact-phones")).strong());
            let mut remove = None;
            for (i, phone) in draft.phones.iter_mut().enumerate() {
                ui.horizontal(|ui| {
                    let number_label = ui.label(
                        RichText::new(format!("{} {}", app.i18n.tr("contact-phone"), i + 1))
                            .small(),
                    );
                    let r = ui
                        .add(
                            egui::TextEdit::singleline(&mut phone.number)
                                .desired_width(120.0)
                                .hint_text("505-555-0100"),
                        )
                        .labelled_by(number_label.id);
                    commit |= r.lost_focus();
                    let before = phone.kind;
                    let kind_combo = egui::ComboBox::from_id_salt(("phone-kind", i))
                        .width(80.0)
                        .selected_text(
                            app.i18n
                                .tr(&format!("phone-kind-{}", phone.kind.label().to_lowercase())),
                        )
                        .show_ui(ui, |ui| {
                            for k in PhoneKind::ALL {
                                ui.selectable_value(
                                    &mut phone.kind,
                                    k,
                                    app.i18n
                                        .tr(&format!("phone-kind-{}", k.label().to_lowercase())),
                                );
                            }
                        })
                        .response;
                    crate::ui::widgets::name(
                        &kind_combo,
                        app.i18n
                            .tr_args("contact-phone-kind", &[("number", (i + 1).into())]),
                    );
                    commit |= before != phone.kind;
                    if !phone.number.trim().is_empty() {
                        let digits: String = phone
                            .number
                            .chars()
                            .filter(|c| c.is_ascii_digit() || *c == '+')
                            .collect();
                        let call = format!("{} {}", app.i18n.tr("contact-call"), phone.number);
                        let link = ui
                            .hyperlink_to("☎", format!("tel:{digits}"))
                            .on_hover_text(&call);
                        link.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Link, true, &call)
                        });
                    }
                    let remove_name = app.i18n.tr("phone-remove");
                    let remove_button = ui.small_button("✖").on_hover_text(&remove_name);
                    remove_button.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Button, true, &remove_name)
                    });
                    if remove_button.clicked() {
                        remove = Some(i);
                    }
                });
                ui.horizontal(|ui| {
                    let label = ui.label(
                        RichText::new(format!("{} {}", app.i18n.tr("phone-label"), i + 1)).small(),
                    );
                    let r = ui
                        .add(
                            egui::TextEdit::singleline(&mut phone.label)
                                .desired_width(200.0)
                                .hint_text(app.i18n.tr("phone-label-hint")),
                        )
                        .labelled_by(label.id);
                    commit |= r.lost_focus();
                });
            }
            if let Some(i) = remove {
                draft.phones.remove(i);
                commit = true;
            }
            if ui.small_button(app.i18n.tr("phone-add")).clicked() {
                draft.phones.push(Phone::default());
            }
            warn_for(ui, Field::Phones);

            let r = text_field(ui, &app.i18n.tr("contact-email"), &mut draft.email, false);
            commit |= r.lost_focus();
            if !draft.email.trim().is_empty() && !warnings.iter().any(|w| w.field == Field::Email) {
                ui.hyperlink_to(
                    app.i18n.tr("contact-write-email"),
                    format!("mailto:{}", draft.email.trim()),
                );
            }
            warn_for(ui, Field::Email);
            let r = text_field(
                ui,
                &app.i18n.tr("contact-website"),
                &mut draft.website,
                false,
            );
            commit |= r.lost_focus();
            if crate::core::contact::website_looks_valid(draft.website.trim()) {
                ui.hyperlink_to(app.i18n.tr("contact-open-website"), draft.website.trim());
            }
            warn_for(ui, Field::Website);

            ui.label(RichText::new(app.i18n.tr("contact-address")).strong());
            commit |= text_field(
                ui,
                &app.i18n.tr("address-street"),
                &mut draft.address.street,
                false,
            )
            .lost_focus();
            ui.horizontal(|ui| {
                commit |= small_field(
                    ui,
                    &app.i18n.tr("address-city"),
                    &mut draft.address.city,
                    140.0,
                )
                .lost_focus();
                commit |= small_field(
                    ui,
                    &app.i18n.tr("address-state"),
                    &mut draft.address.state,
                    40.0,
                )
                .lost_focus();
                commit |= small_field(
                    ui,
                    &app.i18n.tr("address-zip"),
                    &mut draft.address.zip,
                    70.0,
                )
                .lost_focus();
            });
            warn_for(ui, Field::Address);

            // Counties: multi-select.
            ui.label(RichText::new(app.i18n.tr("contact-counties")).strong());
            let summary = if draft.counties.is_empty() {
                app.i18n.tr("editor-none-chosen")
            } else {
                draft.counties.join(", ")
            };
            egui::CollapsingHeader::new(summary)
                .id_salt("editor-counties")
                .show(ui, |ui| {
                    egui::Grid::new("county-grid")
                        .num_columns(3)
                        .show(ui, |ui| {
                            for (i, county) in
                                std::iter::once(STATEWIDE).chain(NM_COUNTIES).enumerate()
                            {
                                let mut on = draft.counties.iter().any(|c| c == county);
                                if ui.checkbox(&mut on, county).changed() {
                                    if on {
                                        draft.counties.push(county.to_string());
                                    } else {
                                        draft.counties.retain(|c| c != county);
                                    }
                                    commit = true;
                                }
                                if i % 3 == 2 {
                                    ui.end_row();
                                }
                            }
                        });
                });
            warn_for(ui, Field::Counties);

            ui.label(RichText::new(app.i18n.tr("contact-languages")).strong());
            ui.horizontal_wrapped(|ui| {
                for (code, _) in LANGUAGES {
                    let mut on = draft.languages.iter().any(|l| l.eq_ignore_ascii_case(code));
                    if ui.checkbox(&mut on, app.i18n.language_name(code)).changed() {
                        if on {
                            draft.languages.push(code.to_string());
                        } else {
                            draft.languages.retain(|l| !l.eq_ignore_ascii_case(code));
                        }
                        commit = true;
                    }
                }
            });

            commit |=
                text_field(ui, &app.i18n.tr("contact-hours"), &mut draft.hours, false).lost_focus();
            let label = ui.label(RichText::new(app.i18n.tr("contact-cost")).strong());
            let before = draft.cost;
            egui::ComboBox::from_id_salt("editor-cost")
                .selected_text(app.i18n.tr(&cost_key(draft.cost)))
                .show_ui(ui, |ui| {
                    for c in Cost::ALL {
                        ui.selectable_value(&mut draft.cost, c, app.i18n.tr(&cost_key(c)));
                    }
                })
                .response
                .labelled_by(label.id);
            commit |= before != draft.cost;
            let mut services = draft.services.join(", ");
            if text_field(ui, &app.i18n.tr("contact-services"), &mut services, false).lost_focus() {
                commit = true;
            }
            let parsed: Vec<String> = services
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            if parsed != draft.services && !services.ends_with(", ") && !services.ends_with(',') {
                draft.services = parsed;
            }
            commit |=
                text_field(ui, &app.i18n.tr("contact-notes"), &mut draft.notes, true).lost_focus();
            commit |= text_field(ui, &app.i18n.tr("contact-source"), &mut draft.source, false)
                .lost_focus();
            ui.add_space(12.0);
        });
    app.directory_view.draft = Some(draft);
    if commit {
        commit_draft(app);
    }
    for c in commands {
        app.send(c);
    }
}

fn cost_key(c: Cost) -> String {
    format!(
        "cost-{}",
        match c {
            Cost::Free => "free",
            Cost::SlidingScale => "sliding-scale",
            Cost::Fee => "fee",
            Cost::Unknown => "unknown",
        }
    )
}

/// A labelled text field, full width.
fn text_field(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut String,
    multiline: bool,
) -> egui::Response {
    let l = ui.label(RichText::new(label).strong());
    let edit = if multiline {
        egui::TextEdit::multiline(value).desired_rows(2)
    } else {
        egui::TextEdit::singleline(value)
    };
    ui.add(edit.desired_width(f32::INFINITY)).labelled_by(l.id)
}

fn small_field(ui: &mut egui::Ui, label: &str, value: &mut String, width: f32) -> egui::Response {
    ui.vertical(|ui| {
        let l = ui.label(RichText::new(label).small());
        ui.add(egui::TextEdit::singleline(value).desired_width(width))
            .labelled_by(l.id)
    })
    .inner
}

fn confirm_delete_ui(app: &mut RightsDeskApp, ctx: &egui::Context) {
    let Some(id) = app.directory_view.confirm_delete.clone() else {
        return;
    };
    let name = app
        .directory()
        .get(&id)
        .map_or_else(|| id.clone(), |c| c.name.clone());
    let modal = egui::Modal::new(egui::Id::unique("confirm-delete")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        crate::ui::widgets::heading(ui, app.i18n.tr("delete-title"), 2);
        ui.label(app.i18n.tr_args("delete-body", &[("name", name.into())]));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(app.i18n.tr("delete-confirm")).clicked() {
                app.send(Command::DeleteContact(id.clone()));
            }
            if ui.button(app.i18n.tr("cancel")).clicked() {
                app.send(Command::AskDelete(None));
            }
        });
    });
    if modal.should_close() {
        app.send(Command::AskDelete(None));
    }
}

fn status_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    let (text, problem) = app.save_status_text();
    let status = app.session().map(|s| s.status().clone());
    // The contact being edited is hidden by the filters (a new one, often): say so.
    // (Without filters every contact is listed: no need to look through the rows.)
    let hidden = app.prefs.filter != Filter::default()
        && app.directory_view.draft.as_ref().is_some_and(|d| {
            app.directory()
                .position(&d.id)
                .is_some_and(|pos| !app.directory_view.rows.contains(&pos))
        });
    if hidden {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(app.i18n.tr("editor-hidden-by-filters")).strong());
            if ui.button(app.i18n.tr("editor-show-it")).clicked() {
                app.send(Command::SetFilter(Filter::default()));
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
        if let Some(others) = crate::ui::sharing::also_open(app) {
            ui.label(RichText::new(others).strong());
        }
        match status {
            // Retrying cannot help a read-only file: offer to keep the edits in a copy instead.
            Some(s)
                if s.is_read_only()
                    && ui.button(app.i18n.tr("status-read-only-copy")).clicked() =>
            {
                let current = app.session().map(|s| s.path().to_path_buf());
                if let Some(p) = dialogs::save_directory_file(
                    current.as_deref(),
                    &app.i18n.tr("file-save-copy"),
                    "directory copy.ron",
                ) {
                    app.send(Command::SaveCopyAs(p));
                }
            }
            Some(s) if s.is_read_only() => {}
            Some(SaveStatus::Failed(_)) if ui.button(app.i18n.tr("status-retry")).clicked() => {
                app.send(Command::RetrySave);
            }
            Some(SaveStatus::ChangedOnDisk) => {
                if ui
                    .button(app.i18n.tr("conflict-reload"))
                    .on_hover_text(app.i18n.tr("conflict-reload-hint"))
                    .clicked()
                {
                    app.send(Command::ReloadAndReapply);
                }
                if ui
                    .button(app.i18n.tr("conflict-keep-both"))
                    .on_hover_text(app.i18n.tr("conflict-keep-both-hint"))
                    .clicked()
                {
                    app.send(Command::KeepBoth);
                }
            }
            _ => {}
        }
        if let Some(n) = &app.notice {
            ui.separator();
            ui.label(n);
        }
        if let Some(s) = app.session() {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new(s.path().display().to_string()).small().weak());
            });
        }
    });
}

fn recovery_ui(
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
                app.send(Command::RestoreNewestBackup);
            }
            if ui.button(app.i18n.tr("recovery-open-other")).clicked()
                && let Some(p) = dialogs::pick_directory_file(Some(path))
            {
                app.send(Command::OpenDirectoryFile(p));
            }
            if ui.button(app.i18n.tr("recovery-new-file")).clicked()
                && let Some(p) = dialogs::save_directory_file(
                    Some(path),
                    &app.i18n.tr("file-new"),
                    "directory.ron",
                )
            {
                app.send(Command::NewDirectoryFile(p));
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

fn choice_label(app: &RightsDeskApp, c: Choice) -> String {
    app.i18n.tr(match c {
        Choice::Skip => "import-skip",
        Choice::Update => "import-update",
        Choice::AddAnyway => "import-add-anyway",
    })
}

fn target_label(t: csv::Target) -> &'static str {
    use csv::Target as T;
    match t {
        T::Name => "name",
        T::Category => "category",
        T::Description => "description",
        T::Services => "services",
        T::Phone(_) => "phone",
        T::PhoneKind(_) => "phone kind",
        T::PhoneLabel(_) => "phone label",
        T::Email => "email",
        T::Website => "website",
        T::Street => "street",
        T::City => "city",
        T::State => "state",
        T::Zip => "zip",
        T::Counties => "counties",
        T::Languages => "languages",
        T::Hours => "hours",
        T::Cost => "cost",
        T::Notes => "notes",
        T::Source => "source",
        T::Verified => "verified on",
        T::Ignore => "(not imported)",
    }
}

/// The import preview: what will be added, likely duplicates with a choice each, unreadable
/// rows, and unrecognised columns to map.
#[allow(clippy::too_many_lines, reason = "one dialog, section by section")]
fn import_ui(app: &mut RightsDeskApp, ctx: &egui::Context) {
    let Some(state) = &app.directory_view.import else {
        return;
    };
    let mut commands = Vec::new();
    let modal = egui::Modal::new(egui::Id::unique("import-preview")).show(ctx, |ui| {
        ui.set_width(640.0);
        crate::ui::widgets::heading(ui, app.i18n.tr("import-title"), 2);
        ui.label(
            RichText::new(state.path.display().to_string())
                .small()
                .weak(),
        );
        ui.add_space(6.0);
        if let Some(e) = &state.error {
            ui.colored_label(ui.visuals().error_fg_color, e);
        }
        if let Some(p) = &state.plan {
            ui.label(app.i18n.tr_args(
                "import-summary",
                &[
                    ("new", p.new.len().into()),
                    ("duplicates", p.duplicates.len().into()),
                    ("problems", p.problems.len().into()),
                ],
            ));
            egui::ScrollArea::vertical()
                .max_height(380.0)
                .show(ui, |ui| {
                    crate::ui::widgets::keep_focus_in_view(ui);
                    if !state.unmapped.is_empty() {
                        ui.add_space(6.0);
                        ui.label(RichText::new(app.i18n.tr("import-columns")).strong());
                        for column in &state.unmapped {
                            let current = state
                                .mapping
                                .columns
                                .iter()
                                .find(|(c, _)| c == column)
                                .map_or(csv::Target::Ignore, |(_, t)| *t);
                            ui.horizontal(|ui| {
                                let l = ui.label(format!("“{column}” →"));
                                let mut chosen = current;
                                egui::ComboBox::from_id_salt(("map", column))
                                    .selected_text(target_label(chosen))
                                    .show_ui(ui, |ui| {
                                        use csv::Target as T;
                                        for t in [
                                            T::Ignore,
                                            T::Name,
                                            T::Category,
                                            T::Description,
                                            T::Services,
                                            T::Phone(0),
                                            T::Phone(1),
                                            T::Email,
                                            T::Website,
                                            T::Street,
                                            T::City,
                                            T::State,
                                            T::Zip,
                                            T::Counties,
                                            T::Languages,
                                            T::Hours,
                                            T::Cost,
                                            T::Notes,
                                            T::Source,
                                            T::Verified,
                                        ] {
                                            let text = match t {
                                                T::Phone(n) => format!("phone {}", n + 1),
                                                _ => target_label(t).to_string(),
                                            };
                                            ui.selectable_value(&mut chosen, t, text);
                                        }
                                    })
                                    .response
                                    .labelled_by(l.id);
                                if chosen != current {
                                    commands.push(Command::MapImportColumn(column.clone(), chosen));
                                }
                            });
                        }
                    }
                    if !p.new.is_empty() {
                        ui.add_space(6.0);
                        ui.label(RichText::new(app.i18n.tr("import-new")).strong());
                        for c in &p.new {
                            let phone = c.main_phone().map_or("", |p| p.number.as_str());
                            ui.label(format!("+ {}  {phone}", c.name));
                        }
                    }
                    if !p.duplicates.is_empty() {
                        ui.add_space(6.0);
                        ui.label(RichText::new(app.i18n.tr("import-duplicates")).strong());
                        for (i, d) in p.duplicates.iter().enumerate() {
                            let existing = app
                                .directory()
                                .get(&d.existing_id)
                                .map_or(d.existing_id.clone(), |c| c.name.clone());
                            let why = match &d.likeness {
                                Likeness::SameName => app.i18n.tr("import-same-name"),
                                Likeness::SamePhone(n) => app
                                    .i18n
                                    .tr_args("import-same-phone", &[("phone", n.clone().into())]),
                                Likeness::SameWebsite(w) => app
                                    .i18n
                                    .tr_args("import-same-website", &[("web", w.clone().into())]),
                            };
                            ui.horizontal_wrapped(|ui| {
                                let l =
                                    ui.label(format!("{} ≈ {existing} ({why})", d.incoming.name));
                                let mut chosen = d.choice;
                                egui::ComboBox::from_id_salt(("dup", i))
                                    .selected_text(choice_label(app, chosen))
                                    .show_ui(ui, |ui| {
                                        for c in [Choice::Skip, Choice::Update, Choice::AddAnyway] {
                                            ui.selectable_value(
                                                &mut chosen,
                                                c,
                                                choice_label(app, c),
                                            );
                                        }
                                    })
                                    .response
                                    .labelled_by(l.id);
                                if chosen != d.choice {
                                    commands.push(Command::SetImportChoice(i, chosen));
                                }
                            });
                        }
                    }
                    if !p.problems.is_empty() {
                        ui.add_space(6.0);
                        ui.label(RichText::new(app.i18n.tr("import-problems")).strong());
                        for problem in &p.problems {
                            ui.label(
                                RichText::new(format!("{}: {}", problem.place, problem.reason))
                                    .color(theme::warn_color(ui.visuals().dark_mode)),
                            );
                        }
                    }
                });
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let counts = state.plan.as_ref().map(plan::ImportPlan::counts);
            let label = match counts {
                Some((added, updated)) => app.i18n.tr_args(
                    "import-apply",
                    &[("added", added.into()), ("updated", updated.into())],
                ),
                None => app.i18n.tr("import-nothing"),
            };
            if ui
                .add_enabled(
                    counts.is_some_and(|(a, u)| a + u > 0),
                    egui::Button::new(label),
                )
                .clicked()
            {
                commands.push(Command::ApplyImport);
            }
            if ui.button(app.i18n.tr("cancel")).clicked() {
                commands.push(Command::CancelImport);
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::CancelImport);
    }
    for c in commands {
        app.send(c);
    }
}
