//! One contact: an organization or office in the directory, its field types, and field
//! validation.
//!
//! Validation never refuses a contact for an odd value: people copy numbers and addresses from
//! flyers, and a half-right entry is better than a lost one. It returns warnings the editor shows
//! inline. Only an empty name is an error, because a nameless contact cannot be found again.

use crate::core::basics::sparse_text::SparseText;
use crate::core::basics::stamp::Stamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use smallvec::SmallVec;
use std::fmt;
use thin_vec::ThinVec;

/// The text of a contact's field. Strings of up to 24 bytes (most ids, phone numbers,
/// counties, cities, languages) are kept inline without an allocation of their own, which
/// roughly halves the memory of a large directory; otherwise it reads and writes like a
/// `String` (and hashes the same, so stored version hashes stay valid).
pub type Text = compact_str::CompactString;

/// The kind of organization or office a contact is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum Category {
    /// The New Mexico Attorney General / Department of Justice.
    AttorneyGeneral,
    /// Free or low-cost legal services.
    LegalAid,
    /// Community and advocacy organizations.
    Advocacy,
    /// Federal offices that take complaints about federal agents.
    FederalOversight,
    /// Phone lines and online locators.
    Hotline,
    /// Consulates and consular assistance lines.
    Consulate,
    /// Anything else.
    #[default]
    Other,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Category; 7] = [
        Category::AttorneyGeneral,
        Category::LegalAid,
        Category::Advocacy,
        Category::FederalOversight,
        Category::Hotline,
        Category::Consulate,
        Category::Other,
    ];

    /// A stable key for translation files and the command line (`legal-aid`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Category::AttorneyGeneral => "attorney-general",
            Category::LegalAid => "legal-aid",
            Category::Advocacy => "advocacy",
            Category::FederalOversight => "federal-oversight",
            Category::Hotline => "hotline",
            Category::Consulate => "consulate",
            Category::Other => "other",
        }
    }

    /// The English name, for plain-text output.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Category::AttorneyGeneral => "Attorney General",
            Category::LegalAid => "Legal aid",
            Category::Advocacy => "Advocacy",
            Category::FederalOversight => "Federal oversight",
            Category::Hotline => "Hotline",
            Category::Consulate => "Consulate",
            Category::Other => "Other",
        }
    }

    /// Parses a key or an English name, ignoring case, spaces and dashes.
    #[must_use]
    pub fn parse(text: &str) -> Option<Category> {
        let want: String = text
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        Category::ALL.into_iter().find(|c| {
            let key: String = c
                .key()
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect();
            key == want
        })
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// What a phone number is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum PhoneKind {
    /// An ordinary voice line.
    #[default]
    Voice,
    /// Text messages.
    Text,
    /// Fax.
    Fax,
    /// A hotline.
    Hotline,
}

impl PhoneKind {
    /// Every kind, in display order.
    pub const ALL: [PhoneKind; 4] = [
        PhoneKind::Voice,
        PhoneKind::Text,
        PhoneKind::Fax,
        PhoneKind::Hotline,
    ];

    /// The English name.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            PhoneKind::Voice => "Voice",
            PhoneKind::Text => "Text",
            PhoneKind::Fax => "Fax",
            PhoneKind::Hotline => "Hotline",
        }
    }
}

/// One phone number of a contact.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub struct Phone {
    /// The number as people write it (`505-490-4060`, `1-800-323-8603`).
    pub number: Text,
    /// What the number is for.
    #[serde(default)]
    pub kind: PhoneKind,
    /// A short label ("Intake", "833-4ICE-OPR").
    #[serde(default, skip_serializing_if = "SparseText::is_empty")]
    pub label: SparseText,
}

/// A postal address. Every part is optional.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub struct Address {
    /// Street and number, building.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub street: Text,
    /// City or town.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub city: Text,
    /// Two-letter state code.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub state: Text,
    /// ZIP code.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub zip: Text,
}

