//! Printing: the handout in every format from the same data, escaping, and the PDF's text as a
//! reader sees it (read back in Rust by `pdf_text`).

use rights_desk::core::directory::Directory;
use rights_desk::core::directory::contact::{Category, Contact, Phone};
use rights_desk::core::printing::{self, Handout, Layout, Paper, PrintChoices, pdf, text};
use rights_desk::core::{guide, store};
use std::path::Path;

fn handout(paper: Paper) -> Handout {
    Handout {
        choices: PrintChoices {
            title: "Know your rights".into(),
            prepared_by: "Example Office, 505-555-0100".into(),
            paper,
            show_notes: true,
            show_sources: true,
            ..PrintChoices::default()
        },
        entries: vec!["q7".into(), "q14".into(), "q3".into()],
        ..Handout::default()
    }
}

fn resolve_with(mut h: Handout, extra: Vec<Contact>) -> printing::HandoutData {
    let guides = guide::bundled().expect("guides");
    let (mut contacts, _) =
        store::parse_directory(store::BUNDLED_DIRECTORY, Path::new("b")).expect("directory");
    contacts.extend(extra);
    let directory = Directory::new(contacts);
    if h.contacts.is_empty() {
        h.contacts = directory
            .contacts()
            .iter()
            .map(|c| c.id.to_string())
            .collect();
    }
    let refs: Vec<&guide::Guide> = guides.iter().collect();
    printing::resolve(
        &h,
        &refs,
        directory.contacts(),
        jiff::civil::date(2026, 11, 27),
        &rights_desk::core::directory::status::DueRules::default(),
    )
}

fn data(extra: Vec<Contact>, paper: Paper) -> printing::HandoutData {
    resolve_with(handout(paper), extra)
}

fn tricky() -> Vec<Contact> {
    vec![
        Contact {
            id: "tricky".into(),
            name: "#panic() *x* <script>alert(1)</script>".into(),
            category: Category::Other,
            phones: smallvec::smallvec![Phone {
                number: "505-555-0142".into(),
                ..Phone::default()
            }],
            ..Contact::default()
        },
        Contact {
            id: "scripts".into(),
            name: "Trung tâm Pháp lý Việt — مركز المساعدة — 法律援助中心".into(),
            category: Category::Other,
            ..Contact::default()
        },
    ]
}

#[test]
fn text_formats_hold_the_entries_contacts_and_dates() {
    let d = data(Vec::new(), Paper::Letter);
    for out in [text::plain(&d), text::markdown(&d), text::html(&d)] {
        assert!(
            out.contains("What should individuals do if they believe their rights"),
            "{out}"
        );
        assert!(out.contains("2026-11-27"));
        assert!(out.contains("not checked"));
        assert!(out.contains("505-490-4060"));
        assert!(out.contains("Editor"));
        assert!(out.contains("not legal advice"));
    }
    // Entries print in the chosen order.
    let plain = text::plain(&d);
    assert!(plain.find("7. What should").expect("q7") < plain.find("14. Are there").expect("q14"));
    assert!(plain.find("14. Are there").expect("q14") < plain.find("3. How does").expect("q3"));
}

