//! Open Referral HSDS CSV packages (versions 1.1 and 3.0): a folder with `datapackage.json` and
//! one CSV file per table, or a .zip of one.
//!
//! Reading turns each organization into one contact, gathering what belongs to it through its
//! services and locations: phones, the first physical address, languages, service areas (New
//! Mexico county names become counties; other areas go to the notes), opening hours, service
//! names as service tags, and the newest `assured_date` as the verification date. Table and
//! column names of both versions are accepted (`physical_addresses` / `addresses`,
//! `services_at_location` / `service_at_location`, `url` / `website`, `regular_schedules` /
//! `schedules`).
//!
//! HSDS 3.0 JSON (a service, an organization, a list or a page of them) is read through the
//! same tables (`json.rs`). What the app has no field for is kept in the notes with its name
//! ("Eligibility: …") or, when it has no place at all, named in the import's report.
//!
//! Writing (`write.rs`) produces a package that validates against the official HSDS 3.0
//! schema, and reading it back gives every field the app has.

use super::{
    ImportError, Imported, MAX_IMPORT_BYTES, ProblemPlace, ProblemReason, RowProblem, decode_text,
};

mod json;
mod report;
mod write;

use crate::core::directory::check::{Check, Finding, Method, OldValue};
use crate::core::directory::contact::{Contact, Cost, Phone, PhoneKind, canonical_county};
use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::Path;
pub use write::{write_folder, write_zip};

use json::Table;
use report::{Tally, report};

/// Refuses a package whose files add up to more than [`MAX_IMPORT_BYTES`].
fn within_budget(path: &Path, total: u64) -> Result<(), ImportError> {
    if total > MAX_IMPORT_BYTES {
        Err(ImportError::TooLarge {
            path: path.to_path_buf(),
            size: total,
            limit: MAX_IMPORT_BYTES,
        })
    } else {
        Ok(())
    }
}

/// The files of a package, by lower-case file name (and tables already read from JSON).
struct Package {
    files: HashMap<String, Vec<u8>>,
    tables: HashMap<String, Table>,
}

