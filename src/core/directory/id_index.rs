//! Finding a contact's position in the sorted contact list by its id in constant time,
//! holding only positions: the ids themselves stay in the contacts (a map from id strings
//! to positions held a second copy of every id).

use crate::core::directory::contact::Contact;
use hashbrown::{DefaultHashBuilder, HashTable};
use std::hash::BuildHasher;

/// Positions of contacts, found by id. Each method is given the contact list it indexes,
/// which must be the one the positions refer to. Positions are 32-bit (half the memory): a
/// directory of four billion contacts does not fit in any computer's memory anyway.
#[derive(Debug, Clone, Default)]
pub struct IdIndex {
    positions: HashTable<u32>,
    hasher: DefaultHashBuilder,
}

impl IdIndex {
    /// Indexes `contacts` (their ids must be unique).
    #[must_use]
    pub fn build(contacts: &[Contact]) -> IdIndex {
        let mut index = IdIndex {
            positions: HashTable::with_capacity(contacts.len()),
            hasher: DefaultHashBuilder::default(),
        };
        for at in 0..contacts.len() {
            index.insert(contacts, at);
        }
        index
    }

    /// The position of the contact with this id.
    #[must_use]
    pub fn position(&self, contacts: &[Contact], id: &str) -> Option<usize> {
        self.positions
            .find(self.hasher.hash_one(id), |&at| {
                contacts.get(at as usize).is_some_and(|c| c.id == id)
            })
            .map(|&at| at as usize)
    }

    /// Indexes the contact at `at`, which is already in `contacts` (after
    /// [`IdIndex::inserted_at`] moved the positions after it).
    pub fn insert(&mut self, contacts: &[Contact], at: usize) {
        let (Some(contact), Ok(position)) = (contacts.get(at), u32::try_from(at)) else {
            return;
        };
        let hasher = &self.hasher;
        self.positions
            .insert_unique(hasher.hash_one(contact.id.as_str()), position, |&i| {
                contacts
                    .get(i as usize)
                    .map_or(0, |c| hasher.hash_one(c.id.as_str()))
            });
    }

    /// Forgets the contact with this id, while it is still in `contacts`; returns its
    /// position.
    pub fn remove(&mut self, contacts: &[Contact], id: &str) -> Option<usize> {
        let entry = self
            .positions
            .find_entry(self.hasher.hash_one(id), |&at| {
                contacts.get(at as usize).is_some_and(|c| c.id == id)
            })
            .ok()?;
        Some(entry.remove().0 as usize)
    }

    /// A contact was taken out of the list at `at`: the ones after it moved down one.
    pub fn removed_at(&mut self, at: usize) {
        for position in &mut self.positions {
            if *position as usize > at {
                *position -= 1;
            }
        }
    }

    /// A contact was put into the list at `at`: the ones from there on moved up one.
    pub fn inserted_at(&mut self, at: usize) {
        for position in &mut self.positions {
            if *position as usize >= at {
                *position += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(id: &str) -> Contact {
        Contact {
            id: id.into(),
            name: id.into(),
            ..Contact::default()
        }
    }

    #[test]
    fn positions_follow_insertions_and_removals() {
        let mut contacts: Vec<Contact> = (0..100).map(|i| contact(&format!("c{i:03}"))).collect();
        let mut index = IdIndex::build(&contacts);
        assert_eq!(index.position(&contacts, "c042"), Some(42));
        assert_eq!(index.position(&contacts, "nobody"), None);

        // Take one out in the middle.
        assert_eq!(index.remove(&contacts, "c010"), Some(10));
        contacts.remove(10);
        index.removed_at(10);
        assert_eq!(index.position(&contacts, "c010"), None);
        assert_eq!(index.position(&contacts, "c011"), Some(10));
        assert_eq!(index.position(&contacts, "c009"), Some(9));

        // Put one in at the front.
        contacts.insert(0, contact("a-first"));
        index.inserted_at(0);
        index.insert(&contacts, 0);
        for (at, c) in contacts.iter().enumerate() {
            assert_eq!(index.position(&contacts, &c.id), Some(at), "{}", c.id);
        }
    }

    #[test]
    fn grows_past_its_first_capacity() {
        let mut contacts = Vec::new();
        let mut index = IdIndex::build(&contacts);
        for i in 0..1_000 {
            contacts.push(contact(&format!("id-{i}")));
            index.insert(&contacts, i);
        }
        assert_eq!(index.position(&contacts, "id-999"), Some(999));
        assert_eq!(index.position(&contacts, "id-0"), Some(0));
    }
}