#[test]
fn html_escapes_every_field() {
    let d = data(tricky(), Paper::Letter);
    let html = text::html(&d);
    assert!(!html.contains("<script>alert(1)</script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let md = text::markdown(&d);
    assert!(md.contains("\\#panic() \\*x\\*"), "{md}");
}

fn pdftotext(pdf_bytes: &[u8]) -> String {
    crate::pdf_text::text(pdf_bytes)
}

fn page_size(pdf_bytes: &[u8]) -> String {
    crate::pdf_text::page_size(pdf_bytes)
}

#[test]
fn the_pdf_reads_right() {
    let d = data(tricky(), Paper::Letter);
    let bytes = pdf::render(&d).expect("pdf");
    assert!(bytes.starts_with(b"%PDF"));
    let text = pdftotext(&bytes);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for e in &d.entries {
        let start: String = e.title.chars().take(40).collect();
        assert!(flat.contains(&start), "missing “{start}”");
    }
    for name in [
        "New Mexico Immigrant Law Center",
        "ICE Office of Professional Responsibility",
    ] {
        assert!(flat.contains(name), "missing {name}");
    }
    assert!(flat.contains("505-247-1023"));
    assert!(flat.contains("2026-11-27"), "print date");
    assert!(flat.contains("Page 1 of"));
    assert!(flat.contains("not checked"));
    // Narrow table cells wrap long names, so compare without white space.
    let dense: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(
        dense.contains("#panic()*x*<script>alert(1)</script>"),
        "printed literally"
    );
    assert!(flat.contains("Trung tâm Pháp lý Việt"), "Vietnamese");
    // Arabic comes back in logical order from some readers and in drawing order from others.
    let drawn: String = "مركز".chars().rev().collect();
    assert!(flat.contains("مركز") || flat.contains(&drawn), "Arabic");
    assert!(page_size(&bytes).contains("612 x 792"), "Letter");
    let a4 = pdf::render(&data(Vec::new(), Paper::A4)).expect("pdf");
    assert!(page_size(&a4).contains("595"), "A4: {}", page_size(&a4));
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Chinese is not in the bundled fonts: with a system CJK font (Debian's fonts-droid-fallback,
/// any Windows) it prints; without one, the missing characters are reported with the contact
/// that holds them. Either outcome is checked, whichever this machine has.
#[test]
fn chinese_prints_with_a_system_font_or_is_reported_missing() {
    let d = data(tricky(), Paper::Letter);
    let compiled = pdf::compile(&d).expect("layout");
    if compiled.missing.is_empty() {
        let text = flat(&pdftotext(&pdf::to_pdf(&compiled).expect("pdf")));
        assert!(text.contains("法律援助中心"), "Chinese");
    } else {
        assert_eq!(compiled.missing.len(), 1, "{:?}", compiled.missing);
        let m = &compiled.missing[0];
        assert!(m.chars.contains(&'法') && m.chars.contains(&'中'), "{m}");
        assert!(
            matches!(&m.place, pdf::TextPlace::Contact(name) if name.contains("Trung tâm Pháp lý Việt")),
            "{:?}",
            m.place
        );
        assert!(m.to_string().contains("no font"), "{m}");
    }
}

#[test]
fn characters_no_font_has_are_reported_with_their_contact() {
    let odd = Contact {
        id: "odd".into(),
        // U+0378 is unassigned: no font has it.
        name: "Oficina \u{378} Norte".into(),
        category: Category::Other,
        ..Contact::default()
    };
    let d = data(vec![odd], Paper::Letter);
    let compiled = pdf::compile(&d).expect("layout");
    assert_eq!(compiled.missing.len(), 1, "{:?}", compiled.missing);
    let m = &compiled.missing[0];
    assert_eq!(m.chars, vec!['\u{378}']);
    assert_eq!(
        m.place,
        pdf::TextPlace::Contact("Oficina \u{378} Norte".into())
    );
    assert!(m.to_string().contains("contact “Oficina"), "{m}");
    assert!(m.to_string().contains("no font"));
    // In the window's Spanish, the warning is Spanish.
    let es = rights_desk::core::i18n::with(rights_desk::core::i18n::Lang::Es, |t| m.text(t));
    assert!(es.starts_with("contacto «Oficina"), "{es}");
    assert!(es.contains("ningún tipo de letra"), "{es}");
}

#[test]
fn the_pdf_is_pdf_ua_with_alt_text_on_qr_codes() {
    let mut h = handout(Paper::Letter);
    h.choices.show_qr = true;
    let d = resolve_with(h, Vec::new());
    let with_qr = d
        .groups
        .iter()
        .flat_map(|g| &g.contacts)
        .filter(|c| !c.qr.is_empty())
        .count();
    assert!(with_qr > 5, "contacts with a web address get a QR code");
    assert!(
        d.groups
            .iter()
            .flat_map(|g| &g.contacts)
            .all(|c| c.qr.is_empty() || c.qr_alt.contains(&c.website))
    );
    let bytes = pdf::render(&d).expect("pdf");
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("pdfuaid"), "declares PDF/UA-1");
}

#[test]
fn wallet_cards_fill_a_sheet_and_the_back_carries_the_numbers() {
    for (paper, count) in [(Paper::Letter, 10), (Paper::A4, 8)] {
        let mut h = handout(paper);
        h.choices.layout = Layout::Cards;
        let d = resolve_with(h, Vec::new());
        let cards = d.cards.as_ref().expect("card sheet");
        assert!(cards.front.points.len() >= 4, "Q7's key points");
        assert!(!cards.back.lines.is_empty() && cards.back.lines.len() <= 4);
        let bytes = pdf::render(&d).expect("pdf");
        let front = flat(&crate::pdf_text::page(&bytes, 1));
        let back = flat(&crate::pdf_text::page(&bytes, 2));
        assert_eq!(
            front.matches("If your rights were violated").count(),
            count,
            "{paper:?} front"
        );
        assert_eq!(front.matches("remain silent").count(), count);
        assert_eq!(back.matches("Who to call").count(), count, "{paper:?} back");
        let first = &cards.back.lines[0].phone;
        assert_eq!(back.matches(first.as_str()).count(), count);
        assert!(front.contains("2026-11-27"), "print date on the card");
        // The back sheet is the front mirrored: card 1 of the back is on the right.
        assert!(cards.back_slots[0].x > cards.front_slots[0].x);
    }
}

#[test]
fn chosen_card_contacts_go_on_the_back_in_order() {
    let mut h = handout(Paper::Letter);
    h.choices.layout = Layout::Cards;
    h.choices.card_contacts = vec!["nmilc".into(), "nmdoj".into()];
    let guides = guide::bundled().expect("guides");
    let (contacts, _) =
        store::parse_directory(store::BUNDLED_DIRECTORY, Path::new("b")).expect("directory");
    let ids: Vec<&str> = contacts.iter().map(|c| c.id.as_str()).collect();
    h.choices
        .card_contacts
        .retain(|id| ids.contains(&id.as_str()));
    assert_eq!(h.choices.card_contacts.len(), 2, "ids exist: {ids:?}");
    let d = printing::resolve(
        &h,
        &[&guides[0]],
        &contacts,
        jiff::civil::date(2026, 11, 27),
        &rights_desk::core::directory::status::DueRules::default(),
    );
    let lines = &d.cards.expect("cards").back.lines;
    assert_eq!(lines.len(), 2);
    let names: Vec<&str> = h
        .choices
        .card_contacts
        .iter()
        .filter_map(|id| contacts.iter().find(|c| c.id == *id))
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(
        lines.iter().map(|l| l.name.as_str()).collect::<Vec<_>>(),
        names
    );
}

#[test]
fn the_contact_sheet_is_compact_and_has_no_entries() {
    let mut h = handout(Paper::Letter);
    h.choices.layout = Layout::Contacts;
    let d = resolve_with(h, Vec::new());
    assert!(d.entries.is_empty());
    let compiled = pdf::compile(&d).expect("layout");
    assert!(compiled.page_count() <= 2);
    let text = flat(&pdftotext(&pdf::to_pdf(&compiled).expect("pdf")));
    assert!(text.contains("New Mexico Immigrant Law Center"));
    assert!(text.contains("505-247-1023"));
    assert!(text.contains("Page 1 of"));
    assert!(!text.contains("What should individuals do"));
}

#[test]
fn pages_draw_as_images_for_the_preview() {
    let d = data(Vec::new(), Paper::Letter);
    let compiled = pdf::compile(&d).expect("layout");
    let img = pdf::page_image(&compiled, 0, 0.5).expect("page 1");
    assert_eq!((img.width, img.height), (306, 396));
    assert_eq!(img.rgba.len(), 306 * 396 * 4);
    // Not blank: some pixels are dark (text).
    assert!(img.rgba.chunks(4).any(|p| p[0] < 100));
    assert!(pdf::page_image(&compiled, compiled.page_count(), 0.5).is_none());
}

#[test]
fn the_spanish_pdf_keeps_inverted_marks_and_accents() {
    let mut h = handout(Paper::Letter);
    h.choices.lang = printing::PrintLang::Es;
    let d = resolve_with(h, Vec::new());
    assert_eq!(d.lang, "es");
    assert!(d.entries.iter().all(|e| e.lang == "es"));
    let text = flat(&pdftotext(&pdf::render(&d).expect("pdf")));
    for want in [
        "¿Qué deben hacer las personas",
        "Quién puede ayudar",
        "Página 1 de",
        "no comprobado",
        "Traducción al español",
        "información",
    ] {
        assert!(text.contains(want), "missing “{want}”");
    }
}

#[test]
fn bilingual_handouts_print_each_entry_in_both_languages_in_every_format() {
    let mut h = handout(Paper::Letter);
    h.choices.lang = printing::PrintLang::Both;
    let d = resolve_with(h, Vec::new());
    let langs: Vec<&str> = d.entries.iter().map(|e| e.lang.as_str()).collect();
    assert_eq!(langs, ["en", "es", "en", "es", "en", "es"]);
    let pdf_text = flat(&pdftotext(&pdf::render(&d).expect("pdf")));
    for out in [
        text::plain(&d),
        text::markdown(&d),
        text::html(&d),
        pdf_text,
    ] {
        let en = out
            .find("7. What should individuals do")
            .expect("English Q7");
        let es = out.find("7. ¿Qué deben hacer").expect("Spanish Q7");
        assert!(en < es, "English first, then Spanish");
        assert!(
            out.to_lowercase()
                .contains("who can help / quién puede ayudar")
        );
    }
}

#[test]
fn side_by_side_puts_each_entry_beside_its_translation() {
    let mut h = handout(Paper::Letter);
    h.choices.lang = printing::PrintLang::Both;
    h.choices.side_by_side = true;
    h.entries = vec!["q7".into()];
    let d = resolve_with(h, Vec::new());
    assert!(d.side_by_side);
    let html = text::html(&d);
    let pair = html.find("<div class=\"pair\">").expect("a pair");
    let en = html.find("7. What should individuals do").expect("en");
    let es = html.find("7. ¿Qué deben hacer").expect("es");
    let close = html[pair..].find("</div>\n<h2>").map(|i| i + pair);
    assert!(
        pair < en && en < es && close.is_some_and(|c| es < c),
        "{html}"
    );
    // In the PDF both questions start on the same line: read with the layout kept.
    let lines = crate::pdf_text::layout_lines(&pdf::render(&d).expect("pdf"));
    let line = lines
        .iter()
        .find(|l| l.contains("7. What should"))
        .expect("English question");
    assert!(line.contains("7. ¿Qué deben"), "side by side: {line}");
}

#[test]
fn qr_codes_and_links_only_for_safe_addresses() {
    let mk = |id: &str, website: &str| Contact {
        id: id.into(),
        name: format!("Org {id}").into(),
        category: Category::Other,
        website: website.into(),
        ..Contact::default()
    };
    let extra = vec![
        mk("js", "javascript:alert(1)"),
        mk("data", "data:text/html,<b>x</b>"),
        mk("file", "file:///etc/passwd"),
        mk("web", "https://example.org/help"),
    ];
    let mut h = handout(Paper::Letter);
    h.choices.show_qr = true;
    h.contacts = ["js", "data", "file", "web"].map(String::from).to_vec();
    let d = resolve_with(h, extra);
    let printed: Vec<&printing::PrintContact> =
        d.groups.iter().flat_map(|g| g.contacts.iter()).collect();
    assert_eq!(printed.len(), 4);
    for c in printed {
        if c.website.starts_with("https://") {
            assert!(c.qr.contains("<svg"), "{}", c.website);
            assert!(c.qr_alt.contains("https://example.org/help"));
        } else {
            assert!(c.qr.is_empty() && c.qr_alt.is_empty(), "{}", c.website);
            // Still printed, as plain text.
            assert!(!c.website.is_empty());
        }
    }
    // `check` and the editor warn about the unsafe ones.
    let warned = mk("js", "javascript:alert(1)").warnings();
    assert!(
        warned
            .iter()
            .any(|w| w.message().contains("not a safe address")),
        "{warned:?}"
    );
}

#[test]
fn printed_notes_say_when_they_were_checked() {
    let d = data(Vec::new(), Paper::Letter);
    let headings: Vec<&str> = d
        .entries
        .iter()
        .flat_map(|e| e.notes.iter().map(|n| n.heading.as_str()))
        .collect();
    assert!(!headings.is_empty());
    for h in &headings {
        assert!(h.contains("(checked 2026-11-2"), "{h}");
    }
    let text = flat(&pdftotext(&pdf::render(&d).expect("pdf")));
    assert!(
        text.contains("Editor's note — Correction (checked 2026-11-28)"),
        "{text}"
    );
}

/// "Who can help" and its introduction never stay alone at the bottom of a page: whatever
/// number of entries comes before them (1 to 20, so the heading lands all over the page), the
/// page that shows the heading also shows the first contact under it.
#[test]
fn the_who_can_help_heading_stays_with_its_contacts() {
    let ids: Vec<String> = (1..=20).map(|n| format!("q{n}")).collect();
    for n in 1..=ids.len() {
        let mut h = handout(Paper::Letter);
        h.entries = ids[..n].to_vec();
        h.choices.show_notes = false;
        h.choices.show_sources = false;
        let d = resolve_with(h, Vec::new());
        let first = d.groups[0].contacts[0].name.clone();
        let bytes = pdf::render(&d).expect("pdf");
        let pages = pdf_extract::extract_text_from_mem_by_pages(&bytes).expect("pages");
        // The heading, not a correction's "(see “Who can help”)": corrections print even with
        // notes off. The heading is followed by the note on unverified contacts.
        let page = pages
            .iter()
            .find(|p| {
                let flat = p.split_whitespace().collect::<Vec<_>>().join(" ");
                flat.contains("Who can help Contacts marked")
            })
            .expect("the heading is printed");
        let words: String = page.split_whitespace().collect::<Vec<_>>().join(" ");
        let first_words: String = first
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            words.contains(&first_words),
            "{n} entries: “Who can help” without “{first}” on its page"
        );
    }
}

/// Every layout is PDF/UA-1 (the README says so only because this checks it), and a printout
/// that cannot be made PDF/UA-1 says why instead of silently dropping the claim.
#[test]
fn every_layout_is_pdf_ua_or_says_why_not() {
    for layout in [Layout::Handout, Layout::Cards, Layout::Contacts] {
        let mut h = handout(Paper::Letter);
        h.choices.layout = layout;
        let d = resolve_with(h, Vec::new());
        let compiled = pdf::compile(&d).expect("layout");
        let (bytes, not_ua) = pdf::to_pdf_reporting(&compiled).expect("pdf");
        assert_eq!(not_ua, None, "{layout:?}");
        assert!(
            String::from_utf8_lossy(&bytes).contains("pdfuaid"),
            "{layout:?}"
        );
    }
    // No title: PDF/UA-1 needs one. Still a PDF, with the reason.
    let mut h = handout(Paper::Letter);
    h.choices.title = String::new();
    let d = resolve_with(h, Vec::new());
    let compiled = pdf::compile(&d).expect("layout");
    let (bytes, not_ua) = pdf::to_pdf_reporting(&compiled).expect("pdf");
    assert!(bytes.starts_with(b"%PDF"));
    let reason = not_ua.expect("the reason is given");
    assert!(
        reason.contains("PDF/UA-1") && reason.contains("title"),
        "{reason}"
    );
    // The printing path passes it on as a warning.
    let out = printing::render_to(printing::OutputFormat::Pdf, &d).expect("rendered");
    assert!(out.not_pdf_ua.is_some());
}

#[test]
fn a_printout_lists_at_most_the_cap_and_says_how_many_were_chosen() {
    let guides = guide::bundled().expect("guides");
    let refs: Vec<&guide::Guide> = guides.iter().collect();
    let max = printing::MAX_PRINTED_CONTACTS;
    let n = max + 25;
    let directory = Directory::new(rights_desk::core::directory::generate::contacts(n, 7));
    let index = rights_desk::core::directory::search::ContactIndex::build(directory.contacts());
    let today = jiff::civil::date(2026, 11, 28);
    let mut choices = PrintChoices {
        layout: Layout::Contacts,
        ..PrintChoices::default()
    };
    let assemble = |choices: &PrintChoices| {
        printing::assemble(
            choices,
            Vec::new(),
            &refs,
            directory.contacts(),
            Some(&index),
            today,
            &rights_desk::core::directory::status::DueRules::default(),
        )
    };
    let (printed, data) = assemble(&choices);
    assert_eq!(printed.chosen, n);
    assert_eq!(printed.contacts.len(), max);
    assert_eq!(data.contact_count(), max);
    // The first ones by name (the directory keeps its contacts in name order).
    let first: Vec<String> = directory.contacts()[..max]
        .iter()
        .map(|c| c.id.to_string())
        .collect();
    assert_eq!(printed.contacts, first);
    // A narrower choice is printed whole.
    choices.contacts.category = Some(Category::LegalAid);
    let (printed, data) = assemble(&choices);
    let legal = directory
        .contacts()
        .iter()
        .filter(|c| c.category == Category::LegalAid)
        .count();
    assert!(legal > 0 && legal < max, "{legal} legal aid contacts");
    assert_eq!(printed.chosen, legal);
    assert_eq!(printed.contacts.len(), legal);
    assert_eq!(data.contact_count(), legal);
}
