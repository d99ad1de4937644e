//! `merge`: the conflict copies of the data folder's directory, merged without questions or
//! listed with them.

use super::ExitStatus;
use super::common::{open_workspace, session_of};
use crate::core::workspace::paths::DataPaths;
use crate::core::workspace::session::SaveStatus;
use std::io::Write;

/// `merge`: merges each conflict copy of the data folder's directory in turn.
pub(super) fn merge_copies(
    dry_run: bool,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let mut work = open_workspace(paths)?;
    let session = session_of(&mut work)?;
    let copies = crate::core::sharing::conflict_copy::find(session.path());
    if copies.is_empty() {
        writeln!(out, "no conflict copies of {}", session.path().display())?;
        return Ok(0);
    }
    session.hold_write_lock(crate::core::store::lock::DEFAULT_WAIT)?;
    let (mut questions, mut unreadable) = (0, 0);
    // A dry run merges each copy against what the ones before it would have left.
    let mut simulated = if dry_run {
        crate::core::workspace::copies::dry_run(session, &copies).into_iter()
    } else {
        Vec::new().into_iter()
    };
    for copy in &copies {
        writeln!(out, "{} (made by {}):", copy.file_name(), copy.tool.name())?;
        let result = if dry_run {
            simulated
                .next()
                .unwrap_or_else(|| crate::core::workspace::copies::merge_copy(session, copy))
        } else {
            crate::core::workspace::copies::merge_copy(session, copy)
        };
        let merged = match result {
            Ok(m) => m,
            Err(e) => {
                writeln!(out, "  could not be read, left where it is: {e}")?;
                unreadable += 1;
                continue;
            }
        };
        print_merge(&merged.merge, out)?;
        questions += merged.merge.conflicts.len();
        if dry_run {
            continue;
        }
        crate::core::workspace::copies::apply_clean_part(session, &merged)?;
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
    } else {
        session.finish_base_work();
        super::common::note_base_problem(session);
    }
    Ok(if questions > 0 {
        2
    } else {
        u8::from(unreadable > 0)
    })
}

/// Prints what one copy's merge took and asks.
fn print_merge(
    merge: &crate::core::sharing::merge::Merge,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    use crate::core::sharing::merge::{Conflict, Outcome, Side};
    for m in &merge.merged {
        let what = match m.outcome {
            Outcome::Added => "added",
            Outcome::Updated => "updated",
            Outcome::Deleted => "deleted",
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
