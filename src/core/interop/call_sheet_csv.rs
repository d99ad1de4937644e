//! The call sheet as CSV, for volunteers who check contacts without the app: one row per
//! contact with what to confirm (phones, hours, address, languages, services, when it was last
//! checked) and empty columns for what the call found. Filled in and read back, each row with a
//! finding becomes a check in the contact's log; a blank row is a contact not reached yet.
//!
//! Cells a spreadsheet would take for a formula are protected as in every CSV the app writes.

use crate::core::directory::check::{Check, Finding, Method};
use crate::core::directory::contact::{Contact, Field, Text};
use crate::core::directory::status::DueRules;
use crate::core::interop::csv::protect;
use jiff::civil::Date;

/// The columns of a call sheet, in order. The last five are filled in by the volunteer.
pub const COLUMNS: [&str; 16] = [
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

/// Writes the call sheet of `contacts` as CSV (UTF-8 with a byte-order mark, so spreadsheets
/// read the accents).
///
/// # Errors
/// When the CSV writer fails (out of memory).
pub fn write(
    contacts: &[&Contact],
    today: Date,
    rules: &DueRules,
) -> Result<Vec<u8>, ::csv::Error> {
    let mut out = Vec::from("\u{feff}".as_bytes());
    {
        let mut w = ::csv::Writer::from_writer(&mut out);
        w.write_record(COLUMNS)?;
        for c in contacts {
            let cells = [
                c.id.to_string(),
                c.name.to_string(),
                c.category.key().to_string(),
                Field::Counties.show(c),
                Field::Phones.show(c),
                Field::Hours.show(c),
                Field::Address.show(c),
                Field::Languages.show(c),
                Field::Services.show(c),
                c.verified_on.map(|d| d.to_string()).unwrap_or_default(),
                c.status(today, rules).key().to_string(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ];
            w.write_record(cells.iter().map(|s| protect(s)))?;
        }
        w.flush()?;
    }
    Ok(out)
}

/// A row of a filled-in call sheet that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// The row's line number in the file (the header is line 1).
    pub line: usize,
    /// The contact's id on that row.
    pub id: String,
    /// What is wrong, in English (the command line's language).
    pub reason: String,
}

/// What a filled-in call sheet says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetRead {
    /// The checks, by contact id, in the sheet's order.
    pub checks: Vec<(String, Check)>,
    /// Rows left blank (contacts not reached).
    pub blank: usize,
    /// Rows that could not be read (nothing of them is applied).
    pub problems: Vec<RowProblem>,
}

/// Why a call sheet could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SheetError {
    /// It is not CSV, or lacks the `id` or `found` column.
    #[error("not a call sheet: {0}")]
    NotASheet(String),
}

/// Reads a filled-in call sheet. A row's check is dated `checked_on` (today when empty),
/// recorded by `author` (this desktop's user@computer) with the volunteer's name from
/// `checked_by`; a method left empty is a phone call.
///
/// # Errors
/// When the file is not a call sheet (no `id` or `found` column, or not CSV).
pub fn read(
    bytes: &[u8],
    today: Date,
    now: jiff::Timestamp,
    author: &str,
) -> Result<SheetRead, SheetError> {
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim_start_matches('\u{feff}');
    let mut r = ::csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = r
        .headers()
        .map_err(|e| SheetError::NotASheet(e.to_string()))?
        .clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let (Some(id_col), Some(found_col)) = (col("id"), col("found")) else {
        return Err(SheetError::NotASheet(
            "it needs the columns “id” and “found”".into(),
        ));
    };
    let (method_col, by_col, on_col, note_col) = (
        col("method"),
        col("checked_by"),
        col("checked_on"),
        col("note"),
    );
    let mut read = SheetRead::default();
    for (n, record) in r.records().enumerate() {
        let line = n + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                read.problems.push(RowProblem {
                    line,
                    id: String::new(),
                    reason: e.to_string(),
                });
                continue;
            }
        };
        let cell = |i: Option<usize>| {
            i.and_then(|i| record.get(i))
                .map(|s| super::csv::unprotect(s.trim()).trim().to_string())
                .unwrap_or_default()
        };
        let id = cell(Some(id_col));
        let found_text = cell(Some(found_col));
        if found_text.is_empty() {
            read.blank += 1;
            continue;
        }
        match row_finding(&found_text, &cell(method_col), &cell(on_col), today) {
            Ok((found, method, on)) => read.checks.push((
                id,
                Check {
                    on,
                    at: Some(now.into()),
                    by: author.into(),
                    volunteer: Text::from(cell(by_col)),
                    method,
                    found,
                    old_values: thin_vec::ThinVec::new(),
                    note: cell(note_col),
                },
            )),
            Err(reason) => read.problems.push(RowProblem { line, id, reason }),
        }
    }
    Ok(read)
}

