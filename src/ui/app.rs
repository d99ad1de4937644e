//! The application: state shared by all screens, the one place where commands are applied, the
//! top bar, the About window, and the `eframe::App` implementation (including what is
//! remembered between runs).

use crate::core::contact::Contact;
use crate::core::directory::Directory;
use crate::core::guide::Guide;
use crate::core::i18n::{I18n, Lang};
use crate::core::paths::DataPaths;
use crate::core::search::{EntryHit, Query, search_guides};
use crate::core::session::{SaveStatus, Session};
use crate::core::view::{Filter, Sort};
use crate::core::workspace::{Action, Doc, Notice, Outcome, Workspace};
use crate::ui::command::{Command, Tab};
use crate::ui::directory::state::{DirectoryView, ImportState};
use crate::ui::handout::preview::HandoutView;
use crate::ui::theme::{self, ThemeChoice};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// What is remembered between runs (in eframe's storage; documents never go there).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// The tab that was open.
    pub tab: Tab,
    /// Light, dark or system.
    pub theme: ThemeChoice,
    /// Zoom factor (1.0 = 100 %).
    pub zoom: f32,
    /// Interface language.
    pub lang: Lang,
    /// The guide that was open: (id, language).
    pub guide: Option<(String, String)>,
    /// The entry that was open.
    pub last_entry: Option<String>,
    /// Entry ids chosen for the handout, in order.
    pub handout_entries: Vec<String>,
    /// Printout settings (layout, language, paper, contacts, options).
    pub handout: crate::core::handout::PrintChoices,
    /// The directory file last opened (unless a data folder is given on the command line).
    pub directory_file: Option<PathBuf>,
    /// Recently opened directory files, newest first.
    pub recent_files: Vec<PathBuf>,
    /// Directory list filters.
    pub filter: Filter,
    /// Directory list order.
    pub sort: Sort,
}

impl Default for Prefs {
    fn default() -> Self {
        let lang = Lang::from_os();
        let mut handout = crate::core::handout::PrintChoices::default();
        // A Spanish-speaking office prints in Spanish unless it chooses otherwise.
        if lang == Lang::Es {
            handout.lang = crate::core::handout::PrintLang::Es;
        }
        Prefs {
            tab: Tab::Guide,
            theme: ThemeChoice::System,
            zoom: 1.0,
            lang,
            guide: None,
            last_entry: None,
            handout_entries: Vec::new(),
            handout,
            directory_file: None,
            recent_files: Vec::new(),
            filter: Filter::default(),
            sort: Sort::default(),
        }
    }
}

/// How many recent files are remembered.
const RECENT_FILES: usize = 8;

/// Search state of the reader: the text typed, and the hits for it (recomputed only when the
/// text changes).
#[derive(Debug, Default)]
pub struct SearchState {
    /// What is in the search box.
    pub text: String,
    /// The text `hits` were computed for.
    computed_for: String,
    /// The guide index `hits` were computed for.
    computed_guide: usize,
    /// Hits, best first.
    pub hits: Vec<EntryHit>,
    /// The hit chosen with ↑/↓.
    pub cursor: usize,
    /// The parsed query (for highlighting in the open entry).
    pub query: Query,
    /// Focus the search box on the next frame.
    pub focus_request: bool,
}

