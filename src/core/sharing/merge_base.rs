//! The *base* of a merge: the versions of each contact this desktop has seen, kept privately in
//! this computer's own app data — never beside the shared file, where a sync program would
//! share it too. Two kinds are kept apart:
//! - versions *read* from the shared file that this desktop did not write (another desktop's
//!   work, or the file as first found), and
//! - versions this desktop *wrote*.
//!
//! For a contact of a conflict copy ("theirs") and the open file ("mine"), the base is found
//! this way:
//! 1. By lineage (see `lineage.rs`): every edit records in the file what it was made from, so
//!    the base is the nearest version both sides were made from whose content this desktop
//!    knows (from the copies read, the file's backups or the file itself). When both sides
//!    record a lineage and share no known version, there is no base: every difference is asked.
//! 2. For versions from before lineages were recorded: when both are versions this desktop
//!    wrote, the older is the base (the newer wins); otherwise the base is, among the versions
//!    read from others that are not newer than either side (a base cannot be newer than what
//!    was made from it) and that were read before their edit, the one closest to theirs
//!    (fewest differing fields; the oldest of equals, which at worst asks a question).
//! 3. With none, there is no base and the merge asks about every difference.
//!
//! Versions this desktop wrote are never guessed to be the base of a version it did not
//! write: a sync program may make this desktop's own last version the conflict copy, and taking
//! it for the base would throw this desktop's edits away. A lineage names only true ancestors,
//! so rule 1 may use any version; the price of the older rules is an occasional question a
//! full history could have answered; nothing is ever lost silently.
//!
//! How it is kept, so that a directory of 100,000 contacts costs no more than a copy of its file:
//! the versions read are copies of the shared file as read (the last [`SNAPSHOTS_KEPT`]
//! different ones, copied byte for byte, parsed only when a merge needs them); the versions
//! written are a list of content hashes (a few bytes each). Updates go through one lock in this
//! process and files are written atomically. Losing the folder loses nothing but the merge's
//! ability to decide alone.

use crate::core::directory::contact::Contact;
use crate::core::directory::contact::Field;
use crate::core::store::{self, StoreError};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// How many different copies of the shared file as read are kept.
pub const SNAPSHOTS_KEPT: usize = 3;

/// How many hashes of versions written are kept (the oldest go first).
pub const WRITTEN_KEPT: usize = 400_000;

/// The environment variable that moves this computer's private state (the merge bases) to
/// another folder (tests; computers whose profile folder is itself synced).
pub const STATE_DIR_ENV: &str = "RIGHTS_DESK_STATE_DIR";

use crate::core::directory::lineage::fnv1a;
pub use crate::core::directory::lineage::version_hash;

/// The versions of each contact this desktop has seen, as a merge uses them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnownVersions {
    /// Versions read from the shared file that this desktop did not write, by contact id,
    /// oldest first.
    pub read: BTreeMap<String, Vec<Contact>>,
    /// Hashes of the versions this desktop wrote.
    pub written: HashSet<u64>,
    /// When this desktop first read each version (by content hash), where known: a version
    /// read only after the other side's edit cannot be what that edit started from.
    pub first_read: std::collections::HashMap<u64, crate::core::basics::stamp::Stamp>,
    /// More versions known by their content (from the file's backups and the file itself),
    /// by content hash, for following `based_on` links (see `lineage.rs`).
    pub extra: std::collections::HashMap<u64, Contact>,
}

static UPDATES: Mutex<()> = Mutex::new(());

/// What the lineages of two versions say about their base.
enum ByLineage {
    /// The nearest version both were made from.
    Base(Box<Contact>),
    /// Both record a lineage and share no version known here: there is no base (every
    /// difference is asked; nothing is guessed).
    NoBase,
    /// A side records no lineage (a file from before lineages were kept).
    Unknown,
}

