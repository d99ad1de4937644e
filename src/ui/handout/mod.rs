//! The Handout tab: choose what to print (layout, language, paper, entries in order, contacts by
//! filter or one by one, options, wallet-card content), see the pages drawn by the same typst
//! code that makes the PDF, and export. The pages are laid out on a worker thread so typing in
//! the title never blocks the window; the core does all the work.

use crate::core::directory::contact::{Category, Contact, today};
use crate::core::directory::view::LANGUAGES;
use crate::core::i18n::Lang;
use crate::core::printing::{
    self, CARD_LINES, Layout, OutputFormat, Paper, PrintChoices, PrintLang,
};
use crate::ui::command::Command;
use crate::ui::file_ask::{FileAsk, Then};
use crate::ui::shell::Shell;
use egui::RichText;

pub mod preview;
pub mod print_dialog;

pub use preview::{HandoutTab, PrintKey};

/// Lays out the preview: takes finished pages, resolves the printout again when what it is
/// made from changed, and starts the worker when the printout changed.
fn update_preview(tab: &mut HandoutTab, shell: &mut Shell<'_>, ctx: &egui::Context) {
    if !tab.take_pages(ctx, shell.i18n) {
        return;
    }
    let today = today();
    let current = tab.is_current(
        shell.work.print_choices(),
        shell.work.print_entries(),
        shell.work.generation(),
        shell.guide_index,
        today,
    );
    if !current {
        // Only now is what the printout is made from copied, to recognise it next frame.
        let key = PrintKey {
            choices: shell.work.print_choices().clone(),
            entries: shell.work.print_entries().to_vec(),
            generation: shell.work.generation(),
            guide_index: shell.guide_index,
            today,
        };
        let printout = shell.printout();
        tab.legal_aid_warning = printout.as_ref().and_then(|(h, _)| {
            printing::legal_aid_warning(h, shell.directory().contacts(), shell.i18n.lang().code())
        });
        tab.store(key, printout);
    }
    tab.request_pages(ctx);
}

impl HandoutTab {
    /// Draws the Handout tab.
    pub fn ui(&mut self, ui: &mut egui::Ui, shell: &mut Shell<'_>) {
        handout_ui(self, shell, ui);
    }
}

fn handout_ui(tab: &mut HandoutTab, shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    update_preview(tab, shell, ui.ctx());
    let mut hp = shell.work.print_choices().clone();
    let mut commands = Vec::new();
    // The options take at most what leaves the preview (and its Export button) room.
    let widest = (ui.available_width() - 260.0).clamp(240.0, 620.0);
    egui::Panel::left("handout-options")
        .resizable(true)
        .default_size(460.0_f32.min(widest))
        .size_range(240.0..=widest)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                crate::ui::widgets::keep_focus_in_view(ui);
                ui.add_space(6.0);
                options_ui(shell, ui, &mut hp);
                ui.separator();
                match hp.layout {
                    Layout::Handout => entries_ui(shell, ui, &mut commands),
                    Layout::Cards => cards_ui(shell, ui, &mut hp),
                    Layout::DoorCard => door_ui(shell, ui, &mut hp),
                    Layout::Contacts => {}
                }
                if hp.layout != Layout::Cards {
                    ui.separator();
                    contacts_ui(tab, shell, ui, &mut hp);
                }
            });
        });
    egui::CentralPanel::default().show(ui, |ui| {
        preview_ui(tab, shell, ui, &mut hp, &mut commands);
    });
    if hp != *shell.work.print_choices() {
        shell.send(Command::SetHandout(Box::new(hp)));
    }
    for c in commands {
        shell.send(c);
    }
}

/// The file name a printout of `layout` is saved under (without its extension).
pub(crate) fn file_stem(layout: Layout) -> &'static str {
    match layout {
        Layout::Handout => "handout",
        Layout::Cards => "wallet-cards",
        Layout::DoorCard => "door-cards",
        Layout::Contacts => "contacts",
    }
}

