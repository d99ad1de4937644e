//! The import preview: what a CSV, vCard or Open Referral file holds, how its unknown columns
//! map, what to do with likely duplicates, and importing it as one undoable change.

use super::DirectoryTab;
use crate::core::interop::csv;
use crate::core::interop::plan::{self, Choice, Likeness};
use crate::ui::command::Command;
use crate::ui::command::DirectoryAction;
use crate::ui::shell::Shell;
use crate::ui::theme;
use egui::RichText;

fn choice_label(shell: &Shell<'_>, c: Choice) -> String {
    shell.i18n.tr(match c {
        Choice::Skip => "import-skip",
        Choice::Update => "import-update",
        Choice::AddAnyway => "import-add-anyway",
    })
}

/// What a CSV column is imported as, in the interface language.
fn target_label(shell: &Shell<'_>, t: csv::Target) -> String {
    use csv::Target as T;
    let key = match t {
        T::Name => "name",
        T::Category => "category",
        T::Description => "description",
        T::Services => "services",
        T::Phone(n) => {
            return shell
                .i18n
                .tr_args("import-target-phone", &[("number", (n + 1).into())]);
        }
        T::PhoneKind(_) => "phone-kind",
        T::PhoneLabel(_) => "phone-label",
        T::Email => "email",
        T::Website => "website",
        T::Street => "street",
        T::City => "city",
        T::State => "state",
        T::Zip => "zip",
        T::Counties => "counties",
        T::Languages => "languages",
        T::Hours => "hours",
        T::Cost => "cost",
        T::Notes => "notes",
        T::Source => "source",
        T::Caveat => "caveat",
        T::Own => "own",
        T::DescriptionEs => "description-es",
        T::HoursEs => "hours-es",
        T::CaveatEs => "caveat-es",
        T::Verified => "verified",
        T::Ignore => "ignore",
    };
    shell.i18n.tr(&format!("import-target-{key}"))
}

