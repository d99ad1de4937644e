//! Translations an office can have reviewed. Each language has a pack in the data folder,
//! `languages/<code>/`: `ui.ftl` (the office's reviewed interface strings, read over the bundled
//! ones) and `reviews.ron` (who reviewed which string, when, against which English); reviewed
//! guide text goes into the data folder's copy of the translated guide (`guides/`). A
//! translator gets every string as PO, XLIFF or CSV (`exchange`), and their file comes back
//! through `import`, which refuses what no longer matches the English or breaks a message.

pub mod catalog;
pub mod exchange;
pub mod import;
pub mod office;
pub mod pack;
pub mod review;
pub mod review_sheet;
pub mod take_back;

use crate::core::guide::{self, Guide};
use crate::core::i18n::Lang;
use crate::core::store::StoreError;
use catalog::Unit;
use review::{ReviewState, Reviews};
use std::path::Path;

pub use pack::{install_packs, pack_folder, reviews_file, ui_file};

/// Every string of `lang` with its state: the interface, then each guide's text (the English
/// guides in `guides`, with their translations in `lang` when there are any), then the texts
/// of `contacts`, then the office's own texts (`office`).
pub fn units(
    data_dir: &Path,
    guides: &[Guide],
    contacts: &[crate::core::directory::contact::Contact],
    office: &crate::core::guide::office_notes::OfficeNotes,
    lang: Lang,
) -> Result<Vec<Unit>, StoreError> {
    let reviews = Reviews::load_merging_copies(&reviews_file(data_dir, lang))?;
    let pack = std::fs::read_to_string(ui_file(data_dir, lang)).ok();
    let mut out = catalog::interface_units(lang, pack.as_deref(), &reviews);
    for english in guides.iter().filter(|g| g.language == "en") {
        let translated = guides
            .iter()
            .find(|g| g.id == english.id && g.language == lang.code());
        out.extend(catalog::guide_units(english, translated, &reviews));
    }
    out.extend(catalog::contact_units(contacts, lang.code(), &reviews));
    out.extend(office::office_units(office, lang.code(), &reviews));
    Ok(out)
}

/// How far a language is translated and reviewed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Coverage {
    /// Interface strings.
    pub interface: usize,
    /// Of them, translated.
    pub interface_translated: usize,
    /// Guide strings.
    pub guide: usize,
    /// Of them, translated.
    pub guide_translated: usize,
    /// Contacts' texts (description, hours, before you call).
    pub contacts: usize,
    /// Of them, translated.
    pub contacts_translated: usize,
    /// The office's own texts (its notes and questions written in English).
    pub office: usize,
    /// Of them, translated.
    pub office_translated: usize,
    /// Strings reviewed against the English in use.
    pub reviewed: usize,
    /// Strings reviewed against older English.
    pub outdated: usize,
}

impl Coverage {
    /// Of `units`.
    #[must_use]
    pub fn of(units: &[Unit]) -> Coverage {
        let mut c = Coverage::default();
        for u in units {
            let translated = !u.translation.trim().is_empty();
            if u.is_interface() {
                c.interface += 1;
                c.interface_translated += usize::from(translated);
            } else if u.id.starts_with(catalog::CONTACT) {
                c.contacts += 1;
                c.contacts_translated += usize::from(translated);
            } else if u.id.starts_with(office::OFFICE) {
                c.office += 1;
                c.office_translated += usize::from(translated);
            } else {
                c.guide += 1;
                c.guide_translated += usize::from(translated);
            }
            match u.state {
                ReviewState::Reviewed { .. } => c.reviewed += 1,
                ReviewState::Outdated { .. } => c.outdated += 1,
                ReviewState::Unreviewed => {}
            }
        }
        c
    }

    /// All strings.
    #[must_use]
    pub fn all(&self) -> usize {
        self.interface + self.guide + self.contacts + self.office
    }

