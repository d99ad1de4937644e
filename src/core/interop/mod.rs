//! Import and export of contacts: CSV (spreadsheets), vCard (phones and mail programs) and
//! Open Referral HSDS packages (211-style directories), and the import plan that previews what
//! an import would do (new contacts, likely duplicates, unreadable rows) before anything
//! changes.
//!
//! Every reader takes bytes it did not write: it refuses files over [`MAX_IMPORT_BYTES`],
//! reports unreadable rows with their row number and reason, and never panics (property tests
//! feed each reader thousands of generated and mutated inputs).

pub mod call_sheet_csv;
pub mod csv;
pub mod hsds;
pub mod plan;
pub mod preview;
pub mod vcard;

use crate::core::directory::contact::Contact;
use std::path::{Path, PathBuf};

/// Why an export did not write its file. Its words are in the translation files
/// ([`ExportError::text`]); `Display` says them in English.
#[derive(Debug)]
pub enum ExportError {
    /// The file could not be written (full disk, read-only, locked…).
    File(crate::core::basics::file_error::StoreError),
    /// The HSDS package could not be written.
    Package(ImportError),
    /// The CSV writer failed.
    Csv(String),
}

impl From<crate::core::basics::file_error::StoreError> for ExportError {
    fn from(e: crate::core::basics::file_error::StoreError) -> ExportError {
        ExportError::File(e)
    }
}

impl From<ImportError> for ExportError {
    fn from(e: ImportError) -> ExportError {
        ExportError::Package(e)
    }
}

impl ExportError {
    /// The message in the language of `t`.
    #[must_use]
    pub fn text(&self, t: &crate::core::i18n::I18n) -> String {
        match self {
            ExportError::File(e) => e.text(t),
            ExportError::Package(e) => t.tr_args("export-failed", &[("error", e.text(t).into())]),
            ExportError::Csv(reason) => {
                t.tr_args("export-error-csv", &[("details", reason.clone().into())])
            }
        }
    }
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::core::i18n::with(crate::core::i18n::Lang::En, |t| {
            self.text(t)
        }))
    }
}

impl std::error::Error for ExportError {}

/// Writes `contacts` to `path` in `format`: a CSV or vCard file written atomically, or an HSDS
/// package folder. `protect_formulas` prefixes CSV cells a spreadsheet would run as formulas.
/// The one export the window and the command line both use.
pub fn export(
    contacts: &[Contact],
    format: Format,
    path: &Path,
    protect_formulas: bool,
) -> Result<(), ExportError> {
    match format {
        Format::Csv => {
            let bytes = csv::write(contacts, protect_formulas)
                .map_err(|e| ExportError::Csv(e.to_string()))?;
            crate::core::store::fsio::write_export(path, &bytes)?;
        }
        Format::Vcard => {
            crate::core::store::fsio::write_export(path, vcard::write(contacts).as_bytes())?;
        }
        Format::Vcard3 => {
            crate::core::store::fsio::write_export(path, vcard::write_v3(contacts).as_bytes())?;
        }
        Format::Hsds => {
            if path.as_os_str() == "-" || crate::core::store::fsio::is_special(path) {
                return Err(ExportError::Package(ImportError::Format {
                    what: "an Open Referral (HSDS) package is a folder of files; give the \
                           folder to write it in"
                        .into(),
                }));
            }
            if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
            {
                hsds::write_zip(contacts, path)?;
            } else {
                hsds::write_folder(contacts, path)?;
            }
        }
    }
    Ok(())
}

/// Files (or packages) larger than this are refused.
pub const MAX_IMPORT_BYTES: u64 = 64 * 1024 * 1024;

/// The formats Rights Desk reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma- or semicolon-separated values with a header row.
    Csv,
    /// vCard (`.vcf`): read in versions 2.1, 3.0 and 4.0; written as 4.0.
    Vcard,
    /// vCard 3.0 (`.vcf`), written for older phones; read as [`Format::Vcard`].
    Vcard3,
    /// Open Referral HSDS CSV package (a folder with `datapackage.json`, or a .zip of one).
    Hsds,
}

