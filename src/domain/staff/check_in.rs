//! A check-in: one value logged for a goal on one day ("+1 care-sale", "done today").
//! Logging at the counter is one tap for the common case; back-dating and editing
//! go through the draft, checked like any form.

use super::goal::{required_day, Goal, GoalKind};
use super::quantity::{check_value, from_hundredths, parse_number};
use crate::domain::validation::{check_length, Field, FieldErrors, Problem, MAX_FIELD_CHARS};
use crate::domain::{CheckInId, Day, GoalId, Timestamp};
use serde::{Deserialize, Serialize};

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckIn {
    pub id: CheckInId,
    pub goal_id: GoalId,
    pub date: Day,
    /// 0 or 1 (done per day), a whole count, an amount with at most two decimals, or
    /// a whole step of the score scale −2…+2.
    pub value: f64,
    pub note: String,
    pub created: Timestamp,
    pub updated: Timestamp,
}

impl CheckIn {
    /// The one-tap check-in: "done today" or "+1". `None` for amounts and scores, which
    /// need a number. A done-per-day goal already done today gets no second one.
    pub fn one_tap(goal: &Goal, today: Day, done_today: bool, now: Timestamp) -> Option<CheckIn> {
        let tappable = match goal.kind {
            GoalKind::DonePerDay => !done_today,
            GoalKind::Count => true,
            GoalKind::Amount | GoalKind::Score | GoalKind::GoodRatings => false,
        };
        (tappable && goal.covers(today)).then(|| CheckIn {
            id: CheckInId::random(),
            goal_id: goal.id,
            date: today,
            value: 1.0,
            note: String::new(),
            created: now,
            updated: now,
        })
    }
}

/// What the check-in form holds while a person writes.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckInDraft {
    pub date: String,
    pub value: String,
    pub note: String,
}

impl CheckInDraft {
    pub fn new(goal: &Goal, today: Day) -> Self {
        CheckInDraft {
            date: today.text(),
            value: match goal.kind {
                GoalKind::Amount | GoalKind::Score | GoalKind::GoodRatings => String::new(),
                GoalKind::DonePerDay | GoalKind::Count => "1".into(),
            },
            note: String::new(),
        }
    }

    pub fn from_check_in(check_in: &CheckIn) -> Self {
        CheckInDraft {
            date: check_in.date.text(),
            value: super::quantity::hundredths(check_in.value)
                .map(super::goal::number_text)
                .unwrap_or_else(|| check_in.value.to_string()),
            note: check_in.note.clone(),
        }
    }

