//! Tests of the service drip's figures.
use super::*;
use crate::domain::knowledge::AttemptAnswer;
use crate::domain::money::Currency;
use crate::domain::staff::fixtures::{check_in, day, goal, person};
use crate::domain::staff::progress::summarize;
use crate::domain::staff::{GoalKind, Period, Praise, TargetDirection};
use crate::domain::visits::{Answer, AnswerKind, Checklist, ChecklistItem, ChecklistSection};
use crate::domain::voice::report::hour_tallies;
use crate::domain::voice::{ComplaintDraft, CustomerTold, Rating, RatingTap};
use crate::domain::{AttemptId, Channel, CheckId, ChecklistId, ItemId, PersonId, PraiseId};

fn noon(on: &str) -> Timestamp {
    let midnight = day(on).date().midnight().assume_utc().unix_timestamp();
    Timestamp::from_unix_millis((midnight * 1000 + 43_200_000) as f64)
}

fn utc(at: Timestamp) -> Day {
    Day::from_date(at.date()).unwrap()
}

fn week(on: &str) -> Week {
    Week::of(day(on))
}

/// `good` good and `bad` bad answers at noon on `on`, counted as the counter keeps
/// them (an Oslo winter offset).
fn taps(on: &str, good: u32, bad: u32) -> Vec<RatingTap> {
    let answers = (0..good)
        .map(|_| Rating::Good)
        .chain((0..bad).map(|_| Rating::VeryBad));
    answers.map(|r| RatingTap::new(noon(on), 60, r)).collect()
}

fn complaint(on: &str) -> Complaint {
    let mut draft = ComplaintDraft::new(noon(on));
    draft.said = "Waited too long".into();
    draft.validate(None, Currency::Nok, None, noon(on)).unwrap()
}

fn checklist(standards: &[Option<StandardId>]) -> Checklist {
    let items = standards
        .iter()
        .map(|standard| ChecklistItem {
            id: ItemId::random(),
            text: "Greeted within ten seconds".into(),
            standard_id: *standard,
            answer: AnswerKind::YesNo,
            weight: 1,
            critical: false,
        })
        .collect();
    Checklist {
        id: ChecklistId::random(),
        title: "Shop floor".into(),
        channel: Channel::InPerson,
        pass_mark: 80,
        sections: vec![ChecklistSection {
            area_id: None,
            title: "Greeting".into(),
            items,
        }],
        created: noon("2026-01-01"),
        updated: noon("2026-01-01"),
    }
}

/// A finished visit of `list` on `on`, its items answered yes while `yes` lasts, then
/// no.
fn visit(list: &Checklist, kind: VisitKind, on: &str, yes: usize) -> Visit {
    let mut v = Visit::start(list, kind, day(on), noon(on));
    let items = v.sections.iter_mut().flat_map(|s| s.items.iter_mut());
    for (i, item) in items.enumerate() {
        item.answer = Some(if i < yes { Answer::Yes } else { Answer::No });
    }
    v.finished = Some(noon(on));
    v
}

fn attempt(person: PersonId, on: &str, right: Option<bool>) -> Attempt {
    Attempt {
        id: AttemptId::random(),
        check_id: CheckId::random(),
        person_id: person,
        at: noon(on),
        answers: vec![AttemptAnswer {
            key: "k".into(),
            right,
            text: String::new(),
        }],
        pass_mark: 80,
        earlier: None,
        created: noon(on),
        updated: noon(on),
    }
}

fn praise(on: &str) -> Praise {
    Praise {
        id: PraiseId::random(),
        from_person_id: None,
        to_person_id: PersonId::random(),
        date: day(on),
        what: "Found the lost glove".into(),
        created: noon(on),
        updated: noon(on),
    }
}

fn sources<'a>(staff: &'a Staff, hours: &'a [HourTally], too_few: u32) -> Sources<'a> {
    Sources {
        staff,
        hours,
        too_few,
        day_of: &utc,
    }
}

fn percent(share: Share) -> Option<u32> {
    match share {
        Share::Percent { percent, .. } => Some(percent),
        Share::TooFew { .. } => None,
    }
}

