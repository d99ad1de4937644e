//! Import and export with real Open Referral sample packages, CSV and vCard files, round trips
//! over generated contacts, and readers fed thousands of generated and mutated inputs.

use proptest::prelude::*;
use rights_desk::core::directory::contact::{
    Category, Contact, Cost, NM_COUNTIES, Phone, PhoneKind, Text,
};
use rights_desk::core::interop::{self, Format, ImportError, csv, hsds, vcard};
use std::path::Path;

const HSDS: &str = "tests/fixtures/hsds";

fn import(path: &str) -> interop::Imported {
    interop::import_path(Path::new(path), None).expect("imports")
}

#[test]
fn every_sample_package_imports() {
    for (folder, orgs) in [
        ("v1.1-sample/simple", 10),
        ("v1.1-sample/all_resources", 10),
        ("v1.1-sample-2017/simple", 10),
        ("v3.0-examples", 1),
    ] {
        let got = import(&format!("{HSDS}/{folder}"));
        assert_eq!(got.contacts.len(), orgs, "{folder}: {:?}", got.problems);
        assert!(got.contacts.iter().all(|c| !c.name.is_empty()));
    }
}

#[test]
fn hsds_1_1_phones_addresses_languages_and_schedules() {
    let got = import(&format!("{HSDS}/v1.1-sample/all_resources"));
    let with_phone = got
        .contacts
        .iter()
        .find(|c| {
            c.phones
                .iter()
                .any(|p| p.number.starts_with("(0123) 4567 8900"))
        })
        .expect("the sample's first phone is attached to its organization");
    assert!(with_phone.phones[0].number.contains("ext. 42"));
    assert!(
        got.contacts
            .iter()
            .any(|c| c.address.city == "New York City" && c.address.state == "NY"),
        "physical_addresses.csv is read"
    );
    assert!(got.contacts.iter().any(|c| !c.languages.is_empty()));
    assert!(got.contacts.iter().any(|c| !c.hours.is_empty()));
}

#[test]
fn hsds_2017_bare_cr_and_empty_rows() {
    let got = import(&format!("{HSDS}/v1.1-sample-2017/simple"));
    assert_eq!(got.contacts.len(), 10);
    assert!(got.contacts.iter().any(|c| !c.phones.is_empty()));
    assert!(got.problems.is_empty(), "{:?}", got.problems);
}

#[test]
fn hsds_3_0_example() {
    let got = import(&format!("{HSDS}/v3.0-examples"));
    let c = &got.contacts[0];
    assert_eq!(c.name, "Example Organization Inc.");
    assert_eq!(c.website, "http://example.com");
    assert!(
        c.phones
            .iter()
            .any(|p| p.number == "+44 1234 234567 ext. 100"),
        "literal quote marks are stripped: {:?}",
        c.phones
    );
    assert_eq!(c.address.street, "1-30 Main Street, MyVillage");
    assert_eq!(c.address.city, "MyCity");
}

#[test]
fn a_zipped_package_imports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let zip_path = dir.path().join("package.zip");
    let file = std::fs::File::create(&zip_path).expect("create");
    let mut zip = zip::ZipWriter::new(file);
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for entry in std::fs::read_dir(format!("{HSDS}/v1.1-sample/simple")).expect("list") {
        let path = entry.expect("entry").path();
        let name = format!(
            "simple/{}",
            path.file_name().expect("name").to_string_lossy()
        );
        zip.start_file(name, options).expect("start");
        std::io::Write::write_all(&mut zip, &std::fs::read(&path).expect("read")).expect("write");
    }
    zip.finish().expect("finish");
    let got = interop::import_path(&zip_path, None).expect("zip imports");
    assert_eq!(got.contacts.len(), 10);
    // A file that is not a package is refused with a reason.
    let not = dir.path().join("x.zip");
    std::fs::write(&not, b"not a zip").expect("write");
    assert!(matches!(
        interop::import_path(&not, None),
        Err(ImportError::Format { .. })
    ));
}

#[test]
fn files_over_the_limit_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.csv");
    let f = std::fs::File::create(&path).expect("create");
    f.set_len(interop::MAX_IMPORT_BYTES + 1)
        .expect("sparse file");
    let err = interop::import_path(&path, Some(Format::Csv)).expect_err("refused");
    assert!(matches!(err, ImportError::TooLarge { .. }));
    assert!(err.to_string().contains("bytes Rights Desk opens"), "{err}");
}

