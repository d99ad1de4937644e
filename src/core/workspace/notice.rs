//! What Rights Desk tells the user after an action, as data (a message id and its
//! arguments), and its wording in a language from the Fluent files: the window shows it in the
//! interface language, the command line in English.

use crate::core::directory::DirectoryError;
use crate::core::i18n::I18n;
use crate::core::interop::ExportError;
use crate::core::store::StoreError;
use std::path::PathBuf;
use std::sync::Arc;

/// A message for the status line.
#[derive(Debug, Clone)]
pub enum Notice {
    /// A directory file was opened.
    Opened(PathBuf),
    /// A copy of the directory was written.
    CopySaved(PathBuf),
    /// A file could not be read or written.
    File(Arc<StoreError>),
    /// The directory refused a change (an empty name, a contact changed in the meantime…).
    Refused(DirectoryError),
    /// After "reload theirs": every edit of this desktop was applied again.
    Reapplied,
    /// After "reload theirs": these contacts' edits no longer applied.
    Skipped(Vec<String>),
    /// "Keep both": this desktop's version went to this file.
    KeptBoth(PathBuf),
    /// The broken file has no backup to restore and nothing readable.
    NoBackup,
    /// The conflict copies beside the file were merged (or, in a dry run, would be).
    MergeRun(std::sync::Arc<crate::core::workspace::copies::MergeRun>),
    /// A broken file was restored (see `recovery.rs`).
    Restored(Box<crate::core::store::recovery::Restored>),
    /// An import was applied.
    Imported {
        /// Contacts added.
        added: usize,
        /// Contacts updated.
        updated: usize,
    },
    /// Checks were recorded (a filled-in call sheet, a round).
    ChecksRecorded {
        /// How many checks.
        count: usize,
        /// Ids on the sheet that are not in the directory (their checks were not recorded).
        unknown: Vec<String>,
        /// Rows that could not be read (a finding, method or date not understood).
        not_read: usize,
    },
    /// News of the printout being printed.
    Printing(super::print_news::PrintNews),
    /// The file is not a call sheet (why, in English: the parser's words).
    NotACallSheet(String),
    /// Contacts were exported.
    Exported {
        /// How many.
        count: usize,
        /// Where.
        path: PathBuf,
    },
    /// The contacts could not be exported.
    ExportFailed(Arc<ExportError>),
    /// A printout was saved.
    PrintoutSaved {
        /// Where.
        path: PathBuf,
        /// The places that hold characters no font has.
        missing: Vec<crate::core::printing::pdf::MissingGlyphs>,
        /// Why the PDF is not PDF/UA-1, when it is not.
        not_pdf_ua: Option<String>,
    },
    /// A printout could not be made or saved.
    PrintoutFailed(crate::core::printing::pdf::PdfError),
    /// Another desktop changed the file; it was read again.
    Reloaded,
    /// A conflict copy could not be read; it was left where it is.
    CopyUnreadable {
        /// The sync program that made it.
        tool: String,
        /// Its file name.
        file: String,
        /// Why.
        error: Arc<StoreError>,
    },
    /// A conflict copy merged without questions.
    CopyMerged {
        /// The sync program that made it.
        tool: String,
        /// Its file name.
        file: String,
        /// How many contacts were taken from it.
        count: usize,
    },
    /// The office's notes were saved.
    OfficeSaved,
    /// A draft of the office's notes cannot be saved.
    Draft(crate::core::guide::office_draft::DraftProblem),
    /// A guide update was installed to this file.
    GuideInstalled(PathBuf),
    /// The merge screen's choices were applied.
    Merged {
        /// How many contacts changed.
        count: usize,
    },
}

impl Notice {
    /// Whether this reports a problem (shown as a warning).
    #[must_use]
    pub fn is_problem(&self) -> bool {
        matches!(
            self,
            Notice::File(_)
                | Notice::Refused(_)
                | Notice::Skipped(_)
                | Notice::NoBackup
                | Notice::ExportFailed(_)
                | Notice::PrintoutFailed(_)
                | Notice::CopyUnreadable { .. }
                | Notice::Draft(_)
                | Notice::NotACallSheet(_)
                | Notice::Printing(super::print_news::PrintNews::Failed(_))
        )
    }