/// The import preview: what will be added, likely duplicates with a choice each, unreadable
/// rows, and unrecognised columns to map.
#[allow(clippy::too_many_lines, reason = "one dialog, section by section")]
pub(super) fn import_ui(tab: &mut DirectoryTab, shell: &mut Shell<'_>, ctx: &egui::Context) {
    let Some(state) = &tab.import else {
        return;
    };
    let mut commands = Vec::new();
    let modal = egui::Modal::new(egui::Id::unique("import-preview")).show(ctx, |ui| {
        ui.set_width(640.0);
        crate::ui::widgets::heading(ui, shell.i18n.tr("import-title"), 2);
        ui.label(
            RichText::new(state.path.display().to_string())
                .small()
                .weak(),
        );
        ui.add_space(6.0);
        if let Some(e) = &state.error {
            ui.colored_label(ui.visuals().error_fg_color, e.text(shell.i18n));
        }
        if let Some(p) = &state.plan {
            ui.label(shell.i18n.tr_args(
                "import-summary",
                &[
                    ("new", p.new.len().into()),
                    ("duplicates", p.duplicates.len().into()),
                    ("problems", p.problems.len().into()),
                ],
            ));
            egui::ScrollArea::vertical()
                .max_height(380.0)
                .show(ui, |ui| {
                    crate::ui::widgets::keep_focus_in_view(ui);
                    if !state.unmapped.is_empty() {
                        ui.add_space(6.0);
                        ui.label(RichText::new(shell.i18n.tr("import-columns")).strong());
                        for column in &state.unmapped {
                            let current = state
                                .mapping
                                .columns
                                .iter()
                                .find(|(c, _)| c == column)
                                .map_or(csv::Target::Ignore, |(_, t)| *t);
                            ui.horizontal(|ui| {
                                let l = ui.label(format!("“{column}” →"));
                                let mut chosen = current;
                                egui::ComboBox::from_id_salt(("map", column))
                                    .selected_text(target_label(shell, chosen))
                                    .show_ui(ui, |ui| {
                                        use csv::Target as T;
                                        for t in [
                                            T::Ignore,
                                            T::Name,
                                            T::Category,
                                            T::Description,
                                            T::Services,
                                            T::Phone(0),
                                            T::Phone(1),
                                            T::Email,
                                            T::Website,
                                            T::Street,
                                            T::City,
                                            T::State,
                                            T::Zip,
                                            T::Counties,
                                            T::Languages,
                                            T::Hours,
                                            T::Cost,
                                            T::Notes,
                                            T::Source,
                                            T::Caveat,
                                            T::Own,
                                            T::DescriptionEs,
                                            T::HoursEs,
                                            T::CaveatEs,
                                            T::Verified,
                                        ] {
                                            let text = target_label(shell, t);
                                            crate::ui::choice::choice(ui, &mut chosen, t, text);
                                        }
                                    })
                                    .response
                                    .labelled_by(l.id);
                                if chosen != current {
                                    commands.push(Command::Directory(
                                        DirectoryAction::MapImportColumn(column.clone(), chosen),
                                    ));
                                }
                            });
                        }
                    }
                    if !p.new.is_empty() {
                        ui.add_space(6.0);
                        ui.label(RichText::new(shell.i18n.tr("import-new")).strong());
                        for c in &p.new {
                            let phone = c.main_phone().map_or("", |p| p.number.as_str());
                            ui.label(format!("+ {}  {phone}", c.name));
                        }
                    }
                    if !p.duplicates.is_empty() {
                        ui.add_space(6.0);
                        ui.label(RichText::new(shell.i18n.tr("import-duplicates")).strong());
                        for (i, d) in p.duplicates.iter().enumerate() {
                            let existing = shell
                                .directory()
                                .get(&d.existing_id)
                                .map_or(d.existing_id.clone(), |c| c.name.to_string());
                            let why = match &d.likeness {
                                Likeness::SameName => shell.i18n.tr("import-same-name"),
                                Likeness::SamePhone(n) => shell
                                    .i18n
                                    .tr_args("import-same-phone", &[("phone", n.clone().into())]),
                                Likeness::SameWebsite(w) => shell
                                    .i18n
                                    .tr_args("import-same-website", &[("web", w.clone().into())]),
                            };
                            ui.horizontal_wrapped(|ui| {
                                let l =
                                    ui.label(format!("{} ≈ {existing} ({why})", d.incoming.name));
                                let mut chosen = d.choice;
                                egui::ComboBox::from_id_salt(("dup", i))
                                    .selected_text(choice_label(shell, chosen))
                                    .show_ui(ui, |ui| {
                                        for c in [Choice::Skip, Choice::Update, Choice::AddAnyway] {
                                            crate::ui::choice::choice(
                                                ui,
                                                &mut chosen,
                                                c,
                                                choice_label(shell, c),
                                            );
                                        }
                                    })
                                    .response
                                    .labelled_by(l.id);
                                if chosen != d.choice {
                                    commands.push(Command::Directory(
                                        DirectoryAction::SetImportChoice(i, chosen),
                                    ));
                                }
                            });
                        }
                    }
                    for (key, fields) in [
                        ("import-report-kept", &p.report.kept_as_notes),
                        ("import-report-lost", &p.report.not_imported),
                    ] {
                        if !fields.is_empty() {
                            ui.add_space(6.0);
                            ui.label(shell.i18n.tr_args(
                                key,
                                &[
                                    ("count", fields.len().into()),
                                    ("fields", fields.join(", ").into()),
                                ],
                            ));
                        }
                    }
                    if !p.problems.is_empty() {
                        ui.add_space(6.0);
                        ui.label(RichText::new(shell.i18n.tr("import-problems")).strong());
                        for problem in &p.problems {
                            ui.label(
                                RichText::new(problem.text(shell.i18n))
                                    .color(theme::warn_color(ui.visuals().dark_mode)),
                            );
                        }
                    }
                });
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let counts = state.plan.as_ref().map(plan::ImportPlan::counts);
            let label = match counts {
                Some((added, updated)) => shell.i18n.tr_args(
                    "import-apply",
                    &[("added", added.into()), ("updated", updated.into())],
                ),
                None => shell.i18n.tr("import-nothing"),
            };
            if ui
                .add_enabled(
                    counts.is_some_and(|(a, u)| a + u > 0),
                    egui::Button::new(label),
                )
                .clicked()
            {
                commands.push(Command::Directory(DirectoryAction::ApplyImport));
            }
            if ui.button(shell.i18n.tr("cancel")).clicked() {
                commands.push(Command::Directory(DirectoryAction::CancelImport));
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::Directory(DirectoryAction::CancelImport));
    }
    for c in commands {
        shell.send(c);
    }
}
