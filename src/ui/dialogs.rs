//! The system's file dialogs (rfd): the only module that calls rfd. It answers a [`FileAsk`]
//! with a path, "cancelled", or "the system has no file dialog" (no portal and no zenity on a
//! Linux desktop: rfd then logs an error and returns nothing, which this module hears), so the
//! window can open its own chooser instead of doing nothing.

use crate::core::i18n::I18n;
use crate::ui::file_ask::{FileAsk, FileKind};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

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

/// Remembers the folder of a chosen file for the next dialog.
pub fn remember(chosen: Option<PathBuf>) -> Option<PathBuf> {
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

/// How the window asks for files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileDialogs {
    /// The system's dialog, falling back to the window's own when it cannot open.
    System,
    /// The window's own chooser (tests; `RIGHTS_DESK_FILE_DIALOG=builtin`; or after the
    /// system's failed once this run).
    InWindow,
}

impl FileDialogs {
    /// The system's, unless `RIGHTS_DESK_FILE_DIALOG=builtin` asks for the window's own.
    #[must_use]
    pub fn from_env() -> Self {
        match std::env::var("RIGHTS_DESK_FILE_DIALOG") {
            Ok(v) if v.eq_ignore_ascii_case("builtin") => FileDialogs::InWindow,
            _ => FileDialogs::System,
        }
    }
}

/// What the system's dialog answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SystemAnswer {
    /// A path (as the ask wants it: a saved file has its extension).
    Chosen(PathBuf),
    /// The user closed the dialog.
    Cancelled,
    /// No dialog could open on this desktop.
    Unavailable,
}

/// Set when rfd reports that no dialog could open (see [`DialogWatch`]).
static DIALOG_FAILED: AtomicBool = AtomicBool::new(false);

/// A logger that listens for rfd's "failed to open the dialog" (rfd logs it and returns
/// nothing, the same nothing as a cancel) and passes rfd's warnings and errors to stderr.
struct DialogWatch;

impl log::Log for DialogWatch {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= log::Level::Warn && metadata.target().starts_with("rfd")
    }

    fn log(&self, record: &log::Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        if record.level() == log::Level::Error {
            DIALOG_FAILED.store(true, Ordering::SeqCst);
        }
        eprintln!("file dialog: {}", record.args());
    }

    fn flush(&self) {}
}

static WATCH: DialogWatch = DialogWatch;

/// Starts listening to rfd (once per process; a logger set by someone else first is kept, and
/// then a failed dialog looks like a cancel, as before).
fn watch() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        if log::set_logger(&WATCH).is_ok() {
            log::set_max_level(log::LevelFilter::Warn);
        }
    });
}

/// Shows the system's dialog for `ask` and waits for it.
#[must_use]
pub fn system(ask: &FileAsk, i18n: &I18n) -> SystemAnswer {
    watch();
    DIALOG_FAILED.store(false, Ordering::SeqCst);
    let mut d = rfd::FileDialog::new().set_title(&ask.title);
    if let Some(folder) = ask.start.clone().or_else(start_folder) {
        d = d.set_directory(folder);
    }
    let chosen = match &ask.kind {
        FileKind::Open(types) => {
            d = d.add_filter(i18n.tr(types.label_key()), types.extensions());
            if types.all_files_too() {
                d = d.add_filter(i18n.tr("files-all"), &["*"]);
            }
            d.pick_file()
        }
        FileKind::Save { name, extension } => {
            d = d.set_file_name(name);
            if !extension.is_empty() {
                d = d.add_filter(extension.to_uppercase(), &[extension]);
            }
            d.save_file()
        }
        FileKind::Folder => d.pick_folder(),
    };
    match remember(chosen) {
        Some(p) => SystemAnswer::Chosen(ask.finish(p)),
        None if DIALOG_FAILED.swap(false, Ordering::SeqCst) => SystemAnswer::Unavailable,
        None => SystemAnswer::Cancelled,
    }
}

/// Opens a file in the system's viewer for its type.
pub fn open_in_viewer(path: &Path) -> std::io::Result<()> {
    open::that_detached(path)
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
