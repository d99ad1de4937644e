//! File → Print… (Ctrl+P) on the Handout tab: the system's printers (the default first, with
//! their state), copies, two-sided, paper, pages and grayscale, always at 100 % scale; the
//! preview behind it shows what will print. Printing runs on a worker; the dialog says where
//! the job stands and, when it fails, offers to save the PDF instead.

use crate::core::printers::{PrintError, PrintOptions, Printer, PrinterState, Sides, pages};
use crate::core::printing::{Paper, PrintChoices};
use crate::core::workspace::Action;
use crate::core::workspace::print_news::PrintNews;
use crate::core::workspace::print_run::PrinterList;
use crate::ui::command::Command;
use crate::ui::file_ask::{FileAsk, Then};
use crate::ui::shell::Shell;
use egui::RichText;

/// The Print dialog's choices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintDialog {
    /// The printer chosen (by name); the default until one is chosen.
    pub printer: Option<String>,
    /// Copies.
    pub copies: u16,
    /// Both sides.
    pub two_sided: bool,
    /// The paper; the printer's when it says, else the printout's.
    pub paper: Option<Paper>,
    /// Pages ("" for all).
    pub pages: String,
    /// In shades of grey.
    pub grayscale: bool,
    /// A job was sent from this dialog (its news is shown).
    pub sent: bool,
    /// One guide entry printed alone (the reader's Print…); `None`: the Handout tab's printout.
    pub entry: Option<String>,
}

impl Default for PrintDialog {
    fn default() -> Self {
        PrintDialog {
            printer: None,
            copies: 1,
            two_sided: false,
            paper: None,
            pages: String::new(),
            grayscale: false,
            sent: false,
            entry: None,
        }
    }
}

fn state_name(shell: &Shell<'_>, p: &Printer) -> String {
    shell.i18n.tr(match p.state {
        PrinterState::Ready => "printer-ready",
        PrinterState::Printing => "printer-printing",
        PrinterState::Paused => "printer-paused",
        PrinterState::Rejecting => "printer-rejecting",
    })
}

/// What the dialog asks for: close it, or save the PDF instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogAnswer {
    /// Stay open.
    Open,
    /// Close.
    Close,
    /// Close and save the printout as a PDF.
    SaveInstead,
}

