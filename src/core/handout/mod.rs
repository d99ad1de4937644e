//! What goes on a printout, and the renderers that print it.
//!
//! A [`Handout`] names the layout (handout, wallet cards, contact sheet), the language, the guide
//! entries and the contacts; [`HandoutData`] is everything a renderer needs, resolved and dated
//! (entries with their answers and editor's notes, contacts grouped by category with their
//! verification state, the guide's review date, the disclaimer, the card sheet). Every renderer
//! works from the same data: PDF through typst ([`pdf`]), and plain text, Markdown and HTML
//! ([`text`]).

pub mod labels;
pub mod pdf;
pub mod text;

pub use labels::Labels;

use crate::core::contact::{Category, Contact, Verification};
use crate::core::guide::{Block, Guide};
use crate::core::view;
use jiff::civil::Date;
use serde::Serialize;

/// Paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, Default)]
pub enum Paper {
    /// US Letter (8.5 × 11 in).
    #[default]
    Letter,
    /// ISO A4.
    A4,
}

impl Paper {
    /// Width and height in inches.
    #[must_use]
    pub fn size_in(self) -> (f64, f64) {
        match self {
            Paper::Letter => (8.5, 11.0),
            Paper::A4 => (210.0 / 25.4, 297.0 / 25.4),
        }
    }

    /// typst's name for the paper.
    #[must_use]
    pub fn typst_name(self) -> &'static str {
        match self {
            Paper::Letter => "us-letter",
            Paper::A4 => "a4",
        }
    }
}

/// What kind of printout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, Default)]
pub enum Layout {
    /// Questions and answers, then the contacts grouped by category.
    #[default]
    Handout,
    /// Wallet cards: a sheet of fronts and a mirrored sheet of backs.
    Cards,
    /// The contacts alone, compact, for the office wall or the front desk.
    Contacts,
}

impl Layout {
    /// Every layout, in menu order.
    pub const ALL: [Layout; 3] = [Layout::Handout, Layout::Cards, Layout::Contacts];

    fn key(self) -> &'static str {
        match self {
            Layout::Handout => "handout",
            Layout::Cards => "cards",
            Layout::Contacts => "contacts",
        }
    }
}

/// The language of a printout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, Default)]
pub enum PrintLang {
    /// English.
    #[default]
    En,
    /// Spanish.
    Es,
    /// Both: each entry in English, then in Spanish; cards English on the front and Spanish on
    /// the back.
    Both,
}

impl PrintLang {
    /// The language codes printed, in order.
    #[must_use]
    pub fn codes(self) -> &'static [&'static str] {
        match self {
            PrintLang::En => &["en"],
            PrintLang::Es => &["es"],
            PrintLang::Both => &["en", "es"],
        }
    }
}

/// The file formats a printout can be saved in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, Default)]
pub enum OutputFormat {
    /// PDF (tagged; PDF/UA-1 when met).
    #[default]
    Pdf,
    /// One self-contained HTML file with print CSS.
    Html,
    /// Markdown.
    Md,
    /// Plain text.
    Txt,
}

impl OutputFormat {
    /// Every format, in menu order.
    pub const ALL: [OutputFormat; 4] = [
        OutputFormat::Pdf,
        OutputFormat::Html,
        OutputFormat::Md,
        OutputFormat::Txt,
    ];

    /// The file extension.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            OutputFormat::Pdf => "pdf",
            OutputFormat::Html => "html",
            OutputFormat::Md => "md",
            OutputFormat::Txt => "txt",
        }
    }

    /// The formats a layout can be saved in (wallet cards are PDF only).
    #[must_use]
    pub fn allowed(self, layout: Layout) -> bool {
        layout != Layout::Cards || self == OutputFormat::Pdf
    }
}

/// The bytes of `data` in `format`, with the characters no font has (PDF only; see
/// [`pdf::MissingGlyphs`]).
pub fn render_to(format: OutputFormat, data: &HandoutData) -> Result<Rendered, pdf::PdfError> {
    let plain = |bytes: Vec<u8>| Rendered {
        bytes,
        missing: Vec::new(),
        not_pdf_ua: None,
    };
    Ok(match format {
        OutputFormat::Pdf => {
            let compiled = pdf::compile(data)?;
            let (bytes, not_pdf_ua) = pdf::to_pdf_reporting(&compiled)?;
            Rendered {
                bytes,
                missing: compiled.missing,
                not_pdf_ua,
            }
        }
        OutputFormat::Html => plain(text::html(data).into_bytes()),
        OutputFormat::Md => plain(text::markdown(data).into_bytes()),
        OutputFormat::Txt => plain(text::plain(data).into_bytes()),
    })
}

