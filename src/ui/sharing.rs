//! Sharing the directory between desktops, in the window: the merge screen (a copy from
//! another desktop with questions, one choice per field) and the line saying who else has the
//! file open. Following the folder and merging is `core::workspace::desktops`.

use crate::core::directory::contact::Field;
use crate::core::sharing::merge::{Choices, Conflict, Side};
use crate::ui::command::{Command, SharingAction};
use crate::ui::shell::Shell;
use egui::RichText;

/// "Also open on DESKTOP-2 (frontdesk) since 10:14", when another desktop has the file open.
#[must_use]
pub fn also_open(shell: &Shell<'_>) -> Option<String> {
    if shell.work.desktops().others.is_empty() {
        return None;
    }
    let who: Vec<String> = shell
        .work
        .desktops()
        .others
        .iter()
        .map(|p| {
            shell.i18n.tr_args(
                "sharing-who",
                &[
                    ("host", p.host.clone().into()),
                    ("user", p.user.clone().into()),
                    ("time", local_time(p.since).into()),
                ],
            )
        })
        .collect();
    Some(
        shell
            .i18n
            .tr_args("sharing-also-open", &[("who", who.join("; ").into())]),
    )
}

fn local_time(t: jiff::Timestamp) -> String {
    let zoned = t.to_zoned_datetime(jiff::tz::TimeZone::system());
    let today = jiff::ZonedDateTime::now().date();
    if zoned.date() == today {
        zoned.strftime("%H:%M").to_string()
    } else {
        zoned.strftime("%Y-%m-%d %H:%M").to_string()
    }
}

fn who_when(shell: &Shell<'_>, c: &crate::core::directory::contact::Contact) -> String {
    let who = if c.updated_by.is_empty() {
        shell.i18n.tr("merge-someone")
    } else {
        c.updated_by.to_string()
    };
    match c.updated_at {
        Some(t) => format!("{who}, {}", local_time(t.timestamp())),
        None => who,
    }
}

/// The merge screen.
pub fn merge_ui(shell: &mut Shell<'_>, ctx: &egui::Context) {
    let Some(screen) = &shell.work.desktops().screen else {
        return;
    };
    let (title, file) = match screen.merged.copy() {
        Some(copy) => (
            shell
                .i18n
                .tr_args("merge-title", &[("tool", copy.tool.name().into())]),
            copy.file_name(),
        ),
        None => (
            shell.i18n.tr("merge-title-file"),
            shell
                .session()
                .and_then(|s| s.path().file_name())
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
        ),
    };
    let clean = screen.merged.merge.merged.len();
    // Which contacts merged by themselves, and what was taken: "ACLU of New Mexico (updated)".
    let clean_names = screen
        .merged
        .merge
        .merged
        .iter()
        .map(|m| {
            let how = shell.i18n.tr(match m.taken {
                crate::core::sharing::merge::Taken::Added => "merge-taken-added",
                crate::core::sharing::merge::Taken::Updated => "merge-taken-updated",
                crate::core::sharing::merge::Taken::Deleted => "merge-taken-deleted",
            });
            format!("{} ({how})", m.name)
        })
        .collect::<Vec<_>>()
        .join(", ");
    let conflicts = screen.merged.merge.conflicts.clone();
    let choices = screen.choices.clone();
    let mut actions = Vec::new();
    let modal = egui::Modal::new(egui::Id::unique("merge-screen")).show(ctx, |ui| {
        ui.set_max_width(820.0);
        crate::ui::widgets::heading(ui, title, 2);
        ui.label(shell.i18n.tr("merge-intro"));
        if clean > 0 {
            ui.label(shell.i18n.tr_args(
                "merge-intro-clean",
                &[("clean", clean.into()), ("names", clean_names.into())],
            ));
        }
        ui.label(
            RichText::new(
                shell
                    .i18n
                    .tr_args("merge-file", &[("file", file.clone().into())]),
            )
            .weak(),
        );
        ui.horizontal(|ui| {
            if ui.button(shell.i18n.tr("merge-take-all-mine")).clicked() {
                actions.push(SharingAction::ChooseAll(Side::Mine));
            }
            if ui.button(shell.i18n.tr("merge-take-all-theirs")).clicked() {
                actions.push(SharingAction::ChooseAll(Side::Theirs));
            }
        });
        ui.separator();
        egui::ScrollArea::vertical()
            .max_height(ctx.content_rect().height() * 0.6)
            .show(ui, |ui| {
                for conflict in &conflicts {
                    conflict_ui(shell, ui, conflict, &choices, &mut actions);
                    ui.separator();
                }
            });
        ui.horizontal(|ui| {
            if ui.button(shell.i18n.tr("merge-apply")).clicked() {
                actions.push(SharingAction::Apply);
            }
            if ui.button(shell.i18n.tr("merge-later")).clicked() {
                actions.push(SharingAction::Later);
            }
        });
    });
    // A click beside the screen does not put the merge off; Escape or "Later" does.
    if modal.should_close() && ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
        actions.push(SharingAction::Later);
    }
    for a in actions {
        shell.send(Command::Sharing(a));
    }
}

