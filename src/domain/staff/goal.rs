//! A goal: measurable, clear and concrete, for one person or the whole team, followed
//! period by period. Few goals, each with a number to reach or stay under.

pub use super::measure::{GoalKind, Period, TargetDirection};
use super::quantity::{check_target, from_hundredths, parse_number};
use crate::domain::validation::{
    check_length, check_required, Field, FieldErrors, Problem, MAX_FIELD_CHARS,
};
use crate::domain::{Day, GoalId, PersonId, StandardId, Timestamp};
use serde::{Deserialize, Serialize};

/// Whose goal it is.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    /// `{"person": "<id>"}` in files.
    Person(PersonId),
    /// `"team"` in files.
    Team,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    Active,
    Reached,
    Dropped,
}

/// The four groups of key figures a business follows.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyFigure {
    Economic,
    /// Loyalty, satisfaction, returning customers.
    Customer,
    /// Experience of service, waiting time, cleanliness.
    Service,
    /// Climate, knowing the goals.
    Employee,
}

impl KeyFigure {
    pub const ALL: [KeyFigure; 4] = [
        KeyFigure::Economic,
        KeyFigure::Customer,
        KeyFigure::Service,
        KeyFigure::Employee,
    ];
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub id: GoalId,
    pub title: String,
    pub owner: Owner,
    pub standard_id: Option<StandardId>,
    pub kind: GoalKind,
    /// Per period: a number of done days, a count, an amount, or a mean score.
    pub target: f64,
    pub direction: TargetDirection,
    pub period: Period,
    /// The first day that counts.
    pub start: Day,
    /// The last day that counts, if the goal has one.
    pub end: Option<Day>,
    pub status: GoalStatus,
    pub key_figure: Option<KeyFigure>,
    pub created: Timestamp,
    pub updated: Timestamp,
}

impl Goal {
    pub fn person(&self) -> Option<PersonId> {
        match self.owner {
            Owner::Person(id) => Some(id),
            Owner::Team => None,
        }
    }

    /// Whether `day` lies within the goal's start and end.
    pub fn covers(&self, day: Day) -> bool {
        day >= self.start && self.end.is_none_or(|end| day <= end)
    }
}

/// What the goal form holds while a person writes.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalDraft {
    pub title: String,
    pub owner: Option<Owner>,
    pub standard_id: Option<StandardId>,
    pub kind: GoalKind,
    pub target: String,
    pub direction: TargetDirection,
    pub period: Period,
    pub start: String,
    /// Empty for none.
    pub end: String,
    pub status: GoalStatus,
    pub key_figure: Option<KeyFigure>,
}

impl GoalDraft {
    /// A new goal for `owner`, counting from `today`: "at least 1 a day" to start from.
    pub fn new(owner: Option<Owner>, today: Day) -> Self {
        GoalDraft {
            title: String::new(),
            owner,
            standard_id: None,
            kind: GoalKind::Count,
            target: "1".into(),
            direction: TargetDirection::AtLeast,
            period: Period::Day,
            start: today.text(),
            end: String::new(),
            status: GoalStatus::Active,
            key_figure: None,
        }
    }

    pub fn from_goal(goal: &Goal) -> Self {
        GoalDraft {
            title: goal.title.clone(),
            owner: Some(goal.owner),
            standard_id: goal.standard_id,
            kind: goal.kind,
            target: super::quantity::hundredths(goal.target)
                .map(number_text)
                .unwrap_or_else(|| goal.target.to_string()),
            direction: goal.direction,
            period: goal.period,
            start: goal.start.text(),
            end: goal.end.map(Day::text).unwrap_or_default(),
            status: goal.status,
            key_figure: goal.key_figure,
        }
    }

    /// Checks every field; the closures tell whether a chosen person or standard exists.
    pub fn validate(
        &self,
        existing: Option<&Goal>,
        person_exists: impl Fn(PersonId) -> bool,
        standard_exists: impl Fn(StandardId) -> bool,
        now: Timestamp,
    ) -> Result<Goal, FieldErrors> {
        let mut errors = FieldErrors::default();
        // How a goal is counted stays: its check-ins were counted that way (a count of
        // 5 is no score, and a backup must read back).
        let kind = existing.map_or(self.kind, |g| g.kind);
        check_required(&mut errors, Field::GoalTitle, &self.title);
        check_length(&mut errors, Field::GoalTitle, &self.title, MAX_FIELD_CHARS);
        match self.owner {
            None => errors.add(Field::Owner, Problem::Required),
            Some(Owner::Person(id)) if !person_exists(id) => {
                errors.add(Field::Owner, Problem::UnknownPerson)
            }
            Some(_) => {}
        }
        if let Some(id) = self.standard_id {
            if !standard_exists(id) {
                errors.add(Field::LinkedStandard, Problem::UnknownStandard);
            }
        }
        let target = match parse_number(&self.target) {
            Err(problem) => {
                errors.add(Field::Target, Problem::Value(problem));
                None
            }
            Ok(h) => {
                let value = from_hundredths(h);
                match check_target(kind, self.direction, self.period, value) {
                    Ok(_) => Some(value),
                    Err(problem) => {
                        errors.add(Field::Target, problem);
                        None
                    }
                }
            }
        };
        let start = required_day(&mut errors, Field::Start, &self.start);
        let end = optional_day(&mut errors, Field::End, &self.end);
        if let (Some(start), Some(Some(end))) = (start, end) {
            if end < start {
                errors.add(Field::End, Problem::EndBeforeStart);
            }
        }
        match (self.owner, target, start, end) {
            (Some(owner), Some(target), Some(start), Some(end)) if errors.is_empty() => Ok(Goal {
                id: existing.map_or_else(GoalId::random, |g| g.id),
                title: self.title.trim().to_string(),
                owner,
                standard_id: self.standard_id,
                kind,
                target,
                direction: self.direction,
                period: self.period,
                start,
                end,
                status: self.status,
                key_figure: self.key_figure,
                created: existing.map_or(now, |g| g.created),
                updated: now,
            }),
            _ => Err(errors),
        }
    }
}

