//! Keyboard: Tab walks through each tab of the window and every widget it stops on is on
//! screen and has a name a screen reader can say (no invisible or nameless tab stops).

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use rights_desk::core::workspace::paths::DataPaths;
use rights_desk::ui::RightsDeskApp;
use rights_desk::ui::command::{Command, DirectoryAction, Tab};

#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "the query's predicate takes the node by reference"
)]
fn focused(node: &egui_kittest::kittest::AccessKitNode<'_>) -> bool {
    node.is_focused()
}

const SIZE: egui::Vec2 = egui::vec2(1280.0, 900.0);

/// Presses Tab `n` times; after each, the focused widget (if any) must be on screen and named.
fn walk(h: &mut Harness<'static, RightsDeskApp>, n: usize, tab: &str) -> usize {
    let mut seen = 0;
    for step in 0..n {
        h.key_press(Key::Tab);
        // Scrolling a focused widget into view is animated: let it finish.
        h.run_steps(12);
        let focused = h.query_all(by().predicate(focused)).next();
        let Some(node) = focused else {
            continue;
        };
        seen += 1;
        let ak = node.accesskit_node();
        let name = ak
            .label()
            .or_else(|| ak.value())
            .or_else(|| ak.description())
            .unwrap_or_default();
        assert!(
            !name.trim().is_empty(),
            "{tab}, Tab {step}: a focused {:?} has no name (children: {:?}; at {:?})",
            ak.role(),
            node.children()
                .map(|c| format!(
                    "{:?} {:?}",
                    c.accesskit_node().role(),
                    c.accesskit_node().label()
                ))
                .collect::<Vec<_>>(),
            node.rect()
        );
        let rect = node.rect();
        assert!(
            rect.is_positive()
                && rect.max.x > 0.0
                && rect.max.y > 0.0
                && rect.min.x < SIZE.x
                && rect.min.y < SIZE.y,
            "{tab}, Tab {step}: “{name}” ({:?}) is focused off screen at {rect:?}",
            ak.role()
        );
    }
    seen
}

fn harness(dir: &std::path::Path) -> Harness<'static, RightsDeskApp> {
    let app = RightsDeskApp::from_storage(DataPaths::at(dir), None);
    let mut h = Harness::builder()
        .with_size(SIZE)
        .build_ui_state(|ui, app: &mut RightsDeskApp| app.main_ui(ui), app);
    h.run_steps(3);
    h
}

#[test]
fn tab_stops_in_the_reader_are_visible_and_named() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut h = harness(dir.path());
    h.state_mut().send(Command::OpenEntry("q7".into()));
    h.run_steps(3);
    assert!(
        walk(&mut h, 60, "Guide") > 10,
        "Tab reaches the reader's widgets"
    );
}

#[test]
fn tab_stops_in_the_directory_with_a_contact_open_are_visible_and_named() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut h = harness(dir.path());
    h.state_mut().send(Command::SetTab(Tab::Directory));
    h.state_mut()
        .send(Command::Directory(DirectoryAction::SelectContact(Some(
            "nmilc".into(),
        ))));
    h.run_steps(3);
    assert!(walk(&mut h, 80, "Directory") > 10);
}

#[test]
fn tab_stops_in_the_handout_tab_are_visible_and_named() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut h = harness(dir.path());
    h.state_mut().send(Command::SetTab(Tab::Handout));
    h.run_steps(3);
    assert!(walk(&mut h, 60, "Handout") > 10);
}
