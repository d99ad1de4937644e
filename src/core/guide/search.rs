//! Searching the guide: ranking entries by the words of a query (question over answer over
//! notes), across the guide's translations; and the reader's search: the text typed, the hits for it (with the
//! guide's translations searched too), recomputed only when the text or the guide changed, and
//! the hit chosen with the arrow keys, which follows the entry that is open.

use crate::core::basics::text::{Folded, fold};
use crate::core::directory::search::{Query, merge, snippet};
use crate::core::guide::rank::{RankIndex, RankQuery};
use crate::core::guide::{Block, Guide, Note};
use std::ops::Range;

/// Which part of a guide entry a highlight belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryPart {
    /// The question.
    Question,
    /// Answer block `n` (for lists, the whole list's items joined).
    Answer,
    /// An editor's note.
    Note,
}

/// One search hit in a guide.
#[derive(Debug, Clone, PartialEq)]
pub struct EntryHit {
    /// The entry's id.
    pub entry_id: String,
    /// Higher is better.
    pub score: u32,
    /// Highlight ranges into the entry's question.
    pub question_ranges: Vec<Range<usize>>,
    /// A short piece of the answer (or note) around the first match.
    pub snippet: String,
    /// Highlight ranges into `snippet`.
    pub snippet_ranges: Vec<Range<usize>>,
    /// The language the words were found in, when it is not the searched guide's own (the
    /// snippet is then in that language and `question_ranges` is empty).
    pub found_in: Option<String>,
}

/// Searches `guide` and its translations (`twins`: the same entries in other languages). An
/// entry found only in a translation is listed with the translation's snippet and `found_in`
/// set, so "detainer" finds the entry in the Spanish guide and "derecho" in the English one.
#[must_use]
pub fn search_guides(guide: &Guide, twins: &[&Guide], query: &Query) -> Vec<EntryHit> {
    let index = RankIndex::build(guide);
    let twin_indexes: Vec<RankIndex> = twins.iter().map(|t| RankIndex::build(t)).collect();
    let twins: Vec<(&Guide, &RankIndex)> = twins.iter().copied().zip(&twin_indexes).collect();
    search_guides_indexed((guide, &index), &twins, query)
}

/// [`search_guides`] with each guide's entries read for ranking already (the reader's search
/// reads them once per guide, not once per keystroke).
#[must_use]
pub fn search_guides_indexed(
    (guide, index): (&Guide, &RankIndex),
    twins: &[(&Guide, &RankIndex)],
    query: &Query,
) -> Vec<EntryHit> {
    let mut hits = search_guide_indexed(guide, index, query);
    let order: Vec<&str> = guide.entries().map(|e| e.id.as_str()).collect();
    for (twin, twin_index) in twins {
        for mut hit in search_guide_indexed(twin, twin_index, query) {
            if guide.entry(&hit.entry_id).is_none()
                || hits.iter().any(|h| h.entry_id == hit.entry_id)
            {
                continue;
            }
            hit.question_ranges.clear();
            hit.found_in = Some(twin.language.clone());
            hits.push(hit);
        }
    }
    let pos = |id: &str| order.iter().position(|o| *o == id).unwrap_or(usize::MAX);
    hits.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then_with(|| pos(&a.entry_id).cmp(&pos(&b.entry_id)))
    });
    hits
}

/// Searches every entry of `guide` (question, answer, notes) the way people ask (see
/// `rank.rs`: words need not all match, stems and this field's synonyms in both languages,
/// phrases in quotes). Hits are sorted best first, then in guide order; each highlights the words
/// that matched.
#[must_use]
pub fn search_guide(guide: &Guide, query: &Query) -> Vec<EntryHit> {
    search_guide_indexed(guide, &RankIndex::build(guide), query)
}

/// [`search_guide`] with the guide's entries read for ranking already.
#[must_use]
pub fn search_guide_indexed(guide: &Guide, index: &RankIndex, query: &Query) -> Vec<EntryHit> {
    let ranked = RankQuery::new(&query.raw, &guide.language);
    if ranked.is_empty() {
        return Vec::new();
    }
    let asked = highlight_query_of(&ranked, &query.raw);
    let mut hits = Vec::new();
    for (id, score) in index.rank(&ranked) {
        let Some(entry) = guide.entry(&id) else {
            continue;
        };
        // What to highlight: the stems (and synonyms) of the words asked that this entry holds,
        // found as the start of words in the text shown.
        let all = index.folded(&id).unwrap_or_default();
        let shown = Query {
            terms: asked
                .terms
                .iter()
                .filter(|t| all.contains(t.as_str()))
                .cloned()
                .collect(),
            ..asked.clone()
        };
        let answer_texts: Vec<String> = entry.answer.iter().map(Block::plain_text).collect();
        let note_texts: Vec<&str> = entry.notes.iter().map(|n: &Note| n.text.as_str()).collect();
        let q = Folded::new(&entry.question);
        let question_ranges = merge(
            shown
                .terms
                .iter()
                .flat_map(|t| q.find_word_starts(t))
                .collect(),
        );
        let body = answer_texts
            .iter()
            .map(String::as_str)
            .chain(note_texts.iter().copied())
            .find(|t| {
                let f = fold(t);
                shown.terms.iter().any(|term| f.contains(term.as_str()))
            })
            .map(str::to_string)
            .or_else(|| answer_texts.first().cloned())
            .unwrap_or_default();
        let (snippet, snippet_ranges) = snippet(&body, &shown, 160);
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a score of a few tens, kept to three decimals"
        )]
        let score = (score * 1000.0).round().max(0.0) as u32;
        hits.push(EntryHit {
            entry_id: entry.id.clone(),
            score,
            question_ranges,
            snippet,
            snippet_ranges,
            found_in: None,
        });
    }
    hits
}

