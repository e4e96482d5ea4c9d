//! Progress of a goal: each period's value, whether it was achieved, the current
//! streak, whether the current period is on track, and the recent trend — all from
//! the check-ins of a bounded window of days, never from a goal's whole history.
//!
//! Per kind, a period's value is:
//! - done per day: the number of distinct days marked done;
//! - count and amount: the sum (no check-ins is zero, so "at most" is met);
//! - score: the mean of its check-ins (none means no value, and nothing is achieved);
//! - good ratings: the share of good answers in percent, from the customers' ratings;
//!   below the business's "too few" threshold there is no value, and the period is not
//!   judged (a handful of answers says nothing either way).
//!
//! Only whole periods within the goal's start and end are judged: a goal that starts
//! on a Wednesday shows its first week's value, but that week neither breaks nor
//! extends a streak.

use super::check_in::CheckIn;
use super::goal::{Goal, GoalKind, Period, TargetDirection};
use super::period::Span;
use super::quantity::{from_hundredths, hundredths};
use crate::domain::voice::report::HourTally;
use crate::domain::voice::Rating;
use crate::domain::{Day, GoalId};
use std::collections::BTreeSet;

/// How many periods the overview shows in a goal's small trend (at most).
pub const RECENT_PERIODS: usize = 12;

/// How many periods start-up reads for a goal: enough for the trend and a streak, about
/// a year at most whatever the period, so start-up reads a bounded share of check-ins
/// (a longer streak shows as "60 or more", "26 or more"…).
pub fn lookback(period: Period) -> usize {
    match period {
        Period::Day => 60,
        Period::Week => 26,
        Period::Month => 12,
        Period::Quarter => 4,
    }
}

/// One period's check-ins, summed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Sum of values, in hundredths.
    pub total: i64,
    pub entries: u32,
    /// Distinct days with a "done" check-in.
    pub done_days: u32,
    /// Customers' answers in the period, and how many of them were good (ratings only).
    pub answers: u32,
    pub good: u32,
    /// Fewer answers than the threshold: no share (ratings only).
    pub too_few: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Achieved,
    Missed,
    /// The period is not over and its outcome can still change.
    Open,
    /// A period the goal covers only in part (its first or last), or not at all.
    NotJudged,
    /// Over, with too few customers' answers to say (goals counted from ratings).
    TooFew,
}

/// One period of a goal, for the trend chart and its text alternative.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrendPoint {
    pub span: Span,
    /// `None` for a score period without check-ins, or a ratings period with too few
    /// answers.
    pub value: Option<f64>,
    pub verdict: Verdict,
    /// Customers' answers in the period (goals counted from ratings; else 0).
    pub answers: u32,
}

/// Whether the current period is heading for its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnTrack {
    Yes,
    No,
    /// Nothing to go by yet (a score with no check-ins this period), or the goal does
    /// not cover today.
    Unknown,
}

/// What the overview needs of one goal, computed from its recent check-ins only.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalSummary {
    pub goal_id: GoalId,
    /// The day it was computed for.
    pub as_of: Day,
    pub current: TrendPoint,
    pub on_track: OnTrack,
    /// The last [`RECENT_PERIODS`] periods (fewer for quarters, see [`lookback`]),
    /// oldest first, the current one last.
    pub recent: Vec<TrendPoint>,
    /// Achieved periods in a row, newest first; the open current period does not
    /// break it, and counts once it is certainly achieved.
    pub streak: u32,
    /// The streak reached back as far as was read: it may be longer.
    pub streak_capped: bool,
    /// When a check-in in the window was last written: a change the backup reminder
    /// counts, since check-ins are not held in memory.
    pub last_logged: Option<crate::domain::Timestamp>,
}

/// Sums check-ins into the given periods (sorted, not overlapping). Check-ins of other
/// goals, or outside the goal's days, are left out.
pub fn tallies(goal: &Goal, spans: &[Span], check_ins: &[CheckIn]) -> Vec<Tally> {
    let mut tallies = vec![Tally::default(); spans.len()];
    let mut done: Vec<BTreeSet<Day>> = vec![BTreeSet::new(); spans.len()];
    for c in check_ins
        .iter()
        .filter(|c| c.goal_id == goal.id && goal.covers(c.date))
    {
        let at = spans.partition_point(|s| s.end < c.date);
        if !spans.get(at).is_some_and(|s| s.contains(c.date)) {
            continue;
        }
        let value = hundredths(c.value).unwrap_or(0);
        let tally = &mut tallies[at];
        tally.total += value;
        tally.entries += 1;
        if goal.kind == GoalKind::DonePerDay && value > 0 && done[at].insert(c.date) {
            tally.done_days += 1;
        }
    }
    tallies
}

