//! The application: state shared by all screens, and the `eframe::App` implementation.

use crate::core::directory::Directory;
use crate::core::guide::{self, Guide};
use crate::core::paths::DataPaths;
use crate::core::store;

/// The whole application state.
pub struct RightsDeskApp {
    paths: DataPaths,
    guides: Vec<Guide>,
    directory: Directory,
    errors: Vec<String>,
}

impl RightsDeskApp {
    /// Loads guides and the directory from `paths`.
    #[must_use]
    pub fn new(_cc: &eframe::CreationContext<'_>, paths: DataPaths) -> Self {
        Self::load(paths)
    }

    /// Loads everything without a window (tests use this).
    #[must_use]
    pub fn load(paths: DataPaths) -> Self {
        let mut errors = Vec::new();
        let (guides, broken) = guide::load_all(Some(&paths.guides_folder()));
        errors.extend(broken.into_iter().map(|b| b.error.to_string()));
        let file = paths.directory_file();
        let directory =
            match store::ensure_directory_file(&file).and_then(|_| store::load_directory(&file)) {
                Ok(loaded) => loaded.directory,
                Err(e) => {
                    errors.push(e.to_string());
                    Directory::default()
                }
            };
        RightsDeskApp {
            paths,
            guides,
            directory,
            errors,
        }
    }

    /// Draws the window's content.
    pub fn main_ui(&mut self, ui: &mut egui::Ui) {
        ui.heading("Rights Desk");
        for g in &self.guides {
            ui.label(&g.title);
        }
        ui.label(format!("{} contacts", self.directory.len()));
        ui.label(self.paths.data_dir.display().to_string());
        for e in &self.errors {
            ui.colored_label(ui.visuals().error_fg_color, e);
        }
    }
}

impl eframe::App for RightsDeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| self.main_ui(ui));
    }
}
