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
use crate::core::contact::{Contact, Cost, Phone, PhoneKind, canonical_county};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

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
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
            .map_err(|e| bad(format!("not a readable .zip file ({e})")))?;
        let mut files = HashMap::new();
        let mut total = 0u64;
        for i in 0..archive.len() {
            let mut entry = archive
                .by_index(i)
                .map_err(|e| bad(format!("entry {i} cannot be read ({e})")))?;
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
                .map_err(|e| bad(format!("{name} cannot be unpacked ({e})")))?;
            total += data.len() as u64;
            within_budget(path, total)?;
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
            name: name.to_string(),
            description: get(org, "description").to_string(),
            email: get(org, "email").to_string(),
            website: [get(org, "website"), get(org, "url")]
                .into_iter()
                .find(|s| !s.is_empty())
                .unwrap_or_default()
                .to_string(),
            source: format!("Imported from the Open Referral (HSDS) package {package_name}"),
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
                c.services.push(sname.to_string());
            }
            if c.email.is_empty() {
                c.email = get(s, "email").to_string();
            }
            if c.website.is_empty() {
                c.website = get(s, "url").to_string();
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
                    number,
                    kind,
                    label: get(ph, "description").to_string(),
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
                .join(", ");
            c.address.city = get(a, "city").to_string();
            c.address.state = get(a, "state_province").to_string();
            c.address.zip = get(a, "postal_code").to_string();
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
                    c.languages.push(lang.to_string());
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
                    c.counties.push(county.to_string());
                }
                None if !area.is_empty() => other_areas.push(area.to_string()),
                _ => {}
            }
        }
        if !other_areas.is_empty() {
            c.notes = format!("Service area: {}", other_areas.join(", "));
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
            .join("; ");
        contacts.push(c);
    }
    Imported {
        contacts,
        problems,
        unmapped_columns: Vec::new(),
    }
}

/// A UUID-shaped id derived from `seed`, the same every time (HSDS ids are UUIDs).
fn stable_uuid(seed: &str) -> String {
    use std::hash::{Hash, Hasher};
    let mut a = std::hash::DefaultHasher::new();
    seed.hash(&mut a);
    let mut b = std::hash::DefaultHasher::new();
    (seed, "rights-desk").hash(&mut b);
    let (x, y) = (a.finish(), b.finish());
    format!(
        "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        x >> 32,
        (x >> 16) & 0xffff,
        x & 0xfff,
        (y >> 48) & 0xfff,
        y & 0xffff_ffff_ffff
    )
}

/// The tables written, with the specification's column names (HSDS 3.0).
const TABLES: [(&str, &str, &[&str]); 8] = [
    (
        "organizations",
        "organization",
        &[
            "id",
            "name",
            "alternate_name",
            "description",
            "email",
            "website",
            "tax_status",
            "tax_id",
            "year_incorporated",
            "legal_status",
            "logo",
            "uri",
            "parent_organization_id",
        ],
    ),
    (
        "services",
        "service",
        &[
            "id",
            "organization_id",
            "program_id",
            "name",
            "alternate_name",
            "description",
            "url",
            "email",
            "status",
            "interpretation_services",
            "application_process",
            "fees_description",
            "wait_time",
            "fees",
            "accreditations",
            "eligibility_description",
            "minimum_age",
            "maximum_age",
            "assured_date",
            "assurer_email",
            "licenses",
            "alert",
            "last_modified",
        ],
    ),
    (
        "locations",
        "location",
        &[
            "id",
            "location_type",
            "url",
            "organization_id",
            "name",
            "alternate_name",
            "description",
            "transportation",
            "latitude",
            "longitude",
            "external_identifier",
            "external_identifier_type",
        ],
    ),
    (
        "addresses",
        "address",
        &[
            "id",
            "location_id",
            "attention",
            "address_1",
            "address_2",
            "city",
            "region",
            "state_province",
            "postal_code",
            "country",
            "address_type",
        ],
    ),
    (
        "phones",
        "phone",
        &[
            "id",
            "location_id",
            "service_id",
            "organization_id",
            "contact_id",
            "service_at_location_id",
            "number",
            "extension",
            "type",
            "description",
        ],
    ),
    (
        "languages",
        "language",
        &[
            "id",
            "service_id",
            "location_id",
            "phone_id",
            "name",
            "code",
            "note",
        ],
    ),
    (
        "service_areas",
        "service_area",
        &[
            "id",
            "service_id",
            "name",
            "description",
            "extent",
            "extent_type",
            "uri",
        ],
    ),
    (
        "schedules",
        "schedule",
        &[
            "id",
            "service_id",
            "location_id",
            "service_at_location_id",
            "valid_from",
            "valid_to",
            "dtstart",
            "timezone",
            "until",
            "count",
            "wkst",
            "freq",
            "interval",
            "byday",
            "byweekno",
            "bymonthday",
            "byyearday",
            "description",
            "opens_at",
            "closes_at",
            "schedule_link",
            "attending_type",
            "notes",
        ],
    ),
];