impl Format {
    /// Guesses the format from a path: folders and `.zip` files are HSDS packages, `.vcf` and
    /// `.vcard` are vCards, everything else is CSV.
    #[must_use]
    pub fn guess(path: &Path) -> Format {
        if path.is_dir() {
            return Format::Hsds;
        }
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("zip" | "json") => Format::Hsds,
            Some("vcf" | "vcard") => Format::Vcard,
            _ => Format::Csv,
        }
    }

    /// The format's name for messages ("CSV", "vCard", "Open Referral (HSDS)").
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::Vcard => "vCard",
            Format::Vcard3 => "vCard 3.0",
            Format::Hsds => "Open Referral (HSDS)",
        }
    }
}

/// A row or record that could not be read, or was read with a change. Its words are in the
/// translation files ([`RowProblem::text`]); `Display` says them in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// Where.
    pub place: ProblemPlace,
    /// Why.
    pub reason: ProblemReason,
}

/// Where in an imported file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemPlace {
    /// A CSV row, from 1 (the header is row 1).
    Row(usize),
    /// A vCard, from 1.
    Card(usize),
    /// A row of one table of an Open Referral (HSDS) folder, from 1 (its header is row 1).
    TableRow {
        /// The table's file name ("organizations.csv").
        table: String,
        /// The row.
        row: usize,
    },
    /// The n-th contact the file holds, from 1.
    Contact(usize),
}

/// What is wrong with a row, a card or a contact read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemReason {
    /// No name: skipped.
    NoName,
    /// A vCard with neither FN nor ORG: skipped.
    CardWithoutName,
    /// A vCard that ends without END:VCARD: skipped.
    CardUnfinished,
    /// The header row cannot be read (the reader's words).
    HeaderUnreadable(String),
    /// The row cannot be read (the reader's words).
    RowUnreadable(String),
    /// No column holds the organization's name.
    NoNameColumn,
    /// The verified date is not a date: imported as not verified.
    NotADate(String),
    /// The name holds only control characters: not imported.
    NameOnlyControl,
    /// Control characters in the name were made spaces (the name as imported).
    NameCleaned(String),
}

impl ProblemReason {
    /// True when the row, card or contact was left out (false when it was read with a
    /// change: a date that is not a date, a name cleaned).
    #[must_use]
    pub fn skipped(&self) -> bool {
        !matches!(
            self,
            ProblemReason::NotADate(_) | ProblemReason::NameCleaned(_)
        )
    }
}

impl RowProblem {
    /// The problem in the language of `t`: "row 3: has no name; skipped".
    #[must_use]
    pub fn text(&self, t: &crate::core::i18n::I18n) -> String {
        use fluent_bundle::FluentValue;
        let place = match &self.place {
            ProblemPlace::Row(row) => t.tr_args("import-place-row", &[("row", (*row).into())]),
            ProblemPlace::Card(n) => t.tr_args("import-place-card", &[("number", (*n).into())]),
            ProblemPlace::TableRow { table, row } => t.tr_args(
                "import-place-table-row",
                &[("table", table.as_str().into()), ("row", (*row).into())],
            ),
            ProblemPlace::Contact(n) => {
                t.tr_args("import-place-contact", &[("number", (*n).into())])
            }
        };
        let (key, args): (&str, Vec<(&str, FluentValue<'_>)>) = match &self.reason {
            ProblemReason::NoName => ("import-problem-no-name", Vec::new()),
            ProblemReason::CardWithoutName => ("import-problem-card-no-name", Vec::new()),
            ProblemReason::CardUnfinished => ("import-problem-card-unfinished", Vec::new()),
            ProblemReason::HeaderUnreadable(d) => (
                "import-problem-header",
                vec![("details", d.as_str().into())],
            ),
            ProblemReason::RowUnreadable(d) => {
                ("import-problem-row", vec![("details", d.as_str().into())])
            }
            ProblemReason::NoNameColumn => ("import-problem-no-name-column", Vec::new()),
            ProblemReason::NotADate(cell) => (
                "import-problem-not-a-date",
                vec![("value", cell.as_str().into())],
            ),
            ProblemReason::NameOnlyControl => ("import-problem-name-control", Vec::new()),
            ProblemReason::NameCleaned(name) => (
                "import-problem-name-cleaned",
                vec![("name", name.as_str().into())],
            ),
        };
        t.tr_args(
            "import-problem",
            &[
                ("place", place.into()),
                ("reason", t.tr_args(key, &args).into()),
            ],
        )
    }
}

impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::core::i18n::with(crate::core::i18n::Lang::En, |t| {
            self.text(t)
        }))
    }
}

