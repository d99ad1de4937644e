//! The Handout tab's preview: the printout last resolved and what it was resolved from, and the
//! pages laid out from it on a worker thread (by the same typst code that makes the PDF), so
//! typing in the title never blocks the window.

use crate::core::handout::{Handout, HandoutData, PrintChoices, pdf};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};

/// Pixels per point of the preview images.
const PREVIEW_SCALE: f32 = 1.25;

/// What a printout is resolved from: when none of it changed, the last one still holds.
#[derive(Debug, Clone, PartialEq)]
pub struct PrintKey {
    /// The print choices.
    pub choices: PrintChoices,
    /// The entries chosen, in order.
    pub entries: Vec<String>,
    /// The workspace's generation (the directory and the file).
    pub generation: u64,
    /// The open guide.
    pub guide_index: usize,
    /// Today (verification marks depend on it).
    pub today: jiff::civil::Date,
}

/// What the preview worker sends back.
struct Pages {
    images: Vec<pdf::PageImage>,
    missing: Vec<String>,
    error: Option<String>,
}

/// A resolved printout and what it was resolved from.
struct Cached {
    key: PrintKey,
    /// Bumped whenever the resolved data changes, so the preview knows to redraw.
    version: u64,
    handout: Handout,
    data: Arc<HandoutData>,
}

/// State of the Handout tab that is not remembered: the preview and the last export.
#[derive(Default)]
pub struct HandoutView {
    /// The version of the printout the shown (or coming) preview was made from.
    requested: Option<u64>,
    job: Option<Receiver<Pages>>,
    pages: Vec<egui::TextureHandle>,
    /// Characters no font has, as messages.
    pub missing: Vec<String>,
    /// Why the preview failed, if it did.
    pub error: Option<String>,
    /// The file last exported, offered for opening.
    pub last_saved: Option<PathBuf>,
    /// Filter text of the "pick one by one" list.
    pub pick_text: String,
    /// The last printout resolved.
    cache: Option<Cached>,
}

impl HandoutView {
    /// The number of pages in the preview.
    #[must_use]
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// The preview's pages.
    pub fn pages(&self) -> &[egui::TextureHandle] {
        &self.pages
    }

    /// True while the pages are being laid out.
    #[must_use]
    pub fn busy(&self) -> bool {
        self.job.is_some()
    }

    /// How many contacts the printout lists.
    #[must_use]
    pub fn contact_count(&self) -> usize {
        self.cache.as_ref().map_or(0, |c| c.handout.contacts.len())
    }

    /// How many contacts the choice selected (more than it lists past
    /// [`handout::MAX_PRINTED_CONTACTS`]).
    #[must_use]
    pub fn chosen_count(&self) -> usize {
        self.cache.as_ref().map_or(0, |c| c.handout.chosen)
    }

    /// True when the printout last resolved was made from these choices, entries, workspace
    /// generation, guide and day (compared in place: nothing is copied each frame).
    #[must_use]
    pub fn is_current(
        &self,
        choices: &PrintChoices,
        entries: &[String],
        generation: u64,
        guide_index: usize,
        today: jiff::civil::Date,
    ) -> bool {
        self.cache.as_ref().is_some_and(|c| {
            c.key.generation == generation
                && c.key.guide_index == guide_index
                && c.key.today == today
                && c.key.entries == entries
                && &c.key.choices == choices
        })
    }

    /// Keeps the printout resolved for `key` (none: there is nothing to print).
    pub fn store(&mut self, key: PrintKey, printout: Option<(Handout, HandoutData)>) {
        let Some((handout, data)) = printout else {
            self.cache = None;
            return;
        };
        let version = match &self.cache {
            Some(old) if *old.data == data => old.version,
            Some(old) => old.version + 1,
            None => 0,
        };
        self.cache = Some(Cached {
            key,
            version,
            handout,
            data: Arc::new(data),
        });
    }

    /// Takes the worker's pages when they are ready. False while it is still working.
    /// `failed` words the message shown when the worker died without pages.
    pub fn take_pages(&mut self, ctx: &egui::Context, failed: impl FnOnce() -> String) -> bool {
        let Some(rx) = &self.job else {
            return true;
        };
        match rx.try_recv() {
            Ok(p) => {
                self.job = None;
                self.missing = p.missing;
                self.error = p.error;
                self.pages = p
                    .images
                    .iter()
                    .enumerate()
                    .map(|(i, img)| {
                        let image = egui::ColorImage::from_rgba_premultiplied(
                            [img.width as usize, img.height as usize],
                            &img.rgba,
                        );
                        ctx.load_texture(
                            format!("handout-page-{i}"),
                            image,
                            egui::TextureOptions::LINEAR,
                        )
                    })
                    .collect();
                true
            }
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(30));
                false
            }
            Err(TryRecvError::Disconnected) => {
                self.job = None;
                self.error = Some(failed());
                true
            }
        }
    }

    /// Starts laying out the pages when the printout changed since they were last asked for.
    pub fn request_pages(&mut self, ctx: &egui::Context) {
        let Some(cached) = &self.cache else {
            return;
        };
        if self.requested == Some(cached.version) {
            return;
        }
        self.requested = Some(cached.version);
        let data = Arc::clone(&cached.data);
        let (tx, rx) = std::sync::mpsc::channel();
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("handout-preview".into())
            .spawn(move || {
                let pages = match pdf::compile(&data) {
                    Ok(c) => Pages {
                        images: (0..c.page_count())
                            .filter_map(|i| pdf::page_image(&c, i, PREVIEW_SCALE))
                            .collect(),
                        missing: c.missing.iter().map(ToString::to_string).collect(),
                        error: None,
                    },
                    Err(e) => Pages {
                        images: Vec::new(),
                        missing: Vec::new(),
                        error: Some(e.to_string()),
                    },
                };
                let _ = tx.send(pages);
                repaint.request_repaint();
            });
        match spawned {
            Ok(_) => self.job = Some(rx),
            Err(e) => self.error = Some(e.to_string()),
        }
        ctx.request_repaint_after(std::time::Duration::from_millis(30));
    }
}
