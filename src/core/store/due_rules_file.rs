//! How often the office checks each category of contact, kept beside the directory file
//! (`directory.verification.ron` for `directory.ron`), so every desktop sharing the list
//! follows the same intervals. A missing file means the defaults.

use crate::core::basics::file_error::StoreError;
use crate::core::directory::status::DueRules;
use std::path::{Path, PathBuf};

/// The intervals' file for the directory file `directory`.
#[must_use]
pub fn path_for(directory: &Path) -> PathBuf {
    let stem = directory
        .file_stem()
        .map_or_else(|| "directory".into(), |s| s.to_string_lossy().into_owned());
    directory.with_file_name(format!("{stem}.verification.ron"))
}

/// The intervals of the directory file `directory` (the defaults when it has none).
///
/// # Errors
/// When the file is there but cannot be read or is not an intervals file.
pub fn load(directory: &Path) -> Result<DueRules, StoreError> {
    let path = path_for(directory);
    match std::fs::read_to_string(&path) {
        Ok(text) => super::from_ron(&text, &path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(DueRules::default()),
        Err(e) => Err(StoreError::io(&path, e)),
    }
}

/// Writes the intervals beside the directory file `directory` (atomically).
///
/// # Errors
/// When the file cannot be written.
pub fn save(directory: &Path, rules: &DueRules) -> Result<(), StoreError> {
    let text = super::to_ron(rules)?;
    super::fsio::write_export(&path_for(directory), text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::directory::contact::Category;

    #[test]
    fn intervals_are_kept_beside_the_directory_and_read_back() {
        let dir = tempfile::tempdir().expect("tmp");
        let file = dir.path().join("office.ron");
        assert_eq!(load(&file).expect("none yet"), DueRules::default());
        let mut rules = DueRules::default();
        rules.set_days(Category::Advocacy, 45);
        save(&file, &rules).expect("save");
        assert!(dir.path().join("office.verification.ron").exists());
        assert_eq!(load(&file).expect("load"), rules);
        // A category a later version adds, or a typo, does not stop the others.
        std::fs::write(
            path_for(&file),
            "(every: {\"hotline\": 30, \"nonsense\": 5})",
        )
        .expect("write");
        let read = load(&file).expect("load");
        assert_eq!(read.days(Category::Hotline), 30);
        assert_eq!(read.days(Category::LegalAid), 90);
        std::fs::write(path_for(&file), "not ron at all").expect("write");
        assert!(load(&file).is_err());
    }
}
