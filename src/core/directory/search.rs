//! Matching, ranking and highlight ranges for contacts (folding itself is in `basics/text.rs`;
//! the guide's search, which uses the same queries, is `guide/search.rs`).
//!
//! Design: every text is *folded* (Unicode NFD, combining marks dropped, lower-cased, curly
//! quotes made straight) so that "dona ana" matches "Doña Ana" and "DETAINER" matches
//! "detainers". A [`Folded`] text remembers, for each byte of the folded string, which bytes of
//! the original it came from, so a match found in folded text maps back to a highlight range in
//! the text the user sees.
//!
//! A query is split into terms; a document matches when every term occurs somewhere in it
//! (substring match, so a term matches the start of a longer word). Ranking rewards matches in
//! the more important field (a question over its answer, a name over notes), matches at the
//! start of a word, whole-word matches, and the whole query appearing as a phrase.
//!
//! Contacts are searched through a [`ContactIndex`] that keeps each contact's folded text, so a
//! keystroke over 100,000 contacts is one fast substring scan, not a re-fold of every field.

pub use crate::core::basics::text::{Folded, fold};
use crate::core::directory::contact::{Contact, Field};
use memchr::memmem;
use std::ops::Range;

/// A parsed query: its folded terms and the folded whole.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// Folded terms; every one must match.
    pub terms: Vec<String>,
    /// The folded query with single spaces, for phrase bonuses.
    pub phrase: String,
    /// What was typed (the guide's ranked search reads its own words and quotes from it).
    pub raw: String,
    /// Highlight terms only at the start of words (the guide's search, whose terms are stems);
    /// otherwise anywhere (a contact's phone digits).
    pub word_starts: bool,
}

impl Query {
    /// Parses user input. Terms are separated by white space.
    #[must_use]
    pub fn new(input: &str) -> Query {
        let folded = fold(input);
        let mut terms: Vec<String> = folded
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '?' | '!'))
            .map(|t| t.trim_matches(|c: char| matches!(c, '"' | '\'' | '.' | ':' | '(' | ')')))
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect();
        let phrase = terms.join(" ");
        terms.sort();
        terms.dedup();
        // Longest first: the rarest term rejects documents soonest.
        terms.sort_by_key(|t| std::cmp::Reverse(t.len()));
        Query {
            terms,
            phrase,
            raw: input.to_string(),
            word_starts: false,
        }
    }

    /// True when there is nothing to search for.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Scores one folded field for the query. Returns `(score, terms found)` as a bit set.
fn score_field(folded: &str, query: &Query, weight: u32) -> (u32, u64) {
    let mut score = 0;
    let mut found = 0u64;
    let bytes = folded.as_bytes();
    for (i, term) in query.terms.iter().enumerate().take(64) {
        let mut best = 0;
        for at in memmem::find_iter(bytes, term.as_bytes()) {
            let word_start = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
            let end = at + term.len();
            let word_end = end >= bytes.len() || !bytes[end].is_ascii_alphanumeric();
            let s = 1 + u32::from(word_start) * 2 + u32::from(word_start && word_end) * 2;
            best = best.max(s);
            if best == 5 {
                break;
            }
        }
        if best > 0 {
            found |= 1 << i;
            score += best * weight;
        }
    }
    if query.terms.len() > 1 && folded.contains(&query.phrase) {
        score += 6 * weight;
    }
    (score, found)
}

/// Sorts and merges overlapping or touching ranges.
#[must_use]
pub fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// Highlight ranges of every query term in `text`.
#[must_use]
pub fn highlight(text: &str, query: &Query) -> Vec<Range<usize>> {
    let folded = Folded::new(text);
    merge(
        query
            .terms
            .iter()
            .flat_map(|t| {
                if query.word_starts {
                    folded.find_word_starts(t)
                } else {
                    folded.find_all(t)
                }
            })
            .collect(),
    )
}

