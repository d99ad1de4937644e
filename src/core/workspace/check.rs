//! `check`: what is wrong with a directory or guide file on disk, without opening it (a
//! directory of any size is read contact by contact, never held whole).

use crate::core::basics::file_error::StoreError;
use crate::core::directory::contact::Text;
use crate::core::guide;
use crate::core::sharing::conflict_copy::{self, ConflictCopy};
use crate::core::store;
use std::path::Path;

/// What `check` found in a file.
#[derive(Debug)]
pub enum FileCheck {
    /// A guide that reads.
    Guide {
        /// Its title.
        title: String,
        /// How many entries it has.
        entries: usize,
        /// What a person should fix (it still reads).
        warnings: Vec<String>,
    },
    /// A directory that reads.
    Directory {
        /// How many contacts it holds.
        contacts: usize,
        /// Its format version, when older than the current one (upgraded at the next save).
        migrated_from: Option<u32>,
        /// What a person should fix (it still opens).
        warnings: Vec<String>,
        /// Conflict copies of it that sync programs left beside it.
        copies: Vec<ConflictCopy>,
    },
    /// It does not read.
    Broken(StoreError),
}

/// Checks the file at `path`: a guide when it has `sections`, else a directory.
#[must_use]
pub fn check_file(path: &Path) -> FileCheck {
    let text = match store::read_text(path) {
        Ok(t) => t,
        Err(e) => return FileCheck::Broken(e),
    };
    if text.contains("sections") {
        return match guide::parse_guide(&text, path) {
            Ok(g) => FileCheck::Guide {
                title: g.title.clone(),
                entries: g.entries().count(),
                warnings: g.validate().into_iter().map(|p| p.message).collect(),
            },
            Err(e) => FileCheck::Broken(e),
        };
    }
    let mut warnings: Vec<String> = Vec::new();
    let mut ids: std::collections::HashSet<Text> = std::collections::HashSet::new();
    let visited = store::visit_directory(&text, path, |c| {
        let shown = if c.name.trim().is_empty() {
            warnings.push(format!("the contact “{}” has no name", c.id));
            c.id.clone()
        } else {
            c.name.clone()
        };
        if c.id.trim().is_empty() {
            warnings.push(format!(
                "“{shown}” has no id; it will be given one when the file is opened"
            ));
        } else if !ids.insert(c.id.clone()) {
            warnings.push(format!(
                "“{shown}” has a repeated id “{}”; it will be given a new one when the file is opened",
                c.id
            ));
        }
        for w in c.warnings() {
            warnings.push(format!("{shown}: {}", w.message()));
        }
    });
    drop(text);
    match visited {
        Ok((contacts, migrated_from)) => FileCheck::Directory {
            contacts,
            migrated_from,
            warnings,
            copies: conflict_copy::find(path),
        },
        Err(e) => FileCheck::Broken(e),
    }
}