fn options_ui(shell: &Shell<'_>, ui: &mut egui::Ui, hp: &mut PrintChoices) {
    let t = |k: &str| shell.i18n.tr(k);
    crate::ui::widgets::heading(ui, t("handout-heading"), 2);
    // The labels in a column as wide as the widest; the choices beside them wrap under
    // themselves when the panel is narrow (a big zoom), never over the next row.
    let mut labels = vec![
        t("print-layout"),
        t("print-language"),
        t("print-second-language"),
        t("print-paper"),
    ];
    if !hp.layout.is_card() {
        labels.push(t("print-title"));
    }
    labels.push(t("print-prepared-by"));
    let font = egui::TextStyle::Body.resolve(ui.style());
    let label_width = labels
        .iter()
        .map(|l| {
            ui.painter()
                .layout_no_wrap(l.clone(), font.clone(), egui::Color32::WHITE)
                .size()
                .x
        })
        .fold(0.0_f32, f32::max)
        .min(ui.available_width() * 0.4);
    let row =
        |ui: &mut egui::Ui, label: &str, add: &mut dyn FnMut(&mut egui::Ui) -> egui::Response| {
            ui.horizontal_top(|ui| {
                let l = ui
                    .allocate_ui_with_layout(
                        egui::vec2(label_width, ui.spacing().interact_size.y),
                        egui::Layout::left_to_right(egui::Align::Center),
                        |ui| {
                            ui.set_min_width(label_width);
                            ui.add(egui::Label::new(label).wrap())
                        },
                    )
                    .inner;
                ui.vertical(|ui| add(ui)).inner.labelled_by(l.id);
            });
            ui.add_space(2.0);
        };
    row(ui, &t("print-layout"), &mut |ui| {
        ui.horizontal_wrapped(|ui| {
            for l in Layout::ALL {
                ui.selectable_value(&mut hp.layout, l, t(layout_key(l)));
            }
        })
        .response
    });
    // The printout's language, then a second one for a bilingual printout (any two of the
    // languages available, packs included).
    row(ui, &t("print-language"), &mut |ui| {
        first_language_ui(shell, ui, &mut hp.lang)
    });
    row(ui, &t("print-second-language"), &mut |ui| {
        second_language_ui(shell, ui, &mut hp.lang)
    });
    row(ui, &t("print-paper"), &mut |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.selectable_value(&mut hp.paper, Paper::Letter, t("print-paper-letter"));
            ui.selectable_value(&mut hp.paper, Paper::A4, t("print-paper-a4"));
        })
        .response
    });
    if !hp.layout.is_card() {
        let hint = printing::default_title(hp.layout, hp.lang);
        row(ui, &t("print-title"), &mut |ui| {
            ui.add(
                egui::TextEdit::singleline(&mut hp.title)
                    .hint_text(hint.clone())
                    .desired_width(f32::INFINITY),
            )
        });
    }
    row(ui, &t("print-prepared-by"), &mut |ui| {
        ui.add(
            egui::TextEdit::singleline(&mut hp.prepared_by)
                .hint_text(t("print-prepared-by-hint"))
                .desired_width(f32::INFINITY),
        )
    });
    if hp.layout == Layout::Handout {
        ui.horizontal_wrapped(|ui| {
            ui.checkbox(&mut hp.show_notes, t("print-notes"));
            ui.checkbox(&mut hp.show_sources, t("print-sources"));
            let mut ours = !hp.hide_office_notes;
            if ui.checkbox(&mut ours, t("print-office-notes")).changed() {
                hp.hide_office_notes = !ours;
            }
            ui.checkbox(&mut hp.show_qr, t("print-qr"));
            if hp.lang.is_bilingual() {
                ui.checkbox(&mut hp.side_by_side, t("print-side-by-side"));
            }
        });
    }
}

/// The name of a printout language: "English", "Spanish", or a pack's own name.
fn print_lang_name(shell: &Shell<'_>, l: Lang) -> String {
    if l.is_bundled() {
        shell.i18n.tr(&format!("print-lang-{}", l.code()))
    } else {
        shell.i18n.language_label(l)
    }
}

/// The printout's (first) language, one button each.
fn first_language_ui(shell: &Shell<'_>, ui: &mut egui::Ui, lang: &mut PrintLang) -> egui::Response {
    ui.horizontal_wrapped(|ui| {
        for l in Lang::all() {
            if ui
                .selectable_label(lang.first() == l, print_lang_name(shell, l))
                .clicked()
            {
                *lang = lang
                    .second()
                    .map_or(PrintLang::one(l), |s| PrintLang::pair(l, s));
            }
        }
    })
    .response
}

