//! Sharing the directory between desktops, in the window: watches the open file's folder
//! (`core::folder_watch`), merges the conflict copies a sync program left there (a clean merge
//! at once, with a line in the status; questions on the merge screen drawn here), reloads the
//! file when another desktop replaced it and nothing here is unsaved, keeps this desktop's
//! presence file, and says who else has the file open.

use crate::core::conflict_copy::ConflictCopy;
use crate::core::folder_watch::{FolderState, FolderWatch};
use crate::core::merge::{Choices, Conflict, MergeField, Side};
use crate::core::presence::{self, Announcement, Presence};
use crate::core::session::SaveStatus;
use crate::core::sharing::{self, CopyMerge};
use crate::core::workspace::Doc;
use crate::ui::app::RightsDeskApp;
use crate::ui::command::{Command, SharingAction};
use egui::RichText;
use std::collections::HashSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// How often the folder is looked at.
pub const LOOK_EVERY: Duration = Duration::from_secs(2);

/// The merge screen: a copy merged, waiting for a person's choices.
#[derive(Debug)]
pub struct MergeScreen {
    /// The copy and how it merges.
    pub merged: CopyMerge,
    /// The choices made so far (unanswered: this desktop's version).
    pub choices: Choices,
}

/// What the window knows of the other desktops.
#[derive(Debug, Default)]
pub struct SharingState {
    watch: Option<FolderWatch>,
    presence: Option<Announcement>,
    presence_written: Option<Instant>,
    /// Other desktops with the file open.
    pub others: Vec<Presence>,
    stamp: Option<(u64, Option<std::time::SystemTime>)>,
    check_file: bool,
    waiting: Vec<ConflictCopy>,
    handled: HashSet<PathBuf>,
    /// The merge screen, when a copy needs choices.
    pub screen: Option<MergeScreen>,
    file_merge_offered: bool,
}

/// Follows the open file: starts watching its folder and announces this desktop there (or
/// stops, when no file is open).
pub fn follow(app: &mut RightsDeskApp) {
    let open = match app.work.doc() {
        Doc::Open(s) => Some(s.path().to_path_buf()),
        _ => None,
    };
    let watched = app.sharing.watch.as_ref().map(|w| w.file().to_path_buf());
    if open == watched {
        return;
    }
    let state = &mut app.sharing;
    *state = SharingState::default();
    if let Some(file) = open {
        state.watch = Some(FolderWatch::start(file.clone(), LOOK_EVERY));
        state.presence = Announcement::write(&file);
        state.presence_written = Some(Instant::now());
    }
}

/// Takes in what the watcher saw; merges copies and reloads when the window is free to.
pub fn pump(app: &mut RightsDeskApp, ctx: Option<&egui::Context>) {
    let Some(state) = app.sharing.watch.as_ref().and_then(FolderWatch::latest) else {
        keep_looking(app, ctx);
        return;
    };
    take_state(app, state);
    keep_looking(app, ctx);
}

fn keep_looking(app: &mut RightsDeskApp, ctx: Option<&egui::Context>) {
    if app.sharing.watch.is_none() {
        return;
    }
    if app
        .sharing
        .presence_written
        .is_some_and(|t| t.elapsed() >= presence::REFRESH_EVERY)
    {
        if let Some(p) = &mut app.sharing.presence {
            p.refresh();
        }
        app.sharing.presence_written = Some(Instant::now());
    }
    settle(app);
    if let Some(ctx) = ctx {
        ctx.request_repaint_after(LOOK_EVERY);
    }
}

/// Applies a folder state (tests call [`look_now`] to get one without waiting).
fn take_state(app: &mut RightsDeskApp, state: FolderState) {
    let s = &mut app.sharing;
    s.others = state.others;
    if s.stamp.is_some() && s.stamp != state.stamp {
        s.check_file = true;
    }
    s.stamp = state.stamp;
    let present: HashSet<PathBuf> = state.copies.iter().map(|c| c.path.clone()).collect();
    s.handled.retain(|p| present.contains(p));
    s.waiting = state
        .copies
        .into_iter()
        .filter(|c| !s.handled.contains(&c.path))
        .collect();
}

