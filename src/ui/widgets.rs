//! Small pieces several screens share: headings that screen readers know as headings.

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
