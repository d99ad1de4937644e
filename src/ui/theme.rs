//! Look and feel: theme choice, zoom steps, the bundled fonts, and the few colours the app uses
//! beyond egui's (highlights, editor's-note callouts, verification marks).

use egui::{Color32, FontData, FontDefinitions, FontFamily};
use std::sync::Arc;

/// The user's theme choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, Default)]
pub enum ThemeChoice {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// The egui preference.
    #[must_use]
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// Zoom limits and step.
pub const ZOOM_MIN: f32 = 0.6;
/// Largest zoom.
pub const ZOOM_MAX: f32 = 2.5;
/// One zoom step.
pub const ZOOM_STEP: f32 = 0.1;

/// Clamps and rounds a zoom factor to a step.
#[must_use]
pub fn clamp_zoom(z: f32) -> f32 {
    ((z / ZOOM_STEP).round() * ZOOM_STEP).clamp(ZOOM_MIN, ZOOM_MAX)
}

/// Name of the bold font family.
pub const BOLD: &str = "bold";
/// Name of the italic font family.
pub const ITALIC: &str = "italic";

/// Installs the bundled Noto fonts in front of egui's defaults (which keep their emoji and
/// symbol fonts as fallbacks; eframe adds system fonts for scripts none of them cover).
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    let add = |fonts: &mut FontDefinitions, name: &str, bytes: &'static [u8]| {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    };
    add(
        &mut fonts,
        "NotoSans",
        include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
    );
    add(
        &mut fonts,
        "NotoSans-Bold",
        include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
    );
    add(
        &mut fonts,
        "NotoSans-Italic",
        include_bytes!("../../assets/fonts/NotoSans-Italic.ttf"),
    );
    add(
        &mut fonts,
        "NotoSansArabic",
        include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf"),
    );
    add(
        &mut fonts,
        "NotoSansSymbols",
        include_bytes!("../../assets/fonts/NotoSansSymbols-Regular.ttf"),
    );
    add(
        &mut fonts,
        "NotoSansSymbols2",
        include_bytes!("../../assets/fonts/NotoSansSymbols2-Regular.ttf"),
    );
    // The file chooser's folder, file and refresh signs (egui_file draws 📁 📂 💾 ⟲), cut
    // from egui's own Noto Emoji and emoji-icon-font to those four glyphs.
    add(
        &mut fonts,
        "NotoEmoji-FileChooser",
        include_bytes!("../../assets/fonts/NotoEmoji-FileChooser.ttf"),
    );
    add(
        &mut fonts,
        "EmojiIcon-FileChooser",
        include_bytes!("../../assets/fonts/EmojiIcon-FileChooser.ttf"),
    );
    let defaults = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let family = |first: &str| -> Vec<String> {
        [
            first,
            "NotoSansArabic",
            "NotoSansSymbols",
            "NotoSansSymbols2",
            "NotoEmoji-FileChooser",
            "EmojiIcon-FileChooser",
        ]
        .into_iter()
        .map(str::to_string)
        .chain(defaults.iter().cloned())
        .collect()
    };
    fonts
        .families
        .insert(FontFamily::Proportional, family("NotoSans"));
    fonts
        .families
        .insert(FontFamily::Name(BOLD.into()), family("NotoSans-Bold"));
    fonts
        .families
        .insert(FontFamily::Name(ITALIC.into()), family("NotoSans-Italic"));
    if let Some(mono) = fonts.families.get_mut(&FontFamily::Monospace) {
        for name in [
            "NotoSans",
            "NotoSansArabic",
            "NotoSansSymbols",
            "NotoSansSymbols2",
        ] {
            mono.push(name.into());
        }
    }
    ctx.set_fonts(fonts);
}

/// Reading text with more contrast than egui's defaults, in both themes, and a visible focus
/// ring: a widget with the keyboard focus is drawn with egui's "active" look, given here a
/// 2-point outline in the selection colour.
pub fn tune_visuals(ctx: &egui::Context) {
    ctx.style_mut_of(egui::Theme::Dark, |s| {
        s.visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(222);
        s.visuals.widgets.inactive.fg_stroke.color = Color32::from_gray(230);
        s.visuals.widgets.active.bg_stroke =
            egui::Stroke::new(2.0, s.visuals.selection.stroke.color);
    });
    ctx.style_mut_of(egui::Theme::Light, |s| {
        s.visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(28);
        s.visuals.widgets.inactive.fg_stroke.color = Color32::from_gray(20);
        s.visuals.widgets.active.bg_stroke =
            egui::Stroke::new(2.0, s.visuals.selection.stroke.color);
    });
}

/// Background of search highlights.
#[must_use]
pub fn highlight_bg(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x7a, 0x5c, 0x00)
    } else {
        Color32::from_rgb(0xff, 0xe0, 0x66)
    }
}

/// Fill and stroke of an editor's-note callout.
#[must_use]
pub fn note_colors(dark: bool) -> (Color32, Color32) {
    if dark {
        (
            Color32::from_rgb(0x3a, 0x2e, 0x12),
            Color32::from_rgb(0xd9, 0xa4, 0x41),
        )
    } else {
        (
            Color32::from_rgb(0xff, 0xf4, 0xd6),
            Color32::from_rgb(0xb8, 0x7a, 0x00),
        )
    }
}

/// Colour of a warning mark (never or not recently verified).
#[must_use]
pub fn warn_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0xf0, 0xb4, 0x50)
    } else {
        Color32::from_rgb(0x9a, 0x5b, 0x00)
    }
}

/// Colour of a good mark (verified).
#[must_use]
pub fn ok_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x6c, 0xcf, 0x8a)
    } else {
        Color32::from_rgb(0x1e, 0x7b, 0x3a)
    }
}