#[test]
fn a_csv_export_read_by_a_csv_reader_shows_formulas_neutralized() {
    let c = Contact {
        name: "=cmd|' /C calc'!A0".into(),
        phones: smallvec::smallvec![Phone {
            number: "+1 505 555 0100".into(),
            ..Phone::default()
        }],
        address: rights_desk::core::directory::contact::Address {
            zip: "08701".into(),
            ..Default::default()
        },
        ..Contact::default()
    };
    let bytes = csv::write(&[c], true).expect("write");
    let mut reader = ::csv::Reader::from_reader(bytes.as_slice());
    let row = reader.records().next().expect("a row").expect("readable");
    assert_eq!(&row[0], "'=cmd|' /C calc'!A0");
    assert!(row.iter().any(|cell| cell == "'+1 505 555 0100"));
    assert!(row.iter().any(|cell| cell == "08701"), "leading zeros kept");
}

// ---- round trips over generated contacts ----

fn text(max: usize) -> impl Strategy<Value = String> {
    // Accents, commas, quotes, newlines, emoji, other scripts; trimmed like a reader trims.
    proptest::collection::vec(
        prop_oneof![
            Just("a".to_string()),
            Just("Ñ".to_string()),
            Just("é".to_string()),
            Just(",".to_string()),
            Just("\"".to_string()),
            Just(";".to_string()),
            Just("\n".to_string()),
            Just(" ".to_string()),
            Just("🙂".to_string()),
            Just("Tiếng".to_string()),
            Just("العربية".to_string()),
            Just("=".to_string()),
            Just("+".to_string()),
            Just("'".to_string()),
            Just("\\".to_string()),
            "[a-zA-Z0-9]{1,8}",
        ],
        0..max,
    )
    .prop_map(|parts| parts.concat().trim().to_string())
}

fn item() -> impl Strategy<Value = String> {
    "[A-Za-zñé ]{1,12}"
        .prop_map(|s| s.trim().to_string())
        .prop_filter("non-empty", |s| !s.is_empty())
}

/// The Spanish texts of a generated contact (none when all three are empty, as the readers
/// give back).
fn spanish(
    description: String,
    hours: String,
    caveat: String,
) -> thin_vec::ThinVec<rights_desk::core::directory::contact::ContactTranslation> {
    let es = rights_desk::core::directory::contact::ContactTranslation {
        lang: "es".into(),
        description: description.into(),
        hours: hours.into(),
        caveat: caveat.into(),
    };
    if es.is_empty() {
        thin_vec::ThinVec::new()
    } else {
        thin_vec::thin_vec![es]
    }
}

