//! Merging two versions of a directory, contact by contact and field by field, against what
//! both started from (the *base*). This is what lets several desktops share one contact list
//! through a sync program: when two desktops changed the list between syncs, the sync program
//! keeps one file and a conflict copy, and this module puts them back together.
//!
//! The rules, for each contact id:
//! - present on both sides: each field is merged three ways — a change made on one side only
//!   is taken, the same change on both sides is taken once, phones/services/counties/languages
//!   that both sides only added to are united, and two different changes of one field are a
//!   [`Conflict::Fields`] for a person to settle. With no base, every differing field is asked.
//!   `verified_on` takes the later date and `updated_at`/`updated_by` the later edit: those
//!   describe the contact, they are never asked.
//! - present on one side and deleted (a tombstone) on the other: a deletion newer than the
//!   contact's last edit removes it; an edit newer than the deletion is asked
//!   ([`Conflict::EditedAndDeleted`]).
//! - present on one side only, with no tombstone: kept (added there, or the other side is an
//!   older file that did not record deletions). A contact is never dropped without a
//!   tombstone.
//!
//! The merge is pure: it reads two directories and a base, and returns the merged contacts
//! with the questions left; `workspace/copies.rs` reads the copies and applies the merge.

use crate::core::directory::contact::{Contact, Field};
use crate::core::directory::tombstone::{self, Tombstone};
use crate::core::directory::{Change, Directory};
use std::collections::{BTreeSet, HashMap};

/// When both sides only added items to this list field (every base item is still on
/// both sides), the union: my list, then their additions. `None` otherwise, or for a field
/// that is not a list.
fn united(field: Field, base: &Contact, mine: &Contact, theirs: &Contact) -> Option<Contact> {
    fn unite<T: PartialEq + Clone>(b: &[T], m: &[T], t: &[T]) -> Option<Vec<T>> {
        let only_added = b.iter().all(|x| m.contains(x) && t.contains(x));
        only_added.then(|| {
            let mut out: Vec<T> = Vec::with_capacity(m.len() + t.len());
            for x in m.iter().chain(t) {
                if !out.contains(x) {
                    out.push(x.clone());
                }
            }
            out
        })
    }
    let mut out = mine.clone();
    match field {
        Field::Services => {
            out.services = unite(&base.services, &mine.services, &theirs.services)?.into();
        }
        Field::Phones => {
            out.phones = unite(&base.phones, &mine.phones, &theirs.phones)?.into();
        }
        Field::Counties => {
            out.counties = unite(&base.counties, &mine.counties, &theirs.counties)?.into();
        }
        Field::Languages => {
            out.languages = unite(&base.languages, &mine.languages, &theirs.languages)?.into();
        }
        _ => return None,
    }
    Some(out)
}

/// Which side a person chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// This desktop's version.
    Mine,
    /// The other copy's version.
    Theirs,
}

/// One contact merged field by field: the result, and the fields changed two different ways
/// (the result holds my value there until a person chooses).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactMerge {
    /// The merged contact.
    pub merged: Contact,
    /// The fields in conflict, in the editor's order.
    pub conflicts: Vec<Field>,
}

/// Merges one contact three ways (two ways with no base: every differing field is asked).
#[must_use]
pub fn merge_contact(base: Option<&Contact>, mine: &Contact, theirs: &Contact) -> ContactMerge {
    let mut merged = mine.clone();
    let mut conflicts = Vec::new();
    if mine != theirs {
        for field in Field::ALL {
            if field.same(mine, theirs) {
                continue;
            }
            match base {
                Some(b) if field.same(b, mine) => field.copy(theirs, &mut merged),
                Some(b) if field.same(b, theirs) => {}
                Some(b) => match united(field, b, mine, theirs) {
                    Some(united) => field.copy(&united, &mut merged),
                    None => conflicts.push(field),
                },
                None => conflicts.push(field),
            }
        }
    }
    // Two desktops' checks are one log; the verified date follows it.
    merged.checks = crate::core::directory::check::united(&mine.checks, &theirs.checks);
    merged.verified_on = mine.verified_on.max(theirs.verified_on);
    merged.created_at = match (mine.created_at, theirs.created_at) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let theirs_later =
        (theirs.updated_at, &theirs.updated_by) > (mine.updated_at, &mine.updated_by);
    if theirs_later {
        merged.updated_at = theirs.updated_at;
        merged.updated_by.clone_from(&theirs.updated_by);
    }
    merged.based_on = crate::core::directory::lineage::after_merge(&merged, mine, theirs);
    ContactMerge { merged, conflicts }
}

