//! The app's Guide and Handout commands: the interface language, the office's notes, guide
//! updates, the reader's search, and the printout the Handout tab describes and exports.

use crate::core::i18n::{I18n, Lang};
use crate::core::workspace::{Action, Notice};
use crate::ui::app::RightsDeskApp;
use crate::ui::command::{Command, Tab};
use crate::ui::handout::preview::HandoutTab;
use std::path::PathBuf;

impl RightsDeskApp {
    /// Changes the interface language; the guide follows when it has a translation.
    pub(super) fn set_lang(&mut self, lang: Lang) {
        self.prefs.lang = lang;
        self.i18n = I18n::new(lang);
        if let Some(g) = self.guide()
            && g.language != lang.code()
            && let Some(i) = self
                .guides()
                .iter()
                .position(|t| t.id == g.id && t.language == lang.code())
        {
            self.apply(Command::SelectGuide(i));
        }
        self.tabs.handout = HandoutTab::default();
    }

    /// Saves the printout the Handout tab describes to `path` (the workspace remembers its
    /// folder) and offers to open it.
    pub(super) fn export_printout(&mut self, path: PathBuf, entry: Option<String>) {
        let outcome = self.act(Action::ExportPrintout {
            guide: self.guide_index,
            entry,
            path: path.clone(),
        });
        if matches!(outcome.notice, Some(Notice::PrintoutSaved { .. })) {
            self.tabs.handout.last_saved = Some(path);
        }
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

    /// The guide files (and the office's notes file) that failed to load, in the interface
    /// language.
    #[must_use]
    pub fn guide_problems(&self) -> Vec<String> {
        let mut none = Vec::new();
        self.shell(&mut none).guide_problems()
    }

    /// The commands of the office's notes and entries: each change is saved at once and can be
    /// undone.
    pub(super) fn apply_office(&mut self, action: crate::ui::command::OfficeAction) {
        use crate::core::guide::office_draft::{Draft, DraftTarget};
        use crate::core::workspace::library::OfficeChange;
        use crate::ui::command::OfficeAction;
        let office = self.work.library().office();
        let change = match action {
            OfficeAction::EditNote(id, entry_id) => {
                self.tabs.reader.office_draft = Some(Draft::for_target(
                    office,
                    DraftTarget::Note { id, entry_id },
                ));
                return;
            }
            OfficeAction::EditEntry(id) => {
                self.tabs.reader.office_draft =
                    Some(Draft::for_target(office, DraftTarget::Entry { id }));
                return;
            }
            OfficeAction::Cancel => {
                self.tabs.reader.office_draft = None;
                return;
            }
            OfficeAction::Save => {
                let Some(draft) = &self.tabs.reader.office_draft else {
                    return;
                };
                OfficeChange::Save(Box::new(draft.clone()))
            }
            OfficeAction::DeleteNote(id) => OfficeChange::DeleteNote(id),
            OfficeAction::DeleteEntry(id) => OfficeChange::DeleteEntry(id),
            OfficeAction::Undo => OfficeChange::Undo,
        };
        let outcome = self.act(Action::Office(change));
        if outcome.guides_changed {
            self.tabs.reader.office_draft = None;
        }
    }

    /// After the guides changed (the office's notes, an update installed): the guide and entry
    /// that were open stay open, and the search runs again.
    pub(super) fn after_guides_change(
        &mut self,
        open: Option<(crate::core::guide::GuideId, String)>,
    ) {
        // The merged guides keep the installed guides' order, so the index carries over.
        self.guide_index = open
            .and_then(|(id, lang)| {
                self.guides()
                    .iter()
                    .position(|g| g.id == id && g.language == lang)
            })
            .unwrap_or(0);
        self.refresh_search();
    }

    /// Ctrl+F finds in the tab that is open: the Directory's filter there, else the guide's
    /// search.
    pub(super) fn focus_search(&mut self) {
        if self.prefs.tab == Tab::Directory {
            self.tabs.directory.focus_filter = true;
        } else {
            self.prefs.tab = Tab::Guide;
            self.tabs.reader.focus_search_box = true;
        }
    }

    /// The commands of File → Update the guide….
    pub(super) fn apply_guide_update(&mut self, action: crate::ui::command::GuideUpdateAction) {
        use crate::ui::command::GuideUpdateAction;
        match action {
            GuideUpdateAction::Preview(path) => match self.work.library().read_update(&path) {
                Ok(update) => self.guide_update = Some(update),
                Err(e) => {
                    let text = e.text(&self.i18n);
                    self.say(text, None);
                }
            },
            GuideUpdateAction::Install => {
                if let Some(update) = self.guide_update.take() {
                    self.act(Action::InstallGuide(Box::new(update)));
                }
            }
            GuideUpdateAction::Cancel => self.guide_update = None,
        }
    }

    /// The highlighted search result follows the entry that is open (after a click, Alt+→ or
    /// a language switch), so Enter never opens another one.
    pub(super) fn sync_search_cursor(&mut self) {
        self.work.search_follows(self.prefs.last_entry.as_deref());
    }

    /// Recomputes search hits when the text (or guide) changed since the last time.
    pub fn refresh_search(&mut self) {
        self.work.refresh_search(self.guide_index);
    }

    /// The commands of printing: saving the printout (or one entry alone), opening it, and
    /// the Print dialog.
    pub(super) fn apply_printing(&mut self, command: Command) {
        match command {
            Command::ExportPrintout(path) => self.export_printout(path, None),
            Command::ExportEntry(path, entry) => self.export_printout(path, Some(entry)),
            Command::OpenPrint(entry) if self.tabs.handout.print_dialog.is_none() => {
                // The Handout tab's printout is shown beside its dialog.
                if entry.is_none() {
                    self.prefs.tab = Tab::Handout;
                }
                self.tabs.handout.print_dialog =
                    Some(crate::ui::handout::print_dialog::PrintDialog {
                        entry,
                        ..Default::default()
                    });
                self.act(Action::LookForPrinters);
            }
            Command::OpenInViewer(path) => {
                if let Err(e) = crate::ui::dialogs::open_in_viewer(&path) {
                    self.notice_tab = None;
                    self.notice = Some(
                        self.i18n
                            .tr_args("print-open-failed", &[("error", e.to_string().into())]),
                    );
                }
            }
            _ => {}
        }
    }
}