/// A printout written in one format, with what the user should know about it.
#[derive(Debug)]
pub struct Rendered {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Characters no font has, and where.
    pub missing: Vec<pdf::MissingGlyphs>,
    /// Why the PDF is not PDF/UA-1, when it is not (it is still a tagged PDF).
    pub not_pdf_ua: Option<String>,
}

/// Which contacts a printout lists: those matching a filter, or ones picked one by one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ContactSelection {
    /// True: the contacts matching the filter; false: the picked ones.
    pub by_filter: bool,
    /// Only contacts serving this county (statewide ones included).
    pub county: Option<String>,
    /// Only this category.
    pub category: Option<Category>,
    /// Only contacts speaking this language (code such as "es").
    pub language: Option<String>,
    /// Only contacts verified recently.
    pub verified_only: bool,
    /// Contact ids picked one by one.
    pub picked: Vec<String>,
}

impl Default for ContactSelection {
    fn default() -> Self {
        ContactSelection {
            by_filter: true,
            county: None,
            category: None,
            language: None,
            verified_only: false,
            picked: Vec::new(),
        }
    }
}

impl ContactSelection {
    /// The ids of the contacts chosen, in directory order. `index` must be the index of
    /// `contacts`.
    #[must_use]
    pub fn ids(
        &self,
        contacts: &[Contact],
        index: &crate::core::search::ContactIndex,
        today: Date,
        stale_days: i32,
    ) -> Vec<String> {
        if !self.by_filter {
            let picked: std::collections::HashSet<&str> =
                self.picked.iter().map(String::as_str).collect();
            return contacts
                .iter()
                .filter(|c| picked.contains(c.id.as_str()))
                .map(|c| c.id.clone())
                .collect();
        }
        let filter = view::Filter {
            category: self.category,
            county: self.county.clone(),
            language: self.language.clone(),
            ..view::Filter::default()
        };
        view::filter_and_sort(
            contacts,
            index,
            &filter,
            view::Sort::default(),
            today,
            stale_days,
        )
        .into_iter()
        .map(|i| &contacts[i])
        .filter(|c| {
            !self.verified_only
                || matches!(c.verification(today, stale_days), Verification::Fresh(_))
        })
        .map(|c| c.id.clone())
        .collect()
    }
}

/// The title a printout gets when the user has not written one.
#[must_use]
pub fn default_title(layout: Layout, lang: PrintLang) -> String {
    let (en, es) = match layout {
        Layout::Handout | Layout::Cards => (
            "Know your rights: immigration enforcement in New Mexico",
            "Conozca sus derechos: la aplicación de las leyes de inmigración en Nuevo México",
        ),
        Layout::Contacts => (
            "Who can help: immigration legal aid and advocacy in New Mexico",
            "Quién puede ayudar: asistencia legal y apoyo en inmigración en Nuevo México",
        ),
    };
    match lang {
        PrintLang::En => en.to_string(),
        PrintLang::Es => es.to_string(),
        PrintLang::Both => format!("{en} / {es}"),
    }
}

/// The entry printed on wallet cards when none is chosen: the seed's Q7, "What should
/// individuals do if they believe their rights have been violated".
pub const DEFAULT_CARD_ENTRY: &str = "q7";

/// How many phone numbers fit on the back of a wallet card.
pub const CARD_LINES: usize = 4;

/// What a printout holds and how it is printed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, serde::Deserialize)]
#[serde(default)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent print options, each a check box"
)]
pub struct Handout {
    /// Title printed at the top.
    pub title: String,
    /// The printing organization's name and contact line (may be empty).
    pub prepared_by: String,
    /// Paper size.
    pub paper: Paper,
    /// Handout, wallet cards or contact sheet.
    pub layout: Layout,
    /// English, Spanish or both.
    pub lang: PrintLang,
    /// Guide entry ids, in the order they are printed.
    pub entries: Vec<String>,
    /// Contact ids (printed grouped by category, by name).
    pub contacts: Vec<String>,
    /// Print editor's notes.
    pub show_notes: bool,
    /// Print sources.
    pub show_sources: bool,
    /// Leave out the office's own notes (printed by default, under the editor's notes).
    pub hide_office_notes: bool,
    /// Print a QR code beside each web address.
    pub show_qr: bool,
    /// Bilingual handouts: each entry and its translation side by side (PDF and HTML) instead
    /// of one after the other.
    pub side_by_side: bool,
    /// The entry whose key points go on the front of wallet cards (empty: [`DEFAULT_CARD_ENTRY`]).
    pub card_entry: String,
    /// Contact ids whose first phone goes on the back of wallet cards, at most
    /// [`CARD_LINES`]; empty picks them from the chosen contacts (hotlines first).
    pub card_contacts: Vec<String>,
}