impl Address {
    /// True when no part is filled in.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.street.trim().is_empty()
            && self.city.trim().is_empty()
            && self.state.trim().is_empty()
            && self.zip.trim().is_empty()
    }

    /// The address on one line: "408 Galisteo St, Santa Fe, NM 87501".
    #[must_use]
    pub fn one_line(&self) -> String {
        let state_zip = [self.state.trim(), self.zip.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        [self.street.trim(), self.city.trim(), state_zip.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// What a service costs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Cost {
    /// Free of charge.
    Free,
    /// Fees depend on income.
    SlidingScale,
    /// Fee-based.
    Fee,
    /// Not known.
    #[default]
    Unknown,
}

impl Cost {
    /// Every value, in display order.
    pub const ALL: [Cost; 4] = [Cost::Free, Cost::SlidingScale, Cost::Fee, Cost::Unknown];

    /// The English name.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Cost::Free => "Free",
            Cost::SlidingScale => "Sliding scale",
            Cost::Fee => "Fee",
            Cost::Unknown => "Unknown",
        }
    }
}

/// New Mexico's 33 counties, alphabetically, as they are written officially.
pub const NM_COUNTIES: [&str; 33] = [
    "Bernalillo",
    "Catron",
    "Chaves",
    "Cibola",
    "Colfax",
    "Curry",
    "De Baca",
    "Doña Ana",
    "Eddy",
    "Grant",
    "Guadalupe",
    "Harding",
    "Hidalgo",
    "Lea",
    "Lincoln",
    "Los Alamos",
    "Luna",
    "McKinley",
    "Mora",
    "Otero",
    "Quay",
    "Rio Arriba",
    "Roosevelt",
    "San Juan",
    "San Miguel",
    "Sandoval",
    "Santa Fe",
    "Sierra",
    "Socorro",
    "Taos",
    "Torrance",
    "Union",
    "Valencia",
];

/// The county value meaning "serves the whole state".
pub const STATEWIDE: &str = "Statewide";

/// Returns the official spelling of a county name written loosely ("dona ana", "DOÑA ANA
/// COUNTY"), or `None` when it is not a New Mexico county nor "Statewide".
#[must_use]
pub fn canonical_county(name: &str) -> Option<&'static str> {
    let folded = crate::core::basics::text::fold(name);
    let folded = folded.trim();
    let folded = folded.strip_suffix(" county").unwrap_or(folded).trim();
    if folded == "statewide" {
        return Some(STATEWIDE);
    }
    NM_COUNTIES
        .iter()
        .copied()
        .find(|c| crate::core::basics::text::fold(c) == folded)
}

/// A contact's texts in another language: what a printout in that language shows instead of
/// the English ones. An empty text means "no translation": the English one is shown, marked.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub struct ContactTranslation {
    /// The language code ("es").
    pub lang: Text,
    /// The description in that language.
    #[serde(default, skip_serializing_if = "SparseText::is_empty")]
    pub description: SparseText,
    /// The hours (and intake times) in that language.
    #[serde(default, skip_serializing_if = "SparseText::is_empty")]
    pub hours: SparseText,
    /// The "before you call" text in that language.
    #[serde(default, skip_serializing_if = "SparseText::is_empty")]
    pub caveat: SparseText,
}

impl ContactTranslation {
    /// True when it holds no text.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.description.is_empty() && self.hours.is_empty() && self.caveat.is_empty()
    }
}

/// Whether a contact serves a county (or speaks a language): it says so, it says otherwise, or
/// nobody recorded it. A printout never drops a contact whose area was not recorded: it lists
/// it apart, "may serve your county — call to confirm".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Serves {
    /// Its record says it does (for counties: that county, or statewide).
    Yes,
    /// Its record does not say (no county, or no language, recorded).
    NotRecorded,
    /// Its record names others only.
    No,
}

/// Which text of a contact, for [`Contact::text_in`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TranslatedText {
    /// The description.
    Description,
    /// The hours.
    Hours,
    /// The "before you call" text.
    Caveat,
}

