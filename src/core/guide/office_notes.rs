//! The office's own notes and entries: what an organization knows that the guide cannot (its
//! rapid-response hotline, its clinic days, what the local jail actually does).
//!
//! They live in the data folder as `office-notes.ron`, never in the bundled guide, saved with
//! the same care as the directory (write lock, atomic write, backups, line and column on a
//! syntax error). Notes are attached to guide entries by id; a note whose entry is no longer in
//! the guide is kept in the file and listed ([`OfficeNotes::orphans`]), never dropped. When a
//! guide is shown, [`OfficeNotes::apply_to`] adds the notes under the editor's notes (marked
//! with the organization's name and date) and the office's entries as a section "From our
//! office", so search, the reader, printouts and the command line treat them like the rest.

use crate::core::basics::file_error::StoreError;
use crate::core::guide::{Block, Entry, Guide, Note, NoteKind, Section};
use crate::core::store;
use crate::core::store::fsio;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The file name in the data folder.
pub const FILE_NAME: &str = "office-notes.ron";

/// The format version this build writes.
pub const VERSION: u32 = 1;

/// The id of the section holding the office's entries.
pub const SECTION_ID: &str = "office";

/// Text in English, Spanish or both, and in the languages of the office's packs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bilingual {
    /// English.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
    /// Spanish.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub es: String,
    /// Other languages, by code (from a translator's file, for a language pack).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub other: std::collections::BTreeMap<String, String>,
}

impl Bilingual {
    /// The text in `lang` (empty when none).
    #[must_use]
    pub fn text(&self, lang: &str) -> &str {
        match lang {
            "en" => &self.en,
            "es" => &self.es,
            _ => self.other.get(lang).map_or("", String::as_str),
        }
    }

    /// Sets the text in `lang` (an empty text removes another language's).
    pub fn set(&mut self, lang: &str, text: String) {
        match lang {
            "en" => self.en = text,
            "es" => self.es = text,
            _ if text.trim().is_empty() => {
                self.other.remove(lang);
            }
            _ => {
                self.other.insert(lang.to_string(), text);
            }
        }
    }

    /// The text in `lang`, or else English's, or else Spanish's (with `true` when it is not
    /// `lang`'s own).
    #[must_use]
    pub fn in_lang(&self, lang: &str) -> Option<(&str, bool)> {
        let mine = self.text(lang);
        if !mine.trim().is_empty() {
            return Some((mine, false));
        }
        [&self.en, &self.es]
            .into_iter()
            .find(|t| !t.trim().is_empty())
            .map(|t| (t.as_str(), true))
    }

    /// True when no language has text.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.en.trim().is_empty()
            && self.es.trim().is_empty()
            && self.other.values().all(|t| t.trim().is_empty())
    }
}

/// A note of the office on a guide entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeNote {
    /// Stable id of the note.
    pub id: String,
    /// The guide entry it belongs to ("q14").
    pub entry_id: String,
    /// The note.
    pub text: Bilingual,
    /// When it was written or last changed.
    pub date: Date,
}

/// A question and answer the office added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeEntry {
    /// Stable id ("office-1").
    pub id: String,
    /// The question.
    pub question: Bilingual,
    /// The answer (paragraphs separated by blank lines).
    pub answer: Bilingual,
    /// When it was written or last changed.
    pub date: Date,
}

/// Everything the office added to the guide.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeNotes {
    /// Format version.
    pub version: u32,
    /// The organization's name, shown with each note ("Note from Somos Un Pueblo Unido").
    #[serde(default)]
    pub organization: String,
    /// Notes on guide entries.
    #[serde(default)]
    pub notes: Vec<OfficeNote>,
    /// The office's own entries.
    #[serde(default)]
    pub entries: Vec<OfficeEntry>,
}

