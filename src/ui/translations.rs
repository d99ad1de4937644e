//! Language → Translations…: how far a language (Spanish, or a pack's) is translated and
//! reviewed, saving it for a translator (PO, XLIFF or CSV), and taking their file back — what
//! it changes and what is refused, then applied with the reviewer's name.

use crate::core::i18n::Lang;
use crate::core::translation::Coverage;
use crate::core::translation::exchange::ExchangeFormat;
use crate::core::translation::import::{Rejection, TranslationImport};
use crate::ui::command::{Command, TranslationsAction};
use crate::ui::file_ask::{FileAsk, FileTypes, Then};
use crate::ui::shell::Shell;
use egui::RichText;
use std::path::PathBuf;

/// The Translations window's state.
#[derive(Debug, Default)]
pub struct TranslationsScreen {
    /// The language worked on (never English, the original).
    pub lang: Lang,
    /// The reviewer's name, as typed.
    pub reviewer: String,
    /// A translator's file read and what it would change.
    pub plan: Option<(PathBuf, TranslationImport)>,
    /// Why the last file could not be read.
    pub error: Option<String>,
    /// How far the language is, counted when the window opened or a file was applied.
    pub coverage: Option<Coverage>,
    /// Who reviewed the last file applied to the language, and when (while it can be taken
    /// back).
    pub last_import: Option<(String, jiff::civil::Date)>,
}

/// The language translations are made into from an interface in `lang`: that language when it
/// is not English, else Spanish.
#[must_use]
pub fn target_of(lang: Lang) -> Lang {
    if lang == Lang::En { Lang::Es } else { lang }
}

