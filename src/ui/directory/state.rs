//! The Directory tab's state that lives only while the app runs: the editor's draft, the
//! dialogs, the keyboard cursor, the rows the list shows, and the import being previewed (read
//! and planned by the core). The app holds it; the Directory screens draw from it and change it.

use crate::core::directory::contact::Contact;
use crate::core::directory::view::{self, Filter};
use crate::core::interop::preview::ImportPreview;

/// State of the Directory tab that lives only while the app runs.
#[derive(Debug, Default)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent one-frame requests and dialog states"
)]
pub struct DirectoryTab {
    /// The contact shown in the editor.
    pub selected: Option<String>,
    /// The editor's working copy of the selected contact.
    pub draft: Option<Contact>,
    /// A contact waiting for "Delete?" confirmation.
    pub confirm_delete: Option<String>,
    /// Put the keyboard focus in the name field on the next frame.
    pub focus_name: bool,
    /// Show the editor from its top on the next frame (another contact was opened).
    pub editor_to_top: bool,
    /// The window was asked to close with unsaved edits.
    pub close_asked: bool,
    /// The user chose to close without saving.
    pub close_anyway: bool,
    /// The verification round, while it is open.
    pub round: Option<super::round::RoundScreen>,
    /// The import preview, while it is open.
    pub import: Option<ImportPreview>,
    /// Put the keyboard focus in the filter box on the next frame (Ctrl+F on this tab).
    pub focus_filter: bool,
    /// Ctrl+Shift+M: mark the open contact verified, as its button does (the editor commits
    /// its draft first).
    pub mark_verified: bool,
    /// The contact under the keyboard cursor (arrows move it; Enter opens it).
    pub cursor: Option<String>,
    /// Give the cursor's row the keyboard focus (and scroll to it) on the next frame.
    pub focus_row: bool,
    /// A row of the list had the keyboard focus in the last frame.
    pub(crate) row_focused: bool,
    /// Positions of the contacts the list shows, in its order.
    pub(crate) rows: view::Rows,
    /// No contact has every word typed: the rows are those with some of them.
    pub(crate) some_words_only: bool,
    /// What `rows` were computed for: the workspace generation, the filter and the order.
    pub(crate) computed: Option<(u64, Filter, view::Sort)>,
}

impl DirectoryTab {
    /// The contacts the list shows now, in its order.
    #[must_use]
    pub fn visible_contacts<'a>(
        &self,
        directory: &'a crate::core::directory::Directory,
    ) -> Vec<&'a Contact> {
        self.rows
            .iter()
            .filter_map(|i| directory.contacts().get(i))
            .collect()
    }
}
