//! The other desktops sharing the open file, as this desktop follows them: watches the file's
//! folder ([`FolderWatch`]), merges the conflict copies a sync program leaves there (a clean
//! merge at once; one with questions waits on the merge screen's state here), reloads the file
//! when another desktop replaced it and nothing here is unsaved, keeps this desktop's presence
//! file, and knows who else has the file open. The window draws the merge screen from this
//! state and sends [`SharingAction`]s; the work is done on the [`Workspace`].

use crate::core::directory::contact::Field;
use crate::core::sharing::conflict_copy::ConflictCopy;
use crate::core::sharing::folder_watch::{FolderState, FolderWatch};
use crate::core::sharing::merge::{Choices, Side};
use crate::core::sharing::presence::{self, Announcement, Presence};
use crate::core::workspace::copies::{self, CopyMerge};
use crate::core::workspace::notice::Notice;
use crate::core::workspace::outcome::Outcome;
use crate::core::workspace::session::SaveStatus;
use crate::core::workspace::session::Session;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How often the folder is looked at.
pub const LOOK_EVERY: Duration = Duration::from_secs(2);

/// What the merge screen (copies from other desktops) does.
#[derive(Debug, Clone, PartialEq)]
pub enum SharingAction {
    /// Choose a side for one field of a contact, or (no field) for a contact edited on one
    /// side and deleted on the other.
    Choose {
        /// The contact's id.
        id: String,
        /// The field, or `None` for the whole contact.
        field: Option<Field>,
        /// The side chosen.
        side: Side,
    },
    /// Keep both sides' items of a list field of a contact (phones, counties, languages,
    /// services).
    KeepBoth {
        /// The contact's id.
        id: String,
        /// The list field.
        field: Field,
    },
    /// Choose one side for every question.
    ChooseAll(Side),
    /// Merge with the choices made, as one undoable change.
    Apply,
    /// Close the merge screen; the copy stays where it is.
    Later,
    /// Look again for copies, including ones put off with "Later".
    LookAgain,
    /// Tell the other desktops which contact this one is checking in a verification round
    /// (`None` when the round moves off or ends).
    Checking(Option<String>),
}

/// The merge screen: a copy merged, waiting for a person's choices.
#[derive(Debug)]
pub struct MergeScreen {
    /// The copy and how it merges.
    pub merged: CopyMerge,
    /// The choices made so far (unanswered: this desktop's version).
    pub choices: Choices,
}

/// What this desktop knows of the other desktops.
#[derive(Debug, Default)]
pub struct Desktops {
    watch: Option<FolderWatch>,
    presence: Option<Announcement>,
    presence_written: Option<Instant>,
    /// Other desktops with the file open.
    pub others: Vec<Presence>,
    stamp: Option<(u64, Option<std::time::SystemTime>)>,
    check_file: bool,
    waiting: Vec<ConflictCopy>,
    handled: HashSet<PathBuf>,
    /// The merge screen, when a copy needs choices.
    pub screen: Option<MergeScreen>,
    file_merge_offered: bool,
}

/// Keeps the last notice of several steps and whether any of them changed the contacts.
fn fold(into: &mut Outcome, step: Outcome) {
    if step.notice.is_some() {
        into.notice = step.notice;
    }
    into.changed |= step.changed;
}

impl Desktops {
    /// True while the open file's folder is watched (the window then looks again every
    /// [`LOOK_EVERY`]).
    #[must_use]
    pub fn is_watching(&self) -> bool {
        self.watch.is_some()
    }

    /// Follows the open file: starts watching its folder and announces this desktop there (or
    /// stops, when no file is open).
    pub fn follow(&mut self, open: Option<&Path>) {
        let open = open.map(Path::to_path_buf);
        let watched = self.watch.as_ref().map(|w| w.file().to_path_buf());
        if open == watched {
            return;
        }
        *self = Desktops::default();
        if let Some(file) = open {
            self.watch = Some(FolderWatch::start(file.clone(), LOOK_EVERY));
            self.presence = Announcement::write(&file);
            self.presence_written = Some(Instant::now());
        }
    }

    /// Takes in what the watcher saw; merges copies and reloads when the open file (`session`)
    /// is free to. `changed` in the outcome means the contacts changed.
    pub fn pump(&mut self, session: Option<&mut Session>) -> Outcome {
        if let Some(state) = self.watch.as_ref().and_then(FolderWatch::latest) {
            self.take_state(state);
        }
        if self.watch.is_none() {
            return Outcome::default();
        }
        if self
            .presence_written
            .is_some_and(|t| t.elapsed() >= presence::REFRESH_EVERY)
        {
            if let Some(p) = &mut self.presence {
                p.refresh();
            }
            self.presence_written = Some(Instant::now());
        }
        self.settle(session)
    }

    /// Applies a folder state.
    fn take_state(&mut self, state: FolderState) {
        self.others = state.others;
        if self.stamp.is_some() && self.stamp != state.stamp {
            self.check_file = true;
        }
        self.stamp = state.stamp;
        let present: HashSet<PathBuf> = state.copies.iter().map(|c| c.path.clone()).collect();
        self.handled.retain(|p| present.contains(p));
        let handled = &self.handled;
        self.waiting = state
            .copies
            .into_iter()
            .filter(|c| !handled.contains(&c.path))
            .collect();
    }

    /// Looks at the folder now, without waiting for the watcher (tests; "Look again").
    pub fn look_now(&mut self, session: Option<&mut Session>) -> Outcome {
        let Some(session) = session else {
            return Outcome::default();
        };
        let file = session.path().to_path_buf();
        self.take_state(FolderState::of(&file));
        self.settle(Some(session))
    }

