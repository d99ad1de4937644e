//! `verify`: record a check of a contact, write the call sheet of the contacts due, read a
//! filled-in call sheet back, and report how the list stands. Every change goes through the
//! workspace, like the window's verification round.

use super::ExitStatus;
use super::common::{english, open_workspace};
use super::counted::counted;
use crate::core::directory::check::{Check, Finding, Method};
use crate::core::directory::contact::{Category, today};
use crate::core::directory::round::{self, RoundScope};
use crate::core::workspace::paths::DataPaths;
use crate::core::workspace::session::SaveStatus;
use crate::core::workspace::verify::CallSheetFormat;
use crate::core::workspace::{Action, Notice, Workspace};
use anyhow::Context;
use std::io::Write;
use std::path::PathBuf;

/// The arguments of `verify`.
#[derive(Debug, Clone, clap::Args)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent command-line switches"
)]
#[command(group(clap::ArgGroup::new("what").args(["id", "due", "import", "report", "every"]).required(true)))]
pub struct VerifyArgs {
    /// The contact checked (its id, as `search` shows it).
    pub(super) id: Option<String>,
    /// What the check found: confirmed, changed, no-answer, wrong-number (disconnected),
    /// moved, closed, do-not-list.
    #[arg(long, requires = "id", value_name = "FINDING")]
    pub(super) outcome: Option<String>,
    /// How: phone, email, website, visit, from-organization.
    #[arg(long, requires = "id", default_value = "phone")]
    pub(super) method: String,
    /// The volunteer's name.
    #[arg(long, value_name = "NAME")]
    pub(super) by: Option<String>,
    /// A note ("asked for Ana", "new hours from January").
    #[arg(long, requires = "id")]
    pub(super) note: Option<String>,
    /// Write the call sheet of the contacts due, overdue or flagged (with `-o`).
    #[arg(long)]
    pub(super) due: bool,
    /// With `--due`: every contact in the county or category, not only those due.
    #[arg(long, requires = "due")]
    pub(super) everyone: bool,
    /// With `--due` or `--report`: only contacts serving this county (statewide ones included).
    #[arg(long)]
    pub(super) county: Option<String>,
    /// With `--due`: only this category (legal-aid, hotline, advocacy…).
    #[arg(long, requires = "due")]
    pub(super) category: Option<String>,
    /// With `--due`: where to write the call sheet (a .csv to fill in and read back with
    /// `--import`, or a .pdf to print).
    #[arg(short, long, requires = "due")]
    pub(super) output: Option<PathBuf>,
    /// With `--due`: csv or pdf (by default from the output's extension).
    #[arg(long, requires = "due", value_parser = ["csv", "pdf"])]
    pub(super) format: Option<String>,
    /// With `--due` and a PDF: the sheet's language.
    #[arg(long, requires = "due", value_parser = super::lang_parser(), default_value = "en")]
    pub(super) lang: crate::core::i18n::Lang,
    /// With `--due` and a PDF: the paper.
    #[arg(long, requires = "due", value_enum, default_value_t = super::PaperArg::Letter)]
    pub(super) paper: super::PaperArg,
    /// Read a filled-in call sheet (CSV) and record its checks.
    #[arg(long, value_name = "FILE")]
    pub(super) import: Option<PathBuf>,
    /// With `--import`: show what would be recorded, record nothing.
    #[arg(long, requires = "import")]
    pub(super) dry_run: bool,
    /// Counts by status, category and county: due, overdue, flagged, checked this month.
    #[arg(long)]
    pub(super) report: bool,
    /// Check a category every so many days, for every desktop sharing the list
    /// (`--every legal-aid=60`; repeat for several). Defaults: hotlines and legal aid 90,
    /// others 180.
    #[arg(long, value_name = "CATEGORY=DAYS")]
    pub(super) every: Vec<String>,
}

/// `verify`.
pub(super) fn verify(
    args: &VerifyArgs,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    if !args.every.is_empty() {
        return set_intervals(&args.every, paths, out);
    }
    if args.report {
        return report(args, paths, out);
    }
    if args.due {
        return call_sheet(args, paths, out);
    }
    if let Some(file) = &args.import {
        return import(args, file, paths, out);
    }
    let Some(id) = &args.id else {
        anyhow::bail!("name the contact checked, or use --due, --import or --report");
    };
    record_one(args, id, paths, out)
}

