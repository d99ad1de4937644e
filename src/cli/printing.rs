//! `export`: handouts, wallet cards and contact sheets, made by the same assembly and export as
//! the window's Handout tab.

use super::ExitStatus;
use super::common::{english, open_workspace};
use super::counted::counted;
use super::guides::warn_about;
use super::{LayoutArg, PaperArg, PrintFormat};
use crate::core::guide::Guide;
use crate::core::i18n::Lang;
use crate::core::printing::{Layout, OutputFormat, PrintLang};
use crate::core::workspace::paths::DataPaths;
use crate::core::workspace::{Action, Notice};
use anyhow::Context;
use std::io::Write;
use std::path::PathBuf;

/// The options of `export`, as the command line reads them (turned into the workspace's
/// `PrintChoices` once, by [`ExportArgs::choices`]).
#[derive(Debug, Clone, clap::Args)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent print options, each a check box"
)]
pub struct PrintoutArgs {
    /// Output format (wallet cards are PDF only; `print` always sends a PDF).
    #[arg(long, value_enum, default_value_t = PrintFormat::Pdf)]
    pub(super) format: PrintFormat,
    /// Layout.
    #[arg(long, value_enum, default_value_t = LayoutArg::Handout)]
    pub(super) layout: LayoutArg,
    /// Language: a code (en, es, or a language pack's such as vi), or two joined by "+" for a
    /// bilingual printout (each entry in the first, then the second; cards the first on the
    /// front and the second on the back); "both" is en+es.
    #[arg(long, value_parser = super::print_lang_parser(), default_value = "en")]
    pub(super) lang: PrintLang,
    /// Entries to print: "all" or ids separated by commas (see `guide --list`).
    #[arg(long, default_value = "all")]
    pub(super) entries: String,
    /// Only contacts serving this county (statewide ones included; those whose area was not
    /// recorded are listed apart, "may serve your county — call to confirm").
    #[arg(long)]
    pub(super) county: Option<String>,
    /// Only contacts of this category.
    #[arg(long)]
    pub(super) category: Option<String>,
    /// Only contacts speaking this language (code such as es); those whose languages were
    /// not recorded are listed apart.
    #[arg(long)]
    pub(super) language: Option<String>,
    /// Only contacts verified recently.
    #[arg(long)]
    pub(super) verified_only: bool,
    /// Print a QR code beside each web address.
    #[arg(long)]
    pub(super) qr: bool,
    /// With two languages (`--lang both`, `--lang es+vi`): each entry beside its translation
    /// (PDF and HTML).
    #[arg(long)]
    pub(super) side_by_side: bool,
    /// Leave out editor's context notes and sources (corrections and out-of-date notes
    /// always print).
    #[arg(long)]
    pub(super) no_notes: bool,
    /// Leave out the office's own notes (printed by default).
    #[arg(long)]
    pub(super) no_office_notes: bool,
    /// Wallet cards: the entry whose card summary goes on the front (entries with a summary
    /// written for cards, or the office's own questions).
    #[arg(long, value_name = "ID", default_value = crate::core::printing::DEFAULT_CARD_ENTRY)]
    pub(super) card_entry: String,
    /// Paper size.
    #[arg(long, value_enum, default_value_t = PaperArg::Letter)]
    pub(super) paper: PaperArg,
    /// Title printed at the top (a title suited to the layout and language when left out).
    #[arg(long)]
    pub(super) title: Option<String>,
    /// The printing organization's name and contact line.
    #[arg(long, default_value = "")]
    pub(super) prepared_by: String,
}

/// The options of `export`: what to print, and where to write it.
#[derive(Debug, Clone, clap::Args)]
pub struct ExportArgs {
    /// What to print.
    #[command(flatten)]
    pub(super) printout: PrintoutArgs,
    /// The file to write ("-" for standard output; a device or a pipe is written
    /// through).
    #[arg(short, long, value_name = "FILE")]
    pub(super) output: PathBuf,
}

/// The options of `print`: what to print (as `export`), and on which printer how.
#[derive(Debug, Clone, clap::Args)]
pub struct PrintArgs {
    /// What to print.
    #[command(flatten)]
    pub(super) printout: PrintoutArgs,
    /// The printer (`rights-desk printers` lists them); the system's default when left out.
    #[arg(long)]
    pub(super) printer: Option<String>,
    /// How many copies.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=999))]
    pub(super) copies: u16,
    /// One side or both: one, long (flip on the long edge), short. Two-sided printouts flip
    /// on the long edge (the card sheets' backs are laid out for it).
    #[arg(long, default_value = "one", value_parser = ["one", "long", "short"])]
    pub(super) sides: String,
    /// Only these pages (1-2, or 1,3-4).
    #[arg(long, value_name = "RANGES")]
    pub(super) pages: Option<String>,
    /// In shades of grey.
    #[arg(long)]
    pub(super) grayscale: bool,
}

