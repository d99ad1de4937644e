//! An import being prepared, the one way both the window's preview and `rights-desk import`
//! read a file and plan it against the directory: what was read, how unknown CSV columns are
//! mapped, and the plan (new contacts, look-alikes and what to do with them, rows not read).

use crate::core::interop::plan::{self, Choice, ImportPlan};
use crate::core::interop::{self, Format, Imported, csv};

/// An import being previewed: what was read, how unknown columns are mapped, and the plan.
#[derive(Debug)]
pub struct ImportPreview {
    /// The file or folder.
    pub path: std::path::PathBuf,
    /// Its format (guessed when `None`).
    pub format: Option<Format>,
    /// What unrecognised CSV columns hold.
    pub mapping: csv::Mapping,
    /// Columns the reader did not recognise.
    pub unmapped: Vec<String>,
    /// The plan, or `None` with `error` when the file could not be read at all.
    pub plan: Option<ImportPlan>,
    /// Why the file could not be read.
    pub error: Option<interop::ImportError>,
}

impl ImportPreview {
    /// Reads `path` and plans the import against `directory`.
    #[must_use]
    pub fn load(
        path: std::path::PathBuf,
        format: Option<Format>,
        directory: &crate::core::directory::Directory,
    ) -> ImportPreview {
        let mut state = ImportPreview {
            path,
            format,
            mapping: csv::Mapping::default(),
            unmapped: Vec::new(),
            plan: None,
            error: None,
        };
        state.reload(directory);
        state
    }

    /// Reads the file again with the current column mapping.
    pub fn reload(&mut self, directory: &crate::core::directory::Directory) {
        let read = interop::import_path_mapped(&self.path, self.format, &self.mapping);
        match read {
            Ok(imported) => {
                // Keep the columns the user already mapped in the list, so they can change them.
                let mut unmapped = imported.unmapped_columns.clone();
                for (c, _) in &self.mapping.columns {
                    if !unmapped.contains(c) {
                        unmapped.push(c.clone());
                    }
                }
                self.unmapped = unmapped;
                let old_choices: Vec<Choice> = self
                    .plan
                    .as_ref()
                    .map(|p| p.duplicates.iter().map(|d| d.choice).collect())
                    .unwrap_or_default();
                let mut p = plan::plan(directory, imported);
                for (d, c) in p.duplicates.iter_mut().zip(old_choices) {
                    d.choice = c;
                }
                self.plan = Some(p);
                self.error = None;
            }
            Err(e) => {
                self.plan = None;
                self.error = Some(e);
            }
        }
    }
}

impl ImportPreview {
    /// Plans contacts already read from `path` (the command line reads first, to stop early
    /// when the file holds nothing) against `directory`.
    #[must_use]
    pub fn of_read(
        path: std::path::PathBuf,
        format: Option<Format>,
        imported: Imported,
        directory: &crate::core::directory::Directory,
    ) -> ImportPreview {
        ImportPreview {
            path,
            format,
            mapping: csv::Mapping::default(),
            unmapped: imported.unmapped_columns.clone(),
            plan: Some(plan::plan(directory, imported)),
            error: None,
        }
    }
}