fn parse_category(text: Option<&str>) -> anyhow::Result<Option<Category>> {
    text.map(|c| {
        Category::parse(c).with_context(|| {
            format!(
                "unknown category “{c}”; use one of {}",
                Category::ALL.map(Category::key).join(", ")
            )
        })
    })
    .transpose()
}

fn record_one(
    args: &VerifyArgs,
    id: &str,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let finding = args
        .outcome
        .as_deref()
        .context("say what the check found with --outcome (confirmed, no-answer, …)")?;
    let found = Finding::parse(finding).with_context(|| {
        format!(
            "“{finding}” is not a finding; use one of {}",
            Finding::ALL.map(Finding::key).join(", ")
        )
    })?;
    let method = Method::parse(&args.method).with_context(|| {
        format!(
            "“{}” is not a method; use one of {}",
            args.method,
            Method::ALL.map(Method::key).join(", ")
        )
    })?;
    let mut work = open_workspace(paths)?;
    work.hold_write_lock()?;
    let Some(contact) = work.directory().get(id) else {
        anyhow::bail!("no contact with the id “{id}” (`search` shows the ids)");
    };
    let name = contact.name.to_string();
    let mut check = Check::now(found, method, today(), jiff::Timestamp::now());
    check.volunteer = args.by.clone().unwrap_or_default().into();
    check.note = args.note.clone().unwrap_or_default();
    let outcome = work.apply(Action::RecordCheck {
        id: id.to_string(),
        check: Box::new(check),
        corrected: None,
    });
    if let Some(notice) = outcome.notice.as_ref().filter(|n| n.is_problem()) {
        anyhow::bail!("{}", english(notice));
    }
    saved(&work)?;
    let status = work
        .directory()
        .get(id)
        .map(|c| c.status(today(), work.due_rules()).key());
    writeln!(
        out,
        "recorded: {name}: {} by {}{}",
        found.key(),
        method.key(),
        status.map(|s| format!(" (now {s})")).unwrap_or_default()
    )?;
    Ok(0)
}

/// Fails unless the last change is on disk.
fn saved(work: &Workspace) -> anyhow::Result<()> {
    match work.save_status() {
        Some(SaveStatus::Saved(_) | SaveStatus::Opened) => {
            if let Some(reason) = work.base_problem() {
                super::common::note_base_problem(&reason);
            }
            Ok(())
        }
        Some(SaveStatus::Failed(e)) => anyhow::bail!("not saved: {e}"),
        Some(SaveStatus::ChangedOnDisk) => anyhow::bail!(
            "the directory file was changed by another program meanwhile; nothing was written"
        ),
        Some(SaveStatus::Saving) | None => anyhow::bail!("not saved"),
    }
}

fn call_sheet(
    args: &VerifyArgs,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let output = args
        .output
        .as_ref()
        .context("say where to write the call sheet with -o FILE.csv")?;
    let scope = RoundScope {
        county: args.county.clone(),
        category: parse_category(args.category.as_deref())?,
        everyone: args.everyone,
    };
    let mut work = open_workspace(paths)?;
    let ids: Vec<String> = {
        let Some(session) = work.session() else {
            anyhow::bail!("the directory file is not open");
        };
        let contacts = session.directory().contacts();
        round::round_contacts(contacts, session.index(), &scope, today(), work.due_rules())
            .into_iter()
            .filter_map(|i| contacts.get(i).map(|c| c.id.to_string()))
            .collect()
    };
    let pdf = match args.format.as_deref() {
        Some(f) => f == "pdf",
        None => output
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("pdf")),
    };
    let format = if pdf {
        CallSheetFormat::Pdf {
            lang: args.lang,
            paper: args.paper.into(),
        }
    } else {
        CallSheetFormat::Csv
    };
    let outcome = work.apply(Action::ExportCallSheet {
        ids,
        path: output.clone(),
        format,
    });
    match outcome.notice {
        Some(Notice::Exported { count, path }) if pdf => {
            writeln!(
                out,
                "wrote the call sheet of {} to {}",
                counted(count, "contact", "contacts"),
                path.display()
            )?;
            Ok(0)
        }
        Some(Notice::Exported { count, path }) => {
            writeln!(
                out,
                "wrote the call sheet of {} to {}; fill in found, method, \
                 checked_by, checked_on and note, then `rights-desk verify --import {}`",
                counted(count, "contact", "contacts"),
                path.display(),
                path.display()
            )?;
            Ok(0)
        }
        Some(Notice::ExportFailed(e)) => Err(anyhow::Error::from(e)),
        Some(other) => anyhow::bail!("{}", english(&other)),
        None => anyhow::bail!("nothing was written"),
    }
}

