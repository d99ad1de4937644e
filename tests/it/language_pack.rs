//! A language the app was not built with, added by the office without a new build (#32): a
//! pack started with `translate new`, filled through a translator's PO file, printed alone and
//! beside another language with what is still English marked, and a right-to-left language
//! printed right to left.

use crate::fixtures::{rights_desk, set_po};
use std::path::Path;

fn ok(data: &Path, args: &[&str]) -> String {
    let (code, out) = rights_desk(data, args);
    assert_eq!(code, 0, "{args:?}: {out}");
    out
}

/// Starts a pack for `lang`, gives the translator's file back with `strings` translated by
/// "Lan Tran", and returns the data folder's path.
fn pack_with(dir: &Path, lang: &str, strings: &[(&str, &str)]) -> std::path::PathBuf {
    let data = dir.join("data");
    let out = ok(&data, &["translate", "new", "--lang", lang]);
    assert!(out.contains("started the language pack"), "{out}");
    let po = dir.join(format!("{lang}.po"));
    let po_path = po.to_str().expect("utf8");
    ok(
        &data,
        &["translate", "export", "--lang", lang, "-o", po_path],
    );
    let mut text = std::fs::read_to_string(&po).expect("read");
    for (id, translation) in strings {
        text = set_po(&text, id, translation);
    }
    std::fs::write(&po, text).expect("write");
    // A file for one language is never applied to another.
    let other = if lang == "es" { "vi" } else { "es" };
    let (code, out) = rights_desk(
        &data,
        &[
            "translate",
            "import",
            po_path,
            "--lang",
            other,
            "--reviewer",
            "X",
        ],
    );
    assert_ne!(code, 0, "{out}");
    assert!(
        out.contains(&format!("holds the language “{lang}”")),
        "{out}"
    );
    ok(
        &data,
        &["translate", "import", po_path, "--reviewer", "Lan Tran"],
    );
    data
}

#[test]
fn a_vietnamese_pack_is_added_printed_and_marked_where_it_is_still_english() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Test strings (not a reviewed translation): one question and two printed words.
    let data = pack_with(
        dir.path(),
        "vi",
        &[
            ("guide/nm-ag-ice/q1/question", "Câu hỏi thử nghiệm một"),
            ("ui/printed-printed", "In ngày"),
            ("ui/tab-guide", "Hướng dẫn"),
        ],
    );
    // Started once; a second start is refused and changes nothing.
    let (code, out) = rights_desk(&data, &["translate", "new", "--lang", "vi"]);
    assert_ne!(code, 0, "{out}");
    assert!(out.contains("already"), "{out}");
    assert!(data.join("languages/vi/pack.ron").is_file());
    assert!(data.join("guides").read_dir().expect("guides").any(|e| {
        e.expect("entry")
            .file_name()
            .to_string_lossy()
            .contains(".vi.")
    }));
    let status = ok(&data, &["translate", "status"]);
    assert!(status.contains("vi: interface 2/"), "{status}");
    assert!(status.lines().any(|l| l.starts_with("es: ")), "{status}");

    // Printed in Vietnamese: the translated question, the English of the others marked, and a
    // note that parts are English; the review mark says it is not reviewed in full.
    let txt = dir.path().join("vi.txt");
    ok(
        &data,
        &[
            "export",
            "--lang",
            "vi",
            "--format",
            "txt",
            "--entries",
            "q1,q2",
            "-o",
            txt.to_str().expect("utf8"),
        ],
    );
    let printed = std::fs::read_to_string(&txt).expect("read");
    assert!(printed.contains("Câu hỏi thử nghiệm một"), "{printed}");
    assert!(printed.contains("In ngày"), "{printed}");
    let q2 = printed.find("2. ").expect("q2 printed");
    let marked = printed[q2..].find("(Not translated yet: shown in English.)");
    assert!(marked.is_some(), "q2 is English, marked: {printed}");
    assert!(
        printed.contains("Parts of this printout are in English"),
        "{printed}"
    );
    assert!(
        printed.contains("not yet reviewed by a qualified translator"),
        "{printed}"
    );

    // Any two languages: Spanish, then Vietnamese.
    let pair = dir.path().join("es-vi.txt");
    ok(
        &data,
        &[
            "export",
            "--lang",
            "es+vi",
            "--format",
            "txt",
            "--entries",
            "q1",
            "-o",
            pair.to_str().expect("utf8"),
        ],
    );
    let printed = std::fs::read_to_string(&pair).expect("read");
    let es = printed.find("¿").expect("the Spanish question");
    let vi = printed
        .find("Câu hỏi thử nghiệm một")
        .expect("the Vietnamese one");
    assert!(es < vi, "Spanish first: {printed}");
    assert!(printed.contains("Impreso / In ngày"), "{printed}");

    // A language with no pack is refused by name.
    let (code, out) = rights_desk(&data, &["export", "--lang", "ko", "-o", "-"]);
    assert_ne!(code, 0);
    assert!(out.contains("translate new --lang ko"), "{out}");

    // The translator's file is taken back as one step; the language stays, untranslated.
    let out = ok(&data, &["translate", "undo"]);
    assert!(
        out.contains("took back the file reviewed by Lan Tran"),
        "{out}"
    );
    let status = ok(&data, &["translate", "status"]);
    assert!(status.contains("vi: interface 0/"), "{status}");
    let (code, out) = rights_desk(&data, &["translate", "undo"]);
    assert_ne!(code, 0);
    assert!(out.contains("no translator's file to take back"), "{out}");
}

