//! One open directory file: the contacts, their undo history, and keeping the file on disk in
//! step with them.
//!
//! Every edit is saved at once through `store` (atomic, with backups), holding the file's write
//! lock for the whole check-backup-write-rename sequence, so two writers never lose each
//! other's changes. A save that fails (a read-only file, a full disk) keeps the edit in memory
//! and marks the session unsaved, so a retry saves it. A save that finds the file changed by
//! someone else since it was loaded takes their file and re-applies the edits made here
//! (merging); only when an edit here touches a contact they also changed does it stop with
//! nothing written, and the user chooses to reload their version and re-apply what still
//! applies, or to keep both (this version goes to a copy beside theirs).

use crate::core::directory::contact::Contact;
use crate::core::directory::history::History;
use crate::core::directory::load_note::LoadNote;
use crate::core::directory::search::ContactIndex;
use crate::core::directory::{Change, ChangeKind, Directory, DirectoryError};
use crate::core::sharing::merge_base::BaseStore;
use crate::core::store::fsio;
use crate::core::store::lock::WriteLock;
use crate::core::store::{self, Fingerprint, StoreError};
use crate::core::workspace::save_job::{self, CatchUp, SaveJob, SaveOutcome, SaveResult};
use jiff::Timestamp;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// Where the file stands compared with the contacts in memory.
#[derive(Debug, Clone)]
pub enum SaveStatus {
    /// Everything is on disk; saved at this time.
    Saved(Timestamp),
    /// Opened and not changed since.
    Opened,
    /// The last save failed for this reason; the edits are kept in memory.
    Failed(Arc<StoreError>),
    /// Someone else changed the same contacts; nothing was written.
    ChangedOnDisk,
    /// A save is under way on the save worker (the edits are kept here until it is done).
    Saving,
}

impl PartialEq for SaveStatus {
    fn eq(&self, other: &SaveStatus) -> bool {
        match (self, other) {
            (SaveStatus::Saved(a), SaveStatus::Saved(b)) => a == b,
            (SaveStatus::Opened, SaveStatus::Opened)
            | (SaveStatus::ChangedOnDisk, SaveStatus::ChangedOnDisk)
            | (SaveStatus::Saving, SaveStatus::Saving) => true,
            (SaveStatus::Failed(a), SaveStatus::Failed(b)) => a.to_string() == b.to_string(),
            _ => false,
        }
    }
}

impl Eq for SaveStatus {}

impl SaveStatus {
    /// True when the last save failed because the file is read-only (the window then offers
    /// "Save a copy as…").
    #[must_use]
    pub fn is_read_only(&self) -> bool {
        matches!(self, SaveStatus::Failed(e) if matches!(**e, StoreError::ReadOnly { .. }))
    }
}

/// An open directory file.
#[derive(Debug)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent save states: merged, background, a job out, a save wanted"
)]
pub struct Session {
    path: PathBuf,
    directory: Directory,
    history: History,
    fingerprint: Option<Fingerprint>,
    /// Changes applied since the file was last written, oldest first (to re-apply after a
    /// reload).
    unsaved: Vec<Change>,
    status: SaveStatus,
    index: ContactIndex,
    /// Problems found while loading (repaired ids, nameless contacts, an older format).
    pub load_notes: Vec<LoadNote>,
    /// The file's write lock, while a batch of work holds it ([`Session::hold_write_lock`]).
    held: Option<WriteLock>,
    /// True when the last save merged changes made elsewhere.
    merged: bool,
    /// Saves are run by a save worker ([`Session::save_job`]) instead of at once.
    background: bool,
    /// A save job is out.
    saving: bool,
    /// Edits (or a retry) wait for the next save job.
    want_save: bool,
    /// Where this desktop keeps the versions of the contacts it has seen (the merge base; see
    /// `merge_base.rs`); `None` when the system has no place for it.
    base: Option<BaseStore>,
    /// Conflict copies merged into the contacts, moved into `backups/` once the merge is saved.
    retire_after_save: Vec<PathBuf>,
    /// Base updates running on their own threads (waited for when the session ends).
    base_work: Vec<std::thread::JoinHandle<()>>,
}

impl Drop for Session {
    fn drop(&mut self) {
        for work in self.base_work.drain(..) {
            let _ = work.join();
        }
    }
}

