//! `import` and `export-contacts`: contacts in and out, through the same workspace actions as
//! the window.

use super::common::{english, open_workspace};
use super::counted::counted;
use super::{DuplicateAction, ExitStatus};
use crate::core::directory::view;
use crate::core::interop::preview::ImportPreview;
use crate::core::interop::{self, Format, plan};
use crate::core::workspace::paths::DataPaths;
use crate::core::workspace::session::SaveStatus;
use crate::core::workspace::{Action, Notice, Workspace};
use std::io::Write;
use std::path::Path;

/// How `import` treats what it reads.
#[derive(Clone, Copy)]
pub(super) struct ImportOptions {
    /// Show what would happen and change nothing.
    pub(super) dry_run: bool,
    /// What to do with look-alikes.
    pub(super) duplicates: DuplicateAction,
    /// Updates replace contacts whole.
    pub(super) clear_missing: bool,
}

/// `import FILE`: plans the import, prints it (an update field by field), and (unless a dry
/// run) applies it.
pub(super) fn import(
    path: &Path,
    format: Option<Format>,
    options: ImportOptions,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let ImportOptions {
        dry_run,
        duplicates,
        clear_missing,
    } = options;
    let format = format.unwrap_or_else(|| Format::guess(path));
    let imported = interop::import_path(path, Some(format))?;
    if imported.contacts.is_empty() {
        for problem in &imported.problems {
            writeln!(out, "{}{problem}", problem_prefix(problem))?;
        }
        return Err(interop::ImportError::NothingFound {
            path: path.to_path_buf(),
            what: format.name(),
        }
        .into());
    }
    let mut work = open_workspace(paths)?;
    // Plan against the latest file and keep other writers out until the result is saved.
    work.hold_write_lock()?;
    let preview =
        ImportPreview::of_read(path.to_path_buf(), Some(format), imported, work.directory());
    let unmapped = preview.unmapped.clone();
    let Some(mut p) = preview.plan else {
        anyhow::bail!("nothing to import from {}", path.display());
    };
    let choice = match duplicates {
        DuplicateAction::Skip => plan::Choice::Skip,
        DuplicateAction::Update => plan::Choice::Update,
        DuplicateAction::Add => plan::Choice::AddAnyway,
    };
    for d in &mut p.duplicates {
        d.choice = choice;
    }
    p.clear_missing = clear_missing;
    for c in &p.new {
        writeln!(out, "new:       {}", c.name)?;
    }
    for d in &p.duplicates {
        let existing = work
            .directory()
            .get(&d.existing_id)
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
    for c in p.update_changes(work.directory()) {
        writeln!(
            out,
            "update:    {}: {} '{}' → '{}'",
            c.contact,
            c.field.key(),
            c.before,
            c.after
        )?;
    }
    for problem in &p.problems {
        writeln!(out, "{}{problem}", problem_prefix(problem))?;
    }
    if !unmapped.is_empty() {
        writeln!(out, "columns not imported: {}", unmapped.join(", "))?;
    }
    for (what, fields) in [
        ("kept as notes", &p.report.kept_as_notes),
        ("not imported", &p.report.not_imported),
    ] {
        if !fields.is_empty() {
            writeln!(
                out,
                "{what}: {}: {}",
                counted(fields.len(), "field", "fields"),
                fields.join(", ")
            )?;
        }
    }
    let (added, updated) = p.counts();
    if dry_run {
        writeln!(
            out,
            "dry run: would add {added} and update {}; nothing changed",
            counted(updated, "contact", "contacts")
        )?;
        return Ok(0);
    }
    let outcome = work.apply(Action::Import(Box::new(p)));
    report_import(&work, &outcome, (added, updated), out)
}

/// Says how an applied import went: saved (and where), or why not.
fn report_import(
    work: &Workspace,
    outcome: &crate::core::workspace::Outcome,
    (added, updated): (usize, usize),
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    if let Some(notice) = outcome.notice.as_ref().filter(|n| n.is_problem()) {
        anyhow::bail!("{}", english(notice));
    }
    let file = work.paths().directory_file();
    match work.save_status() {
        Some(SaveStatus::Saved(_) | SaveStatus::Opened) => {
            writeln!(
                out,
                "added {added} and updated {} in {}",
                counted(updated, "contact", "contacts"),
                file.display()
            )?;
            if let Some(reason) = work.base_problem() {
                super::common::note_base_problem(&reason);
            }
            Ok(0)
        }
        Some(SaveStatus::Failed(e)) => anyhow::bail!("the import was not saved: {e}"),
        Some(SaveStatus::ChangedOnDisk) => {
            anyhow::bail!(
                "the directory file was changed by another program while importing; nothing was written"
            )
        }
        Some(SaveStatus::Saving) | None => anyhow::bail!("the import was not saved"),
    }
}

/// `export-contacts`: the contacts passing `filter`, in the list's order.
pub(super) fn export_contacts(
    format: Format,
    output: &Path,
    filter: &view::Filter,
    raw: bool,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let mut work = open_workspace(paths)?;
    let ids: Vec<String> = {
        let Some(session) = work.session() else {
            anyhow::bail!("the directory file is not open");
        };
        let contacts = session.directory().contacts();
        // An export takes the contacts with every word, never the window's "some of them".
        if view::some_words_only(session.index(), filter) {
            anyhow::bail!("no contact has every word of “{}”", filter.text.trim());
        }
        let rows = view::filter_and_sort(
            contacts,
            session.index(),
            filter,
            view::Sort::default(),
            crate::core::directory::contact::today(),
            work.due_rules(),
        );
        rows.iter().map(|i| contacts[i].id.to_string()).collect()
    };
    let outcome = work.apply(Action::ExportContacts {
        ids,
        path: output.to_path_buf(),
        format,
        protect_formulas: !raw,
    });
    match outcome.notice {
        Some(Notice::Exported { count, path }) => {
            writeln!(
                out,
                "exported {} to {}",
                counted(count, "contact", "contacts"),
                path.display()
            )?;
            Ok(0)
        }
        Some(Notice::ExportFailed(e)) => Err(anyhow::Error::from(e)),
        Some(other) => anyhow::bail!("{}", english(&other)),
        None => anyhow::bail!("nothing was exported"),
    }
}

/// "not read:" for a row left out, "changed:" for one read with a change.
fn problem_prefix(problem: &crate::core::interop::RowProblem) -> &'static str {
    if problem.reason.skipped() {
        "not read:  "
    } else {
        "changed:   "
    }
}