    /// The message in the language of `t`.
    #[must_use]
    pub fn text(&self, t: &I18n) -> String {
        let path = |p: &PathBuf| p.display().to_string();
        match self {
            Notice::Opened(p) => format!("{}: {}", t.tr("file-opened"), path(p)),
            Notice::CopySaved(p) => format!("{}: {}", t.tr("file-copy-saved"), path(p)),
            Notice::File(e) => e.text(t),
            Notice::Refused(e) => refusal(t, e),
            Notice::Reapplied => t.tr("conflict-reapplied"),
            Notice::Skipped(names) => {
                t.tr_args("conflict-skipped", &[("names", names.join(", ").into())])
            }
            Notice::KeptBoth(p) => t.tr_args("conflict-kept-both", &[("path", path(p).into())]),
            Notice::NoBackup => t.tr("recovery-no-backup"),
            Notice::MergeRun(run) => t.tr_args(
                "merge-run",
                &[
                    ("copies", run.copies.len().into()),
                    ("questions", run.questions().into()),
                ],
            ),
            Notice::Restored(done) => {
                let mut text = t.tr_args(
                    "recovery-restored",
                    &[
                        ("count", done.contacts.into()),
                        ("path", path(&done.path).into()),
                        ("broken", path(&done.broken_kept).into()),
                    ],
                );
                if !done.from_backup.is_empty() {
                    text.push(' ');
                    text.push_str(&t.tr_args(
                        "recovery-restored-from-backup",
                        &[("names", done.from_backup.join(", ").into())],
                    ));
                }
                text
            }
            Notice::Imported { added, updated } => t.tr_args(
                "import-done",
                &[("added", (*added).into()), ("updated", (*updated).into())],
            ),
            Notice::ChecksRecorded {
                count,
                unknown,
                not_read,
            } => checks_recorded(t, *count, unknown, *not_read),
            Notice::Printing(news) => print_news(t, news),
            Notice::NotACallSheet(why) => {
                t.tr_args("checks-not-a-sheet", &[("reason", why.clone().into())])
            }
            Notice::Exported { count, path: p } => t.tr_args(
                "export-done",
                &[("count", (*count).into()), ("path", path(p).into())],
            ),
            Notice::ExportFailed(e) => e.text(t),
            Notice::PrintoutSaved {
                path: p,
                missing,
                not_pdf_ua,
            } => {
                if let Some(reason) = not_pdf_ua {
                    t.tr_args("print-not-pdf-ua", &[("reason", reason.clone().into())])
                } else if missing.is_empty() {
                    t.tr_args("print-saved", &[("path", path(p).into())])
                } else {
                    t.tr_args(
                        "print-saved-missing",
                        &[("path", path(p).into()), ("count", missing.len().into())],
                    )
                }
            }
            Notice::PrintoutFailed(e) => {
                t.tr_args("print-save-failed", &[("error", e.text(t).into())])
            }
            Notice::Reloaded => t.tr("sharing-reloaded"),
            Notice::CopyUnreadable { tool, file, error } => t.tr_args(
                "sharing-copy-unreadable",
                &[
                    ("tool", tool.clone().into()),
                    ("file", file.clone().into()),
                    ("error", error.text(t).into()),
                ],
            ),
            Notice::CopyMerged { tool, file, count } => t.tr_args(
                "sharing-merged",
                &[
                    ("tool", tool.clone().into()),
                    ("file", file.clone().into()),
                    ("count", (*count).into()),
                ],
            ),
            Notice::OfficeSaved => t.tr("office-saved"),
            Notice::Draft(problem) => t.tr(problem.message_id()),
            Notice::GuideInstalled(p) => {
                t.tr_args("guide-update-installed", &[("path", path(p).into())])
            }
            Notice::Merged { count } => t.tr_args("merge-done", &[("count", (*count).into())]),
        }
    }
}

/// A refused change in the language of `t`.
fn refusal(t: &I18n, e: &DirectoryError) -> String {
    use crate::core::directory::contact::ContactError;
    match e {
        DirectoryError::Invalid(ContactError::EmptyName) => t.tr("refused-empty-name"),
        DirectoryError::Invalid(ContactError::ControlCharacters) => {
            t.tr("refused-control-characters")
        }
        DirectoryError::NotFound(id) => {
            t.tr_args("refused-not-found", &[("id", id.clone().into())])
        }
        DirectoryError::Conflict(id) => t.tr_args("refused-conflict", &[("id", id.clone().into())]),
        DirectoryError::DuplicateId(id) => {
            t.tr_args("refused-duplicate-id", &[("id", id.clone().into())])
        }
    }
}

