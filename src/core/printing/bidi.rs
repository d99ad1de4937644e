//! Text of both directions on one page. A printout in a right-to-left language (Arabic, Farsi,
//! Pashto…) is laid out right to left, but much of what it prints may be left to right: English
//! not yet translated, contacts' names and notes, web addresses, numbers. Each such text is
//! isolated (Unicode's first-strong isolate, which the layout's bidirectional algorithm obeys),
//! so an English sentence keeps its full stop at its end and a name its word order, while the
//! page itself reads right to left. (Addresses and numbers the templates isolate left to right.)

use super::model::{HandoutData, PrintBlock, PrintContact};

/// First-strong isolate … pop directional isolate.
fn isolate(text: &mut String) {
    if !text.is_empty() {
        *text = format!("\u{2068}{text}\u{2069}");
    }
}

fn isolate_contact(c: &mut PrintContact) {
    for t in [
        &mut c.name,
        &mut c.address,
        &mut c.hours,
        &mut c.description,
        &mut c.caveat,
        &mut c.cost,
        &mut c.languages,
        &mut c.counties,
        &mut c.verification,
    ] {
        isolate(t);
    }
}

fn isolate_labels(l: &mut super::labels::Labels) {
    for t in [
        &mut l.prepared_by,
        &mut l.printed,
        &mut l.guidance,
        &mut l.source,
        &mut l.reviewed,
        &mut l.who_can_help,
        &mut l.name,
        &mut l.phone,
        &mut l.details,
        &mut l.hours,
        &mut l.languages,
        &mut l.counties,
        &mut l.sources,
        &mut l.unverified_note,
        &mut l.who_to_call,
        &mut l.qr_for,
        &mut l.contact_sheet,
        &mut l.not_advice,
        &mut l.cut_here,
        &mut l.before_call,
        &mut l.cost,
        &mut l.area,
        &mut l.office_not_guide,
    ] {
        isolate(t);
    }
    for (page, of) in &mut l.page_of {
        isolate(page);
        isolate(of);
    }
}

fn isolate_side(side: &mut super::cards::CardSide) {
    isolate(&mut side.heading);
    isolate(&mut side.source);
    isolate(&mut side.lines_heading);
    isolate(&mut side.footer);
    side.points.iter_mut().for_each(isolate);
    for line in &mut side.lines {
        isolate(&mut line.name);
        isolate(&mut line.verification);
        isolate(&mut line.note);
    }
}

fn right_to_left(code: &str) -> bool {
    crate::core::i18n::Lang::parse(code).is_some_and(crate::core::i18n::Lang::is_right_to_left)
}

/// Whether `data` prints anything right to left: its first language, an entry, or a card side.
#[must_use]
pub fn has_right_to_left(data: &HandoutData) -> bool {
    right_to_left(&data.lang)
        || data.entries.iter().any(|e| right_to_left(&e.lang))
        || data
            .cards
            .as_ref()
            .is_some_and(|c| right_to_left(&c.front.lang) || right_to_left(&c.back.lang))
}

/// `data` with each of its texts isolated for a right-to-left page.
#[must_use]
pub fn isolated(data: &HandoutData) -> HandoutData {
    let mut d = data.clone();
    isolate_labels(&mut d.labels);
    isolate(&mut d.guide_title);
    isolate(&mut d.guide_source);
    isolate(&mut d.about_guide);
    isolate(&mut d.disclaimer);
    isolate(&mut d.prepared_by);
    d.translation_notes.iter_mut().for_each(isolate);
    for e in &mut d.entries {
        isolate(&mut e.title);
        isolate(&mut e.in_english);
        for b in &mut e.blocks {
            match b {
                PrintBlock::Paragraph { text } => isolate(text),
                PrintBlock::Numbered { items } | PrintBlock::Bulleted { items } => {
                    items.iter_mut().for_each(isolate);
                }
            }
        }
        for n in &mut e.notes {
            isolate(&mut n.text);
            n.sources.iter_mut().for_each(isolate);
        }
        e.sources.iter_mut().for_each(isolate);
    }
    if let Some(cards) = &mut d.cards {
        isolate_side(&mut cards.front);
        isolate_side(&mut cards.back);
    }
    for g in &mut d.groups {
        isolate(&mut g.category);
        isolate(&mut g.maybe_heading);
        g.contacts.iter_mut().for_each(isolate_contact);
        g.maybe.iter_mut().for_each(isolate_contact);
    }
    d
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_isolate_wraps_text_and_leaves_nothing_empty() {
        let mut t = String::from("Call first.");
        super::isolate(&mut t);
        assert_eq!(t, "\u{2068}Call first.\u{2069}");
        let mut empty = String::new();
        super::isolate(&mut empty);
        assert!(empty.is_empty());
    }
}
