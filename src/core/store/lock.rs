//! One writer at a time: the lock held while a data file is read, compared, backed up, written
//! and renamed.
//!
//! The lock is a small file beside the data file, `.NAME.lock`, created with "create only if
//! absent" (atomic on local disks and on SMB and NFS shares, where advisory locks often do
//! nothing). It says who holds it (program, computer, user, process, since when). The holder
//! also takes an operating-system lock on it where the system has one, so a holder that died
//! on this computer is noticed even where process ids cannot be checked.
//!
//! A lock is taken over when it is stale: its holder is a process of this computer that is
//! gone, or it is older than [`STALE_AFTER`] (no save takes that long; a computer that lost
//! power while saving leaves such a lock behind). Taking over renames the stale file away
//! first, so two programs that both found it stale cannot both remove a fresh one.

use crate::core::basics::file_error::StoreError;
use crate::core::basics::machine;
use crate::core::basics::temp_files::folder_of;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime};

/// A lock older than this is taken over, whoever holds it.
pub const STALE_AFTER: Duration = Duration::from_mins(2);

/// How long a save waits for another writer before giving up, by default.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(20);

/// A lock file that is still being written by its new holder is left alone this long.
const FRESH_GRACE: Duration = Duration::from_secs(5);

static SERIAL: AtomicU64 = AtomicU64::new(0);

/// The right to write one data file; released when dropped.
#[derive(Debug)]
pub struct WriteLock {
    lock_path: PathBuf,
    target: PathBuf,
    token: String,
    file: Option<File>,
}

/// The lock file's name for `target`: `.directory.ron.lock` beside it.
#[must_use]
pub fn lock_path(target: &Path) -> PathBuf {
    // Beside the real file: two desktops reaching one shared file through links must meet at
    // one lock.
    let target = &crate::core::basics::temp_files::real_path(target);
    let name = target
        .file_name()
        .map_or_else(|| "data".into(), |n| n.to_string_lossy().into_owned());
    folder_of(target).join(format!(".{name}.lock"))
}

/// What a lock file says about its holder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Holder {
    host: String,
    user: String,
    pid: Option<u32>,
    token: String,
    since: Option<jiff::Timestamp>,
}

/// Someone to tell, at once, that a save is waiting for another writer's lock (the command
/// line prints it; see [`report_waits_to`]).
type Reporter = Box<dyn Fn(&str) + Send + Sync>;

static REPORTER: std::sync::OnceLock<Reporter> = std::sync::OnceLock::new();

/// Says to `report`, the moment a save finds the file locked by someone else, who holds the
/// lock and since when ("directory.ron is locked by Rights Desk on PC-2 (ana) since 10:14;
/// waiting up to 20 s"), or that the lock file cannot be read, or that a stale lock was taken
/// over. Set once per process (the command line sets it; later calls are ignored).
pub fn report_waits_to(report: impl Fn(&str) + Send + Sync + 'static) {
    let _ = REPORTER.set(Box::new(report));
}

fn report(message: &str) {
    if let Some(r) = REPORTER.get() {
        r(message);
    }
}

/// A save of this process waiting for another writer's lock (the window's status line says
/// so while it lasts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaitingFor {
    /// The file.
    pub path: PathBuf,
    /// Who holds it ("Rights Desk on PC-2 (ana) since 10:14:05"); `None` when the lock file
    /// cannot be read.
    pub holder: Option<String>,
}

/// The saves of this process waiting for a lock now, oldest first.
static WAITING: std::sync::Mutex<Vec<WaitingFor>> = std::sync::Mutex::new(Vec::new());

fn waiting_list() -> std::sync::MutexGuard<'static, Vec<WaitingFor>> {
    WAITING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn start_waiting(waiting: WaitingFor) {
    let mut list = waiting_list();
    list.retain(|w| w.path != waiting.path);
    list.push(waiting);
}

fn stop_waiting(path: &Path) {
    waiting_list().retain(|w| w.path != path);
}

/// The lock a save of this process is waiting for, while it waits (the newest, when several
/// are).
#[must_use]
pub fn waiting_for() -> Option<WaitingFor> {
    waiting_list().last().cloned()
}

impl Holder {
    fn parse(text: &str) -> Holder {
        let mut h = Holder::default();
        for line in text.lines() {
            if let Some((k, v)) = line.split_once('=') {
                let v = v.trim().to_string();
                match k.trim() {
                    "host" => h.host = v,
                    "user" => h.user = v,
                    "pid" => h.pid = v.parse().ok(),
                    "token" => h.token = v,
                    "since" => h.since = v.parse().ok(),
                    _ => {}
                }
            }
        }
        h
    }

    fn describe(&self) -> String {
        let who = if self.host.is_empty() {
            "another Rights Desk".to_string()
        } else {
            format!("Rights Desk on {} ({})", self.host, self.user)
        };
        match self.since {
            Some(t) => format!(
                "{who} since {}",
                t.to_zoned_datetime(jiff::tz::TimeZone::system())
                    .strftime("%H:%M:%S")
            ),
            None => who,
        }
    }
}

