//! Writing an HSDS 3.0 package that validates against the official schema: the
//! specification's own `datapackage.json` (vendored in `assets/hsds/`), every table it lists
//! with exactly its columns, and required fields filled honestly — an address row only when the
//! contact has a whole address, an organization's description said from what is known when the
//! contact has none. What HSDS has no column for (the category, notes, source, the "before you
//! call" line, the office's own numbers, the translations, the contact's id) travels the HSDS
//! way: as attributes whose taxonomy terms belong to a "Rights Desk" taxonomy, and an
//! organization identifier.

use super::super::ImportError;
use crate::core::directory::contact::{Contact, Cost, PhoneKind};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// The HSDS 3.0.0 tabular data package descriptor, as published by Open Referral.
const OFFICIAL_DATAPACKAGE: &str = include_str!("../../../../assets/hsds/datapackage.json");

/// The taxonomy Rights Desk's own terms belong to.
pub(super) const TAXONOMY: &str = "Rights Desk";
/// The organization identifier type carrying a contact's id.
pub(super) const ID_TYPE: &str = "Rights Desk contact id";
/// The term of a category attribute: `category:legal-aid`.
pub(super) const CATEGORY_TERM: &str = "category:";
/// The term of a translated field: `translation:es:description`.
pub(super) const TRANSLATION_TERM: &str = "translation:";
/// The term of one part of an address that lacks some (`address:city`).
pub(super) const ADDRESS_TERM: &str = "address:";
/// The `last_action_type` of a verification check in `metadata` ("check: no-answer"), read
/// back by the import.
pub(super) const CHECK_ACTION: &str = "check: ";
/// A `metadata` value that was empty (the schema requires one).
pub(super) const EMPTY_VALUE: &str = "(empty)";
/// The `field_name` of a check's own `metadata` row.
pub(super) const CHECK_FIELD: &str = "verification";