/// One organization or office in the directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Contact {
    /// Stable identifier; never shown as the name and never reused.
    pub id: Text,
    /// The organization's name.
    pub name: Text,
    /// What kind of organization it is.
    #[serde(default)]
    pub category: Category,
    /// One of the office's own numbers (printed after legal aid on a card's "Who to call").
    #[serde(default, skip_serializing_if = "is_false")]
    pub own: bool,
    /// What it does, in a sentence or two.
    #[serde(default, skip_serializing_if = "SparseText::is_empty")]
    pub description: SparseText,
    /// Service tags ("deportation defense", "DACA renewals").
    #[serde(default, skip_serializing_if = "ThinVec::is_empty")]
    pub services: ThinVec<Text>,
    /// Phone numbers, the main one first.
    #[serde(default, skip_serializing_if = "SmallVec::is_empty")]
    pub phones: SmallVec<[Phone; 1]>,
    /// Email address.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub email: Text,
    /// Web address (http or https).
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub website: Text,
    /// Postal address.
    #[serde(default, skip_serializing_if = "Address::is_empty")]
    pub address: Address,
    /// Counties served: official county names or "Statewide".
    #[serde(default, skip_serializing_if = "SmallVec::is_empty")]
    pub counties: SmallVec<[Text; 1]>,
    /// Languages spoken, as BCP 47 codes ("en", "es", "nv") or names.
    #[serde(default, skip_serializing_if = "ThinVec::is_empty")]
    pub languages: ThinVec<Text>,
    /// Opening hours, as free text.
    #[serde(default, skip_serializing_if = "SparseText::is_empty")]
    pub hours: SparseText,
    /// What it costs.
    #[serde(default)]
    pub cost: Cost,
    /// What someone must know before calling, in a line ("Needs the person's A-number",
    /// "Does not represent individuals"): printed under the contact wherever it is printed.
    #[serde(default, skip_serializing_if = "SparseText::is_empty")]
    pub caveat: SparseText,
    /// Free-text notes.
    #[serde(default, skip_serializing_if = "SparseText::is_empty")]
    pub notes: SparseText,
    /// Where the information came from.
    #[serde(default, skip_serializing_if = "SparseText::is_empty")]
    pub source: SparseText,
    /// The description, hours and caveat in other languages.
    #[serde(default, skip_serializing_if = "ThinVec::is_empty")]
    pub translations: ThinVec<ContactTranslation>,
    /// The date a person last confirmed the information; `None` = never. With a verification
    /// log, the day of its last *confirmed* or *changed* check (see `check.rs`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_on: Option<Date>,
    /// The verification log: every check, in order (see `check.rs`).
    #[serde(default, skip_serializing_if = "ThinVec::is_empty")]
    pub checks: ThinVec<crate::core::directory::check::Check>,
    /// When the contact was created in this directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Stamp>,
    /// When the contact was last edited (verification is not an edit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Stamp>,
    /// Who made the last edit, as "user@computer" (for merging copies from other desktops).
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub updated_by: Text,
    /// What this version was made from (see `lineage.rs`): what lets a merge find the version
    /// both sides started from. Not part of the content's hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub based_on: Option<Lineage>,
}

/// The versions a contact version was made from, by content hash (see `lineage.rs`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Lineage {
    /// The version (or, for a merge, the two versions) it was made from.
    pub from: SmallVec<[u64; 2]>,
    /// The newest version made on another desktop that it builds on: what the other desktops
    /// may have seen when this desktop made several versions between two syncs.
    pub shared: u64,
}

/// A field of a contact, for warnings and search highlights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// `name`
    Name,
    /// `category`
    Category,
    /// `description`
    Description,
    /// `services`
    Services,
    /// `phones`
    Phones,
    /// `email`
    Email,
    /// `website`
    Website,
    /// `address`
    Address,
    /// `counties`
    Counties,
    /// `languages`
    Languages,
    /// `hours`
    Hours,
    /// `cost`
    Cost,
    /// `notes`
    Notes,
    /// `source`
    Source,
    /// `caveat`
    Caveat,
    /// `translations`
    Translations,
    /// `own`
    Own,
}

#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if"
)]
fn is_false(b: &bool) -> bool {
    !*b
}