/// What a reader found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Imported {
    /// Contacts read, in file order (ids are empty: the directory gives them).
    pub contacts: Vec<Contact>,
    /// Rows that could not be read.
    pub problems: Vec<RowProblem>,
    /// CSV columns that were not recognised (the UI offers to map them).
    pub unmapped_columns: Vec<String>,
    /// What had no field of its own (an HSDS package's fields kept as notes or not read).
    pub report: ImportReport,
}

/// What an import could not put in a field of its own, by the source's names for it
/// (`services.eligibility_description`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Fields kept in the contacts' notes, with their name ("Eligibility: …").
    pub kept_as_notes: Vec<String>,
    /// Fields that held values and were not imported.
    pub not_imported: Vec<String>,
}

/// Why an import failed as a whole. Its words are in the translation files only
/// ([`ImportError::text`]); `Display` says them in English.
#[derive(Debug)]
pub enum ImportError {
    /// The file could not be read.
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// The file was read but holds no contact at all.
    NothingFound {
        /// The file.
        path: PathBuf,
        /// The format it was read as ("CSV", "vCard", "Open Referral (HSDS)").
        what: &'static str,
    },
    /// The file is too large.
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// A package whose files unpack to more than the limit (its real size is not known: it is
    /// never unpacked past the limit).
    TooLargeUnpacked {
        /// The package.
        path: PathBuf,
        /// The limit.
        limit: u64,
    },
    /// The content is not in the expected format at all.
    Format {
        /// What is wrong, in plain words.
        what: String,
    },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::core::i18n::with(crate::core::i18n::Lang::En, |t| {
            self.text(t)
        }))
    }
}

impl std::error::Error for ImportError {}

impl ImportError {
    /// The message in the language of `t` (a format problem's details stay in English).
    #[must_use]
    pub fn text(&self, t: &crate::core::i18n::I18n) -> String {
        match self {
            ImportError::Io { path, error } => t.tr_args(
                "file-error-io",
                &[
                    ("path", path.display().to_string().into()),
                    (
                        "reason",
                        crate::core::basics::file_error::describe_io_in(error, t).into(),
                    ),
                ],
            ),
            ImportError::NothingFound { path, what } => t.tr_args(
                "import-error-nothing",
                &[
                    ("path", path.display().to_string().into()),
                    ("what", (*what).into()),
                ],
            ),
            ImportError::TooLarge { path, size, limit } => t.tr_args(
                "file-error-too-large",
                &[
                    ("path", path.display().to_string().into()),
                    ("size", size.to_string().into()),
                    ("limit", limit.to_string().into()),
                ],
            ),
            ImportError::TooLargeUnpacked { path, limit } => t.tr_args(
                "import-error-too-large-unpacked",
                &[
                    ("path", path.display().to_string().into()),
                    ("limit", limit.to_string().into()),
                ],
            ),
            ImportError::Format { what } => {
                t.tr_args("import-error-format", &[("what", what.clone().into())])
            }
        }
    }
}

/// Reads a whole file, refusing files over the size limit.
pub fn read_limited(path: &Path) -> Result<Vec<u8>, ImportError> {
    let io = |error| ImportError::Io {
        path: path.to_path_buf(),
        error,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit: MAX_IMPORT_BYTES,
        });
    }
    std::fs::read(path).map_err(io)
}