/// A UUID-shaped id derived from `seed`, the same every time (HSDS ids are UUIDs).
pub(super) fn stable_uuid(seed: &str) -> String {
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

/// One table's rows, by column.
type Rows = Vec<HashMap<&'static str, String>>;

/// The tables being written, by the datapackage's resource name.
#[derive(Default)]
struct Tables {
    rows: BTreeMap<&'static str, Rows>,
    /// The taxonomy terms used, by name (id, description).
    terms: BTreeMap<String, (String, String)>,
}

impl Tables {
    fn push(
        &mut self,
        resource: &'static str,
        row: impl IntoIterator<Item = (&'static str, String)>,
    ) {
        self.rows
            .entry(resource)
            .or_default()
            .push(row.into_iter().filter(|(_, v)| !v.is_empty()).collect());
    }

    /// An attribute of the organization `org` with the term `term` (described by
    /// `description`) and `value`.
    fn attribute(&mut self, key: &str, org: &str, term: &str, description: &str, value: &str) {
        let term_id = self
            .terms
            .entry(term.to_string())
            .or_insert_with(|| {
                (
                    stable_uuid(&format!("rights-desk/term/{term}")),
                    description.to_string(),
                )
            })
            .0
            .clone();
        self.push(
            "attribute",
            [
                ("id", stable_uuid(&format!("{key}/attribute/{term}"))),
                ("link_id", org.to_string()),
                ("taxonomy_term_id", term_id),
                ("link_type", "organization".to_string()),
                ("link_entity", "organization".to_string()),
                ("value", value.to_string()),
            ],
        );
    }
}

/// A web address as HSDS wants it (a URI): with `https://` when it was written without a
/// scheme; nothing for a scheme no export carries.
fn uri(url: &str) -> String {
    let url = crate::core::directory::contact::exportable_link(url).trim();
    if url.is_empty() || crate::core::directory::contact::has_scheme(url) {
        url.to_string()
    } else {
        format!("https://{url}")
    }
}

/// Whether `email` has the shape an email validator accepts.
pub(super) fn looks_like_email(email: &str) -> bool {
    let email = email.trim();
    !email.contains(char::is_whitespace)
        && email.split_once('@').is_some_and(|(user, domain)| {
            !user.is_empty()
                && !domain.contains('@')
                && domain.split('.').count() >= 2
                && domain.split('.').all(|p| !p.is_empty())
        })
}

/// What an organization's description says when the contact has none: what is known.
fn known_description(c: &Contact) -> String {
    let mut s = format!("{}: {}", c.name, c.category.label());
    if !c.counties.is_empty() {
        let counties: Vec<&str> = c.counties.iter().map(AsRef::as_ref).collect();
        s.push_str(&format!("; serves {}", counties.join(", ")));
    }
    s.push_str(" (no description recorded in Rights Desk)");
    s
}

/// The one-line "City: …; State: …" a location describes an incomplete address with.
pub(super) fn address_line(c: &Contact) -> String {
    [
        ("Street", c.address.street.as_str()),
        ("City", c.address.city.as_str()),
        ("State", c.address.state.as_str()),
        ("ZIP", c.address.zip.as_str()),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .map(|(k, v)| format!("{k}: {v}"))
    .collect::<Vec<_>>()
    .join("; ")
}

/// The word a service's cost option says.
pub(super) fn cost_word(cost: Cost) -> &'static str {
    match cost {
        Cost::Free => "free",
        Cost::SlidingScale => "sliding scale",
        Cost::Fee => "fee",
        Cost::Unknown => "",
    }
}

#[allow(
    clippy::too_many_lines,
    reason = "one block per table, in the specification's order"
)]
fn contact_rows(c: &Contact, t: &mut Tables) {
    let key = if c.id.is_empty() {
        c.name.to_string()
    } else {
        c.id.to_string()
    };
    let org = stable_uuid(&format!("{key}/organization"));
    let (email, odd_email) = if c.email.is_empty() || looks_like_email(&c.email) {
        (c.email.to_string(), String::new())
    } else {
        (String::new(), c.email.to_string())
    };
    t.push(
        "organization",
        [
            ("id", org.clone()),
            ("name", c.name.to_string()),
            (
                "description",
                if c.description.is_empty() {
                    known_description(c)
                } else {
                    c.description.to_string()
                },
            ),
            ("email", email),
            ("website", uri(&c.website)),
        ],
    );
    if !c.id.is_empty() {
        t.push(
            "organization_identifier",
            [
                ("id", stable_uuid(&format!("{key}/identifier"))),
                ("organization_id", org.clone()),
                ("identifier_scheme", "rights-desk".to_string()),
                ("identifier_type", ID_TYPE.to_string()),
                ("identifier", c.id.to_string()),
            ],
        );
    }
    // One service per tag; without tags, one service named after the organization (read back
    // as no tag) so the verified date and the service details have a home.
    let names: Vec<String> = if c.services.is_empty() {
        vec![c.name.to_string()]
    } else {
        c.services.iter().map(ToString::to_string).collect()
    };
    let service_ids: Vec<String> = (0..names.len())
        .map(|n| stable_uuid(&format!("{key}/service/{n}")))
        .collect();
    let first_service = service_ids[0].clone();
    for (id, name) in service_ids.iter().zip(&names) {
        t.push(
            "service",
            [
                ("id", id.clone()),
                ("organization_id", org.clone()),
                ("name", name.clone()),
                ("status", "active".to_string()),
                (
                    "assured_date",
                    c.verified_on.map(|d| d.to_string()).unwrap_or_default(),
                ),
                ("assurer_email", assurer_email(c)),
            ],
        );
    }
    if c.cost != Cost::Unknown {
        t.push(
            "cost_option",
            [
                ("id", stable_uuid(&format!("{key}/cost"))),
                ("service_id", first_service.clone()),
                ("option", cost_word(c.cost).to_string()),
            ],
        );
    }
    checks_as_metadata(c, &key, &first_service, t);
    if !c.address.is_empty() {
        let location = stable_uuid(&format!("{key}/location"));
        let a = &c.address;
        let whole = [&a.street, &a.city, &a.state, &a.zip]
            .iter()
            .all(|f| !f.trim().is_empty());
        t.push(
            "location",
            [
                ("id", location.clone()),
                ("location_type", "physical".to_string()),
                ("organization_id", org.clone()),
                ("name", c.name.to_string()),
                (
                    "description",
                    if whole {
                        String::new()
                    } else {
                        address_line(c)
                    },
                ),
            ],
        );
        if whole {
            t.push(
                "address",
                [
                    ("id", stable_uuid(&format!("{key}/address"))),
                    ("location_id", location.clone()),
                    ("address_1", a.street.to_string()),
                    ("city", a.city.to_string()),
                    ("state_province", a.state.to_string()),
                    ("postal_code", a.zip.to_string()),
                    ("country", "US".to_string()),
                    ("address_type", "physical".to_string()),
                ],
            );
        }
        if !whole {
            // Exactly, for the way back (the description is for people).
            for (field, value) in [
                ("street", &a.street),
                ("city", &a.city),
                ("state", &a.state),
                ("zip", &a.zip),
            ] {
                if !value.is_empty() {
                    t.attribute(
                        &key,
                        &org,
                        &format!("{ADDRESS_TERM}{field}"),
                        &format!("Rights Desk: the {field} of an address without all its parts"),
                        value,
                    );
                }
            }
        }
        for (n, service) in service_ids.iter().enumerate() {
            t.push(
                "service_at_location",
                [
                    ("id", stable_uuid(&format!("{key}/service_at_location/{n}"))),
                    ("service_id", service.clone()),
                    ("location_id", location.clone()),
                ],
            );
        }
    }
    for (n, p) in c.phones.iter().enumerate() {
        let kind = match p.kind {
            PhoneKind::Voice => "voice",
            PhoneKind::Text => "text",
            PhoneKind::Fax => "fax",
            PhoneKind::Hotline => "hotline",
        };
        t.push(
            "phone",
            [
                ("id", stable_uuid(&format!("{key}/phone/{n}"))),
                ("organization_id", org.clone()),
                ("number", p.number.to_string()),
                ("type", kind.to_string()),
                ("description", p.label.to_string()),
            ],
        );
    }
    for (n, l) in c.languages.iter().enumerate() {
        t.push(
            "language",
            [
                ("id", stable_uuid(&format!("{key}/language/{n}"))),
                ("service_id", first_service.clone()),
                ("code", l.to_string()),
            ],
        );
    }
    for (n, county) in c.counties.iter().enumerate() {
        t.push(
            "service_area",
            [
                ("id", stable_uuid(&format!("{key}/area/{n}"))),
                ("service_id", first_service.clone()),
                ("name", county.to_string()),
            ],
        );
    }
    if !c.hours.is_empty() {
        t.push(
            "schedule",
            [
                ("id", stable_uuid(&format!("{key}/schedule"))),
                ("service_id", first_service.clone()),
                ("description", c.hours.to_string()),
            ],
        );
    }
    // What HSDS has no column for, as attributes of the organization.
    let category = format!("{CATEGORY_TERM}{}", c.category.key());
    t.attribute(
        &key,
        &org,
        &category,
        &format!("Rights Desk category: {}", c.category.label()),
        "",
    );
    for (term, description, value) in [
        (
            "notes",
            "Rights Desk: the office's notes",
            c.notes.to_string(),
        ),
        (
            "source",
            "Rights Desk: where the information came from",
            c.source.to_string(),
        ),
        (
            "caveat",
            "Rights Desk: what to know before calling",
            c.caveat.to_string(),
        ),
        (
            "own",
            "Rights Desk: the office's own entry",
            if c.own {
                "yes".to_string()
            } else {
                String::new()
            },
        ),
        (
            "email-as-written",
            "Rights Desk: an email as written, not an address",
            odd_email,
        ),
        (
            "description-generated",
            "Rights Desk: the organization's description was written by the export from what is known",
            if c.description.is_empty() {
                "yes".to_string()
            } else {
                String::new()
            },
        ),
    ] {
        if !value.is_empty() {
            t.attribute(&key, &org, term, description, &value);
        }
    }
    for tr in &c.translations {
        for (field, value) in [
            ("description", &tr.description),
            ("hours", &tr.hours),
            ("caveat", &tr.caveat),
        ] {
            if !value.is_empty() {
                let term = format!("{TRANSLATION_TERM}{}:{field}", tr.lang);
                t.attribute(
                    &key,
                    &org,
                    &term,
                    &format!("Rights Desk: the {field} in {}", tr.lang),
                    value,
                );
            }
        }
    }
}

