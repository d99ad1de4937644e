//! Small pieces several screens share: headings that screen readers know as headings, the
//! county picker, category names and the one wording of a contact's verification for lists.

use crate::core::directory::contact::{
    Category, Contact, NM_COUNTIES, STATEWIDE, Verification, today,
};
use crate::core::i18n::I18n;
use crate::ui::theme;
use egui::{Response, RichText, Ui};

/// Marks a label as a heading of `level` (1 = the page's title) for screen readers.
pub fn mark_heading(response: &Response, level: usize) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_role(egui::accesskit::Role::Heading);
        node.set_level(level);
        // A label keeps its text as its value; a heading is named by it.
        if node.label().is_none()
            && let Some(text) = node.value().map(str::to_owned)
        {
            node.set_label(text);
        }
    });
}

/// A heading in the theme's heading style, known to screen readers as a heading of `level`.
pub fn heading(ui: &mut Ui, text: impl Into<RichText>, level: usize) -> Response {
    let r = ui.heading(text);
    mark_heading(&r, level);
    r
}

/// Gives a widget its own accessible name (a drop-down named by the label before it, not by
/// the value it shows).
pub fn name(response: &Response, name: impl Into<String>) {
    let name = name.into();
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.clear_labelled_by();
        node.set_label(name);
    });
}

/// Call first inside a scroll area's contents: when the keyboard focus moved (Tab, arrows) to a
/// widget of this scroll area that is out of sight, scrolls it into view. (egui scrolls only
/// when the widget itself asks; this asks for every widget.)
pub fn keep_focus_in_view(ui: &mut Ui) {
    let key = ui.scope_id().with("keep-focus-in-view");
    let focused = ui.ctx().memory(egui::Memory::focused);
    let last = ui.data(|d| d.get_temp::<Option<egui::Id>>(key)).flatten();
    if focused == last {
        return;
    }
    ui.data_mut(|d| d.insert_temp(key, focused));
    let Some(r) = focused.and_then(|id| ui.ctx().read_response(id)) else {
        return;
    };
    // A widget of this scroll area: same layer, within its width, out of sight.
    let clip = ui.clip_rect();
    if r.layer_id == ui.layer_id()
        && clip.x_range().contains(r.rect.center().x)
        && !clip.contains_rect(r.rect)
    {
        ui.scroll_to_rect(r.rect, None);
    }
}

/// A drop-down of New Mexico's counties (and "Statewide"), with "Any" for none.
pub fn county_picker(
    i18n: &I18n,
    ui: &mut egui::Ui,
    id: &str,
    county: &mut Option<String>,
) -> egui::Response {
    let any = i18n.tr("filter-any");
    let name = |c: &str| {
        if c == STATEWIDE {
            i18n.tr("county-statewide")
        } else {
            c.to_string()
        }
    };
    egui::ComboBox::from_id_salt(id)
        .selected_text(county.as_deref().map_or(any.clone(), name))
        .height(400.0)
        .show_ui(ui, |ui| {
            crate::ui::choice::choice(ui, county, None, &any);
            for c in std::iter::once(STATEWIDE).chain(NM_COUNTIES) {
                crate::ui::choice::choice(ui, county, Some(c.to_string()), name(c));
            }
        })
        .response
}

/// The category's name in the interface language.
pub fn category_name(i18n: &I18n, c: Category) -> String {
    i18n.tr(&format!("category-{}", c.key()))
}

/// Verification text and colour of a contact for the list.
pub fn verification_cell(
    i18n: &I18n,
    rules: &crate::core::directory::status::DueRules,
    c: &Contact,
    dark: bool,
) -> (String, egui::Color32) {
    let (text, warn) = verification_label(i18n, rules, c);
    let color = if warn {
        theme::warn_color(dark)
    } else {
        theme::ok_color(dark)
    };
    (text, color)
}

/// The one wording of a contact's verification in the window ("✓ verified Nov 2, 2026",
/// "⚠ not verified since …", "⚠ never verified", "⚠ flagged: …", "⛔ Closed: kept, never
/// printed"), and whether it is a warning. The list, the
/// editor and the reader's "Who can help" all use it.
#[must_use]
pub fn verification_label(
    i18n: &I18n,
    rules: &crate::core::directory::status::DueRules,
    c: &Contact,
) -> (String, bool) {
    use crate::core::directory::status::{Flag, Status};
    // A flag or an end of listing says more than the date.
    match c.status(today(), rules) {
        Status::Flagged(Flag::WrongNumber) => return (i18n.tr("status-flag-wrong-number"), true),
        Status::Flagged(Flag::Moved) => return (i18n.tr("status-flag-moved"), true),
        Status::Flagged(Flag::NoAnswer) => return (i18n.tr("status-flag-no-answer"), true),
        Status::Inactive(f) => {
            let finding = i18n.tr(&format!("finding-{}", f.key()));
            return (
                i18n.tr_args("status-inactive", &[("finding", finding.into())]),
                true,
            );
        }
        _ => {}
    }
    match c.verification(today(), rules) {
        Verification::Never => (i18n.tr("verification-never"), true),
        Verification::Fresh(d) => (
            i18n.tr_args("verification-fresh", &[("date", i18n.date(d).into())]),
            false,
        ),
        Verification::Stale(d) => (
            i18n.tr_args("verification-stale", &[("date", i18n.date(d).into())]),
            true,
        ),
    }
}