fn import(
    args: &VerifyArgs,
    file: &std::path::Path,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let read = crate::core::interop::call_sheet_csv::read(
        &bytes,
        today(),
        jiff::Timestamp::now(),
        crate::core::basics::machine::author(),
    )
    .with_context(|| format!("{}", file.display()))?;
    for p in &read.problems {
        writeln!(out, "not read: line {} ({}): {}", p.line, p.id, p.reason)?;
    }
    if args.dry_run {
        writeln!(
            out,
            "dry run: would record {}; {} left blank; nothing changed",
            counted(read.checks.len(), "check", "checks"),
            counted(read.blank, "row", "rows")
        )?;
        return Ok(u8::from(!read.problems.is_empty()));
    }
    let mut work = open_workspace(paths)?;
    work.hold_write_lock()?;
    let mut checks = read.checks;
    if let Some(by) = &args.by {
        for (_, c) in checks.iter_mut().filter(|(_, c)| c.volunteer.is_empty()) {
            c.volunteer = by.as_str().into();
        }
    }
    let outcome = work.apply(Action::RecordChecks(checks));
    match &outcome.notice {
        Some(n) if n.is_problem() => anyhow::bail!("{}", english(n)),
        Some(n) => {
            saved(&work)?;
            writeln!(out, "{}", english(n))?;
        }
        None => {}
    }
    writeln!(out, "{} left blank", counted(read.blank, "row", "rows"))?;
    Ok(u8::from(!read.problems.is_empty()))
}

fn set_intervals(
    every: &[String],
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let mut wanted = Vec::new();
    for item in every {
        let (category, days) = item
            .split_once('=')
            .with_context(|| format!("write “{item}” as CATEGORY=DAYS, e.g. legal-aid=60"))?;
        let Some(category) = parse_category(Some(category))? else {
            continue;
        };
        let days: u16 = days
            .trim()
            .parse()
            .ok()
            .filter(|d| *d > 0)
            .with_context(|| format!("“{days}” is not a number of days (1 to 65535)"))?;
        wanted.push((category, days));
    }
    let mut work = open_workspace(paths)?;
    for (category, days) in wanted {
        let outcome = work.apply(Action::SetDueDays(category, days));
        if let Some(notice) = outcome.notice.as_ref().filter(|n| n.is_problem()) {
            anyhow::bail!("{}", english(notice));
        }
    }
    print_intervals(&work, out)?;
    Ok(0)
}

/// "Checked every: Legal aid 90 days, …".
fn print_intervals(work: &Workspace, out: &mut dyn Write) -> anyhow::Result<()> {
    let every: Vec<String> = Category::ALL
        .iter()
        .map(|c| format!("{} {}", c.label(), work.due_rules().days(*c)))
        .collect();
    writeln!(out, "checked every (days): {}", every.join(", "))?;
    Ok(())
}

fn report(args: &VerifyArgs, paths: &DataPaths, out: &mut dyn Write) -> anyhow::Result<ExitStatus> {
    let work = open_workspace(paths)?;
    if let Some(problem) = work.due_rules_problem() {
        eprintln!(
            "warning: the intervals file could not be read ({problem}); the defaults are used"
        );
    }
    let report = round::report(work.directory().contacts(), today(), work.due_rules());
    let row = |out: &mut dyn Write, name: &str, n: &round::Counts| {
        writeln!(
            out,
            "{name:<28} {:>7} {:>5} {:>7} {:>7} {:>8} {:>10}",
            n.current, n.due, n.overdue, n.flagged, n.inactive, n.checked_this_month
        )
    };
    writeln!(
        out,
        "{:<28} {:>7} {:>5} {:>7} {:>7} {:>8} {:>10}",
        "", "current", "due", "overdue", "flagged", "inactive", "this month"
    )?;
    if args.county.is_none() {
        row(out, "All contacts", &report.all)?;
        writeln!(out)?;
        for (category, n) in &report.by_category {
            row(out, category.label(), n)?;
        }
        writeln!(out)?;
    }
    let wanted = args.county.as_deref().map(|c| {
        crate::core::directory::contact::canonical_county(c)
            .unwrap_or(c)
            .to_string()
    });
    for (county, n) in &report.by_county {
        if wanted
            .as_ref()
            .is_none_or(|w| w.eq_ignore_ascii_case(county))
        {
            row(out, county, n)?;
        }
    }
    writeln!(out)?;
    print_intervals(&work, out)?;
    Ok(0)
}
