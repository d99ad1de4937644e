//! The translator's files: every string with its id, the English, the translation, its review
//! state and where it appears, as PO (Poedit, Weblate), XLIFF 2.0 (CAT tools) or CSV (a
//! spreadsheet); and the same files read back. A Fluent message's selectors and variables are
//! plain text inside the string, so every format carries them as they are.

use super::catalog::Unit;
use super::review::ReviewState;

/// The file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExchangeFormat {
    /// Gettext PO.
    Po,
    /// XLIFF 2.0.
    Xliff,
    /// CSV with a header row.
    Csv,
}

impl ExchangeFormat {
    /// The format of a file name (`.po`, `.xlf`/`.xliff`, else CSV).
    #[must_use]
    pub fn of_path(path: &std::path::Path) -> ExchangeFormat {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("po" | "pot") => ExchangeFormat::Po,
            Some("xlf" | "xliff") => ExchangeFormat::Xliff,
            _ => ExchangeFormat::Csv,
        }
    }
}

/// One string as a translator's file gives it back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    /// The id.
    pub id: String,
    /// The English the translator saw.
    pub english: String,
    /// The translation.
    pub translation: String,
}

/// Why a translator's file cannot be read. Its words are in the translation files
/// ([`ExchangeError::text`]); `Display` says them in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExchangeError {
    /// A PO line that should hold a quoted string does not.
    PoNotQuoted {
        /// The line's number, from 1.
        line: usize,
        /// The line as written.
        text: String,
    },
    /// A PO line of text outside any entry.
    PoOutsideEntry {
        /// The line's number, from 1.
        line: usize,
        /// The line as written.
        text: String,
    },
    /// A PO keyword Rights Desk does not write (plural forms, obsolete entries).
    PoNotRead {
        /// The line's number, from 1.
        line: usize,
        /// The keyword.
        keyword: String,
    },
    /// An XLIFF file that is not well-formed XML.
    Xliff {
        /// The XML reader's words.
        details: String,
    },
    /// A CSV file whose header row cannot be read.
    CsvHeader {
        /// The CSV reader's words.
        details: String,
    },
    /// A CSV file without the columns id, english and translation.
    CsvColumns,
    /// A CSV row that cannot be read.
    CsvRow {
        /// The row's number in the spreadsheet (the header is row 1).
        row: usize,
        /// The CSV reader's words.
        details: String,
    },
    /// The file is for another language than the one chosen.
    OtherLanguage {
        /// The language the file names.
        file: String,
        /// The language chosen.
        chosen: String,
    },
}

impl ExchangeError {
    /// The message in the language of `t` (a reader's own words and the file's text stay as
    /// they are).
    #[must_use]
    pub fn text(&self, t: &crate::core::i18n::I18n) -> String {
        use fluent_bundle::FluentValue;
        let (key, args): (&str, Vec<(&str, FluentValue<'_>)>) = match self {
            ExchangeError::PoNotQuoted { line, text } => (
                "exchange-error-po-quoted",
                vec![("line", (*line).into()), ("text", text.as_str().into())],
            ),
            ExchangeError::PoOutsideEntry { line, text } => (
                "exchange-error-po-outside",
                vec![("line", (*line).into()), ("text", text.as_str().into())],
            ),
            ExchangeError::PoNotRead { line, keyword } => (
                "exchange-error-po-not-read",
                vec![
                    ("line", (*line).into()),
                    ("keyword", keyword.as_str().into()),
                ],
            ),
            ExchangeError::Xliff { details } => (
                "exchange-error-xliff",
                vec![("details", details.as_str().into())],
            ),
            ExchangeError::CsvHeader { details } => (
                "exchange-error-csv-header",
                vec![("details", details.as_str().into())],
            ),
            ExchangeError::CsvColumns => ("exchange-error-csv-columns", Vec::new()),
            ExchangeError::CsvRow { row, details } => (
                "exchange-error-csv-row",
                vec![("row", (*row).into()), ("details", details.as_str().into())],
            ),
            ExchangeError::OtherLanguage { file, chosen } => (
                "exchange-error-other-language",
                vec![
                    ("file", file.as_str().into()),
                    ("wanted", chosen.as_str().into()),
                ],
            ),
        };
        t.tr_args(key, &args)
    }
}

impl std::fmt::Display for ExchangeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::core::i18n::with(crate::core::i18n::Lang::En, |t| {
            self.text(t)
        }))
    }
}

