//! The door card ("red card"): every point traces to a source, the back is English in every
//! language, a Spanish front has no English, the office's numbers lead with legal aid, the
//! office's own wording is marked as theirs, and fronts and backs line up on two-sided sheets
//! (positions read back from the PDF).

use rights_desk::core::directory::Directory;
use rights_desk::core::directory::contact::Category;
use rights_desk::core::directory::search::ContactIndex;
use rights_desk::core::guide::{self, Guide, Note, NoteKind};
use rights_desk::core::printing::{
    self, CardSheet, DOOR_AGENT_ENTRY, DOOR_CARD, DOOR_CARD_ENTRY, Handout, Layout, Paper,
    PrintChoices, PrintLang,
};
use rights_desk::core::store;
use std::path::Path;

const TODAY: jiff::civil::Date = jiff::civil::Date::constant(2026, 12, 2);

fn guides() -> Vec<Guide> {
    guide::bundled_with_companions().expect("guides")
}

fn sheet_with(guides: &[Guide], lang: PrintLang, county: Option<&str>, paper: Paper) -> CardSheet {
    let (contacts, _) =
        store::parse_directory(store::BUNDLED_DIRECTORY, Path::new("b")).expect("directory");
    let directory = Directory::new(contacts);
    let index = ContactIndex::build(directory.contacts());
    let mut choices = PrintChoices {
        layout: Layout::DoorCard,
        lang,
        paper,
        prepared_by: "Example Office, 505-555-0100".into(),
        ..PrintChoices::default()
    };
    choices.contacts.county = county.map(str::to_string);
    // The door card gets the guide in both languages: its back is English.
    let refs: Vec<&Guide> = guides.iter().collect();
    let (_, data) = printing::assemble(
        &choices,
        Vec::new(),
        &refs,
        directory.contacts(),
        Some(&index),
        TODAY,
        &rights_desk::core::directory::status::DueRules::default(),
    );
    data.cards.expect("a door-card sheet")
}

fn sheet(lang: PrintLang, county: Option<&str>) -> CardSheet {
    sheet_with(&guides(), lang, county, Paper::Letter)
}

#[test]
fn every_point_on_the_card_traces_to_a_sourced_entry() {
    for g in guide::bundled_companions().expect("door guides") {
        assert_eq!(g.companion_of.as_deref(), Some("nm-ag-ice"));
        assert_eq!(g.validate(), Vec::new(), "{}", g.language);
        assert!(
            g.source.publisher.is_none(),
            "our own words, not a reproduced page"
        );
        for id in [DOOR_CARD_ENTRY, DOOR_AGENT_ENTRY] {
            let Some(kp) = g.entry(id).and_then(|e| e.key_points.clone()) else {
                assert_eq!(
                    g.language, "es",
                    "only the English guide needs the agent's side"
                );
                continue;
            };
            assert_eq!(kp.based_on.len(), kp.points.len(), "{} {id}", g.language);
            for (point, based_on) in kp.points.iter().zip(&kp.based_on) {
                let entry = g
                    .entry(based_on)
                    .unwrap_or_else(|| panic!("{point}: no entry {based_on}"));
                assert!(!entry.sources.is_empty(), "{based_on} cites no source");
            }
        }
        // Every entry cites its public sources.
        for e in g.entries() {
            assert!(!e.sources.is_empty(), "{} {}", g.language, e.id);
        }
    }
}

#[test]
fn the_door_guide_is_read_beside_the_ag_guide_and_never_mixes_with_it() {
    let bundled = guide::bundled().expect("guides");
    for g in guides() {
        let faq = bundled
            .iter()
            .find(|b| b.language == g.language)
            .expect("the FAQ");
        // The FAQ's own sections come first, unchanged; the door guide's follow, marked.
        assert_eq!(&g.sections[..faq.sections.len()], &faq.sections[..]);
        let door: Vec<_> = g.sections[faq.sections.len()..].iter().collect();
        assert!(!door.is_empty());
        for s in door {
            let c = s.companion.as_ref().expect("marked as the door guide's");
            assert_eq!(c.id, "kyr-door");
            assert_eq!(c.last_reviewed.to_string(), "2026-12-02");
        }
        assert!(g.entry(DOOR_CARD_ENTRY).is_some());
    }
    // The guide list shows the FAQ with its companion, not the companion on its own.
    assert!(guides().iter().all(|g| g.id == "nm-ag-ice"));
}