impl Session {
    /// Opens a directory file. A file that does not parse is returned as an error and left
    /// untouched.
    pub fn open(path: &Path) -> Result<Session, StoreError> {
        Session::open_counted(path, &mut |_| {})
    }

    /// [`Session::open`], telling `on_count` how many contacts are being read (for a loading
    /// screen).
    pub fn open_counted(
        path: &Path,
        on_count: &mut dyn FnMut(usize),
    ) -> Result<Session, StoreError> {
        let loaded = store::load_directory_counted(path, on_count)?;
        // Temporary files of saves that were killed (by a crash, a power cut) go now.
        fsio::remove_stale_temps(&fsio::resolve_link(path)?);
        let mut notes = loaded.warnings;
        if let Some(v) = loaded.migrated_from {
            notes.push(LoadNote::OlderFormat { version: v });
        }
        let mut session = Session::from_parts(
            path.to_path_buf(),
            loaded.directory,
            Some(loaded.fingerprint),
            notes,
        );
        session.remember_all();
        Ok(session)
    }

    /// Creates a new file at `path` holding `directory` and opens it. Refuses to replace an
    /// existing file.
    pub fn create(path: &Path, directory: Directory) -> Result<Session, StoreError> {
        if fsio::occupied(path) {
            return Err(StoreError::io(
                path,
                std::io::Error::from(std::io::ErrorKind::AlreadyExists),
            ));
        }
        let fingerprint = store::save_directory(path, &directory, None)?;
        let mut session =
            Session::from_parts(path.to_path_buf(), directory, Some(fingerprint), Vec::new());
        session.remember_all();
        Ok(session)
    }

    fn from_parts(
        path: PathBuf,
        directory: Directory,
        fingerprint: Option<Fingerprint>,
        load_notes: Vec<LoadNote>,
    ) -> Session {
        let index = ContactIndex::build(directory.contacts());
        Session {
            directory,
            history: History::default(),
            fingerprint,
            unsaved: Vec::new(),
            status: SaveStatus::Opened,
            index,
            load_notes,
            held: None,
            merged: false,
            background: false,
            saving: false,
            want_save: false,
            base: BaseStore::for_file(&path),
            path,
            retire_after_save: Vec::new(),
            base_work: Vec::new(),
        }
    }

    /// Where this desktop keeps the merge base of this file, if anywhere.
    #[must_use]
    pub fn base(&self) -> Option<&BaseStore> {
        self.base.as_ref()
    }

    /// Keeps the merge base somewhere else (tests), or nowhere.
    pub fn set_base_file(&mut self, folder: Option<PathBuf>) {
        self.base = folder.map(BaseStore::at);
        self.remember_all();
    }

    /// Why this desktop's merge record (see `merge_base.rs`) could not be written, while that
    /// lasts: later merges may then ask questions they could have settled.
    #[must_use]
    pub fn base_problem(&self) -> Option<String> {
        self.base.as_ref().and_then(BaseStore::problem)
    }

    /// Waits until the merge base is up to date with what this session read and wrote (a
    /// merge needs it; it is written on a thread of its own).
    pub fn finish_base_work(&mut self) {
        for work in self.base_work.drain(..) {
            let _ = work.join();
        }
    }

    /// Adds every contact as it is now to the merge base, on a thread of its own.
    fn remember_all(&mut self) {
        let Some(base) = self.base.clone() else {
            return;
        };
        let path = self.path.clone();
        self.base_work.retain(|w| !w.is_finished());
        if let Ok(work) = std::thread::Builder::new()
            .name("rights-desk-base".into())
            .spawn(move || {
                base.record_read(&path);
            })
        {
            self.base_work.push(work);
        }
    }

    /// The file.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The contacts.
    #[must_use]
    pub fn directory(&self) -> &Directory {
        &self.directory
    }

    /// The search index of the contacts (same order).
    #[must_use]
    pub fn index(&self) -> &ContactIndex {
        &self.index
    }

    /// The undo history.
    #[must_use]
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Save state.
    #[must_use]
    pub fn status(&self) -> &SaveStatus {
        &self.status
    }

    /// True when edits exist that are not on disk.
    #[must_use]
    pub fn has_unsaved(&self) -> bool {
        !self.unsaved.is_empty()
    }

