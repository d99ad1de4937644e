//! Everything that is not drawing, in layers (each folder uses only the folders listed before
//! it; no two folders import each other, which `tests/it/architecture.rs` checks):
//! - `i18n`: the interface's (and the printouts') words in each language (Fluent);
//! - `basics`: text folding, sparse text, time stamps, this computer, file errors, temporary
//!   files;
//! - `directory`: the contact model and the directory of contacts (edits, undo history,
//!   lineage, deletions, checks, search index, list view);
//! - `store`: the directory file on disk (schema and versions, atomic saves, backups, locks,
//!   salvage and recovery);
//! - `sharing`: several desktops on one file (three-way merge and its base, conflict copies,
//!   presence, watching the folder);
//! - `guide`: the guidance (model, search, updates, the office's own notes);
//! - `printing`: printouts (the model, layouts, PDF and other renderers);
//! - `interop`: contacts in and out (CSV, vCard, Open Referral HSDS);
//! - `translation`: translations an office can have reviewed (language packs, review marks,
//!   the translator's PO, XLIFF and CSV files);
//! - `workspace`: the one interpreter the window and the command line use (the open file's
//!   session and saves, merging copies, notices, the data folder).
//!
//! Nothing here imports egui, eframe, rfd or clap, so all of it is tested without a window.

pub mod basics;
pub mod directory;
pub mod guide;
pub mod i18n;
pub mod interop;
pub mod printers;
pub mod printing;
pub mod sharing;
pub mod store;
pub mod translation;
pub mod workspace;
