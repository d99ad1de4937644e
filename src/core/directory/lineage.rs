//! Which version a contact was made from: each contact version's content hash, and the
//! `based_on` link every edit writes into the file, so that a merge on any desktop can find a
//! version both sides were made from instead of guessing it.
//!
//! A lineage only ever names *ancestors* of the version (never a guess): the version (for a
//! merge, the two versions) it was made from, and the newest version made on another desktop
//! that it builds on — so that a desktop's several saves between two syncs still name a
//! version the other desktops have seen. A merge whose base is an ancestor of both sides never
//! loses a change; at worst it asks about a field a nearer ancestor would have settled.

use crate::core::directory::contact::{Contact, Lineage};

/// A stable 64-bit FNV-1a hasher: the same contact hashes the same in every run, whatever Rust
/// version built the program.
pub struct Fnv(u64);

impl Fnv {
    /// A hasher at the FNV-1a starting value.
    #[must_use]
    pub fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv::new()
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// The FNV-1a hash of `bytes`.
#[must_use]
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h = Fnv::new();
    std::hash::Hasher::write(&mut h, bytes);
    h.0
}

/// A contact version's content hash (its `based_on` link is not part of its content).
#[must_use]
pub fn version_hash(c: &Contact) -> u64 {
    let mut h = Fnv::new();
    std::hash::Hash::hash(c, &mut h);
    h.0
}

/// The lineage of a new version made here by editing `before`: made from `before`, and
/// building on `before` when another desktop made it (or it has no lineage yet), else on what
/// `before` built on.
#[must_use]
pub fn after_edit(before: &Contact) -> Option<Lineage> {
    let hash = version_hash(before);
    let shared = match &before.based_on {
        Some(l) if before.updated_by.as_str() == crate::core::basics::machine::author() => l.shared,
        _ => hash,
    };
    Some(Lineage {
        from: smallvec::smallvec![hash],
        shared,
    })
}

/// The lineage of a merge's result: that of the side it equals, when it equals one (this
/// desktop's first); else made from both sides, building on what `mine` builds on.
#[must_use]
pub fn after_merge(merged: &Contact, mine: &Contact, theirs: &Contact) -> Option<Lineage> {
    let hash = version_hash(merged);
    if hash == version_hash(mine) {
        mine.based_on.clone()
    } else if hash == version_hash(theirs) {
        theirs.based_on.clone()
    } else {
        let mut l = after_edit(mine)?;
        l.from.push(version_hash(theirs));
        Some(l)
    }
}

/// The ancestors of `v` that can be named, nearest first: its own hash, then the versions it
/// was made from and built on, following the lineage of versions `content` knows (at most 256;
/// loops are cut).
#[must_use]
pub fn ancestors(v: &Contact, content: &dyn Fn(u64) -> Option<Contact>) -> Vec<u64> {
    let mut out = vec![version_hash(v)];
    let mut queue: std::collections::VecDeque<Option<Lineage>> =
        std::collections::VecDeque::from([v.based_on.clone()]);
    while let Some(next) = queue.pop_front() {
        let Some(l) = next else { continue };
        for h in l.from.iter().copied().chain(std::iter::once(l.shared)) {
            if out.contains(&h) || out.len() >= 256 {
                continue;
            }
            out.push(h);
            queue.push_back(content(h).and_then(|k| k.based_on));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(by: &str) -> Contact {
        Contact {
            id: "a".into(),
            name: "A".into(),
            updated_by: by.into(),
            ..Contact::default()
        }
    }

    #[test]
    fn an_edit_of_another_desktops_version_builds_on_it() {
        let theirs = contact("ana@OTHER-PC");
        let l = after_edit(&theirs).expect("lineage");
        assert_eq!(l.from.as_slice(), &[version_hash(&theirs)]);
        assert_eq!(l.shared, version_hash(&theirs));
    }

    #[test]
    fn an_edit_of_this_desktops_own_version_keeps_what_it_builds_on() {
        let mut mine = contact(crate::core::basics::machine::author());
        mine.based_on = Some(Lineage {
            from: smallvec::smallvec![1],
            shared: 42,
        });
        let l = after_edit(&mine).expect("lineage");
        assert_eq!(l.from.as_slice(), &[version_hash(&mine)]);
        assert_eq!(l.shared, 42);
    }

    #[test]
    fn the_lineage_is_not_part_of_the_content() {
        let a = contact("x");
        let mut b = a.clone();
        b.based_on = after_edit(&a);
        assert_eq!(version_hash(&a), version_hash(&b));
    }

    #[test]
    fn a_mixed_merge_is_made_from_both_sides() {
        let mine = contact("x");
        let mut theirs = contact("y");
        theirs.notes = "theirs".into();
        let mut merged = mine.clone();
        merged.hours = "both".into();
        let l = after_merge(&merged, &mine, &theirs).expect("lineage");
        assert_eq!(
            l.from.as_slice(),
            &[version_hash(&mine), version_hash(&theirs)]
        );
    }

    #[test]
    fn ancestors_follow_known_lineages_and_cut_loops() {
        let mut root = contact("x");
        root.notes = "root".into();
        let mut child = contact("y");
        child.based_on = after_edit(&root);
        let mut looped = root.clone();
        looped.based_on = after_edit(&child);
        let known = |h: u64| (h == version_hash(&root)).then(|| looped.clone());
        let chain = ancestors(&child, &known);
        assert_eq!(chain, vec![version_hash(&child), version_hash(&root)]);
    }
}