#[test]
fn a_week_with_ratings_a_complaint_and_a_visit_gives_those_figures() {
    let list = checklist(&[None, None, None, None]);
    let mut staff = Staff::default();
    staff.complaints.push(complaint("2026-12-02"));
    staff
        .visits
        .push(visit(&list, VisitKind::SelfAudit, "2026-12-03", 3));
    staff
        .visits
        .push(visit(&list, VisitKind::OtherBusiness, "2026-12-04", 4));
    let mut unfinished = visit(&list, VisitKind::SelfAudit, "2026-12-04", 4);
    unfinished.finished = None;
    staff.visits.push(unfinished);
    // The Sunday before and the Monday after belong to other weeks.
    let mut all = taps("2026-12-01", 3, 1);
    all.extend(taps("2026-11-29", 5, 0));
    all.extend(taps("2026-12-07", 5, 0));
    let hours = hour_tallies(&all);
    let glance = WeekAtGlance::of(week("2026-12-02"), &sources(&staff, &hours, 4));
    assert_eq!(
        (glance.ratings.tally.answers(), glance.ratings.tally.good()),
        (4, 3)
    );
    assert_eq!(
        glance.ratings.share,
        Share::Percent {
            percent: 75,
            answers: 4
        }
    );
    assert_eq!(glance.complaints_opened, 1);
    assert_eq!(glance.complaints_closed, 0, "an open case closed nothing");
    assert_eq!(
        glance.own_visits.len(),
        1,
        "the unfinished visit is left out"
    );
    assert_eq!(glance.own_visits[0].percent, Some(75));
    assert_eq!(glance.own_visits[0].verdict, visits::Verdict::BelowPassMark);
    assert_eq!(glance.other_visits.len(), 1);
    assert_eq!(glance.other_visits[0].percent, Some(100));
    assert!(!glance.is_empty());
}

#[test]
fn a_week_with_nothing_is_empty_whatever_the_weeks_around_it_hold() {
    let person = person("Kari");
    let mut staff = Staff::default();
    staff.complaints.push(complaint("2026-11-29"));
    staff
        .attempts
        .push(attempt(person.id, "2026-12-07", Some(true)));
    staff.visits.push(visit(
        &checklist(&[None]),
        VisitKind::SelfAudit,
        "2026-12-07",
        1,
    ));
    let team_goal = goal(GoalKind::Count, 1.0, TargetDirection::AtLeast, Period::Week);
    staff
        .summaries
        .push(summarize(&team_goal, &[], day("2026-12-02")));
    staff.goals.push(team_goal);
    let hours = hour_tallies(&taps("2026-11-29", 10, 0));
    let glance = WeekAtGlance::of(week("2026-12-02"), &sources(&staff, &hours, 1));
    assert!(glance.is_empty(), "{glance:?}");
    assert_eq!(glance.goals.active, 1, "goals are still shown as of now");
    let next = WeekAtGlance::of(week("2026-12-07"), &sources(&staff, &hours, 1));
    assert!(!next.is_empty());
    assert_eq!(
        (next.checks.attempts, next.own_visits.len()),
        (1, 1),
        "the week after holds the check and the visit"
    );
}

#[test]
fn any_one_kind_of_record_alone_makes_a_week_not_empty() {
    let w = week("2026-12-09");
    let list = checklist(&[None]);
    let mut closed_now = complaint("2026-11-25");
    closed_now.customer_told = Some(CustomerTold::On(day("2026-12-09")));
    let alone: Vec<(&str, Staff, Vec<HourTally>)> = vec![
        (
            "a rating",
            Staff::default(),
            hour_tallies(&taps("2026-12-09", 0, 1)),
        ),
        (
            "a complaint made",
            Staff {
                complaints: vec![complaint("2026-12-09")],
                ..Staff::default()
            },
            Vec::new(),
        ),
        (
            "a case closed",
            Staff {
                complaints: vec![closed_now],
                ..Staff::default()
            },
            Vec::new(),
        ),
        (
            "an own visit",
            Staff {
                visits: vec![visit(&list, VisitKind::SelfAudit, "2026-12-09", 0)],
                ..Staff::default()
            },
            Vec::new(),
        ),
        (
            "a visit to another business",
            Staff {
                visits: vec![visit(&list, VisitKind::OtherBusiness, "2026-12-09", 0)],
                ..Staff::default()
            },
            Vec::new(),
        ),
        (
            "a failed check",
            Staff {
                attempts: vec![attempt(PersonId::random(), "2026-12-09", Some(false))],
                ..Staff::default()
            },
            Vec::new(),
        ),
    ];
    for (what, staff, hours) in &alone {
        let glance = WeekAtGlance::of(w, &sources(staff, hours, 30));
        assert!(!glance.is_empty(), "{what}");
    }
}

