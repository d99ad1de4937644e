//! CSV with a header row, for spreadsheets.
//!
//! Reading: UTF-8 with or without BOM, or Windows-1252; `,` or `;` separators; CRLF, LF or bare
//! CR line ends. Columns are matched by name, in English or Spanish and in any case ("Teléfono",
//! "PHONE 2", "código postal"); columns it does not know are reported so the user can map them.
//!
//! Writing: one row per contact, English headers, phones in numbered column groups. By default
//! every cell that a spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`,
//! tab or carriage return) gets a leading apostrophe, which Excel and `LibreOffice` hide and which
//! stops the formula from running; a leading apostrophe is doubled so that reading the file back
//! gives the original text. Phone numbers therefore keep their leading `+`, and since every cell
//! is written as text, leading zeros stay too.

use super::{Imported, ProblemPlace, ProblemReason, RowProblem, decode_text};
use crate::core::basics::text::fold;
use crate::core::directory::contact::{Category, Contact, Cost, Phone, PhoneKind, Text};

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Organization name.
    Name,
    /// Category.
    Category,
    /// Description.
    Description,
    /// Services (separated by `;`).
    Services,
    /// Phone number `n` (0-based).
    Phone(usize),
    /// Kind of phone `n`.
    PhoneKind(usize),
    /// Label of phone `n`.
    PhoneLabel(usize),
    /// Email.
    Email,
    /// Website.
    Website,
    /// Street.
    Street,
    /// City.
    City,
    /// State.
    State,
    /// ZIP code.
    Zip,
    /// Counties (separated by `;`).
    Counties,
    /// Languages (separated by `;`).
    Languages,
    /// Hours.
    Hours,
    /// Cost.
    Cost,
    /// Notes.
    Notes,
    /// Source.
    Source,
    /// What to know before calling.
    Caveat,
    /// One of the office's own numbers ("yes").
    Own,
    /// The description in Spanish.
    DescriptionEs,
    /// The hours in Spanish.
    HoursEs,
    /// What to know before calling, in Spanish.
    CaveatEs,
    /// Date verified (YYYY-MM-DD).
    Verified,
    /// Not imported.
    Ignore,
}

/// Choices the user made for columns that were not recognised, by header text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mapping {
    /// (header as in the file, what it holds)
    pub columns: Vec<(String, Target)>,
}

fn header_key(header: &str) -> String {
    fold(header)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Recognises a header in English or Spanish.
#[must_use]
pub fn target_for(header: &str) -> Option<Target> {
    let key = header_key(header);
    // "phone2", "telefono3", "phone2kind", "phone2label"
    for prefix in [
        "telephone",
        "telefono",
        "phonenumber",
        "phone",
        "numero",
        "tel",
    ] {
        if let Some(rest) = key.strip_prefix(prefix) {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            let n = digits.parse::<usize>().map_or(0, |d| d.saturating_sub(1));
            match &rest[digits.len()..] {
                "" => return Some(Target::Phone(n)),
                "kind" | "type" | "tipo" => return Some(Target::PhoneKind(n)),
                "label" | "etiqueta" => return Some(Target::PhoneLabel(n)),
                _ => {}
            }
        }
    }
    Some(match key.as_str() {
        "name" | "organization" | "organisation" | "organizationname" | "nombre"
        | "organizacion" | "org" | "agency" | "agencia" => Target::Name,
        "category" | "categoria" | "type" | "tipo" => Target::Category,
        "description" | "descripcion" | "about" => Target::Description,
        "services" | "service" | "servicios" | "servicio" => Target::Services,
        "email" | "emailaddress" | "mail" | "correo" | "correoelectronico" | "email1" => {
            Target::Email
        }
        "website" | "web" | "url" | "site" | "sitioweb" | "paginaweb" | "homepage" => {
            Target::Website
        }
        "street" | "address" | "address1" | "streetaddress" | "direccion" | "calle"
        | "domicilio" => Target::Street,
        "city" | "town" | "ciudad" | "municipio" | "localidad" => Target::City,
        "state" | "estado" | "region" | "stateprovince" => Target::State,
        "zip" | "zipcode" | "postalcode" | "postcode" | "codigopostal" | "cp" => Target::Zip,
        "county" | "counties" | "condado" | "condados" | "servicearea" => Target::Counties,
        "language" | "languages" | "idioma" | "idiomas" | "lenguas" => Target::Languages,
        "hours" | "openinghours" | "horario" | "horarios" => Target::Hours,
        "cost" | "fees" | "fee" | "costo" | "precio" => Target::Cost,
        "notes" | "note" | "notas" | "nota" | "comments" | "comentarios" => Target::Notes,
        "source" | "fuente" => Target::Source,
        "caveat" | "beforeyoucall" | "antesdellamar" => Target::Caveat,
        "own" | "ourown" | "ownnumber" | "propio" | "numeropropio" => Target::Own,
        "descriptiones" | "descripcionenespanol" => Target::DescriptionEs,
        "hourses" | "horarioenespanol" => Target::HoursEs,
        "caveates" | "antesdellamarenespanol" => Target::CaveatEs,
        "verified"
        | "verifiedon"
        | "lastverified"
        | "verificado"
        | "verificadoel"
        | "fechadeverificacion" => Target::Verified,
        "id" => Target::Ignore,
        _ => return None,
    })
}

/// The separator of a CSV text: `;` when the header line has more of them than commas.
fn separator(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    if header.matches(';').count() > header.matches(',').count() {
        b';'
    } else {
        b','
    }
}

/// Undoes the formula protection of [`protect`].
pub(crate) fn unprotect(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) => rest,
        _ => cell,
    }
}

