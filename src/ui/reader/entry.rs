//! The open entry, on the reader's right: the question, the answer with its lists, the
//! editor's and the office's notes, who can help, the guide's source and review date, and
//! Previous / Next.

use super::highlight::highlighted_job;
use crate::core::directory::search::{Query, highlight};
use crate::core::guide::{Block, Entry, Guide, Note, NoteKind, Source};
use crate::ui::command::{Command, OfficeAction};
use crate::ui::shell::Shell;
use crate::ui::theme;
use egui::{Align, Color32, FontFamily, Layout, RichText};

/// "Read in English" / "Leer en español": written in the language it switches to, so a reader
/// of that language finds it whatever the interface language. A language a pack added says it
/// in its own words once translated, else by its own name ("Tiếng Việt").
pub(super) fn read_in(lang: &str) -> String {
    use crate::core::i18n::Lang;
    let Some(l) = Lang::parse(lang) else {
        return lang.to_string();
    };
    let said = Lang::all().contains(&l)
        && crate::core::i18n::with(l, |t| !t.lacks_any("read-in-this-language"));
    if said {
        crate::core::i18n::with(l, |t| t.tr("read-in-this-language"))
    } else {
        l.autonym()
    }
}

pub(super) fn entry_panel_ui(tab: &mut super::ReaderTab, shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    let Some(guide) = shell.guides().get(shell.guide_index) else {
        ui.label(shell.i18n.tr("no-guide"));
        return;
    };
    let entry = shell
        .prefs
        .last_entry
        .as_deref()
        .and_then(|id| guide.entry(id));
    let Some(entry) = entry else {
        ui.label(shell.i18n.tr("no-entry"));
        return;
    };
    if tab.office_draft.is_some() {
        crate::ui::office::draft_ui(tab, shell, ui);
        ui.add_space(8.0);
        return;
    }
    let mut commands = Vec::new();
    let query = &shell.work.search().query;
    // Page Up/Down scroll the entry (even from the search box, which has no use for them);
    // Home/End when no text field has the keyboard.
    let page = ui.available_height() * 0.9;
    let typing = ui.ctx().egui_wants_keyboard_input();
    let scroll = ui.input_mut(|i| {
        if i.consume_key(egui::Modifiers::NONE, egui::Key::PageDown) {
            Some(-page)
        } else if i.consume_key(egui::Modifiers::NONE, egui::Key::PageUp) {
            Some(page)
        } else if !typing && i.consume_key(egui::Modifiers::NONE, egui::Key::Home) {
            Some(f32::MAX / 4.0)
        } else if !typing && i.consume_key(egui::Modifiers::NONE, egui::Key::End) {
            Some(-f32::MAX / 4.0)
        } else {
            None
        }
    });
    egui::ScrollArea::vertical()
        .id_salt(("entry", &entry.id))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if let Some(delta) = scroll {
                ui.scroll_with_delta(egui::vec2(0.0, delta));
            }
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
            entry_ui(shell, guide, entry, query, ui, &mut commands);
        });
    for c in commands {
        shell.send(c);
    }
}

/// The entry's notes (the editor's, then the office's with Edit and Delete), and the office's
/// own actions on the entry.
pub(super) fn notes_ui(
    shell: &Shell<'_>,
    entry: &Entry,
    query: &Query,
    ui: &mut egui::Ui,
    commands: &mut Vec<Command>,
) {
    let office_ids =
        crate::core::guide::office_draft::note_ids_on(shell.work.library().office(), &entry.id);
    let mut office_index = 0;
    for note in &entry.notes {
        note_ui(shell, note, query, ui);
        if note.from.is_some()
            && let Some(id) = office_ids.get(office_index)
        {
            office_index += 1;
            ui.horizontal_wrapped(|ui| {
                if ui.small_button(shell.i18n.tr("office-edit")).clicked() {
                    commands.push(Command::Office(OfficeAction::EditNote(
                        Some(id.clone()),
                        entry.id.clone(),
                    )));
                }
                if ui.small_button(shell.i18n.tr("office-delete")).clicked() {
                    commands.push(Command::Office(OfficeAction::DeleteNote(id.clone())));
                }
            });
        }
        ui.add_space(8.0);
    }
    ui.horizontal_wrapped(|ui| {
        if shell.work.library().office().entry(&entry.id).is_some() {
            if ui.button(shell.i18n.tr("office-edit-entry")).clicked() {
                commands.push(Command::Office(OfficeAction::EditEntry(Some(
                    entry.id.clone(),
                ))));
            }
            if ui.button(shell.i18n.tr("office-delete-entry")).clicked() {
                commands.push(Command::Office(OfficeAction::DeleteEntry(entry.id.clone())));
            }
        } else if ui.button(shell.i18n.tr("office-add-note")).clicked() {
            commands.push(Command::Office(OfficeAction::EditNote(
                None,
                entry.id.clone(),
            )));
        }
        if shell.work.library().can_undo_office()
            && ui.button(shell.i18n.tr("office-undo")).clicked()
        {
            commands.push(Command::Office(OfficeAction::Undo));
        }
    });
    ui.add_space(8.0);
}

