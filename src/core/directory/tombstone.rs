//! Tombstones: the memory of deleted contacts, kept in the directory file so that a copy made
//! before the deletion (a sync program's conflict copy, another desktop's old version) does not
//! bring the contact back when it is merged. Each says which contact, when and by whom; they
//! are dropped after [`KEEP_DAYS`] days, by which time every desktop has long seen the deletion.

use jiff::{Timestamp, ToSpan};
use serde::{Deserialize, Serialize};

/// How long a deletion is remembered.
pub const KEEP_DAYS: i64 = 180;

/// A deleted contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tombstone {
    /// The deleted contact's id.
    pub id: String,
    /// When it was deleted.
    pub deleted_at: Timestamp,
    /// Who deleted it ("maria@FRONT-DESK").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub deleted_by: String,
    /// The content hash of the version deleted (see `lineage.rs`), and what that version was
    /// made from: a copy still holding one of those was not edited since, and the deletion
    /// stands; any other version is asked about. Older files have neither.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<u64>,
}

impl Tombstone {
    /// A deletion of `id` now, by this desktop's user.
    #[must_use]
    pub fn now(id: &str) -> Tombstone {
        Tombstone::of(id, None)
    }

    /// A deletion of `id` (whose last version was `deleted`, when known) now, by this
    /// desktop's user.
    #[must_use]
    pub fn of(id: &str, deleted: Option<&crate::core::directory::contact::Contact>) -> Tombstone {
        Tombstone {
            id: id.to_string(),
            deleted_at: Timestamp::now(),
            deleted_by: crate::core::basics::machine::author().to_string(),
            versions: deleted
                .map(|c| {
                    let made_from = c
                        .based_on
                        .iter()
                        .flat_map(|l| l.from.iter().copied().chain([l.shared]));
                    let mut all: Vec<u64> =
                        std::iter::once(crate::core::directory::lineage::version_hash(c))
                            .chain(made_from)
                            .collect();
                    all.dedup();
                    all
                })
                .unwrap_or_default(),
        }
    }

    /// Whether the deletion was of `kept` or of a version made from it (then `kept` was not
    /// edited since, and the deletion stands); `None` when the deletion does not say (older
    /// files).
    #[must_use]
    pub fn covers(&self, kept: &crate::core::directory::contact::Contact) -> Option<bool> {
        if self.versions.is_empty() {
            return None;
        }
        Some(
            self.versions
                .contains(&crate::core::directory::lineage::version_hash(kept)),
        )
    }

    /// True when the deletion is older than [`KEEP_DAYS`] at `now`.
    #[must_use]
    pub fn expired(&self, now: Timestamp) -> bool {
        now.checked_sub((KEEP_DAYS * 24).hours())
            .is_ok_and(|limit| self.deleted_at < limit)
    }
}

/// Both lists in one, one tombstone an id (the newest deletion wins), sorted by id.
#[must_use]
pub fn union(a: &[Tombstone], b: &[Tombstone]) -> Vec<Tombstone> {
    let mut by_id: std::collections::BTreeMap<&str, &Tombstone> = std::collections::BTreeMap::new();
    for t in a.iter().chain(b) {
        by_id
            .entry(t.id.as_str())
            .and_modify(|old| {
                if t.deleted_at > old.deleted_at {
                    *old = t;
                }
            })
            .or_insert(t);
    }
    by_id.into_values().cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(second: i64) -> Timestamp {
        Timestamp::from_second(second).expect("valid")
    }

    #[test]
    fn the_newest_deletion_of_an_id_is_kept() {
        let a = [Tombstone {
            id: "x".into(),
            deleted_at: at(100),
            deleted_by: "a@A".into(),
            versions: Vec::new(),
        }];
        let b = [
            Tombstone {
                id: "x".into(),
                deleted_at: at(200),
                deleted_by: "b@B".into(),
                versions: Vec::new(),
            },
            Tombstone {
                id: "y".into(),
                deleted_at: at(50),
                deleted_by: "b@B".into(),
                versions: Vec::new(),
            },
        ];
        let u = union(&a, &b);
        assert_eq!(u.len(), 2);
        assert_eq!(u[0].deleted_by, "b@B");
        assert_eq!(union(&b, &a), u);
    }

    #[test]
    fn deletions_expire_after_half_a_year() {
        let t = Tombstone {
            id: "x".into(),
            deleted_at: at(1_700_000_000),
            deleted_by: String::new(),
            versions: Vec::new(),
        };
        assert!(!t.expired(at(1_700_000_000 + 179 * 86_400)));
        assert!(t.expired(at(1_700_000_000 + 181 * 86_400)));
    }
}