/// Makes a cell safe to open in a spreadsheet (see the module notes).
#[must_use]
pub fn protect(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

fn split_list(cell: &str) -> Vec<Text> {
    cell.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(Text::from)
        .collect()
}

fn parse_kind(text: &str) -> PhoneKind {
    match header_key(text).as_str() {
        "text" | "sms" | "texto" | "mensaje" => PhoneKind::Text,
        "fax" => PhoneKind::Fax,
        "hotline" | "lineadirecta" | "lineadeayuda" => PhoneKind::Hotline,
        _ => PhoneKind::Voice,
    }
}

fn parse_cost(text: &str) -> Cost {
    match header_key(text).as_str() {
        "free" | "gratis" | "gratuito" | "sincosto" => Cost::Free,
        "slidingscale" | "escalamovil" | "segunningresos" => Cost::SlidingScale,
        "fee" | "paid" | "costo" | "pago" | "conpago" => Cost::Fee,
        _ => Cost::Unknown,
    }
}

/// Spanish category names, for files written by Spanish-speaking offices.
fn parse_category(text: &str) -> Category {
    if let Some(c) = Category::parse(text) {
        return c;
    }
    match header_key(text).as_str() {
        "procuradorgeneral" | "fiscalgeneral" => Category::AttorneyGeneral,
        "asistencialegal" | "ayudalegal" | "servicioslegales" => Category::LegalAid,
        "defensa" | "abogacia" | "organizacioncomunitaria" => Category::Advocacy,
        "supervisionfederal" => Category::FederalOversight,
        "lineadeayuda" | "lineadirecta" => Category::Hotline,
        "consulado" => Category::Consulate,
        _ => Category::Other,
    }
}

/// Reads contacts from CSV bytes. `mapping` says what unrecognised columns hold.
#[must_use]
pub fn read(bytes: &[u8], mapping: &Mapping) -> Imported {
    let text = decode_text(bytes);
    // Bare CR line ends (old Mac exports) become LF; CRLF is left for the CSV reader.
    let text = if text.contains('\r') && !text.contains('\n') {
        text.replace('\r', "\n")
    } else {
        text
    };
    let mut out = Imported::default();
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(separator(&text))
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(str::to_string).collect(),
        Err(e) => {
            out.problems.push(RowProblem {
                place: ProblemPlace::Row(1),
                reason: ProblemReason::HeaderUnreadable(e.to_string()),
            });
            return out;
        }
    };
    let targets: Vec<Target> = headers
        .iter()
        .map(|h| {
            mapping
                .columns
                .iter()
                .find(|(name, _)| name == h)
                .map(|(_, t)| *t)
                .or_else(|| target_for(h))
                .unwrap_or_else(|| {
                    if !h.trim().is_empty() {
                        out.unmapped_columns.push(h.clone());
                    }
                    Target::Ignore
                })
        })
        .collect();
    if !targets.contains(&Target::Name) {
        out.problems.push(RowProblem {
            place: ProblemPlace::Row(1),
            reason: ProblemReason::NoNameColumn,
        });
        return out;
    }
    for (i, record) in reader.records().enumerate() {
        let row = i + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                out.problems.push(RowProblem {
                    place: ProblemPlace::Row(row),
                    reason: ProblemReason::RowUnreadable(e.to_string()),
                });
                continue;
            }
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut c = Contact::default();
        for (cell, target) in record.iter().zip(&targets) {
            let cell = unprotect(cell.trim()).trim();
            if cell.is_empty() {
                continue;
            }
            apply_cell(&mut c, *target, cell, row, &mut out.problems);
        }
        c.phones.retain(|p| !p.number.trim().is_empty());
        if c.name.trim().is_empty() {
            out.problems.push(RowProblem {
                place: ProblemPlace::Row(row),
                reason: ProblemReason::NoName,
            });
            continue;
        }
        out.contacts.push(c);
    }
    out
}

