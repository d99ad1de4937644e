//! A contact's verification log kept with its verified date: `verified_on` is the day of the
//! log's last *confirmed* or *changed* check; a contact verified before the log existed keeps
//! that date, written into the log as a check "recorded before the log" the first time it is
//! checked again. And what a check that corrected a contact records of the old values.

use crate::core::directory::check::{Check, Finding, Method, OldValue};
use crate::core::directory::contact::{Contact, Field, Text};
use jiff::civil::Date;
use thin_vec::ThinVec;

/// The fields in which `after` differs from `before`, with `before`'s values: what a check
/// that corrected them records.
#[must_use]
pub fn old_values(before: &Contact, after: &Contact) -> ThinVec<OldValue> {
    Field::ALL
        .into_iter()
        .filter(|f| !f.same(before, after))
        .map(|f| OldValue {
            field: f.key().into(),
            was: f.show(before),
        })
        .collect()
}

impl Contact {
    /// The day of the log's last *confirmed* or *changed* check.
    #[must_use]
    pub fn last_verified_in_log(&self) -> Option<Date> {
        self.checks
            .iter()
            .filter(|c| c.found.verifies())
            .map(|c| c.on)
            .max()
    }

    /// Adds a check to the log and keeps `verified_on` the log's last *confirmed* or *changed*
    /// day. A date verified before the log existed goes into the log first, so it is not lost.
    pub fn record_check(&mut self, check: Check) {
        if self.checks.is_empty()
            && let Some(day) = self.verified_on
        {
            self.checks.push(Check {
                on: day,
                at: None,
                by: Text::default(),
                volunteer: Text::default(),
                method: Method::NotRecorded,
                found: Finding::Confirmed,
                old_values: ThinVec::new(),
                note: String::new(),
            });
        }
        if !self.checks.contains(&check) {
            self.checks.push(check);
            self.checks.sort_by(|x, y| x.sort_key().cmp(&y.sort_key()));
        }
        self.verified_on = self.last_verified_in_log();
    }

    /// The last check, if any.
    #[must_use]
    pub fn last_check(&self) -> Option<&Check> {
        self.checks.last()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::directory::check::tests::{check, day};

    #[test]
    fn verified_on_follows_the_last_confirmed_or_changed_check() {
        let mut c = Contact::default();
        c.record_check(check(3, Finding::Confirmed));
        assert_eq!(c.verified_on, Some(day(3)));
        c.record_check(check(9, Finding::NoAnswer));
        assert_eq!(c.verified_on, Some(day(3)), "no answer verifies nothing");
        c.record_check(check(12, Finding::Changed));
        assert_eq!(c.verified_on, Some(day(12)));
        // A check recorded late for an earlier day does not move the date back.
        c.record_check(check(5, Finding::Confirmed));
        assert_eq!(c.verified_on, Some(day(12)));
        assert_eq!(c.checks.len(), 4);
        assert!(c.checks.windows(2).all(|w| w[0].on <= w[1].on), "in order");
    }

    #[test]
    fn a_date_from_before_the_log_is_kept_in_it() {
        let mut c = Contact {
            verified_on: Some(day(1)),
            ..Contact::default()
        };
        c.record_check(check(20, Finding::NoAnswer));
        assert_eq!(c.checks.len(), 2);
        assert_eq!(c.checks[0].method, Method::NotRecorded);
        assert_eq!(c.verified_on, Some(day(1)));
    }

    #[test]
    fn old_values_name_the_fields_corrected() {
        let before = Contact {
            hours: "Mon–Fri 9–5".into(),
            ..Contact::default()
        };
        let after = Contact {
            hours: "Mon–Thu 9–5".into(),
            ..before.clone()
        };
        let old = old_values(&before, &after);
        assert_eq!(old.len(), 1);
        assert_eq!(old[0].field, "hours");
        assert_eq!(old[0].was, "Mon–Fri 9–5");
    }
}