/// Looks at the folder now, without waiting for the watcher (tests; "Look again").
pub fn look_now(app: &mut RightsDeskApp) {
    let file = match app.work.doc() {
        Doc::Open(s) => s.path().to_path_buf(),
        _ => return,
    };
    take_state(app, FolderState::of(&file));
    settle(app);
}

/// Does what the folder asks for, when the window is not busy: reload a file another desktop
/// changed, then merge the waiting copies one by one.
fn settle(app: &mut RightsDeskApp) {
    let Some(session) = app.work.session_mut() else {
        return;
    };
    if session.is_saving() || app.sharing.screen.is_some() {
        return;
    }
    if std::mem::take(&mut app.sharing.check_file) && session.changed_on_disk() {
        if session.has_unsaved() {
            // The next save takes their file and merges the edits made here into it.
            session.save();
        } else {
            match session.reload_and_reapply() {
                Ok(_) => app.notice = Some(app.i18n.tr("sharing-reloaded")),
                Err(e) => app.notice = Some(app.i18n.file_error(&e)),
            }
            app.after_sharing_change();
            return;
        }
    }
    if offer_file_merge(app) {
        return;
    }
    let mut merged_any = false;
    while merge_next(app) {
        merged_any = true;
    }
    if merged_any {
        app.after_sharing_change();
    }
}

/// When a save stopped because another desktop changed the same field of a contact while an
/// edit here was not yet saved: puts both on the merge screen (once; "Later" leaves the
/// status line's reload / keep-both choices).
fn offer_file_merge(app: &mut RightsDeskApp) -> bool {
    let Some(session) = app.work.session_mut() else {
        return false;
    };
    let conflict = matches!(session.status(), SaveStatus::ChangedOnDisk);
    if !conflict {
        app.sharing.file_merge_offered = false;
        return false;
    }
    if app.sharing.file_merge_offered {
        return false;
    }
    app.sharing.file_merge_offered = true;
    match sharing::merge_with_file(session) {
        Ok(merged) => {
            app.sharing.screen = Some(MergeScreen {
                merged,
                choices: Choices::default(),
            });
        }
        Err(e) => app.notice = Some(app.i18n.file_error(&e)),
    }
    true
}

/// Merges the next waiting copy, when the window is free to; false when there is nothing
/// (more) to do now.
fn merge_next(app: &mut RightsDeskApp) -> bool {
    let Some(session) = app.work.session_mut() else {
        return false;
    };
    if app.sharing.screen.is_some() || session.is_saving() || app.sharing.waiting.is_empty() {
        return false;
    }
    let copy = app.sharing.waiting.remove(0);
    app.sharing.handled.insert(copy.path.clone());
    let mut args: Vec<(&str, fluent_bundle::FluentValue<'static>)> = vec![
        ("tool", copy.tool.name().to_string().into()),
        ("file", copy.file_name().into()),
    ];
    match sharing::merge_copy(session, &copy) {
        Err(e) => {
            args.push(("error", app.i18n.file_error(&e).into()));
            app.notice = Some(app.i18n.tr_args("sharing-copy-unreadable", &args));
        }
        Ok(merged) if merged.merge.is_clean() => {
            let changed = merged.merge.merged.len();
            match sharing::apply(session, &merged, &Choices::default()) {
                Ok(_) => {
                    args.push(("count", changed.into()));
                    app.notice = Some(app.i18n.tr_args("sharing-merged", &args));
                }
                Err(e) => app.notice = Some(e.to_string()),
            }
            app.work.touch();
        }
        Ok(merged) => {
            app.sharing.screen = Some(MergeScreen {
                merged,
                choices: Choices::default(),
            });
        }
    }
    true
}