fn rejection(shell: &Shell<'_>, why: &Rejection) -> String {
    let list = |v: &[String]| {
        v.iter()
            .map(|n| format!("{{ ${n} }}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match why {
        Rejection::EnglishMovedOn => shell.i18n.tr("translations-refused-english"),
        Rejection::NotFluent(e) => shell.i18n.tr_args(
            "translations-refused-syntax",
            &[("details", e.clone().into())],
        ),
        Rejection::LostVariables(v) => shell
            .i18n
            .tr_args("translations-refused-lost", &[("names", list(v).into())]),
        Rejection::UnknownVariables(v) => shell
            .i18n
            .tr_args("translations-refused-unknown", &[("names", list(v).into())]),
        Rejection::LostSelectors(v) => shell
            .i18n
            .tr_args("translations-refused-plural", &[("names", list(v).into())]),
    }
}

/// Draws the window when it is open.
#[allow(clippy::too_many_lines, reason = "one window, top to bottom")]
pub fn window_ui(
    screen: &mut Option<TranslationsScreen>,
    shell: &mut Shell<'_>,
    ctx: &egui::Context,
) {
    let Some(s) = screen.as_mut() else {
        return;
    };
    let t = |k: &str| shell.i18n.tr(k);
    let lang = s.lang;
    let mut open = true;
    egui::Window::new(t("translations-title"))
        .id(egui::Id::unique("translations-window"))
        .open(&mut open)
        .collapsible(false)
        .default_width(560.0)
        .show(ctx, |ui| {
            ui.set_max_width(560.0);
            let name = shell.i18n.language_label(lang);
            ui.horizontal_wrapped(|ui| {
                let label = ui.label(t("translations-language"));
                let mut chosen = lang;
                egui::ComboBox::from_id_salt("translations-language")
                    .selected_text(name.clone())
                    .show_ui(ui, |ui| {
                        for l in Lang::all().into_iter().filter(|l| *l != Lang::En) {
                            crate::ui::choice::choice(
                                ui,
                                &mut chosen,
                                l,
                                shell.i18n.language_label(l),
                            );
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if chosen != lang {
                    shell.send(Command::Translations(TranslationsAction::Target(chosen)));
                }
            });
            if let Some(c) = s.coverage {
                ui.label(shell.i18n.tr_args(
                    "translations-coverage",
                    &[
                        ("language", name.clone().into()),
                        ("interface", c.interface_translated.into()),
                        ("interfaceall", c.interface.into()),
                        ("guide", c.guide_translated.into()),
                        ("guideall", c.guide.into()),
                        ("contacts", c.contacts_translated.into()),
                        ("contactsall", c.contacts.into()),
                        ("office", c.office_translated.into()),
                        ("officeall", c.office.into()),
                        ("reviewed", c.reviewed_percent().into()),
                        ("outdated", c.outdated.into()),
                    ],
                ));
            }
            ui.label(RichText::new(t("translations-help")).weak());
            ui.add_space(6.0);
            ui.horizontal_wrapped(|ui| {
                for (key, format, ext) in [
                    ("translations-save-po", ExchangeFormat::Po, "po"),
                    ("translations-save-xliff", ExchangeFormat::Xliff, "xlf"),
                    ("translations-save-csv", ExchangeFormat::Csv, "csv"),
                ] {
                    if ui.button(t(key)).clicked() {
                        let ask = FileAsk::save(
                            format!("rights-desk-{}.{ext}", lang.code()),
                            t("translations-title"),
                            Then::ExportTranslations(format),
                        );
                        shell.send(Command::ChooseFile(Box::new(ask)));
                    }
                }
            });
            if ui.button(t("translations-save-pdf")).clicked() {
                let ask = FileAsk::save(
                    format!("rights-desk-{}-review.pdf", lang.code()),
                    t("translations-title"),
                    Then::ExportReviewSheet,
                );
                shell.send(Command::ChooseFile(Box::new(ask)));
            }
            ui.add_space(6.0);
            if ui.button(t("translations-read")).clicked() {
                let ask = FileAsk::open(
                    FileTypes::Translation,
                    t("translations-read"),
                    Then::ReadTranslations,
                );
                shell.send(Command::ChooseFile(Box::new(ask)));
            }
            if let Some((who, on)) = &s.last_import
                && ui
                    .button(shell.i18n.tr_args(
                        "translations-take-back",
                        &[
                            ("who", who.clone().into()),
                            ("date", shell.i18n.date(*on).into()),
                        ],
                    ))
                    .clicked()
            {
                shell.send(Command::Translations(TranslationsAction::TakeBack));
            }
            if let Some(e) = &s.error {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
            if let Some((path, plan)) = &s.plan {
                ui.separator();
                ui.label(RichText::new(path.display().to_string()).strong());
                ui.label(shell.i18n.tr_args(
                    "translations-plan",
                    &[
                        ("new", plan.new.len().into()),
                        ("changed", plan.changed.len().into()),
                        ("confirmed", plan.confirmed.len().into()),
                        ("refused", (plan.rejected.len() + plan.unknown.len()).into()),
                    ],
                ));
                egui::ScrollArea::vertical()
                    .max_height(220.0)
                    .auto_shrink([false, true])
                    .show(ui, |ui| {
                        for c in plan.new.iter().chain(&plan.changed) {
                            ui.label(format!("{}: “{}” → “{}”", c.id, c.before, c.after));
                        }
                        for (id, why) in &plan.rejected {
                            ui.colored_label(
                                ui.visuals().warn_fg_color,
                                format!("{id}: {}", rejection(shell, why)),
                            );
                        }
                        for id in &plan.unknown {
                            ui.colored_label(
                                ui.visuals().warn_fg_color,
                                format!("{id}: {}", t("translations-refused-unknown-id")),
                            );
                        }
                    });
                ui.horizontal_wrapped(|ui| {
                    let label = ui.label(t("translations-reviewer"));
                    ui.add(
                        egui::TextEdit::singleline(&mut s.reviewer)
                            .hint_text(t("translations-reviewer-hint"))
                            .desired_width(220.0),
                    )
                    .labelled_by(label.id);
                    let ready = !s.reviewer.trim().is_empty()
                        && plan.new.len() + plan.changed.len() + plan.confirmed.len() > 0;
                    if ui
                        .add_enabled(ready, egui::Button::new(t("translations-apply")))
                        .clicked()
                    {
                        shell.send(Command::Translations(TranslationsAction::Apply));
                    }
                });
            }
        });
    if !open {
        shell.send(Command::Translations(TranslationsAction::Show(false)));
    }
}