#[test]
fn the_back_is_english_in_every_language_and_the_front_in_the_cards() {
    let en = guides()
        .into_iter()
        .find(|g| g.language == "en")
        .expect("English");
    let agent = en
        .entry(DOOR_AGENT_ENTRY)
        .and_then(|e| e.key_points.clone())
        .expect("the agent's side");
    let card_en = en
        .entry(DOOR_CARD_ENTRY)
        .and_then(|e| e.key_points.clone())
        .expect("the front");
    for lang in [PrintLang::En, PrintLang::Es, PrintLang::Both] {
        let s = sheet(lang, Some("Doña Ana"));
        assert_eq!(s.back.lang, "en");
        assert_eq!(s.back.heading, "To the immigration agent");
        assert_eq!(s.back.points, agent.points, "{lang:?}");
        let front_lang = if lang == PrintLang::En { "en" } else { "es" };
        assert_eq!(
            s.front.lang, front_lang,
            "{lang:?}: Spanish sheets by default"
        );
        // Honest marks: not legal advice, the review date, the sources and who printed it.
        assert!(s.front.footer.contains("2026-12-02"), "{}", s.front.footer);
        assert!(
            s.front.footer.contains("Example Office"),
            "{}",
            s.front.footer
        );
        assert!(s.front.source.contains("ilrc.org"), "{}", s.front.source);
        if front_lang == "es" {
            // No English on a Spanish front.
            let front = format!(
                "{} {} {} {}",
                s.front.heading,
                s.front.points.join(" "),
                s.front.source,
                s.front.footer
            );
            for p in &card_en.points {
                assert!(!front.contains(p.as_str()), "English on the front: {p}");
            }
            for word in [
                " the ", " door", " not ", " you", " sign ", "Reviewed", "Printed",
            ] {
                assert!(
                    !front.contains(word),
                    "“{word}” on a Spanish front: {front}"
                );
            }
            assert!(front.contains("No abra la puerta"));
            assert!(front.contains("no asesoría legal"));
        } else {
            assert_eq!(s.front.points, card_en.points);
        }
        // The office's numbers for the county, legal aid first.
        assert!(!s.back.lines.is_empty() && s.back.lines.len() <= printing::DOOR_CARD_LINES);
        let (contacts, _) =
            store::parse_directory(store::BUNDLED_DIRECTORY, Path::new("b")).expect("dir");
        let first = contacts
            .iter()
            .find(|c| c.name == s.back.lines[0].name)
            .expect("a contact");
        assert_eq!(first.category, Category::LegalAid);
    }
}

#[test]
fn the_offices_own_wording_replaces_the_front_and_is_marked_as_theirs() {
    let mut all = guides();
    for g in &mut all {
        let entry = g
            .sections
            .iter_mut()
            .flat_map(|s| s.entries.iter_mut())
            .find(|e| e.id == DOOR_CARD_ENTRY)
            .expect("entry");
        let text = if g.language == "es" {
            "No abra la puerta.\n- Llame a la oficina: 505-555-0100"
        } else {
            "Do not open the door.\n- Call our office: 505-555-0100"
        };
        entry.notes.push(Note {
            kind: NoteKind::Context,
            text: text.into(),
            sources: Vec::new(),
            as_of: Some(TODAY),
            from: Some("Example Office".into()),
        });
    }
    let s = sheet_with(&all, PrintLang::Es, None, Paper::Letter);
    assert_eq!(
        s.front.points,
        ["No abra la puerta.", "Llame a la oficina: 505-555-0100"]
    );
    assert!(
        s.front
            .source
            .contains("De nuestra oficina — Example Office"),
        "{}",
        s.front.source
    );
    // The agent's side keeps the sourced statement.
    assert_eq!(s.back.heading, "To the immigration agent");
    // The bundled guide itself is unchanged.
    let bundled = guides();
    let es = bundled.iter().find(|g| g.language == "es").expect("es");
    assert!(
        es.entry(DOOR_CARD_ENTRY)
            .is_some_and(|e| e.notes.is_empty())
    );
}

