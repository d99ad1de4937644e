//! Lets egui's text fields edit a contact's [`Text`] in place (egui's own fields edit
//! `String`s).

use crate::core::directory::contact::Text;
use egui::TextBuffer;
use egui::text::CharIndex;
use std::ops::Range;

/// A contact field's text, borrowed for one `TextEdit`:
/// `TextEdit::singleline(&mut EditText(&mut contact.name))`.
pub struct EditText<'a>(pub &'a mut Text);

impl TextBuffer for EditText<'_> {
    fn is_mutable(&self) -> bool {
        true
    }

    fn as_str(&self) -> &str {
        self.0.as_str()
    }

    fn insert_text(&mut self, text: &str, char_index: CharIndex) -> usize {
        let at = self.byte_index_from_char_index(char_index).0;
        self.0.insert_str(at, text);
        text.chars().count()
    }

    fn delete_char_range(&mut self, char_range: Range<CharIndex>) {
        let start = self.byte_index_from_char_index(char_range.start).0;
        let end = self.byte_index_from_char_index(char_range.end).0;
        if start < end {
            self.0.replace_range(start..end, "");
        }
    }

    fn clear(&mut self) {
        self.0.clear();
    }

    fn replace_with(&mut self, text: &str) {
        self.0.clear();
        self.0.push_str(text);
    }

    fn type_id(&self) -> std::any::TypeId {
        std::any::TypeId::of::<Text>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_and_deletes_by_character_not_byte() {
        let mut text = Text::from("Doña Ana");
        let mut edit = EditText(&mut text);
        // After "Doña" (4 characters, 5 bytes).
        assert_eq!(edit.insert_text(" County of", CharIndex(4)), 10);
        assert_eq!(edit.as_str(), "Doña County of Ana");
        edit.delete_char_range(CharIndex(2)..CharIndex(4));
        assert_eq!(edit.as_str(), "Do County of Ana");
        edit.replace_with("Sierra");
        assert_eq!(text, "Sierra");
    }

    #[test]
    fn grows_past_the_inline_size_and_back() {
        let mut text = Text::from("Luna");
        let mut edit = EditText(&mut text);
        let long = " County Courthouse, Deming, New Mexico";
        edit.insert_text(long, CharIndex(4));
        assert_eq!(edit.as_str(), format!("Luna{long}"));
        edit.delete_char_range(CharIndex(4)..CharIndex(4 + long.chars().count()));
        assert_eq!(edit.as_str(), "Luna");
        edit.clear();
        assert!(text.is_empty());
    }
}
