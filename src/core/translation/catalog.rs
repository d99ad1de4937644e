//! The strings of a language an office can have reviewed: the interface (each Fluent message of
//! `en.ftl`, with the language's text: the office's corrected one from its pack, else the
//! bundled one) and the guides' text (section titles, questions, answer paragraphs and list
//! items, editor's notes, card key points) and contacts' texts, each with an id, the English,
//! the translation, a note on where it appears, and its review state (the office's own texts:
//! `office.rs`).

use super::review::{ReviewState, Reviews};
use crate::core::guide::{Block, Guide};
use crate::core::i18n::Lang;

/// One string to translate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// Stable id: `ui/<message>` or `guide/<guide>/<entry>/<part>`.
    pub id: String,
    /// Where it appears (for the translator).
    pub context: String,
    /// The English.
    pub english: String,
    /// The translation ("" when there is none).
    pub translation: String,
    /// Its review.
    pub state: ReviewState,
}

impl Unit {
    /// True for an interface message (Fluent syntax: its variables and selectors must stay).
    #[must_use]
    pub fn is_interface(&self) -> bool {
        self.id.starts_with(UI)
    }
}

/// The prefix of interface ids.
pub const UI: &str = "ui/";
/// The prefix of guide ids.
pub const GUIDE: &str = "guide/";
/// The prefix of a contact's texts.
pub const CONTACT: &str = "contact/";

/// The texts of `contacts` that can have a translation (description, hours, "before you
/// call"), with their translation in `lang`: `contact/<id>/<field>`.
#[must_use]
pub fn contact_units(
    contacts: &[crate::core::directory::contact::Contact],
    lang: &str,
    reviews: &Reviews,
) -> Vec<Unit> {
    let mut out = Vec::new();
    for c in contacts {
        let theirs = c.translations.iter().find(|t| t.lang == lang);
        for (field, english, translation) in [
            (
                "description",
                &c.description,
                theirs.map(|t| &t.description),
            ),
            ("hours", &c.hours, theirs.map(|t| &t.hours)),
            ("caveat", &c.caveat, theirs.map(|t| &t.caveat)),
        ] {
            if english.is_empty() {
                continue;
            }
            let id = format!("{CONTACT}{}/{field}", c.id);
            out.push(Unit {
                state: reviews.state(&id, english),
                id,
                context: format!("Contact “{}”: {field}", c.name),
                english: english.to_string(),
                translation: translation.map(ToString::to_string).unwrap_or_default(),
            });
        }
    }
    out
}

/// Sets the translation of contact text `id` in `contact` (when the id is one of its texts).
pub fn set_contact_text(
    contact: &mut crate::core::directory::contact::Contact,
    lang: &str,
    id: &str,
    text: &str,
) -> bool {
    let Some(field) = id
        .strip_prefix(CONTACT)
        .and_then(|r| r.strip_prefix(contact.id.as_str()))
        .and_then(|r| r.strip_prefix('/'))
    else {
        return false;
    };
    let t = contact.translation_mut(lang);
    match field {
        "description" => t.description = text.into(),
        "hours" => t.hours = text.into(),
        "caveat" => t.caveat = text.into(),
        _ => return false,
    }
    true
}

/// The messages of a Fluent file in file order: (key, value as written, the section comment
/// it is under). A value keeps its continuation lines (selectors) verbatim.
#[must_use]
pub fn ftl_messages(source: &str) -> Vec<(String, String, String)> {
    let mut out: Vec<(String, String, String)> = Vec::new();
    let mut section = String::new();
    let mut current: Option<(String, String)> = None;
    let flush = |current: &mut Option<(String, String)>,
                 out: &mut Vec<(String, String, String)>,
                 section: &str| {
        if let Some((k, v)) = current.take() {
            out.push((k, v, section.to_string()));
        }
    };
    for line in source.lines() {
        let continues = line.starts_with([' ', '\t', '}']) && !line.trim().is_empty();
        if continues && let Some((_, v)) = current.as_mut() {
            v.push('\n');
            v.push_str(line);
            continue;
        }
        flush(&mut current, &mut out, &section);
        if let Some(title) = line.strip_prefix("## ") {
            section = title.trim().to_string();
        } else if let Some((key, value)) = line
            .split_once(" = ")
            .or_else(|| line.strip_suffix(" =").map(|k| (k, "")))
            && !line.starts_with('#')
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            current = Some((key.to_string(), value.to_string()));
        }
    }
    flush(&mut current, &mut out, &section);
    out
}

