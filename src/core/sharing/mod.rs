//! Several desktops on one directory file: the three-way merge of two versions and the base it
//! starts from, the conflict copies sync programs leave, who else has the file open, and
//! watching the file's folder. Applying a merge to the open file is the workspace's
//! (`workspace/copies.rs`).

pub mod conflict_copy;
pub mod folder_watch;
pub mod merge;
pub mod merge_base;
pub mod presence;
