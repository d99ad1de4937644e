//! The contact editor: every field of one contact, saved as a field is left.

use super::DirectoryTab;
use crate::core::directory::contact::{
    Category, Cost, Field, NM_COUNTIES, Phone, PhoneKind, STATEWIDE, Text,
};
use crate::core::directory::view::LANGUAGES;
use crate::core::workspace::Action;
use crate::ui::command::Command;
use crate::ui::command::DirectoryAction;
use crate::ui::edit_text::EditText;
use crate::ui::shell::Shell;
use crate::ui::theme;
use crate::ui::widgets::{category_name, verification_cell};
use egui::RichText;

/// Sends the editor's draft for saving when it differs from the stored contact.
pub fn commit_draft(tab: &DirectoryTab, shell: &mut Shell<'_>) {
    let Some(draft) = tab.draft.clone() else {
        return;
    };
    let stored = shell.directory().get(&draft.id);
    if stored.is_some_and(|s| *s != draft) && !draft.name.trim().is_empty() {
        shell.send(Command::Work(Action::UpdateContact(Box::new(draft))));
    }
}

#[allow(clippy::too_many_lines, reason = "one form, top to bottom")]
pub(super) fn editor_ui(tab: &mut DirectoryTab, shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    let Some(mut draft) = tab.draft.clone() else {
        return;
    };
    let dark = ui.visuals().dark_mode;
    let mut commit = false;
    let mut commands = Vec::new();
    let mut scroll = egui::ScrollArea::vertical().auto_shrink([false, false]);
    if std::mem::take(&mut tab.editor_to_top) {
        scroll = scroll.vertical_scroll_offset(0.0);
    }
    scroll.show(ui, |ui| {
        crate::ui::widgets::keep_focus_in_view(ui);
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            crate::ui::widgets::heading(ui, shell.i18n.tr("editor-heading"), 2);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(shell.i18n.tr("editor-close")).clicked() {
                    commit = true;
                    commands.push(Command::Directory(DirectoryAction::SelectContact(None)));
                }
            });
        });
        let (text, color) = verification_cell(shell.i18n, shell.work.due_rules(), &draft, dark);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(text).color(color));
            if draft.changed_since_verified() {
                ui.label(
                    RichText::new(shell.i18n.tr("editor-changed-since-verified"))
                        .color(theme::warn_color(dark)),
                );
            }
        });
        super::check_log::log_ui(shell, ui, &draft);
        ui.horizontal_wrapped(|ui| {
            let mark = ui
                .button(shell.i18n.tr("contact-mark-verified"))
                .on_hover_text(crate::ui::shortcuts::MARK_VERIFIED);
            if mark.clicked() || std::mem::take(&mut tab.mark_verified) {
                commit = true;
                commands.push(Command::Work(Action::MarkVerified(draft.id.to_string())));
            }
            if ui.button(shell.i18n.tr("contact-duplicate")).clicked() {
                commit = true;
                commands.push(Command::Work(Action::DuplicateContact(
                    draft.id.to_string(),
                )));
            }
            if ui.button(shell.i18n.tr("contact-copy-text")).clicked() {
                ui.ctx().copy_text(draft.to_plain_text());
                commands.push(Command::Notify(shell.i18n.tr("contact-copied")));
            }
            if ui.button(shell.i18n.tr("contact-delete")).clicked() {
                commands.push(Command::Directory(DirectoryAction::AskDelete(Some(
                    draft.id.to_string(),
                ))));
            }
        });
        ui.separator();

        let warnings = draft.warnings();
        let warn_for = |ui: &mut egui::Ui, field: crate::core::directory::contact::Field| {
            for w in warnings.iter().filter(|w| w.field == field) {
                ui.label(
                    RichText::new(format!("⚠ {}", w.problem.text(shell.i18n)))
                        .small()
                        .color(theme::warn_color(dark)),
                );
            }
        };

        let r = text_field(ui, &shell.i18n.tr("contact-name"), &mut draft.name, false);
        if tab.focus_name {
            r.request_focus();
            // A new contact's placeholder name is selected, so typing replaces it (it used
            // to give "New contactClinica").
            if let Some(mut state) = egui::text_edit::TextEditState::load(ui.ctx(), r.id) {
                state
                    .cursor
                    .set_char_range(Some(egui::text::CCursorRange::select_all_str(&draft.name)));
                state.store(ui.ctx(), r.id);
            }
            // A new contact opens at its name, not wherever the editor was scrolled.
            r.scroll_to_me(Some(egui::Align::Center));
            tab.focus_name = false;
        }
        commit |= r.lost_focus();
        if draft.name.trim().is_empty() {
            ui.label(
                RichText::new(shell.i18n.tr("editor-name-required"))
                    .color(ui.visuals().error_fg_color),
            );
        }

        let label = ui.label(RichText::new(shell.i18n.tr("contact-category")).strong());
        let before = draft.category;
        egui::ComboBox::from_id_salt("editor-category")
            .selected_text(category_name(shell.i18n, draft.category))
            .show_ui(ui, |ui| {
                for c in Category::ALL {
                    crate::ui::choice::choice(
                        ui,
                        &mut draft.category,
                        c,
                        category_name(shell.i18n, c),
                    );
                }
            })
            .response
            .labelled_by(label.id);
        commit |= before != draft.category;

        commit |= text_field(
            ui,
            &shell.i18n.tr("contact-description"),
            draft.description.make_mut(),
            true,
        )
        .lost_focus();

        // Phones.
        let draft_id = draft.id.clone();
        ui.label(RichText::new(shell.i18n.tr("contact-phones")).strong());
        let mut remove = None;
        for (i, phone) in draft.phones.iter_mut().enumerate() {
            ui.horizontal(|ui| {
                let number_label = ui.label(
                    RichText::new(format!("{} {}", shell.i18n.tr("contact-phone"), i + 1)).small(),
                );
                let r = ui
                    .add(
                        egui::TextEdit::singleline(&mut EditText(&mut phone.number))
                            .desired_width(120.0)
                            .hint_text("505-555-0100"),
                    )
                    .labelled_by(number_label.id);
                // A number just added takes the focus, so what is typed next goes in it.
                let focus_key = egui::Id::unique(("focus-new-phone", draft_id.as_str()));
                if ui.data(|d| d.get_temp::<usize>(focus_key)) == Some(i) {
                    r.request_focus();
                    r.scroll_to_me(Some(egui::Align::Center));
                    ui.data_mut(|d| d.remove::<usize>(focus_key));
                }
                commit |= r.lost_focus();
                let before = phone.kind;
                let kind_combo = egui::ComboBox::from_id_salt(("phone-kind", i))
                    .width(80.0)
                    .selected_text(
                        shell
                            .i18n
                            .tr(&format!("phone-kind-{}", phone.kind.label().to_lowercase())),
                    )
                    .show_ui(ui, |ui| {
                        for k in PhoneKind::ALL {
                            crate::ui::choice::choice(
                                ui,
                                &mut phone.kind,
                                k,
                                shell
                                    .i18n
                                    .tr(&format!("phone-kind-{}", k.label().to_lowercase())),
                            );
                        }
                    })
                    .response;
                crate::ui::widgets::name(
                    &kind_combo,
                    shell
                        .i18n
                        .tr_args("contact-phone-kind", &[("number", (i + 1).into())]),
                );
                commit |= before != phone.kind;
                if !phone.number.trim().is_empty() {
                    let digits: String = phone
                        .number
                        .chars()
                        .filter(|c| c.is_ascii_digit() || *c == '+')
                        .collect();
                    let call = format!("{} {}", shell.i18n.tr("contact-call"), phone.number);
                    let link = ui
                        .hyperlink_to("☎", format!("tel:{digits}"))
                        .on_hover_text(&call);
                    link.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, &call));
                }
                let remove_name = shell.i18n.tr("phone-remove");
                let remove_button = ui.small_button("✖").on_hover_text(&remove_name);
                remove_button.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, &remove_name)
                });
                if remove_button.clicked() {
                    remove = Some(i);
                }
            });
            ui.horizontal(|ui| {
                let label = ui.label(
                    RichText::new(format!("{} {}", shell.i18n.tr("phone-label"), i + 1)).small(),
                );
                let r = ui
                    .add(
                        egui::TextEdit::singleline(&mut EditText(phone.label.make_mut()))
                            .desired_width(200.0)
                            .hint_text(shell.i18n.tr("phone-label-hint")),
                    )
                    .labelled_by(label.id);
                commit |= r.lost_focus();
            });
        }
        if let Some(i) = remove {
            draft.phones.remove(i);
            commit = true;
        }
        if ui.small_button(shell.i18n.tr("phone-add")).clicked() {
            draft.phones.push(Phone::default());
            let new = draft.phones.len() - 1;
            ui.data_mut(|d| {
                d.insert_temp(
                    egui::Id::unique(("focus-new-phone", draft_id.as_str())),
                    new,
                );
            });
            ui.ctx().request_repaint();
        }
        warn_for(ui, Field::Phones);

        let r = text_field(ui, &shell.i18n.tr("contact-email"), &mut draft.email, false);
        commit |= r.lost_focus();
        if !draft.email.trim().is_empty() && !warnings.iter().any(|w| w.field == Field::Email) {
            ui.hyperlink_to(
                shell.i18n.tr("contact-write-email"),
                format!("mailto:{}", draft.email.trim()),
            );
        }
        warn_for(ui, Field::Email);
        let r = text_field(
            ui,
            &shell.i18n.tr("contact-website"),
            &mut draft.website,
            false,
        );
        commit |= r.lost_focus();
        if crate::core::directory::contact::website_looks_valid(draft.website.trim()) {
            ui.hyperlink_to(shell.i18n.tr("contact-open-website"), draft.website.trim());
        }
        warn_for(ui, Field::Website);

        ui.label(RichText::new(shell.i18n.tr("contact-address")).strong());
        commit |= text_field(
            ui,
            &shell.i18n.tr("address-street"),
            &mut draft.address.street,
            false,
        )
        .lost_focus();
        ui.horizontal_wrapped(|ui| {
            commit |= small_field(
                ui,
                &shell.i18n.tr("address-city"),
                &mut draft.address.city,
                140.0,
            )
            .lost_focus();
            commit |= small_field(
                ui,
                &shell.i18n.tr("address-state"),
                &mut draft.address.state,
                40.0,
            )
            .lost_focus();
            commit |= small_field(
                ui,
                &shell.i18n.tr("address-zip"),
                &mut draft.address.zip,
                70.0,
            )
            .lost_focus();
        });
        warn_for(ui, Field::Address);

        // Counties: multi-select.
        ui.label(RichText::new(shell.i18n.tr("contact-counties")).strong());
        let summary = if draft.counties.is_empty() {
            shell.i18n.tr("editor-none-chosen")
        } else {
            draft.counties.join(", ")
        };
        egui::CollapsingHeader::new(summary)
            .id_salt("editor-counties")
            .show(ui, |ui| {
                egui::Grid::new("county-grid")
                    .num_columns(3)
                    .show(ui, |ui| {
                        for (i, county) in std::iter::once(STATEWIDE).chain(NM_COUNTIES).enumerate()
                        {
                            let mut on = draft.counties.iter().any(|c| c == county);
                            if ui.checkbox(&mut on, county).changed() {
                                if on {
                                    draft.counties.push(county.into());
                                } else {
                                    draft.counties.retain(|c| c != county);
                                }
                                commit = true;
                            }
                            if i % 3 == 2 {
                                ui.end_row();
                            }
                        }
                    });
            });
        warn_for(ui, Field::Counties);

        ui.label(RichText::new(shell.i18n.tr("contact-languages")).strong());
        ui.horizontal_wrapped(|ui| {
            for (code, _) in LANGUAGES {
                let mut on = draft.languages.iter().any(|l| l.eq_ignore_ascii_case(code));
                if ui
                    .checkbox(&mut on, shell.i18n.language_name(code))
                    .changed()
                {
                    if on {
                        draft.languages.push(code.into());
                    } else {
                        draft.languages.retain(|l| !l.eq_ignore_ascii_case(code));
                    }
                    commit = true;
                }
            }
        });

        commit |= text_field(
            ui,
            &shell.i18n.tr("contact-hours"),
            draft.hours.make_mut(),
            false,
        )
        .lost_focus();
        let label = ui.label(RichText::new(shell.i18n.tr("contact-cost")).strong());
        let before = draft.cost;
        egui::ComboBox::from_id_salt("editor-cost")
            .selected_text(shell.i18n.tr(&cost_key(draft.cost)))
            .show_ui(ui, |ui| {
                for c in Cost::ALL {
                    crate::ui::choice::choice(ui, &mut draft.cost, c, shell.i18n.tr(&cost_key(c)));
                }
            })
            .response
            .labelled_by(label.id);
        commit |= before != draft.cost;
        commit |= text_field(
            ui,
            &shell.i18n.tr("contact-caveat"),
            draft.caveat.make_mut(),
            false,
        )
        .lost_focus();
        commit |= ui
            .checkbox(&mut draft.own, shell.i18n.tr("contact-own"))
            .changed();
        commit |= spanish_texts_ui(shell, ui, &mut draft);
        let mut services = Text::from(draft.services.join(", "));
        if text_field(ui, &shell.i18n.tr("contact-services"), &mut services, false).lost_focus() {
            commit = true;
        }
        let parsed: thin_vec::ThinVec<Text> = services
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(Text::from)
            .collect();
        if parsed != draft.services && !services.ends_with(", ") && !services.ends_with(',') {
            draft.services = parsed;
        }
        commit |= text_field(
            ui,
            &shell.i18n.tr("contact-notes"),
            draft.notes.make_mut(),
            true,
        )
        .lost_focus();
        commit |= text_field(
            ui,
            &shell.i18n.tr("contact-source"),
            draft.source.make_mut(),
            false,
        )
        .lost_focus();
        ui.add_space(12.0);
    });
    tab.draft = Some(draft);
    if commit {
        commit_draft(tab, shell);
    }
    for c in commands {
        shell.send(c);
    }
}