/// A block of an answer, ready to print.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum PrintBlock {
    /// A paragraph.
    Paragraph {
        /// The text.
        text: String,
    },
    /// A numbered list.
    Numbered {
        /// The items.
        items: Vec<String>,
    },
    /// A bulleted list.
    Bulleted {
        /// The items.
        items: Vec<String>,
    },
}

/// An editor's note, ready to print.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrintNote {
    /// "Editor's note — Out of date".
    pub heading: String,
    /// The note.
    pub text: String,
    /// Its sources as citations.
    pub sources: Vec<String>,
}

/// A guide entry, ready to print.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrintEntry {
    /// Stable id.
    pub id: String,
    /// Language code of the text ("en", "es").
    pub lang: String,
    /// "7. What should individuals do …"
    pub title: String,
    /// The answer.
    pub blocks: Vec<PrintBlock>,
    /// Editor's notes (empty when not shown).
    pub notes: Vec<PrintNote>,
    /// Sources of the entry (empty when not shown).
    pub sources: Vec<String>,
}

/// A contact, ready to print.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrintContact {
    /// Name.
    pub name: String,
    /// Phones: "505-490-4060 (Hotline, Intake)".
    pub phones: Vec<String>,
    /// Web address.
    pub website: String,
    /// Email.
    pub email: String,
    /// Address on one line.
    pub address: String,
    /// Hours.
    pub hours: String,
    /// Language names, in the printout's language.
    pub languages: String,
    /// Counties served ("Statewide" when statewide).
    pub counties: String,
    /// "verified 2026-11-02", "not verified", "not verified since 2025-01-03".
    pub verification: String,
    /// True when not verified recently (printed as a warning).
    pub unverified: bool,
    /// A QR code of the web address as SVG (empty when not chosen or no address).
    pub qr: String,
    /// The QR code's alternative text ("QR code for https://…").
    pub qr_alt: String,
}

impl PrintContact {
    /// The lines after the phones, unescaped: web, email, address, "Hours: …",
    /// "Languages: …" (empty ones left out). Every renderer prints these.
    #[must_use]
    pub fn details(&self, labels: &Labels) -> Vec<String> {
        let mut out: Vec<String> = [&self.website, &self.email, &self.address]
            .into_iter()
            .filter(|s| !s.is_empty())
            .cloned()
            .collect();
        if !self.hours.is_empty() {
            out.push(format!("{}: {}", labels.hours, self.hours));
        }
        if !self.languages.is_empty() {
            out.push(format!("{}: {}", labels.languages, self.languages));
        }
        out
    }
}

/// Contacts of one category.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrintGroup {
    /// Category name.
    pub category: String,
    /// Its contacts, by name.
    pub contacts: Vec<PrintContact>,
}

/// One phone line on the back of a wallet card.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CardLine {
    /// Who answers.
    pub name: String,
    /// The number.
    pub phone: String,
    /// "verified 2026-11-02" / "not verified".
    pub verification: String,
    /// True when not verified recently.
    pub unverified: bool,
}

/// One side of a wallet card.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CardSide {
    /// Language code of the side.
    pub lang: String,
    /// Heading ("If your rights were violated").
    pub heading: String,
    /// Key points (may be empty).
    pub points: Vec<String>,
    /// Heading over the phone lines ("Who to call").
    pub lines_heading: String,
    /// Phone lines (may be empty).
    pub lines: Vec<CardLine>,
    /// Small print: print date, who prepared it, not legal advice.
    pub footer: String,
}

/// The top-left corner of a card on its sheet, in inches from the page's top-left corner.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Slot {
    /// From the left edge.
    pub x: f64,
    /// From the top edge.
    pub y: f64,
}

