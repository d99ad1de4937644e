//! RON files on disk: the versioned directory schema and its migrations, atomic saves with
//! backups, and detection of changes made by someone else.
//!
//! The directory file is the organization's record, so the rules are strict:
//! - Save writes a temp file in the same folder, flushes it to disk, then renames it over the
//!   old file. A crash leaves the old file or the new one, never a torn one. Before that, the
//!   old file is copied to `backups/` beside it; the newest [`BACKUPS_KEPT`] copies are kept.
//! - A file that fails to parse is never written, renamed or moved; the error names its line
//!   and column.
//! - Each load returns a [`Fingerprint`]; a save given that fingerprint refuses to overwrite
//!   the file if it changed on disk since (a colleague on a shared drive), returning
//!   [`StoreError::ChangedOnDisk`].

pub mod due_rules_file;
pub mod fsio;
pub mod lock;
pub mod recovery;
pub mod salvage;

pub use crate::core::basics::file_error::StoreError;
use crate::core::basics::sparse_text::SparseText;
use crate::core::directory::Directory;
use crate::core::directory::contact::{Address, Category, Contact, Phone, PhoneKind};
use crate::core::directory::tombstone::Tombstone;
use crate::core::store::fsio::WriteOptions;
pub use crate::core::store::fsio::{
    BACKUPS_KEPT, Fingerprint, MAX_FILE_BYTES, backup_folder, backups, changed_on_disk, read_text,
    write_export,
};
use crate::core::store::lock::WriteLock;
use jiff::civil::Date;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The directory format version this build writes.
pub const DIRECTORY_VERSION: u32 = 2;

/// The bundled default directory (unverified contacts from public sources), as RON.
pub const BUNDLED_DIRECTORY: &str = include_str!("../../../assets/directory/nm-default.ron");

fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Parses RON text into `T`; `path` is used in the error. Errors a person may make by hand get
/// their own words: an unknown category lists the categories.
pub fn from_ron<T: DeserializeOwned>(text: &str, path: &Path) -> Result<T, StoreError> {
    ron_options().from_str(text).map_err(|e| {
        let (line, column) = (e.span.start.line, e.span.start.col);
        match e.code {
            ron::Error::NoSuchEnumVariant {
                expected,
                found,
                outer,
            } => {
                let (what, choices): (&'static str, Vec<String>) = match outer.as_deref() {
                    Some("Category") => (
                        "category",
                        // As written in the file, with the name people know where it differs.
                        Category::ALL
                            .iter()
                            .map(|c| {
                                let written = format!("{c:?}");
                                if written == c.label() {
                                    written
                                } else {
                                    format!("{written} ({})", c.label())
                                }
                            })
                            .collect(),
                    ),
                    Some("PhoneKind") => ("phone kind", words(expected)),
                    Some("Cost") => ("cost", words(expected)),
                    Some("NoteKind") => ("note kind", words(expected)),
                    _ => ("value", words(expected)),
                };
                StoreError::UnknownChoice {
                    path: path.to_path_buf(),
                    line,
                    column,
                    what,
                    found,
                    choices,
                }
            }
            code => StoreError::Syntax {
                path: path.to_path_buf(),
                line,
                column,
                message: code.to_string(),
            },
        }
    })
}

/// Variant names as choices, as the file writes them (`SlidingScale`).
fn words(expected: &[&str]) -> Vec<String> {
    expected.iter().map(|s| (*s).to_string()).collect()
}

/// Writes `value` as pretty RON.
pub fn to_ron<T: Serialize>(value: &T) -> Result<String, StoreError> {
    let pretty = ron::ser::PrettyConfig::new()
        .indentor("  ".to_string())
        .struct_names(false)
        .separate_tuple_members(false);
    ron_options()
        .to_string_pretty(value, pretty)
        .map_err(|e| StoreError::Serialize(e.to_string()))
}

/// The on-disk directory document, current version.
#[derive(Debug, Serialize, Deserialize)]
struct DirectoryFileV2 {
    version: u32,
    contacts: Vec<Contact>,
    /// Deleted contacts (see `tombstone.rs`); older files have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    deleted: Vec<Tombstone>,
}