/// Applies a merge-screen action.
pub fn apply(app: &mut RightsDeskApp, action: SharingAction) {
    match action {
        SharingAction::Choose { id, field, side } => {
            if let Some(screen) = &mut app.sharing.screen {
                match field {
                    Some(f) => {
                        screen.choices.fields.insert((id, f), side);
                    }
                    None => {
                        screen.choices.contacts.insert(id, side);
                    }
                }
            }
        }
        SharingAction::ChooseAll(side) => {
            if let Some(screen) = &mut app.sharing.screen {
                screen.choices = Choices::all(&screen.merged.merge, side);
            }
        }
        SharingAction::Apply => {
            let Some(screen) = app.sharing.screen.take() else {
                return;
            };
            let Some(session) = app.work.session_mut() else {
                return;
            };
            match sharing::apply(session, &screen.merged, &screen.choices) {
                Ok(change) => {
                    app.notice = Some(
                        app.i18n
                            .tr_args("merge-done", &[("count", change.edits.len().into())]),
                    );
                }
                Err(e) => {
                    app.notice = Some(e.to_string());
                    if let Some(copy) = screen.merged.copy() {
                        app.sharing.handled.remove(&copy.path);
                    }
                }
            }
            app.after_sharing_change();
        }
        SharingAction::Later => app.sharing.screen = None,
        SharingAction::LookAgain => {
            app.sharing.handled.clear();
            look_now(app);
        }
    }
}