#[test]
fn a_complaint_opened_in_one_week_and_closed_in_the_next_counts_in_each() {
    let mut case = complaint("2026-12-04");
    case.customer_told = Some(CustomerTold::On(day("2026-12-08")));
    let staff = Staff {
        complaints: vec![case],
        ..Staff::default()
    };
    let src = sources(&staff, &[], 30);
    let opened = WeekAtGlance::of(week("2026-12-04"), &src);
    let closed = WeekAtGlance::of(week("2026-12-08"), &src);
    assert_eq!((opened.complaints_opened, opened.complaints_closed), (1, 0));
    assert_eq!((closed.complaints_opened, closed.complaints_closed), (0, 1));
}

#[test]
fn a_complaint_made_after_midnight_local_counts_in_the_local_week() {
    // 23:30 UTC on Sunday 6 December is 00:30 on Monday 7 December in Oslo.
    let mut late = complaint("2026-12-06");
    late.at = Timestamp::from_unix_millis(late.at.unix_millis() as f64 + 41_400_000.0);
    let staff = Staff {
        complaints: vec![late],
        ..Staff::default()
    };
    let oslo = |at: Timestamp| {
        utc(Timestamp::from_unix_millis(
            at.unix_millis() as f64 + 3_600_000.0,
        ))
    };
    let local = Sources {
        day_of: &oslo,
        ..sources(&staff, &[], 30)
    };
    let monday = week("2026-12-07");
    assert_eq!(WeekAtGlance::of(monday, &local).complaints_opened, 1);
    assert_eq!(
        WeekAtGlance::of(monday, &sources(&staff, &[], 30)).complaints_opened,
        0
    );
}

#[test]
fn a_rating_on_new_years_day_2027_counts_in_2026_week_53() {
    let hours = hour_tallies(&taps("2027-01-01", 1, 0));
    let staff = Staff::default();
    let w53 = week("2027-01-01");
    assert_eq!(w53.number(), (2026, 53));
    let glance = WeekAtGlance::of(w53, &sources(&staff, &hours, 30));
    assert_eq!(glance.ratings.tally.answers(), 1);
    let week1 = WeekAtGlance::of(w53.next(), &sources(&staff, &hours, 30));
    assert_eq!(week1.ratings.tally.answers(), 0);
}

#[test]
fn the_share_is_too_few_below_the_threshold_and_a_number_from_it() {
    let hours = hour_tallies(&taps("2026-12-02", 20, 9));
    let staff = Staff::default();
    let w = week("2026-12-02");
    let below = WeekAtGlance::of(w, &sources(&staff, &hours, 30));
    assert_eq!(below.ratings.share, Share::TooFew { answers: 29 });
    let at = WeekAtGlance::of(w, &sources(&staff, &hours, 29));
    // 20 of 29: 68.97 %.
    assert_eq!(
        at.ratings.share,
        Share::Percent {
            percent: 69,
            answers: 29
        }
    );
    let figures = KeyFigures::of(w, 1, &sources(&staff, &hours, 30));
    let customer = figures.group(KeyFigure::Customer).unwrap();
    assert_eq!(
        customer.figures[0].now,
        Amount::Share {
            part: 20,
            whole: 29,
            share: Share::TooFew { answers: 29 }
        }
    );
}

#[test]
fn shares_of_other_things_round_as_the_customers_share_does() {
    for (part, whole) in [(2, 3), (1, 8), (19, 30), (20, 31), (0, 5), (5, 5)] {
        let tally = Tally {
            counts: [whole - part, 0, part, 0],
        };
        let Amount::Share { share, .. } = share_of(part, whole, 1) else {
            panic!("a share");
        };
        assert_eq!(share, tally.share(1), "{part} of {whole}");
    }
    assert_eq!(
        share_of(4, 4, 5),
        Amount::Share {
            part: 4,
            whole: 4,
            share: Share::TooFew { answers: 4 }
        }
    );
}

