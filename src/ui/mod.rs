//! The egui shell: draws what `core` holds and turns clicks into [`command::Command`]s that
//! the app applies in one place. Nothing here writes files; `core::store` does.

pub mod about;
pub mod app;
mod app_directory;
mod app_files;
mod app_guides;
mod app_translations;
pub mod choice;
pub mod close_guard;
pub mod command;
pub mod dialogs;
pub mod directory;
pub mod edit_text;
pub mod file_ask;
pub mod file_chooser;
pub mod guide_update;
pub mod handout;
pub mod notice_bar;
pub mod office;
pub mod prefs;
pub mod reader;
pub mod sharing;
pub mod shell;
pub mod shortcuts;
pub mod theme;
pub mod top_bar;
pub mod translations;
pub mod widgets;
pub mod window;

pub use app::RightsDeskApp;

use crate::core::workspace::paths::DataPaths;

/// The window icon, bundled.
const ICON_PNG: &[u8] = include_bytes!("../../assets/icons/rights-desk-256.png");

/// Opens the main window and runs until it is closed. `started` is when the process started;
/// with `RIGHTS_DESK_STARTUP_TIMING` set, the time to the first frame is printed to stderr.
pub fn run_native(paths: DataPaths, started: std::time::Instant) -> eframe::Result {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Rights Desk")
        .with_app_id("rights-desk")
        .with_inner_size([1100.0, 720.0])
        .with_min_inner_size([640.0, 420.0]);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(ICON_PNG) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "Rights Desk",
        options,
        Box::new(move |cc| {
            let mut app = RightsDeskApp::new(cc, paths);
            if std::env::var_os("RIGHTS_DESK_STARTUP_TIMING").is_some() {
                app.startup = Some(started);
            }
            Ok(Box::new(app))
        }),
    )
}
