//! [`SparseText`]: the text of a contact's field that is empty for most contacts (description,
//! hours, notes, source, a phone's label). Empty, it costs one pointer instead of a whole
//! string; otherwise it reads, compares, hashes and is saved exactly like the other text fields.

use compact_str::CompactString;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

/// A text field that is usually empty: 8 bytes when empty (no allocation), a boxed string
/// otherwise. Empty text and no text are the same value.
#[derive(Clone, Default)]
pub struct SparseText(Option<Box<CompactString>>);

impl SparseText {
    /// The text ("" when empty).
    #[must_use]
    pub fn as_str(&self) -> &str {
        self.0.as_deref().map_or("", CompactString::as_str)
    }

    /// True when the text is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.as_str().is_empty()
    }

    /// The text, to edit in place (an editor's text box).
    pub fn make_mut(&mut self) -> &mut CompactString {
        self.0.get_or_insert_with(Box::default)
    }

    /// Drops the box of a text edited down to nothing.
    pub fn shrink_to_fit(&mut self) {
        match &mut self.0 {
            Some(text) if text.is_empty() => self.0 = None,
            Some(text) => text.shrink_to_fit(),
            None => {}
        }
    }
}

impl Deref for SparseText {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SparseText {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<CompactString> for SparseText {
    fn from(text: CompactString) -> Self {
        if text.is_empty() {
            SparseText(None)
        } else {
            SparseText(Some(Box::new(text)))
        }
    }
}

impl From<&str> for SparseText {
    fn from(text: &str) -> Self {
        CompactString::from(text).into()
    }
}

impl From<String> for SparseText {
    fn from(text: String) -> Self {
        CompactString::from(text).into()
    }
}

impl From<&String> for SparseText {
    fn from(text: &String) -> Self {
        text.as_str().into()
    }
}

impl From<SparseText> for CompactString {
    fn from(text: SparseText) -> Self {
        text.0.map(|b| *b).unwrap_or_default()
    }
}

impl From<SparseText> for String {
    fn from(text: SparseText) -> Self {
        text.as_str().to_owned()
    }
}

impl PartialEq for SparseText {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SparseText {}

impl PartialEq<str> for SparseText {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SparseText {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for SparseText {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialOrd for SparseText {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SparseText {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

/// Hashes like `String` and `CompactString` (stored version hashes depend on it).
impl Hash for SparseText {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for SparseText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SparseText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SparseText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SparseText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        CompactString::deserialize(deserializer).map(SparseText::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::DefaultHasher;

    fn hash_of(value: &impl Hash) -> u64 {
        let mut h = DefaultHasher::new();
        value.hash(&mut h);
        h.finish()
    }

    #[test]
    fn empty_costs_a_pointer_and_equals_no_text() {
        assert_eq!(std::mem::size_of::<SparseText>(), 8);
        assert_eq!(SparseText::from(""), SparseText::default());
        assert!(
            SparseText::from("").0.is_none(),
            "empty text allocates nothing"
        );
        let mut edited = SparseText::default();
        edited.make_mut().push_str("Call first");
        assert_eq!(edited, "Call first");
        edited.make_mut().clear();
        assert_eq!(edited, SparseText::default());
        assert_eq!(hash_of(&edited), hash_of(&SparseText::default()));
        edited.shrink_to_fit();
        assert!(edited.0.is_none());
    }

    #[test]
    fn reads_hashes_and_saves_like_a_string() {
        let text = SparseText::from("Mon–Fri 9–5, walk-ins welcome until noon");
        assert_eq!(&*text, "Mon–Fri 9–5, walk-ins welcome until noon");
        assert_eq!(
            hash_of(&text),
            hash_of(&String::from("Mon–Fri 9–5, walk-ins welcome until noon"))
        );
        assert_eq!(hash_of(&SparseText::default()), hash_of(&String::new()));
        let ron = ron::to_string(&text).expect("write");
        assert_eq!(
            ron,
            ron::to_string("Mon–Fri 9–5, walk-ins welcome until noon").expect("w")
        );
        let back: SparseText = ron::from_str(&ron).expect("read");
        assert_eq!(back, text);
        let empty: SparseText = ron::from_str("\"\"").expect("read");
        assert!(empty.0.is_none());
        assert_eq!(text.to_string(), text.as_str());
        assert_eq!(format!("{text:?}"), format!("{:?}", text.as_str()));
    }
}
