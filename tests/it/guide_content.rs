//! The bundled guide holds the seed FAQ word for word: all 20 questions and their answers.

use rights_desk::core::guide;

/// (number, question, answer text) of each seed question.
fn seed() -> Vec<(u32, String, String)> {
    let text = include_str!("../fixtures/guidance-faq.txt");
    let mut out: Vec<(u32, String, String)> = Vec::new();
    for line in text.lines() {
        let question = line.split_once(". ").and_then(|(n, rest)| {
            let n: u32 = n.parse().ok()?;
            let next = out.last().map_or(1, |q| q.0 + 1);
            (n == next && rest.ends_with('?')).then(|| (n, rest.to_string()))
        });
        match question {
            Some((n, q)) => out.push((n, q, String::new())),
            None => {
                if let Some(last) = out.last_mut() {
                    last.2.push_str(line);
                    last.2.push('\n');
                }
            }
        }
    }
    out
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn all_twenty_seed_questions_are_in_the_guide_verbatim() {
    let seed = seed();
    assert_eq!(seed.len(), 20, "the fixture has 20 questions");
    let guide = guide::bundled().expect("bundled guide parses").remove(0);
    for (n, question, answer) in seed {
        let entry = guide
            .entries()
            .find(|e| e.number == Some(n))
            .unwrap_or_else(|| panic!("question {n} is missing"));
        assert_eq!(entry.question, question, "question {n} differs");
        let ours: Vec<String> = entry.answer.iter().map(guide::Block::plain_text).collect();
        assert_eq!(
            words(&ours.join("\n")),
            words(&answer),
            "answer {n} differs from the seed"
        );
    }
}

#[test]
fn lists_stay_lists() {
    let guide = guide::bundled().expect("bundled guide parses").remove(0);
    let q7 = guide.entry("q7").expect("q7");
    assert!(
        q7.answer
            .iter()
            .any(|b| matches!(b, guide::Block::Numbered(items) if items.len() == 7))
    );
}

#[test]
fn guide_is_marked_undated_and_reviewed() {
    let guide = guide::bundled().expect("bundled guide parses").remove(0);
    assert_eq!(guide.source.date, None);
    assert!(
        guide
            .source
            .note
            .as_deref()
            .is_some_and(|n| n.to_lowercase().contains("undated"))
    );
    assert_eq!(guide.last_reviewed.to_string(), "2026-11-27");
}

#[test]
fn every_entry_has_a_spanish_twin_and_the_other_way_round() {
    let guides = guide::bundled().expect("bundled guides parse");
    let en = guides.iter().find(|g| g.language == "en").expect("English");
    let es = guides.iter().find(|g| g.language == "es").expect("Spanish");
    assert_eq!(en.id, es.id);
    assert_eq!(en.entry_ids(), es.entry_ids(), "same ids, same order");
    assert_eq!(es.validate(), Vec::new());
    let sections = |g: &guide::Guide| g.sections.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
    assert_eq!(sections(en), sections(es));
    for e in en.entries() {
        let t = es.entry(&e.id).expect("twin");
        assert_eq!(e.number, t.number, "{}", e.id);
        assert_eq!(e.answer.len(), t.answer.len(), "{}: same blocks", e.id);
        assert_eq!(
            e.notes.len(),
            t.notes.len(),
            "{}: every note translated",
            e.id
        );
        assert_eq!(e.related, t.related, "{}", e.id);
        assert_ne!(e.question, t.question, "{}: translated", e.id);
        if t.number.is_some() {
            assert!(
                t.question.starts_with('¿') && t.question.ends_with('?'),
                "{}",
                t.question
            );
        }
    }
    let note = es
        .translation_note
        .as_deref()
        .expect("marked as a translation");
    assert!(note.contains("no ha sido revisada por un traductor calificado"));
    assert!(en.translation_note.is_none());
    // The terms FACTS.md lists as in use.
    let all: String = es
        .entries()
        .flat_map(|e| e.answer.iter().map(guide::Block::plain_text))
        .collect();
    assert!(all.contains("guardar silencio"));
    assert!(all.contains("orden judicial (firmada por un juez)"));
}
