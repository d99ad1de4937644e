//! The file store under attack: kills in the middle of saving, several writers at once,
//! symbolic links, a full disk, read-only and group-writable files, and the messages a person
//! gets for files that are not what they should be. Each test is bounded (a few seconds).

use rights_desk::core::directory::contact::Contact;
use rights_desk::core::store;
use rights_desk::core::workspace::session::{SaveStatus, Session};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rights-desk"));
    c.env_remove("RIGHTS_DESK_DATA_DIR");
    c
}

fn run(data: &Path, args: &[&str]) -> (i32, String) {
    let out = bin()
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

/// A CSV of `n` contacts named "`prefix` 0" … .
fn csv(dir: &Path, prefix: &str, n: usize) -> PathBuf {
    let path = dir.join(format!("{}.csv", prefix.replace(' ', "-")));
    let mut text = String::from("name,city\n");
    for i in 0..n {
        text.push_str(&format!("{prefix} {i},Santa Fe\n"));
    }
    fs::write(&path, text).expect("write csv");
    path
}

/// Small, fast pseudo-random numbers (no dependency, a fixed sequence per seed).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below.max(1)
    }
}

fn names_in(file: &Path) -> Vec<String> {
    store::load_directory(file)
        .expect("directory loads")
        .directory
        .contacts()
        .iter()
        .map(|c| c.name.to_string())
        .collect()
}

fn leftovers(folder: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for dir in [folder.to_path_buf(), folder.join("backups")] {
        for e in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            let ext = Path::new(&n).extension().and_then(|x| x.to_str());
            if matches!(ext, Some("tmp" | "lock")) {
                found.push(n);
            }
        }
    }
    found
}

#[cfg(unix)]
#[test]
fn killed_saves_never_tear_the_file_or_leave_litter() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let input = csv(dir.path(), "Kill test", 25);
    let (code, out) = run(
        &data,
        &[
            "import",
            input.to_str().expect("utf-8"),
            "--duplicates",
            "add",
        ],
    );
    assert_eq!(code, 0, "{out}");
    let file = data.join("directory.ron");
    let base = names_in(&file).len() - 25;
    // How long one import takes here, to kill across its whole run.
    let t = Instant::now();
    run(
        &data,
        &[
            "import",
            input.to_str().expect("utf-8"),
            "--duplicates",
            "add",
        ],
    );
    let span = u64::try_from(t.elapsed().as_micros())
        .unwrap_or(50_000)
        .max(2_000);
    let mut rng = Lcg(0x5eed);
    let mut kills = 0;
    let started = Instant::now();
    while kills < 200 && started.elapsed() < Duration::from_secs(90) {
        let mut child = bin()
            .arg("--data-dir")
            .arg(&data)
            .args([
                "import",
                input.to_str().expect("utf-8"),
                "--duplicates",
                "add",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_micros(rng.next(span * 12 / 10)));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        kills += 1;
        // Always the old contents or the new: whole imports of 25, never part of one.
        let n = names_in(&file).len();
        assert_eq!((n - base) % 25, 0, "torn after {kills} kills: {n} contacts");
    }
    assert!(kills >= 200, "only {kills} kills in the time allowed");
    // The next start cleans up after the killed ones.
    let (code, out) = run(
        &data,
        &[
            "import",
            input.to_str().expect("utf-8"),
            "--duplicates",
            "add",
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert_eq!(leftovers(&data), Vec::<String>::new());
    let backups = store::backups(&file);
    assert!(
        !backups.is_empty() && backups.len() <= store::BACKUPS_KEPT,
        "{backups:?}"
    );
    for b in backups {
        store::load_directory(&b).expect("every backup kept is readable");
    }
}

#[test]
fn concurrent_imports_keep_every_contact() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let (code, out) = run(&data, &["guide"]);
    assert_eq!(code, 0, "{out}");
    let mut expected: Vec<String> = Vec::new();
    for round in 0..30 {
        let children: Vec<(Vec<String>, std::process::Child)> = (0..3)
            .map(|w| {
                let prefix = format!("Round {round} writer {w}");
                let input = csv(dir.path(), &prefix, 4);
                let child = bin()
                    .arg("--data-dir")
                    .arg(&data)
                    .arg("import")
                    .arg(&input)
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("spawn");
                ((0..4).map(|i| format!("{prefix} {i}")).collect(), child)
            })
            .collect();
        for (names, child) in children {
            let out = child.wait_with_output().expect("wait");
            let text = String::from_utf8_lossy(&out.stdout).into_owned()
                + &String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "{text}");
            assert!(text.contains("added 4 "), "{text}");
            expected.extend(names);
        }
    }
    let names = names_in(&data.join("directory.ron"));
    let missing: Vec<&String> = expected.iter().filter(|n| !names.contains(n)).collect();
    assert!(missing.is_empty(), "lost: {missing:?}");
    assert_eq!(leftovers(&data), Vec::<String>::new());
}