/// The interface strings of `lang`, with the office's corrections (`pack_ftl`, the pack's
/// `ui.ftl`) over the bundled translation (none for a language a pack added: its strings are
/// the pack's alone).
#[must_use]
pub fn interface_units(lang: Lang, pack_ftl: Option<&str>, reviews: &Reviews) -> Vec<Unit> {
    let bundled = if lang.is_bundled() {
        ftl_messages(lang.ftl())
    } else {
        Vec::new()
    };
    let pack = pack_ftl.map(ftl_messages).unwrap_or_default();
    let find = |list: &[(String, String, String)], key: &str| {
        list.iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, v, _)| v.clone())
    };
    ftl_messages(Lang::En.ftl())
        .into_iter()
        .map(|(key, english, section)| {
            let id = format!("{UI}{key}");
            let translation = find(&pack, &key)
                .or_else(|| find(&bundled, &key))
                .unwrap_or_default();
            let context = if section.is_empty() {
                format!("Interface: {key}")
            } else {
                format!("Interface, {section}: {key}")
            };
            Unit {
                state: reviews.state(&id, &english),
                id,
                context,
                english,
                translation,
            }
        })
        .collect()
}

/// The strings of `english` (a guide in English) and their translations in `translated` (the
/// same guide in the language), matched by section and entry id and by position within an
/// entry.
#[must_use]
pub fn guide_units(english: &Guide, translated: Option<&Guide>, reviews: &Reviews) -> Vec<Unit> {
    let mut out = Vec::new();
    let mut push = |id: String, context: String, english: &str, translation: String| {
        out.push(Unit {
            state: reviews.state(&id, english),
            id,
            context,
            english: english.to_string(),
            translation,
        });
    };
    let base = format!("{GUIDE}{}", english.id);
    for section in &english.sections {
        let their_section = translated.and_then(|t| t.sections.iter().find(|s| s.id == section.id));
        push(
            format!("{base}/{}/title", section.id),
            format!("Guide “{}”, a section title", english.title),
            &section.title,
            their_section.map(|s| s.title.clone()).unwrap_or_default(),
        );
        for entry in &section.entries {
            let theirs = translated.and_then(|t| t.entry(&entry.id));
            let at = format!("{base}/{}", entry.id);
            let context = format!("Guide “{}”, {}", english.title, entry.title());
            push(
                format!("{at}/question"),
                format!("{context}: the question"),
                &entry.question,
                theirs.map(|e| e.question.clone()).unwrap_or_default(),
            );
            for (b, block) in entry.answer.iter().enumerate() {
                let their_block = theirs.and_then(|e| e.answer.get(b));
                match block {
                    Block::Paragraph(text) => push(
                        format!("{at}/answer/{b}"),
                        format!("{context}: answer, paragraph {}", b + 1),
                        text,
                        match their_block {
                            Some(Block::Paragraph(t)) => t.clone(),
                            _ => String::new(),
                        },
                    ),
                    Block::Numbered(items) | Block::Bulleted(items) => {
                        for (i, item) in items.iter().enumerate() {
                            let their_item = match their_block {
                                Some(Block::Numbered(t) | Block::Bulleted(t)) => {
                                    t.get(i).cloned().unwrap_or_default()
                                }
                                _ => String::new(),
                            };
                            push(
                                format!("{at}/answer/{b}/{i}"),
                                format!("{context}: answer, list item {}", i + 1),
                                item,
                                their_item,
                            );
                        }
                    }
                }
            }
            for (n, note) in entry.notes.iter().enumerate() {
                push(
                    format!("{at}/note/{n}"),
                    format!("{context}: editor's note {}", n + 1),
                    &note.text,
                    theirs
                        .and_then(|e| e.notes.get(n))
                        .map(|t| t.text.clone())
                        .unwrap_or_default(),
                );
            }
            // A translated entry without card points keeps the English card on purpose (the
            // statement handed to an agent is in English).
            let card_translated = theirs.is_none_or(|e| e.key_points.is_some());
            if let Some(points) = entry.key_points.as_ref().filter(|_| card_translated) {
                let their_points = theirs.and_then(|e| e.key_points.as_ref());
                push(
                    format!("{at}/card/title"),
                    format!("{context}: the wallet card's title"),
                    &points.title,
                    their_points.map(|p| p.title.clone()).unwrap_or_default(),
                );
                for (i, point) in points.points.iter().enumerate() {
                    push(
                        format!("{at}/card/{i}"),
                        format!("{context}: wallet card point {}", i + 1),
                        point,
                        their_points
                            .and_then(|p| p.points.get(i).cloned())
                            .unwrap_or_default(),
                    );
                }
            }
        }
    }
    out
}

