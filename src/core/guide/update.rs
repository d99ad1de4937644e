//! Updating a guide from a file (a corrected guide sent by email or downloaded): checking it,
//! saying what changed against the guide in use — entries added, removed or reworded (word by
//! word), notes added, changed or removed, a newer or older review date — and installing it
//! into the data folder's `guides/` only when asked. An older guide is never installed without
//! being asked for explicitly.

use crate::core::basics::file_error::StoreError;
use crate::core::guide::{self, Entry, Guide};
use crate::core::store::fsio;
use jiff::civil::Date;
use similar::{ChangeTag, TextDiff};
use std::path::{Path, PathBuf};

/// A piece of a word-level difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffPart {
    /// Text in both.
    Same(String),
    /// Text only in the new guide.
    Added(String),
    /// Text only in the guide in use.
    Removed(String),
}

/// An entry whose words changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reworded {
    /// The entry's id.
    pub id: String,
    /// Its question in the new guide.
    pub title: String,
    /// The difference, word by word (question, answer and card points together).
    pub diff: Vec<DiffPart>,
}

/// What an update would change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideChanges {
    /// The guide's id and language.
    pub id: super::GuideId,
    /// The language.
    pub language: String,
    /// Review date of the guide in use (`None`: no guide with this id and language yet).
    pub reviewed_in_use: Option<Date>,
    /// Review date of the new guide.
    pub reviewed_new: Date,
    /// Entries only in the new guide ("id — question").
    pub added: Vec<String>,
    /// Entries only in the guide in use.
    pub removed: Vec<String>,
    /// Entries whose words changed.
    pub reworded: Vec<Reworded>,
    /// Editor's notes added ("id: text").
    pub notes_added: Vec<String>,
    /// Editor's notes whose text, kind, date or sources changed.
    pub notes_changed: Vec<String>,
    /// Editor's notes removed.
    pub notes_removed: Vec<String>,
    /// What `Guide::validate` says about the new guide.
    pub problems: Vec<String>,
}

impl GuideChanges {
    /// True when the new guide was reviewed before the one in use.
    #[must_use]
    pub fn is_older(&self) -> bool {
        self.reviewed_in_use.is_some_and(|d| self.reviewed_new < d)
    }

    /// True when nothing at all differs.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.reviewed_in_use == Some(self.reviewed_new)
            && self.added.is_empty()
            && self.removed.is_empty()
            && self.reworded.is_empty()
            && self.notes_added.is_empty()
            && self.notes_changed.is_empty()
            && self.notes_removed.is_empty()
    }
}

/// Reads and checks a guide file (line and column on a syntax error).
pub fn read(path: &Path) -> Result<Guide, StoreError> {
    fsio::read_text(path).and_then(|text| guide::parse_guide(&text, path))
}

/// The words of an entry a reader sees: question, answer and card points.
fn entry_words(e: &Entry) -> String {
    let mut parts = vec![e.question.clone()];
    parts.extend(e.answer.iter().map(guide::Block::plain_text));
    if let Some(k) = &e.key_points {
        parts.push(k.title.clone());
        parts.extend(k.points.iter().cloned());
    }
    parts.join("\n")
}

/// A word-level difference of two texts.
#[must_use]
pub fn word_diff(old: &str, new: &str) -> Vec<DiffPart> {
    let diff = TextDiff::from_words(old, new);
    let mut out: Vec<DiffPart> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value().to_string();
        let part = match change.tag() {
            ChangeTag::Equal => DiffPart::Same(text),
            ChangeTag::Insert => DiffPart::Added(text),
            ChangeTag::Delete => DiffPart::Removed(text),
        };
        // Join neighbours of the same kind so the result reads as phrases.
        match (out.last_mut(), &part) {
            (Some(DiffPart::Same(a)), DiffPart::Same(b))
            | (Some(DiffPart::Added(a)), DiffPart::Added(b))
            | (Some(DiffPart::Removed(a)), DiffPart::Removed(b)) => a.push_str(b),
            _ => out.push(part),
        }
    }
    out
}

/// `diff` with each long unchanged stretch cut to the `context` words next to the changes
/// around it (" … " in between); the changes themselves are kept whole.
#[must_use]
pub fn condensed(diff: &[DiffPart], context: usize) -> Vec<DiffPart> {
    let last = diff.len().saturating_sub(1);
    diff.iter()
        .enumerate()
        .map(|(i, part)| {
            let DiffPart::Same(text) = part else {
                return part.clone();
            };
            let words: Vec<&str> = text.split_whitespace().collect();
            if words.len() <= 2 * context {
                return part.clone();
            }
            let mut short = String::new();
            if i > 0 {
                short.push(' ');
                short.push_str(&words[..context].join(" "));
            }
            short.push_str(" … ");
            if i < last {
                short.push_str(&words[words.len() - context..].join(" "));
                short.push(' ');
            }
            DiffPart::Same(short)
        })
        .collect()
}

fn note_summary(id: &str, n: &guide::Note) -> String {
    let text: String = n.text.chars().take(90).collect();
    let more = if n.text.chars().count() > 90 {
        "…"
    } else {
        ""
    };
    format!("{id}: {text}{more}")
}

