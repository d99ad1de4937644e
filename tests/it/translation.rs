//! Translations an office can have reviewed, end to end through the command line: a language's
//! strings go out as PO, XLIFF or CSV and come back with the reviewer's name; corrections take
//! effect without a new build; what breaks a message is refused with its id; and a printout
//! says it was reviewed only once every string it prints is.

use crate::fixtures::{rights_desk, set_po};
use std::path::Path;

/// "(R of N)" from `translate status`: strings reviewed, and all.
fn total(status: &str) -> Option<(usize, usize)> {
    let inside = status.split_once('(')?.1.split_once(')')?.0;
    let (r, n) = inside.split_once(" of ")?;
    Some((r.parse().ok()?, n.parse().ok()?))
}

/// The text of q7 printed in Spanish from `data` (written to `pdf`).
fn q7_in_spanish(data: &Path, pdf: &Path) -> String {
    let (code, out) = rights_desk(
        data,
        &[
            "export",
            "--lang",
            "es",
            "--entries",
            "q7",
            "-o",
            pdf.to_str().expect("utf8"),
        ],
    );
    assert_eq!(code, 0, "{out}");
    crate::pdf_text::text(&std::fs::read(pdf).expect("pdf"))
}

fn status(data: &Path) -> String {
    let (code, out) = rights_desk(data, &["translate", "status"]);
    assert_eq!(code, 0, "{out}");
    out
}

/// `translate export --lang es -o FILE` from `data`; its text.
fn export_spanish(data: &Path, file: &Path) -> String {
    let (code, out) = rights_desk(
        data,
        &[
            "translate",
            "export",
            "--lang",
            "es",
            "-o",
            file.to_str().expect("utf8"),
        ],
    );
    assert_eq!(code, 0, "{out}");
    std::fs::read_to_string(file).expect("read")
}

/// `translate import FILE --reviewer NAME` into `data`: its exit code and output.
fn import(data: &Path, file: &Path, reviewer: &str) -> (i32, String) {
    rights_desk(
        data,
        &[
            "translate",
            "import",
            file.to_str().expect("utf8"),
            "--reviewer",
            reviewer,
        ],
    )
}

#[test]
fn a_po_file_goes_out_and_comes_back_with_the_reviewer_s_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let po = dir.path().join("es.po");
    let text = export_spanish(&data, &po);
    assert!(status(&data).contains("reviewed 0 %"));
    assert!(text.contains("msgctxt \"ui/cancel\"\nmsgid \"Cancel\"\nmsgstr \"Cancelar\""));
    // The reviewer corrects one string and breaks another (a variable dropped).
    let corrected = set_po(&text, "ui/cancel", "Cancelar ahora");
    let corrected = set_po(&corrected, "ui/print-saved", "Se guardó el archivo");
    std::fs::write(&po, corrected).expect("write");
    let args = [
        "translate",
        "import",
        po.to_str().expect("utf8"),
        "--reviewer",
        "Ana Ruiz",
    ];
    let (code, out) = rights_desk(&data, &[&args[..], &["--dry-run"]].concat());
    assert_eq!(code, 1, "a refused string is an error: {out}");
    assert!(
        out.contains("changed:   ui/cancel: “Cancelar” → “Cancelar ahora”"),
        "{out}"
    );
    assert!(
        out.contains("refused:   ui/print-saved: the translation drops { $path }"),
        "{out}"
    );
    assert!(out.contains("dry run: nothing changed"));
    assert!(
        status(&data).contains("reviewed 0 %"),
        "a dry run writes nothing"
    );
    let (_, out) = rights_desk(&data, &args);
    assert!(out.contains("reviewed by Ana Ruiz"), "{out}");
    // The correction is in force for the whole program, without a new build: a printed word
    // corrected the same way reaches paper.
    let text = std::fs::read_to_string(&po).expect("read");
    std::fs::write(
        &po,
        set_po(&text, "ui/printed-printed", "Fecha de impresión"),
    )
    .expect("write");
    rights_desk(&data, &args);
    let printed = q7_in_spanish(&data, &dir.path().join("q7.pdf"));
    assert!(printed.contains("Fecha de impresión 20"), "{printed}");
    // Everything but the refused string is reviewed now.
    let s = status(&data);
    assert!(
        total(&s).is_some_and(|(reviewed, all)| reviewed + 1 == all),
        "{s}"
    );
    assert!(
        std::fs::read_to_string(data.join("languages/es/ui.ftl"))
            .expect("the pack")
            .contains("cancel = Cancelar ahora")
    );
    let (code, _) = rights_desk(&data, &["translate", "status", "--require-reviewed"]);
    assert_eq!(code, 1, "not every string is reviewed");
}

