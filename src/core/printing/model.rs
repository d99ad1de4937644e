//! What a renderer prints, resolved and dated: entries with their answers and notes, contacts
//! grouped by category, the card sheet ([`HandoutData`]).

#[allow(clippy::wildcard_imports, reason = "the printout's own types")]
use super::cards::*;
use super::labels::Labels;
use super::missing_glyphs::TextPlace;
use serde::Serialize;

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
    /// True for the office's own notes: printed apart from the editor's notes, as the office's
    /// words (not the guide's, nor its translation).
    pub from_office: bool,
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
    /// For the office's own questions: "From our office — NAME" (empty for the guide's).
    pub from_office: String,
    /// "Not translated yet: shown in English." for an entry (or part of one) a translation
    /// lacks; empty otherwise.
    pub in_english: String,
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
    /// Hours, in the printout's language (marked "(in English)" where no translation exists).
    pub hours: String,
    /// What it does (handouts), in the printout's language, marked likewise.
    pub description: String,
    /// What to know before calling ("Needs the person's A-number"), marked likewise.
    pub caveat: String,
    /// "Fee", "Free", "Sliding scale" (empty when unknown).
    pub cost: String,
    /// Language names, in the printout's language.
    pub languages: String,
    /// Counties served ("Statewide" when statewide, "not recorded" when nobody recorded it).
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
    /// The lines after the phones, unescaped: "Before you call: …", the description, web,
    /// email, address, "Hours: …", "Cost: …", "Languages: …", "Area served: …" (empty ones left
    /// out). The text renderers print these.
    #[must_use]
    pub fn details(&self, labels: &Labels) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        if !self.caveat.is_empty() {
            out.push(format!("{}: {}", labels.before_call, self.caveat));
        }
        if !self.description.is_empty() {
            out.push(self.description.clone());
        }
        out.extend(
            [&self.website, &self.email, &self.address]
                .into_iter()
                .filter(|s| !s.is_empty())
                .cloned(),
        );
        if !self.hours.is_empty() {
            out.push(format!("{}: {}", labels.hours, self.hours));
        }
        if !self.cost.is_empty() {
            out.push(format!("{}: {}", labels.cost, self.cost));
        }
        if !self.languages.is_empty() {
            out.push(format!("{}: {}", labels.languages, self.languages));
        }
        if !self.counties.is_empty() {
            out.push(format!("{}: {}", labels.area, self.counties));
        }
        out
    }
}

/// Contacts of one category.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrintGroup {
    /// Category name.
    pub category: String,
    /// Its contacts that serve the printout's county and speak its language (all of the
    /// category's when the printout chose neither), by name.
    pub contacts: Vec<PrintContact>,
    /// "May serve Doña Ana County — call to confirm (area served not recorded)": the heading
    /// over `maybe`.
    pub maybe_heading: String,
    /// Its contacts whose area (or languages) nobody recorded, by name: listed apart, never
    /// dropped.
    pub maybe: Vec<PrintContact>,
}

impl PrintGroup {
    /// Every contact of the group, the certain ones first.
    pub fn all(&self) -> impl Iterator<Item = &PrintContact> {
        self.contacts.iter().chain(&self.maybe)
    }

    /// The group's parts: its certain contacts (no heading), then, when there are any, the
    /// heading over the contacts whose area or languages were not recorded, and those.
    #[must_use]
    pub fn parts(&self) -> Vec<(Option<&str>, &[PrintContact])> {
        let mut out = vec![(None, self.contacts.as_slice())];
        if !self.maybe.is_empty() {
            out.push((Some(self.maybe_heading.as_str()), self.maybe.as_slice()));
        }
        out
    }
}

/// Everything a renderer prints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HandoutData {
    /// "handout", "cards", "door-card" or "contacts".
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
    /// What the guide is, on the first page: a third-party undated web FAQ, reproduced word for
    /// word, reviewed on a date, with editor's notes (empty for the contact sheet).
    pub about_guide: String,
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
    /// Every text that gets printed, with where it comes from (a contact, a question), so
    /// that a character no font can draw is reported with its place.
    #[must_use]
    pub fn texts(&self) -> Vec<(TextPlace, &str)> {
        let mut out: Vec<(TextPlace, &str)> = vec![
            (TextPlace::Title, self.title.as_str()),
            (TextPlace::PreparedBy, self.prepared_by.as_str()),
        ];
        for e in &self.entries {
            let at = TextPlace::Entry {
                id: e.id.clone(),
                lang: e.lang.clone(),
            };
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
            for c in g.all() {
                let at = TextPlace::Contact(c.name.clone());
                for t in [
                    &c.name,
                    &c.website,
                    &c.email,
                    &c.address,
                    &c.hours,
                    &c.description,
                    &c.caveat,
                    &c.counties,
                ] {
                    out.push((at.clone(), t));
                }
                out.extend(c.phones.iter().map(|p| (at.clone(), p.as_str())));
            }
        }
        if let Some(cards) = &self.cards {
            for side in [&cards.front, &cards.back] {
                let at = TextPlace::Card(side.lang.clone());
                out.push((at.clone(), &side.heading));
                out.extend(side.points.iter().map(|p| (at.clone(), p.as_str())));
                out.push((at.clone(), &side.source));
                for l in &side.lines {
                    out.push((TextPlace::Contact(l.name.clone()), &l.name));
                    out.push((TextPlace::Contact(l.name.clone()), &l.note));
                }
            }
        }
        out
    }

    /// The number of contacts printed.
    #[must_use]
    pub fn contact_count(&self) -> usize {
        self.groups
            .iter()
            .map(|g| g.contacts.len() + g.maybe.len())
            .sum()
    }
}
