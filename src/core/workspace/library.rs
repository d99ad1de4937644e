//! The guides as this desktop reads them: the bundled and installed guides, the office's own
//! notes and entries merged into them, the files that failed to load, and the changes to the
//! office's notes (each saved at once, each undoable) and to the installed guides (an update
//! read, compared, then installed). The window and the command line read guides through it.

use crate::core::guide::office_draft::{Draft, apply_draft};
use crate::core::guide::office_notes::OfficeNotes;
use crate::core::guide::update::{self, GuideChanges};
use crate::core::guide::{self, Guide};
use crate::core::store::StoreError;
use crate::core::workspace::notice::Notice;
use crate::core::workspace::outcome::Outcome;
use crate::core::workspace::paths::DataPaths;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A change to the office's own notes and entries.
#[derive(Debug, Clone, PartialEq)]
pub enum OfficeChange {
    /// Save what an editor's draft holds.
    Save(Box<Draft>),
    /// Delete a note.
    DeleteNote(String),
    /// Delete an entry.
    DeleteEntry(String),
    /// Undo the last change.
    Undo,
}

/// A guide update read from a file, waiting for the user's decision.
#[derive(Debug, Clone, PartialEq)]
pub struct GuideUpdate {
    /// The file.
    pub path: PathBuf,
    /// The guide it holds.
    pub guide: Guide,
    /// What it would change in the guide as installed.
    pub changes: GuideChanges,
}

/// The guides, with the office's notes.
#[derive(Debug, Default)]
pub struct Library {
    guides_folder: PathBuf,
    /// The data folder (its language packs say which translations were reviewed).
    data_dir: PathBuf,
    /// What the language packs' review marks say (the interface's reviewer, the guides' notes).
    review_marks: crate::core::translation::ReviewMarks,
    office_file: PathBuf,
    /// The guides as installed, before the office's notes are added.
    installed: Vec<Guide>,
    /// The guides with the office's notes and entries, sorted by title then language.
    guides: Vec<Guide>,
    /// Guide files (and the office's notes file) that failed to load.
    problems: Vec<Arc<StoreError>>,
    office: OfficeNotes,
    office_undo: Vec<OfficeNotes>,
    /// Entries that notes of the office belong to but the guide no longer has (the notes are
    /// kept and listed).
    orphans: Vec<String>,
}

impl Library {
    /// Reads the guides and the office's notes of a data folder. Broken files are listed in
    /// [`Library::problems`]; the rest loads.
    #[must_use]
    pub fn load(paths: &DataPaths) -> Library {
        let mut library = Library {
            guides_folder: paths.guides_folder(),
            data_dir: paths.data_dir.clone(),
            office_file: paths.office_notes_file(),
            ..Library::default()
        };
        library.read_guides();
        match OfficeNotes::load(&library.office_file) {
            Ok(notes) => library.office = notes,
            Err(e) => library.problems.push(Arc::new(e)),
        }
        library.merge_office_notes();
        library
    }

    /// Reads the guides and the office's notes again (after a translator's file was taken
    /// back). The office's undo steps are kept: each holds whole notes.
    pub fn reload_all(&mut self) {
        self.read_guides();
        match OfficeNotes::load(&self.office_file) {
            Ok(notes) => self.office = notes,
            Err(e) => self.problems.push(Arc::new(e)),
        }
        self.merge_office_notes();
    }

    /// Reads the guides again (after a translation was reviewed: their marks change).
    pub fn reload_guides(&mut self) {
        self.read_guides();
        self.merge_office_notes();
    }

    fn read_guides(&mut self) {
        let (guides, broken) = guide::load_all(Some(&self.guides_folder));
        crate::core::translation::install_packs(&self.data_dir);
        self.review_marks = crate::core::translation::ReviewMarks::of(&guides, &self.data_dir);
        self.installed = guides;
        self.problems = broken.into_iter().map(|b| Arc::new(b.error)).collect();
    }

