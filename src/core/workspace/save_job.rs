//! Saving a directory away from the window's thread: a [`SaveJob`] (a snapshot of the contacts,
//! the edits not yet on disk and what the file looked like), what running it gave
//! ([`SaveResult`]), and a [`SaveWorker`] thread that runs jobs one at a time.
//!
//! A job does exactly what a save on the window's thread did: take the file's write lock, take
//! the file as it is now and re-apply the edits when someone else changed it (stopping with
//! nothing written when the edits overlap), write atomically with a backup, and compare once
//! more just before the rename. The session decides what the result means for the edits made
//! while the job ran (see `Session::finish_save`).

use crate::core::directory::{Change, Directory};
use crate::core::sharing::merge;
use crate::core::sharing::merge_base::BaseStore;
use crate::core::store::fsio::{self, Fingerprint};
use crate::core::store::lock::{self, WriteLock};
use crate::core::store::{self, StoreError};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

/// One save to run: everything it needs, owned, so it can run on another thread.
#[derive(Debug)]
pub struct SaveJob {
    pub(crate) path: PathBuf,
    pub(crate) directory: Directory,
    pub(crate) expected: Option<Fingerprint>,
    pub(crate) changes: Vec<Change>,
    /// Where the merge base is kept: the contacts written (and someone else's file, when the
    /// save merged into it) are remembered there after the save.
    pub(crate) base: Option<BaseStore>,
}

/// What a save did.
#[derive(Debug)]
pub enum SaveOutcome {
    /// Written. `merged` holds what was written when someone else's changes were taken in.
    Saved {
        /// The file as written.
        fingerprint: Fingerprint,
        /// The merged contacts, when the file had changed elsewhere.
        merged: Option<Directory>,
    },
    /// Someone else changed the same contacts; nothing was written.
    ChangedOnDisk,
    /// Nothing was written, for this reason.
    Failed(StoreError),
}

/// The outcome of a job, with how many of the session's unsaved edits it covered.
#[derive(Debug)]
pub struct SaveResult {
    /// How many edits (oldest first) the job held.
    pub(crate) saved_changes: usize,
    /// What happened.
    pub outcome: SaveOutcome,
}

/// Where the file stands against what a session last saw, with its edits re-applied.
#[derive(Debug)]
pub(crate) enum CatchUp {
    /// The file is as it was seen.
    Unchanged,
    /// The file was deleted meanwhile: writing it again loses nothing.
    Gone,
    /// Someone else changed it; their contacts with the edits re-applied, and their file's
    /// fingerprint.
    Merged(Directory, Fingerprint),
    /// An edit touches a contact they changed too.
    Overlap,
    /// Their file could not be read.
    Failed(StoreError),
}

/// Compares the file at `path` with `expected` and, when someone else changed it, re-applies
/// `changes` to their version. The one place a save merges (the save job and the command
/// line's held lock both use it).
pub(crate) fn catch_up(
    path: &std::path::Path,
    expected: Option<&Fingerprint>,
    changes: &[Change],
    mine: &Directory,
) -> CatchUp {
    let Some(fp) = expected else {
        return CatchUp::Unchanged;
    };
    if !store::changed_on_disk(path, fp) {
        return CatchUp::Unchanged;
    }
    if !fsio::occupied(path) {
        return CatchUp::Gone;
    }
    let loaded = match store::load_directory(path) {
        Ok(l) => l,
        Err(e) => return CatchUp::Failed(e),
    };
    let mut theirs = loaded.directory;
    let original = theirs.clone();
    if changes.iter().any(|c| theirs.apply(c).is_err()) {
        // An edit here touches a contact they changed too: merge field by field; only the
        // same field changed two ways (or an edit against a deletion) stops the save.
        let merged = merge::merge_unsaved(mine, &original, changes);
        if !merged.is_clean() {
            return CatchUp::Overlap;
        }
        let (contacts, tombstones) = merged.resolve(&merge::Choices::default());
        return CatchUp::Merged(
            Directory::new(contacts).with_tombstones(&tombstones),
            loaded.fingerprint,
        );
    }
    CatchUp::Merged(theirs, loaded.fingerprint)
}

