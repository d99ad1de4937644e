//! What can still be read of a directory file that does not open: every contact (and every
//! deletion record) whose own lines are intact, and the line ranges that could not be read.
//!
//! The file is cut at the lines that start a contact (a line beginning with `(`, as Rights Desk
//! and people write them), and each piece is read on its own; a piece that does not read alone
//! is tried together with the pieces after it (a contact written over several lines may hold a
//! line that starts with `(`), and is otherwise lost. Damage inside one contact loses that
//! contact only; a file cut short loses only what is missing.

use crate::core::directory::contact::Contact;
use crate::core::directory::tombstone::Tombstone;
use crate::core::store;
use std::ops::Range;

/// How many pieces after a piece that does not read alone are tried together with it, and
/// the most text so joined (a contact is a few kilobytes at most): a file of garbage costs a
/// bounded number of tries per line.
const MOST_JOINED: usize = 12;
const MOST_JOINED_BYTES: usize = 16 * 1024;

/// Lines of the file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LostLines {
    /// The first line lost (1-based).
    pub first: usize,
    /// The last line lost (1-based).
    pub last: usize,
    /// The start of their text (at most a few hundred characters), to show a person.
    pub excerpt: String,
}

/// Everything readable of a damaged directory file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Salvage {
    /// The contacts read, in file order.
    pub contacts: Vec<Contact>,
    /// The deletion records read.
    pub deleted: Vec<Tombstone>,
    /// The lines that could not be read, in file order.
    pub lost: Vec<LostLines>,
}

/// One piece of the file: its lines (1-based, inclusive) and bytes.
#[derive(Debug, Clone)]
struct Piece {
    first: usize,
    last: usize,
    bytes: Range<usize>,
}

/// Reads what can be read of the directory document `bytes` (which may not even be UTF-8).
#[must_use]
pub fn salvage(bytes: &[u8]) -> Salvage {
    let whole_utf8 = std::str::from_utf8(bytes).is_ok();
    let text = String::from_utf8_lossy(bytes);
    let version = store::declared_version(&text).unwrap_or(store::DIRECTORY_VERSION);
    let contacts_at = list_start(&text, "contacts", 0).unwrap_or(0);
    let deleted_at = list_start(&text, "deleted", contacts_at);
    let contacts_end = deleted_at.map_or(text.len(), |d| {
        text[..d].rfind("deleted").unwrap_or(contacts_at)
    });
    let mut out = Salvage::default();
    let damaged = |piece: &str| !whole_utf8 && piece.contains('\u{fffd}');
    read_pieces(
        &text,
        contacts_at..contacts_end,
        &mut |piece| {
            if damaged(piece) {
                return false;
            }
            store::parse_contact_item(piece, version).is_some_and(|c| {
                out.contacts.push(c);
                true
            })
        },
        &mut out.lost,
    );
    if let Some(d) = deleted_at {
        let mut deleted = Vec::new();
        read_pieces(
            &text,
            d..text.len(),
            &mut |piece| {
                !damaged(piece)
                    && store::parse_tombstone_item(piece).is_some_and(|t| {
                        deleted.push(t);
                        true
                    })
            },
            &mut out.lost,
        );
        out.deleted = deleted;
    }
    out
}

/// The byte just after `NAME: [` (white space allowed around the colon), searching from `from`.
fn list_start(text: &str, name: &str, from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(found) = text.get(at..)?.find(name) {
        let after = at + found + name.len();
        let rest = text[after..].trim_start();
        if let Some(rest) = rest.strip_prefix(':')
            && let Some(rest) = rest.trim_start().strip_prefix('[')
        {
            return Some(text.len() - rest.len());
        }
        at = after;
    }
    None
}

/// Cuts `range` of `text` into pieces at the lines that start with `(`, hands each piece (or a
/// run of pieces, when one does not read alone) to `read`, and records what none read.
fn read_pieces(
    text: &str,
    range: Range<usize>,
    read: &mut dyn FnMut(&str) -> bool,
    lost: &mut Vec<LostLines>,
) {
    let pieces = pieces(text, range);
    let mut i = 0;
    while i < pieces.len() {
        let mut taken = None;
        for k in 0..MOST_JOINED.min(pieces.len() - i) {
            let bytes = pieces[i].bytes.start..pieces[i + k].bytes.end;
            if k > 0 && bytes.len() > MOST_JOINED_BYTES {
                break;
            }
            let candidate = item_text(&text[bytes]);
            if candidate.is_empty() {
                taken = Some(k);
                break;
            }
            if read(candidate) {
                taken = Some(k);
                break;
            }
        }
        if let Some(k) = taken {
            i += k + 1;
            continue;
        }
        let p = &pieces[i];
        let body = text[p.bytes.clone()].trim();
        match lost.last_mut() {
            Some(previous) if previous.last + 1 >= p.first => previous.last = p.last,
            _ => lost.push(LostLines {
                first: p.first,
                last: p.last,
                excerpt: body.chars().take(300).collect(),
            }),
        }
        i += 1;
    }
}

