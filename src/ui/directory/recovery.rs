//! The recovery screen for a directory file that does not open: the reason (with the parser's
//! own words under "Details"), what of the file is still readable, each backup with its date,
//! its contacts and how it differs, and restoring one of them to the file's own path (see
//! `core/recovery.rs`).

use crate::core::store::recovery::{BackupInfo, Recovery, RestoreFrom};
use crate::core::workspace::Action;
use crate::ui::command::Command;
use crate::ui::file_ask::{FileAsk, FileTypes, Then};
use crate::ui::shell::Shell;
use egui::RichText;

/// How many names a list of differences shows before "and N more".
const NAMES_SHOWN: usize = 4;

pub(super) fn recovery_ui(
    shell: &mut Shell<'_>,
    ui: &mut egui::Ui,
    error: &str,
    details: Option<&str>,
    recovery: &Recovery,
) {
    let path = recovery.path.as_path();
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.add_space(20.0);
            crate::ui::widgets::heading(ui, shell.i18n.tr("recovery-title"), 2);
            ui.label(shell.i18n.tr_args(
                "recovery-body",
                &[("path", path.display().to_string().into())],
            ));
            ui.add_space(8.0);
            egui::Frame::new()
                .fill(ui.visuals().extreme_bg_color)
                .inner_margin(10.0)
                .corner_radius(4.0)
                .show(ui, |ui| {
                    ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
                    if let Some(d) = details {
                        egui::CollapsingHeader::new(shell.i18n.tr("recovery-details"))
                            .id_salt("recovery-details")
                            .show(ui, |ui| {
                                ui.label(RichText::new(d).monospace());
                            });
                    }
                });
            ui.add_space(8.0);
            ui.label(shell.i18n.tr("recovery-untouched"));
            ui.add_space(12.0);
            if recovery.applies {
                readable_ui(shell, ui, recovery);
                ui.add_space(16.0);
                backups_ui(shell, ui, recovery);
                ui.add_space(16.0);
                ui.label(RichText::new(shell.i18n.tr("recovery-same-path")).weak());
                ui.add_space(8.0);
            }
            ui.horizontal_wrapped(|ui| {
                let folder = path.parent();
                if ui.button(shell.i18n.tr("recovery-open-other")).clicked() {
                    let ask = FileAsk::open(
                        FileTypes::Directory,
                        shell.i18n.tr("recovery-open-other"),
                        Then::OpenDirectory,
                    )
                    .starting_in(folder);
                    shell.send(Command::ChooseFile(Box::new(ask)));
                }
                if ui.button(shell.i18n.tr("recovery-new-file")).clicked() {
                    let ask = FileAsk::save(
                        "directory.ron",
                        shell.i18n.tr("file-new"),
                        Then::NewDirectory,
                    )
                    .starting_in(folder);
                    shell.send(Command::ChooseFile(Box::new(ask)));
                }
            });
            if let Some(n) = shell.notice {
                ui.add_space(8.0);
                ui.label(n);
            }
        });
    });
}

/// What of the file still reads, the lines lost, and the recovery that keeps it all.
fn readable_ui(shell: &mut Shell<'_>, ui: &mut egui::Ui, recovery: &Recovery) {
    crate::ui::widgets::heading(ui, shell.i18n.tr("recovery-readable-heading"), 3);
    let readable = recovery.salvage.contacts.len();
    ui.label(
        shell
            .i18n
            .tr_args("recovery-readable", &[("count", readable.into())]),
    );
    for lost in recovery.salvage.lost.iter().take(5) {
        ui.label(if lost.first == lost.last {
            shell
                .i18n
                .tr_args("recovery-lost-line", &[("line", lost.first.into())])
        } else {
            shell.i18n.tr_args(
                "recovery-lost-lines",
                &[("first", lost.first.into()), ("last", lost.last.into())],
            )
        });
        ui.label(RichText::new(&lost.excerpt).monospace().weak());
    }
    if recovery.salvage.lost.len() > 5 {
        ui.label(shell.i18n.tr_args(
            "recovery-lost-more",
            &[("count", (recovery.salvage.lost.len() - 5).into())],
        ));
    }
    let fill = &recovery.fill_from_backup;
    let taken = recovery
        .newest_readable_backup()
        .filter(|_| !fill.is_empty())
        .map(|b| when(shell, b));
    let label = match &taken {
        Some(date) => shell.i18n.tr_args(
            "recovery-keep-readable-and-fill",
            &[
                ("count", readable.into()),
                ("taken", fill.len().into()),
                ("date", date.clone().into()),
            ],
        ),
        None => shell
            .i18n
            .tr_args("recovery-keep-readable", &[("count", readable.into())]),
    };
    ui.add_space(4.0);
    let possible = readable > 0 || !fill.is_empty();
    let button = ui.add_enabled(possible, egui::Button::new(RichText::new(label).strong()));
    let button = if fill.is_empty() {
        button
    } else {
        button.on_hover_text(names(shell, fill))
    };
    if button.clicked() {
        shell.send(Command::Work(Action::Restore(RestoreFrom::Readable)));
    }
}

