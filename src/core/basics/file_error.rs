//! What can go wrong reading or writing one of the organization's data files (the directory,
//! its backups, guides), worded for the person at the desk.
//!
//! Each variant carries what a message needs (the file, a line and column, the link and its
//! target). Its words exist once, in the interface's translation files (`file-error-…`):
//! [`StoreError::text`] says it in the window's language, and `Display` (the command line)
//! says it in English from the same file, with a parser's own words added as details. An
//! operating-system reason is printed once, never repeated by an error chain (no variant has a
//! `source`).

use std::io;
use std::path::{Path, PathBuf};

/// Everything that can go wrong reading or writing a data file.
#[derive(Debug)]
pub enum StoreError {
    /// The file could not be read or written.
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        error: io::Error,
    },
    /// The file holds nothing (or only white space).
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The file is not UTF-8 text.
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// 1-based line of the first byte that is not UTF-8.
        line: usize,
        /// 1-based column (in characters) of that byte.
        column: usize,
    },
    /// The file is not valid RON for this kind of document. The parser's own words are the
    /// details ([`StoreError::details`]); the message says what to do.
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser expected.
        message: String,
    },
    /// The file is not a Rights Desk document of this kind at all.
    NotDirectory {
        /// The file.
        path: PathBuf,
    },
    /// A field holds a value that is not one of its choices (an unknown category).
    UnknownChoice {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What kind of value ("category", "phone kind", "cost").
        what: &'static str,
        /// The value found.
        found: String,
        /// The values allowed, as people write them.
        choices: Vec<String>,
    },
    /// The file was written by a newer Rights Desk.
    TooNew {
        /// The file.
        path: PathBuf,
        /// Its version.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The file is too large to be a directory or guide.
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// Someone else changed the file since it was loaded, in a way that overlaps the changes
    /// made here.
    ChangedOnDisk {
        /// The file.
        path: PathBuf,
    },
    /// The file is marked read-only; it is not written.
    ReadOnly {
        /// The file.
        path: PathBuf,
    },
    /// The disk (or the user's quota) is full; nothing was written.
    DiskFull {
        /// The file.
        path: PathBuf,
    },
    /// A symbolic link whose target cannot be reached (missing, or a loop of links).
    BrokenLink {
        /// The link.
        link: PathBuf,
        /// Where it points.
        target: PathBuf,
        /// True for a loop of links, false for a missing target.
        looped: bool,
    },
    /// Another program is writing the file and did not finish in time.
    Locked {
        /// The file.
        path: PathBuf,
        /// Who holds the lock ("Rights Desk on FRONT-DESK (maria) since 10:14:05").
        holder: String,
        /// The lock file.
        lock: PathBuf,
    },
    /// A guide in the data folder is older than the guide in use; it was not loaded.
    OlderGuide {
        /// The file.
        path: PathBuf,
        /// Its review date.
        found: jiff::civil::Date,
        /// The review date of the guide in use.
        in_use: jiff::civil::Date,
    },
    /// The data could not be turned into RON (a bug, not a user error).
    Serialize(String),
}

/// The translation key of the operating system's reason, for the kinds a person meets.
fn io_reason_key(error: &io::Error) -> Option<&'static str> {
    Some(match error.kind() {
        io::ErrorKind::NotFound => "io-not-found",
        io::ErrorKind::PermissionDenied => "io-permission-denied",
        io::ErrorKind::AlreadyExists => "io-already-exists",
        io::ErrorKind::StorageFull => "io-disk-full",
        io::ErrorKind::ReadOnlyFilesystem => "io-read-only-disk",
        io::ErrorKind::IsADirectory => "io-is-a-folder",
        io::ErrorKind::NotADirectory => "io-not-a-folder",
        _ => return None,
    })
}