impl std::hash::Hash for Contact {
    /// The fields in their order, as a derived `Hash` would; fields added since (own, caveat,
    /// translations) only when set, so that the version hashes stored by earlier releases stay
    /// valid for contacts that do not use them.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.id.hash(state);
        self.name.hash(state);
        self.category.hash(state);
        self.description.hash(state);
        self.services.hash(state);
        self.phones.hash(state);
        self.email.hash(state);
        self.website.hash(state);
        self.address.hash(state);
        self.counties.hash(state);
        self.languages.hash(state);
        self.hours.hash(state);
        self.cost.hash(state);
        self.notes.hash(state);
        self.source.hash(state);
        self.verified_on.hash(state);
        self.created_at.hash(state);
        self.updated_at.hash(state);
        self.updated_by.hash(state);
        if self.own {
            "own".hash(state);
        }
        if !self.caveat.is_empty() {
            "caveat".hash(state);
            self.caveat.hash(state);
        }
        if !self.translations.is_empty() {
            "translations".hash(state);
            self.translations.hash(state);
        }
        if !self.checks.is_empty() {
            "checks".hash(state);
            self.checks.hash(state);
        }
    }
}

/// The only reason a contact is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContactError {
    /// The name is empty or only spaces.
    #[error("a contact needs a name")]
    EmptyName,
    /// The name holds control characters (a NUL, a line break…), which no one can type, see
    /// or print.
    #[error("a contact's name cannot hold control characters")]
    ControlCharacters,
}

/// `name` with each run of control characters (a NUL, a tab, a line break…) made one space,
/// trimmed: what an import keeps of a name that holds them.
#[must_use]
pub fn clean_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars() {
        if c.is_control() {
            gap = true;
        } else {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        }
    }
    out.trim().to_string()
}

/// Verification state of a contact on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verification {
    /// Never confirmed by a person.
    Never,
    /// Confirmed on this date, within the allowed age.
    Fresh(Date),
    /// Confirmed on this date, longer ago than the allowed age.
    Stale(Date),
}

/// Today's date in the computer's time zone.
#[must_use]
pub fn today() -> Date {
    jiff::ZonedDateTime::now().date()
}

impl Contact {
    /// Gives back the spare room of its lists and texts. A parser grows a list as it reads
    /// (room for four phone numbers when the file has one), which at 100,000 contacts costs
    /// tens of megabytes; the directory calls this on every contact it reads from a file.
    pub fn shrink_to_fit(&mut self) {
        self.phones.shrink_to_fit();
        self.checks.shrink_to_fit();
        for phone in &mut self.phones {
            phone.number.shrink_to_fit();
            phone.label.shrink_to_fit();
        }
        self.counties.shrink_to_fit();
        self.counties.iter_mut().for_each(Text::shrink_to_fit);
        for list in [&mut self.services, &mut self.languages] {
            list.shrink_to_fit();
            list.iter_mut().for_each(Text::shrink_to_fit);
        }
        for text in [
            &mut self.id,
            &mut self.name,
            &mut self.email,
            &mut self.website,
            &mut self.address.street,
            &mut self.address.city,
            &mut self.address.state,
            &mut self.address.zip,
            &mut self.updated_by,
        ] {
            text.shrink_to_fit();
        }
        for text in [
            &mut self.description,
            &mut self.hours,
            &mut self.caveat,
            &mut self.notes,
            &mut self.source,
        ] {
            text.shrink_to_fit();
        }
        self.translations.shrink_to_fit();
    }

    /// Refuses a contact only when its name is empty or holds control characters.
    pub fn check(&self) -> Result<(), ContactError> {
        if self.name.trim().is_empty() {
            Err(ContactError::EmptyName)
        } else if self.name.chars().any(char::is_control) {
            Err(ContactError::ControlCharacters)
        } else {
            Ok(())
        }
    }

    /// The main phone number, if any.
    #[must_use]
    pub fn main_phone(&self) -> Option<&Phone> {
        self.phones.first()
    }

