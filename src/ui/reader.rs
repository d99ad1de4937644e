//! The guidance reader: table of contents and search on the left, the open entry on the right
//! (question, answer with its lists, editor's notes, who can help, the guide's source and review
//! date, Previous / Next).

use crate::core::guide::{Block, Entry, Guide, Note, NoteKind, Source};
use crate::core::search::{Query, highlight};
use crate::ui::app::RightsDeskApp;
use crate::ui::command::{Command, OfficeAction};
use crate::ui::theme;
use egui::text::LayoutJob;
use egui::{Align, Color32, FontFamily, FontId, Key, Layout, RichText, TextFormat};
use std::ops::Range;

/// Id of the search box, so Ctrl+F can focus it.
const SEARCH_ID: &str = "reader-search";

/// Draws the reader.
pub fn reader_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    egui::Panel::left("reader-side")
        .resizable(true)
        .default_size(370.0)
        .size_range(240.0..=560.0)
        .show(ui, |ui| side_ui(app, ui));
    egui::CentralPanel::default().show(ui, |ui| entry_panel_ui(app, ui));
}

/// "Read in English" / "Leer en español": written in the language it switches to, so a reader
/// of that language finds it whatever the interface language.
fn read_in(lang: &str) -> String {
    match lang {
        "es" | "en" => {
            let l = crate::core::i18n::Lang::from_code(lang);
            crate::core::i18n::with(l, |t| t.tr("read-in-this-language"))
        }
        other => other.to_string(),
    }
}

fn side_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    ui.add_space(6.0);
    // The picker is for different guides; a guide's translations switch from the entry page.
    let first = app.guides().first().map(|g| g.id.as_str());
    if app.guides().iter().any(|g| Some(g.id.as_str()) != first) {
        guide_picker_ui(app, ui);
    }
    search_box_ui(app, ui);
    if !app.work.library().problems().is_empty() || !app.work.library().orphans().is_empty() {
        guide_errors_ui(app, ui);
    }
    ui.add_space(4.0);
    if app.search.query.is_empty() {
        toc_ui(app, ui);
    } else {
        hits_ui(app, ui);
    }
}

fn guide_picker_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    let label = app.i18n.tr("guide-picker");
    let current = app
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
                for (i, g) in app.guides().iter().enumerate() {
                    let text = format!("{} ({})", g.title, g.language);
                    if ui.selectable_label(i == app.guide_index, text).clicked() {
                        chosen = Some(i);
                    }
                }
            })
            .response
            .labelled_by(l.id);
    });
    if let Some(i) = chosen {
        app.send(Command::SelectGuide(i));
    }
    ui.add_space(4.0);
}

fn search_box_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    let id = egui::Id::unique(SEARCH_ID);
    // Keys handled before the text box sees them.
    let focused = ui.memory(|m| m.has_focus(id));
    if focused && !app.search.query.is_empty() {
        let (down, up, enter) = ui.input_mut(|i| {
            (
                i.consume_key(egui::Modifiers::NONE, Key::ArrowDown),
                i.consume_key(egui::Modifiers::NONE, Key::ArrowUp),
                i.consume_key(egui::Modifiers::NONE, Key::Enter),
            )
        });
        let n = app.search.hits.len();
        if down && n > 0 {
            app.search.cursor = (app.search.cursor + 1).min(n - 1);
        }
        if up {
            app.search.cursor = app.search.cursor.saturating_sub(1);
        }
        if enter && let Some(hit) = app.search.hits.get(app.search.cursor) {
            app.send(Command::OpenEntry(hit.entry_id.clone()));
        }
    }
    if focused && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Escape)) {
        app.send(Command::SetQuery(String::new()));
    }

    let mut text = app.search.text.clone();
    let hint = app.i18n.tr("search-hint");
    let label = ui.label(RichText::new(app.i18n.tr("search-label")).weak());
    let response = ui
        .horizontal(|ui| {
            let edit = egui::TextEdit::singleline(&mut text)
                .id(id)
                .hint_text(hint)
                .desired_width(ui.available_width() - 44.0);
            let r = ui
                .add(edit)
                .labelled_by(label.id)
                .on_hover_text(app.i18n.tr("search-keys-help"));
            let clear_name = app.i18n.tr("search-clear");
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
    if app.focus_search_box {
        response.request_focus();
        app.focus_search_box = false;
    }
    if text != app.search.text {
        app.send(Command::SetQuery(text));
    }
}

fn guide_errors_ui(app: &RightsDeskApp, ui: &mut egui::Ui) {
    let dark = ui.visuals().dark_mode;
    let (fill, stroke) = theme::note_colors(dark);
    egui::Frame::new()
        .fill(fill)
        .stroke(egui::Stroke::new(1.0, stroke))
        .corner_radius(4.0)
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.label(RichText::new(app.i18n.tr("guide-errors-heading")).strong());
            for e in app.guide_problems() {
                ui.label(RichText::new(e).small());
            }
            for entry in app.work.library().orphans() {
                let text = app
                    .i18n
                    .tr_args("office-orphan", &[("entry", entry.clone().into())]);
                ui.label(RichText::new(text).small());
            }
        });
}