/// What replacing `in_use` (if any) by `new` would change.
#[must_use]
pub fn compare(in_use: Option<&Guide>, new: &Guide) -> GuideChanges {
    let mut changes = GuideChanges {
        id: new.id.clone(),
        language: new.language.clone(),
        reviewed_in_use: in_use.map(|g| g.last_reviewed),
        reviewed_new: new.last_reviewed,
        added: Vec::new(),
        removed: Vec::new(),
        reworded: Vec::new(),
        notes_added: Vec::new(),
        notes_changed: Vec::new(),
        notes_removed: Vec::new(),
        problems: new.validate().into_iter().map(|p| p.message).collect(),
    };
    for e in new.entries() {
        let Some(old) = in_use.and_then(|g| g.entry(&e.id)) else {
            changes.added.push(format!("{} — {}", e.id, e.title()));
            changes
                .notes_added
                .extend(e.notes.iter().map(|n| note_summary(&e.id, n)));
            continue;
        };
        let (before, after) = (entry_words(old), entry_words(e));
        if before != after {
            changes.reworded.push(Reworded {
                id: e.id.clone(),
                title: e.title(),
                diff: word_diff(&before, &after),
            });
        }
        for (i, n) in e.notes.iter().enumerate() {
            match old.notes.get(i) {
                None => changes.notes_added.push(note_summary(&e.id, n)),
                Some(o) if o != n => changes.notes_changed.push(note_summary(&e.id, n)),
                Some(_) => {}
            }
        }
        for o in old.notes.iter().skip(e.notes.len()) {
            changes.notes_removed.push(note_summary(&e.id, o));
        }
    }
    if let Some(g) = in_use {
        for e in g.entries() {
            if new.entry(&e.id).is_none() {
                changes.removed.push(format!("{} — {}", e.id, e.title()));
            }
        }
    }
    changes
}

/// The file an installed guide goes to: `guides/ID.LANG.ron`.
#[must_use]
pub fn installed_path(guides_folder: &Path, g: &Guide) -> PathBuf {
    let safe = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '-'
                }
            })
            .collect()
    };
    guides_folder.join(format!("{}.{}.ron", safe(&g.id), safe(&g.language)))
}

/// Installs the guide file at `source` (already read as `g`) into `guides_folder`, atomically
/// and keeping a backup of the file it replaces. Returns where it went.
pub fn install(source: &Path, g: &Guide, guides_folder: &Path) -> Result<PathBuf, StoreError> {
    let text = fsio::read_text(source)?;
    let target = installed_path(guides_folder, g);
    fsio::write_with_backup(&target, text.as_bytes())?;
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled(lang: &str) -> Guide {
        guide::bundled()
            .expect("bundled")
            .into_iter()
            .find(|g| g.language == lang)
            .expect("guide")
    }

    #[test]
    fn the_same_guide_changes_nothing() {
        let g = bundled("en");
        let c = compare(Some(&g), &g);
        assert!(c.is_empty(), "{c:?}");
        assert!(!c.is_older());
    }

    #[test]
    fn additions_removals_rewording_notes_and_dates_are_found() {
        let old = bundled("en");
        let mut new = old.clone();
        new.last_reviewed = Date::constant(2026, 12, 15);
        // Reword q3, drop q20, add an entry, change a note, add one.
        let q3 = new.sections[0]
            .entries
            .iter_mut()
            .find(|e| e.id == "q3")
            .expect("q3");
        q3.question = q3.question.replace("advise", "tell");
        let mut extra = q3.clone();
        extra.id = "q21".into();
        extra.notes.clear();
        new.sections[0].entries.push(extra);
        for s in &mut new.sections {
            s.entries.retain(|e| e.id != "q20");
        }
        let q14 = new
            .sections
            .iter_mut()
            .flat_map(|s| s.entries.iter_mut())
            .find(|e| e.id == "q14")
            .expect("q14");
        q14.notes[0].text.push_str(" Checked again.");
        let c = compare(Some(&old), &new);
        assert_eq!(c.added.len(), 1, "{:?}", c.added);
        assert!(c.added[0].starts_with("q21 — "));
        assert_eq!(c.removed.len(), 1);
        assert!(c.removed[0].starts_with("q20 — "));
        let r = c
            .reworded
            .iter()
            .find(|r| r.id == "q3")
            .expect("q3 reworded");
        assert!(
            r.diff.contains(&DiffPart::Removed("advise".into())),
            "{:?}",
            r.diff
        );
        assert!(
            r.diff.contains(&DiffPart::Added("tell".into())),
            "{:?}",
            r.diff
        );
        assert_eq!(c.notes_changed.len(), 1);
        assert!(c.notes_changed[0].starts_with("q14: "));
        assert!(!c.is_older());
        // The other way round: an older guide.
        let back = compare(Some(&new), &old);
        assert!(back.is_older());
    }

    #[test]
    fn long_unchanged_stretches_are_cut_to_their_context() {
        let diff = word_diff(
            "one two three four five six seven eight nine ten eleven twelve",
            "one two three four five six SEVEN eight nine ten eleven twelve",
        );
        let short = condensed(&diff, 2);
        assert_eq!(
            short,
            vec![
                DiffPart::Same(" … five six ".into()),
                DiffPart::Removed("seven".into()),
                DiffPart::Added("SEVEN".into()),
                DiffPart::Same(" eight nine … ".into()),
            ]
        );
        assert_eq!(condensed(&diff, 10), diff, "short stretches stay whole");
    }

    #[test]
    fn install_writes_into_guides_and_keeps_a_backup() {
        let dir = tempfile::tempdir().expect("tempdir");
        let g = bundled("es");
        let source = dir.path().join("update.ron");
        std::fs::write(&source, guide::BUNDLED_ES).expect("write");
        let guides = dir.path().join("guides");
        let first = install(&source, &g, &guides).expect("install");
        assert_eq!(first, guides.join("nm-ag-ice.es.ron"));
        install(&source, &g, &guides).expect("again");
        assert_eq!(fsio::backups(&first).len(), 1);
        let (loaded, broken) = guide::load_all(Some(&guides));
        assert!(broken.is_empty());
        assert!(loaded.iter().any(|l| l.language == "es"));
    }
}
