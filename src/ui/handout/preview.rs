//! The Handout tab's preview: the printout last resolved and what it was resolved from, and the
//! pages laid out from it on a worker thread (by the same typst code that makes the PDF), so
//! typing in the title never blocks the window. The worker keeps the laid-out printout and draws
//! a page when the preview scrolls near it; only the pages near the view are held as pictures
//! (a page is some 3 MB of pixels, and a contact sheet can run to dozens of pages).

use crate::core::printing::{Handout, HandoutData, PrintChoices, pdf};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, TryRecvError};

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
enum FromWorker {
    /// The printout is laid out: each page's size in points, characters no font has, or why
    /// it could not be laid out.
    Laid {
        sizes: Vec<(f64, f64)>,
        missing: Vec<pdf::MissingGlyphs>,
        error: Option<pdf::PdfError>,
    },
    /// Page `index`, drawn.
    Page { index: usize, image: pdf::PageImage },
}

/// The worker of the printout shown: its answers, and where to ask it for pages. Dropping it
/// ends the worker (and frees its laid-out printout).
struct Job {
    answers: Receiver<FromWorker>,
    ask: Sender<usize>,
    /// The pages are laid out (only drawing is left).
    laid: bool,
}

/// A page of the preview: its size, and its picture while it is near the view.
struct PreviewPage {
    /// Width and height in points.
    size_pt: (f64, f64),
    texture: Option<egui::TextureHandle>,
    /// The picture is of the previous printout, shown until this one's arrives (no flicker
    /// while typing a title).
    stale: bool,
    /// Its picture was asked for and has not arrived yet.
    asked: bool,
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
pub struct HandoutTab {
    /// The version of the printout the shown (or coming) preview was made from.
    requested: Option<u64>,
    job: Option<Job>,
    pages: Vec<PreviewPage>,
    /// Characters no font has, and where.
    pub missing: Vec<pdf::MissingGlyphs>,
    /// Why the preview failed, if it did.
    pub error: Option<String>,
    /// The file last exported, offered for opening.
    pub last_saved: Option<PathBuf>,
    /// Filter text of the "pick one by one" list.
    pub pick_text: String,
    /// Said before printing when the printout lists contacts but no legal aid.
    pub legal_aid_warning: Option<String>,
    /// The last printout resolved.
    cache: Option<Cached>,
    /// The Print dialog, while it is open.
    pub print_dialog: Option<super::print_dialog::PrintDialog>,
}

impl HandoutTab {
    /// The number of pages in the preview.
    #[must_use]
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// How many pages are held as pictures now (those near the view).
    #[must_use]
    pub fn drawn_count(&self) -> usize {
        self.pages.iter().filter(|p| p.texture.is_some()).count()
    }

    /// True when page `index` is held as a picture now.
    #[must_use]
    pub fn is_drawn(&self, index: usize) -> bool {
        self.pages.get(index).is_some_and(|p| p.texture.is_some())
    }

    /// True while the pages are being laid out.
    #[must_use]
    pub fn busy(&self) -> bool {
        self.job.as_ref().is_some_and(|j| !j.laid)
    }

