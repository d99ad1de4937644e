//! Native file dialogs (rfd). The only module that calls rfd; it returns paths, and the caller
//! turns them into commands, so tests never need a dialog.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The folder of the last file chosen in any dialog (this run).
static LAST_FOLDER: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Where a dialog starts: the last folder used, else the user's Documents folder, else home.
#[must_use]
pub fn start_folder() -> Option<PathBuf> {
    let last = LAST_FOLDER.lock().ok().and_then(|l| l.clone());
    last.filter(|f| f.is_dir()).or_else(|| {
        directories::UserDirs::new().and_then(|u| {
            u.document_dir()
                .map(Path::to_path_buf)
                .filter(|d| d.is_dir())
                .or_else(|| Some(u.home_dir().to_path_buf()))
        })
    })
}

/// A dialog starting in [`start_folder`].
fn new_dialog() -> rfd::FileDialog {
    let d = rfd::FileDialog::new();
    match start_folder() {
        Some(folder) => d.set_directory(folder),
        None => d,
    }
}

/// Remembers the folder of a chosen file for the next dialog.
fn remember(chosen: Option<PathBuf>) -> Option<PathBuf> {
    if let Some(p) = &chosen {
        let folder = if p.is_dir() {
            Some(p.as_path())
        } else {
            p.parent()
        };
        if let (Some(f), Ok(mut last)) = (folder, LAST_FOLDER.lock()) {
            *last = Some(f.to_path_buf());
        }
    }
    chosen
}

fn dialog(start: Option<&Path>) -> rfd::FileDialog {
    let mut d = new_dialog().add_filter("Rights Desk directory (RON)", &["ron"]);
    if let Some(folder) = start.and_then(Path::parent) {
        d = d.set_directory(folder);
    }
    d
}

/// Asks for an existing directory file to open.
#[must_use]
pub fn pick_directory_file(start: Option<&Path>) -> Option<PathBuf> {
    remember(dialog(start).set_title("Open directory file").pick_file())
}

/// Asks where to create or save a directory file.
#[must_use]
pub fn save_directory_file(start: Option<&Path>, title: &str, name: &str) -> Option<PathBuf> {
    remember(
        dialog(start)
            .set_title(title)
            .set_file_name(name)
            .save_file(),
    )
    .map(|p| {
        if p.extension().is_none() {
            p.with_extension("ron")
        } else {
            p
        }
    })
}

/// Asks for a corrected guide (a RON file) to install.
#[must_use]
pub fn pick_guide_file() -> Option<PathBuf> {
    remember(
        new_dialog()
            .set_title("Update the guide")
            .add_filter("Rights Desk guide (RON)", &["ron"])
            .pick_file(),
    )
}

/// Asks for a file to import (CSV, vCard, or a zipped HSDS package).
#[must_use]
pub fn pick_import_file() -> Option<PathBuf> {
    remember(
        new_dialog()
            .set_title("Import contacts")
            .add_filter(
                "Contacts (CSV, vCard, HSDS .zip)",
                &["csv", "txt", "vcf", "vcard", "zip"],
            )
            .add_filter("All files", &["*"])
            .pick_file(),
    )
}

/// Asks for a filled-in call sheet (CSV) to record.
#[must_use]
pub fn pick_call_sheet(title: &str) -> Option<PathBuf> {
    remember(
        new_dialog()
            .set_title(title)
            .add_filter("Call sheet (CSV)", &["csv", "txt"])
            .add_filter("All files", &["*"])
            .pick_file(),
    )
}

/// Asks for a folder (an HSDS package to import, or where to export one).
#[must_use]
pub fn pick_folder(title: &str) -> Option<PathBuf> {
    remember(new_dialog().set_title(title).pick_folder())
}

/// Asks where to save a printout, starting in `folder` (the last one used).
#[must_use]
pub fn save_printout(folder: Option<&Path>, title: &str, name: &str, ext: &str) -> Option<PathBuf> {
    let mut d = new_dialog()
        .set_title(title)
        .set_file_name(name)
        .add_filter(ext.to_uppercase(), &[ext]);
    if let Some(f) = folder.filter(|f| f.is_dir()) {
        d = d.set_directory(f);
    }
    remember(d.save_file()).map(|p| {
        if p.extension().is_none() {
            p.with_extension(ext)
        } else {
            p
        }
    })
}

/// Opens a file in the system's viewer for its type.
pub fn open_in_viewer(path: &Path) -> std::io::Result<()> {
    open::that_detached(path)
}

/// Asks where to export a file with extension `ext`.
#[must_use]
pub fn save_export_file(title: &str, name: &str, ext: &str) -> Option<PathBuf> {
    remember(
        new_dialog()
            .set_title(title)
            .set_file_name(name)
            .add_filter(ext, &[ext])
            .save_file(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dialogs_start_in_documents_then_in_the_last_folder_used() {
        // Documents (or home) first: never the root of the disk.
        if let Some(first) = start_folder() {
            assert_ne!(first, Path::new("/"));
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let chosen = dir.path().join("handout.pdf");
        assert_eq!(remember(Some(chosen.clone())), Some(chosen));
        assert_eq!(start_folder().as_deref(), Some(dir.path()));
    }
}