/// The text of one list item: without the comma after it, the list's closing bracket, or (for
/// the last item of the document) the document's closing parenthesis.
fn item_text(piece: &str) -> &str {
    let mut t = piece.trim();
    // A list's end (`],` on a line of its own), perhaps after the document's end (`)`).
    for closing in [
        |l: &str| l.starts_with(']') || l == ")",
        |l: &str| l.starts_with(']'),
    ] {
        if let Some(end) = t.rfind('\n')
            && closing(t[end..].trim())
        {
            t = t[..end].trim_end();
        }
    }
    t.strip_suffix(',').unwrap_or(t).trim_end()
}

/// The pieces of `range`: each starts at a line beginning with `(` (the first piece may start
/// before one) and runs to the next.
fn pieces(text: &str, range: Range<usize>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut line = text[..range.start].matches('\n').count() + 1;
    let mut at = range.start;
    let mut start = (range.start, line);
    while at < range.end {
        let end = text[at..range.end]
            .find('\n')
            .map_or(range.end, |n| at + n + 1);
        let starts_item = text[at..end].trim_start().starts_with('(');
        if starts_item && at > start.0 {
            if !text[start.0..at].trim().is_empty() {
                out.push(Piece {
                    first: start.1,
                    last: line - 1,
                    bytes: start.0..at,
                });
            }
            start = (at, line);
        }
        at = end;
        line += 1;
    }
    if !text[start.0..range.end].trim().is_empty() {
        out.push(Piece {
            first: start.1,
            last: line.saturating_sub(1).max(start.1),
            bytes: start.0..range.end,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::directory::Directory;

    fn written(n: usize) -> String {
        let contacts = (0..n)
            .map(|i| Contact {
                id: format!("c{i}").into(),
                name: format!("Contact {i}").into(),
                notes: "Line one".into(),
                ..Contact::default()
            })
            .collect();
        store::directory_to_ron(&Directory::new(contacts)).expect("ron")
    }

    #[test]
    fn an_intact_file_reads_whole() {
        let s = salvage(written(5).as_bytes());
        assert_eq!(s.contacts.len(), 5);
        assert!(s.lost.is_empty(), "{:?}", s.lost);
    }

    #[test]
    fn damage_inside_one_contact_loses_only_that_contact() {
        let text = written(15).replacen("(id: \"c7\", name:", "(id: \"c7\" name: \"", 1);
        assert!(store::parse_directory(&text, std::path::Path::new("d")).is_err());
        let s = salvage(text.as_bytes());
        assert_eq!(s.contacts.len(), 14, "{:?}", s.lost);
        assert!(s.contacts.iter().all(|c| c.id != "c7"));
        assert_eq!(s.lost.len(), 1);
        assert!(s.lost[0].excerpt.contains("c7"), "{:?}", s.lost);
    }

    #[test]
    fn a_file_cut_short_keeps_what_was_written() {
        let text = written(10);
        let cut = text.find("(id: \"c6\"").expect("there") + 20;
        let s = salvage(&text.as_bytes()[..cut]);
        assert_eq!(s.contacts.len(), 6);
        assert_eq!(s.lost.len(), 1);
    }

    #[test]
    fn bytes_that_are_not_text_lose_only_their_contact() {
        let mut bytes = written(4).into_bytes();
        let at = String::from_utf8_lossy(&bytes)
            .find("Contact 2")
            .expect("there");
        bytes[at] = 0xff;
        let s = salvage(&bytes);
        assert_eq!(s.contacts.len(), 3);
        assert!(s.contacts.iter().all(|c| !c.name.contains('\u{fffd}')));
    }

    #[test]
    fn the_bundled_file_with_its_contacts_over_several_lines_reads_whole() {
        let s = salvage(store::BUNDLED_DIRECTORY.as_bytes());
        let (all, _) = store::parse_directory(store::BUNDLED_DIRECTORY, std::path::Path::new("b"))
            .expect("ok");
        assert_eq!(s.contacts, all);
        assert!(s.lost.is_empty(), "{:?}", s.lost);
    }

    #[test]
    fn deletion_records_are_read_too() {
        let mut d = Directory::new(vec![Contact {
            id: "a".into(),
            name: "A".into(),
            ..Contact::default()
        }]);
        let now = jiff::Timestamp::now();
        d.add(
            Contact {
                id: "b".into(),
                name: "B".into(),
                ..Contact::default()
            },
            now,
        )
        .expect("add");
        d.delete("b").expect("delete");
        let text = store::directory_to_ron(&d).expect("ron");
        let s = salvage(text.as_bytes());
        assert_eq!(s.contacts.len(), 1);
        assert_eq!(s.deleted.len(), 1, "{text}");
    }

    #[test]
    fn garbage_reads_as_nothing_without_panicking() {
        for junk in [
            "",
            "(",
            "((((",
            "contacts: [ (",
            "\u{0}\u{1}",
            "deleted: [ ( ]",
        ] {
            let s = salvage(junk.as_bytes());
            assert!(s.contacts.is_empty());
        }
    }
}
