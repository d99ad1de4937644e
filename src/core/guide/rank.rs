//! Ranking guide entries by how well they answer a question typed in plain words, in English or
//! Spanish: words need not all match. Each word is folded (accents and case dropped), stop words
//! ("the", "de", "mi"…) are left out, the rest are reduced to their stems (Snowball, through
//! `rust-stemmers`, in the guide's language), and a short bilingual list of this field's words
//! lets "orden judicial" find "warrant" and "hold" find "detainer". Entries are scored with BM25
//! over their question (weighted most), answer and editor's notes, then by how many of the
//! question's words they answer. A phrase in quotes must appear as it is.

use crate::core::basics::text::fold;
use crate::core::guide::{Block, Entry, Guide};
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::{HashMap, HashSet};

/// How much a word counts in each part of an entry.
const QUESTION_WEIGHT: f64 = 3.0;
const ANSWER_WEIGHT: f64 = 1.0;
const NOTE_WEIGHT: f64 = 0.6;

/// BM25's usual constants.
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// Words that say nothing of what is asked (folded).
const STOP_WORDS: &[&str] = &[
    // English
    "a", "about", "after", "all", "am", "an", "and", "any", "are", "as", "at", "be", "been",
    "being", "by", "can", "could", "did", "do", "does", "for", "from", "get", "got", "had", "has",
    "have", "he", "her", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "me",
    "my", "of", "on", "or", "our", "she", "should", "so", "some", "someone", "that", "the",
    "their", "them", "then", "there", "they", "this", "to", "us", "was", "we", "were", "what",
    "when", "where", "which", "who", "whom", "why", "will", "with", "without", "would", "you",
    "your", "not", "no", // Spanish
    "al", "algo", "algun", "alguien", "con", "como", "cual", "cuando", "de", "del", "donde", "el",
    "ella", "ellos", "en", "es", "esta", "estan", "este", "esto", "fue", "hay", "la", "las", "le",
    "les", "lo", "los", "me", "mi", "mis", "muy", "nos", "o", "para", "pero", "por", "puede",
    "pueden", "puedo", "que", "quien", "se", "si", "sin", "sobre", "son", "su", "sus", "te",
    "tengo", "tiene", "tu", "un", "una", "uno", "y", "ya", "yo",
];

/// Words of this field that mean the same or answer each other, in both languages (folded):
/// a question using one finds entries using another.
const SYNONYMS: &[&[&str]] = &[
    &["warrant", "warrants", "orden", "ordenes", "judicial"],
    &[
        "detainer",
        "detainers",
        "hold",
        "holds",
        "retener",
        "retencion",
        "detener",
        "detencion",
        "detain",
        "detention",
        "detained",
    ],
    &[
        "police",
        "policia",
        "sheriff",
        "officer",
        "officers",
        "enforcement",
        "agentes",
    ],
    &[
        "jail",
        "jails",
        "carcel",
        "carceles",
        "prison",
        "prision",
        "detention",
    ],
    &["ice", "inmigracion", "migra", "immigration"],
    &[
        "deport",
        "deportation",
        "deportacion",
        "deportar",
        "removal",
    ],
    &[
        "abuse",
        "abuses",
        "misconduct",
        "abuso",
        "abusos",
        "maltrato",
        "mistreatment",
    ],
    &[
        "complaint",
        "complain",
        "report",
        "reporting",
        "queja",
        "quejas",
        "denuncia",
        "denunciar",
        "reportar",
    ],
    &[
        "sue", "lawsuit", "demanda", "demandar", "recourse", "recurso",
    ],
    &["lawyer", "attorney", "abogado", "abogada", "legal"],
    &["rights", "right", "derechos", "derecho"],
    &[
        "share",
        "sharing",
        "shares",
        "compartir",
        "comparte",
        "information",
        "informacion",
        "data",
        "datos",
        "disclose",
        "privacy",
        "privacidad",
    ],
    &[
        "license", "licencia", "driver", "drivers", "manejo", "conducir", "mvd", "plate", "placa",
    ],
    &["door", "puerta", "home", "house", "casa", "hogar"],
    &[
        "silent",
        "silence",
        "silencio",
        "callado",
        "callada",
        "answer",
        "responder",
    ],
    &[
        "discrimination",
        "discriminacion",
        "profiling",
        "perfil",
        "racial",
    ],
    &[
        "advocacy",
        "advocates",
        "defensa",
        "organizations",
        "organizaciones",
        "groups",
        "grupos",
    ],
    &[
        "school",
        "schools",
        "escuela",
        "escuelas",
        "hospital",
        "hospitals",
        "hospitales",
        "church",
        "churches",
        "iglesia",
        "iglesias",
        "worship",
    ],
    &[
        "agreement",
        "agreements",
        "acuerdo",
        "acuerdos",
        "287g",
        "contract",
        "contracts",
        "contrato",
        "contratos",
    ],
    &["force", "forced", "fuerza", "break", "entrar", "enter"],
    &[
        "leave", "irme", "irse", "free", "libre", "street", "calle", "outside", "fuera",
    ],
    &[
        "training",
        "train",
        "capacitacion",
        "capacitar",
        "entrenamiento",
    ],
    &[
        "money",
        "resources",
        "recursos",
        "fondos",
        "funds",
        "grants",
        "subvenciones",
    ],
    &["card", "tarjeta"],
    &["attorney", "procurador", "procuradora", "fiscal", "general"],
];