/// A question the merge leaves for a person.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(
    clippy::large_enum_variant,
    reason = "a merge leaves a handful of questions; boxing them buys nothing"
)]
pub enum Conflict {
    /// Fields of one contact changed two different ways.
    Fields {
        /// What both started from, when known.
        base: Option<Contact>,
        /// This desktop's version.
        mine: Contact,
        /// The other copy's version.
        theirs: Contact,
        /// The merge of everything else (my values in the conflicting fields).
        merged: Contact,
        /// The conflicting fields.
        fields: Vec<Field>,
    },
    /// One side edited a contact after the other side deleted it.
    EditedAndDeleted {
        /// The contact as the side that kept it has it.
        kept: Contact,
        /// Which side kept (and edited) it.
        kept_by: Side,
        /// The other side's deletion.
        deletion: Tombstone,
    },
}

impl Conflict {
    /// The contact's id.
    #[must_use]
    pub fn id(&self) -> &str {
        match self {
            Conflict::Fields { mine, .. } => &mine.id,
            Conflict::EditedAndDeleted { kept, .. } => &kept.id,
        }
    }

    /// The contact's name (this desktop's, else the one kept).
    #[must_use]
    pub fn name(&self) -> &str {
        match self {
            Conflict::Fields { mine, .. } => &mine.name,
            Conflict::EditedAndDeleted { kept, .. } => &kept.name,
        }
    }
}

/// What a merge took from the other copy for one contact, for the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taken {
    /// Only the other copy had it; it was added.
    Added,
    /// Changes from the other copy were taken (alone, or together with this desktop's).
    Updated,
    /// A deletion in the other copy was taken.
    Deleted,
}

/// A line of the merge's report: a contact that changed on this desktop's side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// The contact's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// What was taken from the other copy.
    pub taken: Taken,
}

/// How two directories merged.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Merge {
    /// The merged contacts, except the ones in [`Merge::conflicts`] (settle those with
    /// [`Merge::resolve`]).
    pub contacts: Vec<Contact>,
    /// The deletions both sides know of.
    pub tombstones: Vec<Tombstone>,
    /// Contacts that changed on this desktop's side, and how.
    pub merged: Vec<Merged>,
    /// Questions for a person, in the order of the contacts' names.
    pub conflicts: Vec<Conflict>,
}

/// A person's answers to a merge's questions: for a field, or for a whole contact (edit
/// against deletion). Anything unanswered keeps this desktop's version.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choices {
    /// By contact id and field.
    pub fields: HashMap<(String, Field), Side>,
    /// By contact id, for edits against deletions.
    pub contacts: HashMap<String, Side>,
    /// List fields (phones, counties, languages, services) where both sides' items are kept:
    /// this desktop's, then the other copy's that it lacks.
    pub both: std::collections::HashSet<(String, Field)>,
}

impl Choices {
    /// Every question answered `side` ("take all mine" / "take all theirs").
    #[must_use]
    pub fn all(merge: &Merge, side: Side) -> Choices {
        let mut choices = Choices::default();
        for c in &merge.conflicts {
            match c {
                Conflict::Fields { mine, fields, .. } => {
                    for f in fields {
                        choices.fields.insert((mine.id.to_string(), *f), side);
                    }
                }
                Conflict::EditedAndDeleted { kept, .. } => {
                    choices.contacts.insert(kept.id.to_string(), side);
                }
            }
        }
        choices
    }

