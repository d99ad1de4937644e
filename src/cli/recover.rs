//! `recover`: what of a directory file that does not open is still readable, its backups with
//! their dates and differences, and restoring one to the same path (the window's recovery
//! screen, on the command line).

use super::ExitStatus;
use super::common::english;
use super::counted::counted;
use crate::core::store::recovery::{BackupInfo, RestoreFrom};
use crate::core::workspace::paths::DataPaths;
use crate::core::workspace::{Action, Doc};
use std::io::Write;

/// `recover`: lists (nothing chosen) or restores (`readable`, or backup number `backup`).
pub(super) fn recover(
    readable: bool,
    backup: Option<usize>,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let file = paths.directory_file();
    let mut work = crate::core::workspace::Workspace::open(paths.clone(), &file, false);
    let Doc::Failed {
        error, recovery, ..
    } = work.doc()
    else {
        writeln!(
            out,
            "{} opens as it is; there is nothing to recover",
            work.paths().directory_file().display()
        )?;
        return Ok(0);
    };
    let recovery = std::sync::Arc::clone(recovery);
    if !recovery.applies {
        anyhow::bail!(
            "{error}\n(this is not damage that a backup can repair; nothing was changed)"
        );
    }
    let from = match (readable, backup) {
        (true, _) => Some(RestoreFrom::Readable),
        (false, Some(n)) => {
            let Some(b) = n.checked_sub(1).and_then(|i| recovery.backups.get(i)) else {
                anyhow::bail!(
                    "there is no backup number {n}: `rights-desk recover` lists {}",
                    counted(recovery.backups.len(), "backup", "backups")
                );
            };
            Some(RestoreFrom::Backup(b.path.clone()))
        }
        (false, None) => None,
    };
    let Some(from) = from else {
        writeln!(out, "{error}")?;
        writeln!(
            out,
            "\n{} can still be read.",
            counted(recovery.salvage.contacts.len(), "contact", "contacts")
        )?;
        for lost in &recovery.salvage.lost {
            if lost.first == lost.last {
                writeln!(out, "line {} could not be read:", lost.first)?;
            } else {
                writeln!(out, "lines {}–{} could not be read:", lost.first, lost.last)?;
            }
            writeln!(out, "    {}", lost.excerpt.replace('\n', "\n    "))?;
        }
        if !recovery.fill_from_backup.is_empty() {
            writeln!(
                out,
                "the newest readable backup has {} of the lost contacts: {}",
                recovery.fill_from_backup.len(),
                recovery.fill_from_backup.join(", ")
            )?;
        }
        writeln!(
            out,
            "\nbackups (each holds the file as it was before a save), newest first:"
        )?;
        if recovery.backups.is_empty() {
            writeln!(out, "  none")?;
        }
        for (i, b) in recovery.backups.iter().enumerate() {
            writeln!(out, "  {}. {}", i + 1, describe(b))?;
        }
        writeln!(
            out,
            "\n`rights-desk recover --readable` keeps the readable contacts (and takes the lost ones \
             from the newest backup); `--backup N` restores backup N as it was. Either keeps the \
             damaged file beside it and writes to the same path. Nothing was changed."
        )?;
        return Ok(0);
    };
    let outcome = work.apply(Action::Restore(from));
    match &outcome.notice {
        Some(n) if n.is_problem() => anyhow::bail!("{}", english(n)),
        Some(n) => writeln!(out, "{}", english(n))?,
        None => {}
    }
    Ok(0)
}

/// One backup in a line or two: when, how many contacts, how it differs.
fn describe(b: &BackupInfo) -> String {
    let when = b.taken.map_or_else(
        || "unknown time".to_string(),
        |t| {
            t.to_zoned_datetime(jiff::tz::TimeZone::system())
                .strftime("%Y-%m-%d %H:%M")
                .to_string()
        },
    );
    let Some(n) = b.contacts else {
        return format!("{when}: does not read either ({})", b.path.display());
    };
    let mut parts = Vec::new();
    for (what, list) in [
        ("only in the backup", &b.only_in_backup),
        ("changed since", &b.changed),
        ("not in the backup (would be lost)", &b.only_in_file),
    ] {
        if !list.is_empty() {
            parts.push(format!("{} {what}: {}", list.len(), list.join(", ")));
        }
    }
    if parts.is_empty() {
        parts.push("the same contacts as the readable part".into());
    }
    format!(
        "{when}: {}; {}",
        counted(n, "contact", "contacts"),
        parts.join("; ")
    )
}
