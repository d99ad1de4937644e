//! `check`: reads a directory or guide file and reports what is wrong, with line and column
//! (the checking is the core's: `core/workspace/check.rs`).

use super::ExitStatus;
use super::counted::counted;
use crate::core::workspace::check::{FileCheck, check_file};
use std::io::Write;
use std::path::Path;

/// `check FILE`.
pub(super) fn check(file: &Path, out: &mut dyn Write) -> anyhow::Result<ExitStatus> {
    match check_file(file) {
        FileCheck::Broken(e) => {
            writeln!(out, "error: {e}")?;
            Ok(1)
        }
        FileCheck::Guide {
            title,
            entries,
            warnings,
        } => {
            for w in &warnings {
                writeln!(out, "warning: {}: {w}", file.display())?;
            }
            writeln!(
                out,
                "{}: guide “{title}”, {}, {}",
                file.display(),
                counted(entries, "entry", "entries"),
                counted(warnings.len(), "warning", "warnings")
            )?;
            Ok(0)
        }
        FileCheck::Directory {
            contacts,
            migrated_from,
            warnings,
            copies,
        } => {
            for w in &warnings {
                writeln!(out, "warning: {}: {w}", file.display())?;
            }
            if let Some(v) = migrated_from {
                writeln!(
                    out,
                    "note: {}: format version {v}; it will be upgraded when saved",
                    file.display()
                )?;
            }
            writeln!(
                out,
                "{}: directory, {}, {}",
                file.display(),
                counted(contacts, "contact", "contacts"),
                counted(warnings.len(), "warning", "warnings")
            )?;
            for copy in copies {
                writeln!(
                    out,
                    "note: conflict copy made by {}: {} (merge it with `rights-desk merge` or in the window)",
                    copy.tool.name(),
                    copy.path.display()
                )?;
            }
            Ok(0)
        }
    }
}
