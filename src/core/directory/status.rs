//! Where a contact stands, from its verification log: current until its next check is due
//! (after an interval per category: hotlines and legal aid every 90 days, others every 180),
//! then due, then overdue a month later; flagged when the last checks found a wrong or
//! disconnected number, a move, or three times no answer; inactive once it closed or asked not
//! to be listed (kept in the file, never printed, hidden from the list unless asked for).

use crate::core::directory::check::Finding;
use crate::core::directory::contact::{Category, Contact, Verification};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// Days past the due date after which a check is overdue.
pub const OVERDUE_AFTER_DAYS: i32 = 30;

/// "No answer" this many times in a row flags a contact.
pub const NO_ANSWERS_TO_FLAG: usize = 3;

/// How often each category is checked again. In a file: the days by category key
/// (`every: {"legal-aid": 90, …}`); a category left out keeps its default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "DueRulesFile", into = "DueRulesFile")]
pub struct DueRules {
    /// Days between checks for each category, in [`Category::ALL`] order.
    days: [u16; 7],
}

impl Default for DueRules {
    /// Hotlines and legal aid every 90 days (a number people call in trouble must work),
    /// everything else every 180.
    fn default() -> Self {
        let mut days = [180; 7];
        for (i, c) in Category::ALL.into_iter().enumerate() {
            if matches!(c, Category::Hotline | Category::LegalAid) {
                days[i] = 90;
            }
        }
        DueRules { days }
    }
}

/// How [`DueRules`] is written: days by category key.
#[derive(Serialize, Deserialize)]
struct DueRulesFile {
    #[serde(default)]
    every: std::collections::BTreeMap<String, u16>,
}

impl From<DueRulesFile> for DueRules {
    fn from(file: DueRulesFile) -> DueRules {
        let mut rules = DueRules::default();
        for (key, days) in file.every {
            if let Some(c) = Category::parse(&key) {
                rules.set_days(c, days);
            }
        }
        rules
    }
}

impl From<DueRules> for DueRulesFile {
    fn from(rules: DueRules) -> DueRulesFile {
        DueRulesFile {
            every: Category::ALL
                .into_iter()
                .map(|c| {
                    (
                        c.key().to_string(),
                        u16::try_from(rules.days(c)).unwrap_or(u16::MAX),
                    )
                })
                .collect(),
        }
    }
}

impl DueRules {
    /// Days between checks of a contact of `category`.
    #[must_use]
    pub fn days(&self, category: Category) -> i32 {
        Category::ALL
            .iter()
            .position(|c| *c == category)
            .and_then(|i| self.days.get(i))
            .map_or(180, |d| i32::from(*d))
    }

    /// Sets the days between checks of `category` (at least one).
    pub fn set_days(&mut self, category: Category, days: u16) {
        if let Some(i) = Category::ALL.iter().position(|c| *c == category)
            && let Some(slot) = self.days.get_mut(i)
        {
            *slot = days.max(1);
        }
    }
}

/// Why a contact is flagged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flag {
    /// A check found the number wrong or disconnected.
    WrongNumber,
    /// A check found the organization moved.
    Moved,
    /// Nobody answered, three times in a row.
    NoAnswer,
}

/// Where a contact stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Checked, and not due again until this day.
    Current {
        /// The day it is due again.
        due: Date,
    },
    /// Due for a check: never checked (`since` is `None`), or due since that day.
    Due {
        /// The day it became due.
        since: Option<Date>,
    },
    /// Due for more than a month.
    Overdue {
        /// The day it became due.
        since: Date,
    },
    /// The last checks found something wrong: check it again before handing it out.
    Flagged(Flag),
    /// Closed, or asked not to be listed: kept, never printed.
    Inactive(Finding),
}

impl Status {
    /// True for a contact a round should check: due, overdue or flagged.
    #[must_use]
    pub fn wants_check(self) -> bool {
        matches!(
            self,
            Status::Due { .. } | Status::Overdue { .. } | Status::Flagged(_)
        )
    }

    /// A stable key for the command line, reports and translation files.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Status::Current { .. } => "current",
            Status::Due { .. } => "due",
            Status::Overdue { .. } => "overdue",
            Status::Flagged(_) => "flagged",
            Status::Inactive(_) => "inactive",
        }
    }
}

impl Contact {
    /// Verification state on `today`: stale once older than its category's interval in
    /// `rules`.
    #[must_use]
    pub fn verification(&self, today: Date, rules: &DueRules) -> Verification {
        match self.verified_on {
            None => Verification::Never,
            Some(date) => {
                let age = (today - date).get_days();
                if age > rules.days(self.category) {
                    Verification::Stale(date)
                } else {
                    Verification::Fresh(date)
                }
            }
        }
    }

