//! The contact list: the columns that fit, the rows drawn (only the visible ones), the
//! keyboard cursor (arrows, Page Up/Down, Home/End, Enter) and the table as screen readers see it.

use super::DirectoryTab;
use super::editor::commit_draft;
use crate::core::directory::contact::{Contact, STATEWIDE};
use crate::core::directory::view::{self, Column};
use crate::ui::command::Command;
use crate::ui::command::DirectoryAction;
use crate::ui::shell::Shell;
use crate::ui::widgets::{category_name, verification_cell};
use egui::RichText;
use egui_extras::{Column as TableColumn, TableBuilder};

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

/// The columns shown: all of them, or the essential ones while the editor takes room.
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

fn cell_text(shell: &Shell<'_>, c: &Contact, column: Column) -> String {
    match column {
        Column::Name => c.name.to_string(),
        Column::Category => category_name(shell.i18n, c.category),
        Column::City => c.address.city.to_string(),
        Column::Phone => c
            .main_phone()
            .map_or_else(String::new, |p| p.number.to_string()),
        Column::Languages if c.languages_not_recorded() => {
            shell.i18n.tr("contact-languages-not-recorded")
        }
        Column::Counties if c.area_not_recorded() => shell.i18n.tr("contact-area-not-recorded"),
        Column::Languages => c
            .languages
            .iter()
            .map(|l| shell.i18n.language_name(l))
            .collect::<Vec<_>>()
            .join(", "),
        Column::Counties => c
            .counties
            .iter()
            .map(|k| {
                if k.eq_ignore_ascii_case(STATEWIDE) {
                    shell.i18n.tr("county-statewide")
                } else {
                    k.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(", "),
        Column::Verified => String::new(),
    }
}

/// The row of the list showing the contact `id`.
fn row_of(tab: &DirectoryTab, shell: &Shell<'_>, id: Option<&str>) -> Option<usize> {
    let position = shell.directory().position(id?)?;
    tab.rows.row_of(position)
}

/// The list's keys, when the keyboard focus is on a row or nowhere: ↑ ↓ Page Up/Down Home End
/// move the cursor row, Enter opens the contact under it in the editor.
pub(super) fn list_keys(tab: &mut DirectoryTab, shell: &mut Shell<'_>, ctx: &egui::Context) {
    let view = &*tab;
    let dialog = view.confirm_delete.is_some() || view.import.is_some() || shell.dialog_open;
    let free = view.row_focused || ctx.memory(|m| m.focused().is_none());
    if dialog || !free || view.rows.is_empty() || ctx.text_edit_focused() {
        return;
    }
    let contacts = shell.directory().contacts();
    // The id on row `n` (looked up when needed: no list of ids is built every frame).
    let id_at = |n: usize| {
        view.rows
            .get(n)
            .and_then(|i| contacts.get(i))
            .map(|c| c.id.to_string())
    };
    let current = row_of(
        view,
        shell,
        view.cursor.as_deref().or(view.selected.as_deref()),
    );
    let last = view.rows.len() - 1;
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
    if let Some(id) = target.and_then(id_at) {
        tab.cursor = Some(id);
        tab.focus_row = true;
        return;
    }
    if current.is_some()
        && view.row_focused
        && step(egui::Key::Enter)
        && let Some(id) = current.and_then(id_at)
    {
        commit_draft(tab, shell);
        tab.cursor = Some(id.clone());
        shell.send(Command::Directory(DirectoryAction::SelectContact(Some(id))));
    }
}

/// A cell of the list. The first cell of a row stands for the row (named by the contact);
/// the others are cells for screen readers.
fn body_cell(
    shell: &Shell<'_>,
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
        let (text, color) = verification_cell(shell.i18n, shell.work.due_rules(), c, dark);
        RichText::new(text).color(color)
    } else {
        RichText::new(cell_text(shell, c, column))
    };
    ui.add(egui::Label::new(text).truncate().selectable(false));
}

/// A column header: a button that sorts by the column, a column header for screen readers.
/// Returns true when clicked.
fn header_cell(
    shell: &Shell<'_>,
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
    let text = format!("{}{arrow}", shell.i18n.tr(key));
    let r = ui
        .add(
            egui::Button::new(RichText::new(&text).strong())
                .frame(false)
                .truncate(),
        )
        .on_hover_text(shell.i18n.tr("sort-hint"));
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ColumnHeader, true, &text));
    r.clicked()
}

/// With no cursor yet, the cursor goes on the first row shown.
fn cursor_on_first_row(tab: &mut DirectoryTab, contacts: &[Contact]) {
    if tab.cursor.is_none() {
        tab.cursor = tab
            .rows
            .first()
            .and_then(|i| contacts.get(i))
            .map(|c| c.id.to_string());
    }
}