/// A directory document read: its contacts, its tombstones, and the version it was in when
/// older than the current one.
struct Parsed {
    contacts: Vec<Contact>,
    deleted: Vec<Tombstone>,
    migrated_from: Option<u32>,
}

/// Just the version, read first to choose the right schema.
#[derive(Debug, Deserialize)]
struct VersionProbe {
    version: u32,
}

/// Version 1 of the directory format (the pre-release prototype): one phone, one county, a
/// city instead of an address, `verified` instead of `verified_on`.
#[derive(Debug, Deserialize)]
struct DirectoryFileV1 {
    contacts: Vec<ContactV1>,
}

#[derive(Debug, Deserialize)]
struct ContactV1 {
    id: String,
    name: String,
    #[serde(default)]
    category: Category,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    website: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    county: String,
    #[serde(default)]
    notes: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    verified: Option<Date>,
}

impl From<ContactV1> for Contact {
    fn from(old: ContactV1) -> Contact {
        let phones = if old.phone.trim().is_empty() {
            Vec::new()
        } else {
            vec![Phone {
                number: old.phone.into(),
                kind: PhoneKind::Voice,
                label: SparseText::default(),
            }]
        };
        Contact {
            id: old.id.into(),
            name: old.name.into(),
            category: old.category,
            phones: phones.into(),
            email: old.email.into(),
            website: old.website.into(),
            address: Address {
                city: old.city.into(),
                ..Address::default()
            },
            counties: if old.county.trim().is_empty() {
                smallvec::SmallVec::new()
            } else {
                smallvec::smallvec![old.county.into()]
            },
            notes: old.notes.into(),
            source: old.source.into(),
            verified_on: old.verified,
            ..Contact::default()
        }
    }
}

/// Parses one item of a directory document's contact list, written in format `version` (the
/// salvage of a damaged file reads its contacts one at a time). `None` when it does not parse.
#[must_use]
pub fn parse_contact_item(text: &str, version: u32) -> Option<Contact> {
    let options = ron_options();
    let mut contact = if version == 1 {
        Contact::from(options.from_str::<ContactV1>(text).ok()?)
    } else {
        options.from_str::<Contact>(text).ok()?
    };
    contact.shrink_to_fit();
    Some(contact)
}

/// Parses one deleted-contact record of a directory document (see [`parse_contact_item`]).
#[must_use]
pub fn parse_tombstone_item(text: &str) -> Option<Tombstone> {
    ron_options().from_str::<Tombstone>(text).ok()
}

/// The version a directory document says it is in, read from its first line or two without
/// parsing the rest; `None` when it does not start as a directory document.
#[must_use]
pub fn declared_version(text: &str) -> Option<u32> {
    quick_version(text)
}

/// Fills in, on a contact read from a version-1 file, what that format has no place for, from
/// `current` (the same contact as this desktop has it): a version-1 copy cannot have cleared
/// what it cannot hold, so a merge must not read those fields as cleared. Version 1 held one
/// phone number (no kind or label), the city of the address, one county and no description,
/// services, languages, hours, cost, caveat, translations or "own" mark.
pub fn fill_what_v1_lacks(old: &mut Contact, current: &Contact) {
    old.description.clone_from(&current.description);
    old.services.clone_from(&current.services);
    old.languages.clone_from(&current.languages);
    old.hours.clone_from(&current.hours);
    old.cost = current.cost;
    old.caveat.clone_from(&current.caveat);
    old.translations.clone_from(&current.translations);
    old.own = current.own;
    // The one phone number it held is the main one: the others, and every kind and label,
    // stay as they are here.
    let main = old.phones.first().map(|p| p.number.clone());
    let mut phones = current.phones.clone();
    match (main, phones.first_mut()) {
        (Some(number), Some(first)) => first.number = number,
        (Some(number), None) => phones.push(Phone {
            number,
            ..Phone::default()
        }),
        (None, _) => {}
    }
    old.phones = phones;
    // The city only: street, state and ZIP stay.
    let city = old.address.city.clone();
    old.address = current.address.clone();
    old.address.city = city;
    // One county: the first of the list; the others stay.
    let county = old.counties.first().cloned();
    let mut counties = current.counties.clone();
    if let Some(county) = county
        && counties.first() != Some(&county)
    {
        counties.retain(|c| *c != county);
        counties.insert(0, county);
    }
    old.counties = counties;
    old.created_at = current.created_at;
}

