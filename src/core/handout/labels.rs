//! The fixed words printed on handouts, wallet cards and contact sheets, in English and in
//! Spanish (a translation), and both joined for bilingual printouts.

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
}

/// Words of one language.
struct Words {
    prepared_by: &'static str,
    printed: &'static str,
    guidance: &'static str,
    source: &'static str,
    reviewed: &'static str,
    page: &'static str,
    of: &'static str,
    who_can_help: &'static str,
    name: &'static str,
    phone: &'static str,
    details: &'static str,
    hours: &'static str,
    languages: &'static str,
    counties: &'static str,
    sources: &'static str,
    editors_note: &'static str,
    checked: &'static str,
    note_from: &'static str,
    unverified_note: &'static str,
    who_to_call: &'static str,
    qr_for: &'static str,
    contact_sheet: &'static str,
    not_advice: &'static str,
    cut_here: &'static str,
    verified: &'static str,
    not_verified: &'static str,
    not_verified_since: &'static str,
    statewide: &'static str,
}

const EN: Words = Words {
    prepared_by: "Prepared by",
    printed: "Printed",
    guidance: "Guidance",
    source: "source",
    reviewed: "reviewed",
    page: "Page",
    of: "of",
    who_can_help: "Who can help",
    name: "Name",
    phone: "Phone",
    details: "Web, address, hours",
    hours: "Hours",
    languages: "Languages",
    counties: "Counties",
    sources: "Sources",
    editors_note: "Editor's note",
    checked: "checked",
    note_from: "Note from",
    unverified_note: "Contacts marked “not verified” come from public sources and have not been \
                      confirmed by the office that printed this handout.",
    who_to_call: "Who to call",
    qr_for: "QR code for",
    contact_sheet: "Contact directory",
    not_advice: "General information, not legal advice.",
    cut_here: "Cut along the marks. Print the second page on the back of the first (flip on \
               the long edge).",
    verified: "verified",
    not_verified: "not verified",
    not_verified_since: "not verified since",
    statewide: "Statewide",
};

const ES: Words = Words {
    prepared_by: "Preparado por",
    printed: "Impreso",
    guidance: "Guía",
    source: "fuente",
    reviewed: "revisada",
    page: "Página",
    of: "de",
    who_can_help: "Quién puede ayudar",
    name: "Nombre",
    phone: "Teléfono",
    details: "Web, dirección, horario",
    hours: "Horario",
    languages: "Idiomas",
    counties: "Condados",
    sources: "Fuentes",
    editors_note: "Nota del editor",
    checked: "revisada el",
    note_from: "Nota de",
    unverified_note: "Los contactos marcados “no verificado” provienen de fuentes públicas y la \
                      oficina que imprimió este folleto no los ha confirmado.",
    who_to_call: "A quién llamar",
    qr_for: "Código QR de",
    contact_sheet: "Directorio de contactos",
    not_advice: "Información general, no asesoría legal.",
    cut_here: "Corte por las marcas. Imprima la segunda página al reverso de la primera (giro \
               por el borde largo).",
    verified: "verificado",
    not_verified: "no verificado",
    not_verified_since: "no verificado desde",
    statewide: "Todo el estado",
};

fn words(lang: &str) -> &'static Words {
    if lang == "es" { &ES } else { &EN }
}

/// Joins one field across languages: "Printed / Impreso" (once when they are the same).
fn join(langs: &[&str], pick: impl Fn(&Words) -> &'static str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for l in langs {
        let w = pick(words(l));
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
        prepared_by: join(langs, |w| w.prepared_by),
        printed: join(langs, |w| w.printed),
        guidance: join(langs, |w| w.guidance),
        source: join(langs, |w| w.source),
        reviewed: join(langs, |w| w.reviewed),
        page_of: langs
            .iter()
            .map(|l| (words(l).page.to_string(), words(l).of.to_string()))
            .collect(),
        who_can_help: join(langs, |w| w.who_can_help),
        name: join(langs, |w| w.name),
        phone: join(langs, |w| w.phone),
        details: join(langs, |w| w.details),
        hours: join(langs, |w| w.hours),
        languages: join(langs, |w| w.languages),
        counties: join(langs, |w| w.counties),
        sources: join(langs, |w| w.sources),
        unverified_note: langs
            .iter()
            .map(|l| words(l).unverified_note)
            .collect::<Vec<_>>()
            .join(" "),
        who_to_call: join(langs, |w| w.who_to_call),
        qr_for: join(langs, |w| w.qr_for),
        contact_sheet: join(langs, |w| w.contact_sheet),
        not_advice: join(langs, |w| w.not_advice),
        cut_here: join(langs, |w| w.cut_here),
    }
}

/// "verified 2026-11-02" / "not verified" / "not verified since 2025-01-03", in `langs`.
#[must_use]
pub fn verification(langs: &[&str], state: crate::core::contact::Verification) -> String {
    use crate::core::contact::Verification;
    match state {
        Verification::Never => join(langs, |w| w.not_verified),
        Verification::Fresh(d) => format!("{} {d}", join(langs, |w| w.verified)),
        Verification::Stale(d) => format!("{} {d}", join(langs, |w| w.not_verified_since)),
    }
}

/// "Editor's note" in one language (an entry's notes are headed in the entry's language).
#[must_use]
pub fn editors_note(lang: &str) -> &'static str {
    words(lang).editors_note
}

/// "checked" (before a date) in `lang`.
#[must_use]
pub fn checked(lang: &str) -> &'static str {
    words(lang).checked
}

/// "Note from" (before the organization's name) in `lang`.
#[must_use]
pub fn note_from(lang: &str) -> &'static str {
    words(lang).note_from
}

/// "Statewide" in `langs`.
#[must_use]
pub fn statewide(langs: &[&str]) -> String {
    join(langs, |w| w.statewide)
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
        assert_eq!(join(&["en", "en"], |w| w.name), "Name");
    }

    #[test]
    fn verification_reads_in_each_language() {
        use crate::core::contact::Verification;
        let d = jiff::civil::date(2026, 11, 2);
        assert_eq!(
            verification(&["es"], Verification::Fresh(d)),
            "verificado 2026-11-02"
        );
        assert_eq!(
            verification(&["en", "es"], Verification::Never),
            "not verified / no verificado"
        );
    }
}
