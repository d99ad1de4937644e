//! The workspace's verification actions: recording a filled-in call sheet's checks as one
//! undo step, and writing the call sheet of the contacts a round would check.

use super::{Notice, Outcome, Workspace};
use crate::core::directory::check::Check;
use crate::core::directory::contact::{Category, Contact, today};
use crate::core::interop;
use std::path::PathBuf;
use std::sync::Arc;

impl Workspace {
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
            }),
            ..outcome
        }
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
    pub(super) fn export_call_sheet(&mut self, ids: &[String], path: PathBuf) -> Outcome {
        let directory = self.directory();
        let contacts: Vec<&Contact> = ids.iter().filter_map(|id| directory.get(id)).collect();
        let written = interop::call_sheet::write(&contacts, today(), &self.due_rules)
            .map_err(|e| interop::ExportError::Csv(e.to_string()))
            .and_then(|bytes| {
                crate::core::store::fsio::write_export(&path, &bytes)
                    .map_err(interop::ExportError::from)
            });
        Outcome::notice(match written {
            Ok(()) => Notice::Exported {
                count: contacts.len(),
                path,
            },
            Err(e) => Notice::ExportFailed(Arc::new(e)),
        })
    }
}
