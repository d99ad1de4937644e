//! What the subcommands share: the data folder's workspace, opened the way the window opens
//! it, and notices worded in English.

use crate::core::i18n::{self, Lang};
use crate::core::workspace::paths::DataPaths;
use crate::core::workspace::{Notice, Workspace};

/// The data folder's directory, opened by the same workspace as the window's.
pub(super) fn open_workspace(paths: &DataPaths) -> anyhow::Result<Workspace> {
    use crate::core::basics::file_error::StoreError;
    Workspace::open_data_folder(paths.clone()).map_err(|e| match *e {
        StoreError::Syntax { .. }
        | StoreError::NotUtf8 { .. }
        | StoreError::Empty { .. }
        | StoreError::NotDirectory { .. }
        | StoreError::UnknownChoice { .. } => anyhow::anyhow!(
            "{e}\n(`rights-desk recover` shows what of it can still be read, and its backups)"
        ),
        _ => anyhow::Error::new(e),
    })
}

/// Says on standard error that this desktop's merge record could not be written (`reason`;
/// the save itself went through; later merges may ask more questions).
pub(super) fn note_base_problem(reason: &str) {
    eprintln!(
        "note: this desktop's merge record could not be written ({reason}); a later merge of \
         copies from other desktops may ask more questions. It is tried again at the next save."
    );
}

/// A notice of the workspace, in English.
pub(super) fn english(notice: &Notice) -> String {
    i18n::with(Lang::En, |t| notice.text(t))
}