/// "4 checks recorded." and the ids not found, in the language of `t`.
fn checks_recorded(t: &I18n, count: usize, unknown: &[String], not_read: usize) -> String {
    let mut text = t.tr_args("checks-recorded", &[("count", count.into())]);
    if !unknown.is_empty() {
        let args = [
            ("count", unknown.len().into()),
            ("ids", unknown.join(", ").into()),
        ];
        text = format!("{text} {}", t.tr_args("checks-unknown", &args));
    }
    if not_read > 0 {
        let args = [("count", not_read.into())];
        text = format!("{text} {}", t.tr_args("checks-not-read", &args));
    }
    text
}

/// What a print job is doing, in the language of `t`.
fn print_news(t: &I18n, news: &super::print_news::PrintNews) -> String {
    use super::print_news::PrintNews;
    use crate::core::printers::JobState;
    match news {
        PrintNews::Sent {
            printer,
            job,
            copies,
        } => t.tr_args(
            "print-sent",
            &[
                ("printer", printer.clone().into()),
                ("job", (*job).into()),
                ("copies", (*copies).into()),
            ],
        ),
        PrintNews::State {
            printer,
            job,
            state,
        } => {
            let key = match state {
                JobState::Printing => "print-job-printing",
                JobState::Stopped => "print-job-stopped",
                _ => "print-job-waiting",
            };
            t.tr_args(
                key,
                &[("printer", printer.clone().into()), ("job", (*job).into())],
            )
        }
        PrintNews::Paused { printer, job } => t.tr_args(
            "print-job-paused",
            &[("printer", printer.clone().into()), ("job", (*job).into())],
        ),
        PrintNews::Printed {
            printer,
            job,
            copies,
        } => t.tr_args(
            "print-printed",
            &[
                ("printer", printer.clone().into()),
                ("job", (*job).into()),
                ("copies", (*copies).into()),
            ],
        ),
        PrintNews::Failed(e) => print_error(t, e),
    }
}

/// Why printing failed, and what to do, in the language of `t`.
#[must_use]
pub fn print_error(t: &I18n, e: &crate::core::printers::PrintError) -> String {
    use crate::core::printers::PrintError;
    match e {
        PrintError::NoService { server, detail } => t.tr_args(
            "print-error-no-service",
            &[
                ("server", server.clone().into()),
                ("detail", detail.clone().into()),
            ],
        ),
        PrintError::NoPrinters => t.tr("print-error-no-printers"),
        PrintError::NoSuchPrinter(p) => t.tr_args(
            "print-error-no-such-printer",
            &[("printer", p.clone().into())],
        ),
        PrintError::NotAccepting(p) => t.tr_args(
            "print-error-not-accepting",
            &[("printer", p.clone().into())],
        ),
        PrintError::Refused { printer, reason } => t.tr_args(
            "print-error-refused",
            &[
                ("printer", printer.clone().into()),
                ("reason", reason.clone().into()),
            ],
        ),
        PrintError::NotPrinted { printer, job, how } => t.tr_args(
            if how == "canceled" {
                "print-error-canceled"
            } else {
                "print-error-aborted"
            },
            &[("printer", printer.clone().into()), ("job", (*job).into())],
        ),
        PrintError::BadPages(text) => {
            t.tr_args("print-error-bad-pages", &[("pages", text.clone().into())])
        }
        PrintError::Unsupported => t.tr("print-error-unsupported"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::Lang;

    #[test]
    fn notices_read_in_each_language() {
        let en = I18n::new(Lang::En);
        let es = I18n::new(Lang::Es);
        let refused = Notice::Refused(DirectoryError::Invalid(
            crate::core::directory::contact::ContactError::EmptyName,
        ));
        assert!(refused.is_problem());
        assert_ne!(refused.text(&en), refused.text(&es));
        assert!(!refused.text(&es).contains("refused-"), "a key is missing");
        let imported = Notice::Imported {
            added: 3,
            updated: 1,
        };
        assert!(imported.text(&en).contains('3'));
        assert!(!imported.is_problem());
        let gone = Notice::Refused(DirectoryError::NotFound("x-1".into()));
        assert!(gone.text(&es).contains("x-1"));
    }
}