/// A piece of `text` of about `max_chars` characters around the first match, with "…" where
/// it was cut, and highlight ranges into the piece.
#[must_use]
pub fn snippet(text: &str, query: &Query, max_chars: usize) -> (String, Vec<Range<usize>>) {
    let ranges = highlight(text, query);
    let first = ranges.first().map_or(0, |r| r.start);
    // Start a few words before the first match, on a character boundary.
    let lead = max_chars / 4;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let first_char = chars.iter().position(|(b, _)| *b >= first).unwrap_or(0);
    let mut start_char = first_char.saturating_sub(lead);
    if start_char > 0 {
        // Move forward to the start of a word.
        while start_char < first_char && !chars[start_char - 1].1.is_whitespace() {
            start_char += 1;
        }
    }
    let end_char = (start_char + max_chars).min(chars.len());
    let start = chars.get(start_char).map_or(text.len(), |(b, _)| *b);
    let end = chars.get(end_char).map_or(text.len(), |(b, _)| *b);
    let mut out = String::new();
    let prefix = if start > 0 { "…" } else { "" };
    out.push_str(prefix);
    // Line breaks become spaces (same byte length, so ranges stay valid).
    out.push_str(&text[start..end].replace(['\n', '\r', '\t'], " "));
    if end < text.len() {
        out.push('…');
    }
    let shift = prefix.len();
    let inner: Vec<Range<usize>> = ranges
        .into_iter()
        .filter(|r| r.start >= start && r.end <= end)
        .map(|r| (r.start - start + shift)..(r.end - start + shift))
        .collect();
    (out, inner)
}

/// Past this many contacts found, the list keeps them in name order instead of scoring each
/// (a letter or two typed finds most of a large list; ranking them helps no one and costs more
/// than a keystroke may take).
pub const RANK_AT_MOST: usize = 5_000;

/// The folded text of every contact, kept in step with the directory, for fast search.
///
/// All of it lives in one buffer with offsets, not strings per contact: at 100,000 contacts
/// that saves the per-string allocations and their spare capacity, and a search scans one
/// contiguous buffer. Each contact's part is its folded name, then each of its other non-empty
/// texts, each followed by a separator (`\u{1f}`, which folded text never holds). Positions are
/// those of the indexed slice (the directory's order); the contacts themselves give the ids.
#[derive(Debug, Clone, Default)]
pub struct ContactIndex {
    /// Per contact, one after the other: its folded name, then its other folded texts.
    text: String,
    /// Where each contact's part of `text` starts; one more entry than contacts (the end).
    /// Offsets are 32-bit: 4 GiB of folded text is far beyond any directory that loads.
    starts: Vec<u32>,
}

/// Ends each text in the index's buffer.
const SEPARATOR: char = '\u{1f}';

/// Appends `text` folded to the index buffer, then a separator; a separator inside the text
/// becomes a space so the parts stay apart.
fn push_folded(text: &str, buffer: &mut String) {
    let from = buffer.len();
    crate::core::basics::text::fold_into(text, buffer);
    if buffer[from..].contains(SEPARATOR) {
        let part = buffer[from..].replace(SEPARATOR, " ");
        buffer.truncate(from);
        buffer.push_str(&part);
    }
    buffer.push(SEPARATOR);
}

impl ContactIndex {
    /// Builds the index for `contacts`, in their order.
    #[must_use]
    pub fn build(contacts: &[Contact]) -> ContactIndex {
        let mut text = String::with_capacity(contacts.len() * 100);
        let mut starts = Vec::with_capacity(contacts.len() + 1);
        for contact in contacts {
            starts.push(u32::try_from(text.len()).unwrap_or(u32::MAX));
            push_folded(&contact.name, &mut text);
            for (field, part) in contact.texts() {
                if field != Field::Name && !part.is_empty() {
                    push_folded(part, &mut text);
                }
            }
        }
        starts.push(u32::try_from(text.len()).unwrap_or(u32::MAX));
        text.shrink_to_fit();
        ContactIndex { text, starts }
    }

    /// Number of indexed contacts.
    #[must_use]
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// True when no contact is indexed.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The folded name of the contact at `i` (case and accents removed, as search compares).
    #[must_use]
    pub fn folded_name(&self, i: usize) -> Option<&str> {
        (i < self.len()).then(|| self.row(i).0)
    }

