//! Keeping the list true: verification logs merged between two desktops, `verified_on` always
//! the log's last confirmed or changed day, closed and unlisted contacts absent from every
//! printout, a file of the previous version unchanged by loading and saving, and the call
//! sheet's round trip through the command line.

use crate::fixtures::rights_desk;
use proptest::prelude::*;
use rights_desk::core::directory::check::{Check, Finding, Method};
use rights_desk::core::directory::contact::{Category, Contact};
use rights_desk::core::directory::status::DueRules;
use rights_desk::core::directory::{Directory, generate};
use rights_desk::core::printing::{self, Layout, PrintChoices, PrintLang};
use rights_desk::core::sharing::merge::{self, Choices};
use rights_desk::core::store;

fn check(day: i8, found: Finding, by: &str) -> Check {
    Check {
        on: jiff::civil::Date::constant(2026, 11, day),
        at: None,
        by: by.into(),
        volunteer: "".into(),
        method: Method::Phone,
        found,
        old_values: thin_vec::ThinVec::new(),
        note: String::new(),
    }
}

fn one(contact: Contact) -> Directory {
    Directory::new(vec![contact])
}

#[test]
fn two_desktops_checking_the_same_contact_keep_both_checks_without_a_question() {
    let base = Contact {
        id: "nmilc".into(),
        name: "New Mexico Immigrant Law Center".into(),
        category: Category::LegalAid,
        ..Contact::default()
    };
    let mut mine = base.clone();
    mine.record_check(check(3, Finding::NoAnswer, "ana@pc-1"));
    let mut theirs = base.clone();
    theirs.record_check(check(4, Finding::Confirmed, "luis@pc-2"));
    let base_of = |_: &Contact, _: &Contact| Some(base.clone());
    let m = merge::merge(&one(mine), &one(theirs), &base_of);
    assert!(m.is_clean(), "no question for two checks");
    let (contacts, _) = m.resolve(&Choices::default());
    let merged = &contacts[0];
    assert_eq!(merged.checks.len(), 2);
    assert_eq!(merged.verified_on, merged.last_verified_in_log());
    assert_eq!(
        merged.verified_on,
        Some(jiff::civil::Date::constant(2026, 11, 4))
    );
}

#[test]
fn a_check_on_one_desktop_and_an_edit_on_the_other_both_stay() {
    let base = Contact {
        id: "nmilc".into(),
        name: "New Mexico Immigrant Law Center".into(),
        hours: "Mon–Fri".into(),
        ..Contact::default()
    };
    let mut checked = base.clone();
    checked.record_check(check(5, Finding::Confirmed, "ana@pc-1"));
    let edited = Contact {
        hours: "Mon–Thu".into(),
        ..base.clone()
    };
    let base_of = |_: &Contact, _: &Contact| Some(base.clone());
    let m = merge::merge(&one(checked), &one(edited), &base_of);
    assert!(m.is_clean());
    let (contacts, _) = m.resolve(&Choices::default());
    assert_eq!(contacts[0].hours.as_str(), "Mon–Thu", "the edit");
    assert_eq!(contacts[0].checks.len(), 1, "the check");
}

