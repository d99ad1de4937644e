//! The application: the state every screen draws from (the workspace, the preferences, each
//! tab's own state), and the one place where commands are applied. The screens send commands;
//! the Directory and Guide commands are followed in `app_directory` and `app_guides`, the frame
//! itself in `window`. The screens get a [`Shell`] and their own tab, never the app, so no
//! screen and the app import each other.

use crate::core::directory::Directory;
use crate::core::guide::Guide;
use crate::core::i18n::I18n;
use crate::core::workspace::paths::DataPaths;
use crate::core::workspace::session::Session;
use crate::core::workspace::{Action, Doc, Outcome, Workspace};
use crate::ui::command::{Command, Tab};
use crate::ui::directory::DirectoryTab;
use crate::ui::handout::HandoutTab;
pub use crate::ui::prefs::{PREFS_KEY, Prefs};
use crate::ui::reader::ReaderTab;
use crate::ui::shell::Shell;
use crate::ui::theme::{self, ThemeChoice};
use crate::ui::top_bar::TopBar;

/// The window's tabs and bars, each owning its state; each draws from a [`Shell`].
#[derive(Default)]
pub struct Tabs {
    /// The Guide tab (the search box's focus, the office's note being written).
    pub reader: ReaderTab,
    /// The Directory tab (the list's rows, the selection, the editor's draft, dialogs).
    pub directory: DirectoryTab,
    /// The Handout tab (the preview, the last export).
    pub handout: HandoutTab,
    /// The top bar.
    pub top_bar: TopBar,
}

/// The whole application state.
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent window states and one-frame requests"
)]
pub struct RightsDeskApp {
    /// Where data lives.
    pub paths: DataPaths,
    /// Interface strings.
    pub i18n: I18n,
    /// Index of the open guide in `guides`.
    pub guide_index: usize,
    /// The directory file and the interpreter of its actions (shared with the command line).
    pub work: Workspace,
    /// The tabs, each with its own state.
    pub tabs: Tabs,
    /// A short message for the status line ("Copied", "Opened …").
    pub notice: Option<String>,
    /// The tab the notice concerns (shown there only); `None`: every tab (a problem, such as a
    /// save that failed, is said wherever one is).
    pub notice_tab: Option<Tab>,
    /// Remembered preferences.
    pub prefs: Prefs,
    /// Whether the About window is open.
    pub about_open: bool,
    /// Help → Keyboard shortcuts is open.
    pub shortcuts_open: bool,
    /// A guide update being previewed (File → Update the guide…).
    pub guide_update: Option<crate::core::workspace::library::GuideUpdate>,
    /// Commands queued this frame.
    pub(crate) pending: Vec<Command>,
    pub(crate) fonts_installed: bool,
    /// The keyboard moved the focus last (a key was pressed after the last click): the focused
    /// widget gets a ring.
    pub(crate) focus_by_keyboard: bool,
    /// When set, the time from this instant to the first frame is printed (startup timing).
    pub startup: Option<std::time::Instant>,
    pub(crate) applied_style: Option<(ThemeChoice, f32)>,
    /// How files are asked for: the system's dialog, or the window's own chooser.
    pub file_dialogs: crate::ui::dialogs::FileDialogs,
    /// A file asked for, to open the window's own chooser for on the next frame.
    pub(crate) file_ask: Option<crate::ui::file_ask::FileAsk>,
    /// The window's own file chooser, when open.
    pub(crate) file_chooser: Option<crate::ui::file_chooser::FileChooser>,
}