impl std::error::Error for ExchangeError {}

fn state_words(state: &ReviewState) -> String {
    match state {
        ReviewState::Unreviewed => "unreviewed".into(),
        ReviewState::Reviewed { by, on } => format!("reviewed by {by} on {on}"),
        ReviewState::Outdated { by, on } => {
            format!("outdated: reviewed by {by} on {on}, and the English changed since")
        }
    }
}

fn po_quote(text: &str) -> String {
    let escape = |s: &str| {
        s.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\t', "\\t")
            .replace('\r', "\\r")
    };
    if !text.contains('\n') {
        return format!("\"{}\"", escape(text));
    }
    let mut out = String::from("\"\"");
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let end = if lines.peek().is_some() { "\\n" } else { "" };
        if line.is_empty() && end.is_empty() {
            continue;
        }
        out.push_str(&format!("\n\"{}{end}\"", escape(line)));
    }
    out
}

/// Writes `units` of language `lang` in `format`.
#[must_use]
pub fn write(units: &[Unit], lang: &str, format: ExchangeFormat) -> Vec<u8> {
    match format {
        ExchangeFormat::Po => write_po(units, lang).into_bytes(),
        ExchangeFormat::Xliff => write_xliff(units, lang).into_bytes(),
        ExchangeFormat::Csv => write_csv(units),
    }
}

fn write_po(units: &[Unit], lang: &str) -> String {
    let mut out = format!(
        "# Rights Desk: the interface and guide in \"{lang}\", for review.\n\
         # msgctxt is the string's id; leave it and msgid as they are. Keep every {{ $variable }}\n\
         # and every {{ $n -> … }} selector of a message as it is (translate the words inside).\n\
         msgid \"\"\nmsgstr \"\"\n\
         \"Project-Id-Version: Rights Desk {version}\\n\"\n\
         \"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n\"\n\
         \"Last-Translator: \\n\"\n\
         \"Language-Team: \\n\"\n\
         \"MIME-Version: 1.0\\n\"\n\
         \"Content-Type: text/plain; charset=UTF-8\\n\"\n\
         \"Content-Transfer-Encoding: 8bit\\n\"\n\
         \"Language: {lang}\\n\"\n",
        version = env!("CARGO_PKG_VERSION")
    );
    for u in units {
        out.push('\n');
        out.push_str(&format!("#. {}\n", u.context.replace('\n', " ")));
        out.push_str(&format!("#. state: {}\n", state_words(&u.state)));
        if !matches!(u.state, ReviewState::Reviewed { .. }) {
            out.push_str("#, fuzzy\n");
        }
        out.push_str(&format!("msgctxt {}\n", po_quote(&u.id)));
        out.push_str(&format!("msgid {}\n", po_quote(&u.english)));
        out.push_str(&format!("msgstr {}\n", po_quote(&u.translation)));
    }
    out
}

