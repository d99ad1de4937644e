//! Where Rights Desk keeps its data: the data folder (directory file, backups, user guides),
//! chosen by `--data-dir`, then `RIGHTS_DESK_DATA_DIR`, then the platform's usual place
//! (`directories::ProjectDirs`).

use std::path::{Path, PathBuf};

/// The environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "RIGHTS_DESK_DATA_DIR";

/// File name of the directory inside the data folder.
pub const DIRECTORY_FILE: &str = "directory.ron";

/// Folder (inside the data folder) where users drop extra or updated guides.
pub const GUIDES_FOLDER: &str = "guides";

/// Why no data folder could be chosen.
#[derive(Debug, thiserror::Error)]
#[error(
    "could not find a home folder to keep data in; start Rights Desk with --data-dir FOLDER or set {DATA_DIR_ENV}"
)]
pub struct NoDataDir;

/// The folders Rights Desk uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataPaths {
    /// The data folder.
    pub data_dir: PathBuf,
    /// True when the folder was chosen explicitly (`--data-dir` or the environment variable):
    /// then its directory file is used even if the app remembers another one.
    pub explicit: bool,
}

impl DataPaths {
    /// Resolves the data folder: `explicit` (from `--data-dir`), else the environment variable,
    /// else the platform default (`~/.local/share/rights-desk` on Linux,
    /// `%APPDATA%\RightsDesk\Rights Desk\data` on Windows,
    /// `~/Library/Application Support/org.RightsDesk.Rights-Desk` on macOS).
    pub fn resolve(explicit: Option<&Path>) -> Result<DataPaths, NoDataDir> {
        if let Some(dir) = explicit {
            return Ok(DataPaths::at(dir));
        }
        if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
            return Ok(DataPaths::at(Path::new(&dir)));
        }
        directories::ProjectDirs::from("org", "RightsDesk", "Rights Desk")
            .map(|p| DataPaths {
                data_dir: p.data_dir().to_path_buf(),
                explicit: false,
            })
            .ok_or(NoDataDir)
    }

    /// Data folder at exactly `dir` (an explicit choice).
    #[must_use]
    pub fn at(dir: &Path) -> DataPaths {
        DataPaths {
            data_dir: dir.to_path_buf(),
            explicit: true,
        }
    }

    /// The default directory file.
    #[must_use]
    pub fn directory_file(&self) -> PathBuf {
        self.data_dir.join(DIRECTORY_FILE)
    }

    /// The office's own notes and entries.
    #[must_use]
    pub fn office_notes_file(&self) -> PathBuf {
        self.data_dir
            .join(crate::core::guide::office_notes::FILE_NAME)
    }

    /// The folder of user guides.
    #[must_use]
    pub fn guides_folder(&self) -> PathBuf {
        self.data_dir.join(GUIDES_FOLDER)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_folder_wins() {
        let p = DataPaths::resolve(Some(Path::new("/tmp/rd"))).expect("resolves");
        assert_eq!(p.directory_file(), Path::new("/tmp/rd/directory.ron"));
        assert_eq!(p.guides_folder(), Path::new("/tmp/rd/guides"));
    }
}
