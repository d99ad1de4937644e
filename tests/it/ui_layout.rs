//! Layouts that adapt: at a small window (700×500) and at 150 % zoom on 1280×800, every tab's
//! commands are inside the window and the top bar's items do not overlap; at 200 % nothing is
//! cut at the window's right edge and the Handout options do not overlap.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use rights_desk::core::workspace::paths::DataPaths;
use rights_desk::ui::RightsDeskApp;
use rights_desk::ui::command::Command;
use rights_desk::ui::command::DirectoryAction;

/// A window of `size` pixels at `zoom` (the app's zoom is the points-to-pixels factor).
fn harness(dir: &std::path::Path, size: egui::Vec2, zoom: f32) -> Harness<'static, RightsDeskApp> {
    let app = RightsDeskApp::from_storage(DataPaths::at(dir), None);
    let mut h = Harness::builder()
        .with_size(size / zoom)
        .with_pixels_per_point(zoom)
        .build_ui_state(|ui, app: &mut RightsDeskApp| app.main_ui(ui), app);
    h.run_steps(4);
    h
}

/// The bounds of the node with this role and label, in window coordinates.
#[allow(
    clippy::cast_possible_truncation,
    reason = "window coordinates fit an f32 with room to spare"
)]
fn bounds(h: &Harness<'static, RightsDeskApp>, role: Role, label: &str) -> egui::Rect {
    // The first one (the top bar comes before a tab's own "Handout" layout button).
    let node = h
        .query_all_by_role_and_label(role, label)
        .next()
        .unwrap_or_else(|| panic!("no {role:?} “{label}”"));
    let r = node
        .accesskit_node()
        .bounding_box()
        .unwrap_or_else(|| panic!("{label} has no bounds"));
    egui::Rect::from_min_max(
        egui::pos2(r.x0 as f32, r.y0 as f32),
        egui::pos2(r.x1 as f32, r.y1 as f32),
    )
}

fn assert_inside(h: &Harness<'static, RightsDeskApp>, size: egui::Vec2, items: &[(Role, &str)]) {
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, size).expand(0.5);
    for (role, label) in items {
        let b = bounds(h, *role, label);
        assert!(
            window.contains_rect(b),
            "{label} at {b:?} is not inside the {size:?} window"
        );
    }
}

fn assert_apart(h: &Harness<'static, RightsDeskApp>, items: &[(Role, &str)]) {
    let rects: Vec<(&str, egui::Rect)> = items
        .iter()
        .map(|(role, label)| (*label, bounds(h, *role, label)))
        .collect();
    for (i, (a, ra)) in rects.iter().enumerate() {
        for (b, rb) in &rects[i + 1..] {
            assert!(
                ra.intersect(*rb).area() < 1.0,
                "{a} {ra:?} overlaps {b} {rb:?}"
            );
        }
    }
}

const TOP_BAR: [(Role, &str); 6] = [
    (Role::Button, "Guide"),
    (Role::Button, "Directory"),
    (Role::Button, "Handout"),
    (Role::Button, "Language"),
    (Role::Button, "View"),
    (Role::Button, "Help"),
];

fn every_tab_fits(size: egui::Vec2, zoom: f32) {
    let dir = tempfile::tempdir().expect("tmp");
    let mut h = harness(dir.path(), size, zoom);
    // Screen readers get bounds in the window's pixels.
    let logical = size;
    assert_inside(&h, logical, &TOP_BAR);
    assert_apart(&h, &TOP_BAR);
    assert_inside(&h, logical, &[(Role::TextInput, "Search the guide")]);

    h.state_mut()
        .apply(Command::SetTab(rights_desk::ui::command::Tab::Directory));
    h.run_steps(3);
    // The list shows the columns that fit: every header is inside the window.
    let headers: Vec<String> = h
        .query_all_by_role(Role::ColumnHeader)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(headers.len() >= 3, "{headers:?}");

    let header_items: Vec<(Role, &str)> = headers
        .iter()
        .map(|l| (Role::ColumnHeader, l.as_str()))
        .collect();
    assert_inside(&h, logical, &header_items);
    assert_inside(
        &h,
        logical,
        &[
            (Role::Button, "File"),
            (Role::Button, "Undo"),
            (Role::TextInput, "Filter"),
            (Role::ComboBox, "Category"),
            (Role::ComboBox, "County"),
            (Role::ComboBox, "Language"),
        ],
    );
    // With a contact open, the editor's name and Close are reachable too.
    let id = h
        .state()
        .directory()
        .contacts()
        .iter()
        .find(|c| c.name == "New Mexico Legal Aid")
        .map(|c| c.id.to_string());
    h.state_mut()
        .apply(Command::Directory(DirectoryAction::SelectContact(id)));
    h.run_steps(3);
    assert_inside(
        &h,
        logical,
        &[(Role::Button, "Close"), (Role::TextInput, "Name")],
    );

    h.state_mut()
        .apply(Command::Directory(DirectoryAction::SelectContact(None)));
    h.state_mut()
        .apply(Command::SetTab(rights_desk::ui::command::Tab::Handout));
    h.run_steps(3);
    assert_inside(&h, logical, &[(Role::Button, "Export…")]);
    assert_apart(&h, &TOP_BAR);
}

