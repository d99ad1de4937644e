//! `guide` (list, show, install an update) and `search`: the guides as the library reads them,
//! with the office's notes.

use super::ExitStatus;
use super::counted::counted;
use crate::core::directory::search::{ContactIndex, Query};
use crate::core::guide::{self, Guide};
use crate::core::i18n::Lang;
use crate::core::workspace::library::Library;
use crate::core::workspace::paths::DataPaths;
use crate::core::workspace::{Action, Notice, Workspace};
use anyhow::Context;
use std::io::Write;
use std::path::Path;

/// `guide --install FILE [--dry-run]`.
pub(super) fn install_guide(
    file: &Path,
    dry_run: bool,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    use crate::core::guide::update::{self, DiffPart};
    // Through the workspace, as the window installs one (the directory need not open).
    let mut work = Workspace::open(paths.clone(), &paths.directory_file(), false);
    let update_read = work.library().read_update(file)?;
    let (new, changes) = (&update_read.guide, &update_read.changes);
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
        for part in update::condensed(&r.diff, 4) {
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
    let outcome = work.apply(Action::InstallGuide(Box::new(update_read)));
    match outcome.notice {
        Some(Notice::GuideInstalled(target)) => {
            writeln!(out, "installed as {}", target.display())?;
            Ok(0)
        }
        Some(other) => anyhow::bail!("{}", super::common::english(&other)),
        None => anyhow::bail!("nothing was installed"),
    }
}

/// The New Mexico guide in `lang`.
pub(super) fn guide_in(paths: &DataPaths, lang: Lang) -> anyhow::Result<Guide> {
    take_guide(&mut nm_guides(paths), lang)
}

/// Every language of the New Mexico guide, read from disk once, with the office's own notes
/// and entries.
pub(super) fn nm_guides(paths: &DataPaths) -> Vec<Guide> {
    let library = Library::load(paths);
    warn_about(&library);
    let mut guides = library.guides().to_vec();
    guides.retain(|g| g.id == crate::core::guide::NM_GUIDE);
    guides
}

/// Says on stderr which guide files did not load and which notes of the office lost their
/// entry.
pub(super) fn warn_about(library: &Library) {
    for problem in library.problems() {
        eprintln!("warning: not loaded: {problem}");
    }
    for entry in library.orphans() {
        eprintln!(
            "note: a note of the office belongs to entry “{entry}”, which this guide no longer has; it is kept in {}",
            library.office_file().display()
        );
    }
}

/// Takes the guide in `lang` out of `guides`.
pub(super) fn take_guide(guides: &mut Vec<Guide>, lang: Lang) -> anyhow::Result<Guide> {
    let at = guides.iter().position(|g| g.language == lang.code());
    at.map(|i| guides.swap_remove(i))
        .with_context(|| format!("the bundled guide in “{}” is missing", lang.code()))
}

/// `search QUERY`: the guide (and its translation) and the directory.
pub(super) fn search(
    query: &str,
    lang: Lang,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let lang = super::available(lang)?;
    let other = if lang == Lang::En { Lang::Es } else { Lang::En };
    let mut all = nm_guides(paths);
    let guide = take_guide(&mut all, lang)?;
    // The other language is searched too when its guide is there.
    let other = take_guide(&mut all, other).ok();
    let query = Query::new(query);
    let twins: Vec<&Guide> = other.iter().collect();
    let hits = crate::core::guide::search::search_guides(&guide, &twins, &query);
    writeln!(out, "Guide: {}", counted(hits.len(), "hit", "hits"))?;
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
    // The directory as the workspace opens it (the bundled one on the first run).
    let work = super::common::open_workspace(paths)?;
    let contacts = work.directory().contacts();
    let built;
    let index = if let Some(s) = work.session() {
        s.index()
    } else {
        built = ContactIndex::build(contacts);
        &built
    };
    let ranked = index.ranked(&query);
    writeln!(out, "Directory: {}", counted(ranked.len(), "hit", "hits"))?;
    let today = crate::core::directory::contact::today();
    for (pos, _) in ranked {
        let c = &contacts[pos];
        let phone = c.main_phone().map_or("", |p| p.number.as_str());
        let state = crate::core::printing::labels::verification(
            &["en"],
            c.verification(today, work.due_rules()),
        );
        writeln!(
            out,
            "  {} — {} {phone} ({state}) · id {}",
            c.name, c.category, c.id
        )?;
    }
    Ok(0)
}
/// `guide [--list] [--show ID] [--lang L]`.
pub(super) fn show(
    list: bool,
    show: Option<&str>,
    lang: Lang,
    paths: &DataPaths,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let guide = guide_in(paths, lang)?;
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
            "{} — {} (reviewed {}). Use --list to see them.",
            guide.title,
            counted(guide.entries().count(), "entry", "entries"),
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
