//! What the directory list shows: filtering (text, category, county, language, needs
//! verification) and sorting by a column. Kept out of the UI so it is tested and benchmarked
//! on its own; the result is a list of positions into the directory.

use crate::core::basics::text::fold;
use crate::core::directory::contact::{Category, Contact, Serves, canonical_county};
use crate::core::directory::search::{ContactIndex, Query, RANK_AT_MOST};
use jiff::civil::Date;

/// Filters of the directory list; empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Filter {
    /// Words that must all appear somewhere in the contact (case and accents ignored).
    pub text: String,
    /// Only this category.
    pub category: Option<Category>,
    /// Only contacts serving this county (statewide ones and those whose area was not recorded
    /// included: a contact is never dropped for what nobody wrote down).
    pub county: Option<String>,
    /// Only contacts speaking this language (code such as "es"), and those whose languages
    /// were not recorded.
    pub language: Option<String>,
    /// Only contacts a verification round should check: due, overdue or flagged.
    pub needs_verification: bool,
    /// Also list closed and unlisted contacts (hidden otherwise; never printed).
    pub show_inactive: bool,
}

/// A column of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, Default)]
pub enum Column {
    /// Name.
    #[default]
    Name,
    /// Category.
    Category,
    /// City.
    City,
    /// Main phone.
    Phone,
    /// Languages.
    Languages,
    /// Counties.
    Counties,
    /// Verification date (never verified first).
    Verified,
}

/// Sort order of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Sort {
    /// By which column.
    pub column: Column,
    /// Ascending (A→Z, oldest first) or descending.
    pub ascending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Sort {
            column: Column::Name,
            ascending: true,
        }
    }
}

/// The language names Rights Desk knows, by code (English names).
pub const LANGUAGES: [(&str, &str); 12] = [
    ("en", "English"),
    ("es", "Spanish"),
    ("nv", "Navajo"),
    ("vi", "Vietnamese"),
    ("ar", "Arabic"),
    ("zh", "Chinese"),
    ("fr", "French"),
    ("pt", "Portuguese"),
    ("ht", "Haitian Creole"),
    ("ru", "Russian"),
    ("uk", "Ukrainian"),
    ("ps", "Pashto"),
];

/// The English name of a language code, or the text itself when unknown.
#[must_use]
pub fn language_name(code: &str) -> &str {
    LANGUAGES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code.trim()))
        .map_or(code, |(_, n)| n)
}

/// Whether `contact` speaks `language`: yes, not recorded (no language recorded), or no.
#[must_use]
pub fn speaks_language(contact: &Contact, language: &str) -> Serves {
    if contact.languages_not_recorded() {
        Serves::NotRecorded
    } else if speaks(contact, language) {
        Serves::Yes
    } else {
        Serves::No
    }
}

fn may_speak(contact: &Contact, language: &str) -> bool {
    speaks_language(contact, language) != Serves::No
}

fn speaks(contact: &Contact, language: &str) -> bool {
    let want = fold(language_name(language));
    contact
        .languages
        .iter()
        .any(|l| l.eq_ignore_ascii_case(language) || fold(language_name(l)) == want)
}

/// Positions (into the directory's contacts) of the contacts a list shows, in its order. Held
/// as 32-bit numbers: half the memory of `usize` positions, and a directory never comes near
/// four billion contacts (each takes a few hundred bytes in memory).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rows(Vec<u32>);

impl Rows {
    /// Number of rows.
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when no contact is shown.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The position of the contact on row `n`.
    #[must_use]
    pub fn get(&self, n: usize) -> Option<usize> {
        self.0.get(n).map(|&i| i as usize)
    }

    /// The position of the contact on the first row.
    #[must_use]
    pub fn first(&self) -> Option<usize> {
        self.get(0)
    }

    /// The positions, row by row.
    #[must_use]
    pub fn iter(&self) -> impl ExactSizeIterator<Item = usize> + '_ {
        self.0.iter().map(|&i| i as usize)
    }

    /// True when the contact at `position` is shown.
    #[must_use]
    pub fn contains(&self, position: usize) -> bool {
        u32::try_from(position).is_ok_and(|p| self.0.contains(&p))
    }

    /// The row showing the contact at `position`.
    #[must_use]
    pub fn row_of(&self, position: usize) -> Option<usize> {
        let p = u32::try_from(position).ok()?;
        self.0.iter().position(|&i| i == p)
    }
}