    /// Does what the folder asks for, when the workspace is not busy: reload a file another
    /// desktop changed, then merge the waiting copies one by one.
    fn settle(&mut self, session: Option<&mut Session>) -> Outcome {
        let mut outcome = Outcome::default();
        let Some(session) = session else {
            return outcome;
        };
        if session.is_saving() || self.screen.is_some() {
            return outcome;
        }
        if std::mem::take(&mut self.check_file) && session.changed_on_disk() {
            if session.has_unsaved() {
                // The next save takes their file and merges the edits made here into it.
                session.save();
            } else {
                let notice = match session.reload_and_reapply() {
                    Ok(_) => Notice::Reloaded,
                    Err(e) => Notice::File(Arc::new(e)),
                };
                outcome.notice = Some(notice);
                outcome.changed = true;
                return outcome;
            }
        }
        if let Some(offered) = self.offer_file_merge(session) {
            return offered;
        }
        while let Some(step) = self.merge_next(session) {
            fold(&mut outcome, step);
        }
        outcome
    }

    /// When a save stopped because another desktop changed the same field of a contact while
    /// an edit here was not yet saved: puts both on the merge screen (once; "Later" leaves the
    /// status line's reload / keep-both choices).
    fn offer_file_merge(&mut self, session: &mut Session) -> Option<Outcome> {
        if !matches!(session.status(), SaveStatus::ChangedOnDisk) {
            self.file_merge_offered = false;
            return None;
        }
        if self.file_merge_offered {
            return None;
        }
        self.file_merge_offered = true;
        Some(match copies::merge_with_file(session) {
            Ok(merged) => {
                self.screen = Some(MergeScreen {
                    merged,
                    choices: Choices::default(),
                });
                Outcome::default()
            }
            Err(e) => Outcome {
                notice: Some(Notice::File(Arc::new(e))),
                ..Outcome::default()
            },
        })
    }

    /// Merges the next waiting copy, when the workspace is free to; `None` when there is
    /// nothing (more) to do now.
    fn merge_next(&mut self, session: &mut Session) -> Option<Outcome> {
        if self.screen.is_some() || session.is_saving() || self.waiting.is_empty() {
            return None;
        }
        let copy = self.waiting.remove(0);
        self.handled.insert(copy.path.clone());
        let tool = copy.tool.name().to_string();
        let file = copy.file_name();
        let outcome = match copies::merge_copy(session, &copy) {
            Err(e) => Outcome {
                notice: Some(Notice::CopyUnreadable {
                    tool,
                    file,
                    error: Arc::new(e),
                }),
                ..Outcome::default()
            },
            Ok(merged) if merged.merge.is_clean() => {
                let count = merged.merge.merged.len();
                let notice = match copies::apply(session, &merged, &Choices::default()) {
                    Ok(_) => Notice::CopyMerged { tool, file, count },
                    Err(e) => Notice::Refused(e),
                };
                Outcome {
                    notice: Some(notice),
                    changed: true,
                    ..Outcome::default()
                }
            }
            Ok(merged) => {
                self.screen = Some(MergeScreen {
                    merged,
                    choices: Choices::default(),
                });
                Outcome::default()
            }
        };
        Some(outcome)
    }

    /// Who is checking contact `id` on another desktop now ("DESKTOP-2 (frontdesk)").
    #[must_use]
    pub fn checking(&self, id: &str) -> Option<String> {
        self.others
            .iter()
            .find(|p| p.checking.as_deref() == Some(id))
            .map(|p| format!("{} ({})", p.host, p.user))
    }

    /// Applies a merge-screen action to the open file (`session`). `changed` in the outcome
    /// means the contacts changed.
    pub fn apply(&mut self, session: Option<&mut Session>, action: SharingAction) -> Outcome {
        match action {
            SharingAction::Checking(id) => {
                if let Some(presence) = &mut self.presence {
                    presence.set_checking(id);
                }
                Outcome::default()
            }
            SharingAction::KeepBoth { id, field } => {
                if let Some(screen) = &mut self.screen {
                    screen.choices.fields.remove(&(id.clone(), field));
                    screen.choices.both.insert((id, field));
                }
                Outcome::default()
            }
            SharingAction::Choose { id, field, side } => {
                if let Some(screen) = &mut self.screen {
                    match field {
                        Some(f) => {
                            screen.choices.both.remove(&(id.clone(), f));
                            screen.choices.fields.insert((id, f), side);
                        }
                        None => {
                            screen.choices.contacts.insert(id, side);
                        }
                    }
                }
                Outcome::default()
            }
            SharingAction::ChooseAll(side) => {
                if let Some(screen) = &mut self.screen {
                    screen.choices = Choices::all(&screen.merged.merge, side);
                }
                Outcome::default()
            }
            SharingAction::Apply => {
                let Some(screen) = self.screen.take() else {
                    return Outcome::default();
                };
                let Some(session) = session else {
                    return Outcome::default();
                };
                let notice = match copies::apply(session, &screen.merged, &screen.choices) {
                    Ok(change) => Notice::Merged {
                        count: change.edits.len(),
                    },
                    Err(e) => {
                        if let Some(copy) = screen.merged.copy() {
                            self.handled.remove(&copy.path);
                        }
                        Notice::Refused(e)
                    }
                };
                Outcome {
                    notice: Some(notice),
                    changed: true,
                    ..Outcome::default()
                }
            }
            SharingAction::Later => {
                self.screen = None;
                Outcome::default()
            }
            SharingAction::LookAgain => {
                self.handled.clear();
                self.look_now(session)
            }
        }
    }
}