impl Package {
    fn from_folder(folder: &Path) -> Result<Package, ImportError> {
        let io = |error| ImportError::Io {
            path: folder.to_path_buf(),
            error,
        };
        let mut files = HashMap::new();
        let mut total = 0u64;
        for entry in std::fs::read_dir(folder).map_err(io)? {
            let path = entry.map_err(io)?.path();
            let is_table = path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("csv") || e.eq_ignore_ascii_case("json"));
            if !is_table || !path.is_file() {
                continue;
            }
            let bytes = super::read_limited(&path)?;
            total += bytes.len() as u64;
            within_budget(folder, total)?;
            if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
                files.insert(name.to_ascii_lowercase(), bytes);
            }
        }
        Ok(Package {
            files,
            tables: HashMap::new(),
        })
    }

    fn from_zip(path: &Path, bytes: &[u8]) -> Result<Package, ImportError> {
        let bad = |what: String| ImportError::Format {
            what: format!("{}: {what}", path.display()),
        };
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| {
            bad(format!(
                "this is not a .zip file Rights Desk can open (it may be damaged, or not \
                     finished downloading): download or export the package again, or import \
                     the folder holding datapackage.json instead (details: {e})"
            ))
        })?;
        let mut files = HashMap::new();
        let mut total = 0u64;
        for i in 0..archive.len() {
            let mut entry = archive.by_index(i).map_err(|e| {
                bad(format!(
                    "file {} inside the .zip cannot be read: the package is damaged; \
                         download or export it again (details: {e})",
                    i + 1
                ))
            })?;
            if !entry.is_file() {
                continue;
            }
            let full = entry
                .name()
                .map_err(|e| bad(format!("entry {i} has an unreadable name ({e})")))?
                .into_owned();
            let name = full
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase();
            let ext = Path::new(&name).extension().and_then(|e| e.to_str());
            if !ext.is_some_and(|e| e.eq_ignore_ascii_case("csv") || e.eq_ignore_ascii_case("json"))
            {
                continue;
            }
            // Never trust the declared size: read at most what is left of the budget.
            let mut data = Vec::new();
            let budget = MAX_IMPORT_BYTES - total;
            (&mut entry)
                .take(budget + 1)
                .read_to_end(&mut data)
                .map_err(|e| {
                    bad(format!(
                        "{name} inside the .zip cannot be unpacked: the package is damaged; \
                         download or export it again (details: {e})"
                    ))
                })?;
            total += data.len() as u64;
            if total > MAX_IMPORT_BYTES {
                // Read only up to the limit: its real size is not known, and not said.
                return Err(ImportError::TooLargeUnpacked {
                    path: path.to_path_buf(),
                    limit: MAX_IMPORT_BYTES,
                });
            }
            files.insert(name, data);
        }
        Ok(Package {
            files,
            tables: HashMap::new(),
        })
    }

    /// An HSDS JSON document, as tables.
    fn from_json(path: &Path, bytes: &[u8]) -> Result<Package, ImportError> {
        let value: serde_json::Value =
            serde_json::from_str(&decode_text(bytes)).map_err(|e| ImportError::Format {
                what: format!(
                    "{}: this is not HSDS JSON Rights Desk can read (line {}, column {}: {e})",
                    path.display(),
                    e.line(),
                    e.column()
                ),
            })?;
        let hint = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        Ok(Package {
            files: HashMap::new(),
            tables: json::tables(&value, &hint),
        })
    }

    fn has(&self, name: &str) -> bool {
        self.files.contains_key(name) || self.tables.contains_key(name)
    }

    /// Every table of the package, parsed, by file name in order (for the import's report).
    fn all_tables(&self) -> Vec<(String, Table)> {
        let mut names: Vec<&String> = self.files.keys().chain(self.tables.keys()).collect();
        names.sort();
        names.dedup();
        names
            .into_iter()
            .map(|n| (n.clone(), self.table(&[n.as_str()], &mut Vec::new())))
            .collect()
    }

    /// The first of `names` that exists, parsed.
    fn table(&self, names: &[&str], problems: &mut Vec<RowProblem>) -> Table {
        if let Some(t) = names.iter().find_map(|n| self.tables.get(*n)) {
            return t.clone();
        }
        let Some((name, bytes)) = names
            .iter()
            .find_map(|n| self.files.get(*n).map(|b| (*n, b)))
        else {
            return Vec::new();
        };
        parse_table(name, bytes, problems)
    }
}

fn parse_table(name: &str, bytes: &[u8], problems: &mut Vec<RowProblem>) -> Table {
    let text = decode_text(bytes);
    let text = if text.contains('\r') && !text.contains('\n') {
        text.replace('\r', "\n")
    } else {
        text
    };
    let mut reader = ::csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_ascii_lowercase()).collect(),
        Err(e) => {
            problems.push(RowProblem {
                place: ProblemPlace::TableRow {
                    table: name.to_string(),
                    row: 1,
                },
                reason: ProblemReason::HeaderUnreadable(e.to_string()),
            });
            return Vec::new();
        }
    };
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        match record {
            Ok(r) => {
                if r.iter().all(|c| c.trim().is_empty()) {
                    continue;
                }
                rows.push(
                    headers
                        .iter()
                        .cloned()
                        .zip(r.iter().map(|v| v.trim().to_string()))
                        .collect(),
                );
            }
            Err(e) => problems.push(RowProblem {
                place: ProblemPlace::TableRow {
                    table: name.to_string(),
                    row: i + 2,
                },
                reason: ProblemReason::RowUnreadable(e.to_string()),
            }),
        }
    }
    rows
}

fn get<'a>(row: &'a HashMap<String, String>, key: &str) -> &'a str {
    row.get(key).map_or("", String::as_str)
}

/// Reads a package given as (file name, contents) pairs, as found in a folder or a .zip.
#[must_use]
pub fn read_files(files: Vec<(String, Vec<u8>)>, package_name: &str) -> Imported {
    let package = Package {
        files: files
            .into_iter()
            .map(|(n, b)| (n.to_ascii_lowercase(), b))
            .collect(),
        tables: HashMap::new(),
    };
    read_package(&package, package_name)
}