/// True when words were typed and no contact has all of them (the list then shows those with
/// some of them, see [`filter_and_sort`]).
#[must_use]
pub fn some_words_only(index: &ContactIndex, filter: &Filter) -> bool {
    let query = Query::new(&filter.text);
    !query.terms.is_empty() && index.matches(&query).next().is_none()
}

/// Positions (into `contacts`) of the contacts passing `filter`, in `sort` order (`index` must
/// be the index of `contacts`). Typed words find the contacts having all of them, best answers
/// first when the list is in its usual order; when none has them all, those having some of
/// them, best first.
#[must_use]
pub fn filter_and_sort(
    contacts: &[Contact],
    index: &ContactIndex,
    filter: &Filter,
    sort: Sort,
    today: Date,
    rules: &crate::core::directory::status::DueRules,
) -> Rows {
    let query = Query::new(&filter.text);
    let county = filter.county.as_deref().and_then(canonical_county);
    let keep = |i: usize| {
        contacts.get(i).is_some_and(|c| {
            filter.category.is_none_or(|cat| c.category == cat)
                && county.is_none_or(|county| c.serves(county) != Serves::No)
                && filter.language.as_deref().is_none_or(|l| may_speak(c, l))
                && (filter.show_inactive || !c.is_inactive())
                && (!filter.needs_verification || c.status(today, rules).wants_check())
        })
    };
    // Positions past u32::MAX cannot occur (see `Rows`).
    let mut rows: Vec<u32> = index
        .matches(&query)
        .filter(|&i| keep(i))
        .filter_map(|i| u32::try_from(i).ok())
        .collect();
    let words = !query.terms.is_empty();
    if words && rows.is_empty() {
        // No contact has every word: those with some of them, best first.
        rows = index
            .ranked_any(&query)
            .into_iter()
            .filter(|(i, _)| keep(*i))
            .filter_map(|(i, _)| u32::try_from(i).ok())
            .collect();
    } else if words && sort == Sort::default() && rows.len() <= RANK_AT_MOST {
        // Words typed and the list in its usual order: the best answers first (the name
        // counts most), names in order within a tie.
        rows.sort_by_cached_key(|&i| std::cmp::Reverse(index.score(i as usize, &query)));
    }
    if sort.column != Column::Name {
        // Contacts are kept sorted by name, so a stable sort keeps names in order within ties.
        let key = |c: &Contact| -> String {
            match sort.column {
                Column::Name => String::new(),
                Column::Category => format!("{:?}", c.category),
                Column::City => fold(&c.address.city),
                Column::Phone => c
                    .main_phone()
                    .map_or_else(String::new, |p| p.number.to_string()),
                Column::Languages => c.languages.join(","),
                Column::Counties => fold(&c.counties.join(",")),
                Column::Verified => c.verified_on.map(|d| d.to_string()).unwrap_or_default(),
            }
        };
        rows.sort_by_cached_key(|&i| contacts.get(i as usize).map(key).unwrap_or_default());
    }
    if !sort.ascending {
        rows.reverse();
    }
    rows.shrink_to_fit();
    Rows(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::directory::Directory;
    use crate::core::store;
    use std::path::Path;

    fn bundled() -> Directory {
        let (c, _) =
            store::parse_directory(store::BUNDLED_DIRECTORY, Path::new("b")).expect("parses");
        Directory::new(c)
    }

    /// The bundled directory's list with `filter` and `sort`, on 2026-11-27.
    fn list(d: &Directory, filter: &Filter, sort: Sort) -> Rows {
        let index = ContactIndex::build(d.contacts());
        filter_and_sort(
            d.contacts(),
            &index,
            filter,
            sort,
            Date::constant(2026, 11, 27),
            &crate::core::directory::status::DueRules::default(),
        )
    }

    fn names(d: &Directory, rows: &Rows) -> Vec<String> {
        rows.iter()
            .map(|i| d.contacts()[i].name.to_string())
            .collect()
    }

    #[test]
    fn filters_combine() {
        let d = bundled();
        let all = list(&d, &Filter::default(), Sort::default());
        assert_eq!(all.len(), d.len());
        let legal = Filter {
            category: Some(Category::LegalAid),
            ..Filter::default()
        };
        let rows = list(&d, &legal, Sort::default());
        assert!(
            rows.iter()
                .all(|i| d.contacts()[i].category == Category::LegalAid)
        );
        assert_eq!(rows.len(), 5);
        let spanish = Filter {
            language: Some("es".into()),
            ..Filter::default()
        };
        let rows = list(&d, &spanish, Sort::default());
        // Those that speak Spanish, and those whose languages nobody recorded; none that
        // recorded other languages only.
        assert!(
            names(&d, &rows)
                .iter()
                .any(|n| n == "Immigration court case status line (EOIR)")
        );
        assert!(names(&d, &rows).iter().any(|n| n == "New Mexico Legal Aid"));
        assert!(rows.iter().all(|i| {
            speaks_language(&d.contacts()[i], "es") != crate::core::directory::contact::Serves::No
        }));
        let county = Filter {
            county: Some("dona ana".into()),
            ..Filter::default()
        };
        let rows = list(&d, &county, Sort::default());
        assert!(
            rows.iter().all(|i| d.contacts()[i].serves("Doña Ana")
                != crate::core::directory::contact::Serves::No)
        );
        // Legal aid whose area was not recorded is kept, not dropped.
        assert!(
            names(&d, &rows)
                .iter()
                .any(|n| n == "Las Americas Immigrant Advocacy Center")
        );
        let text = Filter {
            text: "IMMIGRANT law".into(),
            ..Filter::default()
        };
        let rows = list(&d, &text, Sort::default());
        assert_eq!(names(&d, &rows), ["New Mexico Immigrant Law Center"]);
        let needs = Filter {
            needs_verification: true,
            ..Filter::default()
        };
        assert_eq!(list(&d, &needs, Sort::default()).len(), d.len());
    }

    #[test]
    fn sorting_by_columns() {
        let d = bundled();
        let by_name_desc = Sort {
            column: Column::Name,
            ascending: false,
        };
        let rows = list(&d, &Filter::default(), by_name_desc);
        let n = names(&d, &rows);
        let mut sorted = n.clone();
        sorted.sort_by_key(|s| std::cmp::Reverse(fold(s)));
        assert_eq!(n, sorted);
        let by_city = Sort {
            column: Column::City,
            ascending: true,
        };
        let rows = list(&d, &Filter::default(), by_city);
        let cities: Vec<String> = rows
            .iter()
            .map(|i| fold(&d.contacts()[i].address.city))
            .collect();
        assert!(cities.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn rows_answer_by_position_and_by_row() {
        let d = bundled();
        let by_name_desc = Sort {
            column: Column::Name,
            ascending: false,
        };
        let rows = list(&d, &Filter::default(), by_name_desc);
        let last = d.len() - 1;
        assert_eq!(rows.len(), d.len());
        assert_eq!(rows.first(), Some(last));
        assert_eq!(rows.get(last), Some(0));
        assert_eq!(rows.get(d.len()), None);
        assert_eq!(rows.row_of(0), Some(last));
        assert_eq!(rows.row_of(d.len()), None);
        assert!(rows.contains(last));
        assert!(!rows.contains(d.len()));
        assert!(!rows.contains(usize::MAX));
        assert_eq!(rows.iter().len(), d.len());
        assert!(Rows::default().is_empty());
    }

    #[test]
    fn language_names() {
        assert_eq!(language_name("es"), "Spanish");
        assert_eq!(language_name("Tewa"), "Tewa");
    }

    #[test]
    fn words_rank_the_list_and_some_words_do_when_none_has_all() {
        let named = |id: &str, name: &str, notes: &str| Contact {
            id: id.into(),
            name: name.into(),
            notes: notes.into(),
            ..Contact::default()
        };
        let contacts = vec![
            named("a", "Centro de ayuda", "legal clinic on Fridays"),
            named("b", "Legal Aid Office", ""),
            named("c", "Food bank", "nothing legal"),
        ];
        let index = ContactIndex::build(&contacts);
        let rules = crate::core::directory::status::DueRules::default();
        let today = Date::constant(2026, 12, 2);
        let ids = |text: &str| {
            let filter = Filter {
                text: text.into(),
                ..Filter::default()
            };
            filter_and_sort(&contacts, &index, &filter, Sort::default(), today, &rules)
                .iter()
                .map(|i| contacts[i].id.to_string())
                .collect::<Vec<_>>()
        };
        // Every word: the name match first.
        assert_eq!(ids("legal")[0], "b");
        // No contact has both words: those with one of them, the name match first.
        let some = ids("legal zebra");
        assert_eq!(some.first().map(String::as_str), Some("b"), "{some:?}");
        assert_eq!(some.len(), 3);
        assert!(some_words_only(
            &index,
            &Filter {
                text: "legal zebra".into(),
                ..Filter::default()
            }
        ));
        assert!(!some_words_only(
            &index,
            &Filter {
                text: "legal".into(),
                ..Filter::default()
            }
        ));
        assert!(ids("zebra").is_empty(), "no word found, nothing shown");
    }
}
