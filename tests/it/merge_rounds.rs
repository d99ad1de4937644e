//! Merges that never drop an edit, checked on random rounds of work (#33): two or three
//! desktops, each with its own copy of the shared folder and its own private state, edit the
//! same contacts and save (perhaps several times) while they cannot sync; the sync program then
//! keeps one desktop's file and leaves the others as conflict copies in every folder; one
//! desktop — with its merge state, or with new state (a new computer) — merges them the way
//! `rights-desk merge` does, twice.
//!
//! Whatever happened: a value only one desktop changed is in the result or asked about; a
//! value changed two different ways is asked (the merge never ends clean then); and a second
//! merge asks again about every value changed two ways.

use proptest::prelude::*;
use rights_desk::core::directory::Directory;
use rights_desk::core::directory::contact::Contact;
use rights_desk::core::directory::contact::Field;
use rights_desk::core::sharing::conflict_copy;
use rights_desk::core::sharing::merge::Conflict;
use rights_desk::core::workspace::session::Session;
use rights_desk::core::{store, workspace::copies};
use std::path::{Path, PathBuf};

const FIELDS: [Field; 4] = [Field::Name, Field::Email, Field::Hours, Field::Notes];

fn set(c: &mut Contact, field: Field, value: &str) {
    match field {
        Field::Name => c.name = value.into(),
        Field::Email => c.email = value.into(),
        Field::Hours => c.hours = value.into(),
        _ => c.notes = value.into(),
    }
}

fn get(c: &Contact, field: Field) -> String {
    match field {
        Field::Name => c.name.to_string(),
        Field::Email => c.email.to_string(),
        Field::Hours => c.hours.to_string(),
        _ => c.notes.to_string(),
    }
}

/// One desktop's work: edits (contact, field, value), each saved (as the window does); the
/// same value on two desktops is the same change.
#[derive(Debug, Clone)]
struct Work {
    edits: Vec<(usize, usize, u8)>,
}

fn work(contacts: usize) -> impl Strategy<Value = Work> {
    prop::collection::vec((0..contacts, 0..FIELDS.len(), 0u8..3), 0..5)
        .prop_map(|edits| Work { edits })
}

struct Desk {
    folder: PathBuf,
    state: PathBuf,
}

impl Desk {
    fn file(&self) -> PathBuf {
        self.folder.join("directory.ron")
    }

    fn open(&self, state: &Path) -> Session {
        let mut s = Session::open(&self.file()).expect("opens");
        s.set_base_file(Some(state.to_path_buf()));
        s.finish_base_work();
        s
    }
}

/// A question left open: the contact, the field asked (`None`: an edit against a deletion),
/// and the contact as it will be once answered, but for the fields asked.
type Asked = (String, Option<Field>, Option<Contact>);

/// Runs `rights-desk merge` on `session`'s copies: the questions asked.
fn merge_all(session: &mut Session) -> Vec<Asked> {
    let mut asked = Vec::new();
    session
        .hold_write_lock(std::time::Duration::from_secs(5))
        .expect("lock");
    for copy in conflict_copy::find(session.path()) {
        let merged = copies::merge_copy(session, &copy).expect("reads");
        for c in &merged.merge.conflicts {
            match c {
                Conflict::Fields {
                    mine,
                    fields,
                    merged,
                    ..
                } => {
                    asked.extend(
                        fields
                            .iter()
                            .map(|f| (mine.id.to_string(), Some(*f), Some(merged.clone()))),
                    );
                }
                Conflict::EditedAndDeleted { kept, .. } => {
                    asked.push((kept.id.to_string(), None, None));
                }
            }
        }
        copies::apply_clean_part(session, &merged).expect("applies");
    }
    session.release_write_lock();
    asked
}

