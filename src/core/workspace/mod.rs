//! The workspace: the open directory file and everything done to it, in one interpreter that
//! the window and the command line both use. Typed [`Action`]s go in, a typed [`Outcome`]
//! (with a [`Notice`] to show, the contact to select) comes out. It also reads the file on a
//! worker thread at start and hands saves to the save worker, so the window never waits.
//!
//! Every action is handled by its own arm of [`Workspace::apply`]; there is no catch-all, so a
//! new action cannot be left unhandled.

pub mod check;
pub mod copies;
pub mod desktops;
mod doc;
pub mod library;
pub mod notice;
pub mod outcome;
pub mod paths;
pub mod print_news;
pub mod print_run;
mod printing;
pub mod save_job;
pub mod session;
pub mod translations;
pub mod verify;

pub use crate::core::workspace::notice::Notice;
pub use crate::core::workspace::outcome::Outcome;
pub use doc::{Doc, LoadMessage};

use crate::core::directory::contact::{Contact, today};
use crate::core::directory::{Change, Directory, DirectoryError};
use crate::core::guide::search::GuideSearch;
use crate::core::interop::{self, Format, plan::ImportPlan};
use crate::core::printing::{HandoutData, OutputFormat, PrintChoices};
use crate::core::store;
use crate::core::workspace::desktops::{Desktops, SharingAction};
use crate::core::workspace::library::{GuideUpdate, Library, OfficeChange};
use crate::core::workspace::paths::DataPaths;
use crate::core::workspace::save_job::SaveWorker;
use crate::core::workspace::session::{SaveStatus, Session};
use jiff::Timestamp;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// Says to `report`, the moment a save finds the file locked by someone else, who holds it
/// and since when (the command line prints it; see `store/lock.rs`).
pub fn report_lock_waits_to(report: impl Fn(&str) + Send + Sync + 'static) {
    crate::core::store::lock::report_waits_to(report);
}

/// The lock a save of this process is waiting for, while it waits (see `store/lock.rs`).
#[must_use]
pub fn waiting_for_lock() -> Option<crate::core::store::lock::WaitingFor> {
    crate::core::store::lock::waiting_for()
}

/// How long an import waits for another writer to finish.
const IMPORT_LOCK_WAIT: Duration = Duration::from_mins(1);

