//! A language of the interface and the printouts: one the app was built with (English, and
//! Spanish as a translation) or one an office added with a language pack (see [`super::packs`]).
//! A language is its BCP 47 code ("vi", "zh-hant"), interned so that it stays a small `Copy`
//! value; it is written to files as that code.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::sync::Mutex;

/// A language the interface and the printouts can be in.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(&'static str);

impl std::fmt::Debug for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lang({})", self.0)
    }
}

impl Default for Lang {
    fn default() -> Self {
        Lang::En
    }
}

/// Codes seen in this process, interned (a few per data folder at most).
static INTERNED: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());

/// Languages written right to left (by primary subtag).
const RIGHT_TO_LEFT: [&str; 12] = [
    "ar", "fa", "ps", "prs", "ur", "he", "yi", "dv", "ckb", "sd", "ug", "syr",
];

/// The names of languages in those languages, for packs that do not give one: the languages of
/// the directory's list and those the offices' families speak (English names in the Fluent
/// files' `language-name-*`).
const AUTONYMS: [(&str, &str); 20] = [
    ("en", "English"),
    ("es", "Español"),
    ("vi", "Tiếng Việt"),
    ("ar", "العربية"),
    ("zh", "中文"),
    ("fr", "Français"),
    ("pt", "Português"),
    ("ht", "Kreyòl ayisyen"),
    ("ru", "Русский"),
    ("uk", "Українська"),
    ("ps", "پښتو"),
    ("fa", "فارسی"),
    ("prs", "دری"),
    ("tl", "Tagalog"),
    ("ko", "한국어"),
    ("nv", "Diné bizaad"),
    ("ti", "ትግርኛ"),
    ("hmn", "Hmoob"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("quc", "K'iche'"),
];

#[allow(non_upper_case_globals, reason = "read as the variants they were")]
impl Lang {
    /// English, the original.
    pub const En: Lang = Lang("en");
    /// Spanish (a translation bundled with the app).
    pub const Es: Lang = Lang("es");
    /// The languages the app is built with.
    pub const BUNDLED: [Lang; 2] = [Lang::En, Lang::Es];

    /// Every language available now: the bundled ones, then those of the packs in force.
    #[must_use]
    pub fn all() -> Vec<Lang> {
        let mut all = Lang::BUNDLED.to_vec();
        for l in super::packs::languages() {
            if !all.contains(&l) {
                all.push(l);
            }
        }
        all
    }

    /// The language of `code` ("vi", "zh-Hant", "`es_MX`") as a code, whether or not it is
    /// available; `None` when `code` is not a language code (2–3 letters, then subtags of
    /// 1–8 letters or digits).
    #[must_use]
    pub fn parse(code: &str) -> Option<Lang> {
        let code = code.trim().replace('_', "-").to_ascii_lowercase();
        let mut parts = code.split('-');
        let primary = parts.next()?;
        let ok = (2..=3).contains(&primary.len())
            && primary.chars().all(|c| c.is_ascii_lowercase())
            && parts.all(|p| {
                (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric())
            });
        if !ok {
            return None;
        }
        Some(Lang(intern(&code)))
    }

    /// The available language for a locale or code such as "es-MX", "es_US.UTF-8" or "vi":
    /// the language itself when available, else the available one with its primary subtag,
    /// English otherwise.
    #[must_use]
    pub fn from_locale(locale: Option<&str>) -> Lang {
        let Some(locale) = locale else {
            return Lang::En;
        };
        let locale = locale.split(['.', '@']).next().unwrap_or_default();
        let Some(wanted) = Lang::parse(locale) else {
            return Lang::En;
        };
        let all = Lang::all();
        if all.contains(&wanted) {
            return wanted;
        }
        all.into_iter()
            .find(|l| l.primary() == wanted.primary())
            .unwrap_or(Lang::En)
    }

    /// The operating system's language, when it is one available.
    #[must_use]
    pub fn from_os() -> Lang {
        Lang::from_locale(sys_locale::get_locale().as_deref())
    }

    /// The available language of a BCP 47 code (see [`Lang::from_locale`]), English for any
    /// other.
    #[must_use]
    pub fn from_code(code: &str) -> Lang {
        Lang::from_locale(Some(code))
    }

    /// BCP 47 code.
    #[must_use]
    pub fn code(self) -> &'static str {
        self.0
    }

    /// The primary subtag ("zh" of "zh-hant").
    #[must_use]
    pub fn primary(self) -> &'static str {
        self.0.split('-').next().unwrap_or(self.0)
    }

    /// Whether the app was built with this language.
    #[must_use]
    pub fn is_bundled(self) -> bool {
        Lang::BUNDLED.contains(&self)
    }

    /// Whether the language is written right to left (Arabic, Farsi, Pashto, Urdu, …).
    #[must_use]
    pub fn is_right_to_left(self) -> bool {
        RIGHT_TO_LEFT.contains(&self.primary())
    }

    /// The language's name in itself: the pack's, else a known one, else its code.
    #[must_use]
    pub fn autonym(self) -> String {
        if let Some(name) = super::packs::pack(self).and_then(|p| p.name)
            && !name.trim().is_empty()
        {
            return name.trim().to_string();
        }
        Lang::known_autonym(self).unwrap_or(self.0).to_string()
    }

    /// The name of the language in itself, when the app knows it.
    #[must_use]
    pub fn known_autonym(self) -> Option<&'static str> {
        AUTONYMS
            .iter()
            .find(|(c, _)| *c == self.0 || *c == self.primary())
            .map(|(_, n)| *n)
    }

    /// The bundled Fluent source for this language: English's for a language the app was not
    /// built with (its pack's strings are read over it).
    #[must_use]
    pub fn ftl(self) -> &'static str {
        match self {
            Lang::Es => include_str!("../../../assets/i18n/es.ftl"),
            _ => include_str!("../../../assets/i18n/en.ftl"),
        }
    }
}