#[test]
fn ten_credit_card_size_cards_a_sheet_with_cut_marks_on_the_page() {
    for paper in [Paper::Letter, Paper::A4] {
        let s = sheet_with(&guides(), PrintLang::Es, None, paper);
        assert_eq!(s.front_slots.len(), 10, "{paper:?}");
        assert!((s.width - 3.370).abs() < 0.01 && (s.height - 2.125).abs() < 0.01);
        let (pw, ph) = paper.size_in();
        for m in s.front_marks.iter().chain(&s.back_marks) {
            for (x, y) in [(m.x1, m.y1), (m.x2, m.y2)] {
                assert!(
                    x >= 0.0 && x <= pw && y >= 0.0 && y <= ph,
                    "{paper:?} {m:?}"
                );
            }
        }
        // Cards do not overlap and the back mirrors the front.
        for (f, b) in s.front_slots.iter().zip(&s.back_slots) {
            assert!((b.x - (pw - f.x - DOOR_CARD.size.0)).abs() < 1e-9);
            assert!((b.y - f.y).abs() < 1e-9);
        }
    }
}

/// Two-sided printing flips the sheet on its long edge: the back of the card at (x, y) is at
/// (page width − x − card width, y). Checked on the PDF itself: where each card's heading is
/// drawn on page 1 and on page 2.
#[test]
fn fronts_and_backs_line_up_in_the_pdf() {
    let data = door_data();
    let bytes = printing::pdf::render(&data).expect("pdf");
    let front = crate::pdf_text::runs(&bytes, 1);
    let back = crate::pdf_text::runs(&bytes, 2);
    let starts = |runs: &[(f64, f64, String)], heading: &str| -> Vec<(f64, f64)> {
        let mut v: Vec<(f64, f64)> = runs
            .iter()
            // (Glyph runs may come back out of order within a line; the run's start is its
            // leftmost character.)
            .filter(|(_, _, t)| t.contains(heading))
            .map(|(x, y, _)| (*x, *y))
            .collect();
        v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.total_cmp(&b.0)));
        v
    };
    let fronts = starts(&front, "su puerta");
    let backs = starts(&back, "immigr");
    assert_eq!(fronts.len(), 10, "{front:?}");
    assert_eq!(backs.len(), 10, "{back:?}");
    let (pw, _) = Paper::Letter.size_in();
    let (cw, _) = DOOR_CARD.size;
    let pad = 0.13 * 72.0;
    for f in &fronts {
        // Same row; mirrored column: the back card's left edge is the page width minus the
        // front card's right edge. (Within 2 pt: each side's text is fitted to its card, so the
        // headings' sizes and first glyphs differ a little; a card out of place would be off by
        // inches.)
        let front_left = f.0 - pad;
        let mirrored = pw * 72.0 - front_left - cw * 72.0;
        assert!(
            backs
                .iter()
                .any(|b| (f.1 - b.1).abs() < 2.0 && (b.0 - pad - mirrored).abs() < 2.0),
            "no back behind the front at {f:?}: {backs:?}"
        );
    }
}

/// A door-card printout's data (as `assemble` makes it) for the PDF test.
fn door_data() -> printing::HandoutData {
    let g = guides();
    let refs: Vec<&Guide> = g.iter().collect();
    let (contacts, _) =
        store::parse_directory(store::BUNDLED_DIRECTORY, Path::new("b")).expect("directory");
    printing::resolve(
        &Handout {
            choices: PrintChoices {
                layout: Layout::DoorCard,
                lang: PrintLang::Es,
                ..PrintChoices::default()
            },
            ..Handout::default()
        },
        &refs,
        &contacts,
        TODAY,
        &rights_desk::core::directory::status::DueRules::default(),
    )
}
