//! The *base* of a merge: the versions of each contact this desktop has seen, kept privately in
//! this computer's own app data — never beside the shared file, where a sync program would
//! share it too. Two kinds are kept apart:
//! - versions *read* from the shared file that this desktop did not write (another desktop's
//!   work, or the file as first found), and
//! - versions this desktop *wrote*.
//!
//! For a contact of a conflict copy ("theirs") and the open file ("mine"), the base is found
//! this way:
//! 1. When both are versions this desktop wrote, one is simply older than the other on this
//!    desktop's own line of edits: the older is the base (the newer wins).
//! 2. Otherwise the base is, among the versions read from others that are not newer than
//!    either side (a base cannot be newer than what was made from it), the one closest to
//!    theirs (fewest differing fields; the oldest of equals, which at worst asks a question).
//! 3. With none, there is no base and the merge asks about every difference.
//!
//! Versions this desktop wrote are never used as the base of a version it did not write: a
//! sync program may make this desktop's own last version the conflict copy, and taking it for
//! the base would throw this desktop's edits away. The price is an occasional question that a
//! full history could have answered; nothing is ever lost silently.
//!
//! A few versions are kept for each contact ([`VERSIONS_KEPT`]); updates go through one lock
//! in this process, and the file is written atomically. Losing it loses nothing but the
//! merge's ability to decide alone.

use crate::core::contact::Contact;
use crate::core::merge::MergeField;
use crate::core::store::{self, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// How many versions of one contact are remembered (of each kind).
pub const VERSIONS_KEPT: usize = 4;

/// The environment variable that moves this computer's private state (the merge bases) to
/// another folder (tests; computers whose profile folder is itself synced).
pub const STATE_DIR_ENV: &str = "RIGHTS_DESK_STATE_DIR";

/// The versions of each contact this desktop has seen, by id, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownVersions {
    /// The shared file these versions belong to.
    #[serde(default)]
    pub file: PathBuf,
    /// Versions read from the shared file that this desktop did not write, by contact id.
    #[serde(default)]
    pub read: BTreeMap<String, Vec<Contact>>,
    /// Versions this desktop wrote, by contact id.
    #[serde(default)]
    pub written: BTreeMap<String, Vec<Contact>>,
}

static UPDATES: Mutex<()> = Mutex::new(());

fn push(list: &mut Vec<Contact>, c: &Contact) {
    if list.last() == Some(c) {
        return;
    }
    list.retain(|old| old != c);
    list.push(c.clone());
    if list.len() > VERSIONS_KEPT {
        list.remove(0);
    }
}

impl KnownVersions {
    /// Reads the known versions from `path`; missing or unreadable gives none (the merge then
    /// asks about every difference).
    #[must_use]
    pub fn load(path: &Path) -> KnownVersions {
        std::fs::read_to_string(path)
            .ok()
            .and_then(|text| store::from_ron(&text, path).ok())
            .unwrap_or_default()
    }

    /// Writes them to `path`, atomically.
    pub fn save(&self, path: &Path) -> Result<(), StoreError> {
        let text = store::to_ron(self)?;
        crate::core::fsio::write_export(path, text.as_bytes())
    }

    /// Remembers contacts read from the shared file (those this desktop wrote itself stay
    /// counted as written).
    pub fn record_read<'a>(&mut self, contacts: impl IntoIterator<Item = &'a Contact>) {
        for c in contacts {
            if self.written.get(&c.id).is_some_and(|w| w.contains(c)) {
                continue;
            }
            push(self.read.entry(c.id.clone()).or_default(), c);
        }
    }

    /// Remembers contacts this desktop wrote.
    pub fn record_written<'a>(&mut self, contacts: impl IntoIterator<Item = &'a Contact>) {
        for c in contacts {
            push(self.written.entry(c.id.clone()).or_default(), c);
        }
    }

    /// True when nothing is known.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.read.is_empty() && self.written.is_empty()
    }

    /// The base for merging their version of a contact with mine (see the module's notes).
    #[must_use]
    pub fn base_for(&self, mine: &Contact, theirs: &Contact) -> Option<Contact> {
        let written = self.written.get(&mine.id);
        let wrote = |c: &Contact| written.is_some_and(|w| w.contains(c));
        if wrote(mine) && wrote(theirs) {
            let older =
                if (theirs.updated_at, &theirs.updated_by) <= (mine.updated_at, &mine.updated_by) {
                    theirs
                } else {
                    mine
                };
            return Some(older.clone());
        }
        let newest_allowed = mine.updated_at.min(theirs.updated_at);
        // On a tie the oldest wins: a too-old base asks a question a newer one might have
        // answered, while a too-new base could take one side's change over the other's alone.
        self.read
            .get(&mine.id)?
            .iter()
            .filter(|k| match (k.updated_at, newest_allowed) {
                (Some(k), Some(limit)) => k <= limit,
                (Some(_), None) => false,
                (None, _) => true,
            })
            .min_by_key(|known| {
                MergeField::ALL
                    .iter()
                    .filter(|f| !f.same(known, theirs))
                    .count()
            })
            .cloned()
    }
}