#[test]
fn a_printout_says_reviewed_only_when_every_string_it_prints_is() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let pdf = dir.path().join("handout.pdf");
    let print = |data: &Path| q7_in_spanish(data, &pdf).replace('\n', " ");
    let before = print(&data);
    assert!(before.contains("Todavía no ha sido revisada"), "{before}");
    assert!(!before.contains("Traducción revisada por"));
    // The translator reviews every string as it is (a CSV back from a spreadsheet).
    let csv = dir.path().join("es.csv");
    export_spanish(&data, &csv);
    let (code, out) = import(&data, &csv, "Ana Ruiz");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("applied: 0 new, 0 changed, "), "{out}");
    assert!(total(&status(&data)).is_some_and(|(reviewed, all)| reviewed == all));
    let after = print(&data);
    assert!(
        after.contains(
            "Traducción de la guía y de las palabras de esta impresión revisada por Ana Ruiz el"
        ),
        "{after}"
    );
    assert!(!after.contains("Todavía no ha sido revisada"), "{after}");
}

#[test]
fn an_xliff_file_round_trips_and_an_english_change_marks_reviews_outdated() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let xlf = dir.path().join("es.xlf");
    let text = export_spanish(&data, &xlf);
    assert!(
        text.contains("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\"")
    );
    let (code, out) = import(&data, &xlf, "Luis");
    assert_eq!(code, 0, "{out}");
    assert!(status(&data).contains("reviewed 100 %"));
    // A review made against other English (as after an update of the English) is outdated.
    let reviews =
        rights_desk::core::translation::reviews_file(&data, rights_desk::core::i18n::Lang::Es);
    let mut r = rights_desk::core::translation::review::Reviews::load(&reviews).expect("load");
    r.mark(
        "ui/cancel",
        "Luis",
        jiff::civil::date(2026, 1, 1),
        "Cancel the old way",
    );
    r.save(&reviews).expect("save");
    let s = status(&data);
    assert!(s.contains("1 outdated"), "{s}");
}

#[test]
fn a_reviewer_on_paper_gets_the_english_beside_the_translation() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let pdf = dir.path().join("review.pdf");
    let (code, out) = rights_desk(
        &data,
        &["translate", "export", "-o", pdf.to_str().expect("utf8")],
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("review sheet"), "{out}");
    let text = crate::pdf_text::text(&std::fs::read(&pdf).expect("pdf"));
    assert!(text.contains("Translation review: Spanish"), "{text}");
    assert!(text.contains("Tick the box when it is right"));
    // A string's id, its English and its translation, side by side.
    let lines = crate::pdf_text::layout_lines(&std::fs::read(&pdf).expect("pdf"));
    assert!(
        lines
            .iter()
            .any(|l| l.contains("Handout") && l.contains("Folleto")),
        "no line with both: {:?}",
        &lines[..lines.len().min(40)]
    );
}