#[test]
fn key_figures_put_the_latest_weeks_beside_the_weeks_before() {
    let kari = person("Kari");
    let list = checklist(&[None]);
    let mut staff = Staff::default();
    // Before: 2 complaints, 5 own visits of which 4 passed; now: 1 complaint.
    staff.complaints.push(complaint("2026-11-03"));
    staff.complaints.push(complaint("2026-11-27"));
    staff.complaints.push(complaint("2026-12-21"));
    for (on, yes) in [
        ("2026-11-02", 1),
        ("2026-11-09", 1),
        ("2026-11-16", 0),
        ("2026-11-23", 1),
        ("2026-11-24", 1),
    ] {
        staff
            .visits
            .push(visit(&list, VisitKind::SelfAudit, on, yes));
    }
    staff
        .visits
        .push(visit(&list, VisitKind::MysteryShopper, "2026-12-10", 1));
    // A visit to another business says nothing of this one's service.
    for _ in 0..5 {
        staff
            .visits
            .push(visit(&list, VisitKind::OtherBusiness, "2026-12-10", 1));
    }
    // A retake passed: one person, whatever the sittings.
    staff
        .attempts
        .push(attempt(kari.id, "2026-12-01", Some(false)));
    staff
        .attempts
        .push(attempt(kari.id, "2026-12-02", Some(true)));
    staff
        .attempts
        .push(attempt(kari.id, "2026-12-03", Some(true)));
    staff.praise.push(praise("2026-12-27"));
    staff.praise.push(praise("2026-12-28"));
    let mut all = taps("2026-11-10", 30, 10);
    all.extend(taps("2026-12-15", 36, 4));
    let hours = hour_tallies(&all);
    // Now: weeks 49–52 of 2026 (30 Nov – 27 Dec); before: weeks 45–48.
    let figures = KeyFigures::of(week("2026-12-27"), 4, &sources(&staff, &hours, 30));
    assert_eq!(figures.now.first(), Some(&week("2026-11-30")));
    assert_eq!(figures.before.first(), Some(&week("2026-11-02")));
    assert_eq!(figures.before.last(), Some(&week("2026-11-23")));
    let figure = |group: KeyFigure, measure: Measure| {
        *figures
            .group(group)
            .unwrap()
            .figures
            .iter()
            .find(|f| f.measure == measure)
            .unwrap()
    };
    let good = figure(KeyFigure::Customer, Measure::GoodRatings);
    assert_eq!(
        (good.before, good.now),
        (
            Amount::Share {
                part: 30,
                whole: 40,
                share: Share::Percent {
                    percent: 75,
                    answers: 40
                }
            },
            Amount::Share {
                part: 36,
                whole: 40,
                share: Share::Percent {
                    percent: 90,
                    answers: 40
                }
            }
        )
    );
    assert_eq!(good.change(), Change::By(15));
    let complaints = figure(KeyFigure::Customer, Measure::ComplaintsOpened);
    assert_eq!(
        (complaints.before, complaints.now),
        (Amount::Count(2), Amount::Count(1))
    );
    assert_eq!(complaints.change(), Change::By(-1));
    let visits = figure(KeyFigure::Service, Measure::OwnVisitsPassed);
    assert_eq!(
        visits.before,
        Amount::Share {
            part: 4,
            whole: 5,
            share: Share::Percent {
                percent: 80,
                answers: 5
            }
        }
    );
    assert_eq!(
        visits.now,
        Amount::Share {
            part: 1,
            whole: 1,
            share: Share::TooFew { answers: 1 }
        }
    );
    assert_eq!(visits.change(), Change::TooFewToSay);
    let people = figure(KeyFigure::Employee, Measure::PeoplePassedCheck);
    assert_eq!(
        (people.before, people.now),
        (Amount::Count(0), Amount::Count(1))
    );
    // 28 December is in 2026-W53, after the weeks asked for.
    let praised = figure(KeyFigure::Employee, Measure::PraiseGiven);
    assert_eq!(praised.now, Amount::Count(1));
    assert!(figures
        .group(KeyFigure::Economic)
        .unwrap()
        .figures
        .is_empty());
    let longer = KeyFigures::of(week("2026-12-27"), 8, &sources(&staff, &hours, 30));
    assert_eq!((longer.now.len(), longer.before.len()), (8, 8));
}

