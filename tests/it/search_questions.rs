//! The reader's search against questions typed the way volunteers and families ask them, in
//! English and Spanish (#30): for each, the entries that answer it (any of them among the first
//! three hits counts). The rate is printed (`cargo test search_questions -- --nocapture`) and must
//! stay at or above 90 % in each language.

use rights_desk::core::directory::search::Query;
use rights_desk::core::guide::search::search_guides;
use rights_desk::core::guide::{self, Guide};
use rights_desk::core::i18n::Lang;

/// (question, entries that answer it).
const ENGLISH: &[(&str, &[&str])] = &[
    (
        "police hold without warrant",
        &["q3", "q14", "change-county-jails"],
    ),
    (
        "who do I call if ICE violated my rights",
        &["q7", "q8", "q13"],
    ),
    (
        "can the county jail keep someone for ICE",
        &["q14", "change-county-jails", "q3"],
    ),
    (
        "does the police share my information with immigration",
        &["q9", "change-sb36-2025"],
    ),
    ("racial profiling by ICE", &["q11"]),
    ("what can I do if I was detained unlawfully", &["q13", "q7"]),
    ("how to report misconduct by an ICE agent", &["q8", "q7"]),
    (
        "does the MVD give my driver's license information to ICE",
        &["change-sb36-2025", "change-sb40-2026"],
    ),
    (
        "license plate readers and immigration",
        &["change-sb40-2026"],
    ),
    ("287(g) agreements", &["change-hb9-2026"]),
    (
        "immigration detention contracts with counties",
        &["change-hb9-2026"],
    ),
    (
        "immigration agents at my door",
        &["door-card", "door", "door-warrant"],
    ),
    (
        "do I have to open the door to immigration",
        &["door-card", "door-warrant", "door"],
    ),
    (
        "what kind of warrant lets agents into my house",
        &["door-warrant"],
    ),
    (
        "do I have to answer their questions",
        &["door-silent", "door-card"],
    ),
    ("what if agents force their way in", &["door-force"]),
    ("who is the attorney general now", &["change-nmdoj"]),
    ("training for police about immigration", &["q6"]),
    (
        "can state resources be used for immigration enforcement",
        &["q10", "change-not-enacted", "change-hb9-2026"],
    ),
    (
        "immigration enforcement at schools hospitals and churches",
        &["change-guidance-2025"],
    ),
    (
        "does the attorney general work with advocacy groups",
        &["q12", "q16"],
    ),
    (
        "lawsuit over federal grants for legal services",
        &["change-lawsuit-2025"],
    ),
    (
        "where to file a discrimination complaint",
        &["change-nmdoj", "q11"],
    ),
    (
        "stopped on the street by agents, can I leave",
        &["door-outside"],
    ),
];

/// Spanish questions, searched from the Spanish guide.
const SPANISH: &[(&str, &[&str])] = &[
    (
        "la policía comparte mi información con inmigración",
        &["q9", "change-sb36-2025"],
    ),
    (
        "a quién llamo si ICE violó mis derechos",
        &["q7", "q8", "q13"],
    ),
    (
        "la cárcel me puede retener para ICE sin orden de un juez",
        &["q14", "change-county-jails", "q3"],
    ),
    (
        "agentes de inmigración en mi puerta",
        &["door-card", "door", "door-warrant"],
    ),
    (
        "tengo que abrir la puerta",
        &["door-card", "door-warrant", "door"],
    ),
    (
        "qué orden judicial necesitan para entrar a mi casa",
        &["door-warrant"],
    ),
    ("derecho a guardar silencio", &["door-silent", "door-card"]),
    ("si entran a la fuerza", &["door-force"]),
    ("perfil racial y discriminación", &["q11"]),
    ("denunciar abuso de agentes de ICE", &["q8", "q7"]),
    ("detención ilegal qué puedo hacer", &["q13", "q7"]),
    (
        "licencia de manejo y datos para inmigración",
        &["change-sb36-2025", "change-sb40-2026"],
    ),
    ("acuerdos 287(g)", &["change-hb9-2026"]),
    ("capacitación para la policía sobre inmigración", &["q6"]),
    ("quién es el procurador general", &["change-nmdoj"]),
    (
        "inmigración en escuelas, hospitales e iglesias",
        &["change-guidance-2025"],
    ),
    (
        "demanda por fondos federales para servicios legales",
        &["change-lawsuit-2025"],
    ),
    (
        "organizaciones de defensa de inmigrantes y el procurador",
        &["q12", "q16"],
    ),
    ("afuera de mi casa, me puedo ir", &["door-outside"]),
    (
        "recursos del estado para hacer cumplir leyes de inmigración",
        &["q10", "change-not-enacted"],
    ),
];