/// Where the known versions of the shared file `directory_file` are kept on this computer:
/// `RIGHTS_DESK_STATE_DIR`, else the system's place for local (not roaming, not synced) state
/// (`~/.local/state/rights-desk` on Linux, `%LOCALAPPDATA%` on Windows), in `merge-bases/`,
/// one file per shared file. `None` when the system has no such place.
#[must_use]
pub fn file_for(directory_file: &Path) -> Option<PathBuf> {
    let folder = if let Some(dir) = std::env::var_os(STATE_DIR_ENV).filter(|v| !v.is_empty()) {
        PathBuf::from(dir)
    } else {
        let dirs = directories::ProjectDirs::from("org", "RightsDesk", "Rights Desk")?;
        match dirs.state_dir() {
            Some(state) => state.to_path_buf(),
            // Windows: %LOCALAPPDATA% (the data folder is the roaming %APPDATA%); macOS: the
            // caches folder (local data and data are one folder there).
            None if dirs.data_local_dir() != dirs.data_dir() => {
                dirs.data_local_dir().join("local-state")
            }
            None => dirs.cache_dir().join("local-state"),
        }
    };
    let real = std::fs::canonicalize(directory_file).unwrap_or_else(|_| directory_file.into());
    let stem = real
        .file_stem()
        .map_or_else(|| "directory".into(), |s| s.to_string_lossy().into_owned());
    Some(folder.join("merge-bases").join(format!(
        "{}-{:016x}.ron",
        crate::core::machine::file_name_safe(&stem),
        fnv1a(real.to_string_lossy().as_bytes())
    )))
}

/// A stable 64-bit hash (FNV-1a) of a path, so the same shared file always maps to the same
/// base file whatever Rust version built the program.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// What to remember.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seen {
    /// Read from the shared file.
    Read,
    /// Written by this desktop.
    Written,
}

/// Adds these contacts to the known versions kept at `base_file` (read, add, write; one update
/// at a time in this process). Errors are returned for the caller to ignore or report: the
/// base only saves questions.
pub fn remember<'a>(
    base_file: &Path,
    directory_file: &Path,
    how: Seen,
    contacts: impl IntoIterator<Item = &'a Contact>,
) -> Result<(), StoreError> {
    let _one_at_a_time = UPDATES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut known = KnownVersions::load(base_file);
    directory_file.clone_into(&mut known.file);
    match how {
        Seen::Read => known.record_read(contacts),
        Seen::Written => known.record_written(contacts),
    }
    known.save(base_file)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(name: &str, notes: &str) -> Contact {
        Contact {
            id: "a".into(),
            name: name.into(),
            notes: notes.into(),
            ..Contact::default()
        }
    }

    fn at(c: &mut Contact, second: i64) {
        c.updated_at = Some(jiff::Timestamp::from_second(1_790_000_000 + second).expect("valid"));
    }

    #[test]
    fn the_closest_version_read_from_others_is_the_base() {
        let mut known = KnownVersions::default();
        let mut v0 = contact("A", "");
        at(&mut v0, 0);
        let mut v1 = contact("A NM", "moved");
        at(&mut v1, 10);
        known.record_read([&v0, &v1]);
        let mut mine = contact("A NM", "moved; closed Fridays");
        at(&mut mine, 30);
        // Their copy was made from v0 and changed the name only.
        let mut theirs = contact("A (Santa Fe)", "");
        at(&mut theirs, 20);
        assert_eq!(known.base_for(&mine, &theirs), Some(v0.clone()));
        // Their copy was made from v1.
        let mut theirs = contact("A NM", "moved; new hours");
        at(&mut theirs, 20);
        assert_eq!(known.base_for(&mine, &theirs), Some(v1.clone()));
        // A version newer than a side cannot be its base.
        at(&mut theirs, 5);
        assert_eq!(known.base_for(&mine, &theirs), Some(v0));
    }

    #[test]
    fn this_desktops_own_versions_are_never_the_base_of_someone_elses() {
        let mut known = KnownVersions::default();
        let mut v0 = contact("A", "");
        at(&mut v0, 0);
        known.record_read([&v0]);
        // This desktop wrote va; the sync program made va the conflict copy and put another
        // desktop's vb in the file.
        let mut va = contact("A", "ours");
        at(&mut va, 10);
        known.record_written([&va]);
        let mut vb = contact("B", "");
        at(&mut vb, 20);
        known.record_read([&vb]);
        assert_eq!(known.base_for(&vb, &va), Some(v0.clone()));
        // Two of this desktop's own versions: the older is the base.
        let mut va2 = contact("A", "ours, again");
        at(&mut va2, 30);
        known.record_written([&va2]);
        assert_eq!(known.base_for(&va2, &va), Some(va.clone()));
        // Reading back what it wrote does not make it someone else's.
        known.record_read([&va]);
        assert!(!known.read["a"].contains(&va));
    }

    #[test]
    fn only_a_few_versions_are_kept_and_they_survive_a_round_trip() {
        let dir = tempfile::tempdir().expect("tmp");
        let file = dir.path().join("bases").join("b.ron");
        for i in 0..6 {
            let c = contact("A", &i.to_string());
            remember(&file, Path::new("/shared/directory.ron"), Seen::Read, [&c])
                .expect("remember");
        }
        let known = KnownVersions::load(&file);
        assert_eq!(known.read["a"].len(), VERSIONS_KEPT);
        assert_eq!(known.read["a"][VERSIONS_KEPT - 1].notes, "5");
        assert_eq!(known.file, Path::new("/shared/directory.ron"));
    }

    #[test]
    fn the_base_lives_apart_from_the_shared_folder() {
        let shared = Path::new("/srv/sync/office/directory.ron");
        if let Some(base) = file_for(shared) {
            assert!(!base.starts_with("/srv/sync/office"));
            assert_eq!(file_for(shared), Some(base));
        }
    }
}
