//! Reading and writing the organization's files safely, whatever the file holds: size limits
//! and readable messages when reading; atomic writes that follow symbolic links, keep the
//! file's permissions and group, refuse read-only files and survive full disks; backups written
//! and checked the same way; change detection; and removal of this program's own stale
//! temporary files.
//!
//! The rules for a write (callers hold the file's [`WriteLock`] for the whole sequence):
//! - the file is read-only → nothing is written ([`StoreError::ReadOnly`]);
//! - a symbolic link is followed: the temporary file goes beside the link's *target*, which is
//!   replaced; a dangling link or a loop is an error naming both, and no file is created;
//! - the old contents are copied to `backups/` through a temporary file, flushed, renamed and
//!   read back; only then are old backups pruned (unreadable ones first, never a readable one
//!   while an unreadable one is kept);
//! - the new contents go to a temporary file that is flushed to disk, given the old file's
//!   permissions and group, compared once more against what the caller expects, and renamed
//!   over the file. A crash leaves the old file or the new one, never a torn one.

use crate::core::basics::file_error::StoreError;
use crate::core::basics::temp_files::{self, folder_of};
use crate::core::store::lock::WriteLock;
use std::fs::{self, File};
use std::hash::Hasher;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// How many backup copies of a file are kept.
pub const BACKUPS_KEPT: usize = 5;

/// Files larger than this are refused rather than read into memory.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Reads a whole text file: refuses files over [`MAX_FILE_BYTES`], empty files and text that is
/// not UTF-8 (saying where), and drops a byte-order mark (Notepad writes one).
pub fn read_text(path: &Path) -> Result<String, StoreError> {
    let size = fs::metadata(path).map_err(|e| read_error(path, e))?.len();
    if size > MAX_FILE_BYTES {
        return Err(StoreError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let bytes = fs::read(path).map_err(|e| read_error(path, e))?;
    text_of(bytes, path)
}

/// A read that failed; a link whose target is gone says so.
fn read_error(path: &Path, error: io::Error) -> StoreError {
    if let Err(broken) = resolve_link(path) {
        return broken;
    }
    StoreError::io(path, error)
}

/// Bytes as text, with the checks of [`read_text`].
pub fn text_of(bytes: Vec<u8>, path: &Path) -> Result<String, StoreError> {
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            // Everything before `valid` is UTF-8.
            let before = String::from_utf8_lossy(&bytes[..valid]);
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            return Err(StoreError::NotUtf8 {
                path: path.to_path_buf(),
                line,
                column,
            });
        }
    };
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    if text.trim().is_empty() {
        return Err(StoreError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(text)
}

/// The file a write to `path` really changes: `path` itself, or the target of a symbolic link
/// at `path`. A link whose target is missing, or a loop of links, is an error.
pub fn resolve_link(path: &Path) -> Result<PathBuf, StoreError> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            fs::canonicalize(path).map_err(|_| {
                let target = fs::read_link(path).unwrap_or_default();
                let absolute = if target.is_absolute() {
                    target.clone()
                } else {
                    folder_of(path).join(&target)
                };
                // The target exists (as a link) but cannot be resolved: a loop.
                let looped = fs::symlink_metadata(&absolute).is_ok();
                StoreError::BrokenLink {
                    link: path.to_path_buf(),
                    target,
                    looped,
                }
            })
        }
        _ => Ok(path.to_path_buf()),
    }
}

/// True when something (a file, or a link, even a broken one) is at `path`.
#[must_use]
pub fn occupied(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok()
}

/// What a file looked like when it was loaded or saved, to notice later changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    len: u64,
    modified: Option<SystemTime>,
    hash: u64,
}

impl Fingerprint {
    /// The fingerprint of `bytes` as found at `path` now.
    #[must_use]
    pub fn of(path: &Path, bytes: &[u8]) -> Fingerprint {
        let modified = fs::metadata(path).and_then(|m| m.modified()).ok();
        Fingerprint {
            len: bytes.len() as u64,
            modified,
            hash: hash_bytes(bytes),
        }
    }
}

