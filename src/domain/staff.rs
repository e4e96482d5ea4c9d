//! Staff and goal tracking: people, measurable goals and their check-ins, progress per
//! period, host conversations with their question bank, end-of-shift reflections and
//! praise, and erasing everything about a person.

pub mod chart_scale;
pub mod check_in;
pub mod conversation;
pub mod erasure;
pub mod goal;
pub mod measure;
pub mod overview;
pub mod period;
pub mod person;
pub mod praise;
pub mod progress;
pub mod quantity;
pub mod reflection;

pub use check_in::{CheckIn, CheckInDraft};
pub use conversation::{ConversationDraft, ConversationEntry, HostConversation, Question};
pub use erasure::{ErasureCounts, PersonErasure};
pub use goal::{Goal, GoalDraft, GoalKind, GoalStatus, KeyFigure, Owner, Period, TargetDirection};
pub use overview::{GoalLine, PersonRow, RowStanding, TeamOverview};
pub use period::{PeriodLabel, Span};
pub use person::{Person, PersonDraft};
pub use praise::{Praise, PraiseDraft};
pub use progress::{GoalSummary, OnTrack, TrendPoint, Verdict};
pub use reflection::{Reflection, ReflectionDraft};

/// Everything about people the app keeps, except check-ins: these are read from
/// storage per goal and date range, never all at start-up.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Staff {
    pub people: Vec<Person>,
    pub goals: Vec<Goal>,
    pub questions: Vec<Question>,
    pub conversations: Vec<HostConversation>,
    pub reflections: Vec<Reflection>,
    pub praise: Vec<Praise>,
    /// Scored visits, finished or not.
    pub visits: Vec<crate::domain::visits::Visit>,
    /// Complaints, open or closed.
    pub complaints: Vec<crate::domain::voice::Complaint>,
    /// Sittings of knowledge checks, each by one person.
    pub attempts: Vec<crate::domain::knowledge::Attempt>,
    /// The weekly service meetings, one per week.
    pub meetings: Vec<crate::domain::drip::Meeting>,
    /// Service stories (they may name a colleague who agreed).
    pub stories: Vec<crate::domain::drip::Story>,
    /// Service bingo: a card per week, and a tick per square ticked.
    pub bingo_cards: Vec<crate::domain::drip::BingoCard>,
    pub bingo_ticks: Vec<crate::domain::drip::BingoTick>,
    /// Progress of each goal over its recent periods, read with the goal's recent
    /// check-ins (see [`progress::summary_window`]).
    pub summaries: Vec<GoalSummary>,
}

#[cfg(test)]
pub(crate) mod fixtures {
    //! Small builders for the staff tests.
    use super::*;
    use crate::domain::{Day, GoalId, PersonId, RoleId, Timestamp};

    pub fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    pub fn t(n: f64) -> Timestamp {
        Timestamp::from_unix_millis(n)
    }

    pub fn person(name: &str) -> Person {
        Person {
            id: PersonId::random(),
            name: name.into(),
            role_id: RoleId::random(),
            active: true,
            started: day("2024-01-01"),
            next_conversation_due: None,
            ready_on: None,
            created: t(0.0),
            updated: t(0.0),
        }
    }

    pub fn goal(kind: GoalKind, target: f64, direction: TargetDirection, period: Period) -> Goal {
        Goal {
            id: GoalId::random(),
            title: "Care-sales".into(),
            owner: Owner::Team,
            standard_id: None,
            kind,
            target,
            direction,
            period,
            start: day("2020-01-01"),
            end: None,
            status: GoalStatus::Active,
            key_figure: None,
            created: t(0.0),
            updated: t(0.0),
        }
    }

    pub fn check_in(goal: &Goal, date: &str, value: f64) -> CheckIn {
        CheckIn {
            id: crate::domain::CheckInId::random(),
            goal_id: goal.id,
            date: day(date),
            value,
            note: String::new(),
            created: t(0.0),
            updated: t(0.0),
        }
    }
}
