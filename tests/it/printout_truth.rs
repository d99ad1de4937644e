//! What a family holds is right: properties every printout of the bundled guide and directory
//! keeps, for every county, language and layout — legal aid is never dropped, a card's "Who to
//! call" leads with legal aid, corrections always print, every contact's caveat prints wherever
//! the contact does, and no card prints the FAQ's raw answer.

use rights_desk::core::directory::Directory;
use rights_desk::core::directory::contact::{
    Category, Contact, NM_COUNTIES, Serves, TranslatedText,
};
use rights_desk::core::directory::search::ContactIndex;
use rights_desk::core::guide::{Guide, NoteKind};
use rights_desk::core::printing::{
    self, Handout, HandoutData, Layout, PrintChoices, PrintLang, text,
};
use rights_desk::core::{guide, store};
use std::path::Path;

/// The New Mexico guide's id.
const NM: &str = rights_desk::core::guide::NM_GUIDE;

struct World {
    guides: Vec<Guide>,
    directory: Directory,
    index: ContactIndex,
}

fn world() -> World {
    // The guides as the reader shows them: the FAQ with the door guide beside it.
    let guides = guide::bundled_with_companions().expect("guides");
    let (contacts, _) =
        store::parse_directory(store::BUNDLED_DIRECTORY, Path::new("b")).expect("directory");
    let directory = Directory::new(contacts);
    let index = ContactIndex::build(directory.contacts());
    World {
        guides,
        directory,
        index,
    }
}

const TODAY: jiff::civil::Date = jiff::civil::Date::constant(2026, 12, 2);

impl World {
    fn guides_for(&self, lang: PrintLang) -> Vec<&Guide> {
        let first = self.guides.first().expect("a guide");
        printing::guides_for(&self.guides, &NM.into(), lang, first)
    }

    fn print(&self, choices: &PrintChoices, entries: Vec<String>) -> (Handout, HandoutData) {
        printing::assemble(
            choices,
            entries,
            &printing::printout_guides(&self.guides, &NM.into(), choices, &self.guides[0]),
            self.directory.contacts(),
            Some(&self.index),
            TODAY,
            &rights_desk::core::directory::status::DueRules::default(),
        )
    }

    fn contact_named(&self, name: &str) -> &Contact {
        self.directory
            .contacts()
            .iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("no contact named {name}"))
    }

    fn all_entries(&self) -> Vec<String> {
        self.guides[0].entries().map(|e| e.id.clone()).collect()
    }
}

fn choices(county: Option<&str>, lang: PrintLang, layout: Layout, notes: bool) -> PrintChoices {
    let mut c = PrintChoices {
        layout,
        lang,
        show_notes: notes,
        ..PrintChoices::default()
    };
    c.contacts.county = county.map(str::to_string);
    c
}

fn counties() -> impl Iterator<Item = Option<&'static str>> {
    std::iter::once(None).chain(NM_COUNTIES.iter().copied().map(Some))
}

const LANGS: [PrintLang; 3] = [PrintLang::En, PrintLang::Es, PrintLang::Both];

/// The category label as the printout writes it.
fn legal_aid_label(lang: PrintLang) -> String {
    printing::resolve(
        &Handout {
            choices: PrintChoices {
                lang,
                ..PrintChoices::default()
            },
            contacts: vec!["nmilc".into()],
            ..Handout::default()
        },
        &world().guides_for(lang),
        world().directory.contacts(),
        TODAY,
        &rights_desk::core::directory::status::DueRules::default(),
    )
    .groups
    .first()
    .map(|g| g.category.clone())
    .expect("a group")
}

#[test]
fn every_county_printout_lists_the_legal_aid_that_serves_or_may_serve_it() {
    let w = world();
    for lang in LANGS {
        let label = legal_aid_label(lang);
        for county in counties() {
            let exists = w.directory.contacts().iter().any(|c| {
                c.category == Category::LegalAid && county.is_none_or(|k| c.serves(k) != Serves::No)
            });
            for layout in [Layout::Handout, Layout::Contacts] {
                let (printed, data) = w.print(&choices(county, lang, layout, true), Vec::new());
                let listed = data
                    .groups
                    .iter()
                    .filter(|g| g.category == label)
                    .map(|g| g.all().count())
                    .sum::<usize>();
                assert_eq!(
                    listed > 0,
                    exists,
                    "{county:?} {lang:?} {layout:?}: legal aid listed {listed}"
                );
                // Legal aid is the first group: help before offices that represent no one.
                if exists {
                    assert_eq!(data.groups[0].category, label, "{county:?} {lang:?}");
                }
                // Nothing the directory could print for the county is dropped.
                let expected = w
                    .directory
                    .contacts()
                    .iter()
                    .filter(|c| county.is_none_or(|k| c.serves(k) != Serves::No))
                    .count();
                assert_eq!(printed.contacts.len(), expected, "{county:?}");
                assert_eq!(data.contact_count(), expected, "{county:?}");
                assert!(
                    printing::legal_aid_warning(&printed, w.directory.contacts(), "en").is_none()
                );
            }
        }
    }
}