/// A cut mark: a short line in the margin, in inches from the page's top-left corner.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Mark {
    /// Start, from the left edge.
    pub x1: f64,
    /// Start, from the top edge.
    pub y1: f64,
    /// End, from the left edge.
    pub x2: f64,
    /// End, from the top edge.
    pub y2: f64,
}

/// Wallet card size in inches (US business card).
pub const CARD_SIZE_IN: (f64, f64) = (3.5, 2.0);

/// Cards per sheet: 10 on Letter (2 × 5), 8 on A4 (2 × 4).
#[must_use]
pub fn cards_per_sheet(paper: Paper) -> (usize, usize) {
    match paper {
        Paper::Letter => (2, 5),
        Paper::A4 => (2, 4),
    }
}

/// Where each card sits on the front sheet, or on the back sheet (`back`), row by row. The back
/// is mirrored left to right, so that card `i` of the back prints behind card `i` of the front
/// when the sheet is turned over on its long edge.
#[must_use]
pub fn card_slots(paper: Paper, back: bool) -> Vec<Slot> {
    let (pw, ph) = paper.size_in();
    let (cw, ch) = CARD_SIZE_IN;
    let (cols, rows) = cards_per_sheet(paper);
    #[allow(clippy::cast_precision_loss, reason = "a handful of cards")]
    let (x0, y0) = ((pw - cw * cols as f64) / 2.0, (ph - ch * rows as f64) / 2.0);
    let mut out = Vec::with_capacity(cols * rows);
    for r in 0..rows {
        for c in 0..cols {
            #[allow(clippy::cast_precision_loss, reason = "a handful of cards")]
            let x = x0 + cw * c as f64;
            #[allow(clippy::cast_precision_loss, reason = "a handful of cards")]
            let y = y0 + ch * r as f64;
            let x = if back { pw - x - cw } else { x };
            out.push(Slot { x, y });
        }
    }
    out
}

/// Cut marks for a sheet of cards: at every card edge, in the margins around the grid.
#[must_use]
pub fn cut_marks(slots: &[Slot]) -> Vec<Mark> {
    let (cw, ch) = CARD_SIZE_IN;
    let (Some(left), Some(top)) = (
        slots.iter().map(|s| s.x).reduce(f64::min),
        slots.iter().map(|s| s.y).reduce(f64::min),
    ) else {
        return Vec::new();
    };
    let right = slots.iter().map(|s| s.x + cw).fold(left, f64::max);
    let bottom = slots.iter().map(|s| s.y + ch).fold(top, f64::max);
    let (gap, len) = (0.06, 0.2);
    let mut xs: Vec<f64> = slots.iter().flat_map(|s| [s.x, s.x + cw]).collect();
    let mut ys: Vec<f64> = slots.iter().flat_map(|s| [s.y, s.y + ch]).collect();
    for v in [&mut xs, &mut ys] {
        v.sort_by(f64::total_cmp);
        v.dedup_by(|a, b| (*a - *b).abs() < 1e-6);
    }
    let mut marks = Vec::new();
    for &x in &xs {
        marks.push(Mark {
            x1: x,
            y1: top - gap - len,
            x2: x,
            y2: top - gap,
        });
        marks.push(Mark {
            x1: x,
            y1: bottom + gap,
            x2: x,
            y2: bottom + gap + len,
        });
    }
    for &y in &ys {
        marks.push(Mark {
            x1: left - gap - len,
            y1: y,
            x2: left - gap,
            y2: y,
        });
        marks.push(Mark {
            x1: right + gap,
            y1: y,
            x2: right + gap + len,
            y2: y,
        });
    }
    marks
}

/// A sheet of wallet cards: the front and back designs and where they go.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CardSheet {
    /// Card width in inches.
    pub width: f64,
    /// Card height in inches.
    pub height: f64,
    /// The front of every card.
    pub front: CardSide,
    /// The back of every card.
    pub back: CardSide,
    /// Card positions on the front sheet.
    pub front_slots: Vec<Slot>,
    /// Card positions on the back sheet (mirrored).
    pub back_slots: Vec<Slot>,
    /// Cut marks on the front sheet.
    pub front_marks: Vec<Mark>,
    /// Cut marks on the back sheet.
    pub back_marks: Vec<Mark>,
}