/// A period's value by the goal's kind (see the module notes).
pub fn value_of(kind: GoalKind, tally: &Tally) -> Option<f64> {
    match kind {
        GoalKind::DonePerDay => Some(f64::from(tally.done_days)),
        GoalKind::Count | GoalKind::Amount => Some(from_hundredths(tally.total)),
        GoalKind::Score if tally.entries == 0 => None,
        GoalKind::Score => Some(tally.total as f64 / 100.0 / f64::from(tally.entries)),
        GoalKind::GoodRatings if tally.too_few || tally.answers == 0 => None,
        // Whole percent, as the ratings report shows it.
        GoalKind::GoodRatings => {
            Some((f64::from(tally.good) * 100.0 / f64::from(tally.answers)).round())
        }
    }
}

pub fn meets(goal: &Goal, value: f64) -> bool {
    // Values are on the hundredths grid except score means: compare with a little
    // room so 0.1 + 0.2 is 0.3.
    const ROOM: f64 = 1e-9;
    match goal.direction {
        TargetDirection::AtLeast => value + ROOM >= goal.target,
        TargetDirection::AtMost => value - ROOM <= goal.target,
    }
}

/// Whether the goal covers the whole period.
fn judged(goal: &Goal, span: Span) -> bool {
    goal.start <= span.start && goal.end.is_none_or(|end| span.end <= end)
}

fn verdict(goal: &Goal, span: Span, value: Option<f64>, today: Day) -> Verdict {
    // The running period is always read as running, also a goal's first, partial one:
    // "so far" on the goal's page, never "not counted" beside "on track".
    let running = span.contains(today) && goal.covers(today);
    if !judged(goal, span) {
        // Open while it runs, never achieved: once over it is not judged, and a streak
        // must not lose a period it was briefly given.
        return if running {
            Verdict::Open
        } else {
            Verdict::NotJudged
        };
    }
    if goal.kind == GoalKind::GoodRatings && value.is_none() && span.end < today {
        return Verdict::TooFew;
    }
    let met = value.is_some_and(|v| meets(goal, v));
    if span.end >= today {
        // Sums never shrink (values are not negative), so "at least" met stays met; a
        // mean can still fall, and "at most" can still be exceeded.
        let settled = met
            && goal.direction == TargetDirection::AtLeast
            && matches!(
                goal.kind,
                GoalKind::DonePerDay | GoalKind::Count | GoalKind::Amount
            );
        return if settled {
            Verdict::Achieved
        } else {
            Verdict::Open
        };
    }
    if met {
        Verdict::Achieved
    } else {
        Verdict::Missed
    }
}

/// The day progress is judged at: today, or the goal's last day if it has ended.
fn reference_day(goal: &Goal, today: Day) -> Day {
    goal.end.map_or(today, |end| end.min(today))
}

/// The goal's last `n` periods up to the one holding today (or its end), oldest first.
pub fn trend(goal: &Goal, check_ins: &[CheckIn], today: Day, n: usize) -> Vec<TrendPoint> {
    trend_of(goal, today, n, |spans| tallies(goal, spans, check_ins))
}

/// As [`trend`], for a goal counted from the customers' ratings (`hours`: every local
/// hour's answers; `too_few`: the threshold below which a share says nothing).
pub fn ratings_trend(
    goal: &Goal,
    hours: &[HourTally],
    too_few: u32,
    today: Day,
    n: usize,
) -> Vec<TrendPoint> {
    trend_of(goal, today, n, |spans| {
        rating_tallies(goal, spans, hours, too_few)
    })
}

