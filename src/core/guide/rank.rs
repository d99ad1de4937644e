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
    /// Every word of the guide, folded, with the form it is written in and how often it
    /// occurs: what "did you mean" proposes.
    words: HashMap<String, (String, u32)>,
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
        let mut words: HashMap<String, (String, u32)> = HashMap::new();
        for e in guide.entries() {
            let answer: Vec<String> = e.answer.iter().map(Block::plain_text).collect();
            let texts = std::iter::once(e.question.as_str())
                .chain(answer.iter().map(String::as_str))
                .chain(e.notes.iter().map(|n| n.text.as_str()));
            for text in texts {
                for w in text.split(|c: char| !c.is_alphanumeric()) {
                    if w.chars().count() < 3 || w.chars().any(|c| c.is_ascii_digit()) {
                        continue;
                    }
                    let slot = words
                        .entry(fold(w))
                        .or_insert_with(|| (w.to_lowercase(), 0));
                    slot.1 += 1;
                }
            }
        }
        RankIndex {
            entries,
            average,
            words,
        }
    }

    /// True when the guide has the word `folded` (folded, as typed).
    #[must_use]
    pub fn knows(&self, folded: &str) -> bool {
        self.words.contains_key(folded)
    }

    /// The guide's word closest to `folded` (a misspelling of it: one letter off for a short
    /// word, two for a longer one), with how often the guide uses it; the most used wins a tie.
    #[must_use]
    pub fn closest(&self, folded: &str) -> Option<(usize, u32, &str)> {
        let typed = folded.chars().count();
        let limit = if typed <= 4 { 1 } else { 2 };
        // At the same distance, a word at least as long as what was typed (a letter left out
        // is a likelier slip than one added), then the most used.
        let key = |(d, n, shown): &(usize, u32, &str)| {
            (
                *d,
                shown.chars().count() < typed,
                std::cmp::Reverse(*n),
                shown.to_string(),
            )
        };
        self.words
            .iter()
            .filter_map(|(w, (shown, n))| {
                let d = edit_distance(folded, w, limit)?;
                Some((d, *n, shown.as_str()))
            })
            .min_by_key(key)
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

/// The edit distance between `a` and `b` (insertions, deletions, substitutions, and two
/// neighbouring letters swapped), or `None` when it is more than `limit`.
fn edit_distance(a: &str, b: &str, limit: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let mut prev2: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (prev[j] + 1).min(row[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(prev2[j - 2] + 1);
            }
        }
        if row.iter().min().is_some_and(|m| *m > limit) {
            return None;
        }
        prev2 = std::mem::replace(&mut prev, row);
    }
    prev.last().copied().filter(|d| *d <= limit)
}

/// "Did you mean": the words typed with each word that no index knows replaced by the closest
/// word of the guides (`None` when every word is known or none is close).
#[must_use]
pub fn suggest(input: &str, indexes: &[&RankIndex]) -> Option<String> {
    let stop: HashSet<&str> = STOP_WORDS.iter().copied().collect();
    let mut changed = false;
    let mut out = Vec::new();
    for word in input.split_whitespace() {
        let folded = fold(word.trim_matches(|c: char| !c.is_alphanumeric()));
        let known = folded.chars().count() < 3
            || folded.chars().any(|c| c.is_ascii_digit())
            || stop.contains(folded.as_str())
            || indexes.iter().any(|x| x.knows(&folded));
        if known {
            out.push(word.to_string());
            continue;
        }
        let typed = folded.chars().count();
        let best = indexes
            .iter()
            .filter_map(|x| x.closest(&folded))
            .min_by_key(|(d, n, shown)| (*d, shown.chars().count() < typed, std::cmp::Reverse(*n)));
        match best {
            Some((_, _, shown)) => {
                changed = true;
                out.push(shown.to_string());
            }
            None => out.push(word.to_string()),
        }
    }
    changed.then(|| out.join(" "))
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
    fn misspellings_are_caught_and_distances_bounded() {
        assert_eq!(edit_distance("detainr", "detainer", 2), Some(1));
        assert_eq!(edit_distance("waranty", "warrant", 2), Some(2));
        assert_eq!(
            edit_distance("tiem", "time", 1),
            Some(1),
            "two letters swapped"
        );
        assert_eq!(edit_distance("ice", "police", 2), None);
    }

    #[test]
    fn quoted_phrases_are_kept() {
        let q = RankQuery::new("\"judicial warrant\" jail", "en");
        assert_eq!(q.phrases, ["judicial warrant"]);
    }
}
