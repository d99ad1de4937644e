//! Everything the user can ask for, as data. Clicks, menu items, shortcuts and tests all
//! produce a [`Command`]; the app applies them in one place each frame.

use crate::core::directory::view::{Column, Filter};
use crate::core::interop::{Format, csv::Target, plan::Choice};
use crate::ui::theme::ThemeChoice;
use std::path::PathBuf;

/// The tabs of the main window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, Default)]
pub enum Tab {
    /// The guidance reader.
    #[default]
    Guide,
    /// The contact directory.
    Directory,
    /// Handouts.
    Handout,
}

/// A user request.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Show a tab.
    SetTab(Tab),
    /// Change the interface language (remembered; the guide follows when translated).
    SetLang(crate::core::i18n::Lang),
    /// Open a guide entry by id (in the current guide).
    OpenEntry(String),
    /// Open the next entry in reading order.
    NextEntry,
    /// Open the previous entry in reading order.
    PreviousEntry,
    /// Switch to another loaded guide (index into the guide list).
    SelectGuide(usize),
    /// Add or remove an entry from the handout selection.
    ToggleHandoutEntry(String),
    /// Move a handout entry up (-1) or down (+1).
    MoveHandoutEntry(String, i32),
    /// Replace the handout's entries (add all, clear).
    SetHandoutEntries(Vec<String>),
    /// Change the printout settings.
    SetHandout(Box<crate::core::printing::PrintChoices>),
    /// Save the printout the Handout tab shows to a file.
    ExportPrintout(PathBuf),
    /// Open the Print dialog: for one guide entry printed alone (the reader), or for the
    /// Handout tab's printout.
    OpenPrint(Option<String>),
    /// Save one guide entry alone as a handout (the reader's Print… → Save as PDF).
    ExportEntry(PathBuf, String),
    /// Open a file in the system's viewer.
    OpenInViewer(PathBuf),
    /// Show a contact in the Directory tab.
    OpenContact(String),
    /// Put the keyboard focus in the search box.
    FocusSearch,
    /// Replace the search text.
    SetQuery(String),
    /// Move the highlighted search hit by this many places (↑ / ↓ in the search box).
    MoveHit(i32),
    /// Zoom in one step.
    ZoomIn,
    /// Zoom out one step.
    ZoomOut,
    /// Back to 100 %.
    ZoomReset,
    /// Light, dark or follow the system.
    SetTheme(ThemeChoice),
    /// Take the notice away from the bottom of the window.
    DismissNotice,
    /// Show a message in the status line (replacing the one there).
    Notify(String),
    /// Open or close the About window.
    ShowAbout(bool),
    /// Show or hide Help → Keyboard shortcuts.
    ShowShortcuts(bool),
    /// Ask for a file or folder (the system's dialog, or the window's own when the system has
    /// none); the path chosen becomes the command the ask is for.
    ChooseFile(Box<crate::ui::file_ask::FileAsk>),
    /// Language → Translations….
    Translations(TranslationsAction),
    /// A change to the directory file that needs nothing of the window but what the workspace
    /// says back (the contact to select, a file opened): edits, undo and redo, saving again,
    /// the answers to a change made elsewhere, opening, creating and copying files.
    Work(crate::core::workspace::Action),
    /// File → Update the guide….
    GuideUpdate(GuideUpdateAction),
    /// The office's own notes and entries.
    Office(OfficeAction),
    /// Merging copies of the directory made on other desktops.
    Sharing(SharingAction),
    /// The Directory tab: the list, the editor, the import preview.
    Directory(DirectoryAction),
}

pub use crate::core::workspace::desktops::SharingAction;

/// What File → Update the guide… does.
#[derive(Debug, Clone, PartialEq)]
pub enum GuideUpdateAction {
    /// Read a corrected guide and show what it would change.
    Preview(PathBuf),
    /// Install the guide the update preview shows.
    Install,
    /// Close the update preview without installing.
    Cancel,
}

/// What the office does with its own notes and entries.
#[derive(Debug, Clone, PartialEq)]
pub enum OfficeAction {
    /// Open the editor for a note (an existing one by id, or a new one) on an entry.
    EditNote(Option<String>, String),
    /// Open the editor for an entry of the office (an existing one by id, or a new one).
    EditEntry(Option<String>),
    /// Save what the editor holds.
    Save,
    /// Close the editor without saving.
    Cancel,
    /// Delete a note.
    DeleteNote(String),
    /// Delete an entry.
    DeleteEntry(String),
    /// Undo the last change to the office's notes and entries.
    Undo,
}

/// What the Directory tab asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum DirectoryAction {
    /// Add a new contact and open it in the editor.
    NewContact,
    /// Open a verification round's choices (Ctrl+Shift+V).
    OpenRound,
    /// Close the verification round.
    EndRound,
    /// Choose the contact shown in the editor (`None` closes the editor).
    SelectContact(Option<String>),
    /// Ask to confirm deleting a contact (`None` cancels).
    AskDelete(Option<String>),
    /// Delete a contact (after confirmation).
    DeleteContact(String),
    /// Change the list's filters.
    SetFilter(Filter),
    /// Sort the list by a column (again: reverse the order).
    SortBy(Column),
    /// Read a file or package and show the import preview.
    ImportFile(PathBuf, Option<Format>),
    /// In the import preview: what to do with likely duplicate number `n`.
    SetImportChoice(usize, Choice),
    /// In the import preview: what an unrecognised CSV column holds.
    MapImportColumn(String, Target),
    /// Import what the preview shows, as one undoable change.
    ApplyImport,
    /// Close the import preview without importing.
    CancelImport,
    /// Export the contacts the list shows now.
    ExportContacts(PathBuf, Format),
}

/// What the Translations window asks the app for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TranslationsAction {
    /// Open or close the window.
    Show(bool),
    /// Write the language's strings to a file for a translator.
    Export(PathBuf, crate::core::translation::exchange::ExchangeFormat),
    /// Write the review sheet (a PDF for a reviewer on paper).
    ExportReviewSheet(PathBuf),
    /// Read a translator's file and show what it would change.
    Read(PathBuf),
    /// Apply the file read, with the reviewer's name.
    Apply,
    /// Work on another language's translation.
    Target(crate::core::i18n::Lang),
    /// Take back the last file applied to the language worked on.
    TakeBack,
}
