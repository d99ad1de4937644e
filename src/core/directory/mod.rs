//! The collection of contacts and its edit operations.
//!
//! Every edit is expressed as a [`Change`]: a list of (before, after) pairs of whole contacts.
//! Adding is (none → contact), deleting is (contact → none), editing and verifying are
//! (old → new). A change is applied only when every "before" still matches the directory, and
//! its inverse is the same list with before and after swapped. That one mechanism gives undo and
//! redo of every operation (see `history.rs`), and an import of many contacts is one change.
//!
//! Contacts are kept sorted by folded name, then id, so files, lists and printouts come out in
//! the same order every time.

pub mod check;
pub mod check_log;
pub mod contact;
pub mod contact_check;
pub mod field;
pub mod generate;
pub mod history;
pub mod id_index;
pub mod lineage;
pub mod load_note;
pub mod round;
pub mod search;
pub mod status;
pub mod tombstone;
pub mod view;

use crate::core::basics::machine;
use crate::core::basics::text::fold;
use crate::core::directory::contact::{Contact, ContactError, Text};
use crate::core::directory::id_index::IdIndex;
use crate::core::directory::load_note::LoadNote;
use crate::core::directory::tombstone::Tombstone;
use jiff::Timestamp;
use jiff::civil::Date;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// What kind of operation a change was, for "Undo delete"-style labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// A new contact.
    Add,
    /// An edit of one contact.
    Edit,
    /// A deletion.
    Delete,
    /// A copy of a contact.
    Duplicate,
    /// "Mark verified".
    Verify,
    /// Many contacts at once (an import, a reload).
    Batch,
    /// Another desktop's copy merged in.
    Merge,
}

impl ChangeKind {
    /// The English verb for menus ("Undo delete").
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            ChangeKind::Add => "add",
            ChangeKind::Edit => "edit",
            ChangeKind::Delete => "delete",
            ChangeKind::Duplicate => "duplicate",
            ChangeKind::Verify => "verification",
            ChangeKind::Batch => "import",
            ChangeKind::Merge => "merge",
        }
    }
}

/// One contact before and after a change; `None` means absent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactEdit {
    /// The contact before (`None`: it was added).
    pub before: Option<Contact>,
    /// The contact after (`None`: it was deleted).
    pub after: Option<Contact>,
}

impl ContactEdit {
    fn id(&self) -> &str {
        self.after
            .as_ref()
            .or(self.before.as_ref())
            .map_or("", |c| c.id.as_str())
    }
}

/// An invertible change to the directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// What the user did.
    pub kind: ChangeKind,
    /// The contacts it touched (shared: the undo history, the unsaved list and a save job
    /// hold the same edits, so an import of 100,000 contacts is kept once, not three times).
    pub edits: Arc<[ContactEdit]>,
}

impl Change {
    /// The change that undoes this one.
    #[must_use]
    pub fn inverse(&self) -> Change {
        Change {
            kind: self.kind,
            edits: self
                .edits
                .iter()
                .rev()
                .map(|e| ContactEdit {
                    before: e.after.clone(),
                    after: e.before.clone(),
                })
                .collect(),
        }
    }

    /// The id of the contact a user would want selected after this change, if any.
    #[must_use]
    pub fn focus(&self) -> Option<&str> {
        self.edits
            .iter()
            .find_map(|e| e.after.as_ref().map(|c| c.id.as_str()))
    }
}

/// Why an operation was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DirectoryError {
    /// The contact itself is not acceptable.
    #[error(transparent)]
    Invalid(#[from] ContactError),
    /// No contact has this id.
    #[error("no contact with id “{0}”")]
    NotFound(String),
    /// The directory no longer holds what the change expects (it was changed in between).
    #[error("the contact “{0}” was changed in the meantime; the operation was not applied")]
    Conflict(String),
    /// The id is already used by another contact.
    #[error("the id “{0}” is already used by another contact")]
    DuplicateId(String),
}