/// A header cell senses clicks like the rows (the table has one sense), which makes it a Tab
/// stop with no name and no place on screen beside the column header inside it: Tab passes it
/// by. Going back (Shift+Tab), focus moves to the widget before; going on, true is returned and
/// the caller gives the focus to the list's row.
fn pass_focus_on(r: &egui::Response) -> bool {
    if !r.has_focus() {
        return false;
    }
    if r.ctx.input(|i| i.modifiers.shift) {
        r.ctx
            .memory_mut(|m| m.move_focus(egui::FocusDirection::Previous));
        false
    } else {
        r.ctx.memory_mut(|m| m.surrender_focus(r.id));
        true
    }
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

pub(super) fn table_ui(tab: &mut DirectoryTab, shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    let dark = ui.visuals().dark_mode;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    let compact = tab.draft.is_some();
    let columns = columns_for(ui.available_width(), compact);
    // Column widths are remembered per window width (in 40-point steps): widths kept from a
    // wider window would push the last columns out of sight.
    #[allow(
        clippy::cast_possible_truncation,
        reason = "a window is far narrower than i32::MAX"
    )]
    let width_step = (ui.available_width() / 40.0) as i32;
    let mut clicked = None;
    let mut sort_by = None;
    let sort = shell.prefs.sort;
    let selected = tab.selected.clone();
    let Some(session) = shell.session() else {
        return;
    };
    let contacts = session.directory().contacts();
    let rows = &tab.rows;
    if rows.is_empty() {
        ui.add_space(12.0);
        ui.label(RichText::new(shell.i18n.tr("directory-no-match")).weak());
        return;
    }
    let focus_row = tab.focus_row;
    // Focus asked for with no cursor yet (↓ from the filter): the first row.
    let cursor_row = row_of(tab, shell, tab.cursor.as_deref()).or(focus_row.then_some(0));
    let mut row_focused = false;
    let mut header_passed = false;
    let mut tab_out = false;
    // Screen readers: the list is a table named "Contacts", its rows named by the contact.
    let table_name = shell.i18n.tr("directory-table-name");
    ui.scope_builder(
        egui::UiBuilder::new()
            .accessibility_role(egui::accesskit::Role::Table)
            .accessibility_label(table_name),
        |ui| {
            let mut table = TableBuilder::new(ui)
                .id_salt(("contacts-table", compact, columns.len(), width_step))
                .striped(true)
                .sense(egui::Sense::click())
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .resizable(true)
                .auto_shrink([false, false]);
            if let Some(i) = cursor_row.filter(|_| focus_row) {
                table = table.scroll_to_row(i, None);
            }
            // Cells are not clipped: their labels and headers truncate with "…" instead. A
            // clipped cell is a draw call of its own; with software OpenGL (Mesa) each kept a
            // vertex buffer, some 5 MB for a screenful of rows.
            for (column, _, width) in &columns {
                table = table.column(if *column == Column::Name {
                    TableColumn::remainder().at_least(160.0)
                } else {
                    TableColumn::initial(*width).at_least(50.0)
                });
            }
            table
                .header(row_height + 4.0, |mut header| {
                    for (column, key, _) in &columns {
                        let (_, cell) = header.col(|ui| {
                            if header_cell(shell, ui, *column, key, sort) {
                                sort_by = Some(*column);
                            }
                        });
                        header_passed |= pass_focus_on(&cell);
                    }
                    header_passed |= pass_focus_on(&header.response());
                })
                .body(|body| {
                    body.rows(row_height, rows.len(), |mut row| {
                        let Some(c) = rows.get(row.index()).and_then(|i| contacts.get(i)) else {
                            return;
                        };
                        row.set_selected(selected.as_deref() == Some(c.id.as_str()));
                        for (n, (column, _, _)) in columns.iter().enumerate() {
                            let (_, cell) =
                                row.col(|ui| body_cell(shell, ui, c, *column, n == 0, dark));
                            // The row is the list's stop (arrows move in it); Tab from the row
                            // into its other cells leaves the list instead, for the filter.
                            if n > 0 && pass_focus_on(&cell) {
                                tab_out = true;
                            }
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
        tab.focus_row = false;
    }
    tab.row_focused = row_focused;
    if tab_out {
        tab.focus_filter = true;
    } else if header_passed {
        // Tab from before the list lands on its row (the cursor's, or the first).
        tab.focus_row = true;
    }
    if tab.focus_row || focus_row {
        cursor_on_first_row(tab, contacts);
    }
    clicks(tab, shell, sort_by, clicked);
}

/// What a click on the list asked for: a column to sort by, a contact to open.
fn clicks(
    tab: &mut DirectoryTab,
    shell: &mut Shell<'_>,
    sort_by: Option<Column>,
    clicked: Option<crate::core::directory::contact::Text>,
) {
    if let Some(column) = sort_by {
        shell.send(Command::Directory(DirectoryAction::SortBy(column)));
    }
    if let Some(id) = clicked {
        commit_draft(tab, shell);
        tab.cursor = Some(id.to_string());
        shell.send(Command::Directory(DirectoryAction::SelectContact(Some(
            id.to_string(),
        ))));
    }
}
