//! What an action did, for whoever asked: a notice to show, the contact to select, a file
//! opened, and whether the contacts or the guides changed (so views refresh).

use crate::core::workspace::notice::Notice;
use std::path::PathBuf;

/// What an action did.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// What to tell the user.
    pub notice: Option<Notice>,
    /// The contact the change concerns (added, copied, brought back by undo): select it.
    pub focus: Option<String>,
    /// A directory file was opened (remember it in the recent files).
    pub opened: Option<PathBuf>,
    /// The guides changed (the office's notes, an update installed): views refresh.
    pub guides_changed: bool,
    /// The contacts or the file changed: views refresh.
    pub changed: bool,
}

impl Outcome {
    /// Only a notice.
    #[must_use]
    pub fn notice(notice: Notice) -> Outcome {
        Outcome {
            notice: Some(notice),
            ..Outcome::default()
        }
    }

    /// The contacts changed; nothing to say.
    #[must_use]
    pub fn changed() -> Outcome {
        Outcome {
            changed: true,
            ..Outcome::default()
        }
    }
}
