//! Rules of the code's shape that would otherwise rest on memory: the core names no window or
//! command-line crate, no two files of the core, or of the window, import each other (directly
//! or round a longer loop), and the core's folders are layers: no two folders side by side, at
//! any depth, import each other.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn files_under(folder: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src")
            .join(folder),
        &mut files,
    );
    files.sort();
    files
}

fn core_files() -> Vec<PathBuf> {
    files_under("core")
}

#[test]
fn the_core_names_no_window_or_command_line_crate() {
    let mut found = Vec::new();
    for file in core_files() {
        let text = std::fs::read_to_string(&file).expect("read");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for krate in ["egui", "eframe", "egui_extras", "rfd", "clap"] {
                if code.contains(&format!("{krate}::")) || code.contains(&format!("use {krate}")) {
                    found.push(format!("{}:{}: {krate}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "the core must not name these crates: {found:#?}"
    );
}

/// The module path of a core file: `src/core/printing/pdf.rs` → `core::printing::pdf`.
fn module_of(file: &Path) -> String {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let rel = file
        .strip_prefix(&src)
        .expect("under src")
        .with_extension("");
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .filter(|p| p != "mod")
        .collect();
    parts.join("::")
}

/// Depth-first search for a cycle through `node`.
fn visit(
    node: &str,
    edges: &BTreeMap<String, BTreeSet<String>>,
    stack: &mut Vec<String>,
    done: &mut BTreeSet<String>,
) -> Option<Vec<String>> {
    if let Some(at) = stack.iter().position(|s| s == node) {
        return Some(stack[at..].to_vec());
    }
    if done.contains(node) {
        return None;
    }
    stack.push(node.to_string());
    for next in edges.get(node).into_iter().flatten() {
        if let Some(cycle) = visit(next, edges, stack, done) {
            return Some(cycle);
        }
    }
    stack.pop();
    done.insert(node.to_string());
    None
}

/// The paths a file's own code (not its unit tests) names under `crate::<part>::`, with
/// `crate::ui::{a, b::c}` read as `ui::a` and `ui::b::c`.
fn paths_named(code: &str, part: &str) -> Vec<String> {
    paths_after(code, &format!("crate::{part}::"), part)
}

/// The paths a file's code names with `prefix` (`crate::core::`, or `super::`), as paths under
/// `base`.
fn paths_after(code: &str, prefix: &str, base: &str) -> Vec<String> {
    let part = base;
    let mut out = Vec::new();
    for (at, _) in code.match_indices(&prefix) {
        let rest = &code[at + prefix.len()..];
        let ident = |s: &str| -> String {
            s.chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect()
        };
        if let Some(group) = rest.strip_prefix('{') {
            let inner = group.split('}').next().unwrap_or_default();
            for name in inner.split(',') {
                let name = ident(name.trim());
                if !name.is_empty() {
                    out.push(format!("{part}::{name}"));
                }
            }
        } else {
            out.push(format!("{part}::{}", ident(rest)));
        }
    }
    out
}

/// The modules of the files under `src/<part>` and which names which (a file's own code, not
/// its unit tests; a file naming its own folder's `mod.rs` does not count).
fn file_edges(part: &str) -> (BTreeSet<String>, BTreeMap<String, BTreeSet<String>>) {
    let files = files_under(part);
    let modules: BTreeSet<String> = files.iter().map(|f| module_of(f)).collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let me = module_of(file);
        let text = std::fs::read_to_string(file).expect("read");
        // Only the file's own code: its unit tests may use anything.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        // `super::x` names a sibling of the file (or of its folder, for a `mod.rs`), the same
        // as `crate::…::x` does.
        let parent = me.rsplit_once("::").map(|(p, _)| p.to_string());
        let relative = parent
            .as_deref()
            .map(|p| paths_after(code, "super::", p))
            .unwrap_or_default();
        for path in paths_named(code, part).into_iter().chain(relative) {
            // The longest module the path starts with.
            let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
            let target = (1..=segments.len())
                .rev()
                .map(|n| segments[..n].join("::"))
                .find(|candidate| modules.contains(candidate));
            if let Some(t) = target
                && t != me
                && !me.starts_with(&format!("{t}::"))
            {
                edges.entry(me.clone()).or_default().insert(t);
            }
        }
    }
    (modules, edges)
}

/// The first import cycle among the files under `src/<part>`, if any.
fn import_cycle(part: &str) -> Option<Vec<String>> {
    let (modules, edges) = file_edges(part);
    let mut done = BTreeSet::new();
    modules
        .iter()
        .find_map(|module| visit(module, &edges, &mut Vec::new(), &mut done))
}

/// The pairs of units (files or folders) side by side in one folder, at any depth, that import
/// each other: `core::store <-> core::sharing` when a file under each names one under the other.
fn folder_pairs(edges: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<(String, String)> {
    // (folder, from, to) for every file edge, seen from the folder both ends share.
    let mut units: BTreeSet<(String, String, String)> = BTreeSet::new();
    for (from, targets) in edges {
        for to in targets {
            let a: Vec<&str> = from.split("::").collect();
            let b: Vec<&str> = to.split("::").collect();
            let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
            if let (Some(x), Some(y)) = (a.get(common), b.get(common)) {
                units.insert((a[..common].join("::"), (*x).to_string(), (*y).to_string()));
            }
        }
    }
    units
        .iter()
        .filter(|(folder, x, y)| x < y && units.contains(&(folder.clone(), y.clone(), x.clone())))
        .map(|(folder, x, y)| (format!("{folder}::{x}"), format!("{folder}::{y}")))
        .collect()
}

#[test]
fn no_two_folders_of_the_core_import_each_other() {
    let (_, edges) = file_edges("core");
    let pairs = folder_pairs(&edges);
    assert!(
        pairs.is_empty(),
        "the core's folders are layers; these import each other: {pairs:?}"
    );
}

#[test]
fn a_two_way_pair_of_folders_is_found_when_there_is_one() {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    edges
        .entry("core::store::fsio".into())
        .or_default()
        .insert("core::sharing::merge".into());
    edges
        .entry("core::sharing::merge_base".into())
        .or_default()
        .insert("core::store".into());
    let pairs = folder_pairs(&edges);
    assert_eq!(
        pairs.into_iter().collect::<Vec<_>>(),
        [("core::sharing".to_string(), "core::store".to_string())]
    );
}

#[test]
fn no_two_core_files_import_each_other() {
    let cycle = import_cycle("core");
    assert!(cycle.is_none(), "import cycle in the core: {cycle:?}");
}

#[test]
fn no_two_window_files_import_each_other() {
    let cycle = import_cycle("ui");
    assert!(cycle.is_none(), "import cycle in the window: {cycle:?}");
}

#[test]
fn a_cycle_is_found_when_there_is_one() {
    // The detector itself: the app naming a screen that names the app is a cycle.
    let code = "use crate::ui::{app::RightsDeskApp, reader};\nfn f() { crate::ui::handout::x(); }";
    assert_eq!(
        paths_named(code, "ui"),
        ["ui::app::RightsDeskApp", "ui::reader", "ui::handout::x"]
    );
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    edges
        .entry("ui::app".into())
        .or_default()
        .insert("ui::reader".into());
    edges
        .entry("ui::reader".into())
        .or_default()
        .insert("ui::app".into());
    assert!(visit("ui::app", &edges, &mut Vec::new(), &mut BTreeSet::new()).is_some());
    // `super::` paths count too (a cycle once hid behind them).
    assert_eq!(
        paths_after(
            "use super::{notice::Notice, print_run};",
            "super::",
            "core::workspace"
        ),
        [
            "core::workspace::notice::Notice",
            "core::workspace::print_run"
        ]
    );
}

/// Calls into the store, the sharing machinery or a session's mutators written in `code`: the
/// window and the command line go through the workspace instead.
fn side_doors(code: &str) -> Vec<String> {
    const MODULES: [&str; 9] = [
        "store",
        "fsio",
        "lock",
        "salvage",
        "recovery",
        "conflict_copy",
        "merge_base",
        "merge",
        "copies",
    ];
    const MUTATORS: [&str; 10] = [
        "session_mut(",
        ".perform(",
        ".apply_merge(",
        ".apply_file_merge(",
        ".reload_and_reapply(",
        ".keep_both(",
        ".hold_write_lock(",
        ".set_base_file(",
        ".undo(",
        ".redo(",
    ];
    let mut found = Vec::new();
    for line in code.lines() {
        let line = line.split("//").next().unwrap_or_default();
        for m in MODULES {
            for (at, _) in line.match_indices(&format!("{m}::")) {
                let before = line[..at].chars().last();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &line[at + m.len() + 2..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let called = rest[name.len()..].starts_with('(');
                if called && name.starts_with(|c: char| c.is_ascii_lowercase()) {
                    found.push(format!("{m}::{name}("));
                }
            }
        }
        for m in MUTATORS {
            // `work.hold_write_lock(` is the workspace's own door; a session's is not.
            if line.contains(m)
                && !line.contains(&format!("work{m}"))
                && !line.contains(&format!("app.work{m}"))
            {
                found.push(m.to_string());
            }
        }
    }
    found
}

#[test]
fn the_window_and_the_command_line_go_through_the_workspace() {
    let mut found = Vec::new();
    let mut files = files_under("ui");
    files.extend(files_under("cli"));
    files.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/main.rs"));
    for file in files {
        let text = std::fs::read_to_string(&file).expect("read");
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for call in side_doors(code) {
            found.push(format!("{}: {call}", file.display()));
        }
    }
    assert!(
        found.is_empty(),
        "calls past the workspace (use Workspace::apply): {found:#?}"
    );
}

#[test]
fn a_side_door_is_found_when_there_is_one() {
    let code = "let d = store::load_directory(&p)?;\nlet t = store::recovery::RestoreFrom::Readable;\nsession.perform(|d| d.delete(id));\nwork.hold_write_lock()?;";
    assert_eq!(side_doors(code), ["store::load_directory(", ".perform("]);
}

/// The files of `src/ui` that make up the app itself (its state, its interpreter, the frame);
/// every other file there is a screen.
const APP_FILES: [&str; 7] = [
    "app.rs",
    "app_directory.rs",
    "app_files.rs",
    "app_guides.rs",
    "app_translations.rs",
    "window.rs",
    "mod.rs",
];

/// Screens that name the whole app (they should get a `Shell` and their own tab).
fn screens_naming_the_app(files: &[PathBuf]) -> Vec<String> {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    files
        .iter()
        .filter(|f| {
            !(f.parent() == Some(ui.as_path())
                && APP_FILES.iter().any(|a| f.file_name() == Some(a.as_ref())))
        })
        .filter(|f| {
            std::fs::read_to_string(f)
                .expect("read")
                .contains("RightsDeskApp")
        })
        .map(|f| f.display().to_string())
        .collect()
}

#[test]
fn no_screen_receives_the_whole_app() {
    let found = screens_naming_the_app(&files_under("ui"));
    assert!(
        found.is_empty(),
        "screens naming RightsDeskApp (give them a Shell and their tab): {found:#?}"
    );
    // The check sees a screen that does.
    let dir = tempfile::tempdir().expect("temp");
    let screen = dir.path().join("screen.rs");
    std::fs::write(&screen, "fn ui(app: &mut RightsDeskApp) {}").expect("write");
    assert_eq!(screens_naming_the_app(&[screen]).len(), 1);
}
