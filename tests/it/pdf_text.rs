//! Reading back the PDFs Rights Desk writes, in Rust (pdf-extract and its lopdf), as a reader
//! would: the text in reading order, the text of one page, lines with their layout kept
//! (characters on one baseline, left to right), and the page size. No poppler needed.

use pdf_extract::{Document, MediaBox, OutputDev, OutputError, Transform};

/// The whole text, in the order the PDF draws it.
pub fn text(pdf: &[u8]) -> String {
    pdf_extract::extract_text_from_mem(pdf).expect("the PDF's text can be read")
}

/// The text of page `n` (1-based).
pub fn page(pdf: &[u8], n: usize) -> String {
    let pages = pdf_extract::extract_text_from_mem_by_pages(pdf).expect("pages can be read");
    pages.get(n - 1).cloned().unwrap_or_default()
}

/// Every line of every page with the layout kept: text at the same height is one line, read
/// left to right, with a wide gap (a column) shown as several spaces.
pub fn layout_lines(pdf: &[u8]) -> Vec<String> {
    let mut lines = Vec::new();
    for chars in pages_of(pdf) {
        let mut line = String::new();
        let mut last: Option<(f64, f64)> = None; // (y, x where the previous character ended)
        for (y, x, w, c) in chars {
            match last {
                Some((ly, _)) if (ly - y).abs() >= 1.0 => {
                    lines.push(std::mem::take(&mut line));
                }
                Some((_, end)) if x - end > 12.0 => line.push_str("    "),
                Some((_, end)) if x - end > 1.5 && !line.ends_with(' ') => line.push(' '),
                _ => {}
            }
            line.push_str(&c);
            last = Some((y, x + w));
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
}

/// The runs of text of page `n` (1-based) with where each starts, in points from the page's
/// bottom-left corner: characters on one baseline with no wide gap between them are one run
/// (a run's start is its leftmost character; glyphs may come back out of order within it).
pub fn runs(pdf: &[u8], n: usize) -> Vec<(f64, f64, String)> {
    let Some(chars) = pages_of(pdf).into_iter().nth(n - 1) else {
        return Vec::new();
    };
    let mut runs: Vec<(f64, f64, String)> = Vec::new();
    let mut last: Option<(f64, f64)> = None;
    for (y, x, w, c) in chars {
        match (last, runs.last_mut()) {
            (Some((ly, end)), Some(run)) if (ly - y).abs() < 1.0 && x - end < 12.0 => {
                if x - end > 1.5 {
                    run.2.push(' ');
                }
                run.2.push_str(&c);
            }
            _ => runs.push((x, y, c)),
        }
        last = Some((y, x + w));
    }
    runs
}

/// Each page's characters as (y, x, width, character), top of the page first (PDF y grows
/// upwards), then left to right.
fn pages_of(pdf: &[u8]) -> Vec<Vec<(f64, f64, f64, String)>> {
    let doc = Document::load_mem(pdf).expect("a PDF");
    let mut out = Collector::default();
    pdf_extract::output_doc(&doc, &mut out).expect("text can be read");
    out.flush_page();
    out.pages
}

/// "612 x 792" (points) for the first page.
pub fn page_size(pdf: &[u8]) -> String {
    let doc = Document::load_mem(pdf).expect("a PDF");
    let first = doc.get_pages().into_values().next().expect("a page");
    let page = doc.get_dictionary(first).expect("page");
    let mediabox = page
        .get(b"MediaBox")
        .and_then(|m| m.as_array())
        .expect("MediaBox");
    let n = |i: usize| {
        mediabox
            .get(i)
            .and_then(|o| {
                o.as_float()
                    .ok()
                    .or_else(|| o.as_i64().ok().map(|v| v as f32))
            })
            .unwrap_or(0.0)
    };
    format!("{} x {}", (n(2) - n(0)).round(), (n(3) - n(1)).round())
}

#[derive(Default)]
struct Collector {
    /// (y, x, width, character) of the current page.
    chars: Vec<(f64, f64, f64, String)>,
    /// True once a page has begun.
    started: bool,
    pages: Vec<Vec<(f64, f64, f64, String)>>,
}

impl Collector {
    fn flush_page(&mut self) {
        if !self.started {
            return;
        }
        let mut chars = std::mem::take(&mut self.chars);
        chars.sort_by(|a, b| {
            (b.0.round())
                .total_cmp(&a.0.round())
                .then(a.1.total_cmp(&b.1))
        });
        self.pages.push(chars);
    }
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page: u32,
        _media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.flush_page();
        self.started = true;
        Ok(())
    }
    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        let scale = (trm.m11 * trm.m11 + trm.m12 * trm.m12).sqrt();
        self.chars.push((
            trm.m32,
            trm.m31,
            width * font_size * scale,
            char.to_string(),
        ));
        Ok(())
    }
    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}
