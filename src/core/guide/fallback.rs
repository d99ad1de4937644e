//! A translation read beside its English original: a language pack's guide is written piece by
//! piece as its translator gives strings back, so what is not translated yet is empty there (or
//! missing). Before the guide is shown or printed, each empty piece takes the English text and
//! its entry is listed in [`Guide::untranslated`], so the window and the printouts show the
//! English marked as such instead of a blank.

use super::{Block, Guide, KeyPoints};

/// A translation of `english` into `lang` with nothing translated yet: the same sections,
/// entries, answer blocks, notes and card points with empty text, so a translator's strings
/// can be set in it one by one. `note` is its translation note ("not yet reviewed …").
#[must_use]
pub fn skeleton(english: &Guide, lang: &str, note: String) -> Guide {
    let mut g = english.clone();
    g.language = lang.to_string();
    g.translation_note = Some(note);
    g.untranslated.clear();
    for section in &mut g.sections {
        section.title.clear();
        for entry in &mut section.entries {
            entry.question.clear();
            for block in &mut entry.answer {
                match block {
                    Block::Paragraph(t) => t.clear(),
                    Block::Numbered(items) | Block::Bulleted(items) => {
                        items.iter_mut().for_each(String::clear);
                    }
                }
            }
            for note in &mut entry.notes {
                note.text.clear();
            }
            if let Some(kp) = &mut entry.key_points {
                kp.title.clear();
                kp.points.iter_mut().for_each(String::clear);
            }
        }
    }
    g
}

/// Fills the empty pieces of every translation in `guides` from its English original (the guide
/// with the same id in "en"), entries missing from it included, and lists the entries that
/// took English text in [`Guide::untranslated`].
pub fn fill_from_english(guides: &mut [Guide]) {
    let originals: Vec<Guide> = guides
        .iter()
        .filter(|g| g.language == "en")
        .cloned()
        .collect();
    for g in guides.iter_mut().filter(|g| g.language != "en") {
        if let Some(english) = originals.iter().find(|e| e.id == g.id) {
            fill(g, english);
        }
    }
}

fn take(piece: &mut String, english: &str) -> bool {
    if piece.trim().is_empty() && !english.trim().is_empty() {
        *piece = english.to_string();
        true
    } else {
        false
    }
}

fn fill(g: &mut Guide, english: &Guide) {
    let mut untranslated = Vec::new();
    for en_section in &english.sections {
        let Some(section) = g.sections.iter_mut().find(|s| s.id == en_section.id) else {
            untranslated.extend(en_section.entries.iter().map(|e| e.id.clone()));
            g.sections.push(en_section.clone());
            continue;
        };
        take(&mut section.title, &en_section.title);
        for en_entry in &en_section.entries {
            let Some(entry) = section.entries.iter_mut().find(|e| e.id == en_entry.id) else {
                untranslated.push(en_entry.id.clone());
                section.entries.push(en_entry.clone());
                continue;
            };
            let mut took = take(&mut entry.question, &en_entry.question);
            for (b, en_block) in en_entry.answer.iter().enumerate() {
                match (entry.answer.get_mut(b), en_block) {
                    (Some(Block::Paragraph(t)), Block::Paragraph(e)) => took |= take(t, e),
                    (
                        Some(Block::Numbered(items) | Block::Bulleted(items)),
                        Block::Numbered(en_items) | Block::Bulleted(en_items),
                    ) => {
                        for (i, e) in en_items.iter().enumerate() {
                            if let Some(t) = items.get_mut(i) {
                                took |= take(t, e);
                            } else {
                                items.push(e.clone());
                                took = true;
                            }
                        }
                    }
                    (None, _) => {
                        entry.answer.push(en_block.clone());
                        took = true;
                    }
                    // A block of another kind than the English is the translator's choice.
                    _ => {}
                }
            }
            for (n, en_note) in en_entry.notes.iter().enumerate() {
                if let Some(note) = entry.notes.get_mut(n) {
                    took |= take(&mut note.text, &en_note.text);
                }
            }
            if let (Some(kp), Some(en_kp)) = (&mut entry.key_points, &en_entry.key_points) {
                took |= fill_points(kp, en_kp);
            }
            if took {
                untranslated.push(en_entry.id.clone());
            }
        }
    }
    g.untranslated = untranslated;
}

fn fill_points(kp: &mut KeyPoints, english: &KeyPoints) -> bool {
    let mut took = take(&mut kp.title, &english.title);
    for (i, e) in english.points.iter().enumerate() {
        if let Some(t) = kp.points.get_mut(i) {
            took |= take(t, e);
        } else {
            kp.points.push(e.clone());
            took = true;
        }
    }
    took
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> Guide {
        crate::core::guide::bundled()
            .expect("bundled")
            .into_iter()
            .find(|g| g.language == "en")
            .expect("English")
    }

    #[test]
    fn a_skeleton_filled_from_english_is_english_marked_entry_by_entry() {
        let en = english();
        let mut vi = skeleton(&en, "vi", "not reviewed".into());
        assert!(vi.sections[0].entries[0].question.is_empty());
        vi.sections[0].entries[0].question = "Câu hỏi".into();
        let mut all = vec![en.clone(), vi];
        fill_from_english(&mut all);
        let vi = &all[1];
        let first = &vi.sections[0].entries[0];
        assert_eq!(first.question, "Câu hỏi");
        assert_eq!(first.answer, en.sections[0].entries[0].answer);
        let every: Vec<&String> = en
            .sections
            .iter()
            .flat_map(|s| s.entries.iter().map(|e| &e.id))
            .collect();
        assert_eq!(vi.untranslated.iter().collect::<Vec<_>>(), every);
        assert!(all[0].untranslated.is_empty());
    }

    #[test]
    fn a_whole_translation_takes_nothing() {
        let mut all = crate::core::guide::bundled().expect("bundled");
        let before = all.clone();
        fill_from_english(&mut all);
        assert_eq!(all, before, "the bundled Spanish is whole");
    }
}