fn toc_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    let Some(guide) = app.guide() else {
        ui.label(app.i18n.tr("no-guide"));
        return;
    };
    let current = app.prefs.last_entry.clone();
    let mut open = None;
    let mut add_entry = false;
    ui.horizontal(|ui| {
        ui.label(RichText::new(app.i18n.tr("toc-heading")).weak());
        if ui.small_button(app.i18n.tr("office-add-entry")).clicked() {
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
                    if selected && app.search.text.is_empty() && r.gained_focus() {
                        r.scroll_to_me(None);
                    }
                }
            }
        });
    if let Some(id) = open {
        app.send(Command::OpenEntry(id));
    }
    if add_entry {
        app.send(Command::Office(OfficeAction::EditEntry(None)));
    }
}

fn hits_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    let n = app.search.hits.len();
    if n == 0 {
        ui.label(app.i18n.tr_args(
            "search-no-hits",
            &[("query", app.search.text.trim().to_string().into())],
        ));
        return;
    }
    ui.label(RichText::new(app.i18n.tr_args("search-hit-count", &[("count", n.into())])).weak());
    let dark = ui.visuals().dark_mode;
    let text_color = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    let mut open = None;
    let Some(guide) = app.guides().get(app.guide_index) else {
        return;
    };
    egui::ScrollArea::vertical()
        .id_salt("hits")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            crate::ui::widgets::keep_focus_in_view(ui);
            for (i, hit) in app.search.hits.iter().enumerate() {
                let Some(entry) = guide.entry(&hit.entry_id) else {
                    continue;
                };
                let selected = i == app.search.cursor;
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
                        &app.i18n.tr_args(
                            "search-found-in",
                            &[("language", app.i18n.language_name(lang).into())],
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
                let r = r.on_hover_text(app.i18n.tr("search-keys-help"));
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
        app.send(Command::OpenEntry(id));
    }
}

/// A layout job of `text` with `ranges` highlighted.
fn highlighted_job(
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

fn append_highlighted(
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

fn entry_panel_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    let Some(guide) = app.guides().get(app.guide_index) else {
        ui.label(app.i18n.tr("no-guide"));
        return;
    };
    let entry = app
        .prefs
        .last_entry
        .as_deref()
        .and_then(|id| guide.entry(id));
    let Some(entry) = entry else {
        ui.label(app.i18n.tr("no-entry"));
        return;
    };
    if app.office_draft.is_some() {
        crate::ui::office::draft_ui(app, ui);
        ui.add_space(8.0);
        return;
    }
    let mut commands = Vec::new();
    let query = &app.search.query;
    egui::ScrollArea::vertical()
        .id_salt(("entry", &entry.id))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            crate::ui::widgets::keep_focus_in_view(ui);
            ui.set_max_width(ui.available_width().min(820.0));
            ui.add_space(8.0);
            if let Some(section) = guide
                .sections
                .iter()
                .find(|s| s.entries.iter().any(|e| e.id == entry.id))
            {
                ui.label(RichText::new(&section.title).weak());
            }
            entry_ui(app, guide, entry, query, ui, &mut commands);
        });
    for c in commands {
        app.send(c);
    }
}