/// The contact's Spanish description, hours and "before you call" (what a Spanish printout shows
/// instead of the English ones). True when one was changed and should be saved.
fn spanish_texts_ui(
    shell: &Shell<'_>,
    ui: &mut egui::Ui,
    draft: &mut crate::core::directory::contact::Contact,
) -> bool {
    let mut commit = false;
    let es = draft.translation_mut("es");
    for (key, text, multiline) in [
        ("contact-description-es", &mut es.description, true),
        ("contact-hours-es", &mut es.hours, false),
        ("contact-caveat-es", &mut es.caveat, false),
    ] {
        commit |= text_field(ui, &shell.i18n.tr(key), text.make_mut(), multiline).lost_focus();
    }
    // An empty translation is not kept (viewing a contact never changes it).
    draft.drop_empty_translations();
    commit
}

fn cost_key(c: Cost) -> String {
    format!(
        "cost-{}",
        match c {
            Cost::Free => "free",
            Cost::SlidingScale => "sliding-scale",
            Cost::Fee => "fee",
            Cost::Unknown => "unknown",
        }
    )
}

/// A labelled text field, full width.
fn text_field(ui: &mut egui::Ui, label: &str, value: &mut Text, multiline: bool) -> egui::Response {
    let l = ui.label(RichText::new(label).strong());
    let mut value = EditText(value);
    let edit = if multiline {
        egui::TextEdit::multiline(&mut value).desired_rows(2)
    } else {
        egui::TextEdit::singleline(&mut value)
    };
    ui.add(edit.desired_width(f32::INFINITY)).labelled_by(l.id)
}

fn small_field(ui: &mut egui::Ui, label: &str, value: &mut Text, width: f32) -> egui::Response {
    ui.vertical(|ui| {
        let l = ui.label(RichText::new(label).small());
        ui.add(egui::TextEdit::singleline(&mut EditText(value)).desired_width(width))
            .labelled_by(l.id)
    })
    .inner
}
