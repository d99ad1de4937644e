//! The guidance model (guide → sections → entries → answer blocks and editor's notes), loading
//! guides from RON, and validating them.
//!
//! A guide is data, not code. The bundled guide is embedded in the binary; organizations can add
//! or override guides with RON files in the data folder's `guides/` folder. Loading reports the
//! file, line and column of a syntax error; validation reports problems a person should fix but
//! that do not stop the guide from being read.

pub mod fallback;
pub mod office_draft;
pub mod office_notes;
pub mod rank;
pub mod search;
pub mod update;

use crate::core::directory::contact::Category;
use crate::core::store::{self, StoreError};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The guide format version this build writes and reads.
pub const GUIDE_VERSION: u32 = 1;

/// The id of the New Mexico guide (the Attorney General's stance on ICE and local police),
/// the guide the app is built around, in each of its languages.
pub const NM_GUIDE: &str = "nm-ag-ice";

/// A guide's stable id ("nm-ag-ice"): a guide and its translations share it, and the office's
/// notes, the preferences and a guide update name a guide by it. Written as a plain string.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct GuideId(pub String);

impl GuideId {
    /// The id as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for GuideId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::ops::Deref for GuideId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for GuideId {
    fn from(s: &str) -> GuideId {
        GuideId(s.to_string())
    }
}

impl From<String> for GuideId {
    fn from(s: String) -> GuideId {
        GuideId(s)
    }
}

impl PartialEq<str> for GuideId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for GuideId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for GuideId {
    fn eq(&self, other: &String) -> bool {
        &self.0 == other
    }
}

/// The position in `guides` of the New Mexico guide in `lang`.
#[must_use]
pub fn nm_guide_in(guides: &[Guide], lang: crate::core::i18n::Lang) -> Option<usize> {
    guides
        .iter()
        .position(|g| g.id == NM_GUIDE && g.language == lang.code())
}

/// The bundled English guide (the seed FAQ with editor's notes), as RON.
pub const BUNDLED_EN: &str = include_str!("../../../assets/guides/nm-ag-ice.en.ron");
/// The Spanish translation of the bundled guide, with the same entry ids.
pub const BUNDLED_ES: &str = include_str!("../../../assets/guides/nm-ag-ice.es.ron");

/// Where a text came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Source {
    /// Title of the page, document or report.
    pub title: String,
    /// Who published it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// When it was published; `None` = undated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Web address, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Anything a reader should know about the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// "undated" in `lang` ("sin fecha" in Spanish), for a source with no date.
#[must_use]
pub fn undated_in(lang: &str) -> &'static str {
    if lang == "es" { "sin fecha" } else { "undated" }
}

impl Source {
    /// One line: "Title — Publisher, 2025-01-22 (https://…)".
    #[must_use]
    pub fn citation(&self) -> String {
        self.citation_in("en")
    }

    /// [`Source::citation`] for a text in `lang`: an undated source says so in that language
    /// ("sin fecha" in Spanish); titles and publishers stay as the source wrote them.
    #[must_use]
    pub fn citation_in(&self, lang: &str) -> String {
        let mut out = self.title.clone();
        if let Some(p) = &self.publisher {
            out.push_str(" — ");
            out.push_str(p);
        }
        match self.date {
            Some(d) => out.push_str(&format!(", {d}")),
            None => out.push_str(&format!(", {}", undated_in(lang))),
        }
        if let Some(u) = &self.url {
            out.push_str(&format!(" ({u})"));
        }
        out
    }
}

/// A piece of an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    /// A paragraph.
    Paragraph(String),
    /// A numbered list; items are numbered 1, 2, 3 … when shown.
    Numbered(Vec<String>),
    /// A bulleted list.
    Bulleted(Vec<String>),
}

