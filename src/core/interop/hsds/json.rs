//! HSDS 3.0 JSON (as the specification's API examples give it: one service or organization,
//! a list, or a page of results with `contents`) turned into the tables of a CSV package, so
//! one reader serves both: each nested object becomes a row of its table, linked to the row it
//! sits in by that row's id.

use std::collections::HashMap;

/// One table: rows of (lower-case column name → value).
pub(super) type Table = Vec<HashMap<String, String>>;

/// The table a JSON key holds rows of (its CSV file name), and what a row of it is called in
/// the id columns that point to it (`service` → `service_id`).
fn table_for(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "organization" | "organizations" => ("organizations.csv", "organization"),
        "service" | "services" => ("services.csv", "service"),
        "program" | "programs" => ("programs.csv", "program"),
        "location" | "locations" => ("locations.csv", "location"),
        "service_at_location" | "service_at_locations" => {
            ("service_at_location.csv", "service_at_location")
        }
        "address" | "addresses" => ("addresses.csv", "address"),
        "phone" | "phones" => ("phones.csv", "phone"),
        "contact" | "contacts" => ("contacts.csv", "contact"),
        "schedule" | "schedules" => ("schedules.csv", "schedule"),
        "service_area" | "service_areas" => ("service_areas.csv", "service_area"),
        "language" | "languages" => ("languages.csv", "language"),
        "cost_option" | "cost_options" => ("cost_options.csv", "cost_option"),
        "required_document" | "required_documents" => {
            ("required_documents.csv", "required_document")
        }
        "accessibility" => ("accessibility.csv", "accessibility"),
        "funding" => ("funding.csv", "funding"),
        "organization_identifier" | "organization_identifiers" => {
            ("organization_identifiers.csv", "organization_identifier")
        }
        "attribute" | "attributes" => ("attributes.csv", "attribute"),
        "metadata" => ("metadata.csv", "metadata"),
        "taxonomy_term" | "taxonomy_terms" => ("taxonomy_terms.csv", "taxonomy_term"),
        "taxonomy" | "taxonomies" => ("taxonomies.csv", "taxonomy"),
        _ => return None,
    })
}

/// Objects a row points to when it holds one of them (the row holds `<name>_id`), rather than
/// rows that belong to it (a list of locations belongs to its organization).
fn is_referenced(name: &str) -> bool {
    matches!(
        name,
        "organization" | "program" | "location" | "taxonomy_term" | "taxonomy"
    )
}

fn scalar(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Adds `obj` as a row of `file` (and what it holds to their tables); `parent` is the row it
/// sits in (its name and id). Returns the row's id.
fn add(
    obj: &serde_json::Map<String, serde_json::Value>,
    file: &'static str,
    parent: Option<(&str, &str)>,
    out: &mut HashMap<String, Table>,
    depth: usize,
) -> String {
    let mut row: HashMap<String, String> = HashMap::new();
    for (k, v) in obj {
        if let Some(s) = scalar(v) {
            row.insert(k.to_ascii_lowercase(), s);
        } else if let serde_json::Value::Array(items) = v
            && items.iter().all(|i| scalar(i).is_some())
            && table_for(k).is_none()
        {
            let joined: Vec<String> = items.iter().filter_map(scalar).collect();
            row.insert(k.to_ascii_lowercase(), joined.join(","));
        }
    }
    if let Some((name, id)) = parent {
        row.entry(format!("{name}_id"))
            .or_insert_with(|| id.to_string());
    }
    let id = row.get("id").cloned().unwrap_or_default();
    let me = table_for(file.trim_end_matches(".csv")).map_or("", |(_, singular)| singular);
    if depth < 8 {
        for (k, v) in obj {
            let Some((child_file, child)) = table_for(k) else {
                continue;
            };
            let single = v.is_object();
            let children: Vec<&serde_json::Map<String, serde_json::Value>> = match v {
                serde_json::Value::Object(o) => vec![o],
                serde_json::Value::Array(a) => a.iter().filter_map(|i| i.as_object()).collect(),
                _ => Vec::new(),
            };
            for c in children {
                if single && is_referenced(child) {
                    let child_id = add(c, child_file, None, out, depth + 1);
                    row.entry(format!("{child}_id")).or_insert(child_id);
                } else {
                    add(c, child_file, Some((me, &id)), out, depth + 1);
                }
            }
        }
    }
    let table = out.entry(file.to_string()).or_default();
    // The same object often appears in several places (a phone under the service and under
    // its contact person): one row, with the links of each place.
    match table
        .iter_mut()
        .find(|r| !id.is_empty() && r.get("id") == Some(&id))
    {
        Some(existing) => {
            for (k, v) in row {
                existing.entry(k).or_insert(v);
            }
        }
        None => table.push(row),
    }
    id
}

/// The tables of an HSDS JSON document, by CSV file name. `hint` is the file's name (which
/// says what its top-level objects are when their fields do not).
#[must_use]
pub(super) fn tables(value: &serde_json::Value, hint: &str) -> HashMap<String, Table> {
    let items: Vec<&serde_json::Map<String, serde_json::Value>> = match value {
        serde_json::Value::Array(a) => a.iter().filter_map(|i| i.as_object()).collect(),
        serde_json::Value::Object(o) => match o.get("contents") {
            Some(serde_json::Value::Array(a)) => a.iter().filter_map(|i| i.as_object()).collect(),
            _ => vec![o],
        },
        _ => Vec::new(),
    };
    let mut out = HashMap::new();
    let hint = hint.to_ascii_lowercase();
    for item in items {
        let file = if item.contains_key("service_id") && item.contains_key("location") {
            "service_at_location.csv"
        } else if item.contains_key("organization")
            || item.contains_key("service_at_locations")
            || item.contains_key("organization_id")
            || hint.contains("service")
        {
            "services.csv"
        } else {
            "organizations.csv"
        };
        add(item, file, None, &mut out, 0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_service_with_its_organization_and_phones_becomes_linked_rows() {
        let v: serde_json::Value = serde_json::from_str(
            r#"{"id":"s1","name":"Counselling","organization":{"id":"o1","name":"Org"},
                "phones":[{"id":"p1","number":"555"}],
                "service_at_locations":[{"id":"sl1","location":{"id":"l1","name":"Hall",
                    "addresses":[{"id":"a1","city":"Town"}]}}]}"#,
        )
        .expect("json");
        let t = tables(&v, "service_full.json");
        let service = &t["services.csv"][0];
        assert_eq!(service["organization_id"], "o1");
        assert_eq!(t["organizations.csv"][0]["name"], "Org");
        assert_eq!(t["phones.csv"][0]["service_id"], "s1");
        assert_eq!(t["service_at_location.csv"][0]["service_id"], "s1");
        assert_eq!(t["service_at_location.csv"][0]["location_id"], "l1");
        assert_eq!(t["addresses.csv"][0]["location_id"], "l1");
    }
}
