//! Sharing one directory file between desktops: reading a conflict copy a sync program left
//! beside the open file and merging it into the open contacts (`merge.rs` does the merging,
//! `merge_base.rs` knows what both sides started from, `conflict_copy.rs` finds the copies).
//! The window and the command line both go through [`merge_copy`] and [`apply`].

use crate::core::directory::{Change, Directory, DirectoryError};
use crate::core::sharing::conflict_copy::ConflictCopy;
use crate::core::sharing::merge::{self, Choices, Merge};
use crate::core::sharing::merge_base::BaseStore;
use crate::core::store::{self, Fingerprint, StoreError};
use crate::core::workspace::session::Session;

/// Where the other version merged in came from.
#[derive(Debug, Clone)]
pub enum Source {
    /// A conflict copy beside the open file.
    Copy(ConflictCopy),
    /// The open file itself, as another desktop wrote it while edits here were not yet saved.
    File(Fingerprint),
}

/// Another version read and merged (not yet applied) against the open contacts.
#[derive(Debug, Clone)]
pub struct CopyMerge {
    /// Where it came from.
    pub source: Source,
    /// Its contacts.
    pub theirs: Directory,
    /// How they merge with the open contacts.
    pub merge: Merge,
}

impl CopyMerge {
    /// The conflict copy merged, if it is one.
    #[must_use]
    pub fn copy(&self) -> Option<&ConflictCopy> {
        match &self.source {
            Source::Copy(c) => Some(c),
            Source::File(_) => None,
        }
    }
}

/// Reads `copy` and merges it against the session's contacts, with this desktop's merge base.
/// A copy that cannot be read is an error and stays where it is.
pub fn merge_copy(session: &mut Session, copy: &ConflictCopy) -> Result<CopyMerge, StoreError> {
    let theirs = read_copy(session.directory(), copy)?;
    session.finish_base_work();
    let mut known = session.base().map(BaseStore::known).unwrap_or_default();
    learn(&mut known, session.path(), session.directory(), &theirs);
    let merge = merge::merge(session.directory(), &theirs, &|m, t| known.base_for(m, t));
    Ok(CopyMerge {
        source: Source::Copy(copy.clone()),
        theirs,
        merge,
    })
}

/// What `merge` would do with `copies`, without writing anything: each copy is merged in
/// turn against the contacts as the ones before it left them (their clean part applied in
/// memory, as the merge saves it), so that a dry run asks exactly what the merge would ask.
pub fn dry_run(
    session: &mut Session,
    copies: &[ConflictCopy],
) -> Vec<Result<CopyMerge, StoreError>> {
    session.finish_base_work();
    let mut known = session.base().map(BaseStore::known).unwrap_or_default();
    let mut current = session.directory().clone();
    let mut out = Vec::new();
    for copy in copies {
        let theirs = match read_copy(&current, copy) {
            Ok(t) => t,
            Err(e) => {
                out.push(Err(e));
                continue;
            }
        };
        learn(&mut known, session.path(), &current, &theirs);
        let merge = merge::merge(&current, &theirs, &|m, t| known.base_for(m, t));
        let (contacts, tombstones) = merge.clean_part();
        // What the merge would write is then this desktop's own; a copy merged whole is then
        // remembered as read.
        known.record_written(contacts.iter().filter(|c| current.get(&c.id) != Some(*c)));
        if merge.is_clean() {
            known.record_read_at(theirs.contacts(), jiff::Timestamp::now().into());
        }
        current = Directory::new(contacts).with_tombstones(&tombstones);
        out.push(Ok(CopyMerge {
            source: Source::Copy(copy.clone()),
            theirs,
            merge,
        }));
    }
    out
}

/// Reads a conflict copy for merging into `mine`.
fn read_copy(mine: &Directory, copy: &ConflictCopy) -> Result<Directory, StoreError> {
    let loaded = store::load_directory(&copy.path)?;
    Ok(if loaded.migrated_from == Some(1) {
        // An old-format copy cannot have cleared what its format cannot hold.
        let mut contacts = loaded.directory.contacts().to_vec();
        for c in &mut contacts {
            if let Some(current) = mine.get(&c.id) {
                store::fill_what_v1_lacks(c, current);
            }
        }
        Directory::new(contacts)
    } else {
        loaded.directory
    })
}

/// Teaches `known` the versions of the contacts that differ between `mine` and `theirs` that
/// the file's backups and the file itself hold: the versions their lineages may name.
fn learn(
    known: &mut crate::core::sharing::merge_base::KnownVersions,
    file: &std::path::Path,
    mine: &Directory,
    theirs: &Directory,
) {
    let ids: std::collections::HashSet<&str> = theirs
        .contacts()
        .iter()
        .filter(|t| mine.get(&t.id) != Some(*t))
        .map(|t| t.id.as_str())
        .collect();
    let mut files = crate::core::store::fsio::backups(file);
    files.push(file.to_path_buf());
    known.learn_from(&files, &ids);
}

