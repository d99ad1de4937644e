//! A printout on its way to a printer, on a worker thread so the window never waits: the PDF is
//! laid out, sent, and the job followed until it printed, failed, or waits on a paused
//! printer. The workspace takes the worker's news with `pump_printing` (the window, each frame)
//! or `wait_printing` (the command line).

use super::notice::Notice;
use super::print_news::PrintNews;
use super::{Action, Outcome, Workspace};
use crate::core::printers::{self, Job, JobState, PrintError, PrintOptions, PrinterState};
use crate::core::printing::HandoutData;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

/// How often the job is asked where it stands.
const POLL_EVERY: Duration = Duration::from_millis(400);

/// How long a job is followed before the app stops watching it (it goes on printing).
const FOLLOW_FOR: Duration = Duration::from_mins(3);

/// The system's printers as the workspace knows them.
#[derive(Debug, Default)]
pub enum PrinterList {
    /// Not asked yet.
    #[default]
    NotAsked,
    /// Being asked, on a worker.
    Asking(Receiver<Result<Vec<crate::core::printers::Printer>, PrintError>>),
    /// The answer.
    Known(Result<Vec<crate::core::printers::Printer>, PrintError>),
}

/// The worker of the printout being printed.
#[derive(Debug)]
pub struct PrintRun {
    news: Receiver<PrintNews>,
    /// The latest news taken.
    pub last: Option<PrintNews>,
}

fn follow(job: &Job, copies: u16, tell: &dyn Fn(PrintNews)) {
    let started = Instant::now();
    let mut last = None;
    loop {
        let state = match printers::job_state(job) {
            Ok(s) => s,
            Err(e) => return tell(PrintNews::Failed(e)),
        };
        match state {
            JobState::Printed => {
                return tell(PrintNews::Printed {
                    printer: job.printer.clone(),
                    job: job.id,
                    copies,
                });
            }
            JobState::Canceled | JobState::Aborted => {
                let how = if state == JobState::Canceled {
                    "canceled"
                } else {
                    "aborted"
                };
                return tell(PrintNews::Failed(PrintError::NotPrinted {
                    printer: job.printer.clone(),
                    job: job.id,
                    how: how.into(),
                }));
            }
            JobState::Waiting | JobState::Held | JobState::Stopped => {
                // A paused printer holds the job until someone resumes it: say so, stop waiting.
                let paused = printers::printers().ok().and_then(|all| {
                    all.into_iter()
                        .find(|p| p.name == job.printer)
                        .map(|p| p.state == PrinterState::Paused)
                });
                if paused == Some(true) {
                    return tell(PrintNews::Paused {
                        printer: job.printer.clone(),
                        job: job.id,
                    });
                }
                if paused.is_none() {
                    return tell(PrintNews::Failed(PrintError::NoSuchPrinter(
                        job.printer.clone(),
                    )));
                }
            }
            JobState::Printing => {}
        }
        if last != Some(state) {
            last = Some(state);
            tell(PrintNews::State {
                printer: job.printer.clone(),
                job: job.id,
                state,
            });
        }
        if started.elapsed() > FOLLOW_FOR {
            return;
        }
        std::thread::sleep(POLL_EVERY);
    }
}

impl PrintRun {
    /// Lays out `data`, sends it to `printer` with `options` and follows the job, on a worker.
    #[must_use]
    pub fn start(data: HandoutData, printer: String, options: PrintOptions) -> PrintRun {
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let tell = |news: PrintNews| {
                let _ = tx.send(news);
            };
            match printers::submit(&printer, &data, &options) {
                Ok(job) => {
                    tell(PrintNews::Sent {
                        printer: job.printer.clone(),
                        job: job.id,
                        copies: options.copies,
                    });
                    follow(&job, options.copies, &tell);
                }
                Err(e) => tell(PrintNews::Failed(e)),
            }
        });
        PrintRun {
            news: rx,
            last: None,
        }
    }
}

impl Workspace {
    /// Applies the actions of printing to a printer.
    pub(super) fn apply_printing(&mut self, action: Action) -> Outcome {
        match action {
            Action::LookForPrinters => {
                let (tx, rx) = channel();
                std::thread::spawn(move || {
                    let _ = tx.send(printers::printers());
                });
                self.printer_list = PrinterList::Asking(rx);
                Outcome::default()
            }
            Action::Print {
                guide,
                entry,
                printer,
                options,
            } => self.print(guide, entry.as_deref(), printer, options),
            Action::PrintAssembled {
                data,
                printer,
                options,
            } => self.print_assembled(*data, printer, options),
            _ => Outcome::default(),
        }
    }

    /// Prints the printout the print choices describe on `printer` (`Action::Print`).
    pub(super) fn print(
        &mut self,
        guide: usize,
        entry: Option<&str>,
        printer: String,
        options: PrintOptions,
    ) -> Outcome {
        let printout = match entry {
            Some(id) => self.entry_printout(guide, id),
            None => self.printout(guide),
        };
        let Some((_, data)) = printout else {
            return Outcome::default();
        };
        self.print_assembled(data, printer, options)
    }

    /// Prints a printout already assembled on `printer` (`Action::PrintAssembled`).
    pub(super) fn print_assembled(
        &mut self,
        data: HandoutData,
        printer: String,
        options: PrintOptions,
    ) -> Outcome {
        self.print_news = None;
        self.printing = Some(PrintRun::start(data, printer, options));
        Outcome::default()
    }

    /// The system's printers, as last asked (see `Action::LookForPrinters`).
    #[must_use]
    pub fn printer_list(&self) -> &PrinterList {
        &self.printer_list
    }

    /// The newest news of the last printout sent to a printer.
    #[must_use]
    pub fn print_news(&self) -> Option<&PrintNews> {
        self.print_news.as_ref()
    }

    /// Takes the print worker's news (the newest as a notice, once each) and the printers'
    /// list when it came.
    pub fn pump_printing(&mut self) -> Outcome {
        if let PrinterList::Asking(rx) = &self.printer_list {
            match rx.try_recv() {
                Ok(list) => self.printer_list = PrinterList::Known(list),
                Err(TryRecvError::Disconnected) => {
                    self.printer_list = PrinterList::Known(Err(PrintError::NoPrinters));
                }
                Err(TryRecvError::Empty) => {}
            }
        }
        let Some(run) = &mut self.printing else {
            return Outcome::default();
        };
        let mut newest = None;
        loop {
            match run.news.try_recv() {
                Ok(news) => newest = Some(news),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    self.printing = None;
                    break;
                }
            }
        }
        match newest {
            Some(news) => {
                if let Some(run) = &mut self.printing {
                    run.last = Some(news.clone());
                }
                self.print_news = Some(news.clone());
                Outcome::notice(Notice::Printing(news))
            }
            None => Outcome::default(),
        }
    }

    /// True while a printout is on its way or the printers are being asked for.
    #[must_use]
    pub fn is_printing(&self) -> bool {
        self.printing.is_some() || matches!(self.printer_list, PrinterList::Asking(_))
    }

    /// Waits for the print worker's last news (the command line).
    pub fn wait_printing(&mut self) -> Option<PrintNews> {
        let run = self.printing.take()?;
        let mut last = run.last;
        while let Ok(news) = run.news.recv() {
            let done = news.is_last();
            last = Some(news);
            if done {
                break;
            }
        }
        last
    }
}
