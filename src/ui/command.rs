//! Everything the user can ask for, as data. Clicks, menu items, shortcuts and tests all
//! produce a [`Command`]; the app applies them in one place each frame.

use crate::ui::theme::ThemeChoice;

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
    /// Show a contact in the Directory tab.
    OpenContact(String),
    /// Put the keyboard focus in the search box.
    FocusSearch,
    /// Replace the search text.
    SetQuery(String),
    /// Zoom in one step.
    ZoomIn,
    /// Zoom out one step.
    ZoomOut,
    /// Back to 100 %.
    ZoomReset,
    /// Light, dark or follow the system.
    SetTheme(ThemeChoice),
    /// Open or close the About window.
    ShowAbout(bool),
}
