//! vCard 3.0 and 4.0 (`.vcf`), one file with one or many cards.
//!
//! Reading handles folded lines, backslash escapes, parameters (`TYPE=`, quoted values) and the
//! properties FN, ORG, TEL, EMAIL, URL, ADR, NOTE, CATEGORIES and LANG, plus Rights Desk's own
//! `X-RIGHTS-DESK-…` properties for the fields vCard has no place for.
//!
//! Writing produces vCard 4.0 with `KIND:org`, CRLF line ends, escapes, and lines folded at 75
//! octets without splitting a character, which phones and mail programs import.

use super::{Imported, RowProblem, decode_text};
use crate::core::directory::contact::{Category, Contact, Cost, Phone, PhoneKind};

/// Splits text into unfolded logical lines.
fn unfold(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for raw in text.split('\n') {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(rest) = raw.strip_prefix([' ', '\t'])
            && let Some(last) = lines.last_mut()
        {
            last.push_str(rest);
            continue;
        }
        lines.push(raw.to_string());
    }
    lines
}

/// Undoes vCard escapes in a value.
fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Splits a structured value at unescaped `sep` (`;` or `,`), then unescapes each part.
fn split_unescaped(value: &str, sep: char) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            current.push(c);
            if let Some(n) = chars.next() {
                current.push(n);
            }
        } else if c == sep {
            parts.push(unescape(&current));
            current.clear();
        } else {
            current.push(c);
        }
    }
    parts.push(unescape(&current));
    parts
}

/// A property line: name (upper case, without group), parameters, value.
struct Property {
    name: String,
    params: Vec<(String, String)>,
    value: String,
}

fn parse_line(line: &str) -> Option<Property> {
    // The value starts at the first ':' outside a quoted parameter value.
    let mut in_quotes = false;
    let mut colon = None;
    for (i, c) in line.char_indices() {
        match c {
            '"' => in_quotes = !in_quotes,
            ':' if !in_quotes => {
                colon = Some(i);
                break;
            }
            _ => {}
        }
    }
    let colon = colon?;
    let (head, value) = (&line[..colon], &line[colon + 1..]);
    let mut parts = split_params(head).into_iter();
    let name = parts.next()?;
    let name = name.trim();
    let name = name.rsplit('.').next().unwrap_or(name).to_ascii_uppercase();
    let params = parts
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (
                k.trim().to_ascii_uppercase(),
                caret_decode(v.trim().trim_matches('"')),
            ),
            // vCard 2.1 style bare parameter: "TEL;WORK;VOICE:…"
            None => ("TYPE".to_string(), p.clone()),
        })
        .collect();
    Some(Property {
        name,
        params,
        value: value.to_string(),
    })
}

/// Splits the part before the value at `;` outside double quotes.
fn split_params(head: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut in_quotes = false;
    for c in head.chars() {
        match c {
            '"' => {
                in_quotes = !in_quotes;
                current.push(c);
            }
            ';' if !in_quotes => parts.push(std::mem::take(&mut current)),
            c => current.push(c),
        }
    }
    parts.push(current);
    parts
}

