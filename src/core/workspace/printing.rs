//! The workspace's printout and search: the print choices and the entries chosen for the
//! handout (remembered between runs by the window), the printout they make from the guides and
//! the directory (one assembly for the preview, the export and the command line), and the
//! reader's search of the guides.

use super::{Notice, Outcome, Workspace, export_printout};
use crate::core::directory::contact::today;
use crate::core::guide::search::GuideSearch;
use crate::core::printing::{self, Handout, HandoutData, PrintChoices};
use crate::core::workspace::session::Session;
use std::path::{Path, PathBuf};

impl Workspace {
    /// The print choices (the Handout tab's settings).
    #[must_use]
    pub fn print_choices(&self) -> &PrintChoices {
        &self.print
    }

    /// The guide entries chosen for the handout, in order.
    #[must_use]
    pub fn print_entries(&self) -> &[String] {
        &self.print_entries
    }

    /// Puts back the print choices and entries remembered from the last run.
    pub fn restore_print(&mut self, choices: PrintChoices, entries: Vec<String>) {
        self.print = choices;
        self.print_entries = entries;
    }

    /// The printout the choices describe with the guide `guide` (index into the library's
    /// guides) and its translations, resolved against the directory (no contacts while the
    /// file is not open). `None` when there is no such guide.
    #[must_use]
    pub fn printout(&self, guide: usize) -> Option<(Handout, HandoutData)> {
        self.printout_with(guide, &self.print, self.print_entries.clone())
    }

    /// One entry of the guide as a handout with the print choices (the reader's Print…).
    #[must_use]
    pub fn entry_printout(&self, guide: usize, entry: &str) -> Option<(Handout, HandoutData)> {
        let mut choices = self.print.clone();
        choices.layout = printing::Layout::Handout;
        // The default title names the entry's subject, not the whole guide.
        choices
            .title
            .clone_from(&self.library.guides().get(guide)?.entry(entry)?.question);
        self.printout_with(guide, &choices, vec![entry.to_string()])
    }

    fn printout_with(
        &self,
        guide: usize,
        choices: &PrintChoices,
        entries: Vec<String>,
    ) -> Option<(Handout, HandoutData)> {
        let guides = self.library.guides();
        let base = guides.get(guide)?;
        let printed = printing::printout_guides(guides, &base.id, choices, base);
        Some(printing::assemble(
            choices,
            entries,
            &printed,
            self.directory().contacts(),
            self.session().map(Session::index),
            today(),
            &self.due_rules,
        ))
    }

    /// Replaces the print choices.
    pub(super) fn set_print_choices(&mut self, choices: PrintChoices) -> Outcome {
        self.print = choices;
        Outcome::default()
    }

    /// Replaces the handout's entries.
    pub(super) fn set_print_entries(&mut self, ids: Vec<String>) -> Outcome {
        self.print_entries = ids;
        Outcome::default()
    }

    /// Adds an entry to the handout, or takes it out when it is in.
    pub(super) fn toggle_print_entry(&mut self, id: String) -> Outcome {
        if let Some(pos) = self.print_entries.iter().position(|e| *e == id) {
            self.print_entries.remove(pos);
        } else {
            self.print_entries.push(id);
        }
        Outcome::default()
    }

    /// Moves a handout entry up (-1) or down (+1).
    pub(super) fn move_print_entry(&mut self, id: &str, delta: i32) -> Outcome {
        let list = &mut self.print_entries;
        if let Some(pos) = list.iter().position(|e| e == id) {
            let target = pos.saturating_add_signed(delta as isize);
            if target < list.len() {
                list.swap(pos, target);
            }
        }
        Outcome::default()
    }

    /// Makes the printout with the guide `guide` and saves it in the chosen format; on success
    /// the file's folder is remembered for the next export.
    pub(super) fn export_printout_of(
        &mut self,
        guide: usize,
        entry: Option<&str>,
        path: PathBuf,
    ) -> Outcome {
        let printout = match entry {
            Some(id) => self.entry_printout(guide, id),
            None => self.printout(guide),
        };
        let Some((_, data)) = printout else {
            return Outcome::default();
        };
        self.export_assembled(&data, path)
    }

    /// Saves a printout already assembled, in the chosen format; on success the file's folder
    /// is remembered for the next export.
    pub(super) fn export_assembled(&mut self, data: &HandoutData, path: PathBuf) -> Outcome {
        let folder = path.parent().map(Path::to_path_buf);
        let notice = export_printout(data, self.print.format, path);
        if matches!(notice, Notice::PrintoutSaved { .. }) {
            self.print.last_folder = folder;
        }
        Outcome::notice(notice)
    }

    /// The reader's search.
    #[must_use]
    pub fn search(&self) -> &GuideSearch {
        &self.search
    }

    /// Searches the guide `guide` (and its translations) for `text`.
    pub(super) fn search_for(&mut self, text: String, guide: usize) -> Outcome {
        self.search.text = text;
        self.refresh_search(guide);
        Outcome::default()
    }

    /// Brings the search's hits up to date with the guide `guide` (computed again only when
    /// the text, the guide or the guides changed).
    pub fn refresh_search(&mut self, guide: usize) {
        self.search.refresh(self.library.guides(), guide);
    }

    /// The highlighted hit follows the entry that is open.
    pub fn search_follows(&mut self, open_entry: Option<&str>) {
        self.search.follow(open_entry);
    }

    /// Moves the highlighted hit by `delta`, staying on the list.
    pub(super) fn move_hit(&mut self, delta: i32) -> Outcome {
        let n = self.search.hits.len();
        if n > 0 {
            let target = self.search.cursor.saturating_add_signed(delta as isize);
            self.search.cursor = target.min(n - 1);
        }
        Outcome::default()
    }
}