fn conflict_ui(
    shell: &Shell<'_>,
    ui: &mut egui::Ui,
    conflict: &Conflict,
    choices: &Choices,
    actions: &mut Vec<SharingAction>,
) {
    let r = ui.label(RichText::new(conflict.name()).heading());
    crate::ui::widgets::mark_heading(&r, 3);
    match conflict {
        Conflict::Fields {
            base,
            mine,
            theirs,
            fields,
            ..
        } => {
            egui::Grid::new(("merge-grid", &mine.id))
                .num_columns(4)
                .striped(true)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    ui.label(RichText::new(shell.i18n.tr("merge-field")).strong());
                    ui.label(RichText::new(shell.i18n.tr("merge-base")).strong());
                    ui.label(
                        RichText::new(format!(
                            "{}\n{}",
                            shell.i18n.tr("merge-mine"),
                            who_when(shell, mine)
                        ))
                        .strong(),
                    );
                    ui.label(
                        RichText::new(format!(
                            "{}\n{}",
                            shell.i18n.tr("merge-theirs"),
                            who_when(shell, theirs)
                        ))
                        .strong(),
                    );
                    ui.end_row();
                    for f in fields {
                        field_row(shell, ui, *f, base.as_ref(), mine, theirs, choices, actions);
                    }
                });
        }
        Conflict::EditedAndDeleted {
            kept,
            kept_by,
            deletion,
        } => {
            let key = match kept_by {
                Side::Mine => "merge-edited-deleted-mine",
                Side::Theirs => "merge-edited-deleted-theirs",
            };
            ui.label(shell.i18n.tr_args(
                key,
                &[
                    ("edited", who_when(shell, kept).into()),
                    ("who", deletion.deleted_by.clone().into()),
                    ("when", local_time(deletion.deleted_at).into()),
                ],
            ));
            let chosen = choices
                .contacts
                .get(kept.id.as_str())
                .copied()
                .unwrap_or(Side::Mine);
            let keep_side = *kept_by;
            let delete_side = match kept_by {
                Side::Mine => Side::Theirs,
                Side::Theirs => Side::Mine,
            };
            ui.horizontal(|ui| {
                if ui
                    .radio(chosen == keep_side, shell.i18n.tr("merge-keep"))
                    .clicked()
                {
                    actions.push(SharingAction::Choose {
                        id: kept.id.to_string(),
                        field: None,
                        side: keep_side,
                    });
                }
                if ui
                    .radio(chosen == delete_side, shell.i18n.tr("merge-delete"))
                    .clicked()
                {
                    actions.push(SharingAction::Choose {
                        id: kept.id.to_string(),
                        field: None,
                        side: delete_side,
                    });
                }
            });
        }
    }
}

#[allow(
    clippy::too_many_arguments,
    reason = "one row of the grid: the field, the three versions and the choices"
)]
fn field_row(
    shell: &Shell<'_>,
    ui: &mut egui::Ui,
    field: Field,
    base: Option<&crate::core::directory::contact::Contact>,
    mine: &crate::core::directory::contact::Contact,
    theirs: &crate::core::directory::contact::Contact,
    choices: &Choices,
    actions: &mut Vec<SharingAction>,
) {
    let label = shell.i18n.tr(&format!("merge-field-{}", field.key()));
    let shown = |c: &crate::core::directory::contact::Contact| {
        let v = field.show(c);
        if v.is_empty() {
            shell.i18n.tr("merge-empty")
        } else {
            v
        }
    };
    ui.label(&label);
    ui.label(base.map_or_else(|| shell.i18n.tr("merge-unknown"), shown));
    let both = choices.keeps_both(&mine.id, field);
    let chosen = choices.field(&mine.id, field);
    for side in [Side::Mine, Side::Theirs] {
        let value = shown(if side == Side::Mine { mine } else { theirs });
        let which = shell.i18n.tr(if side == Side::Mine {
            "merge-mine"
        } else {
            "merge-theirs"
        });
        let r = ui
            .radio(!both && chosen == side, &value)
            .on_hover_text(format!("{label}: {which}"));
        r.widget_info(|| {
            egui::WidgetInfo::selected(
                egui::Role::RadioButton,
                true,
                !both && chosen == side,
                format!("{label}, {which}: {value}"),
            )
        });
        if r.clicked() {
            actions.push(SharingAction::Choose {
                id: mine.id.to_string(),
                field: Some(field),
                side,
            });
        }
    }
    // A list (two phone numbers, say) can keep every item of both.
    let is_list = matches!(
        field,
        Field::Phones | Field::Counties | Field::Languages | Field::Services
    );
    if is_list {
        let name = shell.i18n.tr("merge-keep-both");
        let r = ui
            .radio(both, &name)
            .on_hover_text(shell.i18n.tr("merge-keep-both-hint"));
        r.widget_info(|| {
            egui::WidgetInfo::selected(
                egui::Role::RadioButton,
                true,
                both,
                format!("{label}, {name}"),
            )
        });
        if r.clicked() {
            actions.push(SharingAction::KeepBoth {
                id: mine.id.to_string(),
                field,
            });
        }
    }
    ui.end_row();
}