/// Undoes PO escapes in one quoted piece (without its quotes).
fn po_unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn read_po(text: &str) -> Result<Vec<Incoming>, ExchangeError> {
    #[derive(Clone, Copy, PartialEq)]
    enum Field {
        None,
        Ctxt,
        Id,
        Str,
    }
    let mut out = Vec::new();
    let (mut ctxt, mut id, mut msgstr) = (String::new(), String::new(), String::new());
    let mut field = Field::None;
    let mut seen_any = false;
    let mut flush = |ctxt: &mut String, id: &mut String, msgstr: &mut String, seen: bool| {
        if seen && !ctxt.is_empty() {
            out.push(Incoming {
                id: std::mem::take(ctxt),
                english: std::mem::take(id),
                translation: std::mem::take(msgstr),
            });
        }
        ctxt.clear();
        id.clear();
        msgstr.clear();
    };
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, rest) = match line.split_once(char::is_whitespace) {
            Some((k, r)) if k.starts_with("msg") => (k, r.trim()),
            _ => ("", line),
        };
        let quoted = |s: &str| -> Result<String, ExchangeError> {
            s.strip_prefix('"')
                .and_then(|s| s.strip_suffix('"'))
                .map(po_unescape)
                .ok_or_else(|| ExchangeError::PoNotQuoted {
                    line: n + 1,
                    text: raw.to_string(),
                })
        };
        match key {
            "msgctxt" => {
                flush(&mut ctxt, &mut id, &mut msgstr, seen_any);
                seen_any = true;
                field = Field::Ctxt;
                ctxt = quoted(rest)?;
            }
            "msgid" => {
                if field == Field::Str {
                    // A new entry without msgctxt (the header, or a string of another file).
                    flush(&mut ctxt, &mut id, &mut msgstr, seen_any);
                    seen_any = true;
                }
                field = Field::Id;
                id = quoted(rest)?;
            }
            "msgstr" => {
                field = Field::Str;
                msgstr = quoted(rest)?;
            }
            "" => {
                let piece = quoted(rest)?;
                match field {
                    Field::Ctxt => ctxt.push_str(&piece),
                    Field::Id => id.push_str(&piece),
                    Field::Str => msgstr.push_str(&piece),
                    Field::None => {
                        return Err(ExchangeError::PoOutsideEntry {
                            line: n + 1,
                            text: raw.to_string(),
                        });
                    }
                }
            }
            other => {
                return Err(ExchangeError::PoNotRead {
                    line: n + 1,
                    keyword: other.to_string(),
                });
            }
        }
    }
    flush(&mut ctxt, &mut id, &mut msgstr, seen_any);
    Ok(out)
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn write_xliff(units: &[Unit], lang: &str) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"{}\">\n\
         <file id=\"rights-desk\">\n",
        xml_escape(lang)
    );
    for (n, u) in units.iter().enumerate() {
        let state = match (&u.state, u.translation.is_empty()) {
            (_, true) => "initial",
            (ReviewState::Reviewed { .. }, false) => "reviewed",
            _ => "translated",
        };
        out.push_str(&format!(
            "<unit id=\"u{}\" name=\"{}\">\n<notes><note category=\"context\">{}</note><note category=\"review\">{}</note></notes>\n<segment state=\"{state}\">\n<source xml:space=\"preserve\">{}</source>\n<target xml:space=\"preserve\">{}</target>\n</segment>\n</unit>\n",
            n + 1,
            xml_escape(&u.id),
            xml_escape(&u.context),
            xml_escape(&state_words(&u.state)),
            xml_escape(&u.english),
            xml_escape(&u.translation),
        ));
    }
    out.push_str("</file>\n</xliff>\n");
    out
}

fn read_xliff(text: &str) -> Result<Vec<Incoming>, ExchangeError> {
    let doc = roxmltree::Document::parse(text).map_err(|e| ExchangeError::Xliff {
        details: e.to_string(),
    })?;
    let mut out = Vec::new();
    for unit in doc.descendants().filter(|n| n.has_tag_name("unit")) {
        let Some(id) = unit.attribute("name") else {
            continue;
        };
        // A unit's text: its segments' sources and targets, in order.
        let text_of = |tag: &str| -> String {
            unit.descendants()
                .filter(|n| n.has_tag_name(tag))
                .map(|n| {
                    n.descendants()
                        .filter(roxmltree::Node::is_text)
                        .filter_map(|t| t.text())
                        .collect::<String>()
                })
                .collect()
        };
        out.push(Incoming {
            id: id.to_string(),
            english: text_of("source"),
            translation: text_of("target"),
        });
    }
    Ok(out)
}

const CSV_HEADER: [&str; 7] = [
    "id",
    "where",
    "english",
    "translation",
    "state",
    "reviewed by",
    "reviewed on",
];