impl OfficeNotes {
    /// Reads `path`; a missing file is an empty set of notes.
    pub fn load(path: &Path) -> Result<OfficeNotes, StoreError> {
        if !fsio::occupied(path) {
            return Ok(OfficeNotes {
                version: VERSION,
                ..OfficeNotes::default()
            });
        }
        let text = fsio::read_text(path)?;
        let notes: OfficeNotes = store::from_ron(&text, path)?;
        if notes.version > VERSION {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found: notes.version,
                supported: VERSION,
            });
        }
        Ok(notes)
    }

    /// Saves to `path`: write lock, atomic write, a backup of the old file.
    pub fn save(&self, path: &Path) -> Result<(), StoreError> {
        let mut text = String::from(
            "// The office's own notes and entries for Rights Desk. Edit them in the app.\n",
        );
        text.push_str(&store::to_ron(self)?);
        text.push('\n');
        fsio::write_with_backup(path, text.as_bytes())
    }

    /// A new id with `prefix`, not used yet.
    #[must_use]
    pub fn new_id(&self, prefix: &str) -> String {
        let taken = |id: &str| {
            self.notes.iter().any(|n| n.id == id) || self.entries.iter().any(|e| e.id == id)
        };
        // One more than there are notes and entries is always enough.
        let most = self.notes.len() + self.entries.len() + 1;
        (1..=most)
            .map(|n| format!("{prefix}-{n}"))
            .find(|id| !taken(id))
            .unwrap_or_else(|| format!("{prefix}-{}", most + 1))
    }

    /// Notes whose entry is not in `guide` (kept, and listed to the user).
    #[must_use]
    pub fn orphans(&self, guide: &Guide) -> Vec<&OfficeNote> {
        self.notes
            .iter()
            .filter(|n| guide.entry(&n.entry_id).is_none() && self.entry(&n.entry_id).is_none())
            .collect()
    }

    /// The office entry with this id.
    #[must_use]
    pub fn entry(&self, id: &str) -> Option<&OfficeEntry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// `guide` with the office's notes under the editor's notes of their entries and the office's
    /// entries in a last section "From our office" (titled `section_title`).
    #[must_use]
    pub fn apply_to(&self, guide: &Guide, section_title: &str) -> Guide {
        let mut out = guide.clone();
        let lang = guide.language.as_str();
        if !self.entries.is_empty() {
            let entries = self
                .entries
                .iter()
                .filter_map(|e| {
                    let (question, _) = e.question.in_lang(lang)?;
                    let answer = e.answer.in_lang(lang).map_or_else(Vec::new, |(a, _)| {
                        a.split("\n\n")
                            .map(str::trim)
                            .filter(|p| !p.is_empty())
                            .map(|p| Block::Paragraph(p.to_string()))
                            .collect()
                    });
                    Some(Entry {
                        id: e.id.clone(),
                        number: None,
                        question: question.to_string(),
                        answer: if answer.is_empty() {
                            vec![Block::Paragraph(String::new())]
                        } else {
                            answer
                        },
                        related: Vec::new(),
                        notes: Vec::new(),
                        sources: Vec::new(),
                        key_points: None,
                        from: Some(self.organization_name()),
                    })
                })
                .collect();
            out.sections.push(Section {
                id: SECTION_ID.into(),
                title: section_title.into(),
                entries,
                companion: None,
            });
        }
        for note in &self.notes {
            let Some((text, _)) = note.text.in_lang(lang) else {
                continue;
            };
            let entry = out
                .sections
                .iter_mut()
                .flat_map(|s| s.entries.iter_mut())
                .find(|e| e.id == note.entry_id);
            if let Some(entry) = entry {
                entry.notes.push(Note {
                    kind: NoteKind::Context,
                    text: text.to_string(),
                    sources: Vec::new(),
                    as_of: Some(note.date),
                    from: Some(self.organization_name()),
                });
            }
        }
        out
    }

    /// Every guide of `guides` with the office's notes and entries added (see
    /// [`OfficeNotes::apply_to`]), and the entry ids that notes belong to but no guide has
    /// (those notes are kept, and should be listed), each once.
    #[must_use]
    pub fn apply_to_all(&self, guides: &[Guide]) -> (Vec<Guide>, Vec<String>) {
        let mut orphans = std::collections::BTreeSet::new();
        let merged = guides
            .iter()
            .map(|g| {
                orphans.extend(self.orphans(g).into_iter().map(|o| o.entry_id.clone()));
                self.apply_to(g, &section_title(&g.language))
            })
            .collect();
        (merged, orphans.into_iter().collect())
    }

    /// The organization's name, or "our office" when it was not given.
    #[must_use]
    pub fn organization_name(&self) -> String {
        if self.organization.trim().is_empty() {
            "our office".into()
        } else {
            self.organization.trim().to_string()
        }
    }
}