    /// `guides` = the installed guides with the office's notes and entries added.
    fn merge_office_notes(&mut self) {
        // A pack's partial translation shows English where it has no text yet, marked.
        let mut marked = self.review_marks.on(&self.installed);
        guide::fallback::fill_from_english(&mut marked);
        (self.guides, self.orphans) = self.office.apply_to_all(&guide::with_companions(&marked));
    }

    /// Who reviewed the whole interface in `lang` and when (none until every string is
    /// reviewed against the English in use).
    #[must_use]
    pub fn interface_review(
        &self,
        lang: crate::core::i18n::Lang,
    ) -> Option<(&str, jiff::civil::Date)> {
        self.review_marks.interface(lang)
    }

    /// How far `lang`'s interface and guides are translated and reviewed (none for English).
    #[must_use]
    pub fn language_coverage(
        &self,
        lang: crate::core::i18n::Lang,
    ) -> Option<crate::core::translation::Coverage> {
        self.review_marks.coverage(lang)
    }

    /// The guides as installed (bundled and the data folder's), without the office's notes or
    /// the review marks: what translations are made from and written back to.
    #[must_use]
    pub fn installed(&self) -> &[Guide] {
        &self.installed
    }

    /// The guides with the office's notes, sorted by title then language.
    #[must_use]
    pub fn guides(&self) -> &[Guide] {
        &self.guides
    }

    /// The files that failed to load.
    #[must_use]
    pub fn problems(&self) -> &[Arc<StoreError>] {
        &self.problems
    }

    /// The office's notes and entries.
    #[must_use]
    pub fn office(&self) -> &OfficeNotes {
        &self.office
    }

    /// Entries the office's notes belong to that the guide no longer has.
    #[must_use]
    pub fn orphans(&self) -> &[String] {
        &self.orphans
    }

    /// Where the office's notes are kept.
    #[must_use]
    pub fn office_file(&self) -> &Path {
        &self.office_file
    }

    /// True when a change to the office's notes can be undone.
    #[must_use]
    pub fn can_undo_office(&self) -> bool {
        !self.office_undo.is_empty()
    }

    /// Changes the office's notes; saved at once. `changed` in the outcome means the guides
    /// changed.
    pub fn change_office(&mut self, change: OfficeChange) -> Outcome {
        let is_undo = matches!(change, OfficeChange::Undo);
        let next = match change {
            OfficeChange::Save(draft) => match apply_draft(&self.office, &draft) {
                Ok(next) => next,
                Err(problem) => return Outcome::notice(Notice::Draft(problem)),
            },
            OfficeChange::DeleteNote(id) => {
                let mut next = self.office.clone();
                next.notes.retain(|n| n.id != id);
                next
            }
            OfficeChange::DeleteEntry(id) => {
                let mut next = self.office.clone();
                next.entries.retain(|e| e.id != id);
                next
            }
            OfficeChange::Undo => match self.office_undo.pop() {
                Some(previous) => previous,
                None => return Outcome::default(),
            },
        };
        match next.save(&self.office_file) {
            Ok(()) => {
                let previous = std::mem::replace(&mut self.office, next);
                // An undo does not record itself.
                if !is_undo {
                    self.office_undo.push(previous);
                }
                self.merge_office_notes();
                Outcome {
                    notice: Some(Notice::OfficeSaved),
                    changed: true,
                    ..Outcome::default()
                }
            }
            Err(e) => {
                if is_undo {
                    // Not undone after all: keep the step for another try.
                    self.office_undo.push(next);
                }
                Outcome::notice(Notice::File(Arc::new(e)))
            }
        }
    }

    /// Replaces the office's notes with `next` (their translations taken from a translator's
    /// file), saved at once; Undo in the office's notes takes it back as one step.
    ///
    /// # Errors
    /// The file cannot be written (the notes stay as they were).
    pub fn replace_office(&mut self, next: OfficeNotes) -> Result<(), StoreError> {
        next.save(&self.office_file)?;
        let previous = std::mem::replace(&mut self.office, next);
        self.office_undo.push(previous);
        self.merge_office_notes();
        Ok(())
    }