/// The operating system's reason in the language of `t`: the translation files' words for
/// the kinds a person meets, else the system's own (English) words without the "(os error 5)"
/// tail.
#[must_use]
pub fn describe_io_in(error: &io::Error, t: &crate::core::i18n::I18n) -> String {
    if let Some(key) = io_reason_key(error) {
        return t.tr(key);
    }
    let text = error.to_string();
    // "Something (os error 5)" → "something".
    let plain = text
        .rsplit_once(" (os error")
        .map_or(text.as_str(), |(head, _)| head);
    let mut chars = plain.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// The operating system's reason in English (see [`describe_io_in`]).
#[must_use]
pub fn describe_io(error: &io::Error) -> String {
    crate::core::i18n::with(crate::core::i18n::Lang::En, |t| describe_io_in(error, t))
}

impl StoreError {
    /// An I/O error at `path`; a full disk becomes [`StoreError::DiskFull`].
    #[must_use]
    pub fn io(path: &Path, error: io::Error) -> StoreError {
        if error.kind() == io::ErrorKind::StorageFull || is_quota_error(&error) {
            return StoreError::DiskFull {
                path: path.to_path_buf(),
            };
        }
        StoreError::Io {
            path: path.to_path_buf(),
            error,
        }
    }

    /// Line and column of a syntax error.
    #[must_use]
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            StoreError::Syntax { line, column, .. }
            | StoreError::UnknownChoice { line, column, .. }
            | StoreError::NotUtf8 { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }

    /// The technical details behind the message (a parser's own words), for a "Details" line;
    /// `None` when the message says it all.
    #[must_use]
    pub fn details(&self) -> Option<&str> {
        match self {
            StoreError::Syntax { message, .. } | StoreError::Serialize(message) => Some(message),
            _ => None,
        }
    }

    /// True when the file's *content* is damaged (it reads, but not as a document of this
    /// kind): then what of it is readable can be salvaged and a backup restored. A file from a
    /// newer Rights Desk, or one that cannot be reached at all, is never written over.
    #[must_use]
    pub fn is_damage(&self) -> bool {
        matches!(
            self,
            StoreError::Empty { .. }
                | StoreError::NotUtf8 { .. }
                | StoreError::Syntax { .. }
                | StoreError::NotDirectory { .. }
                | StoreError::UnknownChoice { .. }
        )
    }

    /// The key of this message in the interface's translation files.
    #[must_use]
    pub fn message_id(&self) -> &'static str {
        match self {
            StoreError::Io { .. } => "file-error-io",
            StoreError::Empty { .. } => "file-error-empty",
            StoreError::NotDirectory { .. } => "file-error-not-directory",
            StoreError::NotUtf8 { .. } => "file-error-not-utf8",
            StoreError::Syntax { .. } => "file-error-syntax",
            StoreError::UnknownChoice { .. } => "file-error-unknown-choice",
            StoreError::TooNew { .. } => "file-error-too-new",
            StoreError::TooLarge { .. } => "file-error-too-large",
            StoreError::ChangedOnDisk { .. } => "file-error-changed",
            StoreError::ReadOnly { .. } => "file-error-read-only",
            StoreError::DiskFull { .. } => "file-error-disk-full",
            StoreError::BrokenLink { looped: true, .. } => "file-error-link-loop",
            StoreError::BrokenLink { looped: false, .. } => "file-error-link-missing",
            StoreError::Locked { .. } => "file-error-locked",
            StoreError::OlderGuide { .. } => "file-error-older-guide",
            StoreError::Serialize(_) => "file-error-serialize",
        }
    }

    /// The values the message needs, by name (`path`, `line`, `column`, …). The operating
    /// system's reason (`reason`) and a parser's message stay in English.
    #[must_use]
    pub fn message_args(&self) -> Vec<(&'static str, String)> {
        let p = |path: &Path| path.display().to_string();
        match self {
            StoreError::Io { path, error } => {
                vec![("path", p(path)), ("reason", describe_io(error))]
            }
            StoreError::Empty { path }
            | StoreError::NotDirectory { path }
            | StoreError::ChangedOnDisk { path }
            | StoreError::ReadOnly { path }
            | StoreError::DiskFull { path } => vec![("path", p(path))],
            StoreError::NotUtf8 { path, line, column } => vec![
                ("path", p(path)),
                ("line", line.to_string()),
                ("column", column.to_string()),
            ],
            StoreError::Syntax {
                path,
                line,
                column,
                message,
            } => vec![
                ("path", p(path)),
                ("line", line.to_string()),
                ("column", column.to_string()),
                ("reason", message.clone()),
            ],
            StoreError::UnknownChoice {
                path,
                line,
                column,
                what,
                found,
                choices,
            } => vec![
                ("path", p(path)),
                ("line", line.to_string()),
                ("column", column.to_string()),
                ("what", (*what).to_string()),
                ("found", found.clone()),
                ("choices", choices.join(", ")),
            ],
            StoreError::TooNew {
                path,
                found,
                supported,
            } => vec![
                ("path", p(path)),
                ("found", found.to_string()),
                ("supported", supported.to_string()),
            ],
            StoreError::TooLarge { path, size, limit } => vec![
                ("path", p(path)),
                ("size", size.to_string()),
                ("limit", limit.to_string()),
            ],
            StoreError::BrokenLink { link, target, .. } => {
                vec![("path", p(link)), ("target", p(target))]
            }
            StoreError::Locked { path, holder, lock } => vec![
                ("path", p(path)),
                ("holder", holder.clone()),
                ("lock", p(lock)),
            ],
            StoreError::OlderGuide {
                path,
                found,
                in_use,
            } => vec![
                ("path", p(path)),
                ("found", found.to_string()),
                ("in_use", in_use.to_string()),
            ],
            StoreError::Serialize(reason) => vec![("reason", reason.clone())],
        }
    }
}

