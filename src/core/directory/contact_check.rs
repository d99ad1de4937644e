//! What looks wrong in a contact without stopping it from being saved: odd phone numbers,
//! email and web addresses, ZIP codes and county names. Each warning carries a message id and
//! its arguments, so the window shows it in its language; its English wording is kept for the
//! command line.

use crate::core::directory::contact::{
    Contact, Field, canonical_county, has_scheme, safe_link, website_looks_valid,
};
use crate::core::i18n::I18n;

/// What looks wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldWarning {
    /// A phone entry without a number.
    PhoneEmpty,
    /// A phone number with characters that are not digits.
    PhoneNotDigits(String),
    /// An international number without 8 to 15 digits.
    PhoneInternational(String),
    /// A US number without 10 digits (or 1 and 10).
    PhoneUs(String),
    /// Not an email address.
    Email(String),
    /// A link Rights Desk will not make (only http, https, mailto and tel).
    WebsiteUnsafe(String),
    /// Not a web address starting with http:// or https://.
    Website(String),
    /// A ZIP code that is not 5 digits or 5+4.
    Zip(String),
    /// Not a New Mexico county (or "Statewide").
    County(String),
}

impl FieldWarning {
    /// Its message id in the Fluent files.
    #[must_use]
    pub fn message_id(&self) -> &'static str {
        match self {
            FieldWarning::PhoneEmpty => "warn-phone-empty",
            FieldWarning::PhoneNotDigits(_) => "warn-phone-not-digits",
            FieldWarning::PhoneInternational(_) => "warn-phone-international",
            FieldWarning::PhoneUs(_) => "warn-phone-us",
            FieldWarning::Email(_) => "warn-email",
            FieldWarning::WebsiteUnsafe(_) => "warn-website-unsafe",
            FieldWarning::Website(_) => "warn-website",
            FieldWarning::Zip(_) => "warn-zip",
            FieldWarning::County(_) => "warn-county",
        }
    }

    /// The text it is about (the number, address, code or county), empty for none.
    #[must_use]
    pub fn value(&self) -> &str {
        match self {
            FieldWarning::PhoneEmpty => "",
            FieldWarning::PhoneNotDigits(v)
            | FieldWarning::PhoneInternational(v)
            | FieldWarning::PhoneUs(v)
            | FieldWarning::Email(v)
            | FieldWarning::WebsiteUnsafe(v)
            | FieldWarning::Website(v)
            | FieldWarning::Zip(v)
            | FieldWarning::County(v) => v,
        }
    }

    /// The message in the language of `t`.
    #[must_use]
    pub fn text(&self, t: &I18n) -> String {
        t.tr_args(
            self.message_id(),
            &[("value", self.value().to_string().into())],
        )
    }
}

/// A non-blocking problem with one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The field concerned.
    pub field: Field,
    /// What looks wrong.
    pub problem: FieldWarning,
}

impl Warning {
    /// What looks wrong, in plain English words (the command line).
    #[must_use]
    pub fn message(&self) -> String {
        crate::core::i18n::with(crate::core::i18n::Lang::En, |t| self.problem.text(t))
    }
}

impl Contact {
    /// Field warnings: odd phones, emails, web addresses, ZIP codes and county names.
    #[must_use]
    pub fn warnings(&self) -> Vec<Warning> {
        let mut out = Vec::new();
        let mut warn = |field, problem: FieldWarning| out.push(Warning { field, problem });
        for phone in &self.phones {
            if let Some(problem) = phone_problem(&phone.number) {
                warn(Field::Phones, problem);
            }
        }
        if !self.email.trim().is_empty() && !email_looks_valid(self.email.trim()) {
            warn(Field::Email, FieldWarning::Email(self.email.to_string()));
        }
        let website = self.website.trim();
        if !website.is_empty() && !website_looks_valid(website) {
            let problem = if has_scheme(website) && safe_link(website).is_none() {
                FieldWarning::WebsiteUnsafe(self.website.to_string())
            } else {
                FieldWarning::Website(self.website.to_string())
            };
            warn(Field::Website, problem);
        }
        let zip = self.address.zip.trim();
        if !zip.is_empty() && !zip_looks_valid(zip) {
            warn(Field::Address, FieldWarning::Zip(zip.to_string()));
        }
        for county in &self.counties {
            if canonical_county(county).is_none() {
                warn(Field::Counties, FieldWarning::County(county.to_string()));
            }
        }
        out
    }
}