#[test]
fn two_open_windows_saving_at_once_merge_instead_of_losing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("directory.ron");
    store::ensure_directory_file(&path).expect("create");
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut s = Session::open(&path).expect("open");
                for i in 0..20 {
                    let c = Contact {
                        name: format!("Window {w} contact {i}").into(),
                        ..Contact::default()
                    };
                    s.perform(|d| d.add(c, jiff::Timestamp::now()))
                        .expect("add");
                    assert!(
                        matches!(s.status(), SaveStatus::Saved(_)),
                        "{:?}",
                        s.status()
                    );
                }
            })
        })
        .collect();
    for w in writers {
        w.join().expect("writer");
    }
    let names = names_in(&path);
    for w in 0..2 {
        for i in 0..20 {
            let want = format!("Window {w} contact {i}");
            assert!(names.contains(&want), "lost {want}");
        }
    }
}

#[test]
fn overlapping_edits_are_not_merged_silently() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("directory.ron");
    store::ensure_directory_file(&path).expect("create");
    let mut mine = Session::open(&path).expect("open");
    let mut theirs = Session::open(&path).expect("open");
    let mut c = theirs.contact("nmilc").cloned().expect("contact");
    c.notes = "Theirs".into();
    theirs
        .perform(|d| d.update(c, jiff::Timestamp::now()))
        .expect("their edit");
    let mut c = mine.contact("nmilc").cloned().expect("contact");
    c.notes = "Mine".into();
    mine.perform(|d| d.update(c, jiff::Timestamp::now()))
        .expect("my edit");
    assert_eq!(mine.status(), &SaveStatus::ChangedOnDisk);
    let disk = store::load_directory(&path).expect("load").directory;
    assert_eq!(disk.get("nmilc").expect("c").notes, "Theirs");
}

#[cfg(unix)]
#[test]
fn a_linked_directory_is_written_through_the_link() {
    let dir = tempfile::tempdir().expect("tempdir");
    let share = dir.path().join("share");
    let data = dir.path().join("data");
    fs::create_dir_all(&share).expect("mkdir");
    fs::create_dir_all(&data).expect("mkdir");
    store::ensure_directory_file(&share.join("directory.ron")).expect("shared file");
    std::os::unix::fs::symlink(share.join("directory.ron"), data.join("directory.ron"))
        .expect("link");
    let input = csv(dir.path(), "Linked", 3);
    let (code, out) = run(&data, &["import", input.to_str().expect("utf-8")]);
    assert_eq!(code, 0, "{out}");
    let link_meta = fs::symlink_metadata(data.join("directory.ron")).expect("meta");
    assert!(
        link_meta.file_type().is_symlink(),
        "the link is still a link"
    );
    assert!(names_in(&share.join("directory.ron")).contains(&"Linked 0".to_string()));
    assert!(leftovers(&share).is_empty() && leftovers(&data).is_empty());

    // The share is not mounted: the link dangles. Nothing is created; the message names both.
    let other = dir.path().join("other");
    fs::create_dir_all(&other).expect("mkdir");
    std::os::unix::fs::symlink(
        dir.path().join("unmounted/directory.ron"),
        other.join("directory.ron"),
    )
    .expect("link");
    let (code, out) = run(&other, &["import", input.to_str().expect("utf-8")]);
    assert_ne!(code, 0, "{out}");
    assert!(
        out.contains("unmounted/directory.ron") && out.contains("does not exist"),
        "{out}"
    );
    assert!(!dir.path().join("unmounted").exists());
    assert!(
        fs::symlink_metadata(other.join("directory.ron"))
            .expect("meta")
            .file_type()
            .is_symlink()
    );
    let (code, out) = run(&other, &["search", "immigrant"]);
    assert_ne!(code, 0, "{out}");
}