/// A change asked of the workspace.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Add this contact (a new, blank one or a filled one).
    AddContact(Box<Contact>),
    /// Replace a contact with this version.
    UpdateContact(Box<Contact>),
    /// Delete a contact.
    DeleteContact(String),
    /// Add a copy of a contact.
    DuplicateContact(String),
    /// Mark a contact verified today.
    MarkVerified(String),
    /// Check contacts of a category every so many days (kept beside the directory file for
    /// every desktop sharing it).
    SetDueDays(crate::core::directory::contact::Category, u16),
    /// Print the printout the print choices describe (for the guide at this index) on a
    /// printer, on a worker; `pump_printing` / `wait_printing` give the news.
    Print {
        /// The open guide's index.
        guide: usize,
        /// One entry to print alone, as a handout (the reader's Print…); `None`: the printout
        /// the print choices describe.
        entry: Option<String>,
        /// The printer's name.
        printer: String,
        /// Copies, sides, paper, pages, grayscale.
        options: crate::core::printers::PrintOptions,
    },
    /// Ask the system for its printers, on a worker (`printer_list` gives the answer).
    LookForPrinters,
    /// Print a printout already assembled (the command line's `print`).
    PrintAssembled {
        /// The printout.
        data: Box<crate::core::printing::HandoutData>,
        /// The printer's name.
        printer: String,
        /// Copies, sides, paper, pages, grayscale.
        options: crate::core::printers::PrintOptions,
    },
    /// Record many checks at once (a filled-in call sheet), as one undo step.
    RecordChecks(Vec<(String, crate::core::directory::check::Check)>),
    /// Read a filled-in call sheet (CSV) and record its checks as one undo step; rows that
    /// cannot be read are counted in the notice and nothing of them is recorded.
    ImportCallSheet(PathBuf),
    /// Write the call sheet of these contacts for volunteers without the app.
    ExportCallSheet {
        /// The contacts, in the sheet's order.
        ids: Vec<String>,
        /// Where.
        path: PathBuf,
        /// CSV to fill in and read back, or a PDF to print.
        format: verify::CallSheetFormat,
    },
    /// Record a check of a contact (a verification round, `rights-desk verify`): the check,
    /// and the contact as the check corrected it, if it did.
    RecordCheck {
        /// The contact's id.
        id: String,
        /// What was found, how, by whom.
        check: Box<crate::core::directory::check::Check>,
        /// The contact with the corrections made during the check.
        corrected: Option<Box<Contact>>,
    },
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Try saving again after a failure.
    RetrySave,
    /// The file changed on disk: load theirs and re-apply the edits made here.
    ReloadAndReapply,
    /// The file changed on disk: keep both (this version goes to a copy).
    KeepBoth,
    /// Open another directory file.
    OpenFile(PathBuf),
    /// Create a directory file holding the bundled contacts, and open it.
    NewFile(PathBuf),
    /// Write the directory to another file, staying on this one.
    SaveCopyAs(PathBuf),
    /// The file does not open: keep it beside itself, write what `RestoreFrom` says to its own
    /// path, and open it (see `recovery.rs`).
    Restore(crate::core::store::recovery::RestoreFrom),
    /// Apply an import plan as one undoable change.
    Import(Box<ImportPlan>),
    /// Export these contacts (by id, in this order) to a file.
    ExportContacts {
        /// The contacts' ids.
        ids: Vec<String>,
        /// The file (or, for HSDS, the folder).
        path: PathBuf,
        /// CSV, vCard or HSDS.
        format: Format,
        /// Prefix CSV cells a spreadsheet would run as formulas (off only for a raw export).
        protect_formulas: bool,
    },
    /// Change the office's own notes and entries.
    Office(OfficeChange),
    /// Install a guide update read with [`Library::read_update`].
    InstallGuide(Box<GuideUpdate>),
    /// Replace the print choices (the Handout tab's settings).
    SetPrintChoices(Box<PrintChoices>),
    /// Add an entry to the handout, or take it out when it is in.
    TogglePrintEntry(String),
    /// Move a handout entry up (-1) or down (+1).
    MovePrintEntry(String, i32),
    /// Replace the handout's entries (add all, clear).
    SetPrintEntries(Vec<String>),
    /// Make the printout the choices describe with a guide (index into the library's guides)
    /// and save it in the chosen format; the file's folder is remembered.
    ExportPrintout {
        /// The guide.
        guide: usize,
        /// One entry to save alone, as a handout (the reader's Print… → Save as PDF); `None`:
        /// the printout the choices describe.
        entry: Option<String>,
        /// The file.
        path: PathBuf,
    },
    /// Save a printout already assembled with [`Workspace::printout`] (the command line, which
    /// reads its warnings first: one assembly, not two) in the chosen format; the file's folder
    /// is remembered.
    ExportAssembled {
        /// What [`Workspace::printout`] made.
        data: Box<HandoutData>,
        /// The file.
        path: PathBuf,
    },
    /// Search a guide (index into the library's guides) and its translations.
    Search {
        /// What to find.
        text: String,
        /// The guide.
        guide: usize,
    },
    /// Move the highlighted search hit by this many places.
    MoveHit(i32),
    /// A choice on the merge screen (copies from other desktops).
    Sharing(SharingAction),
    /// Merge the conflict copies beside the open file, each in turn (`rights-desk merge`);
    /// with `dry_run`, only say what would happen.
    MergeCopies {
        /// Write nothing.
        dry_run: bool,
    },
}

