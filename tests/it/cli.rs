//! The command line, run as a user would run it.

use crate::fixtures::rights_desk;
use std::process::Command;

#[test]
fn guide_list_prints_every_entry() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, out) = rights_desk(dir.path(), &["guide", "--list"]);
    assert_eq!(code, 0, "{out}");
    for n in 1..=20 {
        assert!(out.contains(&format!("q{n} ")), "q{n} listed");
    }
    assert!(out.contains("What changed since this FAQ"));
}

#[test]
fn search_finds_guide_and_directory_hits() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, out) = rights_desk(dir.path(), &["search", "DETAINER"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("[q3]"), "{out}");
    let (_, out) = rights_desk(dir.path(), &["search", "immigrant", "law"]);
    assert!(out.contains("New Mexico Immigrant Law Center"), "{out}");
    assert!(out.contains("not checked"), "{out}");
    // The first run created the user's directory file.
    assert!(dir.path().join("directory.ron").exists());
}

#[test]
fn check_reports_errors_with_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("bad.ron");
    std::fs::write(
        &bad,
        "(\n version: 2,\n contacts: [ (id: \"a\" name: \"A\") ],\n)",
    )
    .expect("write");
    let (code, out) = rights_desk(dir.path(), &["check", bad.to_str().expect("utf8")]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("bad.ron:3:"), "{out}");

    let good = dir.path().join("good.ron");
    std::fs::write(
        &good,
        "(version: 2, contacts: [(id: \"a\", name: \"A\", email: \"nope\", counties: [\"Gotham\"])])",
    )
    .expect("write");
    let (code, out) = rights_desk(dir.path(), &["check", good.to_str().expect("utf8")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("2 warnings"), "{out}");

    let (code, out) = rights_desk(dir.path(), &["check", "assets/guides/nm-ag-ice.en.ron"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 warnings"), "{out}");
}

#[test]
fn data_dir_from_the_environment() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = Command::new(env!("CARGO_BIN_EXE_rights-desk"))
        .args(["search", "aclu"])
        .env("RIGHTS_DESK_DATA_DIR", dir.path())
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert!(dir.path().join("directory.ron").exists());
}

#[test]
fn import_dry_run_changes_nothing_then_import_and_export() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, out) = rights_desk(
        dir.path(),
        &[
            "import",
            "tests/fixtures/hsds/v1.1-sample/simple",
            "--dry-run",
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("would add 10"), "{out}");
    let file = dir.path().join("directory.ron");
    let before = std::fs::read(&file).expect("created");
    let (code, out) = rights_desk(
        dir.path(),
        &["import", "tests/fixtures/hsds/v1.1-sample/simple"],
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("added 10"), "{out}");
    assert_ne!(std::fs::read(&file).expect("read"), before);
    // Importing again finds duplicates and skips them.
    let (_, out) = rights_desk(
        dir.path(),
        &["import", "tests/fixtures/hsds/v1.1-sample/simple"],
    );
    assert!(out.contains("added 0"), "{out}");
    assert!(out.contains("duplicate:"), "{out}");

    let csv = dir.path().join("legal.csv");
    let (code, out) = rights_desk(
        dir.path(),
        &[
            "export-contacts",
            "--format",
            "csv",
            "--category",
            "legal-aid",
            "-o",
            csv.to_str().expect("utf8"),
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("exported 5 contacts"), "{out}");
    let text = std::fs::read_to_string(&csv).expect("read");
    assert!(text.contains("New Mexico Immigrant Law Center"));
    assert!(!text.contains("ACLU"));
}

#[test]
fn export_prints_every_layout_and_refuses_cards_outside_pdf() {
    let data = tempfile::tempdir().expect("tempdir");
    let out_dir = tempfile::tempdir().expect("tempdir");
    for (layout, format, file) in [
        ("handout", "pdf", "h.pdf"),
        ("cards", "pdf", "c.pdf"),
        ("contacts", "pdf", "s.pdf"),
        ("contacts", "txt", "s.txt"),
        ("handout", "html", "h.html"),
    ] {
        let path = out_dir.path().join(file);
        let path_s = path.to_string_lossy().to_string();
        let (code, out) = rights_desk(
            data.path(),
            &[
                "export",
                "--format",
                format,
                "--layout",
                layout,
                "--county",
                "Doña Ana",
                "-o",
                &path_s,
            ],
        );
        assert_eq!(code, 0, "{layout} {format}: {out}");
        assert!(out.contains("wrote"), "{out}");
        let bytes = std::fs::read(&path).expect("written");
        assert!(!bytes.is_empty());
        if format == "pdf" {
            assert!(bytes.starts_with(b"%PDF"));
        }
    }
    let txt = std::fs::read_to_string(out_dir.path().join("s.txt")).expect("txt");
    assert!(txt.contains("WHO CAN HELP"), "{txt}");
    assert!(
        txt.contains("505-490-4060"),
        "statewide contacts serve Doña Ana"
    );
    assert!(
        !txt.contains("What should individuals do"),
        "no entries on a contact sheet"
    );
    let path = out_dir.path().join("c.html");
    let (code, out) = rights_desk(
        data.path(),
        &[
            "export",
            "--format",
            "html",
            "--layout",
            "cards",
            "-o",
            &path.to_string_lossy(),
        ],
    );
    assert_ne!(code, 0);
    assert!(out.contains("PDF only"), "{out}");
    assert!(!path.exists());
    // A card is never made from the FAQ's raw answer: an entry without a card summary is
    // refused, naming those that have one.
    let path = out_dir.path().join("q13.pdf");
    let (code, out) = rights_desk(
        data.path(),
        &[
            "export",
            "--format",
            "pdf",
            "--layout",
            "cards",
            "--card-entry",
            "q13",
            "-o",
            &path.to_string_lossy(),
        ],
    );
    assert_ne!(code, 0);
    assert!(
        out.contains("“q13” has no card summary") && out.contains("q7"),
        "{out}"
    );
    assert!(!path.exists());
}

#[test]
fn a_county_export_lists_legal_aid_and_warns_when_there_is_none() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_dir = tempfile::tempdir().expect("tempdir");
    let txt = out_dir.path().join("dona-ana.txt");
    let (code, out) = rights_desk(
        dir.path(),
        &[
            "export",
            "--format",
            "txt",
            "--county",
            "Doña Ana",
            "--entries",
            "q7",
            "-o",
            &txt.to_string_lossy(),
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("No legal aid"), "{out}");
    let printed = std::fs::read_to_string(&txt).expect("read");
    let who = printed.split("WHO CAN HELP").nth(1).expect("who can help");
    assert!(who.trim_start().starts_with("Legal aid"), "{who}");
    assert!(
        who.contains("Las Americas Immigrant Advocacy Center"),
        "{who}"
    );
    assert!(who.contains("May serve Doña Ana County"), "{who}");
    assert!(
        who.contains("Before you call: Does not represent individuals"),
        "{who}"
    );
    let (code, out) = rights_desk(
        dir.path(),
        &[
            "export",
            "--format",
            "txt",
            "--county",
            "Lea",
            "--category",
            "federal-oversight",
            "-o",
            &txt.to_string_lossy(),
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("warning: No legal aid is listed for Lea County"),
        "{out}"
    );
}

#[test]
fn a_guide_update_shows_its_changes_and_an_older_one_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bundled = crate::fixtures::BUNDLED_EN;
    let newer = crate::fixtures::newer_guide();
    let file = dir.path().join("update.ron");
    std::fs::write(&file, &newer).expect("write");
    let data = dir.path().join("data");
    let f = file.to_str().expect("utf-8");
    let (code, out) = rights_desk(&data, &["guide", "--install", f, "--dry-run"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("reviewed 2026-11-28 → 2026-12-15"), "{out}");
    assert!(
        out.contains("reworded: q3:") && out.contains("[-advise-] {+tell+}"),
        "{out}"
    );
    assert!(out.contains("dry run: nothing was installed"), "{out}");
    assert!(!data.join("guides/nm-ag-ice.en.ron").exists());
    let (code, out) = rights_desk(&data, &["guide", "--install", f]);
    assert_eq!(code, 0, "{out}");
    assert!(data.join("guides/nm-ag-ice.en.ron").exists(), "{out}");
    let (_, out) = rights_desk(&data, &["guide", "--show", "q3"]);
    assert!(out.contains("tell local"), "{out}");
    // The bundled guide is now older than the one in use: refused.
    let old = dir.path().join("old.ron");
    std::fs::write(&old, bundled).expect("write");
    let (code, out) = rights_desk(&data, &["guide", "--install", old.to_str().expect("utf-8")]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("older than the guide in use"), "{out}");
    // And an older file dropped into guides/ by hand does not replace the newer bundled one.
    let other = dir.path().join("other");
    let stale = bundled.replacen(
        "last_reviewed: \"2026-11-28\"",
        "last_reviewed: \"2025-01-01\"",
        1,
    );
    std::fs::create_dir_all(other.join("guides")).expect("mkdir");
    std::fs::write(other.join("guides/old.ron"), stale).expect("write");
    let (_, out) = rights_desk(&other, &["guide"]);
    assert!(out.contains("reviewed 2026-11-28"), "{out}");
    assert!(out.contains("it was not loaded"), "{out}");
}

#[test]
fn the_offices_notes_and_entries_are_shown_searched_and_printed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).expect("mkdir");
    std::fs::write(
        data.join("office-notes.ron"),
        r#"(
  version: 1,
  organization: "Example Office",
  notes: [
    (id: "note-1", entry_id: "q14", text: (en: "Our county jail asks for a judge's warrant."), date: "2026-12-03"),
    (id: "note-2", entry_id: "q99", text: (en: "An entry that is gone."), date: "2026-12-03"),
  ],
  entries: [
    (id: "office-1", question: (en: "When is the legal clinic open?", es: "¿Cuándo abre la clínica legal?"), answer: (en: "Tuesdays from 9 to 12."), date: "2026-12-03"),
  ],
)
"#,
    )
    .expect("write");
    let (code, out) = rights_desk(&data, &["guide", "--show", "q14"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("[Note from Example Office, 2026-12-03] Our county jail"),
        "{out}"
    );
    assert!(
        out.contains("“q99”") && out.contains("kept in"),
        "orphan listed: {out}"
    );
    let (_, out) = rights_desk(&data, &["guide", "--list"]);
    assert!(
        out.contains("From our office") && out.contains("office-1"),
        "{out}"
    );
    let (_, out) = rights_desk(&data, &["search", "clinic"]);
    assert!(out.contains("[office-1]"), "{out}");
    let txt = dir.path().join("h.txt");
    let t = txt.to_str().expect("utf-8");
    let (code, out) = rights_desk(
        &data,
        &[
            "export",
            "--format",
            "txt",
            "--entries",
            "q14,office-1",
            "-o",
            t,
        ],
    );
    assert_eq!(code, 0, "{out}");
    let printed = std::fs::read_to_string(&txt).expect("read");
    assert!(
        printed.contains("From our office — Example Office (2026-12-03)"),
        "{printed}"
    );
    // The office's own question is labelled as the office's, apart from the guide.
    assert!(
        printed.contains("[From our office — Example Office] Written by the office"),
        "{printed}"
    );
    assert!(printed.contains("Tuesdays from 9 to 12."), "{printed}");
    rights_desk(
        &data,
        &[
            "export",
            "--format",
            "txt",
            "--entries",
            "q14",
            "--no-office-notes",
            "-o",
            t,
        ],
    );
    let printed = std::fs::read_to_string(&txt).expect("read");
    assert!(!printed.contains("Example Office"), "{printed}");
    assert!(printed.contains("Editor's note"), "{printed}");
}

