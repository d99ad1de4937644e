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
use super::who_to_call::{
    Scope, card_contacts, card_line, contact_text, cost_text, join_langs, join_unique, undated,
};
use crate::core::directory::contact::{Category, Contact, TranslatedText, Verification};
use crate::core::guide::{Block, Guide};
use jiff::civil::Date;

/// "Editor's note — Correction (checked 2026-11-28)", or for the office's own notes "From our
/// office — Example Office (2026-12-03)".
fn note_heading(n: &crate::core::guide::Note, lang: &str) -> String {
    if let Some(from) = &n.from {
        let date = n.as_of.map(|d| format!(" ({d})")).unwrap_or_default();
        return format!(
            "{} — {from}{date}",
            labels::word_in(lang, "printed-from-office")
        );
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

/// An entry printed in `lang`: `g`'s entry `e`, its text in `g`'s language or, where `g`
/// lacks a translation (its entry is listed untranslated, or `g` is not in `lang` at all),
/// marked as shown in English.
fn print_entry(
    e: &crate::core::guide::Entry,
    g: &Guide,
    lang: &str,
    handout: &Handout,
) -> PrintEntry {
    let whole_english = g.language != lang;
    let in_english = if whole_english || g.untranslated.contains(&e.id) {
        labels::word_in(lang, "printed-entry-in-english")
    } else {
        String::new()
    };
    // The text's own language, so that English shown in a right-to-left printout stays left
    // to right.
    let lang = if whole_english {
        g.language.as_str()
    } else {
        lang
    };
    let citations = |sources: &[crate::core::guide::Source]| -> Vec<String> {
        if handout.choices.show_sources {
            sources.iter().map(|s| s.citation_in(lang)).collect()
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
            .filter(|n| note_printed(n, &handout.choices))
            .map(|n| PrintNote {
                heading: note_heading(n, lang),
                text: n.text.clone(),
                sources: citations(&n.sources),
                from_office: n.from.is_some(),
            })
            .collect(),
        sources: citations(&e.sources),
        from_office: e
            .from
            .as_ref()
            .map(|org| format!("{} — {org}", labels::word_in(lang, "printed-from-office")))
            .unwrap_or_default(),
        in_english,
    }
}

/// Whether a note of an entry is printed: the office's own notes unless left out; an editor's
/// correction or out-of-date note always (an entry is never printed without what corrects
/// it); an editor's context note when notes are chosen.
#[must_use]
pub fn note_printed(n: &crate::core::guide::Note, choices: &PrintChoices) -> bool {
    use crate::core::guide::NoteKind;
    match (&n.from, n.kind) {
        (Some(_), _) => !choices.hide_office_notes,
        (None, NoteKind::Correction | NoteKind::Outdated) => true,
        (None, NoteKind::Context) => choices.show_notes,
    }
}

/// The guides a printout in `lang` is made from: for each printed language, the guide with
/// `guide_id` in that language among `all`; `fallback` alone when none is there.
#[must_use]
pub fn guides_for<'a>(
    all: &'a [Guide],
    guide_id: &crate::core::guide::GuideId,
    lang: PrintLang,
    fallback: &'a Guide,
) -> Vec<&'a Guide> {
    let found: Vec<&Guide> = lang
        .langs()
        .iter()
        .filter_map(|l| {
            all.iter()
                .find(|g| &g.id == guide_id && g.language == l.code())
        })
        .collect();
    if found.is_empty() {
        vec![fallback]
    } else {
        found
    }
}

/// The guides a printout made from `choices` needs (see [`guides_for`]): a door card gets both
/// languages, its back being English whatever the front's language.
#[must_use]
pub fn printout_guides<'a>(
    all: &'a [Guide],
    guide_id: &crate::core::guide::GuideId,
    choices: &PrintChoices,
    fallback: &'a Guide,
) -> Vec<&'a Guide> {
    let lang = if choices.layout == Layout::DoorCard {
        PrintLang::pair(
            crate::core::i18n::Lang::En,
            super::door::front_language(choices.lang),
        )
    } else {
        choices.lang
    };
    guides_for(all, guide_id, lang, fallback)
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
    index: Option<&crate::core::directory::search::ContactIndex>,
    today: Date,
    rules: &crate::core::directory::status::DueRules,
) -> (Handout, HandoutData) {
    let mut choices = choices.clone();
    choices.title = choices.printed_title();
    let picked = index.map_or_else(Vec::new, |index| {
        choices.contacts.chosen(contacts, index, today, rules)
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
    let data = resolve(&handout, guides, contacts, today, rules);
    (handout, data)
}

/// Resolves a printout against the guides (one per printed language, in
/// [`PrintLang::langs`] order; extra or missing ones are tolerated) and the directory's contacts.
/// Unknown ids are skipped.
#[must_use]
pub fn resolve(
    handout: &Handout,
    guides: &[&Guide],
    contacts: &[Contact],
    today: Date,
    rules: &crate::core::directory::status::DueRules,
) -> HandoutData {
    // Pair each printed language with its guide (falling back to the first guide given).
    let printed: Vec<(&str, &Guide)> = handout
        .choices
        .lang
        .langs()
        .iter()
        .filter_map(|l| {
            guides
                .iter()
                .find(|g| g.language == l.code())
                .or_else(|| guides.first())
                .map(|g| (l.code(), *g))
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
                    .filter_map(|(code, g)| g.entry(id).map(|e| (*code, *g, e)))
                    .map(|(code, g, e)| print_entry(e, g, code, handout))
                    .collect::<Vec<_>>()
            })
            .collect()
    } else {
        Vec::new()
    };
    let chosen = chosen_contacts(handout, contacts);
    let groups = if handout.choices.layout.is_card() {
        Vec::new()
    } else {
        print_groups(handout, &chosen, &langs, &labels, today, rules)
    };
    let first = printed.first().map(|(_, g)| *g);
    let source_date = first
        .and_then(|g| g.source.date)
        .map_or_else(|| undated(langs.first().copied()), |d| d.to_string());
    let cards = match handout.choices.layout {
        Layout::Cards => Some(card_sheet(
            handout, &printed, &chosen, contacts, today, rules,
        )),
        Layout::DoorCard => Some(super::door::door_sheet(
            handout, guides, &chosen, contacts, today, rules,
        )),
        Layout::Handout | Layout::Contacts => None,
    };
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
        about_guide: if handout.choices.layout == Layout::Contacts {
            String::new()
        } else {
            printed
                .iter()
                .flat_map(|(lang, g)| about_guides(lang, g, handout))
                .collect::<Vec<_>>()
                .join(" ")
        },
        disclaimer: printed
            .iter()
            .map(|(_, g)| g.disclaimer.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        translation_notes: translation_notes(&printed, &entries, handout.choices.layout),
        side_by_side: handout.choices.side_by_side && langs.len() > 1,
        entries,
        groups,
        cards,
    }
}

/// The notes on the translations printed: each translated guide's own ("not yet reviewed …",
/// or who reviewed it), and for a language whose pack lacks some of what is printed (guide
/// text or printed words), that parts are in English.
fn translation_notes(
    printed: &[(&str, &Guide)],
    entries: &[PrintEntry],
    layout: Layout,
) -> Vec<String> {
    let mut notes: Vec<String> = Vec::new();
    for (code, g) in printed {
        let note = if g.language == *code {
            g.translation_note.clone()
        } else {
            // A pack's language without its own guide: its printed words may be translated.
            let lang = crate::core::i18n::Lang::from_code(code);
            (lang.code() == *code && crate::core::i18n::packs::installed(lang).is_some())
                .then(|| labels::word_in(code, "guide-translation-unreviewed"))
        };
        notes.extend(note.filter(|n| !notes.contains(n)));
        let guide_in_english = layout != Layout::Contacts
            && entries.iter().any(|e| {
                !e.in_english.is_empty()
                    && labels::word_in(code, "printed-entry-in-english") == e.in_english
            });
        let words_in_english =
            crate::core::i18n::with(crate::core::i18n::Lang::from_code(code), |t| {
                t.lacks_any("printed-") || t.lacks_any("category-")
            });
        if guide_in_english || words_in_english {
            let note = labels::word_in(code, "printed-fallback-note");
            if !notes.contains(&note) {
                notes.push(note);
            }
        }
    }
    notes
}

/// What the guide is, in `lang`, for a guide that reproduces a third party's page (one whose
/// source names a publisher): "About the guide: “…” is a third-party web FAQ (uscisguide.com;
/// undated), reproduced here word for word …".
fn about_guide(lang: &str, g: &Guide) -> Option<String> {
    let publisher = g.source.publisher.as_deref()?;
    let date = g
        .source
        .date
        .map_or_else(|| undated(Some(lang)), |d| d.to_string());
    Some(labels::word_with(
        lang,
        "printed-about-guide",
        &[
            ("title", g.source.title.as_str()),
            ("publisher", publisher),
            ("date", &date),
            ("reviewed", &g.last_reviewed.to_string()),
        ],
    ))
}

/// What each guide printed is, in `lang`: the main guide's "About the guide" when any of its own
/// entries is printed (or the printout is not a handout), and for each companion guide whose
/// entries are printed, "About “Know your rights at the door”: written by … Reviewed …".
fn about_guides(lang: &str, g: &Guide, handout: &Handout) -> Vec<String> {
    let printed_in = |companion: Option<&str>| {
        handout.entries.iter().any(|id| {
            g.sections.iter().any(|s| {
                s.companion.as_ref().map(|c| c.id.as_str()) == companion
                    && s.entries.iter().any(|e| e.id == *id)
            })
        })
    };
    let mut out = Vec::new();
    if handout.choices.layout != Layout::Handout || handout.entries.is_empty() || printed_in(None) {
        out.extend(about_guide(lang, g));
    }
    let mut seen: Vec<&str> = Vec::new();
    for c in g.sections.iter().filter_map(|s| s.companion.as_ref()) {
        if seen.contains(&c.id.as_str()) || !printed_in(Some(&c.id)) {
            continue;
        }
        seen.push(&c.id);
        out.push(labels::word_with(
            lang,
            "printed-about-companion",
            &[
                ("title", c.title.as_str()),
                ("note", c.source.note.as_deref().unwrap_or_default()),
                ("reviewed", &c.last_reviewed.to_string()),
            ],
        ));
    }
    out
}

/// The order of the categories on a printout: help first (legal aid, advocacy), then
/// information lines and consulates, then the offices that take complaints but represent no
/// one.
pub const PRINT_ORDER: [Category; 7] = [
    Category::LegalAid,
    Category::Advocacy,
    Category::Hotline,
    Category::Consulate,
    Category::FederalOversight,
    Category::AttorneyGeneral,
    Category::Other,
];

/// The contacts of a printout by category, in [`PRINT_ORDER`], each group's contacts known to
/// serve the printout's county and language first and those whose record does not say apart.
fn print_groups(
    handout: &Handout,
    chosen: &[&Contact],
    langs: &[&str],
    labels: &Labels,
    today: Date,
    rules: &crate::core::directory::status::DueRules,
) -> Vec<PrintGroup> {
    let scope = Scope::of(&handout.choices.contacts);
    PRINT_ORDER
        .into_iter()
        .filter_map(|cat| {
            let mut list: Vec<&Contact> = chosen
                .iter()
                .copied()
                .filter(|c| c.category == cat)
                .collect();
            list.sort_by_key(|c| crate::core::basics::text::fold(&c.name));
            let (maybe, sure): (Vec<&Contact>, Vec<&Contact>) =
                list.into_iter().partition(|c| scope.unsure(c));
            let print = |c: &&Contact| print_contact(c, handout, langs, labels, today, rules);
            (!sure.is_empty() || !maybe.is_empty()).then(|| PrintGroup {
                category: join_langs(langs, |l| labels::category(l, cat)),
                contacts: sure.iter().map(print).collect(),
                maybe_heading: if maybe.is_empty() {
                    String::new()
                } else {
                    scope.heading(langs)
                },
                maybe: maybe.iter().map(print).collect(),
            })
        })
        .collect()
}

fn card_sheet(
    handout: &Handout,
    printed: &[(&str, &Guide)],
    chosen: &[&Contact],
    all: &[Contact],
    today: Date,
    rules: &crate::core::directory::status::DueRules,
) -> CardSheet {
    let entry_id = if handout.choices.card_entry.is_empty() {
        DEFAULT_CARD_ENTRY
    } else {
        handout.choices.card_entry.as_str()
    };
    let lines_in = |lang: &str| -> Vec<CardLine> {
        card_contacts(handout, chosen, all, CARD_LINES)
            .into_iter()
            .map(|c| card_line(c, lang, today, rules))
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
        let kp = card_points(guide, entry_id);
        // Key points a translation lacks are printed in English, in English's direction, and
        // said to be.
        let in_english =
            points && (guide.language != lang || guide.untranslated.iter().any(|e| e == entry_id));
        let mut source = match kp.as_ref().and_then(|k| k.source.as_ref()) {
            Some(src) if points => {
                format!("{}: {src}", labels::word_in(lang, "printed-card-source"))
            }
            _ => String::new(),
        };
        if in_english {
            source = format!(
                "{} {source}",
                labels::word_in(lang, "printed-entry-in-english")
            )
            .trim()
            .to_string();
        }
        CardSide {
            lang: if in_english { "en" } else { lang }.to_string(),
            heading: kp
                .as_ref()
                .map_or_else(|| handout.choices.title.clone(), |k| k.title.clone()),
            source,
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
                source: String::new(),
                lines_heading: String::new(),
                lines: Vec::new(),
                footer: String::new(),
            };
            (empty.clone(), empty)
        }
    };
    WALLET_CARD.sheet(handout.choices.paper, front, back, "#1f5f8b")
}