/// Everything a renderer prints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HandoutData {
    /// "handout", "cards" or "contacts".
    pub layout: String,
    /// The main language code ("en" or "es"; "en" for bilingual).
    pub lang: String,
    /// The fixed words, in the printout's language(s).
    pub labels: Labels,
    /// Title.
    pub title: String,
    /// Prepared by (may be empty).
    pub prepared_by: String,
    /// typst's paper name ("us-letter" or "a4").
    pub paper: String,
    /// Print date.
    pub printed_on: String,
    /// The guide's title (both titles for bilingual printouts).
    pub guide_title: String,
    /// The guide's review date.
    pub guide_reviewed: String,
    /// The guide's source, with "undated" when it has no date.
    pub guide_source: String,
    /// "General information, not legal advice …" (both languages when bilingual).
    pub disclaimer: String,
    /// Translation notes of the guides printed ("Traducción … no revisada …"), if any.
    pub translation_notes: Vec<String>,
    /// Entries in order (for bilingual printouts each entry in English, then in Spanish).
    pub entries: Vec<PrintEntry>,
    /// Print each entry beside its translation (bilingual printouts).
    pub side_by_side: bool,
    /// Contacts grouped by category, in category order.
    pub groups: Vec<PrintGroup>,
    /// The wallet-card sheet (cards layout only).
    pub cards: Option<CardSheet>,
}

impl HandoutData {
    /// Every text that gets printed, with where it comes from ("contact “X”", "entry q7"), so
    /// that a character no font can draw is reported with its place.
    #[must_use]
    pub fn texts(&self) -> Vec<(String, &str)> {
        let mut out: Vec<(String, &str)> = vec![
            ("the title".into(), self.title.as_str()),
            ("“prepared by”".into(), self.prepared_by.as_str()),
        ];
        for e in &self.entries {
            let at = format!("entry {} ({})", e.id, e.lang);
            out.push((at.clone(), &e.title));
            for b in &e.blocks {
                match b {
                    PrintBlock::Paragraph { text } => out.push((at.clone(), text)),
                    PrintBlock::Numbered { items } | PrintBlock::Bulleted { items } => {
                        out.extend(items.iter().map(|i| (at.clone(), i.as_str())));
                    }
                }
            }
            for n in &e.notes {
                out.push((at.clone(), &n.text));
                out.extend(n.sources.iter().map(|s| (at.clone(), s.as_str())));
            }
            out.extend(e.sources.iter().map(|s| (at.clone(), s.as_str())));
        }
        for g in &self.groups {
            for c in &g.contacts {
                let at = format!("contact “{}”", c.name);
                for t in [
                    &c.name,
                    &c.website,
                    &c.email,
                    &c.address,
                    &c.hours,
                    &c.counties,
                ] {
                    out.push((at.clone(), t));
                }
                out.extend(c.phones.iter().map(|p| (at.clone(), p.as_str())));
            }
        }
        if let Some(cards) = &self.cards {
            for side in [&cards.front, &cards.back] {
                let at = format!("the wallet card ({})", side.lang);
                out.push((at.clone(), &side.heading));
                out.extend(side.points.iter().map(|p| (at.clone(), p.as_str())));
                for l in &side.lines {
                    out.push((format!("contact “{}”", l.name), &l.name));
                }
            }
        }
        out
    }

    /// The number of contacts printed.
    #[must_use]
    pub fn contact_count(&self) -> usize {
        self.groups.iter().map(|g| g.contacts.len()).sum()
    }
}

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
            n.kind.label_in(lang),
            labels::checked(lang)
        ),
        None => format!("{} — {}", labels::editors_note(lang), n.kind.label_in(lang)),
    }
}

