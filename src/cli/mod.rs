//! The command line: argument parsing (clap) and the dispatch of the subcommands, each in a
//! file of its own below and each working through the same core as the window. With no
//! subcommand, `main` opens the window.

use crate::core::directory::view;
use crate::core::i18n::Lang;
use crate::core::interop::Format;
use crate::core::workspace::paths::DataPaths;
use anyhow::Context;
use clap::Parser;
use std::io::Write;
use std::path::PathBuf;

/// Rights Desk: guidance, contacts and handouts for immigrant-advocacy organizations in New
/// Mexico. With no command, opens the window.
#[derive(Debug, Parser)]
#[command(name = "rights-desk", version, about)]
pub struct Cli {
    /// Keep data (directory, backups, guides) in this folder instead of the usual place.
    /// Also settable with the `RIGHTS_DESK_DATA_DIR` environment variable.
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// What to do; nothing opens the window.
    #[command(subcommand)]
    pub command: Option<Subcommand>,
}

/// The subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Subcommand {
    /// Validate a directory or guide file: prints warnings and errors with line:column; exits
    /// with status 1 when there are errors.
    Check {
        /// The RON file to check.
        file: PathBuf,
    },
    /// Show the bundled guide (and guides in the data folder).
    Guide {
        /// Print every entry id and question.
        #[arg(long)]
        list: bool,
        /// Print one entry in full.
        #[arg(long, value_name = "ID", conflicts_with = "list")]
        show: Option<String>,
        /// Install a corrected guide (a RON file): shows what changed against the guide in use,
        /// then copies it into the data folder's `guides/`. An older guide is refused.
        #[arg(long, value_name = "FILE", conflicts_with_all = ["list", "show"])]
        install: Option<PathBuf>,
        /// With `--install`: show what would change and install nothing.
        #[arg(long, requires = "install")]
        dry_run: bool,
        /// The guide's language.
        #[arg(long, value_parser = lang_parser(), default_value = "en")]
        lang: Lang,
    },
    /// Search the guide and the directory.
    Search {
        /// Words to look for (case and accents do not matter). Entries are found in either
        /// language and listed in `--lang`.
        #[arg(required = true)]
        query: Vec<String>,
        /// The language to list the entries in.
        #[arg(long, value_parser = lang_parser(), default_value = "en")]
        lang: Lang,
    },
    /// Import contacts from a CSV file, a vCard file, or an Open Referral (HSDS) package (a
    /// folder with datapackage.json, or a .zip of one) into the directory.
    Import {
        /// The file or folder to import.
        path: PathBuf,
        /// The format; guessed from the path when left out.
        #[arg(long, value_enum)]
        format: Option<FormatArg>,
        /// Show what would happen and change nothing.
        #[arg(long)]
        dry_run: bool,
        /// What to do with contacts that look like ones already in the directory.
        #[arg(long, value_enum, default_value_t = DuplicateAction::Skip)]
        duplicates: DuplicateAction,
        /// With `--duplicates update`: replace each contact whole, clearing the fields the file
        /// leaves empty (by default only the fields the file has a value for change).
        #[arg(long)]
        clear_missing: bool,
    },
    /// Print a handout, wallet cards or a contact sheet: chosen guide entries and the contacts
    /// for a county, category or language.
    Export(printing::ExportArgs),
    /// Export contacts from the directory (all, or those matching the filters).
    ExportContacts {
        /// The format.
        #[arg(long, value_enum)]
        format: FormatArg,
        /// The file to write ("-" for standard output; a device or a pipe is written
        /// through); for HSDS, a folder.
        #[arg(short, long, value_name = "PATH")]
        output: PathBuf,
        /// Only contacts matching these words.
        #[arg(long)]
        text: Option<String>,
        /// Only this category (attorney-general, legal-aid, advocacy, federal-oversight,
        /// hotline, consulate, other).
        #[arg(long)]
        category: Option<String>,
        /// Only contacts serving this county (statewide ones included).
        #[arg(long)]
        county: Option<String>,
        /// Only contacts speaking this language (code such as es).
        #[arg(long)]
        language: Option<String>,
        /// Only contacts that need verification (due, overdue or flagged).
        #[arg(long)]
        needs_verification: bool,
        /// Also contacts that closed or asked not to be listed (left out otherwise).
        #[arg(long)]
        include_inactive: bool,
        /// CSV: write cells exactly as they are, without protecting formulas.
        #[arg(long)]
        raw: bool,
    },
    /// Merge the conflict copies that a sync program (Syncthing, Nextcloud, Dropbox,
    /// OneDrive, Google Drive) left beside the data folder's directory: what merges cleanly is saved and
    /// each merged copy moved into backups/; exits with status 2 when a contact was changed two
    /// different ways, for the window to settle (nothing is written for those contacts).
    #[allow(
        clippy::doc_markdown,
        reason = "product names in the command's help text"
    )]
    Merge {
        /// Show what would be merged and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// The system's printers (the default first) with their state and paper.
    Printers,
    /// Print a handout, wallet cards, door cards or a contact sheet on a printer: the options
    /// of `export`, plus --printer, --copies, --sides one|long|short, --pages, --grayscale.
    /// Always at 100 % scale. Waits for the job; exits non-zero when it fails.
    Print(printing::PrintArgs),
    /// Keep the list true: record a check of a contact (`verify ID --outcome confirmed --method
    /// phone`), write the call sheet of the contacts due (`--due -o sheet.csv`), record a
    /// filled-in call sheet (`--import sheet.csv`), or report how the list stands (`--report`).
    Verify(verify::VerifyArgs),
    /// Translations an office can have reviewed: `translate export --lang es -o es.po` (or
    /// .xlf, .csv) writes every string for a translator; `translate import FILE --reviewer
    /// NAME [--dry-run]` takes their file back (`translate undo` takes it back again);
    /// `translate new --lang vi` adds a language without a new build; `translate status
    /// [--require-reviewed]` says how far each language is translated and reviewed.
    #[command(subcommand)]
    Translate(translate::TranslateCommand),
    /// The data folder's directory file does not open: show what of it is still readable and
    /// its backups (with their dates and differences); with `--readable` or `--backup N`,
    /// restore it to the same path, keeping the damaged file beside it.
    Recover {
        /// Keep every readable contact and take only the lost ones from the newest backup.
        #[arg(long, conflicts_with = "backup")]
        readable: bool,
        /// Restore backup number N (1 = the newest, as listed) as it was.
        #[arg(long, value_name = "N")]
        backup: Option<usize>,
    },
}

