//! The verification round (Directory → Verify contacts…, Ctrl+Shift+V): choose which contacts
//! (a county, a category, all due), then one contact at a time — what to confirm, editable in
//! place, a short call script in English or Spanish, how it was checked, a note, and a button
//! per finding (number keys 1–7) — with progress, and a summary at the end. Each check is
//! recorded through the workspace as one undo step.

use super::DirectoryTab;
use crate::core::directory::check::{Check, Finding, Method};
use crate::core::directory::contact::{Category, Contact, today};
use crate::core::directory::round::{self, Round, RoundScope};
use crate::core::directory::status::{Flag, Status};
use crate::core::i18n::Lang;
use crate::core::workspace::Action;
use crate::core::workspace::desktops::SharingAction;
use crate::core::workspace::verify::CallSheetFormat;
use crate::ui::command::{Command, DirectoryAction};
use crate::ui::edit_text::EditText;
use crate::ui::file_ask::{FileAsk, FileTypes, Then};
use crate::ui::shell::Shell;
use crate::ui::widgets::{category_name, county_picker, heading};
use egui::RichText;

/// A verification round's screen: its choices while it is set up, then the round itself.
#[derive(Debug, Default)]
pub struct RoundScreen {
    /// Which contacts.
    pub scope: RoundScope,
    /// The volunteer's name, put on every check.
    pub volunteer: String,
    /// The language of the call script.
    pub script: Lang,
    /// The round, once started.
    pub round: Option<Round>,
    /// How the current contact is being checked.
    pub method: Method,
    /// A note on the current check.
    pub note: String,
    /// The current contact as the volunteer corrects it.
    draft: Option<Contact>,
    /// The contacts the choices give, with what they were counted for.
    counted: Option<(RoundScope, u64, usize)>,
    /// The contact the other desktops were told this one is checking.
    announced: Option<String>,
    /// How the list stands, with the workspace generation it was counted for.
    report: Option<(u64, round::Report)>,
}

impl RoundScreen {
    /// A new round's choices; the method starts as a phone call.
    #[must_use]
    pub fn new(script: Lang) -> RoundScreen {
        RoundScreen {
            script,
            method: Method::Phone,
            ..RoundScreen::default()
        }
    }
}

/// Draws the round in place of the list and the editor.
pub(super) fn round_ui(tab: &mut DirectoryTab, shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    let Some(screen) = tab.round.as_mut() else {
        return;
    };
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            crate::ui::widgets::keep_focus_in_view(ui);
            ui.set_max_width(ui.available_width().min(760.0));
            ui.add_space(6.0);
            match &screen.round {
                None => setup_ui(screen, shell, ui),
                Some(r) if r.is_over() => {
                    summary_ui(shell, ui, r);
                    if screen.announced.take().is_some() {
                        shell.send(Command::Sharing(SharingAction::Checking(None)));
                    }
                }
                Some(_) => contact_ui(screen, shell, ui),
            }
        });
}

fn ids_for(scope: &RoundScope, shell: &Shell<'_>) -> Vec<String> {
    let Some(session) = shell.session() else {
        return Vec::new();
    };
    let contacts = session.directory().contacts();
    round::round_contacts(
        contacts,
        session.index(),
        scope,
        today(),
        shell.work.due_rules(),
    )
    .into_iter()
    .filter_map(|i| contacts.get(i).map(|c| c.id.to_string()))
    .collect()
}

