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
    // Who published it, as FACTS.md names it: a third party, not the Attorney General.
    assert_eq!(guide.source.publisher.as_deref(), Some("uscisguide.com"));
    assert!(
        guide
            .source
            .note
            .as_deref()
            .is_some_and(|n| n.to_lowercase().contains("undated"))
    );
    assert_eq!(guide.last_reviewed.to_string(), "2026-11-28");
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

/// Everything a reader sees of an entry: question, answer, notes, card points.
fn entry_texts(e: &guide::Entry) -> Vec<String> {
    let mut out = vec![e.question.clone()];
    out.extend(e.answer.iter().map(guide::Block::plain_text));
    out.extend(e.notes.iter().map(|n| n.text.clone()));
    if let Some(k) = &e.key_points {
        out.push(k.title.clone());
        out.extend(k.points.iter().cloned());
    }
    out
}

#[test]
fn every_note_is_dated_and_cites_public_sources() {
    for g in guide::bundled().expect("guides") {
        for e in g.entries() {
            let sources = e
                .sources
                .iter()
                .chain(e.notes.iter().flat_map(|n| n.sources.iter()));
            for s in sources {
                let cited = format!("{} {:?} {:?}", s.title, s.publisher, s.note);
                assert!(
                    !cited.contains("facts sheet") && !cited.contains("FACTS.md"),
                    "{} {}: cites the internal facts sheet: {cited}",
                    g.language,
                    e.id
                );
            }
            for n in &e.notes {
                assert!(
                    n.as_of.is_some(),
                    "{} {}: a note without as_of",
                    g.language,
                    e.id
                );
                assert!(
                    !n.sources.is_empty(),
                    "{} {}: a note without a source",
                    g.language,
                    e.id
                );
            }
        }
        assert!(g.validate().is_empty(), "{:?}", g.validate());
    }
}

/// SB 40 (2026) passed the Legislature but its signing is not verified; SB 250 (2025) has no
/// record of becoming law. No text may call either of them law.
#[test]
fn bills_that_are_not_known_law_are_never_called_law() {
    for g in guide::bundled().expect("guides") {
        for e in g.entries() {
            for text in entry_texts(e) {
                for sentence in text.split(['.', ';']) {
                    if !(sentence.contains("SB 40") || sentence.contains("SB 250")) {
                        continue;
                    }
                    let s = sentence.to_lowercase();
                    for claim in [
                        "es ley",
                        "se convirtió en ley",
                        "is law",
                        " enacted",
                        "became law",
                    ] {
                        let denied = s.contains("no record that it became law")
                            || s.contains("no hay constancia de que se haya convertido en ley")
                            || s.contains("not as law")
                            || s.contains("no como ley")
                            || s.contains("does not call it law")
                            || s.contains("no la presenta como ley");
                        assert!(
                            !s.contains(claim) || denied,
                            "{} {}: “{sentence}” says {claim}",
                            g.language,
                            e.id
                        );
                    }
                }
            }
        }
    }
}

/// The Attorney General's office does not represent individuals: every entry that sends people
/// there after a rights violation carries a correction, and the wallet card does not repeat it.
#[test]
fn advice_to_go_to_the_attorney_general_is_corrected_and_not_on_the_card() {
    for g in guide::bundled().expect("guides") {
        let (office, not_lawyer) = if g.language == "es" {
            ("Procurador", "no representa a particulares")
        } else {
            ("Attorney General", "does not represent individuals")
        };
        for id in ["q7", "q13", "q17"] {
            let e = g.entry(id).expect("entry");
            assert!(
                e.notes.iter().any(|n| n.text.contains(not_lawyer)),
                "{} {id}: no correction",
                g.language
            );
        }
        let card = g
            .entry("q7")
            .and_then(|e| e.key_points.clone())
            .expect("card");
        assert!(
            card.points.iter().all(|p| !p.contains(office)),
            "{}: {card:?}",
            g.language
        );
        // The card's source line says it summarizes question 7; no point reads as a source
        // or repeats the disclaimer (the card's footer carries it once).
        let source = card.source.as_deref().unwrap_or_default();
        assert!(
            source.contains('7') && (source.contains("Summary") || source.contains("Resumen")),
            "the card says it summarizes question 7: {source}"
        );
        assert!(
            card.points.iter().all(|p| !p.contains("legal advice")
                && !p.contains("asesoría legal")
                && !p.contains("question 7")
                && !p.contains("pregunta 7")),
            "{card:?}"
        );
        let nmdoj = g.entry("change-nmdoj").expect("entry");
        let text = entry_texts(nmdoj).join(" ");
        assert!(
            text.contains("28 November 2026") || text.contains("28 de noviembre de 2026"),
            "the Attorney General is named as of a date"
        );
    }
}

#[test]
fn the_spanish_guide_keeps_the_reviewed_wording() {
    let es = guide::bundled()
        .expect("guides")
        .into_iter()
        .find(|g| g.language == "es")
        .expect("Spanish");
    let all: String = es
        .entries()
        .flat_map(entry_texts)
        .collect::<Vec<_>>()
        .join("\n");
    for wrong in [
        "acuerdo colectivo",
        "No perfilar",
        "que le ayude",
        "se anuló",
        "lugares públicos",
        "Cíbola",
        "Río Arriba",
        "que prohibía",
    ] {
        assert!(!all.contains(wrong), "still says “{wrong}”");
    }
    assert!(all.contains("acuerdo de 2017 en una demanda colectiva"));
    assert!(all.contains("o una orden de un tribunal"));
}

#[test]
fn the_detainee_locator_says_what_a_search_needs() {
    let (contacts, _) = rights_desk::core::store::parse_directory(
        rights_desk::core::store::BUNDLED_DIRECTORY,
        std::path::Path::new("bundled"),
    )
    .expect("directory");
    let locator = contacts
        .iter()
        .find(|c| c.id == "ice-detainee-locator")
        .expect("locator");
    assert!(
        locator.notes.contains("country of birth"),
        "{}",
        locator.notes
    );
    assert!(locator.notes.contains("under 18"), "{}", locator.notes);
}
