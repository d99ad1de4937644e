//! Searching the guide: ranking entries by the words of a query (question over answer over
//! notes), across the guide's translations; and the reader's search: the text typed, the hits for it (with the
//! guide's translations searched too), recomputed only when the text or the guide changed, and
//! the hit chosen with the arrow keys, which follows the entry that is open.

use crate::core::basics::text::{Folded, fold};
use crate::core::directory::search::{Query, all_terms, merge, score_field, snippet};
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
    let mut hits = search_guide(guide, query);
    let order: Vec<&str> = guide.entries().map(|e| e.id.as_str()).collect();
    for twin in twins {
        for mut hit in search_guide(twin, query) {
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

/// Searches every entry of `guide` (question, answer, notes). Hits are sorted best first, then
/// in guide order.
#[must_use]
pub fn search_guide(guide: &Guide, query: &Query) -> Vec<EntryHit> {
    if query.is_empty() {
        return Vec::new();
    }
    let want = all_terms(query);
    let mut hits = Vec::new();
    for (order, entry) in guide.entries().enumerate() {
        let question = fold(&entry.question);
        let (mut score, mut found) = score_field(&question, query, 10);
        let answer_texts: Vec<String> = entry.answer.iter().map(Block::plain_text).collect();
        let note_texts: Vec<&str> = entry.notes.iter().map(|n: &Note| n.text.as_str()).collect();
        let mut first_body: Option<String> = None;
        for (text, weight) in answer_texts
            .iter()
            .map(|t| (t.as_str(), 2))
            .chain(note_texts.iter().map(|t| (*t, 1)))
        {
            let (s, f) = score_field(&fold(text), query, weight);
            if f != 0 && first_body.is_none() {
                first_body = Some(text.to_string());
            }
            score += s;
            found |= f;
        }
        if found != want {
            continue;
        }
        let q = Folded::new(&entry.question);
        let question_ranges = merge(query.terms.iter().flat_map(|t| q.find_all(t)).collect());
        let body = first_body
            .or_else(|| answer_texts.first().cloned())
            .unwrap_or_default();
        let (snippet, snippet_ranges) = snippet(&body, query, 160);
        hits.push((
            order,
            EntryHit {
                entry_id: entry.id.clone(),
                score,
                question_ranges,
                snippet,
                snippet_ranges,
                found_in: None,
            },
        ));
    }
    hits.sort_by(|(ao, a), (bo, b)| b.score.cmp(&a.score).then(ao.cmp(bo)));
    hits.into_iter().map(|(_, h)| h).collect()
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
        self.computed_for.clone_from(&self.text);
        self.computed_guide = Some(guide_index);
        self.query = Query::new(&self.text);
        self.hits = match guides.get(guide_index) {
            Some(g) => {
                let twins: Vec<&Guide> = guides
                    .iter()
                    .filter(|t| t.id == g.id && t.language != g.language)
                    .collect();
                search_guides(g, &twins, &self.query)
            }
            None => Vec::new(),
        };
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
