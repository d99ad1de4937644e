//! Printing: the handout in every format from the same data, escaping, and the PDF's text as a
//! reader sees it (extracted with `pdftotext` from poppler-utils, which `.ci/run` installs).

use rights_desk::core::contact::{Category, Contact, Phone};
use rights_desk::core::directory::Directory;
use rights_desk::core::handout::{self, Handout, Paper, pdf, text};
use rights_desk::core::{guide, store};
use std::path::Path;

fn data(extra: Vec<Contact>, paper: Paper) -> handout::HandoutData {
    let guide = guide::bundled().expect("guide").remove(0);
    let (mut contacts, _) =
        store::parse_directory(store::BUNDLED_DIRECTORY, Path::new("b")).expect("directory");
    contacts.extend(extra);
    let directory = Directory::new(contacts);
    let h = Handout {
        title: "Know your rights".into(),
        prepared_by: "Example Office, 505-555-0100".into(),
        paper,
        entries: vec!["q7".into(), "q14".into(), "q3".into()],
        contacts: directory.contacts().iter().map(|c| c.id.clone()).collect(),
        show_notes: true,
        show_sources: true,
    };
    handout::resolve(
        &h,
        &guide,
        directory.contacts(),
        jiff::civil::date(2026, 11, 27),
        180,
    )
}

fn tricky() -> Vec<Contact> {
    vec![
        Contact {
            id: "tricky".into(),
            name: "#panic() *x* <script>alert(1)</script>".into(),
            category: Category::Other,
            phones: vec![Phone {
                number: "505-555-0142".into(),
                ..Phone::default()
            }],
            ..Contact::default()
        },
        Contact {
            id: "scripts".into(),
            name: "Trung tâm Pháp lý Việt — مركز المساعدة — 法律援助中心".into(),
            category: Category::Other,
            ..Contact::default()
        },
    ]
}

#[test]
fn text_formats_hold_the_entries_contacts_and_dates() {
    let d = data(Vec::new(), Paper::Letter);
    for out in [text::plain(&d), text::markdown(&d), text::html(&d)] {
        assert!(
            out.contains("What should individuals do if they believe their rights"),
            "{out}"
        );
        assert!(out.contains("2026-11-27"));
        assert!(out.contains("not verified"));
        assert!(out.contains("505-490-4060"));
        assert!(out.contains("Editor"));
        assert!(out.contains("not legal advice"));
    }
    // Entries print in the chosen order.
    let plain = text::plain(&d);
    assert!(plain.find("7. What should").expect("q7") < plain.find("14. Are there").expect("q14"));
    assert!(plain.find("14. Are there").expect("q14") < plain.find("3. How does").expect("q3"));
}

#[test]
fn html_escapes_every_field() {
    let d = data(tricky(), Paper::Letter);
    let html = text::html(&d);
    assert!(!html.contains("<script>alert(1)</script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let md = text::markdown(&d);
    assert!(md.contains("\\#panic() \\*x\\*"), "{md}");
}

fn pdftotext(pdf_bytes: &[u8], layout: bool) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("h.pdf");
    std::fs::write(&path, pdf_bytes).expect("write");
    let mut cmd = std::process::Command::new("pdftotext");
    if layout {
        cmd.arg("-layout");
    }
    let out = cmd
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (install poppler-utils: .ci/run does)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).expect("utf8")
}

fn page_size(pdf_bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("h.pdf");
    std::fs::write(&path, pdf_bytes).expect("write");
    let out = std::process::Command::new("pdfinfo")
        .arg(&path)
        .output()
        .expect("pdfinfo runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find(|l| l.starts_with("Page size:"))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn the_pdf_reads_right() {
    let d = data(tricky(), Paper::Letter);
    let bytes = pdf::render(pdf::HANDOUT_TEMPLATE, &d).expect("pdf");
    assert!(bytes.starts_with(b"%PDF"));
    let text = pdftotext(&bytes, false);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for e in &d.entries {
        let start: String = e.title.chars().take(40).collect();
        assert!(flat.contains(&start), "missing “{start}”");
    }
    for name in [
        "New Mexico Immigrant Law Center",
        "ICE Office of Professional Responsibility",
    ] {
        assert!(flat.contains(name), "missing {name}");
    }
    assert!(flat.contains("505-247-1023"));
    assert!(flat.contains("2026-11-27"), "print date");
    assert!(flat.contains("Page 1 of"));
    assert!(flat.contains("not verified"));
    // Narrow table cells wrap long names, so compare without white space.
    let dense: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(
        dense.contains("#panic()*x*<script>alert(1)</script>"),
        "printed literally"
    );
    assert!(flat.contains("Trung tâm Pháp lý Việt"), "Vietnamese");
    assert!(flat.contains("مركز"), "Arabic");
    assert!(page_size(&bytes).contains("612 x 792"), "Letter");
    let a4 = pdf::render(pdf::HANDOUT_TEMPLATE, &data(Vec::new(), Paper::A4)).expect("pdf");
    assert!(page_size(&a4).contains("595"), "A4: {}", page_size(&a4));
}