fn phone_at(c: &mut Contact, n: usize) -> Option<&mut Phone> {
    // A file may number phones up to any size; cap it so a hostile header cannot allocate much.
    if n >= 16 {
        return None;
    }
    while c.phones.len() <= n {
        c.phones.push(Phone::default());
    }
    c.phones.get_mut(n)
}

fn apply_cell(
    c: &mut Contact,
    target: Target,
    cell: &str,
    row: usize,
    problems: &mut Vec<RowProblem>,
) {
    match target {
        Target::Name => c.name = cell.into(),
        Target::Category => c.category = parse_category(cell),
        Target::Description => c.description = cell.into(),
        Target::Services => c.services = split_list(cell).into(),
        Target::Phone(n) => {
            if let Some(p) = phone_at(c, n) {
                p.number = cell.into();
            }
        }
        Target::PhoneKind(n) => {
            if let Some(p) = phone_at(c, n) {
                p.kind = parse_kind(cell);
            }
        }
        Target::PhoneLabel(n) => {
            if let Some(p) = phone_at(c, n) {
                p.label = cell.into();
            }
        }
        Target::Email => c.email = cell.into(),
        Target::Website => c.website = cell.into(),
        Target::Street => c.address.street = cell.into(),
        Target::City => c.address.city = cell.into(),
        Target::State => c.address.state = cell.into(),
        Target::Zip => c.address.zip = cell.into(),
        Target::Counties => c.counties = split_list(cell).into(),
        Target::Languages => c.languages = split_list(cell).into(),
        Target::Hours => c.hours = cell.into(),
        Target::Cost => c.cost = parse_cost(cell),
        Target::Notes => c.notes = cell.into(),
        Target::Source => c.source = cell.into(),
        Target::Caveat => c.caveat = cell.into(),
        Target::Own => {
            c.own = matches!(
                crate::core::basics::text::fold(cell).trim(),
                "yes" | "y" | "true" | "1" | "si" | "x"
            );
        }
        // Only a text makes a translation (an empty cell adds none).
        Target::DescriptionEs | Target::HoursEs | Target::CaveatEs if cell.trim().is_empty() => {}
        Target::DescriptionEs => c.translation_mut("es").description = cell.into(),
        Target::HoursEs => c.translation_mut("es").hours = cell.into(),
        Target::CaveatEs => c.translation_mut("es").caveat = cell.into(),
        Target::Verified => match cell.parse::<jiff::civil::Date>() {
            Ok(d) => c.verified_on = Some(d),
            Err(_) => problems.push(RowProblem {
                place: ProblemPlace::Row(row),
                reason: ProblemReason::NotADate(cell.to_string()),
            }),
        },
        Target::Ignore => {}
    }
}

