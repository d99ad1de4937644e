//! The last translator's file applied to a language, kept so that it can be taken back as one
//! step: what each file it wrote held before (the pack's interface strings and review marks,
//! the language's guide copies, the office's notes) and each contact's translations before and
//! after. Taking it back restores what has not changed since; a file or contact changed since
//! (a later file, an edit) is left as it is and named. Kept in the pack folder as
//! `last-import.ron`; taking back removes it.

use super::pack::pack_folder;
use super::review::english_hash as text_hash;
use crate::core::directory::contact::ContactTranslation;
use crate::core::i18n::Lang;
use crate::core::store::StoreError;
use crate::core::store::fsio;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// A file the import wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileBefore {
    /// Its path, inside the data folder when it is there.
    pub path: PathBuf,
    /// What it held before (none: it was not there).
    pub before: Option<String>,
    /// A hash of what the import wrote (to see whether it changed since).
    pub after: u64,
}

/// A contact whose translations the import changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactBefore {
    /// The contact's id.
    pub id: String,
    /// Its translations before.
    pub before: Vec<ContactTranslation>,
    /// Its translations as the import left them.
    pub after: Vec<ContactTranslation>,
}

/// The last file applied to a language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastImport {
    /// Who reviewed it.
    pub reviewer: String,
    /// When it was applied.
    pub on: Date,
    /// The files it wrote.
    pub files: Vec<FileBefore>,
    /// The contacts it changed.
    #[serde(default)]
    pub contacts: Vec<ContactBefore>,
}

/// What taking back did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TakenBack {
    /// Who had reviewed the file taken back, and when it was applied.
    pub reviewer: String,
    /// When it was applied.
    pub on: Option<Date>,
    /// Files restored.
    pub files: usize,
    /// Contacts restored.
    pub contacts: usize,
    /// Files and contacts changed since, left as they are.
    pub changed_since: Vec<String>,
}

/// Where the last import of `lang` is kept.
#[must_use]
pub fn last_import_file(data_dir: &Path, lang: Lang) -> PathBuf {
    pack_folder(data_dir, lang).join("last-import.ron")
}

/// What each of `paths` holds now (none for a file that is not there).
#[must_use]
pub fn contents(paths: &[PathBuf]) -> Vec<(PathBuf, Option<String>)> {
    paths
        .iter()
        .map(|p| (p.clone(), std::fs::read_to_string(p).ok()))
        .collect()
}

fn inside(data_dir: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(data_dir)
        .map_or_else(|_| path.to_path_buf(), Path::to_path_buf)
}

impl LastImport {
    /// Keeps what an import by `reviewer` on `on` changed: `before` are the files it could
    /// write, as they were before it (those it left as they were are dropped).
    ///
    /// # Errors
    /// The record cannot be written.
    pub fn record(
        data_dir: &Path,
        lang: Lang,
        (reviewer, on): (&str, Date),
        before: Vec<(PathBuf, Option<String>)>,
        contacts: Vec<ContactBefore>,
    ) -> Result<(), StoreError> {
        let files: Vec<FileBefore> = before
            .into_iter()
            .filter_map(|(path, before)| {
                let now = std::fs::read_to_string(&path).ok();
                (now != before).then(|| FileBefore {
                    path: inside(data_dir, &path),
                    before,
                    after: text_hash(now.as_deref().unwrap_or_default()),
                })
            })
            .collect();
        let record = LastImport {
            reviewer: reviewer.to_string(),
            on,
            files,
            contacts: contacts
                .into_iter()
                .filter(|c| c.before != c.after)
                .collect(),
        };
        let text = crate::core::store::to_ron(&record)?;
        fsio::write_with_backup(&last_import_file(data_dir, lang), text.as_bytes())
    }

    /// The last import of `lang`, if one is kept.
    ///
    /// # Errors
    /// The record is there but cannot be read.
    pub fn load(data_dir: &Path, lang: Lang) -> Result<Option<LastImport>, StoreError> {
        let path = last_import_file(data_dir, lang);
        if !path.exists() {
            return Ok(None);
        }
        let text = fsio::read_text(&path)?;
        crate::core::store::from_ron(&text, &path).map(Some)
    }

    /// Restores the files this import wrote that have not changed since; returns how many,
    /// and names those left as they are. The contacts are the caller's (the directory's).
    ///
    /// # Errors
    /// A file cannot be written.
    pub fn restore_files(&self, data_dir: &Path, out: &mut TakenBack) -> Result<(), StoreError> {
        for f in &self.files {
            let path = if f.path.is_absolute() {
                f.path.clone()
            } else {
                data_dir.join(&f.path)
            };
            let now = std::fs::read_to_string(&path).ok();
            if text_hash(now.as_deref().unwrap_or_default()) != f.after {
                out.changed_since.push(f.path.display().to_string());
                continue;
            }
            if let Some(text) = &f.before {
                fsio::write_with_backup(&path, text.as_bytes())?;
            } else {
                // Kept among the backups, then gone as before.
                fsio::write_with_backup(&path, b"")?;
                std::fs::remove_file(&path).map_err(|e| StoreError::io(&path, e))?;
            }
            out.files += 1;
        }
        Ok(())
    }

    /// Forgets the last import of `lang` (once taken back).
    ///
    /// # Errors
    /// The record cannot be removed.
    pub fn forget(data_dir: &Path, lang: Lang) -> Result<(), StoreError> {
        let path = last_import_file(data_dir, lang);
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(StoreError::io(&path, e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_unchanged_since_are_restored_and_changed_ones_named() {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path();
        let es = Lang::Es;
        let a = data.join("languages/es/ui.ftl");
        let b = data.join("guides/x.es.ron");
        let c = data.join("languages/es/reviews.ron");
        std::fs::create_dir_all(a.parent().expect("folder")).expect("made");
        std::fs::write(&a, "old = Viejo\n").expect("written");
        std::fs::write(&c, "same").expect("written");
        let before = contents(&[a.clone(), b.clone(), c.clone()]);
        // The import writes a and creates b; c stays.
        std::fs::write(&a, "old = Nuevo\n").expect("written");
        std::fs::create_dir_all(b.parent().expect("folder")).expect("made");
        std::fs::write(&b, "guide").expect("written");
        let day = jiff::civil::date(2026, 12, 3);
        LastImport::record(data, es, ("Ana", day), before, Vec::new()).expect("kept");
        let last = LastImport::load(data, es).expect("read").expect("kept");
        assert_eq!(last.files.len(), 2, "the file left alone is not kept");
        assert!(last.files.iter().all(|f| f.path.is_relative()));
        // Someone edits b since.
        std::fs::write(&b, "guide, edited").expect("written");
        let mut out = TakenBack::default();
        last.restore_files(data, &mut out).expect("restored");
        assert_eq!(out.files, 1);
        assert_eq!(std::fs::read_to_string(&a).expect("read"), "old = Viejo\n");
        assert_eq!(out.changed_since, ["guides/x.es.ron"]);
        assert!(b.exists(), "an edited file is left as it is");
        // A file the import created goes again.
        std::fs::write(&b, "guide").expect("written");
        let mut out = TakenBack::default();
        last.restore_files(data, &mut out).expect("restored");
        assert!(!b.exists());
        LastImport::forget(data, es).expect("forgotten");
        assert_eq!(LastImport::load(data, es).expect("read"), None);
    }
}
