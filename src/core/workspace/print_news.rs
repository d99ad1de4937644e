//! What a print worker says of its job: sent, waiting or printing, paused, printed, failed.
//! Kept apart from the worker (`print_run.rs`) so the notices can name it.

use crate::core::printers::{JobState, PrintError};

/// What the worker says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintNews {
    /// The printing system took the job.
    Sent {
        /// The printer.
        printer: String,
        /// The job's number.
        job: i32,
        /// Copies asked for.
        copies: u16,
    },
    /// The job moved on (waiting, printing…).
    State {
        /// The job.
        printer: String,
        /// The job's number.
        job: i32,
        /// Where it stands.
        state: JobState,
    },
    /// The job waits in the queue of a paused printer.
    Paused {
        /// The printer.
        printer: String,
        /// The job's number.
        job: i32,
    },
    /// It printed.
    Printed {
        /// The printer.
        printer: String,
        /// The job's number.
        job: i32,
        /// Copies.
        copies: u16,
    },
    /// It failed (nothing printed, or the printing system does not say).
    Failed(PrintError),
}

impl PrintNews {
    /// True for the last news of a job.
    #[must_use]
    pub fn is_last(&self) -> bool {
        matches!(
            self,
            PrintNews::Printed { .. } | PrintNews::Failed(_) | PrintNews::Paused { .. }
        )
    }
}