impl WriteLock {
    /// Takes the write lock of `target`, waiting up to `wait` for another writer to finish.
    pub fn acquire(target: &Path, wait: Duration) -> Result<WriteLock, StoreError> {
        let lock_path = lock_path(target);
        let folder = folder_of(target);
        fs::create_dir_all(&folder).map_err(|e| StoreError::io(&folder, e))?;
        let started = Instant::now();
        let deadline = started + wait;
        let mut pause = Duration::from_millis(2);
        let mut reported = false;
        loop {
            match OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&lock_path)
            {
                Ok(file) => {
                    if reported {
                        stop_waiting(target);
                    }
                    return Ok(WriteLock::hold(file, lock_path, target));
                }
                Err(e) if busy(&e, &lock_path) => {
                    if is_stale(&lock_path) {
                        if let Some(h) = read_holder(&lock_path).filter(|h| !h.host.is_empty()) {
                            report(&format!(
                                "{}: took over the lock left by {} (no longer saving)",
                                target.display(),
                                h.describe()
                            ));
                        }
                        take_over(&lock_path);
                        continue;
                    }
                    if !reported && !wait.is_zero() {
                        let holder = read_holder(&lock_path);
                        // Another computer's lock, or any lock held a moment: say so now,
                        // not after the wait.
                        let elsewhere = holder
                            .as_ref()
                            .is_some_and(|h| !h.host.is_empty() && h.host != machine::host_name());
                        if elsewhere || started.elapsed() > Duration::from_millis(300) {
                            reported = true;
                            start_waiting(WaitingFor {
                                path: target.to_path_buf(),
                                holder: holder.as_ref().map(Holder::describe),
                            });
                            report(&match holder {
                                Some(h) => format!(
                                    "{} is locked by {}; waiting up to {} s",
                                    target.display(),
                                    h.describe(),
                                    wait.as_secs()
                                ),
                                None => format!(
                                    "{}: the lock file {} cannot be read; waiting up to {} s \
                                     (if no other program is saving, remove that file)",
                                    target.display(),
                                    lock_path.display(),
                                    wait.as_secs()
                                ),
                            });
                        }
                    }
                    if Instant::now() >= deadline {
                        if reported {
                            stop_waiting(target);
                        }
                        let holder = read_holder(&lock_path)
                            .map_or_else(|| "another Rights Desk".into(), |h| h.describe());
                        return Err(StoreError::Locked {
                            path: target.to_path_buf(),
                            holder,
                            lock: lock_path,
                        });
                    }
                    std::thread::sleep(pause + jitter());
                    pause = (pause * 2).min(Duration::from_millis(50));
                }
                Err(e) => return Err(StoreError::io(&folder, e)),
            }
        }
    }

    fn hold(mut file: File, lock_path: PathBuf, target: &Path) -> WriteLock {
        // Best effort: a lock the system releases if this process dies.
        let _ = file.try_lock();
        let token = format!(
            "{}-{}-{}",
            machine::pid(),
            SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
            SERIAL.fetch_add(1, Ordering::Relaxed)
        );
        let text = format!(
            "Rights Desk is saving {}\nhost={}\nuser={}\npid={}\nsince={}\ntoken={token}\n",
            target
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            machine::host_name(),
            machine::user_name(),
            machine::pid(),
            jiff::Timestamp::now(),
        );
        let _ = file.write_all(text.as_bytes());
        let _ = file.sync_all();
        WriteLock {
            lock_path,
            target: target.to_path_buf(),
            token,
            file: Some(file),
        }
    }

    /// The data file this lock is for.
    #[must_use]
    pub fn target(&self) -> &Path {
        &self.target
    }
}

impl Drop for WriteLock {
    fn drop(&mut self) {
        // Close (and so unlock) first: on Windows an open file cannot be removed at once.
        drop(self.file.take());
        // Only remove the lock if it is still ours (it may have been taken over as stale).
        if read_holder(&self.lock_path).is_some_and(|h| h.token == self.token) {
            let _ = fs::remove_file(&self.lock_path);
        }
    }
}

/// True when `error` from creating the lock file means someone holds it.
fn busy(error: &io::Error, lock_path: &Path) -> bool {
    match error.kind() {
        io::ErrorKind::AlreadyExists => true,
        // Windows: a lock file being removed ("delete pending") refuses new opens.
        io::ErrorKind::PermissionDenied => cfg!(windows) && lock_path.exists(),
        _ => false,
    }
}

fn jitter() -> Duration {
    let n = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    Duration::from_micros(u64::from(n % 3_000))
}

fn read_holder(lock_path: &Path) -> Option<Holder> {
    let mut text = String::new();
    File::open(lock_path)
        .ok()?
        .take(4_096)
        .read_to_string(&mut text)
        .ok()?;
    Some(Holder::parse(&text))
}