#[cfg(unix)]
#[test]
fn read_only_files_are_not_written_and_modes_are_kept() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    run(&data, &["guide"]);
    let file = data.join("directory.ron");
    store::ensure_directory_file(&file).expect("create");
    fs::set_permissions(&file, fs::Permissions::from_mode(0o664)).expect("chmod");
    // Root may give the file another group, as an office's shared folder has.
    let root = fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0);
    if root {
        std::os::unix::fs::chown(&file, None, Some(100)).expect("chgrp");
    }
    let input = csv(dir.path(), "Group", 2);
    let (code, out) = run(&data, &["import", input.to_str().expect("utf-8")]);
    assert_eq!(code, 0, "{out}");
    let meta = fs::metadata(&file).expect("meta");
    assert_eq!(meta.permissions().mode() & 0o777, 0o664);
    if root {
        assert_eq!(meta.gid(), 100, "the group is kept");
    }

    fs::set_permissions(&file, fs::Permissions::from_mode(0o444)).expect("chmod");
    let before = fs::read(&file).expect("read");
    let input = csv(dir.path(), "Refused", 2);
    let (code, out) = run(&data, &["import", input.to_str().expect("utf-8")]);
    assert_ne!(code, 0, "{out}");
    assert!(out.contains("read-only"), "{out}");
    assert_eq!(fs::read(&file).expect("read"), before);
    assert_eq!(
        fs::metadata(&file).expect("meta").permissions().mode() & 0o777,
        0o444
    );

    // In the window's session: the status says so and the edit stays.
    let mut s = Session::open(&file).expect("open");
    s.perform(|d| d.delete("nmilc")).expect("delete");
    assert!(s.status().is_read_only(), "{:?}", s.status());
    assert!(s.has_unsaved());
}

/// A small tmpfs stands in for a full disk when this test may mount one (root, mount
/// permitted); otherwise the injected write error of `fsio`'s unit tests covers it.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_fails_cleanly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mnt = dir.path().join("small");
    fs::create_dir_all(&mnt).expect("mkdir");
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=200k", "tmpfs"])
        .arg(&mnt)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!(
            "a_full_disk_fails_cleanly: cannot mount a tmpfs here; covered by fsio's injected error"
        );
        return;
    }
    let result = std::panic::catch_unwind(|| {
        let data = mnt.join("data");
        let (code, out) = run(&data, &["guide"]);
        assert_eq!(code, 0, "{out}");
        let file = data.join("directory.ron");
        store::ensure_directory_file(&file).expect("create");
        let before = fs::read(&file).expect("read");
        let input = csv(dir.path(), "Too many", 3_000);
        let (code, out) = run(&data, &["import", input.to_str().expect("utf-8")]);
        assert_ne!(code, 0, "{out}");
        assert!(out.to_lowercase().contains("the disk is full"), "{out}");
        assert_eq!(fs::read(&file).expect("read"), before, "old file intact");
        assert_eq!(leftovers(&data), Vec::<String>::new());
        for b in store::backups(&file) {
            store::load_directory(&b).expect("backups readable");
        }
    });
    let _ = Command::new("umount").arg(&mnt).status();
    if let Err(p) = result {
        std::panic::resume_unwind(p);
    }
}