    /// Where this contact stands on `today`, by its log and `rules`.
    #[must_use]
    pub fn status(&self, today: Date, rules: &DueRules) -> Status {
        // The checks since the last one that found the information right.
        let last_good = self.checks.iter().rposition(|c| c.found.verifies());
        let since_good = &self.checks[last_good.map_or(0, |i| i + 1)..];
        if let Some(end) = since_good.iter().rev().find(|c| c.found.ends_listing()) {
            return Status::Inactive(end.found);
        }
        if since_good.iter().any(|c| c.found == Finding::WrongNumber) {
            return Status::Flagged(Flag::WrongNumber);
        }
        if since_good.iter().any(|c| c.found == Finding::Moved) {
            return Status::Flagged(Flag::Moved);
        }
        let no_answers = since_good
            .iter()
            .rev()
            .take_while(|c| c.found == Finding::NoAnswer)
            .count();
        if no_answers >= NO_ANSWERS_TO_FLAG {
            return Status::Flagged(Flag::NoAnswer);
        }
        let Some(verified) = self.verified_on else {
            return Status::Due { since: None };
        };
        let due = verified.saturating_add(jiff::Span::new().days(rules.days(self.category)));
        if today < due {
            Status::Current { due }
        } else if (today - due).get_days() > OVERDUE_AFTER_DAYS {
            Status::Overdue { since: due }
        } else {
            Status::Due { since: Some(due) }
        }
    }

    /// True when the contact is closed or asked not to be listed: never printed.
    #[must_use]
    pub fn is_inactive(&self) -> bool {
        // Only the log can make a contact inactive; most contacts have none.
        !self.checks.is_empty()
            && matches!(
                self.status(Date::MIN, &DueRules::default()),
                Status::Inactive(_)
            )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::directory::check::{Check, Method};

    fn day(m: i8, d: i8) -> Date {
        Date::constant(2026, m, d)
    }

    fn with(category: Category, found: &[(Date, Finding)]) -> Contact {
        let mut c = Contact {
            category,
            ..Contact::default()
        };
        for (on, f) in found {
            c.record_check(Check {
                on: *on,
                at: None,
                by: "ana@pc-1".into(),
                volunteer: "".into(),
                method: Method::Phone,
                found: *f,
                old_values: thin_vec::ThinVec::new(),
                note: String::new(),
            });
        }
        c
    }

    #[test]
    fn legal_aid_is_due_after_90_days_others_after_180() {
        let rules = DueRules::default();
        let checked = [(day(1, 10), Finding::Confirmed)];
        let legal = with(Category::LegalAid, &checked);
        let advocacy = with(Category::Advocacy, &checked);
        let in_may = day(5, 1);
        assert!(matches!(legal.status(in_may, &rules), Status::Due { .. }));
        assert!(matches!(
            advocacy.status(in_may, &rules),
            Status::Current { .. }
        ));
        assert!(matches!(
            legal.status(day(6, 30), &rules),
            Status::Overdue { .. }
        ));
        assert_eq!(
            Contact::default().status(in_may, &rules),
            Status::Due { since: None }
        );
    }

    #[test]
    fn an_office_can_change_the_interval() {
        let mut rules = DueRules::default();
        rules.set_days(Category::Advocacy, 30);
        let c = with(Category::Advocacy, &[(day(1, 10), Finding::Confirmed)]);
        assert!(matches!(c.status(day(2, 15), &rules), Status::Due { .. }));
    }

    #[test]
    fn three_no_answers_or_a_dead_number_flag_a_contact() {
        let rules = DueRules::default();
        let today = day(3, 1);
        let two = with(
            Category::Hotline,
            &[
                (day(2, 1), Finding::Confirmed),
                (day(2, 2), Finding::NoAnswer),
                (day(2, 3), Finding::NoAnswer),
            ],
        );
        assert!(matches!(two.status(today, &rules), Status::Current { .. }));
        let mut three = two.clone();
        three.record_check(
            with(Category::Hotline, &[(day(2, 4), Finding::NoAnswer)]).checks[0].clone(),
        );
        assert_eq!(three.status(today, &rules), Status::Flagged(Flag::NoAnswer));
        let dead = with(Category::Hotline, &[(day(2, 4), Finding::WrongNumber)]);
        assert_eq!(
            dead.status(today, &rules),
            Status::Flagged(Flag::WrongNumber)
        );
        // A later confirmation clears the flag.
        let fixed = with(
            Category::Hotline,
            &[
                (day(2, 4), Finding::WrongNumber),
                (day(2, 5), Finding::Changed),
            ],
        );
        assert!(matches!(
            fixed.status(today, &rules),
            Status::Current { .. }
        ));
    }

    #[test]
    fn closed_and_unlisted_contacts_are_inactive_until_confirmed_again() {
        let rules = DueRules::default();
        let closed = with(
            Category::LegalAid,
            &[
                (day(1, 1), Finding::Confirmed),
                (day(2, 1), Finding::Closed),
            ],
        );
        assert_eq!(
            closed.status(day(3, 1), &rules),
            Status::Inactive(Finding::Closed)
        );
        assert!(closed.is_inactive());
        let back = with(
            Category::LegalAid,
            &[
                (day(2, 1), Finding::DoNotList),
                (day(2, 9), Finding::Confirmed),
            ],
        );
        assert!(!back.is_inactive());
        assert!(!Contact::default().is_inactive());
    }
}
