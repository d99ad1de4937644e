//! Wallet cards: their size, where they sit on a sheet, the cut marks, and a card's lines.

#[allow(clippy::wildcard_imports, reason = "the printout's own types")]
use super::options::*;
use serde::Serialize;

/// One phone line on the back of a wallet card.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CardLine {
    /// Who answers.
    pub name: String,
    /// The number.
    pub phone: String,
    /// "verified 2026-11-02" / "not verified".
    pub verification: String,
    /// True when not verified recently.
    pub unverified: bool,
    /// One line of what to know: "fee", or what an informational line is for ("Case status
    /// only: needs the person's A-number"); may be empty.
    pub note: String,
}

/// One side of a wallet card.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CardSide {
    /// Language code of the side.
    pub lang: String,
    /// Heading ("If your rights were violated").
    pub heading: String,
    /// Key points (may be empty).
    pub points: Vec<String>,
    /// Where the points come from ("Source: summary of question 7 …"; empty without points).
    pub source: String,
    /// Heading over the phone lines ("Who to call").
    pub lines_heading: String,
    /// Phone lines (may be empty).
    pub lines: Vec<CardLine>,
    /// Small print: print date, who prepared it, not legal advice.
    pub footer: String,
}

/// The top-left corner of a card on its sheet, in inches from the page's top-left corner.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Slot {
    /// From the left edge.
    pub x: f64,
    /// From the top edge.
    pub y: f64,
}

/// A cut mark: a short line in the margin, in inches from the page's top-left corner.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Mark {
    /// Start, from the left edge.
    pub x1: f64,
    /// Start, from the top edge.
    pub y1: f64,
    /// End, from the left edge.
    pub x2: f64,
    /// End, from the top edge.
    pub y2: f64,
}

/// Wallet card size in inches (US business card).
pub const CARD_SIZE_IN: (f64, f64) = (3.5, 2.0);

/// Door card size in inches (credit-card size, ISO/IEC 7810 ID-1: 85.6 × 53.98 mm).
pub const DOOR_CARD_SIZE_IN: (f64, f64) = (85.6 / 25.4, 53.98 / 25.4);

/// A card's size and how its sheets are laid out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardFormat {
    /// Width and height in inches.
    pub size: (f64, f64),
    /// Columns and rows on a sheet of Letter paper.
    pub letter: (usize, usize),
    /// Columns and rows on a sheet of A4 paper.
    pub a4: (usize, usize),
    /// Cut marks: the gap between the grid and a mark, and the mark's length, in inches.
    pub marks: (f64, f64),
}

/// Wallet cards: 10 to a Letter sheet, 8 on A4.
pub const WALLET_CARD: CardFormat = CardFormat {
    size: CARD_SIZE_IN,
    letter: (2, 5),
    a4: (2, 4),
    marks: (0.06, 0.2),
};

/// Door cards: credit-card size, 10 to a sheet of Letter or A4 (Letter leaves 0.19 in above
/// and below the grid, so the marks there are short).
pub const DOOR_CARD: CardFormat = CardFormat {
    size: DOOR_CARD_SIZE_IN,
    letter: (2, 5),
    a4: (2, 5),
    marks: (0.03, 0.13),
};

impl CardFormat {
    /// Columns and rows on `paper`.
    #[must_use]
    pub fn grid(&self, paper: Paper) -> (usize, usize) {
        match paper {
            Paper::Letter => self.letter,
            Paper::A4 => self.a4,
        }
    }

    /// Where each card sits on the front sheet, or on the back sheet (`back`), row by row;
    /// the back is mirrored left to right (see [`card_slots`]).
    #[must_use]
    pub fn slots(&self, paper: Paper, back: bool) -> Vec<Slot> {
        let (pw, ph) = paper.size_in();
        let (cw, ch) = self.size;
        let (cols, rows) = self.grid(paper);
        #[allow(clippy::cast_precision_loss, reason = "a handful of cards")]
        let (x0, y0) = ((pw - cw * cols as f64) / 2.0, (ph - ch * rows as f64) / 2.0);
        let mut out = Vec::with_capacity(cols * rows);
        for r in 0..rows {
            for c in 0..cols {
                #[allow(clippy::cast_precision_loss, reason = "a handful of cards")]
                let x = x0 + cw * c as f64;
                #[allow(clippy::cast_precision_loss, reason = "a handful of cards")]
                let y = y0 + ch * r as f64;
                let x = if back { pw - x - cw } else { x };
                out.push(Slot { x, y });
            }
        }
        out
    }