fn write_csv(units: &[Unit]) -> Vec<u8> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(CSV_HEADER);
    for u in units {
        let (by, on) = match &u.state {
            ReviewState::Reviewed { by, on } | ReviewState::Outdated { by, on } => {
                (by.clone(), on.to_string())
            }
            ReviewState::Unreviewed => (String::new(), String::new()),
        };
        let _ = w.write_record([
            u.id.as_str(),
            u.context.as_str(),
            u.english.as_str(),
            u.translation.as_str(),
            u.state.key(),
            by.as_str(),
            on.as_str(),
        ]);
    }
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(w.into_inner().unwrap_or_default());
    bytes
}

fn read_csv(text: &str) -> Result<Vec<Incoming>, ExchangeError> {
    let mut r = ::csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers: Vec<String> = r
        .headers()
        .map_err(|e| ExchangeError::CsvHeader {
            details: e.to_string(),
        })?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (Some(id), Some(english), Some(translation)) =
        (col("id"), col("english"), col("translation"))
    else {
        return Err(ExchangeError::CsvColumns);
    };
    let mut out = Vec::new();
    for (n, record) in r.records().enumerate() {
        let record = record.map_err(|e| ExchangeError::CsvRow {
            row: n + 2,
            details: e.to_string(),
        })?;
        let get = |i: usize| record.get(i).unwrap_or_default().to_string();
        if get(id).trim().is_empty() {
            continue;
        }
        out.push(Incoming {
            id: get(id).trim().to_string(),
            english: get(english),
            translation: get(translation),
        });
    }
    Ok(out)
}

/// The language a translator's file says it holds (PO's `Language:` header, XLIFF's
/// `trgLang`); CSV files do not say.
#[must_use]
pub fn file_language(bytes: &[u8], format: ExchangeFormat) -> Option<String> {
    let text = crate::core::interop::decode_text(bytes);
    let found = match format {
        ExchangeFormat::Po => text
            .lines()
            .take(40)
            .find_map(|l| l.trim().strip_prefix("\"Language:"))
            .map(|rest| {
                rest.trim()
                    .trim_end_matches('"')
                    .trim_end_matches("\\n")
                    .trim()
                    .to_string()
            }),
        ExchangeFormat::Xliff => roxmltree::Document::parse(&text)
            .ok()
            .and_then(|d| d.root_element().attribute("trgLang").map(str::to_string)),
        ExchangeFormat::Csv => None,
    };
    found.filter(|l| !l.is_empty())
}

