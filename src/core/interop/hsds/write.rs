//! Writing an HSDS 3.0 package: organizations, services (one per service tag, `assured_date`
//! carrying the verified date), locations, addresses, phones, languages, service areas,
//! schedules and `datapackage.json`, with the specification's table and column names.

use super::super::ImportError;
use crate::core::directory::contact::{Contact, Cost, PhoneKind};
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};

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
const TABLES: [(&str, &str, &[&str]); 9] = [
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
    (
        "metadata",
        "metadata",
        &[
            "id",
            "resource_id",
            "resource_type",
            "last_action_date",
            "last_action_type",
            "field_name",
            "previous_value",
            "replacement_value",
            "updated_by",
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
                ("name", c.name.to_string()),
                ("description", c.description.to_string()),
                ("email", c.email.to_string()),
                (
                    "website",
                    crate::core::directory::contact::exportable_link(&c.website).to_string(),
                ),
            ]));
        // One service per tag; without tags, one service named after the organization (read
        // back as no tag) so the verified date and the service details have a home.
        let names: Vec<String> = if c.services.is_empty() {
            vec![c.name.to_string()]
        } else {
            c.services.iter().map(ToString::to_string).collect()
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
                ("assurer_email", assurer_email(c)),
            ]));
        }
        checks_as_metadata(c, &key, &first_service, &mut rows);
        let location = stable_uuid(&format!("{key}/location"));
        rows.entry("locations").or_default().push(HashMap::from([
            ("id", location.clone()),
            ("location_type", "physical".to_string()),
            ("organization_id", org.clone()),
            ("name", c.name.to_string()),
        ]));
        if !c.address.is_empty() {
            rows.entry("addresses").or_default().push(HashMap::from([
                ("id", stable_uuid(&format!("{key}/address"))),
                ("location_id", location.clone()),
                ("address_1", c.address.street.to_string()),
                ("city", c.address.city.to_string()),
                ("state_province", c.address.state.to_string()),
                ("postal_code", c.address.zip.to_string()),
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
                ("number", p.number.to_string()),
                ("type", kind.to_string()),
                ("description", p.label.to_string()),
            ]));
        }
        for (n, l) in c.languages.iter().enumerate() {
            rows.entry("languages").or_default().push(HashMap::from([
                ("id", stable_uuid(&format!("{key}/language/{n}"))),
                ("service_id", first_service.clone()),
                ("code", l.to_string()),
            ]));
        }
        for (n, county) in c.counties.iter().enumerate() {
            rows.entry("service_areas")
                .or_default()
                .push(HashMap::from([
                    ("id", stable_uuid(&format!("{key}/area/{n}"))),
                    ("service_id", first_service.clone()),
                    ("name", county.to_string()),
                ]));
        }
        if !c.hours.is_empty() {
            rows.entry("schedules").or_default().push(HashMap::from([
                ("id", stable_uuid(&format!("{key}/schedule"))),
                ("service_id", first_service.clone()),
                ("description", c.hours.to_string()),
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
                "fields": columns.iter().map(|c| serde_json::json!({"name": c, "type": if *c == "assured_date" || *c == "last_action_date" { "date" } else { "string" }})).collect::<Vec<_>>(),
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

/// The email of whoever last confirmed the contact, when the volunteer gave one as their name
/// (a desktop's user@computer is not an email, and no address is invented).
fn assurer_email(c: &Contact) -> String {
    c.checks
        .iter()
        .rev()
        .find(|k| k.found.verifies())
        .map(|k| k.volunteer.trim())
        .filter(|v| {
            v.split_once('@')
                .is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.'))
                && !v.contains(char::is_whitespace)
        })
        .unwrap_or_default()
        .to_string()
}

/// The `last_action_type` of a verification check in `metadata` ("check: no-answer"), read
/// back by the import.
pub(super) const CHECK_ACTION: &str = "check: ";

/// The verification log as HSDS `metadata` rows on the contact's first service: one row per
/// check (the method and note as the replacement value), and one per field a check corrected
/// (with its previous value).
fn checks_as_metadata(
    c: &Contact,
    key: &str,
    service: &str,
    rows: &mut BTreeMap<&'static str, Vec<HashMap<&'static str, String>>>,
) {
    for (n, check) in c.checks.iter().enumerate() {
        let who = if check.volunteer.is_empty() {
            check.by.to_string()
        } else if check.by.is_empty() {
            check.volunteer.to_string()
        } else {
            format!("{} ({})", check.volunteer, check.by)
        };
        let base = |m: usize, field: &str, previous: &str, replacement: String| {
            HashMap::from([
                ("id", stable_uuid(&format!("{key}/check/{n}/{m}"))),
                ("resource_id", service.to_string()),
                ("resource_type", "service".to_string()),
                ("last_action_date", check.on.to_string()),
                (
                    "last_action_type",
                    format!("{CHECK_ACTION}{}", check.found.key()),
                ),
                ("field_name", field.to_string()),
                ("previous_value", previous.to_string()),
                ("replacement_value", replacement),
                ("updated_by", who.clone()),
            ])
        };
        let said = if check.note.is_empty() {
            check.method.key().to_string()
        } else {
            format!("{}: {}", check.method.key(), check.note)
        };
        let table = rows.entry("metadata").or_default();
        table.push(base(0, "", "", said));
        for (m, old) in check.old_values.iter().enumerate() {
            table.push(base(m + 1, &old.field, &old.was, String::new()));
        }
    }
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