#[test]
fn cards_in_a_pack_s_language_say_their_words_are_english() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = pack_with(dir.path(), "vi", &[("ui/tab-guide", "Hướng dẫn")]);
    // Wallet and door cards say it too: their words are English until translated.
    for layout in ["cards", "door-card"] {
        let pdf = dir.path().join(format!("{layout}.pdf"));
        ok(
            &data,
            &[
                "export",
                "--lang",
                "vi",
                "--layout",
                layout,
                "-o",
                pdf.to_str().expect("utf8"),
            ],
        );
        let printed = crate::pdf_text::text(&std::fs::read(&pdf).expect("pdf"));
        assert!(
            printed.contains("Not translated yet: shown in English."),
            "{layout}: {printed}"
        );
    }
}

#[test]
fn an_arabic_pack_prints_right_to_left() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A test string: "حقوقي" ("my rights"), read right to left.
    let data = pack_with(
        dir.path(),
        "ar",
        &[("guide/nm-ag-ice/q1/question", "حقوقي")],
    );
    let pdf = dir.path().join("ar.pdf");
    ok(
        &data,
        &[
            "export",
            "--lang",
            "ar",
            "--entries",
            "q1",
            "-o",
            pdf.to_str().expect("utf8"),
        ],
    );
    let bytes = std::fs::read(&pdf).expect("pdf");
    // Characters on a line are listed left to right as drawn: the word's first letter (ح) is
    // drawn rightmost, so the line reads reversed.
    let lines = crate::pdf_text::layout_lines(&bytes);
    let reversed: String = "حقوقي".chars().rev().collect();
    let line = lines
        .iter()
        .find(|l| l.contains(&reversed))
        .unwrap_or_else(|| panic!("the Arabic question drawn right to left in {lines:#?}"));
    // And the heading stands at the right of the page (US Letter, 612 pt wide), where an
    // Arabic page begins.
    let runs = crate::pdf_text::runs(&bytes, 1);
    let at = runs
        .iter()
        .find(|(_, _, t)| t.contains(&reversed) || t.contains('ح'))
        .map(|(x, _, _)| *x)
        .expect("a run of the question");
    assert!(at > 306.0, "right-aligned: starts at {at} pt ({line})");
}
