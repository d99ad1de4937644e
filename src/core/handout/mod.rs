//! What goes on a printed handout, and the renderers that print it.
//!
//! A [`Handout`] names guide entries and contacts; [`HandoutData`] is everything a renderer
//! needs, resolved and dated (entries with their answers and editor's notes, contacts grouped by
//! category with their verification state, the guide's review date, the disclaimer). Every
//! renderer works from the same data: PDF through typst ([`pdf`]), and plain text, Markdown and
//! HTML ([`text`]).

pub mod pdf;
pub mod text;

use crate::core::contact::{Category, Contact, Verification};
use crate::core::guide::{Block, Guide, NoteKind};
use jiff::civil::Date;
use serde::Serialize;

/// Paper size.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, Default, clap::ValueEnum,
)]
pub enum Paper {
    /// US Letter (8.5 × 11 in).
    #[default]
    Letter,
    /// ISO A4.
    A4,
}

/// What a handout holds and how it is printed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Handout {
    /// Title printed at the top.
    pub title: String,
    /// The printing organization's name and contact line (may be empty).
    pub prepared_by: String,
    /// Paper size.
    pub paper: Paper,
    /// Guide entry ids, in the order they are printed.
    pub entries: Vec<String>,
    /// Contact ids, in directory order.
    pub contacts: Vec<String>,
    /// Print editor's notes.
    pub show_notes: bool,
    /// Print sources.
    pub show_sources: bool,
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
    /// "Out of date", "Context", "Correction".
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
    /// Language names.
    pub languages: String,
    /// "verified 2026-11-02", "not verified", "not verified since 2025-01-03".
    pub verification: String,
    /// True when not verified recently (printed as a warning).
    pub unverified: bool,
}

impl PrintContact {
    /// The lines after the phones, unescaped: web, email, address, "Hours: …",
    /// "Languages: …" (empty ones left out). Every renderer prints these.
    #[must_use]
    pub fn details(&self) -> Vec<String> {
        let mut out: Vec<String> = [&self.website, &self.email, &self.address]
            .into_iter()
            .filter(|s| !s.is_empty())
            .cloned()
            .collect();
        if !self.hours.is_empty() {
            out.push(format!("Hours: {}", self.hours));
        }
        if !self.languages.is_empty() {
            out.push(format!("Languages: {}", self.languages));
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

/// Everything a renderer prints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HandoutData {
    /// Title.
    pub title: String,
    /// Prepared by (may be empty).
    pub prepared_by: String,
    /// "letter" or "a4".
    pub paper: String,
    /// Print date.
    pub printed_on: String,
    /// The guide's title.
    pub guide_title: String,
    /// The guide's review date.
    pub guide_reviewed: String,
    /// The guide's source, with "undated" when it has no date.
    pub guide_source: String,
    /// "General information, not legal advice …"
    pub disclaimer: String,
    /// Entries in order.
    pub entries: Vec<PrintEntry>,
    /// Contacts grouped by category, in category order.
    pub groups: Vec<PrintGroup>,
}

fn note_heading(kind: NoteKind) -> String {
    format!("Editor's note — {}", kind.label())
}

/// Resolves a handout against a guide and the directory's contacts. Unknown ids are skipped.
#[must_use]
pub fn resolve(
    handout: &Handout,
    guide: &Guide,
    contacts: &[Contact],
    today: Date,
    stale_days: i32,
) -> HandoutData {
    let entries = handout
        .entries
        .iter()
        .filter_map(|id| guide.entry(id))
        .map(|e| PrintEntry {
            id: e.id.clone(),
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
            notes: if handout.show_notes {
                e.notes
                    .iter()
                    .map(|n| PrintNote {
                        heading: note_heading(n.kind),
                        text: n.text.clone(),
                        sources: if handout.show_sources {
                            n.sources
                                .iter()
                                .map(crate::core::guide::Source::citation)
                                .collect()
                        } else {
                            Vec::new()
                        },
                    })
                    .collect()
            } else {
                Vec::new()
            },
            sources: if handout.show_sources {
                e.sources
                    .iter()
                    .map(crate::core::guide::Source::citation)
                    .collect()
            } else {
                Vec::new()
            },
        })
        .collect();
    let chosen: Vec<&Contact> = handout
        .contacts
        .iter()
        .filter_map(|id| contacts.iter().find(|c| &c.id == id))
        .collect();
    let groups = Category::ALL
        .into_iter()
        .filter_map(|cat| {
            let mut list: Vec<&Contact> = chosen
                .iter()
                .copied()
                .filter(|c| c.category == cat)
                .collect();
            list.sort_by_key(|c| crate::core::search::fold(&c.name));
            (!list.is_empty()).then(|| PrintGroup {
                category: cat.label().to_string(),
                contacts: list
                    .into_iter()
                    .map(|c| print_contact(c, today, stale_days))
                    .collect(),
            })
        })
        .collect();
    let source_date = guide
        .source
        .date
        .map_or_else(|| "undated".to_string(), |d| d.to_string());
    HandoutData {
        title: handout.title.clone(),
        prepared_by: handout.prepared_by.clone(),
        paper: match handout.paper {
            Paper::Letter => "us-letter".into(),
            Paper::A4 => "a4".into(),
        },
        printed_on: today.to_string(),
        guide_title: guide.title.clone(),
        guide_reviewed: guide.last_reviewed.to_string(),
        guide_source: format!("{} ({source_date})", guide.source.title),
        disclaimer: guide.disclaimer.clone(),
        entries,
        groups,
    }
}

fn print_contact(c: &Contact, today: Date, stale_days: i32) -> PrintContact {
    let (verification, unverified) = match c.verification(today, stale_days) {
        Verification::Never => ("not verified".to_string(), true),
        Verification::Fresh(d) => (format!("verified {d}"), false),
        Verification::Stale(d) => (format!("not verified since {d}"), true),
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
            .map(|l| crate::core::view::language_name(l))
            .collect::<Vec<_>>()
            .join(", "),
        verification,
        unverified,
    }
}
