//! Watching the open directory's folder while the window is open: the conflict copies a sync
//! program leaves there, the other desktops that have the file open (presence files), and
//! whether the file itself was replaced.
//!
//! A thread looks every few seconds and reports only what changed. It polls rather than asking
//! the system for change events: offices share the list on network drives and sync folders,
//! where change events are often not delivered (SMB shares, some sync clients), and a look at
//! one folder every few seconds costs nothing.

use crate::core::sharing::conflict_copy::{self, ConflictCopy};
use crate::core::sharing::presence::{self, Presence};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, SystemTime};

/// What the folder holds, as far as the open file is concerned.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FolderState {
    /// Conflict copies of the file, oldest first.
    pub copies: Vec<ConflictCopy>,
    /// Other desktops with the file open.
    pub others: Vec<Presence>,
    /// The file's size and modification time (`None`: missing).
    pub stamp: Option<(u64, Option<SystemTime>)>,
}

impl FolderState {
    /// Looks at the folder of `file` now.
    #[must_use]
    pub fn of(file: &std::path::Path) -> FolderState {
        FolderState {
            copies: conflict_copy::find(file),
            others: presence::others(file),
            stamp: std::fs::metadata(file)
                .ok()
                .map(|m| (m.len(), m.modified().ok())),
        }
    }
}

/// The watching thread; it stops when this is dropped.
#[derive(Debug)]
pub struct FolderWatch {
    file: PathBuf,
    states: Receiver<FolderState>,
    stop: Arc<AtomicBool>,
}

impl FolderWatch {
    /// Starts watching `file`'s folder, looking every `every`. The first state comes at once.
    #[must_use]
    pub fn start(file: PathBuf, every: Duration) -> FolderWatch {
        let (tx, states) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let (watched, stopped) = (file.clone(), Arc::clone(&stop));
        let spawned = std::thread::Builder::new()
            .name("rights-desk-watch".into())
            .spawn(move || {
                let mut last: Option<FolderState> = None;
                while !stopped.load(Ordering::Relaxed) {
                    let now = FolderState::of(&watched);
                    if last.as_ref() != Some(&now) {
                        if tx.send(now.clone()).is_err() {
                            return;
                        }
                        last = Some(now);
                    }
                    let wake = std::time::Instant::now() + every;
                    while !stopped.load(Ordering::Relaxed) {
                        let left = wake.saturating_duration_since(std::time::Instant::now());
                        if left.is_zero() {
                            break;
                        }
                        std::thread::sleep(left.min(Duration::from_millis(100)));
                    }
                }
            });
        if spawned.is_err() {
            // No thread: report the folder once, so copies present at start are still found.
            let (tx2, rx2) = mpsc::channel();
            let _ = tx2.send(FolderState::of(&file));
            return FolderWatch {
                file,
                states: rx2,
                stop,
            };
        }
        FolderWatch { file, states, stop }
    }

    /// The file watched.
    #[must_use]
    pub fn file(&self) -> &std::path::Path {
        &self.file
    }

    /// The newest state reported since the last call, if any.
    #[must_use]
    pub fn latest(&self) -> Option<FolderState> {
        self.states.try_iter().last()
    }
}

impl Drop for FolderWatch {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_appearing_is_reported() {
        let dir = tempfile::tempdir().expect("tmp");
        let file = dir.path().join("directory.ron");
        std::fs::write(&file, "(version: 2, contacts: [])").expect("write");
        let watch = FolderWatch::start(file.clone(), Duration::from_millis(20));
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        let mut first = None;
        while first.is_none() && std::time::Instant::now() < deadline {
            first = watch.latest();
            std::thread::sleep(Duration::from_millis(10));
        }
        assert!(first.expect("a first state").copies.is_empty());
        std::fs::write(
            dir.path()
                .join("directory.sync-conflict-20261128-101010-ABCDEFG.ron"),
            "(version: 2, contacts: [])",
        )
        .expect("write");
        let mut seen = None;
        while seen.is_none() && std::time::Instant::now() < deadline {
            seen = watch.latest().filter(|s| !s.copies.is_empty());
            std::thread::sleep(Duration::from_millis(10));
        }
        assert_eq!(seen.expect("the copy is reported").copies.len(), 1);
    }
}