/// What the open entry highlights for `text` searched in a guide in `lang`: the stems (and
/// this field's synonyms) the ranking matched, at the start of words, and phrases in quotes.
#[must_use]
pub fn highlight_query(text: &str, lang: &str) -> Query {
    highlight_query_of(&RankQuery::new(text, lang), text)
}

/// [`highlight_query`] of a query already read for ranking (`raw` is what was typed).
fn highlight_query_of(ranked: &RankQuery, raw: &str) -> Query {
    let mut terms: Vec<String> = ranked
        .groups
        .iter()
        .flatten()
        .filter(|s| s.chars().count() >= 3)
        .cloned()
        .chain(ranked.phrases.iter().cloned())
        .collect();
    // Longest first (a longer stem wins where two overlap), each once.
    terms.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    terms.dedup();
    Query {
        terms,
        phrase: ranked.phrases.first().cloned().unwrap_or_default(),
        raw: raw.to_string(),
        word_starts: true,
    }
}

/// The reader's search.
#[derive(Debug, Default)]
pub struct GuideSearch {
    /// What is in the search box.
    pub text: String,
    /// The text `hits` were computed for.
    computed_for: String,
    /// The guide `hits` were computed for (index into the guides), `None` before any.
    computed_guide: Option<usize>,
    /// Hits, best first.
    pub hits: Vec<EntryHit>,
    /// The hit chosen with ↑/↓.
    pub cursor: usize,
    /// The parsed query (for highlighting in the open entry).
    pub query: Query,
    /// The searched guide's and its translations' entries read for ranking (guide index
    /// first), for the guide `computed_guide`.
    indexes: Vec<(usize, RankIndex)>,
    /// "Did you mean": the query with its misspelled words replaced, when it has some.
    pub suggestion: Option<String>,
}

impl GuideSearch {
    /// Computes the hits again on the next [`GuideSearch::refresh`] (the guides changed).
    pub fn invalidate(&mut self) {
        self.computed_guide = None;
    }

    /// Recomputes the hits when the text or the guide changed since the last time: the guide
    /// `guide_index` of `guides`, with its translations in `guides`.
    pub fn refresh(&mut self, guides: &[Guide], guide_index: usize) {
        if self.text == self.computed_for && self.computed_guide == Some(guide_index) {
            return;
        }
        if self.computed_guide != Some(guide_index) {
            // Another guide, or the guides changed: read them for ranking again, once.
            self.indexes = guides
                .iter()
                .enumerate()
                .filter(|(i, t)| {
                    *i == guide_index
                        || guides
                            .get(guide_index)
                            .is_some_and(|g| t.id == g.id && t.language != g.language)
                })
                .map(|(i, t)| (i, RankIndex::build(t)))
                .collect();
        }
        self.computed_for.clone_from(&self.text);
        self.computed_guide = Some(guide_index);
        self.query = highlight_query(
            &self.text,
            guides
                .get(guide_index)
                .map_or("en", |g| g.language.as_str()),
        );
        let index_of = |i: usize| self.indexes.iter().find(|(at, _)| *at == i).map(|(_, x)| x);
        self.hits = match (guides.get(guide_index), index_of(guide_index)) {
            (Some(g), Some(index)) => {
                let twins: Vec<(&Guide, &RankIndex)> = self
                    .indexes
                    .iter()
                    .filter(|(i, _)| *i != guide_index)
                    .filter_map(|(i, x)| guides.get(*i).map(|t| (t, x)))
                    .collect();
                search_guides_indexed((g, index), &twins, &self.query)
            }
            _ => Vec::new(),
        };
        let all: Vec<&RankIndex> = self.indexes.iter().map(|(_, x)| x).collect();
        self.suggestion = super::rank::suggest(&self.text, &all);
        self.cursor = 0;
    }

    /// The highlighted hit follows the entry that is open (after a click, Alt+→ or a language
    /// switch), so Enter never opens another one.
    pub fn follow(&mut self, open_entry: Option<&str>) {
        if let Some(i) = self
            .hits
            .iter()
            .position(|h| Some(h.entry_id.as_str()) == open_entry)
        {
            self.cursor = i;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hits_are_computed_once_per_text_and_guide_and_follow_the_open_entry() {
        let guides = crate::core::guide::bundled().expect("bundled");
        let en = guides
            .iter()
            .position(|g| g.id == crate::core::guide::NM_GUIDE && g.language == "en")
            .expect("English");
        let mut search = GuideSearch {
            text: "detainer".into(),
            ..GuideSearch::default()
        };
        search.refresh(&guides, en);
        assert!(!search.hits.is_empty());
        let second = search.hits.get(1).map(|h| h.entry_id.clone());
        search.cursor = 0;
        search.follow(second.as_deref());
        assert_eq!(search.cursor, usize::from(second.is_some()));
        // The same text and guide: nothing recomputed, the cursor stays.
        search.refresh(&guides, en);
        assert_eq!(search.cursor, usize::from(second.is_some()));
        // Invalidated: computed again, from the top.
        search.invalidate();
        search.refresh(&guides, en);
        assert_eq!(search.cursor, 0);
        search.text.clear();
        search.refresh(&guides, en);
        assert!(search.hits.is_empty());
    }
}