impl KnownVersions {
    /// Remembers contacts read from the shared file at `when` (see
    /// [`KnownVersions::record_read`]): the first time each version was read is kept.
    pub fn record_read_at<'a>(
        &mut self,
        contacts: impl IntoIterator<Item = &'a Contact>,
        when: crate::core::basics::stamp::Stamp,
    ) {
        let contacts: Vec<&Contact> = contacts.into_iter().collect();
        for c in &contacts {
            let seen = self.first_read.entry(version_hash(c)).or_insert(when);
            if when < *seen {
                *seen = when;
            }
        }
        self.record_read(contacts);
    }

    /// Remembers contacts read from the shared file (those this desktop wrote itself stay
    /// counted as written).
    pub fn record_read<'a>(&mut self, contacts: impl IntoIterator<Item = &'a Contact>) {
        for c in contacts {
            if self.written.contains(&version_hash(c)) {
                continue;
            }
            let list = self.read.entry(c.id.to_string()).or_default();
            if !list.contains(c) {
                list.push(c.clone());
            }
        }
    }

    /// Remembers contacts this desktop wrote.
    pub fn record_written<'a>(&mut self, contacts: impl IntoIterator<Item = &'a Contact>) {
        for c in contacts {
            self.written.insert(version_hash(c));
        }
    }

    /// Learns the versions of the contacts `ids` held by the directory documents `files` (the
    /// shared file's backups, the file itself): the versions `based_on` links may name.
    pub fn learn_from(&mut self, files: &[PathBuf], ids: &HashSet<&str>) {
        if ids.is_empty() {
            return;
        }
        for file in files {
            let Ok(text) = crate::core::store::fsio::read_text(file) else {
                continue;
            };
            let _ = store::visit_directory(&text, file, &mut |c: Contact| {
                if ids.contains(c.id.as_str()) {
                    self.extra.entry(version_hash(&c)).or_insert(c);
                }
            });
        }
    }

    /// The version of contact `id` with content hash `hash`, when known.
    fn content_of(&self, id: &str, hash: u64) -> Option<Contact> {
        self.extra.get(&hash).cloned().or_else(|| {
            self.read
                .get(id)?
                .iter()
                .find(|k| version_hash(k) == hash)
                .cloned()
        })
    }

    /// The nearest version both sides were made from, by their lineages (see `lineage.rs`).
    fn common_ancestor(&self, mine: &Contact, theirs: &Contact) -> ByLineage {
        let sides = [mine, theirs];
        let content = |h: u64| {
            sides
                .iter()
                .find(|c| version_hash(c) == h)
                .map(|c| (*c).clone())
                .or_else(|| self.content_of(&mine.id, h))
        };
        let of_mine = crate::core::directory::lineage::ancestors(mine, &content);
        let of_theirs = crate::core::directory::lineage::ancestors(theirs, &content);
        for h in &of_theirs {
            if of_mine.contains(h)
                && let Some(base) = content(*h)
            {
                return ByLineage::Base(Box::new(base));
            }
        }
        if mine.based_on.is_some() && theirs.based_on.is_some() {
            ByLineage::NoBase
        } else {
            ByLineage::Unknown
        }
    }

    /// The base for merging their version of a contact with mine (see the module's notes).
    #[must_use]
    pub fn base_for(&self, mine: &Contact, theirs: &Contact) -> Option<Contact> {
        let wrote = |c: &Contact| self.written.contains(&version_hash(c));
        match self.common_ancestor(mine, theirs) {
            ByLineage::Base(base) => return Some(*base),
            ByLineage::NoBase => return None,
            ByLineage::Unknown => {}
        }
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
        // A version other than theirs that this desktop first read after their edit (a new
        // computer or profile reading the file for the first time, say) is not what that edit
        // started from: taking it for the base would throw this desktop's edits away.
        let read_before_theirs = |k: &Contact| {
            k == theirs
                || match (self.first_read.get(&version_hash(k)), theirs.updated_at) {
                    (Some(read), Some(edited)) => *read <= edited,
                    _ => true,
                }
        };
        // On a tie the oldest wins: a too-old base asks a question a newer one might have
        // answered, while a too-new base could take one side's change over the other's alone.
        self.read
            .get(mine.id.as_str())?
            .iter()
            .filter(|k| !wrote(k))
            .filter(|k| read_before_theirs(k))
            .filter(|k| match (k.updated_at, newest_allowed) {
                (Some(k), Some(limit)) => k <= limit,
                (Some(_), None) => false,
                (None, _) => true,
            })
            .min_by_key(|known| Field::ALL.iter().filter(|f| !f.same(known, theirs)).count())
            .cloned()
    }
}