    /// True when both sides' items of this list field are kept.
    #[must_use]
    pub fn keeps_both(&self, id: &str, field: Field) -> bool {
        self.both.contains(&(id.to_string(), field))
    }

    /// The answer for a field of a contact; unanswered means mine.
    #[must_use]
    pub fn field(&self, id: &str, field: Field) -> Side {
        self.fields
            .get(&(id.to_string(), field))
            .copied()
            .unwrap_or(Side::Mine)
    }
}

impl Merge {
    /// True when no question is left.
    #[must_use]
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }

    /// The merged contacts and tombstones with every question settled by `choices`.
    #[must_use]
    pub fn resolve(&self, choices: &Choices) -> (Vec<Contact>, Vec<Tombstone>) {
        let mut contacts = self.contacts.clone();
        let mut tombstones = self.tombstones.clone();
        for conflict in &self.conflicts {
            match conflict {
                Conflict::Fields {
                    mine,
                    theirs,
                    merged,
                    fields,
                    ..
                } => {
                    let mut c = merged.clone();
                    for f in fields {
                        if choices.keeps_both(&mine.id, *f) {
                            // Every item of both: an empty base counts every item as added.
                            if let Some(both) = united(*f, &Contact::default(), mine, theirs) {
                                f.copy(&both, &mut c);
                            }
                        } else if choices.field(&mine.id, *f) == Side::Theirs {
                            f.copy(theirs, &mut c);
                        }
                    }
                    c.based_on = crate::core::directory::lineage::after_merge(&c, mine, theirs);
                    contacts.push(c);
                }
                Conflict::EditedAndDeleted {
                    kept,
                    kept_by,
                    deletion,
                } => {
                    let side = choices
                        .contacts
                        .get(kept.id.as_str())
                        .copied()
                        .unwrap_or(Side::Mine);
                    if side == *kept_by {
                        tombstones.retain(|t| t.id != kept.id);
                        contacts.push(kept.clone());
                    } else if !tombstones.iter().any(|t| t.id == deletion.id) {
                        tombstones.push(deletion.clone());
                    }
                }
            }
        }
        tombstones.sort_by(|a, b| a.id.cmp(&b.id));
        (contacts, tombstones)
    }

    /// The contacts and tombstones with only what merged cleanly: each contact in conflict
    /// stays as this desktop has it (the command line writes this and leaves the copy for the
    /// window to settle).
    #[must_use]
    pub fn clean_part(&self) -> (Vec<Contact>, Vec<Tombstone>) {
        let mut contacts = self.contacts.clone();
        let mut tombstones = self.tombstones.clone();
        for conflict in &self.conflicts {
            match conflict {
                Conflict::Fields { mine, .. } => contacts.push(mine.clone()),
                Conflict::EditedAndDeleted {
                    kept,
                    kept_by: Side::Mine,
                    ..
                } => {
                    tombstones.retain(|t| t.id != kept.id);
                    contacts.push(kept.clone());
                }
                Conflict::EditedAndDeleted { .. } => {}
            }
        }
        (contacts, tombstones)
    }
}