    /// Checks the draft against its goal. `same_day` holds the goal's other check-ins
    /// of the chosen day (a done-per-day goal is done at most once a day).
    pub fn validate(
        &self,
        goal: &Goal,
        existing: Option<&CheckIn>,
        same_day: &[CheckIn],
        now: Timestamp,
    ) -> Result<CheckIn, FieldErrors> {
        let mut errors = FieldErrors::default();
        let date = required_day(&mut errors, Field::Date, &self.date);
        if let Some(date) = date {
            if !goal.covers(date) {
                errors.add(Field::Date, Problem::OutsideGoalDates);
            }
        }
        let value = if self.value.trim().is_empty() {
            errors.add(Field::Value, Problem::Required);
            None
        } else {
            match parse_number(&self.value).and_then(|h| check_value(goal.kind, from_hundredths(h)))
            {
                Ok(h) => Some(from_hundredths(h)),
                Err(problem) => {
                    errors.add(Field::Value, Problem::Value(problem));
                    None
                }
            }
        };
        check_length(&mut errors, Field::Notes, &self.note, MAX_FIELD_CHARS);
        if let (Some(date), GoalKind::DonePerDay) = (date, goal.kind) {
            let other_done = same_day.iter().any(|c| {
                c.goal_id == goal.id
                    && c.date == date
                    && c.value > 0.0
                    && existing.is_none_or(|e| e.id != c.id)
            });
            if other_done && value.is_some_and(|v| v > 0.0) {
                errors.add(Field::Date, Problem::AlreadyDone);
            }
        }
        match (date, value) {
            (Some(date), Some(value)) if errors.is_empty() => Ok(CheckIn {
                id: existing.map_or_else(CheckInId::random, |c| c.id),
                goal_id: goal.id,
                date,
                value,
                note: self.note.trim().to_string(),
                created: existing.map_or(now, |c| c.created),
                updated: now,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::day::DayProblem;
    use crate::domain::staff::fixtures::{check_in, day, goal, t};
    use crate::domain::staff::goal::{Period, TargetDirection};
    use crate::domain::staff::quantity::ValueProblem;

    fn draft(date: &str, value: &str) -> CheckInDraft {
        CheckInDraft {
            date: date.into(),
            value: value.into(),
            note: String::new(),
        }
    }

    #[test]
    fn a_value_of_the_wrong_kind_or_a_day_that_does_not_exist_is_refused() {
        let g = goal(GoalKind::Count, 3.0, TargetDirection::AtLeast, Period::Week);
        let errors = draft("2026-02-30", "2,5")
            .validate(&g, None, &[], t(0.0))
            .unwrap_err();
        assert_eq!(
            errors.for_field(Field::Date),
            Some(&Problem::Day(DayProblem::NoSuchDay))
        );
        assert_eq!(
            errors.for_field(Field::Value),
            Some(&Problem::Value(ValueProblem::NotWhole))
        );
        let s = goal(GoalKind::Score, 1.0, TargetDirection::AtLeast, Period::Week);
        assert_eq!(
            draft("2026-02-03", "3")
                .validate(&s, None, &[], t(0.0))
                .unwrap_err()
                .for_field(Field::Value),
            Some(&Problem::Value(ValueProblem::OutsideScale {
                min: -2,
                max: 2
            }))
        );
        assert_eq!(
            draft("2026-02-03", "-1")
                .validate(&s, None, &[], t(0.0))
                .unwrap()
                .value,
            -1.0
        );
        let a = goal(
            GoalKind::Amount,
            1.0,
            TargetDirection::AtLeast,
            Period::Week,
        );
        assert_eq!(
            draft("2026-02-03", "49,90")
                .validate(&a, None, &[], t(0.0))
                .unwrap()
                .value,
            49.9
        );
    }

    #[test]
    fn done_per_day_is_done_at_most_once_a_day() {
        let g = goal(
            GoalKind::DonePerDay,
            3.0,
            TargetDirection::AtLeast,
            Period::Week,
        );
        let done = check_in(&g, "2026-11-26", 1.0);
        let errors = draft("2026-11-26", "1")
            .validate(&g, None, std::slice::from_ref(&done), t(0.0))
            .unwrap_err();
        assert_eq!(errors.for_field(Field::Date), Some(&Problem::AlreadyDone));
        assert!(
            CheckInDraft::from_check_in(&done)
                .validate(&g, Some(&done), std::slice::from_ref(&done), t(1.0))
                .is_ok(),
            "editing the day's own check-in is fine"
        );
        assert_eq!(
            draft("2026-11-27", "2")
                .validate(&g, None, &[], t(0.0))
                .unwrap_err()
                .for_field(Field::Value),
            Some(&Problem::Value(ValueProblem::DoneIsZeroOrOne))
        );
        assert!(CheckIn::one_tap(&g, day("2026-11-26"), true, t(0.0)).is_none());
        let tap = CheckIn::one_tap(&g, day("2026-11-26"), false, t(0.0)).unwrap();
        assert_eq!((tap.value, tap.date), (1.0, day("2026-11-26")));
    }

    #[test]
    fn a_check_in_outside_the_goal_dates_is_refused() {
        let mut g = goal(GoalKind::Count, 3.0, TargetDirection::AtLeast, Period::Week);
        g.start = day("2026-01-01");
        g.end = Some(day("2026-06-30"));
        for date in ["2025-12-31", "2026-07-01"] {
            assert_eq!(
                draft(date, "1")
                    .validate(&g, None, &[], t(0.0))
                    .unwrap_err()
                    .for_field(Field::Date),
                Some(&Problem::OutsideGoalDates)
            );
        }
        assert!(CheckIn::one_tap(&g, day("2026-07-01"), false, t(0.0)).is_none());
        let a = goal(
            GoalKind::Amount,
            3.0,
            TargetDirection::AtLeast,
            Period::Week,
        );
        assert!(CheckIn::one_tap(&a, day("2026-07-01"), false, t(0.0)).is_none());
    }
}