/// A directory read from disk.
#[derive(Debug)]
pub struct LoadedDirectory {
    /// The contacts.
    pub directory: Directory,
    /// What the file looked like, for [`save_directory`].
    pub fingerprint: Fingerprint,
    /// The version the file was in, when it was older and has been migrated in memory (the file
    /// itself is only rewritten at the next save).
    pub migrated_from: Option<u32>,
    /// Things a person should know (repaired duplicate ids, contacts without names).
    pub warnings: Vec<crate::core::directory::load_note::LoadNote>,
}

/// Parses directory RON text of any supported version.
pub fn parse_directory(text: &str, path: &Path) -> Result<(Vec<Contact>, Option<u32>), StoreError> {
    parse_directory_counted(text, path, &mut |_| {}).map(|p| (p.contacts, p.migrated_from))
}

/// [`parse_directory`], telling `on_count` how many contacts a big file holds as soon as its
/// list has been scanned, before the contacts are parsed.
fn parse_directory_counted(
    text: &str,
    path: &Path,
    on_count: &mut dyn FnMut(usize),
) -> Result<Parsed, StoreError> {
    let version = match quick_version(text) {
        Some(v) => v,
        None => match from_ron::<VersionProbe>(text, path) {
            Ok(probe) => probe.version,
            Err(StoreError::Syntax { .. }) => {
                return Err(StoreError::NotDirectory {
                    path: path.to_path_buf(),
                });
            }
            Err(e) => return Err(e),
        },
    };
    if version == DIRECTORY_VERSION
        && let Some((contacts, deleted)) = parse_contacts_parallel(text, path, on_count)
    {
        return Ok(Parsed {
            contacts,
            deleted,
            migrated_from: None,
        });
    }
    let mut parsed = match version {
        1 => {
            let v1: DirectoryFileV1 = from_ron(text, path)?;
            Parsed {
                contacts: v1.contacts.into_iter().map(Contact::from).collect(),
                deleted: Vec::new(),
                migrated_from: Some(1),
            }
        }
        DIRECTORY_VERSION => {
            let v2: DirectoryFileV2 = from_ron(text, path)?;
            Parsed {
                contacts: v2.contacts,
                deleted: v2.deleted,
                migrated_from: None,
            }
        }
        found => {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found,
                supported: DIRECTORY_VERSION,
            });
        }
    };
    parsed.contacts.iter_mut().for_each(Contact::shrink_to_fit);
    Ok(parsed)
}

/// Reads `version: N` at the start of a document without parsing the rest: skips white space,
/// comments, `#![enable(..)]` attributes, an optional struct name and the opening parenthesis.
/// Returns `None` when the document does not start that way (the full parser then decides).
fn quick_version(text: &str) -> Option<u32> {
    fn skip(mut r: &str) -> &str {
        loop {
            r = r.trim_start();
            if let Some(after) = r.strip_prefix("//") {
                r = after.split_once('\n').map_or("", |(_, tail)| tail);
            } else if let Some(after) = r.strip_prefix("/*") {
                r = after.split_once("*/").map_or("", |(_, tail)| tail);
            } else if r.starts_with("#![") {
                r = r.split_once(']').map_or("", |(_, tail)| tail);
            } else {
                return r;
            }
        }
    }
    let mut rest = text.trim_start_matches('\u{feff}');
    rest = skip(rest);
    rest = rest.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
    rest = skip(rest).strip_prefix('(')?;
    rest = skip(rest).strip_prefix("version")?;
    rest = skip(rest).strip_prefix(':')?;
    rest = skip(rest);
    let digits: &str = &rest[..rest.find(|c: char| !c.is_ascii_digit())?];
    digits.parse().ok()
}