impl PrintoutArgs {
    /// The workspace's print choices these options describe (the one conversion).
    ///
    /// # Errors
    /// An unknown category.
    pub(super) fn choices(&self) -> anyhow::Result<crate::core::printing::PrintChoices> {
        use crate::core::printing;
        let (layout, lang): (Layout, PrintLang) = (self.layout.into(), self.lang);
        let category = match &self.category {
            Some(c) => Some(
                crate::core::directory::contact::Category::parse(c)
                    .with_context(|| format!("unknown category “{c}”"))?,
            ),
            None => None,
        };
        Ok(printing::PrintChoices {
            title: self
                .title
                .clone()
                .unwrap_or_else(|| printing::default_title(layout, lang)),
            prepared_by: self.prepared_by.clone(),
            paper: self.paper.into(),
            layout,
            lang,
            format: self.format.into(),
            show_notes: !self.no_notes,
            show_sources: !self.no_notes,
            hide_office_notes: self.no_office_notes,
            show_qr: self.qr,
            side_by_side: self.side_by_side,
            contacts: printing::ContactSelection {
                by_filter: true,
                county: self.county.clone(),
                category,
                language: self.language.clone(),
                verified_only: self.verified_only,
                picked: Vec::new(),
            },
            card_entry: self.card_entry.clone(),
            card_contacts: Vec::new(),
            last_folder: None,
        })
    }
}

