//! Choices in a drop-down that open at the current one: egui opens a drop-down's list at its
//! top, so with a county near the end of the 34 chosen, the choice is out of sight and a click
//! meant for it picks another. Here the current choice is scrolled into view when the list
//! opens (and left alone while the user scrolls).

use egui::{Response, Ui, WidgetText};

/// Passes during which a list that just opened is brought to its choice (the first pass of a
/// new pop-up only measures it).
const SETTLE_PASSES: u64 = 2;

/// Whether the drop-down list drawn in `ui` opened within the last few passes.
fn just_opened(ui: &Ui) -> bool {
    let ctx = ui.ctx();
    let now = ctx.cumulative_pass_nr();
    let key = ui.scope_id().with("choice-opened");
    ctx.data_mut(|d| {
        let (opened, last) = d.get_temp::<(u64, u64)>(key).unwrap_or((now, now));
        // Not drawn in the previous pass: this is a new opening.
        let opened = if now > last + 1 { now } else { opened };
        d.insert_temp(key, (opened, now));
        now - opened < SETTLE_PASSES
    })
}

/// Scrolls `response` (the current choice) into view when its list has just opened.
pub fn bring_into_view(ui: &Ui, response: &Response) {
    if just_opened(ui) {
        response.scroll_to_me(Some(egui::Align::Center));
    }
}

/// A choice in a drop-down, as `ui.selectable_value`, brought into view when the list opens
/// with it chosen.
pub fn choice<V: PartialEq>(
    ui: &mut Ui,
    current: &mut V,
    value: V,
    text: impl Into<WidgetText>,
) -> Response {
    let chosen = *current == value;
    let response = ui.selectable_value(current, value, text);
    if chosen {
        bring_into_view(ui, &response);
    }
    response
}