/// Writes contacts as an HSDS 3.0 package into `folder` (created if needed): every table of
/// the official datapackage, and the datapackage itself. Returns the files written.
pub fn write_folder(contacts: &[Contact], folder: &Path) -> Result<Vec<PathBuf>, ImportError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |error| ImportError::Io { path, error }
    };
    std::fs::create_dir_all(folder).map_err(io(folder))?;
    let mut t = Tables::default();
    for c in contacts {
        contact_rows(c, &mut t);
    }
    if !t.terms.is_empty() {
        let taxonomy = stable_uuid("rights-desk/taxonomy");
        t.push(
            "taxonomy",
            [
                ("id", taxonomy.clone()),
                ("name", TAXONOMY.to_string()),
                (
                    "description",
                    "Rights Desk's contact categories and the contact fields HSDS has no \
                     column for"
                        .to_string(),
                ),
            ],
        );
        let terms = std::mem::take(&mut t.terms);
        for (name, (id, description)) in terms {
            t.push(
                "taxonomy_term",
                [
                    ("id", id),
                    ("name", name),
                    ("description", description),
                    ("taxonomy", TAXONOMY.to_string()),
                    ("taxonomy_id", taxonomy.clone()),
                ],
            );
        }
    }
    let package: serde_json::Value =
        serde_json::from_str(OFFICIAL_DATAPACKAGE).map_err(|e| ImportError::Format {
            what: format!("the bundled HSDS datapackage cannot be read: {e}"),
        })?;
    let mut written = Vec::new();
    for resource in package["resources"].as_array().into_iter().flatten() {
        let (Some(name), Some(file)) = (resource["name"].as_str(), resource["path"].as_str())
        else {
            continue;
        };
        let columns: Vec<&str> = resource["schema"]["fields"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f["name"].as_str())
            .collect();
        let bad = |e: &dyn std::fmt::Display| ImportError::Format {
            what: format!("could not write {file}: {e}"),
        };
        let mut w = ::csv::Writer::from_writer(Vec::new());
        w.write_record(&columns).map_err(|e| bad(&e))?;
        for row in t.rows.get(name).map_or(&[][..], Vec::as_slice) {
            w.write_record(
                columns
                    .iter()
                    .map(|col| row.get(col).map_or("", String::as_str)),
            )
            .map_err(|e| bad(&e))?;
        }
        let bytes = w.into_inner().map_err(|e| bad(&e))?;
        let path = folder.join(file);
        std::fs::write(&path, bytes).map_err(io(&path))?;
        written.push(path);
    }
    let path = folder.join("datapackage.json");
    std::fs::write(&path, OFFICIAL_DATAPACKAGE).map_err(io(&path))?;
    written.push(path);
    Ok(written)
}

