//! The numbers of the service drip: last week at a glance for the weekly meeting, the key
//! figures of the four groups (this stretch of weeks beside the one before, so a page
//! shows change and not only level), and how things went before and during a focus
//! standard.
//!
//! Customers' answers are never a bare average: a share comes with the number of answers
//! beside it, and below the owner's threshold it is "too few to say". The same holds for
//! visits, which are few: a share of them, or of the items scored on them, is only given
//! from a small minimum. A change is only claimed when both sides have a number to give.
//!
//! Days are local days throughout. Ratings are already counted per local hour (the
//! device's offset stored with each tap); visits, praise and the days a complaint's
//! actions were done are days as people typed them; and a moment (a complaint made, a
//! check taken) is turned into its day by the caller's `day_of`, as the complaint
//! patterns and a person's readiness do, so half past midnight belongs to the new day
//! as the person at the counter says.

use super::Week;
use crate::domain::knowledge::Attempt;
use crate::domain::staff::{GoalStatus, KeyFigure, OnTrack, Staff, Verdict};
use crate::domain::visits::score::item_points;
use crate::domain::visits::{self, Points, Visit, VisitKind};
use crate::domain::voice::report::HourTally;
use crate::domain::voice::{Cause, Complaint, Share, Tally};
use crate::domain::{Day, GoalId, StandardId, Timestamp, VisitId};
use std::collections::BTreeSet;

/// Below this many own visits, the share that reached their pass mark says nothing: a
/// business makes a visit or two a month, and one visit more or less would swing it.
pub const TOO_FEW_VISITS: u32 = 5;

/// Below this many answered items linked to a standard, their points say nothing.
pub const TOO_FEW_ITEMS: u32 = 5;

/// What the figures are read from.
#[derive(Clone, Copy)]
pub struct Sources<'a> {
    /// Complaints, visits, attempts, praise, goals and their summaries.
    pub staff: &'a Staff,
    /// Every local hour's ratings.
    pub hours: &'a [HourTally],
    /// Below this many answers a share says nothing: the owner's
    /// [`crate::domain::voice::RatingSetup::too_few`].
    pub too_few: u32,
    /// The local day a moment fell on (`crate::clock::local_day` in the app).
    pub day_of: &'a dyn Fn(Timestamp) -> Day,
}

/// The customers' answers in some weeks, and the share of good ones if there are enough.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ratings {
    pub tally: Tally,
    pub share: Share,
}

impl Ratings {
    fn of(hours: &[HourTally], weeks: &Weeks, too_few: u32) -> Ratings {
        let mut tally = Tally::default();
        for hour in hours.iter().filter(|h| weeks.contains(h.day)) {
            for (mine, theirs) in tally.counts.iter_mut().zip(hour.counts) {
                *mine += theirs;
            }
        }
        Ratings {
            tally,
            share: tally.share(too_few),
        }
    }
}

/// One finished visit, as the meeting reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisitResult {
    pub visit: VisitId,
    pub date: Day,
    pub kind: VisitKind,
    pub title: String,
    /// Whole percent of the possible points, rounded down; `None` when nothing was
    /// scored.
    pub percent: Option<u32>,
    pub verdict: visits::Verdict,
}

impl VisitResult {
    fn of(visit: &Visit) -> VisitResult {
        VisitResult {
            visit: visit.id,
            date: visit.date,
            kind: visit.kind,
            title: visit.title.clone(),
            percent: visit.score().total.percent(),
            verdict: visit.verdict(),
        }
    }
}

/// Knowledge checks taken in some weeks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Checks {
    /// Sittings, passed or not.
    pub attempts: u32,
    pub passed_attempts: u32,
    /// Different people with a passed sitting: a retake and a pass are one person.
    pub people_passed: u32,
    /// Sittings with free text a manager has not marked yet: neither passed nor failed.
    pub awaiting_marking: u32,
}

impl Checks {
    fn of<'a>(attempts: impl Iterator<Item = &'a Attempt>) -> Checks {
        let mut checks = Checks::default();
        let mut people = BTreeSet::new();
        for attempt in attempts {
            checks.attempts += 1;
            match attempt.passed() {
                Some(true) => {
                    checks.passed_attempts += 1;
                    people.insert(attempt.person_id);
                }
                Some(false) => {}
                None => checks.awaiting_marking += 1,
            }
        }
        checks.people_passed = people.len() as u32;
        checks
    }
}