/// Reads contacts from `path` in `format` (guessed from the path when `None`).
pub fn import_path(path: &Path, format: Option<Format>) -> Result<Imported, ImportError> {
    import_path_mapped(path, format, &csv::Mapping::default())
}

/// [`import_path`] with what unrecognised CSV columns hold (`mapping`; other formats have
/// fixed fields and ignore it): the import preview reads the file again with it.
pub fn import_path_mapped(
    path: &Path,
    format: Option<Format>,
    mapping: &csv::Mapping,
) -> Result<Imported, ImportError> {
    match format.unwrap_or_else(|| Format::guess(path)) {
        Format::Csv => Ok(csv::read(&read_limited(path)?, mapping)),
        Format::Vcard | Format::Vcard3 => Ok(vcard::read(&read_limited(path)?)),
        Format::Hsds => hsds::read_path(path),
    }
}

/// Text decoded from bytes of unknown encoding: UTF-8 (with or without BOM), UTF-16 with BOM,
/// or else Windows-1252 (what Excel on Windows writes).
#[must_use]
pub fn decode_text(bytes: &[u8]) -> String {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _, _) = encoding.decode(&bytes[bom..]);
        return text.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    }
}

/// Only the digits of a phone number (and a leading +), for comparing numbers.
#[must_use]
pub fn phone_digits(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    // US numbers with and without the leading 1 are the same number.
    if digits.len() == 11 && digits.starts_with('1') {
        digits[1..].to_string()
    } else {
        digits
    }
}

/// A web address reduced for comparison: no scheme, no "www.", no trailing slash, lower case.
#[must_use]
pub fn website_key(url: &str) -> String {
    let lower = url.trim().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .unwrap_or(&lower);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    rest.trim_end_matches('/').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_decoding() {
        assert_eq!(decode_text("Doña".as_bytes()), "Doña");
        assert_eq!(decode_text(b"\xEF\xBB\xBFDo\xC3\xB1a"), "Doña");
        assert_eq!(decode_text(b"Do\xF1a"), "Doña", "Windows-1252");
    }

    #[test]
    fn comparison_keys() {
        assert_eq!(
            phone_digits("1-800-323-8603"),
            phone_digits("(800) 323 8603")
        );
        assert_eq!(
            website_key("https://www.nmilc.org/"),
            website_key("http://nmilc.org")
        );
    }

    #[test]
    fn every_row_problem_is_worded_in_both_languages() {
        use crate::core::i18n::{self, Lang};
        let places = [
            ProblemPlace::Row(3),
            ProblemPlace::Card(2),
            ProblemPlace::TableRow {
                table: "organizations.csv".into(),
                row: 4,
            },
            ProblemPlace::Contact(5),
        ];
        let reasons = [
            ProblemReason::NoName,
            ProblemReason::CardWithoutName,
            ProblemReason::CardUnfinished,
            ProblemReason::HeaderUnreadable("invalid UTF-8".into()),
            ProblemReason::RowUnreadable("found record with 3 fields".into()),
            ProblemReason::NoNameColumn,
            ProblemReason::NotADate("ayer".into()),
            ProblemReason::NameOnlyControl,
            ProblemReason::NameCleaned("Oficina Norte".into()),
        ];
        for place in &places {
            for reason in &reasons {
                let p = RowProblem {
                    place: place.clone(),
                    reason: reason.clone(),
                };
                let en = i18n::with(Lang::En, |t| p.text(t));
                let es = i18n::with(Lang::Es, |t| p.text(t));
                for text in [&en, &es] {
                    assert!(
                        !text.contains("import-problem") && !text.contains("import-place"),
                        "falls back: {text}"
                    );
                }
                assert_ne!(en, es, "English in Spanish: {en}");
                assert_eq!(p.to_string(), en);
            }
        }
    }
}
