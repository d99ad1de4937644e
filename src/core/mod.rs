//! Everything that is not drawing: the guide and contact models, the directory and its history,
//! search, storage and paths. Nothing here imports egui, eframe or rfd, so all of it is tested
//! without a window.

pub mod contact;
pub mod directory;
pub mod file_error;
pub mod fsio;
pub mod generate;
pub mod guide;
pub mod guide_update;
pub mod handout;
pub mod history;
pub mod interop;
pub mod lock;
pub mod machine;
pub mod office_notes;
pub mod paths;
pub mod save_job;
pub mod search;
pub mod session;
pub mod store;
pub mod temp_files;
pub mod text;
pub mod view;