/// The whole application state.
pub struct RightsDeskApp {
    /// Where data lives.
    pub paths: DataPaths,
    /// Interface strings.
    pub i18n: I18n,
    /// Index of the open guide in `guides`.
    pub guide_index: usize,
    /// The directory file and the interpreter of its actions (shared with the command line).
    pub work: Workspace,
    /// State of the Directory tab (filters' results, the editor's draft, dialogs).
    pub directory_view: DirectoryView,
    /// State of the Handout tab (preview, last export).
    pub handout_view: HandoutView,
    /// A short message for the status line ("Copied", "Opened …").
    pub notice: Option<String>,
    /// Remembered preferences.
    pub prefs: Prefs,
    /// Reader search.
    pub search: SearchState,
    /// The contact shown in the Directory tab.
    pub selected_contact: Option<String>,
    /// Whether the About window is open.
    pub about_open: bool,
    /// Help → Keyboard shortcuts is open.
    pub shortcuts_open: bool,
    /// The note or entry being written in the reader.
    pub office_draft: Option<crate::core::office_draft::Draft>,
    /// A guide update being previewed (File → Update the guide…).
    pub guide_update: Option<crate::core::library::GuideUpdate>,
    /// Commands queued this frame.
    pub(crate) pending: Vec<Command>,
    pub(crate) fonts_installed: bool,
    /// When set, the time from this instant to the first frame is printed (startup timing).
    pub startup: Option<std::time::Instant>,
    pub(crate) applied_style: Option<(ThemeChoice, f32)>,
    /// Other desktops: the watched folder, conflict copies, the merge screen, presence.
    pub sharing: crate::core::desktops::Desktops,
    /// How wide the top bar's right-hand group (zoom, Language, View, Help) was last frame.
    pub(crate) top_right_width: f32,
}

/// Storage key of [`Prefs`].
pub const PREFS_KEY: &str = "rights-desk-prefs";