    /// True when the contact was edited after its last verification.
    #[must_use]
    pub fn changed_since_verified(&self) -> bool {
        match (self.verified_on, self.updated_at) {
            (Some(verified), Some(updated)) => {
                updated
                    .timestamp()
                    .to_zoned_datetime(jiff::tz::TimeZone::UTC)
                    .date()
                    > verified
            }
            _ => false,
        }
    }

    /// True when this contact's record says it serves `county` (its own list names it, or it
    /// is statewide). See [`Contact::serves`] for contacts whose area was not recorded.
    #[must_use]
    pub fn serves_county(&self, county: &str) -> bool {
        self.serves(county) == Serves::Yes
    }

    /// Whether this contact serves `county`: yes (named or statewide), not recorded (no county
    /// recorded at all), or no.
    #[must_use]
    pub fn serves(&self, county: &str) -> Serves {
        if self.counties.iter().all(|c| c.trim().is_empty()) {
            return Serves::NotRecorded;
        }
        let want = canonical_county(county);
        let yes = self.counties.iter().any(|c| {
            let c = canonical_county(c);
            c == Some(STATEWIDE) || (c.is_some() && c == want)
        });
        if yes { Serves::Yes } else { Serves::No }
    }

    /// True when no county (nor "Statewide") is recorded for this contact.
    #[must_use]
    pub fn area_not_recorded(&self) -> bool {
        self.counties.iter().all(|c| c.trim().is_empty())
    }

    /// True when no language is recorded for this contact.
    #[must_use]
    pub fn languages_not_recorded(&self) -> bool {
        self.languages.iter().all(|c| c.trim().is_empty())
    }

    /// Its texts in `lang`, to edit: added (empty) when it has none. Drop empty ones with
    /// [`Contact::drop_empty_translations`] when done.
    pub fn translation_mut(&mut self, lang: &str) -> &mut ContactTranslation {
        let at = if let Some(i) = self.translations.iter().position(|t| t.lang == lang) {
            i
        } else {
            self.translations.push(ContactTranslation {
                lang: lang.into(),
                ..ContactTranslation::default()
            });
            self.translations.len() - 1
        };
        &mut self.translations[at]
    }

    /// Removes translations that hold no text.
    pub fn drop_empty_translations(&mut self) {
        self.translations.retain(|t| !t.is_empty());
    }

    /// One of its texts in `lang`: the translation when there is one (`true`), or else the
    /// English text (`false`; empty when there is none).
    #[must_use]
    pub fn text_in(&self, which: TranslatedText, lang: &str) -> (&str, bool) {
        fn pick(t: &ContactTranslation, which: TranslatedText) -> &str {
            match which {
                TranslatedText::Description => t.description.as_str(),
                TranslatedText::Hours => t.hours.as_str(),
                TranslatedText::Caveat => t.caveat.as_str(),
            }
        }
        if lang != "en"
            && let Some(text) = self
                .translations
                .iter()
                .filter(|t| t.lang.eq_ignore_ascii_case(lang))
                .map(|t| pick(t, which))
                .find(|t| !t.trim().is_empty())
        {
            return (text, true);
        }
        let english = match which {
            TranslatedText::Description => self.description.as_str(),
            TranslatedText::Hours => self.hours.as_str(),
            TranslatedText::Caveat => self.caveat.as_str(),
        };
        (english, lang == "en")
    }

    /// Every text of the contact, for searching, tagged with its field.
    pub fn texts(&self) -> impl Iterator<Item = (Field, &str)> {
        let single = [
            (Field::Name, self.name.as_str()),
            (Field::Description, self.description.as_str()),
            (Field::Email, self.email.as_str()),
            (Field::Website, self.website.as_str()),
            (Field::Address, self.address.street.as_str()),
            (Field::Address, self.address.city.as_str()),
            (Field::Address, self.address.state.as_str()),
            (Field::Address, self.address.zip.as_str()),
            (Field::Hours, self.hours.as_str()),
            (Field::Notes, self.notes.as_str()),
            (Field::Source, self.source.as_str()),
            (Field::Caveat, self.caveat.as_str()),
        ];
        let translated = self.translations.iter().flat_map(|t| {
            [
                (Field::Translations, t.description.as_str()),
                (Field::Translations, t.hours.as_str()),
                (Field::Translations, t.caveat.as_str()),
            ]
        });
        let phones = self.phones.iter().flat_map(|p| {
            [
                (Field::Phones, p.number.as_str()),
                (Field::Phones, p.label.as_str()),
            ]
        });
        let lists = self
            .services
            .iter()
            .map(|s| (Field::Services, s.as_str()))
            .chain(self.counties.iter().map(|s| (Field::Counties, s.as_str())))
            .chain(
                self.languages
                    .iter()
                    .map(|s| (Field::Languages, s.as_str())),
            );
        single
            .into_iter()
            .chain(translated)
            .chain(phones)
            .chain(lists)
            .filter(|(_, s)| !s.is_empty())
    }