/// The drop-down of a bilingual printout's second language ("None" for one language).
fn second_language_ui(
    shell: &Shell<'_>,
    ui: &mut egui::Ui,
    lang: &mut PrintLang,
) -> egui::Response {
    let none = shell.i18n.tr("print-second-none");
    let mut second = lang.second();
    let first = lang.first();
    let r = egui::ComboBox::from_id_salt("print-second-language")
        .selected_text(second.map_or(none.clone(), |l| print_lang_name(shell, l)))
        .show_ui(ui, |ui| {
            crate::ui::choice::choice(ui, &mut second, None, &none);
            for l in Lang::all().into_iter().filter(|l| *l != first) {
                crate::ui::choice::choice(ui, &mut second, Some(l), print_lang_name(shell, l));
            }
        })
        .response;
    *lang = second.map_or(PrintLang::one(first), |s| PrintLang::pair(first, s));
    r
}

fn layout_key(l: Layout) -> &'static str {
    match l {
        Layout::Handout => "print-layout-handout",
        Layout::Cards => "print-layout-cards",
        Layout::Contacts => "print-layout-contacts",
        Layout::DoorCard => "print-layout-door-card",
    }
}

/// The door card's options: what its front and back carry (the numbers come from the contacts
/// chosen below, or one by one here).
fn door_ui(shell: &Shell<'_>, ui: &mut egui::Ui, hp: &mut PrintChoices) {
    ui.label(RichText::new(shell.i18n.tr("door-front")).weak());
    ui.add_space(6.0);
    ui.label(
        RichText::new(
            shell
                .i18n
                .tr_args("door-back", &[("count", printing::DOOR_CARD_LINES.into())]),
        )
        .weak(),
    );
    back_numbers_ui(shell, ui, hp, printing::DOOR_CARD_LINES);
    ui.label(
        RichText::new(shell.i18n.tr("cards-print-hint"))
            .small()
            .weak(),
    );
}

fn entries_ui(shell: &Shell<'_>, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    let Some(guide) = shell.guide() else {
        return;
    };
    ui.label(RichText::new(shell.i18n.tr("handout-entries")).strong());
    let ids = shell.work.print_entries().to_vec();
    if ids.is_empty() {
        ui.label(RichText::new(shell.i18n.tr("handout-empty")).weak());
    }
    for (i, id) in ids.iter().enumerate() {
        let title = guide
            .entry(id)
            .map_or_else(|| id.clone(), crate::core::guide::Entry::title);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(i > 0, egui::Button::new("↑").small())
                .on_hover_text(shell.i18n.tr("handout-move-up"))
                .clicked()
            {
                commands.push(Command::MoveHandoutEntry(id.clone(), -1));
            }
            if ui
                .add_enabled(i + 1 < ids.len(), egui::Button::new("↓").small())
                .on_hover_text(shell.i18n.tr("handout-move-down"))
                .clicked()
            {
                commands.push(Command::MoveHandoutEntry(id.clone(), 1));
            }
            if ui
                .add(egui::Button::new("✕").small())
                .on_hover_text(shell.i18n.tr("handout-remove"))
                .clicked()
            {
                commands.push(Command::ToggleHandoutEntry(id.clone()));
            }
            ui.add(egui::Label::new(title).truncate())
                .on_hover_text(shell.i18n.tr("handout-open-entry"));
        });
    }
    ui.horizontal_wrapped(|ui| {
        // Keyed by how many entries are chosen: after an entry is added the list opens again
        // at its top, not where it was scrolled to (a click there would add another entry).
        egui::ComboBox::from_id_salt(("handout-add-entry", ids.len()))
            .selected_text(shell.i18n.tr("handout-add-entry"))
            .width(220.0)
            .height(400.0)
            .show_ui(ui, |ui| {
                for e in guide.entries().filter(|e| !ids.contains(&e.id)) {
                    if ui.selectable_label(false, e.title()).clicked() {
                        commands.push(Command::ToggleHandoutEntry(e.id.clone()));
                    }
                }
            });
        if ui.button(shell.i18n.tr("handout-add-all")).clicked() {
            commands.push(Command::SetHandoutEntries(
                guide.entries().map(|e| e.id.clone()).collect(),
            ));
        }
        if ui
            .add_enabled(
                !ids.is_empty(),
                egui::Button::new(shell.i18n.tr("handout-clear")),
            )
            .clicked()
        {
            commands.push(Command::SetHandoutEntries(Vec::new()));
        }
    });
}