fn setup_ui(screen: &mut RoundScreen, shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    let t = |k: &str| shell.i18n.tr(k);
    heading(ui, t("round-title"), 2);
    ui.label(t("round-setup-help"));
    ui.add_space(6.0);
    egui::Grid::new("round-setup")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            let l = ui.label(t("contact-county"));
            county_picker(shell.i18n, ui, "round-county", &mut screen.scope.county)
                .labelled_by(l.id);
            ui.end_row();
            let l = ui.label(t("contact-category"));
            let any = t("filter-any");
            egui::ComboBox::from_id_salt("round-category")
                .selected_text(
                    screen
                        .scope
                        .category
                        .map_or(any.clone(), |c| category_name(shell.i18n, c)),
                )
                .show_ui(ui, |ui| {
                    crate::ui::choice::choice(ui, &mut screen.scope.category, None, &any);
                    for c in Category::ALL {
                        crate::ui::choice::choice(
                            ui,
                            &mut screen.scope.category,
                            Some(c),
                            category_name(shell.i18n, c),
                        );
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            ui.label("");
            ui.checkbox(&mut screen.scope.everyone, t("round-everyone"));
            ui.end_row();
            let l = ui.label(t("round-volunteer"));
            ui.add(
                egui::TextEdit::singleline(&mut screen.volunteer)
                    .hint_text(t("round-volunteer-hint"))
                    .desired_width(260.0),
            )
            .labelled_by(l.id);
            ui.end_row();
            ui.label(t("round-script-language"));
            ui.horizontal(|ui| {
                for lang in Lang::all() {
                    let name = shell.i18n.language_label(lang);
                    ui.radio_value(&mut screen.script, lang, name);
                }
            });
            ui.end_row();
        });
    intervals_ui(shell, ui);
    report_ui(screen, shell, ui);
    // Counted again only when the choices or the directory changed.
    let generation = shell.work.generation();
    let fresh = screen
        .counted
        .as_ref()
        .is_some_and(|(s, g, _)| *s == screen.scope && *g == generation);
    if !fresh {
        let n = ids_for(&screen.scope, shell).len();
        screen.counted = Some((screen.scope.clone(), generation, n));
    }
    let count = screen.counted.as_ref().map_or(0, |(_, _, n)| *n);
    ui.add_space(6.0);
    ui.label(
        RichText::new(
            shell
                .i18n
                .tr_args("round-count", &[("count", count.into())]),
        )
        .strong(),
    );
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(count > 0, egui::Button::new(t("round-start")))
            .clicked()
        {
            screen.round = Some(Round::new(ids_for(&screen.scope, shell)));
            screen.draft = None;
        }
        if ui.button(t("cancel")).clicked() {
            shell.send(Command::Directory(DirectoryAction::EndRound));
        }
    });
    paper_ui(screen, shell, ui, count);
}

/// Without the app: the call sheet of the round's contacts, printed or to fill in, and a
/// filled-in sheet recorded.
fn paper_ui(screen: &RoundScreen, shell: &mut Shell<'_>, ui: &mut egui::Ui, count: usize) {
    let t = |k: &str| shell.i18n.tr(k);
    ui.add_space(8.0);
    ui.separator();
    ui.label(RichText::new(t("round-paper-help")).weak());
    ui.horizontal_wrapped(|ui| {
        let sheet = |ext: &str, format: CallSheetFormat| {
            let name = format!("{}.{ext}", t("round-sheet-file"));
            let then = Then::ExportCallSheet {
                ids: ids_for(&screen.scope, shell),
                format,
            };
            Command::ChooseFile(Box::new(FileAsk::save(name, t("round-title"), then)))
        };
        let mut wanted = None;
        if ui
            .add_enabled(count > 0, egui::Button::new(t("round-save-sheet-pdf")))
            .clicked()
        {
            let format = CallSheetFormat::Pdf {
                lang: screen.script,
                paper: shell.work.print_choices().paper,
            };
            wanted = Some(sheet("pdf", format));
        }
        if ui
            .add_enabled(count > 0, egui::Button::new(t("round-save-sheet-csv")))
            .clicked()
        {
            wanted = Some(sheet("csv", CallSheetFormat::Csv));
        }
        if ui.button(t("round-import-sheet")).clicked() {
            wanted = Some(Command::ChooseFile(Box::new(FileAsk::open(
                FileTypes::CallSheet,
                t("round-import-sheet"),
                Then::ImportCallSheet,
            ))));
        }
        if let Some(command) = wanted {
            shell.send(command);
        }
    });
}