/// The entry's notes (the editor's, then the office's with Edit and Delete), and the office's
/// own actions on the entry.
fn notes_ui(
    app: &RightsDeskApp,
    entry: &Entry,
    query: &Query,
    ui: &mut egui::Ui,
    commands: &mut Vec<Command>,
) {
    let office_ids = crate::core::office_draft::note_ids_on(app.work.library().office(), &entry.id);
    let mut office_index = 0;
    for note in &entry.notes {
        note_ui(app, note, query, ui);
        if note.from.is_some()
            && let Some(id) = office_ids.get(office_index)
        {
            office_index += 1;
            ui.horizontal(|ui| {
                if ui.small_button(app.i18n.tr("office-edit")).clicked() {
                    commands.push(Command::Office(OfficeAction::EditNote(
                        Some(id.clone()),
                        entry.id.clone(),
                    )));
                }
                if ui.small_button(app.i18n.tr("office-delete")).clicked() {
                    commands.push(Command::Office(OfficeAction::DeleteNote(id.clone())));
                }
            });
        }
        ui.add_space(8.0);
    }
    ui.horizontal(|ui| {
        if app.work.library().office().entry(&entry.id).is_some() {
            if ui.button(app.i18n.tr("office-edit-entry")).clicked() {
                commands.push(Command::Office(OfficeAction::EditEntry(Some(
                    entry.id.clone(),
                ))));
            }
            if ui.button(app.i18n.tr("office-delete-entry")).clicked() {
                commands.push(Command::Office(OfficeAction::DeleteEntry(entry.id.clone())));
            }
        } else if ui.button(app.i18n.tr("office-add-note")).clicked() {
            commands.push(Command::Office(OfficeAction::EditNote(
                None,
                entry.id.clone(),
            )));
        }
        if app.work.library().can_undo_office() && ui.button(app.i18n.tr("office-undo")).clicked() {
            commands.push(Command::Office(OfficeAction::Undo));
        }
    });
    ui.add_space(8.0);
}

fn entry_ui(
    app: &RightsDeskApp,
    guide: &Guide,
    entry: &Entry,
    query: &Query,
    ui: &mut egui::Ui,
    commands: &mut Vec<Command>,
) {
    let dark = ui.visuals().dark_mode;
    let text_color = ui.visuals().strong_text_color();
    let body_color = ui.visuals().text_color();
    // The question, as a heading.
    let title = entry.title();
    let job = {
        let mut j = highlighted_job(
            &title,
            &highlight(&title, query),
            21.0,
            text_color,
            dark,
            Some(FontFamily::Name(theme::BOLD.into())),
        );
        j.wrap.max_width = ui.available_width();
        j
    };
    let title_response = ui.add(egui::Label::new(job).wrap());
    crate::ui::widgets::mark_heading(&title_response, 1);
    ui.add_space(6.0);

    let mut in_handout = app.prefs.handout_entries.contains(&entry.id);
    ui.horizontal(|ui| {
        if ui
            .checkbox(&mut in_handout, app.i18n.tr("entry-add-to-handout"))
            .changed()
        {
            commands.push(Command::ToggleHandoutEntry(entry.id.clone()));
        }
        // The same entry in the guide's other languages, one click away.
        for (i, twin) in app.guides().iter().enumerate() {
            if i != app.guide_index
                && twin.id == guide.id
                && twin.language != guide.language
                && twin.entry(&entry.id).is_some()
            {
                ui.separator();
                if ui
                    .button(read_in(&twin.language))
                    .on_hover_text(app.i18n.tr("entry-other-language"))
                    .clicked()
                {
                    commands.push(Command::SelectGuide(i));
                }
            }
        }
    });
    if let Some(note) = &guide.translation_note {
        ui.label(
            RichText::new(format!("⚠ {note}"))
                .small()
                .color(ui.visuals().warn_fg_color),
        );
    }
    ui.add_space(8.0);

    for block in &entry.answer {
        block_ui(block, query, ui, body_color, dark);
        ui.add_space(8.0);
    }
    notes_ui(app, entry, query, ui, commands);
    if !entry.sources.is_empty() {
        ui.label(RichText::new(app.i18n.tr("entry-sources")).strong());
        sources_ui(&entry.sources, ui);
        ui.add_space(8.0);
    }
    if !entry.related.is_empty() {
        related_ui(app, entry, ui, commands);
    }
    ui.add_space(10.0);
    ui.separator();
    footer_ui(app, guide, ui);
    ui.add_space(6.0);
    let (prev, next) = guide.neighbours(&entry.id);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                prev.is_some(),
                egui::Button::new(app.i18n.tr("entry-previous")),
            )
            .on_hover_text(format!(
                "{} (Alt+←)",
                prev.map(Entry::title).unwrap_or_default()
            ))
            .clicked()
        {
            commands.push(Command::PreviousEntry);
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if ui
                .add_enabled(next.is_some(), egui::Button::new(app.i18n.tr("entry-next")))
                .on_hover_text(format!(
                    "{} (Alt+→)",
                    next.map(Entry::title).unwrap_or_default()
                ))
                .clicked()
            {
                commands.push(Command::NextEntry);
            }
        });
    });
    ui.add_space(12.0);
}