#[test]
fn output_cut_short_by_the_reader_is_not_an_error() {
    // `rights-desk guide --list | head -1`: the reader closes the pipe before all is written.
    let dir = tempfile::tempdir().expect("tempdir");
    let mut child = Command::new(env!("CARGO_BIN_EXE_rights-desk"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["guide", "--list"])
        .env_remove("RIGHTS_DESK_DATA_DIR")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("ends");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("Broken pipe"), "{err}");
    assert!(out.status.success(), "{err}");
}

#[test]
fn export_warns_when_more_contacts_are_chosen_than_a_printout_lists() {
    let data = tempfile::tempdir().expect("tempdir");
    let max = rights_desk::core::printing::MAX_PRINTED_CONTACTS;
    let directory = rights_desk::core::directory::Directory::new(
        rights_desk::core::directory::generate::contacts(max + 10, 3),
    );
    let ron = rights_desk::core::store::directory_to_ron(&directory).expect("ron");
    std::fs::write(data.path().join("directory.ron"), ron).expect("write");
    let txt = data.path().join("contacts.txt");
    let t = txt.to_string_lossy();
    let (code, out) = rights_desk(
        data.path(),
        &[
            "export", "--format", "txt", "--layout", "contacts", "-o", &t,
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&format!(
            "warning: {} contacts are chosen, but a printout lists at most {max}",
            max + 10
        )),
        "{out}"
    );
    assert!(out.contains(&format!("{max} contacts")), "{out}");
    // Narrowed, no warning.
    let (code, out) = rights_desk(
        data.path(),
        &[
            "export",
            "--format",
            "txt",
            "--layout",
            "contacts",
            "--category",
            "legal-aid",
            "-o",
            &t,
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("warning"), "{out}");
}

#[test]
fn door_cards_for_a_county_in_spanish_with_the_offices_numbers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_dir = tempfile::tempdir().expect("tempdir");
    let pdf = out_dir.path().join("door.pdf");
    let (code, out) = rights_desk(
        dir.path(),
        &[
            "export",
            "--format",
            "pdf",
            "--layout",
            "door-card",
            "--lang",
            "es",
            "--county",
            "Doña Ana",
            "--prepared-by",
            "Example Office, 505-555-0100",
            "-o",
            &pdf.to_string_lossy(),
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("door cards, 10 a sheet"), "{out}");
    let bytes = std::fs::read(&pdf).expect("written");
    let flat = |page| {
        crate::pdf_text::page(&bytes, page)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (front, back) = (flat(1), flat(2));
    assert!(front.contains("No abra la puerta."), "{front}");
    assert!(front.contains("Example Office"), "who printed it: {front}");
    assert!(back.contains("I do not consent to a search"), "{back}");
    assert!(back.contains("505-247-1023"), "legal aid's number: {back}");
    // Cards are PDF only.
    let html = out_dir.path().join("door.html");
    let (code, out) = rights_desk(
        dir.path(),
        &[
            "export",
            "--format",
            "html",
            "--layout",
            "door-card",
            "-o",
            &html.to_string_lossy(),
        ],
    );
    assert_ne!(code, 0);
    assert!(out.contains("PDF only"), "{out}");
}

/// An export never replaces what is not a regular file: `/dev/null` stays a device, a named
/// pipe's reader gets the bytes, and `-` is standard output (the messages go to standard error).
#[cfg(unix)]
#[test]
fn exports_write_through_devices_pipes_and_standard_output() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let null = std::path::Path::new("/dev/null");
    for args in [
        &["export", "--format", "txt", "-o", "/dev/null"][..],
        &["export-contacts", "--format", "csv", "-o", "/dev/null"][..],
    ] {
        let (code, out) = rights_desk(dir.path(), args);
        assert_eq!(code, 0, "{out}");
        let kind = std::fs::metadata(null).expect("/dev/null").file_type();
        assert!(kind.is_char_device(), "/dev/null is still a device");
    }
    // A named pipe: a reader on the other end gets the whole export.
    let fifo = dir.path().join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read_to_string(fifo).expect("read the pipe"))
        };
        let (code, out) = rights_desk(
            dir.path(),
            &[
                "export-contacts",
                "--format",
                "csv",
                "-o",
                &fifo.to_string_lossy(),
            ],
        );
        assert_eq!(code, 0, "{out}");
        let got = reader.join().expect("reader");
        assert!(got.contains("New Mexico Legal Aid"), "{got}");
        let kind = std::fs::metadata(&fifo).expect("pipe").file_type();
        assert!(kind.is_fifo(), "still a pipe");
    }
    // `-`: the printout on standard output, the messages on standard error, no file "-".
    let run = Command::new(env!("CARGO_BIN_EXE_rights-desk"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["export", "--format", "txt", "--entries", "q7", "-o", "-"])
        .current_dir(dir.path())
        .env_remove("RIGHTS_DESK_DATA_DIR")
        .output()
        .expect("runs");
    assert!(run.status.success());
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stdout.contains("WHO CAN HELP"), "{stdout}");
    assert!(!stdout.contains("wrote"), "{stdout}");
    assert!(stderr.contains("wrote -"), "{stderr}");
    assert!(!dir.path().join("-").exists());
    let (code, out) = rights_desk(
        dir.path(),
        &["export-contacts", "--format", "hsds", "-o", "-"],
    );
    assert_ne!(code, 0);
    assert!(out.contains("is a folder"), "{out}");
}