fn findings() -> impl Strategy<Value = Vec<(i8, Finding, bool)>> {
    prop::collection::vec(
        (
            1i8..29,
            prop::sample::select(Finding::ALL.to_vec()),
            any::<bool>(),
        ),
        0..12,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Checks recorded on two desktops in any order, then merged: `verified_on` is always the
    /// day of the log's last confirmed or changed check, and no check is lost.
    #[test]
    fn verified_on_is_always_the_logs_last_confirmation(found in findings()) {
        let base = Contact { id: "c".into(), name: "C".into(), ..Contact::default() };
        let (mut a, mut b) = (base.clone(), base.clone());
        for (day, f, on_a) in &found {
            let desk = if *on_a { "a@pc-1" } else { "b@pc-2" };
            let side = if *on_a { &mut a } else { &mut b };
            side.record_check(check(*day, *f, desk));
            prop_assert_eq!(side.verified_on, side.last_verified_in_log());
        }
        let base_of = |_: &Contact, _: &Contact| Some(base.clone());
        let m = merge::merge(&one(a.clone()), &one(b.clone()), &base_of);
        let (contacts, _) = m.resolve(&Choices::default());
        let merged = &contacts[0];
        prop_assert_eq!(merged.verified_on, merged.last_verified_in_log());
        let distinct: std::collections::HashSet<&Check> =
            a.checks.iter().chain(b.checks.iter()).collect();
        prop_assert_eq!(merged.checks.len(), distinct.len());
    }
}

#[test]
fn closed_and_unlisted_contacts_never_reach_paper() {
    let mut contacts = generate::contacts(30, 3);
    for c in &mut contacts {
        c.category = Category::LegalAid;
        c.counties = ["Statewide".into()].into_iter().collect();
    }
    contacts[0].record_check(check(2, Finding::Closed, "a@b"));
    contacts[1].record_check(check(2, Finding::DoNotList, "a@b"));
    let gone: Vec<String> = contacts[..2].iter().map(|c| c.name.to_string()).collect();
    let directory = Directory::new(contacts);
    let index = rights_desk::core::directory::search::ContactIndex::build(directory.contacts());
    let all = rights_desk::core::guide::bundled_with_companions().expect("guides");
    let guides: Vec<&rights_desk::core::guide::Guide> = all.iter().collect();
    for layout in Layout::ALL {
        for lang in [PrintLang::En, PrintLang::Es, PrintLang::Both] {
            for by_filter in [true, false] {
                let mut choices = PrintChoices {
                    layout,
                    lang,
                    ..PrintChoices::default()
                };
                choices.contacts.by_filter = by_filter;
                // Picked by hand, too: the inactive ones first.
                choices.contacts.picked = directory
                    .contacts()
                    .iter()
                    .map(|c| c.id.to_string())
                    .collect();
                choices.card_contacts = choices.contacts.picked.iter().take(4).cloned().collect();
                let (_, data) = printing::assemble(
                    &choices,
                    vec!["q7".into()],
                    &guides,
                    directory.contacts(),
                    Some(&index),
                    jiff::civil::Date::constant(2026, 12, 2),
                    &DueRules::default(),
                );
                let text = serde_json::to_string(&data).expect("json");
                for name in &gone {
                    assert!(
                        !text.contains(name.as_str()),
                        "{name} printed in {layout:?} {lang:?} (by filter: {by_filter})"
                    );
                }
            }
        }
    }
}

#[test]
fn a_file_of_the_previous_version_loads_and_saves_unchanged() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("directory.ron");
    // The bundled directory as the previous release wrote it: no log anywhere.
    std::fs::write(&path, rights_desk::core::store::BUNDLED_DIRECTORY).expect("write");
    let loaded = store::load_directory(&path).expect("load").directory;
    assert!(loaded.contacts().iter().all(|c| c.checks.is_empty()));
    store::save_directory(&path, &loaded, None).expect("save");
    let again = store::load_directory(&path).expect("load").directory;
    assert_eq!(loaded.contacts(), again.contacts());
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(
        !text.contains("checks"),
        "nothing added to contacts never checked"
    );
}

