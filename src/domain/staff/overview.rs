//! The team overview: who is on track this period, goals grouped by key figure, and
//! whose host conversation is overdue. Built from people, goals and the per-goal
//! summaries read at start-up — never from check-ins.

use super::goal::{Goal, GoalStatus, KeyFigure, Owner};
use super::person::Person;
use super::progress::{GoalSummary, OnTrack};
use crate::domain::search::fold;
use crate::domain::sorting;
use crate::domain::{Day, GoalId, PersonId};
use std::collections::HashMap;

/// One active goal in the overview.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GoalLine {
    pub goal_id: GoalId,
    pub on_track: OnTrack,
    pub streak: u32,
    pub key_figure: Option<KeyFigure>,
}

/// Where a person stands this period, for the overview's three groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowStanding {
    /// Every goal with something to go by is on track.
    OnTrack,
    /// At least one goal is behind.
    Behind,
    /// Nothing to go by this period (no goals with progress yet).
    NothingYet,
}

impl PersonRow {
    pub fn new(person_id: PersonId, goals: Vec<GoalLine>, conversation_overdue: bool) -> PersonRow {
        let known: Vec<&GoalLine> = goals
            .iter()
            .filter(|l| l.on_track != OnTrack::Unknown)
            .collect();
        PersonRow {
            person_id,
            all_on_track: !known.is_empty() && known.iter().all(|l| l.on_track == OnTrack::Yes),
            goals,
            conversation_overdue,
        }
    }

