//! The office's own notes and entries in the window: the state of the plain editor in the
//! reader (a draft of one note or entry), the commands that change them (each saved at once,
//! each undoable), and the editor panel itself.

use crate::core::office_notes::{Bilingual, OfficeEntry, OfficeNote, OfficeNotes};
use crate::ui::app::RightsDeskApp;
use crate::ui::command::{Command, OfficeAction};
use egui::RichText;

/// What the draft will become.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftTarget {
    /// A note on a guide entry (`id` set when editing an existing note).
    Note {
        /// The note being edited, if any.
        id: Option<String>,
        /// The entry it belongs to.
        entry_id: String,
    },
    /// An entry of the office (`id` set when editing an existing one).
    Entry {
        /// The entry being edited, if any.
        id: Option<String>,
    },
}

/// A note or entry being written in the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// What it is.
    pub target: DraftTarget,
    /// The organization's name, shown with every note.
    pub organization: String,
    /// The question (entries only).
    pub question: Bilingual,
    /// The note, or the entry's answer.
    pub text: Bilingual,
}

impl Draft {
    /// A draft for `target`, filled in from what exists.
    #[must_use]
    pub fn for_target(office: &OfficeNotes, target: DraftTarget) -> Draft {
        let mut draft = Draft {
            organization: office.organization.clone(),
            question: Bilingual::default(),
            text: Bilingual::default(),
            target,
        };
        match &draft.target.clone() {
            DraftTarget::Note { id: Some(id), .. } => {
                if let Some(n) = office.notes.iter().find(|n| &n.id == id) {
                    draft.text = n.text.clone();
                }
            }
            DraftTarget::Entry { id: Some(id) } => {
                if let Some(e) = office.entry(id) {
                    draft.question = e.question.clone();
                    draft.text = e.answer.clone();
                }
            }
            _ => {}
        }
        draft
    }
}

/// Applies `draft` to a copy of `office`; `Err` with a message key when it cannot be saved.
pub fn apply_draft(office: &OfficeNotes, draft: &Draft) -> Result<OfficeNotes, &'static str> {
    let mut next = office.clone();
    next.organization = draft.organization.trim().to_string();
    let today = crate::core::contact::today();
    match &draft.target {
        DraftTarget::Note { id, entry_id } => {
            if draft.text.is_empty() {
                return Err("office-empty-note");
            }
            if let Some(n) = id
                .as_ref()
                .and_then(|id| next.notes.iter_mut().find(|n| &n.id == id))
            {
                n.text = draft.text.clone();
                n.date = today;
            } else {
                let id = next.new_id("note");
                next.notes.push(OfficeNote {
                    id,
                    entry_id: entry_id.clone(),
                    text: draft.text.clone(),
                    date: today,
                });
            }
        }
        DraftTarget::Entry { id } => {
            if draft.question.is_empty() {
                return Err("office-empty-question");
            }
            if let Some(e) = id
                .as_ref()
                .and_then(|id| next.entries.iter_mut().find(|e| &e.id == id))
            {
                e.question = draft.question.clone();
                e.answer = draft.text.clone();
                e.date = today;
            } else {
                let id = next.new_id("office");
                next.entries.push(OfficeEntry {
                    id,
                    question: draft.question.clone(),
                    answer: draft.text.clone(),
                    date: today,
                });
            }
        }
    }
    Ok(next)
}

/// The ids of the office's notes on `entry_id`, in the order the guide shows them.
#[must_use]
pub fn note_ids_on(office: &OfficeNotes, entry_id: &str) -> Vec<String> {
    office
        .notes
        .iter()
        .filter(|n| n.entry_id == entry_id && !n.text.is_empty())
        .map(|n| n.id.clone())
        .collect()
}

/// The editor panel for the open draft (drawn in the reader above the entry).
pub fn draft_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    let Some(mut draft) = app.office_draft.clone() else {
        return;
    };
    let t = |k: &str| app.i18n.tr(k);
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
    app.office_draft = Some(draft);
    if let Some(c) = send {
        app.send(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_add_and_edit_notes_and_refuse_empty_ones() {
        let office = OfficeNotes::default();
        let mut d = Draft::for_target(
            &office,
            DraftTarget::Note {
                id: None,
                entry_id: "q14".into(),
            },
        );
        assert_eq!(apply_draft(&office, &d), Err("office-empty-note"));
        d.text.es = "La cárcel pide una orden judicial.".into();
        d.organization = "  Example Office ".into();
        let next = apply_draft(&office, &d).expect("saved");
        assert_eq!(next.organization, "Example Office");
        assert_eq!(next.notes.len(), 1);
        let id = next.notes[0].id.clone();
        let mut edit = Draft::for_target(
            &next,
            DraftTarget::Note {
                id: Some(id),
                entry_id: "q14".into(),
            },
        );
        assert_eq!(edit.text.es, "La cárcel pide una orden judicial.");
        edit.text.en = "The jail asks for a judge's warrant.".into();
        let again = apply_draft(&next, &edit).expect("saved");
        assert_eq!(again.notes.len(), 1);
        assert_eq!(note_ids_on(&again, "q14").len(), 1);
    }
}
