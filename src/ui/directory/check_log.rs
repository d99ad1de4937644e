//! The contact editor's verification log: each check, newest first — when, how, what was
//! found, by whom, the note, and the old values of what it corrected.

use crate::core::directory::contact::Contact;
use crate::ui::shell::Shell;
use egui::RichText;

/// The log, folded under a heading that says how many checks it holds.
pub(super) fn log_ui(shell: &Shell<'_>, ui: &mut egui::Ui, c: &Contact) {
    if c.checks.is_empty() {
        return;
    }
    let i18n = shell.i18n;
    let title = i18n.tr_args("checks-heading", &[("count", c.checks.len().into())]);
    egui::CollapsingHeader::new(title)
        .id_salt(("checks", c.id.as_str()))
        .show(ui, |ui| {
            for check in c.checks.iter().rev() {
                let who = match (check.volunteer.is_empty(), check.by.is_empty()) {
                    (false, false) => format!("{} ({})", check.volunteer, check.by),
                    (false, true) => check.volunteer.to_string(),
                    (true, _) => check.by.to_string(),
                };
                let line = i18n.tr_args(
                    "checks-line",
                    &[
                        ("date", i18n.date(check.on).into()),
                        (
                            "found",
                            i18n.tr(&format!("finding-{}", check.found.key())).into(),
                        ),
                        (
                            "method",
                            i18n.tr(&format!("method-{}", check.method.key())).into(),
                        ),
                        ("who", who.into()),
                    ],
                );
                ui.label(RichText::new(line).small());
                if !check.note.is_empty() {
                    ui.label(
                        RichText::new(format!("    “{}”", check.note))
                            .small()
                            .italics(),
                    );
                }
                for old in &check.old_values {
                    let was = i18n.tr_args(
                        "checks-was",
                        &[
                            (
                                "field",
                                i18n.tr(&format!("merge-field-{}", old.field)).into(),
                            ),
                            ("value", old.was.clone().into()),
                        ],
                    );
                    ui.label(RichText::new(format!("    {was}")).small().weak());
                }
            }
        });
}