impl StoreError {
    /// The message in the language of `t` (a parser's details and the operating system's
    /// reason stay as they are).
    #[must_use]
    pub fn text(&self, t: &crate::core::i18n::I18n) -> String {
        let mut args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = Vec::new();
        for (k, v) in self.message_args() {
            let v = match (k, self) {
                ("what", _) => t.tr(&format!("file-error-what-{}", v.replace(' ', "-"))),
                ("reason", StoreError::Io { error, .. }) => describe_io_in(error, t),
                _ => v,
            };
            args.push((k, v.into()));
        }
        t.tr_args(self.message_id(), &args)
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = crate::core::i18n::with(crate::core::i18n::Lang::En, |t| self.text(t));
        match self.details() {
            Some(d) if !text.contains(d) => write!(f, "{text} (details: {d})"),
            _ => f.write_str(&text),
        }
    }
}

impl std::error::Error for StoreError {}

/// "Disk quota exceeded" (EDQUOT) counts as a full disk for the person saving.
fn is_quota_error(error: &io::Error) -> bool {
    cfg!(unix) && error.raw_os_error() == Some(122)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_errors_are_said_once() {
        let e = StoreError::io(
            Path::new("/x/directory.ron"),
            io::Error::from_raw_os_error(13),
        );
        let text = e.to_string();
        assert_eq!(text, "/x/directory.ron: permission denied");
        assert!(std::error::Error::source(&e).is_none());
    }

    #[test]
    fn a_full_disk_is_named() {
        let e = StoreError::io(
            Path::new("d.ron"),
            io::Error::from(io::ErrorKind::StorageFull),
        );
        assert!(matches!(e, StoreError::DiskFull { .. }));
        assert_eq!(
            e.to_string(),
            "The disk is full; nothing was written to d.ron"
        );
    }

    #[test]
    fn every_message_has_its_path() {
        let e = StoreError::NotUtf8 {
            path: "a.ron".into(),
            line: 12,
            column: 5,
        };
        assert_eq!(e.message_id(), "file-error-not-utf8");
        assert!(e.message_args().contains(&("line", "12".into())));
        assert_eq!(
            e.to_string(),
            "a.ron: the file is not UTF-8 text (line 12, column 5). It is damaged or was saved in \
             another encoding: open it in a text editor and save it as Unicode, or restore a \
             backup."
        );
    }

    /// One of each variant.
    fn every_variant() -> Vec<StoreError> {
        let p = || PathBuf::from("d.ron");
        vec![
            StoreError::io(&p(), io::Error::from_raw_os_error(13)),
            StoreError::Empty { path: p() },
            StoreError::NotUtf8 {
                path: p(),
                line: 1,
                column: 2,
            },
            StoreError::Syntax {
                path: p(),
                line: 1,
                column: 2,
                message: "Expected comma".into(),
            },
            StoreError::NotDirectory { path: p() },
            StoreError::UnknownChoice {
                path: p(),
                line: 1,
                column: 2,
                what: "phone kind",
                found: "Fax".into(),
                choices: vec!["Voice".into()],
            },
            StoreError::TooNew {
                path: p(),
                found: 9,
                supported: 2,
            },
            StoreError::TooLarge {
                path: p(),
                size: 9,
                limit: 2,
            },
            StoreError::ChangedOnDisk { path: p() },
            StoreError::ReadOnly { path: p() },
            StoreError::DiskFull { path: p() },
            StoreError::BrokenLink {
                link: p(),
                target: p(),
                looped: true,
            },
            StoreError::BrokenLink {
                link: p(),
                target: p(),
                looped: false,
            },
            StoreError::Locked {
                path: p(),
                holder: "Rights Desk on PC-2 (ana)".into(),
                lock: p(),
            },
            StoreError::OlderGuide {
                path: p(),
                found: jiff::civil::date(2026, 1, 1),
                in_use: jiff::civil::date(2026, 2, 1),
            },
            StoreError::Serialize("x".into()),
        ]
    }

    #[test]
    fn every_error_is_worded_once_in_both_languages() {
        use crate::core::i18n::{self, Lang};
        for e in every_variant() {
            let en = i18n::with(Lang::En, |t| e.text(t));
            let es = i18n::with(Lang::Es, |t| e.text(t));
            for (lang, text) in [("en", &en), ("es", &es)] {
                assert!(
                    !text.contains("file-error-") && !text.is_empty(),
                    "{lang}: {} falls back: {text}",
                    e.message_id()
                );
            }
            assert_ne!(en, es, "{}: English in Spanish", e.message_id());
            // The command line says the same words as the window's English.
            assert!(e.to_string().starts_with(&en), "{e} / {en}");
        }
    }
}
