//! This program's temporary files: how they are named (`PREFIX` + computer + process +
//! `.tmp`), and removing the ones left behind by a process that was killed, without ever
//! touching another program's files or a live save's.

use crate::core::basics::machine;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

/// Temporary files of this program older than this are removed even when it cannot tell
/// whether their process still runs (no save takes an hour).
pub const STALE_AFTER: Duration = Duration::from_hours(1);

static SERIAL: AtomicU64 = AtomicU64::new(0);

/// The folder `path` is in (`.` for a bare file name): where its temporary files, its lock
/// and its backups go.
#[must_use]
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The file a path names, links followed: `path` itself when it is not a symbolic link (or
/// the link cannot be followed; writing then says why). Everything kept beside a shared file —
/// its lock, temporary files, backups, conflict copies, presence files — goes beside this real
/// file, so that desktops whose `directory.ron` is a link to one shared file see each other.
#[must_use]
pub fn real_path(path: &Path) -> PathBuf {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    }
}

/// A temporary file in `folder`: `PREFIX` `HOST.PID-N.tmp`, unique within this process.
#[must_use]
pub fn temp_in(folder: &Path, prefix: &str) -> PathBuf {
    folder.join(format!(
        "{prefix}{}.{}-{}.tmp",
        machine::file_name_safe(&machine::host_name()),
        machine::pid(),
        SERIAL.fetch_add(1, Ordering::Relaxed)
    ))
}

/// Removes the files `PREFIX…tmp` in `folder` that this program left behind: those of a process
/// of this computer that is gone, and any older than [`STALE_AFTER`]. Understands the names of
/// [`temp_in`] (`HOST.PID-N`) and the older `PID` and `HOST.PID`.
pub fn remove_stale(folder: &Path, prefix: &str) {
    let this_host = machine::file_name_safe(&machine::host_name());
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(middle) = name
            .strip_prefix(prefix)
            .and_then(|r| r.strip_suffix(".tmp"))
        else {
            continue;
        };
        let (host, pid) = match middle.rsplit_once('.') {
            Some((h, p)) => (Some(h), p),
            None => (None, middle),
        };
        let pid = pid.split_once('-').map_or(pid, |(p, _)| p);
        let Ok(pid) = pid.parse::<u32>() else {
            continue;
        };
        let here = host.is_none_or(|h| h == this_host);
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|m| SystemTime::now().duration_since(m).ok())
            .is_some_and(|age| age > STALE_AFTER);
        let dead = here && pid != machine::pid() && machine::process_alive(pid) == Some(false);
        if dead || old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_temps_of_dead_processes_are_removed_and_others_kept() {
        if machine::process_alive(1) != Some(true) {
            return; // no process list on this system
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let host = machine::file_name_safe(&machine::host_name());
        let dead = dir
            .path()
            .join(format!(".directory.ron.{host}.{}-3.tmp", u32::MAX - 7));
        let legacy = dir
            .path()
            .join(format!(".directory.ron.{}.tmp", u32::MAX - 8));
        let live = dir.path().join(format!(".directory.ron.{host}.1.tmp"));
        let mine = temp_in(dir.path(), ".directory.ron.");
        let other_host = dir
            .path()
            .join(format!(".directory.ron.ELSEWHERE.{}.tmp", u32::MAX - 7));
        let not_ours = dir.path().join("notes.tmp");
        for p in [&dead, &legacy, &live, &mine, &other_host, &not_ours] {
            fs::write(p, "x").expect("write");
        }
        remove_stale(dir.path(), ".directory.ron.");
        assert!(!dead.exists() && !legacy.exists());
        assert!(live.exists() && mine.exists() && other_host.exists() && not_ours.exists());
    }
}
