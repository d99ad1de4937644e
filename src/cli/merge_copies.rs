//! `merge`: the conflict copies of the data folder's directory, merged without questions or
//! listed with them.

use super::ExitStatus;
use super::common::{english, open_workspace};
use super::counted::counted;
use crate::core::workspace::paths::DataPaths;
use crate::core::workspace::{Action, Notice};
use std::io::Write;

/// `merge`: merges each conflict copy of the data folder's directory in turn, through the
/// workspace (`Action::MergeCopies`).
pub(super) fn merge_copies(
    dry_run: bool,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let mut work = open_workspace(paths)?;
    let outcome = work.apply(Action::MergeCopies { dry_run });
    let run = match outcome.notice {
        Some(Notice::MergeRun(run)) => run,
        Some(other) => anyhow::bail!("{}", english(&other)),
        None => anyhow::bail!("the directory file is not open"),
    };
    if run.copies.is_empty() {
        writeln!(out, "no conflict copies of {}", run.file.display())?;
        return Ok(0);
    }
    for c in &run.copies {
        writeln!(
            out,
            "{} (made by {}):",
            c.copy.file_name(),
            c.copy.tool.name()
        )?;
        let merge = match &c.merged {
            Ok(m) => m,
            Err(e) => {
                writeln!(out, "  could not be read, left where it is: {e}")?;
                continue;
            }
        };
        print_merge(merge, out)?;
        if dry_run {
            continue;
        }
        if merge.is_clean() {
            writeln!(out, "  merged; the copy was moved into backups/")?;
        } else {
            writeln!(
                out,
                "  {} left; the copy stays until they are answered in the window",
                counted(merge.conflicts.len(), "question", "questions")
            )?;
        }
    }
    if dry_run {
        writeln!(out, "dry run: nothing was written")?;
    } else if let Some(reason) = work.base_problem() {
        super::common::note_base_problem(&reason);
    }
    Ok(if run.questions() > 0 {
        2
    } else {
        u8::from(run.unreadable() > 0)
    })
}

/// Prints what one copy's merge took and asks.
fn print_merge(
    merge: &crate::core::sharing::merge::Merge,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    use crate::core::sharing::merge::{Conflict, Side, Taken};
    for m in &merge.merged {
        let what = match m.taken {
            Taken::Added => "added",
            Taken::Updated => "updated",
            Taken::Deleted => "deleted",
        };
        writeln!(out, "  merged: {} — {what}", m.name)?;
    }
    for c in &merge.conflicts {
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
    Ok(())
}
