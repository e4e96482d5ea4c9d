//! One tap: when (with the device's offset from UTC at that moment, so it is counted in
//! the local hour it was made, daylight-saving changes included), the answer, and the
//! reason a guest gave for a bad one.

use crate::domain::validation::{check_length, Field, FieldErrors, MAX_NAME_CHARS};
use crate::domain::{RatingId, Timestamp};
use serde::{Deserialize, Serialize};

/// A balanced scale: as many good answers as bad, no middle to hide in.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    VeryBad,
    Bad,
    Good,
    VeryGood,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::VeryBad, Rating::Bad, Rating::Good, Rating::VeryGood];

    pub fn is_good(self) -> bool {
        matches!(self, Rating::Good | Rating::VeryGood)
    }

    pub(super) fn index(self) -> usize {
        self as usize
    }
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RatingTap {
    pub id: RatingId,
    /// When it was tapped (UTC).
    pub at: Timestamp,
    /// The device's offset from UTC then, in minutes (+60 in a Norwegian winter, +120 in
    /// summer).
    pub offset_minutes: i16,
    pub rating: Rating,
    /// Why, after a bad answer, if the guest said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// A local moment: the day (days since 1970-01-01) and the hour of the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalHour {
    pub days: i64,
    pub hour: u8,
}

impl RatingTap {
    /// When the tap last changed: a reason given after the tap is a change (a
    /// millisecond later), so a copy without it never wins over the copy with it.
    pub fn last_changed(&self) -> Timestamp {
        match self.reason {
            Some(_) => Timestamp::from_unix_millis((self.at.unix_millis() + 1) as f64),
            None => self.at,
        }
    }

    pub fn new(at: Timestamp, offset_minutes: i16, rating: Rating) -> RatingTap {
        RatingTap {
            id: RatingId::random(),
            at,
            offset_minutes,
            rating,
            reason: None,
        }
    }

    /// The hour on the wall clock where it was tapped.
    pub fn local(&self) -> LocalHour {
        let millis = self.at.unix_millis() + i128::from(self.offset_minutes) * 60_000;
        let days = millis.div_euclid(86_400_000);
        let hour = millis.rem_euclid(86_400_000) / 3_600_000;
        LocalHour {
            days: days as i64,
            hour: hour as u8,
        }
    }
}

/// What the counter screen asks, and the reasons a guest can pick after a bad answer.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RatingSetup {
    /// Empty: the app's own words in the language shown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub question: String,
    /// Empty: the app's own list in the language shown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<String>,
    /// Below this many answers reports say "too few answers to say"; 0 for the default.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub too_few: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl RatingSetup {
    pub fn is_unset(&self) -> bool {
        *self == RatingSetup::default()
    }

    pub fn too_few(&self) -> u32 {
        if self.too_few == 0 {
            super::DEFAULT_TOO_FEW
        } else {
            self.too_few
        }
    }

    /// The setup as typed: the question, the reasons one a line (blank lines dropped,
    /// each at most a name long), and the threshold for a share (empty: the default).
    pub fn typed(question: &str, reasons: &str, too_few: &str) -> Result<RatingSetup, FieldErrors> {
        let mut errors = FieldErrors::default();
        let too_few = if too_few.trim().is_empty() {
            0
        } else {
            match crate::domain::staff::quantity::whole_number(too_few) {
                Ok(n) if (1..=10_000).contains(&n) => n as u32,
                Ok(0) => {
                    errors.add(
                        Field::RatingTooFew,
                        crate::domain::validation::Problem::NotPositive,
                    );
                    0
                }
                Ok(_) => {
                    errors.add(
                        Field::RatingTooFew,
                        crate::domain::validation::Problem::Value(
                            crate::domain::validation::ValueProblem::TooLarge { max: 10_000 },
                        ),
                    );
                    0
                }
                Err(problem) => {
                    errors.add(Field::RatingTooFew, problem);
                    0
                }
            }
        };
        let typed = reasons;
        check_length(&mut errors, Field::RatingQuestion, question, MAX_NAME_CHARS);
        let reasons: Vec<String> = typed
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        for reason in &reasons {
            check_length(&mut errors, Field::RatingReasons, reason, MAX_NAME_CHARS);
        }
        if reasons.len() > 12 {
            errors.add(
                Field::RatingReasons,
                crate::domain::validation::Problem::TooMany { max: 12 },
            );
        }
        errors.into_result(RatingSetup {
            question: question.trim().to_string(),
            reasons,
            too_few,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validation::Problem;

    #[test]
    fn a_setup_is_typed_with_reasons_one_a_line_and_a_threshold_of_at_least_one() {
        let setup =
            RatingSetup::typed(" How was your coffee? ", "Waiting\n\n Too cold \n", "").unwrap();
        assert_eq!(setup.question, "How was your coffee?");
        assert_eq!(
            setup.reasons,
            vec!["Waiting".to_string(), "Too cold".to_string()]
        );
        assert_eq!(
            setup.too_few(),
            crate::domain::voice::DEFAULT_TOO_FEW,
            "empty: the default"
        );
        assert_eq!(RatingSetup::typed("", "", "10").unwrap().too_few(), 10);
        let errors = RatingSetup::typed("", "", "0").unwrap_err();
        assert_eq!(
            errors.for_field(Field::RatingTooFew),
            Some(&Problem::NotPositive)
        );
        assert!(RatingSetup::typed("", "", "ten").is_err());
        assert!(RatingSetup::default().is_unset());
    }
}