/// `import --duplicates update` changes only what the file has a value for: a CSV of names and
/// emails adds an email and keeps the web site, notes, source and category; the dry run lists
/// the change field by field; `--clear-missing` gives the whole replacement when asked for.
#[test]
fn a_partial_update_changes_only_what_the_file_carries() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("emails.csv");
    std::fs::write(&csv, "name,email\nACLU of New Mexico,intake@example.org\n").expect("write");
    let csv_s = csv.to_string_lossy();
    let (code, out) = rights_desk(
        dir.path(),
        &["import", &csv_s, "--duplicates", "update", "--dry-run"],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("update:    ACLU of New Mexico: email '' → 'intake@example.org'"),
        "{out}"
    );
    assert!(!out.contains("website"), "only the email changes: {out}");
    let (code, out) = rights_desk(dir.path(), &["import", &csv_s, "--duplicates", "update"]);
    assert_eq!(code, 0, "{out}");
    let back = dir.path().join("back.csv");
    let back_s = back.to_string_lossy();
    let (code, out) = rights_desk(
        dir.path(),
        &[
            "export-contacts",
            "--format",
            "csv",
            "--text",
            "ACLU",
            "-o",
            &back_s,
        ],
    );
    assert_eq!(code, 0, "{out}");
    let row = std::fs::read_to_string(&back).expect("read");
    assert!(row.contains("intake@example.org"), "{row}");
    assert!(
        row.contains("https://aclu-nm.org/en/get-legal-help"),
        "{row}"
    );
    assert!(row.contains("Advocacy"), "category kept: {row}");
    assert!(row.contains("No phone listed"), "notes kept: {row}");
    // Asked for: the whole replacement, which the dry run says field by field.
    let (code, out) = rights_desk(
        dir.path(),
        &[
            "import",
            &csv_s,
            "--duplicates",
            "update",
            "--clear-missing",
            "--dry-run",
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("website 'https://aclu-nm.org/en/get-legal-help' → ''"),
        "{out}"
    );
}
