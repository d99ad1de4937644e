//! File → Update the guide…: the preview of what a corrected guide would change (entries added,
//! removed, reworded word by word, notes, review dates) with Install and Cancel. An older guide
//! cannot be installed from here.

use crate::core::guide::update::DiffPart;
use crate::ui::command::{Command, GuideUpdateAction};
use crate::ui::shell::Shell;
use egui::RichText;
use egui::text::{LayoutJob, TextFormat};

/// The words of a rewording, removed ones struck through in red, added ones underlined in green.
fn diff_job(ui: &egui::Ui, diff: &[DiffPart]) -> LayoutJob {
    let mut job = LayoutJob::default();
    let body = egui::TextStyle::Body.resolve(ui.style());
    let plain = TextFormat {
        font_id: body.clone(),
        color: ui.visuals().text_color(),
        ..TextFormat::default()
    };
    // Long unchanged stretches are shortened to the words next to the changes.
    for part in &crate::core::guide::update::condensed(diff, 5) {
        match part {
            DiffPart::Same(text) => job.append(text, 0.0, plain.clone()),
            DiffPart::Removed(text) => job.append(
                text,
                0.0,
                TextFormat {
                    strikethrough: egui::Stroke::new(1.0, ui.visuals().error_fg_color),
                    color: ui.visuals().error_fg_color,
                    ..plain.clone()
                },
            ),
            DiffPart::Added(text) => job.append(
                text,
                0.0,
                TextFormat {
                    underline: egui::Stroke::new(1.0, egui::Color32::from_rgb(0, 130, 60)),
                    color: egui::Color32::from_rgb(0, 120, 55),
                    ..plain.clone()
                },
            ),
        }
    }
    job.wrap.max_width = ui.available_width();
    job
}

/// Draws the update preview as a modal window.
pub fn preview_ui(
    preview: &crate::core::workspace::library::GuideUpdate,
    shell: &mut Shell<'_>,
    ctx: &egui::Context,
) {
    let c = &preview.changes;
    let mut send = None;
    let modal = egui::Modal::new(egui::Id::unique("guide-update")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        crate::ui::widgets::heading(ui, shell.i18n.tr("guide-update-title"), 2);
        ui.label(RichText::new(&preview.guide.title).strong());
        let in_use = c.reviewed_in_use.map_or_else(
            || shell.i18n.tr("guide-update-none"),
            |d| shell.i18n.date(d),
        );
        ui.label(shell.i18n.tr_args(
            "guide-update-reviewed",
            &[
                ("in_use", in_use.into()),
                ("new", shell.i18n.date(c.reviewed_new).into()),
            ],
        ));
        if c.is_older() {
            ui.colored_label(
                ui.visuals().error_fg_color,
                shell.i18n.tr("guide-update-older"),
            );
        }
        if c.is_empty() {
            ui.label(shell.i18n.tr("guide-update-same"));
        }
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| {
                for (key, items) in [
                    ("guide-update-added", &c.added),
                    ("guide-update-removed", &c.removed),
                    ("guide-update-notes-added", &c.notes_added),
                    ("guide-update-notes-changed", &c.notes_changed),
                    ("guide-update-notes-removed", &c.notes_removed),
                    ("guide-update-problems", &c.problems),
                ] {
                    if items.is_empty() {
                        continue;
                    }
                    ui.label(RichText::new(shell.i18n.tr(key)).strong());
                    for item in items {
                        ui.label(format!("• {item}"));
                    }
                }
                if !c.reworded.is_empty() {
                    ui.label(RichText::new(shell.i18n.tr("guide-update-reworded")).strong());
                    for r in &c.reworded {
                        ui.label(RichText::new(&r.title).italics());
                        let job = diff_job(ui, &r.diff);
                        ui.label(job);
                        ui.add_space(4.0);
                    }
                }
            });
        ui.separator();
        ui.horizontal(|ui| {
            let install = ui.add_enabled(
                !c.is_older(),
                egui::Button::new(shell.i18n.tr("guide-update-install")),
            );
            if install.clicked() {
                send = Some(Command::GuideUpdate(GuideUpdateAction::Install));
            }
            if ui.button(shell.i18n.tr("cancel")).clicked() {
                send = Some(Command::GuideUpdate(GuideUpdateAction::Cancel));
            }
        });
    });
    if modal.should_close() && send.is_none() {
        send = Some(Command::GuideUpdate(GuideUpdateAction::Cancel));
    }
    if let Some(command) = send {
        shell.send(command);
    }
}