impl SaveJob {
    /// Runs the save on this thread; `held` is the write lock when the caller already has it.
    #[must_use]
    pub fn run(self, held: Option<&WriteLock>) -> SaveResult {
        let saved_changes = self.changes.len();
        let base = self.base.clone();
        let path = self.path.clone();
        // Hashes only: an import of 100,000 contacts must not be copied once more here.
        let written: Vec<u64> = self
            .changes
            .iter()
            .flat_map(|c| c.edits.iter())
            .filter_map(|e| {
                e.after
                    .as_ref()
                    .map(crate::core::sharing::merge_base::version_hash)
            })
            .collect();
        let outcome = self.outcome(held);
        if let (Some(base), SaveOutcome::Saved { merged, .. }) = (&base, &outcome) {
            // What was written here is now known; when the save took someone else's file, the
            // file as written holds their versions too.
            base.record_written_hashes(&written);
            if merged.is_some() {
                base.record_read(&path);
            }
        }
        SaveResult {
            saved_changes,
            outcome,
        }
    }

    fn outcome(self, held: Option<&WriteLock>) -> SaveOutcome {
        let acquired;
        let lock = match held {
            Some(l) => l,
            None => match WriteLock::acquire(&self.path, lock::DEFAULT_WAIT) {
                Ok(l) => {
                    acquired = l;
                    &acquired
                }
                Err(e) => return SaveOutcome::Failed(e),
            },
        };
        let SaveJob {
            path,
            mut directory,
            mut expected,
            changes,
            base: _,
        } = self;
        let mut merged = false;
        // A program that does not take the lock (a sync client) may write between the check
        // and the rename; the write then refuses, and the merge is done again.
        for _ in 0..3 {
            match catch_up(&path, expected.as_ref(), &changes, &directory) {
                CatchUp::Unchanged => {}
                CatchUp::Gone => expected = None,
                CatchUp::Merged(theirs, fingerprint) => {
                    directory = theirs;
                    expected = Some(fingerprint);
                    merged = true;
                }
                CatchUp::Overlap => return SaveOutcome::ChangedOnDisk,
                CatchUp::Failed(e) => return SaveOutcome::Failed(e),
            }
            match store::save_directory_locked(lock, &path, &directory, expected.as_ref()) {
                Ok(fingerprint) => {
                    return SaveOutcome::Saved {
                        fingerprint,
                        merged: merged.then_some(directory),
                    };
                }
                Err(StoreError::ChangedOnDisk { .. }) => {}
                Err(e) => return SaveOutcome::Failed(e),
            }
        }
        SaveOutcome::ChangedOnDisk
    }
}

/// A thread that runs save jobs one at a time, so the window never waits for the disk.
#[derive(Debug)]
pub struct SaveWorker {
    jobs: Sender<SaveJob>,
    results: Receiver<SaveResult>,
}

impl SaveWorker {
    /// Starts the thread. It ends when the worker is dropped.
    #[must_use]
    pub fn start() -> SaveWorker {
        let (jobs, job_rx) = mpsc::channel::<SaveJob>();
        let (result_tx, results) = mpsc::channel();
        std::thread::Builder::new()
            .name("rights-desk-save".into())
            .spawn(move || {
                for job in job_rx {
                    if result_tx.send(job.run(None)).is_err() {
                        break;
                    }
                }
            })
            .ok();
        SaveWorker { jobs, results }
    }

    /// Queues a job. If the thread is gone, the job runs here instead (nothing is dropped) and
    /// its result is returned.
    #[must_use = "a result returned here belongs to the session"]
    pub fn submit(&self, job: SaveJob) -> Option<SaveResult> {
        match self.jobs.send(job) {
            Ok(()) => None,
            Err(mpsc::SendError(job)) => Some(job.run(None)),
        }
    }

    /// A finished job's result, if one is ready.
    #[must_use]
    pub fn try_result(&self) -> Option<SaveResult> {
        self.results.try_recv().ok()
    }

    /// Waits up to `timeout` for a finished job (closing the window waits for a pending save).
    #[must_use]
    pub fn wait(&self, timeout: Duration) -> Option<SaveResult> {
        self.results.recv_timeout(timeout).ok()
    }
}
