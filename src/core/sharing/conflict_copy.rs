//! Conflict copies: the files a sync program leaves beside the shared directory file when two
//! desktops changed it between two syncs. Each program names them its own way; this module
//! recognises them for the open file's own name, lists them, and, once merged, moves them into
//! `backups/` (never deletes them).
//!
//! The names, for a file `directory.ron` (from each program's documentation):
//! - Syncthing: `directory.sync-conflict-20261128-101010-ABCDEFG.ron` (date, time, and the
//!   first characters of the device id that made the change);
//! - Nextcloud and ownCloud desktop clients: `directory (conflicted copy 2026-11-28 101010).ron`
//!   (newer clients may put the user's name before the date), and older ownCloud
//!   `directory_conflict-20261128-101010.ron`;
//! - Dropbox: `directory (Front Desk's conflicted copy 2026-11-28).ron`, and a ` (1)` after it
//!   when there are several the same day;
//! - `OneDrive`: `directory-DESKTOP-2.ron`, the computer's name appended (Windows computer names
//!   are upper case, which keeps `directory-old.ron` from being taken for one);
//! - Google Drive for desktop: `directory (1).ron`.

use crate::core::store::StoreError;
use crate::core::store::fsio;
use std::path::{Path, PathBuf};

/// The program that made a conflict copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SyncTool {
    /// Syncthing.
    Syncthing,
    /// Nextcloud or ownCloud.
    Nextcloud,
    /// Dropbox.
    Dropbox,
    /// Microsoft `OneDrive`.
    OneDrive,
    /// Google Drive for desktop.
    GoogleDrive,
}

impl SyncTool {
    /// The program's name, as people know it.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            SyncTool::Syncthing => "Syncthing",
            SyncTool::Nextcloud => "Nextcloud/ownCloud",
            SyncTool::Dropbox => "Dropbox",
            SyncTool::OneDrive => "OneDrive",
            SyncTool::GoogleDrive => "Google Drive",
        }
    }
}

/// A conflict copy found beside the open file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictCopy {
    /// Where it is.
    pub path: PathBuf,
    /// Which program made it.
    pub tool: SyncTool,
}

impl ConflictCopy {
    /// The copy's file name.
    #[must_use]
    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    }
}

fn digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

/// `YYYY-MM-DD`
fn iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && digits(&s[..4], 4)
        && digits(&s[5..7], 2)
        && digits(&s[8..], 2)
}

/// Strips a trailing ` (N)` (a second copy of the same name).
fn without_counter(s: &str) -> &str {
    if let Some(open) = s.rfind(" (")
        && let Some(n) = s[open + 2..].strip_suffix(')')
        && !n.is_empty()
        && n.bytes().all(|b| b.is_ascii_digit())
    {
        return &s[..open];
    }
    s
}

/// Which program made `candidate` as a conflict copy of the file named `original`, if any.
#[must_use]
pub fn classify(original: &str, candidate: &str) -> Option<SyncTool> {
    if candidate == original || candidate.starts_with('.') || candidate.starts_with('~') {
        return None;
    }
    let (stem, ext) = match original.rfind('.') {
        Some(dot) if dot > 0 => (&original[..dot], &original[dot..]),
        _ => (original, ""),
    };
    let middle = candidate.strip_prefix(stem)?.strip_suffix(ext)?;
    if let Some(rest) = middle.strip_prefix(".sync-conflict-") {
        // 20261128-101010 or 20261128-101010-ABCDEFG
        let mut parts = rest.split('-');
        let (date, time) = (parts.next()?, parts.next()?);
        let device = parts.next();
        let device_ok =
            device.is_none_or(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_alphanumeric()));
        return (digits(date, 8) && digits(time, 6) && device_ok && parts.next().is_none())
            .then_some(SyncTool::Syncthing);
    }
    if let Some(rest) = middle.strip_prefix("_conflict-") {
        let (date, time) = rest.split_once('-')?;
        return (digits(date, 8) && digits(time, 6)).then_some(SyncTool::Nextcloud);
    }
    let inner = without_counter(middle);
    if let Some(body) = inner.strip_prefix(" (").and_then(|r| r.strip_suffix(')')) {
        if let Some(rest) = body.strip_prefix("conflicted copy ") {
            // [user ]YYYY-MM-DD HHMMSS
            let (before, time) = rest.rsplit_once(' ')?;
            let date = before.rsplit(' ').next()?;
            return (iso_date(date) && digits(time, 6)).then_some(SyncTool::Nextcloud);
        }
        for marker in [
            "'s conflicted copy ",
            "’s conflicted copy ",
            " conflicted copy ",
        ] {
            if let Some((who, date)) = body.split_once(marker) {
                return (!who.is_empty() && iso_date(date)).then_some(SyncTool::Dropbox);
            }
        }
        return None;
    }
    if middle != inner && inner.is_empty() {
        return Some(SyncTool::GoogleDrive);
    }
    if let Some(computer) = middle.strip_prefix('-') {
        let ok = !computer.is_empty()
            && computer.len() <= 63
            && computer
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
            && computer.bytes().any(|b| b.is_ascii_uppercase());
        return ok.then_some(SyncTool::OneDrive);
    }
    None
}

