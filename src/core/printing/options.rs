//! What a printout is asked to be: paper, layout, language, output format, which contacts
//! ([`ContactSelection`]) and the [`Handout`] itself.

use crate::core::directory::contact::{Category, Contact, Verification};
use crate::core::directory::view;
use crate::core::i18n::Lang;
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
    /// Know-your-rights door cards ("red cards"), credit-card size: the front tells the
    /// person what to do at the door in their language, the back speaks to the agent in
    /// English, with the office's numbers for the county below.
    DoorCard,
}

impl Layout {
    /// Every layout, in menu order.
    pub const ALL: [Layout; 4] = [
        Layout::Handout,
        Layout::Cards,
        Layout::DoorCard,
        Layout::Contacts,
    ];

    pub(crate) fn key(self) -> &'static str {
        match self {
            Layout::Handout => "handout",
            Layout::Cards => "cards",
            Layout::Contacts => "contacts",
            Layout::DoorCard => "door-card",
        }
    }

    /// True for the layouts printed as sheets of cards (fronts, then mirrored backs).
    #[must_use]
    pub fn is_card(self) -> bool {
        matches!(self, Layout::Cards | Layout::DoorCard)
    }
}

/// The languages a printout carries: one, or two (each entry in the first, then in the second;
/// cards the first on the front and the second on the back).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PrintLang {
    first: Lang,
    second: Option<Lang>,
}

impl Default for PrintLang {
    fn default() -> Self {
        PrintLang::En
    }
}

#[allow(non_upper_case_globals, reason = "read as the variants they were")]
impl PrintLang {
    /// English.
    pub const En: PrintLang = PrintLang::one(Lang::En);
    /// Spanish.
    pub const Es: PrintLang = PrintLang::one(Lang::Es);
    /// English, then Spanish.
    pub const Both: PrintLang = PrintLang {
        first: Lang::En,
        second: Some(Lang::Es),
    };

    /// A printout in one language.
    #[must_use]
    pub const fn one(lang: Lang) -> PrintLang {
        PrintLang {
            first: lang,
            second: None,
        }
    }

    /// A printout in `first`, then `second` (in one language when they are the same).
    #[must_use]
    pub fn pair(first: Lang, second: Lang) -> PrintLang {
        PrintLang {
            first,
            second: (second != first).then_some(second),
        }
    }

    /// The languages printed, in order.
    #[must_use]
    pub fn langs(self) -> Vec<Lang> {
        std::iter::once(self.first).chain(self.second).collect()
    }

    /// The first language.
    #[must_use]
    pub fn first(self) -> Lang {
        self.first
    }

    /// The second language, in a bilingual printout.
    #[must_use]
    pub fn second(self) -> Option<Lang> {
        self.second
    }

    /// True for a printout in two languages.
    #[must_use]
    pub fn is_bilingual(self) -> bool {
        self.second.is_some()
    }

    /// The choice written as codes: "es", "en+vi" (how the command line takes it).
    #[must_use]
    pub fn codes(self) -> String {
        self.langs()
            .iter()
            .map(|l| l.code())
            .collect::<Vec<_>>()
            .join("+")
    }

    /// Reads "en", "es+en", "both" (English and Spanish), or the names earlier releases wrote
    /// ("En", "Es", "Both"). `None` for what is not a language code; a code may name a language
    /// that is not available (the caller says so).
    #[must_use]
    pub fn parse(text: &str) -> Option<PrintLang> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("both") {
            return Some(PrintLang::Both);
        }
        let mut parts = text.split(['+', ',']);
        let first = Lang::parse(parts.next()?)?;
        let second = match parts.next() {
            Some(p) => Some(Lang::parse(p)?),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(second.map_or(PrintLang::one(first), |s| PrintLang::pair(first, s)))
    }
}

impl Serialize for PrintLang {
    /// As a name (RON writes `es` or `r#en+es`; JSON a string), which reads back the same way
    /// as the variant names earlier releases wrote (`Both`).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_unit_variant(
            "PrintLang",
            0,
            crate::core::i18n::lang::intern(&self.codes()),
        )
    }
}

impl<'de> serde::Deserialize<'de> for PrintLang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<PrintLang, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = PrintLang;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a printout's languages, such as \"en+es\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<PrintLang, E> {
                PrintLang::parse(v).ok_or_else(|| E::custom(format!("not languages: {v}")))
            }
        }
        d.deserialize_identifier(V)
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

    /// The formats a layout can be saved in (cards are PDF only).
    #[must_use]
    pub fn allowed(self, layout: Layout) -> bool {
        !layout.is_card() || self == OutputFormat::Pdf
    }
}

/// The most contacts one printout lists. Past it the printout holds the first ones by name and
/// the window and the command line say how many were chosen: a printout of thousands of pages
/// helps nobody (and laying one out takes gigabytes), so they ask to narrow the choice by
/// county, category or language instead.
pub const MAX_PRINTED_CONTACTS: usize = 500;

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
    /// The contacts chosen, in directory order. `index` must be the index of `contacts`.
    #[must_use]
    pub fn chosen<'a>(
        &self,
        contacts: &'a [Contact],
        index: &crate::core::directory::search::ContactIndex,
        today: Date,
        rules: &crate::core::directory::status::DueRules,
    ) -> Vec<&'a Contact> {
        if !self.by_filter {
            let picked: std::collections::HashSet<&str> =
                self.picked.iter().map(String::as_str).collect();
            return contacts
                .iter()
                .filter(|c| picked.contains(c.id.as_str()) && !c.is_inactive())
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
            rules,
        )
        .iter()
        .filter_map(|i| contacts.get(i))
        .filter(|c| {
            !self.verified_only || matches!(c.verification(today, rules), Verification::Fresh(_))
        })
        .collect()
    }
}

