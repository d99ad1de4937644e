//! The app's Directory commands: each sends its action to the workspace and follows with the
//! Directory tab's own state (the selection, the editor, the dialogs, the recent files), and
//! the save status line.

use crate::core::directory::contact::Contact;
use crate::core::directory::view::Sort;
use crate::core::interop::preview::ImportPreview;
use crate::core::workspace::session::SaveStatus;
use crate::core::workspace::{Action, Doc, Outcome};
use crate::ui::app::RightsDeskApp;
use crate::ui::command::{DirectoryAction, Tab};
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
            self.selected_contact = None;
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
                    self.directory_view.focus_name = true;
                }
            }
            DirectoryAction::SelectContact(id) => self.select_contact(id),
            DirectoryAction::AskDelete(id) => self.directory_view.confirm_delete = id,
            DirectoryAction::DeleteContact(id) => {
                self.directory_view.confirm_delete = None;
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
                self.directory_view.import =
                    Some(ImportPreview::load(path, format, self.directory()));
                self.prefs.tab = Tab::Directory;
            }
            DirectoryAction::SetImportChoice(n, choice) => {
                if let Some(d) = self
                    .directory_view
                    .import
                    .as_mut()
                    .and_then(|i| i.plan.as_mut())
                    .and_then(|p| p.duplicates.get_mut(n))
                {
                    d.choice = choice;
                }
            }
            DirectoryAction::MapImportColumn(column, target) => {
                if let Some(mut state) = self.directory_view.import.take() {
                    state.mapping.columns.retain(|(c, _)| *c != column);
                    state.mapping.columns.push((column, target));
                    state.reload(self.directory());
                    self.directory_view.import = Some(state);
                }
            }
            DirectoryAction::ApplyImport => {
                let plan = self.directory_view.import.take().and_then(|s| s.plan);
                if let Some(plan) = plan {
                    self.act(Action::Import(Box::new(plan)));
                }
            }
            DirectoryAction::CancelImport => self.directory_view.import = None,
            DirectoryAction::ExportContacts(path, format) => {
                let ids = self
                    .directory_view
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

    /// True while the editor holds a change that cannot be saved (a contact without a name):
    /// the status line says so, and closing the window asks first.
    #[must_use]
    pub fn change_refused(&self) -> bool {
        self.directory_view.draft.as_ref().is_some_and(|draft| {
            draft.name.trim().is_empty()
                && self
                    .directory()
                    .get(&draft.id)
                    .is_some_and(|stored| stored != draft)
        })
    }

    pub(super) fn select_contact(&mut self, id: Option<String>) {
        self.directory_view.draft = id
            .as_deref()
            .and_then(|id| self.directory().get(id))
            .cloned();
        self.selected_contact = id;
    }

    /// What loading repaired or migrated is said once, in the status line.
    pub(super) fn announce_load_notes(&mut self) {
        let notes = self.work.take_load_notes();
        if !notes.is_empty() {
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
            .selected_contact
            .clone()
            .filter(|id| self.directory().get(id).is_some());
        self.select_contact(id);
    }

    /// A one-line description of the save state, and whether it is a problem.
    #[must_use]
    pub fn save_status_text(&self) -> (String, bool) {
        if self.change_refused() {
            return (self.i18n.tr("status-refused-name"), true);
        }
        match self.work.doc() {
            Doc::Failed { .. } => (self.i18n.tr("status-not-open"), true),
            Doc::Loading { .. } => (self.i18n.tr("status-loading"), false),
            Doc::Open(s) => match s.status() {
                SaveStatus::Opened => (self.i18n.tr("status-opened"), false),
                SaveStatus::Saved(t) => {
                    let time = t
                        .to_zoned_datetime(jiff::tz::TimeZone::system())
                        .strftime("%H:%M")
                        .to_string();
                    let key = if s.last_save_merged() {
                        "status-merged"
                    } else {
                        "status-saved"
                    };
                    let saved = self.i18n.tr_args(key, &[("time", time.into())]);
                    // Saved, but this desktop's merge record could not be kept: say so.
                    match s.base_problem() {
                        Some(reason) => (
                            format!(
                                "{saved} {}",
                                self.i18n
                                    .tr_args("status-base-problem", &[("reason", reason.into())])
                            ),
                            true,
                        ),
                        None => (saved, false),
                    }
                }
                SaveStatus::Failed(e) => (
                    self.i18n
                        .tr_args("status-failed", &[("error", e.text(&self.i18n).into())]),
                    true,
                ),
                SaveStatus::ChangedOnDisk => (self.i18n.tr("status-changed-on-disk"), true),
                SaveStatus::Saving => match crate::core::workspace::waiting_for_lock() {
                    // Saying at once who holds the file, not after the wait.
                    Some(w) => (
                        match w.holder {
                            Some(holder) => self.i18n.tr_args(
                                "status-waiting-lock",
                                &[
                                    ("holder", holder.into()),
                                    ("path", w.path.display().to_string().into()),
                                ],
                            ),
                            None => self.i18n.tr_args(
                                "status-waiting-unreadable-lock",
                                &[("path", w.path.display().to_string().into())],
                            ),
                        },
                        true,
                    ),
                    None => (self.i18n.tr("status-saving"), false),
                },
            },
        }
    }
}
