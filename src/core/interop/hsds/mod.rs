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
//! Writing produces an HSDS 3.0 package with the specification's table and column names:
//! organizations, services (one per service tag, `assured_date` carrying the verified date),
//! locations, addresses, phones, languages, service areas, schedules, and `datapackage.json`.
//! HSDS has no place for a contact's category, notes or source; those do not travel.

use super::{ImportError, Imported, MAX_IMPORT_BYTES, RowProblem, decode_text};

mod write;

use crate::core::directory::check::{Check, Finding, Method, OldValue};
use crate::core::directory::contact::{Contact, Cost, Phone, PhoneKind, canonical_county};
use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::Path;
pub use write::write_folder;

/// One table: rows of (lower-case column name → value).
type Table = Vec<HashMap<String, String>>;

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

/// The files of a package, by lower-case file name.
struct Package {
    files: HashMap<String, Vec<u8>>,
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
        Ok(Package { files })
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
        Ok(Package { files })
    }

    /// The first of `names` that exists, parsed.
    fn table(&self, names: &[&str], problems: &mut Vec<RowProblem>) -> Table {
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
                place: format!("{name} row 1"),
                reason: format!("the header row cannot be read: {e}"),
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
                place: format!("{name} row {}", i + 2),
                reason: format!("cannot be read: {e}"),
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
    };
    read_package(&package, package_name)
}

/// Reads a package from a folder, a `datapackage.json` inside one, or a .zip file.
pub fn read_path(path: &Path) -> Result<Imported, ImportError> {
    let package = if path.is_dir() {
        Package::from_folder(path)?
    } else if path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.eq_ignore_ascii_case("datapackage.json"))
    {
        Package::from_folder(path.parent().unwrap_or_else(|| Path::new(".")))?
    } else {
        let bytes = super::read_limited(path)?;
        Package::from_zip(path, &bytes)?
    };
    if !package.files.contains_key("organizations.csv") {
        return Err(ImportError::Format {
            what: format!(
                "{}: no organizations.csv: this is not an Open Referral (HSDS) package",
                path.display()
            ),
        });
    }
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    Ok(read_package(&package, &name))
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
        let who = get(row, "updated_by");
        let (volunteer, by) = match who.strip_suffix(')').and_then(|w| w.rsplit_once(" (")) {
            Some((volunteer, by)) => (volunteer, by),
            None if who.contains('@') => ("", who),
            None => (who, ""),
        };
        let field = get(row, "field_name");
        if field.is_empty() {
            let said = get(row, "replacement_value");
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
                was: get(row, "previous_value").to_string(),
            });
        }
    }
    checks.sort_by(|x, y| x.sort_key().cmp(&y.sort_key()));
    checks
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

    let mut contacts = Vec::new();
    for (i, org) in organizations.iter().enumerate() {
        let org_id = get(org, "id");
        let name = get(org, "name");
        if name.is_empty() {
            problems.push(RowProblem {
                place: format!("organizations.csv row {}", i + 2),
                reason: "has no name; skipped".into(),
            });
            continue;
        }
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
        for link in &links {
            if service_ids.contains(get(link, "service_id")) {
                let l = get(link, "location_id");
                if !l.is_empty() && !location_ids.contains(&l) {
                    location_ids.push(l);
                }
            }
        }
        let belongs = |row: &HashMap<String, String>| {
            (!org_id.is_empty() && get(row, "organization_id") == org_id)
                || service_ids.contains(get(row, "service_id"))
                || location_ids.contains(&get(row, "location_id"))
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
            if c.cost == Cost::Unknown {
                c.cost = match get(s, "fees_description").to_ascii_lowercase().as_str() {
                    "free" => Cost::Free,
                    "sliding scale" => Cost::SlidingScale,
                    "fee" => Cost::Fee,
                    _ => Cost::Unknown,
                };
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
        }
        if !other_areas.is_empty() {
            c.notes = format!("Service area: {}", other_areas.join(", ")).into();
        }
        let hours: Vec<String> = schedules
            .iter()
            .filter(|r| belongs(r))
            .filter_map(|s| {
                let desc = get(s, "description");
                if !desc.is_empty() {
                    return Some(desc.to_string());
                }
                let day = [get(s, "weekday"), get(s, "byday")]
                    .into_iter()
                    .find(|d| !d.is_empty())
                    .unwrap_or_default();
                let (opens, closes) = (get(s, "opens_at"), get(s, "closes_at"));
                (!opens.is_empty() || !closes.is_empty())
                    .then(|| format!("{day} {opens}–{closes}").trim().to_string())
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
        c.checks = checks_from_metadata(&metadata, &service_ids);
        if let Some(day) = c.last_verified_in_log() {
            c.verified_on = Some(c.verified_on.map_or(day, |old| old.max(day)));
        }
        contacts.push(c);
    }
    Imported {
        contacts,
        problems,
        unmapped_columns: Vec::new(),
    }
}
