//! `rights-desk translate export|import|undo|new|status`: a language's strings out to a
//! translator (PO, XLIFF 2.0 or CSV), their file back with the reviewer's name (and taken back
//! again), a language pack started, and how far each language is translated and reviewed.

use super::ExitStatus;
use super::counted::counted;
use crate::core::i18n::Lang;
use crate::core::translation::Coverage;
use crate::core::translation::exchange::ExchangeFormat;
use crate::core::translation::import::Rejection;
use crate::core::workspace::paths::DataPaths;
use anyhow::Context;
use std::io::Write;
use std::path::PathBuf;

/// The translator's file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExchangeFormatArg {
    /// Gettext PO (Poedit, Weblate).
    Po,
    /// XLIFF 2.0 (CAT tools).
    Xliff,
    /// CSV for a spreadsheet.
    Csv,
    /// A PDF for a reviewer on paper: English beside the translation, room for corrections
    /// (not read back: the office types the corrections in).
    Pdf,
}

impl ExchangeFormatArg {
    /// The file format, or `None` for the review sheet (a PDF).
    fn exchange(self) -> Option<ExchangeFormat> {
        match self {
            ExchangeFormatArg::Po => Some(ExchangeFormat::Po),
            ExchangeFormatArg::Xliff => Some(ExchangeFormat::Xliff),
            ExchangeFormatArg::Csv => Some(ExchangeFormat::Csv),
            ExchangeFormatArg::Pdf => None,
        }
    }
}