/// Active goals and how many are heading for their target, from the goal summaries as
/// they were computed for today: a goal's week is not over when the meeting is held, so
/// this is "as of now", not "as of the week shown".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GoalsNow {
    pub active: u32,
    pub on_track: u32,
    pub off_track: u32,
    /// The day the summaries were computed for; `None` with no summaries.
    pub as_of: Option<Day>,
}

impl GoalsNow {
    fn of(staff: &Staff) -> GoalsNow {
        let mut now = GoalsNow {
            as_of: staff.summaries.iter().map(|s| s.as_of).max(),
            ..GoalsNow::default()
        };
        for goal in staff
            .goals
            .iter()
            .filter(|g| g.status == GoalStatus::Active)
        {
            now.active += 1;
            match on_track(staff, goal.id) {
                OnTrack::Yes => now.on_track += 1,
                OnTrack::No => now.off_track += 1,
                OnTrack::Unknown => {}
            }
        }
        now
    }
}

fn on_track(staff: &Staff, goal: GoalId) -> OnTrack {
    staff
        .summaries
        .iter()
        .find(|s| s.goal_id == goal)
        .map_or(OnTrack::Unknown, |s| s.on_track)
}

/// Last week at a glance, for the weekly service meeting.
#[derive(Clone, Debug, PartialEq)]
pub struct WeekAtGlance {
    pub week: Week,
    pub ratings: Ratings,
    /// Complaints made in the week.
    pub complaints_opened: u32,
    /// Complaints whose case closed in the week, whenever they were made.
    pub complaints_closed: u32,
    /// Finished visits dated in the week, of this business, oldest first.
    pub own_visits: Vec<VisitResult>,
    /// Finished visits to other businesses dated in the week, oldest first.
    pub other_visits: Vec<VisitResult>,
    pub checks: Checks,
    pub goals: GoalsNow,
}

impl WeekAtGlance {
    pub fn of(week: Week, sources: &Sources) -> WeekAtGlance {
        let weeks = Weeks::new(&[week]);
        let staff = sources.staff;
        let (own, other): (Vec<&Visit>, Vec<&Visit>) =
            finished_visits(&staff.visits, &weeks).partition(|v| v.kind.is_own());
        WeekAtGlance {
            week,
            ratings: Ratings::of(sources.hours, &weeks, sources.too_few),
            complaints_opened: complaints_opened(sources, &weeks).count() as u32,
            complaints_closed: complaints_closed(sources, &weeks),
            own_visits: in_order(own),
            other_visits: in_order(other),
            checks: Checks::of(attempts_in(sources, &weeks)),
            goals: GoalsNow::of(staff),
        }
    }

    /// Nothing happened in the week that the app saw: the page says so rather than
    /// showing zeros that look like results. Goals are left out, being "as of now".
    pub fn is_empty(&self) -> bool {
        self.ratings.tally.answers() == 0
            && self.complaints_opened == 0
            && self.complaints_closed == 0
            && self.own_visits.is_empty()
            && self.other_visits.is_empty()
            && self.checks.attempts == 0
    }
}

fn in_order(mut visits: Vec<&Visit>) -> Vec<VisitResult> {
    visits.sort_by_key(|v| (v.date, v.created));
    visits.into_iter().map(VisitResult::of).collect()
}

/// A figure's value in one stretch of weeks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amount {
    /// How many: complaints, people, praise.
    Count(u32),
    /// `part` of `whole` (good answers of all answers, visits that passed of all
    /// visits), and the share of it only from the threshold.
    Share { part: u32, whole: u32, share: Share },
}

/// How a figure moved from one side to the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Up (or down, if negative) by this many: of a count, or percentage points of a
    /// share.
    By(i64),
    /// One side or both has too few to give a number, so no change is claimed.
    TooFewToSay,
}

impl Change {
    fn between(before: Amount, now: Amount) -> Change {
        match (before, now) {
            (Amount::Count(b), Amount::Count(n)) => Change::By(i64::from(n) - i64::from(b)),
            (
                Amount::Share {
                    share: Share::Percent { percent: b, .. },
                    ..
                },
                Amount::Share {
                    share: Share::Percent { percent: n, .. },
                    ..
                },
            ) => Change::By(i64::from(n) - i64::from(b)),
            _ => Change::TooFewToSay,
        }
    }