fn hash_bytes(bytes: &[u8]) -> u64 {
    // SipHash with fixed keys: the same bytes hash the same across runs.
    let mut h = std::hash::DefaultHasher::new();
    h.write(bytes);
    h.finish()
}

/// True when the file at `path` is no longer what `fingerprint` describes. A file that was
/// touched but holds the same bytes is not a change. A missing file is a change.
#[must_use]
pub fn changed_on_disk(path: &Path, fingerprint: &Fingerprint) -> bool {
    let Ok(meta) = fs::metadata(path) else {
        return true;
    };
    if meta.len() != fingerprint.len {
        return true;
    }
    if meta.modified().ok() == fingerprint.modified && fingerprint.modified.is_some() {
        return false;
    }
    fs::read(path).map_or(true, |bytes| hash_bytes(&bytes) != fingerprint.hash)
}

/// How a write is done.
#[derive(Debug, Clone, Copy, Default)]
pub struct WriteOptions<'a> {
    /// Copy the old file to `backups/` first.
    pub backup: bool,
    /// Refuse ([`StoreError::ChangedOnDisk`]) when the file is no longer this, checked before
    /// the backup and again just before the rename.
    pub expected: Option<&'a Fingerprint>,
}

/// Steps of an atomic write, so tests can stop after any of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Step {
    Backup,
    TempWritten,
    Renamed,
}

/// Writes `bytes` to `path` atomically (see the module's rules), holding `lock`.
pub fn write_locked(
    lock: &WriteLock,
    path: &Path,
    bytes: &[u8],
    options: WriteOptions<'_>,
) -> Result<Fingerprint, StoreError> {
    debug_assert_eq!(lock.target(), path);
    write_until(path, bytes, options, Step::Renamed)
}

/// Replaces the file at `path` with `bytes` the way Rights Desk keeps its own files (the
/// office's notes, guides, language packs): takes its write lock, writes atomically and keeps a
/// backup of what it replaces. Creates the folder when needed.
pub fn write_with_backup(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
        fs::create_dir_all(folder).map_err(|e| StoreError::io(folder, e))?;
    }
    let lock = WriteLock::acquire(path, crate::core::store::lock::DEFAULT_WAIT)?;
    write_locked(
        &lock,
        path,
        bytes,
        WriteOptions {
            backup: true,
            expected: None,
        },
    )
    .map(|_| ())
}

/// Writes a file the user asked for (an export): atomic, following links, no backup. Takes the
/// file's write lock for the moment of writing. `-` is standard output, and what is not a
/// regular file (a device such as `/dev/null`, a named pipe) is written through, never replaced
/// by a file of its own name.
pub fn write_export(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    if path.as_os_str() == "-" {
        let mut out = io::stdout().lock();
        return out
            .write_all(bytes)
            .and_then(|()| out.flush())
            .map_err(|e| StoreError::io(path, e));
    }
    if is_special(path) {
        let mut file = fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(|e| StoreError::io(path, e))?;
        return file
            .write_all(bytes)
            .and_then(|()| file.flush())
            .map_err(|e| StoreError::io(path, e));
    }
    let lock = WriteLock::acquire(path, crate::core::store::lock::DEFAULT_WAIT)?;
    write_locked(&lock, path, bytes, WriteOptions::default()).map(|_| ())
}

