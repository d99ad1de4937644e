//! The workspace's door to translations: a language's strings as the data folder has them,
//! written for a translator, and a translator's file read, planned and applied (then the
//! guides are read again, so a printout's "reviewed" mark follows at once).

use super::Workspace;
use crate::core::i18n::Lang;
use crate::core::store::StoreError;
use crate::core::translation::catalog::{self, Unit};
use crate::core::translation::exchange::{self, ExchangeError, ExchangeFormat};
use crate::core::translation::import::{self, TranslationImport};
use crate::core::translation::take_back::{self, ContactBefore, LastImport, TakenBack};
use crate::core::translation::{self};
use std::path::Path;

/// Why a translator's file cannot be taken.
#[derive(Debug, thiserror::Error)]
pub enum TranslationFileError {
    /// The file could not be read or written.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The file is not what its format says.
    #[error(transparent)]
    Format(#[from] ExchangeError),
    /// The review sheet could not be laid out.
    #[error(transparent)]
    Pdf(#[from] crate::core::printing::pdf::PdfError),
}

impl TranslationFileError {
    /// The message in the language of `t`.
    #[must_use]
    pub fn text(&self, t: &crate::core::i18n::I18n) -> String {
        match self {
            TranslationFileError::Store(e) => e.text(t),
            TranslationFileError::Format(e) => e.text(t),
            TranslationFileError::Pdf(e) => e.text(t),
        }
    }
}

impl Workspace {
    /// Starts a language pack for `lang` (named `name`, else the name the app knows) in the
    /// data folder and makes the language available; false when there already is one.
    pub fn new_language(&mut self, lang: Lang, name: Option<&str>) -> Result<bool, StoreError> {
        let made = translation::pack::new_pack(&self.paths.data_dir, lang, name)?;
        if made {
            self.library.reload_guides();
        }
        Ok(made)
    }

    /// Every string of `lang`, with its translation and review state.
    pub fn translation_units(&self, lang: Lang) -> Result<Vec<Unit>, StoreError> {
        translation::units(
            &self.paths.data_dir,
            self.library.installed(),
            self.directory().contacts(),
            self.library.office(),
            lang,
        )
    }

    /// Writes the strings of `lang` to `path` for a translator; returns them.
    pub fn export_translations(
        &self,
        lang: Lang,
        format: ExchangeFormat,
        path: &Path,
    ) -> Result<Vec<Unit>, StoreError> {
        let units = self.translation_units(lang)?;
        let bytes = exchange::write(&units, lang.code(), format);
        crate::core::store::fsio::write_export(path, &bytes)?;
        Ok(units)
    }

    /// Writes the review sheet of `lang` (English beside the translation, room for corrections)
    /// as a PDF at `path`, its own words in `t`'s language; returns how many strings it has.
    pub fn export_review_sheet(
        &self,
        lang: Lang,
        t: &crate::core::i18n::I18n,
        path: &Path,
    ) -> Result<usize, TranslationFileError> {
        let units = self.translation_units(lang)?;
        let data = crate::core::translation::review_sheet::review_sheet(
            &units,
            lang.code(),
            t,
            self.print_choices().paper,
            crate::core::directory::contact::today(),
        );
        let bytes = crate::core::translation::review_sheet::render(&data)?;
        crate::core::store::fsio::write_export(path, &bytes)?;
        Ok(units.len())
    }

    /// What the translator's file at `path` would change in `lang`.
    pub fn plan_translations(
        &self,
        lang: Lang,
        path: &Path,
    ) -> Result<TranslationImport, TranslationFileError> {
        let bytes = crate::core::store::fsio::read_text(path)?;
        let format = ExchangeFormat::of_path(path);
        // A file for another language is never applied to this one.
        if let Some(file) = exchange::file_language(bytes.as_bytes(), format)
            && Lang::parse(&file) != Some(lang)
        {
            return Err(ExchangeError::OtherLanguage {
                file,
                chosen: lang.code().to_string(),
            }
            .into());
        }
        let incoming = exchange::read(bytes.as_bytes(), format)?;
        Ok(import::plan(&self.translation_units(lang)?, incoming))
    }

    /// The language a translator's file at `path` says it holds (PO and XLIFF say; CSV does
    /// not), when it is a language code.
    pub fn translation_file_language(&self, path: &Path) -> Result<Option<Lang>, StoreError> {
        let bytes = crate::core::store::fsio::read_text(path)?;
        Ok(
            exchange::file_language(bytes.as_bytes(), ExchangeFormat::of_path(path))
                .and_then(|l| Lang::parse(&l)),
        )
    }

    /// Applies `plan` with `reviewer`'s name, dated `on`: the contacts' translated texts as one
    /// change of the directory (one undo step), the office's texts as one change of its notes,
    /// the rest into the language pack; the guides are read again.
    pub fn apply_translations(
        &mut self,
        lang: Lang,
        plan: &TranslationImport,
        reviewer: &str,
        on: jiff::civil::Date,
    ) -> Result<(), StoreError> {
        // What the files it may write hold now, to take it back as one step.
        let before = take_back::contents(&self.translation_files(lang));
        let contacts = self.directory().contacts().to_vec();
        let mut updated: Vec<crate::core::directory::contact::Contact> = Vec::new();
        for change in plan
            .new
            .iter()
            .chain(&plan.changed)
            .filter(|c| c.id.starts_with(catalog::CONTACT))
        {
            let Some(at) = contacts.iter().position(|c| {
                change
                    .id
                    .starts_with(&format!("{}{}/", catalog::CONTACT, c.id))
            }) else {
                continue;
            };
            let i = updated
                .iter()
                .position(|c| c.id == contacts[at].id)
                .unwrap_or_else(|| {
                    updated.push(contacts[at].clone());
                    updated.len() - 1
                });
            let contact = &mut updated[i];
            catalog::set_contact_text(contact, lang.code(), &change.id, &change.after);
        }
        let contacts_before: Vec<ContactBefore> = updated
            .iter()
            .filter_map(|c| {
                let was = contacts.iter().find(|o| o.id == c.id)?;
                Some(ContactBefore {
                    id: c.id.to_string(),
                    before: was.translations.to_vec(),
                    after: c.translations.to_vec(),
                })
            })
            .collect();
        if !updated.is_empty() {
            self.edit_done(|d| d.batch(updated));
        }
        // The office's own texts: one change of its notes.
        let mut office = self.library.office().clone();
        let mut office_changed = false;
        for change in plan.new.iter().chain(&plan.changed) {
            office_changed |= crate::core::translation::office::set_office_text(
                &mut office,
                lang.code(),
                &change.id,
                &change.after,
            );
        }
        let units = self.translation_units(lang)?;
        if office_changed {
            self.library.replace_office(office)?;
        }
        translation::apply(
            &self.paths.data_dir,
            &self.paths.guides_folder(),
            self.library.installed(),
            &units,
            lang,
            plan,
            (reviewer, on),
        )?;
        self.library.reload_guides();
        LastImport::record(
            &self.paths.data_dir,
            lang,
            (reviewer, on),
            before,
            contacts_before,
        )
    }

    /// The files a translator's file for `lang` may write: the pack's interface strings and
    /// review marks, the language's guide copies, the office's notes.
    fn translation_files(&self, lang: Lang) -> Vec<std::path::PathBuf> {
        let mut files = vec![
            translation::ui_file(&self.paths.data_dir, lang),
            translation::reviews_file(&self.paths.data_dir, lang),
            self.paths.office_notes_file(),
        ];
        let folder = self.paths.guides_folder();
        for english in self
            .library
            .installed()
            .iter()
            .filter(|g| g.language == "en")
        {
            let mut g = english.clone();
            g.language = lang.code().to_string();
            files.push(crate::core::guide::update::installed_path(&folder, &g));
        }
        files
    }

    /// Who reviewed the last translator's file applied to `lang`, and when, while it can be
    /// taken back.
    #[must_use]
    pub fn last_translation_import(&self, lang: Lang) -> Option<(String, jiff::civil::Date)> {
        LastImport::load(&self.paths.data_dir, lang)
            .ok()
            .flatten()
            .map(|l| (l.reviewer, l.on))
    }

    /// Takes back the last translator's file applied to `lang` as one step: the files it wrote
    /// and the contacts' translations it changed, each unless changed since (those are named
    /// and left as they are). `None` when there is nothing to take back.
    pub fn take_back_translations(&mut self, lang: Lang) -> Result<Option<TakenBack>, StoreError> {
        let Some(last) = LastImport::load(&self.paths.data_dir, lang)? else {
            return Ok(None);
        };
        let mut out = TakenBack {
            reviewer: last.reviewer.clone(),
            on: Some(last.on),
            ..TakenBack::default()
        };
        last.restore_files(&self.paths.data_dir, &mut out)?;
        let mut restored = Vec::new();
        for c in &last.contacts {
            match self
                .directory()
                .contacts()
                .iter()
                .find(|o| o.id.as_str() == c.id)
            {
                Some(now) if now.translations.to_vec() == c.after => {
                    let mut back = now.clone();
                    back.translations = c.before.iter().cloned().collect();
                    restored.push(back);
                }
                Some(now) => out.changed_since.push(now.name.to_string()),
                None => out.changed_since.push(c.id.clone()),
            }
        }
        out.contacts = restored.len();
        if !restored.is_empty() {
            self.edit_done(|d| d.batch(restored));
        }
        LastImport::forget(&self.paths.data_dir, lang)?;
        // The interface strings as the pack now has them (none left: the bundled ones).
        let ui = std::fs::read_to_string(translation::ui_file(&self.paths.data_dir, lang))
            .unwrap_or_default();
        crate::core::i18n::packs::install_ui(lang, ui);
        self.library.reload_all();
        Ok(Some(out))
    }
}