    /// Applies an operation of [`Directory`], records it for undo, and saves.
    pub fn perform(
        &mut self,
        op: impl FnOnce(&mut Directory) -> Result<Change, DirectoryError>,
    ) -> Result<Change, DirectoryError> {
        let change = op(&mut self.directory)?;
        if !change.edits.is_empty() {
            self.history.record(change.clone());
            self.after_change(change.clone());
        }
        Ok(change)
    }

    /// Undoes the last change and saves. Returns the change applied, if any.
    pub fn undo(&mut self) -> Result<Option<Change>, DirectoryError> {
        let applied = self.history.undo(&mut self.directory)?;
        if let Some(c) = &applied {
            self.after_change(c.clone());
        }
        Ok(applied)
    }

    /// Redoes the last undone change and saves.
    pub fn redo(&mut self) -> Result<Option<Change>, DirectoryError> {
        let applied = self.history.redo(&mut self.directory)?;
        if let Some(c) = &applied {
            self.after_change(c.clone());
        }
        Ok(applied)
    }

    fn after_change(&mut self, change: Change) {
        self.index = ContactIndex::build(self.directory.contacts());
        self.unsaved.push(change);
        self.save();
    }

    /// Writes the contacts to the file, holding its write lock. When someone else changed the
    /// file since it was loaded, their file is taken and the edits made here are re-applied
    /// first; when those edits overlap theirs, nothing is written
    /// ([`SaveStatus::ChangedOnDisk`]). Returns the new status. With background saves on, this
    /// only asks for the next save job.
    pub fn save(&mut self) -> &SaveStatus {
        if self.background {
            self.want_save = true;
            if !self.saving {
                self.status = SaveStatus::Saving;
            }
            return &self.status;
        }
        let job = self.make_job();
        let held = self.held.take();
        let result = job.run(held.as_ref());
        self.held = held;
        self.finish_save(result);
        &self.status
    }

    /// Saves on a worker from now on: edits ask for a job ([`Session::save_job`]) instead of
    /// writing at once (the window; the command line saves at once).
    pub fn set_background_saves(&mut self, on: bool) {
        self.background = on;
    }

    /// True while a save job is out.
    #[must_use]
    pub fn is_saving(&self) -> bool {
        self.saving
    }

    /// The next save to run, when edits wait for one and none is running: the latest contacts
    /// (edits made meanwhile are coalesced into it).
    pub fn save_job(&mut self) -> Option<SaveJob> {
        if self.saving || !self.want_save || self.unsaved.is_empty() {
            return None;
        }
        Some(self.make_job())
    }

    fn make_job(&mut self) -> SaveJob {
        self.want_save = false;
        self.saving = true;
        self.status = SaveStatus::Saving;
        SaveJob {
            path: self.path.clone(),
            directory: self.directory.clone(),
            expected: self.fingerprint.clone(),
            changes: self.unsaved.clone(),
            base: self.base.clone(),
        }
    }

    /// Takes in what a save job did. Edits made while it ran stay unsaved and ask for the next
    /// job; when the job merged changes made elsewhere, those edits are re-applied on top.
    pub fn finish_save(&mut self, result: SaveResult) {
        self.saving = false;
        self.merged = false;
        match result.outcome {
            SaveOutcome::Saved {
                fingerprint,
                merged,
            } => {
                let count = result.saved_changes.min(self.unsaved.len());
                let remaining = self.unsaved.split_off(count);
                if let Some(mut merged) = merged {
                    if remaining.iter().any(|c| merged.apply(c).is_err()) {
                        // An edit made during the save touches a contact changed elsewhere:
                        // keep every edit unsaved against the old file, and ask.
                        self.unsaved.extend(remaining);
                        self.status = SaveStatus::ChangedOnDisk;
                        return;
                    }
                    self.directory = merged;
                    self.index = ContactIndex::build(self.directory.contacts());
                    self.merged = true;
                }
                self.fingerprint = Some(fingerprint);
                self.unsaved = remaining;
                if self.unsaved.is_empty() {
                    self.status = SaveStatus::Saved(Timestamp::now());
                    self.retire_merged_copies();
                } else {
                    self.want_save = true;
                    self.status = SaveStatus::Saving;
                }
            }
            SaveOutcome::ChangedOnDisk => self.status = SaveStatus::ChangedOnDisk,
            SaveOutcome::Failed(e) => self.status = SaveStatus::Failed(Arc::new(e)),
        }
    }