/// The conflict copies of `file` in its folder, oldest first. A folder that cannot be read
/// gives none.
#[must_use]
pub fn find(file: &Path) -> Vec<ConflictCopy> {
    // A sync program makes its copies beside the real file, named after it.
    let file = &crate::core::basics::temp_files::real_path(file);
    let Some(name) = file.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Vec::new();
    };
    let folder = crate::core::basics::temp_files::folder_of(file);
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Vec::new();
    };
    let mut found: Vec<(std::time::SystemTime, ConflictCopy)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let candidate = e.file_name().to_string_lossy().into_owned();
            let tool = classify(&name, &candidate)?;
            let meta = e.metadata().ok().filter(std::fs::Metadata::is_file)?;
            Some((
                meta.modified().unwrap_or(std::time::UNIX_EPOCH),
                ConflictCopy {
                    path: e.path(),
                    tool,
                },
            ))
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.path.cmp(&b.1.path)));
    found.into_iter().map(|(_, c)| c).collect()
}

/// Moves a merged conflict copy of `file` into the backups folder beside it, keeping its name
/// (with a number added when that name is taken). Returns where it went.
pub fn retire(file: &Path, copy: &Path) -> Result<PathBuf, StoreError> {
    let folder = fsio::backup_folder(&fsio::resolve_link(file)?);
    std::fs::create_dir_all(&folder).map_err(|e| StoreError::io(&folder, e))?;
    let name = copy.file_name().map_or_else(
        || "conflict-copy.ron".into(),
        |n| n.to_string_lossy().into_owned(),
    );
    let mut target = folder.join(format!("merged {name}"));
    let mut n = 2;
    while target.exists() {
        target = folder.join(format!("merged {n} {name}"));
        n += 1;
    }
    std::fs::rename(copy, &target).map_err(|e| StoreError::io(copy, e))?;
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_programs_names_are_recognised() {
        let cases = [
            (
                "directory.sync-conflict-20261128-101010-ABCDEFG.ron",
                Some(SyncTool::Syncthing),
            ),
            (
                "directory.sync-conflict-20261128-101010.ron",
                Some(SyncTool::Syncthing),
            ),
            (
                "directory (conflicted copy 2026-11-28 101010).ron",
                Some(SyncTool::Nextcloud),
            ),
            (
                "directory (conflicted copy maria 2026-11-28 101010).ron",
                Some(SyncTool::Nextcloud),
            ),
            (
                "directory_conflict-20261128-101010.ron",
                Some(SyncTool::Nextcloud),
            ),
            (
                "directory (Front Desk's conflicted copy 2026-11-28).ron",
                Some(SyncTool::Dropbox),
            ),
            (
                "directory (Front Desk's conflicted copy 2026-11-28) (1).ron",
                Some(SyncTool::Dropbox),
            ),
            ("directory-DESKTOP-2.ron", Some(SyncTool::OneDrive)),
            ("directory (1).ron", Some(SyncTool::GoogleDrive)),
            ("directory (12).ron", Some(SyncTool::GoogleDrive)),
            // Not copies:
            ("directory.ron", None),
            ("directory-old.ron", None),
            ("directory (my copy 2026-11-28 1014).ron", None),
            ("directory.ron.bak", None),
            (".directory.ron.lock", None),
            ("directory.sync-conflict-2026.ron", None),
            ("other.sync-conflict-20261128-101010-ABCDEFG.ron", None),
            ("directory (conflicted copy 2026-11-28).ron", None),
            ("directory ().ron", None),
        ];
        for (name, tool) in cases {
            assert_eq!(classify("directory.ron", name), tool, "{name}");
        }
        assert_eq!(
            classify(
                "contactos.ron",
                "contactos.sync-conflict-20261128-101010-XYZ1234.ron"
            ),
            Some(SyncTool::Syncthing)
        );
        assert_eq!(classify("contactos.ron", "directory (1).ron"), None);
    }
}
