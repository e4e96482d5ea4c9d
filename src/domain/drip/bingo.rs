//! Service bingo: a 4×4 card of small extras for the week ("offered to carry the bags
//! to the car"), drawn from the standards' "done well" lines or written by hand. Staff
//! tick a square at the counter when they did it; a full row, column or diagonal is a
//! bingo. A new card each week; past cards are kept.
//!
//! Each tick is a record of its own whose id is made from the week and the square, so
//! two tablets that tick the same square make one tick, and a tick on one square never
//! overwrites a tick on another.

use super::week::Week;
use crate::domain::knowledge::Shuffle;
use crate::domain::validation::{check_length, check_required, Field, FieldErrors};
use crate::domain::{BingoCardId, BingoTickId, PersonId, Standard, StandardId, Timestamp};
use serde::{Deserialize, Serialize};

/// The most characters in a square: a small extra is a line, not a paragraph.
pub const SQUARE_CHARS: usize = 160;

/// Squares on a side; a card has `SIDE * SIDE`.
pub const SIDE: usize = 4;
pub const SQUARES: usize = SIDE * SIDE;

const CARD_KIND: u16 = 0x0d02;
const TICK_KIND: u16 = 0x0d03;

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BingoCard {
    pub id: BingoCardId,
    pub week: Week,
    /// Row by row, 16 of them.
    pub squares: Vec<Square>,
    pub created: Timestamp,
    pub updated: Timestamp,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Square {
    pub text: String,
    /// The standard whose "done well" line it came from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard_id: Option<StandardId>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BingoTick {
    pub id: BingoTickId,
    pub week: Week,
    /// 0–15, row by row.
    pub square: u8,
    /// Who did it, when they said.
    pub person_id: Option<PersonId>,
    /// False once the tick is taken back: the record stays, so a tick taken back on one
    /// tablet is not brought back by a merge with another.
    pub ticked: bool,
    pub created: Timestamp,
    pub updated: Timestamp,
}

/// A full line of the card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Line {
    /// 0–3, top to bottom.
    Row(u8),
    /// 0–3, left to right.
    Column(u8),
    /// Top left to bottom right.
    Diagonal,
    /// Top right to bottom left.
    AntiDiagonal,
}

impl Line {
    pub fn squares(self) -> [usize; SIDE] {
        std::array::from_fn(|i| match self {
            Line::Row(r) => usize::from(r) * SIDE + i,
            Line::Column(c) => i * SIDE + usize::from(c),
            Line::Diagonal => i * SIDE + i,
            Line::AntiDiagonal => i * SIDE + (SIDE - 1 - i),
        })
    }

    fn all() -> impl Iterator<Item = Line> {
        (0..SIDE as u8)
            .map(Line::Row)
            .chain((0..SIDE as u8).map(Line::Column))
            .chain([Line::Diagonal, Line::AntiDiagonal])
    }
}

impl BingoCardId {
    pub fn of_week(week: Week) -> BingoCardId {
        BingoCardId::made_from(CARD_KIND, week.ordinal())
    }
}

impl BingoTickId {
    pub fn of_square(week: Week, square: u8) -> BingoTickId {
        BingoTickId::made_from(
            TICK_KIND,
            week.ordinal() * SQUARES as u64 + u64::from(square),
        )
    }
}

