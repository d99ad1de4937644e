//! What goes on a printout, and the renderers that print it.
//!
//! A [`Handout`] names the layout (handout, wallet cards, contact sheet), the language, the guide
//! entries and the contacts; [`HandoutData`] is everything a renderer needs, resolved and dated
//! (entries with their answers and editor's notes, contacts grouped by category with their
//! verification state, the guide's review date, the disclaimer, the card sheet). Every renderer
//! works from the same data: PDF through typst ([`pdf`]), and plain text, Markdown and HTML
//! ([`text`]).

mod bidi;
pub mod call_sheet;
mod cards;
mod door;
pub mod labels;
mod missing_glyphs;
mod model;
mod options;
pub mod pdf;
mod resolve;
pub mod text;
mod who_to_call;

pub use labels::Labels;

pub use cards::*;
pub use model::*;
pub use options::*;
pub use resolve::*;

/// The bytes of `data` in `format`, with the characters no font has (PDF only; see
/// [`pdf::MissingGlyphs`]).
pub fn render_to(format: OutputFormat, data: &HandoutData) -> Result<Rendered, pdf::PdfError> {
    let plain = |bytes: Vec<u8>| Rendered {
        bytes,
        missing: Vec::new(),
        not_pdf_ua: None,
    };
    Ok(match format {
        OutputFormat::Pdf => {
            let compiled = pdf::compile(data)?;
            let (bytes, not_pdf_ua) = pdf::to_pdf_reporting(&compiled)?;
            Rendered {
                bytes,
                missing: compiled.missing,
                not_pdf_ua,
            }
        }
        OutputFormat::Html => plain(text::html(data).into_bytes()),
        OutputFormat::Md => plain(text::markdown(data).into_bytes()),
        OutputFormat::Txt => plain(text::plain(data).into_bytes()),
    })
}

/// A printout written in one format, with what the user should know about it.
#[derive(Debug)]
pub struct Rendered {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Characters no font has, and where.
    pub missing: Vec<pdf::MissingGlyphs>,
    /// Why the PDF is not PDF/UA-1, when it is not (it is still a tagged PDF).
    pub not_pdf_ua: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_slots_mirror_the_front() {
        for paper in [Paper::Letter, Paper::A4] {
            let (pw, _) = paper.size_in();
            let front = card_slots(paper, false);
            let back = card_slots(paper, true);
            let (cols, rows) = cards_per_sheet(paper);
            assert_eq!(front.len(), cols * rows);
            assert_eq!(back.len(), front.len());
            for (f, b) in front.iter().zip(&back) {
                assert!((b.x - (pw - f.x - CARD_SIZE_IN.0)).abs() < 1e-9);
                assert!((b.y - f.y).abs() < 1e-9);
            }
            // The first card of the front is on the left; of the back, on the right.
            assert!(front[0].x < back[0].x);
        }
        assert_eq!(card_slots(Paper::Letter, false).len(), 10);
        assert_eq!(card_slots(Paper::A4, false).len(), 8);
    }

    #[test]
    fn cards_fit_on_the_page_with_room_for_cut_marks() {
        for paper in [Paper::Letter, Paper::A4] {
            let (pw, ph) = paper.size_in();
            let marks = cut_marks(&card_slots(paper, false));
            assert!(!marks.is_empty());
            for m in marks {
                for (x, y) in [(m.x1, m.y1), (m.x2, m.y2)] {
                    assert!(x >= 0.0 && x <= pw && y >= 0.0 && y <= ph, "{m:?}");
                }
            }
        }
    }

    #[test]
    fn qr_codes_are_svg_and_long_text_gives_none() {
        let svg = qr_svg("https://nmdoj.gov");
        assert!(svg.contains("<svg"));
        assert!(qr_svg(&"x".repeat(5000)).is_empty());
    }
}