/// A query as the ranking reads it: groups of stems (a word and the words that mean the same),
/// and the phrases in quotes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RankQuery {
    /// One group per word asked: its stem and its synonyms' stems.
    pub groups: Vec<Vec<String>>,
    /// Phrases in quotes, folded: an entry must hold each as it is.
    pub phrases: Vec<String>,
}

fn stemmer(lang: &str) -> Stemmer {
    Stemmer::create(if lang.starts_with("es") {
        Algorithm::Spanish
    } else {
        Algorithm::English
    })
}

/// The folded words of `text` ("287(g)" is "287g").
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    fold(text)
        .split(|c: char| !(c.is_alphanumeric() || c == '(' || c == ')'))
        .map(|w| w.replace(['(', ')'], ""))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .into_iter()
}

/// The stems of `text`'s words that are not stop words, in `lang`.
#[must_use]
pub fn stems(text: &str, lang: &str) -> Vec<String> {
    let stop: HashSet<&str> = STOP_WORDS.iter().copied().collect();
    let s = stemmer(lang);
    words(text)
        .filter(|w| !stop.contains(w.as_str()))
        .map(|w| s.stem(&w).into_owned())
        .collect()
}

impl RankQuery {
    /// Reads what was typed, for a guide in `lang`.
    #[must_use]
    pub fn new(input: &str, lang: &str) -> RankQuery {
        let mut phrases = Vec::new();
        let mut rest = String::new();
        for (i, part) in input.split('"').enumerate() {
            if i % 2 == 1 && !part.trim().is_empty() {
                phrases.push(fold(part).split_whitespace().collect::<Vec<_>>().join(" "));
            }
            rest.push_str(part);
            rest.push(' ');
        }
        let stop: HashSet<&str> = STOP_WORDS.iter().copied().collect();
        let s = stemmer(lang);
        let mut groups: Vec<Vec<String>> = Vec::new();
        for w in words(&rest) {
            if stop.contains(w.as_str()) {
                continue;
            }
            let mut group = vec![s.stem(&w).into_owned()];
            for synonyms in SYNONYMS.iter().filter(|g| g.contains(&w.as_str())) {
                for other in *synonyms {
                    let stem = s.stem(other).into_owned();
                    if !group.contains(&stem) {
                        group.push(stem);
                    }
                }
            }
            if !groups.contains(&group) {
                groups.push(group);
            }
        }
        RankQuery { groups, phrases }
    }

    /// True when there is nothing to look for.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty() && self.phrases.is_empty()
    }
}

/// One entry's words, counted by part.
struct EntryTerms {
    /// Weighted count of each stem.
    weighted: HashMap<String, f64>,
    /// Weighted length.
    length: f64,
    /// The entry's whole text, folded (for phrases).
    folded: String,
}

