//! The import preview: what an import would add, which incoming contacts look like duplicates
//! of existing ones (same name after folding, same phone, or same website), and which rows
//! could not be read. The user chooses per duplicate; applying the plan is one change, so one
//! undo takes the whole import back, and nothing is half-imported.

use super::{Imported, ProblemPlace, ProblemReason, RowProblem, phone_digits, website_key};
use crate::core::basics::text::fold;
use crate::core::directory::contact::Contact;
use crate::core::directory::{Change, Directory, DirectoryError, new_id};
use jiff::Timestamp;
use std::collections::{HashMap, HashSet};

/// What to do with an incoming contact that looks like an existing one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Choice {
    /// Leave the existing contact as it is; do not import this one.
    #[default]
    Skip,
    /// Update the existing contact with the imported one: the fields the file has a value for
    /// (all of them with [`ImportPlan::clear_missing`]), keeping its id, creation time and,
    /// when the import has none, its verification date.
    Update,
    /// Import it as a new contact anyway.
    AddAnyway,
}

/// Why an incoming contact looks like an existing one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Likeness {
    /// Same name, ignoring case and accents.
    SameName,
    /// A phone number in common.
    SamePhone(String),
    /// Same website.
    SameWebsite(String),
}

/// An incoming contact that looks like an existing one.
#[derive(Debug, Clone, PartialEq)]
pub struct Duplicate {
    /// The incoming contact.
    pub incoming: Contact,
    /// The id of the existing contact it resembles.
    pub existing_id: String,
    /// Why.
    pub likeness: Likeness,
    /// What the user chose.
    pub choice: Choice,
}

/// What an import would do.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportPlan {
    /// Contacts that would be added.
    pub new: Vec<Contact>,
    /// Likely duplicates, each with the user's choice.
    pub duplicates: Vec<Duplicate>,
    /// Rows that cannot be read, with their place and reason.
    pub problems: Vec<RowProblem>,
    /// What the file had that no field holds (kept as notes, or not imported).
    pub report: crate::core::interop::ImportReport,
    /// An update replaces the whole contact, clearing every field the file leaves empty; by
    /// default it changes only the fields the file has a value for.
    pub clear_missing: bool,
}

/// One field an update would change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    /// The existing contact's name.
    pub contact: String,
    /// The field.
    pub field: crate::core::directory::contact::Field,
    /// Its value now.
    pub before: String,
    /// Its value after the update.
    pub after: String,
}

fn likeness(incoming: &Contact, existing: &Contact) -> Option<Likeness> {
    if fold(incoming.name.trim()) == fold(existing.name.trim()) {
        return Some(Likeness::SameName);
    }
    for p in &incoming.phones {
        let d = phone_digits(&p.number);
        if d.len() >= 7 && existing.phones.iter().any(|q| phone_digits(&q.number) == d) {
            return Some(Likeness::SamePhone(p.number.to_string()));
        }
    }
    let w = website_key(&incoming.website);
    if !w.is_empty() && w == website_key(&existing.website) {
        return Some(Likeness::SameWebsite(incoming.website.to_string()));
    }
    None
}

/// Where to look for look-alikes of an incoming contact: the first position (in directory
/// order) of each folded name, phone number (7 digits or more) and website. Built once per
/// plan, so finding duplicates is linear in the size of the import and of the directory.
struct LookAlikes {
    names: HashMap<String, usize>,
    phones: HashMap<String, usize>,
    websites: HashMap<String, usize>,
}

impl LookAlikes {
    fn of(contacts: &[Contact]) -> LookAlikes {
        let mut me = LookAlikes {
            names: HashMap::with_capacity(contacts.len()),
            phones: HashMap::with_capacity(contacts.len()),
            websites: HashMap::new(),
        };
        for (i, c) in contacts.iter().enumerate() {
            me.names.entry(fold(c.name.trim())).or_insert(i);
            for p in &c.phones {
                let d = phone_digits(&p.number);
                if d.len() >= 7 {
                    me.phones.entry(d).or_insert(i);
                }
            }
            let w = website_key(&c.website);
            if !w.is_empty() {
                me.websites.entry(w).or_insert(i);
            }
        }
        me
    }

    /// The first existing contact that resembles `incoming` in any way (the same one a scan of
    /// the directory in order would find first).
    fn first_for(&self, incoming: &Contact) -> Option<usize> {
        let mut best = self.names.get(&fold(incoming.name.trim())).copied();
        let mut consider = |i: Option<&usize>| {
            if let Some(&i) = i {
                best = Some(best.map_or(i, |b| b.min(i)));
            }
        };
        for p in &incoming.phones {
            let d = phone_digits(&p.number);
            if d.len() >= 7 {
                consider(self.phones.get(&d));
            }
        }
        let w = website_key(&incoming.website);
        if !w.is_empty() {
            consider(self.websites.get(&w));
        }
        best
    }
}

