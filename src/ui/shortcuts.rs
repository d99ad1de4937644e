//! Every keyboard shortcut of the window in one table, and the Help → Keyboard shortcuts page
//! that lists it (macOS shows ⌘ and ⌥ where they apply).

use crate::ui::command::Command;
use crate::ui::shell::Shell;

/// The keys that mark the open contact verified today (also in the button's tooltip).
pub const MARK_VERIFIED: &str = "Ctrl+Shift+M";

/// The keys that open a verification round (also on its button).
pub const VERIFY_ROUND: &str = "Ctrl+Shift+V";

/// One shortcut: its keys elsewhere and on macOS, and the translation key of what it does.
#[derive(Debug, Clone, Copy)]
pub struct Shortcut {
    /// Keys on Windows and Linux.
    pub keys: &'static str,
    /// Keys on macOS.
    pub mac: &'static str,
    /// What it does (a key in the `.ftl` files).
    pub does: &'static str,
}

/// Every shortcut, in the order the page lists them.
pub const SHORTCUTS: &[Shortcut] = &[
    Shortcut {
        keys: "Ctrl+F",
        mac: "⌘F",
        does: "keys-find",
    },
    Shortcut {
        keys: "↑ / ↓, Enter, Esc",
        mac: "↑ / ↓, Return, Esc",
        does: "keys-results",
    },
    Shortcut {
        keys: "Alt+→ / Alt+←",
        mac: "⌥→ / ⌥←",
        does: "keys-next-entry",
    },
    Shortcut {
        keys: "Ctrl+N",
        mac: "⌘N",
        does: "keys-new-contact",
    },
    Shortcut {
        keys: MARK_VERIFIED,
        mac: "⇧⌘M",
        does: "keys-mark-verified",
    },
    Shortcut {
        keys: "Ctrl+P",
        mac: "⌘P",
        does: "keys-print",
    },
    Shortcut {
        keys: VERIFY_ROUND,
        mac: "⇧⌘V",
        does: "keys-verify-round",
    },
    Shortcut {
        keys: "1 … 7",
        mac: "1 … 7",
        does: "keys-round-findings",
    },
    Shortcut {
        keys: "Ctrl+Z",
        mac: "⌘Z",
        does: "keys-undo",
    },
    Shortcut {
        keys: "Ctrl+Shift+Z / Ctrl+Y",
        mac: "⇧⌘Z",
        does: "keys-redo",
    },
    Shortcut {
        keys: "↓ (in the filter)",
        mac: "↓ (in the filter)",
        does: "keys-into-list",
    },
    Shortcut {
        keys: "↑ / ↓, Page Up / Page Down, Home / End",
        mac: "↑ / ↓, Page Up / Page Down, Home / End",
        does: "keys-list",
    },
    Shortcut {
        keys: "Enter",
        mac: "Return",
        does: "keys-open-contact",
    },
    Shortcut {
        keys: "Esc",
        mac: "Esc",
        does: "keys-close-editor",
    },
    Shortcut {
        keys: "Tab / Shift+Tab",
        mac: "Tab / ⇧Tab",
        does: "keys-fields",
    },
    Shortcut {
        keys: "Ctrl + / Ctrl − / Ctrl 0",
        mac: "⌘+ / ⌘− / ⌘0",
        does: "keys-zoom",
    },
];

/// The keys of `s` as this system writes them.
#[must_use]
pub fn keys(s: &Shortcut) -> &'static str {
    if cfg!(target_os = "macos") {
        s.mac
    } else {
        s.keys
    }
}

/// The Keyboard shortcuts window.
pub fn shortcuts_ui(shell: &mut Shell<'_>, ctx: &egui::Context) {
    let mut open = true;
    let mut close = false;
    egui::Window::new(shell.i18n.tr("keys-title"))
        .collapsible(false)
        .resizable(false)
        .open(&mut open)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .spacing([18.0, 6.0])
                .striped(true)
                .show(ui, |ui| {
                    for s in SHORTCUTS {
                        ui.strong(keys(s));
                        ui.label(shell.i18n.tr(s.does));
                        ui.end_row();
                    }
                });
            ui.add_space(6.0);
            if ui.button(shell.i18n.tr("about-close")).clicked() {
                close = true;
            }
        });
    if !open || close {
        shell.send(Command::ShowShortcuts(false));
    }
}
