//! How a goal is measured: what a check-in records, which way the target points, and
//! over which stretch of calendar check-ins are summed. Kept apart from goals, so that
//! the rules for quantities (`quantity`) and goals can both use them.

use serde::{Deserialize, Serialize};

/// What a check-in records, and so what a period's value is.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalKind {
    /// Done (1) or not (0), at most once a day; the period's value is its number of
    /// done days, and the target is a number of days.
    DonePerDay,
    /// Whole, non-negative numbers (care-sales); the period's value is their sum.
    Count,
    /// Non-negative, at most two decimals (kroner sold); summed per period.
    Amount,
    /// A step on the balanced scale −2…+2; the period's value is the mean of its
    /// check-ins (a sum of scores would only reward logging often).
    Score,
    /// The share of good answers customers tapped at the counter, in percent: counted
    /// from the ratings, never checked in by hand. A period with fewer answers than the
    /// business's "too few" threshold has no value.
    GoodRatings,
}

impl GoalKind {
    /// Whether people check in values for it (all kinds but the ratings' share).
    pub fn is_checked_in(self) -> bool {
        self != GoalKind::GoodRatings
    }
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetDirection {
    AtLeast,
    AtMost,
}

/// The stretch of calendar over which check-ins are summed.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Day,
    /// ISO 8601: Monday to Sunday, numbered within the ISO year.
    Week,
    Month,
    /// January–March, April–June, July–September, October–December.
    Quarter,
}

impl Period {
    pub const ALL: [Period; 4] = [Period::Day, Period::Week, Period::Month, Period::Quarter];

    /// The most days one period of this kind can have.
    pub fn most_days(self) -> u32 {
        match self {
            Period::Day => 1,
            Period::Week => 7,
            Period::Month => 31,
            Period::Quarter => 92,
        }
    }
}
