//! The system's printers and print jobs: which printers there are (the default first, with
//! their state), sending a PDF with the job's options (copies, two-sided, paper, pages,
//! grayscale; always at 100 % scale), and following the job to its end. On Linux and macOS
//! this talks IPP to the local CUPS server (`cups.rs`); on Windows it draws the pages on the
//! print spooler (`spooler.rs`). Every failure is a [`PrintError`] the
//! window words in its language; the PDF is never lost (the caller can always save it).

use crate::core::printing::{HandoutData, Paper, pdf};

pub mod cups;
pub mod pages;
#[cfg(windows)]
pub mod spooler;

/// True when printing goes through the Windows spooler: always on Windows (Wine too, whose
/// spooler hands jobs to CUPS itself).
#[cfg(windows)]
fn use_spooler() -> bool {
    true
}

/// Where a printer stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrinterState {
    /// Ready to print.
    Ready,
    /// Printing a job now.
    Printing,
    /// Stopped (paused) by someone: jobs wait in its queue.
    Paused,
    /// Not taking jobs (rejecting them).
    Rejecting,
}

/// A printer of the system.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printer {
    /// Its queue name ("Front-desk-HP").
    pub name: String,
    /// Its description, when it has one ("the laser printer by the front desk").
    pub info: String,
    /// Where it stands.
    pub state: PrinterState,
    /// Why, in the printing system's words ("offline-report", "paused"), when it says.
    pub reasons: Vec<String>,
    /// The system's default printer.
    pub is_default: bool,
    /// Its default paper, when it is Letter or A4.
    pub paper: Option<Paper>,
}

/// Printing on one side or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sides {
    /// One side.
    #[default]
    One,
    /// Both sides, flipped on the long edge (handouts, contact sheets, card sheets with their
    /// backs mirrored for it).
    LongEdge,
    /// Both sides, flipped on the short edge.
    ShortEdge,
}

impl Sides {
    /// The IPP keyword.
    #[must_use]
    pub fn keyword(self) -> &'static str {
        match self {
            Sides::One => "one-sided",
            Sides::LongEdge => "two-sided-long-edge",
            Sides::ShortEdge => "two-sided-short-edge",
        }
    }

    /// The sides for a keyword of the command line (`one`, `long`, `short`).
    #[must_use]
    pub fn parse(text: &str) -> Option<Sides> {
        match text.trim().to_ascii_lowercase().as_str() {
            "one" | "one-sided" | "simplex" => Some(Sides::One),
            "long" | "two-sided-long-edge" | "duplex" => Some(Sides::LongEdge),
            "short" | "two-sided-short-edge" => Some(Sides::ShortEdge),
            _ => None,
        }
    }
}

/// How to print a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintOptions {
    /// How many copies (at least one).
    pub copies: u16,
    /// One side or both.
    pub sides: Sides,
    /// The paper.
    pub paper: Paper,
    /// Page ranges, 1-based and inclusive; empty: every page.
    pub pages: Vec<(u32, u32)>,
    /// In shades of grey.
    pub grayscale: bool,
}

impl Default for PrintOptions {
    fn default() -> Self {
        PrintOptions {
            copies: 1,
            sides: Sides::One,
            paper: Paper::Letter,
            pages: Vec::new(),
            grayscale: false,
        }
    }
}

/// A job the printing system accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// The printer.
    pub printer: String,
    /// The job's number there.
    pub id: i32,
}

/// Where a job stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobState {
    /// Waiting for the printer.
    Waiting,
    /// Held (the printer is paused, or the job waits for something).
    Held,
    /// Printing.
    Printing,
    /// Stopped by a fault of the printer (out of paper, jammed, offline).
    Stopped,
    /// Printed.
    Printed,
    /// Canceled by someone.
    Canceled,
    /// Given up by the printing system.
    Aborted,
}

impl JobState {
    /// True once the job will not change any more.
    #[must_use]
    pub fn is_over(self) -> bool {
        matches!(
            self,
            JobState::Printed | JobState::Canceled | JobState::Aborted
        )
    }
}

/// Why printing failed. Worded in the translation files (`print-error-*`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrintError {
    /// No printing service answers (CUPS not running, or not installed).
    #[error("no printing service answers at {server}: {detail}")]
    NoService {
        /// Where it was asked.
        server: String,
        /// What the connection said.
        detail: String,
    },
    /// The printing service knows no printer.
    #[error("no printer is set up on this computer")]
    NoPrinters,
    /// The printer asked for does not exist (any more).
    #[error("there is no printer named “{0}”")]
    NoSuchPrinter(String),
    /// The printer does not take jobs.
    #[error("the printer “{0}” is not taking jobs")]
    NotAccepting(String),
    /// The printing system refused the job.
    #[error("the printer “{printer}” refused the job: {reason}")]
    Refused {
        /// The printer.
        printer: String,
        /// The printing system's words.
        reason: String,
    },
    /// The job ended without printing.
    #[error("job {job} on “{printer}” was {how} and did not print")]
    NotPrinted {
        /// The printer.
        printer: String,
        /// The job's number.
        job: i32,
        /// "canceled" or "aborted".
        how: String,
    },
    /// The pages asked for are not a page range.
    #[error("“{0}” is not a page range (write 1-2 or 1,3-4)")]
    BadPages(String),
    /// Printing from this app is not available on this system.
    #[error(
        "printing from Rights Desk is not available on this system yet: save the PDF and print it"
    )]
    Unsupported,
}

/// The system's printers, the default first.
///
/// # Errors
/// When no printing service answers.
pub fn printers() -> Result<Vec<Printer>, PrintError> {
    #[cfg(windows)]
    if use_spooler() {
        return spooler::printers();
    }
    cups::printers(&cups::server())
}

/// Prints `data` on `printer` with `options`: as a PDF sent to CUPS, or drawn page by page on
/// the Windows spooler.
///
/// # Errors
/// When the printer does not exist, does not take jobs, or refuses the job.
pub fn submit(
    printer: &str,
    data: &HandoutData,
    options: &PrintOptions,
) -> Result<Job, PrintError> {
    #[cfg(windows)]
    if use_spooler() {
        return spooler::submit(printer, data, options);
    }
    let bytes = pdf::render(data).map_err(|e| PrintError::Refused {
        printer: printer.to_string(),
        reason: e.to_string(),
    })?;
    cups::submit(&cups::server(), printer, bytes, &data.title, options)
}

/// Where `job` stands now.
///
/// # Errors
/// When the printing service no longer answers or has forgotten the job.
pub fn job_state(job: &Job) -> Result<JobState, PrintError> {
    #[cfg(windows)]
    if use_spooler() {
        return spooler::job_state(job);
    }
    cups::job_state(&cups::server(), job)
}