fn round(contacts: usize, works: &[Work], merger: usize, new_state: bool, saw_loser_first: bool) {
    let dir = tempfile::tempdir().expect("tmp");
    let original: Vec<Contact> = (0..contacts)
        .map(|i| Contact {
            id: format!("c{i}").into(),
            name: format!("Contact {i}").into(),
            updated_at: Some(
                jiff::Timestamp::from_second(1_790_000_000)
                    .expect("t")
                    .into(),
            ),
            updated_by: "setup@OFFICE".into(),
            ..Contact::default()
        })
        .collect();
    let desks: Vec<Desk> = (0..works.len())
        .map(|i| {
            let folder = dir.path().join(format!("desk {i}/shared"));
            std::fs::create_dir_all(&folder).expect("folder");
            Desk {
                folder,
                state: dir.path().join(format!("desk {i}/state")),
            }
        })
        .collect();
    let start = store::directory_to_ron(&Directory::new(original.clone())).expect("ron");
    for d in &desks {
        std::fs::write(d.file(), &start).expect("start");
    }
    // Each desktop works on its own copy, saving as it goes.
    let mut finals: Vec<Directory> = Vec::new();
    for (d, w) in desks.iter().zip(works) {
        let mut s = d.open(&d.state);
        for (c, f, v) in &w.edits {
            let id = format!("c{c}");
            let mut edited = s.contact(&id).cloned().expect("there");
            set(&mut edited, FIELDS[*f], &format!("{:?} {v}", FIELDS[*f]));
            let now = jiff::Timestamp::now();
            s.perform(|dir| dir.update(edited, now)).expect("edit");
        }
        finals.push(s.directory().clone());
    }
    // The sync program keeps desktop 0's file; the others' become conflict copies everywhere.
    let winner = std::fs::read(desks[0].file()).expect("winner");
    let losers: Vec<Vec<u8>> = desks[1..]
        .iter()
        .map(|d| std::fs::read(d.file()).expect("loser"))
        .collect();
    let merging = &desks[merger];
    let state = if new_state {
        dir.path().join("a new computer's state")
    } else {
        merging.state.clone()
    };
    if saw_loser_first && let Some(first) = losers.first() {
        // The merging desktop saw a loser's version as the file for a moment.
        std::fs::write(merging.file(), first).expect("flip");
        drop(merging.open(&state));
    }
    for d in &desks {
        std::fs::write(d.file(), &winner).expect("sync");
        for (i, bytes) in losers.iter().enumerate() {
            let copy = d.folder.join(format!(
                "directory.sync-conflict-20261202-10101{i}-DESK{i}.ron"
            ));
            std::fs::write(copy, bytes).expect("copy");
        }
    }
    let mut session = merging.open(&state);
    let asked = merge_all(&mut session);
    let result = session.directory().clone();
    drop(session);

    let changed_two_ways = check(&original, &finals, &result, &asked);
    // A second merge asks again about every contact changed two ways (a question asked only
    // for want of a base may be settled once the base is known: the copy merged meanwhile
    // may have shown it).
    if !changed_two_ways.is_empty() {
        let mut again = merging.open(&state);
        let asked_again = merge_all(&mut again);
        for id in &changed_two_ways {
            assert!(
                asked_again.iter().any(|(a, _, _)| a == id),
                "the second merge settled {id}, changed two ways: {asked_again:?}"
            );
        }
    }
}

/// Checks one round's result against what each desktop did; returns the contacts changed two
/// different ways.
fn check(
    original: &[Contact],
    finals: &[Directory],
    result: &Directory,
    asked: &[Asked],
) -> Vec<String> {
    let mut changed_two_ways = Vec::new();
    for first in original {
        let id = first.id.to_string();
        for (fi, f) in FIELDS.iter().enumerate() {
            let was = get(first, *f);
            let values: Vec<String> = finals
                .iter()
                .map(|d| get(d.get(&id).expect("kept"), *f))
                .filter(|v| *v != was)
                .collect();
            let is_asked = asked
                .iter()
                .any(|(a, field, _)| *a == id && field.is_none_or(|x| x == *f));
            // A contact with a question waits whole for the answer; the rest of it is merged
            // in the question.
            let pending: Vec<String> = asked
                .iter()
                .filter(|(a, _, _)| *a == id)
                .filter_map(|(_, _, m)| m.as_ref().map(|m| get(m, *f)))
                .collect();
            let now = get(result.get(&id).expect("kept"), *f);
            let mut distinct = values.clone();
            distinct.sort();
            distinct.dedup();
            // Every value a desktop gave the field is in the result, or waits in a question.
            for v in &distinct {
                assert!(
                    now == *v || is_asked || pending.contains(v),
                    "{id} {f:?} (field {fi}): {v:?} lost without a question: now {now:?} \
                     (changed to {distinct:?}; asked: {asked:?})"
                );
            }
            if distinct.is_empty() {
                assert!(
                    now == was || is_asked || pending.contains(&was),
                    "{id} {f:?}: nobody changed it, yet it is {now:?}"
                );
            }
            // Changed two ways: the merge does not end clean.
            if distinct.len() >= 2 {
                changed_two_ways.push(id.clone());
            }
            assert!(
                distinct.len() < 2 || !asked.is_empty(),
                "{id} {f:?}: changed two ways ({distinct:?}) and nothing asked: now {now:?}"
            );
        }
    }
    changed_two_ways
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn no_edit_is_lost_and_every_question_stays_open(
        (contacts, works) in (1usize..3).prop_flat_map(|n| {
            (Just(n), prop::collection::vec(work(n), 2..4))
        }),
        merger in 0usize..3,
        new_state in any::<bool>(),
        saw_loser_first in any::<bool>(),
    ) {
        let merger = merger % works.len();
        round(contacts, &works, merger, new_state, saw_loser_first);
    }
}