impl RightsDeskApp {
    /// Creates the app for eframe: loads data and remembered preferences.
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, paths: DataPaths) -> Self {
        let prefs = cc
            .storage
            .and_then(|s| eframe::get_value::<Prefs>(s, PREFS_KEY))
            .unwrap_or_default();
        let mut app = Self::build(paths, prefs, true);
        app.enable_background_saves();
        app
    }

    /// Takes the loading worker's news; once the file is read, shows it.
    pub(crate) fn poll_loading(&mut self, ctx: Option<&egui::Context>) {
        if !matches!(self.work.doc(), Doc::Loading { .. }) {
            return;
        }
        if self.work.poll_loading() {
            self.after_doc_change();
            if let Some(ctx) = ctx {
                ctx.request_repaint();
            }
        } else if let Some(ctx) = ctx {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }
    }

    /// Waits until the directory is loaded (tests, and anything that needs the contacts now).
    pub fn wait_until_loaded(&mut self) {
        if matches!(self.work.doc(), Doc::Loading { .. }) {
            self.work.wait_until_loaded();
            self.after_doc_change();
        }
    }

    /// Saves from now on run on a worker thread, so the window never waits for the disk.
    pub fn enable_background_saves(&mut self) {
        self.work.enable_background_saves();
    }

    /// Hands finished saves to the session and the next one to the worker.
    pub(crate) fn pump_saves(&mut self, ctx: Option<&egui::Context>) {
        if self.work.pump_saves()
            && let Some(ctx) = ctx
        {
            ctx.request_repaint_after(std::time::Duration::from_millis(30));
        }
    }

    /// Waits (up to a few seconds) until no save is under way: before the window closes or
    /// another file is opened, so no edit is left behind.
    pub fn settle_saves(&mut self) {
        self.work.settle_saves();
    }

    /// Creates the app from remembered preferences in `storage` (tests use this).
    #[must_use]
    pub fn from_storage(paths: DataPaths, storage: Option<&dyn eframe::Storage>) -> Self {
        let prefs = storage
            .and_then(|s| eframe::get_value::<Prefs>(s, PREFS_KEY))
            .unwrap_or_default();
        Self::with_prefs(paths, prefs)
    }

    /// Loads guides and the directory from `paths`, with `prefs`.
    #[must_use]
    pub fn with_prefs(paths: DataPaths, prefs: Prefs) -> Self {
        Self::build(paths, prefs, false)
    }

    /// Like [`RightsDeskApp::with_prefs`], but the directory is read on a worker thread: the
    /// window opens at once whatever the file's size.
    #[must_use]
    pub fn with_prefs_loading_in_background(paths: DataPaths, prefs: Prefs) -> Self {
        Self::build(paths, prefs, true)
    }

    fn build(paths: DataPaths, mut prefs: Prefs, background_load: bool) -> Self {
        let file = match &prefs.directory_file {
            Some(f) if !paths.explicit => f.clone(),
            _ => paths.directory_file(),
        };
        let work = Workspace::open(paths.clone(), &file, background_load);
        let guides = work.library().guides();
        prefs.zoom = theme::clamp_zoom(prefs.zoom);
        let guide_index = prefs
            .guide
            .as_ref()
            .and_then(|(id, lang)| {
                guides
                    .iter()
                    .position(|g| &g.id == id && &g.language == lang)
            })
            .or_else(|| {
                guides
                    .iter()
                    .position(|g| g.id == "nm-ag-ice" && g.language == prefs.lang.code())
            })
            .or_else(|| guides.iter().position(|g| g.id == "nm-ag-ice"))
            .unwrap_or(0);
        let mut app = RightsDeskApp {
            paths,
            i18n: I18n::new(prefs.lang),
            guide_index,
            work,
            directory_view: DirectoryView::default(),
            handout_view: HandoutView::default(),
            notice: None,
            prefs,
            search: SearchState::default(),
            selected_contact: None,
            about_open: false,
            shortcuts_open: false,
            guide_update: None,
            office_draft: None,
            pending: Vec::new(),
            fonts_installed: false,
            startup: None,
            applied_style: None,
            sharing: crate::core::desktops::Desktops::default(),
            top_right_width: 0.0,
        };
        app.refresh_search();
        if app.current_entry_index().is_none() {
            app.prefs.last_entry = app
                .guide()
                .and_then(|g| g.entries().next())
                .map(|e| e.id.clone());
        }
        app.sharing.follow(&app.work);
        app.announce_load_notes();
        app
    }

    /// The open guide.
    #[must_use]
    pub fn guide(&self) -> Option<&Guide> {
        self.work.library().guides().get(self.guide_index)
    }

    fn current_entry_index(&self) -> Option<usize> {
        let id = self.prefs.last_entry.as_deref()?;
        self.guide()?.entries().position(|e| e.id == id)
    }

    /// Queues a command; it is applied at the end of the frame.
    pub fn send(&mut self, command: Command) {
        self.pending.push(command);
    }

    /// The contacts (empty while the file cannot be opened).
    #[must_use]
    pub fn directory(&self) -> &Directory {
        self.work.directory()
    }

    /// The open session, if the file is open.
    #[must_use]
    pub fn session(&self) -> Option<&Session> {
        self.work.session()
    }

    /// Contacts whose category is one of `categories`, in directory order.
    #[must_use]
    pub fn contacts_in(&self, categories: &[crate::core::contact::Category]) -> Vec<&Contact> {
        self.directory()
            .contacts()
            .iter()
            .filter(|c| categories.contains(&c.category))
            .collect()
    }

    /// Changes the interface language; the guide follows when it has a translation.
    fn set_lang(&mut self, lang: Lang) {
        self.prefs.lang = lang;
        self.i18n = I18n::new(lang);
        if let Some(g) = self.guide()
            && g.language != lang.code()
            && let Some(i) = self
                .guides()
                .iter()
                .position(|t| t.id == g.id && t.language == lang.code())
        {
            self.apply(Command::SelectGuide(i));
        }
        self.handout_view = HandoutView::default();
    }

    /// Saves the printout the Handout tab describes to `path`, and remembers its folder.
    fn export_printout(&mut self, path: PathBuf) {
        let format = self.prefs.handout.format;
        let Some((_, data)) = self.printout() else {
            return;
        };
        let outcome = self.work.apply(Action::ExportPrintout {
            data: Box::new(data),
            format,
            path: path.clone(),
        });
        if matches!(outcome.notice, Some(Notice::PrintoutSaved { .. })) {
            self.prefs.handout.last_folder = path.parent().map(Path::to_path_buf);
            self.handout_view.last_saved = Some(path);
        }
        self.show(&outcome);
    }

    /// The printout the Handout tab describes, resolved against the guides and the directory.
    #[must_use]
    pub fn printout(
        &self,
    ) -> Option<(
        crate::core::handout::Handout,
        crate::core::handout::HandoutData,
    )> {
        let choices = &self.prefs.handout;
        let base = self.guide()?;
        let guides = crate::core::handout::guides_for(self.guides(), &base.id, choices.lang, base);
        // Without an open directory the printout has no contacts.
        Some(crate::core::handout::assemble(
            choices,
            self.prefs.handout_entries.clone(),
            &guides,
            self.directory().contacts(),
            self.session().map(Session::index),
            crate::core::contact::today(),
            crate::core::contact::DEFAULT_STALE_DAYS,
        ))
    }

    /// Shows what an action of the workspace said, in the interface language.
    fn show(&mut self, outcome: &Outcome) {
        if let Some(notice) = &outcome.notice {
            self.notice = Some(notice.text(&self.i18n));
        }
    }

    /// The guides, with the office's notes and entries.
    #[must_use]
    pub fn guides(&self) -> &[Guide] {
        self.work.library().guides()
    }

    /// The guide files (and the office's notes file) that failed to load, in the interface
    /// language.
    #[must_use]
    pub fn guide_problems(&self) -> Vec<String> {
        self.work
            .library()
            .problems()
            .iter()
            .map(|e| self.i18n.file_error(e))
            .collect()
    }

    /// The commands of the office's notes and entries: each change is saved at once and can be
    /// undone.
    fn apply_office(&mut self, action: crate::ui::command::OfficeAction) {
        use crate::core::library::OfficeChange;
        use crate::core::office_draft::{Draft, DraftTarget};
        use crate::ui::command::OfficeAction;
        let office = self.work.library().office();
        let change = match action {
            OfficeAction::EditNote(id, entry_id) => {
                self.office_draft = Some(Draft::for_target(
                    office,
                    DraftTarget::Note { id, entry_id },
                ));
                return;
            }
            OfficeAction::EditEntry(id) => {
                self.office_draft = Some(Draft::for_target(office, DraftTarget::Entry { id }));
                return;
            }
            OfficeAction::Cancel => {
                self.office_draft = None;
                return;
            }
            OfficeAction::Save => {
                let Some(draft) = &self.office_draft else {
                    return;
                };
                OfficeChange::Save(Box::new(draft.clone()))
            }
            OfficeAction::DeleteNote(id) => OfficeChange::DeleteNote(id),
            OfficeAction::DeleteEntry(id) => OfficeChange::DeleteEntry(id),
            OfficeAction::Undo => OfficeChange::Undo,
        };
        let outcome = self.act(Action::Office(change));
        if outcome.guides_changed {
            self.office_draft = None;
        }
    }

    /// After the guides changed (the office's notes, an update installed): the guide and entry
    /// that were open stay open, and the search runs again.
    fn after_guides_change(&mut self, open: Option<(String, String)>) {
        // The merged guides keep the installed guides' order, so the index carries over.
        self.guide_index = open
            .and_then(|(id, lang)| {
                self.guides()
                    .iter()
                    .position(|g| g.id == id && g.language == lang)
            })
            .unwrap_or(0);
        self.search.computed_guide = usize::MAX;
        self.refresh_search();
    }

    /// Ctrl+F finds in the tab that is open: the Directory's filter there, else the guide's
    /// search.
    fn focus_search(&mut self) {
        if self.prefs.tab == Tab::Directory {
            self.directory_view.focus_filter = true;
        } else {
            self.prefs.tab = Tab::Guide;
            self.search.focus_request = true;
        }
    }

    /// The commands of File → Update the guide….
    fn apply_guide_update(&mut self, action: crate::ui::command::GuideUpdateAction) {
        use crate::ui::command::GuideUpdateAction;
        match action {
            GuideUpdateAction::Preview(path) => match self.work.library().read_update(&path) {
                Ok(update) => self.guide_update = Some(update),
                Err(e) => self.notice = Some(self.i18n.file_error(&e)),
            },
            GuideUpdateAction::Install => {
                if let Some(update) = self.guide_update.take() {
                    self.act(Action::InstallGuide(Box::new(update)));
                }
            }
            GuideUpdateAction::Cancel => self.guide_update = None,
        }
    }

    /// Applies one command. This is the only place state changes in response to the user.
    pub fn apply(&mut self, command: Command) {
        let moves_entry = matches!(
            command,
            Command::OpenEntry(_)
                | Command::NextEntry
                | Command::PreviousEntry
                | Command::SelectGuide(_)
                | Command::SetLang(_)
        );
        self.apply_one(command);
        if moves_entry {
            self.sync_search_cursor();
        }
    }

    /// The highlighted search result follows the entry that is open (after a click, Alt+→ or
    /// a language switch), so Enter never opens another one.
    fn sync_search_cursor(&mut self) {
        let open = self.prefs.last_entry.as_deref();
        if let Some(i) = self
            .search
            .hits
            .iter()
            .position(|h| Some(h.entry_id.as_str()) == open)
        {
            self.search.cursor = i;
        }
    }

    fn apply_one(&mut self, command: Command) {
        match command {
            Command::SetTab(tab) => self.prefs.tab = tab,
            Command::OpenEntry(id) => {
                if self.guide().is_some_and(|g| g.entry(&id).is_some()) {
                    self.prefs.last_entry = Some(id);
                    self.prefs.tab = Tab::Guide;
                }
            }
            Command::NextEntry | Command::PreviousEntry => {
                let next = matches!(command, Command::NextEntry);
                let target = self.guide().and_then(|g| {
                    let id = self.prefs.last_entry.as_deref()?;
                    let (before, after) = g.neighbours(id);
                    if next { after } else { before }.map(|e| e.id.clone())
                });
                if let Some(id) = target {
                    self.prefs.last_entry = Some(id);
                }
            }
            Command::GuideUpdate(action) => self.apply_guide_update(action),
            Command::Office(action) => self.apply_office(action),
            Command::Sharing(action) => {
                let outcome = self.sharing.apply(&mut self.work, action);
                self.follow_sharing(&outcome);
            }
            Command::SelectGuide(i) => {
                if let Some(g) = self.work.library().guides().get(i) {
                    self.prefs.guide = Some((g.id.clone(), g.language.clone()));
                    let keep = self
                        .prefs
                        .last_entry
                        .as_deref()
                        .is_some_and(|id| g.entry(id).is_some());
                    if !keep {
                        self.prefs.last_entry = g.entries().next().map(|e| e.id.clone());
                    }
                    self.guide_index = i;
                    self.search.computed_for.clear();
                    self.refresh_search();
                }
            }
            Command::ToggleHandoutEntry(id) => {
                if let Some(pos) = self.prefs.handout_entries.iter().position(|e| *e == id) {
                    self.prefs.handout_entries.remove(pos);
                } else {
                    self.prefs.handout_entries.push(id);
                }
            }
            Command::MoveHandoutEntry(id, delta) => {
                let list = &mut self.prefs.handout_entries;
                if let Some(pos) = list.iter().position(|e| *e == id) {
                    let target = pos.saturating_add_signed(delta as isize);
                    if target < list.len() {
                        list.swap(pos, target);
                    }
                }
            }
            Command::SetHandoutEntries(ids) => self.prefs.handout_entries = ids,
            Command::SetLang(lang) => self.set_lang(lang),
            Command::SetHandout(hp) => self.prefs.handout = *hp,
            Command::ExportPrintout(path) => self.export_printout(path),
            Command::OpenInViewer(path) => {
                if let Err(e) = crate::ui::dialogs::open_in_viewer(&path) {
                    self.notice = Some(
                        self.i18n
                            .tr_args("print-open-failed", &[("error", e.to_string().into())]),
                    );
                }
            }
            Command::OpenContact(id) => {
                if self.directory().get(&id).is_some() {
                    self.select_contact(Some(id));
                    self.prefs.tab = Tab::Directory;
                }
            }
            Command::FocusSearch => self.focus_search(),
            Command::SetQuery(text) => {
                self.search.text = text;
                self.refresh_search();
            }
            Command::ZoomIn => {
                self.prefs.zoom = theme::clamp_zoom(self.prefs.zoom + theme::ZOOM_STEP);
            }
            Command::ZoomOut => {
                self.prefs.zoom = theme::clamp_zoom(self.prefs.zoom - theme::ZOOM_STEP);
            }
            Command::ZoomReset => self.prefs.zoom = 1.0,
            Command::SetTheme(t) => self.prefs.theme = t,
            Command::ShowAbout(open) => self.about_open = open,
            Command::ShowShortcuts(open) => self.shortcuts_open = open,
            other => self.apply_directory(other),
        }
    }

    /// True while the editor holds a change that cannot be saved (a contact without a name):
    /// the status line says so, and closing the window asks first.
    #[must_use]
    pub fn change_refused(&self) -> bool {
        self.directory_view.draft.as_ref().is_some_and(|draft| {
            draft.name.trim().is_empty()
                && self
                    .directory()
                    .get(&draft.id)
                    .is_some_and(|stored| stored != draft)
        })
    }

    fn select_contact(&mut self, id: Option<String>) {
        self.directory_view.draft = id
            .as_deref()
            .and_then(|id| self.directory().get(id))
            .cloned();
        self.selected_contact = id;
    }

    /// Shows what following the other desktops did; a merge or a reload is the same as any
    /// other change of the open file.
    fn follow_sharing(&mut self, outcome: &Outcome) {
        self.show(outcome);
        if outcome.changed {
            self.after_doc_change();
        }
    }

    /// Takes in what the other desktops did (copies to merge, the file reloaded, presence).
    pub(crate) fn follow_other_desktops(&mut self, ctx: &egui::Context) {
        let outcome = self.sharing.pump(&mut self.work);
        self.follow_sharing(&outcome);
        if self.sharing.is_watching() {
            ctx.request_repaint_after(crate::core::desktops::LOOK_EVERY);
        }
    }

    /// Looks at the open file's folder now, without waiting for the watcher (tests).
    pub fn look_for_copies_now(&mut self) {
        let outcome = self.sharing.look_now(&mut self.work);
        self.follow_sharing(&outcome);
    }

    /// What loading repaired or migrated is said once, in the status line.
    fn announce_load_notes(&mut self) {
        let notes = self.work.take_load_notes();
        if !notes.is_empty() {
            self.notice = Some(self.i18n.tr_args(
                "file-opened-notes",
                &[
                    ("count", notes.len().into()),
                    ("notes", notes.join("; ").into()),
                ],
            ));
        }
    }

    fn after_doc_change(&mut self) {
        self.sharing.follow(&self.work);
        self.announce_load_notes();
        self.work.touch();
        let id = self
            .selected_contact
            .clone()
            .filter(|id| self.directory().get(id).is_some());
        self.select_contact(id);
    }

    /// Applies an action to the workspace and follows what it did: the notice, the contact
    /// to select, a newly opened file.
    fn act(&mut self, action: Action) -> Outcome {
        let open = self.guide().map(|g| (g.id.clone(), g.language.clone()));
        let outcome = self.work.apply(action);
        if outcome.guides_changed {
            self.after_guides_change(open);
        }
        self.show(&outcome);
        if let Some(path) = &outcome.opened {
            self.prefs.directory_file = Some(path.clone());
            self.prefs.recent_files.retain(|p| p != path);
            self.prefs.recent_files.insert(0, path.clone());
            self.prefs.recent_files.truncate(RECENT_FILES);
        }
        if outcome.changed {
            self.after_doc_change();
        }
        outcome
    }

    fn open_file(&mut self, action: Action) {
        self.wait_until_loaded();
        let outcome = self.act(action);
        if outcome.changed {
            self.select_contact(None);
        }
    }

    /// Applies the commands that concern the directory file: the workspace does the work; this
    /// follows with the Directory tab's own state (the selection, the editor, the dialogs).
    #[allow(clippy::too_many_lines, reason = "one short arm per command")]
    fn apply_directory(&mut self, command: Command) {
        match command {
            Command::NewContact => {
                let contact = Contact {
                    name: self.i18n.tr("contact-new-name"),
                    ..Contact::default()
                };
                let outcome = self.act(Action::AddContact(Box::new(contact)));
                if let Some(id) = outcome.focus {
                    self.prefs.tab = Tab::Directory;
                    self.select_contact(Some(id));
                    self.directory_view.focus_name = true;
                }
            }
            Command::SelectContact(id) => self.select_contact(id),
            Command::UpdateContact(contact) => {
                self.act(Action::UpdateContact(contact));
            }
            Command::AskDelete(id) => self.directory_view.confirm_delete = id,
            Command::DeleteContact(id) => {
                self.directory_view.confirm_delete = None;
                if self.act(Action::DeleteContact(id.clone())).changed
                    && self.selected_contact.as_deref() == Some(&id)
                {
                    self.select_contact(None);
                }
            }
            Command::DuplicateContact(id) => {
                if let Some(id) = self.act(Action::DuplicateContact(id)).focus {
                    self.select_contact(Some(id));
                }
            }
            Command::MarkVerified(id) => {
                self.act(Action::MarkVerified(id));
            }
            Command::Undo | Command::Redo => {
                let action = if matches!(command, Command::Undo) {
                    Action::Undo
                } else {
                    Action::Redo
                };
                if let Some(id) = self.act(action).focus {
                    self.select_contact(Some(id));
                }
            }
            Command::RetrySave => {
                self.act(Action::RetrySave);
            }
            Command::ReloadAndReapply => {
                self.act(Action::ReloadAndReapply);
            }
            Command::KeepBoth => {
                self.act(Action::KeepBoth);
            }
            Command::OpenDirectoryFile(path) => self.open_file(Action::OpenFile(path)),
            Command::NewDirectoryFile(path) => self.open_file(Action::NewFile(path)),
            Command::SaveCopyAs(path) => {
                self.act(Action::SaveCopyAs(path));
            }
            Command::RestoreNewestBackup => self.open_file(Action::RestoreNewestBackup),
            Command::SetFilter(filter) => self.prefs.filter = filter,
            Command::SortBy(column) => {
                if self.prefs.sort.column == column {
                    self.prefs.sort.ascending = !self.prefs.sort.ascending;
                } else {
                    self.prefs.sort = Sort {
                        column,
                        ascending: true,
                    };
                }
            }
            Command::ImportFile(path, format) => {
                self.directory_view.import =
                    Some(ImportState::load(path, format, self.directory()));
                self.prefs.tab = Tab::Directory;
            }
            Command::SetImportChoice(n, choice) => {
                if let Some(d) = self
                    .directory_view
                    .import
                    .as_mut()
                    .and_then(|i| i.plan.as_mut())
                    .and_then(|p| p.duplicates.get_mut(n))
                {
                    d.choice = choice;
                }
            }
            Command::MapImportColumn(column, target) => {
                if let Some(mut state) = self.directory_view.import.take() {
                    state.mapping.columns.retain(|(c, _)| *c != column);
                    state.mapping.columns.push((column, target));
                    state.reload(self.directory());
                    self.directory_view.import = Some(state);
                }
            }
            Command::ApplyImport => {
                let plan = self.directory_view.import.take().and_then(|s| s.plan);
                if let Some(plan) = plan {
                    self.act(Action::Import(Box::new(plan)));
                }
            }
            Command::CancelImport => self.directory_view.import = None,
            Command::ExportContacts(path, format) => {
                let ids = self
                    .directory_view
                    .visible_contacts(self.directory())
                    .into_iter()
                    .map(|c| c.id.clone())
                    .collect();
                self.act(Action::ExportContacts {
                    ids,
                    path,
                    format,
                    protect_formulas: true,
                });
            }
            // Routed by `apply_one` before it calls this; listed so that a new command cannot
            // be left unrouted (the compiler asks for it here).
            Command::ExportPrintout(_)
            | Command::FocusSearch
            | Command::GuideUpdate(_)
            | Command::MoveHandoutEntry(_, _)
            | Command::NextEntry
            | Command::Office(_)
            | Command::OpenContact(_)
            | Command::OpenEntry(_)
            | Command::OpenInViewer(_)
            | Command::PreviousEntry
            | Command::SelectGuide(_)
            | Command::SetHandout(_)
            | Command::SetHandoutEntries(_)
            | Command::SetLang(_)
            | Command::SetQuery(_)
            | Command::SetTab(_)
            | Command::SetTheme(_)
            | Command::Sharing(_)
            | Command::ShowAbout(_)
            | Command::ShowShortcuts(_)
            | Command::ToggleHandoutEntry(_)
            | Command::ZoomIn
            | Command::ZoomOut
            | Command::ZoomReset => {}
        }
    }

    /// A one-line description of the save state, and whether it is a problem.
    #[must_use]
    pub fn save_status_text(&self) -> (String, bool) {
        if self.change_refused() {
            return (self.i18n.tr("status-refused-name"), true);
        }
        match self.work.doc() {
            Doc::Failed { .. } => (self.i18n.tr("status-not-open"), true),
            Doc::Loading { .. } => (self.i18n.tr("status-loading"), false),
            Doc::Open(s) => match s.status() {
                SaveStatus::Opened => (self.i18n.tr("status-opened"), false),
                SaveStatus::Saved(t) => {
                    let time = t
                        .to_zoned_datetime(jiff::tz::TimeZone::system())
                        .strftime("%H:%M")
                        .to_string();
                    let key = if s.last_save_merged() {
                        "status-merged"
                    } else {
                        "status-saved"
                    };
                    (self.i18n.tr_args(key, &[("time", time.into())]), false)
                }
                SaveStatus::Failed(e) => (
                    self.i18n.tr_args(
                        "status-failed",
                        &[("error", self.i18n.file_error(e).into())],
                    ),
                    true,
                ),
                SaveStatus::ChangedOnDisk => (self.i18n.tr("status-changed-on-disk"), true),
                SaveStatus::Saving => (self.i18n.tr("status-saving"), false),
            },
        }
    }

    /// Recomputes search hits when the text (or guide) changed since the last time.
    pub fn refresh_search(&mut self) {
        if self.search.text == self.search.computed_for
            && self.search.computed_guide == self.guide_index
        {
            return;
        }
        self.search.computed_for.clone_from(&self.search.text);
        self.search.computed_guide = self.guide_index;
        self.search.query = Query::new(&self.search.text);
        self.search.hits = match self.guides().get(self.guide_index) {
            Some(g) => {
                let twins: Vec<&Guide> = self
                    .guides()
                    .iter()
                    .filter(|t| t.id == g.id && t.language != g.language)
                    .collect();
                search_guides(g, &twins, &self.search.query)
            }
            None => Vec::new(),
        };
        self.search.cursor = 0;
    }
}
