//! Who has the shared directory open. Like `LibreOffice`'s `.~lock.FILE#`, each desktop that
//! opens the file writes a small presence file beside it (`.~directory.ron.open-on-HOST`: user,
//! computer, process, since when), refreshed while open and removed on close, so the others can
//! say "Also open on DESKTOP-2 (frontdesk) since 10:14". One file per computer, so two desktops
//! never write the same file (a sync program would make conflict copies of it).
//!
//! During a verification round the file also names the contact being checked there, so two
//! volunteers on two desktops do not call the same organization.
//!
//! It informs and never blocks. A presence file is ignored (and, when it is this computer's,
//! replaced) when it is stale: its process of this computer is gone, or it has not been
//! refreshed for [`STALE_AFTER_HOURS`] hours.

use crate::core::basics::machine;
use jiff::{Timestamp, ToSpan};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// A presence file not refreshed for this long is ignored.
pub const STALE_AFTER_HOURS: i64 = 12;

/// How often an open session refreshes its presence file.
pub const REFRESH_EVERY: std::time::Duration = std::time::Duration::from_mins(30);

/// What a presence file says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Presence {
    /// The user's name.
    pub user: String,
    /// The computer's name.
    pub host: String,
    /// The process, on that computer.
    pub pid: u32,
    /// When the file was opened there.
    pub since: Timestamp,
    /// When the presence file was last refreshed.
    pub seen: Timestamp,
    /// The contact being checked there in a verification round, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checking: Option<String>,
}

impl Presence {
    /// This desktop, now.
    #[must_use]
    pub fn here() -> Presence {
        let now = Timestamp::now();
        Presence {
            user: machine::user_name(),
            host: machine::host_name(),
            pid: machine::pid(),
            since: now,
            seen: now,
            checking: None,
        }
    }

    /// True for this process's own presence.
    #[must_use]
    pub fn is_this_process(&self) -> bool {
        self.host == machine::host_name() && self.pid == machine::pid()
    }

    /// True when it should be ignored at `now`.
    #[must_use]
    pub fn is_stale(&self, now: Timestamp) -> bool {
        let too_old = now
            .checked_sub(STALE_AFTER_HOURS.hours())
            .is_ok_and(|limit| self.seen < limit);
        let gone =
            self.host == machine::host_name() && machine::process_alive(self.pid) == Some(false);
        too_old || gone
    }
}

const PREFIX: &str = ".~";
const MIDDLE: &str = ".open-on-";

/// The presence file of computer `host` for the shared file `file`.
#[must_use]
pub fn path_for(file: &Path, host: &str) -> PathBuf {
    let file = &crate::core::basics::temp_files::real_path(file);
    let name = file.file_name().map_or_else(
        || "directory.ron".into(),
        |n| n.to_string_lossy().into_owned(),
    );
    crate::core::basics::temp_files::folder_of(file).join(format!(
        "{PREFIX}{name}{MIDDLE}{}",
        machine::file_name_safe(host)
    ))
}

/// This desktop's presence beside an open file, removed when dropped.
#[derive(Debug)]
pub struct Announcement {
    path: PathBuf,
    presence: Presence,
}

impl Announcement {
    /// Writes this desktop's presence beside `file`. `None` when it cannot be written (a
    /// read-only folder): presence is a courtesy, never a reason to fail.
    #[must_use]
    pub fn write(file: &Path) -> Option<Announcement> {
        let a = Announcement {
            path: path_for(file, &machine::host_name()),
            presence: Presence::here(),
        };
        a.store().then_some(a)
    }

    fn store(&self) -> bool {
        crate::core::store::to_ron(&self.presence)
            .ok()
            .is_some_and(|text| std::fs::write(&self.path, text).is_ok())
    }

    /// Says which contact this desktop is checking in a verification round (`None`: none), so
    /// a volunteer on another desktop does not call it too.
    pub fn set_checking(&mut self, id: Option<String>) {
        if self.presence.checking != id {
            self.presence.checking = id;
            self.presence.seen = Timestamp::now();
            self.store();
        }
    }

    /// Refreshes the file (the session calls it every [`REFRESH_EVERY`]).
    pub fn refresh(&mut self) {
        self.presence.seen = Timestamp::now();
        self.store();
    }
}

impl Drop for Announcement {
    fn drop(&mut self) {
        // Only remove it while it is still ours (another instance on this computer may have
        // taken the name since).
        let ours = std::fs::read_to_string(&self.path)
            .ok()
            .and_then(|t| crate::core::store::from_ron::<Presence>(&t, &self.path).ok())
            .is_some_and(|p| p.is_this_process());
        if ours {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// The other desktops that have `file` open now (stale and own presence files left out),
/// oldest first.
#[must_use]
pub fn others(file: &Path) -> Vec<Presence> {
    let file = &crate::core::basics::temp_files::real_path(file);
    let Some(name) = file.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Vec::new();
    };
    let start = format!("{PREFIX}{name}{MIDDLE}");
    let Ok(entries) = std::fs::read_dir(crate::core::basics::temp_files::folder_of(file)) else {
        return Vec::new();
    };
    let now = Timestamp::now();
    let mut found: Vec<Presence> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(&start))
        .filter_map(|e| {
            let text = std::fs::read_to_string(e.path()).ok()?;
            crate::core::store::from_ron::<Presence>(&text, &e.path()).ok()
        })
        .filter(|p| !p.is_this_process() && !p.is_stale(now))
        .collect();
    found.sort_by_key(|p| p.since);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn others_see_an_open_file_and_not_a_stale_one() {
        let dir = tempfile::tempdir().expect("tmp");
        let file = dir.path().join("directory.ron");
        let mine = Announcement::write(&file).expect("written");
        assert!(others(&file).is_empty(), "one's own presence is not shown");

        let now = Timestamp::now();
        let other = Presence {
            user: "frontdesk".into(),
            host: "DESKTOP-2".into(),
            pid: 4242,
            since: now,
            seen: now,
            checking: Some("nmilc".into()),
        };
        std::fs::write(
            path_for(&file, "DESKTOP-2"),
            crate::core::store::to_ron(&other).expect("ron"),
        )
        .expect("write");
        let old = Presence {
            host: "LAPTOP-9".into(),
            seen: now.checked_sub(13.hours()).expect("time"),
            ..other.clone()
        };
        std::fs::write(
            path_for(&file, "LAPTOP-9"),
            crate::core::store::to_ron(&old).expect("ron"),
        )
        .expect("write");
        assert_eq!(others(&file), vec![other.clone()]);
        assert_eq!(
            others(&file)[0].checking.as_deref(),
            Some("nmilc"),
            "what it checks"
        );
        let own = path_for(&file, &machine::host_name());
        assert!(own.exists());
        drop(mine);
        assert!(!own.exists(), "closing removes the presence file");
    }
}
