//! Taking a translator's file back: what it changes (new, changed, confirmed, and rejected —
//! the English moved on since the file was written, or a Fluent variable or selector was lost),
//! and applying it in one go with the reviewer's name: interface strings into the language
//! pack's `ui.ftl`, guide text into the data folder's copy of the translated guide, and a review
//! mark for every string the reviewer gave back.

use super::catalog::{self, Unit};
use super::exchange::Incoming;
use super::review::Reviews;
use crate::core::guide::Guide;
use fluent_syntax::ast;
use std::collections::BTreeSet;

/// One string the file changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The id.
    pub id: String,
    /// The English.
    pub english: String,
    /// The translation now ("" for a new one).
    pub before: String,
    /// The translation in the file.
    pub after: String,
}

/// Why a string of the file is not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    /// The English changed since the file was written: translate the new English.
    EnglishMovedOn,
    /// The translation is not a Fluent message (the parser's words).
    NotFluent(String),
    /// The translation lacks variables the English has (names without `$`).
    LostVariables(Vec<String>),
    /// The translation uses variables the English does not have.
    UnknownVariables(Vec<String>),
    /// The English chooses by these variables (plurals) and the translation does not.
    LostSelectors(Vec<String>),
}

/// What importing a translator's file would do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TranslationImport {
    /// Strings that had no translation.
    pub new: Vec<Change>,
    /// Strings whose translation changes.
    pub changed: Vec<Change>,
    /// Strings whose translation the reviewer kept (ids).
    pub confirmed: Vec<String>,
    /// Strings not taken, and why.
    pub rejected: Vec<(String, Rejection)>,
    /// Ids the language does not have.
    pub unknown: Vec<String>,
}

/// Variables a Fluent pattern uses, and those it chooses by.
fn variables(
    pattern: &ast::Pattern<&str>,
    used: &mut BTreeSet<String>,
    chosen: &mut BTreeSet<String>,
) {
    fn inline(e: &ast::InlineExpression<&str>, used: &mut BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                used.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_vars(expression, used, &mut BTreeSet::new());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, used);
                }
                for a in &arguments.named {
                    inline(&a.value, used);
                }
            }
            _ => {}
        }
    }
    fn expression_vars(
        e: &ast::Expression<&str>,
        used: &mut BTreeSet<String>,
        chosen: &mut BTreeSet<String>,
    ) {
        match e {
            ast::Expression::Inline(i) => inline(i, used),
            ast::Expression::Select { selector, variants } => {
                if let ast::InlineExpression::VariableReference { id } = selector {
                    chosen.insert(id.name.to_string());
                }
                inline(selector, used);
                for v in variants {
                    variables(&v.value, used, chosen);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, used, chosen);
        }
    }
}

/// A message's variables and selectors, or the parser's complaint.
fn fluent_shape(text: &str) -> Result<(BTreeSet<String>, BTreeSet<String>), String> {
    let source = format!("x = {text}\n");
    let resource = fluent_syntax::parser::parse(source.as_str()).map_err(|(_, errors)| {
        errors
            .first()
            .map_or_else(|| "not Fluent".to_string(), |e| format!("{:?}", e.kind))
    })?;
    let [ast::Entry::Message(m)] = resource.body.as_slice() else {
        return Err("more than one message, or none".into());
    };
    let Some(pattern) = &m.value else {
        return Err("empty".into());
    };
    let (mut used, mut chosen) = (BTreeSet::new(), BTreeSet::new());
    variables(pattern, &mut used, &mut chosen);
    Ok((used, chosen))
}

/// Checks an interface translation against its English: same variables, same plural choices.
fn check_interface(english: &str, translation: &str) -> Result<(), Rejection> {
    let (want_used, want_chosen) = fluent_shape(english).map_err(Rejection::NotFluent)?;
    let (used, chosen) = fluent_shape(translation).map_err(Rejection::NotFluent)?;
    let lost: Vec<String> = want_used.difference(&used).cloned().collect();
    if !lost.is_empty() {
        return Err(Rejection::LostVariables(lost));
    }
    let extra: Vec<String> = used.difference(&want_used).cloned().collect();
    if !extra.is_empty() {
        return Err(Rejection::UnknownVariables(extra));
    }
    let lost: Vec<String> = want_chosen.difference(&chosen).cloned().collect();
    if !lost.is_empty() {
        return Err(Rejection::LostSelectors(lost));
    }
    Ok(())
}

/// What `incoming` (a translator's file) would do to `units` (the language's strings now).
#[must_use]
pub fn plan(units: &[Unit], incoming: Vec<Incoming>) -> TranslationImport {
    let mut out = TranslationImport::default();
    for i in incoming {
        let Some(unit) = units.iter().find(|u| u.id == i.id) else {
            out.unknown.push(i.id);
            continue;
        };
        if i.english.trim() != unit.english.trim() {
            out.rejected.push((i.id, Rejection::EnglishMovedOn));
            continue;
        }
        if i.translation.trim().is_empty() {
            continue;
        }
        if unit.is_interface()
            && let Err(why) = check_interface(&unit.english, &i.translation)
        {
            out.rejected.push((i.id, why));
            continue;
        }
        let change = Change {
            id: i.id.clone(),
            english: unit.english.clone(),
            before: unit.translation.clone(),
            after: i.translation.clone(),
        };
        if unit.translation.trim().is_empty() {
            out.new.push(change);
        } else if unit.translation != i.translation {
            out.changed.push(change);
        } else {
            out.confirmed.push(i.id);
        }
    }
    out
}