    /// The contact as plain text fit for an email or a clipboard.
    #[must_use]
    pub fn to_plain_text(&self) -> String {
        let mut out = format!("{}\n", self.name);
        if !self.description.is_empty() {
            out.push_str(&format!("{}\n", self.description));
        }
        if !self.caveat.is_empty() {
            out.push_str(&format!("Before you call: {}\n", self.caveat));
        }
        for p in &self.phones {
            let label = if p.label.is_empty() {
                p.kind.label().to_string()
            } else {
                format!("{}, {}", p.kind.label(), p.label)
            };
            out.push_str(&format!("Phone: {} ({label})\n", p.number));
        }
        for (label, value) in [
            ("Email", self.email.as_str()),
            ("Web", self.website.as_str()),
            ("Hours", self.hours.as_str()),
        ] {
            if !value.is_empty() {
                out.push_str(&format!("{label}: {value}\n"));
            }
        }
        if !self.address.is_empty() {
            out.push_str(&format!("Address: {}\n", self.address.one_line()));
        }
        match self.verified_on {
            Some(d) => out.push_str(&format!("Verified: {d}\n")),
            None => out.push_str("Not verified\n"),
        }
        out
    }
}

/// `url` when it may become a link or a QR code: an `http`/`https` address with a host, or a
/// `mailto:` / `tel:` address. Anything else (`javascript:`, `data:`, `file:` …) is `None` and is
/// only ever shown as plain text.
#[must_use]
pub fn safe_link(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let ok = website_looks_valid(url)
        || ((lower.starts_with("mailto:") || lower.starts_with("tel:"))
            && url.len() > 5
            && !url.chars().any(|c| c.is_whitespace() || c.is_control()));
    ok.then_some(url)
}

/// A web address as an export writes it: `url` itself, unless it names a scheme that may not
/// become a link (`javascript:`, `data:`, `file:` …), which no export carries to a phone, a
/// spreadsheet or another directory (empty then). Text without a scheme is kept as written.
#[must_use]
pub fn exportable_link(url: &str) -> &str {
    if has_scheme(url.trim()) && safe_link(url).is_none() {
        ""
    } else {
        url
    }
}

/// True when `text` starts with a URL scheme ("javascript:", "https:").
pub(crate) fn has_scheme(text: &str) -> bool {
    text.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
    })
}