/// The contacts of one directory file, sorted, with an index by id so that getting a contact
/// is O(1) and a batch of many changes (an import) is O(n log n), not O(n²).
///
/// Cloning is cheap (the contacts are shared): a save worker takes a snapshot without copying
/// 100,000 contacts on the window's thread; the first edit made while a snapshot is alive
/// copies them once (copy on write).
#[derive(Debug, Clone, Default)]
pub struct Directory {
    contacts: Arc<Vec<Contact>>,
    /// The position of each contact in `contacts`, by id.
    by_id: Arc<IdIndex>,
    /// Contacts deleted (remembered so an old copy does not bring them back), sorted by id.
    tombstones: Arc<Vec<Tombstone>>,
}

impl PartialEq for Directory {
    fn eq(&self, other: &Directory) -> bool {
        self.contacts == other.contacts
    }
}

impl Eq for Directory {}

/// Changes touching more contacts than this are applied by rebuilding the sorted list once
/// instead of inserting one by one.
const BULK_FROM: usize = 16;

fn sort_key(c: &Contact) -> (String, Text) {
    (fold(&c.name), c.id.clone())
}

/// A new contact id: "c" and the time in base 36, made unique against `taken`.
#[must_use]
pub fn new_id(now: Timestamp, taken: impl Fn(&str) -> bool) -> String {
    let mut n = u128::try_from(now.as_nanosecond()).unwrap_or_default();
    let mut digits = Vec::new();
    loop {
        let d = u32::try_from(n % 36).unwrap_or_default();
        digits.push(char::from_digit(d, 36).unwrap_or('0'));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    let base: String = std::iter::once('c')
        .chain(digits.into_iter().rev())
        .collect();
    let mut id = base.clone();
    let mut k = 2;
    while taken(&id) {
        id = format!("{base}-{k}");
        k += 1;
    }
    id
}

impl Directory {
    /// A directory of these contacts, sorted. Contacts must have unique ids; use
    /// [`Directory::from_loaded`] for data from a file.
    #[must_use]
    pub fn new(mut contacts: Vec<Contact>) -> Directory {
        contacts.sort_by_cached_key(sort_key);
        let by_id = Arc::new(IdIndex::build(&contacts));
        Directory {
            contacts: Arc::new(contacts),
            by_id,
            tombstones: Arc::default(),
        }
    }

    /// Builds a directory from a file's contacts, repairing what would break editing
    /// (empty or repeated ids get new ones) and saying what it repaired.
    #[must_use]
    pub fn from_loaded(mut contacts: Vec<Contact>) -> (Directory, Vec<LoadNote>) {
        let mut warnings = Vec::new();
        // Find the contacts whose id is empty or repeated (usually none: then nothing is cloned).
        let mut repeated = Vec::new();
        {
            let mut seen: HashSet<&str> = HashSet::with_capacity(contacts.len());
            for (i, c) in contacts.iter().enumerate() {
                if c.id.trim().is_empty() || !seen.insert(c.id.as_str()) {
                    repeated.push(i);
                }
            }
        }
        if !repeated.is_empty() {
            let mut taken: HashSet<Text> = contacts.iter().map(|c| c.id.clone()).collect();
            let now = Timestamp::now();
            for i in repeated {
                let c = &mut contacts[i];
                let new = new_id(now, |id| taken.contains(id));
                let (name, id) = (c.name.clone(), new.clone());
                warnings.push(if c.id.trim().is_empty() {
                    LoadNote::NoId {
                        name: name.into(),
                        id,
                    }
                } else {
                    LoadNote::RepeatedId {
                        name: name.into(),
                        id,
                    }
                });
                taken.insert(new.as_str().into());
                c.id = new.into();
            }
        }
        for c in &contacts {
            if c.name.trim().is_empty() {
                warnings.push(LoadNote::NoName {
                    id: c.id.to_string(),
                });
            }
        }
        // Files written by Rights Desk are already in order; only sort when they are not.
        let sorted = contacts.windows(2).all(|w| {
            let (a, b) = (&w[0], &w[1]);
            match fold(&a.name).cmp(&fold(&b.name)) {
                std::cmp::Ordering::Less => true,
                std::cmp::Ordering::Equal => a.id <= b.id,
                std::cmp::Ordering::Greater => false,
            }
        });
        let directory = if sorted {
            let by_id = Arc::new(IdIndex::build(&contacts));
            Directory {
                contacts: Arc::new(contacts),
                by_id,
                tombstones: Arc::default(),
            }
        } else {
            Directory::new(contacts)
        };
        (directory, warnings)
    }

    /// All contacts, sorted by name.
    #[must_use]
    pub fn contacts(&self) -> &[Contact] {
        &self.contacts
    }

    /// The contacts deleted in this directory, sorted by id (see `tombstone.rs`).
    #[must_use]
    pub fn tombstones(&self) -> &[Tombstone] {
        &self.tombstones
    }

    /// This directory with these deletions remembered too: for an id both know, `tombstones`
    /// wins (a file's list as read, a merge's result). Tombstones of contacts present are
    /// dropped: a contact that exists is not deleted.
    #[must_use]
    pub fn with_tombstones(mut self, tombstones: &[Tombstone]) -> Directory {
        let mut all = tombstone::union(&[], tombstones);
        let given: HashSet<&str> = all.iter().map(|t| t.id.as_str()).collect();
        let kept: Vec<Tombstone> = self
            .tombstones
            .iter()
            .filter(|t| !given.contains(t.id.as_str()))
            .cloned()
            .collect();
        all.extend(kept);
        all.retain(|t| !self.contains(&t.id));
        all.sort_by(|a, b| a.id.cmp(&b.id));
        self.tombstones = Arc::new(all);
        self
    }

    /// Keeps the deletion (or forgets it, when the contact is back) in the tombstone list.
    fn remember(&mut self, edit: &ContactEdit) {
        let id = edit.id();
        let at = self.tombstones.binary_search_by(|t| t.id.as_str().cmp(id));
        match (&edit.after, at) {
            (Some(_), Ok(i)) => {
                Arc::make_mut(&mut self.tombstones).remove(i);
            }
            (None, Ok(i)) => {
                Arc::make_mut(&mut self.tombstones)[i] = Tombstone::of(id, edit.before.as_ref());
            }
            (None, Err(i)) if edit.before.is_some() => {
                Arc::make_mut(&mut self.tombstones)
                    .insert(i, Tombstone::of(id, edit.before.as_ref()));
            }
            _ => {}
        }
    }

    /// Number of contacts.
    #[must_use]
    pub fn len(&self) -> usize {
        self.contacts.len()
    }

    /// True when there are no contacts.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.contacts.is_empty()
    }

    /// The position of the contact with this id.
    #[must_use]
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.position(&self.contacts, id)
    }

    /// The contact with this id.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&Contact> {
        self.position(id).and_then(|i| self.contacts.get(i))
    }

    /// True when a contact has this id.
    #[must_use]
    pub fn contains(&self, id: &str) -> bool {
        self.position(id).is_some()
    }

    /// Inserts in order; returns the position.
    fn insert_sorted(&mut self, contact: Contact) -> usize {
        let key = sort_key(&contact);
        let at = self
            .contacts
            .binary_search_by(|c| sort_key(c).cmp(&key))
            .unwrap_or_else(|i| i);
        Arc::make_mut(&mut self.contacts).insert(at, contact);
        at
    }

    /// Applies a change if every contact it expects is as expected; otherwise changes nothing.
    pub fn apply(&mut self, change: &Change) -> Result<(), DirectoryError> {
        // Check everything first so a refused change leaves the directory untouched.
        let mut touched = HashSet::new();
        for edit in change.edits.iter() {
            let id = edit.id();
            let current = self.get(id);
            let expected_ok = match (&edit.before, current) {
                (None, None) => true,
                (Some(b), Some(c)) => b == c,
                _ => touched.contains(id),
            };
            if !expected_ok {
                return Err(match (&edit.before, current) {
                    (None, Some(_)) => DirectoryError::DuplicateId(id.to_string()),
                    _ => DirectoryError::Conflict(id.to_string()),
                });
            }
            if let Some(after) = &edit.after {
                after.check()?;
            }
            touched.insert(id.to_string());
        }
        for edit in change.edits.iter() {
            self.remember(edit);
        }
        if change.edits.len() >= BULK_FROM {
            // One pass: drop every touched contact, add the new versions, sort once.
            let mut latest: HashMap<&str, Option<&Contact>> = HashMap::new();
            for edit in change.edits.iter() {
                latest.insert(edit.id(), edit.after.as_ref());
            }
            let contacts = Arc::make_mut(&mut self.contacts);
            contacts.retain(|c| !latest.contains_key(c.id.as_str()));
            contacts.extend(latest.into_values().flatten().cloned());
            contacts.sort_by_cached_key(sort_key);
            self.by_id = Arc::new(IdIndex::build(contacts));
            return Ok(());
        }
        for edit in change.edits.iter() {
            if let Some(at) = Arc::make_mut(&mut self.by_id).remove(&self.contacts, edit.id()) {
                Arc::make_mut(&mut self.contacts).remove(at);
                Arc::make_mut(&mut self.by_id).removed_at(at);
            }
            if let Some(after) = &edit.after {
                let at = self.insert_sorted(after.clone());
                let by_id = Arc::make_mut(&mut self.by_id);
                by_id.inserted_at(at);
                by_id.insert(&self.contacts, at);
            }
        }
        Ok(())
    }

    /// Adds a new contact (a new id is made when its id is empty or taken). Returns the change.
    pub fn add(&mut self, mut contact: Contact, now: Timestamp) -> Result<Change, DirectoryError> {
        contact.check()?;
        if contact.id.trim().is_empty() || self.contains(&contact.id) {
            contact.id = new_id(now, |id| self.contains(id)).into();
        }
        contact.created_at = Some(now.into());
        contact.updated_at = Some(now.into());
        contact.updated_by = machine::author().into();
        self.commit(ChangeKind::Add, vec![(None, Some(contact))])
    }

    /// Replaces the contact with the same id. Sets `updated_at`; leaves `verified_on` alone, so
    /// the list can show that it changed since it was verified.
    pub fn update(
        &mut self,
        mut contact: Contact,
        now: Timestamp,
    ) -> Result<Change, DirectoryError> {
        let before = self
            .get(&contact.id)
            .cloned()
            .ok_or_else(|| DirectoryError::NotFound(contact.id.to_string()))?;
        if before == contact {
            return Ok(Change {
                kind: ChangeKind::Edit,
                edits: Arc::from([]),
            });
        }
        contact.updated_at = Some(now.into());
        contact.updated_by = machine::author().into();
        self.commit(ChangeKind::Edit, vec![(Some(before), Some(contact))])
    }

    /// Deletes a contact.
    pub fn delete(&mut self, id: &str) -> Result<Change, DirectoryError> {
        let before = self
            .get(id)
            .cloned()
            .ok_or_else(|| DirectoryError::NotFound(id.to_string()))?;
        self.commit(ChangeKind::Delete, vec![(Some(before), None)])
    }

    /// Adds a copy of a contact named "… (copy)", unverified.
    pub fn duplicate(&mut self, id: &str, now: Timestamp) -> Result<Change, DirectoryError> {
        let mut copy = self
            .get(id)
            .cloned()
            .ok_or_else(|| DirectoryError::NotFound(id.to_string()))?;
        copy.id = new_id(now, |id| self.contains(id)).into();
        copy.name = format!("{} (copy)", copy.name).into();
        copy.verified_on = None;
        copy.checks = thin_vec::ThinVec::new();
        copy.created_at = Some(now.into());
        copy.updated_at = Some(now.into());
        copy.updated_by = machine::author().into();
        self.commit(ChangeKind::Duplicate, vec![(None, Some(copy))])
    }

    /// Marks a contact verified on `date` ("Mark verified today"): a *confirmed* check whose
    /// method was not recorded. Changes the log and `verified_on` and nothing else.
    pub fn mark_verified(&mut self, id: &str, date: Date) -> Result<Change, DirectoryError> {
        let now = Timestamp::now();
        let check = check::Check::now(
            check::Finding::Confirmed,
            check::Method::NotRecorded,
            date,
            now,
        );
        self.record_check(id, check, None, now)
    }

    /// Records a check of a contact, in one undoable step. With `corrected` (the contact as the
    /// check corrected it), the corrected fields are saved too and the check keeps their old
    /// values (its finding becomes *changed* if it was *confirmed*).
    pub fn record_check(
        &mut self,
        id: &str,
        mut check: check::Check,
        corrected: Option<Contact>,
        now: Timestamp,
    ) -> Result<Change, DirectoryError> {
        let before = self
            .get(id)
            .cloned()
            .ok_or_else(|| DirectoryError::NotFound(id.to_string()))?;
        let mut after = before.clone();
        if let Some(mut corrected) = corrected.filter(|c| c.id == before.id) {
            corrected.check()?;
            let old = check_log::old_values(&before, &corrected);
            if !old.is_empty() {
                corrected.checks.clone_from(&before.checks);
                corrected.verified_on = before.verified_on;
                corrected.updated_at = Some(now.into());
                corrected.updated_by = machine::author().into();
                after = corrected;
                if check.found == check::Finding::Confirmed {
                    check.found = check::Finding::Changed;
                }
                check.old_values = old;
            }
        }
        after.record_check(check);
        self.commit(ChangeKind::Verify, vec![(Some(before), Some(after))])
    }

    /// Records many checks at once (a filled-in call sheet), in one undoable step. Checks of
    /// contacts that are not in the directory are skipped and their ids returned.
    pub fn record_checks(
        &mut self,
        checks: Vec<(String, check::Check)>,
    ) -> Result<(Change, Vec<String>), DirectoryError> {
        let mut after: HashMap<Text, Contact> = HashMap::new();
        let mut order: Vec<Text> = Vec::new();
        let mut unknown = Vec::new();
        for (id, check) in checks {
            let Some(before) = self.get(&id) else {
                unknown.push(id);
                continue;
            };
            let contact = after.entry(before.id.clone()).or_insert_with(|| {
                order.push(before.id.clone());
                before.clone()
            });
            contact.record_check(check);
        }
        let edits = order
            .into_iter()
            .filter_map(|id| {
                let new = after.remove(&id)?;
                Some((self.get(&id).cloned(), Some(new)))
            })
            .collect();
        Ok((self.commit(ChangeKind::Verify, edits)?, unknown))
    }

    /// The change that turns this directory into exactly `contacts` (a merge's result): each
    /// contact that differs is replaced or added, each one missing is deleted. Not applied.
    #[must_use]
    pub fn change_to(&self, kind: ChangeKind, contacts: Vec<Contact>) -> Change {
        let mut edits = Vec::new();
        let mut kept = HashSet::new();
        for c in contacts {
            kept.insert(c.id.clone());
            let before = self.get(&c.id);
            if before != Some(&c) {
                edits.push(ContactEdit {
                    before: before.cloned(),
                    after: Some(c),
                });
            }
        }
        for c in self.contacts.iter() {
            if !kept.contains(&c.id) {
                edits.push(ContactEdit {
                    before: Some(c.clone()),
                    after: None,
                });
            }
        }
        Change {
            kind,
            edits: edits.into(),
        }
    }

    /// Adds or replaces many contacts as one change (imports, merges).
    pub fn batch(&mut self, contacts: Vec<Contact>) -> Result<Change, DirectoryError> {
        let edits = contacts
            .into_iter()
            .map(|c| (self.get(&c.id).cloned(), Some(c)))
            .collect();
        self.commit(ChangeKind::Batch, edits)
    }

    fn commit(
        &mut self,
        kind: ChangeKind,
        edits: Vec<(Option<Contact>, Option<Contact>)>,
    ) -> Result<Change, DirectoryError> {
        let change = Change {
            kind,
            edits: edits
                .into_iter()
                .map(|(before, mut after)| {
                    // Every edit says what it was made from (see `lineage.rs`).
                    if let (Some(b), Some(a)) = (&before, &mut after)
                        && a.based_on == b.based_on
                    {
                        a.based_on = crate::core::directory::lineage::after_edit(b);
                    }
                    ContactEdit { before, after }
                })
                .collect(),
        };
        self.apply(&change)?;
        Ok(change)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(name: &str) -> Contact {
        Contact {
            name: name.into(),
            ..Contact::default()
        }
    }

    fn now() -> Timestamp {
        Timestamp::from_second(1_790_000_000).expect("valid")
    }

    #[test]
    fn contacts_stay_sorted_by_folded_name() {
        let mut d = Directory::default();
        for n in ["zeta", "Ábaco", "beta", "alpha"] {
            d.add(contact(n), now()).expect("add");
        }
        let names: Vec<&str> = d.contacts().iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Ábaco", "alpha", "beta", "zeta"]);
        assert!(d.contacts().iter().all(|c| !c.id.is_empty()));
        let ids: HashSet<&str> = d.contacts().iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids.len(),
            4,
            "ids are unique even when made in the same instant"
        );
    }

    #[test]
    fn every_operation_is_invertible() {
        let mut d = Directory::default();
        let add = d.add(contact("A"), now()).expect("add");
        let id = add.focus().expect("focus").to_string();
        let snapshot = d.clone();

        let mut edited = d.get(&id).cloned().expect("get");
        edited.phones.push(crate::core::directory::contact::Phone {
            number: "505-555-0100".into(),
            ..Default::default()
        });
        let ops: Vec<Change> = vec![
            d.update(edited, now()).expect("update"),
            d.mark_verified(&id, Date::constant(2026, 11, 27))
                .expect("verify"),
            d.duplicate(&id, now()).expect("duplicate"),
            d.delete(&id).expect("delete"),
        ];
        for change in ops.iter().rev() {
            d.apply(&change.inverse()).expect("undo");
        }
        assert_eq!(d, snapshot);
        d.apply(&add.inverse()).expect("undo add");
        assert!(d.is_empty());
    }

    #[test]
    fn verification_changes_only_the_date() {
        let mut d = Directory::default();
        let id = d
            .add(contact("A"), now())
            .expect("add")
            .focus()
            .expect("focus")
            .to_string();
        let before = d.get(&id).cloned().expect("get");
        d.mark_verified(&id, Date::constant(2026, 11, 2))
            .expect("verify");
        let after = d.get(&id).cloned().expect("get");
        assert_eq!(after.verified_on, Some(Date::constant(2026, 11, 2)));
        assert_eq!(after.checks.len(), 1, "logged");
        assert_eq!(after.checks[0].found, check::Finding::Confirmed);
        // The date, the log, and what the new version was made from (see `lineage.rs`).
        assert_eq!(
            after.based_on,
            crate::core::directory::lineage::after_edit(&before)
        );
        assert_eq!(
            Contact {
                verified_on: None,
                checks: thin_vec::ThinVec::new(),
                based_on: None,
                ..after
            },
            before
        );
    }

    #[test]
    fn stale_changes_are_refused_whole() {
        let mut d = Directory::default();
        let add = d.add(contact("A"), now()).expect("add");
        let id = add.focus().expect("focus").to_string();
        let del = d.delete(&id).expect("delete");
        assert!(matches!(d.apply(&del), Err(DirectoryError::Conflict(_))));
        assert!(matches!(
            d.add(contact(" "), now()),
            Err(DirectoryError::Invalid(_))
        ));
    }

    #[test]
    fn loaded_files_get_repaired_ids() {
        let mut a = contact("A");
        a.id = "same".into();
        let mut b = contact("B");
        b.id = "same".into();
        let (d, warnings) = Directory::from_loaded(vec![a, b, contact("C")]);
        assert_eq!(d.len(), 3);
        assert_eq!(warnings.len(), 2);
        let ids: HashSet<&str> = d.contacts().iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids.len(), 3);
    }
}
