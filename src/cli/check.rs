//! `check`: reads a directory file and reports what is wrong, with line and column.

use super::ExitStatus;
use crate::core::guide::{self};
use crate::core::store;
use std::io::Write;
use std::path::Path;

/// `check FILE`.
pub(super) fn check(file: &Path, out: &mut dyn Write) -> anyhow::Result<ExitStatus> {
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
        let mut ids: std::collections::HashSet<crate::core::directory::contact::Text> =
            std::collections::HashSet::new();
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
                notes.push(format!("{shown}: {}", w.message()));
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
                for copy in crate::core::sharing::conflict_copy::find(file) {
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