/// Sets the text of guide string `id` in `guide` (the translated guide); false when the id
/// names nothing in it.
pub fn set_guide_text(guide: &mut Guide, id: &str, text: &str) -> bool {
    let Some(rest) = id
        .strip_prefix(GUIDE)
        .and_then(|r| r.strip_prefix(guide.id.as_str()))
        .and_then(|r| r.strip_prefix('/'))
    else {
        return false;
    };
    let parts: Vec<&str> = rest.split('/').collect();
    let text = text.to_string();
    if let [section, "title"] = parts.as_slice() {
        if let Some(s) = guide.sections.iter_mut().find(|s| s.id == *section) {
            s.title = text;
            return true;
        }
        return false;
    }
    let Some(entry) = guide
        .sections
        .iter_mut()
        .flat_map(|s| s.entries.iter_mut())
        .find(|e| parts.first() == Some(&e.id.as_str()))
    else {
        return false;
    };
    let index = |s: &str| s.parse::<usize>().ok();
    match parts.as_slice() {
        [_, "question"] => entry.question = text,
        [_, "answer", b] => match index(b).and_then(|b| entry.answer.get_mut(b)) {
            Some(Block::Paragraph(p)) => *p = text,
            _ => return false,
        },
        [_, "answer", b, i] => match index(b).and_then(|b| entry.answer.get_mut(b)) {
            Some(Block::Numbered(items) | Block::Bulleted(items)) => {
                match index(i).and_then(|i| items.get_mut(i)) {
                    Some(item) => *item = text,
                    None => return false,
                }
            }
            _ => return false,
        },
        [_, "note", n] => match index(n).and_then(|n| entry.notes.get_mut(n)) {
            Some(note) => note.text = text,
            None => return false,
        },
        [_, "card", "title"] => match entry.key_points.as_mut() {
            Some(p) => p.title = text,
            None => return false,
        },
        [_, "card", i] => match (index(i), entry.key_points.as_mut()) {
            (Some(i), Some(p)) if i < p.points.len() => p.points[i] = text,
            _ => return false,
        },
        _ => return false,
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_keep_their_selectors_and_sections() {
        let ftl = "## Files\nopen = Open\ncount = { $n ->\n    [one] One\n   *[other] { $n } many\n}\n# a comment\nlast = Last\n";
        let m = ftl_messages(ftl);
        assert_eq!(m.len(), 3);
        assert_eq!(m[0], ("open".into(), "Open".into(), "Files".into()));
        assert_eq!(m[1].1, "{ $n ->\n    [one] One\n   *[other] { $n } many\n}");
        assert_eq!(m[2].0, "last");
    }

    #[test]
    fn every_interface_message_is_a_unit_with_its_spanish() {
        let units = interface_units(Lang::Es, None, &Reviews::default());
        assert_eq!(units.len(), crate::core::i18n::I18n::keys(Lang::En).len());
        let cancel = units.iter().find(|u| u.id == "ui/cancel").expect("cancel");
        assert_eq!(cancel.english, "Cancel");
        assert_eq!(cancel.translation, "Cancelar");
        assert_eq!(cancel.state, ReviewState::Unreviewed);
        // The office's correction wins over the bundled translation.
        let units = interface_units(
            Lang::Es,
            Some("cancel = Cancelar ahora\n"),
            &Reviews::default(),
        );
        let cancel = units.iter().find(|u| u.id == "ui/cancel").expect("cancel");
        assert_eq!(cancel.translation, "Cancelar ahora");
    }
}