/// True for `http://` or `https://` addresses with a host.
#[must_use]
pub fn website_looks_valid(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
            host.contains('.') && !url.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> Contact {
        Contact {
            id: "x".into(),
            name: name.into(),
            ..Contact::default()
        }
    }

    #[test]
    fn only_an_empty_name_or_one_with_control_characters_is_refused() {
        assert_eq!(named("  ").check(), Err(ContactError::EmptyName));
        assert_eq!(
            named("Centro\0Legal").check(),
            Err(ContactError::ControlCharacters)
        );
        assert_eq!(clean_name("Centro\0\u{7}Legal\n"), "Centro Legal");
        let mut c = named("Odd but kept");
        c.email = "not an email".into();
        c.website = "ftp://example.org".into();
        assert!(c.check().is_ok());
    }

    #[test]
    fn verification_and_staleness() {
        let today = Date::constant(2026, 11, 27);
        let rules = crate::core::directory::status::DueRules::default();
        let mut c = named("A");
        assert_eq!(c.verification(today, &rules), Verification::Never);
        c.verified_on = Some(Date::constant(2026, 11, 2));
        assert!(matches!(
            c.verification(today, &rules),
            Verification::Fresh(_)
        ));
        c.verified_on = Some(Date::constant(2026, 4, 1));
        assert!(matches!(
            c.verification(today, &rules),
            Verification::Stale(_)
        ));
    }

    #[test]
    fn counties_served() {
        let mut c = named("A");
        c.counties = smallvec::smallvec!["Doña Ana".into()];
        assert!(c.serves_county("dona ana"));
        assert!(!c.serves_county("Lea"));
        c.counties = smallvec::smallvec!["Statewide".into()];
        assert!(c.serves_county("Lea"));
    }

    #[test]
    fn an_area_nobody_recorded_is_neither_yes_nor_no() {
        let mut c = named("A");
        assert_eq!(c.serves("Lea"), Serves::NotRecorded);
        assert!(!c.serves_county("Lea"), "not said to serve it");
        assert!(c.area_not_recorded());
        c.counties = smallvec::smallvec!["Bernalillo".into()];
        assert_eq!(c.serves("Lea"), Serves::No);
        assert_eq!(c.serves("bernalillo county"), Serves::Yes);
        c.counties = smallvec::smallvec![STATEWIDE.into()];
        assert_eq!(c.serves("Lea"), Serves::Yes);
        assert!(c.languages_not_recorded());
    }

    #[test]
    fn texts_in_spanish_fall_back_to_english_and_say_so() {
        let mut c = named("A");
        c.hours = "Mon–Fri 9–5".into();
        c.caveat = "Needs the A-number".into();
        c.translation_mut("es").caveat = "Necesita el número A".into();
        assert_eq!(
            c.text_in(TranslatedText::Caveat, "es"),
            ("Necesita el número A", true)
        );
        assert_eq!(
            c.text_in(TranslatedText::Hours, "es"),
            ("Mon–Fri 9–5", false)
        );
        assert_eq!(
            c.text_in(TranslatedText::Hours, "en"),
            ("Mon–Fri 9–5", true)
        );
        assert_eq!(c.text_in(TranslatedText::Description, "es"), ("", false));
        // An empty translation is dropped; a text is kept.
        c.translation_mut("fr");
        c.drop_empty_translations();
        assert_eq!(c.translations.len(), 1);
    }

    #[test]
    fn new_fields_change_the_version_hash_only_when_set() {
        use std::hash::{Hash, Hasher};
        let hash = |c: &Contact| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            c.hash(&mut h);
            h.finish()
        };
        let plain = named("A");
        let mut with = plain.clone();
        with.translation_mut("es");
        with.drop_empty_translations();
        assert_eq!(hash(&plain), hash(&with), "nothing set: the same hash");
        for change in [
            |c: &mut Contact| c.own = true,
            |c: &mut Contact| c.caveat = "Fee-based".into(),
            |c: &mut Contact| c.translation_mut("es").hours = "24 horas".into(),
        ] {
            let mut c = plain.clone();
            change(&mut c);
            assert_ne!(hash(&plain), hash(&c));
        }
    }

    #[test]
    fn exports_drop_unsafe_link_schemes_only() {
        assert_eq!(exportable_link("javascript:alert(1)"), "");
        assert_eq!(exportable_link(" data:text/html,x"), "");
        assert_eq!(exportable_link("file:///etc/passwd"), "");
        assert_eq!(exportable_link("https://nmilc.org"), "https://nmilc.org");
        assert_eq!(
            exportable_link("nmilc.org"),
            "nmilc.org",
            "no scheme: kept as written"
        );
        assert_eq!(exportable_link(""), "");
    }

    #[test]
    fn categories_parse() {
        assert_eq!(Category::parse("legal-aid"), Some(Category::LegalAid));
        assert_eq!(Category::parse("Legal aid"), Some(Category::LegalAid));
        assert_eq!(
            Category::parse("FederalOversight"),
            Some(Category::FederalOversight)
        );
        assert_eq!(Category::parse("nope"), None);
    }
}