impl Block {
    /// The block as plain text, lists with their numbers or bullets, one item a line.
    #[must_use]
    pub fn plain_text(&self) -> String {
        match self {
            Block::Paragraph(p) => p.clone(),
            Block::Numbered(items) => items
                .iter()
                .enumerate()
                .map(|(i, t)| format!("{}. {t}", i + 1))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Bulleted(items) => items
                .iter()
                .map(|t| format!("• {t}"))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

/// The kind of an editor's note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoteKind {
    /// The text is out of date.
    Outdated,
    /// Background the text lacks.
    Context,
    /// The text is wrong.
    Correction,
}

impl NoteKind {
    /// The English heading shown before the note ("Out of date").
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            NoteKind::Outdated => "Out of date",
            NoteKind::Context => "Context",
            NoteKind::Correction => "Correction",
        }
    }

    /// The key of its heading in the interface's Fluent files (`note-kind-<key>`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            NoteKind::Outdated => "outdated",
            NoteKind::Context => "context",
            NoteKind::Correction => "correction",
        }
    }
}

/// An editor's note attached to an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// What kind of note it is.
    pub kind: NoteKind,
    /// The note.
    pub text: String,
    /// Where the note's facts come from.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The day the note's facts were last checked ("Editor's note (checked 27 Nov 2026)").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
    /// Set for the office's own notes: the organization that wrote it ("Note from …"). Editor's
    /// notes leave it empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
}

/// The text up to and including its first full stop followed by a space (all of it when there
/// is none).
fn first_sentence(text: &str) -> String {
    text.find(". ").map_or_else(
        || text.trim().to_string(),
        |i| text[..=i].trim().to_string(),
    )
}

/// One question and its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Stable id ("q3"), used by handouts, settings and translations.
    pub id: String,
    /// The number in the original document, if it had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// The question (or heading).
    pub question: String,
    /// The answer.
    pub answer: Vec<Block>,
    /// Contact categories that help with this question.
    #[serde(default)]
    pub related: Vec<Category>,
    /// Editor's notes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    /// Sources of the entry itself (for entries the editors wrote).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// A short summary for wallet cards, written by the editors from the answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_points: Option<KeyPoints>,
    /// Set for the office's own entries: the organization that wrote it. Printed as "From our
    /// office — NAME", apart from the guide and its translation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
}

/// The few lines of an entry that fit on a wallet card: an editor's summary of the answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyPoints {
    /// A short heading ("If your rights were violated").
    pub title: String,
    /// Short points, in order.
    pub points: Vec<String>,
    /// Where the points come from, printed as the card's source line ("Summary of question 7
    /// of …, with an editor's correction; reviewed 2026-11-28").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// For each point, the entry of the guide it is based on (whose sources it comes from).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub based_on: Vec<String>,
}

impl Entry {
    /// The card summary the editors wrote for this entry, if any. A card is never made from the
    /// FAQ's raw answer (which may be wrong without its correction): entries without written
    /// key points cannot be printed as cards (see [`Entry::answer_points`] for the office's own
    /// entries, whose answer is the office's own words).
    #[must_use]
    pub fn card_points(&self) -> Option<KeyPoints> {
        self.key_points.clone()
    }

    /// The first sentence of each list item (or paragraph) of the answer, at most six, under
    /// the question: a card summary of an entry whose answer was written for it (the office's
    /// own questions).
    #[must_use]
    pub fn answer_points(&self) -> KeyPoints {
        let mut items: Vec<String> = self
            .answer
            .iter()
            .flat_map(|b| match b {
                Block::Numbered(items) | Block::Bulleted(items) => items.clone(),
                Block::Paragraph(_) => Vec::new(),
            })
            .collect();
        if items.is_empty() {
            items = self
                .answer
                .iter()
                .filter_map(|b| match b {
                    Block::Paragraph(t) => Some(t.clone()),
                    _ => None,
                })
                .collect();
        }
        KeyPoints {
            title: self.question.clone(),
            points: items
                .iter()
                .map(|t| first_sentence(t))
                .filter(|t| !t.is_empty())
                .take(6)
                .collect(),
            source: None,
            based_on: Vec::new(),
        }
    }

    /// "3. How does …" for numbered entries, the question alone otherwise.
    #[must_use]
    pub fn title(&self) -> String {
        match self.number {
            Some(n) => format!("{n}. {}", self.question),
            None => self.question.clone(),
        }
    }
}

