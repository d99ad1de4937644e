//! Native file dialogs (rfd). The only module that calls rfd; it returns paths, and the caller
//! turns them into commands, so tests never need a dialog.

use std::path::{Path, PathBuf};

fn dialog(start: Option<&Path>) -> rfd::FileDialog {
    let mut d = rfd::FileDialog::new().add_filter("Rights Desk directory (RON)", &["ron"]);
    if let Some(folder) = start.and_then(Path::parent) {
        d = d.set_directory(folder);
    }
    d
}

/// Asks for an existing directory file to open.
#[must_use]
pub fn pick_directory_file(start: Option<&Path>) -> Option<PathBuf> {
    dialog(start).set_title("Open directory file").pick_file()
}

/// Asks where to create or save a directory file.
#[must_use]
pub fn save_directory_file(start: Option<&Path>, title: &str, name: &str) -> Option<PathBuf> {
    dialog(start)
        .set_title(title)
        .set_file_name(name)
        .save_file()
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
    rfd::FileDialog::new()
        .set_title("Update the guide")
        .add_filter("Rights Desk guide (RON)", &["ron"])
        .pick_file()
}

/// Asks for a file to import (CSV, vCard, or a zipped HSDS package).
#[must_use]
pub fn pick_import_file() -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title("Import contacts")
        .add_filter(
            "Contacts (CSV, vCard, HSDS .zip)",
            &["csv", "txt", "vcf", "vcard", "zip"],
        )
        .add_filter("All files", &["*"])
        .pick_file()
}

/// Asks for a folder (an HSDS package to import, or where to export one).
#[must_use]
pub fn pick_folder(title: &str) -> Option<PathBuf> {
    rfd::FileDialog::new().set_title(title).pick_folder()
}

/// Asks where to save a printout, starting in `folder` (the last one used).
#[must_use]
pub fn save_printout(folder: Option<&Path>, title: &str, name: &str, ext: &str) -> Option<PathBuf> {
    let mut d = rfd::FileDialog::new()
        .set_title(title)
        .set_file_name(name)
        .add_filter(ext.to_uppercase(), &[ext]);
    if let Some(f) = folder.filter(|f| f.is_dir()) {
        d = d.set_directory(f);
    }
    d.save_file().map(|p| {
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
    rfd::FileDialog::new()
        .set_title(title)
        .set_file_name(name)
        .add_filter(ext, &[ext])
        .save_file()
}