#[test]
fn contacts_whose_area_was_not_recorded_are_listed_apart_for_a_county() {
    let w = world();
    let (_, data) = w.print(
        &choices(Some("Doña Ana"), PrintLang::En, Layout::Handout, true),
        vec!["q7".into()],
    );
    let legal = data
        .groups
        .iter()
        .find(|g| g.category == "Legal aid")
        .expect("legal aid");
    let maybe: Vec<&str> = legal.maybe.iter().map(|c| c.name.as_str()).collect();
    assert!(
        maybe.contains(&"Las Americas Immigrant Advocacy Center"),
        "{maybe:?}"
    );
    assert!(
        legal.maybe_heading.contains("May serve Doña Ana County"),
        "{}",
        legal.maybe_heading
    );
    // Statewide contacts are not "maybe".
    let oversight = data
        .groups
        .iter()
        .find(|g| g.category == "Federal oversight")
        .expect("oversight");
    assert!(oversight.maybe.is_empty() && !oversight.contacts.is_empty());
    // The text printouts say it too.
    let plain = text::plain(&data);
    assert!(
        plain.contains("May serve Doña Ana County — call to confirm"),
        "{plain}"
    );
    let (_, es) = w.print(
        &choices(Some("Doña Ana"), PrintLang::Es, Layout::Handout, true),
        Vec::new(),
    );
    assert!(text::plain(&es).contains("Puede atender el condado de Doña Ana"));
}

#[test]
fn a_printout_with_no_legal_aid_says_so_before_printing() {
    let w = world();
    let mut c = choices(Some("Lea"), PrintLang::En, Layout::Handout, true);
    c.contacts.category = Some(Category::FederalOversight);
    let (printed, _) = w.print(&c, Vec::new());
    let warning =
        printing::legal_aid_warning(&printed, w.directory.contacts(), "en").expect("warning");
    assert!(
        warning.contains("No legal aid is listed for Lea County"),
        "{warning}"
    );
    let es = printing::legal_aid_warning(&printed, w.directory.contacts(), "es").expect("es");
    assert!(es.contains("condado de Lea"), "{es}");
    // A directory whose legal aid all serves other counties: the county printout warns.
    let mut contacts = w.directory.contacts().to_vec();
    for c in &mut contacts {
        if c.category == Category::LegalAid {
            c.counties = smallvec::smallvec!["Bernalillo".into()];
        }
    }
    let directory = Directory::new(contacts);
    let index = ContactIndex::build(directory.contacts());
    let (printed, data) = printing::assemble(
        &choices(Some("Doña Ana"), PrintLang::En, Layout::Contacts, true),
        Vec::new(),
        &w.guides_for(PrintLang::En),
        directory.contacts(),
        Some(&index),
        TODAY,
        &rights_desk::core::directory::status::DueRules::default(),
    );
    assert!(data.groups.iter().all(|g| g.category != "Legal aid"));
    assert!(printing::legal_aid_warning(&printed, directory.contacts(), "en").is_some());
}

