//! All integration tests in one binary (each binary links the whole app).

mod architecture;
mod cli;
mod door_card;
mod fixtures;
mod guide_content;
mod handout;
mod interop;
mod merge_rounds;
mod pdf_text;
mod printing_cups;
mod printout_truth;
mod search_questions;
mod sharing;
mod storage;
mod store_hardening;
mod syncthing;
mod translation;
mod ui_directory;
mod ui_files;
mod ui_handout;
mod ui_layout;
mod ui_paths;
mod ui_reader;
mod ui_round;
mod ui_tab_walk;
mod verification;