/// What `translate` does.
#[derive(Debug, Clone, clap::Subcommand)]
pub enum TranslateCommand {
    /// Write every string of a language (interface, guide, contacts' and the office's texts)
    /// with its id, the English, the translation, its review state and where it appears, for a
    /// translator.
    Export {
        /// The language.
        #[arg(long, value_parser = super::lang_parser(), default_value = "es")]
        lang: Lang,
        /// The format (from the file name when not given: .po, .xlf/.xliff, .pdf, else CSV).
        #[arg(long)]
        format: Option<ExchangeFormatArg>,
        /// Where to write it ("-" for standard output).
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Take a translator's file back: lists what changes (new, changed, confirmed, refused) and
    /// applies it with the reviewer's name on every string they gave back.
    Import {
        /// The file (.po, .xlf/.xliff or .csv).
        file: PathBuf,
        /// The language (taken from a PO or XLIFF file when left out; a file for another
        /// language is refused).
        #[arg(long, value_parser = super::lang_parser())]
        lang: Option<Lang>,
        /// Who reviewed it (goes on every string and, once all are reviewed, on paper).
        #[arg(long)]
        reviewer: String,
        /// Show what would change and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Start a language pack for a language the app was not built with: `languages/CODE/` in
    /// the data folder. The language then appears in the window's Language menu and the
    /// printouts' languages; what is not yet translated shows in English, marked on paper.
    New {
        /// The language's code (BCP 47: vi, ar, zh-hant, prs, quc…).
        #[arg(long, value_parser = super::lang_parser())]
        lang: Lang,
        /// The language's name in itself ("Tiếng Việt"); the app knows the names of some.
        #[arg(long)]
        name: Option<String>,
    },
    /// Take back the last translator's file applied to a language, as one step: the
    /// interface strings, guide text, review marks, office's texts and contacts' translations
    /// it changed (what was changed again since is left as it is, and named).
    Undo {
        /// The language (the one with a file to take back when left out).
        #[arg(long, value_parser = super::lang_parser())]
        lang: Option<Lang>,
    },
    /// How far each language is translated and reviewed.
    Status {
        /// Exit with status 1 unless every string of every language is reviewed and current.
        #[arg(long)]
        require_reviewed: bool,
    },
}

/// `translate …`.
#[allow(clippy::too_many_lines, reason = "one arm per subcommand")]
pub(super) fn translate(
    command: &TranslateCommand,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let mut work = super::common::open_workspace(paths)?;
    match command {
        TranslateCommand::Export {
            lang,
            format,
            output,
        } => {
            let lang = target(*lang)?;
            let is_pdf = output
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
            let format = match format {
                Some(f) => f.exchange(),
                None if is_pdf => None,
                None => Some(ExchangeFormat::of_path(output)),
            };
            let Some(format) = format else {
                let t = crate::core::i18n::I18n::new(Lang::En);
                let count = work.export_review_sheet(lang, &t, output)?;
                writeln!(
                    out,
                    "wrote the review sheet of {count} strings of “{}” to {}",
                    lang.code(),
                    output.display()
                )?;
                return Ok(0);
            };
            let units = work.export_translations(lang, format, output)?;
            let c = Coverage::of(&units);
            writeln!(
                out,
                "wrote {} strings of “{}” to {} ({} reviewed)",
                units.len(),
                lang.code(),
                output.display(),
                c.reviewed
            )?;
            Ok(0)
        }
        TranslateCommand::Import {
            file,
            lang,
            reviewer,
            dry_run,
        } => {
            let lang = if let Some(l) = lang {
                *l
            } else {
                // A CSV file does not say; with one translation here, it is that one.
                let translations: Vec<Lang> =
                    Lang::all().into_iter().filter(|l| *l != Lang::En).collect();
                match work.translation_file_language(file)? {
                    Some(l) => l,
                    None if translations.len() == 1 => translations[0],
                    None => anyhow::bail!(
                        "say which language the file holds with --lang (a CSV file does not say): {}",
                        translations
                            .iter()
                            .map(|l| l.code())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                }
            };
            let lang = target(lang)?;
            if reviewer.trim().is_empty() {
                anyhow::bail!("give the reviewer's name with --reviewer");
            }
            let plan = work
                .plan_translations(lang, file)
                .with_context(|| format!("{}", file.display()))?;
            for c in &plan.new {
                writeln!(out, "new:       {}: “{}”", c.id, one_line(&c.after))?;
            }
            for c in &plan.changed {
                writeln!(
                    out,
                    "changed:   {}: “{}” → “{}”",
                    c.id,
                    one_line(&c.before),
                    one_line(&c.after)
                )?;
            }
            writeln!(
                out,
                "confirmed: {}",
                counted(plan.confirmed.len(), "string", "strings")
            )?;
            for (id, why) in &plan.rejected {
                writeln!(out, "refused:   {id}: {}", rejection(why))?;
            }
            for id in &plan.unknown {
                writeln!(
                    out,
                    "unknown:   {id}: Rights Desk has no such string (not taken)"
                )?;
            }
            if *dry_run {
                writeln!(out, "dry run: nothing changed")?;
            } else {
                let today = crate::core::directory::contact::today();
                work.apply_translations(lang, &plan, reviewer.trim(), today)?;
                writeln!(
                    out,
                    "applied: {} new, {} changed, {} confirmed, reviewed by {} on {today}",
                    plan.new.len(),
                    plan.changed.len(),
                    plan.confirmed.len(),
                    reviewer.trim()
                )?;
            }
            Ok(u8::from(!plan.rejected.is_empty()))
        }
        TranslateCommand::New { lang, name } => {
            if lang.is_bundled() {
                anyhow::bail!(
                    "“{}” comes with the app: send it for review with `translate export --lang {}`",
                    lang.code(),
                    lang.code()
                );
            }
            if work.new_language(*lang, name.as_deref())? {
                writeln!(
                    out,
                    "started the language pack “{}” ({}) in {}; its strings show in English until translated: `translate export --lang {}` writes them for a translator",
                    lang.code(),
                    lang.autonym(),
                    crate::core::translation::pack_folder(&paths.data_dir, *lang).display(),
                    lang.code()
                )?;
                Ok(0)
            } else {
                anyhow::bail!(
                    "there already is a language pack “{}” in {}",
                    lang.code(),
                    crate::core::translation::pack_folder(&paths.data_dir, *lang).display()
                )
            }
        }
        TranslateCommand::Undo { lang } => {
            let lang = if let Some(l) = lang {
                target(*l)?
            } else {
                let with: Vec<Lang> = Lang::all()
                    .into_iter()
                    .filter(|l| work.last_translation_import(*l).is_some())
                    .collect();
                match with.as_slice() {
                    [one] => *one,
                    [] => anyhow::bail!("no translator's file to take back"),
                    more => anyhow::bail!(
                        "say which language with --lang: {}",
                        more.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ")
                    ),
                }
            };
            let Some(back) = work.take_back_translations(lang)? else {
                anyhow::bail!("no translator's file to take back for “{}”", lang.code());
            };
            writeln!(
                out,
                "took back the file reviewed by {} on {}: {} and {} as they were",
                back.reviewer,
                back.on.map(|d| d.to_string()).unwrap_or_default(),
                counted(back.files, "file", "files"),
                counted(back.contacts, "contact", "contacts")
            )?;
            for what in &back.changed_since {
                writeln!(out, "left as it is (changed since): {what}")?;
            }
            work.settle_saves();
            Ok(0)
        }
        TranslateCommand::Status { require_reviewed } => {
            let mut all = true;
            for lang in Lang::all().into_iter().filter(|l| *l != Lang::En) {
                let c = Coverage::of(&work.translation_units(lang)?);
                all &= c.all_reviewed();
                writeln!(
                    out,
                    "{}: interface {}/{} translated, guide {}/{} translated, contacts' texts {}/{} translated, the office's texts {}/{} translated, reviewed {} % ({} of {}), {} outdated",
                    lang.code(),
                    c.interface_translated,
                    c.interface,
                    c.guide_translated,
                    c.guide,
                    c.contacts_translated,
                    c.contacts,
                    c.office_translated,
                    c.office,
                    c.reviewed_percent(),
                    c.reviewed,
                    c.all(),
                    c.outdated
                )?;
            }
            Ok(u8::from(*require_reviewed && !all))
        }
    }
}

fn target(lang: Lang) -> anyhow::Result<Lang> {
    if lang == Lang::En {
        anyhow::bail!("English is the original: choose the language of a translation (--lang es)");
    }
    super::available(lang)
}

fn one_line(text: &str) -> String {
    let line = text.replace('\n', " ⏎ ");
    if line.chars().count() > 70 {
        format!("{}…", line.chars().take(70).collect::<String>())
    } else {
        line
    }
}

fn rejection(why: &Rejection) -> String {
    match why {
        Rejection::EnglishMovedOn => {
            "the English changed since the file was written: export again and translate the new English".into()
        }
        Rejection::NotFluent(e) => format!("not a message Rights Desk can read ({e})"),
        Rejection::LostVariables(v) => format!(
            "the translation drops {}: keep them as they are",
            v.iter().map(|n| format!("{{ ${n} }}")).collect::<Vec<_>>().join(", ")
        ),
        Rejection::UnknownVariables(v) => format!(
            "the translation uses {}, which the English does not have",
            v.iter().map(|n| format!("{{ ${n} }}")).collect::<Vec<_>>().join(", ")
        ),
        Rejection::LostSelectors(v) => format!(
            "the English chooses its words by {} (plurals) and the translation does not",
            v.iter().map(|n| format!("${n}")).collect::<Vec<_>>().join(", ")
        ),
    }
}