fn paragraph_ui(text: &str, query: &Query, ui: &mut egui::Ui, color: Color32, dark: bool) {
    let mut job = highlighted_job(text, &highlight(text, query), 15.0, color, dark, None);
    job.wrap.max_width = ui.available_width();
    ui.add(egui::Label::new(job).wrap());
}

fn block_ui(block: &Block, query: &Query, ui: &mut egui::Ui, color: Color32, dark: bool) {
    match block {
        Block::Paragraph(p) => paragraph_ui(p, query, ui, color, dark),
        Block::Numbered(items) | Block::Bulleted(items) => {
            let numbered = matches!(block, Block::Numbered(_));
            for (i, item) in items.iter().enumerate() {
                let marker = if numbered {
                    format!("{}.", i + 1)
                } else {
                    "•".to_string()
                };
                ui.horizontal_top(|ui| {
                    ui.add_sized(
                        [26.0, 18.0],
                        egui::Label::new(RichText::new(marker).size(15.0).color(color)),
                    );
                    ui.vertical(|ui| paragraph_ui(item, query, ui, color, dark));
                });
                ui.add_space(4.0);
            }
        }
    }
}

fn note_kind_label(app: &RightsDeskApp, kind: NoteKind) -> String {
    app.i18n.tr(&format!("note-kind-{}", kind.key()))
}

fn note_ui(app: &RightsDeskApp, note: &Note, query: &Query, ui: &mut egui::Ui) {
    let dark = ui.visuals().dark_mode;
    // The office's own notes look different from the editor's warnings.
    let (fill, stroke) = if note.from.is_some() {
        (
            ui.visuals().faint_bg_color,
            ui.visuals().selection.stroke.color,
        )
    } else {
        theme::note_colors(dark)
    };
    let icon = if note.from.is_some() { "✎" } else { "⚠" };
    let color = ui.visuals().text_color();
    egui::Frame::new()
        .fill(fill)
        .stroke(egui::Stroke::new(1.5, stroke))
        .corner_radius(6.0)
        .inner_margin(egui::Margin::same(12))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let heading = match (&note.from, note.as_of) {
                (Some(from), date) => app.i18n.tr_args(
                    "office-note-heading",
                    &[
                        ("organization", from.clone().into()),
                        (
                            "date",
                            date.map(|d| app.i18n.date(d)).unwrap_or_default().into(),
                        ),
                    ],
                ),
                (None, Some(d)) => app.i18n.tr_args(
                    "note-heading-dated",
                    &[
                        ("kind", note_kind_label(app, note.kind).into()),
                        ("date", app.i18n.date(d).into()),
                    ],
                ),
                (None, None) => app.i18n.tr_args(
                    "note-heading",
                    &[("kind", note_kind_label(app, note.kind).into())],
                ),
            };
            let r = ui.label(
                RichText::new(format!("{icon} {heading}"))
                    .family(FontFamily::Name(theme::BOLD.into()))
                    .size(15.0)
                    .color(stroke),
            );
            crate::ui::widgets::mark_heading(&r, 3);
            ui.add_space(4.0);
            paragraph_ui(&note.text, query, ui, color, dark);
            if !note.sources.is_empty() {
                ui.add_space(4.0);
                ui.label(RichText::new(app.i18n.tr("note-sources")).strong());
                sources_ui(&note.sources, ui);
            }
        });
}

