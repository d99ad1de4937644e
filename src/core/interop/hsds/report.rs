//! An HSDS import's report: which of the package's columns were read into a contact's own
//! fields, which were kept in the notes with their name ("Eligibility: …"), and which held
//! values that went nowhere.

use super::json::Table;
use crate::core::interop::ImportReport;

/// What a package's columns became: those read into fields, those kept as notes.
#[derive(Default)]
pub(super) struct Tally {
    pub(super) noted: std::collections::BTreeSet<String>,
}

impl Tally {
    /// Adds "Label: value" to `notes` and remembers that `table.column` was kept there.
    pub(super) fn note(
        &mut self,
        notes: &mut Vec<String>,
        table: &str,
        column: &str,
        label: &str,
        value: &str,
    ) {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        let line = format!("{label}: {value}");
        if !notes.contains(&line) {
            notes.push(line);
        }
        self.noted.insert(format!("{table}.{column}"));
    }
}

/// The columns read into a contact's own fields (or that only link rows), by table.
const READ_COLUMNS: [(&str, &[&str]); 19] = [
    (
        "organizations",
        &[
            "name",
            "description",
            "email",
            "website",
            "url",
            "alternate_name",
        ],
    ),
    (
        "services",
        &[
            "name",
            "email",
            "url",
            "assured_date",
            "assurer_email",
            "status",
            "description",
            "fees_description",
            "alert",
            "alternate_name",
            "interpretation_services",
            "application_process",
            "wait_time",
            "fees",
            "accreditations",
            "eligibility_description",
            "minimum_age",
            "maximum_age",
            "licenses",
        ],
    ),
    (
        "locations",
        &["name", "description", "location_type", "transportation"],
    ),
    (
        "addresses",
        &[
            "address_1",
            "address_2",
            "city",
            "state_province",
            "postal_code",
            "address_type",
            "country",
        ],
    ),
    ("phones", &["number", "extension", "type", "description"]),
    ("languages", &["code", "name", "language"]),
    ("service_areas", &["name", "service_area", "description"]),
    (
        "schedules",
        &[
            "description",
            "weekday",
            "byday",
            "opens_at",
            "closes_at",
            "notes",
            "attending_type",
        ],
    ),
    (
        "cost_options",
        &["option", "amount", "currency", "amount_description"],
    ),
    ("contacts", &["name", "title", "department", "email"]),
    ("required_documents", &["document"]),
    ("accessibility", &["description", "details"]),
    (
        "accessibility_for_disabilities",
        &["accessibility", "details"],
    ),
    (
        "metadata",
        &[
            "resource_type",
            "last_action_date",
            "last_action_type",
            "field_name",
            "previous_value",
            "replacement_value",
            "updated_by",
        ],
    ),
    ("service_at_location", &["description"]),
    (
        "organization_identifiers",
        &["identifier_scheme", "identifier_type", "identifier"],
    ),
    ("attributes", &["link_type", "link_entity", "value"]),
    // Read for Rights Desk's own taxonomy; another taxonomy's terms are reported by name.
    ("taxonomies", &["name", "description"]),
    ("taxonomy_terms", &["name", "description", "taxonomy"]),
];

/// The report: columns kept as notes, and columns with values that went nowhere.
/// `tables` are the package's tables by file name; `foreign` what is known to have gone
/// nowhere already (another taxonomy's terms, another system's identifiers).
pub(super) fn report(
    tables: &[(String, Table)],
    tally: Tally,
    foreign: &std::collections::BTreeSet<String>,
) -> ImportReport {
    let mut not_imported: Vec<String> = foreign.iter().cloned().collect();
    for (file, rows) in tables {
        let Some(table) = file.strip_suffix(".csv") else {
            continue;
        };
        let read = READ_COLUMNS
            .iter()
            .find(|(t, _)| {
                *t == table
                    || (table == "physical_addresses" && *t == "addresses")
                    || (table == "regular_schedules" && *t == "schedules")
                    || (table == "services_at_location" && *t == "service_at_location")
            })
            .map_or(&[][..], |(_, c)| *c);
        let mut columns: Vec<&String> = rows
            .iter()
            .flat_map(|r| {
                r.iter()
                    .filter(|(_, v)| !v.trim().is_empty())
                    .map(|(k, _)| k)
            })
            .collect();
        columns.sort();
        columns.dedup();
        for column in columns {
            let name = format!("{table}.{column}");
            let is_link = column == "id" || column.ends_with("_id");
            if is_link
                || tally.noted.contains(&name)
                || read.contains(&column.as_str())
                || not_imported.contains(&name)
            {
                continue;
            }
            not_imported.push(name);
        }
    }
    not_imported.sort();
    ImportReport {
        kept_as_notes: tally.noted.into_iter().collect(),
        not_imported,
    }
}