    /// The size in points at which page `index` is shown at most (its pixels, one per point).
    #[must_use]
    #[allow(
        clippy::cast_possible_truncation,
        reason = "page sizes are a few hundred points"
    )]
    pub fn page_size(&self, index: usize) -> Option<egui::Vec2> {
        let (w, h) = self.pages.get(index)?.size_pt;
        Some(egui::vec2(
            (w as f32 * PREVIEW_SCALE).round(),
            (h as f32 * PREVIEW_SCALE).round(),
        ))
    }

    /// Page `index`'s picture when it is near the view: `near` tells whether it is. A page
    /// coming near is asked from the worker (it arrives in a later frame); one going away lets
    /// its picture go.
    pub fn page_texture(&mut self, index: usize, near: bool) -> Option<&egui::TextureHandle> {
        let page = self.pages.get_mut(index)?;
        if !near {
            page.texture = None;
            page.asked = false;
            return None;
        }
        if (page.texture.is_none() || page.stale)
            && !page.asked
            && let Some(job) = &self.job
        {
            page.asked = job.ask.send(index).is_ok();
        }
        page.texture.as_ref()
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

    /// Takes what the worker sent: the laid-out pages, then pictures of pages. False while the
    /// printout is still being laid out. Messages (a layout that failed, a worker that died
    /// before it was laid out) are worded in the language of `t`.
    pub fn take_pages(&mut self, ctx: &egui::Context, t: &crate::core::i18n::I18n) -> bool {
        let Some(job) = &mut self.job else {
            return true;
        };
        loop {
            match job.answers.try_recv() {
                Ok(FromWorker::Laid {
                    sizes,
                    missing,
                    error,
                }) => {
                    job.laid = true;
                    self.missing = missing;
                    self.error = error.map(|e| e.text(t));
                    let mut old = std::mem::take(&mut self.pages).into_iter();
                    self.pages = sizes
                        .into_iter()
                        .map(|size_pt| {
                            let texture = old.next().and_then(|p| p.texture);
                            PreviewPage {
                                size_pt,
                                stale: texture.is_some(),
                                texture,
                                asked: false,
                            }
                        })
                        .collect();
                }
                Ok(FromWorker::Page { index, image }) => {
                    if let Some(page) = self.pages.get_mut(index).filter(|p| p.asked) {
                        let pixels = egui::ColorImage::from_rgba_premultiplied(
                            [image.width as usize, image.height as usize],
                            &image.rgba,
                        );
                        page.texture = Some(ctx.load_texture(
                            format!("handout-page-{index}"),
                            pixels,
                            egui::TextureOptions::LINEAR,
                        ));
                        page.asked = false;
                        page.stale = false;
                    }
                }
                Err(TryRecvError::Empty) => {
                    if !job.laid {
                        ctx.request_repaint_after(std::time::Duration::from_millis(30));
                    }
                    return job.laid;
                }
                Err(TryRecvError::Disconnected) => {
                    if !job.laid {
                        self.error = Some(t.tr("print-preview-failed"));
                    }
                    self.job = None;
                    return true;
                }
            }
        }
    }

    /// Starts laying out the pages when the printout changed since they were last asked for
    /// (the worker of the previous one ends).
    pub fn request_pages(&mut self, ctx: &egui::Context) {
        let Some(cached) = &self.cache else {
            return;
        };
        if self.requested == Some(cached.version) {
            return;
        }
        self.requested = Some(cached.version);
        self.job = None;
        let data = Arc::clone(&cached.data);
        let (tx, answers) = std::sync::mpsc::channel();
        let (ask, asked) = std::sync::mpsc::channel::<usize>();
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("handout-preview".into())
            .spawn(move || {
                let compiled = pdf::compile(&data);
                let laid = match &compiled {
                    Ok(c) => FromWorker::Laid {
                        sizes: (0..c.page_count())
                            .filter_map(|i| c.page_size_pt(i))
                            .collect(),
                        missing: c.missing.clone(),
                        error: None,
                    },
                    Err(e) => FromWorker::Laid {
                        sizes: Vec::new(),
                        missing: Vec::new(),
                        error: Some(e.clone()),
                    },
                };
                if tx.send(laid).is_err() {
                    return;
                }
                repaint.request_repaint();
                let Ok(compiled) = compiled else {
                    return;
                };
                // Draw the pages asked for until the window lets this printout go.
                while let Ok(index) = asked.recv() {
                    let Some(image) = pdf::page_image(&compiled, index, PREVIEW_SCALE) else {
                        continue;
                    };
                    if tx.send(FromWorker::Page { index, image }).is_err() {
                        return;
                    }
                    repaint.request_repaint();
                }
            });
        match spawned {
            Ok(_) => {
                self.job = Some(Job {
                    answers,
                    ask,
                    laid: false,
                });
            }
            Err(e) => self.error = Some(e.to_string()),
        }
        ctx.request_repaint_after(std::time::Duration::from_millis(30));
    }
}