/// A number of hundredths as people read it: "3", "2.5", "49.90".
pub fn number_text(h: i64) -> String {
    let sign = if h < 0 { "-" } else { "" };
    let (units, cents) = (h.abs() / 100, h.abs() % 100);
    match cents {
        0 => format!("{sign}{units}"),
        c if c % 10 == 0 => format!("{sign}{units}.{}", c / 10),
        c => format!("{sign}{units}.{c:02}"),
    }
}

/// A date that must be given.
pub(crate) fn required_day(errors: &mut FieldErrors, field: Field, text: &str) -> Option<Day> {
    if text.trim().is_empty() {
        errors.add(field, Problem::Required);
        return None;
    }
    match Day::parse(text) {
        Ok(day) => Some(day),
        Err(problem) => {
            errors.add(field, Problem::Day(problem));
            None
        }
    }
}

/// A date that may be left empty: `Some(None)` when empty, `None` when it is wrong.
pub(crate) fn optional_day(
    errors: &mut FieldErrors,
    field: Field,
    text: &str,
) -> Option<Option<Day>> {
    if text.trim().is_empty() {
        return Some(None);
    }
    required_day(errors, field, text).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::day::DayProblem;
    use crate::domain::staff::fixtures::{day, t};

    fn draft() -> GoalDraft {
        GoalDraft {
            title: " Care-sales ".into(),
            target: "3".into(),
            ..GoalDraft::new(Some(Owner::Team), day("2026-01-05"))
        }
    }

    fn validate(d: &GoalDraft) -> Result<Goal, FieldErrors> {
        d.validate(None, |_| true, |_| true, t(1.0))
    }

    #[test]
    fn a_valid_goal_is_tidied_and_round_trips_through_the_draft() {
        let goal = validate(&draft()).unwrap();
        assert_eq!(goal.title, "Care-sales");
        assert_eq!(goal.target, 3.0);
        assert_eq!(goal.start, day("2026-01-05"));
        let again = GoalDraft::from_goal(&goal)
            .validate(Some(&goal), |_| true, |_| true, t(2.0))
            .unwrap();
        assert_eq!(
            (again.id, again.created, again.updated),
            (goal.id, t(1.0), t(2.0))
        );
        assert_eq!(
            Goal {
                updated: t(1.0),
                ..again
            },
            goal
        );
    }

    #[test]
    fn wrong_fields_are_refused_at_the_field() {
        let errors = validate(&GoalDraft {
            title: " ".into(),
            owner: None,
            target: "0".into(),
            start: "2026-02-30".into(),
            ..draft()
        })
        .unwrap_err();
        assert_eq!(errors.for_field(Field::GoalTitle), Some(&Problem::Required));
        assert_eq!(errors.for_field(Field::Owner), Some(&Problem::Required));
        assert_eq!(errors.for_field(Field::Target), Some(&Problem::NotPositive));
        assert_eq!(
            errors.for_field(Field::Start),
            Some(&Problem::Day(DayProblem::NoSuchDay))
        );
    }

    #[test]
    fn an_end_before_the_start_is_refused() {
        let errors = validate(&GoalDraft {
            end: "2026-01-04".into(),
            ..draft()
        })
        .unwrap_err();
        assert_eq!(errors.for_field(Field::End), Some(&Problem::EndBeforeStart));
        assert!(validate(&GoalDraft {
            end: "2026-01-05".into(),
            ..draft()
        })
        .is_ok());
    }

    #[test]
    fn the_owner_and_standard_must_exist() {
        let errors = GoalDraft {
            owner: Some(Owner::Person(PersonId::random())),
            standard_id: Some(StandardId::random()),
            ..draft()
        }
        .validate(None, |_| false, |_| false, t(0.0))
        .unwrap_err();
        assert_eq!(
            errors.for_field(Field::Owner),
            Some(&Problem::UnknownPerson)
        );
        assert_eq!(
            errors.for_field(Field::LinkedStandard),
            Some(&Problem::UnknownStandard)
        );
    }

    #[test]
    fn owners_are_written_plainly_in_files() {
        let id = PersonId::random();
        assert_eq!(
            serde_json::to_string(&Owner::Person(id)).unwrap(),
            format!("{{\"person\":\"{id}\"}}")
        );
        assert_eq!(serde_json::to_string(&Owner::Team).unwrap(), "\"team\"");
        assert_eq!(number_text(250), "2.5");
        assert_eq!(number_text(4990), "49.9");
        assert_eq!(number_text(4901), "49.01");
        assert_eq!(number_text(-100), "-1");
    }

    #[test]
    fn how_a_goal_is_counted_stays_once_it_is_made() {
        let made = crate::domain::staff::fixtures::goal(
            GoalKind::Count,
            5.0,
            TargetDirection::AtLeast,
            Period::Week,
        );
        let mut draft = GoalDraft::from_goal(&made);
        draft.kind = GoalKind::GoodRatings;
        draft.target = "5".into();
        let edited = draft
            .validate(Some(&made), |_| true, |_| true, made.updated)
            .unwrap();
        assert_eq!(edited.kind, GoalKind::Count, "its check-ins stay readable");
        let new = draft
            .validate(None, |_| true, |_| true, made.updated)
            .unwrap();
        assert_eq!(new.kind, GoalKind::GoodRatings);
    }
}