/// The backups, newest first, each with its differences and a button to restore it as it was.
fn backups_ui(shell: &mut Shell<'_>, ui: &mut egui::Ui, recovery: &Recovery) {
    crate::ui::widgets::heading(ui, shell.i18n.tr("recovery-backups-heading"), 3);
    if recovery.backups.is_empty() {
        ui.label(RichText::new(shell.i18n.tr("recovery-no-backup")).weak());
        return;
    }
    ui.label(RichText::new(shell.i18n.tr("recovery-backups-explain")).weak());
    ui.add_space(4.0);
    egui::Grid::new("recovery-backups")
        .striped(true)
        .num_columns(4)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            ui.label(RichText::new(shell.i18n.tr("recovery-col-taken")).strong());
            ui.label(RichText::new(shell.i18n.tr("recovery-col-contacts")).strong());
            ui.label(RichText::new(shell.i18n.tr("recovery-col-differences")).strong());
            ui.label("");
            ui.end_row();
            for b in &recovery.backups {
                ui.label(when(shell, b));
                match b.contacts {
                    Some(n) => ui.label(shell.i18n.count(n)),
                    None => ui.label(shell.i18n.tr("recovery-backup-unreadable")),
                };
                ui.label(differences(shell, b));
                let restore = ui
                    .add_enabled(
                        b.readable(),
                        egui::Button::new(shell.i18n.tr("recovery-restore-backup")),
                    )
                    .on_hover_text(b.path.display().to_string());
                if restore.clicked() {
                    shell.send(Command::Work(Action::Restore(RestoreFrom::Backup(
                        b.path.clone(),
                    ))));
                }
                ui.end_row();
            }
        });
}

/// When a backup was taken, in this computer's time zone and the interface's words.
fn when(shell: &Shell<'_>, b: &BackupInfo) -> String {
    b.taken.map_or_else(
        || shell.i18n.tr("recovery-taken-unknown"),
        |t| {
            let local = t.to_zoned_datetime(jiff::tz::TimeZone::system());
            format!(
                "{} {}",
                shell.i18n.date(local.date()),
                local.strftime("%H:%M")
            )
        },
    )
}

/// How a backup differs from the readable part of the file, in a sentence or three.
fn differences(shell: &Shell<'_>, b: &BackupInfo) -> String {
    if !b.readable() {
        return String::new();
    }
    let mut parts = Vec::new();
    for (key, list) in [
        ("recovery-diff-only-backup", &b.only_in_backup),
        ("recovery-diff-changed", &b.changed),
        ("recovery-diff-only-file", &b.only_in_file),
    ] {
        if !list.is_empty() {
            parts.push(shell.i18n.tr_args(
                key,
                &[
                    ("count", list.len().into()),
                    ("names", names(shell, list).into()),
                ],
            ));
        }
    }
    if parts.is_empty() {
        shell.i18n.tr("recovery-diff-same")
    } else {
        parts.join("\n")
    }
}

/// The first few names, then "and N more".
fn names(shell: &Shell<'_>, list: &[String]) -> String {
    let mut text = list
        .iter()
        .take(NAMES_SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if list.len() > NAMES_SHOWN {
        text.push_str(&shell.i18n.tr_args(
            "recovery-and-more",
            &[("count", (list.len() - NAMES_SHOWN).into())],
        ));
    }
    text
}