/// Writes contacts as a zipped HSDS 3.0 package at `path` (the tables and `datapackage.json`
/// at the top of the archive), written whole or not at all.
pub fn write_zip(contacts: &[Contact], path: &Path) -> Result<(), ImportError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |error| ImportError::Io { path, error }
    };
    let folder = crate::core::basics::temp_files::temp_in(
        &crate::core::basics::temp_files::folder_of(path),
        ".rights-desk-hsds",
    );
    let result = (|| {
        let files = write_folder(contacts, &folder)?;
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        let bad = |e: &dyn std::fmt::Display| ImportError::Format {
            what: format!("could not write {}: {e}", path.display()),
        };
        for file in files {
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            zip.start_file(name, options).map_err(|e| bad(&e))?;
            let bytes = std::fs::read(&file).map_err(io(&file))?;
            std::io::Write::write_all(&mut zip, &bytes).map_err(io(path))?;
        }
        let bytes = zip.finish().map_err(|e| bad(&e))?.into_inner();
        crate::core::store::fsio::write_export(path, &bytes).map_err(|e| bad(&e))
    })();
    let _ = std::fs::remove_dir_all(&folder);
    result
}

/// The email of whoever last confirmed the contact, when the volunteer gave one as their name
/// (a desktop's user@computer is not an email, and no address is invented).
fn assurer_email(c: &Contact) -> String {
    c.checks
        .iter()
        .rev()
        .find(|k| k.found.verifies())
        .map(|k| k.volunteer.trim())
        .filter(|v| looks_like_email(v))
        .unwrap_or_default()
        .to_string()
}

/// A `metadata` value: the schema wants one in every column.
fn value_or_empty(v: &str) -> String {
    if v.is_empty() {
        EMPTY_VALUE.to_string()
    } else {
        v.to_string()
    }
}

/// The verification log as HSDS `metadata` rows on the contact's first service: one row per
/// check (the method and note as the replacement value), and one per field a check corrected
/// (with its previous value).
fn checks_as_metadata(c: &Contact, key: &str, service: &str, t: &mut Tables) {
    for (n, check) in c.checks.iter().enumerate() {
        let who = if check.volunteer.is_empty() {
            check.by.to_string()
        } else if check.by.is_empty() {
            check.volunteer.to_string()
        } else {
            format!("{} ({})", check.volunteer, check.by)
        };
        let base = |m: usize, field: &str, previous: &str, replacement: &str| {
            [
                ("id", stable_uuid(&format!("{key}/check/{n}/{m}"))),
                ("resource_id", service.to_string()),
                ("resource_type", "service".to_string()),
                ("last_action_date", check.on.to_string()),
                (
                    "last_action_type",
                    format!("{CHECK_ACTION}{}", check.found.key()),
                ),
                ("field_name", field.to_string()),
                ("previous_value", value_or_empty(previous)),
                ("replacement_value", value_or_empty(replacement)),
                ("updated_by", value_or_empty(&who)),
            ]
        };
        let said = if check.note.is_empty() {
            check.method.key().to_string()
        } else {
            format!("{}: {}", check.method.key(), check.note)
        };
        t.push("metadata", base(0, CHECK_FIELD, "", &said));
        for (m, old) in check.old_values.iter().enumerate() {
            t.push("metadata", base(m + 1, &old.field, &old.was, ""));
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

    #[test]
    fn addresses_without_a_scheme_get_https_and_odd_emails_are_not_emails() {
        assert_eq!(uri("example.org"), "https://example.org");
        assert_eq!(uri("http://example.org"), "http://example.org");
        assert_eq!(uri("javascript:alert(1)"), "");
        assert!(looks_like_email("a@b.org"));
        assert!(!looks_like_email("info at b.org"));
        assert!(!looks_like_email("a@b"));
        assert!(!looks_like_email("ana@pc-office"));
    }
}
