//! The verification log: each time someone checked a contact — when, who (the desktop's
//! user@computer and the name a volunteer typed), how (phone, email, web site, visit, from the
//! organization itself) and what they found (confirmed, changed with the old values kept, no
//! answer, a wrong or disconnected number, moved, closed, asked not to be listed).
//!
//! The log is kept in the directory file beside the contact (`check_log.rs` keeps a contact's
//! log and its verified date together). Two desktops' logs merge as a set: a check is never
//! asked about, never lost.

use crate::core::basics::stamp::Stamp;
use compact_str::CompactString as Text;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use thin_vec::ThinVec;

/// How a contact was checked.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum Method {
    /// A phone call.
    #[default]
    Phone,
    /// An email exchange.
    Email,
    /// The organization's web site.
    Website,
    /// A visit in person.
    Visit,
    /// The organization sent the information itself.
    FromOrganization,
    /// Not recorded: "Mark verified today", or a date recorded before the log existed.
    NotRecorded,
}

impl Method {
    /// Every method, in menu order.
    pub const ALL: [Method; 6] = [
        Method::Phone,
        Method::Email,
        Method::Website,
        Method::Visit,
        Method::FromOrganization,
        Method::NotRecorded,
    ];

    /// A stable key for the command line, call sheets and translation files (`from-organization`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Method::Phone => "phone",
            Method::Email => "email",
            Method::Website => "website",
            Method::Visit => "visit",
            Method::FromOrganization => "from-organization",
            Method::NotRecorded => "not-recorded",
        }
    }

    /// The method with this key (case and spaces ignored).
    #[must_use]
    pub fn parse(text: &str) -> Option<Method> {
        let want = normal_key(text);
        Method::ALL
            .into_iter()
            .find(|m| normal_key(m.key()) == want)
    }
}

/// What a check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Finding {
    /// Everything is as the directory has it.
    Confirmed,
    /// Something was corrected (the fields and their old values are in the check).
    Changed,
    /// Nobody answered.
    NoAnswer,
    /// The number is wrong or disconnected.
    WrongNumber,
    /// The organization moved (the address needs correcting).
    Moved,
    /// The organization closed.
    Closed,
    /// The organization asked not to be listed.
    DoNotList,
}

impl Finding {
    /// Every finding, in the order of the round's buttons (number keys 1–7).
    pub const ALL: [Finding; 7] = [
        Finding::Confirmed,
        Finding::Changed,
        Finding::NoAnswer,
        Finding::WrongNumber,
        Finding::Moved,
        Finding::Closed,
        Finding::DoNotList,
    ];

    /// A stable key for the command line, call sheets and translation files (`no-answer`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Finding::Confirmed => "confirmed",
            Finding::Changed => "changed",
            Finding::NoAnswer => "no-answer",
            Finding::WrongNumber => "wrong-number",
            Finding::Moved => "moved",
            Finding::Closed => "closed",
            Finding::DoNotList => "do-not-list",
        }
    }

    /// The finding with this key (case, spaces and dashes ignored; "disconnected" is a wrong
    /// number, "unlisted" asked not to be listed).
    #[must_use]
    pub fn parse(text: &str) -> Option<Finding> {
        let want = normal_key(text);
        match want.as_str() {
            "disconnected" => return Some(Finding::WrongNumber),
            "unlisted" | "donotlist" | "notlisted" => return Some(Finding::DoNotList),
            _ => {}
        }
        Finding::ALL
            .into_iter()
            .find(|f| normal_key(f.key()) == want)
    }

    /// True when the check found the information right (as it was, or once corrected): what
    /// makes the contact verified on that day.
    #[must_use]
    pub fn verifies(self) -> bool {
        matches!(self, Finding::Confirmed | Finding::Changed)
    }

    /// True when the organization is no longer to be listed (closed, or asked not to be).
    #[must_use]
    pub fn ends_listing(self) -> bool {
        matches!(self, Finding::Closed | Finding::DoNotList)
    }
}

fn normal_key(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase()
}

/// A field a check corrected, with the value it had before.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct OldValue {
    /// The field's key (`phones`, `hours`…; see `Field::key`).
    pub field: Text,
    /// Its value before, as one line of text.
    pub was: String,
}

/// One check of a contact.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Check {
    /// The day of the check.
    pub on: Date,
    /// When it was recorded (orders checks of one day; `None` for a date recorded before the
    /// log existed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<Stamp>,
    /// Who recorded it, as "user@computer" (like `updated_by`).
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub by: Text,
    /// The volunteer's name, when one was given.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub volunteer: Text,
    /// How.
    pub method: Method,
    /// What was found.
    pub found: Finding,
    /// The fields corrected, with their old values (for *changed*).
    #[serde(default, skip_serializing_if = "ThinVec::is_empty")]
    pub old_values: ThinVec<OldValue>,
    /// A note ("asked for Ana", "new hours from January").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Check {
    /// A check found `found` by `method` today, recorded now by this desktop's user.
    #[must_use]
    pub fn now(found: Finding, method: Method, today: Date, now: jiff::Timestamp) -> Check {
        Check {
            on: today,
            at: Some(now.into()),
            by: crate::core::basics::machine::author().into(),
            volunteer: Text::default(),
            method,
            found,
            old_values: ThinVec::new(),
            note: String::new(),
        }
    }

    /// The order of the log: by day, then by the moment recorded, then by the rest (so two
    /// desktops' logs sort the same way).
    pub(crate) fn sort_key(&self) -> (Date, Option<Stamp>, &str, Method, Finding, &str) {
        (
            self.on,
            self.at,
            self.by.as_str(),
            self.method,
            self.found,
            self.note.as_str(),
        )
    }
}

/// Two logs as one: every check of either, once, in the log's order.
#[must_use]
pub fn united(a: &[Check], b: &[Check]) -> ThinVec<Check> {
    let mut out: ThinVec<Check> = a.iter().cloned().collect();
    for check in b {
        if !out.contains(check) {
            out.push(check.clone());
        }
    }
    out.sort_by(|x, y| x.sort_key().cmp(&y.sort_key()));
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A day of November 2026.
    pub(crate) fn day(d: i8) -> Date {
        Date::constant(2026, 11, d)
    }

    /// A phone check on day `d` of November 2026 by ana@pc-1 that found `found`.
    pub(crate) fn check(d: i8, found: Finding) -> Check {
        Check {
            on: day(d),
            at: None,
            by: "ana@pc-1".into(),
            volunteer: Text::default(),
            method: Method::Phone,
            found,
            old_values: ThinVec::new(),
            note: String::new(),
        }
    }

    #[test]
    fn logs_unite_as_a_set() {
        let a = vec![check(1, Finding::Confirmed), check(4, Finding::NoAnswer)];
        let b = vec![check(4, Finding::NoAnswer), check(2, Finding::Moved)];
        let u = united(&a, &b);
        assert_eq!(u.len(), 3);
        assert_eq!(united(&b, &a), u, "the same whichever side is mine");
    }

    #[test]
    fn keys_read_back() {
        for f in Finding::ALL {
            assert_eq!(Finding::parse(f.key()), Some(f));
        }
        for m in Method::ALL {
            assert_eq!(Method::parse(m.key()), Some(m));
        }
        assert_eq!(Finding::parse("Disconnected"), Some(Finding::WrongNumber));
        assert_eq!(Finding::parse("No answer"), Some(Finding::NoAnswer));
        assert_eq!(Finding::parse("maybe"), None);
    }
}