fn contact() -> impl Strategy<Value = Contact> {
    (
        text(12).prop_filter("named", |s| !s.is_empty()),
        prop::sample::select(Category::ALL.to_vec()),
        text(40),
        proptest::collection::vec(
            (
                "[0-9]{3}-[0-9]{3}-[0-9]{4}",
                prop::sample::select(PhoneKind::ALL.to_vec()),
                text(6),
            ),
            0..3,
        ),
        (text(6), text(6), text(6), "[0-9]{5}"),
        proptest::collection::vec(prop::sample::select(NM_COUNTIES.to_vec()), 0..3),
        proptest::collection::vec(prop::sample::select(vec!["en", "es", "vi", "ar"]), 0..3),
        (
            text(8),
            prop::sample::select(Cost::ALL.to_vec()),
            text(200),
            text(6),
        ),
        proptest::collection::vec(item(), 0..3),
        proptest::option::of((2000i16..2030, 1i8..=12, 1i8..=28)),
        // Before you call, our own number, and the Spanish description, hours and caveat.
        (text(20), any::<bool>(), text(20), text(8), text(12)),
    )
        .prop_map(
            |(
                name,
                category,
                description,
                phones,
                addr,
                counties,
                langs,
                more,
                services,
                verified,
                extra,
            )| {
                let dedup = |mut v: Vec<Text>| {
                    let mut seen = std::collections::HashSet::new();
                    v.retain(|x| seen.insert(x.to_lowercase()));
                    v
                };
                let mut phones: Vec<Phone> = phones
                    .into_iter()
                    .map(|(number, kind, label)| Phone {
                        number: number.into(),
                        kind,
                        label: label.into(),
                    })
                    .collect();
                let mut seen = std::collections::HashSet::new();
                phones.retain(|p| seen.insert(p.number.clone()));
                let services = dedup(services.into_iter().map(Text::from).collect())
                    .into_iter()
                    .filter(|s| *s != name)
                    .collect();
                Contact {
                    id: Text::default(),
                    name: name.into(),
                    category,
                    description: description.into(),
                    services,
                    phones: phones.into(),
                    email: "info@example.org".into(),
                    website: "https://example.org/a".into(),
                    address: rights_desk::core::directory::contact::Address {
                        street: addr.0.into(),
                        city: addr.1.into(),
                        state: addr.2.into(),
                        zip: addr.3.into(),
                    },
                    counties: dedup(counties.into_iter().map(Text::from).collect()).into(),
                    languages: dedup(langs.into_iter().map(Text::from).collect()).into(),
                    hours: more.0.into(),
                    cost: more.1,
                    notes: more.2.into(),
                    source: more.3.into(),
                    verified_on: verified.map(|(y, m, d)| jiff::civil::date(y, m, d)),
                    checks: thin_vec::ThinVec::new(),
                    created_at: None,
                    updated_at: None,
                    updated_by: Text::default(),
                    caveat: extra.0.into(),
                    own: extra.1,
                    translations: spanish(extra.2, extra.3, extra.4),
                    based_on: None,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn csv_round_trip(contacts in proptest::collection::vec(contact(), 1..5)) {
        // The default, protected export (a raw export gives back raw text, see the unit tests).
        let bytes = csv::write(&contacts, true).expect("write");
        let back = csv::read(&bytes, &csv::Mapping::default());
        prop_assert!(back.problems.is_empty(), "{:?}", back.problems);
        prop_assert_eq!(back.contacts, contacts);
    }

    #[test]
    fn vcard_round_trip(contacts in proptest::collection::vec(contact(), 1..5)) {
        let text = vcard::write(&contacts);
        let back = vcard::read(text.as_bytes());
        prop_assert!(back.problems.is_empty(), "{:?}", back.problems);
        prop_assert_eq!(back.contacts, contacts);
    }

    #[test]
    fn vcard_3_round_trip(contacts in proptest::collection::vec(contact(), 1..5)) {
        let text = vcard::write_v3(&contacts);
        let back = vcard::read(text.as_bytes());
        prop_assert!(back.problems.is_empty(), "{:?}", back.problems);
        prop_assert_eq!(back.contacts, contacts);
    }

    #[test]
    fn hsds_round_trip(contacts in proptest::collection::vec(contact(), 1..4)) {
        let dir = tempfile::tempdir().expect("tempdir");
        // Ids decide the package's ids; give each contact one.
        let contacts: Vec<Contact> = contacts
            .into_iter()
            .enumerate()
            .map(|(i, c)| Contact { id: format!("c{i}").into(), ..c })
            .collect();
        hsds::write_folder(&contacts, dir.path()).expect("export");
        let back = hsds::read_path(dir.path()).expect("import");
        prop_assert!(back.problems.is_empty(), "{:?}", back.problems);
        prop_assert_eq!(back.contacts.len(), contacts.len());
        // Every field the app has comes back (HSDS keeps the category, notes, source and the
        // rest as attributes of a "Rights Desk" taxonomy, and the id as an identifier).
        prop_assert_eq!(&back.contacts, &contacts);
        // And the package written again is the same, file for file.
        let again = tempfile::tempdir().expect("tempdir");
        hsds::write_folder(&back.contacts, again.path()).expect("export again");
        for entry in std::fs::read_dir(dir.path()).expect("list") {
            let path = entry.expect("entry").path();
            let name = path.file_name().expect("name");
            prop_assert_eq!(
                std::fs::read(&path).expect("read"),
                std::fs::read(again.path().join(name)).expect("read again"),
                "{:?} differs", name
            );
        }
    }
}

// ---- robustness: readers never panic ----

fn mutate(seed: &[u8], edits: &[(usize, u8, u8)]) -> Vec<u8> {
    let mut out = seed.to_vec();
    for &(at, op, byte) in edits {
        if out.is_empty() {
            out.push(byte);
            continue;
        }
        let i = at % out.len();
        match op % 3 {
            0 => out[i] = byte,
            1 => out.insert(i, byte),
            _ => {
                out.remove(i);
            }
        }
    }
    out
}

fn samples() -> (Vec<u8>, Vec<u8>) {
    let contacts = vec![Contact {
        name: "Centro, \"Legal\"\nDoña Ana".into(),
        phones: smallvec::smallvec![Phone {
            number: "+1 505 555 0100".into(),
            label: "a;b:c\"d".into(),
            ..Phone::default()
        }],
        notes: "x".repeat(100).into(),
        ..Contact::default()
    }];
    (
        csv::write(&contacts, true).expect("csv"),
        vcard::write(&contacts).into_bytes(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn csv_reader_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300),
                               edits in proptest::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 0..12),
                               mutate_sample in any::<bool>()) {
        let input = if mutate_sample { mutate(&samples().0, &edits) } else { bytes };
        let _ = csv::read(&input, &csv::Mapping::default());
    }

    #[test]
    fn vcard_reader_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300),
                                 edits in proptest::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 0..12),
                                 mutate_sample in any::<bool>()) {
        let input = if mutate_sample { mutate(&samples().1, &edits) } else { bytes };
        let _ = vcard::read(&input);
    }

    #[test]
    fn hsds_reader_never_panics(edits in proptest::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 0..12),
                                table in 0usize..4) {
        let folder = Path::new(HSDS).join("v3.0-examples");
        let names = ["organizations.csv", "phones.csv", "services.csv", "addresses.csv"];
        let files: Vec<(String, Vec<u8>)> = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let bytes = std::fs::read(folder.join(n)).expect("read");
                (n.to_string(), if i == table { mutate(&bytes, &edits) } else { bytes })
            })
            .collect();
        let _ = hsds::read_files(files, "fuzz");
    }
}

