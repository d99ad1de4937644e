//! What the window remembers between runs (in eframe's storage; documents never go there): the
//! tab, theme, zoom and language, the guide and entry that were open, the print choices, the
//! directory file and recent files, and the list's filters and order.

use crate::core::directory::view::{Filter, Sort};
use crate::core::i18n::Lang;
use crate::core::printing::PrintChoices;
use crate::ui::command::Tab;
use crate::ui::theme::ThemeChoice;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

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
    pub guide: Option<(crate::core::guide::GuideId, String)>,
    /// The entry that was open.
    pub last_entry: Option<String>,
    /// Entry ids chosen for the handout, in order (carried between runs; while the app runs
    /// they live in the workspace).
    pub handout_entries: Vec<String>,
    /// Printout settings (carried between runs; while the app runs they live in the
    /// workspace).
    pub handout: PrintChoices,
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
        let mut handout = PrintChoices::default();
        // A Spanish-speaking office prints in Spanish unless it chooses otherwise.
        if lang == Lang::Es {
            handout.lang = crate::core::printing::PrintLang::Es;
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

/// Storage key of [`Prefs`].
pub const PREFS_KEY: &str = "rights-desk-prefs";

/// How many recent files are remembered.
pub const RECENT_FILES: usize = 8;
