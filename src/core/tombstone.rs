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
}

impl Tombstone {
    /// A deletion of `id` now, by this desktop's user.
    #[must_use]
    pub fn now(id: &str) -> Tombstone {
        Tombstone {
            id: id.to_string(),
            deleted_at: Timestamp::now(),
            deleted_by: crate::core::machine::author().to_string(),
        }
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
        }];
        let b = [
            Tombstone {
                id: "x".into(),
                deleted_at: at(200),
                deleted_by: "b@B".into(),
            },
            Tombstone {
                id: "y".into(),
                deleted_at: at(50),
                deleted_by: "b@B".into(),
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
        };
        assert!(!t.expired(at(1_700_000_000 + 179 * 86_400)));
        assert!(t.expired(at(1_700_000_000 + 181 * 86_400)));
    }
}