    /// Between two percents that are `None` when there were too few to give one.
    fn of_percents(before: Option<u32>, now: Option<u32>) -> Change {
        match (before, now) {
            (Some(b), Some(n)) => Change::By(i64::from(n) - i64::from(b)),
            _ => Change::TooFewToSay,
        }
    }
}

/// `part` of `whole` as a share, rounded to the nearest whole percent as
/// [`Tally::share`] rounds the customers' answers, so shares read alike on one page.
fn share_of(part: u32, whole: u32, too_few: u32) -> Amount {
    let share = if whole == 0 || whole < too_few {
        Share::TooFew { answers: whole }
    } else {
        Share::Percent {
            percent: (part * 200 + whole) / (whole * 2),
            answers: whole,
        }
    };
    Amount::Share { part, whole, share }
}

/// What a key figure counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Customer: good answers of all the customers' answers.
    GoodRatings,
    /// Customer: complaints made.
    ComplaintsOpened,
    /// Service: own visits (self-audits and mystery shoppers) that reached their
    /// checklist's pass mark, of the own visits finished. Not a mean score: a few
    /// visits' mean hides which one failed, and a pass is what the checklist promises.
    OwnVisitsPassed,
    /// Employee: different people who passed a knowledge check.
    PeoplePassedCheck,
    /// Employee: praise given between colleagues.
    PraiseGiven,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figure {
    pub measure: Measure,
    pub now: Amount,
    pub before: Amount,
}

impl Figure {
    pub fn change(&self) -> Change {
        Change::between(self.before, self.now)
    }
}

/// An active goal filed under a key figure group, as its summary last said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalStanding {
    pub goal_id: GoalId,
    pub title: String,
    /// Whether the running period heads for the target (as of the summary's day).
    pub on_track: OnTrack,
    /// The newest period's verdict that is no longer open; `None` without a summary or
    /// before a period has ended.
    pub latest: Option<Verdict>,
}

/// One of the four groups: its figures, and the active goals filed under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureGroup {
    pub group: KeyFigure,
    /// Empty for economic figures: the app keeps no takings; goals carry them.
    pub figures: Vec<Figure>,
    pub goals: Vec<GoalStanding>,
}

/// The key figures of the latest weeks beside the same number of weeks before them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyFigures {
    /// Oldest first, ending with the week asked for.
    pub now: Vec<Week>,
    /// The same number of weeks right before, oldest first.
    pub before: Vec<Week>,
    /// In the order of [`KeyFigure::ALL`].
    pub groups: Vec<FigureGroup>,
    /// Whether anything at all was recorded by the end of the weeks before: if not,
    /// their figures are not zeros but nothing, and no change can be told.
    pub before_has_data: bool,
}

/// The weeks a stretch of figures is usually read over.
pub const DEFAULT_FIGURE_WEEKS: usize = 4;

impl KeyFigures {
    /// The `weeks` weeks ending with `last` (at least one) beside the `weeks` before.
    pub fn of(last: Week, weeks: usize, sources: &Sources) -> KeyFigures {
        let now = weeks_ending(last, weeks.max(1));
        let before = weeks_ending(now[0].previous(), now.len());
        let (now_set, before_set) = (Weeks::new(&now), Weeks::new(&before));
        let figure = |measure: Measure| Figure {
            measure,
            now: amount(measure, sources, &now_set),
            before: amount(measure, sources, &before_set),
        };
        let groups = KeyFigure::ALL
            .iter()
            .map(|group| FigureGroup {
                group: *group,
                figures: measures(*group).iter().map(|m| figure(*m)).collect(),
                goals: standings(sources.staff, *group),
            })
            .collect();
        let before_has_data =
            first_day(sources).is_some_and(|day| day <= before[before.len() - 1].sunday());
        KeyFigures {
            now,
            before,
            groups,
            before_has_data,
        }
    }

    pub fn group(&self, group: KeyFigure) -> Option<&FigureGroup> {
        self.groups.iter().find(|g| g.group == group)
    }
}

/// The first day anything the figures count was recorded.
fn first_day(sources: &Sources) -> Option<Day> {
    let staff = sources.staff;
    let day_of = sources.day_of;
    sources
        .hours
        .iter()
        .map(|h| h.day)
        .chain(staff.complaints.iter().map(|c| day_of(c.at)))
        .chain(staff.visits.iter().map(|v| v.date))
        .chain(staff.attempts.iter().map(|a| day_of(a.at)))
        .chain(staff.praise.iter().map(|p| p.date))
        .min()
}