#[test]
fn goals_are_filed_under_their_group_with_their_latest_verdict() {
    let today = day("2026-12-09");
    let mut sales = goal(GoalKind::Count, 5.0, TargetDirection::AtLeast, Period::Week);
    sales.key_figure = Some(KeyFigure::Economic);
    let mut greeting = goal(GoalKind::Count, 5.0, TargetDirection::AtLeast, Period::Week);
    greeting.key_figure = Some(KeyFigure::Service);
    let mut dropped = greeting.clone();
    dropped.id = GoalId::random();
    dropped.status = GoalStatus::Dropped;
    let ins = vec![
        check_in(&sales, "2026-11-30", 6.0),
        check_in(&sales, "2026-12-07", 5.0),
        check_in(&greeting, "2026-11-30", 1.0),
    ];
    let staff = Staff {
        summaries: vec![
            summarize(&sales, &ins, today),
            summarize(&greeting, &ins, today),
        ],
        goals: vec![sales.clone(), greeting.clone(), dropped],
        ..Staff::default()
    };
    let src = sources(&staff, &[], 30);
    let figures = KeyFigures::of(week("2026-12-06"), 4, &src);
    let economic = &figures.group(KeyFigure::Economic).unwrap().goals;
    assert_eq!(economic.len(), 1);
    assert_eq!(economic[0].goal_id, sales.id);
    assert_eq!(economic[0].on_track, OnTrack::Yes);
    assert_eq!(economic[0].latest, Some(Verdict::Achieved));
    let service = &figures.group(KeyFigure::Service).unwrap().goals;
    assert_eq!(service.len(), 1, "a dropped goal is not followed");
    assert_eq!(service[0].on_track, OnTrack::No);
    assert_eq!(service[0].latest, Some(Verdict::Missed));
    assert!(figures.group(KeyFigure::Customer).unwrap().goals.is_empty());
    let goals = WeekAtGlance::of(week("2026-12-06"), &src).goals;
    assert_eq!(
        goals,
        GoalsNow {
            active: 2,
            on_track: 1,
            off_track: 1,
            as_of: Some(today)
        }
    );
}

#[test]
fn a_pass_counts_its_person_once_and_an_unmarked_sitting_is_not_passed() {
    let (kari, ola) = (person("Kari"), person("Ola"));
    let staff = Staff {
        attempts: vec![
            attempt(kari.id, "2026-12-01", Some(true)),
            attempt(kari.id, "2026-12-02", Some(true)),
            attempt(ola.id, "2026-12-02", Some(false)),
            attempt(ola.id, "2026-12-03", None),
        ],
        ..Staff::default()
    };
    let glance = WeekAtGlance::of(week("2026-12-01"), &sources(&staff, &[], 30));
    assert_eq!(
        glance.checks,
        Checks {
            attempts: 4,
            passed_attempts: 2,
            people_passed: 1,
            awaiting_marking: 1
        }
    );
}

/// A focus on `standard` in week 50 of 2026, with the six weeks before.
fn focus(staff: &Staff, hours: &[HourTally], standard: StandardId) -> FocusComparison {
    let during = [week("2026-12-07"), week("2026-12-14")];
    focus_comparison(standard, &during, 3, &sources(staff, hours, 30))
}

#[test]
fn before_and_during_with_enough_answers_shows_both_and_the_change() {
    let greeting = StandardId::random();
    let list = checklist(&[Some(greeting), Some(greeting), Some(greeting)]);
    let mut staff = Staff::default();
    staff
        .visits
        .push(visit(&list, VisitKind::SelfAudit, "2026-11-20", 1));
    staff
        .visits
        .push(visit(&list, VisitKind::MysteryShopper, "2026-11-25", 1));
    staff
        .visits
        .push(visit(&list, VisitKind::SelfAudit, "2026-12-08", 3));
    staff
        .visits
        .push(visit(&list, VisitKind::SelfAudit, "2026-12-15", 2));
    let mut about = complaint("2026-11-18");
    about.cause = Some(Cause::Standard(greeting));
    staff.complaints.push(about);
    staff.complaints.push(complaint("2026-11-19"));
    staff.complaints.push(complaint("2026-12-09"));
    let mut all = taps("2026-11-17", 20, 20);
    all.extend(taps("2026-12-10", 30, 10));
    // Before the weeks before: not counted.
    all.extend(taps("2026-11-01", 0, 50));
    let hours = hour_tallies(&all);
    let c = focus(&staff, &hours, greeting);
    assert_eq!(
        c.before.weeks,
        vec![week("2026-11-16"), week("2026-11-23"), week("2026-11-30")]
    );
    assert_eq!(percent(c.before.ratings.share), Some(50));
    assert_eq!(percent(c.during.ratings.share), Some(75));
    assert_eq!(c.ratings_change(), Change::By(25));
    assert_eq!(
        (c.before.items.answered, c.before.items.percent()),
        (6, Some(33))
    );
    assert_eq!(
        (c.during.items.answered, c.during.items.percent()),
        (6, Some(83))
    );
    assert_eq!(c.items_change(), Change::By(50));
    assert_eq!(
        (
            c.before.complaints_opened,
            c.before.complaints_about_standard
        ),
        (2, 1)
    );
    assert_eq!(
        (
            c.during.complaints_opened,
            c.during.complaints_about_standard
        ),
        (1, 0)
    );
    assert_eq!(c.complaints_change(), Change::By(-1));
}

