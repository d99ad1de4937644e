//! The app's Directory commands: each sends its action to the workspace and follows with the
//! Directory tab's own state (the selection, the editor, the dialogs, the recent files), and
//! the save status line.

use crate::core::directory::contact::Contact;
use crate::core::directory::view::Sort;
use crate::core::interop::preview::ImportPreview;
use crate::core::workspace::desktops::SharingAction;
use crate::core::workspace::{Action, Outcome};
use crate::ui::app::RightsDeskApp;
use crate::ui::command::{DirectoryAction, Tab};
use crate::ui::directory::RoundScreen;
use crate::ui::prefs::RECENT_FILES;

impl RightsDeskApp {
    /// Applies an action to the workspace and follows what it did: the notice, the contact
    /// to select, a newly opened file.
    pub(super) fn act(&mut self, action: Action) -> Outcome {
        let open = self.guide().map(|g| (g.id.clone(), g.language.clone()));
        let outcome = self.work.apply(action);
        if outcome.guides_changed {
            self.after_guides_change(open);
        }
        self.show(&outcome);
        if let Some(path) = &outcome.opened {
            // Another file: the editor and the selection belong to the one left.
            self.tabs.directory.selected = None;
            self.prefs.directory_file = Some(path.clone());
            self.prefs.recent_files.retain(|p| p != path);
            self.prefs.recent_files.insert(0, path.clone());
            self.prefs.recent_files.truncate(RECENT_FILES);
        }
        if outcome.changed {
            self.after_doc_change();
        }
        outcome
    }

    /// Applies the commands that concern the directory file: the workspace does the work; this
    /// follows with the Directory tab's own state (the selection, the editor, the dialogs).
    #[allow(clippy::too_many_lines, reason = "one short arm per command")]
    pub(super) fn apply_directory(&mut self, command: DirectoryAction) {
        match command {
            DirectoryAction::NewContact => {
                let contact = Contact {
                    name: self.i18n.tr("contact-new-name").into(),
                    ..Contact::default()
                };
                let outcome = self.act(Action::AddContact(Box::new(contact)));
                if let Some(id) = outcome.focus {
                    self.prefs.tab = Tab::Directory;
                    self.select_contact(Some(id));
                    self.tabs.directory.focus_name = true;
                }
            }
            DirectoryAction::SelectContact(id) => self.select_contact(id),
            DirectoryAction::OpenRound => {
                self.prefs.tab = Tab::Directory;
                if self.tabs.directory.round.is_none() {
                    self.select_contact(None);
                    self.tabs.directory.round = Some(RoundScreen::new(self.i18n.lang()));
                }
            }
            DirectoryAction::EndRound => {
                self.tabs.directory.round = None;
                self.work
                    .apply(Action::Sharing(SharingAction::Checking(None)));
            }
            DirectoryAction::AskDelete(id) => self.tabs.directory.confirm_delete = id,
            DirectoryAction::DeleteContact(id) => {
                self.tabs.directory.confirm_delete = None;
                // A deleted contact leaves the editor with every other change of the file.
                self.act(Action::DeleteContact(id));
            }
            DirectoryAction::SetFilter(filter) => self.prefs.filter = filter,
            DirectoryAction::SortBy(column) => {
                if self.prefs.sort.column == column {
                    self.prefs.sort.ascending = !self.prefs.sort.ascending;
                } else {
                    self.prefs.sort = Sort {
                        column,
                        ascending: true,
                    };
                }
            }
            DirectoryAction::ImportFile(path, format) => {
                self.tabs.directory.import =
                    Some(ImportPreview::load(path, format, self.directory()));
                self.prefs.tab = Tab::Directory;
            }
            DirectoryAction::SetImportChoice(n, choice) => {
                if let Some(d) = self
                    .tabs
                    .directory
                    .import
                    .as_mut()
                    .and_then(|i| i.plan.as_mut())
                    .and_then(|p| p.duplicates.get_mut(n))
                {
                    d.choice = choice;
                }
            }
            DirectoryAction::MapImportColumn(column, target) => {
                if let Some(mut state) = self.tabs.directory.import.take() {
                    state.mapping.columns.retain(|(c, _)| *c != column);
                    state.mapping.columns.push((column, target));
                    state.reload(self.directory());
                    self.tabs.directory.import = Some(state);
                }
            }
            DirectoryAction::ApplyImport => {
                let plan = self.tabs.directory.import.take().and_then(|s| s.plan);
                if let Some(plan) = plan {
                    self.act(Action::Import(Box::new(plan)));
                }
            }
            DirectoryAction::CancelImport => self.tabs.directory.import = None,
            DirectoryAction::ExportContacts(path, format) => {
                let ids = self
                    .tabs
                    .directory
                    .visible_contacts(self.directory())
                    .into_iter()
                    .map(|c| c.id.to_string())
                    .collect();
                self.act(Action::ExportContacts {
                    ids,
                    path,
                    format,
                    protect_formulas: true,
                });
            }
        }
    }

    pub(super) fn select_contact(&mut self, id: Option<String>) {
        // Another contact opens at its top, not where the last one was scrolled to.
        if id != self.tabs.directory.selected {
            self.tabs.directory.editor_to_top = true;
        }
        self.tabs.directory.draft = id
            .as_deref()
            .and_then(|id| self.directory().get(id))
            .cloned();
        self.tabs.directory.selected = id;
    }

    /// What loading repaired or migrated is said once, in the status line.
    pub(super) fn announce_load_notes(&mut self) {
        let notes = self.work.take_load_notes();
        if !notes.is_empty() {
            self.notice_tab = None;
            self.notice = Some(
                self.i18n.tr_args(
                    "file-opened-notes",
                    &[
                        ("count", notes.len().into()),
                        (
                            "notes",
                            notes
                                .iter()
                                .map(|n| n.text(&self.i18n))
                                .collect::<Vec<_>>()
                                .join("; ")
                                .into(),
                        ),
                    ],
                ),
            );
        }
    }

    pub(super) fn after_doc_change(&mut self) {
        self.work.follow_desktops();
        self.announce_load_notes();
        self.work.touch();
        let id = self
            .tabs
            .directory
            .selected
            .clone()
            .filter(|id| self.directory().get(id).is_some());
        self.select_contact(id);
    }

    /// A one-line description of the save state, and whether it is a problem.
    #[must_use]
    pub fn save_status_text(&self) -> (String, bool) {
        let mut none = Vec::new();
        self.tabs.directory.save_status_text(&self.shell(&mut none))
    }
}
