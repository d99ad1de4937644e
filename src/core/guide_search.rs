//! Searching the open guide as the reader does: the text typed, the hits for it (with the
//! guide's translations searched too), recomputed only when the text or the guide changed, and
//! the hit chosen with the arrow keys, which follows the entry that is open.

use crate::core::guide::Guide;
use crate::core::search::{EntryHit, Query, search_guides};

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
            .position(|g| g.id == "nm-ag-ice" && g.language == "en")
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
