//! A verification round: which contacts to check (due, overdue or flagged, in a county or a
//! category, or every one of them), and how the list stands (counts by status, county and
//! category; checked this month) for the report.

use crate::core::directory::check::Finding;
use crate::core::directory::contact::{Category, Contact, canonical_county};
use crate::core::directory::search::ContactIndex;
use crate::core::directory::status::{DueRules, Status};
use crate::core::directory::view::{self, Filter, Sort};
use jiff::civil::Date;
use std::collections::BTreeMap;

/// Which contacts a round goes through.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoundScope {
    /// Only contacts serving this county (statewide ones included).
    pub county: Option<String>,
    /// Only this category.
    pub category: Option<Category>,
    /// Every contact in the county or category, not only those due, overdue or flagged.
    pub everyone: bool,
}

/// The positions of the contacts a round goes through, in name order: active contacts only
/// (closed and unlisted ones are not called).
#[must_use]
pub fn round_contacts(
    contacts: &[Contact],
    index: &ContactIndex,
    scope: &RoundScope,
    today: Date,
    rules: &DueRules,
) -> Vec<usize> {
    let filter = Filter {
        county: scope.county.clone(),
        category: scope.category,
        needs_verification: !scope.everyone,
        ..Filter::default()
    };
    view::filter_and_sort(contacts, index, &filter, Sort::default(), today, rules)
        .iter()
        .collect()
}

/// A round under way: the contacts to check, in order, where the volunteer is, and what the
/// checks found so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Round {
    /// The contacts' ids, in the round's order.
    pub ids: Vec<String>,
    /// The position of the contact being checked (`ids.len()` once the round is over).
    pub at: usize,
    /// How many checks found each finding, in [`Finding::ALL`] order.
    pub found: [usize; 7],
    /// Contacts passed over without a check.
    pub skipped: usize,
}

impl Round {
    /// A round through `ids`.
    #[must_use]
    pub fn new(ids: Vec<String>) -> Round {
        Round {
            ids,
            ..Round::default()
        }
    }

    /// The id of the contact being checked; `None` once the round is over.
    #[must_use]
    pub fn current(&self) -> Option<&str> {
        self.ids.get(self.at).map(String::as_str)
    }

    /// The contact was checked and found `found`: on to the next.
    pub fn checked(&mut self, found: Finding) {
        if self.is_over() {
            return;
        }
        if let Some(i) = Finding::ALL.iter().position(|f| *f == found)
            && let Some(n) = self.found.get_mut(i)
        {
            *n += 1;
        }
        self.at = (self.at + 1).min(self.ids.len());
    }

    /// The contact was passed over: on to the next.
    pub fn skip(&mut self) {
        if self.at < self.ids.len() {
            self.skipped += 1;
            self.at += 1;
        }
    }

    /// Contacts checked so far.
    #[must_use]
    pub fn done(&self) -> usize {
        self.found.iter().sum()
    }

    /// True once every contact was checked or passed over.
    #[must_use]
    pub fn is_over(&self) -> bool {
        self.at >= self.ids.len()
    }
}

/// Counts of contacts by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Checked and not due.
    pub current: usize,
    /// Due (never checked included).
    pub due: usize,
    /// Due for more than a month.
    pub overdue: usize,
    /// Flagged by their last checks.
    pub flagged: usize,
    /// Closed or asked not to be listed.
    pub inactive: usize,
    /// Checked (any finding) this calendar month.
    pub checked_this_month: usize,
}

impl Counts {
    fn add(&mut self, status: Status, checked_this_month: bool) {
        match status {
            Status::Current { .. } => self.current += 1,
            Status::Due { .. } => self.due += 1,
            Status::Overdue { .. } => self.overdue += 1,
            Status::Flagged(_) => self.flagged += 1,
            Status::Inactive(_) => self.inactive += 1,
        }
        if checked_this_month {
            self.checked_this_month += 1;
        }
    }

    /// Every contact counted.
    #[must_use]
    pub fn total(&self) -> usize {
        self.current + self.due + self.overdue + self.flagged + self.inactive
    }
}

/// How the list stands on a day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// All contacts.
    pub all: Counts,
    /// By category, in [`Category::ALL`] order (categories with contacts only).
    pub by_category: Vec<(Category, Counts)>,
    /// By county served, by name ("Statewide" for statewide contacts, "not recorded" when no
    /// county was written down); a contact serving several counties counts in each.
    pub by_county: BTreeMap<String, Counts>,
}

/// The report of `contacts` on `today`.
#[must_use]
pub fn report(contacts: &[Contact], today: Date, rules: &DueRules) -> Report {
    let mut all = Counts::default();
    let mut by_category: BTreeMap<usize, Counts> = BTreeMap::new();
    let mut by_county: BTreeMap<String, Counts> = BTreeMap::new();
    for c in contacts {
        let status = c.status(today, rules);
        let this_month = c
            .checks
            .iter()
            .any(|k| k.on.year() == today.year() && k.on.month() == today.month());
        all.add(status, this_month);
        let cat = Category::ALL
            .iter()
            .position(|k| *k == c.category)
            .unwrap_or(Category::ALL.len());
        by_category.entry(cat).or_default().add(status, this_month);
        if c.counties.is_empty() {
            by_county
                .entry("not recorded".into())
                .or_default()
                .add(status, this_month);
        }
        for county in &c.counties {
            let name = canonical_county(county)
                .unwrap_or(county.as_str())
                .to_string();
            by_county.entry(name).or_default().add(status, this_month);
        }
    }
    Report {
        all,
        by_category: by_category
            .into_iter()
            .filter_map(|(i, n)| Category::ALL.get(i).map(|c| (*c, n)))
            .collect(),
        by_county,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::directory::check::{Check, Finding, Method};

    #[test]
    fn a_round_goes_through_its_contacts_once() {
        let mut round = Round::new(vec!["a".into(), "b".into(), "c".into()]);
        assert_eq!(round.current(), Some("a"));
        round.checked(Finding::Confirmed);
        round.skip();
        round.checked(Finding::NoAnswer);
        assert!(round.is_over());
        assert_eq!(round.current(), None);
        round.checked(Finding::Closed);
        round.skip();
        assert_eq!(
            (round.done(), round.skipped),
            (2, 1),
            "nothing counted past the end"
        );
        assert_eq!(round.found[0], 1);
        assert_eq!(round.found[2], 1);
    }

    #[test]
    fn the_report_counts_each_status() {
        let today = Date::constant(2026, 12, 2);
        let check = |found| Check {
            on: Date::constant(2026, 12, 1),
            at: None,
            by: "a@b".into(),
            volunteer: "".into(),
            method: Method::Phone,
            found,
            old_values: thin_vec::ThinVec::new(),
            note: String::new(),
        };
        let mut current = Contact {
            category: Category::LegalAid,
            counties: ["Bernalillo".into()].into_iter().collect(),
            ..Contact::default()
        };
        current.record_check(check(Finding::Confirmed));
        let mut closed = Contact::default();
        closed.record_check(check(Finding::Closed));
        let never = Contact::default();
        let r = report(&[current, closed, never], today, &DueRules::default());
        assert_eq!(r.all.current, 1);
        assert_eq!(r.all.inactive, 1);
        assert_eq!(r.all.due, 1);
        assert_eq!(r.all.checked_this_month, 2);
        assert_eq!(r.all.total(), 3);
        assert_eq!(r.by_county["Bernalillo"].current, 1);
        assert_eq!(r.by_county["not recorded"].total(), 2);
        assert_eq!(r.by_category[0].0, Category::LegalAid);
    }
}