#[allow(
    clippy::too_many_lines,
    reason = "one block per table, in the specification's order"
)]
/// Writes contacts as an HSDS 3.0 package into `folder` (created if needed). Returns the files
/// written.
pub fn write_folder(contacts: &[Contact], folder: &Path) -> Result<Vec<PathBuf>, ImportError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |error| ImportError::Io { path, error }
    };
    std::fs::create_dir_all(folder).map_err(io(folder))?;
    let mut rows: BTreeMap<&str, Vec<HashMap<&str, String>>> = BTreeMap::new();
    for c in contacts {
        let key = if c.id.is_empty() {
            c.name.clone()
        } else {
            c.id.clone()
        };
        let org = stable_uuid(&format!("{key}/organization"));
        rows.entry("organizations")
            .or_default()
            .push(HashMap::from([
                ("id", org.clone()),
                ("name", c.name.clone()),
                ("description", c.description.clone()),
                ("email", c.email.clone()),
                ("website", c.website.clone()),
            ]));
        // One service per tag; without tags, one service named after the organization (read
        // back as no tag) so the verified date and the service details have a home.
        let names: Vec<String> = if c.services.is_empty() {
            vec![c.name.clone()]
        } else {
            c.services.clone()
        };
        let fees = match c.cost {
            Cost::Free => "free",
            Cost::SlidingScale => "sliding scale",
            Cost::Fee => "fee",
            Cost::Unknown => "",
        };
        let first_service = stable_uuid(&format!("{key}/service/0"));
        for (n, name) in names.iter().enumerate() {
            let id = stable_uuid(&format!("{key}/service/{n}"));
            rows.entry("services").or_default().push(HashMap::from([
                ("id", id),
                ("organization_id", org.clone()),
                ("name", name.clone()),
                ("status", "active".to_string()),
                ("fees_description", fees.to_string()),
                (
                    "assured_date",
                    c.verified_on.map(|d| d.to_string()).unwrap_or_default(),
                ),
            ]));
        }
        let location = stable_uuid(&format!("{key}/location"));
        rows.entry("locations").or_default().push(HashMap::from([
            ("id", location.clone()),
            ("location_type", "physical".to_string()),
            ("organization_id", org.clone()),
            ("name", c.name.clone()),
        ]));
        if !c.address.is_empty() {
            rows.entry("addresses").or_default().push(HashMap::from([
                ("id", stable_uuid(&format!("{key}/address"))),
                ("location_id", location.clone()),
                ("address_1", c.address.street.clone()),
                ("city", c.address.city.clone()),
                ("state_province", c.address.state.clone()),
                ("postal_code", c.address.zip.clone()),
                ("country", "US".to_string()),
                ("address_type", "physical".to_string()),
            ]));
        }
        for (n, p) in c.phones.iter().enumerate() {
            let kind = match p.kind {
                PhoneKind::Voice => "voice",
                PhoneKind::Text => "text",
                PhoneKind::Fax => "fax",
                PhoneKind::Hotline => "hotline",
            };
            rows.entry("phones").or_default().push(HashMap::from([
                ("id", stable_uuid(&format!("{key}/phone/{n}"))),
                ("organization_id", org.clone()),
                ("number", p.number.clone()),
                ("type", kind.to_string()),
                ("description", p.label.clone()),
            ]));
        }
        for (n, l) in c.languages.iter().enumerate() {
            rows.entry("languages").or_default().push(HashMap::from([
                ("id", stable_uuid(&format!("{key}/language/{n}"))),
                ("service_id", first_service.clone()),
                ("code", l.clone()),
            ]));
        }
        for (n, county) in c.counties.iter().enumerate() {
            rows.entry("service_areas")
                .or_default()
                .push(HashMap::from([
                    ("id", stable_uuid(&format!("{key}/area/{n}"))),
                    ("service_id", first_service.clone()),
                    ("name", county.clone()),
                ]));
        }
        if !c.hours.is_empty() {
            rows.entry("schedules").or_default().push(HashMap::from([
                ("id", stable_uuid(&format!("{key}/schedule"))),
                ("service_id", first_service.clone()),
                ("description", c.hours.clone()),
            ]));
        }
    }
    let mut written = Vec::new();
    let mut resources = Vec::new();
    for (table, resource, columns) in TABLES {
        let path = folder.join(format!("{table}.csv"));
        let mut w = ::csv::Writer::from_writer(Vec::new());
        let bad = |e: ::csv::Error| ImportError::Format {
            what: format!("could not write {table}.csv: {e}"),
        };
        w.write_record(columns.iter()).map_err(bad)?;
        for row in rows.get(table).map_or(&[][..], Vec::as_slice) {
            w.write_record(
                columns
                    .iter()
                    .map(|col| row.get(col).map_or("", String::as_str)),
            )
            .map_err(bad)?;
        }
        let bytes = w.into_inner().map_err(|e| ImportError::Format {
            what: format!("could not write {table}.csv: {e}"),
        })?;
        std::fs::write(&path, bytes).map_err(io(&path))?;
        written.push(path);
        resources.push(serde_json::json!({
            "name": resource,
            "path": format!("{table}.csv"),
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "profile": "tabular-data-resource",
            "schema": {
                "fields": columns.iter().map(|c| serde_json::json!({"name": c, "type": if *c == "assured_date" { "date" } else { "string" }})).collect::<Vec<_>>(),
                "primaryKey": "id",
            },
        }));
    }
    let package = serde_json::json!({
        "name": "rights-desk-export",
        "title": "Rights Desk contacts",
        "profile": "tabular-data-package",
        "version": "3.0",
        "resources": resources,
    });
    let path = folder.join("datapackage.json");
    let text = serde_json::to_string_pretty(&package).map_err(|e| ImportError::Format {
        what: format!("could not write datapackage.json: {e}"),
    })?;
    let mut f = std::fs::File::create(&path).map_err(io(&path))?;
    f.write_all(text.as_bytes()).map_err(io(&path))?;
    written.push(path);
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_uuid_shaped_and_stable() {
        let a = stable_uuid("x");
        assert_eq!(a, stable_uuid("x"));
        assert_ne!(a, stable_uuid("y"));
        assert_eq!(a.len(), 36);
        assert_eq!(a.matches('-').count(), 4);
    }
}
