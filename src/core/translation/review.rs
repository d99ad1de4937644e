//! Review marks: for each string of a language, who reviewed its translation, when, and which
//! English it was reviewed against (a hash of the English text, so an English change marks the
//! review *outdated*). Kept as RON beside the language's pack (`languages/<code>/reviews.ron`
//! in the data folder); two desktops' marks merge string by string, the newer review winning.

use crate::core::store::fsio;
use crate::core::store::{self, StoreError};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// One review of one string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// The reviewer's name, as given to `translate import --reviewer`.
    pub by: String,
    /// The day it was reviewed.
    pub on: Date,
    /// [`english_hash`] of the English it was reviewed against.
    pub english: u64,
}

/// Where a string's translation stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewState {
    /// No one has reviewed it.
    Unreviewed,
    /// Reviewed against the English in use.
    Reviewed {
        /// Who.
        by: String,
        /// When.
        on: Date,
    },
    /// Reviewed, but the English has changed since.
    Outdated {
        /// Who reviewed the old English.
        by: String,
        /// When.
        on: Date,
    },
}

impl ReviewState {
    /// The word for it in files and reports (`unreviewed`, `reviewed`, `outdated`).
    #[must_use]
    pub fn key(&self) -> &'static str {
        match self {
            ReviewState::Unreviewed => "unreviewed",
            ReviewState::Reviewed { .. } => "reviewed",
            ReviewState::Outdated { .. } => "outdated",
        }
    }
}

/// A language's review marks, by string id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reviews {
    /// Format version.
    pub version: u32,
    /// The marks.
    pub marks: BTreeMap<String, Review>,
}

/// A stable hash of an English text (FNV-1a, 64 bits: the same on every computer and in every
/// version, unlike the standard library's hasher).
#[must_use]
pub fn english_hash(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl Reviews {
    /// Reads the marks at `path` (none when the file is not there).
    pub fn load(path: &Path) -> Result<Reviews, StoreError> {
        if !path.exists() {
            return Ok(Reviews {
                version: 1,
                marks: BTreeMap::new(),
            });
        }
        let text = fsio::read_text(path)?;
        store::from_ron(&text, path)
    }

    /// Saves to `path`: write lock, atomic write, a backup of the old file.
    pub fn save(&self, path: &Path) -> Result<(), StoreError> {
        let mut text = String::from(
            "// Which translations of this language were reviewed, by whom, when, and against \
             which English. Written by `rights-desk translate import`.\n",
        );
        text.push_str(&store::to_ron(self)?);
        text.push('\n');
        fsio::write_with_backup(path, text.as_bytes())
    }

    /// Takes in another desktop's marks: for each string the newer review (on a tie, the one
    /// whose reviewer sorts first, so both desktops agree).
    pub fn merge(&mut self, other: &Reviews) {
        for (id, theirs) in &other.marks {
            match self.marks.get(id) {
                Some(mine) if (mine.on, &theirs.by) >= (theirs.on, &mine.by) => {}
                _ => {
                    self.marks.insert(id.clone(), theirs.clone());
                }
            }
        }
    }

    /// Reads the marks at `path` with those of the copies a sync program left beside it (two
    /// desktops that reviewed at the same time): merged, saved, and the copies moved into the
    /// backups folder. Marks never conflict (the newer review wins), so nothing is asked.
    pub fn load_merging_copies(path: &Path) -> Result<Reviews, StoreError> {
        let mut reviews = Reviews::load(path)?;
        let copies = crate::core::sharing::conflict_copy::find(path);
        if copies.is_empty() {
            return Ok(reviews);
        }
        let mut merged = Vec::new();
        for copy in copies {
            // A copy that cannot be read stays where it is, for a person to look at.
            if let Ok(theirs) = Reviews::load(&copy.path) {
                reviews.merge(&theirs);
                merged.push(copy.path);
            }
        }
        if !merged.is_empty() {
            reviews.save(path)?;
            for copy in merged {
                crate::core::sharing::conflict_copy::retire(path, &copy)?;
            }
        }
        Ok(reviews)
    }

    /// Where the translation of string `id` stands, its English now being `english`.
    #[must_use]
    pub fn state(&self, id: &str, english: &str) -> ReviewState {
        match self.marks.get(id) {
            None => ReviewState::Unreviewed,
            Some(r) if r.english == english_hash(english) => ReviewState::Reviewed {
                by: r.by.clone(),
                on: r.on,
            },
            Some(r) => ReviewState::Outdated {
                by: r.by.clone(),
                on: r.on,
            },
        }
    }

    /// Marks string `id` reviewed by `by` on `on`, against `english`.
    pub fn mark(&mut self, id: &str, by: &str, on: Date, english: &str) {
        self.marks.insert(
            id.to_string(),
            Review {
                by: by.to_string(),
                on,
                english: english_hash(english),
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_english_change_marks_the_review_outdated() {
        let mut r = Reviews::default();
        r.mark(
            "ui/cancel",
            "Ana",
            jiff::civil::date(2026, 11, 30),
            "Cancel",
        );
        assert!(matches!(
            r.state("ui/cancel", "Cancel"),
            ReviewState::Reviewed { .. }
        ));
        assert!(matches!(
            r.state("ui/cancel", "Cancel this"),
            ReviewState::Outdated { .. }
        ));
        assert_eq!(r.state("ui/other", "x"), ReviewState::Unreviewed);
        // The hash is the same in every build.
        assert_eq!(english_hash("a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn two_desktops_marks_merge_the_newer_review_winning() {
        let day = |d| jiff::civil::date(2026, 11, d);
        let mut a = Reviews::default();
        a.mark("x", "Ana", day(1), "X");
        a.mark("y", "Ana", day(5), "Y");
        let mut b = Reviews::default();
        b.mark("x", "Luis", day(3), "X");
        b.mark("y", "Luis", day(2), "Y");
        b.mark("z", "Luis", day(2), "Z");
        let mut ab = a.clone();
        ab.merge(&b);
        let mut ba = b.clone();
        ba.merge(&a);
        assert_eq!(ab, ba, "the same whichever desktop merges");
        assert_eq!(ab.marks["x"].by, "Luis");
        assert_eq!(ab.marks["y"].by, "Ana");
        assert!(ab.marks.contains_key("z"));
    }

    #[test]
    fn a_sync_program_s_copy_of_the_marks_is_merged_in_and_put_away() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("reviews.ron");
        let mut mine = Reviews::default();
        mine.mark("a", "Ana", jiff::civil::date(2026, 11, 1), "A");
        mine.save(&path).expect("save");
        let mut theirs = Reviews::default();
        theirs.mark("b", "Luis", jiff::civil::date(2026, 11, 2), "B");
        let copy = dir
            .path()
            .join("reviews.sync-conflict-20261202-101500-ABCDEFG.ron");
        theirs.save(&copy).expect("save copy");
        let merged = Reviews::load_merging_copies(&path).expect("merge");
        assert_eq!(merged.marks.len(), 2);
        assert!(!copy.exists(), "the copy is put away");
        assert_eq!(
            Reviews::load(&path).expect("load"),
            merged,
            "and the merge is saved"
        );
    }

    #[test]
    fn marks_are_saved_and_read_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("languages/es/reviews.ron");
        assert_eq!(Reviews::load(&path).expect("none yet").marks.len(), 0);
        let mut r = Reviews::load(&path).expect("none");
        r.mark(
            "ui/cancel",
            "Ana",
            jiff::civil::date(2026, 11, 30),
            "Cancel",
        );
        r.save(&path).expect("save");
        assert_eq!(Reviews::load(&path).expect("load"), r);
    }
}