/// How the list stands: counts by status, for all contacts, by category and by county.
fn report_ui(screen: &mut RoundScreen, shell: &Shell<'_>, ui: &mut egui::Ui) {
    let t = |k: &str| shell.i18n.tr(k);
    egui::CollapsingHeader::new(t("report-title"))
        .id_salt("round-report")
        .show(ui, |ui| {
            // Counted again only when the directory changed.
            let generation = shell.work.generation();
            if screen.report.as_ref().is_none_or(|(g, _)| *g != generation) {
                let report = round::report(
                    shell.directory().contacts(),
                    today(),
                    shell.work.due_rules(),
                );
                screen.report = Some((generation, report));
            }
            let Some((_, report)) = &screen.report else {
                return;
            };
            let heads = [
                "",
                "report-current",
                "report-due",
                "report-overdue",
                "report-flagged",
                "report-inactive",
                "report-this-month",
            ];
            egui::Grid::new("round-report-grid")
                .num_columns(heads.len())
                .striped(true)
                .spacing([12.0, 3.0])
                .show(ui, |ui| {
                    for h in heads {
                        ui.strong(if h.is_empty() { String::new() } else { t(h) });
                    }
                    ui.end_row();
                    let row = |ui: &mut egui::Ui, name: &str, n: &round::Counts| {
                        ui.label(name);
                        for v in [
                            n.current,
                            n.due,
                            n.overdue,
                            n.flagged,
                            n.inactive,
                            n.checked_this_month,
                        ] {
                            ui.label(shell.i18n.count(v));
                        }
                        ui.end_row();
                    };
                    row(ui, &t("report-all"), &report.all);
                    for (c, n) in &report.by_category {
                        row(ui, &category_name(shell.i18n, *c), n);
                    }
                    for (county, n) in &report.by_county {
                        let name = match county.as_str() {
                            "Statewide" => t("county-statewide"),
                            "not recorded" => t("contact-area-not-recorded"),
                            other => other.to_string(),
                        };
                        row(ui, &name, n);
                    }
                });
        });
}

/// How often each category is checked (for every desktop sharing the list).
fn intervals_ui(shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    let t = |k: &str| shell.i18n.tr(k);
    egui::CollapsingHeader::new(t("round-intervals"))
        .id_salt("round-intervals")
        .show(ui, |ui| {
            ui.label(RichText::new(t("round-intervals-help")).weak());
            if let Some(problem) = shell.work.due_rules_problem() {
                ui.label(
                    RichText::new(problem.text(shell.i18n))
                        .color(crate::ui::theme::warn_color(ui.visuals().dark_mode)),
                );
            }
            let mut changed = Vec::new();
            egui::Grid::new("round-intervals-grid")
                .num_columns(2)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    for c in Category::ALL {
                        let l = ui.label(category_name(shell.i18n, c));
                        let mut days = shell.work.due_rules().days(c);
                        let r = ui
                            .add(
                                egui::DragValue::new(&mut days)
                                    .range(1..=3650)
                                    .suffix(shell.i18n.tr("round-days-suffix")),
                            )
                            .labelled_by(l.id);
                        // Saved once the value is settled, not at every step of a drag.
                        if r.changed() && !r.dragged() || r.drag_stopped() {
                            changed.push((c, u16::try_from(days).unwrap_or(u16::MAX)));
                        }
                        ui.end_row();
                    }
                });
            for (c, days) in changed {
                shell.send(Command::Work(Action::SetDueDays(c, days)));
            }
        });
}

fn summary_ui(shell: &mut Shell<'_>, ui: &mut egui::Ui, r: &Round) {
    let t = |k: &str| shell.i18n.tr(k);
    heading(ui, t("round-over"), 2);
    ui.label(shell.i18n.tr_args(
        "round-summary",
        &[("checked", r.done().into()), ("skipped", r.skipped.into())],
    ));
    for (found, n) in Finding::ALL.iter().zip(r.found) {
        if n > 0 {
            ui.label(format!("{}: {n}", finding_name(shell, *found)));
        }
    }
    ui.add_space(8.0);
    if ui.button(t("round-close")).clicked() {
        shell.send(Command::Directory(DirectoryAction::EndRound));
    }
}

fn finding_name(shell: &Shell<'_>, f: Finding) -> String {
    shell.i18n.tr(&format!("finding-{}", f.key()))
}