/// Reads a translator's file in `format`.
pub fn read(bytes: &[u8], format: ExchangeFormat) -> Result<Vec<Incoming>, ExchangeError> {
    let text = crate::core::interop::decode_text(bytes);
    match format {
        ExchangeFormat::Po => read_po(&text),
        ExchangeFormat::Xliff => read_xliff(&text),
        ExchangeFormat::Csv => read_csv(&text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_says_its_language() {
        for format in [ExchangeFormat::Po, ExchangeFormat::Xliff] {
            let bytes = write(&units(), "vi", format);
            assert_eq!(file_language(&bytes, format).as_deref(), Some("vi"));
        }
        let csv = write(&units(), "vi", ExchangeFormat::Csv);
        assert_eq!(file_language(&csv, ExchangeFormat::Csv), None);
    }

    fn units() -> Vec<Unit> {
        let day = jiff::civil::date(2026, 11, 30);
        vec![
            Unit {
                id: "ui/count".into(),
                context: "Interface: count".into(),
                english:
                    "{ $count ->\n    [one] One \"contact\"\n   *[other] { $count } contacts\n}"
                        .into(),
                translation:
                    "{ $count ->\n    [one] Un «contacto»\n   *[other] { $count } contactos\n}"
                        .into(),
                state: ReviewState::Reviewed {
                    by: "Ana".into(),
                    on: day,
                },
            },
            Unit {
                id: "guide/nm-ag-ice/q1/answer/0".into(),
                context: "Guide, q1 <answer> & more".into(),
                english: "Tabs\tand back\\slashes".into(),
                translation: String::new(),
                state: ReviewState::Unreviewed,
            },
        ]
    }

    #[test]
    fn po_xliff_and_csv_give_back_ids_english_and_translations_unchanged() {
        let want: Vec<Incoming> = units()
            .into_iter()
            .map(|u| Incoming {
                id: u.id,
                english: u.english,
                translation: u.translation,
            })
            .collect();
        for format in [
            ExchangeFormat::Po,
            ExchangeFormat::Xliff,
            ExchangeFormat::Csv,
        ] {
            let bytes = write(&units(), "es", format);
            let back = read(&bytes, format).expect("reads");
            assert_eq!(back, want, "{format:?}");
        }
    }

    #[test]
    fn the_xliff_is_well_formed_xliff_2() {
        let text = String::from_utf8(write(&units(), "es", ExchangeFormat::Xliff)).expect("utf8");
        let doc = roxmltree::Document::parse(&text).expect("well formed");
        let root = doc.root_element();
        assert_eq!(root.attribute("version"), Some("2.0"));
        assert_eq!(root.attribute("trgLang"), Some("es"));
        assert_eq!(
            root.tag_name().namespace(),
            Some("urn:oasis:names:tc:xliff:document:2.0")
        );
    }

    #[test]
    fn a_po_file_with_what_rights_desk_does_not_write_is_refused_with_its_line() {
        let err = read(
            b"msgctxt \"x\"\nmsgid \"a\"\nmsgid_plural \"b\"\n",
            ExchangeFormat::Po,
        )
        .expect_err("refused");
        assert!(err.to_string().contains("line 3"), "{err}");
    }

    /// One of each reason a file is refused.
    fn every_error() -> Vec<ExchangeError> {
        vec![
            ExchangeError::PoNotQuoted {
                line: 4,
                text: "msgstr hola".into(),
            },
            ExchangeError::PoOutsideEntry {
                line: 1,
                text: "\"x\"".into(),
            },
            ExchangeError::PoNotRead {
                line: 3,
                keyword: "msgid_plural".into(),
            },
            ExchangeError::Xliff {
                details: "unexpected end of stream".into(),
            },
            ExchangeError::CsvHeader {
                details: "invalid UTF-8".into(),
            },
            ExchangeError::CsvColumns,
            ExchangeError::CsvRow {
                row: 7,
                details: "found record with 2 fields".into(),
            },
            ExchangeError::OtherLanguage {
                file: "vi".into(),
                chosen: "es".into(),
            },
        ]
    }

    #[test]
    fn every_refusal_is_worded_in_both_languages() {
        use crate::core::i18n::{self, Lang};
        for e in every_error() {
            let en = i18n::with(Lang::En, |t| e.text(t));
            let es = i18n::with(Lang::Es, |t| e.text(t));
            for text in [&en, &es] {
                assert!(
                    !text.contains("exchange-error") && !text.is_empty(),
                    "{e:?} falls back: {text}"
                );
            }
            assert_ne!(en, es, "{e:?}: English in Spanish");
            assert_eq!(
                e.to_string(),
                en,
                "the command line says the window's English"
            );
        }
    }

    #[test]
    fn what_is_not_a_translator_s_file_is_refused_not_a_panic() {
        let garbage: [&[u8]; 6] = [
            b"\xff\xfe\x00garbage",
            b"<xliff version=\"2.0\"><file><unit",
            b"msgstr",
            b"\"orphan\"\n",
            b"id;english\n1;2\n",
            b"",
        ];
        for bytes in garbage {
            for format in [
                ExchangeFormat::Po,
                ExchangeFormat::Xliff,
                ExchangeFormat::Csv,
            ] {
                // Either nothing to take or a reason; never a panic.
                if let Ok(units) = read(bytes, format) {
                    assert!(
                        units.iter().all(|u| !u.id.is_empty()),
                        "{format:?}: {units:?}"
                    );
                }
            }
        }
        assert_eq!(
            read(b"id;english\n1;2\n", ExchangeFormat::Csv).expect_err("no columns"),
            ExchangeError::CsvColumns
        );
        assert!(matches!(
            read(b"<xliff version=\"2.0\"><file><unit", ExchangeFormat::Xliff),
            Err(ExchangeError::Xliff { .. })
        ));
        assert!(matches!(
            read(b"\"orphan\"\n", ExchangeFormat::Po),
            Err(ExchangeError::PoOutsideEntry { line: 1, .. })
        ));
    }
}