    /// When the file changed on disk since it was loaded: takes it and re-applies the unsaved
    /// edits. `Err` holds the status to report when that cannot be done.
    fn catch_up(&mut self) -> Result<(), SaveStatus> {
        match save_job::catch_up(
            &self.path,
            self.fingerprint.as_ref(),
            &self.unsaved,
            &self.directory,
        ) {
            CatchUp::Unchanged => {}
            CatchUp::Gone => self.fingerprint = None,
            CatchUp::Merged(directory, fingerprint) => {
                self.directory = directory;
                self.fingerprint = Some(fingerprint);
                self.index = ContactIndex::build(self.directory.contacts());
                self.merged = true;
            }
            CatchUp::Overlap => return Err(SaveStatus::ChangedOnDisk),
            CatchUp::Failed(e) => return Err(SaveStatus::Failed(Arc::new(e))),
        }
        Ok(())
    }

    /// True when the last save merged changes made elsewhere (the window says so).
    #[must_use]
    pub fn last_save_merged(&self) -> bool {
        self.merged
    }

    /// Takes the file's write lock until [`Session::release_write_lock`] (or the session ends)
    /// and brings the contacts up to date with the file, so work planned now (an import) is
    /// planned against the latest contacts and no other writer can get in before it is saved.
    pub fn hold_write_lock(&mut self, wait: Duration) -> Result<(), StoreError> {
        let lock = WriteLock::acquire(&self.path, wait)?;
        if let Err(status) = self.catch_up() {
            return Err(match status {
                SaveStatus::Failed(e) => Arc::try_unwrap(e).unwrap_or_else(|e| {
                    StoreError::io(&self.path, std::io::Error::other(e.to_string()))
                }),
                _ => StoreError::ChangedOnDisk {
                    path: self.path.clone(),
                },
            });
        }
        self.held = Some(lock);
        Ok(())
    }

    /// True while this session holds the file's write lock ([`Session::hold_write_lock`]).
    #[must_use]
    pub fn holds_write_lock(&self) -> bool {
        self.held.is_some()
    }

    /// True when saves run on a worker ([`Session::set_background_saves`]).
    #[must_use]
    pub fn background_saves(&self) -> bool {
        self.background
    }

    /// Lets other writers in again.
    pub fn release_write_lock(&mut self) {
        self.held = None;
    }

    /// Loads the file as it is on disk now and re-applies the edits made here since the last
    /// save. Edits to a contact that the other person also changed are not applied; their
    /// names are returned. Undo steps that still apply are kept.
    pub fn reload_and_reapply(&mut self) -> Result<Vec<String>, StoreError> {
        let loaded = store::load_directory(&self.path)?;
        let mut directory = loaded.directory;
        let mut skipped = Vec::new();
        for change in &self.unsaved {
            for edit in change.edits.iter() {
                let single = Change {
                    kind: change.kind,
                    edits: Arc::from([edit.clone()]),
                };
                if directory.apply(&single).is_err() {
                    let name = edit
                        .after
                        .as_ref()
                        .or(edit.before.as_ref())
                        .map_or_else(String::new, |c| c.name.to_string());
                    if !skipped.contains(&name) {
                        skipped.push(name);
                    }
                }
            }
        }
        self.adopt(directory, loaded.fingerprint);
        let reapplied = std::mem::take(&mut self.unsaved);
        if reapplied.is_empty() {
            self.status = SaveStatus::Opened;
        } else {
            // Save the merged result (it may still fail; the status says so).
            self.unsaved = reapplied;
            self.save();
        }
        Ok(skipped)
    }

    /// Keeps both versions: writes the contacts in memory to a new file beside this one
    /// (returned), then opens the other person's version of this file.
    pub fn keep_both(&mut self) -> Result<PathBuf, StoreError> {
        let copy = fsio::sibling_copy_path(&self.path, "my copy");
        store::save_directory(&copy, &self.directory, None)?;
        let loaded = store::load_directory(&self.path)?;
        self.adopt(loaded.directory, loaded.fingerprint);
        self.unsaved.clear();
        self.status = SaveStatus::Opened;
        Ok(copy)
    }