    /// All the folded text (name included) of the contact at `i`.
    fn all_text(&self, i: usize) -> &str {
        let start = self.starts.get(i).map_or(0, |&s| s as usize);
        let end = self.starts.get(i + 1).map_or(start, |&e| e as usize);
        self.text.get(start..end).unwrap_or("")
    }

    /// The folded name and all the folded text (name included) of the contact at `i`.
    fn row(&self, i: usize) -> (&str, &str) {
        let all = self.all_text(i);
        let name = all.split(SEPARATOR).next().unwrap_or("");
        (name, all)
    }

    /// Positions (into the indexed slice) of the contacts matching every term, in index order.
    #[must_use]
    pub fn matching(&self, query: &Query) -> Vec<usize> {
        self.matches(query).collect()
    }

    /// The same positions as [`ContactIndex::matching`], one at a time: the directory list
    /// filters them further without holding them all first.
    pub fn matches<'a>(&'a self, query: &Query) -> impl Iterator<Item = usize> + 'a {
        let finders: Vec<memmem::Finder<'static>> = query
            .terms
            .iter()
            .map(|t| memmem::Finder::new(t.as_bytes()).into_owned())
            .collect();
        (0..self.len()).filter(move |&i| {
            let all = self.all_text(i).as_bytes();
            finders.iter().all(|f| f.find(all).is_some())
        })
    }

    /// How well the contact at `i` answers `query`: how many of its words it has (most
    /// counts most), then where (the name counts ten times the rest); 0 when it has none.
    #[must_use]
    pub fn score(&self, i: usize, query: &Query) -> u32 {
        let (name, all) = self.row(i);
        let (name_score, name_found) = score_field(name, query, 10);
        let (all_score, all_found) = score_field(all, query, 1);
        let words = (name_found | all_found).count_ones();
        if words == 0 {
            0
        } else {
            words * 10_000 + name_score + all_score
        }
    }

    /// Contacts having some of the words, best first (see [`ContactIndex::score`]), then in
    /// index order: what the list shows when no contact has every word. Past [`RANK_AT_MOST`]
    /// of them, they are ordered by how many words they have only (scoring each would cost
    /// more than a keystroke may take).
    #[must_use]
    pub fn ranked_any(&self, query: &Query) -> Vec<(usize, u32)> {
        let finders: Vec<memmem::Finder<'static>> = query
            .terms
            .iter()
            .map(|t| memmem::Finder::new(t.as_bytes()).into_owned())
            .collect();
        let mut hits: Vec<(usize, u32)> = (0..self.len())
            .filter_map(|i| {
                let all = self.all_text(i).as_bytes();
                let words = finders.iter().filter(|f| f.find(all).is_some()).count();
                u32::try_from(words).ok().filter(|w| *w > 0).map(|w| (i, w))
            })
            .collect();
        if hits.len() <= RANK_AT_MOST {
            for hit in &mut hits {
                hit.1 = self.score(hit.0, query);
            }
        }
        hits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        hits
    }

    /// Matching contacts ranked best first (name matches first), then in index order.
    #[must_use]
    pub fn ranked(&self, query: &Query) -> Vec<(usize, u32)> {
        let mut hits: Vec<(usize, u32)> = self
            .matching(query)
            .into_iter()
            .map(|i| {
                let (name, all) = self.row(i);
                let (name_score, _) = score_field(name, query, 10);
                let (all_score, _) = score_field(all, query, 1);
                (i, name_score + all_score)
            })
            .collect();
        hits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        hits
    }
}

