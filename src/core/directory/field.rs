//! What the directory knows of each field of a contact: every field in the editor's order, its
//! key in the file, whether two versions hold the same value, copying it from one version to
//! another, and its value as one line of text. The merge, the import's updates and the
//! verification log's record of what changed all use these.

use crate::core::directory::contact::{Contact, Field};

impl Field {
    /// Every field, in the editor's order.
    pub const ALL: [Field; 17] = [
        Field::Name,
        Field::Category,
        Field::Description,
        Field::Services,
        Field::Phones,
        Field::Email,
        Field::Website,
        Field::Address,
        Field::Counties,
        Field::Languages,
        Field::Hours,
        Field::Cost,
        Field::Caveat,
        Field::Notes,
        Field::Source,
        Field::Translations,
        Field::Own,
    ];

    /// The field's key in the file, also its message id suffix (`field-name`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Category => "category",
            Field::Description => "description",
            Field::Services => "services",
            Field::Phones => "phones",
            Field::Email => "email",
            Field::Website => "website",
            Field::Address => "address",
            Field::Counties => "counties",
            Field::Languages => "languages",
            Field::Hours => "hours",
            Field::Cost => "cost",
            Field::Notes => "notes",
            Field::Source => "source",
            Field::Caveat => "caveat",
            Field::Translations => "translations",
            Field::Own => "own",
        }
    }

    /// True when `a` and `b` hold the same value of this field.
    #[must_use]
    pub fn same(self, a: &Contact, b: &Contact) -> bool {
        match self {
            Field::Name => a.name == b.name,
            Field::Category => a.category == b.category,
            Field::Description => a.description == b.description,
            Field::Services => a.services == b.services,
            Field::Phones => a.phones == b.phones,
            Field::Email => a.email == b.email,
            Field::Website => a.website == b.website,
            Field::Address => a.address == b.address,
            Field::Counties => a.counties == b.counties,
            Field::Languages => a.languages == b.languages,
            Field::Hours => a.hours == b.hours,
            Field::Cost => a.cost == b.cost,
            Field::Notes => a.notes == b.notes,
            Field::Source => a.source == b.source,
            Field::Caveat => a.caveat == b.caveat,
            Field::Translations => a.translations == b.translations,
            Field::Own => a.own == b.own,
        }
    }

    /// Copies this field from `from` into `to`.
    pub fn copy(self, from: &Contact, to: &mut Contact) {
        match self {
            Field::Name => to.name.clone_from(&from.name),
            Field::Category => to.category = from.category,
            Field::Description => to.description.clone_from(&from.description),
            Field::Services => to.services.clone_from(&from.services),
            Field::Phones => to.phones.clone_from(&from.phones),
            Field::Email => to.email.clone_from(&from.email),
            Field::Website => to.website.clone_from(&from.website),
            Field::Address => to.address.clone_from(&from.address),
            Field::Counties => to.counties.clone_from(&from.counties),
            Field::Languages => to.languages.clone_from(&from.languages),
            Field::Hours => to.hours.clone_from(&from.hours),
            Field::Cost => to.cost = from.cost,
            Field::Notes => to.notes.clone_from(&from.notes),
            Field::Source => to.source.clone_from(&from.source),
            Field::Caveat => to.caveat.clone_from(&from.caveat),
            Field::Translations => to.translations.clone_from(&from.translations),
            Field::Own => to.own = from.own,
        }
    }

    /// True when `c` has a value in this field (an unknown cost, the category "Other", an empty
    /// text or list count as none): what an import that updates a contact takes from the file.
    #[must_use]
    pub fn has_value(self, c: &Contact) -> bool {
        match self {
            Field::Category => c.category != crate::core::directory::contact::Category::Other,
            Field::Cost => c.cost != crate::core::directory::contact::Cost::Unknown,
            Field::Own => c.own,
            Field::Address => !c.address.is_empty(),
            Field::Translations => c.translations.iter().any(|t| !t.is_empty()),
            _ => !self.show(c).trim().is_empty(),
        }
    }

    /// The field's value as one line of text, for the merge screen and the command line.
    #[must_use]
    pub fn show(self, c: &Contact) -> String {
        match self {
            Field::Name => c.name.to_string(),
            Field::Category => c.category.label().to_string(),
            Field::Description => c.description.to_string(),
            Field::Services => c.services.join(", "),
            Field::Phones => c
                .phones
                .iter()
                .map(|p| {
                    if p.label.is_empty() {
                        format!("{} ({})", p.number, p.kind.label())
                    } else {
                        format!("{} ({}, {})", p.number, p.kind.label(), p.label)
                    }
                })
                .collect::<Vec<_>>()
                .join("; "),
            Field::Email => c.email.to_string(),
            Field::Website => c.website.to_string(),
            Field::Address => c.address.one_line(),
            Field::Counties => c.counties.join(", "),
            Field::Languages => c.languages.join(", "),
            Field::Hours => c.hours.to_string(),
            Field::Cost => c.cost.label().to_string(),
            Field::Notes => c.notes.to_string(),
            Field::Source => c.source.to_string(),
            Field::Caveat => c.caveat.to_string(),
            Field::Translations => c
                .translations
                .iter()
                .map(|t| {
                    let parts: Vec<&str> =
                        [t.description.as_str(), t.hours.as_str(), t.caveat.as_str()]
                            .into_iter()
                            .filter(|s| !s.is_empty())
                            .collect();
                    format!("{}: {}", t.lang, parts.join(" · "))
                })
                .collect::<Vec<_>>()
                .join("; "),
            Field::Own => if c.own { "yes" } else { "no" }.to_string(),
        }
    }
}