/// Where this desktop keeps the merge base of one shared file: a folder of its own in this
/// computer's local state. A write that fails is remembered (see [`BaseStore::problem`]) and
/// the versions it could not record are recorded with the next save's.
#[derive(Debug, Clone)]
pub struct BaseStore {
    folder: PathBuf,
    /// Shared by the clones of one store (the session's, its save jobs', its threads').
    state: std::sync::Arc<Mutex<Pending>>,
}

/// What a store could not write yet.
#[derive(Debug, Default)]
struct Pending {
    /// Hashes of versions written that are not recorded yet.
    written: Vec<u64>,
    /// The last write that failed, while it stays failed.
    problem: Option<String>,
}

impl PartialEq for BaseStore {
    fn eq(&self, other: &BaseStore) -> bool {
        self.folder == other.folder
    }
}

impl Eq for BaseStore {}

const WRITTEN_FILE: &str = "written.txt";

impl BaseStore {
    /// The store in `folder` (tests; [`BaseStore::for_file`] picks the usual place).
    #[must_use]
    pub fn at(folder: PathBuf) -> BaseStore {
        BaseStore {
            folder,
            state: std::sync::Arc::default(),
        }
    }

    /// The store for the shared file `directory_file`, in this computer's local state (see
    /// [`folder_for`]); `None` when the system has no such place.
    #[must_use]
    pub fn for_file(directory_file: &Path) -> Option<BaseStore> {
        folder_for(directory_file).map(BaseStore::at)
    }

    fn snapshots(&self) -> Vec<PathBuf> {
        let mut found: Vec<PathBuf> = std::fs::read_dir(&self.folder)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| {
                        p.file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with("read-"))
                    })
                    .collect()
            })
            .unwrap_or_default();
        // Names start with the time they were taken: sorting puts the oldest first.
        found.sort();
        found
    }

    /// Why this desktop's merge record could not be written, while that lasts (the window's
    /// status line and the command line say so: later merges may ask more questions).
    #[must_use]
    pub fn problem(&self) -> Option<String> {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .problem
            .clone()
    }

    /// Notes how a write of the record went.
    fn noted(&self, result: Result<(), StoreError>) {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .problem = result.err().map(|e| e.to_string());
    }

    /// Keeps a copy of the shared file as it was just read (unless the same copy is kept
    /// already); the oldest copies beyond [`SNAPSHOTS_KEPT`] go. A failure is kept for
    /// [`BaseStore::problem`] (and tried again at the next read).
    pub fn record_read(&self, file: &Path) {
        let result = self.record_read_now(file);
        self.noted(result);
    }

    fn record_read_now(&self, file: &Path) -> Result<(), StoreError> {
        let _one_at_a_time = UPDATES
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let bytes = std::fs::read(file).map_err(|e| StoreError::io(file, e))?;
        let hash = format!("{:016x}", fnv1a(&bytes));
        let snapshots = self.snapshots();
        if snapshots
            .iter()
            .any(|p| p.to_string_lossy().ends_with(&format!("-{hash}.ron")))
        {
            return Ok(());
        }
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let target = self.folder.join(format!("read-{stamp:024}-{hash}.ron"));
        crate::core::store::fsio::write_export(&target, &bytes)?;
        let mut all = self.snapshots();
        while all.len() > SNAPSHOTS_KEPT {
            let oldest = all.remove(0);
            let _ = std::fs::remove_file(oldest);
        }
        Ok(())
    }

    /// Remembers the content hashes ([`version_hash`]) of contacts this desktop wrote, with
    /// those a failed write left over; when this fails too, all of them wait for the next call
    /// and [`BaseStore::problem`] says why.
    pub fn record_written_hashes(&self, hashes: &[u64]) {
        let all: Vec<u64> = {
            let mut state = self
                .state
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let mut all = std::mem::take(&mut state.written);
            all.extend_from_slice(hashes);
            all
        };
        let result = self.record_written_now(&all);
        if result.is_err() {
            let mut state = self
                .state
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            state.written.extend(all);
            let extra = state.written.len().saturating_sub(WRITTEN_KEPT);
            state.written.drain(..extra);
        }
        self.noted(result);
    }

    fn record_written_now(&self, hashes: &[u64]) -> Result<(), StoreError> {
        use std::io::Write;
        let _one_at_a_time = UPDATES
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut lines = String::with_capacity(hashes.len() * 17);
        for h in hashes {
            lines.push_str(&format!("{h:016x}\n"));
        }
        if lines.is_empty() {
            return Ok(());
        }
        std::fs::create_dir_all(&self.folder).map_err(|e| StoreError::io(&self.folder, e))?;
        let path = self.folder.join(WRITTEN_FILE);
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(|e| StoreError::io(&path, e))?;
        file.write_all(lines.as_bytes())
            .map_err(|e| StoreError::io(&path, e))?;
        drop(file);
        // Keep the newest hashes only (each line is 17 bytes; the file is read back only when it
        // has grown well past the limit).
        let lines_now = std::fs::metadata(&path).map_or(0, |m| m.len()) / 17;
        if lines_now > (WRITTEN_KEPT as u64) * 5 / 4
            && let Ok(text) = std::fs::read_to_string(&path)
        {
            let count = text.lines().count();
            let keep: Vec<&str> = text
                .lines()
                .skip(count.saturating_sub(WRITTEN_KEPT))
                .collect();
            crate::core::store::fsio::write_export(&path, (keep.join("\n") + "\n").as_bytes())?;
        }
        Ok(())
    }

    /// What this desktop knows, for a merge: the copies read (parsed now) and the hashes of
    /// what it wrote. Anything unreadable is left out.
    #[must_use]
    pub fn known(&self) -> KnownVersions {
        let _one_at_a_time = UPDATES
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut known = KnownVersions::default();
        if let Ok(text) = std::fs::read_to_string(self.folder.join(WRITTEN_FILE)) {
            known.written = text
                .lines()
                .filter_map(|l| u64::from_str_radix(l.trim(), 16).ok())
                .collect();
        }
        for snapshot in self.snapshots() {
            if let Ok(loaded) = store::load_directory(&snapshot) {
                match read_time(&snapshot) {
                    Some(when) => known.record_read_at(loaded.directory.contacts(), when),
                    None => known.record_read(loaded.directory.contacts()),
                }
            }
        }
        known
    }
}