/// The open directory file and the machinery around it.
#[derive(Debug)]
pub struct Workspace {
    paths: DataPaths,
    doc: Doc,
    /// Bumped on every change, so views know to refresh.
    generation: u64,
    /// Runs saves off the caller's thread, when turned on.
    saver: Option<SaveWorker>,
    empty: Directory,
    /// The guides and the office's notes.
    library: Library,
    /// What the Handout tab prints.
    print: PrintChoices,
    /// The guide entries chosen for the handout, in order.
    print_entries: Vec<String>,
    /// The printout on its way to a printer, if one is, and the newest news of the last one.
    printing: Option<print_run::PrintRun>,
    print_news: Option<print_news::PrintNews>,
    /// The system's printers, as last asked.
    printer_list: print_run::PrinterList,
    /// How often each category of contact is checked again (from the file beside the
    /// directory file), and why that file could not be read, if it could not.
    due_rules: crate::core::directory::status::DueRules,
    due_rules_problem: Option<Arc<store::StoreError>>,
    /// Following the other desktops: the watched folder, presence, copies, the merge screen.
    desktops: Desktops,
    /// The reader's search.
    search: GuideSearch,
}

impl Workspace {
    /// Opens `file` (the data folder's own file is created on the first run), in the
    /// background when `background` (then [`Workspace::poll_loading`] finishes it).
    #[must_use]
    pub fn open(paths: DataPaths, file: &Path, background: bool) -> Workspace {
        let is_default = file == paths.directory_file();
        let doc = if background {
            Doc::open_in_background(file, is_default)
        } else {
            Doc::open(file, is_default)
        };
        let library = Library::load(&paths);
        let (due_rules, due_rules_problem) = read_due_rules(file);
        Workspace {
            paths,
            doc,
            generation: 0,
            saver: None,
            empty: Directory::default(),
            library,
            print: PrintChoices::default(),
            print_entries: Vec::new(),
            due_rules,
            due_rules_problem,
            printing: None,
            print_news: None,
            printer_list: print_run::PrinterList::NotAsked,
            desktops: Desktops::default(),
            search: GuideSearch::default(),
        }
    }

    /// Opens the data folder's directory file, creating it from the bundled contacts on the
    /// first run (the command line).
    ///
    /// # Errors
    /// When the file cannot be read or created.
    pub fn open_data_folder(paths: DataPaths) -> Result<Workspace, Arc<store::StoreError>> {
        let file = paths.directory_file();
        let work = Workspace::open(paths, &file, false);
        match &work.doc {
            Doc::Failed { error, .. } => Err(Arc::clone(error)),
            _ => Ok(work),
        }
    }

    /// What this desktop knows of the other desktops (who has the file open, the merge screen).
    #[must_use]
    pub fn desktops(&self) -> &Desktops {
        &self.desktops
    }

    /// Follows the open file: watches its folder and announces this desktop there (or stops,
    /// when no file is open). Call after opening a file.
    pub fn follow_desktops(&mut self) {
        let open = match &self.doc {
            Doc::Open(s) => Some(s.path().to_path_buf()),
            _ => None,
        };
        self.desktops.follow(open.as_deref());
    }

    /// Takes in what the folder's watcher saw: merges copies and reloads the file when free to.
    pub fn pump_desktops(&mut self) -> Outcome {
        let outcome = self.desktops.pump(self.doc.session_mut());
        self.changed_if(outcome)
    }

    /// Looks at the open file's folder now, without waiting for the watcher.
    pub fn look_for_copies(&mut self) -> Outcome {
        let outcome = self.desktops.look_now(self.doc.session_mut());
        self.changed_if(outcome)
    }

    /// Counts a change when `outcome` says the contacts changed.
    fn changed_if(&mut self, outcome: Outcome) -> Outcome {
        if outcome.changed {
            self.generation += 1;
        }
        outcome
    }

    /// How the open file's last save went (`None` while no file is open).
    #[must_use]
    pub fn save_status(&self) -> Option<SaveStatus> {
        match &self.doc {
            Doc::Open(s) => Some(s.status().clone()),
            _ => None,
        }
    }

    /// Why this desktop's merge record could not be written, while that lasts (see
    /// `Session::base_problem`).
    #[must_use]
    pub fn base_problem(&self) -> Option<String> {
        match &self.doc {
            Doc::Open(s) => s.base_problem(),
            _ => None,
        }
    }

    /// Where data lives.
    #[must_use]
    pub fn paths(&self) -> &DataPaths {
        &self.paths
    }

    /// The guides and the office's notes.
    #[must_use]
    pub fn library(&self) -> &Library {
        &self.library
    }

