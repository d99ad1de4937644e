//! The command line: argument parsing (clap) and the subcommands that work without a window
//! (`check`, `guide`, `search`). With no subcommand, `main` opens the window.

use crate::core::guide::{self, Guide};
use crate::core::i18n::{self, Lang};
use crate::core::interop::{self, Format, plan};
use crate::core::library::Library;
use crate::core::paths::DataPaths;
use crate::core::search::{ContactIndex, Query};
use crate::core::session::{SaveStatus, Session};
use crate::core::store;
use crate::core::view;
use crate::core::workspace::{Action, Notice, Workspace};
use anyhow::Context;
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};

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
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
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
        #[arg(long, value_enum, default_value_t = GuideLang::En)]
        lang: GuideLang,
    },
    /// Search the guide and the directory.
    Search {
        /// Words to look for (case and accents do not matter). Entries are found in either
        /// language and listed in `--lang`.
        #[arg(required = true)]
        query: Vec<String>,
        /// The language to list the entries in.
        #[arg(long, value_enum, default_value_t = GuideLang::En)]
        lang: GuideLang,
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
    },
    /// Print a handout, wallet cards or a contact sheet: chosen guide entries and the contacts
    /// for a county, category or language.
    Export {
        /// Output format (wallet cards are PDF only).
        #[arg(long, value_enum)]
        format: PrintFormat,
        /// Layout.
        #[arg(long, value_enum, default_value_t = LayoutArg::Handout)]
        layout: LayoutArg,
        /// Language: English, Spanish, or both (each entry in both; cards English on the front
        /// and Spanish on the back).
        #[arg(long, value_enum, default_value_t = PrintLangArg::En)]
        lang: PrintLangArg,
        /// Entries to print: "all" or ids separated by commas (see `guide --list`).
        #[arg(long, default_value = "all")]
        entries: String,
        /// Only contacts serving this county (statewide ones included).
        #[arg(long)]
        county: Option<String>,
        /// Only contacts of this category.
        #[arg(long)]
        category: Option<String>,
        /// Only contacts speaking this language (code such as es).
        #[arg(long)]
        language: Option<String>,
        /// Only contacts verified recently.
        #[arg(long)]
        verified_only: bool,
        /// Print a QR code beside each web address.
        #[arg(long)]
        qr: bool,
        /// With `--lang both`: each entry beside its translation (PDF and HTML).
        #[arg(long)]
        side_by_side: bool,
        /// Leave out editor's notes and sources.
        #[arg(long)]
        no_notes: bool,
        /// Leave out the office's own notes (printed by default).
        #[arg(long)]
        no_office_notes: bool,
        /// Wallet cards: the entry whose key points go on the front.
        #[arg(long, value_name = "ID", default_value = crate::core::handout::DEFAULT_CARD_ENTRY)]
        card_entry: String,
        /// Paper size.
        #[arg(long, value_enum, default_value_t = PaperArg::Letter)]
        paper: PaperArg,
        /// Title printed at the top (a title suited to the layout and language when left out).
        #[arg(long)]
        title: Option<String>,
        /// The printing organization's name and contact line.
        #[arg(long, default_value = "")]
        prepared_by: String,
        /// The file to write.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Export contacts from the directory (all, or those matching the filters).
    ExportContacts {
        /// The format.
        #[arg(long, value_enum)]
        format: FormatArg,
        /// The file to write (for HSDS: a folder).
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
        /// Only contacts that need verification.
        #[arg(long)]
        needs_verification: bool,
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
}

use crate::core::handout::{Layout, OutputFormat, Paper, PrintLang};

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
    }
}

value_enum! {
    /// Languages of `export`.
    PrintLangArg => PrintLang {
        /// English.
        En,
        /// Spanish.
        Es,
        /// Both: each entry in English, then in Spanish.
        Both,
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
        /// vCard 3.0 / 4.0 (`.vcf`).
        Vcard,
        /// Open Referral HSDS package (a folder with `datapackage.json`, or a .zip of one).
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

/// The languages of the bundled guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GuideLang {
    /// English.
    En,
    /// Spanish (a translation).
    Es,
}

impl GuideLang {
    fn code(self) -> &'static str {
        match self {
            GuideLang::En => "en",
            GuideLang::Es => "es",
        }
    }
}