fn print_entry(e: &crate::core::guide::Entry, lang: &str, handout: &Handout) -> PrintEntry {
    let citations = |sources: &[crate::core::guide::Source]| -> Vec<String> {
        if handout.show_sources {
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
                Some(_) => !handout.hide_office_notes,
                None => handout.show_notes,
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

/// Makes a printout: `handout` with its contacts chosen by `selection` from the directory,
/// resolved against `guides` (see [`guides_for`]). The one assembly the window's preview and
/// export and the command line's `export` share.
#[must_use]
pub fn assemble(
    mut handout: Handout,
    selection: &ContactSelection,
    guides: &[&Guide],
    contacts: &[Contact],
    index: &crate::core::search::ContactIndex,
    today: Date,
    stale_days: i32,
) -> (Handout, HandoutData) {
    handout.contacts = selection.ids(contacts, index, today, stale_days);
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
    let codes = handout.lang.codes();
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
    let entries = if handout.layout == Layout::Handout {
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
    let groups = if handout.layout == Layout::Cards {
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
                    category: join_langs(&langs, |l| cat.label_in(l).to_string()),
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
    let cards = (handout.layout == Layout::Cards)
        .then(|| card_sheet(handout, &printed, &chosen, contacts, today, stale_days));
    HandoutData {
        layout: handout.layout.key().to_string(),
        lang: langs.first().copied().unwrap_or("en").to_string(),
        labels,
        title: handout.title.clone(),
        prepared_by: handout.prepared_by.clone(),
        paper: handout.paper.typst_name().to_string(),
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
        side_by_side: handout.side_by_side && langs.len() > 1,
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
    if !handout.card_contacts.is_empty() {
        return handout
            .card_contacts
            .iter()
            .filter_map(|id| all.iter().find(|c| &c.id == id))
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
    let entry_id = if handout.card_entry.is_empty() {
        DEFAULT_CARD_ENTRY
    } else {
        handout.card_entry.as_str()
    };
    let lines_in = |lang: &str| -> Vec<CardLine> {
        card_contacts(handout, chosen, all)
            .into_iter()
            .map(|c| {
                let state = c.verification(today, stale_days);
                CardLine {
                    name: c.name.clone(),
                    phone: c
                        .phones
                        .first()
                        .map(|p| p.number.clone())
                        .unwrap_or_default(),
                    verification: labels::verification(&[lang], state),
                    unverified: !matches!(state, Verification::Fresh(_)),
                }
            })
            .collect()
    };
    let footer_in = |lang: &str| -> String {
        let l = labels::labels(&[lang]);
        let mut parts = vec![format!("{} {}", l.printed, today)];
        if !handout.prepared_by.is_empty() {
            parts.push(format!("{} {}", l.prepared_by, handout.prepared_by));
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
                .map_or_else(|| handout.title.clone(), |k| k.title.clone()),
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
                heading: handout.title.clone(),
                points: Vec::new(),
                lines_heading: String::new(),
                lines: Vec::new(),
                footer: String::new(),
            };
            (empty.clone(), empty)
        }
    };
    let front_slots = card_slots(handout.paper, false);
    let back_slots = card_slots(handout.paper, true);
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
        Some(link) if handout.show_qr => qr_svg(link),
        _ => String::new(),
    };
    PrintContact {
        name: c.name.clone(),
        phones: c
            .phones
            .iter()
            .map(|p| {
                if p.label.is_empty() {
                    p.number.clone()
                } else {
                    format!("{} ({})", p.number, p.label)
                }
            })
            .collect(),
        website: c.website.clone(),
        email: c.email.clone(),
        address: c.address.one_line(),
        hours: c.hours.clone(),
        languages: c
            .languages
            .iter()
            .map(|l| join_langs(langs, |lang| view::language_name_in(l, lang).to_string()))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_slots_mirror_the_front() {
        for paper in [Paper::Letter, Paper::A4] {
            let (pw, _) = paper.size_in();
            let front = card_slots(paper, false);
            let back = card_slots(paper, true);
            let (cols, rows) = cards_per_sheet(paper);
            assert_eq!(front.len(), cols * rows);
            assert_eq!(back.len(), front.len());
            for (f, b) in front.iter().zip(&back) {
                assert!((b.x - (pw - f.x - CARD_SIZE_IN.0)).abs() < 1e-9);
                assert!((b.y - f.y).abs() < 1e-9);
            }
            // The first card of the front is on the left; of the back, on the right.
            assert!(front[0].x < back[0].x);
        }
        assert_eq!(card_slots(Paper::Letter, false).len(), 10);
        assert_eq!(card_slots(Paper::A4, false).len(), 8);
    }

    #[test]
    fn cards_fit_on_the_page_with_room_for_cut_marks() {
        for paper in [Paper::Letter, Paper::A4] {
            let (pw, ph) = paper.size_in();
            let marks = cut_marks(&card_slots(paper, false));
            assert!(!marks.is_empty());
            for m in marks {
                for (x, y) in [(m.x1, m.y1), (m.x2, m.y2)] {
                    assert!(x >= 0.0 && x <= pw && y >= 0.0 && y <= ph, "{m:?}");
                }
            }
        }
    }

    #[test]
    fn qr_codes_are_svg_and_long_text_gives_none() {
        let svg = qr_svg("https://nmdoj.gov");
        assert!(svg.contains("<svg"));
        assert!(qr_svg(&"x".repeat(5000)).is_empty());
    }
}