/// Adds up the customers' answers into the given periods (sorted, not overlapping),
/// within the goal's days.
pub fn rating_tallies(
    goal: &Goal,
    spans: &[Span],
    hours: &[HourTally],
    too_few: u32,
) -> Vec<Tally> {
    let mut tallies = vec![Tally::default(); spans.len()];
    for hour in hours.iter().filter(|h| goal.covers(h.day)) {
        let at = spans.partition_point(|s| s.end < hour.day);
        if !spans.get(at).is_some_and(|s| s.contains(hour.day)) {
            continue;
        }
        let tally = &mut tallies[at];
        tally.answers += hour.counts.iter().sum::<u32>();
        tally.good += Rating::ALL
            .iter()
            .zip(hour.counts)
            .filter(|(r, _)| r.is_good())
            .map(|(_, n)| n)
            .sum::<u32>();
    }
    for tally in &mut tallies {
        tally.too_few = tally.answers < too_few;
    }
    tallies
}

fn trend_of(
    goal: &Goal,
    today: Day,
    n: usize,
    tally: impl FnOnce(&[Span]) -> Vec<Tally>,
) -> Vec<TrendPoint> {
    let current = Span::containing(goal.period, reference_day(goal, today));
    let spans = current.last_n(n);
    tally(&spans)
        .iter()
        .zip(&spans)
        .map(|(tally, span)| {
            let value = value_of(goal.kind, tally);
            TrendPoint {
                span: *span,
                value,
                verdict: verdict(goal, *span, value, today),
                answers: tally.answers,
            }
        })
        .collect()
}

/// Achieved periods in a row at the end of `points` (oldest first); an open last
/// period is passed over.
pub fn streak(points: &[TrendPoint]) -> u32 {
    let mut newest_first = points.iter().rev().peekable();
    if newest_first
        .peek()
        .is_some_and(|p| p.verdict == Verdict::Open)
    {
        newest_first.next();
    }
    // A period with too few answers to say neither breaks a streak nor adds to it.
    newest_first
        .filter(|p| p.verdict != Verdict::TooFew)
        .take_while(|p| p.verdict == Verdict::Achieved)
        .count() as u32
}

/// Whether the current period is heading for its target. "At least": met already, or
/// the value so far is at least the target's share of the days already over (today
/// is not over, so on a Monday morning nothing is yet expected of the week). "At
/// most": the value so far is within the target.
pub fn on_track(goal: &Goal, current: &TrendPoint, today: Day) -> OnTrack {
    if !goal.covers(today) || !current.span.contains(today) {
        return OnTrack::Unknown;
    }
    let Some(value) = current.value else {
        return OnTrack::Unknown;
    };
    let yes = |ok: bool| if ok { OnTrack::Yes } else { OnTrack::No };
    match (goal.direction, goal.kind) {
        (TargetDirection::AtMost, _)
        | (TargetDirection::AtLeast, GoalKind::Score | GoalKind::GoodRatings) => {
            yes(meets(goal, value))
        }
        (TargetDirection::AtLeast, kind) => {
            if meets(goal, value) {
                return OnTrack::Yes;
            }
            let span = current.span;
            let over = current.span.start.days_until(today) as f64;
            let expected = goal.target * over / f64::from(span.days());
            let days_left = (today.days_until(span.end) + 1) as f64;
            let reachable = kind != GoalKind::DonePerDay || value + days_left >= goal.target;
            yes(reachable && value + 1e-9 >= expected)
        }
    }
}

/// The days whose check-ins [`summarize`] needs: the streak lookback up to the end of
/// the current period. Storage reads exactly these for each goal at start-up.
pub fn summary_window(goal: &Goal, today: Day) -> (Day, Day) {
    let current = Span::containing(goal.period, reference_day(goal, today));
    let first = current.last_n(lookback(goal.period))[0];
    (first.start.max(goal.start), current.end)
}

/// The overview's view of a goal counted from the customers' ratings.
pub fn summarize_ratings(
    goal: &Goal,
    hours: &[HourTally],
    too_few: u32,
    today: Day,
) -> GoalSummary {
    let points = ratings_trend(goal, hours, too_few, today, lookback(goal.period));
    summary_of(goal, points, today, None)
}