fn measures(group: KeyFigure) -> &'static [Measure] {
    match group {
        KeyFigure::Economic => &[],
        KeyFigure::Customer => &[Measure::GoodRatings, Measure::ComplaintsOpened],
        KeyFigure::Service => &[Measure::OwnVisitsPassed],
        KeyFigure::Employee => &[Measure::PeoplePassedCheck, Measure::PraiseGiven],
    }
}

fn amount(measure: Measure, sources: &Sources, weeks: &Weeks) -> Amount {
    let staff = sources.staff;
    match measure {
        Measure::GoodRatings => {
            let tally = Ratings::of(sources.hours, weeks, sources.too_few).tally;
            share_of(tally.good(), tally.answers(), sources.too_few)
        }
        Measure::ComplaintsOpened => {
            Amount::Count(complaints_opened(sources, weeks).count() as u32)
        }
        Measure::OwnVisitsPassed => {
            let own: Vec<&Visit> = finished_visits(&staff.visits, weeks)
                .filter(|v| v.kind.is_own())
                .collect();
            let passed = own
                .iter()
                .filter(|v| v.verdict() == visits::Verdict::Passed)
                .count();
            share_of(passed as u32, own.len() as u32, TOO_FEW_VISITS)
        }
        Measure::PeoplePassedCheck => {
            Amount::Count(Checks::of(attempts_in(sources, weeks)).people_passed)
        }
        Measure::PraiseGiven => Amount::Count(
            staff
                .praise
                .iter()
                .filter(|p| weeks.contains(p.date))
                .count() as u32,
        ),
    }
}

fn standings(staff: &Staff, group: KeyFigure) -> Vec<GoalStanding> {
    staff
        .goals
        .iter()
        .filter(|g| g.status == GoalStatus::Active && g.key_figure == Some(group))
        .map(|goal| {
            let summary = staff.summaries.iter().find(|s| s.goal_id == goal.id);
            GoalStanding {
                goal_id: goal.id,
                title: goal.title.clone(),
                on_track: summary.map_or(OnTrack::Unknown, |s| s.on_track),
                latest: summary.and_then(|s| {
                    s.recent
                        .iter()
                        .rev()
                        .map(|p| p.verdict)
                        .find(|v| *v != Verdict::Open)
                }),
            }
        })
        .collect()
}

/// The points scored on visit items linked to one standard.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ItemPoints {
    /// Items answered with something that counts (not "not applicable").
    pub answered: u32,
    pub points: Points,
}

impl ItemPoints {
    pub fn too_few(&self) -> bool {
        self.answered < TOO_FEW_ITEMS
    }

    /// Whole percent, rounded down as a visit's score is; `None` with too few items.
    pub fn percent(&self) -> Option<u32> {
        if self.too_few() {
            None
        } else {
            self.points.percent()
        }
    }
}

/// One side of a focus comparison: some weeks and what happened in them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FocusSide {
    /// Oldest first.
    pub weeks: Vec<Week>,
    /// All the customers' answers: ratings are not linked to a standard.
    pub ratings: Ratings,
    /// Items linked to the standard on the business's own finished visits (visits to
    /// others scored someone else).
    pub items: ItemPoints,
    pub complaints_opened: u32,
    /// Of those, the ones whose cause was the standard.
    pub complaints_about_standard: u32,
}

impl FocusSide {
    fn of(standard: StandardId, weeks: Vec<Week>, sources: &Sources) -> FocusSide {
        let set = Weeks::new(&weeks);
        let opened: Vec<&Complaint> = complaints_opened(sources, &set).collect();
        FocusSide {
            ratings: Ratings::of(sources.hours, &set, sources.too_few),
            items: item_points_for(standard, &sources.staff.visits, &set),
            complaints_opened: opened.len() as u32,
            complaints_about_standard: opened
                .iter()
                .filter(|c| c.cause == Some(Cause::Standard(standard)))
                .count() as u32,
            weeks,
        }
    }

    pub fn too_few_ratings(&self) -> bool {
        matches!(self.ratings.share, Share::TooFew { .. })
    }

    fn rating_percent(&self) -> Option<u32> {
        match self.ratings.share {
            Share::Percent { percent, .. } => Some(percent),
            Share::TooFew { .. } => None,
        }
    }
}