/// Highlights of `query` in each text field of `contact`.
#[must_use]
pub fn contact_highlights(
    contact: &Contact,
    query: &Query,
) -> Vec<(Field, String, Vec<Range<usize>>)> {
    contact
        .texts()
        .filter_map(|(field, text)| {
            let ranges = highlight(text, query);
            (!ranges.is_empty()).then(|| (field, text.to_string(), ranges))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_names_come_from_the_index() {
        let mut a = crate::core::directory::generate::contacts(1, 1).remove(0);
        a.name = "Doña Ana Legal".into();
        let index = ContactIndex::build(std::slice::from_ref(&a));
        assert_eq!(index.folded_name(0), Some("dona ana legal"));
        assert_eq!(index.folded_name(1), None);
    }

    #[test]
    fn folding_cases() {
        assert_eq!(fold("Doña Ana"), "dona ana");
        assert_eq!(fold("DETAINERS"), "detainers");
        assert_eq!(fold("Raúl Torrez"), "raul torrez");
        assert_eq!(fold("Attorney General’s"), "attorney general's");
        assert_eq!(fold("Việt Nam"), "viet nam");
        assert_eq!(fold("Straße"), "strasse");
        // Scripts without case keep their letters.
        assert_eq!(fold("مرحبا"), "مرحبا");
    }

    #[test]
    fn highlights_map_back_to_original_text() {
        let text = "Oficina de Doña Ana County";
        let ranges = highlight(text, &Query::new("dona ana"));
        assert_eq!(ranges.len(), 2);
        assert_eq!(&text[ranges[0].clone()], "Doña");
        assert_eq!(&text[ranges[1].clone()], "Ana");
        let text = "ICE DETAINERS and detainer requests";
        let r = highlight(text, &Query::new("detainer"));
        assert_eq!(&text[r[0].clone()], "DETAINER");
        assert_eq!(&text[r[1].clone()], "detainer");
    }

    #[test]
    fn query_terms_are_folded_and_deduplicated() {
        let q = Query::new("  Doña  ANA dona ");
        assert_eq!(q.terms, vec!["dona".to_string(), "ana".to_string()]);
        assert!(Query::new("   ").is_empty());
    }

    #[test]
    fn snippet_cuts_around_the_match() {
        let text = "word ".repeat(100) + "detainer " + &"more ".repeat(100);
        let (s, r) = snippet(&text, &Query::new("detainer"), 60);
        assert!(s.starts_with('…') && s.ends_with('…'));
        assert_eq!(&s[r[0].clone()], "detainer");
        assert!(s.chars().count() <= 62);
    }

    #[test]
    fn contact_index_matches_every_field_and_ranks_names_first() {
        let mut a = Contact {
            id: "a".into(),
            name: "Legal help".into(),
            ..Contact::default()
        };
        a.counties = smallvec::smallvec!["Doña Ana".into()];
        let b = Contact {
            id: "b".into(),
            name: "Doña Ana Immigrant Center".into(),
            ..Contact::default()
        };
        let c = Contact {
            id: "c".into(),
            name: "Elsewhere".into(),
            ..Contact::default()
        };
        let contacts = [a, b, c];
        let index = ContactIndex::build(&contacts);
        assert_eq!(index.matching(&Query::new("DONA ana")), vec![0, 1]);
        let ranked = index.ranked(&Query::new("dona ana"));
        assert_eq!(contacts[ranked[0].0].id, "b", "the name match ranks first");
        assert_eq!(index.matching(&Query::new("")).len(), 3);
    }

    #[test]
    fn index_rows_hold_the_name_then_each_other_text_once() {
        let mut a = Contact {
            id: "a".into(),
            name: "Centro\u{1f}Legal".into(),
            email: "Info@Example.org".into(),
            ..Contact::default()
        };
        a.address.city = "Las Cruces".into();
        a.counties = smallvec::smallvec!["Doña Ana".into()];
        let b = Contact {
            id: "b".into(),
            name: String::new().into(),
            notes: "Walk-ins welcome".into(),
            ..Contact::default()
        };
        let contacts = [a, b];
        let index = ContactIndex::build(&contacts);
        assert_eq!(index.len(), 2);
        assert_eq!(
            index.row(0),
            (
                "centro legal",
                "centro legal\u{1f}info@example.org\u{1f}las cruces\u{1f}dona ana\u{1f}"
            )
        );
        assert_eq!(index.row(1), ("", "\u{1f}walk-ins welcome\u{1f}"));
        // A term never spans two texts; each text is found.
        assert!(index.matching(&Query::new("legalinfo")).is_empty());
        assert_eq!(index.matching(&Query::new("cruces dona")), vec![0]);
        assert_eq!(index.matching(&Query::new("walk")), vec![1]);
        assert!(
            index.row(5).1.is_empty(),
            "out of range is empty, not a panic"
        );
    }
}
