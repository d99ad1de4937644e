//! vCard 2.1, 3.0 and 4.0 (`.vcf`), one file with one or many cards, as phones write them.
//!
//! Reading handles folded lines, backslash escapes, parameters (`TYPE=`, quoted values, 2.1's
//! bare `CELL`), `QUOTED-PRINTABLE` text with its soft line breaks and `CHARSET` (Android),
//! grouped labels (`item1.TEL` with `item1.X-ABLabel`, iOS and Google Contacts), and the
//! properties FN, ORG (the name of an organization's card, the description of a person's),
//! TITLE, TEL (CELL and MOBILE as "Mobile"), EMAIL, URL, ADR (a country other than the US kept
//! in the notes), NOTE, CATEGORIES and LANG, plus Rights Desk's own `X-RIGHTS-DESK-…`
//! properties for the fields vCard has no place for.
//!
//! Writing produces vCard 4.0 with `KIND:org` (or 3.0 for older phones), CRLF line ends,
//! escapes, and lines folded at 75 octets without splitting a character. What phones do not
//! show from the `X-RIGHTS-DESK-…` properties (description, hours, counties, cost) is said in
//! NOTE too, and the notes themselves travel exactly in `X-RIGHTS-DESK-NOTES`.

use super::{Imported, ProblemPlace, ProblemReason, RowProblem, decode_text};
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

/// Whether the property part of a line (before the value) says QUOTED-PRINTABLE.
fn is_quoted_printable_line(line: &str) -> bool {
    line.split_once(':')
        .is_some_and(|(head, _)| head.to_ascii_uppercase().contains("QUOTED-PRINTABLE"))
}

/// Joins quoted-printable soft line breaks (a line ending in `=` goes on on the next line,
/// which vCard 2.1 does not indent).
fn join_soft_breaks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let mut line = line.strip_suffix('\r').unwrap_or(line).to_string();
        if is_quoted_printable_line(&line) {
            while line.ends_with('=') {
                let Some(next) = lines.next() else { break };
                line.pop();
                line.push_str(next.strip_suffix('\r').unwrap_or(next).trim_start());
            }
        }
        out.push_str(&line);
        if lines.peek().is_some() {
            out.push('\n');
        }
    }
    out
}

/// Decodes quoted-printable bytes (`=C3=AD` → 0xC3 0xAD).
fn decode_quoted_printable(value: &str) -> Vec<u8> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (
                (bytes[i + 1] as char).to_digit(16),
                (bytes[i + 2] as char).to_digit(16),
            )
        {
            #[allow(
                clippy::cast_possible_truncation,
                reason = "two hex digits make a byte"
            )]
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// Text in `charset` (UTF-8 when none is named or the name is unknown).
fn decode_charset(bytes: &[u8], charset: Option<&str>) -> String {
    let encoding = charset
        .and_then(|c| encoding_rs::Encoding::for_label(c.trim().as_bytes()))
        .unwrap_or(encoding_rs::UTF_8);
    if encoding == encoding_rs::UTF_8 {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
        }
    } else {
        encoding.decode(bytes).0.into_owned()
    }
}