/// The weeks before a focus standard beside the weeks of the focus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FocusComparison {
    pub standard: StandardId,
    pub before: FocusSide,
    pub during: FocusSide,
    /// Whether anything was recorded by the end of the weeks before (see
    /// [`KeyFigures::before_has_data`]).
    pub before_has_data: bool,
}

impl FocusComparison {
    /// Percentage points of good answers.
    pub fn ratings_change(&self) -> Change {
        Change::of_percents(self.before.rating_percent(), self.during.rating_percent())
    }

    /// Percentage points scored on the standard's items.
    pub fn items_change(&self) -> Change {
        Change::of_percents(self.before.items.percent(), self.during.items.percent())
    }

    /// Complaints made, however few: a count claims no more than it is.
    pub fn complaints_change(&self) -> Change {
        Change::between(
            Amount::Count(self.before.complaints_opened),
            Amount::Count(self.during.complaints_opened),
        )
    }
}

/// How things went in the `weeks_before` weeks right before the first week of `during`,
/// beside the weeks of `during` (a standard may be the focus again later, so these need
/// not follow each other).
pub fn focus_comparison(
    standard: StandardId,
    during: &[Week],
    weeks_before: usize,
    sources: &Sources,
) -> FocusComparison {
    let mut during = during.to_vec();
    during.sort();
    during.dedup();
    let before = during.first().map_or_else(Vec::new, |first| {
        weeks_ending(first.previous(), weeks_before)
    });
    let before_has_data = before
        .last()
        .is_some_and(|last| first_day(sources).is_some_and(|day| day <= last.sunday()));
    FocusComparison {
        standard,
        before: FocusSide::of(standard, before, sources),
        during: FocusSide::of(standard, during, sources),
        before_has_data,
    }
}

fn item_points_for(standard: StandardId, visits: &[Visit], weeks: &Weeks) -> ItemPoints {
    let mut found = ItemPoints::default();
    let own = finished_visits(visits, weeks).filter(|v| v.kind.is_own());
    for item in own
        .flat_map(Visit::items)
        .filter(|i| i.item.standard_id == Some(standard))
    {
        if let Some(points) = item_points(&item.item, item.answer) {
            found.answered += 1;
            found.points.earned += points.earned;
            found.points.possible += points.possible;
        }
    }
    found
}

/// A set of weeks, asked whether a day falls in one of them.
struct Weeks(Vec<Week>);

impl Weeks {
    fn new(weeks: &[Week]) -> Weeks {
        let mut weeks = weeks.to_vec();
        weeks.sort();
        weeks.dedup();
        Weeks(weeks)
    }

    fn contains(&self, day: Day) -> bool {
        self.0.binary_search(&Week::of(day)).is_ok()
    }
}

/// The `n` weeks ending with `last`, oldest first.
fn weeks_ending(last: Week, n: usize) -> Vec<Week> {
    let mut weeks: Vec<Week> = std::iter::successors(Some(last), |w| Some(w.previous()))
        .take(n)
        .collect();
    weeks.reverse();
    weeks
}

fn finished_visits<'a>(visits: &'a [Visit], weeks: &'a Weeks) -> impl Iterator<Item = &'a Visit> {
    visits
        .iter()
        .filter(move |v| v.finished.is_some() && weeks.contains(v.date))
}

fn complaints_opened<'a>(
    sources: &'a Sources,
    weeks: &'a Weeks,
) -> impl Iterator<Item = &'a Complaint> {
    sources
        .staff
        .complaints
        .iter()
        .filter(move |c| weeks.contains((sources.day_of)(c.at)))
}

/// By [`Complaint::closed_on`]: the typed days its actions were done and the customer
/// told (the local day it was logged, for a case closed on the spot).
fn complaints_closed(sources: &Sources, weeks: &Weeks) -> u32 {
    sources
        .staff
        .complaints
        .iter()
        .filter(|c| {
            c.closed_on(sources.day_of)
                .is_some_and(|day| weeks.contains(day))
        })
        .count() as u32
}

fn attempts_in<'a>(sources: &'a Sources, weeks: &'a Weeks) -> impl Iterator<Item = &'a Attempt> {
    sources
        .staff
        .attempts
        .iter()
        .filter(move |a| weeks.contains((sources.day_of)(a.at)))
}

#[cfg(test)]
#[path = "figures_tests.rs"]
mod tests;
