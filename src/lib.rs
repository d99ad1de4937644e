//! Rights Desk: a guidance reader, contact directory and handout printer for immigrant-advocacy
//! organizations in New Mexico. `core` does the work; `ui` is a thin egui shell over it.

pub mod cli;
pub mod core;
pub mod ui;
pub mod windows_console;