/// A group of entries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// Stable id.
    pub id: String,
    /// Heading.
    pub title: String,
    /// The entries, in reading order.
    pub entries: Vec<Entry>,
    /// Set on a companion guide's section shown inside another guide: that guide's own title,
    /// source and review date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub companion: Option<Companion>,
}

/// A guidance document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guide {
    /// Format version.
    pub version: u32,
    /// Stable id ("nm-ag-ice"); a user file with the same id and language overrides the bundled one.
    pub id: GuideId,
    /// Title.
    pub title: String,
    /// Where it applies ("New Mexico").
    pub jurisdiction: String,
    /// Language code ("en", "es").
    pub language: String,
    /// When set, the guide is a translation and this says its state ("not yet reviewed by a
    /// qualified translator").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation_note: Option<String>,
    /// The original document.
    pub source: Source,
    /// When editors last checked the guide against its sources.
    pub last_reviewed: Date,
    /// "General information, not legal advice."
    pub disclaimer: String,
    /// Sections in reading order.
    pub sections: Vec<Section>,
    /// Set for a companion guide ("Know your rights at the door"): the id of the guide it is
    /// read beside. Its sections are shown after that guide's, in the same language, each
    /// marked with this guide's own title, source and review date (see [`with_companions`]);
    /// its text never mixes with the other guide's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub companion_of: Option<GuideId>,
    /// Ids of the entries of a translation that show some English text in place of a
    /// translation not written yet (set when guides are read, see [`fallback`]; never written).
    #[serde(skip)]
    pub untranslated: Vec<String>,
}

/// What a section shown inside another guide carries of its own guide: title, source, review
/// date and disclaimer (see [`with_companions`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Companion {
    /// The companion guide's id ("kyr-door").
    pub id: GuideId,
    /// Its title.
    pub title: String,
    /// Where its text comes from.
    pub source: Source,
    /// When its editors last checked it against its sources.
    pub last_reviewed: Date,
    /// Its disclaimer.
    pub disclaimer: String,
}

/// The guides to read: each guide with the sections of its companions in the same language
/// appended (marked with their own guide), and without the companions themselves.
#[must_use]
pub fn with_companions(guides: &[Guide]) -> Vec<Guide> {
    guides
        .iter()
        .filter(|g| g.companion_of.is_none())
        .map(|g| {
            let mut out = g.clone();
            for c in guides.iter().filter(|c| {
                c.companion_of.as_deref() == Some(g.id.as_str()) && c.language == g.language
            }) {
                let mark = Companion {
                    id: c.id.clone(),
                    title: c.title.clone(),
                    source: c.source.clone(),
                    last_reviewed: c.last_reviewed,
                    disclaimer: c.disclaimer.clone(),
                };
                out.sections.extend(c.sections.iter().cloned().map(|mut s| {
                    s.companion = Some(mark.clone());
                    s
                }));
            }
            out
        })
        .collect()
}