fn cards_ui(shell: &Shell<'_>, ui: &mut egui::Ui, hp: &mut PrintChoices) {
    let t = |k: &str| shell.i18n.tr(k);
    let Some(guide) = shell.guide() else {
        return;
    };
    ui.label(RichText::new(t("cards-front")).strong());
    let current = if hp.card_entry.is_empty() {
        printing::DEFAULT_CARD_ENTRY.to_string()
    } else {
        hp.card_entry.clone()
    };
    // Only entries with a card summary written for them (or the office's own questions): a
    // card never prints the guide's raw answer.
    let choices = printing::card_entries(guide);
    let combo = egui::ComboBox::from_id_salt("card-entry")
        .selected_text(
            choices
                .iter()
                .find(|(id, _)| *id == current)
                .map_or_else(|| current.clone(), |(_, title)| title.clone()),
        )
        .width(ui.available_width() - 8.0)
        .height(400.0)
        .show_ui(ui, |ui| {
            for (id, title) in &choices {
                let r = ui.selectable_label(*id == current, title);
                if *id == current {
                    crate::ui::choice::bring_into_view(ui, &r);
                }
                if r.clicked() {
                    hp.card_entry.clone_from(id);
                }
            }
        });
    crate::ui::widgets::name(&combo.response, t("cards-front"));
    ui.add_space(6.0);
    ui.label(RichText::new(t("cards-back")).strong());
    ui.label(
        RichText::new(
            shell
                .i18n
                .tr_args("cards-back-hint", &[("count", CARD_LINES.into())]),
        )
        .weak(),
    );
    back_numbers_ui(shell, ui, hp, CARD_LINES);
    ui.label(RichText::new(t("cards-print-hint")).small().weak());
}

/// The numbers for a card's back chosen one by one (at most `limit`); none chosen picks them
/// from the printout's contacts, legal aid first.
fn back_numbers_ui(shell: &Shell<'_>, ui: &mut egui::Ui, hp: &mut PrintChoices, limit: usize) {
    let with_phone: Vec<&Contact> = shell
        .directory()
        .contacts()
        .iter()
        .filter(|c| !c.phones.is_empty())
        .collect();
    contact_checklist(
        ui,
        "card-contacts",
        260.0,
        &with_phone,
        &mut hp.card_contacts,
        Some(limit),
        |c| {
            let phone = c.phones.first().map_or("", |p| p.number.as_str());
            // The number first, so a long name never hides it.
            format!("{phone} — {}", c.name)
        },
    );
}

/// A scrolling list of check boxes, one per contact, that adds or removes the contact's id in
/// `chosen` (at most `limit` of them). Only the visible rows are drawn, so a directory of
/// thousands stays smooth.
fn contact_checklist(
    ui: &mut egui::Ui,
    id_salt: &str,
    max_height: f32,
    contacts: &[&Contact],
    chosen: &mut Vec<String>,
    limit: Option<usize>,
    label: impl Fn(&Contact) -> String,
) {
    let row_height = ui.spacing().interact_size.y;
    egui::ScrollArea::vertical()
        .id_salt(id_salt)
        .max_height(max_height)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, contacts.len(), |ui, rows| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            for c in &contacts[rows] {
                let mut on = chosen.iter().any(|id| *id == c.id);
                let full = limit.is_some_and(|n| chosen.len() >= n) && !on;
                let text = label(c);
                if ui
                    .add_enabled(!full, egui::Checkbox::new(&mut on, &text))
                    .on_hover_text(&text)
                    .changed()
                {
                    if on {
                        chosen.push(c.id.to_string());
                    } else {
                        chosen.retain(|id| *id != c.id);
                    }
                }
            }
        });
}