fn guides() -> Vec<Guide> {
    guide::bundled_with_companions().expect("the bundled guides load")
}

/// How many of `questions` have an answering entry among the first three hits, and the misses.
fn top3(guides: &[Guide], lang: Lang, questions: &[(&str, &[&str])]) -> (usize, Vec<String>) {
    let at = guide::nm_guide_in(guides, lang).expect("the guide");
    let twins: Vec<&Guide> = guides
        .iter()
        .filter(|g| g.id == guides[at].id && g.language != lang.code())
        .collect();
    let mut found = 0;
    let mut missed = Vec::new();
    for (question, answers) in questions {
        let hits = search_guides(&guides[at], &twins, &Query::new(question));
        let first: Vec<&str> = hits.iter().take(3).map(|h| h.entry_id.as_str()).collect();
        if first.iter().any(|id| answers.contains(id)) {
            found += 1;
        } else {
            missed.push(format!(
                "“{question}”: got {first:?}, wanted one of {answers:?}"
            ));
        }
    }
    (found, missed)
}

#[test]
fn natural_questions_find_their_answers_in_both_languages() {
    let guides = guides();
    assert!(ENGLISH.len() + SPANISH.len() >= 40);
    for (lang, questions) in [(Lang::En, ENGLISH), (Lang::Es, SPANISH)] {
        let (found, missed) = top3(&guides, lang, questions);
        let rate = found * 100 / questions.len();
        println!(
            "search, {}: {found} of {} questions answered in the first three hits ({rate} %)",
            lang.code(),
            questions.len()
        );
        for m in &missed {
            println!("  missed {m}");
        }
        assert!(rate >= 90, "{lang:?}: {rate} % top-3; missed: {missed:#?}");
    }
}

#[test]
fn every_word_need_not_match_and_quotes_keep_a_phrase() {
    let guides = guides();
    let en = guide::nm_guide_in(&guides, Lang::En).expect("en");
    // Every word matching used to be required: this found nothing.
    let hits = search_guides(&guides[en], &[], &Query::new("police hold without warrant"));
    assert!(!hits.is_empty());
    // A phrase in quotes must appear as it is.
    let hits = search_guides(&guides[en], &[], &Query::new("\"judicial warrant\""));
    assert!(!hits.is_empty());
    for h in &hits {
        let e = guides[en].entry(&h.entry_id).expect("entry");
        let text = rights_desk::core::basics::text::fold(&format!(
            "{} {} {}",
            e.question,
            e.answer
                .iter()
                .map(guide::Block::plain_text)
                .collect::<Vec<_>>()
                .join(" "),
            e.notes
                .iter()
                .map(|n| n.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        ));
        assert!(text.contains("judicial warrant"), "{}", h.entry_id);
    }
}

#[test]
fn a_misspelled_word_gets_a_did_you_mean_that_finds_the_answer() {
    use rights_desk::core::guide::search::GuideSearch;
    let guides = guides();
    let en = guide::nm_guide_in(&guides, Lang::En).expect("en");
    let mut search = GuideSearch::default();
    for (typed, fixed) in [
        ("ICE detainr", "ICE detainer"),
        ("warrent signed by a judge", "warrant signed by a judge"),
    ] {
        search.text = typed.into();
        search.refresh(&guides, en);
        assert_eq!(search.suggestion.as_deref(), Some(fixed), "{typed}");
        search.text = fixed.into();
        search.refresh(&guides, en);
        assert!(search.suggestion.is_none(), "{fixed} is spelled right");
        assert!(!search.hits.is_empty(), "{fixed} finds entries");
    }
    // A Spanish word typed while reading the English guide: known through the translation.
    search.text = "detencion".into();
    search.refresh(&guides, en);
    assert!(search.suggestion.is_none());
    search.text = "imigracion".into();
    search.refresh(&guides, en);
    assert_eq!(search.suggestion.as_deref(), Some("inmigración"));
}