#[test]
fn the_cards_who_to_call_leads_with_legal_aid_and_never_with_offices_that_represent_no_one() {
    let w = world();
    for (lang, layout) in LANGS
        .into_iter()
        .flat_map(|l| [(l, Layout::Cards), (l, Layout::DoorCard)])
    {
        for county in counties() {
            let (printed, data) = w.print(&choices(county, lang, layout, true), Vec::new());
            let cards = data.cards.as_ref().expect("cards");
            let pool: Vec<&Contact> = w
                .directory
                .contacts()
                .iter()
                .filter(|c| printed.contacts.contains(&c.id.to_string()))
                .collect();
            let legal_with_phone = pool
                .iter()
                .any(|c| c.category == Category::LegalAid && !c.phones.is_empty());
            for side in [&cards.front, &cards.back] {
                if side.lines.is_empty() {
                    continue;
                }
                let first = w.contact_named(&side.lines[0].name);
                if legal_with_phone {
                    assert_eq!(first.category, Category::LegalAid, "{county:?} {lang:?}");
                }
                for line in &side.lines {
                    let c = w.contact_named(&line.name);
                    assert!(
                        !matches!(
                            c.category,
                            Category::AttorneyGeneral | Category::FederalOversight
                        ),
                        "{} on the card",
                        c.name
                    );
                    if c.cost == rights_desk::core::directory::contact::Cost::Fee {
                        let fee = if side.lang == "es" {
                            "con costo"
                        } else {
                            "fee"
                        };
                        assert!(line.note.contains(fee), "{}: {}", c.name, line.note);
                    }
                    // An information line says what it is for.
                    if c.category == Category::Hotline {
                        assert!(!line.note.is_empty(), "{}", c.name);
                    }
                }
                // Free New Mexico Legal Aid is on the card (it fell off before).
                assert!(
                    side.lines.iter().any(|l| l.name == "New Mexico Legal Aid"),
                    "{county:?} {lang:?} {layout:?}"
                );
            }
        }
    }
}