fn entry_terms(entry: &Entry, lang: &str) -> EntryTerms {
    let mut weighted: HashMap<String, f64> = HashMap::new();
    let mut length = 0.0;
    let answer: Vec<String> = entry.answer.iter().map(Block::plain_text).collect();
    let notes: Vec<&str> = entry.notes.iter().map(|n| n.text.as_str()).collect();
    let parts = std::iter::once((entry.question.as_str(), QUESTION_WEIGHT))
        .chain(answer.iter().map(|a| (a.as_str(), ANSWER_WEIGHT)))
        .chain(notes.iter().map(|n| (*n, NOTE_WEIGHT)));
    let mut folded = String::new();
    for (text, weight) in parts {
        folded.push_str(&fold(text));
        folded.push(' ');
        for stem in stems(text, lang) {
            *weighted.entry(stem).or_default() += weight;
            length += weight;
        }
    }
    EntryTerms {
        weighted,
        length,
        folded: folded.split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

/// A guide's entries read for ranking once (stems counted), so that each keystroke only
/// scores them.
pub struct RankIndex {
    entries: Vec<(String, EntryTerms)>,
    average: f64,
}

impl std::fmt::Debug for RankIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RankIndex")
            .field("entries", &self.entries.len())
            .finish_non_exhaustive()
    }
}

impl RankIndex {
    /// Reads `guide`'s entries (in the guide's language).
    #[must_use]
    pub fn build(guide: &Guide) -> RankIndex {
        let entries: Vec<(String, EntryTerms)> = guide
            .entries()
            .map(|e| (e.id.clone(), entry_terms(e, &guide.language)))
            .collect();
        #[allow(
            clippy::cast_precision_loss,
            reason = "a guide has a few dozen entries"
        )]
        let average = if entries.is_empty() {
            1.0
        } else {
            entries.iter().map(|(_, t)| t.length).sum::<f64>() / entries.len() as f64
        };
        RankIndex { entries, average }
    }

    /// The whole folded text of entry `id` (question, answer and notes), as ranked.
    #[must_use]
    pub fn folded(&self, id: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(e, _)| e == id)
            .map(|(_, t)| t.folded.as_str())
    }

    /// The entries that answer `query`, best first, with their scores (ties keep the guide's
    /// order).
    #[must_use]
    pub fn rank(&self, query: &RankQuery) -> Vec<(String, f64)> {
        if query.is_empty() || self.entries.is_empty() {
            return Vec::new();
        }
        #[allow(
            clippy::cast_precision_loss,
            reason = "a guide has a few dozen entries"
        )]
        let n = self.entries.len() as f64;
        // How many entries hold any word of each group.
        let df: Vec<f64> = query
            .groups
            .iter()
            .map(|g| {
                #[allow(clippy::cast_precision_loss, reason = "a few dozen entries")]
                let count = self
                    .entries
                    .iter()
                    .filter(|(_, t)| g.iter().any(|s| t.weighted.contains_key(s)))
                    .count() as f64;
                count
            })
            .collect();
        let mut out = Vec::new();
        for (id, terms) in &self.entries {
            if !query
                .phrases
                .iter()
                .all(|p| terms.folded.contains(p.as_str()))
            {
                continue;
            }
            let mut score = 0.0;
            let mut answered = 0usize;
            for (g, df) in query.groups.iter().zip(&df) {
                let tf: f64 = g.iter().filter_map(|s| terms.weighted.get(s)).sum();
                if tf <= 0.0 {
                    continue;
                }
                answered += 1;
                let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
                let norm = K1 * (1.0 - B + B * terms.length / self.average.max(1.0));
                score += idf * tf * (K1 + 1.0) / (tf + norm);
            }
            if answered == 0 && query.phrases.is_empty() {
                continue;
            }
            if !query.groups.is_empty() {
                #[allow(clippy::cast_precision_loss, reason = "a handful of words")]
                let coverage = answered as f64 / query.groups.len() as f64;
                score *= 0.4 + 0.6 * coverage;
            }
            out.push((id.clone(), score));
        }
        out.sort_by(|a, b| b.1.total_cmp(&a.1));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_go_and_words_are_stemmed_in_the_guides_language() {
        assert_eq!(stems("the detainers", "en"), ["detain"]);
        assert_eq!(stems("la policía comparte", "es"), ["polici", "compart"]);
    }

    #[test]
    fn a_word_brings_its_synonyms_in_both_languages() {
        let q = RankQuery::new("orden", "en");
        assert!(q.groups[0].contains(&"warrant".to_string()), "{q:?}");
    }

    #[test]
    fn quoted_phrases_are_kept() {
        let q = RankQuery::new("\"judicial warrant\" jail", "en");
        assert_eq!(q.phrases, ["judicial warrant"]);
    }
}