    /// The directory file's state.
    #[must_use]
    pub fn doc(&self) -> &Doc {
        &self.doc
    }

    /// The contacts (empty while the file is loading or cannot be opened).
    #[must_use]
    pub fn directory(&self) -> &Directory {
        match &self.doc {
            Doc::Open(s) => s.directory(),
            Doc::Failed { .. } | Doc::Loading { .. } => &self.empty,
        }
    }

    /// The open session, if the file is open.
    #[must_use]
    pub fn session(&self) -> Option<&Session> {
        match &self.doc {
            Doc::Open(s) => Some(s),
            Doc::Failed { .. } | Doc::Loading { .. } => None,
        }
    }

    /// Bumped on every change to the contacts or the file.
    #[must_use]
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Records a change made through [`Workspace::session_mut`].
    pub fn touch(&mut self) {
        self.generation += 1;
    }

    /// Takes what loading repaired or migrated (said once).
    pub fn take_load_notes(&mut self) -> Vec<crate::core::directory::load_note::LoadNote> {
        match &mut self.doc {
            Doc::Open(s) => std::mem::take(&mut s.load_notes),
            _ => Vec::new(),
        }
    }

    /// Takes the loading worker's news. True when the file has just finished loading.
    pub fn poll_loading(&mut self) -> bool {
        let Doc::Loading {
            count, receiver, ..
        } = &mut self.doc
        else {
            return false;
        };
        let done = loop {
            match receiver.try_recv() {
                Ok(LoadMessage::Count(n)) => *count = Some(n),
                Ok(LoadMessage::Done(doc)) => break doc,
                Err(std::sync::mpsc::TryRecvError::Empty) => return false,
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    // The worker died without an answer: read the file here instead.
                    let path = self.doc.path().to_path_buf();
                    break Doc::open(&path, path == self.paths.directory_file());
                }
            }
        };
        self.doc = done;
        self.generation += 1;
        true
    }

    /// Waits until the directory is loaded.
    pub fn wait_until_loaded(&mut self) {
        while matches!(self.doc, Doc::Loading { .. }) {
            if !self.poll_loading() {
                std::thread::sleep(Duration::from_millis(5));
            }
        }
    }

    /// Saves from now on run on a worker thread.
    pub fn enable_background_saves(&mut self) {
        self.saver = Some(SaveWorker::start());
    }

    /// Hands finished saves to the session and the next one to the worker. True while a save
    /// is under way.
    pub fn pump_saves(&mut self) -> bool {
        let Some(worker) = &self.saver else {
            return false;
        };
        let Doc::Open(session) = &mut self.doc else {
            return false;
        };
        session.set_background_saves(true);
        while let Some(result) = worker.try_result() {
            session.finish_save(result);
            self.generation += 1;
        }
        if let Some(job) = session.save_job()
            && let Some(result) = worker.submit(job)
        {
            session.finish_save(result);
        }
        session.is_saving()
    }

    /// Waits (up to 15 seconds) until no save is under way: before closing or opening another
    /// file, so no edit is left behind.
    pub fn settle_saves(&mut self) {
        let deadline = std::time::Instant::now() + Duration::from_secs(15);
        loop {
            self.pump_saves();
            let (Some(worker), Doc::Open(session)) = (&self.saver, &mut self.doc) else {
                return;
            };
            if !session.is_saving() {
                return;
            }
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                return;
            }
            if let Some(result) = worker.wait(left) {
                session.finish_save(result);
                self.generation += 1;
            }
        }
    }

    /// Runs an edit on the open session: `done` says what a change did; a refusal is said
    /// as it is; nothing happens while no file is open.
    fn edit(
        &mut self,
        op: impl FnOnce(&mut Directory) -> Result<Change, DirectoryError>,
        done: impl FnOnce(&Change) -> Outcome,
    ) -> Outcome {
        let Doc::Open(session) = &mut self.doc else {
            return Outcome::default();
        };
        match session.perform(op) {
            Ok(change) => {
                self.generation += 1;
                done(&change)
            }
            Err(e) => Outcome::notice(Notice::Refused(e)),
        }
    }

    /// An edit whose outcome selects the contact it concerns.
    fn edit_focus(
        &mut self,
        op: impl FnOnce(&mut Directory) -> Result<Change, DirectoryError>,
    ) -> Outcome {
        self.edit(op, |change| Outcome {
            focus: change.focus().map(str::to_string),
            changed: true,
            ..Outcome::default()
        })
    }

    /// An edit that changes no selection.
    fn edit_done(
        &mut self,
        op: impl FnOnce(&mut Directory) -> Result<Change, DirectoryError>,
    ) -> Outcome {
        self.edit(op, |_| Outcome::changed())
    }

    /// How often each category of contact is checked again.
    #[must_use]
    pub fn due_rules(&self) -> &crate::core::directory::status::DueRules {
        &self.due_rules
    }

    /// Why the intervals' file beside the directory could not be read (the defaults are used
    /// meanwhile; saving an interval replaces the file).
    #[must_use]
    pub fn due_rules_problem(&self) -> Option<&store::StoreError> {
        self.due_rules_problem.as_deref()
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) -> Outcome {
        let now = Timestamp::now();
        match action {
            Action::AddContact(contact) => self.edit_focus(|d| d.add(*contact, now)),
            Action::UpdateContact(contact) => {
                if let Err(e) = contact.check() {
                    return Outcome::notice(Notice::Refused(e.into()));
                }
                self.edit_done(|d| d.update(*contact, now))
            }
            Action::DeleteContact(id) => self.edit_done(|d| d.delete(&id)),
            Action::DuplicateContact(id) => self.edit_focus(|d| d.duplicate(&id, now)),
            Action::MarkVerified(id) => self.edit_done(|d| d.mark_verified(&id, today())),
            action @ (Action::RecordCheck { .. }
            | Action::RecordChecks(_)
            | Action::ImportCallSheet(_)
            | Action::SetDueDays(..)
            | Action::ExportCallSheet { .. }) => self.apply_verification(action, now),
            action @ (Action::Print { .. }
            | Action::PrintAssembled { .. }
            | Action::LookForPrinters) => self.apply_printing(action),
            Action::Undo | Action::Redo => self.undo_redo(matches!(action, Action::Undo)),
            Action::RetrySave => {
                if let Doc::Open(session) = &mut self.doc {
                    session.save();
                    self.generation += 1;
                }
                Outcome::changed()
            }
            Action::ReloadAndReapply => self.on_session(|s| {
                s.reload_and_reapply().map(|skipped| {
                    if skipped.is_empty() {
                        Notice::Reapplied
                    } else {
                        Notice::Skipped(skipped)
                    }
                })
            }),
            Action::KeepBoth => self.on_session(|s| s.keep_both().map(Notice::KeptBoth)),
            Action::OpenFile(path) => self.open_file(&path, false),
            Action::NewFile(path) => self.open_file(&path, true),
            Action::SaveCopyAs(path) => match &self.doc {
                Doc::Open(session) => Outcome::notice(match session.save_copy_as(&path) {
                    Ok(()) => Notice::CopySaved(path),
                    Err(e) => Notice::File(Arc::new(e)),
                }),
                _ => Outcome::default(),
            },
            Action::Restore(from) => self.restore(&from),
            Action::MergeCopies { dry_run } => self.merge_copies(dry_run),
            Action::Sharing(action) => {
                let outcome = self.desktops.apply(self.doc.session_mut(), action);
                self.changed_if(outcome)
            }
            Action::Import(plan) => self.import(*plan, now),
            Action::ExportContacts {
                ids,
                path,
                format,
                protect_formulas,
            } => {
                let directory = self.directory();
                let contacts: Vec<Contact> = ids
                    .iter()
                    .filter_map(|id| directory.get(id))
                    .cloned()
                    .collect();
                Outcome::notice(
                    match interop::export(&contacts, format, &path, protect_formulas) {
                        Ok(()) => Notice::Exported {
                            count: contacts.len(),
                            path,
                        },
                        Err(e) => Notice::ExportFailed(Arc::new(e)),
                    },
                )
            }
            Action::Office(change) => {
                let outcome = guides_changed(self.library.change_office(change));
                self.search.invalidate();
                outcome
            }
            Action::InstallGuide(update) => {
                let outcome = guides_changed(self.library.install_update(&update));
                self.search.invalidate();
                outcome
            }
            Action::SetPrintChoices(choices) => self.set_print_choices(*choices),
            Action::TogglePrintEntry(id) => self.toggle_print_entry(id),
            Action::MovePrintEntry(id, delta) => self.move_print_entry(&id, delta),
            Action::SetPrintEntries(ids) => self.set_print_entries(ids),
            Action::ExportPrintout { guide, entry, path } => {
                self.export_printout_of(guide, entry.as_deref(), path)
            }
            Action::ExportAssembled { data, path } => self.export_assembled(&data, path),
            Action::Search { text, guide } => self.search_for(text, guide),
            Action::MoveHit(delta) => self.move_hit(delta),
        }
    }

    fn undo_redo(&mut self, undo: bool) -> Outcome {
        let Doc::Open(session) = &mut self.doc else {
            return Outcome::default();
        };
        let result = if undo { session.undo() } else { session.redo() };
        self.generation += 1;
        match result {
            Ok(change) => Outcome {
                focus: change.and_then(|c| c.focus().map(str::to_string)),
                changed: true,
                ..Outcome::default()
            },
            Err(e) => Outcome {
                notice: Some(Notice::Refused(e)),
                changed: true,
                ..Outcome::default()
            },
        }
    }

    /// Runs a file operation on the open session and reports it.
    fn on_session(
        &mut self,
        op: impl FnOnce(&mut Session) -> Result<Notice, store::StoreError>,
    ) -> Outcome {
        let Doc::Open(session) = &mut self.doc else {
            return Outcome::default();
        };
        let notice = op(session).unwrap_or_else(|e| Notice::File(Arc::new(e)));
        self.generation += 1;
        Outcome {
            notice: Some(notice),
            changed: true,
            ..Outcome::default()
        }
    }

    fn open_file(&mut self, path: &Path, create: bool) -> Outcome {
        self.wait_until_loaded();
        self.settle_saves();
        let result = if create {
            store::parse_directory(store::BUNDLED_DIRECTORY, Path::new("(bundled directory)"))
                .map(|(contacts, _)| Directory::from_loaded(contacts).0)
                .and_then(|d| Session::create(path, d))
        } else {
            Session::open(path)
        };
        self.generation += 1;
        match result {
            Ok(session) => {
                self.doc = Doc::Open(Box::new(session));
                (self.due_rules, self.due_rules_problem) = read_due_rules(path);
                Outcome {
                    notice: Some(Notice::Opened(path.to_path_buf())),
                    opened: Some(path.to_path_buf()),
                    changed: true,
                    ..Outcome::default()
                }
            }
            // A file that cannot be created leaves the open one open.
            Err(e) if create => Outcome::notice(Notice::File(Arc::new(e))),
            Err(e) => {
                self.doc = Doc::failed(path, e);
                Outcome::changed()
            }
        }
    }

    /// Applies an import plan holding the file's write lock from before the change until it is
    /// saved (the window's import and the command line's alike): no other writer gets in
    /// between, and the save runs here, not on the worker (which would wait for the lock).
    fn import(&mut self, plan: ImportPlan, now: Timestamp) -> Outcome {
        self.settle_saves();
        let Doc::Open(session) = &mut self.doc else {
            return Outcome::default();
        };
        let took = !session.holds_write_lock();
        if took && let Err(e) = session.hold_write_lock(IMPORT_LOCK_WAIT) {
            return Outcome::notice(Notice::File(Arc::new(e)));
        }
        let background = session.background_saves();
        session.set_background_saves(false);
        let (added, updated) = plan.counts();
        let outcome = self.edit(
            |d| plan.apply(d, now),
            |_| Outcome {
                notice: Some(Notice::Imported { added, updated }),
                changed: true,
                ..Outcome::default()
            },
        );
        if let Doc::Open(session) = &mut self.doc {
            session.set_background_saves(background);
            if took {
                session.release_write_lock();
            }
        }
        outcome
    }

    /// Takes the file's write lock and brings the contacts up to date with the file, until
    /// [`Workspace::release_write_lock`]: work planned now (an import) is planned against the
    /// latest contacts, and no other writer gets in before it is saved.
    ///
    /// # Errors
    /// When the lock cannot be had, or the file cannot be read again.
    pub fn hold_write_lock(&mut self) -> Result<(), Arc<store::StoreError>> {
        match &mut self.doc {
            Doc::Open(session) => session.hold_write_lock(IMPORT_LOCK_WAIT).map_err(Arc::new),
            _ => Ok(()),
        }
    }

    /// Keeps this desktop's merge record (see `sharing/merge_base.rs`) in `folder` instead of
    /// this computer's usual state folder (as `RIGHTS_DESK_STATE_DIR` does for a whole run).
    pub fn keep_merge_record_in(&mut self, folder: PathBuf) {
        if let Doc::Open(session) = &mut self.doc {
            session.set_base_file(Some(folder));
            session.finish_base_work();
        }
    }

    /// Lets other writers in again.
    pub fn release_write_lock(&mut self) {
        if let Doc::Open(session) = &mut self.doc {
            session.release_write_lock();
        }
    }

    fn merge_copies(&mut self, dry_run: bool) -> Outcome {
        let Doc::Open(session) = &mut self.doc else {
            return Outcome::default();
        };
        match crate::core::workspace::copies::merge_all(session, dry_run) {
            Ok(run) => {
                self.generation += 1;
                Outcome {
                    notice: Some(Notice::MergeRun(Arc::new(run))),
                    changed: !dry_run,
                    ..Outcome::default()
                }
            }
            Err(crate::core::workspace::copies::RunFailed::File(e)) => {
                Outcome::notice(Notice::File(e))
            }
            Err(crate::core::workspace::copies::RunFailed::Refused(e)) => {
                Outcome::notice(Notice::Refused(e))
            }
        }
    }

    fn restore(&mut self, from: &crate::core::store::recovery::RestoreFrom) -> Outcome {
        let Doc::Failed { recovery, .. } = &self.doc else {
            return Outcome::default();
        };
        if *from == crate::core::store::recovery::RestoreFrom::Readable
            && recovery.salvage.contacts.is_empty()
            && recovery.newest_readable_backup().is_none()
        {
            return Outcome::notice(Notice::NoBackup);
        }
        match recovery.restore(from) {
            Ok(done) => {
                let opened = self.open_file(&done.path, false);
                Outcome {
                    notice: Some(Notice::Restored(Box::new(done))),
                    ..opened
                }
            }
            Err(e) => Outcome::notice(Notice::File(Arc::new(e))),
        }
    }
}