    /// Cut marks for a sheet of these cards (see [`cut_marks`]).
    #[must_use]
    pub fn marks(&self, slots: &[Slot]) -> Vec<Mark> {
        marks_for(slots, self.size, self.marks)
    }

    /// A sheet of these cards on `paper`: the front and back designs, where they go and the
    /// cut marks, the headings in `accent`.
    #[must_use]
    pub fn sheet(&self, paper: Paper, front: CardSide, back: CardSide, accent: &str) -> CardSheet {
        let front_slots = self.slots(paper, false);
        let back_slots = self.slots(paper, true);
        CardSheet {
            width: self.size.0,
            height: self.size.1,
            front,
            back,
            front_marks: self.marks(&front_slots),
            back_marks: self.marks(&back_slots),
            front_slots,
            back_slots,
            accent: accent.to_string(),
        }
    }
}

/// Cards per sheet: 10 on Letter (2 × 5), 8 on A4 (2 × 4).
#[must_use]
pub fn cards_per_sheet(paper: Paper) -> (usize, usize) {
    WALLET_CARD.grid(paper)
}

/// Where each wallet card sits on the front sheet, or on the back sheet (`back`), row by row.
/// The back is mirrored left to right, so that card `i` of the back prints behind card `i` of
/// the front when the sheet is turned over on its long edge.
#[must_use]
pub fn card_slots(paper: Paper, back: bool) -> Vec<Slot> {
    WALLET_CARD.slots(paper, back)
}

/// Cut marks for a sheet of wallet cards: at every card edge, in the margins around the grid.
#[must_use]
pub fn cut_marks(slots: &[Slot]) -> Vec<Mark> {
    WALLET_CARD.marks(slots)
}

fn marks_for(slots: &[Slot], (cw, ch): (f64, f64), (gap, len): (f64, f64)) -> Vec<Mark> {
    let (Some(left), Some(top)) = (
        slots.iter().map(|s| s.x).reduce(f64::min),
        slots.iter().map(|s| s.y).reduce(f64::min),
    ) else {
        return Vec::new();
    };
    let right = slots.iter().map(|s| s.x + cw).fold(left, f64::max);
    let bottom = slots.iter().map(|s| s.y + ch).fold(top, f64::max);
    let mut xs: Vec<f64> = slots.iter().flat_map(|s| [s.x, s.x + cw]).collect();
    let mut ys: Vec<f64> = slots.iter().flat_map(|s| [s.y, s.y + ch]).collect();
    for v in [&mut xs, &mut ys] {
        v.sort_by(f64::total_cmp);
        v.dedup_by(|a, b| (*a - *b).abs() < 1e-6);
    }
    let mut marks = Vec::new();
    for &x in &xs {
        marks.push(Mark {
            x1: x,
            y1: top - gap - len,
            x2: x,
            y2: top - gap,
        });
        marks.push(Mark {
            x1: x,
            y1: bottom + gap,
            x2: x,
            y2: bottom + gap + len,
        });
    }
    for &y in &ys {
        marks.push(Mark {
            x1: left - gap - len,
            y1: y,
            x2: left - gap,
            y2: y,
        });
        marks.push(Mark {
            x1: right + gap,
            y1: y,
            x2: right + gap + len,
            y2: y,
        });
    }
    marks
}

/// A sheet of wallet cards: the front and back designs and where they go.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CardSheet {
    /// Card width in inches.
    pub width: f64,
    /// Card height in inches.
    pub height: f64,
    /// The front of every card.
    pub front: CardSide,
    /// The back of every card.
    pub back: CardSide,
    /// Card positions on the front sheet.
    pub front_slots: Vec<Slot>,
    /// Card positions on the back sheet (mirrored).
    pub back_slots: Vec<Slot>,
    /// Cut marks on the front sheet.
    pub front_marks: Vec<Mark>,
    /// Cut marks on the back sheet.
    pub back_marks: Vec<Mark>,
    /// The headings' colour ("#1f5f8b"; door cards are red).
    pub accent: String,
}