/// Outcome of a subcommand: the process exit status.
pub type ExitStatus = u8;

/// Runs a subcommand, writing to `out`. Returns the exit status.
#[allow(clippy::too_many_lines, reason = "one arm per subcommand")]
pub fn run(
    command: &Command,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    match command {
        Command::Check { file } => check(file, out),
        Command::Merge { dry_run } => merge_copies(*dry_run, paths, out),
        Command::Guide {
            install: Some(file),
            dry_run,
            ..
        } => install_guide(file, *dry_run, paths, out),
        Command::Guide {
            list, show, lang, ..
        } => {
            let guide = guide_in(paths, lang.code())?;
            if let Some(id) = show {
                let entry = guide
                    .entry(id)
                    .with_context(|| format!("no entry “{id}” in “{}”", guide.title))?;
                writeln!(out, "{}\n", entry.title())?;
                for block in &entry.answer {
                    writeln!(out, "{}\n", block.plain_text())?;
                }
                for note in &entry.notes {
                    if let Some(from) = &note.from {
                        let date = note.as_of.map(|d| format!(", {d}")).unwrap_or_default();
                        writeln!(out, "[Note from {from}{date}] {}", note.text)?;
                        continue;
                    }
                    let checked = note
                        .as_of
                        .map(|d| format!(", checked {d}"))
                        .unwrap_or_default();
                    writeln!(
                        out,
                        "[Editor's note — {}{checked}] {}",
                        note.kind.label(),
                        note.text
                    )?;
                    for s in &note.sources {
                        writeln!(out, "  Source: {}", s.citation())?;
                    }
                }
                return Ok(0);
            }
            if !list {
                writeln!(
                    out,
                    "{} — {} entries (reviewed {}). Use --list to see them.",
                    guide.title,
                    guide.entries().count(),
                    guide.last_reviewed
                )?;
                return Ok(0);
            }
            writeln!(out, "{} (reviewed {})", guide.title, guide.last_reviewed)?;
            for section in &guide.sections {
                writeln!(out, "\n{}", section.title)?;
                for entry in &section.entries {
                    writeln!(out, "  {:<22} {}", entry.id, entry.title())?;
                }
            }
            Ok(0)
        }
        Command::Search { query, lang } => search(&query.join(" "), *lang, paths, out),
        Command::Import {
            path,
            format,
            dry_run,
            duplicates,
        } => import(
            path,
            format.map(Format::from),
            *dry_run,
            *duplicates,
            paths,
            out,
        ),
        Command::Export {
            format,
            layout,
            lang,
            entries,
            county,
            category,
            language,
            verified_only,
            qr,
            side_by_side,
            no_notes,
            no_office_notes,
            card_entry,
            paper,
            title,
            prepared_by,
            output,
        } => {
            let (layout, lang): (Layout, PrintLang) = ((*layout).into(), (*lang).into());
            let opts = ExportOptions {
                format: (*format).into(),
                layout,
                lang,
                entries,
                county: county.as_deref(),
                category: category.as_deref(),
                language: language.as_deref(),
                verified_only: *verified_only,
                qr: *qr,
                side_by_side: *side_by_side,
                notes: !*no_notes,
                office_notes: !*no_office_notes,
                card_entry,
                paper: (*paper).into(),
                title: title
                    .clone()
                    .unwrap_or_else(|| crate::core::handout::default_title(layout, lang)),
                prepared_by,
                output,
            };
            export(&opts, paths, out)
        }
        Command::ExportContacts {
            format,
            output,
            text,
            category,
            county,
            language,
            needs_verification,
            raw,
        } => {
            let category = match category {
                Some(c) => Some(crate::core::contact::Category::parse(c).with_context(|| {
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
            };
            export_contacts((*format).into(), output, &filter, *raw, paths, out)
        }
    }
}

/// `guide --install FILE [--dry-run]`.
fn install_guide(
    file: &Path,
    dry_run: bool,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    use crate::core::guide_update::{self, DiffPart};
    let new = guide_update::read(file)?;
    let (guides, _) = guide::load_all(Some(&paths.guides_folder()));
    let in_use = guides
        .iter()
        .find(|g| g.id == new.id && g.language == new.language);
    let changes = guide_update::compare(in_use, &new);
    writeln!(
        out,
        "Update of “{}” ({}): reviewed {} → {}",
        new.title,
        new.language,
        changes
            .reviewed_in_use
            .map_or_else(|| "(not installed)".to_string(), |d| d.to_string()),
        changes.reviewed_new
    )?;
    for (label, items) in [
        ("entry added", &changes.added),
        ("entry removed", &changes.removed),
        ("note added", &changes.notes_added),
        ("note changed", &changes.notes_changed),
        ("note removed", &changes.notes_removed),
        ("warning", &changes.problems),
    ] {
        for item in items {
            writeln!(out, "{label}: {item}")?;
        }
    }
    for r in &changes.reworded {
        // Only the changed words, with a few words of context on each side.
        let mut line = String::new();
        for part in guide_update::condensed(&r.diff, 4) {
            match part {
                DiffPart::Same(text) => line.push_str(&text),
                DiffPart::Added(text) => line.push_str(&format!(" {{+{}+}} ", text.trim())),
                DiffPart::Removed(text) => line.push_str(&format!(" [-{}-] ", text.trim())),
            }
        }
        writeln!(
            out,
            "reworded: {}: {}",
            r.id,
            line.split_whitespace().collect::<Vec<_>>().join(" ")
        )?;
    }
    if changes.is_empty() {
        writeln!(out, "no differences from the guide in use")?;
    }
    if changes.is_older() {
        writeln!(
            out,
            "error: this guide is older than the guide in use; nothing was installed"
        )?;
        return Ok(1);
    }
    if dry_run {
        writeln!(out, "dry run: nothing was installed")?;
        return Ok(0);
    }
    let target = guide_update::install(file, &new, &paths.guides_folder())?;
    writeln!(out, "installed as {}", target.display())?;
    Ok(0)
}

/// The data folder's directory, opened by the same workspace as the window's.
fn open_workspace(paths: &DataPaths) -> anyhow::Result<Workspace> {
    Ok(Workspace::open_data_folder(paths.clone())?)
}

/// The open session of a workspace from [`open_workspace`].
fn session_of(work: &mut Workspace) -> anyhow::Result<&mut Session> {
    work.session_mut().context("the directory file is not open")
}

/// A notice of the workspace, in English.
fn english(notice: &Notice) -> String {
    i18n::with(Lang::En, |t| notice.text(t))
}

fn import(
    path: &Path,
    format: Option<Format>,
    dry_run: bool,
    duplicates: DuplicateAction,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let format = format.unwrap_or_else(|| Format::guess(path));
    let imported = interop::import_path(path, Some(format))?;
    if imported.contacts.is_empty() {
        for problem in &imported.problems {
            writeln!(out, "not read:  {}: {}", problem.place, problem.reason)?;
        }
        return Err(interop::ImportError::NothingFound {
            path: path.to_path_buf(),
            what: format.name(),
        }
        .into());
    }
    let mut work = open_workspace(paths)?;
    let session = session_of(&mut work)?;
    // Plan against the latest file and keep other writers out until the result is saved.
    session.hold_write_lock(std::time::Duration::from_mins(1))?;
    let unmapped = imported.unmapped_columns.clone();
    let mut p = plan::plan(session.directory(), imported);
    let choice = match duplicates {
        DuplicateAction::Skip => plan::Choice::Skip,
        DuplicateAction::Update => plan::Choice::Update,
        DuplicateAction::Add => plan::Choice::AddAnyway,
    };
    for d in &mut p.duplicates {
        d.choice = choice;
    }
    for c in &p.new {
        writeln!(out, "new:       {}", c.name)?;
    }
    for d in &p.duplicates {
        let existing = session
            .contact(&d.existing_id)
            .map_or(d.existing_id.as_str(), |c| c.name.as_str());
        let why = match &d.likeness {
            plan::Likeness::SameName => "same name".to_string(),
            plan::Likeness::SamePhone(n) => format!("same phone {n}"),
            plan::Likeness::SameWebsite(w) => format!("same website {w}"),
        };
        writeln!(
            out,
            "duplicate: {} ~ {existing} ({why}): {duplicates:?}",
            d.incoming.name
        )?;
    }
    for problem in &p.problems {
        writeln!(out, "not read:  {}: {}", problem.place, problem.reason)?;
    }
    if !unmapped.is_empty() {
        writeln!(out, "columns not imported: {}", unmapped.join(", "))?;
    }
    let (added, updated) = p.counts();
    if dry_run {
        writeln!(
            out,
            "dry run: would add {added} and update {updated} contact(s); nothing changed"
        )?;
        return Ok(0);
    }
    let outcome = work.apply(Action::Import(Box::new(p)));
    if let Some(notice) = outcome.notice.filter(Notice::is_problem) {
        anyhow::bail!("{}", english(&notice));
    }
    let session = session_of(&mut work)?;
    match session.status() {
        SaveStatus::Saved(_) | SaveStatus::Opened => {
            writeln!(
                out,
                "added {added} and updated {updated} contact(s) in {}",
                session.path().display()
            )?;
            Ok(0)
        }
        SaveStatus::Failed(e) => anyhow::bail!("the import was not saved: {e}"),
        SaveStatus::Saving => anyhow::bail!("the import was not saved"),
        SaveStatus::ChangedOnDisk => {
            anyhow::bail!(
                "the directory file was changed by another program while importing; nothing was written"
            )
        }
    }
}

fn export_contacts(
    format: Format,
    output: &Path,
    filter: &view::Filter,
    raw: bool,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let mut work = open_workspace(paths)?;
    let session = session_of(&mut work)?;
    let contacts = session.directory().contacts();
    let rows = view::filter_and_sort(
        contacts,
        session.index(),
        filter,
        view::Sort::default(),
        crate::core::contact::today(),
        crate::core::contact::DEFAULT_STALE_DAYS,
    );
    let ids: Vec<String> = rows.iter().map(|&i| contacts[i].id.clone()).collect();
    let outcome = work.apply(Action::ExportContacts {
        ids,
        path: output.to_path_buf(),
        format,
        protect_formulas: !raw,
    });
    match outcome.notice {
        Some(Notice::Exported { count, path }) => {
            writeln!(out, "exported {count} contact(s) to {}", path.display())?;
            Ok(0)
        }
        Some(Notice::ExportFailed(e)) => Err(anyhow::Error::from(e)),
        Some(other) => anyhow::bail!("{}", english(&other)),
        None => anyhow::bail!("nothing was exported"),
    }
}

/// The New Mexico guide in `lang` ("en" or "es").
fn guide_in(paths: &DataPaths, lang: &str) -> anyhow::Result<Guide> {
    take_guide(&mut nm_guides(paths), lang)
}

/// Every language of the New Mexico guide, read from disk once, with the office's own notes
/// and entries.
fn nm_guides(paths: &DataPaths) -> Vec<Guide> {
    let library = Library::load(paths);
    for problem in library.problems() {
        eprintln!("warning: not loaded: {problem}");
    }
    for entry in library.orphans() {
        eprintln!(
            "note: a note of the office belongs to entry “{entry}”, which this guide no longer has; it is kept in {}",
            library.office_file().display()
        );
    }
    let mut guides = library.guides().to_vec();
    guides.retain(|g| g.id == "nm-ag-ice");
    guides
}

/// Takes the guide in `lang` out of `guides`.
fn take_guide(guides: &mut Vec<Guide>, lang: &str) -> anyhow::Result<Guide> {
    let at = guides.iter().position(|g| g.language == lang);
    at.map(|i| guides.swap_remove(i))
        .with_context(|| format!("the bundled guide in “{lang}” is missing"))
}

/// The options of `export`.
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent print options, each a check box"
)]
struct ExportOptions<'a> {
    format: OutputFormat,
    layout: Layout,
    lang: PrintLang,
    entries: &'a str,
    county: Option<&'a str>,
    category: Option<&'a str>,
    language: Option<&'a str>,
    verified_only: bool,
    qr: bool,
    side_by_side: bool,
    notes: bool,
    office_notes: bool,
    card_entry: &'a str,
    paper: crate::core::handout::Paper,
    title: String,
    prepared_by: &'a str,
    output: &'a Path,
}