/// The pack's `ui.ftl` with `changes` (interface ids) written in: each message replaced, or
/// added at the end.
#[must_use]
pub fn pack_ftl_with(pack: &str, changes: &[&Change]) -> String {
    let mut messages = catalog::ftl_messages(pack);
    for c in changes {
        let Some(key) = c.id.strip_prefix(catalog::UI) else {
            continue;
        };
        match messages.iter_mut().find(|(k, _, _)| k == key) {
            Some(m) => m.1.clone_from(&c.after),
            None => messages.push((key.to_string(), c.after.clone(), String::new())),
        }
    }
    let mut out = String::from(
        "# The office's reviewed interface strings for this language (Rights Desk reads them over\n\
         # the bundled ones). Written by `rights-desk translate import`.\n",
    );
    for (key, value, _) in messages {
        out.push_str(&format!("{key} = {value}\n"));
    }
    out
}

/// The guide texts of `plan` written into `guide` (the translated guide). Returns how many.
pub fn apply_to_guide(plan: &TranslationImport, guide: &mut Guide) -> usize {
    plan.new
        .iter()
        .chain(&plan.changed)
        .filter(|c| catalog::set_guide_text(guide, &c.id, &c.after))
        .count()
}

/// Marks every string of `plan` the reviewer gave back as reviewed by `reviewer` on `on`.
pub fn mark_reviewed(
    plan: &TranslationImport,
    units: &[Unit],
    reviews: &mut Reviews,
    reviewer: &str,
    on: jiff::civil::Date,
) {
    for id in plan
        .new
        .iter()
        .chain(&plan.changed)
        .map(|c| &c.id)
        .chain(&plan.confirmed)
    {
        if let Some(u) = units.iter().find(|u| &u.id == id) {
            reviews.mark(id, reviewer, on, &u.english);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::translation::review::ReviewState;

    fn unit(id: &str, english: &str, translation: &str) -> Unit {
        Unit {
            id: id.into(),
            context: String::new(),
            english: english.into(),
            translation: translation.into(),
            state: ReviewState::Unreviewed,
        }
    }

    fn incoming(id: &str, english: &str, translation: &str) -> Incoming {
        Incoming {
            id: id.into(),
            english: english.into(),
            translation: translation.into(),
        }
    }

    #[test]
    fn a_file_is_sorted_into_new_changed_confirmed_and_rejected() {
        let plural = "{ $count ->\n    [one] One contact\n   *[other] { $count } contacts\n}";
        let units = vec![
            unit("ui/a", "Cancel", "Cancelar"),
            unit("ui/b", "Open", "Abrir"),
            unit("ui/c", "Saved { $path }", ""),
            unit("ui/d", plural, "{ $count } contactos"),
            unit("ui/e", "Moved on", "Movido"),
            unit("guide/g/q1/question", "What?", "¿Qué?"),
        ];
        let file = vec![
            incoming("ui/a", "Cancel", "Cancelar"),
            incoming("ui/b", "Open", "Abrir archivo"),
            incoming("ui/c", "Saved { $path }", "Se guardó"),
            incoming(
                "ui/d",
                plural,
                "{ $count ->\n    [one] Un contacto\n   *[other] { $count } contactos\n}",
            ),
            incoming("ui/e", "Moved", "Movido"),
            incoming("guide/g/q1/question", "What?", "¿Qué cosa?"),
            incoming("ui/zzz", "Gone", "Ido"),
        ];
        let p = plan(&units, file);
        assert_eq!(p.confirmed, ["ui/a"]);
        let changed: Vec<&str> = p.changed.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(changed, ["ui/b", "ui/d", "guide/g/q1/question"]);
        assert!(p.new.is_empty());
        assert_eq!(
            p.rejected,
            [
                (
                    "ui/c".to_string(),
                    Rejection::LostVariables(vec!["path".into()])
                ),
                ("ui/e".to_string(), Rejection::EnglishMovedOn),
            ]
        );
        assert_eq!(p.unknown, ["ui/zzz"]);
    }

    #[test]
    fn a_translation_that_drops_the_plural_choice_is_refused() {
        let english = "{ $n ->\n    [one] One\n   *[other] { $n } many\n}";
        assert_eq!(
            check_interface(english, "{ $n } muchos"),
            Err(Rejection::LostSelectors(vec!["n".into()]))
        );
        assert!(
            check_interface(
                english,
                "{ $n ->\n    [one] Uno\n   *[other] { $n } muchos\n}"
            )
            .is_ok()
        );
        assert!(matches!(
            check_interface("Hi", "{ $x"),
            Err(Rejection::NotFluent(_))
        ));
    }

    #[test]
    fn changes_go_into_the_pack_keeping_the_rest() {
        let change = Change {
            id: "ui/b".into(),
            english: "Open".into(),
            before: "Abrir".into(),
            after: "{ $n ->\n    [one] Abrir uno\n   *[other] Abrir { $n }\n}".into(),
        };
        let pack = pack_ftl_with("a = Uno\nb = Dos\n", &[&change]);
        let messages = catalog::ftl_messages(&pack);
        assert_eq!(messages.len(), 2);
        assert_eq!(messages[0].1, "Uno");
        assert_eq!(messages[1].1, change.after);
        // And it is a Fluent file.
        assert!(fluent_syntax::parser::parse(pack.as_str()).is_ok());
    }
}
