//! A note or entry of the office being written (the reader's plain editor): what it will
//! become, and applying it to the office's notes.

use crate::core::guide::office_notes::{Bilingual, OfficeEntry, OfficeNote, OfficeNotes};

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

/// Why a draft cannot be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftProblem {
    /// A note without text.
    EmptyNote,
    /// An entry without a question.
    EmptyQuestion,
}

impl DraftProblem {
    /// Its message id in the Fluent files.
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            DraftProblem::EmptyNote => "office-empty-note",
            DraftProblem::EmptyQuestion => "office-empty-question",
        }
    }
}

/// Applies `draft` to a copy of `office`.
///
/// # Errors
/// When the draft cannot be saved (an empty note, an entry without a question).
pub fn apply_draft(office: &OfficeNotes, draft: &Draft) -> Result<OfficeNotes, DraftProblem> {
    let mut next = office.clone();
    next.organization = draft.organization.trim().to_string();
    let today = crate::core::directory::contact::today();
    match &draft.target {
        DraftTarget::Note { id, entry_id } => {
            if draft.text.is_empty() {
                return Err(DraftProblem::EmptyNote);
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
                return Err(DraftProblem::EmptyQuestion);
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
        assert_eq!(apply_draft(&office, &d), Err(DraftProblem::EmptyNote));
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