/// The card summary of `entry_id` in `guide`: the key points the editors wrote for it, or for
/// the office's own entries, the first sentences of the office's answer with the office as
/// source. `None` for any other entry: a card never prints the FAQ's raw answer.
#[must_use]
pub fn card_points(guide: &Guide, entry_id: &str) -> Option<crate::core::guide::KeyPoints> {
    let e = guide.entry(entry_id)?;
    if let Some(k) = e.card_points() {
        return Some(k);
    }
    let org = e.from.as_ref()?;
    let mut k = e.answer_points();
    k.source = Some(format!(
        "{} — {org}",
        labels::word_in(&guide.language, "printed-from-office")
    ));
    Some(k)
}

/// The entries of `guide` that can be printed on wallet cards (see [`card_points`]), as ids
/// and titles in reading order.
#[must_use]
pub fn card_entries(guide: &Guide) -> Vec<(String, String)> {
    guide
        .entries()
        .filter(|e| card_points(guide, &e.id).is_some())
        .map(|e| (e.id.clone(), e.title()))
        .collect()
}

fn print_contact(
    c: &Contact,
    handout: &Handout,
    langs: &[&str],
    labels: &Labels,
    today: Date,
    rules: &crate::core::directory::status::DueRules,
) -> PrintContact {
    let state = c.verification(today, rules);
    let website = c.website.trim();
    // Only a safe address becomes scannable; anything else prints as plain text.
    let qr = match crate::core::directory::contact::safe_link(website) {
        Some(link) if handout.choices.show_qr => qr_svg(link),
        _ => String::new(),
    };
    PrintContact {
        name: c.name.to_string(),
        phones: c.phones.iter().map(phone_line).collect(),
        website: c.website.to_string(),
        email: c.email.to_string(),
        address: c.address.one_line(),
        hours: contact_text(c, TranslatedText::Hours, langs),
        description: if handout.choices.layout == Layout::Handout {
            contact_text(c, TranslatedText::Description, langs)
        } else {
            String::new()
        },
        caveat: contact_text(c, TranslatedText::Caveat, langs),
        cost: cost_text(c, langs),
        languages: c
            .languages
            .iter()
            .map(|l| join_langs(langs, |lang| labels::language(lang, l)))
            .collect::<Vec<_>>()
            .join(", "),
        counties: if c.area_not_recorded() {
            join_langs(langs, |l| labels::word_in(l, "printed-area-not-recorded"))
        } else if c
            .counties
            .iter()
            .any(|k| k.eq_ignore_ascii_case(crate::core::directory::contact::STATEWIDE))
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

/// A phone number as printouts write it: "505-555-0100 (Intake)", or the number alone.
pub(super) fn phone_line(p: &crate::core::directory::contact::Phone) -> String {
    if p.label.is_empty() {
        p.number.to_string()
    } else {
        format!("{} ({})", p.number, p.label)
    }
}

/// The printout's contacts, in directory order: one pass over the directory (a large directory
/// with every contact chosen stays linear). Closed and unlisted contacts are never printed,
/// whoever chose them.
fn chosen_contacts<'a>(handout: &Handout, contacts: &'a [Contact]) -> Vec<&'a Contact> {
    let wanted: std::collections::HashSet<&str> =
        handout.contacts.iter().map(String::as_str).collect();
    contacts
        .iter()
        .filter(|c| wanted.contains(c.id.as_str()) && !c.is_inactive())
        .collect()
}

