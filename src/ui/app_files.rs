//! The app's file dialogs: a screen's [`FileAsk`] is answered by the system's dialog, or, on a
//! desktop without one, by the window's own chooser (said in a notice, never silence); the path
//! chosen becomes the command the ask was for.

use crate::core::workspace::Action;
use crate::ui::app::RightsDeskApp;
use crate::ui::command::{Command, DirectoryAction, GuideUpdateAction, TranslationsAction};
use crate::ui::dialogs::{self, FileDialogs, SystemAnswer};
use crate::ui::file_ask::{FileAsk, Then};
use crate::ui::file_chooser::{ChooserAnswer, FileChooser};
use std::path::PathBuf;

/// The command that finishes `then` with `path`.
fn command_for(then: Then, path: PathBuf) -> Command {
    match then {
        Then::PreviewGuide => Command::GuideUpdate(GuideUpdateAction::Preview(path)),
        Then::OpenDirectory => Command::Work(Action::OpenFile(path)),
        Then::NewDirectory => Command::Work(Action::NewFile(path)),
        Then::SaveCopy => Command::Work(Action::SaveCopyAs(path)),
        Then::Import(format) => Command::Directory(DirectoryAction::ImportFile(path, format)),
        Then::ExportContacts(format) => {
            Command::Directory(DirectoryAction::ExportContacts(path, format))
        }
        Then::ExportPrintout => Command::ExportPrintout(path),
        Then::ExportEntry(id) => Command::ExportEntry(path, id),
        Then::ExportCallSheet { ids, format } => {
            Command::Work(Action::ExportCallSheet { ids, path, format })
        }
        Then::ImportCallSheet => Command::Work(Action::ImportCallSheet(path)),
        Then::ExportTranslations(format) => {
            Command::Translations(TranslationsAction::Export(path, format))
        }
        Then::ReadTranslations => Command::Translations(TranslationsAction::Read(path)),
        Then::ExportReviewSheet => {
            Command::Translations(TranslationsAction::ExportReviewSheet(path))
        }
    }
}

impl RightsDeskApp {
    /// Answers `ask`: the system's dialog when there is one, else the window's own chooser.
    pub(super) fn choose_file(&mut self, ask: FileAsk) {
        if self.file_dialogs == FileDialogs::System {
            match dialogs::system(&ask, &self.i18n) {
                SystemAnswer::Chosen(path) => {
                    self.apply(command_for(ask.then, path));
                    return;
                }
                SystemAnswer::Cancelled => return,
                SystemAnswer::Unavailable => {
                    // Not again this run: each try costs the user a wait and a log line.
                    self.file_dialogs = FileDialogs::InWindow;
                    let text = self.i18n.tr("chooser-fallback");
                    self.say(text, Some(self.prefs.tab));
                }
            }
        }
        self.file_chooser = None;
        self.file_ask = Some(ask);
    }

    /// Draws the window's own chooser when one is open, and follows its answer.
    pub(crate) fn file_chooser_ui(&mut self, ctx: &egui::Context) {
        if let Some(ask) = self.file_ask.take() {
            self.file_chooser = Some(FileChooser::new(ask, &self.i18n, ctx.content_rect().size()));
        }
        let Some(chooser) = self.file_chooser.as_mut() else {
            return;
        };
        match chooser.ui(ctx, &self.i18n) {
            ChooserAnswer::Open => {}
            ChooserAnswer::Cancelled => self.file_chooser = None,
            ChooserAnswer::Chosen(path) => {
                let then = chooser.ask().then.clone();
                self.file_chooser = None;
                self.pending.push(command_for(then, path));
                ctx.request_repaint();
            }
        }
    }

    /// Whether the window's own chooser is open (the screens under it ignore shortcuts).
    #[must_use]
    pub fn file_chooser_open(&self) -> bool {
        self.file_chooser.is_some() || self.file_ask.is_some()
    }
}
