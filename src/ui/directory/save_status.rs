//! The Directory tab's save status line: what the file's state is in words (opened, saved at
//! 10:14, merged, waiting for another desktop's lock, a change refused for want of a name…),
//! and whether it is a problem.

use super::DirectoryTab;
use crate::core::directory::Directory;
use crate::core::workspace::Doc;
use crate::core::workspace::session::SaveStatus;
use crate::ui::shell::Shell;

impl DirectoryTab {
    /// True while the editor holds a change that cannot be saved (a contact without a name):
    /// the status line says so, and closing the window asks first.
    #[must_use]
    pub fn change_refused(&self, directory: &Directory) -> bool {
        self.draft.as_ref().is_some_and(|draft| {
            draft.name.trim().is_empty()
                && directory
                    .get(&draft.id)
                    .is_some_and(|stored| stored != draft)
        })
    }

    /// A one-line description of the save state, and whether it is a problem.
    #[must_use]
    pub fn save_status_text(&self, shell: &Shell<'_>) -> (String, bool) {
        if self.change_refused(shell.directory()) {
            return (shell.i18n.tr("status-refused-name"), true);
        }
        match shell.work.doc() {
            Doc::Failed { .. } => (shell.i18n.tr("status-not-open"), true),
            Doc::Loading { .. } => (shell.i18n.tr("status-loading"), false),
            Doc::Open(s) => match s.status() {
                SaveStatus::Opened => (shell.i18n.tr("status-opened"), false),
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
                    let saved = shell.i18n.tr_args(key, &[("time", time.into())]);
                    // Saved, but this desktop's merge record could not be kept: say so.
                    match s.base_problem() {
                        Some(reason) => (
                            format!(
                                "{saved} {}",
                                shell
                                    .i18n
                                    .tr_args("status-base-problem", &[("reason", reason.into())])
                            ),
                            true,
                        ),
                        None => (saved, false),
                    }
                }
                SaveStatus::Failed(e) => (
                    shell
                        .i18n
                        .tr_args("status-failed", &[("error", e.text(shell.i18n).into())]),
                    true,
                ),
                SaveStatus::ChangedOnDisk => (shell.i18n.tr("status-changed-on-disk"), true),
                SaveStatus::Saving => match crate::core::workspace::waiting_for_lock() {
                    // Saying at once who holds the file, not after the wait.
                    Some(w) => (
                        match w.holder {
                            Some(holder) => shell.i18n.tr_args(
                                "status-waiting-lock",
                                &[
                                    ("holder", holder.into()),
                                    ("path", w.path.display().to_string().into()),
                                ],
                            ),
                            None => shell.i18n.tr_args(
                                "status-waiting-unreadable-lock",
                                &[("path", w.path.display().to_string().into())],
                            ),
                        },
                        true,
                    ),
                    None => (shell.i18n.tr("status-saving"), false),
                },
            },
        }
    }
}