/// A small package that unpacks to more than the limit (a "zip bomb") is refused without being
/// unpacked past the limit, and the message says so, instead of giving the limit as its size.
#[test]
fn a_package_that_unpacks_past_the_limit_is_refused_and_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let zip_path = dir.path().join("bomb.zip");
    let file = std::fs::File::create(&zip_path).expect("create");
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("organizations.csv", options).expect("start");
    let zeros = vec![b'0'; 1024 * 1024];
    for _ in 0..=(interop::MAX_IMPORT_BYTES / (1024 * 1024)) {
        std::io::Write::write_all(&mut zip, &zeros).expect("write");
    }
    zip.finish().expect("finish");
    assert!(std::fs::metadata(&zip_path).expect("zip").len() < interop::MAX_IMPORT_BYTES / 10);
    let err = interop::import_path(&zip_path, None).expect_err("refused");
    assert!(
        matches!(err, ImportError::TooLargeUnpacked { .. }),
        "{err:?}"
    );
    let text = err.to_string();
    assert!(text.contains("unpacks to more than"), "{text}");
    assert!(!text.contains("the file is"), "{text}");
}

#[test]
fn the_official_examples_import_with_a_report_of_what_had_no_place() {
    for path in [
        format!("{HSDS}/v3.0-examples"),
        format!("{HSDS}/v3.0-json/service_full.json"),
        format!("{HSDS}/v3.0-json/organization_full.json"),
    ] {
        let got = import(&path);
        assert_eq!(got.contacts.len(), 1, "{path}");
        let c = &got.contacts[0];
        assert_eq!(c.name, "Example Organization Inc.", "{path}");
        assert!(
            c.description.starts_with("Example Org is a non-profit"),
            "{path}"
        );
        assert_eq!(
            c.services.first().map(AsRef::as_ref),
            Some("Community Counselling")
        );
        assert!(
            c.phones
                .iter()
                .any(|p| p.number == "+44 1234 234567 ext. 100"),
            "{path}: {:?}",
            c.phones
        );
        assert_eq!(c.languages.first().map(AsRef::as_ref), Some("ur"), "{path}");
        assert_eq!(c.address.city, "MyCity", "{path}");
        // A fee with an amount is a fee; what the fees are is kept in the notes.
        assert_eq!(
            c.cost,
            rights_desk::core::directory::contact::Cost::Fee,
            "{path}"
        );
        for line in [
            "Eligibility: This service is intended for all people aged 12 and over",
            "Required documents: Any official identification document",
            "Accessibility: The building is equipped with induction loops",
            "Contact person: Ann Persona, Reception Manager",
            "Fees: Non-NHS patients are expected to pay",
            "Cost: Under 18s and Over 60s 35 gbp per 1 hour session",
        ] {
            assert!(c.notes.contains(line), "{path}: no “{line}” in {}", c.notes);
        }
        assert!(c.caveat.starts_with("Following COVID-19"), "{path}");
        assert!(c.hours.contains("10 am to 6pm weekdays"), "{path}");
        let report = &got.report;
        for kept in [
            "services.eligibility_description",
            "required_documents.document",
            "contacts.name",
            "cost_options.option",
        ] {
            assert!(
                report.kept_as_notes.iter().any(|k| k == kept),
                "{path}: {report:?}"
            );
        }
        for lost in [
            "funding.source",
            "taxonomy_terms.name",
            "locations.latitude",
        ] {
            assert!(
                report.not_imported.iter().any(|k| k == lost),
                "{path}: {report:?}"
            );
        }
        // Nothing said twice: what was kept is not also reported lost.
        assert!(
            report
                .kept_as_notes
                .iter()
                .all(|k| !report.not_imported.contains(k)),
            "{report:?}"
        );
    }
}