/// Compares what was read with the directory.
#[must_use]
pub fn plan(directory: &Directory, imported: Imported) -> ImportPlan {
    let mut out = ImportPlan {
        problems: imported.problems,
        report: imported.report,
        ..ImportPlan::default()
    };
    let contacts = directory.contacts();
    let index = LookAlikes::of(contacts);
    for (row, mut incoming) in imported.contacts.into_iter().enumerate() {
        // A name with control characters (a NUL, a line break) is kept, those made spaces, and
        // said.
        if incoming.name.chars().any(char::is_control) {
            let cleaned = crate::core::directory::contact::clean_name(&incoming.name);
            if cleaned.is_empty() {
                out.problems.push(RowProblem {
                    place: ProblemPlace::Contact(row + 1),
                    reason: ProblemReason::NameOnlyControl,
                });
                continue;
            }
            out.problems.push(RowProblem {
                place: ProblemPlace::Contact(row + 1),
                reason: ProblemReason::NameCleaned(cleaned.clone()),
            });
            incoming.name = cleaned.into();
        }
        let found = index.first_for(&incoming).and_then(|i| {
            let e = &contacts[i];
            likeness(&incoming, e).map(|l| (e.id.clone(), l))
        });
        match found {
            Some((existing_id, likeness)) => out.duplicates.push(Duplicate {
                incoming,
                existing_id: existing_id.to_string(),
                likeness,
                choice: Choice::Skip,
            }),
            None => out.new.push(incoming),
        }
    }
    out
}

impl ImportPlan {
    /// `existing` updated from `incoming`: only the fields `incoming` has a value for (the rest
    /// kept), or with [`ImportPlan::clear_missing`] the incoming contact whole. The id and the
    /// creation time stay; the verification date stays unless the file has one.
    fn updated(&self, existing: &Contact, incoming: &Contact) -> Contact {
        use crate::core::directory::contact::Field;
        let mut c = if self.clear_missing {
            incoming.clone()
        } else {
            let mut c = existing.clone();
            for field in Field::ALL {
                if field.has_value(incoming) {
                    field.copy(incoming, &mut c);
                }
            }
            c
        };
        c.id.clone_from(&existing.id);
        c.created_at = existing.created_at;
        c.updated_at = existing.updated_at;
        c.updated_by.clone_from(&existing.updated_by);
        c.verified_on = incoming.verified_on.or(existing.verified_on);
        // An import never drops a check: both logs are kept.
        c.checks = crate::core::directory::check::united(&existing.checks, &incoming.checks);
        c
    }

    /// What the updates would change, field by field ("ACLU of New Mexico: email '' →
    /// 'intake@…'"), for the dry run and the preview.
    #[must_use]
    pub fn update_changes(&self, directory: &Directory) -> Vec<FieldChange> {
        use crate::core::directory::contact::Field;
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for d in self
            .duplicates
            .iter()
            .filter(|d| d.choice == Choice::Update)
        {
            let Some(existing) = directory.get(&d.existing_id) else {
                continue;
            };
            if !seen.insert(d.existing_id.as_str()) {
                continue;
            }
            let after = self.updated(existing, &d.incoming);
            for field in Field::ALL {
                if !field.same(existing, &after) {
                    out.push(FieldChange {
                        contact: existing.name.to_string(),
                        field,
                        before: field.show(existing),
                        after: field.show(&after),
                    });
                }
            }
        }
        out
    }

    /// How many contacts applying the plan would add and update.
    #[must_use]
    pub fn counts(&self) -> (usize, usize) {
        let added = self.new.len()
            + self
                .duplicates
                .iter()
                .filter(|d| d.choice == Choice::AddAnyway)
                .count();
        let updated = self
            .duplicates
            .iter()
            .filter(|d| d.choice == Choice::Update)
            .count();
        (added, updated)
    }