/// Undoes RFC 6868 caret escapes in a parameter value.
fn caret_decode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '^' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('\'') => out.push('"'),
                Some('^') | None => out.push('^'),
                Some(other) => {
                    out.push('^');
                    out.push(other);
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

impl Property {
    fn types(&self) -> Vec<String> {
        self.params
            .iter()
            .filter(|(k, _)| k == "TYPE")
            .flat_map(|(_, v)| v.split(',').map(|t| t.trim().to_ascii_lowercase()))
            .collect()
    }

    fn param(&self, key: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

fn kind_from_types(types: &[String]) -> PhoneKind {
    if types.iter().any(|t| t == "fax") {
        PhoneKind::Fax
    } else if types.iter().any(|t| t == "text" || t == "sms") {
        PhoneKind::Text
    } else if types.iter().any(|t| t == "x-hotline" || t == "hotline") {
        PhoneKind::Hotline
    } else {
        PhoneKind::Voice
    }
}

/// Reads every card in `bytes`.
#[allow(clippy::too_many_lines, reason = "one arm per vCard property")]
#[must_use]
pub fn read(bytes: &[u8]) -> Imported {
    let text = decode_text(bytes).replace("\r\n", "\n").replace('\r', "\n");
    let mut out = Imported::default();
    let mut card: Option<(Contact, String)> = None; // (contact, organization from ORG)
    let mut number = 0;
    for line in unfold(&text) {
        let Some(p) = parse_line(&line) else {
            continue;
        };
        match (
            p.name.as_str(),
            p.value.trim().to_ascii_uppercase().as_str(),
        ) {
            ("BEGIN", "VCARD") => {
                number += 1;
                card = Some((Contact::default(), String::new()));
                continue;
            }
            ("END", "VCARD") => {
                if let Some((mut c, org)) = card.take() {
                    if c.name.trim().is_empty() {
                        c.name = org.into();
                    }
                    if c.name.trim().is_empty() {
                        out.problems.push(RowProblem {
                            place: format!("card {number}"),
                            reason: "has neither FN nor ORG; skipped".into(),
                        });
                    } else {
                        out.contacts.push(c);
                    }
                }
                continue;
            }
            _ => {}
        }
        let Some((c, org)) = card.as_mut() else {
            continue;
        };
        let value = unescape(&p.value);
        match p.name.as_str() {
            "FN" => c.name = value.trim().into(),
            "ORG" => {
                *org = split_unescaped(&p.value, ';')
                    .into_iter()
                    .find(|s| !s.trim().is_empty())
                    .unwrap_or_default();
            }
            "TEL" => {
                let number = value
                    .trim()
                    .strip_prefix("tel:")
                    .unwrap_or(value.trim())
                    .to_string();
                if !number.is_empty() && c.phones.len() < 16 {
                    c.phones.push(Phone {
                        number: number.into(),
                        kind: kind_from_types(&p.types()),
                        label: p.param("X-LABEL").unwrap_or_default().into(),
                    });
                }
            }
            "EMAIL" if c.email.is_empty() => c.email = value.trim().into(),
            "URL" if c.website.is_empty() => c.website = value.trim().into(),
            "ADR" if c.address.is_empty() => {
                let parts = split_unescaped(&p.value, ';');
                let get = |i: usize| {
                    parts
                        .get(i)
                        .map(|s| s.trim().to_string())
                        .unwrap_or_default()
                };
                // PO box; extended; street; locality; region; postal code; country
                let street = [get(0), get(1), get(2)]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ");
                c.address.street = street.into();
                c.address.city = get(3).into();
                c.address.state = get(4).into();
                c.address.zip = get(5).into();
            }
            "NOTE" => c.notes = value.into(),
            "CATEGORIES" => {
                for cat in split_unescaped(&p.value, ',') {
                    if let Some(known) = Category::parse(&cat) {
                        c.category = known;
                    } else if !cat.trim().is_empty() {
                        c.services.push(cat.trim().into());
                    }
                }
            }
            "LANG" => c.languages.push(value.trim().into()),
            "X-RIGHTS-DESK-CATEGORY" => c.category = Category::parse(&value).unwrap_or_default(),
            "X-RIGHTS-DESK-DESCRIPTION" => c.description = value.into(),
            "X-RIGHTS-DESK-SERVICE" => c.services.push(value.into()),
            "X-RIGHTS-DESK-COUNTY" => c.counties.push(value.into()),
            "X-RIGHTS-DESK-HOURS" => c.hours = value.into(),
            "X-RIGHTS-DESK-COST" => {
                c.cost = Cost::ALL
                    .into_iter()
                    .find(|k| k.label() == value)
                    .unwrap_or_default();
            }
            "X-RIGHTS-DESK-SOURCE" => c.source = value.into(),
            "X-RIGHTS-DESK-CAVEAT" => c.caveat = value.into(),
            "X-RIGHTS-DESK-OWN" => c.own = value.trim().eq_ignore_ascii_case("yes"),
            "X-RIGHTS-DESK-DESCRIPTION-ES" => c.translation_mut("es").description = value.into(),
            "X-RIGHTS-DESK-HOURS-ES" => c.translation_mut("es").hours = value.into(),
            "X-RIGHTS-DESK-CAVEAT-ES" => c.translation_mut("es").caveat = value.into(),
            "X-RIGHTS-DESK-VERIFIED" => c.verified_on = value.trim().parse().ok(),
            _ => {}
        }
    }
    if card.is_some() {
        out.problems.push(RowProblem {
            place: format!("card {number}"),
            reason: "ends without END:VCARD; skipped".into(),
        });
    }
    out
}

/// Escapes a text value.
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Escapes a parameter value (RFC 6868 style caret escapes) and quotes it.
fn param_value(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            '^' => out.push_str("^^"),
            '\n' => out.push_str("^n"),
            '"' => out.push_str("^'"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Folds a line at 75 octets (continuations start with a space), never inside a character.
fn fold_line(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// Writes the contacts as vCard 4.0.
#[must_use]
pub fn write(contacts: &[Contact]) -> String {
    let mut out = String::new();
    for c in contacts {
        let mut lines = vec![
            "BEGIN:VCARD".to_string(),
            "VERSION:4.0".to_string(),
            "KIND:org".to_string(),
            format!("FN:{}", escape(&c.name)),
            format!("ORG:{}", escape(&c.name)),
            format!("X-RIGHTS-DESK-CATEGORY:{}", c.category.key()),
        ];
        for p in &c.phones {
            let kind = match p.kind {
                PhoneKind::Voice => "voice",
                PhoneKind::Text => "text",
                PhoneKind::Fax => "fax",
                PhoneKind::Hotline => "voice,x-hotline",
            };
            let label = if p.label.is_empty() {
                String::new()
            } else {
                format!(";X-LABEL={}", param_value(&p.label))
            };
            lines.push(format!(
                "TEL;VALUE=text;TYPE=\"{kind}\"{label}:{}",
                escape(&p.number)
            ));
        }
        if !c.email.is_empty() {
            lines.push(format!("EMAIL:{}", escape(&c.email)));
        }
        let website = crate::core::directory::contact::exportable_link(&c.website);
        if !website.is_empty() {
            lines.push(format!("URL:{}", escape(website)));
        }
        if !c.address.is_empty() {
            lines.push(format!(
                "ADR:;;{};{};{};{};",
                escape(&c.address.street),
                escape(&c.address.city),
                escape(&c.address.state),
                escape(&c.address.zip)
            ));
        }
        if !c.notes.is_empty() {
            lines.push(format!("NOTE:{}", escape(&c.notes)));
        }
        lines.push(format!("CATEGORIES:{}", escape(c.category.label())));
        for l in &c.languages {
            lines.push(format!("LANG:{}", escape(l)));
        }
        let es = c.translations.iter().find(|t| t.lang == "es");
        let extra = [
            ("X-RIGHTS-DESK-DESCRIPTION", c.description.as_str()),
            ("X-RIGHTS-DESK-HOURS", c.hours.as_str()),
            ("X-RIGHTS-DESK-SOURCE", c.source.as_str()),
            ("X-RIGHTS-DESK-CAVEAT", c.caveat.as_str()),
            ("X-RIGHTS-DESK-OWN", if c.own { "yes" } else { "" }),
            (
                "X-RIGHTS-DESK-DESCRIPTION-ES",
                es.map_or("", |t| t.description.as_str()),
            ),
            (
                "X-RIGHTS-DESK-HOURS-ES",
                es.map_or("", |t| t.hours.as_str()),
            ),
            (
                "X-RIGHTS-DESK-CAVEAT-ES",
                es.map_or("", |t| t.caveat.as_str()),
            ),
        ];
        for (name, value) in extra {
            if !value.is_empty() {
                lines.push(format!("{name}:{}", escape(value)));
            }
        }
        for s in &c.services {
            lines.push(format!("X-RIGHTS-DESK-SERVICE:{}", escape(s)));
        }
        for county in &c.counties {
            lines.push(format!("X-RIGHTS-DESK-COUNTY:{}", escape(county)));
        }
        if c.cost != Cost::Unknown {
            lines.push(format!("X-RIGHTS-DESK-COST:{}", c.cost.label()));
        }
        if let Some(d) = c.verified_on {
            lines.push(format!("X-RIGHTS-DESK-VERIFIED:{d}"));
        }
        lines.push("END:VCARD".into());
        for line in lines {
            fold_line(&line, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_javascript_address_is_never_exported() {
        let c = Contact {
            id: "x".into(),
            name: "X".into(),
            website: "javascript:alert(1)".into(),
            ..Contact::default()
        };
        let text = write(std::slice::from_ref(&c));
        assert!(!text.contains("javascript"), "{text}");
        assert!(!text.contains("URL:"), "{text}");
    }

    #[test]
    fn reads_folded_escaped_cards_of_both_versions() {
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Centro\\, Legal\r\nORG:Centro Legal;Oficina\r\nTEL;TYPE=WORK,VOICE:+1 505 555 0100\r\nTEL;TYPE=fax:505-555-0101\r\nEMAIL;TYPE=INTERNET:info@exa\r\n mple.org\r\nADR;TYPE=WORK:;;123 Main St;Las Cruces;NM;88001;USA\r\nNOTE:Line one\\nline two\r\nCATEGORIES:legal-aid,DACA\r\nEND:VCARD\r\nBEGIN:VCARD\nVERSION:4.0\nKIND:org\nORG:Solo Org\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nEND:VCARD\n";
        let got = read(text.as_bytes());
        assert_eq!(got.contacts.len(), 2);
        let a = &got.contacts[0];
        assert_eq!(a.name, "Centro, Legal");
        assert_eq!(a.phones.len(), 2);
        assert_eq!(a.phones[1].kind, PhoneKind::Fax);
        assert_eq!(a.email, "info@example.org");
        assert_eq!(a.address.city, "Las Cruces");
        assert_eq!(a.address.zip, "88001");
        assert_eq!(a.notes, "Line one\nline two");
        assert_eq!(a.category, Category::LegalAid);
        assert_eq!(a.services, vec!["DACA".to_string()]);
        assert_eq!(got.contacts[1].name, "Solo Org");
        assert_eq!(got.problems.len(), 1, "the card without a name");
    }

    #[test]
    fn written_lines_are_folded_at_75_octets_with_crlf() {
        let c = Contact {
            name: "Ñ".repeat(100).into(),
            notes: "a;b,c\\d\ne".into(),
            ..Contact::default()
        };
        let text = write(std::slice::from_ref(&c));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        assert!(!text.replace("\r\n", "").contains('\n'));
        assert!(text.contains("KIND:org"));
        let back = read(text.as_bytes());
        assert_eq!(back.contacts[0].name, c.name);
        assert_eq!(back.contacts[0].notes, c.notes);
    }
}