/// Before printing: the warning, in `lang`, when a printout that lists contacts lists no legal
/// aid ("No legal aid is listed for Doña Ana County — add one, or …"). `None` when legal aid is
/// printed, or when the printout lists no contacts at all.
#[must_use]
pub fn legal_aid_warning(handout: &Handout, contacts: &[Contact], lang: &str) -> Option<String> {
    let chosen = chosen_contacts(handout, contacts);
    let printed: Vec<&Contact> = match handout.choices.layout {
        Layout::Cards => card_contacts(handout, &chosen, contacts, CARD_LINES),
        Layout::DoorCard => card_contacts(handout, &chosen, contacts, DOOR_CARD_LINES),
        Layout::Handout | Layout::Contacts => chosen,
    };
    if printed.is_empty() || printed.iter().any(|c| c.category == Category::LegalAid) {
        return None;
    }
    let county = handout
        .choices
        .contacts
        .county
        .as_deref()
        .filter(|_| handout.choices.contacts.by_filter)
        .and_then(crate::core::directory::contact::canonical_county)
        .filter(|c| *c != crate::core::directory::contact::STATEWIDE);
    Some(match county {
        Some(county) => labels::word_with(lang, "print-no-legal-aid-county", &[("county", county)]),
        None => labels::word_in(lang, "print-no-legal-aid"),
    })
}