/// Writes contacts as CSV. With `protect_formulas`, cells that would run as formulas are
/// neutralized (see the module notes).
pub fn write(contacts: &[Contact], protect_formulas: bool) -> Result<Vec<u8>, ::csv::Error> {
    let phones = contacts
        .iter()
        .map(|c| c.phones.len())
        .max()
        .unwrap_or(0)
        .max(1);
    let mut header: Vec<String> = vec![
        "name".into(),
        "category".into(),
        "description".into(),
        "services".into(),
    ];
    for n in 1..=phones {
        header.push(format!("phone {n}"));
        header.push(format!("phone {n} kind"));
        header.push(format!("phone {n} label"));
    }
    for h in [
        "email",
        "website",
        "street",
        "city",
        "state",
        "zip",
        "counties",
        "languages",
        "hours",
        "cost",
        "notes",
        "source",
        "verified on",
        "caveat",
        "own",
        "description es",
        "hours es",
        "caveat es",
    ] {
        header.push(h.into());
    }
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // A BOM so Excel opens UTF-8 correctly.
    w.write_record(header.iter().enumerate().map(|(i, h)| {
        if i == 0 {
            format!("\u{feff}{h}")
        } else {
            h.clone()
        }
    }))?;
    let cell = |s: &str| {
        if protect_formulas {
            protect(s)
        } else {
            s.to_string()
        }
    };
    for c in contacts {
        let mut row = vec![
            cell(&c.name),
            c.category.label().to_string(),
            cell(&c.description),
            cell(&c.services.join("; ")),
        ];
        for n in 0..phones {
            match c.phones.get(n) {
                Some(p) => {
                    row.push(cell(&p.number));
                    row.push(p.kind.label().to_string());
                    row.push(cell(&p.label));
                }
                None => row.extend([String::new(), String::new(), String::new()]),
            }
        }
        row.extend([
            cell(&c.email),
            cell(crate::core::directory::contact::exportable_link(&c.website)),
            cell(&c.address.street),
            cell(&c.address.city),
            cell(&c.address.state),
            cell(&c.address.zip),
            cell(&c.counties.join("; ")),
            cell(&c.languages.join("; ")),
            cell(&c.hours),
            c.cost.label().to_string(),
            cell(&c.notes),
            cell(&c.source),
            c.verified_on.map(|d| d.to_string()).unwrap_or_default(),
            cell(&c.caveat),
            if c.own { "yes".into() } else { String::new() },
        ]);
        let es = c.translations.iter().find(|t| t.lang == "es");
        row.extend([
            cell(es.map_or("", |t| t.description.as_str())),
            cell(es.map_or("", |t| t.hours.as_str())),
            cell(es.map_or("", |t| t.caveat.as_str())),
        ]);
        w.write_record(&row)?;
    }
    w.into_inner()
        .map_err(|e| ::csv::Error::from(e.into_error()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_english_and_spanish() {
        assert_eq!(target_for("Nombre"), Some(Target::Name));
        assert_eq!(target_for("TELÉFONO"), Some(Target::Phone(0)));
        assert_eq!(target_for("Phone 2"), Some(Target::Phone(1)));
        assert_eq!(target_for("phone 2 kind"), Some(Target::PhoneKind(1)));
        assert_eq!(target_for("Código postal"), Some(Target::Zip));
        assert_eq!(target_for("Correo electrónico"), Some(Target::Email));
        assert_eq!(target_for("Favourite colour"), None);
    }

    #[test]
    fn semicolons_bom_windows_1252_and_bare_cr() {
        let bytes = b"Nombre;Tel\xe9fono;Ciudad\rCentro Do\xf1a Ana;575-555-0100;Las Cruces\r\r";
        let got = read(bytes, &Mapping::default());
        assert_eq!(got.problems, vec![]);
        assert_eq!(got.contacts.len(), 1);
        assert_eq!(got.contacts[0].name, "Centro Doña Ana");
        assert_eq!(got.contacts[0].phones[0].number, "575-555-0100");
        assert_eq!(got.contacts[0].address.city, "Las Cruces");

        let bytes =
            "\u{feff}name,phone,Favourite colour\r\nA,505-555-0101,blue\r\n,505,red\r\n".as_bytes();
        let got = read(bytes, &Mapping::default());
        assert_eq!(got.contacts.len(), 1);
        assert_eq!(got.unmapped_columns, vec!["Favourite colour".to_string()]);
        assert_eq!(
            got.problems[0].place,
            crate::core::interop::ProblemPlace::Row(3)
        );
        assert_eq!(got.problems[0].to_string(), "row 3: has no name; skipped");
        // The user maps the unknown column.
        let mapping = Mapping {
            columns: vec![("Favourite colour".into(), Target::Notes)],
        };
        assert_eq!(read(bytes, &mapping).contacts[0].notes, "blue");
    }

    #[test]
    fn formulas_are_neutralized_and_come_back() {
        let c = Contact {
            name: "=cmd|' /C calc'!A0".into(),
            notes: "'quoted".into(),
            phones: smallvec::smallvec![Phone {
                number: "+52 55 1234 5678".into(),
                ..Phone::default()
            }],
            ..Contact::default()
        };
        let bytes = write(std::slice::from_ref(&c), true).expect("write");
        let text = String::from_utf8(bytes.clone()).expect("utf8");
        assert!(text.contains("'=cmd|"));
        assert!(text.contains("'+52 55"));
        let back = read(&bytes, &Mapping::default());
        assert_eq!(back.contacts[0].name, c.name);
        assert_eq!(back.contacts[0].notes, c.notes);
        assert_eq!(back.contacts[0].phones[0].number, "+52 55 1234 5678");
        let raw = String::from_utf8(write(&[c], false).expect("write")).expect("utf8");
        assert!(raw.contains("\n=cmd|") || raw.contains("\n\"=cmd|"));
    }

    #[test]
    fn a_file_without_a_name_column_is_explained() {
        let got = read(b"foo,bar\n1,2\n", &Mapping::default());
        assert!(got.contacts.is_empty());
        assert_eq!(
            got.problems[0].reason,
            crate::core::interop::ProblemReason::NoNameColumn
        );
        let es = crate::core::i18n::with(crate::core::i18n::Lang::Es, |t| got.problems[0].text(t));
        assert_eq!(
            es,
            "fila 1: ninguna columna tiene el nombre de la organización (un encabezado como «Name» o «Nombre»)"
        );
    }
}