/// What a filled-in row says: its finding, its method (a phone call when left empty) and its
/// day (today when left empty), or why it cannot be read.
fn row_finding(
    found: &str,
    method: &str,
    on: &str,
    today: Date,
) -> Result<(Finding, Method, Date), String> {
    let finding = Finding::parse(found).ok_or_else(|| {
        format!(
            "“{found}” is not a finding; write one of {}",
            Finding::ALL.map(Finding::key).join(", ")
        )
    })?;
    let method = if method.is_empty() {
        Method::Phone
    } else {
        Method::parse(method).ok_or_else(|| {
            format!(
                "“{method}” is not a method; write one of {}",
                Method::ALL.map(Method::key).join(", ")
            )
        })?
    };
    let day = if on.is_empty() {
        today
    } else {
        let day = on
            .parse::<Date>()
            .map_err(|_| format!("“{on}” is not a date; write it as 2026-11-30"))?;
        if day > today {
            return Err(format!("{day} is in the future"));
        }
        day
    };
    Ok((finding, method, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(id: &str, name: &str) -> Contact {
        Contact {
            id: id.into(),
            name: name.into(),
            hours: "=Mon–Fri".into(),
            ..Contact::default()
        }
    }

    #[test]
    fn a_sheet_filled_in_reads_back_as_checks() {
        let today = Date::constant(2026, 12, 2);
        let a = contact("a", "Ayuda Legal");
        let b = contact("b", "Línea de ayuda");
        let sheet = write(&[&a, &b], today, &DueRules::default()).expect("write");
        let text = String::from_utf8(sheet).expect("utf8");
        assert!(text.contains("'=Mon–Fri"), "formula protected: {text}");
        // The volunteer fills in the first row and leaves the second.
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        lines[1] = lines[1].trim_end_matches(",,,,").to_string()
            + "No answer,phone,Ana,2026-12-01,rang 10 times";
        let filled = lines.join("\n");
        let now = jiff::Timestamp::from_second(1_790_000_000).expect("ts");
        let read = read(filled.as_bytes(), today, now, "me@pc").expect("read");
        assert_eq!(read.blank, 1);
        assert!(read.problems.is_empty(), "{:?}", read.problems);
        let (id, check) = &read.checks[0];
        assert_eq!(id, "a");
        assert_eq!(check.found, Finding::NoAnswer);
        assert_eq!(check.volunteer, "Ana");
        assert_eq!(check.on, Date::constant(2026, 12, 1));
        assert_eq!(check.note, "rang 10 times");
    }

    #[test]
    fn a_bad_cell_is_named_and_the_rest_is_read() {
        let today = Date::constant(2026, 12, 2);
        let now = jiff::Timestamp::from_second(1_790_000_000).expect("ts");
        let text = "id,found,method,checked_on\na,maybe,,\nb,confirmed,fax,\nc,confirmed,,2027-01-01\nd,confirmed,,\n";
        let read = read(text.as_bytes(), today, now, "me@pc").expect("read");
        assert_eq!(read.checks.len(), 1);
        assert_eq!(read.problems.len(), 3);
        assert!(read.problems[0].reason.contains("not a finding"));
        assert!(read.problems[1].reason.contains("not a method"));
        assert!(read.problems[2].reason.contains("future"));
        assert!(matches!(
            super::read(b"name,phone\nx,1\n", today, now, "me@pc"),
            Err(SheetError::NotASheet(_))
        ));
    }
}