/// When a snapshot was taken, from its name ("read-<nanoseconds since 1970>-<hash>.ron").
fn read_time(snapshot: &Path) -> Option<crate::core::basics::stamp::Stamp> {
    let name = snapshot.file_name()?.to_str()?;
    let nanos: i128 = name
        .strip_prefix("read-")?
        .split('-')
        .next()?
        .parse()
        .ok()?;
    jiff::Timestamp::from_nanosecond(nanos)
        .ok()
        .map(crate::core::basics::stamp::Stamp::from)
}

/// Where the merge base of the shared file `directory_file` is kept on this computer:
/// `RIGHTS_DESK_STATE_DIR`, else the system's place for local (not roaming, not synced) state
/// (`~/.local/state/rightsdesk` on Linux, `%LOCALAPPDATA%` on Windows), in `merge-bases/`,
/// one folder per shared file. `None` when the system has no such place.
#[must_use]
pub fn folder_for(directory_file: &Path) -> Option<PathBuf> {
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
        "{}-{:016x}",
        crate::core::basics::machine::file_name_safe(&stem),
        fnv1a(real.to_string_lossy().as_bytes())
    )))
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
        c.updated_at = Some(
            jiff::Timestamp::from_second(1_790_000_000 + second)
                .expect("valid")
                .into(),
        );
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
    fn a_version_first_read_after_their_edit_is_not_the_base() {
        let stamp = |second: i64| -> crate::core::basics::stamp::Stamp {
            jiff::Timestamp::from_second(1_790_000_000 + second)
                .expect("valid")
                .into()
        };
        // A new computer (no state) opens the file at second 100: it holds this desktop's own
        // earlier edit (mine), written before the state was lost. The other desktop changed
        // another field at second 50, from the version both started with.
        let mut mine = contact("A", "closed Fridays");
        at(&mut mine, 20);
        let mut theirs = contact("A (Santa Fe)", "");
        at(&mut theirs, 50);
        let mut known = KnownVersions::default();
        known.record_read_at([&mine], stamp(100));
        // Taking mine for the base would take their whole contact and drop "closed Fridays":
        // with no base, the merge asks about every field that differs.
        assert_eq!(known.base_for(&mine, &theirs), None);
        // Read before their edit, the same version is a fine base (only they changed it).
        let mut known = KnownVersions::default();
        known.record_read_at([&mine], stamp(30));
        known.record_read_at([&mine], stamp(100));
        assert_eq!(known.base_for(&mine, &theirs), Some(mine.clone()));
        // The snapshot's name carries the time it was taken.
        let when = read_time(Path::new(
            "read-000001790000030000000000-0123456789abcdef.ron",
        ));
        assert_eq!(when, Some(stamp(30)));
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
    fn a_versions_hash_stays_the_same_across_releases() {
        // Hashes of versions written are kept on disk: a change in how a contact is held in
        // memory must not change them, or every shared contact would look edited elsewhere.
        let read = |text: &str| -> Contact {
            ron::Options::default()
                .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
                .from_str(text)
                .expect("contact")
        };
        let full = read(
            r#"(id: "x-1", name: "Centro Legal de Doña Ana", category: LegalAid,
            description: "Representation in immigration court, a long description here.",
            services: ["deportation defense", "DACA renewals"],
            phones: [(number: "505-555-0100", kind: Hotline, label: "Intake line for new cases")],
            email: "intake@example.org", website: "https://example.org/a-very-long-path",
            address: (street: "2010 Bridge Blvd SW", city: "Albuquerque", state: "NM", zip: "87105"),
            counties: ["Bernalillo", "Doña Ana"], languages: ["en", "es"], hours: "24/7",
            cost: Free, notes: "Call first.", source: "example.org",
            verified_on: "2026-10-01", created_at: "2026-11-28T12:32:56.796032328Z",
            updated_at: "2026-11-28T13:00:00Z", updated_by: "ana@office-pc")"#,
        );
        assert_eq!(version_hash(&full), 0x517a_7b07_fb1a_576f);
        let sparse = read(r#"(id: "x-2", name: "A")"#);
        assert_eq!(version_hash(&sparse), 0x0b54_d92c_b994_0ecb);
    }

    #[test]
    fn copies_read_and_hashes_written_survive_in_the_store() {
        use crate::core::directory::Directory;
        let dir = tempfile::tempdir().expect("tmp");
        let shared = dir.path().join("directory.ron");
        let store = BaseStore::at(dir.path().join("base"));
        for i in 0..5 {
            let c = contact("A", &i.to_string());
            crate::core::store::save_directory(&shared, &Directory::new(vec![c]), None)
                .expect("write");
            store.record_read(&shared);
            // The same copy is not kept twice.
            store.record_read(&shared);
            assert_eq!(store.problem(), None);
        }
        assert_eq!(store.snapshots().len(), SNAPSHOTS_KEPT);
        let mine = contact("A", "mine");
        store.record_written_hashes(&[version_hash(&mine)]);
        let known = store.known();
        let notes: Vec<&str> = known.read["a"].iter().map(|c| c.notes.as_str()).collect();
        assert_eq!(notes, ["2", "3", "4"], "the newest copies, oldest first");
        assert!(known.written.contains(&version_hash(&mine)));
        // A copy of what this desktop wrote is not taken for someone else's version.
        crate::core::store::save_directory(&shared, &Directory::new(vec![mine.clone()]), None)
            .expect("write");
        store.record_read(&shared);
        assert!(!store.known().read["a"].contains(&mine));
    }

    #[cfg(unix)]
    #[test]
    fn a_record_that_cannot_be_written_is_reported_and_written_later() {
        let dir = tempfile::tempdir().expect("tmp");
        // A file where the record's folder should be: nothing can be written there.
        let blocked = dir.path().join("base");
        std::fs::write(&blocked, "in the way").expect("block");
        let store = BaseStore::at(blocked.clone());
        let mine = contact("A", "mine");
        store.record_written_hashes(&[version_hash(&mine)]);
        assert!(store.problem().is_some(), "reported");
        // Once the folder can be made, the hashes left over are written with the next ones.
        std::fs::remove_file(&blocked).expect("unblock");
        let later = contact("A", "later");
        store.record_written_hashes(&[version_hash(&later)]);
        assert_eq!(store.problem(), None);
        let known = store.known();
        assert!(known.written.contains(&version_hash(&mine)), "retried");
        assert!(known.written.contains(&version_hash(&later)));
    }

    #[test]
    fn the_base_lives_apart_from_the_shared_folder() {
        let shared = Path::new("/srv/sync/office/directory.ron");
        if let Some(base) = folder_for(shared) {
            assert!(!base.starts_with("/srv/sync/office"));
            assert_eq!(folder_for(shared), Some(base));
        }
    }
}