/// Draws the dialog. `hp` are the print choices (the paper may change with it). Returns what
/// the dialog asks for, and the command that prints (to send after the choices).
#[allow(clippy::too_many_lines, reason = "one dialog, top to bottom")]
pub fn dialog_ui(
    dialog: &mut PrintDialog,
    shell: &Shell<'_>,
    ctx: &egui::Context,
    hp: &mut PrintChoices,
) -> (DialogAnswer, Option<Command>) {
    let t = |k: &str| shell.i18n.tr(k);
    let mut answer = DialogAnswer::Open;
    let mut send = None;
    let modal = egui::Modal::new(egui::Id::unique("print-dialog")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        crate::ui::widgets::heading(ui, t("print-dialog-title"), 2);
        // What prints: one entry (from the reader), or the Handout tab's printout.
        let what = match &dialog.entry {
            Some(id) => shell.guide().and_then(|g| g.entry(id)).map(|e| {
                shell
                    .i18n
                    .tr_args("print-one-entry", &[("entry", e.title().into())])
            }),
            None => None,
        };
        if let Some(what) = what {
            ui.label(RichText::new(what).strong());
        }
        let printers: Option<&Vec<Printer>> = match shell.work.printer_list() {
            PrinterList::Known(Ok(list)) => Some(list),
            _ => None,
        };
        match shell.work.printer_list() {
            PrinterList::NotAsked | PrinterList::Asking(_) => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t("print-looking"));
                });
            }
            PrinterList::Known(Err(e)) => {
                ui.label(
                    RichText::new(crate::core::workspace::notice::print_error(shell.i18n, e))
                        .color(ui.visuals().error_fg_color),
                );
            }
            PrinterList::Known(Ok(list)) if list.is_empty() => {
                ui.label(
                    RichText::new(crate::core::workspace::notice::print_error(
                        shell.i18n,
                        &PrintError::NoPrinters,
                    ))
                    .color(ui.visuals().error_fg_color),
                );
            }
            PrinterList::Known(Ok(_)) => {}
        }
        if let Some(list) = printers.filter(|l| !l.is_empty()) {
            if dialog.printer.is_none() {
                dialog.printer = list.first().map(|p| p.name.clone());
            }
            let chosen = list
                .iter()
                .find(|p| Some(&p.name) == dialog.printer.as_ref());
            if dialog.paper.is_none() {
                dialog.paper = Some(chosen.and_then(|p| p.paper).unwrap_or(hp.paper));
            }
            egui::Grid::new("print-dialog-grid")
                .num_columns(2)
                .spacing([12.0, 8.0])
                .show(ui, |ui| {
                    let l = ui.label(t("print-printer"));
                    let label = |p: &Printer| {
                        let mut s = format!("{} — {}", p.name, state_name(shell, p));
                        if p.is_default {
                            s = format!("{s} ({})", t("printer-default"));
                        }
                        s
                    };
                    egui::ComboBox::from_id_salt("print-printer")
                        .selected_text(chosen.map(label).unwrap_or_default())
                        .width(320.0)
                        .show_ui(ui, |ui| {
                            for p in list {
                                crate::ui::choice::choice(
                                    ui,
                                    &mut dialog.printer,
                                    Some(p.name.clone()),
                                    label(p),
                                );
                            }
                        })
                        .response
                        .labelled_by(l.id);
                    ui.end_row();
                    let l = ui.label(t("print-copies"));
                    ui.add(egui::DragValue::new(&mut dialog.copies).range(1..=999))
                        .labelled_by(l.id);
                    ui.end_row();
                    ui.label("");
                    let sides = if hp.layout.is_card() {
                        t("print-two-sided-cards")
                    } else {
                        t("print-two-sided")
                    };
                    ui.checkbox(&mut dialog.two_sided, sides);
                    ui.end_row();
                    ui.label(t("print-paper"));
                    ui.horizontal(|ui| {
                        for (p, key) in [(Paper::Letter, "paper-letter"), (Paper::A4, "paper-a4")] {
                            ui.radio_value(&mut dialog.paper, Some(p), t(key));
                        }
                    });
                    ui.end_row();
                    let l = ui.label(t("print-pages"));
                    ui.add(
                        egui::TextEdit::singleline(&mut dialog.pages)
                            .hint_text(t("print-pages-hint"))
                            .desired_width(140.0),
                    )
                    .labelled_by(l.id);
                    ui.end_row();
                    ui.label("");
                    ui.checkbox(&mut dialog.grayscale, t("print-grayscale"));
                    ui.end_row();
                });
            if let Some(p) = chosen.filter(|p| !p.reasons.is_empty()) {
                ui.label(RichText::new(p.reasons.join(", ")).weak().small());
            }
        }
        ui.label(RichText::new(t("print-actual-size")).weak());
        let bad_pages = pages::parse(&dialog.pages).err();
        if let Some(e) = &bad_pages {
            ui.label(
                RichText::new(crate::core::workspace::notice::print_error(shell.i18n, e))
                    .color(ui.visuals().error_fg_color),
            );
        }
        // Where the job sent from here stands.
        let news = shell.work.print_news().filter(|_| dialog.sent);
        if dialog.sent {
            match news {
                None => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(t("print-sending"));
                    });
                }
                Some(n) => {
                    let text = crate::core::workspace::Notice::Printing(n.clone()).text(shell.i18n);
                    let color = if matches!(n, PrintNews::Failed(_) | PrintNews::Paused { .. }) {
                        ui.visuals().error_fg_color
                    } else {
                        ui.visuals().text_color()
                    };
                    ui.label(RichText::new(text).color(color));
                }
            }
        }
        let failed = matches!(shell.work.printer_list(), PrinterList::Known(Err(_)))
            || matches!(news, Some(PrintNews::Failed(_) | PrintNews::Paused { .. }));
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let can_print = printers.is_some_and(|l| !l.is_empty())
                && bad_pages.is_none()
                && !(dialog.sent && news.is_none());
            if ui
                .add_enabled(
                    can_print,
                    egui::Button::new(RichText::new(t("print-print")).strong()),
                )
                .clicked()
                && let Some(printer) = dialog.printer.clone()
            {
                // Every layout's backs are laid out for a flip on the long edge.
                let sides = if dialog.two_sided {
                    Sides::LongEdge
                } else {
                    Sides::One
                };
                let paper = dialog.paper.unwrap_or(hp.paper);
                send = Some((
                    printer,
                    PrintOptions {
                        copies: dialog.copies.max(1),
                        sides,
                        paper,
                        pages: pages::parse(&dialog.pages).unwrap_or_default(),
                        grayscale: dialog.grayscale,
                    },
                ));
            }
            let save = egui::Button::new(t("print-save-instead"));
            let save = if failed {
                save.fill(ui.visuals().selection.bg_fill)
            } else {
                save
            };
            if ui.add(save).clicked() {
                answer = DialogAnswer::SaveInstead;
            }
            if ui.button(t("print-close")).clicked() {
                answer = DialogAnswer::Close;
            }
        });
    });
    if modal.should_close() && answer == DialogAnswer::Open {
        answer = DialogAnswer::Close;
    }
    let print = send.map(|(printer, options)| {
        // The printout is laid out for the paper it goes on.
        hp.paper = options.paper;
        dialog.sent = true;
        Command::Work(Action::Print {
            guide: shell.guide_index,
            entry: dialog.entry.clone(),
            printer,
            options,
        })
    });
    (answer, print)
}

/// Draws the Print dialog when it is open (from any tab: the reader prints its open entry),
/// and sends what it asks for: the print choices first (the paper may change), then the job or
/// the PDF to save instead.
pub fn window_ui(tab: &mut super::HandoutTab, shell: &mut Shell<'_>, ctx: &egui::Context) {
    let Some(dialog) = tab.print_dialog.as_mut() else {
        return;
    };
    let mut hp = shell.work.print_choices().clone();
    let (answer, mut command) = dialog_ui(dialog, shell, ctx, &mut hp);
    match answer {
        DialogAnswer::Open => {}
        DialogAnswer::Close => tab.print_dialog = None,
        DialogAnswer::SaveInstead => {
            let entry = dialog.entry.clone();
            tab.print_dialog = None;
            hp.format = crate::core::printing::OutputFormat::Pdf;
            let name = format!(
                "{}.pdf",
                entry
                    .as_deref()
                    .unwrap_or_else(|| super::file_stem(hp.layout))
            );
            let then = match entry {
                Some(id) => Then::ExportEntry(id),
                None => Then::ExportPrintout,
            };
            let ask = FileAsk::save(name, shell.i18n.tr("print-export"), then)
                .starting_in(hp.last_folder.as_deref());
            command = Some(Command::ChooseFile(Box::new(ask)));
        }
    }
    if hp != *shell.work.print_choices() {
        shell.send(Command::SetHandout(Box::new(hp)));
    }
    if let Some(c) = command {
        shell.send(c);
    }
}