#[test]
fn with_too_few_on_one_side_no_change_is_claimed() {
    let greeting = StandardId::random();
    let list = checklist(&[Some(greeting), Some(greeting), Some(greeting)]);
    let mut staff = Staff::default();
    // Before: 3 items only; during: 6.
    staff
        .visits
        .push(visit(&list, VisitKind::SelfAudit, "2026-11-20", 0));
    staff
        .visits
        .push(visit(&list, VisitKind::SelfAudit, "2026-12-08", 3));
    staff
        .visits
        .push(visit(&list, VisitKind::SelfAudit, "2026-12-15", 3));
    let mut all = taps("2026-11-17", 30, 10);
    all.extend(taps("2026-12-10", 5, 0));
    let hours = hour_tallies(&all);
    let c = focus(&staff, &hours, greeting);
    assert!(!c.before.too_few_ratings());
    assert!(c.during.too_few_ratings());
    assert_eq!(c.during.ratings.share, Share::TooFew { answers: 5 });
    assert_eq!(c.ratings_change(), Change::TooFewToSay);
    assert!(c.before.items.too_few());
    assert_eq!(c.before.items.percent(), None);
    assert_eq!(c.during.items.percent(), Some(100));
    assert_eq!(c.items_change(), Change::TooFewToSay);
}

#[test]
fn items_of_another_standard_or_another_business_are_not_counted() {
    let (greeting, tidy) = (StandardId::random(), StandardId::random());
    let mixed = checklist(&[Some(greeting), Some(tidy), None]);
    let mut staff = Staff::default();
    for on in [
        "2026-12-08",
        "2026-12-09",
        "2026-12-10",
        "2026-12-11",
        "2026-12-14",
    ] {
        staff
            .visits
            .push(visit(&mixed, VisitKind::SelfAudit, on, 1));
        staff
            .visits
            .push(visit(&mixed, VisitKind::OtherBusiness, on, 3));
    }
    let c = focus(&staff, &[], greeting);
    assert_eq!(c.during.items.answered, 5);
    assert_eq!(
        c.during.items.points,
        Points {
            earned: 15,
            possible: 15
        }
    );
    let other = focus(&staff, &[], tidy);
    assert_eq!(other.during.items.answered, 5);
    assert_eq!(other.during.items.percent(), Some(0));
}

#[test]
fn a_focus_without_weeks_has_no_weeks_before_either() {
    let c = focus_comparison(
        StandardId::random(),
        &[],
        4,
        &sources(&Staff::default(), &[], 30),
    );
    assert!(c.before.weeks.is_empty() && c.during.weeks.is_empty());
}

#[test]
fn weeks_before_anything_was_recorded_have_no_data_rather_than_zeros() {
    let mut staff = Staff::default();
    staff.complaints.push(complaint("2026-11-25"));
    let hours: Vec<HourTally> = Vec::new();
    let sources = sources(&staff, &hours, 30);
    let late = KeyFigures::of(week("2026-12-21"), 4, &sources);
    assert!(
        late.before_has_data,
        "the complaint falls in the weeks before"
    );
    let early = KeyFigures::of(week("2026-11-30"), 4, &sources);
    assert!(
        !early.before_has_data,
        "nothing was recorded before 23 November"
    );
}

#[test]
fn a_focus_chosen_in_the_first_weeks_of_use_has_no_data_before_it() {
    let standard = StandardId::random();
    let mut staff = Staff::default();
    staff.complaints.push(complaint("2026-12-08"));
    let hours: Vec<HourTally> = Vec::new();
    let sources = sources(&staff, &hours, 30);
    let first_weeks = focus_comparison(standard, &[week("2026-12-07")], 1, &sources);
    assert!(
        !first_weeks.before_has_data,
        "nothing was recorded before 7 December"
    );
    let later = focus_comparison(standard, &[week("2026-12-14")], 1, &sources);
    assert!(later.before_has_data);
}
