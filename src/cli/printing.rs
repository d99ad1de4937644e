//! `export`: handouts, wallet cards and contact sheets, made by the same assembly and export as
//! the window's Handout tab.

use super::ExitStatus;
use super::common::{english, open_workspace};
use super::guides::warn_about;
use crate::core::guide::Guide;
use crate::core::printing::{Layout, OutputFormat, PrintLang};
use crate::core::workspace::paths::DataPaths;
use crate::core::workspace::{Action, Notice};
use anyhow::Context;
use std::io::Write;
use std::path::Path;

/// The options of `export`.
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent print options, each a check box"
)]
pub(super) struct ExportOptions<'a> {
    pub(super) format: OutputFormat,
    pub(super) layout: Layout,
    pub(super) lang: PrintLang,
    pub(super) entries: &'a str,
    pub(super) county: Option<&'a str>,
    pub(super) category: Option<&'a str>,
    pub(super) language: Option<&'a str>,
    pub(super) verified_only: bool,
    pub(super) qr: bool,
    pub(super) side_by_side: bool,
    pub(super) notes: bool,
    pub(super) office_notes: bool,
    pub(super) card_entry: &'a str,
    pub(super) paper: crate::core::printing::Paper,
    pub(super) title: String,
    pub(super) prepared_by: &'a str,
    pub(super) output: &'a Path,
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
    missing: &[String],
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

/// `export`: writes the printout the options describe.
pub(super) fn export(
    o: &ExportOptions<'_>,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    use crate::core::printing;
    if o.layout.is_card() && o.format != OutputFormat::Pdf {
        anyhow::bail!("cards are printed as PDF only; use --format pdf");
    }
    let mut work = open_workspace(paths)?;
    warn_about(work.library());
    // The New Mexico guide in each printed language; the first is the printout's base.
    let nm = |code: &str| {
        crate::core::guide::nm_guide_in(work.library().guides(), code)
            .with_context(|| format!("the bundled guide in “{code}” is missing"))
    };
    let codes = o.lang.codes();
    let base = nm(codes.first().copied().unwrap_or("en"))?;
    for code in codes {
        nm(code)?;
    }
    let guide = &work.library().guides()[base];
    let entry_ids = entry_ids(guide, o.entries)?;
    if o.layout == Layout::Cards {
        card_entry_allowed(guide, o.card_entry)?;
    }
    let category = match o.category {
        Some(c) => Some(
            crate::core::directory::contact::Category::parse(c)
                .with_context(|| format!("unknown category “{c}”"))?,
        ),
        None => None,
    };
    let choices = printing::PrintChoices {
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
        contacts: printing::ContactSelection {
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
    // The same actions as the Handout tab: the choices, the entries, then the export.
    work.apply(Action::SetPrintChoices(Box::new(choices)));
    work.apply(Action::SetPrintEntries(entry_ids));
    let (printed, data) = work.printout(base).context("no guide")?;
    if let Some(warning) = printing::legal_aid_warning(&printed, work.directory().contacts(), "en")
    {
        writeln!(out, "warning: {warning}")?;
    }
    let (entries, contacts) = (data.entries.len(), data.contact_count());
    // The printout just assembled is the one saved (one assembly, as the window's export).
    let outcome = work.apply(Action::ExportAssembled {
        data: Box::new(data),
        path: o.output.to_path_buf(),
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
            o.output.display(),
            if o.layout == Layout::Cards {
                "wallet cards"
            } else {
                "door cards, 10 a sheet"
            }
        )?,
        _ => writeln!(
            out,
            "wrote {} ({} entries, {} contacts)",
            o.output.display(),
            entries / o.lang.codes().len().max(1),
            contacts
        )?,
    }
    Ok(0)
}