/// True when `path` (a link followed) exists and is neither a regular file nor a folder: a
/// device, a named pipe or a socket, which a write must go through instead of replacing.
#[must_use]
pub fn is_special(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

pub(crate) fn write_until(
    path: &Path,
    bytes: &[u8],
    options: WriteOptions<'_>,
    last: Step,
) -> Result<Fingerprint, StoreError> {
    let real = resolve_link(path)?;
    let folder = folder_of(&real);
    fs::create_dir_all(&folder).map_err(|e| StoreError::io(&folder, e))?;
    let existing = fs::metadata(&real).ok();
    if let Some(meta) = &existing {
        if meta.is_dir() {
            return Err(StoreError::io(
                path,
                io::Error::from(io::ErrorKind::IsADirectory),
            ));
        }
        if meta.permissions().readonly() {
            return Err(StoreError::ReadOnly {
                path: path.to_path_buf(),
            });
        }
    }
    if let Some(expected) = options.expected
        && changed_on_disk(&real, expected)
    {
        return Err(StoreError::ChangedOnDisk {
            path: path.to_path_buf(),
        });
    }
    if options.backup && existing.is_some() {
        let old = fs::read(&real).map_err(|e| StoreError::io(&real, e))?;
        backup(&real, &old, existing.as_ref())?;
    }
    if last == Step::Backup {
        return Ok(Fingerprint::of(&real, bytes));
    }
    let temp = temp_path(&real);
    if let Err(e) = write_temp(&temp, bytes, existing.as_ref()) {
        let _ = fs::remove_file(&temp);
        return Err(StoreError::io(path, e));
    }
    if last == Step::TempWritten {
        return Ok(Fingerprint::of(&real, bytes));
    }
    if let Some(expected) = options.expected
        && changed_on_disk(&real, expected)
    {
        let _ = fs::remove_file(&temp);
        return Err(StoreError::ChangedOnDisk {
            path: path.to_path_buf(),
        });
    }
    if let Err(e) = rename_with_retry(&temp, &real) {
        let _ = fs::remove_file(&temp);
        return Err(StoreError::io(path, e));
    }
    // Make the rename itself durable where the platform allows syncing a folder.
    if let Ok(dir) = File::open(&folder) {
        let _ = dir.sync_all();
    }
    let fingerprint = Fingerprint::of(&real, bytes);
    remove_stale_temps(&real);
    Ok(fingerprint)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| "data".into(), |n| n.to_string_lossy().into_owned())
}

/// This program's temporary file for `real`: `.directory.ron.FRONT-DESK.4242-0.tmp` beside
/// it, named with the computer and process so stale ones can be told apart from live ones.
fn temp_path(real: &Path) -> PathBuf {
    temp_files::temp_in(&folder_of(real), &temp_prefix(real))
}

fn temp_prefix(real: &Path) -> String {
    format!(".{}.", file_name(real))
}

fn backup_temp_prefix(path: &Path) -> String {
    format!(".{}.bak.", file_name(path))
}

#[cfg(test)]
thread_local! {
    /// Tests: fail temporary writes after this many bytes, as a full disk does.
    pub(crate) static FAIL_WRITES_AFTER: std::cell::Cell<Option<usize>> =
        const { std::cell::Cell::new(None) };
}

fn write_temp(temp: &Path, bytes: &[u8], like: Option<&fs::Metadata>) -> io::Result<()> {
    let mut file = File::create(temp)?;
    #[cfg(test)]
    if let Some(limit) = FAIL_WRITES_AFTER.with(std::cell::Cell::get) {
        file.write_all(&bytes[..limit.min(bytes.len())])?;
        if limit < bytes.len() {
            return Err(io::Error::from(io::ErrorKind::StorageFull));
        }
    }
    file.write_all(bytes)?;
    if let Some(meta) = like {
        keep_permissions(&file, meta);
    }
    file.sync_all()
}

/// Gives `file` the permissions (and on Unix the owner and group, where allowed) of `like`.
fn keep_permissions(file: &File, like: &fs::Metadata) {
    let _ = file.set_permissions(like.permissions());
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Keep the group (colleagues in it can still save); the owner only changes for root.
        let _ = std::os::unix::fs::fchown(file, Some(like.uid()), Some(like.gid()));
        let _ = std::os::unix::fs::fchown(file, None, Some(like.gid()));
    }
}