#[test]
fn a_page_of_hsds_json_results_imports_each_item() {
    let got = import(&format!("{HSDS}/v3.0-json/service_list.json"));
    assert_eq!(got.contacts.len(), 1);
    assert_eq!(got.contacts[0].name, "Example Organization Inc.");
    assert!(
        got.contacts[0]
            .services
            .iter()
            .any(|s| s == "Community Counselling")
    );
}

#[test]
fn hsds_1_1_weekdays_become_day_names() {
    let got = import(&format!("{HSDS}/v1.1-sample/all_resources"));
    let hours: Vec<&str> = got.contacts.iter().map(|c| c.hours.as_str()).collect();
    assert!(
        hours.iter().any(|h| h.contains("Monday 09:00–17:00")),
        "{hours:?}"
    );
    assert!(!hours.iter().any(|h| h.starts_with("1 ")), "{hours:?}");
    // 1.1's eligibility table is kept as notes too.
    assert!(
        got.contacts
            .iter()
            .any(|c| c.notes.contains("Eligibility: "))
    );
}

#[test]
fn the_bundled_directory_exports_reads_back_and_exports_identically() {
    let dir = tempfile::tempdir().expect("tempdir");
    let paths = rights_desk::core::workspace::paths::DataPaths::at(dir.path());
    let work = rights_desk::core::workspace::Workspace::open(
        paths.clone(),
        &paths.directory_file(),
        false,
    );
    let mut contacts: Vec<Contact> = work.directory().contacts().to_vec();
    // A check with a correction, so the verification log travels too.
    contacts[0]
        .checks
        .push(rights_desk::core::directory::check::Check {
            on: jiff::civil::date(2026, 11, 20),
            at: None,
            by: "ana@front-desk".into(),
            volunteer: "Ana".into(),
            method: rights_desk::core::directory::check::Method::Phone,
            found: rights_desk::core::directory::check::Finding::Changed,
            old_values: thin_vec::thin_vec![rights_desk::core::directory::check::OldValue {
                field: "hours".into(),
                was: String::new(),
            }],
            note: "new hours".into(),
        });
    contacts[0].verified_on = Some(jiff::civil::date(2026, 11, 20));
    let first = dir.path().join("first");
    hsds::write_folder(&contacts, &first).expect("export");
    let back = hsds::read_path(&first).expect("import");
    assert!(back.problems.is_empty(), "{:?}", back.problems);
    assert_eq!(back.contacts, contacts, "every field comes back");
    assert!(back.report.not_imported.is_empty(), "{:?}", back.report);
    let second = dir.path().join("second");
    hsds::write_folder(&back.contacts, &second).expect("export again");
    for entry in std::fs::read_dir(&first).expect("list") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("name");
        assert_eq!(
            std::fs::read(&path).expect("read"),
            std::fs::read(second.join(name)).expect("read"),
            "{name:?} differs"
        );
    }
    // Written as the specification's own datapackage, with its tables.
    let package = std::fs::read_to_string(first.join("datapackage.json")).expect("read");
    assert!(package.contains("\"name\": \"human_services_data\""));
    for table in [
        "service_at_location.csv",
        "cost_options.csv",
        "attributes.csv",
        "taxonomy_terms.csv",
    ] {
        assert!(first.join(table).exists(), "{table}");
    }
}

#[test]
fn an_export_named_zip_is_a_zip_that_imports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let contacts = vec![Contact {
        id: "c1".into(),
        name: "Centro Legal".into(),
        address: rights_desk::core::directory::contact::Address {
            city: "Albuquerque".into(),
            state: "NM".into(),
            ..Default::default()
        },
        ..Contact::default()
    }];
    let zip_path = dir.path().join("list.zip");
    interop::export(&contacts, interop::Format::Hsds, &zip_path, true).expect("export");
    assert!(zip_path.is_file(), "a file, not a folder");
    let back = hsds::read_path(&zip_path).expect("import");
    assert_eq!(back.contacts, contacts);
    // No leftovers beside it.
    let left: Vec<_> = std::fs::read_dir(dir.path()).expect("list").collect();
    assert_eq!(left.len(), 1);
}

