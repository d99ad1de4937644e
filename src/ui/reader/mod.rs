//! The guidance reader: the guide picker, the search box with its hits and the table of
//! contents on the left; the open entry on the right (`entry.rs`).

use crate::ui::command::{Command, OfficeAction};
use crate::ui::shell::Shell;
use crate::ui::theme;
use egui::{FontFamily, Key, RichText, TextFormat};
use std::ops::Range;

mod entry;
mod highlight;

use entry::entry_panel_ui;
use highlight::{append_highlighted, highlighted_job};

/// Id of the search box, so Ctrl+F can focus it.
const SEARCH_ID: &str = "reader-search";

/// The Guide tab's own state: what lives only while the app runs.
#[derive(Debug, Default)]
pub struct ReaderTab {
    /// Put the keyboard focus in the search box on the next frame (Ctrl+F).
    pub focus_search_box: bool,
    /// The office's note or entry being written, while its form is open.
    pub office_draft: Option<crate::core::guide::office_draft::Draft>,
}

impl ReaderTab {
    /// Draws the reader: the search and contents on the left, the open entry on the right.
    pub fn ui(&mut self, ui: &mut egui::Ui, shell: &mut Shell<'_>) {
        // On a narrow window (or a big zoom) the contents take at most 40 % of the width at
        // first, and half when widened: the open entry keeps the room to be read.
        let width = ui.available_width();
        let widest = (width * 0.5).clamp(200.0, 560.0);
        egui::Panel::left("reader-side")
            .resizable(true)
            .default_size((width * 0.4).clamp(200.0, 370.0))
            .size_range(200.0..=widest)
            .show(ui, |ui| side_ui(self, shell, ui));
        egui::CentralPanel::default().show(ui, |ui| entry_panel_ui(self, shell, ui));
    }
}

fn side_ui(tab: &mut ReaderTab, shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    ui.add_space(6.0);
    // The picker is for different guides; a guide's translations switch from the entry page.
    let first = shell.guides().first().map(|g| g.id.as_str());
    if shell.guides().iter().any(|g| Some(g.id.as_str()) != first) {
        guide_picker_ui(shell, ui);
    }
    search_box_ui(tab, shell, ui);
    if !shell.work.library().problems().is_empty() || !shell.work.library().orphans().is_empty() {
        guide_errors_ui(shell, ui);
    }
    ui.add_space(4.0);
    if shell.work.search().query.is_empty() {
        toc_ui(shell, ui);
    } else {
        hits_ui(shell, ui);
    }
}

fn guide_picker_ui(shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    let label = shell.i18n.tr("guide-picker");
    let current = shell
        .guide()
        .map(|g| format!("{} ({})", g.title, g.language))
        .unwrap_or_default();
    let mut chosen = None;
    ui.horizontal(|ui| {
        let l = ui.label(&label);
        egui::ComboBox::from_id_salt("guide-picker")
            .selected_text(current)
            .width(ui.available_width() - 8.0)
            .show_ui(ui, |ui| {
                for (i, g) in shell.guides().iter().enumerate() {
                    let text = format!("{} ({})", g.title, g.language);
                    let r = ui.selectable_label(i == shell.guide_index, text);
                    if i == shell.guide_index {
                        crate::ui::choice::bring_into_view(ui, &r);
                    }
                    if r.clicked() {
                        chosen = Some(i);
                    }
                }
            })
            .response
            .labelled_by(l.id);
    });
    if let Some(i) = chosen {
        shell.send(Command::SelectGuide(i));
    }
    ui.add_space(4.0);
}

fn search_box_ui(tab: &mut ReaderTab, shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    let id = egui::Id::unique(SEARCH_ID);
    // Keys handled before the text box sees them.
    let focused = ui.memory(|m| m.has_focus(id));
    if focused && !shell.work.search().query.is_empty() {
        let (down, up, enter) = ui.input_mut(|i| {
            (
                i.consume_key(egui::Modifiers::NONE, Key::ArrowDown),
                i.consume_key(egui::Modifiers::NONE, Key::ArrowUp),
                i.consume_key(egui::Modifiers::NONE, Key::Enter),
            )
        });
        if down {
            shell.send(Command::MoveHit(1));
        }
        if up {
            shell.send(Command::MoveHit(-1));
        }
        if enter && let Some(hit) = shell.work.search().hits.get(shell.work.search().cursor) {
            shell.send(Command::OpenEntry(hit.entry_id.clone()));
        }
    }
    if focused && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Escape)) {
        shell.send(Command::SetQuery(String::new()));
    }

    let mut text = shell.work.search().text.clone();
    let hint = shell.i18n.tr("search-hint");
    let label = ui.label(RichText::new(shell.i18n.tr("search-label")).weak());
    let response = ui
        .horizontal(|ui| {
            let edit = egui::TextEdit::singleline(&mut text)
                .id(id)
                .hint_text(hint)
                .desired_width(ui.available_width() - 44.0);
            let r = ui
                .add(edit)
                .labelled_by(label.id)
                .on_hover_text(shell.i18n.tr("search-keys-help"));
            let clear_name = shell.i18n.tr("search-clear");
            let clear = ui
                .add_enabled(!text.is_empty(), egui::Button::new("✖"))
                .on_hover_text(&clear_name);
            // Named by what it does, not by its glyph, for screen readers.
            clear.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, !text.is_empty(), &clear_name)
            });
            if clear.clicked() {
                text.clear();
            }
            r
        })
        .inner;
    // Escape makes egui drop the focus before we see the key: clear on that too.
    if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Escape)) {
        text.clear();
    }
    if tab.focus_search_box {
        response.request_focus();
        tab.focus_search_box = false;
    }
    if text != shell.work.search().text {
        shell.send(Command::SetQuery(text));
    }
}