/// An Apple label as people read it (`_$!<Mobile>!$_` → "Mobile").
fn apple_label(label: &str) -> String {
    let label = label.trim();
    label
        .strip_prefix("_$!<")
        .and_then(|l| l.strip_suffix(">!$_"))
        .unwrap_or(label)
        .to_string()
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

/// A property line: group (`item1`), name (upper case, without group), parameters, value
/// (quoted-printable already decoded).
struct Property {
    group: String,
    name: String,
    params: Vec<(String, String)>,
    value: String,
    /// The value was quoted-printable (its line breaks are real ones, not `\n` escapes).
    quoted_printable: bool,
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
    let (group, name) = match name.rsplit_once('.') {
        Some((group, name)) => (group.to_ascii_lowercase(), name.to_ascii_uppercase()),
        None => (String::new(), name.to_ascii_uppercase()),
    };
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
    let mut p = Property {
        group,
        name,
        params,
        value: value.to_string(),
        quoted_printable: false,
    };
    let quoted_printable = p.params.iter().any(|(k, v)| {
        (k == "ENCODING" || k == "TYPE") && v.eq_ignore_ascii_case("quoted-printable")
    });
    if quoted_printable {
        p.value = decode_charset(&decode_quoted_printable(&p.value), p.param("CHARSET"));
        p.quoted_printable = true;
    }
    Some(p)
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

/// A card being read: the contact and what is settled when the card ends.
#[derive(Default)]
struct Card {
    c: Contact,
    /// The organization (ORG's first part).
    org: String,
    /// The card is an organization's (`KIND:org`, Apple's `X-ABShowAs:COMPANY`).
    is_org: bool,
    /// TITLE.
    title: String,
    /// A country other than the US (ADR's last part).
    country: String,
    /// Labels by group (`item1.X-ABLabel`).
    labels: std::collections::HashMap<String, String>,
    /// The group of each phone (by index).
    phone_groups: Vec<(usize, String)>,
    /// The notes exactly, as Rights Desk wrote them (NOTE also says more for phones).
    exact_notes: Option<String>,
}

impl Card {
    /// The contact, with what the card's last lines settle.
    fn finish(mut self) -> Contact {
        let mut c = self.c;
        for (i, group) in self.phone_groups {
            if let (Some(label), Some(phone)) = (self.labels.remove(&group), c.phones.get_mut(i))
                && !label.is_empty()
            {
                phone.label = label.into();
            }
        }
        let org = self.org.trim();
        if !org.is_empty() {
            if self.is_org || c.name.trim().is_empty() || c.name.trim() == org {
                // An organization's card: the organization is the name; a person named on it
                // is who to ask for.
                let person = c.name.trim().to_string();
                c.name = org.into();
                if !person.is_empty() && person != org {
                    push_note(&mut c, &format!("Contact person: {person}"));
                }
            } else if c.description.is_empty() {
                c.description = org.into();
            } else {
                c.description = format!("{org}. {}", c.description).into();
            }
        }
        if !self.title.trim().is_empty() {
            push_note(&mut c, &format!("Title: {}", self.title.trim()));
        }
        if !self.country.is_empty() {
            push_note(&mut c, &format!("Country: {}", self.country));
        }
        if let Some(notes) = self.exact_notes {
            c.notes = notes.into();
        }
        c
    }
}

/// Adds a line to a contact's notes.
fn push_note(c: &mut Contact, line: &str) {
    c.notes = if c.notes.is_empty() {
        line.into()
    } else {
        format!("{}\n{line}", c.notes).into()
    };
}

/// Reads every card in `bytes`.
#[allow(clippy::too_many_lines, reason = "one arm per vCard property")]
#[must_use]
pub fn read(bytes: &[u8]) -> Imported {
    let text = join_soft_breaks(&decode_text(bytes).replace("\r\n", "\n").replace('\r', "\n"));
    let mut out = Imported::default();
    let mut card: Option<Card> = None;
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
                card = Some(Card::default());
                continue;
            }
            ("END", "VCARD") => {
                if let Some(done) = card.take() {
                    let c = done.finish();
                    if c.name.trim().is_empty() {
                        out.problems.push(RowProblem {
                            place: ProblemPlace::Card(number),
                            reason: ProblemReason::CardWithoutName,
                        });
                    } else {
                        out.contacts.push(c);
                    }
                }
                continue;
            }
            _ => {}
        }
        let Some(card) = card.as_mut() else {
            continue;
        };
        let value = unescape(&p.value);
        let c = &mut card.c;
        match p.name.as_str() {
            "FN" => c.name = value.trim().into(),
            "N" if c.name.trim().is_empty() => {
                // Family; given; additional; prefix; suffix → "Given Family".
                let parts = split_unescaped(&p.value, ';');
                let get = |i: usize| parts.get(i).map_or("", |s| s.trim());
                let name = [get(3), get(1), get(2), get(0), get(4)]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                c.name = name.into();
            }
            "ORG" => {
                card.org = split_unescaped(&p.value, ';')
                    .into_iter()
                    .find(|s| !s.trim().is_empty())
                    .unwrap_or_default();
            }
            "KIND" => card.is_org = value.trim().eq_ignore_ascii_case("org"),
            "X-ABSHOWAS" => card.is_org = value.trim().eq_ignore_ascii_case("company"),
            "TITLE" => card.title = value,
            "X-ABLABEL" if !p.group.is_empty() => {
                card.labels.insert(p.group.clone(), apple_label(&value));
            }
            "TEL" => {
                let number = value
                    .trim()
                    .strip_prefix("tel:")
                    .unwrap_or(value.trim())
                    .to_string();
                if !number.is_empty() && c.phones.len() < 16 {
                    let types = p.types();
                    let mut label = p.param("X-LABEL").unwrap_or_default().to_string();
                    if label.is_empty()
                        && types
                            .iter()
                            .any(|t| matches!(t.as_str(), "cell" | "mobile" | "iphone"))
                    {
                        label = "Mobile".into();
                    }
                    c.phones.push(Phone {
                        number: number.into(),
                        kind: kind_from_types(&types),
                        label: label.into(),
                    });
                    if !p.group.is_empty() {
                        card.phone_groups
                            .push((c.phones.len() - 1, p.group.clone()));
                    }
                }
            }
            "EMAIL" if c.email.is_empty() => c.email = value.trim().into(),
            "URL" if c.website.is_empty() => c.website = value.trim().into(),
            "ADR" if c.address.is_empty() => {
                let parts = split_unescaped(&p.value, ';');
                // A line break inside a part (Outlook's quoted-printable "=0D=0A") reads as a
                // comma.
                let get = |i: usize| {
                    parts
                        .get(i)
                        .map(|s| {
                            if !p.quoted_printable {
                                return s.trim().to_string();
                            }
                            s.split(['\r', '\n'])
                                .map(str::trim)
                                .filter(|l| !l.is_empty())
                                .collect::<Vec<_>>()
                                .join(", ")
                        })
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
                let country = get(6);
                let us = matches!(
                    country.to_ascii_uppercase().as_str(),
                    "" | "US"
                        | "USA"
                        | "U.S.A."
                        | "UNITED STATES"
                        | "UNITED STATES OF AMERICA"
                        | "ESTADOS UNIDOS"
                );
                if !us {
                    card.country = country;
                }
            }
            "NOTE" => {
                if c.notes.is_empty() {
                    c.notes = value.into();
                } else {
                    c.notes = format!("{value}\n{}", c.notes).into();
                }
            }
            "X-RIGHTS-DESK-NOTES" => card.exact_notes = Some(value),
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
            place: ProblemPlace::Card(number),
            reason: ProblemReason::CardUnfinished,
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

/// What NOTE says for phones, which do not show `X-RIGHTS-DESK-…` properties: the notes, then
/// the description, hours, counties and cost. Empty when it would be the notes alone.
fn note_for_phones(c: &Contact) -> String {
    let counties: Vec<&str> = c.counties.iter().map(AsRef::as_ref).collect();
    let more: Vec<String> = [
        ("About", c.description.to_string()),
        ("Hours", c.hours.to_string()),
        ("Counties served", counties.join(", ")),
        (
            "Cost",
            if c.cost == Cost::Unknown {
                String::new()
            } else {
                c.cost.label().to_string()
            },
        ),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .map(|(k, v)| format!("{k}: {v}"))
    .collect();
    if more.is_empty() {
        return String::new();
    }
    let mut lines: Vec<String> = Vec::new();
    if !c.notes.is_empty() {
        lines.push(c.notes.to_string());
    }
    lines.extend(more);
    lines.join("\n")
}

/// Writes the contacts as vCard 4.0.
#[must_use]
pub fn write(contacts: &[Contact]) -> String {
    write_version(contacts, false)
}

/// Writes the contacts as vCard 3.0, for phones that do not read 4.0 (labels as Apple's
/// `itemN.X-ABLabel`, the organization marked with `X-ABShowAs:COMPANY`).
#[must_use]
pub fn write_v3(contacts: &[Contact]) -> String {
    write_version(contacts, true)
}

#[allow(clippy::too_many_lines, reason = "one line per vCard property")]
fn write_version(contacts: &[Contact], v3: bool) -> String {
    let mut out = String::new();
    for c in contacts {
        let mut lines = vec!["BEGIN:VCARD".to_string()];
        if v3 {
            lines.push("VERSION:3.0".into());
            lines.push("X-ABShowAs:COMPANY".into());
        } else {
            lines.push("VERSION:4.0".into());
            lines.push("KIND:org".into());
        }
        lines.push(format!("FN:{}", escape(&c.name)));
        if v3 {
            // 3.0 requires N; an organization's is empty.
            lines.push("N:;;;;".into());
        }
        lines.push(format!("ORG:{}", escape(&c.name)));
        lines.push(format!("X-RIGHTS-DESK-CATEGORY:{}", c.category.key()));
        for (i, p) in c.phones.iter().enumerate() {
            if v3 {
                let kind = match p.kind {
                    PhoneKind::Voice | PhoneKind::Hotline => "WORK,VOICE",
                    PhoneKind::Text => "WORK,TEXT",
                    PhoneKind::Fax => "WORK,FAX",
                };
                let hotline = if p.kind == PhoneKind::Hotline {
                    ",X-HOTLINE"
                } else {
                    ""
                };
                if p.label.is_empty() {
                    lines.push(format!("TEL;TYPE={kind}{hotline}:{}", escape(&p.number)));
                } else {
                    let item = format!("item{}", i + 1);
                    lines.push(format!(
                        "{item}.TEL;TYPE={kind}{hotline}:{}",
                        escape(&p.number)
                    ));
                    lines.push(format!("{item}.X-ABLabel:{}", escape(&p.label)));
                }
                continue;
            }
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
        let for_phones = note_for_phones(c);
        if !for_phones.is_empty() {
            lines.push(format!("NOTE:{}", escape(&for_phones)));
            lines.push(format!("X-RIGHTS-DESK-NOTES:{}", escape(&c.notes)));
        } else if !c.notes.is_empty() {
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
