//! The office's own notes and entries in the window: the editor panel drawn in the reader above
//! the entry (the draft and its rules are `core::guide::office_draft`).

use crate::core::guide::office_draft::DraftTarget;
use crate::ui::command::{Command, OfficeAction};
use crate::ui::shell::Shell;
use egui::RichText;

/// The editor panel for the open draft (drawn in the reader above the entry).
pub fn draft_ui(tab: &mut crate::ui::reader::ReaderTab, shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    let Some(mut draft) = tab.office_draft.clone() else {
        return;
    };
    let t = |k: &str| shell.i18n.tr(k);
    let mut send = None;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let heading = match &draft.target {
            DraftTarget::Note { .. } => t("office-note-editor"),
            DraftTarget::Entry { .. } => t("office-entry-editor"),
        };
        crate::ui::widgets::heading(ui, heading, 2);
        let label = ui.label(t("office-organization"));
        ui.add(egui::TextEdit::singleline(&mut draft.organization).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        if matches!(draft.target, DraftTarget::Entry { .. }) {
            let label = ui.label(t("office-question-en"));
            ui.add(egui::TextEdit::singleline(&mut draft.question.en).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            let label = ui.label(t("office-question-es"));
            ui.add(egui::TextEdit::singleline(&mut draft.question.es).desired_width(f32::INFINITY))
                .labelled_by(label.id);
        }
        let label = ui.label(t("office-text-en"));
        ui.add(
            egui::TextEdit::multiline(&mut draft.text.en)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        let label = ui.label(t("office-text-es"));
        ui.add(
            egui::TextEdit::multiline(&mut draft.text.es)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        ui.label(RichText::new(t("office-hint")).small().weak());
        ui.horizontal(|ui| {
            if ui.button(t("office-save")).clicked() {
                send = Some(Command::Office(OfficeAction::Save));
            }
            if ui.button(t("cancel")).clicked() {
                send = Some(Command::Office(OfficeAction::Cancel));
            }
        });
    });
    tab.office_draft = Some(draft);
    if let Some(c) = send {
        shell.send(c);
    }
}
