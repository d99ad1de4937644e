//! The directory file as the workspace holds it: open, failed to open (with its backups), or
//! being read on a worker thread; and opening it, in the foreground or in the background.

use crate::core::store::{self, StoreError};
use crate::core::workspace::session::Session;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::Receiver;

/// The directory file: open, or failed to open (then the recovery screen shows).
#[derive(Debug)]
pub enum Doc {
    /// Open and editable.
    Open(Box<Session>),
    /// Could not be opened; the file is left untouched.
    Failed {
        /// The file.
        path: PathBuf,
        /// Why, with line and column when it is a syntax error (shown in the interface
        /// language).
        error: Arc<StoreError>,
        /// What of it is readable, and its backups (examined once, when it failed to open).
        recovery: Arc<crate::core::store::recovery::Recovery>,
    },
    /// Being read on a worker thread (the window opens at once; the Guide works meanwhile).
    Loading {
        /// The file.
        path: PathBuf,
        /// How many contacts it holds, once the worker has read it.
        count: Option<usize>,
        /// The worker's messages.
        receiver: Receiver<LoadMessage>,
    },
}

/// What the loading worker reports.
#[derive(Debug)]
pub enum LoadMessage {
    /// The file was read and holds this many contacts; parsing them now.
    Count(usize),
    /// Done.
    Done(Doc),
}

impl Doc {
    /// Opens the directory file. The default file (`is_default`) is created from the bundled
    /// directory on the first run; any other file must exist.
    #[must_use]
    pub fn open(file: &Path, is_default: bool) -> Doc {
        Doc::open_counted(file, is_default, &mut |_| {})
    }

    /// Opens the directory file on a worker thread; [`Doc::Loading`] until it is done.
    #[must_use]
    pub fn open_in_background(file: &Path, is_default: bool) -> Doc {
        let (sender, receiver) = std::sync::mpsc::channel();
        let path = file.to_path_buf();
        let worker_path = path.clone();
        let spawned = std::thread::Builder::new()
            .name("rights-desk-load".into())
            .spawn(move || {
                let counter = sender.clone();
                let doc = Doc::open_counted(&worker_path, is_default, &mut |n| {
                    let _ = counter.send(LoadMessage::Count(n));
                });
                let _ = sender.send(LoadMessage::Done(doc));
            });
        match spawned {
            Ok(_) => Doc::Loading {
                path,
                count: None,
                receiver,
            },
            Err(_) => Doc::open(file, is_default),
        }
    }

    fn open_counted(file: &Path, is_default: bool, on_count: &mut dyn FnMut(usize)) -> Doc {
        let opened = if is_default {
            store::ensure_directory_file(file).and_then(|_| Session::open_counted(file, on_count))
        } else {
            Session::open_counted(file, on_count)
        };
        match opened {
            Ok(session) => Doc::Open(Box::new(session)),
            Err(e) => Doc::failed(file, e),
        }
    }

    /// The file at `path` did not open because of `error`.
    #[must_use]
    pub fn failed(path: &Path, error: StoreError) -> Doc {
        let recovery = if error.is_damage() {
            crate::core::store::recovery::Recovery::examine(path)
        } else {
            crate::core::store::recovery::Recovery::none(path)
        };
        Doc::Failed {
            path: path.to_path_buf(),
            error: Arc::new(error),
            recovery: Arc::new(recovery),
        }
    }

    /// The open session, when the file is open.
    pub(crate) fn session_mut(&mut self) -> Option<&mut Session> {
        match self {
            Doc::Open(s) => Some(s),
            _ => None,
        }
    }

    /// The file this is about.
    #[must_use]
    pub fn path(&self) -> &Path {
        match self {
            Doc::Open(s) => s.path(),
            Doc::Failed { path, .. } | Doc::Loading { path, .. } => path,
        }
    }
}