    /// Takes `directory`, as found on disk with `fingerprint`, as the session's contents.
    /// The undo steps that can still be undone on the new contents are kept.
    fn adopt(&mut self, directory: Directory, fingerprint: Fingerprint) {
        self.directory = directory;
        self.fingerprint = Some(fingerprint);
        self.history.keep_applicable(&self.directory);
        self.index = ContactIndex::build(self.directory.contacts());
        self.remember_all();
    }

    /// True when the file on disk is no longer the one these contacts were read from or last
    /// written to (another desktop or program changed it). Cheap when nothing changed.
    #[must_use]
    pub fn changed_on_disk(&self) -> bool {
        self.fingerprint
            .as_ref()
            .is_some_and(|fp| store::changed_on_disk(&self.path, fp))
    }

    /// Takes the merge of a conflict copy (or another desktop's version) as one undoable
    /// change: `contacts` and `tombstones` are the whole result (see `merge.rs`), `seen` the
    /// other version's file (remembered for the next merge, when every question about it was
    /// answered), `copy` the conflict copy to move into `backups/` once the result is saved.
    /// Saves.
    pub fn apply_merge(
        &mut self,
        contacts: Vec<Contact>,
        tombstones: &[crate::core::directory::tombstone::Tombstone],
        seen: Option<&Path>,
        copy: Option<PathBuf>,
    ) -> Result<Change, DirectoryError> {
        let change = self.directory.change_to(ChangeKind::Merge, contacts);
        let tombstones_before = self.directory.tombstones().to_vec();
        let mut next = self.directory.clone();
        next.apply(&change)?;
        self.directory = next.with_tombstones(tombstones);
        if let (Some(base), Some(seen)) = (&self.base, seen) {
            base.record_read(seen);
        }
        self.retire_after_save.extend(copy);
        if change.edits.is_empty() && self.directory.tombstones() == tombstones_before {
            // Nothing new in the copy: it can go as soon as everything here is saved.
            if self.unsaved.is_empty() && !self.saving {
                self.retire_merged_copies();
            }
        } else {
            if !change.edits.is_empty() {
                self.history.record(change.clone());
            }
            self.index = ContactIndex::build(self.directory.contacts());
            self.unsaved.push(change.clone());
            self.save();
        }
        Ok(change)
    }

    /// The edits made since the file was last read or written, oldest first.
    #[must_use]
    pub fn unsaved_changes(&self) -> &[Change] {
        &self.unsaved
    }

    /// Takes the merge of the edits made here with the file as another desktop has since
    /// written it (`theirs`, read with `fingerprint`): `contacts` and `tombstones` are the
    /// whole result. The edits made here become one change on top of their file (undoable as
    /// one step), and it is saved.
    pub fn apply_file_merge(
        &mut self,
        contacts: Vec<Contact>,
        tombstones: &[crate::core::directory::tombstone::Tombstone],
        theirs: &Directory,
        fingerprint: Fingerprint,
    ) -> Result<Change, DirectoryError> {
        let change = theirs.change_to(ChangeKind::Merge, contacts);
        let mut next = theirs.clone();
        next.apply(&change)?;
        if let Some(base) = &self.base {
            // The file on disk is still theirs: keep a copy of it as read.
            base.record_read(&self.path);
        }
        self.directory = next.with_tombstones(tombstones);
        self.fingerprint = Some(fingerprint);
        self.history.keep_applicable(theirs);
        self.history.record(change.clone());
        self.index = ContactIndex::build(self.directory.contacts());
        self.unsaved = vec![change.clone()];
        self.save();
        Ok(change)
    }

    /// Moves the conflict copies whose merge is now saved into `backups/`.
    fn retire_merged_copies(&mut self) {
        for copy in std::mem::take(&mut self.retire_after_save) {
            if let Err(e) = crate::core::sharing::conflict_copy::retire(&self.path, &copy) {
                self.load_notes.push(LoadNote::CopyNotRetired(Arc::new(e)));
            }
        }
    }

    /// Writes the contacts to another file, leaving this session on its own file.
    pub fn save_copy_as(&self, path: &Path) -> Result<(), StoreError> {
        store::save_directory(path, &self.directory, None).map(|_| ())
    }