fn guide_errors_ui(shell: &Shell<'_>, ui: &mut egui::Ui) {
    let dark = ui.visuals().dark_mode;
    let (fill, stroke) = theme::note_colors(dark);
    egui::Frame::new()
        .fill(fill)
        .stroke(egui::Stroke::new(1.0, stroke))
        .corner_radius(4.0)
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.label(RichText::new(shell.i18n.tr("guide-errors-heading")).strong());
            for e in shell.guide_problems() {
                ui.label(RichText::new(e).small());
            }
            for entry in shell.work.library().orphans() {
                let text = shell
                    .i18n
                    .tr_args("office-orphan", &[("entry", entry.clone().into())]);
                ui.label(RichText::new(text).small());
            }
        });
}

fn toc_ui(shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    let Some(guide) = shell.guide() else {
        ui.label(shell.i18n.tr("no-guide"));
        return;
    };
    let current = shell.prefs.last_entry.clone();
    let mut open = None;
    let mut add_entry = false;
    ui.horizontal(|ui| {
        ui.label(RichText::new(shell.i18n.tr("toc-heading")).weak());
        if ui.small_button(shell.i18n.tr("office-add-entry")).clicked() {
            add_entry = true;
        }
    });
    egui::ScrollArea::vertical()
        .id_salt("toc")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            crate::ui::widgets::keep_focus_in_view(ui);
            for section in &guide.sections {
                ui.add_space(6.0);
                let r = ui.label(
                    RichText::new(&section.title)
                        .family(FontFamily::Name(theme::BOLD.into()))
                        .size(14.0),
                );
                crate::ui::widgets::mark_heading(&r, 2);
                for entry in &section.entries {
                    let selected = current.as_deref() == Some(entry.id.as_str());
                    let text = RichText::new(entry.title());
                    let button = egui::Button::selectable(selected, text)
                        .wrap_mode(egui::TextWrapMode::Wrap)
                        .right_text("");
                    let r = ui.add_sized([ui.available_width(), 0.0], button);
                    if r.clicked() {
                        open = Some(entry.id.clone());
                    }
                    if selected && shell.work.search().text.is_empty() && r.gained_focus() {
                        r.scroll_to_me(None);
                    }
                }
            }
        });
    if let Some(id) = open {
        shell.send(Command::OpenEntry(id));
    }
    if add_entry {
        shell.send(Command::Office(OfficeAction::EditEntry(None)));
    }
}

fn hits_ui(shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    let n = shell.work.search().hits.len();
    // "Did you mean": one click searches the guide's spelling instead.
    if let Some(better) = shell.work.search().suggestion.clone() {
        let text = shell
            .i18n
            .tr_args("search-did-you-mean", &[("query", better.clone().into())]);
        if ui.link(text).clicked() {
            shell.send(Command::SetQuery(better));
        }
    }
    if n == 0 {
        ui.label(shell.i18n.tr_args(
            "search-no-hits",
            &[("query", shell.work.search().text.trim().to_string().into())],
        ));
        return;
    }
    ui.label(
        RichText::new(
            shell
                .i18n
                .tr_args("search-hit-count", &[("count", n.into())]),
        )
        .weak(),
    );
    let dark = ui.visuals().dark_mode;
    let text_color = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    let mut open = None;
    let Some(guide) = shell.guides().get(shell.guide_index) else {
        return;
    };
    egui::ScrollArea::vertical()
        .id_salt("hits")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            crate::ui::widgets::keep_focus_in_view(ui);
            for (i, hit) in shell.work.search().hits.iter().enumerate() {
                let Some(entry) = guide.entry(&hit.entry_id) else {
                    continue;
                };
                let selected = i == shell.work.search().cursor;
                let title = entry.title();
                let offset = title.len() - entry.question.len();
                let ranges: Vec<Range<usize>> = hit
                    .question_ranges
                    .iter()
                    .map(|r| r.start + offset..r.end + offset)
                    .collect();
                let mut job = highlighted_job(&title, &ranges, 14.5, text_color, dark, None);
                job.append("\n", 0.0, TextFormat::default());
                if let Some(lang) = &hit.found_in {
                    job.append(
                        &shell.i18n.tr_args(
                            "search-found-in",
                            &[("language", shell.i18n.language_name(lang).into())],
                        ),
                        0.0,
                        TextFormat {
                            font_id: egui::FontId::proportional(12.0),
                            color: weak,
                            italics: true,
                            ..TextFormat::default()
                        },
                    );
                }
                append_highlighted(
                    &mut job,
                    &hit.snippet,
                    &hit.snippet_ranges,
                    12.5,
                    weak,
                    dark,
                    None,
                );
                // Leave room for the button's padding and its atoms' gaps, so the panel does
                // not grow by a few pixels every frame.
                job.wrap.max_width =
                    ui.available_width() - 2.0 * ui.spacing().button_padding.x - 24.0;
                let button = egui::Button::selectable(selected, job)
                    .wrap_mode(egui::TextWrapMode::Wrap)
                    .right_text("");
                let r = ui.add_sized([ui.available_width(), 0.0], button);
                let r = r.on_hover_text(shell.i18n.tr("search-keys-help"));
                if selected && r.rect.is_positive() && !ui.is_rect_visible(r.rect) {
                    r.scroll_to_me(None);
                }
                if r.clicked() {
                    open = Some(hit.entry_id.clone());
                }
                ui.add_space(2.0);
            }
        });
    if let Some(id) = open {
        shell.send(Command::OpenEntry(id));
    }
}
