//! The fixed words printed on handouts, wallet cards and contact sheets, in English and in
//! Spanish (a translation), and both joined for bilingual printouts. The words come from the
//! same Fluent files as the window's (`assets/i18n/*.ftl`), so a translation is fixed in one
//! place.

use crate::core::i18n::{self, Lang};
use serde::Serialize;

/// The fixed words of a printout in one language (or two, joined with " / ").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Labels {
    /// "Prepared by"
    pub prepared_by: String,
    /// "Printed"
    pub printed: String,
    /// "Guidance"
    pub guidance: String,
    /// "source"
    pub source: String,
    /// "reviewed"
    pub reviewed: String,
    /// ("Page", "of") for each language.
    pub page_of: Vec<(String, String)>,
    /// "Who can help"
    pub who_can_help: String,
    /// "Name"
    pub name: String,
    /// "Phone"
    pub phone: String,
    /// "Web, address, hours"
    pub details: String,
    /// "Hours"
    pub hours: String,
    /// "Languages"
    pub languages: String,
    /// "Counties"
    pub counties: String,
    /// "Sources"
    pub sources: String,
    /// "Contacts marked “not verified” …"
    pub unverified_note: String,
    /// "Who to call" (the back of a wallet card).
    pub who_to_call: String,
    /// "QR code for"
    pub qr_for: String,
    /// "Contact directory" (the contact sheet's subtitle).
    pub contact_sheet: String,
    /// "not legal advice" (wallet-card footer).
    pub not_advice: String,
    /// "Cut along the marks." (wallet-card sheet).
    pub cut_here: String,
    /// "Before you call"
    pub before_call: String,
    /// "Cost"
    pub cost: String,
    /// "Area served"
    pub area: String,
    /// "Written by the office that printed this, not part of the guide or its translation."
    pub office_not_guide: String,
}

/// The word for `key` in the language `lang` ("en", "es"), from the interface's Fluent files.
fn word(lang: &str, key: &str) -> String {
    i18n::with(Lang::from_code(lang), |t| t.tr(key))
}

/// Joins one word across languages: "Printed / Impreso" (once when they are the same).
fn join(langs: &[&str], key: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    for l in langs {
        let w = word(l, key);
        if !parts.contains(&w) {
            parts.push(w);
        }
    }
    parts.join(" / ")
}