/// Byte ranges of the items of the `contacts: [ … ]` list, found by a lexical scan that knows
/// RON strings, raw strings and comments (contacts hold no character literals; a file that does
/// fails the fast path and is parsed the ordinary way). `None` when the list is not found.
fn contact_item_ranges(text: &str) -> Option<(usize, usize, Vec<std::ops::Range<usize>>)> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    let mut list: Option<usize> = None; // byte after the list's '['
    let mut item_start = 0;
    let mut items = Vec::new();
    let mut last_ident = "";
    while i < b.len() {
        let c = b[i];
        match c {
            b'"' => i = skip_string(b, i + 1)?,
            b'r' if matches!(b.get(i + 1), Some(b'"' | b'#')) && !is_ident(b, i) => {
                let hashes = b[i + 1..].iter().take_while(|&&x| x == b'#').count();
                let close: Vec<u8> = std::iter::once(b'"')
                    .chain(std::iter::repeat_n(b'#', hashes))
                    .collect();
                let body = i + 1 + hashes + 1;
                let end = memchr::memmem::find(b.get(body..)?, &close)?;
                i = body + end + close.len();
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |p| i + p + 1);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = memchr::memmem::find(&b[i + 2..], b"*/").map(|p| i + 2 + p + 2)?;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if c == b'[' && depth == 2 && last_ident == "contacts" && list.is_none() {
                    list = Some(i + 1);
                    item_start = i + 1;
                }
                i += 1;
            }
            b')' | b']' | b'}' => {
                if depth == 2
                    && c == b']'
                    && let Some(open) = list
                {
                    if !text[item_start..i].trim().is_empty() {
                        items.push(item_start..i);
                    }
                    return Some((open, i, items));
                }
                depth = depth.checked_sub(1)?;
                i += 1;
            }
            b',' if depth == 2 && list.is_some() => {
                items.push(item_start..i);
                item_start = i + 1;
                i += 1;
            }
            _ if c.is_ascii_alphabetic() || c == b'_' => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                last_ident = &text[start..i];
            }
            _ => i += 1,
        }
    }
    None
}

fn is_ident(b: &[u8], i: usize) -> bool {
    i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')
}