#[allow(
    clippy::too_many_lines,
    reason = "the filter grid and the pick list, top to bottom"
)]
fn contacts_ui(
    tab: &mut HandoutTab,
    shell: &mut Shell<'_>,
    ui: &mut egui::Ui,
    hp: &mut PrintChoices,
) {
    let t = |k: &str| shell.i18n.tr(k);
    ui.label(RichText::new(t("print-contacts")).strong());
    let sel = &mut hp.contacts;
    ui.horizontal_wrapped(|ui| {
        ui.radio_value(&mut sel.by_filter, true, t("print-contacts-filter"));
        ui.radio_value(&mut sel.by_filter, false, t("print-contacts-pick"));
    });
    let any = t("filter-any");
    if sel.by_filter {
        egui::Grid::new("print-filter")
            .num_columns(2)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                let label = ui.label(t("contact-county"));
                crate::ui::widgets::county_picker(shell.i18n, ui, "print-county", &mut sel.county)
                    .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(t("contact-category"));
                egui::ComboBox::from_id_salt("print-category")
                    .selected_text(sel.category.map_or(any.clone(), |c| {
                        crate::ui::widgets::category_name(shell.i18n, c)
                    }))
                    .show_ui(ui, |ui| {
                        crate::ui::choice::choice(ui, &mut sel.category, None, &any);
                        for c in Category::ALL {
                            crate::ui::choice::choice(
                                ui,
                                &mut sel.category,
                                Some(c),
                                crate::ui::widgets::category_name(shell.i18n, c),
                            );
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(t("contact-languages"));
                egui::ComboBox::from_id_salt("print-language")
                    .selected_text(
                        sel.language
                            .as_deref()
                            .map_or(any.clone(), |l| shell.i18n.language_name(l)),
                    )
                    .show_ui(ui, |ui| {
                        crate::ui::choice::choice(ui, &mut sel.language, None, &any);
                        for (code, _) in LANGUAGES {
                            crate::ui::choice::choice(
                                ui,
                                &mut sel.language,
                                Some(code.to_string()),
                                shell.i18n.language_name(code),
                            );
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();
            });
        ui.checkbox(&mut sel.verified_only, t("print-verified-only"));
    } else {
        ui.add(
            egui::TextEdit::singleline(&mut tab.pick_text)
                .hint_text(t("filter-text-hint"))
                .desired_width(f32::INFINITY),
        );
        let want = crate::core::basics::text::fold(&tab.pick_text);
        // Names are matched in the search index's folded copy (no folding every frame).
        let index = shell
            .session()
            .map(crate::core::workspace::session::Session::index);
        let shown: Vec<&Contact> = shell
            .directory()
            .contacts()
            .iter()
            .enumerate()
            .filter(|(i, c)| {
                want.is_empty()
                    || index.and_then(|index| index.folded_name(*i)).map_or_else(
                        || crate::core::basics::text::fold(&c.name).contains(&want),
                        |name| name.contains(&want),
                    )
            })
            .map(|(_, c)| c)
            .collect();
        ui.horizontal_wrapped(|ui| {
            // "Select all" picks the contacts shown, up to the most a printout lists.
            if ui.small_button(t("print-pick-all")).clicked() {
                for c in &shown {
                    if sel.picked.len() >= printing::MAX_PRINTED_CONTACTS {
                        break;
                    }
                    if !sel.picked.iter().any(|id| *id == c.id) {
                        sel.picked.push(c.id.to_string());
                    }
                }
            }
            if ui.small_button(t("print-pick-none")).clicked() {
                sel.picked.clear();
            }
        });
        contact_checklist(
            ui,
            "print-pick",
            320.0,
            &shown,
            &mut sel.picked,
            Some(printing::MAX_PRINTED_CONTACTS),
            |c| c.name.to_string(),
        );
        if sel.picked.len() >= printing::MAX_PRINTED_CONTACTS {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                shell.i18n.tr_args(
                    "print-pick-limit",
                    &[(
                        "max",
                        shell.i18n.count(printing::MAX_PRINTED_CONTACTS).into(),
                    )],
                ),
            );
        }
    }
    let count = tab.contact_count();
    let chosen = tab.chosen_count();
    if let crate::core::workspace::Doc::Failed { .. } = shell.work.doc() {
        // No contacts because the directory did not open, not because none match: say so.
        ui.colored_label(
            ui.visuals().warn_fg_color,
            shell.i18n.tr("print-directory-not-open"),
        );
        return;
    }
    if chosen > count {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!(
                "⚠ {}",
                shell.i18n.tr_args(
                    "print-contacts-capped",
                    &[
                        ("chosen", shell.i18n.count(chosen).into()),
                        ("max", shell.i18n.count(count).into()),
                    ],
                )
            ),
        );
    } else {
        ui.label(
            RichText::new(
                shell
                    .i18n
                    .tr_args("print-contact-count", &[("count", count.into())]),
            )
            .weak(),
        );
    }
}

fn preview_ui(
    tab: &mut HandoutTab,
    shell: &mut Shell<'_>,
    ui: &mut egui::Ui,
    hp: &mut PrintChoices,
    commands: &mut Vec<Command>,
) {
    let t = |k: &str| shell.i18n.tr(k);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t("print-format"));
        egui::ComboBox::from_id_salt("print-format")
            .selected_text(hp.format.extension().to_uppercase())
            .show_ui(ui, |ui| {
                for f in OutputFormat::ALL {
                    if f.allowed(hp.layout) {
                        crate::ui::choice::choice(
                            ui,
                            &mut hp.format,
                            f,
                            f.extension().to_uppercase(),
                        );
                    }
                }
            })
            .response
            .labelled_by(label.id);
        if !hp.format.allowed(hp.layout) {
            hp.format = OutputFormat::Pdf;
        }
        if ui
            .add(
                egui::Button::new(RichText::new(t("print-print-dots")).strong())
                    .shortcut_text("Ctrl+P"),
            )
            .clicked()
        {
            commands.push(Command::OpenPrint(None));
        }
        if ui.button(t("print-export")).clicked() {
            let name = format!("{}.{}", file_stem(hp.layout), hp.format.extension());
            let ask = FileAsk::save(name, t("print-export"), Then::ExportPrintout)
                .starting_in(hp.last_folder.as_deref());
            commands.push(Command::ChooseFile(Box::new(ask)));
        }
        if let Some(p) = tab.last_saved.clone() {
            ui.separator();
            ui.label(RichText::new(p.display().to_string()).weak());
            if ui.button(t("print-open")).clicked() {
                commands.push(Command::OpenInViewer(p));
            }
        }
        if tab.busy() {
            ui.spinner();
        }
    });
    if let Some(w) = &tab.legal_aid_warning {
        ui.colored_label(ui.visuals().warn_fg_color, format!("⚠ {w}"));
    }
    for m in &tab.missing {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!("⚠ {}", m.text(shell.i18n)),
        );
    }
    if let Some(e) = &tab.error {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
    ui.separator();
    let total = tab.page_count();
    egui::ScrollArea::vertical()
        .id_salt("print-preview")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            crate::ui::widgets::keep_focus_in_view(ui);
            ui.vertical_centered(|ui| {
                for i in 0..total {
                    page_ui(tab, shell, ui, i, total);
                }
            });
        });
}

