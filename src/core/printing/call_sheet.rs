//! The call sheet as a printout, for volunteers who check contacts on paper: each contact due
//! with what to confirm (phones, hours, address, languages, services, when it was last
//! checked) and boxes for what the call found, how, when, by whom and a note. Its rows carry the
//! contact's id, so the answers can be typed into the CSV call sheet and read back.

use super::labels::word_in;
use super::options::Paper;
use super::pdf::{self, PdfError};
use crate::core::directory::check::{Finding, Method};
use crate::core::directory::contact::{Contact, TranslatedText};
use crate::core::directory::status::DueRules;
use crate::core::i18n::Lang;
use jiff::civil::Date;
use serde::Serialize;

/// The call sheet's layout.
pub const CALL_SHEET_TEMPLATE: &str = include_str!("../../../assets/handout/call-sheet.typ");

/// One contact on the sheet.
#[derive(Debug, Clone, Serialize)]
pub struct CallRow {
    /// Its id (to type the answers back in).
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its category, in the sheet's language.
    pub category: String,
    /// Where it stands ("due", "never checked"…), in the sheet's language.
    pub status: String,
    /// Each phone number, with its kind or label.
    pub phones: Vec<String>,
    /// Opening hours.
    pub hours: String,
    /// Postal address, on one line.
    pub address: String,
    /// Email.
    pub email: String,
    /// Web address.
    pub website: String,
    /// Languages spoken.
    pub languages: String,
    /// Services.
    pub services: String,
}

/// Everything the call sheet's template prints.
#[derive(Debug, Clone, Serialize)]
pub struct CallSheetData {
    /// The title.
    pub title: String,
    /// The sheet's language code.
    pub lang: String,
    /// typst's paper name.
    pub paper: String,
    /// The day it was printed.
    pub printed_on: String,
    /// Words of the sheet, by key (the template reads them as `l.key`).
    pub labels: std::collections::BTreeMap<String, String>,
    /// The findings to tick, in order.
    pub findings: Vec<String>,
    /// The methods to tick, in order.
    pub methods: Vec<String>,
    /// The contacts.
    pub contacts: Vec<CallRow>,
}

impl CallSheetData {
    /// Its texts by place, for choosing fonts.
    fn texts(&self) -> Vec<(pdf::TextPlace, &str)> {
        let mut out = vec![(pdf::TextPlace::Title, self.title.as_str())];
        for c in &self.contacts {
            let at = pdf::TextPlace::Contact(c.name.clone());
            for t in [&c.name, &c.hours, &c.address, &c.languages, &c.services] {
                out.push((at.clone(), t.as_str()));
            }
            for p in &c.phones {
                out.push((at.clone(), p.as_str()));
            }
        }
        out
    }
}

const LABEL_KEYS: [&str; 12] = [
    "sheet-translation",
    "sheet-instructions",
    "sheet-found",
    "sheet-how",
    "sheet-date",
    "sheet-by",
    "sheet-note",
    "sheet-corrections",
    "sheet-printed",
    "sheet-page",
    "sheet-confirm",
    "sheet-id",
];

/// The call sheet of `contacts` in `lang` on `paper`.
#[must_use]
pub fn call_sheet(
    contacts: &[&Contact],
    lang: Lang,
    paper: Paper,
    today: Date,
    rules: &DueRules,
) -> CallSheetData {
    let code = lang.code();
    let w = |k: &str| word_in(code, k);
    let mut labels: std::collections::BTreeMap<String, String> = LABEL_KEYS
        .iter()
        .map(|k| ((*k).replace('-', "_"), w(k)))
        .chain(
            [
                "contact-phones",
                "contact-hours",
                "contact-address",
                "contact-email",
                "contact-website",
                "contact-languages",
                "round-services",
            ]
            .iter()
            .map(|k| ((*k).replace('-', "_"), w(k))),
        )
        .collect();
    // The English sheet is the original: only a translation says it is one.
    if lang == Lang::En {
        labels.insert("sheet_translation".into(), String::new());
    }
    let rows = contacts
        .iter()
        .map(|c| {
            let status = crate::core::i18n::with(lang, |t| {
                super::labels::verification(&[code], c.verification(today, rules))
                    + &match c.status(today, rules) {
                        crate::core::directory::status::Status::Flagged(_) => {
                            format!(" · {}", t.tr("sheet-flagged"))
                        }
                        _ => String::new(),
                    }
            });
            CallRow {
                id: c.id.to_string(),
                name: c.name.to_string(),
                category: super::labels::category(code, c.category),
                status,
                phones: c.phones.iter().map(super::resolve::phone_line).collect(),
                hours: c.text_in(TranslatedText::Hours, code).0.to_string(),
                address: c.address.one_line(),
                email: c.email.to_string(),
                website: c.website.to_string(),
                languages: c
                    .languages
                    .iter()
                    .map(|l| super::labels::language(code, l))
                    .collect::<Vec<_>>()
                    .join(", "),
                services: c.services.join(", "),
            }
        })
        .collect();
    CallSheetData {
        title: w("sheet-title"),
        lang: code.to_string(),
        paper: paper.typst_name().to_string(),
        printed_on: today.to_string(),
        labels,
        findings: Finding::ALL
            .iter()
            .map(|f| w(&format!("finding-{}", f.key())))
            .collect(),
        methods: Method::ALL
            .iter()
            .filter(|m| **m != Method::NotRecorded)
            .map(|m| w(&format!("method-{}", m.key())))
            .collect(),
        contacts: rows,
    }
}

/// The call sheet as a PDF.
///
/// # Errors
/// When the layout fails (a fault in Rights Desk).
pub fn render(data: &CallSheetData) -> Result<Vec<u8>, PdfError> {
    let json = serde_json::to_vec(data).map_err(|e| PdfError::Data(e.to_string()))?;
    let compiled = pdf::compile_json(CALL_SHEET_TEMPLATE, json, data.texts(), &data.title)?;
    pdf::to_pdf(&compiled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sheet_names_each_contact_and_every_finding() {
        let c = Contact {
            id: "nmilc".into(),
            name: "New Mexico Immigrant Law Center".into(),
            hours: "Mon–Fri".into(),
            ..Contact::default()
        };
        let today = Date::constant(2026, 12, 2);
        let d = call_sheet(&[&c], Lang::Es, Paper::Letter, today, &DueRules::default());
        assert_eq!(d.contacts[0].id, "nmilc");
        assert_eq!(d.findings.len(), 7);
        assert_eq!(d.methods.len(), 5);
        assert!(
            d.contacts[0].status.contains("no comprobado"),
            "{}",
            d.contacts[0].status
        );
        assert!(d.labels.contains_key("sheet_found"));
    }
}