use crate::core::printing::{Layout, OutputFormat, Paper};

mod check;
mod common;
mod contacts;
mod counted;
mod guides;
mod merge_copies;
mod printing;
pub use printing::ExportArgs;
mod recover;
mod translate;
mod verify;

/// Declares a command-line value type mirroring a core enum variant for variant (the core
/// names no command-line crate) and its conversion into the core type.
macro_rules! value_enum {
    ($(#[$meta:meta])* $name:ident => $core:ident { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl From<$name> for $core {
            fn from(value: $name) -> $core {
                match value {
                    $($name::$variant => $core::$variant),+
                }
            }
        }
    };
}

value_enum! {
    /// Output formats of `export`.
    PrintFormat => OutputFormat {
        /// PDF (tagged; PDF/UA-1 when met).
        Pdf,
        /// One self-contained HTML file with print CSS.
        Html,
        /// Markdown.
        Md,
        /// Plain text.
        Txt,
    }
}

value_enum! {
    /// Layouts of `export`.
    LayoutArg => Layout {
        /// Questions and answers, then the contacts grouped by category.
        Handout,
        /// Wallet cards: a sheet of fronts and a mirrored sheet of backs.
        Cards,
        /// The contacts alone, compact.
        Contacts,
        /// Know-your-rights door cards: the front in the chosen language (Spanish for es and
        /// both), the back to the agent in English with the office's numbers.
        DoorCard,
    }
}

value_enum! {
    /// Paper sizes of `export`.
    PaperArg => Paper {
        /// US Letter (8.5 × 11 in).
        Letter,
        /// ISO A4.
        A4,
    }
}

value_enum! {
    /// Contact file formats of `import` and `export-contacts`.
    FormatArg => Format {
        /// Comma- or semicolon-separated values with a header row.
        Csv,
        /// vCard (`.vcf`): reads 2.1, 3.0 and 4.0; writes 4.0.
        Vcard,
        /// vCard 3.0 (`.vcf`) for older phones (reading is the same as `vcard`).
        Vcard3,
        /// Open Referral HSDS package (a folder with `datapackage.json`, a .zip of one, or HSDS
        /// JSON); `-o NAME.zip` writes a .zip.
        Hsds,
    }
}

