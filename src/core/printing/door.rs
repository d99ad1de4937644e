//! Door cards ("red cards"): the front, in the person's language, says what to do when
//! immigration agents come to the door (the door guide's card summary, or the office's own
//! wording kept as its note on that entry); the back, always in English, speaks to the agent,
//! with the office's numbers for the county below it (legal aid first).

use super::cards::{CardSheet, CardSide, DOOR_CARD};
use super::labels;
use super::options::{DOOR_AGENT_ENTRY, DOOR_CARD_ENTRY, DOOR_CARD_LINES, Handout, PrintLang};
use super::who_to_call::{card_contacts, card_line, join_unique};
use crate::core::directory::contact::Contact;
use crate::core::guide::Guide;
use crate::core::i18n::Lang;
use jiff::civil::Date;

/// The language of a door card's front: the printout's language, or of a bilingual one the
/// language that is not English (the back is English in every case).
#[must_use]
pub fn front_language(lang: PrintLang) -> Lang {
    lang.langs()
        .into_iter()
        .find(|l| *l != Lang::En)
        .unwrap_or(Lang::En)
}

/// A side's words: heading, points and where they come from.
struct Wording {
    heading: String,
    points: Vec<String>,
    source: String,
}

/// The card summary of `entry_id` in `guide`, or the office's own wording when the office wrote
/// a note on that entry (each line a point, the office named as the source).
fn wording(guide: &Guide, entry_id: &str, office_may_replace: bool) -> Option<Wording> {
    let entry = guide.entry(entry_id)?;
    let kp = entry.card_points()?;
    let office = entry
        .notes
        .iter()
        .rev()
        .find(|n| n.from.is_some())
        .filter(|_| office_may_replace);
    Some(match office {
        Some(note) => Wording {
            heading: kp.title,
            points: note
                .text
                .lines()
                .map(|l| l.trim().trim_start_matches(['-', '•', '*']).trim())
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect(),
            source: format!(
                "{} — {}{}",
                labels::word_in(&guide.language, "printed-from-office"),
                note.from.as_deref().unwrap_or_default(),
                note.as_of.map(|d| format!(" ({d})")).unwrap_or_default()
            ),
        },
        None => Wording {
            heading: kp.title,
            points: kp.points,
            source: kp.source.unwrap_or_default(),
        },
    })
}

/// When the entry's text was last checked: its companion guide's review date when the entry
/// is read inside another guide, else the guide's.
fn reviewed(guide: &Guide, entry_id: &str) -> Date {
    guide
        .companion_of_entry(entry_id)
        .map_or(guide.last_reviewed, |c| c.last_reviewed)
}

/// The door-card sheet of a printout, from `guides` (the door guide in the front's language and
/// in English, as read beside the main guide; see [`crate::core::guide::with_companions`]).
pub(super) fn door_sheet(
    handout: &Handout,
    guides: &[&Guide],
    chosen: &[&Contact],
    all: &[Contact],
    today: Date,
    rules: &crate::core::directory::status::DueRules,
) -> CardSheet {
    let with_card = |code: &str| {
        guides
            .iter()
            .copied()
            .find(|g| g.language == code && g.entry(DOOR_CARD_ENTRY).is_some())
    };
    let wanted = front_language(handout.choices.lang);
    let front_guide = with_card(wanted.code()).or_else(|| with_card("en"));
    let back_guide = with_card("en").or(front_guide);
    let lang = front_guide.map_or("en", |g| g.language.as_str());
    let prepared = &handout.choices.prepared_by;
    let footer = |code: &str, advice: bool, reviewed: Option<Date>| {
        let l = labels::labels(&[code]);
        let mut parts = Vec::new();
        if advice {
            let mut first = l.not_advice.trim_end_matches('.').to_string();
            if let Some(d) = reviewed {
                first.push_str(&format!(" — {} {d}", l.reviewed));
            }
            parts.push(first);
        }
        parts.push(format!("{} {today}", l.printed));
        if !prepared.is_empty() {
            parts.push(format!("{} {prepared}", l.prepared_by));
        }
        parts.join(" · ")
    };
    let front_words = front_guide.and_then(|g| wording(g, DOOR_CARD_ENTRY, true));
    // A language whose translation lacks the card's words: the front is English, said so in
    // the language asked for.
    let in_english = front_guide.is_some_and(|g| {
        g.language != wanted.code() || g.untranslated.iter().any(|e| e == DOOR_CARD_ENTRY)
    }) && wanted != crate::core::i18n::Lang::En;
    let mut source = front_words
        .as_ref()
        .map(|w| w.source.clone())
        .unwrap_or_default();
    if in_english {
        source = format!(
            "{} {source}",
            labels::word_in(wanted.code(), "printed-entry-in-english")
        )
        .trim()
        .to_string();
    }
    let front = CardSide {
        lang: if in_english { "en" } else { lang }.to_string(),
        heading: front_words
            .as_ref()
            .map_or_else(|| handout.choices.title.clone(), |w| w.heading.clone()),
        source,
        points: front_words.map(|w| w.points).unwrap_or_default(),
        lines_heading: String::new(),
        lines: Vec::new(),
        footer: footer(
            lang,
            true,
            front_guide.map(|g| reviewed(g, DOOR_CARD_ENTRY)),
        ),
    };
    // The back speaks to the agent in English, whatever the front's language (the numbers'
    // lines too); only the heading over the office's numbers is also in the front's language,
    // for the family.
    let back_words = back_guide.and_then(|g| wording(g, DOOR_AGENT_ENTRY, false));
    let back = CardSide {
        lang: "en".into(),
        heading: back_words
            .as_ref()
            .map(|w| w.heading.clone())
            .unwrap_or_default(),
        source: back_words
            .as_ref()
            .map(|w| w.source.clone())
            .unwrap_or_default(),
        points: back_words.map(|w| w.points).unwrap_or_default(),
        lines_heading: join_unique(
            ["en", lang]
                .into_iter()
                .map(|l| labels::labels(&[l]).who_to_call),
        ),
        lines: card_contacts(handout, chosen, all, DOOR_CARD_LINES)
            .into_iter()
            .map(|c| card_line(c, "en", today, rules))
            .collect(),
        footer: footer("en", false, None),
    };
    DOOR_CARD.sheet(handout.choices.paper, front, back, "#a31515")
}