/// Under the question: add to the handout, print it alone, read it in another language.
fn actions_ui(
    shell: &Shell<'_>,
    guide: &Guide,
    entry: &Entry,
    ui: &mut egui::Ui,
    commands: &mut Vec<Command>,
) {
    let mut in_handout = shell.work.print_entries().contains(&entry.id);
    ui.horizontal_wrapped(|ui| {
        if ui
            .checkbox(&mut in_handout, shell.i18n.tr("entry-add-to-handout"))
            .changed()
        {
            commands.push(Command::ToggleHandoutEntry(entry.id.clone()));
        }
        if ui
            .add(egui::Button::new(shell.i18n.tr("print-print-dots")).shortcut_text("Ctrl+P"))
            .on_hover_text(shell.i18n.tr("print-entry-hint"))
            .clicked()
        {
            commands.push(Command::OpenPrint(Some(entry.id.clone())));
        }
        // The same entry in the guide's other languages, one click away.
        for (i, twin) in shell.guides().iter().enumerate() {
            if i != shell.guide_index
                && twin.id == guide.id
                && twin.language != guide.language
                && twin.entry(&entry.id).is_some()
            {
                ui.separator();
                if ui
                    .button(read_in(&twin.language))
                    .on_hover_text(shell.i18n.tr("entry-other-language"))
                    .clicked()
                {
                    commands.push(Command::SelectGuide(i));
                }
            }
        }
    });
}

