//! What a screen sees of the app: the workspace to read from, the interface language, the
//! remembered preferences, the open guide, and a queue for the commands it sends. Screens get
//! this and their own tab's state, never the whole app; every change goes back as a
//! [`Command`] the app applies once the frame is drawn.

use crate::core::directory::Directory;
use crate::core::directory::contact::Contact;
use crate::core::guide::Guide;
use crate::core::i18n::I18n;
use crate::core::workspace::Workspace;
use crate::core::workspace::paths::DataPaths;
use crate::core::workspace::session::Session;
use crate::ui::command::Command;
use crate::ui::prefs::Prefs;

/// What a screen may read of the app, and where it sends what the user asked for.
pub struct Shell<'a> {
    /// The open directory, the guides, the search and the print choices (read only: changes
    /// are commands).
    pub work: &'a Workspace,
    /// Interface strings.
    pub i18n: &'a I18n,
    /// Remembered preferences (the open tab, entry, filter, zoom…).
    pub prefs: &'a Prefs,
    /// Where data lives.
    pub paths: &'a DataPaths,
    /// Index of the open guide in the workspace's guides.
    pub guide_index: usize,
    /// The status line's message, if there is one.
    pub notice: Option<&'a str>,
    /// A dialog of the window (a guide update's preview, the merge screen) is open: the tabs
    /// leave the keyboard to it.
    pub dialog_open: bool,
    /// The commands sent this frame.
    commands: &'a mut Vec<Command>,
}

impl<'a> Shell<'a> {
    /// A view of the app's parts for one frame's screens; the other fields start empty.
    pub fn new(
        work: &'a Workspace,
        i18n: &'a I18n,
        prefs: &'a Prefs,
        paths: &'a DataPaths,
        commands: &'a mut Vec<Command>,
    ) -> Self {
        Shell {
            work,
            i18n,
            prefs,
            paths,
            guide_index: 0,
            notice: None,
            dialog_open: false,
            commands,
        }
    }

    /// Queues a command; the app applies it at the end of the frame.
    pub fn send(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// The guides, with the office's notes and entries.
    #[must_use]
    pub fn guides(&self) -> &'a [Guide] {
        self.work.library().guides()
    }

    /// The open guide.
    #[must_use]
    pub fn guide(&self) -> Option<&'a Guide> {
        self.guides().get(self.guide_index)
    }

    /// The contacts (empty while the file cannot be opened).
    #[must_use]
    pub fn directory(&self) -> &'a Directory {
        self.work.directory()
    }

    /// The open session, if the file is open.
    #[must_use]
    pub fn session(&self) -> Option<&'a Session> {
        self.work.session()
    }

    /// Contacts whose category is one of `categories`, in directory order.
    #[must_use]
    pub fn contacts_in(
        &self,
        categories: &[crate::core::directory::contact::Category],
    ) -> Vec<&'a Contact> {
        self.directory()
            .contacts()
            .iter()
            .filter(|c| categories.contains(&c.category))
            .collect()
    }

    /// The guide files (and the office's notes file) that failed to load, in the interface
    /// language.
    #[must_use]
    pub fn guide_problems(&self) -> Vec<String> {
        self.work
            .library()
            .problems()
            .iter()
            .map(|e| e.text(self.i18n))
            .collect()
    }

    /// The printout the Handout tab describes, resolved against the open guide and the
    /// directory.
    #[must_use]
    pub fn printout(
        &self,
    ) -> Option<(
        crate::core::printing::Handout,
        crate::core::printing::HandoutData,
    )> {
        self.work.printout(self.guide_index)
    }
}