/// `code` as a string that lives as long as the process (a few per data folder at most).
pub(crate) fn intern(code: &str) -> &'static str {
    for bundled in Lang::BUNDLED {
        if bundled.0 == code {
            return bundled.0;
        }
    }
    let Ok(mut set) = INTERNED.lock() else {
        // A poisoned lock only means another thread panicked; leak this one code.
        return Box::leak(code.to_string().into_boxed_str());
    };
    if let Some(s) = set.get(code) {
        return s;
    }
    let s: &'static str = Box::leak(code.to_string().into_boxed_str());
    set.insert(s);
    s
}

impl Serialize for Lang {
    /// As a name (RON writes `es`, or `r#zh-hant`; JSON a string), which reads back the same
    /// way as the variant names earlier releases wrote (`Es`).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_unit_variant("Lang", 0, self.0)
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Lang;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a language code")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Lang, E> {
                // Earlier releases wrote the two languages as `En` and `Es`.
                Lang::parse(v).ok_or_else(|| E::custom(format!("not a language code: {v}")))
            }
        }
        d.deserialize_identifier(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_checked_and_interned() {
        assert_eq!(Lang::parse("es"), Some(Lang::Es));
        assert_eq!(Lang::parse(" VI "), Lang::parse("vi"));
        assert_eq!(Lang::parse("zh_Hant").map(Lang::code), Some("zh-hant"));
        assert_eq!(Lang::parse("zh-hant").map(Lang::primary), Some("zh"));
        assert_eq!(Lang::parse("english"), None);
        assert_eq!(Lang::parse("../x"), None);
        assert_eq!(Lang::parse(""), None);
        assert!(Lang::parse("ar").is_some_and(Lang::is_right_to_left));
        assert!(!Lang::Es.is_right_to_left());
        assert_eq!(
            Lang::parse("vi").map(Lang::autonym).as_deref(),
            Some("Tiếng Việt")
        );
    }

    #[test]
    fn written_as_codes_and_read_as_codes_or_the_old_names() {
        #[derive(Deserialize)]
        struct Old {
            lang: Lang,
        }
        assert_eq!(ron::to_string(&Lang::Es).expect("writes"), "es");
        for (text, lang) in [("es", Lang::Es), ("Es", Lang::Es), ("En", Lang::En)] {
            assert_eq!(ron::from_str::<Lang>(text).expect(text), lang);
        }
        for code in ["zh-hant", "vi", "prs"] {
            let lang = Lang::parse(code).expect("a code");
            let text = ron::to_string(&lang).expect("writes");
            assert_eq!(ron::from_str::<Lang>(&text).expect(&text), lang);
        }
        assert_eq!(serde_json::to_string(&Lang::Es).expect("writes"), "\"es\"");
        let old: Old = ron::from_str("(lang: Es)").expect("reads");
        assert_eq!(old.lang, Lang::Es);
        assert!(ron::from_str::<Lang>("english").is_err());
    }

    #[test]
    fn locales_choose_an_available_language() {
        assert_eq!(Lang::from_locale(Some("es-MX")), Lang::Es);
        assert_eq!(Lang::from_locale(Some("es_US.UTF-8")), Lang::Es);
        assert_eq!(Lang::from_locale(Some("en-US")), Lang::En);
        assert_eq!(Lang::from_locale(Some("C")), Lang::En);
        assert_eq!(Lang::from_locale(None), Lang::En);
    }
}
