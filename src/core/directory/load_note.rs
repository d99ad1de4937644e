//! What opening a directory file repaired or should tell a person (a repeated id given a new
//! one, a contact without a name, an older format), as data with a message id, so the window
//! says it in its language and the command line in English.

use crate::core::basics::file_error::StoreError;
use crate::core::i18n::{self, I18n, Lang};
use std::fmt;
use std::sync::Arc;

/// One thing a person should know about the file just opened.
#[derive(Debug, Clone)]
pub enum LoadNote {
    /// A contact had no id; it was given one.
    NoId {
        /// The contact's name.
        name: String,
        /// The id it was given.
        id: String,
    },
    /// A contact had the id of another; it was given a new one.
    RepeatedId {
        /// The contact's name.
        name: String,
        /// The id it was given.
        id: String,
    },
    /// A contact has no name.
    NoName {
        /// Its id.
        id: String,
    },
    /// The file was in an older format; it is saved in the current one.
    OlderFormat {
        /// The format version it was in.
        version: u32,
    },
    /// A merged conflict copy could not be moved into `backups/` (it stays where it is).
    CopyNotRetired(Arc<StoreError>),
}

impl LoadNote {
    /// The note in the language of `t`.
    #[must_use]
    pub fn text(&self, t: &I18n) -> String {
        match self {
            LoadNote::NoId { name, id } => t.tr_args(
                "load-note-no-id",
                &[("name", name.clone().into()), ("id", id.clone().into())],
            ),
            LoadNote::RepeatedId { name, id } => t.tr_args(
                "load-note-repeated-id",
                &[("name", name.clone().into()), ("id", id.clone().into())],
            ),
            LoadNote::NoName { id } => t.tr_args("load-note-no-name", &[("id", id.clone().into())]),
            LoadNote::OlderFormat { version } => t.tr_args(
                "load-note-older-format",
                &[("version", version.to_string().into())],
            ),
            LoadNote::CopyNotRetired(e) => e.text(t),
        }
    }
}

impl fmt::Display for LoadNote {
    /// The note in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&i18n::with(Lang::En, |t| self.text(t)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_read_in_each_language() {
        let note = LoadNote::RepeatedId {
            name: "Centro".into(),
            id: "c-2".into(),
        };
        assert_eq!(
            note.to_string(),
            "“Centro” had a repeated id; it was given the id “c-2”"
        );
        let es = note.text(&I18n::new(Lang::Es));
        assert!(es.contains("Centro") && es.contains("c-2") && !es.contains("load-note"));
        assert_ne!(es, note.to_string());
        assert!(
            LoadNote::OlderFormat { version: 1 }
                .to_string()
                .contains("version 1")
        );
    }
}
