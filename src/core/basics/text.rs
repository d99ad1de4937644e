//! Folding text for comparison (case, accents, curly quotes), and [`Folded`] text that maps
//! each folded byte back to the original, so a match found in folded text becomes a highlight
//! in the text the user sees. Search, sorting and duplicate detection all fold the same way.

use memchr::memmem;
use std::ops::Range;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds `text` for comparison: no case, no accents, straight quotes.
#[must_use]
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Appends `text` folded as [`fold`] does to `out` (no allocation of its own).
pub fn fold_into(text: &str, out: &mut String) {
    for c in text.chars() {
        fold_char(c, &mut |f| out.push(f));
    }
}

fn fold_char(c: char, push: &mut impl FnMut(char)) {
    if c.is_ascii() {
        push(c.to_ascii_lowercase());
        return;
    }
    match c {
        '’' | '‘' | 'ʼ' => push('\''),
        '“' | '”' => push('"'),
        '–' | '—' => push('-'),
        'ß' => {
            push('s');
            push('s');
        }
        _ => {
            for d in std::iter::once(c).nfd() {
                if !is_combining_mark(d) {
                    for l in d.to_lowercase() {
                        push(l);
                    }
                }
            }
        }
    }
}

/// A folded text that remembers where each folded byte came from in the original.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// For each byte of `text`, the byte range of the original character it came from.
    origin: Vec<(u32, u32)>,
}

impl Folded {
    /// Folds `original`, keeping the byte mapping.
    #[must_use]
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        for (start, c) in original.char_indices() {
            let end = start + c.len_utf8();
            #[allow(clippy::cast_possible_truncation, reason = "texts are far below 4 GiB")]
            let span = (start as u32, end as u32);
            fold_char(c, &mut |f| {
                text.push(f);
                origin.extend(std::iter::repeat_n(span, f.len_utf8()));
            });
        }
        Folded { text, origin }
    }

    /// Maps a byte range of the folded text to the byte range of the original it covers.
    #[must_use]
    pub fn to_original(&self, folded: Range<usize>) -> Range<usize> {
        if folded.is_empty() || folded.end > self.origin.len() {
            return 0..0;
        }
        let start = self.origin[folded.start].0 as usize;
        let end = self.origin[folded.end - 1].1 as usize;
        start..end
    }

    /// The words that start with `term` (the folded text before it is not a letter or digit),
    /// as ranges of the original text, each to the end of its word: "hold" finds "holds", not
    /// "uphold".
    #[must_use]
    pub fn find_word_starts(&self, term: &str) -> Vec<Range<usize>> {
        if term.is_empty() {
            return Vec::new();
        }
        memmem::find_iter(self.text.as_bytes(), term.as_bytes())
            .filter(|&at| {
                self.text[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
            })
            .map(|at| {
                // The whole word: a stem ("detent") shows as the word it starts ("detention").
                let rest = &self.text[at + term.len()..];
                let tail: usize = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric())
                    .map(char::len_utf8)
                    .sum();
                self.to_original(at..at + term.len() + tail)
            })
            .collect()
    }

    /// Every occurrence of `term` (already folded), as ranges of the original text.
    #[must_use]
    pub fn find_all(&self, term: &str) -> Vec<Range<usize>> {
        if term.is_empty() {
            return Vec::new();
        }
        memmem::find_iter(self.text.as_bytes(), term.as_bytes())
            .map(|at| self.to_original(at..at + term.len()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_starts_are_found_not_the_middle_of_words() {
        let f = Folded::new("To uphold the law, police may hold someone: holds.");
        let found: Vec<&str> = f
            .find_word_starts("hold")
            .into_iter()
            .map(|r| &"To uphold the law, police may hold someone: holds."[r])
            .collect();
        assert_eq!(found, ["hold", "holds"]);
        assert_eq!(f.find_all("hold").len(), 3);
    }
}