#[test]
fn corrections_print_even_with_notes_switched_off() {
    let w = world();
    for lang in LANGS {
        for notes in [true, false] {
            let (_, data) = w.print(
                &choices(None, lang, Layout::Handout, notes),
                w.all_entries(),
            );
            let plain = text::plain(&data);
            for g in w.guides_for(lang) {
                for e in g.entries() {
                    for n in &e.notes {
                        let required = n.from.is_none()
                            && matches!(n.kind, NoteKind::Correction | NoteKind::Outdated);
                        if required || notes {
                            assert!(
                                plain.contains(&n.text),
                                "{lang:?} notes={notes}: {} lost its {:?} note",
                                e.id,
                                n.kind
                            );
                        }
                        if !notes && n.kind == NoteKind::Context && n.from.is_none() {
                            assert!(!plain.contains(&n.text), "context notes left out");
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn every_caveat_prints_wherever_its_contact_does() {
    let w = world();
    for lang in LANGS {
        for county in [None, Some("Doña Ana"), Some("San Juan")] {
            for layout in [Layout::Handout, Layout::Contacts] {
                let (printed, data) = w.print(&choices(county, lang, layout, true), Vec::new());
                let plain = text::plain(&data);
                let html = text::html(&data);
                let md = text::markdown(&data);
                for id in &printed.contacts {
                    let c = w
                        .directory
                        .contacts()
                        .iter()
                        .find(|c| c.id == *id)
                        .expect("contact");
                    for code in lang.langs().iter().map(|l| l.code()) {
                        let (caveat, _) = c.text_in(TranslatedText::Caveat, code);
                        if caveat.is_empty() {
                            continue;
                        }
                        assert!(plain.contains(caveat), "{} ({code}) in text", c.name);
                        assert!(md.contains(&caveat.replace('_', "\\_")), "{} in md", c.name);
                        assert!(
                            html.contains(&text::escape_html(caveat)),
                            "{} in html",
                            c.name
                        );
                    }
                }
            }
            let sheets = [Layout::Cards, Layout::DoorCard].map(|layout| {
                let (_, d) = w.print(&choices(county, lang, layout, true), Vec::new());
                d.cards.expect("cards")
            });
            for side in sheets.iter().flat_map(|s| [&s.front, &s.back]) {
                for line in &side.lines {
                    let c = w.contact_named(&line.name);
                    let (caveat, _) = c.text_in(TranslatedText::Caveat, &side.lang);
                    assert!(line.note.contains(caveat), "{}: {}", c.name, line.note);
                }
            }
        }
    }
}

#[test]
fn spanish_printouts_show_spanish_contact_text_or_mark_the_english() {
    let w = world();
    let (_, data) = w.print(
        &choices(None, PrintLang::Es, Layout::Handout, true),
        Vec::new(),
    );
    let plain = text::plain(&data);
    assert!(
        plain.contains("Admisión (intake) de lunes a jueves"),
        "NM Legal Aid's hours"
    );
    assert!(
        !plain.contains("Intake Mon–Thu"),
        "no English where Spanish exists"
    );
    assert!(
        plain.contains("Solo el estado del caso"),
        "EOIR caveat in Spanish"
    );
    // An undated source says so in Spanish.
    let (_, q7) = w.print(
        &choices(None, PrintLang::Es, Layout::Handout, true),
        vec!["q7".into()],
    );
    let q7 = text::plain(&q7);
    assert!(q7.contains(", sin fecha"), "{q7}");
    assert!(!q7.contains(", undated"), "{q7}");
    // A text with no Spanish is printed in English, marked.
    let mut contacts = w.directory.contacts().to_vec();
    if let Some(c) = contacts.iter_mut().find(|c| c.id == "nmilc") {
        c.caveat = "Call weekdays only".into();
    }
    let refs = w.guides_for(PrintLang::Es);
    let d = printing::resolve(
        &Handout {
            choices: choices(None, PrintLang::Es, Layout::Handout, true),
            contacts: vec!["nmilc".into()],
            ..Handout::default()
        },
        &refs,
        &contacts,
        TODAY,
        &rights_desk::core::directory::status::DueRules::default(),
    );
    assert!(
        text::plain(&d).contains("Call weekdays only (en inglés)"),
        "{}",
        text::plain(&d)
    );
}

#[test]
fn no_card_prints_the_faqs_raw_answer() {
    let w = world();
    for g in &w.guides {
        let allowed: Vec<String> = printing::card_entries(g)
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert!(allowed.contains(&"q7".to_string()), "{}", g.language);
        for e in g.entries() {
            let points = printing::card_points(g, &e.id);
            assert_eq!(points.is_some(), e.key_points.is_some() || e.from.is_some());
            assert_eq!(allowed.contains(&e.id), points.is_some());
        }
        // The card's front cites its source once and says "not legal advice" once (footer).
        let mut c = choices(None, PrintLang::En, Layout::Cards, true);
        if g.language == "es" {
            c.lang = PrintLang::Es;
        }
        let (_, data) = w.print(&c, Vec::new());
        let front = data.cards.expect("cards").front;
        assert!(front.source.contains("uscisguide.com"), "{}", front.source);
        let all = format!("{} {}", front.points.join(" "), front.footer);
        let advice = if g.language == "es" {
            "no asesoría legal"
        } else {
            "not legal advice"
        };
        assert_eq!(all.to_lowercase().matches(advice).count(), 1, "{all}");
    }
    // A card asked for an entry without a summary has no points (the window and the command
    // line never offer one).
    let mut c = choices(None, PrintLang::En, Layout::Cards, true);
    c.card_entry = "q13".into();
    let (_, data) = w.print(&c, Vec::new());
    assert!(data.cards.expect("cards").front.points.is_empty());
}

#[test]
fn every_printout_says_what_the_guide_is() {
    let w = world();
    for lang in LANGS {
        for layout in [Layout::Handout, Layout::Cards] {
            let (_, data) = w.print(&choices(None, lang, layout, true), vec!["q1".into()]);
            assert!(data.about_guide.contains("uscisguide.com"), "{lang:?}");
            assert!(
                data.about_guide.contains("third-party")
                    || data.about_guide.contains("de terceros"),
                "{}",
                data.about_guide
            );
        }
        let (_, data) = w.print(&choices(None, lang, Layout::Handout, true), Vec::new());
        assert!(text::plain(&data).contains(&data.about_guide));
        assert!(
            !data.title.starts_with("Know your rights"),
            "{}",
            data.title
        );
    }
}

#[test]
fn the_handout_pdf_prints_caveats_the_area_group_and_unbroken_addresses() {
    let w = world();
    let mut c = choices(Some("Doña Ana"), PrintLang::Es, Layout::Handout, false);
    c.show_sources = false;
    let (_, data) = w.print(&c, vec!["q7".into()]);
    let bytes = printing::pdf::render(&data).expect("pdf");
    let text = crate::pdf_text::text(&bytes);
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Puede atender el condado de Doña Ana"),
        "maybe group"
    );
    assert!(flat.contains("Antes de llamar"), "caveats");
    assert!(
        flat.contains("Corrección"),
        "the correction despite notes off"
    );
    assert!(flat.contains("uscisguide.com"), "what the guide is");
    // Web addresses print whole: never a hyphen added where a line breaks.
    for line in text.lines() {
        let line = line.trim();
        assert!(
            !(line.starts_with('-')
                && line.len() > 1
                && line[1..].starts_with(char::is_alphabetic)),
            "a line starts with a repeated hyphen: {line}"
        );
    }
    let dense: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(
        dense.contains("https://aclu-nm.org/en/get-legal-help"),
        "ACLU's address"
    );
    assert!(dense.contains("https://dhs.gov/file-civil-rights-complaint"));
}