/// Renames, retrying briefly on Windows while another program (a sync client, an antivirus)
/// holds the file open.
fn rename_with_retry(from: &Path, to: &Path) -> io::Result<()> {
    let mut tries = 0;
    loop {
        match fs::rename(from, to) {
            Ok(()) => return Ok(()),
            Err(e) if cfg!(windows) && tries < 40 && windows_sharing_error(&e) => {
                tries += 1;
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(e) => return Err(e),
        }
    }
}

/// Access denied (5), sharing violation (32) and lock violation (33): another program has the
/// file open.
fn windows_sharing_error(e: &io::Error) -> bool {
    matches!(e.raw_os_error(), Some(5 | 32 | 33))
}

/// A path beside `path` that does not exist yet: "directory (my copy 2026-11-27 1403).ron".
#[must_use]
pub fn sibling_copy_path(path: &Path, what: &str) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or_else(|| "directory".into(), |s| s.to_string_lossy().into_owned());
    let ext = path
        .extension()
        .map_or_else(|| "ron".into(), |s| s.to_string_lossy().into_owned());
    let folder = path.parent().unwrap_or_else(|| Path::new("."));
    let stamp = jiff::ZonedDateTime::now()
        .strftime("%Y-%m-%d %H%M")
        .to_string();
    let mut candidate = folder.join(format!("{stem} ({what} {stamp}).{ext}"));
    let mut n = 2;
    while candidate.exists() {
        candidate = folder.join(format!("{stem} ({what} {stamp} {n}).{ext}"));
        n += 1;
    }
    candidate
}

/// The folder holding backups of `path`.
#[must_use]
pub fn backup_folder(path: &Path) -> PathBuf {
    folder_of(&temp_files::real_path(path)).join("backups")
}

fn backup_prefix(path: &Path) -> String {
    let stem = temp_files::real_path(path)
        .file_stem()
        .map_or_else(|| "data".into(), |s| s.to_string_lossy().into_owned());
    format!("{stem}.")
}

/// Backups of `path`, newest first.
#[must_use]
pub fn backups(path: &Path) -> Vec<PathBuf> {
    let prefix = backup_prefix(path);
    let mut found: Vec<PathBuf> = fs::read_dir(backup_folder(path))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                n.starts_with(&prefix)
                    && Path::new(n)
                        .extension()
                        .is_some_and(|e| e.eq_ignore_ascii_case("bak"))
            })
        })
        .collect();
    // Names hold a sortable UTC time stamp.
    found.sort();
    found.reverse();
    found
}

/// Copies `old` (the file's current bytes) into `backups/` the way the file itself is written,
/// reads it back, then prunes.
/// Keeps `old` (the file's bytes before a save) in the backups folder, with the file's own
/// permissions and group (`like`), so that a backup of a private file stays private.
fn backup(path: &Path, old: &[u8], like: Option<&fs::Metadata>) -> Result<(), StoreError> {
    let folder = backup_folder(path);
    fs::create_dir_all(&folder).map_err(|e| StoreError::io(&folder, e))?;
    let stamp = jiff::Timestamp::now()
        .strftime("%Y%m%dT%H%M%S%.6fZ")
        .to_string();
    let ext = path
        .extension()
        .map_or_else(String::new, |e| e.to_string_lossy().into_owned());
    let mut target = folder.join(format!("{}{stamp}.{ext}.bak", backup_prefix(path)));
    let mut n = 1;
    while target.exists() {
        target = folder.join(format!("{}{stamp}-{n}.{ext}.bak", backup_prefix(path)));
        n += 1;
    }
    let temp = temp_files::temp_in(&folder, &backup_temp_prefix(path));
    let written = write_temp(&temp, old, like)
        .and_then(|()| fs::rename(&temp, &target))
        .and_then(|()| fs::read(&target))
        .and_then(|back| {
            if back == old {
                Ok(())
            } else {
                Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    "the backup did not read back as written",
                ))
            }
        });
    if let Err(e) = written {
        let _ = fs::remove_file(&temp);
        let _ = fs::remove_file(&target);
        return Err(StoreError::io(&target, e));
    }
    prune_backups(path);
    Ok(())
}

/// Keeps the newest [`BACKUPS_KEPT`] readable backups; when there are more backups than that,
/// the unreadable ones go first.
fn prune_backups(path: &Path) {
    let all = backups(path);
    if all.len() <= BACKUPS_KEPT {
        return;
    }
    let (readable, unreadable): (Vec<PathBuf>, Vec<PathBuf>) =
        all.into_iter().partition(|p| backup_readable(p));
    for p in unreadable {
        let _ = fs::remove_file(p);
    }
    for p in readable.into_iter().skip(BACKUPS_KEPT) {
        let _ = fs::remove_file(p);
    }
}

