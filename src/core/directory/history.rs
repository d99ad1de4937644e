//! Undo and redo of directory edits. History lives in memory only; it is never saved.
//!
//! Design: the directory turns each operation into a [`Change`] that knows its inverse (see
//! `directory/mod.rs`). History keeps two stacks of changes. Undo applies the inverse of the newest
//! change and moves it to the redo stack; redo applies it again. A new edit clears the redo
//! stack. Because a change only applies when the contacts are still as it expects, an undo after
//! the file was reloaded underneath fails cleanly instead of corrupting anything.

use crate::core::directory::{Change, Directory, DirectoryError};

/// How many changes are remembered by default.
pub const DEFAULT_LIMIT: usize = 500;

/// The undo and redo stacks.
#[derive(Debug, Clone)]
pub struct History {
    undo: Vec<Change>,
    redo: Vec<Change>,
    limit: usize,
}

impl Default for History {
    fn default() -> Self {
        History::with_limit(DEFAULT_LIMIT)
    }
}

impl History {
    /// A history remembering at most `limit` changes.
    #[must_use]
    pub fn with_limit(limit: usize) -> History {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
            limit: limit.max(1),
        }
    }

    /// Records a change that was just applied. Empty changes are ignored.
    pub fn record(&mut self, change: Change) {
        if change.edits.is_empty() {
            return;
        }
        self.redo.clear();
        self.undo.push(change);
        if self.undo.len() > self.limit {
            let excess = self.undo.len() - self.limit;
            self.undo.drain(..excess);
        }
    }

    /// True when there is something to undo.
    #[must_use]
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when there is something to redo.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The change undo would revert.
    #[must_use]
    pub fn next_undo(&self) -> Option<&Change> {
        self.undo.last()
    }

    /// The change redo would re-apply.
    #[must_use]
    pub fn next_redo(&self) -> Option<&Change> {
        self.redo.last()
    }

    /// Undoes the newest change. Returns the change that was applied to the directory (the
    /// inverse), or `None` when there was nothing to undo.
    pub fn undo(&mut self, directory: &mut Directory) -> Result<Option<Change>, DirectoryError> {
        let Some(change) = self.undo.pop() else {
            return Ok(None);
        };
        let inverse = change.inverse();
        if let Err(e) = directory.apply(&inverse) {
            self.undo.push(change);
            return Err(e);
        }
        self.redo.push(change);
        Ok(Some(inverse))
    }

    /// Redoes the newest undone change. Returns the change applied, or `None`.
    pub fn redo(&mut self, directory: &mut Directory) -> Result<Option<Change>, DirectoryError> {
        let Some(change) = self.redo.pop() else {
            return Ok(None);
        };
        if let Err(e) = directory.apply(&change) {
            self.redo.push(change);
            return Err(e);
        }
        self.undo.push(change.clone());
        Ok(Some(change))
    }

    /// After the contacts were replaced by a newer version of the file (another desktop's
    /// changes): keeps the undo steps that can still be undone one after the other on
    /// `directory`, drops the others and the redo steps.
    pub fn keep_applicable(&mut self, directory: &Directory) {
        self.redo.clear();
        let mut trial = directory.clone();
        let mut kept = Vec::new();
        for change in self.undo.drain(..).rev() {
            if trial.apply(&change.inverse()).is_ok() {
                kept.push(change);
            }
        }
        kept.reverse();
        self.undo = kept;
    }

    /// Forgets everything (after opening another file).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reload_keeps_the_undo_steps_that_still_apply() {
        let mut d = Directory::default();
        let mut h = History::default();
        let a = d
            .add(
                Contact {
                    name: "A".into(),
                    ..Contact::default()
                },
                now(),
            )
            .expect("add");
        h.record(a.clone());
        let b = d
            .add(
                Contact {
                    name: "B".into(),
                    ..Contact::default()
                },
                now(),
            )
            .expect("add");
        h.record(b.clone());
        // Someone else edited B: undoing its addition no longer applies; A's still does.
        let mut theirs = d.clone();
        let mut b2 = theirs.get(b.focus().expect("id")).cloned().expect("b");
        b2.notes = "theirs".into();
        theirs.update(b2, now()).expect("update");
        h.keep_applicable(&theirs);
        assert!(h.can_undo());
        h.undo(&mut theirs).expect("undo A");
        assert!(theirs.get(a.focus().expect("id")).is_none());
        assert!(!h.can_undo());
    }
    use crate::core::directory::contact::Contact;
    use jiff::Timestamp;
    use jiff::civil::Date;

    fn now() -> Timestamp {
        Timestamp::from_second(1_790_000_000).expect("valid")
    }

    #[test]
    fn undo_and_redo_every_operation() {
        let mut d = Directory::default();
        let mut h = History::default();
        let mut states = vec![d.clone()];
        let add = d
            .add(
                Contact {
                    name: "A".into(),
                    ..Contact::default()
                },
                now(),
            )
            .expect("add");
        let id = add.focus().expect("focus").to_string();
        h.record(add);
        states.push(d.clone());

        let mut edited = d.get(&id).cloned().expect("get");
        edited.hours = "Mon–Fri".into();
        h.record(d.update(edited, now()).expect("update"));
        states.push(d.clone());
        h.record(
            d.mark_verified(&id, Date::constant(2026, 11, 27))
                .expect("verify"),
        );
        states.push(d.clone());
        h.record(d.duplicate(&id, now()).expect("duplicate"));
        states.push(d.clone());
        h.record(d.delete(&id).expect("delete"));
        states.push(d.clone());

        for expected in states.iter().rev().skip(1) {
            h.undo(&mut d).expect("undo").expect("something to undo");
            assert_eq!(&d, expected);
        }
        assert!(h.undo(&mut d).expect("undo").is_none());
        for expected in states.iter().skip(1) {
            h.redo(&mut d).expect("redo").expect("something to redo");
            assert_eq!(&d, expected);
        }
        assert!(!h.can_redo());
    }

    #[test]
    fn a_new_edit_clears_redo_and_the_limit_holds() {
        let mut d = Directory::default();
        let mut h = History::with_limit(2);
        for n in ["A", "B", "C"] {
            let c = Contact {
                name: n.into(),
                ..Contact::default()
            };
            h.record(d.add(c, now()).expect("add"));
        }
        h.undo(&mut d).expect("undo");
        assert!(h.can_redo());
        let c = Contact {
            name: "D".into(),
            ..Contact::default()
        };
        h.record(d.add(c, now()).expect("add"));
        assert!(!h.can_redo());
        h.undo(&mut d).expect("undo");
        h.undo(&mut d).expect("undo");
        assert!(!h.can_undo(), "only two changes are remembered");
    }
}