#[test]
fn messages_a_person_can_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let empty = dir.path().join("empty.ron");
    fs::write(&empty, "").expect("write");
    let (code, out) = run(&data, &["check", empty.to_str().expect("utf-8")]);
    assert_eq!(code, 1);
    assert!(out.contains("the file is empty"), "{out}");
    assert!(!out.contains("VersionProbe"), "{out}");

    let latin = dir.path().join("latin.ron");
    fs::write(
        &latin,
        b"(\n  version: 2,\n  contacts: [\n    (id: \"a\", name: \"Jos\xe9\"),\n  ],\n)\n",
    )
    .expect("write");
    let (code, out) = run(&data, &["check", latin.to_str().expect("utf-8")]);
    assert_eq!(code, 1);
    assert!(out.contains("not UTF-8 text (line 4, column 25)"), "{out}");
    assert_eq!(out.matches("UTF-8").count(), 1, "said once: {out}");

    let category = dir.path().join("category.ron");
    fs::write(
        &category,
        "(\n  version: 2,\n  contacts: [\n    (\n      id: \"a\",\n      category: Adv,\n      name: \"A\",\n    ),\n  ],\n)\n",
    )
    .expect("write");
    let (code, out) = run(&data, &["check", category.to_str().expect("utf-8")]);
    assert_eq!(code, 1);
    assert!(out.contains("unknown category “Adv” on line 6"), "{out}");
    assert!(out.contains("LegalAid (Legal aid)"), "{out}");

    let missing = dir.path().join("nowhere.ron");
    let (_, out) = run(&data, &["check", missing.to_str().expect("utf-8")]);
    assert!(out.contains("does not exist"), "{out}");
    assert!(out.matches("os error").count() <= 1, "{out}");

    // Random bytes are not contacts, whatever the file is called.
    let mut rng = Lcg(7);
    let junk: Vec<u8> = (0..4_000)
        .map(|_| u8::try_from(rng.next(256)).unwrap_or(0))
        .collect();
    for name in ["junk.csv", "junk.vcf"] {
        let p = dir.path().join(name);
        fs::write(&p, &junk).expect("write");
        let (code, out) = run(&data, &["import", p.to_str().expect("utf-8")]);
        assert_ne!(code, 0, "{out}");
        assert!(out.contains("No contacts found in"), "{out}");
    }
}

/// `recover` on a damaged directory: lists what is readable and the backups, changes nothing;
/// `--readable` restores to the same path, keeping the damaged file beside it; every other
/// command points to `recover` (#33).
#[test]
fn recover_from_the_command_line() {
    let dir = tempfile::tempdir().expect("tmp");
    let data = dir.path().join("data");
    let (code, out) = run(&data, &["search", "legal"]);
    assert_eq!(code, 0, "{out}");
    let file = data.join("directory.ron");
    let (code, out) = run(
        &data,
        &[
            "import",
            csv(dir.path(), "Clinic", 2).to_str().expect("utf-8"),
        ],
    );
    assert_eq!(code, 0, "{out}");
    let text = fs::read_to_string(&file).expect("read");
    let broken = text.replacen("(id: \"nmilc\",", "(id: \"nmilc\" name:", 1);
    assert_ne!(broken, text);
    fs::write(&file, &broken).expect("damage");

    let (code, out) = run(&data, &["export-contacts", "--format", "csv", "-o", "-"]);
    assert_ne!(code, 0);
    assert!(out.contains("rights-desk recover"), "{out}");
    let (code, out) = run(&data, &["recover"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("16 contacts can still be read"), "{out}");
    assert!(out.contains("could not be read"), "{out}");
    assert!(
        out.contains("1 only in the backup: New Mexico Immigrant Law Center"),
        "{out}"
    );
    assert!(out.contains("Nothing was changed"), "{out}");
    assert_eq!(fs::read_to_string(&file).expect("read"), broken);

    let (code, out) = run(&data, &["recover", "--readable"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Restored 17 contacts"), "{out}");
    let d = store::load_directory(&file).expect("opens").directory;
    assert_eq!(d.len(), 17);
    assert!(
        d.contacts().iter().any(|c| c.name == "Clinic 1"),
        "the last save kept"
    );
    let kept = fs::read_dir(&data)
        .expect("folder")
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("directory (broken ")
        })
        .count();
    assert_eq!(kept, 1);
    let (code, out) = run(&data, &["recover"]);
    assert_eq!(code, 0);
    assert!(out.contains("nothing to recover"), "{out}");
}

/// The merge record cannot be written (its folder is blocked): the import is saved, and the
/// command line says the record was not kept instead of dropping the failure (#34).
#[test]
fn a_merge_record_that_cannot_be_written_is_reported() {
    let dir = tempfile::tempdir().expect("tmp");
    let data = dir.path().join("data");
    let blocked = dir.path().join("state-is-a-file");
    fs::write(&blocked, "in the way").expect("block");
    let out = bin()
        .arg("--data-dir")
        .arg(&data)
        .arg("import")
        .arg(csv(dir.path(), "Clinic", 2))
        .env(
            rights_desk::core::sharing::merge_base::STATE_DIR_ENV,
            &blocked,
        )
        .output()
        .expect("runs");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("added 2"), "{text}");
    assert!(text.contains("merge record could not be written"), "{text}");
}