/// The title a printout gets when the user has not written one.
#[must_use]
pub fn default_title(layout: Layout, lang: PrintLang) -> String {
    use crate::core::i18n::{self, Lang};
    let key = match layout {
        Layout::Handout | Layout::Cards => "printed-title-handout",
        Layout::Contacts => "printed-title-contacts",
        Layout::DoorCard => "printed-title-door",
    };
    let in_lang = |l: Lang| i18n::with(l, |t| t.tr(key));
    lang.langs()
        .into_iter()
        .map(in_lang)
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The entry printed on wallet cards when none is chosen: the seed's Q7, "What should
/// individuals do if they believe their rights have been violated".
pub const DEFAULT_CARD_ENTRY: &str = "q7";

/// How many phone numbers fit on the back of a wallet card.
pub const CARD_LINES: usize = 4;

/// The entry of the door guide whose card summary is the front of a door card (an office note
/// on it replaces the wording with the office's own).
pub const DOOR_CARD_ENTRY: &str = "door-card";

/// The entry of the door guide (English) whose card summary is the back of a door card.
pub const DOOR_AGENT_ENTRY: &str = "door-agent";

/// How many of the office's numbers fit under the statement on the back of a door card.
pub const DOOR_CARD_LINES: usize = 3;

/// The choices a printout is made from: what the Handout tab shows and remembers between runs,
/// and what the command line's options set. The entries are chosen apart (in the Guide tab, or
/// `--entries`).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(default)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent print options, each a check box"
)]
pub struct PrintChoices {
    /// Title printed at the top; empty uses the layout's default title.
    pub title: String,
    /// The printing organization's name and contact line (may be empty).
    pub prepared_by: String,
    /// Paper size.
    pub paper: Paper,
    /// Handout, wallet cards or contact sheet.
    pub layout: Layout,
    /// English, Spanish or both.
    pub lang: PrintLang,
    /// The format "Export…" saves.
    pub format: OutputFormat,
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
    /// Which contacts.
    pub contacts: ContactSelection,
    /// The entry whose key points go on the front of wallet cards (empty: [`DEFAULT_CARD_ENTRY`]).
    pub card_entry: String,
    /// Contact ids whose first phone goes on the back of wallet cards, at most
    /// [`CARD_LINES`]; empty picks them from the chosen contacts (hotlines first).
    pub card_contacts: Vec<String>,
    /// The folder of the last export (the window starts its file dialog there).
    pub last_folder: Option<std::path::PathBuf>,
}

impl Default for PrintChoices {
    fn default() -> Self {
        PrintChoices {
            title: String::new(),
            prepared_by: String::new(),
            paper: Paper::Letter,
            layout: Layout::Handout,
            lang: PrintLang::En,
            format: OutputFormat::Pdf,
            show_notes: true,
            show_sources: true,
            hide_office_notes: false,
            show_qr: false,
            side_by_side: false,
            contacts: ContactSelection::default(),
            card_entry: String::new(),
            card_contacts: Vec::new(),
            last_folder: None,
        }
    }
}

impl PrintChoices {
    /// The title printed: the one chosen, or the layout's default in the printed language.
    #[must_use]
    pub fn printed_title(&self) -> String {
        if self.title.trim().is_empty() {
            default_title(self.layout, self.lang)
        } else {
            self.title.clone()
        }
    }
}

/// What a printout holds and how it is printed: the choices, with the entries and the contacts
/// they select.
#[derive(Debug, Clone, PartialEq, Default, Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Handout {
    /// How it is printed (the title already filled in when it was left empty).
    pub choices: PrintChoices,
    /// Guide entry ids, in the order they are printed.
    pub entries: Vec<String>,
    /// Contact ids (printed grouped by category, by name); at most [`MAX_PRINTED_CONTACTS`].
    pub contacts: Vec<String>,
    /// How many contacts the choice selected: more than `contacts` holds when the list was cut
    /// at [`MAX_PRINTED_CONTACTS`].
    pub chosen: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn print_languages_read_as_written_and_as_earlier_releases_wrote_them() {
        let vi = Lang::parse("vi").expect("a code");
        for lang in [
            PrintLang::En,
            PrintLang::Both,
            PrintLang::pair(Lang::Es, vi),
            PrintLang::one(vi),
        ] {
            let text = ron::to_string(&lang).expect("writes");
            assert_eq!(ron::from_str::<PrintLang>(&text).expect(&text), lang);
        }
        for (old, lang) in [
            ("En", PrintLang::En),
            ("Es", PrintLang::Es),
            ("Both", PrintLang::Both),
        ] {
            assert_eq!(ron::from_str::<PrintLang>(old).expect(old), lang);
        }
        let old: PrintChoices =
            ron::from_str("(lang: Both, paper: A4)").expect("earlier choices read");
        assert_eq!(old.lang.langs(), [Lang::En, Lang::Es]);
        assert_eq!(
            PrintLang::parse("en+vi"),
            Some(PrintLang::pair(Lang::En, vi))
        );
        assert_eq!(PrintLang::parse("es+es"), Some(PrintLang::Es));
        assert_eq!(PrintLang::parse("en+es+vi"), None);
        assert_eq!(PrintLang::parse("klingon"), None);
    }
}