fn method_name(shell: &Shell<'_>, m: Method) -> String {
    shell.i18n.tr(&format!("method-{}", m.key()))
}

/// The contact's standing, in words.
pub(super) fn status_text(shell: &Shell<'_>, c: &Contact) -> String {
    let i18n = shell.i18n;
    match c.status(today(), shell.work.due_rules()) {
        Status::Current { due } => {
            i18n.tr_args("status-current", &[("date", i18n.date(due).into())])
        }
        Status::Due { since: None } => i18n.tr("status-never-checked"),
        Status::Due { since: Some(d) } => {
            i18n.tr_args("status-due", &[("date", i18n.date(d).into())])
        }
        Status::Overdue { since } => {
            i18n.tr_args("status-overdue", &[("date", i18n.date(since).into())])
        }
        Status::Flagged(Flag::WrongNumber) => i18n.tr("status-flag-wrong-number"),
        Status::Flagged(Flag::Moved) => i18n.tr("status-flag-moved"),
        Status::Flagged(Flag::NoAnswer) => i18n.tr("status-flag-no-answer"),
        Status::Inactive(f) => i18n.tr_args(
            "status-inactive",
            &[("finding", finding_name(shell, f).into())],
        ),
    }
}

#[allow(clippy::too_many_lines, reason = "one contact's form, top to bottom")]
fn contact_ui(screen: &mut RoundScreen, shell: &mut Shell<'_>, ui: &mut egui::Ui) {
    let Some(r) = screen.round.as_mut() else {
        return;
    };
    // A contact deleted meanwhile (on another desktop) is passed over.
    let stored = loop {
        match r.current() {
            None => return,
            Some(id) => match shell.directory().get(id) {
                Some(c) => break c,
                None => r.skip(),
            },
        }
    };
    if screen.announced.as_deref() != Some(stored.id.as_str()) {
        screen.announced = Some(stored.id.to_string());
        shell.send(Command::Sharing(SharingAction::Checking(Some(
            stored.id.to_string(),
        ))));
    }
    if screen.draft.as_ref().is_none_or(|d| d.id != stored.id) {
        screen.draft = Some(stored.clone());
        screen.note.clear();
        screen.method = Method::Phone;
    }
    let (at, total) = (r.at + 1, r.ids.len());
    let t = |k: &str| shell.i18n.tr(k);
    ui.horizontal_wrapped(|ui| {
        heading(ui, t("round-title"), 2);
        ui.label(
            RichText::new(shell.i18n.tr_args(
                "round-progress",
                &[("at", at.into()), ("count", total.into())],
            ))
            .strong(),
        );
    });
    #[allow(
        clippy::cast_precision_loss,
        reason = "a round has far fewer than 2^52 contacts"
    )]
    ui.add(egui::ProgressBar::new((at - 1) as f32 / total.max(1) as f32).desired_width(300.0));
    ui.add_space(6.0);
    heading(ui, stored.name.as_str(), 3);
    ui.label(format!(
        "{} · {}",
        category_name(shell.i18n, stored.category),
        status_text(shell, stored)
    ));
    if let Some(who) = shell.work.desktops().checking(&stored.id) {
        ui.label(
            RichText::new(
                shell
                    .i18n
                    .tr_args("round-being-checked", &[("who", who.into())]),
            )
            .color(crate::ui::theme::warn_color(ui.visuals().dark_mode)),
        );
    }
    ui.add_space(6.0);
    let Some(draft) = screen.draft.as_mut() else {
        return;
    };
    ui.strong(t("round-confirm-heading"));
    egui::Grid::new("round-fields")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            for (i, phone) in draft.phones.iter_mut().enumerate() {
                let l = ui.label(format!("{} {}", t("contact-phone"), i + 1));
                edit(ui, &mut phone.number).labelled_by(l.id);
                ui.end_row();
            }
            for (key, value) in [
                ("contact-hours", draft.hours.make_mut()),
                ("contact-email", &mut draft.email),
                ("contact-website", &mut draft.website),
                ("address-street", &mut draft.address.street),
                ("address-city", &mut draft.address.city),
                ("address-zip", &mut draft.address.zip),
            ] {
                let l = ui.label(t(key));
                edit(ui, value).labelled_by(l.id);
                ui.end_row();
            }
            ui.label(t("contact-languages"));
            ui.label(if draft.languages.is_empty() {
                t("contact-languages-not-recorded")
            } else {
                draft
                    .languages
                    .iter()
                    .map(|l| shell.i18n.language_name(l))
                    .collect::<Vec<_>>()
                    .join(", ")
            });
            ui.end_row();
            ui.label(t("round-services"));
            ui.label(if draft.services.is_empty() {
                t("round-not-recorded")
            } else {
                draft.services.join(", ")
            });
            ui.end_row();
        });
    ui.add_space(6.0);
    egui::CollapsingHeader::new(t("round-script-heading"))
        .default_open(true)
        .show(ui, |ui| {
            let office = shell.work.print_choices().prepared_by.trim().to_string();
            let volunteer = screen.volunteer.trim().to_string();
            let script = crate::core::i18n::with(screen.script, |s| {
                // The office's name as the printouts give it, else "our office".
                let office = if office.is_empty() {
                    s.tr("round-our-office")
                } else {
                    office
                };
                let key = if volunteer.is_empty() {
                    "round-script-no-name"
                } else {
                    "round-script"
                };
                s.tr_args(
                    key,
                    &[
                        ("name", stored.name.to_string().into()),
                        ("volunteer", volunteer.into()),
                        ("office", office.into()),
                    ],
                )
            });
            ui.label(RichText::new(script).italics());
        });
    ui.horizontal_wrapped(|ui| {
        ui.label(t("round-method"));
        for m in Method::ALL
            .into_iter()
            .filter(|m| *m != Method::NotRecorded)
        {
            ui.radio_value(&mut screen.method, m, method_name(shell, m));
        }
    });
    let l = ui.label(t("round-note"));
    ui.add(egui::TextEdit::singleline(&mut screen.note).desired_width(f32::INFINITY))
        .labelled_by(l.id);
    ui.add_space(6.0);
    ui.label(RichText::new(t("round-findings-help")).weak());
    let typing = ui.ctx().text_edit_focused();
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        for (n, f) in Finding::ALL.into_iter().enumerate() {
            let key = NUMBER_KEYS.get(n).copied();
            let pressed = !typing
                && key.is_some_and(|k| ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, k)));
            if ui
                .button(format!("{} {}", n + 1, finding_name(shell, f)))
                .clicked()
                || pressed
            {
                chosen = Some(f);
            }
        }
    });
    ui.add_space(6.0);
    let mut skip = false;
    ui.horizontal_wrapped(|ui| {
        skip = ui.button(t("round-skip")).clicked();
        if ui.button(t("round-end")).clicked()
            && let Some(r) = screen.round.as_mut()
        {
            r.at = r.ids.len();
        }
    });
    if let Some(found) = chosen {
        let mut check = Check::now(found, screen.method, today(), jiff::Timestamp::now());
        check.volunteer = screen.volunteer.trim().into();
        check.note = screen.note.trim().to_string();
        let corrected = screen.draft.take().filter(|d| d != stored).map(Box::new);
        shell.send(Command::Work(Action::RecordCheck {
            id: stored.id.to_string(),
            check: Box::new(check),
            corrected,
        }));
        if let Some(r) = screen.round.as_mut() {
            r.checked(found);
        }
    } else if skip {
        screen.draft = None;
        if let Some(r) = screen.round.as_mut() {
            r.skip();
        }
    }
}

/// The keys of the findings, in [`Finding::ALL`] order.
const NUMBER_KEYS: [egui::Key; 7] = [
    egui::Key::Num1,
    egui::Key::Num2,
    egui::Key::Num3,
    egui::Key::Num4,
    egui::Key::Num5,
    egui::Key::Num6,
    egui::Key::Num7,
];

fn edit(ui: &mut egui::Ui, value: &mut crate::core::directory::contact::Text) -> egui::Response {
    ui.add(egui::TextEdit::singleline(&mut EditText(value)).desired_width(320.0))
}