fn sources_ui(sources: &[Source], ui: &mut egui::Ui) {
    for s in sources {
        ui.horizontal_wrapped(|ui| {
            ui.label("•");
            match &s.url {
                Some(url) if crate::core::contact::website_looks_valid(url) => {
                    ui.hyperlink_to(s.citation(), url);
                }
                _ => {
                    ui.label(s.citation());
                }
            }
        });
        if let Some(note) = &s.note {
            ui.label(RichText::new(note).small().weak());
        }
    }
}

fn related_ui(app: &RightsDeskApp, entry: &Entry, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    ui.add_space(4.0);
    let r = ui.label(
        RichText::new(app.i18n.tr("related-heading"))
            .family(FontFamily::Name(theme::BOLD.into()))
            .size(17.0),
    );
    crate::ui::widgets::mark_heading(&r, 2);
    let mut contacts = app.contacts_in(&entry.related);
    // Show them in the order of the entry's categories, then by name.
    contacts.sort_by_key(|c| entry.related.iter().position(|r| *r == c.category));
    if contacts.is_empty() {
        // Say what is true: an unopened directory is not an empty one.
        let key = match app.work.doc() {
            crate::core::workspace::Doc::Failed { .. } => "related-not-open",
            crate::core::workspace::Doc::Loading { .. } => "status-loading",
            crate::core::workspace::Doc::Open(_) => "related-none",
        };
        ui.label(RichText::new(app.i18n.tr(key)).weak());
        return;
    }
    let dark = ui.visuals().dark_mode;
    egui::Grid::new(("related", &entry.id))
        .num_columns(3)
        .spacing([16.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for c in contacts {
                if ui
                    .link(&c.name)
                    .on_hover_text(app.i18n.tr("related-open"))
                    .clicked()
                {
                    commands.push(Command::OpenContact(c.id.clone()));
                }
                let phone = c
                    .main_phone()
                    .map_or_else(|| c.website.clone(), |p| p.number.clone());
                ui.label(phone);
                let (text, warn) = crate::ui::widgets::verification_label(&app.i18n, c);
                let color = if warn {
                    theme::warn_color(dark)
                } else {
                    theme::ok_color(dark)
                };
                ui.label(RichText::new(text).color(color).small());
                ui.end_row();
            }
        });
}

fn footer_ui(app: &RightsDeskApp, guide: &Guide, ui: &mut egui::Ui) {
    let date = guide
        .source
        .date
        .map_or_else(|| app.i18n.tr("guide-source-undated"), |d| d.to_string());
    let source = format!("{} ({date})", guide.source.title);
    ui.label(
        RichText::new(
            app.i18n
                .tr_args("guide-source", &[("source", source.into())]),
        )
        .small()
        .weak(),
    );
    if let Some(note) = &guide.source.note {
        ui.label(RichText::new(note).small().weak());
    }
    ui.label(
        RichText::new(app.i18n.tr_args(
            "guide-reviewed",
            &[("date", app.i18n.date(guide.last_reviewed).into())],
        ))
        .small()
        .weak(),
    );
    if let Some(t) = &guide.translation_note {
        ui.label(
            RichText::new(
                app.i18n
                    .tr_args("guide-translation", &[("note", t.clone().into())]),
            )
            .small()
            .weak(),
        );
    }
    ui.label(RichText::new(&guide.disclaimer).small().strong());
}