/// Each square's text, from "done well" lines of the standards drawn at random (each
/// line once), and empty where there are too few lines: those are written by hand.
pub fn draw_squares(standards: &[Standard], shuffle: &mut Shuffle) -> Vec<Square> {
    let mut lines: Vec<Square> = standards
        .iter()
        .flat_map(|s| {
            s.dos
                .iter()
                .filter(|d| !d.trim().is_empty())
                .map(|d| Square {
                    text: shortened(d.trim()),
                    standard_id: Some(s.id),
                })
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    lines.retain(|square| seen.insert(square.text.clone()));
    shuffle.shuffle(&mut lines);
    lines.truncate(SQUARES);
    lines.resize(
        SQUARES,
        Square {
            text: String::new(),
            standard_id: None,
        },
    );
    lines
}

/// `line` as it fits a square: cut after the last whole word that fits, with "…".
fn shortened(line: &str) -> String {
    if line.chars().count() <= SQUARE_CHARS {
        return line.to_string();
    }
    let head: String = line.chars().take(SQUARE_CHARS - 1).collect();
    let cut = head.rfind(char::is_whitespace).unwrap_or(head.len());
    format!("{}…", head[..cut].trim_end())
}

impl BingoCard {
    pub fn new(week: Week, squares: Vec<Square>, now: Timestamp) -> Result<BingoCard, FieldErrors> {
        let card = BingoCard {
            id: BingoCardId::of_week(week),
            week,
            squares: squares
                .into_iter()
                .map(|s| Square {
                    text: s.text.trim().to_string(),
                    ..s
                })
                .collect(),
            created: now,
            updated: now,
        };
        card.check().map(|()| card)
    }

    /// Every square says what to do, briefly; a card has exactly 16.
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        if self.squares.len() != SQUARES {
            errors.add(
                Field::BingoSquares,
                crate::domain::validation::Problem::Range {
                    min: SQUARES as i64,
                    max: SQUARES as i64,
                },
            );
        }
        for (i, square) in self.squares.iter().enumerate() {
            check_required(&mut errors, Field::BingoSquare(i), &square.text);
            check_length(
                &mut errors,
                Field::BingoSquare(i),
                &square.text,
                SQUARE_CHARS,
            );
        }
        errors.into_result(())
    }
}

impl BingoTick {
    /// `square` of the card of `week` ticked (or taken back), building on the tick that
    /// is already there so its first time is kept.
    pub fn set(
        week: Week,
        square: u8,
        ticked: bool,
        person_id: Option<PersonId>,
        existing: Option<&BingoTick>,
        now: Timestamp,
    ) -> BingoTick {
        BingoTick {
            id: BingoTickId::of_square(week, square),
            week,
            square,
            person_id: if ticked { person_id } else { None },
            ticked,
            created: existing.map_or(now, |t| t.created),
            updated: now,
        }
    }

    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        if usize::from(self.square) >= SQUARES {
            errors.add(
                Field::TickedSquare,
                crate::domain::validation::Problem::Range {
                    min: 0,
                    max: SQUARES as i64 - 1,
                },
            );
        }
        errors.into_result(())
    }

    pub fn without_person(&self, person: PersonId, now: Timestamp) -> BingoTick {
        let mut tick = self.clone();
        if tick.person_id == Some(person) {
            tick.person_id = None;
            tick.updated = now;
        }
        tick
    }
}

/// The tick of each square of `week`'s card: the one changed last where a file brought
/// two for one square.
pub fn ticks_of(ticks: &[BingoTick], week: Week) -> [Option<&BingoTick>; SQUARES] {
    let mut found: [Option<&BingoTick>; SQUARES] = [None; SQUARES];
    for tick in ticks.iter().filter(|t| t.week == week) {
        if let Some(slot) = found.get_mut(usize::from(tick.square)) {
            if slot.is_none_or(|t| t.updated < tick.updated) {
                *slot = Some(tick);
            }
        }
    }
    found
}

/// Which squares are ticked.
pub fn ticked(ticks: &[BingoTick], week: Week) -> [bool; SQUARES] {
    ticks_of(ticks, week).map(|t| t.is_some_and(|t| t.ticked))
}

/// The full lines, rows first, then columns, then the diagonals.
pub fn lines(ticked: &[bool; SQUARES]) -> Vec<Line> {
    Line::all()
        .filter(|line| line.squares().iter().all(|&i| ticked[i]))
        .collect()
}

/// The lines that one more tick completed: what the celebration is for.
pub fn new_lines(before: &[bool; SQUARES], after: &[bool; SQUARES]) -> Vec<Line> {
    let had = lines(before);
    lines(after)
        .into_iter()
        .filter(|l| !had.contains(l))
        .collect()
}

/// Past cards, newest week first.
pub fn past_cards(cards: &[BingoCard], this_week: Week) -> Vec<&BingoCard> {
    let mut past: Vec<&BingoCard> = cards.iter().filter(|c| c.week < this_week).collect();
    past.sort_by_key(|c| std::cmp::Reverse((c.week, c.updated)));
    past.dedup_by_key(|c| c.week);
    past
}

