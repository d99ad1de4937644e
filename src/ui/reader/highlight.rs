//! Text with the search's matches highlighted, as an egui layout job.

use crate::ui::theme;
use egui::text::LayoutJob;
use egui::{Color32, FontFamily, FontId, TextFormat};
use std::ops::Range;

/// A layout job of `text` with `ranges` highlighted.
pub(super) fn highlighted_job(
    text: &str,
    ranges: &[Range<usize>],
    size: f32,
    color: Color32,
    dark: bool,
    family: Option<FontFamily>,
) -> LayoutJob {
    let mut job = LayoutJob::default();
    append_highlighted(&mut job, text, ranges, size, color, dark, family);
    job
}

pub(super) fn append_highlighted(
    job: &mut LayoutJob,
    text: &str,
    ranges: &[Range<usize>],
    size: f32,
    color: Color32,
    dark: bool,
    family: Option<FontFamily>,
) {
    let font = FontId::new(size, family.unwrap_or(FontFamily::Proportional));
    let plain = TextFormat {
        font_id: font.clone(),
        color,
        ..TextFormat::default()
    };
    let marked = TextFormat {
        font_id: font,
        color: if dark { Color32::WHITE } else { Color32::BLACK },
        background: theme::highlight_bg(dark),
        ..TextFormat::default()
    };
    let mut at = 0;
    for r in ranges {
        if r.start < at
            || r.end > text.len()
            || !text.is_char_boundary(r.start)
            || !text.is_char_boundary(r.end)
        {
            continue;
        }
        job.append(&text[at..r.start], 0.0, plain.clone());
        job.append(&text[r.clone()], 0.0, marked.clone());
        at = r.end;
    }
    job.append(&text[at..], 0.0, plain);
}