/// Page `index` of the preview: its picture while it is near the view (a white page with a
/// spinner until the worker has drawn it), named "Page 2 of 5" for screen readers and under it.
fn page_ui(
    tab: &mut HandoutTab,
    shell: &mut Shell<'_>,
    ui: &mut egui::Ui,
    index: usize,
    total: usize,
) {
    let Some(size) = tab.page_size(index) else {
        return;
    };
    let width = (ui.available_width() - 24.0).clamp(200.0, size.x);
    let shown = egui::vec2(width, size.y * width / size.x);
    let name = shell.i18n.tr_args(
        "print-page-of",
        &[("page", (index + 1).into()), ("total", total.into())],
    );
    egui::Frame::new()
        .stroke(egui::Stroke::new(
            1.0,
            ui.visuals().widgets.noninteractive.bg_stroke.color,
        ))
        .shadow(egui::Shadow {
            offset: [2, 3],
            blur: 8,
            spread: 0,
            color: egui::Color32::from_black_alpha(40),
        })
        .show(ui, |ui| {
            let (rect, response) = ui.allocate_exact_size(shown, egui::Sense::hover());
            // Near: on screen, or within a page of it (drawn before it scrolls in).
            let near = ui.is_rect_visible(rect.expand2(egui::vec2(0.0, shown.y)));
            if let Some(texture) = tab.page_texture(index, near) {
                egui::Image::new((texture.id(), shown)).paint_at(ui, rect);
            } else {
                ui.painter().rect_filled(rect, 0.0, egui::Color32::WHITE);
                if near {
                    let spinner =
                        egui::Rect::from_center_size(rect.center(), egui::vec2(24.0, 24.0));
                    egui::Spinner::new()
                        .color(egui::Color32::GRAY)
                        .paint_at(ui, spinner);
                }
            }
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));
        });
    ui.label(RichText::new(name).small().weak());
    ui.add_space(12.0);
}