    /// The contact with this id.
    #[must_use]
    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.directory.get(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::directory::contact::{Contact, Phone};

    fn session_in(dir: &Path) -> Session {
        let path = dir.join("directory.ron");
        store::ensure_directory_file(&path).expect("create");
        Session::open(&path).expect("open")
    }

    #[test]
    fn edits_are_saved_at_once_and_undo_is_saved_too() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut s = session_in(dir.path());
        let mut c = s.contact("nmilc").cloned().expect("contact");
        c.phones[0].number = "505-555-0199".into();
        s.perform(|d| d.update(c, Timestamp::now())).expect("edit");
        assert!(matches!(s.status(), SaveStatus::Saved(_)));
        let on_disk = store::load_directory(s.path()).expect("load").directory;
        assert_eq!(
            on_disk.get("nmilc").expect("c").phones[0].number,
            "505-555-0199"
        );
        s.undo().expect("undo");
        let on_disk = store::load_directory(s.path()).expect("load").directory;
        assert_eq!(
            on_disk.get("nmilc").expect("c").phones[0].number,
            "505-247-1023"
        );
    }

    #[test]
    fn a_change_by_someone_else_is_merged_when_it_does_not_overlap() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut mine = session_in(dir.path());
        let mut theirs = Session::open(mine.path()).expect("open twice");
        theirs
            .perform(|d| d.delete("aclu-nm"))
            .expect("their delete");