/// Index just past the closing quote of a string whose body starts at `i`.
fn skip_string(b: &[u8], mut i: usize) -> Option<usize> {
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// The contacts' byte ranges of a current-version document with at least `min` contacts, when
/// everything outside the list parses too; `None` otherwise.
fn checked_item_ranges(
    text: &str,
    path: &Path,
    min: usize,
) -> Option<(Vec<std::ops::Range<usize>>, Vec<Tombstone>)> {
    let (open, close, items) = contact_item_ranges(text)?;
    if items.len() < min {
        return None;
    }
    let outer = format!("{}{}", &text[..open], &text[close..]);
    let shell: DirectoryFileV2 = from_ron(&outer, path).ok()?;
    if shell.version != DIRECTORY_VERSION || !shell.contacts.is_empty() {
        return None;
    }
    Some((items, shell.deleted))
}

/// Reads every contact of a directory document and hands each to `visit` without keeping
/// them all (for `check` on big files: memory stays near the size of the text). Returns how
/// many there were and the version the file was in when older. Errors are those of
/// [`parse_directory`], with line and column; contacts before the error may have been visited.
pub fn visit_directory(
    text: &str,
    path: &Path,
    mut visit: impl FnMut(Contact),
) -> Result<(usize, Option<u32>), StoreError> {
    if quick_version(text) == Some(DIRECTORY_VERSION)
        && let Some((items, _)) = checked_item_ranges(text, path, 1)
    {
        let options = ron_options();
        let mut all_read = true;
        for r in &items {
            if let Ok(c) = options.from_str::<Contact>(&text[r.clone()]) {
                visit(c);
            } else {
                all_read = false;
                break;
            }
        }
        if all_read {
            return Ok((items.len(), None));
        }
        // The full parser names the line and column of the problem.
        return parse_directory(text, path).map(|(c, m)| (c.len(), m));
    }
    let (contacts, migrated) = parse_directory(text, path)?;
    let n = contacts.len();
    contacts.into_iter().for_each(visit);
    Ok((n, migrated))
}

/// The fast path for big files: splits the contact list in two at an item boundary and parses
/// the halves on two threads. Any surprise (a list it cannot find, a half that does not parse)
/// returns `None`, and the caller parses the whole document the ordinary way, which also gives
/// the user an error with the right line and column.
fn parse_contacts_parallel(
    text: &str,
    path: &Path,
    on_count: &mut dyn FnMut(usize),
) -> Option<(Vec<Contact>, Vec<Tombstone>)> {
    const PARALLEL_FROM: usize = 2_000;
    let (items, deleted) = checked_item_ranges(text, path, PARALLEL_FROM)?;
    on_count(items.len());
    // Each contact is parsed from its own slice of the text (no copy of the file), the list
    // split in two halves on two threads.
    let (first, second) = items.split_at(items.len() / 2);
    let parse = |ranges: &[std::ops::Range<usize>]| -> Option<Vec<Contact>> {
        let options = ron_options();
        ranges
            .iter()
            .map(|r| {
                let mut contact = options.from_str::<Contact>(&text[r.clone()]).ok()?;
                contact.shrink_to_fit();
                Some(contact)
            })
            .collect()
    };
    let (a, b) = std::thread::scope(|scope| {
        let other = scope.spawn(|| parse(second));
        let mine = parse(first);
        (mine, other.join().ok().flatten())
    });
    let (a, b) = (a?, b?);
    let mut out = Vec::with_capacity(a.len() + b.len());
    out.extend(a);
    out.extend(b);
    (out.len() == items.len()).then_some((out, deleted))
}

/// Loads a directory file. The file is only read, never changed.
pub fn load_directory(path: &Path) -> Result<LoadedDirectory, StoreError> {
    load_directory_counted(path, &mut |_| {})
}

/// [`load_directory`], telling `on_count` how many contacts a big file holds once its list is
/// scanned and before they are parsed (the window says "Loading 100,000 contacts…"); small
/// files load too fast to need it.
pub fn load_directory_counted(
    path: &Path,
    on_count: &mut dyn FnMut(usize),
) -> Result<LoadedDirectory, StoreError> {
    let text = read_text(path)?;
    let fingerprint = Fingerprint::of(path, text.as_bytes());
    let parsed = parse_directory_counted(&text, path, on_count)?;
    drop(text);
    let (directory, warnings) = Directory::from_loaded(parsed.contacts);
    Ok(LoadedDirectory {
        directory: directory.with_tombstones(&parsed.deleted),
        fingerprint,
        migrated_from: parsed.migrated_from,
        warnings,
    })
}

/// The directory as RON text in the current version.
///
/// One contact a line: readable, and a change to one contact is a one-line difference. Big
/// directories are written on two threads.
pub fn directory_to_ron(directory: &Directory) -> Result<String, StoreError> {
    fn lines(contacts: &[Contact]) -> Result<String, StoreError> {
        let pretty = ron::ser::PrettyConfig::new()
            .depth_limit(0)
            .struct_names(false);
        let options = ron_options();
        let mut out = String::with_capacity(contacts.len() * 400);
        for c in contacts {
            out.push_str("    ");
            out.push_str(
                &options
                    .to_string_pretty(c, pretty.clone())
                    .map_err(|e| StoreError::Serialize(e.to_string()))?,
            );
            out.push_str(",\n");
        }
        Ok(out)
    }
    let contacts = directory.contacts();
    // The two halves are written on two threads and appended to the text one after the other
    // (never joined into a third copy first: a big directory's text is tens of megabytes).
    let halves: Vec<String> = if contacts.len() >= 2_000 {
        let (a, b) = contacts.split_at(contacts.len() / 2);
        let (a, b) = std::thread::scope(|scope| {
            let first = scope.spawn(|| lines(a));
            let second = lines(b);
            (first.join(), second)
        });
        let a = a.map_err(|_| StoreError::Serialize("a writer thread failed".into()))??;
        vec![a, b?]
    } else {
        vec![lines(contacts)?]
    };
    let mut text = String::with_capacity(halves.iter().map(String::len).sum::<usize>() + 200);
    text.push_str(
        "// Rights Desk contact directory, one contact a line. Edit it in the app; it keeps\n\
         // backups in the backups folder beside this file.\n",
    );
    text.push_str(&format!(
        "(\n  version: {DIRECTORY_VERSION},\n  contacts: [\n"
    ));
    for half in halves {
        text.push_str(&half);
    }
    text.push_str("  ],\n");
    let now = jiff::Timestamp::now();
    let deleted: Vec<&Tombstone> = directory
        .tombstones()
        .iter()
        .filter(|t| !t.expired(now))
        .collect();
    if !deleted.is_empty() {
        // Deleted contacts, remembered so an old copy does not bring them back.
        text.push_str("  deleted: [\n");
        let options = ron_options();
        let pretty = ron::ser::PrettyConfig::new()
            .depth_limit(0)
            .struct_names(false);
        for t in deleted {
            text.push_str("    ");
            text.push_str(
                &options
                    .to_string_pretty(t, pretty.clone())
                    .map_err(|e| StoreError::Serialize(e.to_string()))?,
            );
            text.push_str(",\n");
        }
        text.push_str("  ],\n");
    }
    text.push_str(")\n");
    Ok(text)
}

/// Saves the directory atomically, taking the file's write lock for the moment of saving. With
/// `expected`, refuses (with [`StoreError::ChangedOnDisk`]) when the file is no longer what was
/// loaded. Returns the new fingerprint.
pub fn save_directory(
    path: &Path,
    directory: &Directory,
    expected: Option<&Fingerprint>,
) -> Result<Fingerprint, StoreError> {
    let lock = WriteLock::acquire(path, crate::core::store::lock::DEFAULT_WAIT)?;
    save_directory_locked(&lock, path, directory, expected)
}

/// Saves the directory atomically with a backup, while the caller holds `lock` (see
/// [`fsio::write_locked`]).
pub fn save_directory_locked(
    lock: &WriteLock,
    path: &Path,
    directory: &Directory,
    expected: Option<&Fingerprint>,
) -> Result<Fingerprint, StoreError> {
    let text = directory_to_ron(directory)?;
    fsio::write_locked(
        lock,
        path,
        text.as_bytes(),
        WriteOptions {
            backup: true,
            expected,
        },
    )
}

/// Makes sure `path` exists: when nothing is there, writes the bundled default directory.
/// Returns true when it created the file. An existing file is never touched, and a symbolic
/// link whose target is missing (a shared drive not connected) is an error, not a reason to
/// create a file.
pub fn ensure_directory_file(path: &Path) -> Result<bool, StoreError> {
    if fsio::occupied(path) {
        fsio::resolve_link(path)?;
        return Ok(false);
    }
    let (contacts, _) = parse_directory(BUNDLED_DIRECTORY, Path::new("(bundled directory)"))?;
    let (directory, _) = Directory::from_loaded(contacts);
    // Another program may be creating it at this very moment: look again holding the lock.
    let lock = WriteLock::acquire(path, crate::core::store::lock::DEFAULT_WAIT)?;
    if fsio::occupied(path) {
        return Ok(false);
    }
    save_directory_locked(&lock, path, &directory, None)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn hand_made_mistakes_get_plain_messages() {
        let text = "(\n  version: 2,\n  contacts: [\n    (\n      id: \"a\",\n      name: \"A\",\n      category: Adv,\n    ),\n  ],\n)\n";
        let err = parse_directory(text, Path::new("d.ron")).expect_err("unknown category");
        assert_eq!(err.position().map(|p| p.0), Some(7), "{err}");
        let msg = err.to_string();
        assert!(
            msg.starts_with("d.ron: unknown category “Adv” on line 7"),
            "{msg}"
        );
        assert!(
            msg.contains("AttorneyGeneral (Attorney General), LegalAid (Legal aid)"),
            "{msg}"
        );
        let err = parse_directory("hello", Path::new("d.ron")).expect_err("not ron");
        assert!(
            err.to_string().contains("not a Rights Desk directory file"),
            "{err}"
        );
        assert!(!err.to_string().contains("VersionProbe"), "{err}");
    }

    fn sample() -> Directory {
        let (contacts, _) =
            parse_directory(BUNDLED_DIRECTORY, Path::new("bundled")).expect("bundled parses");
        Directory::from_loaded(contacts).0
    }

    #[test]
    fn interrupted_save_leaves_the_old_file_loadable() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("directory.ron");
        let original = sample();
        save_directory(&path, &original, None).expect("first save");
        let before = fs::read(&path).expect("read");

        let mut changed = original.clone();
        let first = changed.contacts()[0].id.clone();
        changed.delete(&first).expect("delete");
        let text = directory_to_ron(&changed).expect("ron");
        // Crash after the temp file was written, before the rename.
        fsio::write_until(
            &path,
            text.as_bytes(),
            WriteOptions {
                backup: true,
                expected: None,
            },
            fsio::Step::TempWritten,
        )
        .expect("partial");
        assert_eq!(fs::read(&path).expect("read"), before);
        let loaded = load_directory(&path).expect("old file still loads");
        assert_eq!(loaded.directory.contacts(), original.contacts());

        // The next save succeeds and leaves no stale temp file of its own.
        save_directory(&path, &changed, None).expect("save");
        assert_eq!(
            load_directory(&path).expect("load").directory.contacts(),
            changed.contacts()
        );
    }

    #[test]
    fn backups_are_kept_and_pruned() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("directory.ron");
        let d = sample();
        for _ in 0..8 {
            save_directory(&path, &d, None).expect("save");
        }
        let b = backups(&path);
        assert_eq!(b.len(), BACKUPS_KEPT);
        assert!(load_directory(&b[0]).is_ok());
    }
}
#[cfg(test)]
mod fast_path_tests {
    use super::*;