/// Why a phone number looks odd, or `None` when it looks like a US or international number.
fn phone_problem(number: &str) -> Option<FieldWarning> {
    let shown = number.to_string();
    let number = number.trim();
    if number.is_empty() {
        return Some(FieldWarning::PhoneEmpty);
    }
    if number
        .chars()
        .any(|c| !(c.is_ascii_digit() || " -.()+/".contains(c) || c.is_ascii_uppercase()))
    {
        return Some(FieldWarning::PhoneNotDigits(shown));
    }
    // Vanity numbers such as 833-4ICE-OPR count letters as digits.
    let digits = number
        .chars()
        .filter(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        .count();
    if number.starts_with('+') {
        return (!(8..=15).contains(&digits)).then_some(FieldWarning::PhoneInternational(shown));
    }
    // 10 digits; 1 and 10 digits; or a three-digit service number such as 211.
    let us_ok = digits == 10
        || digits == 3
        || (digits == 11 && number.trim_start_matches(['(', ' ']).starts_with('1'));
    (!us_ok).then_some(FieldWarning::PhoneUs(shown))
}

fn email_looks_valid(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(char::is_whitespace)
        && !domain.contains('@')
}

/// True for a 5-digit ZIP code or a ZIP+4 ("87501-1234").
fn zip_looks_valid(zip: &str) -> bool {
    let b = zip.as_bytes();
    let five = |s: &[u8]| s.len() == 5 && s.iter().all(u8::is_ascii_digit);
    match b.len() {
        5 => five(b),
        10 => five(&b[..5]) && b[5] == b'-' && b[6..].iter().all(u8::is_ascii_digit),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::Lang;

    fn named(name: &str) -> Contact {
        Contact {
            name: name.into(),
            ..Contact::default()
        }
    }

    #[test]
    fn odd_fields_are_warned_about_in_each_language() {
        let mut c = named("Odd but kept");
        c.email = "not an email".into();
        c.website = "ftp://example.org".into();
        assert_eq!(c.warnings().len(), 2);
    }

    #[test]
    fn phone_warnings() {
        for good in [
            "505-490-4060",
            "1-800-323-8603",
            "(505) 247-1023",
            "833-4ICE-OPR",
            "+52 55 1234 5678",
            "211",
        ] {
            assert_eq!(phone_problem(good), None, "{good}");
        }
        for bad in ["505-490-406", "call us", "", "505-490-40600"] {
            assert!(phone_problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn email_web_zip_county_warnings() {
        let mut c = named("A");
        c.email = "ICEOPRIntake@ice.dhs.gov".into();
        c.website = "https://nmdoj.gov".into();
        c.address.zip = "87501".into();
        c.counties = smallvec::smallvec![
            "dona ana".into(),
            "Statewide".into(),
            "BERNALILLO County".into(),
        ];
        assert!(c.warnings().is_empty(), "{:?}", c.warnings());

        c.email = "a@b".into();
        c.website = "nmdoj.gov".into();
        c.address.zip = "8750".into();
        c.counties = smallvec::smallvec!["Gotham".into()];
        let fields: Vec<Field> = c.warnings().iter().map(|w| w.field).collect();
        assert_eq!(
            fields,
            vec![
                Field::Email,
                Field::Website,
                Field::Address,
                Field::Counties
            ]
        );
        c.website = "javascript:alert(1)".into();
        assert!(c.warnings().iter().any(|w| w.field == Field::Website));
    }

    #[test]
    fn warnings_read_in_the_window_s_language() {
        let mut c = named("A");
        c.address.zip = "8750".into();
        let w = c.warnings();
        assert_eq!(w.len(), 1);
        assert!(w[0].message().contains("8750") && w[0].message().contains("5 digits"));
        let es = w[0].problem.text(&I18n::new(Lang::Es));
        assert!(es.contains("8750") && es.contains("5 dígitos"), "{es}");
        assert!(!es.contains("warn-"), "a key is missing");
    }
}