/// The heading of the office's entries in `lang` ("From our office").
#[must_use]
pub fn section_title(lang: &str) -> String {
    use crate::core::i18n::{self, Lang};
    i18n::with(Lang::from_code(lang), |t| t.tr("office-section-title"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guide_en() -> Guide {
        crate::core::guide::bundled().expect("bundled").remove(0)
    }

    fn sample() -> OfficeNotes {
        OfficeNotes {
            version: VERSION,
            organization: "Example Office".into(),
            notes: vec![
                OfficeNote {
                    id: "note-1".into(),
                    entry_id: "q14".into(),
                    text: Bilingual {
                        en: "Our county jail asks for a judge's warrant.".into(),
                        ..Bilingual::default()
                    },
                    date: Date::constant(2026, 12, 3),
                },
                OfficeNote {
                    id: "note-2".into(),
                    entry_id: "q99".into(),
                    text: Bilingual {
                        en: "For an entry that is gone.".into(),
                        ..Bilingual::default()
                    },
                    date: Date::constant(2026, 12, 3),
                },
            ],
            entries: vec![OfficeEntry {
                id: "office-1".into(),
                question: Bilingual {
                    en: "When is the clinic open?".into(),
                    es: "¿Cuándo abre la clínica?".into(),
                    ..Bilingual::default()
                },
                answer: Bilingual {
                    en: "Tuesdays.\n\nBring your papers.".into(),
                    es: "Los martes.".into(),
                    ..Bilingual::default()
                },
                date: Date::constant(2026, 12, 3),
            }],
        }
    }

    #[test]
    fn notes_and_entries_join_the_guide_and_orphans_are_listed() {
        let g = guide_en();
        let notes = sample();
        let merged = notes.apply_to(&g, "From our office");
        let q14 = merged.entry("q14").expect("q14");
        let ours = q14.notes.last().expect("our note");
        assert_eq!(ours.from.as_deref(), Some("Example Office"));
        assert_eq!(ours.as_of, Some(Date::constant(2026, 12, 3)));
        let office = merged.sections.last().expect("office section");
        assert_eq!(office.id, SECTION_ID);
        assert_eq!(office.entries[0].answer.len(), 2);
        let orphans = notes.orphans(&g);
        assert_eq!(orphans.len(), 1);
        assert_eq!(orphans[0].entry_id, "q99");
        // The guide file itself is untouched.
        assert!(g.entry("office-1").is_none());
    }

    #[test]
    fn saved_atomically_and_read_back_with_errors_that_name_the_line() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(FILE_NAME);
        assert!(
            OfficeNotes::load(&path)
                .expect("missing is empty")
                .notes
                .is_empty()
        );
        let notes = sample();
        notes.save(&path).expect("save");
        notes.save(&path).expect("save again");
        assert_eq!(OfficeNotes::load(&path).expect("load"), notes);
        assert_eq!(fsio::backups(&path).len(), 1);
        std::fs::write(&path, "(\n  version: 1,\n  notes: [ (id: ) ],\n)\n").expect("break");
        let err = OfficeNotes::load(&path).expect_err("broken");
        assert_eq!(err.position().map(|p| p.0), Some(3), "{err}");
        assert_eq!(notes.new_id("note"), "note-3");
    }
}