    /// Applies the plan to `directory` as one change (or changes nothing on error).
    pub fn apply(
        mut self,
        directory: &mut Directory,
        now: Timestamp,
    ) -> Result<Change, DirectoryError> {
        // New ids: one time-based id, then "-2", "-3", … counting on (not searching from 2
        // again for every contact, which made big imports quadratic).
        let base = new_id(now, |id| directory.contains(id));
        let mut next = 1_usize;
        let mut batch = Vec::with_capacity(self.new.len() + self.duplicates.len());
        let mut fresh = |mut c: Contact| {
            c.id = if next == 1 {
                base.clone().into()
            } else {
                format!("{base}-{next}").into()
            };
            next += 1;
            while directory.contains(&format!("{base}-{next}")) {
                next += 1;
            }
            c.created_at = Some(now.into());
            c.updated_at = Some(now.into());
            c.updated_by = crate::core::basics::machine::author().into();
            c
        };
        // The plan's contacts move into the change (an import of 100,000 is not copied).
        for c in std::mem::take(&mut self.new) {
            batch.push(fresh(c));
        }
        let mut updated = HashSet::new();
        for d in &self.duplicates {
            match d.choice {
                Choice::Skip => {}
                Choice::AddAnyway => batch.push(fresh(d.incoming.clone())),
                Choice::Update => {
                    let Some(existing) = directory.get(&d.existing_id) else {
                        return Err(DirectoryError::NotFound(d.existing_id.clone()));
                    };
                    // Two incoming rows may resemble the same contact: the first one wins.
                    if !updated.insert(d.existing_id.clone()) {
                        continue;
                    }
                    let mut c = self.updated(existing, &d.incoming);
                    c.updated_at = Some(now.into());
                    c.updated_by = crate::core::basics::machine::author().into();
                    batch.push(c);
                }
            }
        }
        directory.batch(batch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::directory::contact::Phone;

    fn named(name: &str) -> Contact {
        Contact {
            name: name.into(),
            ..Contact::default()
        }
    }

    #[test]
    fn duplicates_by_name_phone_and_website_and_one_undo() {
        let mut d = Directory::default();
        let mut a = named("Centro Legal Doña Ana");
        a.phones.push(Phone {
            number: "575-555-0100".into(),
            ..Phone::default()
        });
        a.website = "https://centro.example.org".into();
        d.add(a, Timestamp::now()).expect("add");
        let before = d.clone();

        let mut by_phone = named("Other name");
        by_phone.phones.push(Phone {
            number: "(575) 555 0100".into(),
            ..Phone::default()
        });
        let mut by_web = named("Third name");
        by_web.website = "http://www.centro.example.org/".into();
        let imported = Imported {
            contacts: vec![
                named("CENTRO LEGAL DONA ANA"),
                by_phone,
                by_web,
                named("New one"),
            ],
            ..Imported::default()
        };
        let mut p = plan(&d, imported);
        assert_eq!(p.new.len(), 1);
        assert_eq!(p.duplicates.len(), 3);
        assert_eq!(p.duplicates[0].likeness, Likeness::SameName);
        assert!(matches!(p.duplicates[1].likeness, Likeness::SamePhone(_)));
        assert!(matches!(p.duplicates[2].likeness, Likeness::SameWebsite(_)));
        p.duplicates[1].choice = Choice::AddAnyway;
        p.duplicates[0].choice = Choice::Update;
        assert_eq!(p.counts(), (2, 1));
        let change = p.apply(&mut d, Timestamp::now()).expect("apply");
        assert_eq!(d.len(), 3);
        assert!(
            d.contacts()
                .iter()
                .any(|c| c.name == "CENTRO LEGAL DONA ANA")
        );
        d.apply(&change.inverse()).expect("one undo");
        assert_eq!(d, before);
    }

    #[test]
    fn names_with_control_characters_are_cleaned_and_said() {
        let d = Directory::new(Vec::new());
        let imported = Imported {
            contacts: vec![named("Centro\0Legal\r\n"), named("\u{1}\u{2}")],
            ..Imported::default()
        };
        let p = plan(&d, imported);
        assert_eq!(p.new.len(), 1);
        assert_eq!(p.new[0].name, "Centro Legal");
        assert_eq!(p.problems.len(), 2, "{:?}", p.problems);
        let mut d = d;
        p.apply(&mut d, Timestamp::now()).expect("imports");
        assert_eq!(d.contacts()[0].name, "Centro Legal");
    }

    #[test]
    fn an_update_changes_only_what_the_file_has_unless_asked_to_clear() {
        use crate::core::directory::contact::Category;
        use crate::core::directory::contact::Field;
        let mut aclu = named("ACLU of New Mexico");
        aclu.category = Category::Advocacy;
        aclu.website = "https://aclu-nm.org/en/get-legal-help".into();
        aclu.notes = "Use the online intake.".into();
        aclu.source = "aclu-nm.org".into();
        let d0 = Directory::new(vec![aclu]);
        // A CSV with only name and email.
        let mut incoming = named("ACLU of New Mexico");
        incoming.email = "intake@example.org".into();
        let imported = Imported {
            contacts: vec![incoming],
            ..Imported::default()
        };
        let mut p = plan(&d0, imported);
        p.duplicates[0].choice = Choice::Update;
        let changes = p.update_changes(&d0);
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert_eq!(changes[0].field, Field::Email);
        assert_eq!(changes[0].before, "");
        assert_eq!(changes[0].after, "intake@example.org");
        let mut d = d0.clone();
        p.clone().apply(&mut d, Timestamp::now()).expect("apply");
        let c = &d.contacts()[0];
        assert_eq!(c.email, "intake@example.org");
        assert_eq!(c.category, Category::Advocacy, "not set to Other");
        assert_eq!(c.website, "https://aclu-nm.org/en/get-legal-help");
        assert_eq!(c.notes, "Use the online intake.");
        assert_eq!(c.source, "aclu-nm.org");
        // Asked to clear what the file leaves empty: today's whole replacement.
        p.clear_missing = true;
        let changes = p.update_changes(&d0);
        assert!(
            changes
                .iter()
                .any(|c| c.field == Field::Website && c.after.is_empty())
        );
        let mut d = d0.clone();
        p.apply(&mut d, Timestamp::now()).expect("apply");
        assert!(d.contacts()[0].website.is_empty());
        assert_eq!(d.contacts()[0].category, Category::Other);
    }
}