pub(super) fn entry_ui(
    shell: &Shell<'_>,
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
    let bold = Some(FontFamily::Name(theme::BOLD.into()));
    let mut job = highlighted_job(
        &title,
        &highlight(&title, query),
        21.0,
        text_color,
        dark,
        bold,
    );
    job.wrap.max_width = ui.available_width();
    let title_response = ui.add(egui::Label::new(job).wrap());
    crate::ui::widgets::mark_heading(&title_response, 1);
    ui.add_space(6.0);

    actions_ui(shell, guide, entry, ui, commands);
    if let Some(note) = &guide.translation_note {
        ui.label(
            RichText::new(format!("⚠ {note}"))
                .small()
                .color(ui.visuals().warn_fg_color),
        );
    }
    // A pack's translation that lacks some of this entry shows the English, and says so.
    if guide.untranslated.contains(&entry.id) {
        ui.label(
            RichText::new(crate::core::printing::labels::word_in(
                &guide.language,
                "printed-entry-in-english",
            ))
            .small()
            .italics(),
        );
    }
    ui.add_space(8.0);

    for block in &entry.answer {
        block_ui(block, query, ui, body_color, dark);
        ui.add_space(8.0);
    }
    notes_ui(shell, entry, query, ui, commands);
    if !entry.sources.is_empty() {
        ui.label(RichText::new(shell.i18n.tr("entry-sources")).strong());
        sources_ui(&entry.sources, shell.i18n.lang().code(), ui);
        ui.add_space(8.0);
    }
    if !entry.related.is_empty() {
        related_ui(shell, entry, ui, commands);
    }
    ui.add_space(10.0);
    ui.separator();
    footer_ui(shell, guide, &entry.id, ui);
    ui.add_space(6.0);
    let (prev, next) = guide.neighbours(&entry.id);
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(
                prev.is_some(),
                egui::Button::new(shell.i18n.tr("entry-previous")),
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
                .add_enabled(
                    next.is_some(),
                    egui::Button::new(shell.i18n.tr("entry-next")),
                )
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

pub(super) fn paragraph_ui(
    text: &str,
    query: &Query,
    ui: &mut egui::Ui,
    color: Color32,
    dark: bool,
) {
    let mut job = highlighted_job(text, &highlight(text, query), 15.0, color, dark, None);
    job.wrap.max_width = ui.available_width();
    ui.add(egui::Label::new(job).wrap());
}

pub(super) fn block_ui(
    block: &Block,
    query: &Query,
    ui: &mut egui::Ui,
    color: Color32,
    dark: bool,
) {
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

pub(super) fn note_kind_label(shell: &Shell<'_>, kind: NoteKind) -> String {
    shell.i18n.tr(&format!("note-kind-{}", kind.key()))
}

pub(super) fn note_ui(shell: &Shell<'_>, note: &Note, query: &Query, ui: &mut egui::Ui) {
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
                (Some(from), date) => shell.i18n.tr_args(
                    "office-note-heading",
                    &[
                        ("organization", from.clone().into()),
                        (
                            "date",
                            date.map(|d| shell.i18n.date(d)).unwrap_or_default().into(),
                        ),
                    ],
                ),
                (None, Some(d)) => shell.i18n.tr_args(
                    "note-heading-dated",
                    &[
                        ("kind", note_kind_label(shell, note.kind).into()),
                        ("date", shell.i18n.date(d).into()),
                    ],
                ),
                (None, None) => shell.i18n.tr_args(
                    "note-heading",
                    &[("kind", note_kind_label(shell, note.kind).into())],
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
                ui.label(RichText::new(shell.i18n.tr("note-sources")).strong());
                sources_ui(&note.sources, shell.i18n.lang().code(), ui);
            }
        });
}

pub(super) fn sources_ui(sources: &[Source], lang: &str, ui: &mut egui::Ui) {
    for s in sources {
        ui.horizontal_wrapped(|ui| {
            ui.label("•");
            match &s.url {
                Some(url) if crate::core::directory::contact::website_looks_valid(url) => {
                    ui.hyperlink_to(s.citation_in(lang), url);
                }
                _ => {
                    ui.label(s.citation_in(lang));
                }
            }
        });
        if let Some(note) = &s.note {
            ui.label(RichText::new(note).small().weak());
        }
    }
}

pub(super) fn related_ui(
    shell: &Shell<'_>,
    entry: &Entry,
    ui: &mut egui::Ui,
    commands: &mut Vec<Command>,
) {
    ui.add_space(4.0);
    let r = ui.label(
        RichText::new(shell.i18n.tr("related-heading"))
            .family(FontFamily::Name(theme::BOLD.into()))
            .size(17.0),
    );
    crate::ui::widgets::mark_heading(&r, 2);
    let mut contacts = shell.contacts_in(&entry.related);
    // Help first, as on paper: legal aid and advocacy before the offices that take complaints
    // but represent no one (then by name, the order `contacts_in` gives).
    contacts.sort_by_key(|c| {
        crate::core::printing::PRINT_ORDER
            .iter()
            .position(|r| *r == c.category)
    });
    if contacts.is_empty() {
        // Say what is true: an unopened directory is not an empty one.
        let key = match shell.work.doc() {
            crate::core::workspace::Doc::Failed { .. } => "related-not-open",
            crate::core::workspace::Doc::Loading { .. } => "status-loading",
            crate::core::workspace::Doc::Open(_) => "related-none",
        };
        ui.label(RichText::new(shell.i18n.tr(key)).weak());
        return;
    }
    let dark = ui.visuals().dark_mode;
    // One line per contact that wraps on a narrow panel (a grid kept its columns and pushed
    // "never verified" and the entry's Next button out of sight).
    for c in contacts {
        ui.horizontal_wrapped(|ui| {
            if ui
                .link(c.name.as_str())
                .on_hover_text(shell.i18n.tr("related-open"))
                .clicked()
            {
                commands.push(Command::OpenContact(c.id.to_string()));
            }
            let phone = c
                .main_phone()
                .map_or_else(|| c.website.clone(), |p| p.number.clone());
            ui.label(phone.as_str());
            let (text, warn) =
                crate::ui::widgets::verification_label(shell.i18n, shell.work.due_rules(), c);
            let color = if warn {
                theme::warn_color(dark)
            } else {
                theme::ok_color(dark)
            };
            // What to know before calling, when the contact has it, on hover (the editor and
            // every printout show it in full).
            let lang = shell.i18n.lang().code();
            let (caveat, _) = c.text_in(
                crate::core::directory::contact::TranslatedText::Caveat,
                lang,
            );
            let label = ui.label(RichText::new(text).color(color).small());
            if !caveat.is_empty() {
                label.on_hover_text(format!(
                    "{}: {caveat}",
                    shell.i18n.tr("printed-before-call")
                ));
            }
        });
        ui.add_space(2.0);
    }
}

/// The source, review date, translation state and disclaimer of the guide the entry `entry_id`
/// belongs to: a companion guide's own ("Know your rights at the door") for its sections.
pub(super) fn footer_ui(shell: &Shell<'_>, guide: &Guide, entry_id: &str, ui: &mut egui::Ui) {
    let (source, last_reviewed, disclaimer) = match guide.companion_of_entry(entry_id) {
        Some(c) => (&c.source, c.last_reviewed, &c.disclaimer),
        None => (&guide.source, guide.last_reviewed, &guide.disclaimer),
    };
    let date = source
        .date
        .map_or_else(|| shell.i18n.tr("guide-source-undated"), |d| d.to_string());
    let source_line = format!("{} ({date})", source.title);
    ui.label(
        RichText::new(
            shell
                .i18n
                .tr_args("guide-source", &[("source", source_line.into())]),
        )
        .small()
        .weak(),
    );
    if let Some(note) = &source.note {
        ui.label(RichText::new(note).small().weak());
    }
    ui.label(
        RichText::new(shell.i18n.tr_args(
            "guide-reviewed",
            &[("date", shell.i18n.date(last_reviewed).into())],
        ))
        .small()
        .weak(),
    );
    if let Some(t) = &guide.translation_note {
        ui.label(
            RichText::new(
                shell
                    .i18n
                    .tr_args("guide-translation", &[("note", t.clone().into())]),
            )
            .small()
            .weak(),
        );
    }
    ui.label(RichText::new(disclaimer).small().strong());
}
