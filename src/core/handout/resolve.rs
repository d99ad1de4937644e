//! From a [`Handout`](super::Handout), the guides and the contacts to the
//! [`HandoutData`](super::HandoutData) that renderers print; one assembly for the window and the
//! command line.

#[allow(clippy::wildcard_imports, reason = "the printout's own types")]
use super::cards::*;
use super::labels::{self, Labels};
#[allow(clippy::wildcard_imports, reason = "the printout's own types")]
use super::model::*;
#[allow(clippy::wildcard_imports, reason = "the printout's own types")]
use super::options::*;
use crate::core::contact::{Category, Contact, Verification};
use crate::core::guide::{Block, Guide};
use jiff::civil::Date;

/// "Editor's note — Correction (checked 2026-11-28)", or for the office's own notes "Note from
/// Example Office (2026-12-03)".
fn note_heading(n: &crate::core::guide::Note, lang: &str) -> String {
    if let Some(from) = &n.from {
        let date = n.as_of.map(|d| format!(" ({d})")).unwrap_or_default();
        return format!("{} {from}{date}", labels::note_from(lang));
    }
    match n.as_of {
        Some(d) => format!(
            "{} — {} ({} {d})",
            labels::editors_note(lang),
            labels::note_kind(lang, n.kind),
            labels::checked(lang)
        ),
        None => format!(
            "{} — {}",
            labels::editors_note(lang),
            labels::note_kind(lang, n.kind)
        ),
    }
}

fn print_entry(e: &crate::core::guide::Entry, lang: &str, handout: &Handout) -> PrintEntry {
    let citations = |sources: &[crate::core::guide::Source]| -> Vec<String> {
        if handout.choices.show_sources {
            sources
                .iter()
                .map(crate::core::guide::Source::citation)
                .collect()
        } else {
            Vec::new()
        }
    };
    PrintEntry {
        id: e.id.clone(),
        lang: lang.to_string(),
        title: e.title(),
        blocks: e
            .answer
            .iter()
            .map(|b| match b {
                Block::Paragraph(t) => PrintBlock::Paragraph { text: t.clone() },
                Block::Numbered(items) => PrintBlock::Numbered {
                    items: items.clone(),
                },
                Block::Bulleted(items) => PrintBlock::Bulleted {
                    items: items.clone(),
                },
            })
            .collect(),
        notes: e
            .notes
            .iter()
            .filter(|n| match n.from {
                Some(_) => !handout.choices.hide_office_notes,
                None => handout.choices.show_notes,
            })
            .map(|n| PrintNote {
                heading: note_heading(n, lang),
                text: n.text.clone(),
                sources: citations(&n.sources),
            })
            .collect(),
        sources: citations(&e.sources),
    }
}

/// The guides a printout in `lang` is made from: for each printed language, the guide with
/// `guide_id` in that language among `all`; `fallback` alone when none is there.
#[must_use]
pub fn guides_for<'a>(
    all: &'a [Guide],
    guide_id: &str,
    lang: PrintLang,
    fallback: &'a Guide,
) -> Vec<&'a Guide> {
    let found: Vec<&Guide> = lang
        .codes()
        .iter()
        .filter_map(|code| all.iter().find(|g| g.id == guide_id && g.language == *code))
        .collect();
    if found.is_empty() {
        vec![fallback]
    } else {
        found
    }
}

/// Makes a printout from `choices` and `entries`, with its contacts chosen from the directory
/// (none without its `index`: the directory is not open), resolved against `guides` (see
/// [`guides_for`]). The one assembly the window's preview and
/// export and the command line's `export` share.
#[must_use]
pub fn assemble(
    choices: &PrintChoices,
    entries: Vec<String>,
    guides: &[&Guide],
    contacts: &[Contact],
    index: Option<&crate::core::search::ContactIndex>,
    today: Date,
    stale_days: i32,
) -> (Handout, HandoutData) {
    let mut choices = choices.clone();
    choices.title = choices.printed_title();
    let picked = index.map_or_else(Vec::new, |index| {
        choices.contacts.chosen(contacts, index, today, stale_days)
    });
    let chosen = picked.len();
    let contact_ids = picked
        .into_iter()
        .take(MAX_PRINTED_CONTACTS)
        .map(|c| c.id.to_string())
        .collect();
    let handout = Handout {
        choices,
        entries,
        contacts: contact_ids,
        chosen,
    };
    let data = resolve(&handout, guides, contacts, today, stale_days);
    (handout, data)
}