/// What `import` does with likely duplicates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DuplicateAction {
    /// Keep the existing contact; do not import the new one.
    Skip,
    /// Update the existing contact with the imported fields.
    Update,
    /// Import it as a new contact anyway.
    Add,
}

/// Parses `--lang` straight into the core's [`Lang`]: a language code ("en", "es", or the code
/// of a language pack in the data folder, checked once the folder is open).
pub(super) fn lang_parser() -> impl clap::builder::TypedValueParser<Value = Lang> {
    |text: &str| {
        Lang::parse(text)
            .ok_or_else(|| format!("“{text}” is not a language code (such as en, es, vi)"))
    }
}

/// Parses a printout's `--lang`: a language code, two joined by "+" ("en+vi"), or "both"
/// (English and Spanish).
pub(super) fn print_lang_parser()
-> impl clap::builder::TypedValueParser<Value = crate::core::printing::PrintLang> {
    |text: &str| {
        crate::core::printing::PrintLang::parse(text).ok_or_else(|| {
            format!(
                "“{text}” is not a language code or two joined by + (such as en, es, en+es, es+vi)"
            )
        })
    }
}

/// An error when `lang` is neither bundled nor has a language pack in the data folder.
pub(super) fn available(lang: Lang) -> anyhow::Result<Lang> {
    if Lang::all().contains(&lang) {
        Ok(lang)
    } else {
        anyhow::bail!(
            "no language “{}” here: the app has {}; add one with `translate new --lang {}`",
            lang.code(),
            Lang::all()
                .iter()
                .map(|l| l.code())
                .collect::<Vec<_>>()
                .join(", "),
            lang.code()
        )
    }
}

impl Subcommand {
    /// True when the subcommand writes what it makes to standard output (`-o -`): its own
    /// messages then go to standard error.
    #[must_use]
    pub fn writes_to_stdout(&self) -> bool {
        match self {
            Subcommand::Export(printing::ExportArgs { output, .. })
            | Subcommand::ExportContacts { output, .. } => output.as_os_str() == "-",
            _ => false,
        }
    }
}

/// Outcome of a subcommand: the process exit status.
pub type ExitStatus = u8;

/// Runs a subcommand, writing to `out`. Returns the exit status.
#[allow(clippy::too_many_lines, reason = "one arm per subcommand")]
pub fn run(
    command: &Subcommand,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    // The office's reviewed interface strings, on screen and on paper.
    crate::core::translation::install_packs(&paths.data_dir);
    match command {
        Subcommand::Check { file } => check::check(file, out),
        Subcommand::Merge { dry_run } => merge_copies::merge_copies(*dry_run, paths, out),
        Subcommand::Recover { readable, backup } => {
            recover::recover(*readable, *backup, paths, out)
        }
        Subcommand::Guide {
            install: Some(file),
            dry_run,
            ..
        } => guides::install_guide(file, *dry_run, paths, out),
        Subcommand::Guide {
            list, show, lang, ..
        } => guides::show(*list, show.as_deref(), *lang, paths, out),
        Subcommand::Search { query, lang } => guides::search(&query.join(" "), *lang, paths, out),
        Subcommand::Import {
            path,
            format,
            dry_run,
            duplicates,
            clear_missing,
        } => contacts::import(
            path,
            format.map(Format::from),
            contacts::ImportOptions {
                dry_run: *dry_run,
                duplicates: *duplicates,
                clear_missing: *clear_missing,
            },
            paths,
            out,
        ),
        Subcommand::Export(args) => printing::export(args, paths, out),
        Subcommand::Verify(args) => verify::verify(args, paths, out),
        Subcommand::Translate(command) => translate::translate(command, paths, out),
        Subcommand::Printers => printing::printers(out),
        Subcommand::Print(args) => printing::print(args, paths, out),
        Subcommand::ExportContacts {
            format,
            output,
            text,
            category,
            county,
            language,
            needs_verification,
            include_inactive,
            raw,
        } => {
            let category = match category {
                Some(c) => Some(crate::core::directory::contact::Category::parse(c).with_context(|| {
                    format!("unknown category “{c}”; use one of attorney-general, legal-aid, advocacy, federal-oversight, hotline, consulate, other")
                })?),
                None => None,
            };
            let filter = view::Filter {
                text: text.clone().unwrap_or_default(),
                category,
                county: county.clone(),
                language: language.clone(),
                needs_verification: *needs_verification,
                show_inactive: *include_inactive,
            };
            contacts::export_contacts((*format).into(), output, &filter, *raw, paths, out)
        }
    }
}