#[test]
fn a_contact_s_spanish_text_is_reviewed_like_the_rest_and_undone_in_one_step() {
    use rights_desk::core::i18n::Lang;
    use rights_desk::core::translation::exchange::ExchangeFormat;
    use rights_desk::core::workspace::{Action, Workspace, paths::DataPaths};
    let dir = tempfile::tempdir().expect("tempdir");
    let mut work = Workspace::open_data_folder(DataPaths::at(dir.path())).expect("open");
    let units = work.translation_units(Lang::Es).expect("units");
    let unit = units
        .iter()
        .find(|u| {
            u.id.starts_with("contact/") && u.id.ends_with("/caveat") && !u.translation.is_empty()
        })
        .expect("a bundled contact has a Spanish caveat")
        .clone();
    let csv = dir.path().join("es.csv");
    work.export_translations(Lang::Es, ExchangeFormat::Csv, &csv)
        .expect("export");
    let text = std::fs::read_to_string(&csv).expect("read");
    // The row of that string, its translation corrected.
    let text: String = text
        .lines()
        .map(|line| {
            if line.starts_with(&format!("{},", unit.id)) {
                line.replacen(&unit.translation, "Llame antes: texto revisado", 1)
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&csv, text).expect("write");
    let plan = work.plan_translations(Lang::Es, &csv).expect("plan");
    assert!(
        plan.changed.iter().any(|c| c.id == unit.id),
        "{:?}",
        plan.changed
    );
    work.apply_translations(Lang::Es, &plan, "Ana Ruiz", jiff::civil::date(2026, 12, 3))
        .expect("apply");
    let id = unit.id.split('/').nth(1).expect("contact id");
    let caveat = |work: &Workspace| {
        work.directory().get(id).and_then(|c| {
            c.translations
                .iter()
                .find(|t| t.lang == "es")
                .map(|t| t.caveat.to_string())
        })
    };
    assert_eq!(
        caveat(&work).as_deref(),
        Some("Llame antes: texto revisado")
    );
    // On disk, and reviewed.
    let on_disk = std::fs::read_to_string(dir.path().join("directory.ron")).expect("read");
    assert!(on_disk.contains("Llame antes: texto revisado"));
    let after = work.translation_units(Lang::Es).expect("units");
    assert!(matches!(
        after.iter().find(|u| u.id == unit.id).map(|u| &u.state),
        Some(rights_desk::core::translation::review::ReviewState::Reviewed { .. })
    ));
    // One undo takes the contacts' texts back.
    work.apply(Action::Undo);
    assert_eq!(caveat(&work), Some(unit.translation.clone()));
}

#[test]
fn the_office_s_own_note_goes_to_the_translator_and_prints_translated() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).expect("made");
    std::fs::write(
        data.join("office-notes.ron"),
        r#"(version: 1, organization: "Example Office", notes: [(id: "note-1", entry_id: "q7", text: (en: "Call our hotline first."), date: "2026-12-01")], entries: [])"#,
    )
    .expect("written");
    let po = dir.path().join("es.po");
    let text = export_spanish(&data, &po);
    assert!(
        text.contains("msgctxt \"office/note/note-1\"\nmsgid \"Call our hotline first.\""),
        "{text}"
    );
    assert!(status(&data).contains("the office's texts 0/1 translated"));
    // Test words, not a reviewed translation.
    let text = set_po(
        &text,
        "office/note/note-1",
        "Primero llame a nuestra línea.",
    );
    std::fs::write(&po, text).expect("write");
    let (code, out) = import(&data, &po, "Ana Ruiz");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("new:       office/note/note-1"), "{out}");
    let saved = std::fs::read_to_string(data.join("office-notes.ron")).expect("read");
    assert!(saved.contains("Primero llame a nuestra línea."), "{saved}");
    assert!(saved.contains("Call our hotline first."), "{saved}");
    let status = status(&data);
    assert!(
        status.contains("the office's texts 1/1 translated"),
        "{status}"
    );
    let printed = q7_in_spanish(&data, &dir.path().join("q7.pdf"));
    assert!(
        printed.contains("Primero llame a nuestra línea."),
        "{printed}"
    );
}