#[test]
fn a_call_sheet_goes_out_and_comes_back_filled_in() {
    let dir = tempfile::tempdir().expect("tmp");
    let sheet = dir.path().join("sheet.csv");
    let (code, out) = rights_desk(
        dir.path(),
        &[
            "verify",
            "--due",
            "--category",
            "legal-aid",
            "-o",
            sheet.to_str().expect("utf8"),
        ],
    );
    assert_eq!(code, 0, "{out}");
    let mut rows: Vec<Vec<String>> = csv::Reader::from_path(&sheet)
        .expect("csv")
        .records()
        .map(|r| r.expect("row").iter().map(str::to_string).collect())
        .collect();
    assert_eq!(rows.len(), 5, "the bundled legal aid contacts: {out}");
    // A volunteer reached two of them.
    let header = [
        "id",
        "name",
        "category",
        "counties",
        "phones",
        "hours",
        "address",
        "languages",
        "services",
        "last_checked",
        "status",
        "found",
        "method",
        "checked_by",
        "checked_on",
        "note",
    ];
    rows[0][11] = "confirmed".into();
    rows[0][13] = "Ana".into();
    rows[1][11] = "disconnected".into();
    rows[1][15] = "number out of service".into();
    let mut w = csv::Writer::from_path(&sheet).expect("write");
    w.write_record(header).expect("header");
    for r in &rows {
        w.write_record(r).expect("row");
    }
    w.flush().expect("flush");
    let (code, out) = rights_desk(
        dir.path(),
        &["verify", "--import", sheet.to_str().expect("utf8")],
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("2 checks recorded"), "{out}");
    let saved = store::load_directory(&dir.path().join("directory.ron"))
        .expect("load")
        .directory;
    let first = saved.get(&rows[0][0]).expect("first");
    assert_eq!(first.checks[0].found, Finding::Confirmed);
    assert_eq!(first.checks[0].volunteer, "Ana");
    assert!(first.verified_on.is_some());
    let second = saved.get(&rows[1][0]).expect("second");
    assert_eq!(second.checks[0].found, Finding::WrongNumber);
    assert_eq!(second.checks[0].note, "number out of service");
    // The report sees one current and one flagged legal aid contact.
    let (code, report) = rights_desk(dir.path(), &["verify", "--report"]);
    assert_eq!(code, 0, "{report}");
    let legal = report
        .lines()
        .find(|l| l.starts_with("Legal aid"))
        .expect("legal aid row");
    let numbers: Vec<&str> = legal.split_whitespace().skip(2).collect();
    assert_eq!(numbers[..4], ["1", "3", "0", "1"], "{report}");
    // A flagged contact is on the next call sheet; the confirmed one is not.
    let (_, _) = rights_desk(
        dir.path(),
        &[
            "verify",
            "--due",
            "--category",
            "legal-aid",
            "-o",
            sheet.to_str().expect("utf8"),
        ],
    );
    let again = std::fs::read_to_string(&sheet).expect("read");
    assert!(again.contains(rows[1][0].as_str()));
    assert!(!again.contains(&format!("\n{},", rows[0][0])));
}