/// Resolves a printout against the guides (one per printed language, in
/// [`PrintLang::codes`] order; extra or missing ones are tolerated) and the directory's contacts.
/// Unknown ids are skipped.
#[must_use]
pub fn resolve(
    handout: &Handout,
    guides: &[&Guide],
    contacts: &[Contact],
    today: Date,
    stale_days: i32,
) -> HandoutData {
    let codes = handout.choices.lang.codes();
    // Pair each printed language with its guide (falling back to the first guide given).
    let printed: Vec<(&str, &Guide)> = codes
        .iter()
        .filter_map(|code| {
            guides
                .iter()
                .find(|g| g.language == *code)
                .or_else(|| guides.first())
                .map(|g| (*code, *g))
        })
        .collect();
    let langs: Vec<&str> = printed.iter().map(|(c, _)| *c).collect();
    let labels = labels::labels(&langs);
    let entries = if handout.choices.layout == Layout::Handout {
        handout
            .entries
            .iter()
            .flat_map(|id| {
                printed
                    .iter()
                    .filter_map(|(code, g)| g.entry(id).map(|e| (*code, e)))
                    .map(|(code, e)| print_entry(e, code, handout))
                    .collect::<Vec<_>>()
            })
            .collect()
    } else {
        Vec::new()
    };
    // One pass over the directory (a large directory with every contact chosen stays linear).
    let wanted: std::collections::HashSet<&str> =
        handout.contacts.iter().map(String::as_str).collect();
    let chosen: Vec<&Contact> = contacts
        .iter()
        .filter(|c| wanted.contains(c.id.as_str()))
        .collect();
    let groups = if handout.choices.layout == Layout::Cards {
        Vec::new()
    } else {
        Category::ALL
            .into_iter()
            .filter_map(|cat| {
                let mut list: Vec<&Contact> = chosen
                    .iter()
                    .copied()
                    .filter(|c| c.category == cat)
                    .collect();
                list.sort_by_key(|c| crate::core::text::fold(&c.name));
                (!list.is_empty()).then(|| PrintGroup {
                    category: join_langs(&langs, |l| labels::category(l, cat)),
                    contacts: list
                        .into_iter()
                        .map(|c| print_contact(c, handout, &langs, &labels, today, stale_days))
                        .collect(),
                })
            })
            .collect()
    };
    let first = printed.first().map(|(_, g)| *g);
    let source_date = first
        .and_then(|g| g.source.date)
        .map_or_else(|| undated(langs.first().copied()), |d| d.to_string());
    let cards = (handout.choices.layout == Layout::Cards)
        .then(|| card_sheet(handout, &printed, &chosen, contacts, today, stale_days));
    HandoutData {
        layout: handout.choices.layout.key().to_string(),
        lang: langs.first().copied().unwrap_or("en").to_string(),
        labels,
        title: handout.choices.title.clone(),
        prepared_by: handout.choices.prepared_by.clone(),
        paper: handout.choices.paper.typst_name().to_string(),
        printed_on: today.to_string(),
        guide_title: join_unique(printed.iter().map(|(_, g)| g.title.clone())),
        guide_reviewed: first
            .map(|g| g.last_reviewed.to_string())
            .unwrap_or_default(),
        guide_source: format!(
            "{} ({source_date})",
            first.map(|g| g.source.title.as_str()).unwrap_or_default()
        ),
        disclaimer: printed
            .iter()
            .map(|(_, g)| g.disclaimer.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        translation_notes: printed
            .iter()
            .filter_map(|(_, g)| g.translation_note.clone())
            .collect(),
        side_by_side: handout.choices.side_by_side && langs.len() > 1,
        entries,
        groups,
        cards,
    }
}

/// "undated" in the printout's first language.
fn undated(lang: Option<&str>) -> String {
    if lang == Some("es") {
        "sin fecha".to_string()
    } else {
        "undated".to_string()
    }
}

fn join_unique(items: impl Iterator<Item = String>) -> String {
    let mut seen: Vec<String> = Vec::new();
    for i in items {
        if !seen.contains(&i) {
            seen.push(i);
        }
    }
    seen.join(" / ")
}

fn join_langs(langs: &[&str], f: impl Fn(&str) -> String) -> String {
    join_unique(langs.iter().map(|l| f(l)))
}

/// The contacts whose first phone goes on the back of a card: the chosen ones, or else the
/// printout's contacts (falling back to the whole directory) with hotlines, then the Attorney
/// General, legal aid and advocacy groups first.
fn card_contacts<'a>(
    handout: &Handout,
    chosen: &[&'a Contact],
    all: &'a [Contact],
) -> Vec<&'a Contact> {
    if !handout.choices.card_contacts.is_empty() {
        return handout
            .choices
            .card_contacts
            .iter()
            .filter_map(|id| all.iter().find(|c| c.id == *id))
            .filter(|c| !c.phones.is_empty())
            .take(CARD_LINES)
            .collect();
    }
    let pool: Vec<&Contact> = if chosen.is_empty() {
        all.iter().collect()
    } else {
        chosen.to_vec()
    };
    let order = [
        Category::Hotline,
        Category::AttorneyGeneral,
        Category::LegalAid,
        Category::Advocacy,
        Category::FederalOversight,
        Category::Consulate,
        Category::Other,
    ];
    let mut out: Vec<&Contact> = Vec::new();
    for cat in order {
        let mut list: Vec<&Contact> = pool
            .iter()
            .copied()
            .filter(|c| c.category == cat && !c.phones.is_empty())
            .collect();
        list.sort_by_key(|c| crate::core::text::fold(&c.name));
        out.extend(list);
    }
    out.truncate(CARD_LINES);
    out
}

