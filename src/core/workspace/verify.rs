//! The workspace's verification actions: recording a filled-in call sheet's checks as one
//! undo step, and writing the call sheet of the contacts a round would check.

use super::{Action, Notice, Outcome, Workspace};
use crate::core::directory::check::Check;
use crate::core::directory::contact::{Category, Contact, today};
use crate::core::i18n::Lang;
use crate::core::interop;
use crate::core::printing::Paper;
use crate::core::printing::call_sheet;
use std::path::PathBuf;
use std::sync::Arc;

/// What a call sheet is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallSheetFormat {
    /// CSV, to fill in and read back (`verify --import`).
    Csv,
    /// A PDF to print, in a language on a paper size.
    Pdf {
        /// The sheet's language.
        lang: Lang,
        /// The paper.
        paper: Paper,
    },
}

impl Workspace {
    /// Applies the actions of verification: recording checks, call sheets, the intervals.
    pub(super) fn apply_verification(&mut self, action: Action, now: jiff::Timestamp) -> Outcome {
        match action {
            Action::RecordCheck {
                id,
                check,
                corrected,
            } => self.edit_done(|d| d.record_check(&id, *check, corrected.map(|c| *c), now)),
            Action::RecordChecks(checks) => self.record_checks(checks),
            Action::ImportCallSheet(path) => self.import_call_sheet(&path),
            Action::SetDueDays(category, days) => self.set_due_days(category, days),
            Action::ExportCallSheet { ids, path, format } => {
                self.export_call_sheet(&ids, path, format)
            }
            _ => Outcome::default(),
        }
    }

    /// Records a filled-in call sheet's checks in one undo step (`Action::RecordChecks`).
    pub(super) fn record_checks(&mut self, checks: Vec<(String, Check)>) -> Outcome {
        let count = checks.len();
        let mut unknown = Vec::new();
        let outcome = self.edit(
            |d| {
                d.record_checks(checks).map(|(change, missing)| {
                    unknown = missing;
                    change
                })
            },
            |_| Outcome::changed(),
        );
        if outcome.notice.is_some() {
            return outcome;
        }
        Outcome {
            notice: Some(Notice::ChecksRecorded {
                count: count - unknown.len(),
                unknown,
                not_read: 0,
            }),
            ..outcome
        }
    }

    /// Reads a filled-in call sheet and records its checks (`Action::ImportCallSheet`).
    pub(super) fn import_call_sheet(&mut self, path: &std::path::Path) -> Outcome {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                return Outcome::notice(Notice::File(Arc::new(
                    crate::core::store::StoreError::io(path, e),
                )));
            }
        };
        let read = match interop::call_sheet_csv::read(
            &bytes,
            today(),
            jiff::Timestamp::now(),
            crate::core::basics::machine::author(),
        ) {
            Ok(r) => r,
            Err(e) => return Outcome::notice(Notice::NotACallSheet(e.to_string())),
        };
        let not_read = read.problems.len();
        let mut outcome = self.record_checks(read.checks);
        if let Some(Notice::ChecksRecorded { not_read: n, .. }) = &mut outcome.notice {
            *n = not_read;
        }
        outcome
    }

    /// Sets how often `category` is checked and keeps it beside the directory file
    /// (`Action::SetDueDays`). The list's statuses follow at once.
    pub(super) fn set_due_days(&mut self, category: Category, days: u16) -> Outcome {
        let mut rules = self.due_rules.clone();
        rules.set_days(category, days);
        let file = match self.session() {
            Some(s) => s.path().to_path_buf(),
            None => return Outcome::default(),
        };
        match crate::core::store::due_rules_file::save(&file, &rules) {
            Ok(()) => {
                self.due_rules = rules;
                self.due_rules_problem = None;
                self.generation += 1;
                Outcome::changed()
            }
            Err(e) => Outcome::notice(Notice::File(Arc::new(e))),
        }
    }

    /// Writes the call sheet of `ids` to `path` (`Action::ExportCallSheet`).
    pub(super) fn export_call_sheet(
        &mut self,
        ids: &[String],
        path: PathBuf,
        format: CallSheetFormat,
    ) -> Outcome {
        let directory = self.directory();
        let contacts: Vec<&Contact> = ids.iter().filter_map(|id| directory.get(id)).collect();
        let bytes = match format {
            CallSheetFormat::Csv => {
                interop::call_sheet_csv::write(&contacts, today(), &self.due_rules).map_err(|e| {
                    Notice::ExportFailed(Arc::new(interop::ExportError::Csv(e.to_string())))
                })
            }
            CallSheetFormat::Pdf { lang, paper } => {
                let data = call_sheet::call_sheet(&contacts, lang, paper, today(), &self.due_rules);
                call_sheet::render(&data).map_err(Notice::PrintoutFailed)
            }
        };
        let written = bytes.and_then(|bytes| {
            crate::core::store::fsio::write_export(&path, &bytes)
                .map_err(|e| Notice::File(Arc::new(e)))
        });
        Outcome::notice(match written {
            Ok(()) => Notice::Exported {
                count: contacts.len(),
                path,
            },
            Err(notice) => notice,
        })
    }
}