/// The labels for printing in `langs` ("en", "es", or both in order).
#[must_use]
pub fn labels(langs: &[&str]) -> Labels {
    Labels {
        prepared_by: join(langs, "print-prepared-by"),
        printed: join(langs, "printed-printed"),
        guidance: join(langs, "printed-guidance"),
        source: join(langs, "printed-source"),
        reviewed: join(langs, "printed-reviewed"),
        page_of: langs
            .iter()
            .map(|l| (word(l, "printed-page"), word(l, "printed-of")))
            .collect(),
        who_can_help: join(langs, "printed-who-can-help"),
        name: join(langs, "printed-name"),
        phone: join(langs, "printed-phone"),
        details: join(langs, "printed-details"),
        hours: join(langs, "printed-hours"),
        languages: join(langs, "printed-languages"),
        counties: join(langs, "printed-counties"),
        sources: join(langs, "print-sources"),
        unverified_note: langs
            .iter()
            .map(|l| word(l, "printed-unverified-note"))
            .collect::<Vec<_>>()
            .join(" "),
        who_to_call: join(langs, "printed-who-to-call"),
        qr_for: join(langs, "printed-qr-for"),
        contact_sheet: join(langs, "printed-contact-sheet"),
        not_advice: join(langs, "printed-not-advice"),
        cut_here: join(langs, "printed-cut-here"),
        before_call: join(langs, "printed-before-call"),
        cost: join(langs, "printed-cost"),
        area: join(langs, "printed-area"),
        office_not_guide: langs
            .iter()
            .map(|l| word(l, "printed-office-not-guide"))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// "checked Nov 2026" / "not checked" / "last checked Mar 2025", in `langs`: the month is what
/// a family needs to judge a number, and what the office can stand behind.
#[must_use]
pub fn verification(
    langs: &[&str],
    state: crate::core::directory::contact::Verification,
) -> String {
    use crate::core::directory::contact::Verification;
    let (key, date) = match state {
        Verification::Never => return join(langs, "printed-not-verified"),
        Verification::Fresh(d) => ("printed-verified", d),
        Verification::Stale(d) => ("printed-not-verified-since", d),
    };
    let mut parts: Vec<String> = Vec::new();
    for lang in langs {
        let month = word(lang, &format!("month-short-{}", date.month()));
        let w = word_with(
            lang,
            key,
            &[("month", &month), ("year", &date.year().to_string())],
        );
        if !parts.contains(&w) {
            parts.push(w);
        }
    }
    parts.join(" / ")
}

/// "Editor's note" in one language (an entry's notes are headed in the entry's language).
#[must_use]
pub fn editors_note(lang: &str) -> String {
    word(lang, "printed-editors-note")
}

/// "checked" (before a date) in `lang`.
#[must_use]
pub fn checked(lang: &str) -> String {
    word(lang, "printed-checked")
}

/// The word for `key` in `lang`, with Fluent arguments.
#[must_use]
pub fn word_with(lang: &str, key: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = args
        .iter()
        .map(|(k, v)| (*k, fluent_bundle::FluentValue::from(*v)))
        .collect();
    i18n::with(Lang::from_code(lang), |t| t.tr_args(key, &args))
}

/// The word for `key` in one language, by key (see [`labels`]).
#[must_use]
pub fn word_in(lang: &str, key: &str) -> String {
    word(lang, key)
}

/// "Statewide" in `langs`.
#[must_use]
pub fn statewide(langs: &[&str]) -> String {
    join(langs, "county-statewide")
}

/// A contact's category in `lang`.
#[must_use]
pub fn category(lang: &str, category: crate::core::directory::contact::Category) -> String {
    word(lang, &format!("category-{}", category.key()))
}

/// The name of the language `code` in `lang` ("árabe").
#[must_use]
pub fn language(lang: &str, code: &str) -> String {
    i18n::with(Lang::from_code(lang), |t| t.language_name(code))
}

/// The heading of an editor's note of `kind` in `lang` ("Out of date").
#[must_use]
pub fn note_kind(lang: &str, kind: crate::core::guide::NoteKind) -> String {
    word(lang, &format!("note-kind-{}", kind.key()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilingual_labels_join_both_languages() {
        let l = labels(&["en", "es"]);
        assert_eq!(l.printed, "Printed / Impreso");
        assert_eq!(l.page_of.len(), 2);
        assert_eq!(labels(&["es"]).who_can_help, "Quién puede ayudar");
        // A word the same in both languages is printed once.
        assert_eq!(join(&["en", "en"], "printed-name"), "Name");
    }

    #[test]
    fn categories_note_kinds_and_languages_come_from_the_window_s_files() {
        use crate::core::directory::contact::Category;
        use crate::core::guide::NoteKind;
        assert_eq!(category("es", Category::LegalAid), "Asistencia legal");
        assert_eq!(
            category("en", Category::FederalOversight),
            "Federal oversight"
        );
        assert_eq!(note_kind("es", NoteKind::Correction), "Corrección");
        assert_eq!(language("es", "ar"), "árabe");
        assert_eq!(language("en", "ht"), "Haitian Creole");
        // An unknown code is printed as written.
        assert_eq!(language("es", "Tewa"), "Tewa");
        assert_eq!(statewide(&["en", "es"]), "Statewide / Todo el estado");
    }

    #[test]
    fn verification_reads_in_each_language() {
        use crate::core::directory::contact::Verification;
        let d = jiff::civil::date(2026, 11, 2);
        assert_eq!(
            verification(&["en"], Verification::Fresh(d)),
            "checked Nov 2026"
        );
        assert_eq!(
            verification(&["es"], Verification::Fresh(d)),
            "comprobado en nov. 2026"
        );
        assert_eq!(
            verification(
                &["en", "es"],
                Verification::Stale(jiff::civil::date(2025, 3, 9))
            ),
            "last checked Mar 2025 / comprobado por última vez en mar. 2025"
        );
        assert_eq!(
            verification(&["en", "es"], Verification::Never),
            "not checked / no comprobado"
        );
    }
}