    /// Every string reviewed and current.
    #[must_use]
    pub fn all_reviewed(&self) -> bool {
        self.reviewed == self.all()
    }

    /// Translated interface strings, in whole percent.
    #[must_use]
    pub fn interface_percent(&self) -> usize {
        (self.interface_translated * 100)
            .checked_div(self.interface)
            .unwrap_or(0)
    }

    /// Translated guide strings, in whole percent.
    #[must_use]
    pub fn guide_percent(&self) -> usize {
        (self.guide_translated * 100)
            .checked_div(self.guide)
            .unwrap_or(0)
    }

    /// Reviewed strings, in whole percent of all.
    #[must_use]
    pub fn reviewed_percent(&self) -> usize {
        (self.reviewed * 100).checked_div(self.all()).unwrap_or(0)
    }
}

/// Who reviewed the strings printed and when, when every one of `printed` is reviewed against
/// the English in use: the reviewers' names (sorted, joined) and the latest review day.
#[must_use]
pub fn reviewed_mark(
    units: &[Unit],
    printed: impl Fn(&Unit) -> bool,
) -> Option<(String, jiff::civil::Date)> {
    let mut names = std::collections::BTreeSet::new();
    let mut last: Option<jiff::civil::Date> = None;
    let mut any = false;
    for u in units.iter().filter(|u| printed(u)) {
        any = true;
        let ReviewState::Reviewed { by, on } = &u.state else {
            return None;
        };
        names.insert(by.as_str());
        last = Some(last.map_or(*on, |d: jiff::civil::Date| d.max(*on)));
    }
    let names: Vec<&str> = names.into_iter().collect();
    (any).then(|| last.map(|d| (names.join(", "), d))).flatten()
}

/// Whether interface string `id` is one the printouts print (their labels, categories, the
/// call sheet's words).
#[must_use]
pub fn printed_interface(id: &str) -> bool {
    let Some(key) = id.strip_prefix(catalog::UI) else {
        return false;
    };
    [
        "printed-",
        "sheet-",
        "category-",
        "note-kind-",
        "cost-",
        "contact-",
        "finding-",
        "method-",
    ]
    .iter()
    .any(|p| key.starts_with(p))
        || matches!(
            key,
            "county-statewide" | "door-agent" | "door-card" | "print-prepared-by" | "print-sources"
        )
}

/// What the data folder's review marks say on screen and on paper.
#[derive(Debug, Clone, Default)]
pub struct ReviewMarks {
    /// For each translated language whose interface is reviewed in full: who and when.
    interface: Vec<(Lang, String, jiff::civil::Date)>,
    /// For each translated language: how far its interface and guides are translated and
    /// reviewed.
    coverage: Vec<(Lang, Coverage)>,
    /// For each translated guide (id, language) whose strings and printed words are all
    /// reviewed: its note, "Translation … reviewed by NAME on DATE".
    notes: Vec<(String, String, String)>,
}

impl ReviewMarks {
    /// The marks of `guides` (as installed) in the data folder `data_dir`: each language's
    /// strings are gathered once.
    #[must_use]
    pub fn of(guides: &[Guide], data_dir: &Path) -> ReviewMarks {
        let mut marks = ReviewMarks::default();
        for lang in Lang::all().into_iter().filter(|l| *l != Lang::En) {
            let office = crate::core::guide::office_notes::OfficeNotes::default();
            let Ok(units) = units(data_dir, guides, &[], &office, lang) else {
                continue;
            };
            marks.coverage.push((lang, Coverage::of(&units)));
            if let Some((who, on)) = reviewed_mark(&units, Unit::is_interface) {
                marks.interface.push((lang, who, on));
            }
            for g in guides
                .iter()
                .filter(|g| g.language == lang.code() && g.translation_note.is_some())
            {
                let prefix = format!("{}{}/", catalog::GUIDE, g.id);
                if let Some((who, on)) = reviewed_mark(&units, |u| {
                    u.id.starts_with(&prefix) || printed_interface(&u.id)
                }) {
                    let i18n = crate::core::i18n::I18n::new(lang);
                    let note = i18n.tr_args(
                        "printed-translation-reviewed",
                        &[("who", who.into()), ("date", i18n.date(on).into())],
                    );
                    marks
                        .notes
                        .push((g.id.to_string(), g.language.clone(), note));
                }
            }
        }
        marks
    }

