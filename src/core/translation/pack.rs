//! A language pack's folder in the data folder, `languages/<code>/`: `pack.ron` (the language's
//! name in itself), `ui.ftl` (interface strings), `reviews.ron` (review marks). A pack for a
//! language the app was not built with adds that language to the interface and the printouts
//! without a new build; what the pack lacks shows in English. This file finds the packs, puts
//! them in force, and starts a new one.

use crate::core::i18n::{Lang, packs};
use crate::core::store::StoreError;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// What `pack.ron` says of its language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PackInfo {
    /// The language's name in itself ("Tiếng Việt").
    pub name: String,
}

/// The folder holding every pack.
#[must_use]
pub fn languages_folder(data_dir: &Path) -> PathBuf {
    data_dir.join("languages")
}

/// The pack folder of `lang` in the data folder `data_dir`.
#[must_use]
pub fn pack_folder(data_dir: &Path, lang: Lang) -> PathBuf {
    languages_folder(data_dir).join(lang.code())
}

/// The pack's interface strings.
#[must_use]
pub fn ui_file(data_dir: &Path, lang: Lang) -> PathBuf {
    pack_folder(data_dir, lang).join("ui.ftl")
}

/// The pack's review marks.
#[must_use]
pub fn reviews_file(data_dir: &Path, lang: Lang) -> PathBuf {
    pack_folder(data_dir, lang).join("reviews.ron")
}

/// The pack's description.
#[must_use]
pub fn info_file(data_dir: &Path, lang: Lang) -> PathBuf {
    pack_folder(data_dir, lang).join("pack.ron")
}

/// The languages with a pack folder in `data_dir` (English, the original, has none), by code.
/// Folders whose names are not language codes are passed over.
#[must_use]
pub fn pack_languages(data_dir: &Path) -> Vec<Lang> {
    let Ok(dir) = std::fs::read_dir(languages_folder(data_dir)) else {
        return Vec::new();
    };
    let mut out: Vec<Lang> = dir
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| Lang::parse(&e.file_name().to_string_lossy()))
        .filter(|l| *l != Lang::En)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The pack's description; an unreadable or missing `pack.ron` gives none (the name then comes
/// from the app's list, or is the code).
#[must_use]
pub fn info(data_dir: &Path, lang: Lang) -> PackInfo {
    let path = info_file(data_dir, lang);
    std::fs::read_to_string(&path)
        .ok()
        .and_then(|text| crate::core::store::from_ron(&text, &path).ok())
        .unwrap_or_default()
}

/// Puts the packs of `data_dir` in force for this process: every language with a pack folder
/// becomes available, with its interface strings over the bundled ones. A bundled language
/// without a pack here keeps what it had (one process uses one data folder).
pub fn install_packs(data_dir: &Path) {
    for lang in pack_languages(data_dir) {
        let ui = std::fs::read_to_string(ui_file(data_dir, lang)).unwrap_or_default();
        if lang.is_bundled() && ui.trim().is_empty() {
            continue;
        }
        let name = info(data_dir, lang).name;
        packs::install(
            lang,
            packs::Pack {
                name: (!name.trim().is_empty()).then_some(name),
                ui,
            },
        );
    }
}

/// Starts a pack for `lang` in `data_dir`, named `name` (else the name the app knows, else
/// the code): its `pack.ron` and an empty `ui.ftl` whose every message shows in English until
/// translated (a translator's file for the language lists them all). `Ok(false)` when the pack
/// is already there (nothing is written).
///
/// # Errors
/// The folder or files cannot be written.
pub fn new_pack(data_dir: &Path, lang: Lang, name: Option<&str>) -> Result<bool, StoreError> {
    let folder = pack_folder(data_dir, lang);
    if info_file(data_dir, lang).exists() || ui_file(data_dir, lang).exists() {
        return Ok(false);
    }
    std::fs::create_dir_all(&folder).map_err(|error| StoreError::Io {
        path: folder.clone(),
        error,
    })?;
    let name = name
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .or_else(|| lang.known_autonym().map(str::to_string))
        .unwrap_or_else(|| lang.code().to_string());
    let info = crate::core::store::to_ron(&PackInfo { name })?;
    crate::core::store::fsio::write_with_backup(&info_file(data_dir, lang), info.as_bytes())?;
    let ui = format!(
        "# Interface strings in “{code}”, read over the English ones. Messages missing here show\n\
         # in English. Fill them with `rights-desk translate export --lang {code}` and\n\
         # `translate import`, or write them here in Fluent syntax.\n",
        code = lang.code()
    );
    crate::core::store::fsio::write_with_backup(&ui_file(data_dir, lang), ui.as_bytes())?;
    install_packs(data_dir);
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_pack_adds_its_language_by_its_name() {
        let dir = tempfile::tempdir().expect("temp dir");
        // "tl" (Tagalog) is used by no other test of this process.
        let tl = Lang::parse("tl").expect("a code");
        assert!(!Lang::all().contains(&tl));
        assert!(new_pack(dir.path(), tl, None).expect("written"));
        assert!(!new_pack(dir.path(), tl, Some("Other")).expect("kept"));
        assert_eq!(pack_languages(dir.path()), [tl]);
        assert!(Lang::all().contains(&tl));
        assert_eq!(tl.autonym(), "Tagalog");
        assert_eq!(Lang::from_code("tl-PH"), tl);
        // Its interface is English until translated.
        assert_eq!(crate::core::i18n::with(tl, |t| t.tr("tab-guide")), "Guide");
        std::fs::write(ui_file(dir.path(), tl), "tab-guide = Gabay\n").expect("written");
        install_packs(dir.path());
        assert_eq!(crate::core::i18n::with(tl, |t| t.tr("tab-guide")), "Gabay");
    }

    #[test]
    fn folders_that_are_not_languages_are_passed_over() {
        let dir = tempfile::tempdir().expect("temp dir");
        for name in ["not a code", "en", "es"] {
            std::fs::create_dir_all(languages_folder(dir.path()).join(name)).expect("made");
        }
        std::fs::write(languages_folder(dir.path()).join("vi"), "a file").expect("written");
        assert_eq!(pack_languages(dir.path()), [Lang::Es]);
    }
}