#[test]
fn a_wide_window_keeps_the_top_bar_on_one_line() {
    let dir = tempfile::tempdir().expect("tmp");
    let h = harness(dir.path(), egui::vec2(1280.0, 800.0), 1.0);
    let guide = bounds(&h, Role::Button, "Guide");
    let help = bounds(&h, Role::Button, "Help");
    assert!(
        (guide.center().y - help.center().y).abs() < 4.0,
        "Guide {guide:?} and Help {help:?} on one line"
    );
    assert!(help.right() > 1200.0, "Help sits at the right: {help:?}");
}

#[test]
fn a_small_window_keeps_every_command_reachable() {
    every_tab_fits(egui::vec2(700.0, 500.0), 1.0);
}

#[test]
fn a_big_zoom_keeps_every_command_reachable() {
    every_tab_fits(egui::vec2(1280.0, 800.0), 1.5);
}

#[test]
fn the_smallest_window_and_zoom_still_work() {
    every_tab_fits(egui::vec2(640.0, 480.0), 1.0);
    every_tab_fits(egui::vec2(1280.0, 800.0), 2.0);
}

#[test]
fn a_small_window_leaves_the_entry_most_of_the_width() {
    for (size, zoom) in [
        (egui::vec2(640.0, 480.0), 1.0),
        (egui::vec2(1280.0, 800.0), 2.0),
    ] {
        let dir = tempfile::tempdir().expect("tmp");
        let h = harness(dir.path(), size, zoom);
        let search = bounds(&h, Role::TextInput, "Search the guide");
        assert!(
            search.right() <= size.x * 0.45,
            "the contents panel keeps at most about 40 % at {size:?}×{zoom}: {search:?}"
        );
    }
}

#[test]
fn who_can_help_wraps_instead_of_cutting_never_verified() {
    let size = egui::vec2(1100.0, 720.0);
    let dir = tempfile::tempdir().expect("tmp");
    let mut h = harness(dir.path(), size, 1.0);
    h.state_mut().apply(Command::OpenEntry("q7".into()));
    h.run_steps(4);
    let marks: Vec<egui::Rect> = h
        .query_all_by_label_contains("never verified")
        .map(|n| n.rect())
        .collect();
    assert!(!marks.is_empty(), "q7's Who can help lists contacts");
    for r in marks {
        assert!(r.right() <= size.x, "“never verified” is cut at {r:?}");
    }
    let next = bounds(&h, Role::Button, "Next →");
    assert!(next.right() <= size.x, "Next is in the window: {next:?}");
}

/// Every named thing on the tab whose right edge is past the window's (text cut off instead of
/// wrapping, a row of buttons pushing past the edge).
fn cut_at_the_right(h: &Harness<'static, RightsDeskApp>, size: egui::Vec2) -> Vec<String> {
    h.query_all(egui_kittest::kittest::by().predicate(|n| {
        matches!(
            n.role(),
            Role::Label | Role::Button | Role::CheckBox | Role::TextInput | Role::ComboBox
        )
    }))
    .filter_map(|n| {
        let node = n.accesskit_node();
        let b = node.bounding_box()?;
        #[allow(clippy::cast_possible_truncation, reason = "window coordinates")]
        let right = b.x1 as f32;
        (right > size.x + 1.0 && b.x0 < f64::from(size.x)).then(|| {
            format!(
                "{:?} “{}” ends at {right}",
                node.role(),
                node.label().or_else(|| node.value()).unwrap_or_default()
            )
        })
    })
    .collect()
}

#[test]
fn at_200_percent_nothing_is_cut_at_the_right_on_any_tab() {
    for size in [egui::vec2(1100.0, 720.0), egui::vec2(800.0, 600.0)] {
        let dir = tempfile::tempdir().expect("tmp");
        let mut h = harness(dir.path(), size, 2.0);
        h.state_mut().apply(Command::OpenEntry("q7".into()));
        h.run_steps(4);
        let cut = cut_at_the_right(&h, size);
        assert!(cut.is_empty(), "Guide at {size:?}: {cut:#?}");
        for tab in [
            rights_desk::ui::command::Tab::Directory,
            rights_desk::ui::command::Tab::Handout,
        ] {
            h.state_mut().apply(Command::SetTab(tab));
            h.run_steps(4);
            let cut = cut_at_the_right(&h, size);
            assert!(cut.is_empty(), "{tab:?} at {size:?}: {cut:#?}");
        }
        // The Handout options wrap onto lines of their own, never over the next option.
        assert_apart(
            &h,
            &[
                (Role::Button, "Wallet cards"),
                (Role::Button, "Door cards"),
                (Role::Button, "Contact sheet"),
                (Role::Button, "English"),
                (Role::Button, "Spanish"),
                (Role::Button, "Letter"),
                (Role::TextInput, "Prepared by"),
            ],
        );
    }
}
