//! The bottom layer: what every other part of the core uses and that uses nothing of the core
//! itself (only translations use their own strings): folding text for search, text fields that
//! cost nothing when empty, time stamps, this computer's and user's names, the interface's
//! translations, the errors of reading and writing files, and temporary files.

pub mod file_error;
pub mod i18n;
pub mod machine;
pub mod sparse_text;
pub mod stamp;
pub mod temp_files;
pub mod text;
