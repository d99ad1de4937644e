//! The layer above the translations that every other part of the core uses: folding text for
//! search, text fields that cost nothing when empty, time stamps, this computer's and user's
//! names, the errors of reading and writing files (worded in the translations), and temporary
//! files.

pub mod file_error;
pub mod machine;
pub mod sparse_text;
pub mod stamp;
pub mod temp_files;
pub mod text;