/// The entry ids of `--entries`: "all", or ids separated by commas (all of them must exist).
pub(super) fn entry_ids(guide: &Guide, spec: &str) -> anyhow::Result<Vec<String>> {
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

/// The export's warnings: contacts not printed (missing fonts), a PDF that could not be made
/// PDF/UA-1, and a list cut at [`crate::core::printing::MAX_PRINTED_CONTACTS`].
fn warn(
    out: &mut dyn Write,
    missing: &[crate::core::printing::pdf::MissingGlyphs],
    not_pdf_ua: Option<&str>,
    printed: &crate::core::printing::Handout,
) -> std::io::Result<()> {
    for m in missing {
        writeln!(out, "warning: {m}")?;
    }
    if let Some(reason) = not_pdf_ua {
        writeln!(
            out,
            "warning: this PDF could not be made PDF/UA-1 ({reason}); it was written as a tagged PDF without that claim"
        )?;
    }
    if printed.chosen > printed.contacts.len() {
        writeln!(
            out,
            "warning: {} contacts are chosen, but a printout lists at most {}: only the first {} by name were printed; narrow the list with --county, --category or --language",
            printed.chosen,
            printed.contacts.len(),
            printed.contacts.len()
        )?;
    }
    Ok(())
}

/// A card is made only from a summary written for it (or the office's own question), never from
/// the FAQ's raw answer: any other entry is refused, naming those that can be printed.
fn card_entry_allowed(guide: &Guide, entry: &str) -> anyhow::Result<()> {
    use crate::core::printing;
    if printing::card_points(guide, entry).is_some() {
        return Ok(());
    }
    let choices = printing::card_entries(guide)
        .into_iter()
        .map(|(id, _)| id)
        .collect::<Vec<_>>()
        .join(", ");
    anyhow::bail!(
        "{}",
        printing::labels::word_with(
            "en",
            "print-card-entry-none",
            &[("entry", entry), ("choices", &choices)],
        )
    )
}

/// A printout assembled as the options describe, with the workspace it was assembled in.
struct Assembled {
    work: crate::core::workspace::Workspace,
    choices: crate::core::printing::PrintChoices,
    printed: crate::core::printing::Handout,
    data: crate::core::printing::HandoutData,
}

/// Assembles the printout `args` describe (as the Handout tab does: the choices, the entries,
/// then one assembly), saying on `out` when it lists no legal aid.
fn assemble(
    args: &PrintoutArgs,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<Assembled> {
    use crate::core::printing;
    let o = args.choices()?;
    if o.layout.is_card() && o.format != OutputFormat::Pdf {
        anyhow::bail!("cards are printed as PDF only; use --format pdf");
    }
    let mut work = open_workspace(paths)?;
    warn_about(work.library());
    // The New Mexico guide in each printed language; the first is the printout's base.
    let nm = |lang: Lang| {
        crate::core::guide::nm_guide_in(work.library().guides(), lang)
            .with_context(|| format!("the bundled guide in “{}” is missing", lang.code()))
    };
    // A language a pack added may have no guide yet: the English one is printed in its place,
    // marked as such.
    for lang in o.lang.langs() {
        super::available(lang)?;
    }
    let base = nm(o.lang.first()).or_else(|_| nm(Lang::En))?;
    let guide = &work.library().guides()[base];
    let entry_ids = entry_ids(guide, &args.entries)?;
    if o.layout == Layout::Cards {
        card_entry_allowed(guide, &o.card_entry)?;
    }
    // The same actions as the Handout tab: the choices, the entries, then the export.
    work.apply(Action::SetPrintChoices(Box::new(o.clone())));
    work.apply(Action::SetPrintEntries(entry_ids));
    let (printed, data) = work.printout(base).context("no guide")?;
    if let Some(warning) = printing::legal_aid_warning(&printed, work.directory().contacts(), "en")
    {
        writeln!(out, "warning: {warning}")?;
    }
    Ok(Assembled {
        work,
        choices: o,
        printed,
        data,
    })
}

/// `export`: writes the printout the options describe.
pub(super) fn export(
    args: &ExportArgs,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let Assembled {
        mut work,
        choices: o,
        printed,
        data,
    } = assemble(&args.printout, paths, out)?;
    let output = &args.output;
    let (entries, contacts) = (data.entries.len(), data.contact_count());
    // The printout just assembled is the one saved (one assembly, as the window's export).
    let outcome = work.apply(Action::ExportAssembled {
        data: Box::new(data),
        path: output.clone(),
    });
    match outcome.notice {
        Some(Notice::PrintoutSaved {
            missing,
            not_pdf_ua,
            ..
        }) => warn(out, &missing, not_pdf_ua.as_deref(), &printed)?,
        Some(Notice::File(e)) => return Err(anyhow::Error::from(e)),
        Some(other) => anyhow::bail!("{}", english(&other)),
        None => anyhow::bail!("nothing was printed"),
    }
    match o.layout {
        Layout::Cards | Layout::DoorCard => writeln!(
            out,
            "wrote {} ({}: print page 2 on the back of page 1, flipping on the long edge, at 100 %)",
            output.display(),
            if o.layout == Layout::Cards {
                "wallet cards"
            } else {
                "door cards, 10 a sheet"
            }
        )?,
        _ => writeln!(
            out,
            "wrote {} ({}, {})",
            output.display(),
            counted(entries / o.lang.langs().len().max(1), "entry", "entries"),
            counted(contacts, "contact", "contacts")
        )?,
    }
    Ok(0)
}

/// `printers`: the system's printers, the default first, with their state and paper.
pub(super) fn printers(out: &mut dyn Write) -> anyhow::Result<ExitStatus> {
    use crate::core::printers::{self, PrinterState};
    let list = printers::printers().map_err(|e| anyhow::anyhow!("{}", print_error_en(&e)))?;
    if list.is_empty() {
        anyhow::bail!(
            "{}",
            print_error_en(&crate::core::printers::PrintError::NoPrinters)
        );
    }
    for p in &list {
        let state = match p.state {
            PrinterState::Ready => "ready",
            PrinterState::Printing => "printing",
            PrinterState::Paused => "paused",
            PrinterState::Rejecting => "not taking jobs",
        };
        let paper = match p.paper {
            Some(crate::core::printing::Paper::Letter) => ", Letter",
            Some(crate::core::printing::Paper::A4) => ", A4",
            None => "",
        };
        writeln!(
            out,
            "{}{}  ({state}{paper}){}{}",
            p.name,
            if p.is_default { " (default)" } else { "" },
            if p.info.is_empty() {
                String::new()
            } else {
                format!("  {}", p.info)
            },
            if p.reasons.is_empty() {
                String::new()
            } else {
                format!("  [{}]", p.reasons.join(", "))
            }
        )?;
    }
    Ok(0)
}

fn print_error_en(e: &crate::core::printers::PrintError) -> String {
    crate::core::i18n::with(Lang::En, |t| {
        crate::core::workspace::notice::print_error(t, e)
    })
}

/// `print`: prints the printout the options describe, waits for the job's outcome, and exits
/// non-zero with a plain message when it fails (or waits on a paused printer).
pub(super) fn print(
    args: &PrintArgs,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    use crate::core::printers::{self, PrintOptions, Sides};
    use crate::core::workspace::print_news::PrintNews;
    let pages = printers::pages::parse(args.pages.as_deref().unwrap_or(""))
        .map_err(|e| anyhow::anyhow!("{}", print_error_en(&e)))?;
    let printer = if let Some(p) = &args.printer {
        p.clone()
    } else {
        let list = printers::printers().map_err(|e| anyhow::anyhow!("{}", print_error_en(&e)))?;
        list.into_iter()
            .find(|p| p.is_default)
            .map(|p| p.name)
            .context("no default printer is set: name one with --printer (`rights-desk printers` lists them)")?
    };
    let mut printout = args.printout.clone();
    printout.format = super::PrintFormat::Pdf;
    let Assembled {
        mut work,
        choices,
        printed,
        data,
    } = assemble(&printout, paths, out)?;
    warn(out, &[], None, &printed)?;
    let options = PrintOptions {
        copies: args.copies,
        sides: Sides::parse(&args.sides).unwrap_or_default(),
        paper: choices.paper,
        pages,
        grayscale: args.grayscale,
    };
    work.apply(Action::PrintAssembled {
        data: Box::new(data),
        printer,
        options,
    });
    let english = |news: &PrintNews| english(&Notice::Printing(news.clone()));
    match work.wait_printing() {
        Some(news @ PrintNews::Printed { .. }) => {
            writeln!(out, "{}", english(&news))?;
            Ok(0)
        }
        Some(news @ (PrintNews::Sent { .. } | PrintNews::State { .. })) => {
            writeln!(
                out,
                "{} (still going; not followed further)",
                english(&news)
            )?;
            Ok(0)
        }
        Some(news) => anyhow::bail!("{}", english(&news)),
        None => anyhow::bail!("nothing was sent"),
    }
}