#[test]
fn a_whole_file_is_taken_back_in_one_step_except_what_changed_since() {
    use rights_desk::core::i18n::Lang;
    use rights_desk::core::translation::exchange::ExchangeFormat;
    use rights_desk::core::workspace::{Workspace, paths::DataPaths};
    let dir = tempfile::tempdir().expect("tempdir");
    let paths = DataPaths::at(dir.path());
    let mut work = Workspace::open_data_folder(paths.clone()).expect("open");
    let units = work.translation_units(Lang::Es).expect("units");
    let contact = units
        .iter()
        .find(|u| u.id.starts_with("contact/") && !u.translation.is_empty())
        .expect("a bundled contact has a Spanish text")
        .clone();
    let po = dir.path().join("es.po");
    work.export_translations(Lang::Es, ExchangeFormat::Po, &po)
        .expect("export");
    let text = std::fs::read_to_string(&po).expect("read");
    let text = set_po(&text, "ui/review-sheet-ok", "bien hecho");
    let text = set_po(
        &text,
        "guide/nm-ag-ice/q7/question",
        "¿Pregunta siete revisada?",
    );
    let text = set_po(&text, &contact.id, "Texto del contacto revisado");
    std::fs::write(&po, text).expect("write");
    let plan = work.plan_translations(Lang::Es, &po).expect("plan");
    work.apply_translations(Lang::Es, &plan, "Ana Ruiz", jiff::civil::date(2026, 12, 3))
        .expect("apply");
    let ui = paths.data_dir.join("languages/es/ui.ftl");
    assert!(
        std::fs::read_to_string(&ui)
            .expect("pack")
            .contains("bien hecho")
    );
    assert_eq!(
        work.last_translation_import(Lang::Es),
        Some(("Ana Ruiz".to_string(), jiff::civil::date(2026, 12, 3)))
    );
    let translation_of = |work: &Workspace, id: &str| {
        work.translation_units(Lang::Es)
            .expect("units")
            .into_iter()
            .find(|u| u.id == id)
            .map(|u| (u.translation, u.state))
    };
    assert_eq!(
        translation_of(&work, &contact.id).map(|t| t.0).as_deref(),
        Some("Texto del contacto revisado")
    );
    // The guide copy is edited by hand since: it stays; the rest goes back as it was.
    let guide = std::fs::read_dir(paths.guides_folder())
        .expect("guides")
        .map(|e| e.expect("entry").path())
        .find(|p| p.to_string_lossy().contains(".es."))
        .expect("the Spanish guide copy");
    let edited = std::fs::read_to_string(&guide).expect("read") + "\n// edited by hand\n";
    std::fs::write(&guide, &edited).expect("write");
    let back = work
        .take_back_translations(Lang::Es)
        .expect("taken back")
        .expect("there was a file");
    assert_eq!(back.contacts, 1);
    assert_eq!(back.files, 2, "the pack's strings and its review marks");
    assert_eq!(back.changed_since.len(), 1, "{:?}", back.changed_since);
    assert!(!ui.exists(), "the pack had no strings before");
    assert_eq!(std::fs::read_to_string(&guide).expect("read"), edited);
    assert_eq!(
        translation_of(&work, &contact.id),
        Some((contact.translation.clone(), contact.state.clone()))
    );
    assert_eq!(
        translation_of(&work, "ui/review-sheet-ok")
            .map(|t| t.0)
            .as_deref(),
        Some("bien")
    );
    assert_eq!(
        rights_desk::core::i18n::with(Lang::Es, |t| t.tr("review-sheet-ok")),
        "bien"
    );
    assert_eq!(work.last_translation_import(Lang::Es), None);
    // Nothing left to take back.
    assert!(
        work.take_back_translations(Lang::Es)
            .expect("read")
            .is_none()
    );
}
