//! The office's own notes and questions as strings to translate and review: each text the
//! office wrote in English (a note on an entry, a question of its own and its answer), with its
//! translation in the language — `office/note/<id>`, `office/entry/<id>/question`,
//! `office/entry/<id>/answer`. Text the office wrote in one language only has nothing to
//! translate from English and is left out.

use super::catalog::Unit;
use super::review::Reviews;
use crate::core::guide::office_notes::{Bilingual, OfficeNotes};

/// The prefix of the office's texts.
pub const OFFICE: &str = "office/";

/// The office's texts in English with their translations in `lang`.
#[must_use]
pub fn office_units(office: &OfficeNotes, lang: &str, reviews: &Reviews) -> Vec<Unit> {
    let mut out = Vec::new();
    let mut push = |id: String, context: String, text: &Bilingual| {
        if text.en.trim().is_empty() {
            return;
        }
        out.push(Unit {
            state: reviews.state(&id, &text.en),
            id,
            context,
            english: text.en.clone(),
            translation: text.text(lang).to_string(),
        });
    };
    for n in &office.notes {
        push(
            format!("{OFFICE}note/{}", n.id),
            format!("The office's note on guide entry {}", n.entry_id),
            &n.text,
        );
    }
    for e in &office.entries {
        push(
            format!("{OFFICE}entry/{}/question", e.id),
            "The office's own question".to_string(),
            &e.question,
        );
        push(
            format!("{OFFICE}entry/{}/answer", e.id),
            format!("The answer to the office's question “{}”", e.question.en),
            &e.answer,
        );
    }
    out
}

/// Sets the translation in `lang` of office text `id` in `office`; false when the id names
/// nothing there.
pub fn set_office_text(office: &mut OfficeNotes, lang: &str, id: &str, text: &str) -> bool {
    let Some(rest) = id.strip_prefix(OFFICE) else {
        return false;
    };
    let target = if let Some(note) = rest.strip_prefix("note/") {
        office
            .notes
            .iter_mut()
            .find(|n| n.id == note)
            .map(|n| &mut n.text)
    } else if let Some(entry) = rest.strip_prefix("entry/") {
        let (entry, part) = entry.rsplit_once('/').unwrap_or((entry, ""));
        office
            .entries
            .iter_mut()
            .find(|e| e.id == entry)
            .and_then(|e| match part {
                "question" => Some(&mut e.question),
                "answer" => Some(&mut e.answer),
                _ => None,
            })
    } else {
        None
    };
    match target {
        Some(t) => {
            t.set(lang, text.to_string());
            true
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::guide::office_notes::{OfficeEntry, OfficeNote};

    fn office() -> OfficeNotes {
        let day = jiff::civil::date(2026, 12, 3);
        OfficeNotes {
            version: 1,
            organization: "Example Office".into(),
            notes: vec![OfficeNote {
                id: "note-1".into(),
                entry_id: "q14".into(),
                text: Bilingual {
                    en: "Our jail asks for a judge's warrant.".into(),
                    ..Bilingual::default()
                },
                date: day,
            }],
            entries: vec![OfficeEntry {
                id: "office-1".into(),
                question: Bilingual {
                    en: "When is the clinic open?".into(),
                    es: "¿Cuándo abre la clínica?".into(),
                    ..Bilingual::default()
                },
                answer: Bilingual {
                    es: "Los martes.".into(),
                    ..Bilingual::default()
                },
                date: day,
            }],
        }
    }

    #[test]
    fn the_office_s_english_texts_are_strings_and_take_their_translations() {
        let mut o = office();
        let units = office_units(&o, "es", &Reviews::default());
        let ids: Vec<&str> = units.iter().map(|u| u.id.as_str()).collect();
        // The answer written in Spanish only has no English to translate from.
        assert_eq!(
            ids,
            ["office/note/note-1", "office/entry/office-1/question"]
        );
        assert_eq!(units[1].translation, "¿Cuándo abre la clínica?");
        assert!(set_office_text(
            &mut o,
            "vi",
            "office/note/note-1",
            "Nhà tù"
        ));
        assert!(set_office_text(
            &mut o,
            "es",
            "office/entry/office-1/question",
            "¿A qué hora abre la clínica?"
        ));
        assert!(!set_office_text(&mut o, "es", "office/note/gone", "x"));
        assert_eq!(o.notes[0].text.text("vi"), "Nhà tù");
        assert_eq!(o.notes[0].text.in_lang("vi"), Some(("Nhà tù", false)));
        assert_eq!(o.entries[0].question.es, "¿A qué hora abre la clínica?");
        let back = office_units(&o, "vi", &Reviews::default());
        assert_eq!(back[0].translation, "Nhà tù");
        assert_eq!(back[1].translation, "");
    }
}
