//! Recovering a directory file that does not open, without going back behind its last save:
//! what of the file is still readable ([`crate::core::store::salvage`]), each backup with its date,
//! its number of contacts and how it differs from what is readable, and restoring either one
//! *to the same path* (the broken file is first kept beside it), so that desktops sharing the
//! file follow.
//!
//! A backup holds the file as it was *before* a save, so restoring even the newest one goes
//! back behind the last save. The default recovery therefore keeps every readable contact of
//! the broken file and takes from the newest readable backup only the contacts that could not
//! be read (and were not deleted); restoring a backup as it was is offered too, with the
//! contacts it would change spelled out.

use crate::core::directory::Directory;
use crate::core::directory::contact::Contact;
use crate::core::store::fsio;
use crate::core::store::salvage::{self, Salvage};
use crate::core::store::{self, Fingerprint, StoreError};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One backup of the broken file, compared with what of the file is readable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    /// Where it is.
    pub path: PathBuf,
    /// When it was taken (from its name, else the file's time).
    pub taken: Option<jiff::Timestamp>,
    /// How many contacts it holds; `None` when it does not read either.
    pub contacts: Option<usize>,
    /// Names of the contacts it has that the readable part of the file lacks.
    pub only_in_backup: Vec<String>,
    /// Names of the readable contacts it lacks (added, or restored, since it was taken).
    pub only_in_file: Vec<String>,
    /// Names of the contacts that differ between the two (changed since it was taken).
    pub changed: Vec<String>,
}

impl BackupInfo {
    /// True when it reads.
    #[must_use]
    pub fn readable(&self) -> bool {
        self.contacts.is_some()
    }
}

/// Everything the recovery screen shows about a file that does not open.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recovery {
    /// The file.
    pub path: PathBuf,
    /// What of it reads.
    pub salvage: Salvage,
    /// Its backups, newest first.
    pub backups: Vec<BackupInfo>,
    /// Names of the contacts [`RestoreFrom::Readable`] would take from the newest readable
    /// backup (those whose lines in the file were lost).
    pub fill_from_backup: Vec<String>,
    /// The file as examined (a restore refuses if someone has changed it since).
    fingerprint: Option<Fingerprint>,
    /// False when the file was not examined because restoring it would be wrong (a file from
    /// a newer Rights Desk, one that cannot be reached): then nothing is offered.
    pub applies: bool,
}

/// What to restore the file from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreFrom {
    /// Every readable contact of the broken file, with the contacts that could not be read
    /// taken from the newest readable backup.
    Readable,
    /// This backup, as it was.
    Backup(PathBuf),
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// The restored file (the same path as the broken one).
    pub path: PathBuf,
    /// Where the broken file was kept.
    pub broken_kept: PathBuf,
    /// How many contacts the restored file holds.
    pub contacts: usize,
    /// Names of the contacts taken from a backup because the file's own lines were lost.
    pub from_backup: Vec<String>,
}

impl Recovery {
    /// Examines the file at `path` (which did not open) and its backups.
    #[must_use]
    pub fn examine(path: &Path) -> Recovery {
        let bytes = std::fs::read(path).ok();
        let salvage = bytes.as_deref().map(salvage::salvage).unwrap_or_default();
        let fingerprint = bytes.as_deref().map(|b| Fingerprint::of(path, b));
        let readable: BTreeMap<&str, &Contact> = salvage
            .contacts
            .iter()
            .map(|c| (c.id.as_str(), c))
            .collect();
        // Each backup is read once; the newest readable one also gives what a recovery takes.
        let mut newest: Option<Directory> = None;
        let backups = fsio::backups(path)
            .into_iter()
            .map(|b| {
                let (info, read) = describe_backup(&b, &readable);
                if newest.is_none() {
                    newest = read;
                }
                info
            })
            .collect();
        let fill_from_backup = newest
            .as_ref()
            .map(|b| lost_ones(&salvage, b).map(|c| c.name.to_string()).collect())
            .unwrap_or_default();
        Recovery {
            path: path.to_path_buf(),
            salvage,
            backups,
            fill_from_backup,
            fingerprint,
            applies: true,
        }
    }

