//! PDF (and page images for the preview) through typst used as a library.
//!
//! The layouts are typst templates (`assets/handout/*.typ`, embedded with `include_str!`); the
//! printout's data goes in as a JSON file in typst's virtual file system, read by the template
//! with `json(..)`. Data is never pasted into markup, so a contact named `#panic()` or `*x*`
//! prints literally. The bundled Noto fonts and typst's standard library are loaded once per
//! process; the system's fonts are searched (once) only when the data holds characters the
//! bundled fonts lack, and characters no font has are reported with the entry or contact that
//! holds them.

use super::{HandoutData, Layout};
use std::collections::BTreeMap;
use std::sync::OnceLock;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook, FontInfo};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;

/// The handout layout.
pub const HANDOUT_TEMPLATE: &str = include_str!("../../../assets/handout/handout.typ");
/// The wallet-card layout.
pub const CARDS_TEMPLATE: &str = include_str!("../../../assets/handout/cards.typ");
/// The contact-sheet layout.
pub const CONTACTS_TEMPLATE: &str = include_str!("../../../assets/handout/contacts.typ");

/// The template of a layout.
#[must_use]
pub fn template(layout: Layout) -> &'static str {
    match layout {
        Layout::Handout => HANDOUT_TEMPLATE,
        Layout::Cards | Layout::DoorCard => CARDS_TEMPLATE,
        Layout::Contacts => CONTACTS_TEMPLATE,
    }
}

/// Why a PDF could not be made (a fault in Rights Desk, not in the office's data). Its words are
/// in the translation files ([`PdfError::text`]); `Display` says them in English.
#[derive(Debug, Clone)]
pub enum PdfError {
    /// The template failed (a bug in the template or data it did not expect).
    Layout(String),
    /// The data could not be turned into JSON (a bug).
    Data(String),
}

impl PdfError {
    /// The message in the language of `t`; the typesetter's own words are the details.
    #[must_use]
    pub fn text(&self, t: &crate::core::i18n::I18n) -> String {
        let (key, details) = match self {
            PdfError::Layout(d) => ("print-error-layout", d),
            PdfError::Data(d) => ("print-error-data", d),
        };
        t.tr_args(key, &[("details", details.clone().into())])
    }
}

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::core::i18n::with(crate::core::i18n::Lang::En, |t| {
            self.text(t)
        }))
    }
}

impl std::error::Error for PdfError {}

pub use super::missing_glyphs::{MissingGlyphs, TextPlace};

/// A laid-out printout: its pages, ready to become a PDF or images.
pub struct Compiled {
    document: PagedDocument,
    title: String,
    /// Characters that will not print, by place (empty when every character has a font).
    pub missing: Vec<MissingGlyphs>,
}

impl Compiled {
    /// The number of pages.
    #[must_use]
    pub fn page_count(&self) -> usize {
        self.document.pages().len()
    }

    /// Size of page `index` in points (1/72 in).
    #[must_use]
    pub fn page_size_pt(&self, index: usize) -> Option<(f64, f64)> {
        self.document
            .pages()
            .get(index)
            .map(|p| (p.frame.width().to_pt(), p.frame.height().to_pt()))
    }
}

/// A page drawn as pixels.
#[derive(Debug, Clone)]
pub struct PageImage {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Premultiplied RGBA, row by row.
    pub rgba: Vec<u8>,
}

/// The bundled fonts (and, once searched, the system's).
struct Fonts {
    store: FontStore,
    /// Coverage of each font in `store`, in the same order.
    infos: Vec<FontInfo>,
}

impl Fonts {
    fn covers(&self, c: char) -> bool {
        self.infos.iter().any(|i| i.coverage.contains(u32::from(c)))
    }
}

const BUNDLED_FONTS: [&[u8]; 6] = [
    include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../../assets/fonts/NotoSans-Italic.ttf"),
    include_bytes!("../../../assets/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../../assets/fonts/NotoSansSymbols-Regular.ttf"),
    include_bytes!("../../../assets/fonts/NotoSansSymbols2-Regular.ttf"),
];

fn bundled_fonts() -> impl Iterator<Item = (Font, FontInfo)> {
    BUNDLED_FONTS
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .map(|f| {
            let info = f.info().clone();
            (f, info)
        })
}

impl Fonts {
    /// The bundled fonts, then `more` (fonts found on the system, loaded only when used).
    fn with(more: impl Iterator<Item = (typst_kit::fonts::FontPath, FontInfo)>) -> Fonts {
        let mut store = FontStore::new();
        let mut infos = Vec::new();
        for (font, info) in bundled_fonts() {
            infos.push(info.clone());
            store.push((font, info));
        }
        for (path, info) in more {
            infos.push(info.clone());
            store.push((path, info));
        }
        Fonts { store, infos }
    }
}

fn bundled() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts::with(std::iter::empty()))
}

/// The bundled fonts first, then every font installed on the system (searched once, loaded
/// only when used).
fn with_system() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts::with(typst_kit::fonts::system()))
}

/// The library, shared by every export.
fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

fn file_id(path: &str) -> Option<FileId> {
    VirtualPath::new(path)
        .ok()
        .map(|p| FileId::new(RootedPath::new(VirtualRoot::Project, p)))
}

/// One compilation: the template as the main file and the data as `/data.json`.
struct HandoutWorld {
    main: Source,
    main_id: FileId,
    data_id: Option<FileId>,
    data: Bytes,
    fonts: &'static Fonts,
}