    /// Reads a corrected guide and compares it with the guide as installed (without the
    /// office's notes).
    ///
    /// # Errors
    /// When the file cannot be read as a guide.
    pub fn read_update(&self, path: &Path) -> Result<GuideUpdate, StoreError> {
        let guide = update::read(path)?;
        let in_use = self
            .installed
            .iter()
            .find(|g| g.id == guide.id && g.language == guide.language);
        let changes = update::compare(in_use, &guide);
        Ok(GuideUpdate {
            path: path.to_path_buf(),
            guide,
            changes,
        })
    }

    /// Installs an update read by [`Library::read_update`] (never one older than the guide in
    /// use) and reads the guides again. `changed` in the outcome means the guides changed.
    pub fn install_update(&mut self, update: &GuideUpdate) -> Outcome {
        if update.changes.is_older() {
            return Outcome::default();
        }
        match update::install(&update.path, &update.guide, &self.guides_folder) {
            Ok(target) => {
                self.read_guides();
                self.merge_office_notes();
                Outcome {
                    notice: Some(Notice::GuideInstalled(target)),
                    changed: true,
                    ..Outcome::default()
                }
            }
            Err(e) => Outcome::notice(Notice::File(Arc::new(e))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::guide::office_draft::{DraftProblem, DraftTarget};

    fn note_on_q14(library: &Library, text: &str) -> Box<Draft> {
        let mut draft = Draft::for_target(
            library.office(),
            DraftTarget::Note {
                id: None,
                entry_id: "q14".into(),
            },
        );
        draft.organization = "Example Office".into();
        draft.text.en = text.into();
        Box::new(draft)
    }

    fn q14_notes(library: &Library) -> usize {
        library
            .guides()
            .iter()
            .find(|g| g.id == crate::core::guide::NM_GUIDE && g.language == "en")
            .and_then(|g| g.entry("q14"))
            .map_or(0, |e| e.notes.len())
    }

    #[test]
    fn office_notes_are_saved_merged_into_the_guide_and_undone() {
        let dir = tempfile::tempdir().expect("temp dir");
        let paths = DataPaths::at(dir.path());
        let mut library = Library::load(&paths);
        assert!(library.problems().is_empty());
        let before = q14_notes(&library);

        let saved = library.change_office(OfficeChange::Save(note_on_q14(&library, "Call us.")));
        assert!(saved.changed);
        assert!(matches!(saved.notice, Some(Notice::OfficeSaved)));
        assert_eq!(q14_notes(&library), before + 1);
        assert!(paths.office_notes_file().exists());
        // Another reader of the folder sees it.
        assert_eq!(q14_notes(&Library::load(&paths)), before + 1);

        assert!(library.can_undo_office());
        library.change_office(OfficeChange::Undo);
        assert_eq!(q14_notes(&library), before);
        assert!(!library.can_undo_office());

        let empty = library.change_office(OfficeChange::Save(note_on_q14(&library, "")));
        assert!(!empty.changed);
        assert!(matches!(
            empty.notice,
            Some(Notice::Draft(DraftProblem::EmptyNote))
        ));
    }

    #[test]
    fn an_office_file_that_cannot_be_written_keeps_the_notes_as_they_were() {
        let dir = tempfile::tempdir().expect("temp dir");
        let paths = DataPaths::at(dir.path());
        let mut library = Library::load(&paths);
        let before = q14_notes(&library);
        // The notes file's name is taken by a folder.
        std::fs::create_dir_all(paths.office_notes_file()).expect("blocker");
        let outcome = library.change_office(OfficeChange::Save(note_on_q14(&library, "x")));
        assert!(!outcome.changed);
        assert!(outcome.notice.as_ref().is_some_and(Notice::is_problem));
        assert_eq!(q14_notes(&library), before);
        assert!(!library.can_undo_office());
    }
}
