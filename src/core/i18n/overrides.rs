//! The office's corrected interface strings in force in this process: a language pack's
//! `ui.ftl` (`languages/<code>/ui.ftl` in the data folder, written by `translate import`) is
//! installed here when the data folder is opened, and every [`super::I18n`] made afterwards —
//! the window's, the command line's, the printouts' — uses its messages over the bundled ones.

use super::Lang;
use std::collections::HashMap;
use std::sync::RwLock;

static INSTALLED: RwLock<Option<HashMap<Lang, String>>> = RwLock::new(None);

/// Puts `ftl` (Fluent source) in force for `lang`, replacing what was installed for it; an
/// empty text removes it.
pub fn install(lang: Lang, ftl: String) {
    if let Ok(mut map) = INSTALLED.write() {
        let map = map.get_or_insert_with(HashMap::new);
        if ftl.trim().is_empty() {
            map.remove(&lang);
        } else {
            map.insert(lang, ftl);
        }
    }
}

/// The corrected strings in force for `lang` (Fluent source), if any.
#[must_use]
pub fn installed(lang: Lang) -> Option<String> {
    INSTALLED
        .read()
        .ok()
        .and_then(|map| map.as_ref().and_then(|m| m.get(&lang).cloned()))
}