    /// Nothing to offer for the file at `path` (see [`Recovery::applies`]).
    #[must_use]
    pub fn none(path: &Path) -> Recovery {
        Recovery {
            path: path.to_path_buf(),
            ..Recovery::default()
        }
    }

    /// The newest backup that reads.
    #[must_use]
    pub fn newest_readable_backup(&self) -> Option<&BackupInfo> {
        self.backups.iter().find(|b| b.readable())
    }

    /// The contacts a restore from `from` would write, and the names of those taken from a
    /// backup because the file's own lines were lost.
    pub fn contacts_from(
        &self,
        from: &RestoreFrom,
    ) -> Result<(Directory, Vec<String>), StoreError> {
        match from {
            RestoreFrom::Backup(path) => Ok((store::load_directory(path)?.directory, Vec::new())),
            RestoreFrom::Readable => {
                let mut contacts = self.salvage.contacts.clone();
                let mut taken = Vec::new();
                if let Some(newest) = self.newest_readable_backup() {
                    let backup = store::load_directory(&newest.path)?.directory;
                    for c in lost_ones(&self.salvage, &backup) {
                        taken.push(c.name.to_string());
                        contacts.push(c.clone());
                    }
                }
                let (directory, _) = Directory::from_loaded(contacts);
                Ok((directory.with_tombstones(&self.salvage.deleted), taken))
            }
        }
    }

    /// Restores the file from `from`: keeps the broken file beside it ("directory (broken
    /// 2026-12-02 1014).ron"), then writes the restored contacts to the file's own path (with
    /// the usual lock and backup). Refuses when the file changed since it was examined.
    pub fn restore(&self, from: &RestoreFrom) -> Result<Restored, StoreError> {
        if !self.applies {
            return Err(StoreError::io(
                &self.path,
                std::io::Error::other("this file is not damaged; nothing to restore"),
            ));
        }
        let (directory, from_backup) = self.contacts_from(from)?;
        let bytes = std::fs::read(&self.path).map_err(|e| StoreError::io(&self.path, e))?;
        if self
            .fingerprint
            .as_ref()
            .is_some_and(|f| *f != Fingerprint::of(&self.path, &bytes))
        {
            return Err(StoreError::ChangedOnDisk {
                path: self.path.clone(),
            });
        }
        let real = crate::core::basics::temp_files::real_path(&self.path);
        let broken_kept = fsio::sibling_copy_path(&real, "broken");
        fsio::write_export(&broken_kept, &bytes)?;
        store::save_directory(&self.path, &directory, self.fingerprint.as_ref())?;
        Ok(Restored {
            path: self.path.clone(),
            broken_kept,
            contacts: directory.len(),
            from_backup,
        })
    }
}

/// The contacts of `backup` that the damaged file lost: neither readable in it nor deleted.
fn lost_ones<'a>(salvage: &'a Salvage, backup: &'a Directory) -> impl Iterator<Item = &'a Contact> {
    let have: BTreeSet<&str> = salvage.contacts.iter().map(|c| c.id.as_str()).collect();
    let deleted: BTreeSet<&str> = salvage.deleted.iter().map(|t| t.id.as_str()).collect();
    backup
        .contacts()
        .iter()
        .filter(move |c| !have.contains(c.id.as_str()) && !deleted.contains(c.id.as_str()))
}