        let mut c = mine.contact("nmilc").cloned().expect("contact");
        c.phones.push(Phone {
            number: "505-555-0100".into(),
            ..Phone::default()
        });
        mine.perform(|d| d.update(c, Timestamp::now()))
            .expect("my edit");
        assert!(matches!(mine.status(), SaveStatus::Saved(_)));
        assert!(mine.last_save_merged());
        assert!(!mine.has_unsaved());
        let disk = store::load_directory(mine.path()).expect("load").directory;
        assert!(disk.get("aclu-nm").is_none(), "their change kept");
        assert_eq!(disk.get("nmilc").expect("c").phones.len(), 2, "mine kept");
        assert!(mine.directory().get("aclu-nm").is_none(), "shown here too");
        // Undo still works on my change.
        mine.undo().expect("undo");
        let disk = store::load_directory(mine.path()).expect("load").directory;
        assert_eq!(disk.get("nmilc").expect("c").phones.len(), 1);
        assert!(disk.get("aclu-nm").is_none());
    }

    /// Both changed the same contact: nothing is written; reload re-applies what still applies.
    fn overlapping(dir: &Path) -> Session {
        let mut mine = session_in(dir);
        let mut theirs = Session::open(mine.path()).expect("open twice");
        theirs
            .perform(|d| d.delete("aclu-nm"))
            .expect("their delete");
        let mut c = theirs.contact("nmilc").cloned().expect("contact");
        c.notes = "theirs".into();
        theirs
            .perform(|d| d.update(c, Timestamp::now()))
            .expect("their edit");
        mine.perform(|d| d.delete("nmilc")).expect("my delete");
        assert_eq!(mine.status(), &SaveStatus::ChangedOnDisk);
        assert!(mine.has_unsaved());
        let disk = store::load_directory(mine.path()).expect("load").directory;
        assert_eq!(
            disk.get("nmilc").expect("c").notes,
            "theirs",
            "not overwritten"
        );
        mine
    }

    #[test]
    fn an_overlapping_change_is_not_overwritten() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut mine = overlapping(dir.path());
        let skipped = mine.reload_and_reapply().expect("reload");
        assert_eq!(skipped.len(), 1, "my delete of a contact they edited");
        let disk = store::load_directory(mine.path()).expect("load").directory;
        assert!(disk.get("aclu-nm").is_none(), "their change kept");
        assert_eq!(disk.get("nmilc").expect("c").notes, "theirs");
    }

    #[test]
    fn keep_both_writes_a_copy() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut mine = overlapping(dir.path());
        let copy = mine.keep_both().expect("keep both");
        let my_copy = store::load_directory(&copy).expect("copy").directory;
        assert!(my_copy.get("nmilc").is_none() && my_copy.get("aclu-nm").is_some());
        assert!(mine.directory().get("aclu-nm").is_none());
        assert!(mine.directory().get("nmilc").is_some());
    }

    #[test]
    fn a_failed_save_keeps_the_edit_for_a_retry() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut s = session_in(dir.path());
        // Make writing impossible even for root: the backups folder's name is taken by a file.
        let blocker = dir.path().join("backups");
        let _ = std::fs::remove_dir_all(&blocker);
        std::fs::write(&blocker, "not a folder").expect("blocker");
        let before = std::fs::read(s.path()).expect("read");
        s.perform(|d| d.delete("nmilc")).expect("delete");
        assert!(
            matches!(s.status(), SaveStatus::Failed(_)),
            "{:?}",
            s.status()
        );
        assert!(s.has_unsaved());
        assert!(s.directory().get("nmilc").is_none(), "edit kept in memory");
        assert_eq!(
            std::fs::read(s.path()).expect("read"),
            before,
            "file untouched"
        );
        // The problem goes away; a retry saves the edit.
        std::fs::remove_file(&blocker).expect("unblock");
        s.save();
        assert!(matches!(s.status(), SaveStatus::Saved(_)));
        assert!(!s.has_unsaved());
        let disk = store::load_directory(s.path()).expect("load").directory;
        assert!(disk.get("nmilc").is_none());
    }

    #[test]
    fn create_refuses_to_replace_a_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let s = session_in(dir.path());
        assert!(Session::create(s.path(), Directory::default()).is_err());
        let other = dir.path().join("other.ron");
        let created = Session::create(&other, Directory::default()).expect("create");
        assert!(created.directory().is_empty());
    }

    fn add(s: &mut Session, name: &str) {
        let c = Contact {
            name: name.into(),
            ..Contact::default()
        };
        s.perform(|d| d.add(c, Timestamp::now())).expect("add");
    }

    #[test]
    fn background_saves_coalesce_and_keep_edits_made_meanwhile() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut s = session_in(dir.path());
        s.set_background_saves(true);
        add(&mut s, "First");
        add(&mut s, "Second");
        assert_eq!(s.status(), &SaveStatus::Saving);
        let job = s.save_job().expect("a job for both edits");
        assert!(s.save_job().is_none(), "one job at a time");
        // Edits made while the job runs on the worker.
        add(&mut s, "Third");
        let result = job.run(None);
        let disk = store::load_directory(s.path()).expect("load").directory;
        assert!(disk.contacts().iter().any(|c| c.name == "Second"));
        assert!(!disk.contacts().iter().any(|c| c.name == "Third"));
        s.finish_save(result);
        assert_eq!(
            s.status(),
            &SaveStatus::Saving,
            "the third edit waits for the next job"
        );
        assert!(s.has_unsaved());
        let next = s.save_job().expect("next job");
        s.finish_save(next.run(None));
        assert!(matches!(s.status(), SaveStatus::Saved(_)));
        assert!(!s.has_unsaved());
        let disk = store::load_directory(s.path()).expect("load").directory;
        for n in ["First", "Second", "Third"] {
            assert!(disk.contacts().iter().any(|c| c.name == n), "{n}");
        }
    }

    #[test]
    fn a_background_save_merges_and_reapplies_edits_made_meanwhile() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut s = session_in(dir.path());
        let mut theirs = Session::open(s.path()).expect("open twice");
        s.set_background_saves(true);
        add(&mut s, "Mine");
        theirs
            .perform(|d| d.delete("aclu-nm"))
            .expect("their delete");
        let job = s.save_job().expect("job");
        add(&mut s, "Mine too");
        s.finish_save(job.run(None));
        assert!(s.last_save_merged());
        assert!(
            s.directory().get("aclu-nm").is_none(),
            "their change shown here"
        );
        assert!(
            s.directory()
                .contacts()
                .iter()
                .any(|c| c.name == "Mine too")
        );
        let next = s.save_job().expect("next job");
        s.finish_save(next.run(None));
        let disk = store::load_directory(s.path()).expect("load").directory;
        assert!(disk.get("aclu-nm").is_none());
        for n in ["Mine", "Mine too"] {
            assert!(disk.contacts().iter().any(|c| c.name == n), "{n}");
        }
    }

    #[test]
    fn the_save_worker_runs_jobs_off_this_thread() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut s = session_in(dir.path());
        s.set_background_saves(true);
        add(&mut s, "Worker");
        let worker = crate::core::workspace::save_job::SaveWorker::start();
        assert!(worker.submit(s.save_job().expect("job")).is_none());
        let result = worker
            .wait(std::time::Duration::from_secs(10))
            .expect("the worker answers");
        s.finish_save(result);
        assert!(matches!(s.status(), SaveStatus::Saved(_)));
    }
}