/// Reads a package from a folder, a `datapackage.json` inside one, a .zip file, or an HSDS
/// JSON document.
pub fn read_path(path: &Path) -> Result<Imported, ImportError> {
    let is_json = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let package = if path.is_dir() {
        Package::from_folder(path)?
    } else if path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.eq_ignore_ascii_case("datapackage.json"))
    {
        Package::from_folder(path.parent().unwrap_or_else(|| Path::new(".")))?
    } else if is_json {
        Package::from_json(path, &super::read_limited(path)?)?
    } else {
        let bytes = super::read_limited(path)?;
        if bytes.trim_ascii_start().starts_with(b"{") || bytes.trim_ascii_start().starts_with(b"[")
        {
            Package::from_json(path, &bytes)?
        } else {
            Package::from_zip(path, &bytes)?
        }
    };
    if !package.has("organizations.csv") {
        return Err(ImportError::Format {
            what: format!(
                "{}: no organizations: this is not an Open Referral (HSDS) package",
                path.display()
            ),
        });
    }
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    Ok(read_package(&package, &name))
}

/// A `metadata` value as written (the export writes [`write::EMPTY_VALUE`] for nothing).
fn metadata_value(v: &str) -> &str {
    if v == write::EMPTY_VALUE { "" } else { v }
}

/// The verification checks Rights Desk wrote as `metadata` rows of a contact's services
/// ("check: confirmed"), with the old values of what a check corrected.
fn checks_from_metadata(
    metadata: &[HashMap<String, String>],
    service_ids: &HashSet<&str>,
) -> thin_vec::ThinVec<Check> {
    let mut checks: thin_vec::ThinVec<Check> = thin_vec::ThinVec::new();
    for row in metadata {
        if !service_ids.contains(get(row, "resource_id")) {
            continue;
        }
        let Some(found) = get(row, "last_action_type")
            .strip_prefix(write::CHECK_ACTION)
            .and_then(Finding::parse)
        else {
            continue;
        };
        let Ok(on) = get(row, "last_action_date").parse::<jiff::civil::Date>() else {
            continue;
        };
        let who = metadata_value(get(row, "updated_by"));
        let (volunteer, by) = match who.strip_suffix(')').and_then(|w| w.rsplit_once(" (")) {
            Some((volunteer, by)) => (volunteer, by),
            None if who.contains('@') => ("", who),
            None => (who, ""),
        };
        let field = get(row, "field_name");
        // Packages written before the schema's required columns were filled leave it empty.
        if field.is_empty() || field == write::CHECK_FIELD {
            let said = metadata_value(get(row, "replacement_value"));
            let (method, note) = said.split_once(": ").unwrap_or((said, ""));
            let check = Check {
                on,
                at: None,
                by: by.into(),
                volunteer: volunteer.into(),
                method: Method::parse(method).unwrap_or(Method::NotRecorded),
                found,
                old_values: thin_vec::ThinVec::new(),
                note: note.to_string(),
            };
            if !checks.contains(&check) {
                checks.push(check);
            }
        } else if let Some(check) = checks
            .iter_mut()
            .rev()
            .find(|k| k.on == on && k.found == found)
        {
            check.old_values.push(OldValue {
                field: field.into(),
                was: metadata_value(get(row, "previous_value")).to_string(),
            });
        }
    }
    checks.sort_by(|x, y| x.sort_key().cmp(&y.sort_key()));
    checks
}

/// Day names for HSDS 1.1's `weekday` numbers (1 is Monday) and 3.0's `byday` codes.
fn day_name(day: &str) -> String {
    let name = match day.trim().to_ascii_uppercase().as_str() {
        "1" | "MO" | "MONDAY" => "Monday",
        "2" | "TU" | "TUESDAY" => "Tuesday",
        "3" | "WE" | "WEDNESDAY" => "Wednesday",
        "4" | "TH" | "THURSDAY" => "Thursday",
        "5" | "FR" | "FRIDAY" => "Friday",
        "6" | "SA" | "SATURDAY" => "Saturday",
        "7" | "0" | "SU" | "SUNDAY" => "Sunday",
        _ => return day.trim().to_string(),
    };
    name.to_string()
}