    pub fn standing(&self) -> RowStanding {
        if self.goals.iter().any(|l| l.on_track == OnTrack::No) {
            RowStanding::Behind
        } else if self.all_on_track {
            RowStanding::OnTrack
        } else {
            RowStanding::NothingYet
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PersonRow {
    pub person_id: PersonId,
    pub goals: Vec<GoalLine>,
    /// True when every goal with a known state is on track (and there is at least one).
    pub all_on_track: bool,
    pub conversation_overdue: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TeamOverview {
    /// Active people by name.
    pub people: Vec<PersonRow>,
    /// The whole team's active goals.
    pub team_goals: Vec<GoalLine>,
    /// Active goals per key figure, in the four groups' order; groups without goals
    /// are left out. Goals with no key figure are not listed here.
    pub by_key_figure: Vec<(KeyFigure, Vec<GoalLine>)>,
    /// Active people whose next host conversation is past, most overdue first.
    pub conversations_due: Vec<PersonId>,
}

/// The overview on `today`. A summary computed for another day counts as unknown:
/// the app reads it again (after midnight, or after a check-in).
pub fn team_overview(
    people: &[Person],
    goals: &[Goal],
    summaries: &[GoalSummary],
    today: Day,
) -> TeamOverview {
    let summaries: HashMap<GoalId, &GoalSummary> =
        summaries.iter().map(|s| (s.goal_id, s)).collect();
    let line = |goal: &Goal| {
        let summary = summaries.get(&goal.id).filter(|s| s.as_of == today);
        GoalLine {
            goal_id: goal.id,
            on_track: summary.map_or(OnTrack::Unknown, |s| s.on_track),
            streak: summary.map_or(0, |s| s.streak),
            key_figure: goal.key_figure,
        }
    };
    let mut active_goals: Vec<&Goal> = goals
        .iter()
        .filter(|g| g.status == GoalStatus::Active)
        .collect();
    sorting::sort_by_cached_key(&mut active_goals, |g| (fold(&g.title), g.created));
    let mut active_people: Vec<&Person> = people.iter().filter(|p| p.active).collect();
    sorting::sort_by_cached_key(&mut active_people, |p| (fold(&p.name), p.created));

    let rows = active_people
        .iter()
        .map(|person| {
            let goals: Vec<GoalLine> = active_goals
                .iter()
                .filter(|g| g.owner == Owner::Person(person.id))
                .map(|g| line(g))
                .collect();
            PersonRow::new(person.id, goals, person.conversation_overdue(today))
        })
        .collect();
    let team_goals = active_goals
        .iter()
        .filter(|g| g.owner == Owner::Team)
        .map(|g| line(g))
        .collect();
    let by_key_figure = KeyFigure::ALL
        .iter()
        .map(|figure| {
            let lines: Vec<GoalLine> = active_goals
                .iter()
                .filter(|g| g.key_figure == Some(*figure))
                .map(|g| line(g))
                .collect();
            (*figure, lines)
        })
        .filter(|(_, lines)| !lines.is_empty())
        .collect();
    let mut due: Vec<&Person> = active_people
        .iter()
        .copied()
        .filter(|p| p.conversation_overdue(today))
        .collect();
    sorting::sort_by_key(&mut due, |p| p.next_conversation_due);
    TeamOverview {
        people: rows,
        team_goals,
        by_key_figure,
        conversations_due: due.iter().map(|p| p.id).collect(),
    }
}

#[cfg(test)]
mod standing_tests {
    use super::*;

    fn row(states: &[OnTrack]) -> PersonRow {
        let goals: Vec<GoalLine> = states
            .iter()
            .map(|&on_track| GoalLine {
                goal_id: GoalId::random(),
                on_track,
                streak: 0,
                key_figure: None,
            })
            .collect();
        PersonRow::new(PersonId::random(), goals, false)
    }

    #[test]
    fn people_stand_on_track_behind_or_with_nothing_yet() {
        use OnTrack::*;
        assert_eq!(row(&[Yes, Unknown]).standing(), RowStanding::OnTrack);
        assert_eq!(row(&[Yes, No]).standing(), RowStanding::Behind);
        assert_eq!(row(&[Unknown]).standing(), RowStanding::NothingYet);
        assert_eq!(row(&[]).standing(), RowStanding::NothingYet);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::staff::fixtures::{check_in, day, goal, person};
    use crate::domain::staff::goal::{GoalKind, Period, TargetDirection};
    use crate::domain::staff::progress::summarize;

    #[test]
    fn the_overview_says_who_is_on_track_groups_key_figures_and_flags_conversations() {
        let today = day("2026-11-26");
        let mut kari = person("Kari");
        kari.next_conversation_due = Some(day("2026-11-01"));
        let mut ola = person("Ola");
        ola.next_conversation_due = Some(day("2026-12-01"));
        let mut anne = person("anne");
        anne.next_conversation_due = Some(day("2026-10-01"));
        let mut left = person("Left");
        left.active = false;
        left.next_conversation_due = Some(day("2020-01-01"));

        let mut sales = goal(GoalKind::Count, 7.0, TargetDirection::AtLeast, Period::Week);
        sales.owner = Owner::Person(kari.id);
        sales.key_figure = Some(KeyFigure::Economic);
        let mut greet = goal(
            GoalKind::DonePerDay,
            5.0,
            TargetDirection::AtLeast,
            Period::Week,
        );
        greet.owner = Owner::Person(ola.id);
        greet.key_figure = Some(KeyFigure::Service);
        let mut waits = goal(GoalKind::Count, 3.0, TargetDirection::AtMost, Period::Week);
        waits.key_figure = Some(KeyFigure::Service);
        let mut dropped = goal(GoalKind::Count, 1.0, TargetDirection::AtLeast, Period::Day);
        dropped.owner = Owner::Person(kari.id);
        dropped.status = GoalStatus::Dropped;

        let ins = vec![
            check_in(&sales, "2026-11-23", 5.0),
            check_in(&waits, "2026-11-24", 4.0),
        ];
        let goals = vec![sales.clone(), greet.clone(), waits.clone(), dropped];
        let summaries: Vec<GoalSummary> = goals.iter().map(|g| summarize(g, &ins, today)).collect();
        let people = vec![ola.clone(), kari.clone(), anne.clone(), left];
        let overview = team_overview(&people, &goals, &summaries, today);

        let names: Vec<PersonId> = overview.people.iter().map(|r| r.person_id).collect();
        assert_eq!(names, [anne.id, kari.id, ola.id], "active people by name");
        let kari_row = &overview.people[1];
        assert_eq!(kari_row.goals.len(), 1, "dropped goals are left out");
        assert_eq!(kari_row.goals[0].on_track, OnTrack::Yes);
        assert!(kari_row.all_on_track && kari_row.conversation_overdue);
        let ola_row = &overview.people[2];
        assert_eq!(
            ola_row.goals[0].on_track,
            OnTrack::No,
            "nothing done by Thursday"
        );
        assert!(!ola_row.all_on_track && !ola_row.conversation_overdue);
        assert!(overview.people[0].goals.is_empty() && !overview.people[0].all_on_track);
        assert_eq!(overview.team_goals.len(), 1);
        assert_eq!(
            overview.team_goals[0].on_track,
            OnTrack::No,
            "4 waits, at most 3"
        );
        let groups: Vec<(KeyFigure, usize)> = overview
            .by_key_figure
            .iter()
            .map(|(k, lines)| (*k, lines.len()))
            .collect();
        assert_eq!(groups, [(KeyFigure::Economic, 1), (KeyFigure::Service, 2)]);
        assert_eq!(overview.conversations_due, [anne.id, kari.id]);

        let tomorrow = team_overview(&people, &goals, &summaries, day("2026-11-27"));
        assert_eq!(
            tomorrow.people[1].goals[0].on_track,
            OnTrack::Unknown,
            "stale summaries"
        );
    }
}