#[test]
fn one_check_from_the_command_line() {
    let dir = tempfile::tempdir().expect("tmp");
    let (code, out) = rights_desk(
        dir.path(),
        &[
            "verify",
            "nmilc",
            "--outcome",
            "no-answer",
            "--by",
            "Luis",
            "--note",
            "rang out",
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("no-answer"), "{out}");
    let (code, out) = rights_desk(dir.path(), &["verify", "nmilc", "--outcome", "perhaps"]);
    assert_ne!(code, 0);
    assert!(out.contains("not a finding"), "{out}");
    let saved = store::load_directory(&dir.path().join("directory.ron"))
        .expect("load")
        .directory;
    let c = saved.get("nmilc").expect("nmilc");
    assert_eq!(c.checks.len(), 1, "the refused one left nothing");
    assert_eq!(c.checks[0].volunteer, "Luis");
    assert_eq!(c.checks[0].note, "rang out");
    assert!(c.verified_on.is_none(), "no answer verifies nothing");
}

#[test]
fn the_hsds_export_carries_the_assurance_and_the_log() {
    use rights_desk::core::interop::hsds;
    let mut c = Contact {
        id: "nmilc".into(),
        name: "New Mexico Immigrant Law Center".into(),
        hours: "Mon–Thu".into(),
        ..Contact::default()
    };
    c.record_check(check(3, Finding::NoAnswer, "ana@pc-1"));
    let mut confirmed = check(9, Finding::Changed, "ana@pc-1");
    confirmed.volunteer = "ana@nmilc-volunteers.org".into();
    confirmed.note = "new hours".into();
    confirmed
        .old_values
        .push(rights_desk::core::directory::check::OldValue {
            field: "hours".into(),
            was: "Mon–Fri".into(),
        });
    c.record_check(confirmed);
    let dir = tempfile::tempdir().expect("tmp");
    hsds::write_folder(std::slice::from_ref(&c), dir.path()).expect("export");
    let services = std::fs::read_to_string(dir.path().join("services.csv")).expect("services");
    assert!(services.contains("2026-11-09"), "assured_date: {services}");
    assert!(
        services.contains("ana@nmilc-volunteers.org"),
        "assurer_email: {services}"
    );
    let metadata = std::fs::read_to_string(dir.path().join("metadata.csv")).expect("metadata");
    assert!(metadata.contains("check: no-answer"), "{metadata}");
    assert!(metadata.contains("Mon–Fri"), "the old value: {metadata}");
    let back = hsds::read_path(dir.path()).expect("import");
    let got = &back.contacts[0];
    assert_eq!(got.checks.len(), 2, "{:?}", got.checks);
    assert_eq!(got.checks[1].found, Finding::Changed);
    assert_eq!(got.checks[1].note, "new hours");
    assert_eq!(got.checks[1].old_values[0].was, "Mon–Fri");
    assert_eq!(got.checks[0].by, "ana@pc-1");
    assert_eq!(got.verified_on, c.verified_on);
}

#[test]
fn an_office_sets_how_often_each_kind_is_checked() {
    let dir = tempfile::tempdir().expect("tmp");
    let (code, out) = rights_desk(dir.path(), &["verify", "--every", "advocacy=30"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Advocacy 30"), "{out}");
    assert!(dir.path().join("directory.verification.ron").exists());
    // Confirmed 40 days ago: current as legal aid (90), due as advocacy (30).
    let path = dir.path().join("directory.ron");
    let mut d = store::load_directory(&path).expect("load").directory;
    let day = rights_desk::core::directory::contact::today()
        .checked_sub(jiff::Span::new().days(40))
        .expect("date");
    for id in ["aclu-nm", "nmilc"] {
        let mut c = d.get(id).expect(id).clone();
        c.record_check(Check {
            on: day,
            ..check(1, Finding::Confirmed, "a@b")
        });
        d = Directory::new(
            d.contacts()
                .iter()
                .map(|x| if x.id == id { c.clone() } else { x.clone() })
                .collect(),
        );
    }
    store::save_directory(&path, &d, None).expect("save");
    let sheet = dir.path().join("due.csv");
    let (code, out) = rights_desk(
        dir.path(),
        &["verify", "--due", "-o", sheet.to_str().expect("utf8")],
    );
    assert_eq!(code, 0, "{out}");
    let text = std::fs::read_to_string(&sheet).expect("read");
    assert!(text.contains("\naclu-nm,"), "advocacy is due after 30 days");
    assert!(!text.contains("\nnmilc,"), "legal aid is not due before 90");
    let (code, out) = rights_desk(dir.path(), &["verify", "--every", "advocacy=none"]);
    assert_ne!(code, 0);
    assert!(out.contains("not a number of days"), "{out}");
}

#[test]
fn a_printed_call_sheet_lists_the_contacts_due_with_boxes_to_tick() {
    let dir = tempfile::tempdir().expect("tmp");
    let pdf = dir.path().join("sheet.pdf");
    let (code, out) = rights_desk(
        dir.path(),
        &[
            "verify",
            "--due",
            "--category",
            "hotline",
            "--lang",
            "es",
            "-o",
            pdf.to_str().expect("utf8"),
        ],
    );
    assert_eq!(code, 0, "{out}");
    let text = crate::pdf_text::text(&std::fs::read(&pdf).expect("pdf"));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for want in [
        "Hoja de llamadas",
        "traducción al español",
        "Immigration court case status line (EOIR)",
        "id eoir-case-status",
        "1-800-898-7180",
        "No contestan",
        "Pidió no aparecer",
        "Fecha",
    ] {
        assert!(flat.contains(want), "missing “{want}” in {flat}");
    }
    assert!(
        !flat.contains("New Mexico Immigrant Law Center"),
        "only hotlines"
    );
}

#[test]
fn the_window_records_a_filled_in_call_sheet_through_the_workspace() {
    use rights_desk::core::workspace::paths::DataPaths;
    use rights_desk::core::workspace::{Action, Notice, Workspace};
    let dir = tempfile::tempdir().expect("tmp");
    let mut work = Workspace::open_data_folder(DataPaths::at(dir.path())).expect("open");
    let sheet = dir.path().join("filled.csv");
    std::fs::write(
        &sheet,
        "id,name,found,method,checked_by\nnmilc,NMILC,confirmed,phone,Ana\nnm-legal-aid,NMLA,maybe,,\nnobody,X,closed,,\n",
    )
    .expect("write");
    let outcome = work.apply(Action::ImportCallSheet(sheet));
    match outcome.notice {
        Some(Notice::ChecksRecorded {
            count,
            unknown,
            not_read,
        }) => {
            assert_eq!(count, 1);
            assert_eq!(unknown, ["nobody"]);
            assert_eq!(not_read, 1);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        work.directory().get("nmilc").expect("nmilc").checks.len(),
        1
    );
    let not_a_sheet = dir.path().join("contacts.csv");
    std::fs::write(&not_a_sheet, "name,phone\nX,1\n").expect("write");
    assert!(matches!(
        work.apply(Action::ImportCallSheet(not_a_sheet)).notice,
        Some(Notice::NotACallSheet(_))
    ));
}
