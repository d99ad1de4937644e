//! The Directory tab, read-only for now: the list of contacts and the details of the chosen
//! one, with its verification state. Editing comes with the directory issue.

use crate::core::contact::Contact;
use crate::ui::app::RightsDeskApp;
use crate::ui::reader::verification_text;
use crate::ui::theme;
use egui::RichText;

/// Draws the Directory tab.
pub fn directory_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    egui::Panel::left("directory-list")
        .resizable(true)
        .default_size(360.0)
        .show(ui, |ui| list_ui(app, ui));
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let chosen = app
                    .selected_contact
                    .as_deref()
                    .and_then(|id| app.directory.get(id));
                match chosen {
                    Some(c) => details_ui(app, c, ui),
                    None => {
                        ui.label(RichText::new(app.i18n.tr("directory-choose")).weak());
                    }
                }
            });
    });
}

fn list_ui(app: &mut RightsDeskApp, ui: &mut egui::Ui) {
    ui.add_space(6.0);
    if let Some(e) = &app.directory_error {
        ui.colored_label(
            ui.visuals().error_fg_color,
            app.i18n
                .tr_args("directory-load-error", &[("error", e.clone().into())]),
        );
    }
    ui.label(RichText::new(app.i18n.tr_args(
        "directory-count",
        &[("count", app.directory.len().into())],
    )));
    ui.label(
        RichText::new(app.i18n.tr_args(
            "directory-file",
            &[(
                "path",
                app.paths.directory_file().display().to_string().into(),
            )],
        ))
        .small()
        .weak(),
    );
    ui.separator();
    let dark = ui.visuals().dark_mode;
    let mut chosen = None;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) * 2.4;
    let contacts = app.directory.contacts();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, row_height, contacts.len(), |ui, rows| {
            for c in &contacts[rows] {
                let selected = app.selected_contact.as_deref() == Some(c.id.as_str());
                let (mark, warn) = verification_text(app, c);
                let mut job = egui::text::LayoutJob::default();
                job.append(
                    &c.name,
                    0.0,
                    egui::TextFormat::simple(
                        egui::FontId::proportional(14.0),
                        ui.visuals().text_color(),
                    ),
                );
                job.append(
                    &format!("\n{} · {mark}", c.category),
                    0.0,
                    egui::TextFormat::simple(
                        egui::FontId::proportional(12.0),
                        if warn {
                            theme::warn_color(dark)
                        } else {
                            ui.visuals().weak_text_color()
                        },
                    ),
                );
                let r = ui.add_sized(
                    [ui.available_width(), row_height - 4.0],
                    egui::Button::selectable(selected, job).truncate(),
                );
                if r.clicked() {
                    chosen = Some(c.id.clone());
                }
            }
        });
    if let Some(id) = chosen {
        app.selected_contact = Some(id);
    }
}

fn details_ui(app: &RightsDeskApp, c: &Contact, ui: &mut egui::Ui) {
    let dark = ui.visuals().dark_mode;
    ui.add_space(8.0);
    ui.label(
        RichText::new(&c.name)
            .family(egui::FontFamily::Name(theme::BOLD.into()))
            .size(21.0),
    );
    let (mark, warn) = verification_text(app, c);
    ui.label(RichText::new(mark).color(if warn {
        theme::warn_color(dark)
    } else {
        theme::ok_color(dark)
    }));
    if !c.description.is_empty() {
        ui.label(&c.description);
    }
    ui.add_space(8.0);
    egui::Grid::new("contact-details")
        .num_columns(2)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            let row = |ui: &mut egui::Ui, key: &str, value: &str| {
                if !value.is_empty() {
                    ui.label(RichText::new(app.i18n.tr(key)).strong());
                    ui.add(egui::Label::new(value).wrap());
                    ui.end_row();
                }
            };
            row(ui, "contact-category", c.category.label());
            for p in &c.phones {
                let label = if p.label.is_empty() {
                    p.number.clone()
                } else {
                    format!("{} ({})", p.number, p.label)
                };
                row(ui, "contact-phone", &label);
            }
            row(ui, "contact-email", &c.email);
            if !c.website.is_empty() {
                ui.label(RichText::new(app.i18n.tr("contact-website")).strong());
                if crate::core::contact::website_looks_valid(&c.website) {
                    ui.hyperlink(&c.website);
                } else {
                    ui.label(&c.website);
                }
                ui.end_row();
            }
            row(ui, "contact-address", &c.address.one_line());
            row(ui, "contact-hours", &c.hours);
            row(ui, "contact-counties", &c.counties.join(", "));
            row(ui, "contact-languages", &c.languages.join(", "));
            row(ui, "contact-notes", &c.notes);
            row(ui, "contact-source", &c.source);
        });
}
