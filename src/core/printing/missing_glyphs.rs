//! Characters no font on this computer can draw, and the place on the printout that holds
//! them (the title, a question, a contact, a wallet card, a string of a review sheet), worded
//! in the interface's language from the translation files (`print-missing-…`).

use crate::core::i18n::{I18n, Lang};

/// Where a printed text comes from, so that a character no font has is reported with it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum TextPlace {
    /// The printout's title.
    Title,
    /// The "prepared by" line.
    PreparedBy,
    /// A question of the guide, in a language (a language code).
    Entry {
        /// The question's id ("q7").
        id: String,
        /// The language code of the copy printed.
        lang: String,
    },
    /// A contact, by name.
    Contact(String),
    /// A wallet card's side in a language (a language code).
    Card(String),
    /// A string of a translation review sheet, by id.
    Text(String),
}

impl TextPlace {
    /// The place in the language of `t`: "contact “…”", "question q7 (Spanish)".
    #[must_use]
    pub fn text(&self, t: &I18n) -> String {
        let language = |code: &str| {
            Lang::parse(code).map_or_else(|| code.to_string(), |l| t.language_label(l))
        };
        match self {
            TextPlace::Title => t.tr("print-missing-place-title"),
            TextPlace::PreparedBy => t.tr("print-missing-place-prepared-by"),
            TextPlace::Entry { id, lang } => t.tr_args(
                "print-missing-place-entry",
                &[
                    ("id", id.as_str().into()),
                    ("language", language(lang).into()),
                ],
            ),
            TextPlace::Contact(name) => t.tr_args(
                "print-missing-place-contact",
                &[("name", name.as_str().into())],
            ),
            TextPlace::Card(lang) => t.tr_args(
                "print-missing-place-card",
                &[("language", language(lang).into())],
            ),
            TextPlace::Text(id) => {
                t.tr_args("print-missing-place-text", &[("id", id.as_str().into())])
            }
        }
    }
}

/// Characters that no font on this computer can draw, and where they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingGlyphs {
    /// Where they are.
    pub place: TextPlace,
    /// The characters, in order of first appearance.
    pub chars: Vec<char>,
}

impl MissingGlyphs {
    /// The warning in the language of `t`: the place, the characters, and what to do.
    #[must_use]
    pub fn text(&self, t: &I18n) -> String {
        let chars: String = self.chars.iter().collect();
        t.tr_args(
            "print-missing-glyphs",
            &[
                ("place", self.place.text(t).into()),
                ("chars", chars.into()),
            ],
        )
    }
}

impl std::fmt::Display for MissingGlyphs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::core::i18n::with(Lang::En, |t| self.text(t)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_place_is_worded_in_both_languages() {
        let places = [
            TextPlace::Title,
            TextPlace::PreparedBy,
            TextPlace::Entry {
                id: "q7".into(),
                lang: "es".into(),
            },
            TextPlace::Contact("Oficina Norte".into()),
            TextPlace::Card("vi".into()),
            TextPlace::Text("ui/tab-guide".into()),
        ];
        for place in places {
            let m = MissingGlyphs {
                place,
                chars: vec!['法'],
            };
            let en = crate::core::i18n::with(Lang::En, |t| m.text(t));
            let es = crate::core::i18n::with(Lang::Es, |t| m.text(t));
            for text in [&en, &es] {
                assert!(!text.contains("print-missing"), "falls back: {text}");
                assert!(text.contains('法'), "{text}");
            }
            assert_ne!(en, es, "English in Spanish: {en}");
            assert_eq!(m.to_string(), en);
        }
        let q7 = MissingGlyphs {
            place: TextPlace::Entry {
                id: "q7".into(),
                lang: "es".into(),
            },
            chars: vec!['\u{378}'],
        };
        let es = crate::core::i18n::with(Lang::Es, |t| q7.text(t));
        assert!(es.contains("pregunta q7 (Español)"), "{es}");
    }
}