fn age(path: &Path) -> Option<Duration> {
    let modified = fs::metadata(path).and_then(|m| m.modified()).ok()?;
    Some(
        SystemTime::now()
            .duration_since(modified)
            .unwrap_or_default(),
    )
}

/// True when the lock at `lock_path` may be taken over.
fn is_stale(lock_path: &Path) -> bool {
    let Some(age) = age(lock_path) else {
        return false; // gone already: the next try creates it
    };
    if age > STALE_AFTER {
        return true;
    }
    let Some(holder) = read_holder(lock_path) else {
        return false;
    };
    if holder.token.is_empty() {
        // Created but not written yet, or its writer died right after creating it.
        return age > FRESH_GRACE;
    }
    if holder.host != machine::host_name() {
        return false;
    }
    match holder.pid.and_then(machine::process_alive) {
        Some(alive) => !alive,
        // No process list here: a holder that died has lost its system lock.
        None => {
            age > FRESH_GRACE.min(Duration::from_secs(1))
                && File::open(lock_path).is_ok_and(|f| match f.try_lock() {
                    Ok(()) => {
                        let _ = f.unlock();
                        true
                    }
                    Err(_) => false,
                })
        }
    }
}

/// Moves a stale lock out of the way; if what was moved turns out to be a fresh lock (another
/// program took over first), puts it back.
fn take_over(lock_path: &Path) {
    let stale_view = read_holder(lock_path);
    let name = lock_path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let aside =
        crate::core::basics::temp_files::temp_in(&folder_of(lock_path), &format!("{name}."));
    if fs::rename(lock_path, &aside).is_err() {
        return;
    }
    let moved = read_holder(&aside);
    if moved.is_some() && moved != stale_view {
        // Not the lock judged stale: give it back unless a new one is already there.
        let _ = fs::hard_link(&aside, lock_path);
    }
    let _ = fs::remove_file(&aside);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_holder_at_a_time_and_released_on_drop() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("directory.ron");
        let first = WriteLock::acquire(&target, Duration::ZERO).expect("first");
        let err = WriteLock::acquire(&target, Duration::from_millis(30)).expect_err("busy");
        assert!(matches!(err, StoreError::Locked { .. }), "{err}");
        assert!(err.to_string().contains("is saving"), "{err}");
        drop(first);
        assert!(!lock_path(&target).exists());
        WriteLock::acquire(&target, Duration::ZERO).expect("free again");
    }

    #[test]
    fn a_lock_of_a_dead_process_or_an_old_one_is_taken_over() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("directory.ron");
        let lp = lock_path(&target);
        // A process of this computer that is gone (where the system can tell).
        if machine::process_alive(u32::MAX - 7) == Some(false) {
            fs::write(
                &lp,
                format!(
                    "host={}\nuser=x\npid={}\ntoken=old\n",
                    machine::host_name(),
                    u32::MAX - 7
                ),
            )
            .expect("write");
            WriteLock::acquire(&target, Duration::ZERO).expect("dead holder taken over");
        }
        // Another computer's lock, too old to be real.
        fs::write(&lp, "host=ELSEWHERE\nuser=x\npid=1\ntoken=t\n").expect("write");
        let old = SystemTime::now() - STALE_AFTER - Duration::from_secs(5);
        File::options()
            .write(true)
            .open(&lp)
            .and_then(|f| f.set_modified(old))
            .expect("age it");
        let lock = WriteLock::acquire(&target, Duration::ZERO).expect("old lock taken over");
        drop(lock);
        // Another computer's fresh lock is respected.
        fs::write(&lp, "host=ELSEWHERE\nuser=ana\npid=1\ntoken=t\n").expect("write");
        let err = WriteLock::acquire(&target, Duration::from_millis(20)).expect_err("respected");
        assert!(err.to_string().contains("ELSEWHERE (ana)"), "{err}");
    }

    #[test]
    fn a_wait_for_another_computers_lock_is_said_at_once_and_ends() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("directory.ron");
        fs::write(
            lock_path(&target),
            "host=PC-2\nuser=ana\npid=1\nsince=2026-12-02T10:14:05Z\ntoken=t\n",
        )
        .expect("their lock");
        let waiting = std::thread::spawn({
            let target = target.clone();
            move || WriteLock::acquire(&target, Duration::from_millis(1_500))
        });
        let started = Instant::now();
        let mut seen = None;
        while started.elapsed() < Duration::from_millis(1_400) {
            let mine = waiting_list().iter().find(|w| w.path == target).cloned();
            if let Some(w) = mine {
                seen = Some((w, started.elapsed()));
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        let (w, after) = seen.expect("said while waiting");
        assert!(
            after < Duration::from_secs(1),
            "at once, not after the wait: {after:?}"
        );
        assert!(
            w.holder
                .as_deref()
                .is_some_and(|h| h.contains("PC-2 (ana) since")),
            "{w:?}"
        );
        assert!(waiting.join().expect("thread").is_err(), "respected");
        assert!(waiting_list().iter().all(|w| w.path != target), "ended");
    }
}