impl RightsDeskApp {
    /// Creates the app for eframe: loads data and remembered preferences.
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, paths: DataPaths) -> Self {
        let stored = cc
            .storage
            .and_then(|s| eframe::get_value::<Prefs>(s, PREFS_KEY));
        let first_run = stored.is_none();
        let mut app = Self::build(paths, stored.unwrap_or_default(), true);
        // The computer's language, now that the data folder's language packs are known (the
        // default preferences were made before).
        let os = crate::core::i18n::Lang::from_os();
        if first_run && os != app.prefs.lang {
            app.set_lang(os);
        }
        app.file_dialogs = crate::ui::dialogs::FileDialogs::from_env();
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

    /// Takes the print worker's news and the printers' list; keeps the frames coming while a
    /// printout is on its way.
    pub(crate) fn pump_printing(&mut self, ctx: &egui::Context) {
        let outcome = self.work.pump_printing();
        self.show(&outcome);
        if self.work.is_printing() {
            ctx.request_repaint_after(std::time::Duration::from_millis(200));
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
        let mut work = Workspace::open(paths.clone(), &file, background_load);
        // A language remembered from a data folder whose pack is not in this one: English.
        let available = crate::core::i18n::Lang::all();
        if !available.contains(&prefs.lang) {
            prefs.lang = crate::core::i18n::Lang::En;
        }
        if !prefs
            .handout
            .lang
            .langs()
            .iter()
            .all(|l| available.contains(l))
        {
            prefs.handout.lang = crate::core::printing::PrintLang::En;
        }
        // The print choices live in the workspace; the preferences only carry them between
        // runs (see `prefs_to_save`).
        work.restore_print(
            std::mem::take(&mut prefs.handout),
            std::mem::take(&mut prefs.handout_entries),
        );
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
            .or_else(|| crate::core::guide::nm_guide_in(guides, prefs.lang))
            .or_else(|| {
                guides
                    .iter()
                    .position(|g| g.id == crate::core::guide::NM_GUIDE)
            })
            .unwrap_or(0);
        let mut app = RightsDeskApp {
            paths,
            i18n: I18n::new(prefs.lang),
            guide_index,
            work,
            tabs: Tabs::default(),
            notice: None,
            notice_tab: None,
            prefs,
            about_open: false,
            shortcuts_open: false,
            guide_update: None,
            pending: Vec::new(),
            fonts_installed: false,
            focus_by_keyboard: false,
            startup: None,
            applied_style: None,
            // Tests and anything built without eframe never block on a system dialog.
            file_dialogs: crate::ui::dialogs::FileDialogs::InWindow,
            file_ask: None,
            file_chooser: None,
        };
        app.refresh_search();
        if app.current_entry_index().is_none() {
            app.prefs.last_entry = app
                .guide()
                .and_then(|g| g.entries().next())
                .map(|e| e.id.clone());
        }
        app.work.follow_desktops();
        app.announce_load_notes();
        app
    }

    /// What is remembered between runs: the preferences with the workspace's print choices.
    #[must_use]
    pub fn prefs_to_save(&self) -> Prefs {
        let mut prefs = self.prefs.clone();
        prefs.handout = self.work.print_choices().clone();
        prefs.handout_entries = self.work.print_entries().to_vec();
        prefs
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

    /// What the screens see of the app this frame (they send their commands to `commands`),
    /// beside the tabs they draw.
    pub(crate) fn split<'a>(
        &'a mut self,
        commands: &'a mut Vec<Command>,
    ) -> (Shell<'a>, &'a mut Tabs) {
        let mut shell = Shell::new(&self.work, &self.i18n, &self.prefs, &self.paths, commands);
        shell.guide_index = self.guide_index;
        shell.notice = self
            .notice
            .as_deref()
            .filter(|_| self.notice_tab.is_none_or(|t| t == self.prefs.tab));
        shell.dialog_open = self.guide_update.is_some()
            || self.work.desktops().screen.is_some()
            || self.file_chooser_open();
        (shell, &mut self.tabs)
    }

    /// What the screens see of the app, for reading only (commands go to `commands`).
    pub(crate) fn shell<'a>(&'a self, commands: &'a mut Vec<Command>) -> Shell<'a> {
        let mut shell = Shell::new(&self.work, &self.i18n, &self.prefs, &self.paths, commands);
        shell.guide_index = self.guide_index;
        shell.notice = self
            .notice
            .as_deref()
            .filter(|_| self.notice_tab.is_none_or(|t| t == self.prefs.tab));
        shell.dialog_open = self.guide_update.is_some()
            || self.work.desktops().screen.is_some()
            || self.file_chooser_open();
        shell
    }

    /// Shows what an action of the workspace said, in the interface language.
    pub(super) fn show(&mut self, outcome: &Outcome) {
        if let Some(notice) = &outcome.notice {
            let tab = if notice.is_problem() {
                None
            } else {
                Some(tab_of(notice))
            };
            self.say(notice.text(&self.i18n), tab);
        }
    }

    /// Puts `text` in the status line, for the tab `tab` concerns (`None`: every tab).
    pub(super) fn say(&mut self, text: String, tab: Option<Tab>) {
        self.notice = Some(text);
        self.notice_tab = tab;
    }

    /// The guides, with the office's notes and entries.
    #[must_use]
    pub fn guides(&self) -> &[Guide] {
        self.work.library().guides()
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
                let outcome = self.work.apply(Action::Sharing(action));
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
                    self.refresh_search();
                }
            }
            Command::ToggleHandoutEntry(id) => {
                self.act(Action::TogglePrintEntry(id));
            }
            Command::MoveHandoutEntry(id, delta) => {
                self.act(Action::MovePrintEntry(id, delta));
            }
            Command::SetHandoutEntries(ids) => {
                self.act(Action::SetPrintEntries(ids));
            }
            Command::SetLang(lang) => self.set_lang(lang),
            Command::SetHandout(choices) => {
                self.act(Action::SetPrintChoices(choices));
            }
            command @ (Command::ExportPrintout(_)
            | Command::ExportEntry(..)
            | Command::OpenPrint(_)
            | Command::OpenInViewer(_)) => self.apply_printing(command),
            Command::OpenContact(id) => {
                if self.directory().get(&id).is_some() {
                    self.select_contact(Some(id));
                    self.prefs.tab = Tab::Directory;
                }
            }
            Command::FocusSearch => self.focus_search(),
            Command::SetQuery(text) => {
                self.act(Action::Search {
                    text,
                    guide: self.guide_index,
                });
            }
            Command::MoveHit(delta) => {
                self.act(Action::MoveHit(delta));
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
            Command::DismissNotice => self.notice = None,
            Command::Notify(text) => {
                let tab = self.prefs.tab;
                self.say(text, Some(tab));
            }
            Command::ShowShortcuts(open) => self.shortcuts_open = open,
            Command::ChooseFile(ask) => self.choose_file(*ask),
            Command::Translations(action) => self.apply_translations(action),
            Command::Directory(action) => self.apply_directory(action),
            Command::Work(action) => {
                if let Some(id) = self.act(action).focus {
                    self.select_contact(Some(id));
                }
            }
        }
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
        let outcome = self.work.pump_desktops();
        self.follow_sharing(&outcome);
        if self.work.desktops().is_watching() {
            ctx.request_repaint_after(crate::core::workspace::desktops::LOOK_EVERY);
        }
    }

    /// Looks at the open file's folder now, without waiting for the watcher (tests).
    pub fn look_for_copies_now(&mut self) {
        let outcome = self.work.look_for_copies();
        self.follow_sharing(&outcome);
    }
}

/// The tab a notice concerns: printouts the Handout tab, the guides and the office's notes the
/// Guide tab, everything about the directory file the Directory tab.
fn tab_of(notice: &crate::core::workspace::Notice) -> Tab {
    use crate::core::workspace::Notice;
    match notice {
        Notice::PrintoutSaved { .. } | Notice::PrintoutFailed(_) | Notice::Printing(_) => {
            Tab::Handout
        }
        Notice::OfficeSaved | Notice::Draft(_) | Notice::GuideInstalled(_) => Tab::Guide,
        _ => Tab::Directory,
    }
}