fn vcard_fixture(name: &str) -> Vec<Contact> {
    let got = vcard::read(&std::fs::read(format!("tests/fixtures/vcard/{name}")).expect("read"));
    assert!(got.problems.is_empty(), "{name}: {:?}", got.problems);
    got.contacts
}

#[test]
fn phone_vcards_keep_names_organizations_and_labels() {
    // Android 2.1: quoted-printable UTF-8, a soft line break inside NOTE; a person's card.
    let a = &vcard_fixture("android-2.1.vcf")[0];
    assert_eq!(a.name, "María García");
    assert_eq!(a.description, "Centro de Ayuda Legal Doña Ana");
    assert_eq!(
        a.notes,
        "Atiende los martes. Habla español y inglés; pregunte por la oficina de inmigración."
    );
    assert_eq!(a.phones[0].label, "Mobile");
    assert_eq!(a.phones[1].kind, PhoneKind::Voice);
    // Android 3.0: CELL is a mobile.
    let b = &vcard_fixture("android-3.0.vcf")[0];
    assert_eq!(b.name, "Rosa Ortega");
    assert_eq!(b.phones[0].label, "Mobile");
    // iOS 17: a company card keeps its name and labels; a person's card keeps the organization,
    // the title and a country other than the US.
    let ios = vcard_fixture("ios-17.vcf");
    let clinic = &ios[0];
    assert_eq!(clinic.name, "Clínica Legal Comunitaria");
    let labels: Vec<&str> = clinic.phones.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["Intake line", "Mobile", "Mobile"]);
    assert_eq!(clinic.address.street, "120 Central Ave SW");
    assert_eq!(clinic.website, "https://example.org");
    assert!(
        !clinic.notes.contains("Country"),
        "the US is not said: {}",
        clinic.notes
    );
    let consul = &ios[1];
    assert_eq!(consul.name, "Ana Ruiz");
    assert_eq!(consul.description, "Consulado de México en Albuquerque");
    assert!(
        consul.notes.contains("Title: Cónsul adscrita"),
        "{}",
        consul.notes
    );
    assert!(consul.notes.contains("Country: México"), "{}", consul.notes);
    // Google Contacts: grouped labels.
    let g = &vcard_fixture("google-contacts.vcf")[0];
    assert_eq!(g.name, "Somos Ayuda");
    assert_eq!(g.phones[0].label, "Hotline (24 h)");
    assert_eq!(g.notes, "Line one\nLine two");
    // Outlook 2.1: a quoted-printable address with a line break; the fax stays a fax.
    let o = &vcard_fixture("outlook.vcf")[0];
    assert_eq!(o.name, "Luis Chavez");
    assert_eq!(o.description, "New Mexico Immigrant Help Line");
    assert_eq!(o.address.street, "500 Main St, Suite 2");
    assert_eq!(o.address.city, "Las Cruces");
    assert_eq!(o.phones[1].kind, PhoneKind::Fax);
    assert!(o.notes.contains("Title: Coordinator"));
}

#[test]
fn a_vcard_for_phones_says_the_hours_counties_and_cost_in_its_note() {
    let c = Contact {
        name: "Centro".into(),
        notes: "Ask for Ana".into(),
        hours: "Mon–Fri 9–5".into(),
        counties: smallvec::smallvec!["Doña Ana".into()],
        cost: rights_desk::core::directory::contact::Cost::Free,
        ..Contact::default()
    };
    for text in [
        vcard::write(std::slice::from_ref(&c)),
        vcard::write_v3(std::slice::from_ref(&c)),
    ] {
        let unfolded = text.replace("\r\n ", "");
        let note = unfolded
            .lines()
            .find(|l| l.starts_with("NOTE:"))
            .expect("a NOTE");
        assert!(note.contains("Ask for Ana"), "{note}");
        assert!(note.contains("Hours: Mon–Fri 9–5"), "{note}");
        assert!(note.contains("Counties served: Doña Ana"), "{note}");
        assert!(note.contains("Cost: Free"), "{note}");
        // Read back, the notes are the notes.
        assert_eq!(vcard::read(text.as_bytes()).contacts, vec![c.clone()]);
    }
    assert!(vcard::write_v3(std::slice::from_ref(&c)).contains("VERSION:3.0"));
}