/// A problem found by [`Guide::validate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideProblem {
    /// The entry concerned, if any.
    pub entry_id: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl Guide {
    /// The companion guide an entry comes from, when the entry is read inside this guide (see
    /// [`with_companions`]); `None` for the guide's own entries.
    #[must_use]
    pub fn companion_of_entry(&self, entry_id: &str) -> Option<&Companion> {
        self.sections
            .iter()
            .find(|s| s.entries.iter().any(|e| e.id == entry_id))
            .and_then(|s| s.companion.as_ref())
    }

    /// Every entry, in reading order.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.sections.iter().flat_map(|s| s.entries.iter())
    }

    /// The entry with this id.
    #[must_use]
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries().find(|e| e.id == id)
    }

    /// The ids of every entry, in reading order.
    #[must_use]
    pub fn entry_ids(&self) -> Vec<&str> {
        self.entries().map(|e| e.id.as_str()).collect()
    }

    /// The entry before and after `id` in reading order.
    #[must_use]
    pub fn neighbours(&self, id: &str) -> (Option<&Entry>, Option<&Entry>) {
        let all: Vec<&Entry> = self.entries().collect();
        match all.iter().position(|e| e.id == id) {
            Some(i) => (i.checked_sub(1).map(|p| all[p]), all.get(i + 1).copied()),
            None => (None, None),
        }
    }

    /// Problems a person should fix: duplicate ids, empty questions or answers, notes without
    /// sources.
    #[must_use]
    pub fn validate(&self) -> Vec<GuideProblem> {
        let mut problems = Vec::new();
        let mut seen = HashSet::new();
        if self.sections.is_empty() {
            problems.push(GuideProblem {
                entry_id: None,
                message: "the guide has no sections".into(),
            });
        }
        for section in &self.sections {
            if section.entries.is_empty() {
                problems.push(GuideProblem {
                    entry_id: None,
                    message: format!("section “{}” has no entries", section.title),
                });
            }
            for entry in &section.entries {
                let id = Some(entry.id.clone());
                if entry.id.trim().is_empty() {
                    problems.push(GuideProblem {
                        entry_id: None,
                        message: format!("an entry in “{}” has an empty id", section.title),
                    });
                } else if !seen.insert(entry.id.as_str()) {
                    problems.push(GuideProblem {
                        entry_id: id.clone(),
                        message: format!("the entry id “{}” is used twice", entry.id),
                    });
                }
                if entry.question.trim().is_empty() {
                    problems.push(GuideProblem {
                        entry_id: id.clone(),
                        message: format!("entry “{}” has an empty question", entry.id),
                    });
                }
                if entry.answer.is_empty() {
                    problems.push(GuideProblem {
                        entry_id: id.clone(),
                        message: format!("entry “{}” has no answer", entry.id),
                    });
                }
                for note in entry.notes.iter().filter(|n| n.from.is_none()) {
                    if note.sources.is_empty() {
                        problems.push(GuideProblem {
                            entry_id: id.clone(),
                            message: format!("an editor's note on “{}” has no source", entry.id),
                        });
                    }
                    if note.as_of.is_none() {
                        problems.push(GuideProblem {
                            entry_id: id.clone(),
                            message: format!(
                                "an editor's note on “{}” has no date it was checked (as_of)",
                                entry.id
                            ),
                        });
                    }
                }
            }
        }
        problems
    }
}

/// Parses a guide from RON text. `path` is only used in error messages.
pub fn parse_guide(text: &str, path: &Path) -> Result<Guide, StoreError> {
    let guide: Guide = store::from_ron(text, path)?;
    if guide.version > GUIDE_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: guide.version,
            supported: GUIDE_VERSION,
        });
    }
    Ok(guide)
}

/// The bundled guides, parsed. A failure here is a build defect caught by the tests.
pub fn bundled() -> Result<Vec<Guide>, StoreError> {
    Ok(vec![
        parse_guide(BUNDLED_EN, Path::new("assets/guides/nm-ag-ice.en.ron"))?,
        parse_guide(BUNDLED_ES, Path::new("assets/guides/nm-ag-ice.es.ron"))?,
    ])
}

/// The bundled "Know your rights at the door" guide, English.
pub const DOOR_EN: &str = include_str!("../../../assets/guides/kyr-door.en.ron");
/// The same in Spanish (a translation).
pub const DOOR_ES: &str = include_str!("../../../assets/guides/kyr-door.es.ron");

/// The bundled companion guides ("Know your rights at the door", English and Spanish), read
/// beside the Attorney General guide (see [`with_companions`]).
pub fn bundled_companions() -> Result<Vec<Guide>, StoreError> {
    Ok(vec![
        parse_guide(DOOR_EN, Path::new("assets/guides/kyr-door.en.ron"))?,
        parse_guide(DOOR_ES, Path::new("assets/guides/kyr-door.es.ron"))?,
    ])
}

/// Every bundled guide with its companions read beside it, as the reader shows them.
pub fn bundled_with_companions() -> Result<Vec<Guide>, StoreError> {
    let mut all = bundled()?;
    all.extend(bundled_companions()?);
    Ok(with_companions(&all))
}

/// A guide file from the data folder that could not be loaded.
#[derive(Debug)]
pub struct BrokenGuide {
    /// The file.
    pub path: PathBuf,
    /// Why it failed.
    pub error: StoreError,
}

