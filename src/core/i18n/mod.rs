//! User-interface strings, from Project Fluent files in `assets/i18n/` (one per bundled
//! language) with the office's language packs read over them (`packs`). The UI asks for a
//! string by key; a missing key shows the key itself, and a test checks that every key exists in
//! every bundled language. A pack's language lacking a message shows the English one.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::rc::Rc;

pub mod lang;
pub mod packs;

pub use lang::Lang;

thread_local! {
    /// Each language's strings, loaded once per thread (printouts ask for words often) and
    /// again after a language pack changes.
    static LOADED: std::cell::RefCell<Vec<(Lang, u64, Rc<I18n>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` with the strings of `lang`, loading them once per thread.
pub fn with<R>(lang: Lang, f: impl FnOnce(&I18n) -> R) -> R {
    let generation = packs::generation();
    let loaded = LOADED.with(|loaded| {
        let mut loaded = loaded.borrow_mut();
        if let Some((_, _, i)) = loaded
            .iter()
            .find(|(l, g, _)| *l == lang && *g == generation)
        {
            return Rc::clone(i);
        }
        let i = Rc::new(I18n::new(lang));
        loaded.retain(|(l, _, _)| *l != lang);
        loaded.push((lang, generation, Rc::clone(&i)));
        i
    });
    f(&loaded)
}

/// Loaded strings for one language.
pub struct I18n {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    /// For a language a pack added: the messages the pack has (the others show in English).
    own: Option<std::collections::HashSet<String>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

impl I18n {
    /// Loads the strings of `lang`. Syntax errors in the file are skipped entry by entry (the
    /// affected keys then show as their names), so a typo never stops the app.
    #[must_use]
    pub fn new(lang: Lang) -> I18n {
        let resource = match FluentResource::try_new(lang.ftl().to_string()) {
            Ok(r) => r,
            Err((r, _errors)) => r,
        };
        let langid = lang
            .code()
            .parse()
            .unwrap_or_else(|_| unic_langid::langid!("en"));
        let mut bundle = FluentBundle::new(vec![langid]);
        // egui shows Unicode isolation marks as boxes.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        // The office's reviewed corrections, over the bundled strings.
        let mut own = (!lang.is_bundled()).then(std::collections::HashSet::new);
        if let Some(ftl) = packs::installed(lang) {
            let resource = match FluentResource::try_new(ftl) {
                Ok(r) => r,
                Err((r, _errors)) => r,
            };
            if let Some(own) = &mut own {
                own.extend(resource.entries().filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) if m.value.is_some() => {
                        Some(m.id.name.to_string())
                    }
                    _ => None,
                }));
            }
            bundle.add_resource_overriding(resource);
        }
        I18n { lang, bundle, own }
    }

    /// The language.
    #[must_use]
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A date written the way the interface language writes it: "Nov 2, 2026" in English,
    /// "2 nov. 2026" in Spanish, "2026-11-02" in a language a pack added.
    #[must_use]
    pub fn date(&self, d: jiff::civil::Date) -> String {
        const EN: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        const ES: [&str; 12] = [
            "ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.",
            "nov.", "dic.",
        ];
        let m = usize::try_from(d.month() - 1).unwrap_or(0).min(11);
        match self.lang {
            Lang::En => format!("{} {}, {}", EN[m], d.day(), d.year()),
            Lang::Es => format!("{} {} {}", d.day(), ES[m], d.year()),
            // A pack's language: the one date form every reader can read.
            _ => d.to_string(),
        }
    }

    /// A count written the way the interface language groups digits: "100,000" in English,
    /// "100.000" in Spanish, "100000" in a language a pack added.
    #[must_use]
    pub fn count(&self, n: usize) -> String {
        let sep = match self.lang {
            Lang::En => ',',
            Lang::Es => '.',
            // A pack's language: digits only, which no reader misreads.
            _ => return n.to_string(),
        };
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(sep);
            }
            out.push(c);
        }
        out
    }

    /// The name of a language code in the interface language (`language-name-<code>` in the
    /// Fluent files, which name every language of `view::LANGUAGES`), or the text itself when
    /// the code is unknown.
    #[must_use]
    pub fn language_name(&self, code: &str) -> String {
        let code = code.trim();
        let key = format!("language-name-{}", code.to_ascii_lowercase());
        if self.bundle.get_message(&key).is_some() {
            self.tr(&key)
        } else {
            code.to_string()
        }
    }

    /// The name of `lang` as the interface lists it: "Español (Spanish)" for a bundled
    /// language, its own name and, when known, the name in the interface language for one a
    /// pack added ("Tiếng Việt (Vietnamese)").
    #[must_use]
    pub fn language_label(&self, lang: Lang) -> String {
        if lang.is_bundled() {
            return self.tr(&format!("language-{}", lang.code()));
        }
        let own = lang.autonym();
        let here = self.language_name(lang.code());
        if here == lang.code() || here == own {
            own
        } else {
            format!("{own} ({here})")
        }
    }

    /// Whether some message whose key starts with `prefix` shows in English because the
    /// language's pack lacks it (never for a bundled language).
    #[must_use]
    pub fn lacks_any(&self, prefix: &str) -> bool {
        let Some(own) = &self.own else {
            return false;
        };
        I18n::keys(Lang::En)
            .iter()
            .any(|k| k.starts_with(prefix) && !own.contains(k))
    }

    /// The string for `key`.
    #[must_use]
    pub fn tr(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The string for `key` with arguments.
    #[must_use]
    pub fn tr_args(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(key, Some(&fa))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// Every message key in a language's file.
    #[must_use]
    pub fn keys(lang: Lang) -> Vec<String> {
        let resource = match FluentResource::try_new(lang.ftl().to_string()) {
            Ok(r) | Err((r, _)) => r,
        };
        let mut keys: Vec<String> = resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        keys.sort();
        keys
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses_and_formats() {
        for lang in Lang::BUNDLED {
            assert!(
                FluentResource::try_new(lang.ftl().to_string()).is_ok(),
                "{lang:?} has syntax errors"
            );
            let i = I18n::new(lang);
            for key in I18n::keys(lang) {
                assert_ne!(i.tr(&key), "", "{key} is empty");
            }
        }
        let i = I18n::new(Lang::En);
        assert_eq!(i.tr("tab-guide"), "Guide");
        assert_eq!(
            i.tr_args("search-hit-count", &[("count", 1.into())]),
            "1 entry matches"
        );
        assert_eq!(i.tr("no-such-key"), "no-such-key");
        let es = I18n::new(Lang::Es);
        assert_eq!(es.tr("tab-guide"), "Guía");
        assert_eq!(
            es.tr_args("search-hit-count", &[("count", 2.into())]),
            "2 preguntas coinciden"
        );
    }

    #[test]
    fn every_key_exists_in_every_language() {
        let en = I18n::keys(Lang::En);
        for lang in Lang::BUNDLED {
            let keys = I18n::keys(lang);
            let missing: Vec<&String> = en.iter().filter(|k| !keys.contains(k)).collect();
            let extra: Vec<&String> = keys.iter().filter(|k| !en.contains(k)).collect();
            assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{lang:?} has keys English lacks: {extra:?}"
            );
        }
    }

    #[test]
    fn dates_read_the_way_each_language_writes_them() {
        let d = jiff::civil::date(2026, 11, 2);
        assert_eq!(I18n::new(Lang::En).date(d), "Nov 2, 2026");
        assert_eq!(I18n::new(Lang::Es).date(d), "2 nov. 2026");
    }

    #[test]
    fn every_known_language_is_named_in_every_language() {
        for lang in Lang::BUNDLED {
            let t = I18n::new(lang);
            for (code, english) in crate::core::directory::view::LANGUAGES {
                let name = t.language_name(code);
                assert_ne!(name, code, "{code} has no name in {lang:?}");
                if lang == Lang::En {
                    assert_eq!(name, english);
                }
            }
        }
    }

    #[test]
    fn counts_are_said_with_fluent_plurals_in_both_languages() {
        let en = I18n::new(Lang::En);
        assert_eq!(
            en.tr_args(
                "merge-run",
                &[("copies", 1.into()), ("questions", 0.into())]
            ),
            "1 conflict copy merged; no questions left."
        );
        assert_eq!(
            en.tr_args(
                "merge-run",
                &[("copies", 2.into()), ("questions", 3.into())]
            ),
            "2 conflict copies merged; 3 questions left to answer."
        );
        let es = I18n::new(Lang::Es);
        assert_eq!(
            es.tr_args("merge-done", &[("count", 1.into())]),
            "Combinado: 1 contacto cambiado. Deshacer revierte toda la combinación."
        );
        assert_eq!(
            es.tr_args("recovery-readable", &[("count", 14.into())]),
            "Todavía se pueden leer 14 contactos de este archivo."
        );
    }
}

#[cfg(test)]
mod plural_tests {
    use super::Lang;
    use fluent_syntax::ast;

    /// Variables that hold a count of things.
    const COUNTS: [&str; 13] = [
        "count",
        "added",
        "updated",
        "new",
        "duplicates",
        "problems",
        "copies",
        "questions",
        "skipped",
        "taken",
        "chosen",
        "max",
        "checked",
    ];

    /// Messages where a count stands without a noun that agrees with it ("Page 2 of 5",
    /// "and 3 more", "up to 3"), or is a number of bytes far above one.
    const NO_NOUN: [&str; 12] = [
        "print-page-of",
        "round-progress",
        "directory-count-of",
        "recovery-diff-only-backup",
        "recovery-diff-changed",
        "recovery-diff-only-file",
        "recovery-and-more",
        "cards-back-hint",
        "import-apply",
        "print-pick-limit",
        // More are chosen than a printout lists: always many of both.
        "print-contacts-capped",
        // `$new` is a date there.
        "guide-update-reviewed",
    ];

    /// Count variables written outside a selector on themselves, in `pattern`.
    fn bare_counts<'a>(
        pattern: &'a ast::Pattern<&'a str>,
        inside: &[&'a str],
        found: &mut Vec<&'a str>,
    ) {
        for element in &pattern.elements {
            let ast::PatternElement::Placeable { expression } = element else {
                continue;
            };
            match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id })
                    if COUNTS.contains(&id.name) && !inside.contains(&id.name) =>
                {
                    found.push(id.name);
                }
                ast::Expression::Select { selector, variants } => {
                    let mut inner = inside.to_vec();
                    if let ast::InlineExpression::VariableReference { id } = selector {
                        inner.push(id.name);
                    }
                    for v in variants {
                        bare_counts(&v.value, &inner, found);
                    }
                }
                ast::Expression::Inline(_) => {}
            }
        }
    }

    #[test]
    fn every_count_goes_through_a_plural_selector_in_both_languages() {
        let mut bare = Vec::new();
        for lang in Lang::BUNDLED {
            let resource = fluent_syntax::parser::parse(lang.ftl()).expect("parses");
            for entry in &resource.body {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let Some(pattern) = &m.value else { continue };
                if NO_NOUN.contains(&m.id.name) {
                    continue;
                }
                let mut found = Vec::new();
                bare_counts(pattern, &[], &mut found);
                for name in found {
                    bare.push(format!("{}: {} ${name}", lang.code(), m.id.name));
                }
            }
        }
        assert!(
            bare.is_empty(),
            "counts said without a plural selector: {bare:#?}"
        );
    }

    #[test]
    fn no_message_is_defined_twice() {
        for lang in Lang::BUNDLED {
            let mut seen = std::collections::HashSet::new();
            let resource = fluent_syntax::parser::parse(lang.ftl()).expect("parses");
            for entry in &resource.body {
                if let ast::Entry::Message(m) = entry {
                    assert!(
                        seen.insert(m.id.name),
                        "{}: {} twice",
                        lang.code(),
                        m.id.name
                    );
                }
            }
        }
    }

    #[test]
    fn the_check_finds_a_bare_count() {
        let resource =
            fluent_syntax::parser::parse("x = Exported { $count } contacts\n").expect("parses");
        let ast::Entry::Message(m) = &resource.body[0] else {
            panic!("a message");
        };
        let mut found = Vec::new();
        bare_counts(m.value.as_ref().expect("value"), &[], &mut found);
        assert_eq!(found, ["count"]);
    }
}
