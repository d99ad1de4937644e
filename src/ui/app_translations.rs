//! The app's Translations commands (Language → Translations…): the window for one language at
//! a time, a language's strings saved for a translator, their file read, applied with the
//! reviewer's name, and taken back as one step.

use crate::core::i18n::{I18n, Lang};
use crate::ui::app::RightsDeskApp;
use crate::ui::command::TranslationsAction;
use crate::ui::handout::preview::HandoutTab;
use crate::ui::translations::TranslationsScreen;
use std::path::PathBuf;

impl RightsDeskApp {
    /// Language → Translations…: the window, a file for a translator, and a file taken back.
    pub(super) fn apply_translations(&mut self, action: TranslationsAction) {
        let lang = self.tabs.top_bar.translations.as_ref().map_or_else(
            || crate::ui::translations::target_of(self.prefs.lang),
            |s| s.lang,
        );
        match action {
            TranslationsAction::Show(true) => {
                self.tabs.top_bar.translations = Some(TranslationsScreen::default());
                self.refresh_translations(crate::ui::translations::target_of(self.prefs.lang));
            }
            TranslationsAction::Show(false) => self.tabs.top_bar.translations = None,
            TranslationsAction::Target(to) => {
                if let Some(screen) = self.tabs.top_bar.translations.as_mut() {
                    screen.plan = None;
                    screen.error = None;
                }
                self.refresh_translations(to);
            }
            TranslationsAction::Export(path, format) => {
                let saved = self
                    .work
                    .export_translations(lang, format, &path)
                    .map(|u| u.len())
                    .map_err(|e| e.text(&self.i18n));
                self.say_translations_saved(saved, &path);
            }
            TranslationsAction::ExportReviewSheet(path) => {
                let saved = self
                    .work
                    .export_review_sheet(lang, &self.i18n, &path)
                    .map_err(|e| e.text(&self.i18n));
                self.say_translations_saved(saved, &path);
            }
            TranslationsAction::Read(path) => self.read_translations(lang, path),
            TranslationsAction::Apply => self.apply_translation_file(lang),
            TranslationsAction::TakeBack => self.take_back_translation_file(lang),
        }
    }

    /// Shows `lang` in the Translations window: how far it is, and the last file applied to it
    /// while it can be taken back.
    fn refresh_translations(&mut self, lang: Lang) {
        let coverage = self
            .work
            .translation_units(lang)
            .ok()
            .map(|u| crate::core::translation::Coverage::of(&u));
        let last = self.work.last_translation_import(lang);
        if let Some(screen) = self.tabs.top_bar.translations.as_mut() {
            screen.lang = lang;
            screen.coverage = coverage;
            screen.last_import = last;
        }
    }

    /// After a file was applied or taken back: the changed words show at once.
    fn words_changed(&mut self) {
        self.i18n = I18n::new(self.prefs.lang);
        self.tabs.handout = HandoutTab::default();
    }

    /// Reads a translator's file and shows what it would change (as the language it names,
    /// when it names one, else as `lang`).
    fn read_translations(&mut self, mut lang: Lang, path: PathBuf) {
        if let Ok(Some(l)) = self.work.translation_file_language(&path)
            && l != lang
            && l != Lang::En
            && Lang::all().contains(&l)
        {
            lang = l;
            self.refresh_translations(l);
        }
        let result = self.work.plan_translations(lang, &path);
        if let Some(screen) = self.tabs.top_bar.translations.as_mut() {
            match result {
                Ok(plan) => {
                    screen.plan = Some((path, plan));
                    screen.error = None;
                }
                Err(e) => {
                    screen.plan = None;
                    screen.error = Some(failed(&self.i18n, &e.text(&self.i18n)));
                }
            }
        }
    }

    /// Applies the file read, with the reviewer's name.
    fn apply_translation_file(&mut self, lang: Lang) {
        let Some(screen) = self.tabs.top_bar.translations.as_mut() else {
            return;
        };
        let Some((_, plan)) = screen.plan.take() else {
            return;
        };
        let reviewer = screen.reviewer.trim().to_string();
        let today = crate::core::directory::contact::today();
        let text = match self.work.apply_translations(lang, &plan, &reviewer, today) {
            Ok(()) => {
                self.words_changed();
                self.i18n.tr_args(
                    "translations-applied",
                    &[
                        ("count", (plan.new.len() + plan.changed.len()).into()),
                        ("confirmed", plan.confirmed.len().into()),
                        ("who", reviewer.into()),
                    ],
                )
            }
            Err(e) => failed(&self.i18n, &e.text(&self.i18n)),
        };
        self.refresh_translations(lang);
        self.say(text, Some(self.prefs.tab));
    }

    /// Takes back the last file applied to `lang`.
    fn take_back_translation_file(&mut self, lang: Lang) {
        let text = match self.work.take_back_translations(lang) {
            Ok(Some(back)) => {
                self.words_changed();
                self.i18n.tr_args(
                    "translations-taken-back",
                    &[
                        ("files", back.files.into()),
                        ("contacts", back.contacts.into()),
                        ("who", back.reviewer.into()),
                        ("since", back.changed_since.len().into()),
                        ("names", back.changed_since.join(", ").into()),
                    ],
                )
            }
            Ok(None) => return,
            Err(e) => failed(&self.i18n, &e.text(&self.i18n)),
        };
        self.refresh_translations(lang);
        self.say(text, Some(self.prefs.tab));
    }

    /// Says that `saved` strings went to `path` for a translator, or why not.
    fn say_translations_saved(&mut self, saved: Result<usize, String>, path: &std::path::Path) {
        let text = match saved {
            Ok(count) => self.i18n.tr_args(
                "translations-saved",
                &[
                    ("count", count.into()),
                    ("path", path.display().to_string().into()),
                ],
            ),
            Err(e) => failed(&self.i18n, &e),
        };
        self.say(text, Some(self.prefs.tab));
    }
}

/// "The translations could not be saved or read: …" in the language of `t`.
fn failed(t: &I18n, details: &str) -> String {
    t.tr_args("translations-error", &[("details", details.into())])
}