/// The card of `week`, the one changed last if a file brought two.
pub fn card_of(cards: &[BingoCard], week: Week) -> Option<&BingoCard> {
    cards
        .iter()
        .filter(|c| c.week == week)
        .max_by_key(|c| c.updated)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::staff::fixtures::{day, t};

    fn week() -> Week {
        Week::of(day("2026-12-01"))
    }

    fn with(squares: &[usize]) -> [bool; SQUARES] {
        let mut ticked = [false; SQUARES];
        squares.iter().for_each(|&i| ticked[i] = true);
        ticked
    }

    #[test]
    fn rows_columns_and_both_diagonals_are_bingos() {
        assert_eq!(lines(&with(&[4, 5, 6, 7])), vec![Line::Row(1)]);
        assert_eq!(lines(&with(&[2, 6, 10, 14])), vec![Line::Column(2)]);
        assert_eq!(lines(&with(&[0, 5, 10, 15])), vec![Line::Diagonal]);
        assert_eq!(lines(&with(&[3, 6, 9, 12])), vec![Line::AntiDiagonal]);
        assert!(
            lines(&with(&[0, 1, 2, 4, 5, 6, 8, 9])).is_empty(),
            "three in a row is not four"
        );
        assert_eq!(lines(&[true; SQUARES]).len(), 10);
    }

    #[test]
    fn the_tick_that_completes_a_line_is_the_one_celebrated() {
        let before = with(&[0, 1, 2, 5, 10]);
        let after = with(&[0, 1, 2, 3, 5, 10]);
        assert_eq!(new_lines(&before, &after), vec![Line::Row(0)]);
        let after_both = with(&[0, 1, 2, 3, 5, 10, 15]);
        assert_eq!(new_lines(&after, &after_both), vec![Line::Diagonal]);
        assert!(new_lines(&after_both, &after_both).is_empty());
    }

    #[test]
    fn two_tablets_ticking_one_square_make_one_tick() {
        let (anna, ola) = (PersonId::random(), PersonId::random());
        let a = BingoTick::set(week(), 5, true, Some(anna), None, t(1.0));
        let b = BingoTick::set(week(), 5, true, Some(ola), None, t(2.0));
        assert_eq!(a.id, b.id, "the same square of the same week is one record");
        assert_ne!(a.id, BingoTick::set(week(), 6, true, None, None, t(1.0)).id);
        assert_ne!(
            a.id,
            BingoTick::set(week().next(), 5, true, None, None, t(1.0)).id
        );
        let ticks = vec![a, b.clone()];
        assert_eq!(ticked(&ticks, week()), with(&[5]));
        assert_eq!(ticks_of(&ticks, week())[5], Some(&b));
    }

    #[test]
    fn a_tick_taken_back_is_not_ticked_and_other_weeks_do_not_count() {
        let on = BingoTick::set(week(), 0, true, None, None, t(1.0));
        let off = BingoTick::set(week(), 0, false, None, Some(&on), t(2.0));
        assert_eq!(off.created, t(1.0));
        let last_week = BingoTick::set(week().previous(), 1, true, None, None, t(1.0));
        assert_eq!(ticked(&[on, off, last_week], week()), [false; SQUARES]);
    }

    #[test]
    fn squares_are_drawn_from_done_well_lines_once_each_and_the_rest_left_to_write() {
        let standard = Standard {
            id: StandardId::random(),
            area_id: crate::domain::AreaId::random(),
            title: "Greeting".into(),
            why: String::new(),
            dos: vec![
                "Greet within ten seconds".into(),
                "  ".into(),
                "Smile".into(),
            ],
            donts: Vec::new(),
            measured_by: String::new(),
            tags: Vec::new(),
            value_ids: Vec::new(),
            order: 0,
            created: t(0.0),
            updated: t(0.0),
        };
        let squares = draw_squares(std::slice::from_ref(&standard), &mut Shuffle::new(3));
        assert_eq!(squares.len(), SQUARES);
        let mut drawn: Vec<&str> = squares
            .iter()
            .filter(|s| !s.text.is_empty())
            .map(|s| s.text.as_str())
            .collect();
        drawn.sort_unstable();
        assert_eq!(drawn, vec!["Greet within ten seconds", "Smile"]);
        assert!(squares
            .iter()
            .filter(|s| !s.text.is_empty())
            .all(|s| s.standard_id == Some(standard.id)));
        let refused = BingoCard::new(week(), squares, t(0.0)).unwrap_err();
        assert_eq!(refused.0.len(), SQUARES - 2, "each empty square is named");
        assert_eq!(
            refused.for_field(Field::BingoSquare(15)),
            Some(&crate::domain::validation::Problem::Required),
            "the empty squares are the last ones"
        );
    }

    #[test]
    fn a_long_line_is_cut_after_a_whole_word() {
        let long = format!("{} end", "word ".repeat(40));
        let cut = shortened(&long);
        assert!(cut.chars().count() <= SQUARE_CHARS);
        assert!(cut.ends_with("word…"), "{cut}");
        assert_eq!(shortened("Smile"), "Smile");
    }

    #[test]
    fn a_card_has_sixteen_squares_and_is_one_per_week() {
        let squares: Vec<Square> = (0..SQUARES)
            .map(|i| Square {
                text: format!("Extra {i}"),
                standard_id: None,
            })
            .collect();
        let card = BingoCard::new(week(), squares.clone(), t(0.0)).unwrap();
        assert_eq!(card.id, BingoCardId::of_week(week()));
        let short = BingoCard::new(week(), squares[..15].to_vec(), t(0.0)).unwrap_err();
        assert!(short.for_field(Field::BingoSquares).is_some());
        let later = BingoCard::new(week().next(), squares, t(1.0)).unwrap();
        let cards = vec![card.clone(), later.clone()];
        assert_eq!(card_of(&cards, week()), Some(&card));
        assert_eq!(past_cards(&cards, week().next()), vec![&card]);
    }
}