/// The guides available: the bundled ones, overridden or extended by `*.ron` files in
/// `folder` (a user guide with the same id and language replaces the bundled one). Broken files
/// are returned beside the guides, never fatal. Guides are sorted by id, then language, so the
/// translations of a guide sit together.
#[must_use]
pub fn load_all(folder: Option<&Path>) -> (Vec<Guide>, Vec<BrokenGuide>) {
    let mut broken = Vec::new();
    let mut guides = match bundled().and_then(|mut g| {
        g.extend(bundled_companions()?);
        Ok(g)
    }) {
        Ok(g) => g,
        Err(error) => {
            broken.push(BrokenGuide {
                path: PathBuf::from("(bundled guide)"),
                error,
            });
            Vec::new()
        }
    };
    if let Some(folder) = folder {
        let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("ron")))
            .collect();
        files.sort();
        for path in files {
            match store::read_text(&path).and_then(|t| parse_guide(&t, &path)) {
                Ok(guide) => {
                    // An older guide never silently replaces a newer one.
                    let newer = guides.iter().find(|g| {
                        g.id == guide.id
                            && g.language == guide.language
                            && g.last_reviewed > guide.last_reviewed
                    });
                    if let Some(newer) = newer {
                        broken.push(BrokenGuide {
                            error: StoreError::OlderGuide {
                                path: path.clone(),
                                found: guide.last_reviewed,
                                in_use: newer.last_reviewed,
                            },
                            path,
                        });
                        continue;
                    }
                    guides.retain(|g| !(g.id == guide.id && g.language == guide.language));
                    guides.push(guide);
                }
                Err(error) => broken.push(BrokenGuide { path, error }),
            }
        }
    }
    guides.sort_by(|a, b| a.id.cmp(&b.id).then(a.language.cmp(&b.language)));
    (guides, broken)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled_en() -> Guide {
        bundled().expect("bundled guide parses").remove(0)
    }

    #[test]
    fn bundled_guide_is_valid() {
        let g = bundled_en();
        assert_eq!(g.validate(), Vec::new());
        assert_eq!(g.entries().filter(|e| e.number.is_some()).count(), 20);
        assert_eq!(g.last_reviewed, Date::constant(2026, 11, 28));
        assert!(g.source.date.is_none(), "the seed FAQ is undated");
        assert!(g.disclaimer.contains("not legal advice"));
    }

    #[test]
    fn notes_on_the_outdated_answers() {
        let g = bundled_en();
        for id in ["q2", "q4", "q14", "q17"] {
            let e = g.entry(id).expect("entry exists");
            assert!(!e.notes.is_empty(), "{id} has an editor's note");
            assert!(e.notes.iter().all(|n| !n.sources.is_empty()));
        }
        let changes = g.sections.last().expect("sections");
        assert_eq!(changes.title, "What changed since this FAQ");
        assert!(changes.entries.iter().all(|e| !e.sources.is_empty()));
    }

    #[test]
    fn validation_finds_problems() {
        let mut g = bundled_en();
        let mut dup = g.sections[0].entries[0].clone();
        dup.question = "  ".into();
        dup.notes.push(Note {
            kind: NoteKind::Context,
            text: "x".into(),
            sources: vec![],
            as_of: None,
            from: None,
        });
        g.sections[0].entries.push(dup);
        let messages: Vec<String> = g.validate().into_iter().map(|p| p.message).collect();
        assert!(messages.iter().any(|m| m.contains("used twice")));
        assert!(messages.iter().any(|m| m.contains("empty question")));
        assert!(messages.iter().any(|m| m.contains("no source")));
    }

    #[test]
    fn neighbours_follow_reading_order() {
        let g = bundled_en();
        let (prev, next) = g.neighbours("q1");
        assert!(prev.is_none());
        assert_eq!(next.map(|e| e.id.as_str()), Some("q2"));
        let (prev, _) = g.neighbours("q5");
        assert_eq!(prev.map(|e| e.id.as_str()), Some("q4"));
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let err = parse_guide("(\n  version: 1,\n  id: oops\n)", Path::new("x.ron"))
            .expect_err("bad guide");
        let text = err.to_string();
        assert!(text.contains("x.ron:3:"), "{text}");
    }
}
