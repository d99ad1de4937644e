//! Printing on a real print queue: a private CUPS daemon with a cups-pdf virtual printer
//! ("Desk-PDF"), started by `scripts/test-printing.sh`, which runs these (ignored) tests with
//! `CUPS_SERVER` set. Through the app's own code (the command line and the window's Print
//! dialog), a handout, a two-sided contact sheet and a card sheet are printed; the PDFs that
//! come out and the jobs' attributes as CUPS recorded them are checked; a paused queue and a
//! missing printer give their messages.

use crate::fixtures::rights_desk;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use rights_desk::core::workspace::paths::DataPaths;
use rights_desk::ui::RightsDeskApp;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const QUEUE: &str = "Desk-PDF";

fn server() -> String {
    std::env::var("CUPS_SERVER").expect("run by scripts/test-printing.sh (CUPS_SERVER)")
}

/// The job number in "… (job 12)." or "— job 12.".
fn job_of(text: &str) -> i32 {
    let at = text.rfind("job ").expect("a job number") + 4;
    text[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .expect("number")
}

/// The job's attributes as CUPS recorded them (ipptool's Get-Job-Attributes).
fn job_attributes(job: i32) -> String {
    let out = Command::new("ipptool")
        .args([
            "-tv",
            &format!("ipp://{}/jobs/{job}", server()),
            "get-job-attributes.test",
        ])
        .output()
        .expect("ipptool");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The PDF cups-pdf wrote for `job` (in the submitting user's ~/PDF, or its anonymous folder).
fn printed_pdf(job: i32) -> PathBuf {
    let suffix = format!("job_{job}.pdf");
    let folders = [
        std::env::var_os("HOME").map(|h| Path::new(&h).join("PDF")),
        Some(PathBuf::from("/var/spool/cups-pdf/ANONYMOUS")),
    ];
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        for folder in folders.iter().flatten() {
            if let Ok(entries) = std::fs::read_dir(folder) {
                for e in entries.flatten() {
                    if e.file_name().to_string_lossy().ends_with(&suffix) {
                        return e.path();
                    }
                }
            }
        }
        assert!(Instant::now() < deadline, "no PDF for job {job}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// A PDF's page count and page size as `pdfinfo` gives them ("612 x 792 pts (letter)").
/// (cups-pdf passes the job through Ghostscript, whose fonts carry no text to read back.)
fn pages_and_size(pdf: &Path) -> (usize, String) {
    let out = Command::new("pdfinfo").arg(pdf).output().expect("pdfinfo");
    let info = String::from_utf8_lossy(&out.stdout).into_owned();
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    (field("Pages:").parse().unwrap_or(0), field("Page size:"))
}

/// The page count of the same printout exported by the app itself.
fn exported_pages(dir: &Path, args: &[&str]) -> usize {
    let file = dir.join("same.pdf");
    let mut all = vec!["export", "-o", file.to_str().expect("utf8")];
    all.extend_from_slice(args);
    let (code, out) = rights_desk(dir, &all);
    assert_eq!(code, 0, "{out}");
    pages_and_size(&file).0
}

#[test]
#[ignore = "needs the private CUPS of scripts/test-printing.sh"]
fn printers_lists_the_queue_as_the_default() {
    let dir = tempfile::tempdir().expect("tmp");
    let (code, out) = rights_desk(dir.path(), &["printers"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Desk-PDF (default)"), "{out}");
}

#[test]
#[ignore = "needs the private CUPS of scripts/test-printing.sh"]
fn a_handout_prints_two_copies_on_both_sides() {
    let dir = tempfile::tempdir().expect("tmp");
    let (code, out) = rights_desk(
        dir.path(),
        &[
            "print",
            "--entries",
            "q7,q3",
            "--printer",
            QUEUE,
            "--copies",
            "2",
            "--sides",
            "long",
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Printed: 2 copies on Desk-PDF"), "{out}");
    let job = job_of(&out);
    let attrs = job_attributes(job);
    assert!(attrs.contains("copies (integer) = 2"), "{attrs}");
    assert!(
        attrs.contains("sides (keyword) = two-sided-long-edge"),
        "{attrs}"
    );
    assert!(
        attrs.contains("media (keyword) = na_letter_8.5x11in"),
        "{attrs}"
    );
    assert!(attrs.contains("job-state (enum) = completed"), "{attrs}");
    let (pages, size) = pages_and_size(&printed_pdf(job));
    assert_eq!(pages, exported_pages(dir.path(), &["--entries", "q7,q3"]));
    assert!(size.contains("612 x 792"), "Letter: {size}");
}

#[test]
#[ignore = "needs the private CUPS of scripts/test-printing.sh"]
fn a_contact_sheet_on_a4_and_a_card_sheet_print_as_laid_out() {
    let dir = tempfile::tempdir().expect("tmp");
    let (code, out) = rights_desk(
        dir.path(),
        &[
            "print",
            "--layout",
            "contacts",
            "--paper",
            "a4",
            "--printer",
            QUEUE,
            "--sides",
            "long",
        ],
    );
    assert_eq!(code, 0, "{out}");
    let job = job_of(&out);
    let attrs = job_attributes(job);
    assert!(
        attrs.contains("media (keyword) = iso_a4_210x297mm"),
        "{attrs}"
    );
    assert!(
        attrs.contains("sides (keyword) = two-sided-long-edge"),
        "{attrs}"
    );
    let (pages, size) = pages_and_size(&printed_pdf(job));
    assert!(size.contains("595 x 842"), "A4: {size}");
    assert_eq!(
        pages,
        exported_pages(dir.path(), &["--layout", "contacts", "--paper", "a4"])
    );

    let (code, out) = rights_desk(
        dir.path(),
        &["print", "--layout", "cards", "--printer", QUEUE],
    );
    assert_eq!(code, 0, "{out}");
    let job = job_of(&out);
    let attrs = job_attributes(job);
    assert!(
        attrs.contains("print-scaling (keyword) = none"),
        "at 100 %: {attrs}"
    );
    let (pages, size) = pages_and_size(&printed_pdf(job));
    assert_eq!(pages, 2, "the fronts and the backs");
    assert!(size.contains("612 x 792"), "the sheet at full size: {size}");
}

#[test]
#[ignore = "needs the private CUPS of scripts/test-printing.sh"]
fn a_paused_queue_and_a_missing_printer_say_what_to_do() {
    let dir = tempfile::tempdir().expect("tmp");
    let (code, out) = rights_desk(
        dir.path(),
        &["print", "--entries", "q7", "--printer", "Nope"],
    );
    assert_ne!(code, 0);
    assert!(out.contains("There is no printer named “Nope”"), "{out}");
    let run = |cmd: &str| {
        let ok = Command::new(cmd).arg(QUEUE).status().expect(cmd).success();
        assert!(ok, "{cmd}");
    };
    run("cupsdisable");
    let (code, out) = rights_desk(
        dir.path(),
        &["print", "--entries", "q7", "--printer", QUEUE],
    );
    run("cupsenable");
    assert_ne!(code, 0, "{out}");
    assert!(out.contains("is paused"), "{out}");
    run("cupsreject");
    let (code, out) = rights_desk(
        dir.path(),
        &["print", "--entries", "q7", "--printer", QUEUE],
    );
    run("cupsaccept");
    assert_ne!(code, 0, "{out}");
    assert!(out.contains("is not taking jobs"), "{out}");
}

#[test]
#[ignore = "needs the private CUPS of scripts/test-printing.sh"]
fn the_print_dialog_sends_the_handout_and_says_it_printed() {
    let dir = tempfile::tempdir().expect("tmp");
    let app = RightsDeskApp::from_storage(DataPaths::at(dir.path()), None);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, app: &mut RightsDeskApp| app.main_ui(ui), app);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.run_steps(3);
    let wait_for = |h: &mut Harness<'static, RightsDeskApp>, text: &str| {
        let deadline = Instant::now() + Duration::from_mins(1);
        while h.query_all_by_label_contains(text).next().is_none() {
            assert!(Instant::now() < deadline, "never saw “{text}”");
            std::thread::sleep(Duration::from_millis(100));
            h.step();
        }
    };
    // The printers came (the form shows once they are known).
    wait_for(&mut h, "Copies");
    h.get_by_label("Both sides (flip on the long edge)").click();
    h.run_steps(3);
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Print")
        .click();
    h.run_steps(3);
    wait_for(&mut h, "Printed: one copy on Desk-PDF");
    let said = h
        .query_all_by_label_contains("Printed: one copy on Desk-PDF")
        .next()
        .and_then(|n| {
            n.accesskit_node()
                .label()
                .or_else(|| n.accesskit_node().value())
        })
        .unwrap_or_default();
    let attrs = job_attributes(job_of(&said));
    assert!(
        attrs.contains("sides (keyword) = two-sided-long-edge"),
        "{attrs}"
    );
}

#[test]
#[ignore = "needs the private CUPS of scripts/test-printing.sh"]
fn the_reader_prints_its_open_entry_alone() {
    let dir = tempfile::tempdir().expect("tmp");
    let app = RightsDeskApp::from_storage(DataPaths::at(dir.path()), None);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, app: &mut RightsDeskApp| app.main_ui(ui), app);
    h.run();
    h.state_mut()
        .send(rights_desk::ui::command::Command::OpenEntry("q7".into()));
    h.run_steps(3);
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.run_steps(3);
    let deadline = Instant::now() + Duration::from_mins(1);
    while h.query_all_by_label_contains("Copies").next().is_none() {
        assert!(Instant::now() < deadline, "the printers never came");
        std::thread::sleep(Duration::from_millis(100));
        h.step();
    }
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Print")
        .click();
    h.run_steps(3);
    while h
        .query_all_by_label_contains("Printed: one copy")
        .next()
        .is_none()
    {
        assert!(Instant::now() < deadline, "never printed");
        std::thread::sleep(Duration::from_millis(100));
        h.step();
    }
    let said = h
        .query_all_by_label_contains("Printed: one copy")
        .next()
        .and_then(|n| {
            n.accesskit_node()
                .label()
                .or_else(|| n.accesskit_node().value())
        })
        .unwrap_or_default();
    // cups-pdf names its file after the job's title: the question printed.
    let file = printed_pdf(job_of(&said));
    let name = file
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    assert!(
        name.contains("What_should_individuals_do"),
        "the job is named by its question: {name}"
    );
    let (pages, _) = pages_and_size(&file);
    assert!(pages >= 1);
}
