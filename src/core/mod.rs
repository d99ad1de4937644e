//! Everything that is not drawing: the guide and contact models, the directory and its history,
//! search, storage and paths. Nothing here imports egui, eframe or rfd, so all of it is tested
//! without a window.

pub mod conflict_copy;
pub mod contact;
pub mod contact_check;
pub mod desktops;
pub mod directory;
pub mod file_error;
pub mod folder_watch;
pub mod fsio;
pub mod generate;
pub mod guide;
pub mod guide_search;
pub mod guide_update;
pub mod handout;
pub mod history;
pub mod i18n;
pub mod id_index;
pub mod interop;
pub mod library;
pub mod lineage;
pub mod load_note;
pub mod lock;
pub mod machine;
pub mod merge;
pub mod merge_base;
pub mod notice;
pub mod office_draft;
pub mod office_notes;
pub mod outcome;
pub mod paths;
pub mod presence;
pub mod recovery;
pub mod salvage;
pub mod save_job;
pub mod search;
pub mod session;
pub mod sharing;
pub mod sparse_text;
pub mod stamp;
pub mod store;
pub mod temp_files;
pub mod text;
pub mod tombstone;
pub mod view;
pub mod workspace;
