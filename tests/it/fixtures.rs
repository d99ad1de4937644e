//! Test data and helpers shared by several test modules.

/// The bundled English guide, as RON.
pub const BUNDLED_EN: &str = include_str!("../../assets/guides/nm-ag-ice.en.ron");

/// A corrected English guide: reviewed 2026-12-15, question 3 reworded ("advise" → "tell").
pub fn newer_guide() -> String {
    BUNDLED_EN
        .replacen(
            "last_reviewed: \"2026-11-28\"",
            "last_reviewed: \"2026-12-15\"",
            1,
        )
        .replacen(
            "How does the State Attorney General advise local",
            "How does the State Attorney General tell local",
            1,
        )
}

/// eframe's storage, in memory (what the window remembers between runs, for restart tests).
#[derive(Default)]
pub struct MemoryStorage(std::collections::HashMap<String, String>);

impl MemoryStorage {
    /// True when something was saved under `key`.
    pub fn has(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }
}

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_string(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}

/// Runs the `rights-desk` command line on the data folder `data` (whatever the environment's
/// `RIGHTS_DESK_DATA_DIR`), as a user would: its exit status and what it printed (standard
/// output, then standard error).
pub fn rights_desk(data: &std::path::Path, args: &[&str]) -> (i32, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_rights-desk"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("RIGHTS_DESK_DATA_DIR")
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

/// Replaces the translation of `id` in a PO file written by Rights Desk.
pub fn set_po(po: &str, id: &str, translation: &str) -> String {
    let at = po
        .find(&format!("msgctxt \"{id}\"\n"))
        .expect("the id is in the file");
    let msgstr = at + po[at..].find("msgstr ").expect("msgstr");
    let end = msgstr + po[msgstr..].find("\n\n").unwrap_or(po.len() - msgstr);
    format!("{}msgstr \"{translation}\"{}", &po[..msgstr], &po[end..])
}