/// A cheap check that a backup is whole: not empty, UTF-8 at its start, and ending with the
/// document's closing parenthesis (a copy cut short ends anywhere else).
#[must_use]
pub fn backup_readable(path: &Path) -> bool {
    let Ok(mut file) = File::open(path) else {
        return false;
    };
    let len = file.metadata().map_or(0, |m| m.len());
    if len == 0 {
        return false;
    }
    let mut head = vec![0; usize::try_from(len.min(4_096)).unwrap_or(4_096)];
    if file.read_exact(&mut head).is_err() {
        return false;
    }
    let head_ok = match std::str::from_utf8(&head) {
        Ok(t) => !t.trim().is_empty(),
        // Cut in the middle of a character at the end of the sample is fine.
        Err(e) => e.error_len().is_none() && e.valid_up_to() > 0,
    };
    let mut tail = vec![0; usize::try_from(len.min(64)).unwrap_or(64)];
    let tail_ok = file
        .seek(SeekFrom::End(-i64::try_from(tail.len()).unwrap_or(64)))
        .and_then(|_| file.read_exact(&mut tail))
        .is_ok()
        && tail
            .iter()
            .rev()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(|&b| b == b')');
    head_ok && tail_ok
}

/// Removes what killed saves of `real` left behind: temporary files beside it and in its
/// backups folder, and set-aside lock files, of processes of this computer that are gone (or
/// older than an hour). Files of other programs, and live ones, are never touched.
pub fn remove_stale_temps(real: &Path) {
    let folder = folder_of(real);
    temp_files::remove_stale(&folder, &temp_prefix(real));
    temp_files::remove_stale(&backup_folder(real), &backup_temp_prefix(real));
    let lock_name = file_name(&crate::core::store::lock::lock_path(real));
    temp_files::remove_stale(&folder, &format!("{lock_name}."));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lock(path: &Path) -> WriteLock {
        WriteLock::acquire(path, Duration::from_secs(5)).expect("lock")
    }

    /// A backup of a private file stays private: it keeps the file's mode (it was always 644).
    #[cfg(unix)]
    #[test]
    fn backups_keep_the_files_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("directory.ron");
        fs::write(&path, "(version: 2, contacts: [])").expect("write");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod");
        let options = WriteOptions {
            backup: true,
            ..WriteOptions::default()
        };
        write_locked(&lock(&path), &path, b"(version: 2)", options).expect("save");
        let all = backups(&path);
        assert_eq!(all.len(), 1);
        let mode = fs::metadata(&all[0]).expect("backup").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the backup is as private as the file");
        let mode = fs::metadata(&path).expect("file").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "and so is the saved file");
    }

    #[test]
    fn messages_for_empty_and_non_utf8_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let empty = dir.path().join("empty.ron");
        fs::write(&empty, " \n").expect("write");
        assert_eq!(
            read_text(&empty).expect_err("empty").to_string(),
            format!(
                "{}: the file is empty. Restore a backup, or start a new file.",
                empty.display()
            )
        );
        let latin = dir.path().join("latin.ron");
        fs::write(&latin, b"(\n  name: \"Jos\xe9\",\n)").expect("write");
        let err = read_text(&latin).expect_err("latin-1");
        assert_eq!(err.position(), Some((2, 13)), "{err}");
        assert!(
            err.to_string()
                .contains("the file is not UTF-8 text (line 2, column 13). It is damaged")
        );
        let bom = dir.path().join("bom.ron");
        fs::write(&bom, "\u{feff}(version: 2)\r\n").expect("write");
        assert_eq!(read_text(&bom).expect("bom"), "(version: 2)\r\n");
    }

    #[test]
    fn a_full_disk_leaves_no_partial_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("directory.ron");
        fs::write(&path, "(version: 2, contacts: [])\n").expect("write");
        let before = fs::read(&path).expect("read");
        let l = lock(&path);
        FAIL_WRITES_AFTER.with(|f| f.set(Some(10)));
        let err = write_locked(
            &l,
            &path,
            b"(version: 2, contacts: [ /* much more */ ])\n",
            WriteOptions {
                backup: true,
                expected: None,
            },
        )
        .expect_err("disk full");
        FAIL_WRITES_AFTER.with(|f| f.set(None));
        assert!(matches!(err, StoreError::DiskFull { .. }), "{err}");
        assert_eq!(fs::read(&path).expect("read"), before);
        let names: Vec<String> = fs::read_dir(dir.path())
            .expect("list")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            names
                .iter()
                .all(|n| !n.to_ascii_lowercase().ends_with(".tmp")),
            "{names:?}"
        );
        // Even the backup could not be written: nothing partial is left there either.
        for b in fs::read_dir(backup_folder(&path))
            .expect("backups")
            .flatten()
        {
            assert!(backup_readable(&b.path()), "{}", b.path().display());
        }
    }

    #[test]
    fn unreadable_backups_are_pruned_before_readable_ones() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("directory.ron");
        fs::write(&path, "(version: 2, contacts: [])\n").expect("write");
        let folder = backup_folder(&path);
        fs::create_dir_all(&folder).expect("mkdir");
        // Newer than anything written now, and broken: the worst case for a naive prune.
        for i in 0..4 {
            fs::write(
                folder.join(format!("directory.29991231T00000{i}.000000Z.ron.bak")),
                "(version: 2, contac",
            )
            .expect("write");
        }
        fs::write(folder.join("directory.29991231T000009.000000Z.ron.bak"), "").expect("w");
        let l = lock(&path);
        for _ in 0..7 {
            write_locked(
                &l,
                &path,
                b"(version: 2, contacts: [])\n",
                WriteOptions {
                    backup: true,
                    expected: None,
                },
            )
            .expect("save");
        }
        let kept = backups(&path);
        assert_eq!(kept.len(), BACKUPS_KEPT);
        assert!(kept.iter().all(|p| backup_readable(p)), "{kept:?}");
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_and_broken_links_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let shared = dir.path().join("share");
        fs::create_dir(&shared).expect("mkdir");
        let target = shared.join("directory.ron");
        fs::write(&target, "(version: 2, contacts: [])\n").expect("write");
        let link = dir.path().join("directory.ron");
        std::os::unix::fs::symlink(&target, &link).expect("link");
        let l = lock(&link);
        write_locked(
            &l,
            &link,
            b"(version: 2, contacts: [ ])\n",
            WriteOptions::default(),
        )
        .expect("write through");
        assert!(
            fs::symlink_metadata(&link)
                .expect("meta")
                .file_type()
                .is_symlink()
        );
        assert_eq!(
            fs::read_to_string(&target).expect("read"),
            "(version: 2, contacts: [ ])\n"
        );
        drop(l);

        let dangling = dir.path().join("gone.ron");
        std::os::unix::fs::symlink(dir.path().join("unmounted/directory.ron"), &dangling)
            .expect("link");
        let err = write_export(&dangling, b"x").expect_err("dangling");
        assert!(
            matches!(err, StoreError::BrokenLink { looped: false, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("unmounted/directory.ron"), "{err}");
        assert!(!dir.path().join("unmounted").exists());

        let a = dir.path().join("a.ron");
        let b = dir.path().join("b.ron");
        std::os::unix::fs::symlink(&b, &a).expect("link");
        std::os::unix::fs::symlink(&a, &b).expect("link");
        let err = read_text(&a).expect_err("loop");
        assert!(
            matches!(err, StoreError::BrokenLink { looped: true, .. }),
            "{err}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn permissions_are_kept_and_read_only_files_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("directory.ron");
        fs::write(&path, "(version: 2, contacts: [])\n").expect("write");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o664)).expect("chmod");
        let l = lock(&path);
        write_locked(
            &l,
            &path,
            b"(version: 2, contacts: [ ])\n",
            WriteOptions::default(),
        )
        .expect("save");
        let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o664);

        fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("chmod");
        let before = fs::read(&path).expect("read");
        let err = write_locked(&l, &path, b"(version: 2)\n", WriteOptions::default())
            .expect_err("read-only");
        assert!(matches!(err, StoreError::ReadOnly { .. }), "{err}");
        assert_eq!(fs::read(&path).expect("read"), before);
        assert_eq!(
            fs::metadata(&path).expect("meta").permissions().mode() & 0o777,
            0o444
        );
    }
}