    /// Who reviewed the whole interface in `lang` and when.
    #[must_use]
    pub fn interface(&self, lang: Lang) -> Option<(&str, jiff::civil::Date)> {
        self.interface
            .iter()
            .find(|(l, _, _)| *l == lang)
            .map(|(_, who, on)| (who.as_str(), *on))
    }

    /// How far `lang`'s interface and guides are translated and reviewed (its contacts' texts
    /// are not counted here).
    #[must_use]
    pub fn coverage(&self, lang: Lang) -> Option<Coverage> {
        self.coverage
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, c)| *c)
    }

    /// `guides` with the note of each fully reviewed translation saying so (the others keep
    /// their own "not yet reviewed by a qualified translator").
    #[must_use]
    pub fn on(&self, guides: &[Guide]) -> Vec<Guide> {
        let mut guides = guides.to_vec();
        for g in &mut guides {
            if let Some((_, _, note)) = self
                .notes
                .iter()
                .find(|(id, lang, _)| g.id == *id && g.language == *lang)
            {
                g.translation_note = Some(note.clone());
            }
        }
        guides
    }
}

/// Applies `plan` (from a translator's file for `lang`) to the data folder, with the reviewer's
/// name and day (`review`) on every string given back: the pack's `ui.ftl`, the copies in
/// `guides_folder` of the translated guides among `all` (as installed), and the review marks
/// of `units` (the language's strings; contacts' translations are the directory's, changed by
/// the caller). Then puts the interface strings in force.
pub fn apply(
    data_dir: &Path,
    guides_folder: &Path,
    all: &[Guide],
    units: &[Unit],
    lang: Lang,
    plan: &import::TranslationImport,
    review: (&str, jiff::civil::Date),
) -> Result<(), StoreError> {
    let ui_changes: Vec<&import::Change> = plan
        .new
        .iter()
        .chain(&plan.changed)
        .filter(|c| c.id.starts_with(catalog::UI))
        .collect();
    if !ui_changes.is_empty() {
        let path = ui_file(data_dir, lang);
        let pack = std::fs::read_to_string(&path).unwrap_or_default();
        crate::core::store::fsio::write_with_backup(
            &path,
            import::pack_ftl_with(&pack, &ui_changes).as_bytes(),
        )?;
    }
    // A language without a translation of a guide yet (a new pack) gets one, empty but for
    // the strings given back (the rest shows in English, marked).
    let mut translations: Vec<Guide> = all
        .iter()
        .filter(|g| g.language == lang.code())
        .cloned()
        .collect();
    for english in all.iter().filter(|g| g.language == "en") {
        if !translations.iter().any(|g| g.id == english.id) {
            let note = crate::core::i18n::with(lang, |t| t.tr("guide-translation-unreviewed"));
            translations.push(guide::fallback::skeleton(english, lang.code(), note));
        }
    }
    for mut translated in translations {
        if import::apply_to_guide(plan, &mut translated) > 0 {
            let text = crate::core::store::to_ron(&translated)?;
            crate::core::store::fsio::write_with_backup(
                &guide::update::installed_path(guides_folder, &translated),
                text.as_bytes(),
            )?;
        }
    }
    let path = reviews_file(data_dir, lang);
    let mut reviews = Reviews::load(&path)?;
    import::mark_reviewed(plan, units, &mut reviews, review.0, review.1);
    reviews.save(&path)?;
    install_packs(data_dir);
    Ok(())
}
