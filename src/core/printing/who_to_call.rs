//! Who a printout's contacts are for and how they read: the county and language they were
//! chosen for (those whose record does not say are listed apart), which go on a card's "Who to
//! call" and in what order, a contact's texts in the printout's language, and the words printed
//! in two languages at once.

use super::cards::CardLine;
use super::labels;
use super::options::{ContactSelection, Handout};
use crate::core::directory::contact::{Category, Contact, TranslatedText, Verification};
use jiff::civil::Date;

/// The county and language a printout's contacts were chosen for, to tell the contacts known
/// to serve them from those whose area or languages nobody recorded.
pub(super) struct Scope {
    county: Option<&'static str>,
    language: Option<String>,
}

impl Scope {
    pub(super) fn of(selection: &ContactSelection) -> Scope {
        if !selection.by_filter {
            return Scope {
                county: None,
                language: None,
            };
        }
        Scope {
            county: selection
                .county
                .as_deref()
                .and_then(crate::core::directory::contact::canonical_county)
                .filter(|c| *c != crate::core::directory::contact::STATEWIDE),
            language: selection.language.clone().filter(|l| !l.trim().is_empty()),
        }
    }

    /// True when the contact is printed only because its record does not say.
    pub(super) fn unsure(&self, c: &Contact) -> bool {
        use crate::core::directory::contact::Serves;
        self.county
            .is_some_and(|k| c.serves(k) == Serves::NotRecorded)
            || self.language.as_deref().is_some_and(|l| {
                crate::core::directory::view::speaks_language(c, l) == Serves::NotRecorded
            })
    }

    pub(super) fn heading(&self, langs: &[&str]) -> String {
        join_langs(langs, |lang| match (self.county, &self.language) {
            (Some(county), _) => {
                labels::word_with(lang, "printed-maybe-county", &[("county", county)])
            }
            (None, Some(l)) => labels::word_with(
                lang,
                "printed-maybe-language",
                &[("language", &labels::language(lang, l))],
            ),
            (None, None) => String::new(),
        })
    }
}

/// "undated" in the printout's first language.
pub(super) fn undated(lang: Option<&str>) -> String {
    crate::core::guide::undated_in(lang.unwrap_or("en")).to_string()
}

pub(super) fn join_unique(items: impl Iterator<Item = String>) -> String {
    let mut seen: Vec<String> = Vec::new();
    for i in items {
        if !seen.contains(&i) {
            seen.push(i);
        }
    }
    seen.join(" / ")
}

pub(super) fn join_langs(langs: &[&str], f: impl Fn(&str) -> String) -> String {
    join_unique(langs.iter().map(|l| f(l)))
}

/// Where a contact stands on a card's "Who to call", first first; `None` for contacts never put
/// there unless chosen by hand (the Attorney General's office and federal oversight represent
/// no one; an information line says what it is for, so one without a "before you call" line is
/// left out too).
fn card_rank(c: &Contact) -> Option<u8> {
    use crate::core::directory::contact::Cost;
    if c.phones.is_empty() {
        return None;
    }
    Some(match c.category {
        Category::LegalAid => match c.cost {
            Cost::Free => 0,
            Cost::SlidingScale | Cost::Unknown => 1,
            Cost::Fee => 2,
        },
        _ if c.own => 3,
        Category::Advocacy => 4,
        Category::Consulate => 5,
        Category::Hotline if !c.caveat.trim().is_empty() => 6,
        _ => return None,
    })
}

/// The contacts whose first phone goes on the back of a card: the chosen ones, or else the
/// printout's contacts (falling back to the whole directory) by what a family needs: free
/// legal aid, other legal aid (fee-based last), the office's own numbers, advocacy groups, the
/// consulate, then information lines under what they are for. Contacts known to serve the
/// printout's county come before those whose area was not recorded.
pub(super) fn card_contacts<'a>(
    handout: &Handout,
    chosen: &[&'a Contact],
    all: &'a [Contact],
    limit: usize,
) -> Vec<&'a Contact> {
    if !handout.choices.card_contacts.is_empty() {
        return handout
            .choices
            .card_contacts
            .iter()
            .filter_map(|id| all.iter().find(|c| c.id == *id))
            .filter(|c| !c.phones.is_empty() && !c.is_inactive())
            .take(limit)
            .collect();
    }
    // Closed and unlisted organizations never reach paper.
    let pool: Vec<&Contact> = if chosen.is_empty() {
        all.iter().filter(|c| !c.is_inactive()).collect()
    } else {
        chosen
            .iter()
            .copied()
            .filter(|c| !c.is_inactive())
            .collect()
    };
    let scope = Scope::of(&handout.choices.contacts);
    let mut ranked: Vec<(u8, bool, String, &Contact)> = pool
        .into_iter()
        .filter_map(|c| {
            card_rank(c).map(|r| {
                (
                    r,
                    scope.unsure(c),
                    crate::core::basics::text::fold(&c.name),
                    c,
                )
            })
        })
        .collect();
    ranked.sort_by(|a, b| (a.0, a.1, &a.2).cmp(&(b.0, b.1, &b.2)));
    ranked.into_iter().map(|(.., c)| c).take(limit).collect()
}

/// One language's text of a contact for a printout in `langs`: the translation where there is
/// one; where there is none, the English text marked "(in English)" — once for a bilingual
/// printout, which prints the English anyway.
pub(super) fn contact_text(c: &Contact, which: TranslatedText, langs: &[&str]) -> String {
    let mut parts: Vec<String> = Vec::new();
    for lang in langs {
        let (text, translated) = c.text_in(which, lang);
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        let shown = if translated || *lang == "en" {
            text.to_string()
        } else if langs.contains(&"en") {
            continue;
        } else {
            format!("{text} {}", labels::word_in(lang, "printed-in-english"))
        };
        if !parts.contains(&shown) {
            parts.push(shown);
        }
    }
    parts.join(" / ")
}

/// "Fee", "Free" or "Sliding scale" in `langs` (empty when not known).
pub(super) fn cost_text(c: &Contact, langs: &[&str]) -> String {
    use crate::core::directory::contact::Cost;
    let key = match c.cost {
        Cost::Free => "cost-free",
        Cost::SlidingScale => "cost-sliding-scale",
        Cost::Fee => "cost-fee",
        Cost::Unknown => return String::new(),
    };
    join_langs(langs, |l| labels::word_in(l, key))
}

/// A contact's line on a card, in `lang`: name, first phone, verification, and one line of
/// what to know ("fee", its "before you call").
pub(super) fn card_line(
    c: &Contact,
    lang: &str,
    today: Date,
    rules: &crate::core::directory::status::DueRules,
) -> CardLine {
    let state = c.verification(today, rules);
    let fee = (c.cost == crate::core::directory::contact::Cost::Fee)
        .then(|| labels::word_in(lang, "printed-fee"));
    let caveat = contact_text(c, TranslatedText::Caveat, &[lang]);
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
        note: fee
            .into_iter()
            .chain((!caveat.is_empty()).then_some(caveat))
            .collect::<Vec<_>>()
            .join(" · "),
    }
}
