//! What the window asks a file dialog for: open a file, save one, or pick a folder, with its
//! title, starting folder and file types, and what to do with the path chosen. A screen sends
//! it as a command; the app shows the system's dialog, or its own when the system has none.

use crate::core::interop::Format;
use crate::core::workspace::verify::CallSheetFormat;
use std::path::{Path, PathBuf};

/// The files a dialog offers to open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileTypes {
    /// A Rights Desk directory file (RON).
    Directory,
    /// A Rights Desk guide file (RON).
    Guide,
    /// Contacts to import: CSV, vCard, a zipped HSDS package.
    Import,
    /// A filled-in call sheet (CSV).
    CallSheet,
    /// A translator's file (PO, XLIFF, CSV).
    Translation,
}

impl FileTypes {
    /// The interface string naming these files.
    #[must_use]
    pub fn label_key(self) -> &'static str {
        match self {
            FileTypes::Directory => "files-directory",
            FileTypes::Guide => "files-guide",
            FileTypes::Import => "files-import",
            FileTypes::CallSheet => "files-call-sheet",
            FileTypes::Translation => "files-translation",
        }
    }

    /// Their file name extensions.
    #[must_use]
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            FileTypes::Directory | FileTypes::Guide => &["ron"],
            FileTypes::Import => &["csv", "txt", "vcf", "vcard", "zip"],
            FileTypes::CallSheet => &["csv", "txt"],
            FileTypes::Translation => &["po", "xlf", "xliff", "csv"],
        }
    }

    /// Whether "all files" is offered too (a file may have been renamed).
    #[must_use]
    pub fn all_files_too(self) -> bool {
        matches!(self, FileTypes::Import | FileTypes::CallSheet)
    }

    /// Whether `path` has one of these extensions (any letter case).
    #[must_use]
    pub fn matches(self, path: &Path) -> bool {
        path.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| self.extensions().iter().any(|x| x.eq_ignore_ascii_case(e)))
    }
}

/// Open, save or pick a folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileKind {
    /// An existing file of these types.
    Open(FileTypes),
    /// Where to save: the proposed file name and the extension added when none is typed.
    Save {
        /// The file name proposed.
        name: String,
        /// The extension (without the dot).
        extension: String,
    },
    /// A folder.
    Folder,
}

/// What the path chosen is for: each becomes the command it finishes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Then {
    /// Preview a corrected guide (File → Update the guide…).
    PreviewGuide,
    /// Open another directory file.
    OpenDirectory,
    /// Create a new directory file.
    NewDirectory,
    /// Save a copy of the directory.
    SaveCopy,
    /// Import contacts (the format, when the dialog decided it: a folder is HSDS).
    Import(Option<Format>),
    /// Export the contacts the list shows.
    ExportContacts(Format),
    /// Save the Handout tab's printout.
    ExportPrintout,
    /// Save one guide entry alone as a printout.
    ExportEntry(String),
    /// Save a verification round's call sheet.
    ExportCallSheet {
        /// The contacts, in the sheet's order.
        ids: Vec<String>,
        /// CSV or PDF.
        format: CallSheetFormat,
    },
    /// Record a filled-in call sheet.
    ImportCallSheet,
    /// Save a language's strings for a translator.
    ExportTranslations(crate::core::translation::exchange::ExchangeFormat),
    /// Read a translator's file back.
    ReadTranslations,
    /// Save the review sheet (PDF).
    ExportReviewSheet,
}

/// One request for a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileAsk {
    /// Open, save or folder.
    pub kind: FileKind,
    /// The dialog's title, in the interface language.
    pub title: String,
    /// The folder to start in; `None`: the last one used, else Documents.
    pub start: Option<PathBuf>,
    /// What the path is for.
    pub then: Then,
}

impl FileAsk {
    /// Asks for an existing file.
    #[must_use]
    pub fn open(types: FileTypes, title: impl Into<String>, then: Then) -> Self {
        FileAsk {
            kind: FileKind::Open(types),
            title: title.into(),
            start: None,
            then,
        }
    }

    /// Asks where to save a file named `name` (its extension added when the user types none).
    #[must_use]
    pub fn save(name: impl Into<String>, title: impl Into<String>, then: Then) -> Self {
        let name = name.into();
        let extension = Path::new(&name)
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default()
            .to_string();
        FileAsk {
            kind: FileKind::Save { name, extension },
            title: title.into(),
            start: None,
            then,
        }
    }

    /// Asks for a folder.
    #[must_use]
    pub fn folder(title: impl Into<String>, then: Then) -> Self {
        FileAsk {
            kind: FileKind::Folder,
            title: title.into(),
            start: None,
            then,
        }
    }

    /// Starts in `folder` (when it is one).
    #[must_use]
    pub fn starting_in(mut self, folder: Option<&Path>) -> Self {
        self.start = folder.filter(|f| f.is_dir()).map(Path::to_path_buf);
        self
    }

    /// The path as the caller wants it: a saved file gets its extension when none was typed.
    #[must_use]
    pub fn finish(&self, path: PathBuf) -> PathBuf {
        match &self.kind {
            FileKind::Save { extension, .. }
                if path.extension().is_none() && !extension.is_empty() =>
            {
                path.with_extension(extension)
            }
            _ => path,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_file_gets_its_extension_only_when_none_was_typed() {
        let ask = FileAsk::save("contacts.csv", "Export", Then::ExportContacts(Format::Csv));
        assert_eq!(
            ask.finish(PathBuf::from("/tmp/list")),
            PathBuf::from("/tmp/list.csv")
        );
        assert_eq!(
            ask.finish(PathBuf::from("/tmp/list.txt")),
            PathBuf::from("/tmp/list.txt")
        );
        let folder = FileAsk::folder("HSDS", Then::ExportContacts(Format::Hsds));
        assert_eq!(
            folder.finish(PathBuf::from("/tmp/out")),
            PathBuf::from("/tmp/out")
        );
    }

    #[test]
    fn file_types_match_their_extensions_in_any_case() {
        assert!(FileTypes::Import.matches(Path::new("a/Contacts.VCF")));
        assert!(!FileTypes::Directory.matches(Path::new("a/contacts.csv")));
        assert!(!FileTypes::Guide.matches(Path::new("a/ron")));
    }

    #[test]
    fn starting_in_a_missing_folder_falls_back_to_the_last_one_used() {
        let ask = FileAsk::folder("x", Then::OpenDirectory)
            .starting_in(Some(Path::new("/no/such/folder/here")));
        assert_eq!(ask.start, None);
    }
}