/// The overview's view of a goal, from the check-ins of [`summary_window`].
pub fn summarize(goal: &Goal, check_ins: &[CheckIn], today: Day) -> GoalSummary {
    let points = trend(goal, check_ins, today, lookback(goal.period));
    // Within the window only: what start-up reads, whatever the caller passed.
    let last_logged = {
        let (from, to) = summary_window(goal, today);
        check_ins
            .iter()
            .filter(|c| c.goal_id == goal.id && (from..=to).contains(&c.date))
            .map(|c| c.updated)
            .max()
    };
    summary_of(goal, points, today, last_logged)
}

fn summary_of(
    goal: &Goal,
    points: Vec<TrendPoint>,
    today: Day,
    last_logged: Option<crate::domain::Timestamp>,
) -> GoalSummary {
    let streak = streak(&points);
    let judged_in_window = points
        .iter()
        .filter(|p| !matches!(p.verdict, Verdict::NotJudged | Verdict::TooFew))
        .count() as u32;
    let open_current = points.last().is_some_and(|p| p.verdict == Verdict::Open) as u32;
    let first_read = points.first().map_or(today, |p| p.span.start);
    let current = *points
        .last()
        .expect("last_n always gives at least one period");
    GoalSummary {
        goal_id: goal.id,
        as_of: today,
        current,
        on_track: on_track(goal, &current, today),
        recent: points[points.len().saturating_sub(RECENT_PERIODS)..].to_vec(),
        streak,
        streak_capped: streak > 0
            && streak + open_current == judged_in_window
            && goal.start < first_read,
        last_logged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::staff::fixtures::{check_in, day, goal};
    use GoalKind::*;
    use TargetDirection::*;

    fn verdicts(points: &[TrendPoint]) -> Vec<Verdict> {
        points.iter().map(|p| p.verdict).collect()
    }

    #[test]
    fn weekly_sums_cross_the_new_year_in_week_53() {
        let g = goal(Count, 5.0, AtLeast, Period::Week);
        // 2026-W53 runs from Monday 28 December 2026 to Sunday 3 January 2027.
        let ins = vec![
            check_in(&g, "2026-12-27", 9.0), // Sunday of W52
            check_in(&g, "2026-12-28", 2.0),
            check_in(&g, "2026-12-31", 1.0),
            check_in(&g, "2027-01-01", 1.0),
            check_in(&g, "2027-01-03", 1.0),
            check_in(&g, "2027-01-04", 4.0), // Monday of 2027-W01
        ];
        let points = trend(&g, &ins, day("2027-01-05"), 3);
        let values: Vec<Option<f64>> = points.iter().map(|p| p.value).collect();
        assert_eq!(values, [Some(9.0), Some(5.0), Some(4.0)]);
        assert_eq!(
            verdicts(&points),
            [Verdict::Achieved, Verdict::Achieved, Verdict::Open]
        );
        assert_eq!(points[1].span.start.text(), "2026-12-28");
        assert_eq!(streak(&points), 2, "the open week does not break it");
    }

    #[test]
    fn week_53_of_2020_holds_new_years_day_2021() {
        let g = goal(Count, 1.0, AtLeast, Period::Week);
        let ins = vec![check_in(&g, "2021-01-01", 3.0)];
        let points = trend(&g, &ins, day("2021-01-10"), 2);
        assert_eq!(
            points[0].span.label(),
            super::super::PeriodLabel::Week {
                year: 2020,
                week: 53
            }
        );
        assert_eq!(points[0].value, Some(3.0));
    }

    #[test]
    fn monthly_sums_include_the_leap_day_and_split_at_the_month() {
        let g = goal(Amount, 100.0, AtLeast, Period::Month);
        let ins = vec![
            check_in(&g, "2024-01-31", 50.0),
            check_in(&g, "2024-02-01", 60.5),
            check_in(&g, "2024-02-29", 39.5),
            check_in(&g, "2024-03-01", 1.0),
        ];
        let points = trend(&g, &ins, day("2024-03-02"), 3);
        let values: Vec<Option<f64>> = points.iter().map(|p| p.value).collect();
        assert_eq!(values, [Some(50.0), Some(100.0), Some(1.0)]);
        assert_eq!(
            verdicts(&points),
            [Verdict::Missed, Verdict::Achieved, Verdict::Open]
        );
        assert_eq!(streak(&points), 1);
    }

    #[test]
    fn a_week_split_by_a_month_end_sums_whole_in_the_week() {
        let g = goal(Count, 3.0, AtLeast, Period::Week);
        // Monday 26 February to Sunday 3 March 2024, across the leap day.
        let ins: Vec<CheckIn> = ["2024-02-26", "2024-02-29", "2024-03-03"]
            .iter()
            .map(|d| check_in(&g, d, 1.0))
            .collect();
        let points = trend(&g, &ins, day("2024-03-04"), 2);
        assert_eq!(points[0].value, Some(3.0));
        assert_eq!(points[0].verdict, Verdict::Achieved);
    }

    #[test]
    fn quarters_sum_across_their_months() {
        let g = goal(Count, 10.0, AtMost, Period::Quarter);
        let ins = vec![
            check_in(&g, "2024-01-15", 4.0),
            check_in(&g, "2024-03-31", 7.0),
            check_in(&g, "2024-04-01", 2.0),
        ];
        let points = trend(&g, &ins, day("2024-07-01"), 3);
        let values: Vec<Option<f64>> = points.iter().map(|p| p.value).collect();
        assert_eq!(values, [Some(11.0), Some(2.0), Some(0.0)]);
        assert_eq!(
            verdicts(&points),
            [Verdict::Missed, Verdict::Achieved, Verdict::Open]
        );
    }

    #[test]
    fn done_per_day_counts_distinct_done_days() {
        let g = goal(DonePerDay, 3.0, AtLeast, Period::Week);
        let ins = vec![
            check_in(&g, "2026-11-16", 1.0),
            check_in(&g, "2026-11-16", 1.0), // the same day twice counts once
            check_in(&g, "2026-11-17", 0.0),
            check_in(&g, "2026-11-18", 1.0),
        ];
        let points = trend(&g, &ins, day("2026-11-23"), 2);
        assert_eq!(points[0].value, Some(2.0));
        assert_eq!(points[0].verdict, Verdict::Missed);
    }

    #[test]
    fn a_score_period_is_the_mean_and_an_empty_one_has_no_value() {
        let g = goal(Score, 1.0, AtLeast, Period::Week);
        let ins = vec![
            check_in(&g, "2026-11-16", 2.0),
            check_in(&g, "2026-11-17", 1.0),
            check_in(&g, "2026-11-18", -2.0),
        ];
        let points = trend(&g, &ins, day("2026-11-30"), 3);
        assert_eq!(points[0].value, Some(1.0 / 3.0));
        assert_eq!(points[0].verdict, Verdict::Missed);
        assert_eq!(points[1].value, None);
        assert_eq!(
            points[1].verdict,
            Verdict::Missed,
            "no scores, nothing achieved"
        );
        assert_eq!(points[2].verdict, Verdict::Open);
    }

    #[test]
    fn streaks_count_back_from_the_last_finished_period() {
        let g = goal(DonePerDay, 1.0, AtLeast, Period::Day);
        let ins: Vec<CheckIn> = ["2024-02-26", "2024-02-28", "2024-02-29", "2024-03-01"]
            .iter()
            .map(|d| check_in(&g, d, 1.0))
            .collect();
        // Today (2 March) has nothing yet: still open, so the streak is 3.
        let points = trend(&g, &ins, day("2024-03-02"), 7);
        assert_eq!(streak(&points), 3);
        // Once today is done it counts at once: "at least" met cannot be undone.
        let mut more = ins.clone();
        more.push(check_in(&g, "2024-03-02", 1.0));
        assert_eq!(streak(&trend(&g, &more, day("2024-03-02"), 7)), 4);
        // A day later with nothing on 2 March, the streak is broken.
        assert_eq!(streak(&trend(&g, &ins, day("2024-03-03"), 7)), 0);
    }

    #[test]
    fn an_at_most_period_counts_only_once_it_is_over() {
        let g = goal(Count, 2.0, AtMost, Period::Week);
        let ins = vec![check_in(&g, "2026-11-24", 1.0)];
        let points = trend(&g, &ins, day("2026-11-26"), 3);
        assert_eq!(
            verdicts(&points),
            [Verdict::Achieved, Verdict::Achieved, Verdict::Open]
        );
        assert_eq!(streak(&points), 2);
    }

    #[test]
    fn a_first_partial_week_still_running_reads_as_running_not_as_not_counted() {
        let mut g = goal(Count, 15.0, AtLeast, Period::Week);
        g.start = day("2026-11-11"); // a Wednesday
        let ins = vec![check_in(&g, "2026-11-11", 4.0)];
        let points = trend(&g, &ins, day("2026-11-12"), 2);
        assert_eq!(verdicts(&points), [Verdict::NotJudged, Verdict::Open]);
        assert_eq!(points[1].value, Some(4.0));
    }

    #[test]
    fn partial_first_and_last_periods_are_shown_but_not_judged() {
        let mut g = goal(Count, 1.0, AtLeast, Period::Week);
        g.start = day("2026-11-11"); // a Wednesday
        g.end = Some(day("2026-11-25")); // also a Wednesday
        let ins: Vec<CheckIn> = [
            "2026-11-10",
            "2026-11-12",
            "2026-11-17",
            "2026-11-25",
            "2026-11-26",
        ]
        .iter()
        .map(|d| check_in(&g, d, 1.0))
        .collect();
        let points = trend(&g, &ins, day("2026-12-10"), 4);
        let values: Vec<Option<f64>> = points.iter().map(|p| p.value).collect();
        assert_eq!(
            points[3].span.start.text(),
            "2026-11-23",
            "judged at its end"
        );
        assert_eq!(values, [Some(0.0), Some(1.0), Some(1.0), Some(1.0)]);
        assert_eq!(
            verdicts(&points),
            [
                Verdict::NotJudged,
                Verdict::NotJudged,
                Verdict::Achieved,
                Verdict::NotJudged
            ]
        );
        assert_eq!(streak(&points), 0, "a partial last week stops the count");
    }

    #[test]
    fn at_least_is_on_track_when_ahead_of_the_share_of_days_over() {
        let g = goal(Count, 7.0, AtLeast, Period::Week);
        let today = day("2026-11-26"); // Thursday: Mon–Wed are over, 3/7 of the week
        let at = |values: &[(&str, f64)]| {
            let ins: Vec<CheckIn> = values.iter().map(|(d, v)| check_in(&g, d, *v)).collect();
            let current = *trend(&g, &ins, today, 1).last().unwrap();
            on_track(&g, &current, today)
        };
        assert_eq!(at(&[("2026-11-23", 3.0)]), OnTrack::Yes);
        assert_eq!(at(&[("2026-11-23", 2.0)]), OnTrack::No);
        assert_eq!(at(&[("2026-11-26", 7.0)]), OnTrack::Yes);
        let monday = day("2026-11-23");
        let current = *trend(&g, &[], monday, 1).last().unwrap();
        assert_eq!(
            on_track(&g, &current, monday),
            OnTrack::Yes,
            "nothing expected yet"
        );
    }

    #[test]
    fn done_days_are_off_track_once_the_target_cannot_be_reached() {
        let g = goal(DonePerDay, 5.0, AtLeast, Period::Week);
        let saturday = day("2026-11-28");
        let current = *trend(&g, &[], saturday, 1).last().unwrap();
        assert_eq!(on_track(&g, &current, saturday), OnTrack::No);
    }

    #[test]
    fn at_most_is_on_track_while_within_the_target() {
        let g = goal(Amount, 100.0, AtMost, Period::Month);
        let today = day("2026-11-26");
        let ins = vec![check_in(&g, "2026-11-02", 60.0)];
        let current = *trend(&g, &ins, today, 1).last().unwrap();
        assert_eq!(on_track(&g, &current, today), OnTrack::Yes);
        let over = vec![check_in(&g, "2026-11-02", 100.01)];
        let current = *trend(&g, &over, today, 1).last().unwrap();
        assert_eq!(on_track(&g, &current, today), OnTrack::No);
        let s = goal(Score, 0.0, AtLeast, Period::Week);
        let current = *trend(&s, &[], today, 1).last().unwrap();
        assert_eq!(on_track(&s, &current, today), OnTrack::Unknown);
    }

    #[test]
    fn a_summary_needs_only_its_window_and_says_when_the_streak_may_be_longer() {
        let g = goal(DonePerDay, 1.0, AtLeast, Period::Day);
        let today = day("2026-11-26");
        let (from, to) = summary_window(&g, today);
        assert_eq!(
            (from.text(), to.text()),
            ("2026-09-28".into(), "2026-11-26".into())
        );
        let every_day: Vec<CheckIn> = (0..400)
            .map(|n| {
                let d = today.plus_days(-n);
                check_in(&g, &d.text(), 1.0)
            })
            .collect();
        let in_window: Vec<CheckIn> = every_day
            .iter()
            .filter(|c| from <= c.date && c.date <= to)
            .cloned()
            .collect();
        let summary = summarize(&g, &in_window, today);
        assert_eq!(
            summary,
            summarize(&g, &every_day, today),
            "the window is enough"
        );
        assert_eq!(summary.streak, 60);
        assert!(summary.streak_capped);
        assert_eq!(summary.recent.len(), RECENT_PERIODS);
        assert_eq!(summary.current.span.start, today);
        assert_eq!(summary.on_track, OnTrack::Yes);

        let mut young = g.clone();
        young.start = today.plus_days(-3);
        let summary = summarize(&young, &in_window, today);
        assert_eq!(summary.streak, 4);
        assert!(!summary.streak_capped, "the whole history was read");
    }

    fn hour(on: &str, counts: [u32; 4]) -> HourTally {
        HourTally {
            key: format!("{on}T12"),
            day: day(on),
            hour: 12,
            counts,
            reasons: Default::default(),
        }
    }

    #[test]
    fn a_ratings_goal_counts_the_share_of_good_answers_and_judges_no_week_of_too_few() {
        // At least 80 % good answers each week; 30 answers make a share.
        let g = goal(GoodRatings, 80.0, AtLeast, Period::Week);
        let hours = [
            // Week 48 of 2026: 27 good of 30 (90 %), over two days.
            hour("2026-11-23", [1, 1, 10, 8]),
            hour("2026-11-24", [0, 1, 5, 4]),
            // Week 49: 12 answers only.
            hour("2026-12-01", [2, 2, 4, 4]),
            // Week 50 (running): 24 good of 40 (60 %).
            hour("2026-12-07", [6, 10, 14, 10]),
        ];
        let points = ratings_trend(&g, &hours, 30, day("2026-12-08"), 3);
        assert_eq!(points[0].value, Some(90.0));
        assert_eq!(points[0].answers, 30);
        assert_eq!(points[1].value, None, "too few to say");
        assert_eq!(points[1].answers, 12);
        assert_eq!(points[2].value, Some(60.0));
        assert_eq!(
            verdicts(&points),
            vec![Verdict::Achieved, Verdict::TooFew, Verdict::Open]
        );
        let summary = summarize_ratings(&g, &hours, 30, day("2026-12-08"));
        assert_eq!(summary.on_track, OnTrack::No);
        assert_eq!(
            summary.streak, 1,
            "a week of too few neither breaks nor adds"
        );
        // A lower threshold makes the second week count, and miss.
        let points = ratings_trend(&g, &hours, 10, day("2026-12-08"), 3);
        assert_eq!(
            (points[1].value, points[1].verdict),
            (Some(67.0), Verdict::Missed)
        );
    }

    #[test]
    fn a_ratings_goal_takes_a_whole_percent_and_no_check_ins() {
        use crate::domain::staff::quantity::{check_target, check_value};
        use crate::domain::validation::{Problem, ValueProblem};
        assert_eq!(
            check_target(GoodRatings, AtLeast, Period::Week, 80.0),
            Ok(8_000)
        );
        assert_eq!(
            check_target(GoodRatings, AtLeast, Period::Week, 100.0),
            Ok(10_000)
        );
        assert_eq!(
            check_target(GoodRatings, AtLeast, Period::Week, 101.0),
            Err(Problem::OutsidePercent)
        );
        assert_eq!(
            check_target(GoodRatings, AtLeast, Period::Week, 80.5),
            Err(Problem::Value(ValueProblem::NotWhole))
        );
        assert_eq!(
            check_target(GoodRatings, AtMost, Period::Week, 100.0),
            Err(Problem::Value(ValueProblem::AlwaysMet))
        );
        assert_eq!(
            check_value(GoodRatings, 1.0),
            Err(ValueProblem::CountedFromRatings)
        );
    }
}