impl World for HandoutWorld {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.store.book()
    }

    fn main(&self) -> FileId {
        self.main_id
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main_id {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if Some(id) == self.data_id {
            Ok(self.data.clone())
        } else {
            Err(FileError::NotFound(id.vpath().get_with_slash().into()))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.store.font(index)
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        None
    }
}

/// The fonts to use for `texts` (by place), and the characters none of them has, by place.
fn choose_fonts(texts: Vec<(TextPlace, &str)>) -> (&'static Fonts, Vec<MissingGlyphs>) {
    let fonts = bundled();
    let mut uncovered: Vec<(TextPlace, char)> = Vec::new();
    for (place, text) in texts {
        for c in text.chars() {
            // (Bidirectional isolates are format marks, never drawn.)
            let format_mark = matches!(c, '\u{2066}'..='\u{2069}');
            if !c.is_whitespace() && !c.is_control() && !format_mark && !fonts.covers(c) {
                uncovered.push((place.clone(), c));
            }
        }
    }
    if uncovered.is_empty() {
        return (fonts, Vec::new());
    }
    let fonts = with_system();
    let mut by_place: BTreeMap<TextPlace, Vec<char>> = BTreeMap::new();
    for (place, c) in uncovered {
        if !fonts.covers(c) {
            let chars = by_place.entry(place).or_default();
            if !chars.contains(&c) {
                chars.push(c);
            }
        }
    }
    let missing = by_place
        .into_iter()
        .map(|(place, chars)| MissingGlyphs { place, chars })
        .collect();
    (fonts, missing)
}

/// How many compilations typst's cache keeps a layout result unused before letting it go (as
/// the typst command line does when it watches a file).
const EVICT_AFTER_COMPILATIONS: usize = 10;

/// Lays out `data` with its layout's template.
pub fn compile(data: &HandoutData) -> Result<Compiled, PdfError> {
    let layout = Layout::ALL
        .into_iter()
        .find(|l| l.key() == data.layout)
        .unwrap_or_default();
    compile_with(template(layout), data)
}

/// Lays out `data` with `template`.
pub fn compile_with(template: &str, data: &HandoutData) -> Result<Compiled, PdfError> {
    let isolated;
    let data = if super::bidi::has_right_to_left(data) {
        isolated = super::bidi::isolated(data);
        &isolated
    } else {
        data
    };
    let json = serde_json::to_vec(data).map_err(|e| PdfError::Data(e.to_string()))?;
    compile_json(template, json, data.texts(), &data.title)
}

/// Lays out the JSON data `json` with `template` (which reads it as `/data.json`); `texts` are
/// the data's texts by place, to choose fonts that have their characters.
///
/// # Errors
/// When the template fails on the data.
pub fn compile_json(
    template: &str,
    json: Vec<u8>,
    texts: Vec<(TextPlace, &str)>,
    title: &str,
) -> Result<Compiled, PdfError> {
    let main_id = file_id("/main.typ").ok_or_else(|| PdfError::Data("bad path".into()))?;
    let (fonts, missing) = choose_fonts(texts);
    let world = HandoutWorld {
        main: Source::new(main_id, template.to_string()),
        main_id,
        data_id: file_id("/data.json"),
        data: Bytes::new(json),
        fonts,
    };
    let document = typst::compile::<PagedDocument>(&world).output;
    // typst keeps what it laid out for the next compilation (the preview redoes only what a
    // keystroke changed); results unused by the last few compilations are let go, or the cache
    // grows with every printout laid out in a session.
    typst::comemo::evict(EVICT_AFTER_COMPILATIONS);
    let document = document.map_err(|errors| PdfError::Layout(describe(&errors)))?;
    Ok(Compiled {
        document,
        title: title.to_string(),
        missing,
    })
}

/// The PDF of a laid-out printout: tagged, and PDF/UA-1 when the document meets it.
pub fn to_pdf(compiled: &Compiled) -> Result<Vec<u8>, PdfError> {
    to_pdf_reporting(compiled).map(|(bytes, _)| bytes)
}

/// [`to_pdf`], also saying why the printout could not be made PDF/UA-1 when it could not (it
/// is then a tagged PDF without that claim, and the user is told).
pub fn to_pdf_reporting(compiled: &Compiled) -> Result<(Vec<u8>, Option<String>), PdfError> {
    let not_ua = match typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::Ua_1]) {
        Ok(standards) => {
            let options = typst_pdf::PdfOptions {
                standards,
                ident: typst::foundations::Smart::Custom(compiled.title.clone()),
                ..typst_pdf::PdfOptions::default()
            };
            match typst_pdf::pdf(&compiled.document, &options) {
                Ok(bytes) => return Ok((bytes, None)),
                Err(errors) => describe(&errors),
            }
        }
        Err(e) => e.message().to_string(),
    };
    typst_pdf::pdf(&compiled.document, &typst_pdf::PdfOptions::default())
        .map(|bytes| (bytes, Some(not_ua)))
        .map_err(|errors| PdfError::Layout(describe(&errors)))
}

/// Lays out `data` and returns the PDF's bytes.
pub fn render(data: &HandoutData) -> Result<Vec<u8>, PdfError> {
    to_pdf(&compile(data)?)
}

/// Draws page `index` at `pixels_per_pt` pixels per point (1.0 is 72 dpi).
#[must_use]
pub fn page_image(compiled: &Compiled, index: usize, pixels_per_pt: f32) -> Option<PageImage> {
    let page = compiled.document.pages().get(index)?;
    let pixmap = typst_render::render(
        page,
        &typst_render::RenderOptions {
            pixel_per_pt: typst::utils::Scalar::new(f64::from(pixels_per_pt)),
            render_bleed: false,
        },
    );
    Some(PageImage {
        width: pixmap.width(),
        height: pixmap.height(),
        rgba: pixmap.take(),
    })
}

fn describe(errors: &[typst::diag::SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|e| e.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}