/// Merges `theirs` into `mine`. `base` gives, for my and their version of a contact, the
/// version both sides started from, when known (see `merge_base.rs`).
#[must_use]
pub fn merge(
    mine: &Directory,
    theirs: &Directory,
    base: &dyn Fn(&Contact, &Contact) -> Option<Contact>,
) -> Merge {
    let all_tombstones = tombstone::union(mine.tombstones(), theirs.tombstones());
    let deletion = |list: &[Tombstone], id: &str| -> Option<Tombstone> {
        list.binary_search_by(|t| t.id.as_str().cmp(id))
            .ok()
            .map(|i| list[i].clone())
    };
    let ids: BTreeSet<&str> = mine
        .contacts()
        .iter()
        .chain(theirs.contacts())
        .map(|c| c.id.as_str())
        .collect();
    let mut out = Merge::default();
    let mut gone: BTreeSet<String> = BTreeSet::new();
    for id in ids {
        match (mine.get(id), theirs.get(id)) {
            (Some(m), Some(t)) => {
                let b = base(m, t);
                let cm = merge_contact(b.as_ref(), m, t);
                if cm.conflicts.is_empty() {
                    if cm.merged != *m {
                        out.merged.push(Merged {
                            id: id.to_string(),
                            name: cm.merged.name.to_string(),
                            taken: Taken::Updated,
                        });
                    }
                    out.contacts.push(cm.merged);
                } else {
                    out.conflicts.push(Conflict::Fields {
                        base: b,
                        mine: m.clone(),
                        theirs: t.clone(),
                        merged: cm.merged,
                        fields: cm.conflicts,
                    });
                }
            }
            (Some(kept), None) | (None, Some(kept)) => {
                let kept_by = if mine.contains(id) {
                    Side::Mine
                } else {
                    Side::Theirs
                };
                let other = match kept_by {
                    Side::Mine => theirs,
                    Side::Theirs => mine,
                };
                match deletion(other.tombstones(), id) {
                    None => {
                        if kept_by == Side::Theirs {
                            out.merged.push(Merged {
                                id: id.to_string(),
                                name: kept.name.to_string(),
                                taken: Taken::Added,
                            });
                        }
                        out.contacts.push(kept.clone());
                    }
                    Some(t) if deletion_stands(&t, kept) => {
                        if kept_by == Side::Mine {
                            out.merged.push(Merged {
                                id: id.to_string(),
                                name: kept.name.to_string(),
                                taken: Taken::Deleted,
                            });
                        }
                        gone.insert(id.to_string());
                    }
                    Some(t) => {
                        out.conflicts.push(Conflict::EditedAndDeleted {
                            kept: kept.clone(),
                            kept_by,
                            deletion: t,
                        });
                    }
                }
            }
            (None, None) => {}
        }
    }
    let present: BTreeSet<&str> = out
        .contacts
        .iter()
        .map(|c| c.id.as_str())
        .chain(out.conflicts.iter().map(Conflict::id))
        .collect();
    out.tombstones = all_tombstones
        .into_iter()
        .filter(|t| !present.contains(t.id.as_str()) || gone.contains(&t.id))
        .collect();
    out.conflicts.sort_by_cached_key(|c| {
        (
            crate::core::basics::text::fold(c.name()),
            c.id().to_string(),
        )
    });
    out
}

/// Merges the edits made here since the file was last read (`changes`, applied to give
/// `mine`) with `theirs`, the file as someone else has since written it: the base of each
/// contact is what it was before the first of those edits, and contacts not edited here are
/// taken as they are in `theirs`.
#[must_use]
pub fn merge_unsaved(mine: &Directory, theirs: &Directory, changes: &[Change]) -> Merge {
    let mut before: HashMap<&str, Option<&Contact>> = HashMap::new();
    for e in changes.iter().flat_map(|c| c.edits.iter()) {
        let id = e
            .before
            .as_ref()
            .or(e.after.as_ref())
            .map_or("", |c| c.id.as_str());
        before.entry(id).or_insert(e.before.as_ref());
    }
    let mut out = merge(mine, theirs, &|m, _| match before.get(m.id.as_str()) {
        Some(b) => b.cloned(),
        None => Some(m.clone()),
    });
    // Here it is known for sure who saw what: an edit here of a contact they deleted, or a
    // deletion here of a contact they changed, was made without seeing the other. Ask,
    // whatever the clocks say.
    let asked: BTreeSet<String> = out.conflicts.iter().map(|c| c.id().to_string()).collect();
    for (id, first_before) in &before {
        if asked.contains(*id) {
            continue;
        }
        let Some(original) = first_before else {
            continue;
        };
        let question = match (mine.get(id), theirs.get(id)) {
            (None, Some(t)) if t != *original => mine
                .tombstones()
                .iter()
                .find(|d| d.id == *id)
                .map(|d| Conflict::EditedAndDeleted {
                    kept: t.clone(),
                    kept_by: Side::Theirs,
                    deletion: d.clone(),
                }),
            (Some(m), None) if m != *original => {
                theirs.tombstones().iter().find(|d| d.id == *id).map(|d| {
                    Conflict::EditedAndDeleted {
                        kept: m.clone(),
                        kept_by: Side::Mine,
                        deletion: d.clone(),
                    }
                })
            }
            _ => None,
        };
        if let Some(q) = question {
            out.contacts.retain(|c| c.id != *id);
            out.merged.retain(|m| m.id != *id);
            out.conflicts.push(q);
        }
    }
    out.conflicts.sort_by_cached_key(|c| {
        (
            crate::core::basics::text::fold(c.name()),
            c.id().to_string(),
        )
    });
    out
}