/// "Also open on DESKTOP-2 (frontdesk) since 10:14", when another desktop has the file open.
#[must_use]
pub fn also_open(app: &RightsDeskApp) -> Option<String> {
    if app.sharing.others.is_empty() {
        return None;
    }
    let who: Vec<String> = app
        .sharing
        .others
        .iter()
        .map(|p| {
            app.i18n.tr_args(
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
        app.i18n
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

fn who_when(app: &RightsDeskApp, c: &crate::core::contact::Contact) -> String {
    let who = if c.updated_by.is_empty() {
        app.i18n.tr("merge-someone")
    } else {
        c.updated_by.clone()
    };
    match c.updated_at {
        Some(t) => format!("{who}, {}", local_time(t)),
        None => who,
    }
}

/// The merge screen.
pub fn merge_ui(app: &mut RightsDeskApp, ctx: &egui::Context) {
    let Some(screen) = &app.sharing.screen else {
        return;
    };
    let (title, file) = match screen.merged.copy() {
        Some(copy) => (
            app.i18n
                .tr_args("merge-title", &[("tool", copy.tool.name().into())]),
            copy.file_name(),
        ),
        None => (
            app.i18n.tr("merge-title-file"),
            app.session()
                .and_then(|s| s.path().file_name())
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
        ),
    };
    let clean = screen.merged.merge.merged.len();
    let conflicts = screen.merged.merge.conflicts.clone();
    let choices = screen.choices.clone();
    let mut actions = Vec::new();
    let modal = egui::Modal::new(egui::Id::unique("merge-screen")).show(ctx, |ui| {
        ui.set_max_width(820.0);
        crate::ui::widgets::heading(ui, title, 2);
        ui.label(app.i18n.tr("merge-intro"));
        if clean > 0 {
            ui.label(
                app.i18n
                    .tr_args("merge-intro-clean", &[("clean", clean.into())]),
            );
        }
        ui.label(
            RichText::new(
                app.i18n
                    .tr_args("merge-file", &[("file", file.clone().into())]),
            )
            .weak(),
        );
        ui.horizontal(|ui| {
            if ui.button(app.i18n.tr("merge-take-all-mine")).clicked() {
                actions.push(SharingAction::ChooseAll(Side::Mine));
            }
            if ui.button(app.i18n.tr("merge-take-all-theirs")).clicked() {
                actions.push(SharingAction::ChooseAll(Side::Theirs));
            }
        });
        ui.separator();
        egui::ScrollArea::vertical()
            .max_height(ctx.content_rect().height() * 0.6)
            .show(ui, |ui| {
                for conflict in &conflicts {
                    conflict_ui(app, ui, conflict, &choices, &mut actions);
                    ui.separator();
                }
            });
        ui.horizontal(|ui| {
            if ui.button(app.i18n.tr("merge-apply")).clicked() {
                actions.push(SharingAction::Apply);
            }
            if ui.button(app.i18n.tr("merge-later")).clicked() {
                actions.push(SharingAction::Later);
            }
        });
    });
    // A click beside the screen does not put the merge off; Escape or "Later" does.
    if modal.should_close() && ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
        actions.push(SharingAction::Later);
    }
    for a in actions {
        app.send(Command::Sharing(a));
    }
}

fn conflict_ui(
    app: &RightsDeskApp,
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
                    ui.label(RichText::new(app.i18n.tr("merge-field")).strong());
                    ui.label(RichText::new(app.i18n.tr("merge-base")).strong());
                    ui.label(
                        RichText::new(format!(
                            "{}\n{}",
                            app.i18n.tr("merge-mine"),
                            who_when(app, mine)
                        ))
                        .strong(),
                    );
                    ui.label(
                        RichText::new(format!(
                            "{}\n{}",
                            app.i18n.tr("merge-theirs"),
                            who_when(app, theirs)
                        ))
                        .strong(),
                    );
                    ui.end_row();
                    for f in fields {
                        field_row(app, ui, *f, base.as_ref(), mine, theirs, choices, actions);
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
            ui.label(app.i18n.tr_args(
                key,
                &[
                    ("edited", who_when(app, kept).into()),
                    ("who", deletion.deleted_by.clone().into()),
                    ("when", local_time(deletion.deleted_at).into()),
                ],
            ));
            let chosen = choices
                .contacts
                .get(&kept.id)
                .copied()
                .unwrap_or(Side::Mine);
            let keep_side = *kept_by;
            let delete_side = match kept_by {
                Side::Mine => Side::Theirs,
                Side::Theirs => Side::Mine,
            };
            ui.horizontal(|ui| {
                if ui
                    .radio(chosen == keep_side, app.i18n.tr("merge-keep"))
                    .clicked()
                {
                    actions.push(SharingAction::Choose {
                        id: kept.id.clone(),
                        field: None,
                        side: keep_side,
                    });
                }
                if ui
                    .radio(chosen == delete_side, app.i18n.tr("merge-delete"))
                    .clicked()
                {
                    actions.push(SharingAction::Choose {
                        id: kept.id.clone(),
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
    app: &RightsDeskApp,
    ui: &mut egui::Ui,
    field: MergeField,
    base: Option<&crate::core::contact::Contact>,
    mine: &crate::core::contact::Contact,
    theirs: &crate::core::contact::Contact,
    choices: &Choices,
    actions: &mut Vec<SharingAction>,
) {
    let label = app.i18n.tr(&format!("merge-field-{}", field.key()));
    let shown = |c: &crate::core::contact::Contact| {
        let v = field.show(c);
        if v.is_empty() {
            app.i18n.tr("merge-empty")
        } else {
            v
        }
    };
    ui.label(&label);
    ui.label(base.map_or_else(|| app.i18n.tr("merge-unknown"), shown));
    let chosen = choices.field(&mine.id, field);
    for side in [Side::Mine, Side::Theirs] {
        let value = shown(if side == Side::Mine { mine } else { theirs });
        let which = app.i18n.tr(if side == Side::Mine {
            "merge-mine"
        } else {
            "merge-theirs"
        });
        let r = ui
            .radio(chosen == side, &value)
            .on_hover_text(format!("{label}: {which}"));
        r.widget_info(|| {
            egui::WidgetInfo::selected(
                egui::Role::RadioButton,
                true,
                chosen == side,
                format!("{label}, {which}: {value}"),
            )
        });
        if r.clicked() {
            actions.push(SharingAction::Choose {
                id: mine.id.clone(),
                field: Some(field),
                side,
            });
        }
    }
    ui.end_row();
}