/// The library says `changed` for its guides; the directory did not change.
fn guides_changed(outcome: Outcome) -> Outcome {
    Outcome {
        guides_changed: outcome.changed,
        changed: false,
        ..outcome
    }
}

/// Renders `data` as `format` and writes it to `path` atomically (the one printout export of
/// the window and the command line).
#[must_use]
pub fn export_printout(data: &HandoutData, format: OutputFormat, path: PathBuf) -> Notice {
    let rendered = match crate::core::printing::render_to(format, data) {
        Ok(r) => r,
        Err(e) => return Notice::PrintoutFailed(e),
    };
    match store::write_export(&path, &rendered.bytes) {
        Ok(()) => Notice::PrintoutSaved {
            path,
            missing: rendered.missing,
            not_pdf_ua: rendered.not_pdf_ua,
        },
        Err(e) => Notice::File(Arc::new(e)),
    }
}

/// The intervals beside the directory file `file`: the defaults, with the reason, when they
/// cannot be read.
fn read_due_rules(
    file: &Path,
) -> (
    crate::core::directory::status::DueRules,
    Option<Arc<store::StoreError>>,
) {
    match store::due_rules_file::load(file) {
        Ok(rules) => (rules, None),
        Err(e) => (
            crate::core::directory::status::DueRules::default(),
            Some(Arc::new(e)),
        ),
    }
}

#[cfg(test)]
mod tests;
