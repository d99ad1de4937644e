//! The side-by-side review sheet, for reviewers who work on paper: each string's id and where
//! it appears, the English beside the translation and its review state, and a column with a box
//! to tick when it is right and room for a correction.

use super::catalog::Unit;
use super::review::ReviewState;
use crate::core::i18n::I18n;
use crate::core::printing::Paper;
use crate::core::printing::pdf::{self, PdfError};
use serde::Serialize;
use std::collections::BTreeMap;

/// The sheet's layout.
pub const REVIEW_SHEET_TEMPLATE: &str =
    include_str!("../../../assets/handout/translation-review.typ");

/// One string on the sheet.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewRow {
    /// Its id.
    pub id: String,
    /// Where it appears.
    pub context: String,
    /// The English.
    pub english: String,
    /// The translation.
    pub translation: String,
    /// Its review state, in words.
    pub state: String,
}

/// Everything the sheet prints.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewSheetData {
    /// The title.
    pub title: String,
    /// The language of the sheet's own words.
    pub lang: String,
    /// The language of the translations (their column is laid out in it: right to left for
    /// Arabic).
    pub target: String,
    /// typst's paper name.
    pub paper: String,
    /// The day it was printed.
    pub printed_on: String,
    /// The sheet's words.
    pub labels: BTreeMap<String, String>,
    /// The strings.
    pub rows: Vec<ReviewRow>,
}

/// The review sheet of `units` (a translation into `language`, named in `t`'s language).
#[must_use]
pub fn review_sheet(
    units: &[Unit],
    language: &str,
    t: &I18n,
    paper: Paper,
    today: jiff::civil::Date,
) -> ReviewSheetData {
    let labels = [
        ("printed", "review-sheet-printed"),
        ("page", "review-sheet-page"),
        ("instructions", "review-sheet-instructions"),
        ("english", "review-sheet-english"),
        ("translation", "review-sheet-translation"),
        ("corrections", "review-sheet-corrections"),
        ("ok", "review-sheet-ok"),
    ]
    .into_iter()
    .map(|(k, key)| (k.to_string(), t.tr(key)))
    .collect();
    let rows = units
        .iter()
        .map(|u| ReviewRow {
            id: u.id.clone(),
            context: u.context.clone(),
            english: u.english.clone(),
            translation: u.translation.clone(),
            state: match &u.state {
                ReviewState::Unreviewed => t.tr("review-state-unreviewed"),
                ReviewState::Reviewed { by, on } => t.tr_args(
                    "review-state-reviewed",
                    &[("who", by.clone().into()), ("date", t.date(*on).into())],
                ),
                ReviewState::Outdated { by, on } => t.tr_args(
                    "review-state-outdated",
                    &[("who", by.clone().into()), ("date", t.date(*on).into())],
                ),
            },
        })
        .collect();
    ReviewSheetData {
        title: t.tr_args(
            "review-sheet-title",
            &[("language", t.language_name(language).into())],
        ),
        lang: t.lang().code().to_string(),
        target: language.to_string(),
        paper: paper.typst_name().to_string(),
        printed_on: today.to_string(),
        labels,
        rows,
    }
}

/// The review sheet as a PDF.
///
/// # Errors
/// When the layout fails (a fault in Rights Desk).
pub fn render(data: &ReviewSheetData) -> Result<Vec<u8>, PdfError> {
    let json = serde_json::to_vec(data).map_err(|e| PdfError::Data(e.to_string()))?;
    let texts: Vec<(pdf::TextPlace, &str)> = data
        .rows
        .iter()
        .flat_map(|r| {
            [
                (pdf::TextPlace::Text(r.id.clone()), r.english.as_str()),
                (pdf::TextPlace::Text(r.id.clone()), r.translation.as_str()),
            ]
        })
        .collect();
    let compiled = pdf::compile_json(REVIEW_SHEET_TEMPLATE, json, texts, &data.title)?;
    pdf::to_pdf(&compiled)
}
