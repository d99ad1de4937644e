//! The egui shell: draws what `core` holds and turns clicks into commands. Nothing here writes
//! files; `core::store` does.

pub mod app;

pub use app::RightsDeskApp;

use crate::core::paths::DataPaths;

/// Opens the main window and runs until it is closed.
pub fn run_native(paths: DataPaths) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Rights Desk")
            .with_inner_size([1100.0, 720.0])
            .with_min_inner_size([640.0, 420.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Rights Desk",
        options,
        Box::new(move |cc| Ok(Box::new(RightsDeskApp::new(cc, paths)))),
    )
}