    #[test]
    fn fast_path_is_taken_for_canonical_files() {
        let mut d = Directory::new(crate::core::directory::generate::contacts(3_001, 1));
        let gone = d.contacts()[0].id.clone();
        d.delete(&gone).expect("delete");
        let text = directory_to_ron(&d).expect("ron");
        assert_eq!(quick_version(&text), Some(DIRECTORY_VERSION));
        let (open, close, items) = contact_item_ranges(&text).expect("list found");
        assert!(open < close);
        assert_eq!(items.len(), 3_000);
        let mut counted = 0;
        let (fast, deleted) = parse_contacts_parallel(&text, Path::new("x"), &mut |n| counted = n)
            .expect("fast path");
        assert_eq!(counted, 3_000);
        assert_eq!(fast, d.contacts());
        assert_eq!(
            deleted,
            d.tombstones(),
            "deletions are read on the fast path too"
        );
        assert_eq!(deleted[0].id, gone);
    }

    #[test]
    fn contacts_read_from_a_file_keep_no_spare_room() {
        fn spare(contacts: &[Contact]) -> usize {
            contacts
                .iter()
                .map(|c| {
                    (c.phones.capacity() - c.phones.len())
                        + (c.counties.capacity() - c.counties.len())
                        + (c.languages.capacity() - c.languages.len())
                        + (c.services.capacity() - c.services.len())
                })
                .sum()
        }
        // Big (read in parallel) and small (read whole) files alike.
        for n in [3_000, 20] {
            let d = Directory::new(crate::core::directory::generate::contacts(n, 4));
            let text = directory_to_ron(&d).expect("ron");
            let (contacts, _) = parse_directory(&text, Path::new("x")).expect("parses");
            assert_eq!(contacts.len(), n);
            assert!(contacts.iter().any(|c| c.phones.len() == 1));
            assert_eq!(spare(&contacts), 0, "{n} contacts");
        }
    }

    #[test]
    fn an_error_in_a_big_file_still_names_its_line() {
        let d = Directory::new(crate::core::directory::generate::contacts(3_000, 2));
        let text = directory_to_ron(&d).expect("ron");
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        // Line 2,505 (1-based) is a contact; break it.
        lines[2_504] = lines[2_504].replacen("name:", "name", 1);
        let broken = lines.join("\n");
        let err = parse_directory(&broken, Path::new("big.ron")).expect_err("broken");
        assert_eq!(err.position().map(|p| p.0), Some(2_505), "{err}");
    }

    #[test]
    fn hand_edited_layouts_parse_the_same() {
        let d = Directory::new(crate::core::directory::generate::contacts(2_500, 3));
        let text = directory_to_ron(&d).expect("ron");
        // Comments with brackets and quotes, a raw string, and everything on new lines.
        let edited = text
            .replacen(
                "contacts: [",
                "contacts: [ // a comment with ] and \" in it\n /* and ) here */",
                1,
            )
            .replace("), (", "),\n(")
            .replacen("notes: \"\"", "notes: r#\"raw ] string\"#", 1);
        let (parsed, _) = parse_directory(&edited, Path::new("x")).expect("parses");
        assert_eq!(parsed, d.contacts());
    }
}