/// A backup compared with the readable contacts, and its contacts when it reads.
fn describe_backup(
    path: &Path,
    readable: &BTreeMap<&str, &Contact>,
) -> (BackupInfo, Option<Directory>) {
    let taken = taken_at(path);
    let mut info = BackupInfo {
        path: path.to_path_buf(),
        taken,
        contacts: None,
        only_in_backup: Vec::new(),
        only_in_file: Vec::new(),
        changed: Vec::new(),
    };
    let Ok(loaded) = store::load_directory(path) else {
        return (info, None);
    };
    let backup = loaded.directory;
    info.contacts = Some(backup.len());
    for c in backup.contacts() {
        match readable.get(c.id.as_str()) {
            None => info.only_in_backup.push(c.name.to_string()),
            Some(mine) if *mine != c => info.changed.push(c.name.to_string()),
            Some(_) => {}
        }
    }
    info.only_in_file = readable
        .iter()
        .filter(|(id, _)| !backup.contains(id))
        .map(|(_, c)| c.name.to_string())
        .collect();
    (info, Some(backup))
}

/// When a backup was taken: from its name (`directory.20261202T101010.123456Z.ron.bak`), else
/// from the file's modification time.
fn taken_at(path: &Path) -> Option<jiff::Timestamp> {
    let name = path.file_name()?.to_string_lossy();
    let from_name = name.split('.').find_map(|part| {
        let stamp = part.split('-').next()?;
        let (head, _) = stamp.split_once('Z').unwrap_or((stamp, ""));
        jiff::civil::DateTime::strptime("%Y%m%dT%H%M%S", head.split('.').next()?)
            .ok()
            .and_then(|dt| dt.to_zoned_datetime(jiff::tz::TimeZone::UTC).ok())
            .map(|z| z.timestamp())
    });
    from_name.or_else(|| {
        let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
        jiff::Timestamp::try_from(modified).ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(id: &str, name: &str) -> Contact {
        Contact {
            id: id.into(),
            name: name.into(),
            ..Contact::default()
        }
    }

    #[test]
    fn a_backups_time_is_read_from_its_name() {
        let t = taken_at(Path::new("directory.20261202T101010.123456Z.ron.bak")).expect("t");
        assert_eq!(t.to_string(), "2026-12-02T10:10:10Z");
    }

    #[test]
    fn recovery_keeps_the_readable_contacts_and_takes_only_the_lost_ones_from_the_backup() {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("directory.ron");
        let before = Directory::new(vec![
            contact("a", "A"),
            contact("b", "B"),
            contact("c", "C"),
        ]);
        store::save_directory(&path, &before, None).expect("first");
        let mut after = before.clone();
        let mut a = after.get("a").cloned().expect("a");
        a.notes = "the last save".into();
        after.update(a, jiff::Timestamp::now()).expect("edit");
        store::save_directory(&path, &after, None).expect("second");
        // Damage contact b's line.
        let text = std::fs::read_to_string(&path).expect("read");
        let broken = text.replacen("(id: \"b\",", "(id: \"b\" ,,", 1);
        std::fs::write(&path, &broken).expect("break");
        assert!(store::load_directory(&path).is_err());

        let r = Recovery::examine(&path);
        assert_eq!(r.salvage.contacts.len(), 2);
        let newest = r.newest_readable_backup().expect("a backup");
        assert_eq!(newest.only_in_backup, vec!["B".to_string()]);
        assert_eq!(
            newest.changed,
            vec!["A".to_string()],
            "the last save differs"
        );

        let done = r.restore(&RestoreFrom::Readable).expect("restore");
        assert_eq!(done.path, path);
        assert_eq!(done.from_backup, vec!["B".to_string()]);
        assert_eq!(
            std::fs::read_to_string(&done.broken_kept).expect("kept"),
            broken
        );
        let d = store::load_directory(&path).expect("opens").directory;
        assert_eq!(d.len(), 3);
        assert_eq!(d.get("a").expect("a").notes, "the last save", "not behind");
    }

    #[test]
    fn a_restore_refuses_when_the_file_changed_since_it_was_examined() {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("directory.ron");
        std::fs::write(&path, "(version: 2, contacts: [ (id: ").expect("broken");
        let r = Recovery::examine(&path);
        std::fs::write(&path, "(version: 2, contacts: [])").expect("fixed elsewhere");
        assert!(matches!(
            r.restore(&RestoreFrom::Readable),
            Err(StoreError::ChangedOnDisk { .. })
        ));
    }
}