/// The entry ids of `--entries`: "all", or ids separated by commas (all of them must exist).
fn entry_ids(guide: &Guide, spec: &str) -> anyhow::Result<Vec<String>> {
    let ids = if spec.trim().eq_ignore_ascii_case("all") {
        guide.entries().map(|e| e.id.clone()).collect()
    } else {
        let ids: Vec<String> = spec
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        let unknown: Vec<&String> = ids.iter().filter(|id| guide.entry(id).is_none()).collect();
        if !unknown.is_empty() {
            anyhow::bail!(
                "no entry with id {}; `rights-desk guide --list` shows the ids",
                unknown
                    .iter()
                    .map(|s| format!("“{s}”"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        ids
    };
    Ok(ids)
}

fn export(
    o: &ExportOptions<'_>,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    use crate::core::handout;
    if o.layout == Layout::Cards && o.format != OutputFormat::Pdf {
        anyhow::bail!("wallet cards are printed as PDF only; use --format pdf");
    }
    let mut all = nm_guides(paths);
    let guides: Vec<Guide> = o
        .lang
        .codes()
        .iter()
        .map(|code| take_guide(&mut all, code))
        .collect::<anyhow::Result<_>>()?;
    let guide = guides.first().context("no guide")?;
    let entry_ids = entry_ids(guide, o.entries)?;
    if o.layout == Layout::Cards && guide.entry(o.card_entry).is_none() {
        anyhow::bail!(
            "no entry “{}” for the cards; `rights-desk guide --list` shows the ids",
            o.card_entry
        );
    }
    let category = match o.category {
        Some(c) => Some(
            crate::core::contact::Category::parse(c)
                .with_context(|| format!("unknown category “{c}”"))?,
        ),
        None => None,
    };
    let mut work = open_workspace(paths)?;
    let session = session_of(&mut work)?;
    let contacts = session.directory().contacts();
    let today = crate::core::contact::today();
    let stale = crate::core::contact::DEFAULT_STALE_DAYS;
    let choices = handout::PrintChoices {
        title: o.title.clone(),
        prepared_by: o.prepared_by.to_string(),
        paper: o.paper,
        layout: o.layout,
        lang: o.lang,
        format: o.format,
        show_notes: o.notes,
        show_sources: o.notes,
        hide_office_notes: !o.office_notes,
        show_qr: o.qr,
        side_by_side: o.side_by_side,
        contacts: handout::ContactSelection {
            by_filter: true,
            county: o.county.map(str::to_string),
            category,
            language: o.language.map(str::to_string),
            verified_only: o.verified_only,
            picked: Vec::new(),
        },
        card_entry: o.card_entry.to_string(),
        card_contacts: Vec::new(),
        last_folder: None,
    };
    let refs: Vec<&Guide> = guides.iter().collect();
    let (_, data) = handout::assemble(
        &choices,
        entry_ids,
        &refs,
        contacts,
        Some(session.index()),
        today,
        stale,
    );
    match crate::core::workspace::export_printout(&data, o.format, o.output.to_path_buf()) {
        Notice::PrintoutSaved {
            missing,
            not_pdf_ua,
            ..
        } => {
            for m in &missing {
                writeln!(out, "warning: {m}")?;
            }
            if let Some(reason) = &not_pdf_ua {
                writeln!(
                    out,
                    "warning: this PDF could not be made PDF/UA-1 ({reason}); it was written as a tagged PDF without that claim"
                )?;
            }
        }
        Notice::File(e) => return Err(anyhow::Error::from(e)),
        other => anyhow::bail!("{}", english(&other)),
    }
    match o.layout {
        Layout::Cards => writeln!(
            out,
            "wrote {} (wallet cards: print page 2 on the back of page 1, flipping on the long edge)",
            o.output.display()
        )?,
        _ => writeln!(
            out,
            "wrote {} ({} entries, {} contacts)",
            o.output.display(),
            data.entries.len() / o.lang.codes().len().max(1),
            data.contact_count()
        )?,
    }
    Ok(0)
}

/// `merge`: merges each conflict copy of the data folder's directory in turn.
fn merge_copies(
    dry_run: bool,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    use crate::core::merge::{Conflict, Outcome, Side};
    let mut work = open_workspace(paths)?;
    let session = session_of(&mut work)?;
    let copies = crate::core::conflict_copy::find(session.path());
    if copies.is_empty() {
        writeln!(out, "no conflict copies of {}", session.path().display())?;
        return Ok(0);
    }
    session.hold_write_lock(crate::core::lock::DEFAULT_WAIT)?;
    let (mut questions, mut unreadable) = (0, 0);
    for copy in &copies {
        writeln!(out, "{} (made by {}):", copy.file_name(), copy.tool.name())?;
        let merged = match crate::core::sharing::merge_copy(session, copy) {
            Ok(m) => m,
            Err(e) => {
                writeln!(out, "  could not be read, left where it is: {e}")?;
                unreadable += 1;
                continue;
            }
        };
        for m in &merged.merge.merged {
            let what = match m.outcome {
                Outcome::Added => "added",
                Outcome::Updated => "updated",
                Outcome::Deleted => "deleted",
            };
            writeln!(out, "  merged: {} — {what}", m.name)?;
        }
        for c in &merged.merge.conflicts {
            match c {
                Conflict::Fields {
                    mine,
                    theirs,
                    fields,
                    ..
                } => {
                    for f in fields {
                        writeln!(
                            out,
                            "  conflict: {} — {}: this desktop “{}”, the copy “{}”",
                            mine.name,
                            f.key(),
                            f.show(mine),
                            f.show(theirs)
                        )?;
                    }
                }
                Conflict::EditedAndDeleted {
                    kept,
                    kept_by,
                    deletion,
                } => {
                    let (edited, deleted) = match kept_by {
                        Side::Mine => ("this desktop", "the copy"),
                        Side::Theirs => ("the copy", "this desktop"),
                    };
                    writeln!(
                        out,
                        "  conflict: {} — edited in {edited}, deleted in {deleted} (by {} at {})",
                        kept.name, deletion.deleted_by, deletion.deleted_at
                    )?;
                }
            }
        }
        questions += merged.merge.conflicts.len();
        if dry_run {
            continue;
        }
        crate::core::sharing::apply_clean_part(session, &merged)?;
        if let SaveStatus::Failed(e) = session.status() {
            anyhow::bail!("the merge could not be saved: {e}");
        }
        if merged.merge.is_clean() {
            writeln!(out, "  merged; the copy was moved into backups/")?;
        } else {
            writeln!(
                out,
                "  {} question(s) left; the copy stays until they are answered in the window",
                merged.merge.conflicts.len()
            )?;
        }
    }
    if dry_run {
        writeln!(out, "dry run: nothing was written")?;
    }
    Ok(if questions > 0 {
        2
    } else {
        u8::from(unreadable > 0)
    })
}

fn check(file: &Path, out: &mut dyn Write) -> anyhow::Result<ExitStatus> {
    let text = match store::read_text(file) {
        Ok(t) => t,
        Err(e) => {
            writeln!(out, "error: {e}")?;
            return Ok(1);
        }
    };
    // A guide has `sections`; everything else is treated as a directory.
    let looks_like_guide = text.contains("sections");
    if looks_like_guide {
        match guide::parse_guide(&text, file) {
            Ok(g) => {
                let problems = g.validate();
                for p in &problems {
                    writeln!(out, "warning: {}: {}", file.display(), p.message)?;
                }
                writeln!(
                    out,
                    "{}: guide “{}”, {} entries, {} warning(s)",
                    file.display(),
                    g.title,
                    g.entries().count(),
                    problems.len()
                )?;
                Ok(0)
            }
            Err(e) => {
                writeln!(out, "error: {e}")?;
                Ok(1)
            }
        }
    } else {
        // Contact by contact: a directory of any size is checked without holding it whole.
        let mut notes: Vec<String> = Vec::new();
        let mut ids: std::collections::HashSet<String> = std::collections::HashSet::new();
        let visited = store::visit_directory(&text, file, |c| {
            let shown = if c.name.trim().is_empty() {
                notes.push(format!("the contact “{}” has no name", c.id));
                c.id.clone()
            } else {
                c.name.clone()
            };
            if c.id.trim().is_empty() {
                notes.push(format!(
                    "“{shown}” has no id; it will be given one when the file is opened"
                ));
            } else if !ids.insert(c.id.clone()) {
                notes.push(format!(
                    "“{shown}” has a repeated id “{}”; it will be given a new one when the file is opened",
                    c.id
                ));
            }
            for w in c.warnings() {
                notes.push(format!("{shown}: {}", w.message));
            }
        });
        drop(text);
        match visited {
            Ok((count, migrated)) => {
                for n in &notes {
                    writeln!(out, "warning: {}: {n}", file.display())?;
                }
                if let Some(v) = migrated {
                    writeln!(
                        out,
                        "note: {}: format version {v}; it will be upgraded when saved",
                        file.display()
                    )?;
                }
                writeln!(
                    out,
                    "{}: directory, {count} contacts, {} warning(s)",
                    file.display(),
                    notes.len()
                )?;
                for copy in crate::core::conflict_copy::find(file) {
                    writeln!(
                        out,
                        "note: conflict copy made by {}: {} (merge it with `rights-desk merge` or in the window)",
                        copy.tool.name(),
                        copy.path.display()
                    )?;
                }
                Ok(0)
            }
            Err(e) => {
                writeln!(out, "error: {e}")?;
                Ok(1)
            }
        }
    }
}

fn search(
    query: &str,
    lang: GuideLang,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let other = match lang {
        GuideLang::En => "es",
        GuideLang::Es => "en",
    };
    let mut all = nm_guides(paths);
    let guide = take_guide(&mut all, lang.code())?;
    // The other language is searched too when its guide is there.
    let other = take_guide(&mut all, other).ok();
    let query = Query::new(query);
    let twins: Vec<&Guide> = other.iter().collect();
    let hits = crate::core::search::search_guides(&guide, &twins, &query);
    writeln!(out, "Guide: {} hit(s)", hits.len())?;
    for hit in &hits {
        let title = guide.entry(&hit.entry_id).map(guide::Entry::title);
        writeln!(
            out,
            "  [{}] {}\n      {}{}",
            hit.entry_id,
            title.unwrap_or_default(),
            hit.found_in
                .as_deref()
                .map(|l| format!("(found in the “{l}” guide) "))
                .unwrap_or_default(),
            hit.snippet
        )?;
    }
    let file = paths.directory_file();
    store::ensure_directory_file(&file)?;
    let loaded = store::load_directory(&file)?;
    let contacts = loaded.directory.contacts();
    let index = ContactIndex::build(contacts);
    let ranked = index.ranked(&query);
    writeln!(out, "Directory: {} hit(s)", ranked.len())?;
    let today = crate::core::contact::today();
    for (pos, _) in ranked {
        let c = &contacts[pos];
        let phone = c.main_phone().map_or("", |p| p.number.as_str());
        let state = crate::core::handout::labels::verification(
            &["en"],
            c.verification(today, crate::core::contact::DEFAULT_STALE_DAYS),
        );
        writeln!(out, "  {} — {} {phone} ({state})", c.name, c.category)?;
    }
    Ok(0)
}