/// True when the deletion was of the version kept (or of one made from it): it was not edited
/// since, whatever the clocks say. A deletion that does not say which version it removed (an
/// older file) stands when it came after the contact's last edit (a contact never edited counts
/// as older than any deletion).
fn deletion_stands(t: &Tombstone, kept: &Contact) -> bool {
    t.covers(kept).unwrap_or_else(|| {
        kept.updated_at
            .is_none_or(|edited| t.deleted_at >= edited.timestamp())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeping_both_lists_keeps_every_number() {
        let base = Contact {
            id: "c".into(),
            name: "C".into(),
            phones: [crate::core::directory::contact::Phone {
                number: "505-555-0100".into(),
                ..Default::default()
            }]
            .into_iter()
            .collect(),
            ..Contact::default()
        };
        let with = |n: &str| Contact {
            phones: [crate::core::directory::contact::Phone {
                number: n.into(),
                ..Default::default()
            }]
            .into_iter()
            .collect(),
            ..base.clone()
        };
        let (mine, theirs) = (with("505-555-0101"), with("505-555-0102"));
        let m = merge(
            &Directory::new(vec![mine.clone()]),
            &Directory::new(vec![theirs.clone()]),
            &|_: &Contact, _: &Contact| Some(base.clone()),
        );
        assert_eq!(m.conflicts.len(), 1, "both replaced the number: asked");
        let mut choices = Choices::default();
        choices.both.insert(("c".into(), Field::Phones));
        let (contacts, _) = m.resolve(&choices);
        let numbers: Vec<&str> = contacts[0]
            .phones
            .iter()
            .map(|p| p.number.as_str())
            .collect();
        assert_eq!(numbers, ["505-555-0101", "505-555-0102"]);
    }
    use crate::core::directory::contact::Phone;
    use jiff::Timestamp;

    fn at(second: i64) -> Timestamp {
        Timestamp::from_second(1_790_000_000 + second).expect("valid")
    }

    fn contact(id: &str, name: &str) -> Contact {
        Contact {
            id: id.into(),
            name: name.into(),
            updated_at: Some(at(0).into()),
            ..Contact::default()
        }
    }

    fn phone(n: &str) -> Phone {
        Phone {
            number: n.into(),
            ..Phone::default()
        }
    }

    #[test]
    fn different_fields_changed_on_each_side_are_both_taken() {
        let base = contact("a", "Legal Aid");
        let mut mine = base.clone();
        mine.email = "help@example.org".into();
        let mut theirs = base.clone();
        theirs.hours = "Mon–Fri".into();
        let m = merge_contact(Some(&base), &mine, &theirs);
        assert!(m.conflicts.is_empty());
        assert_eq!(m.merged.email, "help@example.org");
        assert_eq!(m.merged.hours, "Mon–Fri");
    }

    #[test]
    fn the_same_field_changed_two_ways_is_asked_and_choices_settle_it() {
        let base = contact("a", "Legal Aid");
        let mut mine = base.clone();
        mine.name = "Legal Aid NM".into();
        let mut theirs = base.clone();
        theirs.name = "New Mexico Legal Aid".into();
        theirs.updated_at = Some(at(10).into());
        let m = merge_contact(Some(&base), &mine, &theirs);
        assert_eq!(m.conflicts, vec![Field::Name]);
        assert_eq!(m.merged.updated_at, Some(at(10).into()));

        let mine_dir = Directory::new(vec![mine]);
        let theirs_dir = Directory::new(vec![theirs]);
        let merged = merge(&mine_dir, &theirs_dir, &|_, _| Some(base.clone()));
        assert_eq!(merged.conflicts.len(), 1);
        let (c, _) = merged.resolve(&Choices::all(&merged, Side::Theirs));
        assert_eq!(c[0].name, "New Mexico Legal Aid");
        let (c, _) = merged.resolve(&Choices::default());
        assert_eq!(c[0].name, "Legal Aid NM");
    }

    #[test]
    fn lists_both_sides_only_added_to_are_united() {
        let mut base = contact("a", "A");
        base.phones = smallvec::smallvec![phone("505-555-0100")];
        let mut mine = base.clone();
        mine.phones.push(phone("505-555-0101"));
        let mut theirs = base.clone();
        theirs.phones.push(phone("505-555-0102"));
        let m = merge_contact(Some(&base), &mine, &theirs);
        assert!(m.conflicts.is_empty());
        assert_eq!(m.merged.phones.len(), 3);
        // A removal on one side is a real change: asked.
        theirs.phones.remove(0);
        let m = merge_contact(Some(&base), &mine, &theirs);
        assert_eq!(m.conflicts, vec![Field::Phones]);
    }

    #[test]
    fn without_a_base_every_difference_is_asked_and_nothing_is_dropped() {
        let mine = Directory::new(vec![contact("a", "A"), contact("m", "Mine only")]);
        let mut a2 = contact("a", "A");
        a2.notes = "theirs".into();
        let theirs = Directory::new(vec![a2, contact("t", "Theirs only")]);
        let m = merge(&mine, &theirs, &|_, _| None);
        assert_eq!(m.conflicts.len(), 1);
        let (c, _) = m.resolve(&Choices::default());
        let ids: BTreeSet<&str> = c.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, BTreeSet::from(["a", "m", "t"]));
    }

    #[test]
    fn deletions_stay_deleted_unless_edited_after() {
        let old = contact("a", "A");
        let mine = Directory::new(vec![old.clone()]);
        let deletion = Tombstone {
            id: "a".into(),
            deleted_at: at(5),
            deleted_by: "b@B".into(),
            versions: Vec::new(),
        };
        let theirs = Directory::default().with_tombstones(std::slice::from_ref(&deletion));
        let m = merge(&mine, &theirs, &|_, _| None);
        assert!(m.is_clean());
        assert!(m.contacts.is_empty());
        assert_eq!(m.tombstones, vec![deletion.clone()]);
        assert_eq!(m.merged[0].taken, Taken::Deleted);

        let mut edited = old;
        edited.updated_at = Some(at(9).into());
        let mine = Directory::new(vec![edited]);
        let m = merge(&mine, &theirs, &|_, _| None);
        assert!(matches!(
            m.conflicts[0],
            Conflict::EditedAndDeleted {
                kept_by: Side::Mine,
                ..
            }
        ));
        let (c, t) = m.resolve(&Choices::all(&m, Side::Mine));
        assert_eq!((c.len(), t.len()), (1, 0));
        let (c, t) = m.resolve(&Choices::all(&m, Side::Theirs));
        assert_eq!((c.len(), t.len()), (0, 1));
    }
}
