//! The language packs in force in this process: each pack (`languages/<code>/` in the data
//! folder) is registered here when the data folder is opened — its language's name in that
//! language and its interface strings (`ui.ftl`, written by `translate import`). A pack for a
//! language the app was not built with adds that language; every [`super::I18n`] made
//! afterwards — the window's, the command line's, the printouts' — uses a pack's messages over
//! the bundled ones (English's, for a language the app was not built with).

use super::Lang;
use std::sync::RwLock;
use std::sync::atomic::{AtomicU64, Ordering};

/// One installed pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pack {
    /// The language's name in that language ("Tiếng Việt"), when the pack gives one.
    pub name: Option<String>,
    /// The pack's interface strings (Fluent source), possibly empty.
    pub ui: String,
}

static INSTALLED: RwLock<Vec<(Lang, Pack)>> = RwLock::new(Vec::new());

/// Changes with every install, so that strings loaded earlier are loaded again.
static GENERATION: AtomicU64 = AtomicU64::new(0);

/// Puts `pack` in force for `lang`, replacing what was installed for it.
pub fn install(lang: Lang, pack: Pack) {
    if let Ok(mut all) = INSTALLED.write() {
        all.retain(|(l, _)| *l != lang);
        all.push((lang, pack));
        all.sort_by_key(|(l, _)| l.code());
    }
    GENERATION.fetch_add(1, Ordering::Relaxed);
}

/// Takes the pack of `lang` out of force.
pub fn remove(lang: Lang) {
    if let Ok(mut all) = INSTALLED.write() {
        all.retain(|(l, _)| *l != lang);
    }
    GENERATION.fetch_add(1, Ordering::Relaxed);
}

/// Puts the interface strings `ftl` in force for `lang` (keeping the pack's name); an empty
/// text leaves the bundled strings in force.
pub fn install_ui(lang: Lang, ftl: String) {
    let name = pack(lang).and_then(|p| p.name);
    install(lang, Pack { name, ui: ftl });
}

/// The pack in force for `lang`, if any.
#[must_use]
pub fn pack(lang: Lang) -> Option<Pack> {
    INSTALLED
        .read()
        .ok()
        .and_then(|all| all.iter().find(|(l, _)| *l == lang).map(|(_, p)| p.clone()))
}

/// The corrected strings in force for `lang` (Fluent source), if any.
#[must_use]
pub fn installed(lang: Lang) -> Option<String> {
    pack(lang).map(|p| p.ui).filter(|ui| !ui.trim().is_empty())
}

/// The languages of the packs in force, by code.
#[must_use]
pub fn languages() -> Vec<Lang> {
    INSTALLED
        .read()
        .map(|all| all.iter().map(|(l, _)| *l).collect())
        .unwrap_or_default()
}

/// A number that changes whenever a pack is installed or removed.
#[must_use]
pub fn generation() -> u64 {
    GENERATION.load(Ordering::Relaxed)
}