/// Reads the open file as another desktop has since written it and merges the edits made here
/// that are not saved yet into it (what a save does by itself when the edits touch different
/// fields; this is for the window's merge screen when the same field was changed two ways).
pub fn merge_with_file(session: &mut Session) -> Result<CopyMerge, StoreError> {
    let loaded = store::load_directory(session.path())?;
    let merge = merge::merge_unsaved(
        session.directory(),
        &loaded.directory,
        session.unsaved_changes(),
    );
    Ok(CopyMerge {
        source: Source::File(loaded.fingerprint),
        theirs: loaded.directory,
        merge,
    })
}

/// Applies a merged copy to the session with these answers (one undoable change, saved), and
/// moves the copy into `backups/` once saved.
pub fn apply(
    session: &mut Session,
    merged: &CopyMerge,
    choices: &Choices,
) -> Result<Change, DirectoryError> {
    let (contacts, tombstones) = merged.merge.resolve(choices);
    match &merged.source {
        Source::Copy(copy) => session.apply_merge(
            contacts,
            &tombstones,
            Some(&copy.path),
            Some(copy.path.clone()),
        ),
        Source::File(fingerprint) => {
            session.apply_file_merge(contacts, &tombstones, &merged.theirs, fingerprint.clone())
        }
    }
}

/// Applies only what merged cleanly (contacts in conflict stay as they are here) and leaves
/// the copy where it is for a person to settle the rest (the command line's `merge`).
pub fn apply_clean_part(
    session: &mut Session,
    merged: &CopyMerge,
) -> Result<Change, DirectoryError> {
    let (contacts, tombstones) = merged.merge.clean_part();
    let retire = merged
        .copy()
        .filter(|_| merged.merge.is_clean())
        .map(|c| c.path.clone());
    // A copy with questions left is not remembered as read: its versions would be taken for
    // the base next time and the questions decided alone.
    let seen = retire.clone();
    session.apply_merge(contacts, &tombstones, seen.as_deref(), retire)
}
/// One conflict copy in a run of [`merge_all`].
#[derive(Debug, Clone)]
pub struct CopyRun {
    /// The copy.
    pub copy: ConflictCopy,
    /// How it merged, or why it could not be read (it is left where it is).
    pub merged: Result<Merge, std::sync::Arc<StoreError>>,
}

/// What `rights-desk merge` did (or, in a dry run, would do) with the copies beside the file.
#[derive(Debug, Clone)]
pub struct MergeRun {
    /// The file the copies are of.
    pub file: std::path::PathBuf,
    /// Each copy, in the order merged.
    pub copies: Vec<CopyRun>,
    /// Nothing was written.
    pub dry_run: bool,
}

impl MergeRun {
    /// How many questions are left for a person.
    #[must_use]
    pub fn questions(&self) -> usize {
        self.copies
            .iter()
            .filter_map(|c| c.merged.as_ref().ok())
            .map(|m| m.conflicts.len())
            .sum()
    }

    /// How many copies could not be read.
    #[must_use]
    pub fn unreadable(&self) -> usize {
        self.copies.iter().filter(|c| c.merged.is_err()).count()
    }
}

/// Why a run of [`merge_all`] stopped.
#[derive(Debug, Clone)]
pub enum RunFailed {
    /// The file could not be locked or saved.
    File(std::sync::Arc<StoreError>),
    /// The contacts changed under the merge; nothing of that copy was applied.
    Refused(DirectoryError),
}

/// Merges each conflict copy beside the session's file in turn, holding the file's write lock
/// throughout: what merges cleanly is saved, a copy merged whole is moved into `backups/`, a
/// copy with questions stays until a person answers them. A dry run merges each copy against
/// what the ones before it would leave ([`dry_run`]) and writes nothing. A save that fails
/// stops the run with its error.
pub fn merge_all(session: &mut Session, dry: bool) -> Result<MergeRun, RunFailed> {
    let found = crate::core::sharing::conflict_copy::find(session.path());
    let mut run = MergeRun {
        file: session.path().to_path_buf(),
        copies: Vec::new(),
        dry_run: dry,
    };
    if found.is_empty() {
        return Ok(run);
    }
    session
        .hold_write_lock(crate::core::store::lock::DEFAULT_WAIT)
        .map_err(|e| RunFailed::File(std::sync::Arc::new(e)))?;
    if dry {
        for (copy, merged) in found.iter().zip(dry_run(session, &found)) {
            run.copies.push(CopyRun {
                copy: copy.clone(),
                merged: merged.map(|m| m.merge).map_err(std::sync::Arc::new),
            });
        }
        session.release_write_lock();
        return Ok(run);
    }
    for copy in &found {
        let merged = match merge_copy(session, copy) {
            Ok(m) => m,
            Err(e) => {
                run.copies.push(CopyRun {
                    copy: copy.clone(),
                    merged: Err(std::sync::Arc::new(e)),
                });
                continue;
            }
        };
        let failed = match apply_clean_part(session, &merged) {
            Err(refused) => Some(RunFailed::Refused(refused)),
            Ok(_) => match session.status() {
                crate::core::workspace::session::SaveStatus::Failed(e) => {
                    Some(RunFailed::File(std::sync::Arc::clone(e)))
                }
                _ => None,
            },
        };
        if let Some(why) = failed {
            session.release_write_lock();
            return Err(why);
        }
        run.copies.push(CopyRun {
            copy: copy.clone(),
            merged: Ok(merged.merge),
        });
    }
    session.release_write_lock();
    session.finish_base_work();
    Ok(run)
}