/// A time as people read it ("10:00" for "10:00:00").
fn short_time(t: &str) -> &str {
    t.strip_suffix(":00").filter(|s| s.len() == 5).unwrap_or(t)
}

#[allow(
    clippy::too_many_lines,
    reason = "one pass over the tables of a package"
)]
fn read_package(p: &Package, package_name: &str) -> Imported {
    let mut problems = Vec::new();
    let organizations = p.table(&["organizations.csv"], &mut problems);
    let services = p.table(&["services.csv"], &mut problems);
    let locations = p.table(&["locations.csv"], &mut problems);
    let links = p.table(
        &["service_at_location.csv", "services_at_location.csv"],
        &mut problems,
    );
    let addresses = p.table(&["addresses.csv", "physical_addresses.csv"], &mut problems);
    let phones = p.table(&["phones.csv"], &mut problems);
    let languages = p.table(&["languages.csv"], &mut problems);
    let areas = p.table(&["service_areas.csv"], &mut problems);
    let schedules = p.table(&["schedules.csv", "regular_schedules.csv"], &mut problems);
    let metadata = p.table(&["metadata.csv"], &mut problems);
    let cost_options = p.table(&["cost_options.csv"], &mut problems);
    let people = p.table(&["contacts.csv"], &mut problems);
    let documents = p.table(&["required_documents.csv"], &mut problems);
    let accessibility = p.table(
        &["accessibility.csv", "accessibility_for_disabilities.csv"],
        &mut problems,
    );
    // HSDS 1.1 keeps eligibility in a table of its own.
    let eligibility = p.table(&["eligibility.csv"], &mut problems);
    let identifiers = p.table(&["organization_identifiers.csv"], &mut problems);
    let attributes = p.table(&["attributes.csv"], &mut problems);
    let terms = p.table(&["taxonomy_terms.csv"], &mut problems);
    let taxonomies = p.table(&["taxonomies.csv"], &mut problems);

    // Rights Desk's own terms: those of its taxonomy.
    let ours: HashSet<&str> = taxonomies
        .iter()
        .filter(|t| get(t, "name") == write::TAXONOMY)
        .map(|t| get(t, "id"))
        .collect();
    let term_names: HashMap<&str, (&str, bool)> = terms
        .iter()
        .map(|t| {
            let own = ours.contains(get(t, "taxonomy_id")) || get(t, "taxonomy") == write::TAXONOMY;
            (get(t, "id"), (get(t, "name"), own))
        })
        .collect();
    let mut foreign = std::collections::BTreeSet::new();
    // Another taxonomy's terms (service types and the like) have no place in a contact.
    if term_names
        .values()
        .any(|(name, own)| !own && !name.is_empty())
    {
        foreign.insert("taxonomy_terms.name".to_string());
    }
    let mut tally = Tally::default();

    let mut contacts = Vec::new();
    for (i, org) in organizations.iter().enumerate() {
        let org_id = get(org, "id");
        let name = get(org, "name");
        if name.is_empty() {
            problems.push(RowProblem {
                place: ProblemPlace::TableRow {
                    table: "organizations.csv".into(),
                    row: i + 2,
                },
                reason: ProblemReason::NoName,
            });
            continue;
        }
        let mut notes: Vec<String> = Vec::new();
        let mut own_notes = String::new();
        let mut c = Contact {
            name: name.into(),
            description: get(org, "description").into(),
            email: get(org, "email").into(),
            website: [get(org, "website"), get(org, "url")]
                .into_iter()
                .find(|s| !s.is_empty())
                .unwrap_or_default()
                .into(),
            source: format!("Imported from the Open Referral (HSDS) package {package_name}").into(),
            ..Contact::default()
        };
        tally.note(
            &mut notes,
            "organizations",
            "alternate_name",
            "Also known as",
            get(org, "alternate_name"),
        );
        // Rights Desk's own id, category and the fields HSDS has no column for.
        let mut address_parts: HashMap<&str, String> = HashMap::new();
        let mut generated_description = false;
        // A package Rights Desk wrote says where its contacts came from itself.
        let mut written_by_us = false;
        let mut said_source = false;
        for id in identifiers
            .iter()
            .filter(|r| get(r, "organization_id") == org_id && !org_id.is_empty())
        {
            if get(id, "identifier_type") == write::ID_TYPE {
                c.id = get(id, "identifier").into();
                written_by_us = true;
            } else if !get(id, "identifier").is_empty() {
                foreign.insert("organization_identifiers.identifier".to_string());
            }
        }
        for a in attributes
            .iter()
            .filter(|r| get(r, "link_id") == org_id && !org_id.is_empty())
        {
            let Some((term, own)) = term_names.get(get(a, "taxonomy_term_id")) else {
                continue;
            };
            if !own {
                foreign.insert("taxonomy_terms.name".to_string());
                continue;
            }
            let value = get(a, "value");
            written_by_us = true;
            if let Some(key) = term.strip_prefix(write::CATEGORY_TERM) {
                if let Some(category) = crate::core::directory::contact::Category::parse(key) {
                    c.category = category;
                }
            } else if let Some(part) = term.strip_prefix(write::ADDRESS_TERM) {
                address_parts.insert(part, value.to_string());
            } else if let Some(rest) = term.strip_prefix(write::TRANSLATION_TERM) {
                if let Some((lang, field)) = rest.split_once(':') {
                    let at = c
                        .translations
                        .iter()
                        .position(|t| t.lang == lang)
                        .unwrap_or_else(|| {
                            c.translations.push(
                                crate::core::directory::contact::ContactTranslation {
                                    lang: lang.into(),
                                    ..Default::default()
                                },
                            );
                            c.translations.len() - 1
                        });
                    let tr = &mut c.translations[at];
                    match field {
                        "description" => tr.description = value.into(),
                        "hours" => tr.hours = value.into(),
                        "caveat" => tr.caveat = value.into(),
                        _ => {}
                    }
                }
            } else {
                match *term {
                    "notes" => own_notes = value.to_string(),
                    "source" => {
                        c.source = value.into();
                        said_source = true;
                    }
                    "caveat" => c.caveat = value.into(),
                    "own" => c.own = value == "yes",
                    "email-as-written" => c.email = value.into(),
                    "description-generated" => generated_description = value == "yes",
                    _ => {}
                }
            }
        }
        if written_by_us && !said_source {
            c.source = crate::core::basics::sparse_text::SparseText::default();
        }
        if generated_description {
            c.description = crate::core::basics::sparse_text::SparseText::default();
        }
        let my_services: Vec<&HashMap<String, String>> = services
            .iter()
            .filter(|s| !org_id.is_empty() && get(s, "organization_id") == org_id)
            .collect();
        let service_ids: HashSet<&str> = my_services.iter().map(|s| get(s, "id")).collect();
        let mut location_ids: Vec<&str> = locations
            .iter()
            .filter(|l| !org_id.is_empty() && get(l, "organization_id") == org_id)
            .map(|l| get(l, "id"))
            .collect();
        let mut link_ids: HashSet<&str> = HashSet::new();
        for link in &links {
            if service_ids.contains(get(link, "service_id")) {
                link_ids.insert(get(link, "id"));
                tally.note(
                    &mut notes,
                    "service_at_location",
                    "description",
                    "At this location",
                    get(link, "description"),
                );
                let l = get(link, "location_id");
                if !l.is_empty() && !location_ids.contains(&l) {
                    location_ids.push(l);
                }
            }
        }
        // Contact people and phones of the organization, for what hangs on them.
        let linked = |r: &HashMap<String, String>| {
            (!org_id.is_empty() && get(r, "organization_id") == org_id)
                || service_ids.contains(get(r, "service_id"))
                || location_ids.contains(&get(r, "location_id"))
                || link_ids.contains(get(r, "service_at_location_id"))
        };
        let ids_of = |rows: &[HashMap<String, String>],
                      also: &dyn Fn(&HashMap<String, String>) -> bool|
         -> HashSet<String> {
            rows.iter()
                .filter(|r| linked(r) || also(r))
                .map(|r| get(r, "id").to_string())
                .filter(|id| !id.is_empty())
                .collect()
        };
        let people_ids = ids_of(&people, &|_| false);
        let phone_ids = ids_of(&phones, &|r| people_ids.contains(get(r, "contact_id")));
        let belongs = |row: &HashMap<String, String>| {
            linked(row)
                || people_ids.contains(get(row, "contact_id"))
                || phone_ids.contains(get(row, "phone_id"))
        };
        for s in &my_services {
            let sname = get(s, "name");
            if !sname.is_empty() && sname != c.name && !c.services.iter().any(|x| x == sname) {
                c.services.push(sname.into());
            }
            if c.email.is_empty() {
                c.email = get(s, "email").into();
            }
            if c.website.is_empty() {
                c.website = get(s, "url").into();
            }
            if let Ok(d) = get(s, "assured_date").parse::<jiff::civil::Date>() {
                c.verified_on = Some(c.verified_on.map_or(d, |old| old.max(d)));
            }
            let description = get(s, "description");
            if c.description.is_empty() {
                c.description = description.into();
            } else if description.trim() != c.description.trim() {
                tally.note(
                    &mut notes,
                    "services",
                    "description",
                    &format!("Service ({sname})"),
                    description,
                );
            }
            let fees = get(s, "fees_description");
            let cost = match fees.to_ascii_lowercase().as_str() {
                "free" => Cost::Free,
                "sliding scale" => Cost::SlidingScale,
                "fee" => Cost::Fee,
                _ => {
                    tally.note(&mut notes, "services", "fees_description", "Fees", fees);
                    Cost::Unknown
                }
            };
            if c.cost == Cost::Unknown {
                c.cost = cost;
            }
            if c.caveat.is_empty() {
                c.caveat = get(s, "alert").into();
            } else {
                tally.note(&mut notes, "services", "alert", "Alert", get(s, "alert"));
            }
            tally.note(
                &mut notes,
                "services",
                "alternate_name",
                "Also known as",
                get(s, "alternate_name"),
            );
            tally.note(
                &mut notes,
                "services",
                "eligibility_description",
                "Eligibility",
                get(s, "eligibility_description"),
            );
            tally.note(
                &mut notes,
                "services",
                "application_process",
                "How to apply",
                get(s, "application_process"),
            );
            tally.note(
                &mut notes,
                "services",
                "interpretation_services",
                "Interpretation",
                get(s, "interpretation_services"),
            );
            tally.note(&mut notes, "services", "fees", "Fees", get(s, "fees"));
            tally.note(
                &mut notes,
                "services",
                "wait_time",
                "Wait time",
                get(s, "wait_time"),
            );
            tally.note(
                &mut notes,
                "services",
                "accreditations",
                "Accreditations",
                get(s, "accreditations"),
            );
            tally.note(
                &mut notes,
                "services",
                "licenses",
                "Licenses",
                get(s, "licenses"),
            );
            let ages = match (get(s, "minimum_age"), get(s, "maximum_age")) {
                ("", "") => String::new(),
                (lo, "") => format!("{lo} and over"),
                ("", hi) => format!("up to {hi}"),
                (lo, hi) => format!("{lo}–{hi}"),
            };
            if !ages.is_empty() {
                tally.note(&mut notes, "services", "minimum_age", "Ages", &ages);
                if !get(s, "maximum_age").is_empty() {
                    tally.noted.insert("services.maximum_age".into());
                }
            }
        }
        for o in cost_options
            .iter()
            .filter(|r| service_ids.contains(get(r, "service_id")))
        {
            let option = get(o, "option");
            let known = match option.to_ascii_lowercase().as_str() {
                "free" => Some(Cost::Free),
                "sliding scale" => Some(Cost::SlidingScale),
                "fee" => Some(Cost::Fee),
                _ => None,
            };
            let amount = get(o, "amount");
            match known {
                Some(cost) if amount.is_empty() => c.cost = cost,
                _ => {
                    if c.cost == Cost::Unknown {
                        c.cost = match amount.parse::<f64>() {
                            Ok(0.0) => Cost::Free,
                            Ok(_) => Cost::Fee,
                            Err(_) => Cost::Unknown,
                        };
                    }
                    let said: Vec<&str> = [
                        option,
                        amount,
                        get(o, "currency"),
                        get(o, "amount_description"),
                    ]
                    .into_iter()
                    .filter(|x| !x.is_empty())
                    .collect();
                    tally.note(
                        &mut notes,
                        "cost_options",
                        "option",
                        "Cost",
                        &said.join(" "),
                    );
                }
            }
        }
        for ph in phones.iter().filter(|r| belongs(r)) {
            let number = get(ph, "number").trim_matches(|ch: char| ch == '"' || ch.is_whitespace());
            if number.is_empty() || c.phones.len() >= 16 {
                continue;
            }
            let kind = match get(ph, "type").to_ascii_lowercase().as_str() {
                "fax" => PhoneKind::Fax,
                "text" | "sms" => PhoneKind::Text,
                "hotline" => PhoneKind::Hotline,
                _ => PhoneKind::Voice,
            };
            let ext = get(ph, "extension");
            let number = if ext.is_empty() {
                number.to_string()
            } else {
                format!("{number} ext. {ext}")
            };
            if !c.phones.iter().any(|p| p.number == number) {
                c.phones.push(Phone {
                    number: number.into(),
                    kind,
                    label: get(ph, "description").into(),
                });
            }
        }
        for person in people.iter().filter(|r| belongs(r)) {
            let said: Vec<&str> = [
                get(person, "name"),
                get(person, "title"),
                get(person, "department"),
                get(person, "email"),
            ]
            .into_iter()
            .filter(|x| !x.is_empty())
            .collect();
            tally.note(
                &mut notes,
                "contacts",
                "name",
                "Contact person",
                &said.join(", "),
            );
        }
        for e in eligibility
            .iter()
            .filter(|r| service_ids.contains(get(r, "service_id")))
        {
            tally.note(
                &mut notes,
                "eligibility",
                "eligibility",
                "Eligibility",
                get(e, "eligibility"),
            );
        }
        for d in documents
            .iter()
            .filter(|r| service_ids.contains(get(r, "service_id")))
        {
            tally.note(
                &mut notes,
                "required_documents",
                "document",
                "Required documents",
                get(d, "document"),
            );
        }
        for a in accessibility
            .iter()
            .filter(|r| location_ids.contains(&get(r, "location_id")))
        {
            let said: Vec<&str> = [
                get(a, "description"),
                get(a, "accessibility"),
                get(a, "details"),
            ]
            .into_iter()
            .filter(|x| !x.is_empty())
            .collect();
            tally.note(
                &mut notes,
                "accessibility",
                "description",
                "Accessibility",
                &said.join(" "),
            );
        }
        let mut my_addresses: Vec<&HashMap<String, String>> = addresses
            .iter()
            .filter(|a| location_ids.contains(&get(a, "location_id")))
            .collect();
        // Physical addresses first (3.0 has an address_type; 1.1 files are all physical).
        my_addresses.sort_by_key(|a| get(a, "address_type") == "postal");
        if let Some(a) = my_addresses.first() {
            c.address.street = [get(a, "address_1"), get(a, "address_2")]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
                .into();
            c.address.city = get(a, "city").into();
            c.address.state = get(a, "state_province").into();
            c.address.zip = get(a, "postal_code").into();
            let country = get(a, "country");
            if !matches!(country.to_ascii_uppercase().as_str(), "" | "US" | "USA") {
                tally.note(&mut notes, "addresses", "country", "Country", country);
            }
        } else if !address_parts.is_empty() {
            let part = |k: &str| address_parts.get(k).cloned().unwrap_or_default();
            c.address.street = part("street").into();
            c.address.city = part("city").into();
            c.address.state = part("state").into();
            c.address.zip = part("zip").into();
        }
        for l in locations
            .iter()
            .filter(|l| location_ids.contains(&get(l, "id")))
        {
            let lname = get(l, "name");
            if lname != c.name {
                tally.note(&mut notes, "locations", "name", "Location", lname);
            }
            if address_parts.is_empty() {
                tally.note(
                    &mut notes,
                    "locations",
                    "description",
                    "Location",
                    get(l, "description"),
                );
            }
            tally.note(
                &mut notes,
                "locations",
                "transportation",
                "Getting there",
                get(l, "transportation"),
            );
        }
        for l in languages.iter().filter(|r| belongs(r)) {
            let raw = [get(l, "code"), get(l, "language"), get(l, "name")]
                .into_iter()
                .find(|s| !s.is_empty())
                .unwrap_or_default();
            for lang in raw
                .split([',', ';'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                if !c.languages.iter().any(|x| x.eq_ignore_ascii_case(lang)) {
                    c.languages.push(lang.into());
                }
            }
        }
        let mut other_areas = Vec::new();
        for a in areas
            .iter()
            .filter(|r| service_ids.contains(get(r, "service_id")))
        {
            let area = [get(a, "name"), get(a, "service_area")]
                .into_iter()
                .find(|s| !s.is_empty())
                .unwrap_or_default();
            match canonical_county(area) {
                Some(county) if !c.counties.iter().any(|x| x == county) => {
                    c.counties.push(county.into());
                }
                None if !area.is_empty() => other_areas.push(area.to_string()),
                _ => {}
            }
            tally.note(
                &mut notes,
                "service_areas",
                "description",
                "Service area",
                get(a, "description"),
            );
        }
        let hours: Vec<String> = schedules
            .iter()
            .filter(|r| belongs(r))
            .filter_map(|s| {
                tally.note(&mut notes, "schedules", "notes", "Hours", get(s, "notes"));
                tally.note(
                    &mut notes,
                    "schedules",
                    "attending_type",
                    "Attending",
                    get(s, "attending_type"),
                );
                let desc = get(s, "description");
                if !desc.is_empty() {
                    return Some(desc.to_string());
                }
                let days: Vec<String> = [get(s, "weekday"), get(s, "byday")]
                    .into_iter()
                    .find(|d| !d.is_empty())
                    .unwrap_or_default()
                    .split(',')
                    .filter(|d| !d.trim().is_empty())
                    .map(day_name)
                    .collect();
                let (opens, closes) = (
                    short_time(get(s, "opens_at")),
                    short_time(get(s, "closes_at")),
                );
                (!opens.is_empty() || !closes.is_empty()).then(|| {
                    format!("{} {opens}–{closes}", days.join(", "))
                        .trim()
                        .to_string()
                })
            })
            .collect();
        let mut seen = HashSet::new();
        c.hours = hours
            .into_iter()
            .filter(|h| seen.insert(h.clone()))
            .take(14)
            .collect::<Vec<_>>()
            .join("; ")
            .into();
        let mut all_notes = Vec::new();
        if !own_notes.is_empty() {
            all_notes.push(own_notes);
        }
        if !other_areas.is_empty() {
            all_notes.push(format!("Service area: {}", other_areas.join(", ")));
        }
        all_notes.extend(notes);
        c.notes = all_notes.join("\n").into();
        c.checks = checks_from_metadata(&metadata, &service_ids);
        if let Some(day) = c.last_verified_in_log() {
            c.verified_on = Some(c.verified_on.map_or(day, |old| old.max(day)));
        }
        contacts.push(c);
    }
    let report = report(&p.all_tables(), tally, &foreign);
    Imported {
        contacts,
        problems,
        unmapped_columns: Vec::new(),
        report,
    }
}
