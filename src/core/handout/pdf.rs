//! PDF through typst used as a library.
//!
//! The layout is a typst template (`assets/handout/*.typ`, embedded with `include_str!`); the
//! handout's data goes in as a JSON file in typst's virtual file system, read by the template
//! with `json(..)`. Data is never pasted into markup, so a contact named `#panic()` or `*x*`
//! prints literally. Fonts (the bundled Noto fonts) and typst's standard library are loaded once
//! per process.

use super::HandoutData;
use std::sync::OnceLock;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

/// The handout layout.
pub const HANDOUT_TEMPLATE: &str = include_str!("../../../assets/handout/handout.typ");

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The template failed (a bug in the template or data it did not expect).
    #[error("the layout could not be set: {0}")]
    Layout(String),
    /// The data could not be turned into JSON (a bug).
    #[error("the handout data could not be prepared: {0}")]
    Data(String),
}

/// Fonts and the standard library, shared by every export.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| {
        let files: [&'static [u8]; 6] = [
            include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf"),
            include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf"),
            include_bytes!("../../../assets/fonts/NotoSans-Italic.ttf"),
            include_bytes!("../../../assets/fonts/NotoSansArabic-Regular.ttf"),
            include_bytes!("../../../assets/fonts/NotoSansSymbols-Regular.ttf"),
            include_bytes!("../../../assets/fonts/NotoSansSymbols2-Regular.ttf"),
        ];
        let fonts: Vec<Font> = files
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        Shared {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
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
    today: Option<Datetime>,
}

impl World for HandoutWorld {
    fn library(&self) -> &LazyHash<Library> {
        &shared().library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &shared().book
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
        shared().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        self.today
    }
}

/// Lays out `data` with `template` and returns the PDF's bytes (a tagged PDF).
pub fn render(template: &str, data: &HandoutData) -> Result<Vec<u8>, PdfError> {
    let json = serde_json::to_vec(data).map_err(|e| PdfError::Data(e.to_string()))?;
    let main_id = file_id("/main.typ").ok_or_else(|| PdfError::Data("bad path".into()))?;
    let world = HandoutWorld {
        main: Source::new(main_id, template.to_string()),
        main_id,
        data_id: file_id("/data.json"),
        data: Bytes::new(json),
        today: None,
    };
    let document: PagedDocument = typst::compile(&world)
        .output
        .map_err(|errors| PdfError::Layout(describe(&errors)))?;
    typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())
        .map_err(|errors| PdfError::Layout(describe(&errors)))
}

fn describe(errors: &[typst::diag::SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|e| e.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}