fn card_sheet(
    handout: &Handout,
    printed: &[(&str, &Guide)],
    chosen: &[&Contact],
    all: &[Contact],
    today: Date,
    stale_days: i32,
) -> CardSheet {
    let entry_id = if handout.choices.card_entry.is_empty() {
        DEFAULT_CARD_ENTRY
    } else {
        handout.choices.card_entry.as_str()
    };
    let lines_in = |lang: &str| -> Vec<CardLine> {
        card_contacts(handout, chosen, all)
            .into_iter()
            .map(|c| {
                let state = c.verification(today, stale_days);
                CardLine {
                    name: c.name.to_string(),
                    phone: c
                        .phones
                        .first()
                        .map(|p| p.number.clone())
                        .unwrap_or_default()
                        .to_string(),
                    verification: labels::verification(&[lang], state),
                    unverified: !matches!(state, Verification::Fresh(_)),
                }
            })
            .collect()
    };
    let footer_in = |lang: &str| -> String {
        let l = labels::labels(&[lang]);
        let mut parts = vec![format!("{} {}", l.printed, today)];
        if !handout.choices.prepared_by.is_empty() {
            parts.push(format!("{} {}", l.prepared_by, handout.choices.prepared_by));
        }
        parts.push(l.not_advice);
        parts.join(" · ")
    };
    let side = |lang: &str, guide: &Guide, points: bool, lines: bool| -> CardSide {
        let kp = guide
            .entry(entry_id)
            .map(crate::core::guide::Entry::card_points);
        CardSide {
            lang: lang.to_string(),
            heading: kp
                .as_ref()
                .map_or_else(|| handout.choices.title.clone(), |k| k.title.clone()),
            points: if points {
                kp.map(|k| k.points).unwrap_or_default()
            } else {
                Vec::new()
            },
            lines_heading: labels::labels(&[lang]).who_to_call,
            lines: if lines { lines_in(lang) } else { Vec::new() },
            footer: footer_in(lang),
        }
    };
    let (front, back) = match printed {
        [(l1, g1), (l2, g2), ..] => {
            // Bilingual: the key points and the numbers on each side, one language a side.
            (side(l1, g1, true, true), side(l2, g2, true, true))
        }
        [(l, g)] => {
            let mut back = side(l, g, false, true);
            back.heading = back.lines_heading.clone();
            (side(l, g, true, false), back)
        }
        [] => {
            let empty = CardSide {
                lang: "en".into(),
                heading: handout.choices.title.clone(),
                points: Vec::new(),
                lines_heading: String::new(),
                lines: Vec::new(),
                footer: String::new(),
            };
            (empty.clone(), empty)
        }
    };
    let front_slots = card_slots(handout.choices.paper, false);
    let back_slots = card_slots(handout.choices.paper, true);
    CardSheet {
        width: CARD_SIZE_IN.0,
        height: CARD_SIZE_IN.1,
        front,
        back,
        front_marks: cut_marks(&front_slots),
        back_marks: cut_marks(&back_slots),
        front_slots,
        back_slots,
    }
}

fn print_contact(
    c: &Contact,
    handout: &Handout,
    langs: &[&str],
    labels: &Labels,
    today: Date,
    stale_days: i32,
) -> PrintContact {
    let state = c.verification(today, stale_days);
    let website = c.website.trim();
    // Only a safe address becomes scannable; anything else prints as plain text.
    let qr = match crate::core::contact::safe_link(website) {
        Some(link) if handout.choices.show_qr => qr_svg(link),
        _ => String::new(),
    };
    PrintContact {
        name: c.name.to_string(),
        phones: c
            .phones
            .iter()
            .map(|p| {
                if p.label.is_empty() {
                    p.number.to_string()
                } else {
                    format!("{} ({})", p.number, p.label)
                }
            })
            .collect(),
        website: c.website.to_string(),
        email: c.email.to_string(),
        address: c.address.one_line(),
        hours: c.hours.to_string(),
        languages: c
            .languages
            .iter()
            .map(|l| join_langs(langs, |lang| labels::language(lang, l)))
            .collect::<Vec<_>>()
            .join(", "),
        counties: if c
            .counties
            .iter()
            .any(|k| k.eq_ignore_ascii_case(crate::core::contact::STATEWIDE))
        {
            labels::statewide(langs)
        } else {
            c.counties.join(", ")
        },
        verification: labels::verification(langs, state),
        unverified: !matches!(state, Verification::Fresh(_)),
        qr_alt: if qr.is_empty() {
            String::new()
        } else {
            format!("{} {website}", labels.qr_for)
        },
        qr,
    }
}

/// A QR code of `text` as an SVG document (empty when the text is too long for a QR code).
#[must_use]
pub fn qr_svg(text: &str) -> String {
    match qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color<'_>>()
            .quiet_zone(true)
            .min_dimensions(120, 120)
            .build(),
        Err(_) => String::new(),
    }
}
