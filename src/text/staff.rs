//! Words for goals and their progress: key figures, periods, verdicts and numbers as
//! the person's language writes them.

use super::{date, locale, tr, Msg};
use crate::domain::locale::Locale;
use crate::domain::money::Money;
use crate::domain::staff::goal::number_text;
use crate::domain::staff::progress::meets;
use crate::domain::staff::quantity::hundredths;
use crate::domain::staff::{
    Goal, GoalKind, KeyFigure, OnTrack, Period, PeriodLabel, TargetDirection, TrendPoint, Verdict,
};
use crate::domain::Day;

pub fn key_figure(figure: KeyFigure) -> String {
    tr(match figure {
        KeyFigure::Economic => Msg::KeyFigureEconomic,
        KeyFigure::Customer => Msg::KeyFigureCustomer,
        KeyFigure::Service => Msg::KeyFigureService,
        KeyFigure::Employee => Msg::KeyFigureEmployee,
    })
}

pub fn on_track(state: OnTrack) -> String {
    tr(match state {
        OnTrack::Yes => Msg::OnTrackYes,
        OnTrack::No => Msg::OnTrackNo,
        OnTrack::Unknown => Msg::OnTrackUnknown,
    })
}

pub fn verdict(verdict: Verdict) -> String {
    tr(match verdict {
        Verdict::Achieved => Msg::VerdictAchieved,
        Verdict::Missed => Msg::VerdictMissed,
        Verdict::Open => Msg::VerdictOpen,
        Verdict::NotJudged => Msg::VerdictNotJudged,
        Verdict::TooFew => Msg::VerdictTooFew,
    })
}

/// "This week", "Today"…: the period that is running now.
pub fn current_period(period: Period) -> String {
    tr(match period {
        Period::Day => Msg::CurrentDay,
        Period::Week => Msg::CurrentWeek,
        Period::Month => Msg::CurrentMonth,
        Period::Quarter => Msg::CurrentQuarter,
    })
}

pub fn period_label(label: PeriodLabel) -> String {
    match label {
        PeriodLabel::Day(day) => date(day.date()),
        PeriodLabel::Week { year, week } => tr(Msg::WeekLabel { week, year }),
        PeriodLabel::Month { year, month } => tr(Msg::MonthLabel { month, year }),
        PeriodLabel::Quarter { year, quarter } => tr(Msg::QuarterLabel { quarter, year }),
    }
}

/// A period's name as short as an axis can hold: "11.03", "u. 11", "mars", "K1".
pub fn period_short(label: PeriodLabel) -> String {
    match label {
        PeriodLabel::Day(day) => {
            let d = day.date();
            match locale() {
                Locale::En => {
                    let long = date(d);
                    long.rsplit_once(' ')
                        .map_or(long.clone(), |(day_month, _year)| day_month.to_string())
                }
                Locale::Sv => format!("{}/{}", d.day(), u8::from(d.month())),
                Locale::Nb => format!("{}.{}.", d.day(), u8::from(d.month())),
            }
        }
        PeriodLabel::Week { week, .. } => tr(Msg::WeekShort {
            week: u32::from(week),
        }),
        // The long names without their year: "mars 2026" → "mars", "1. kvartal 2026" → "1. kvartal".
        PeriodLabel::Month { .. } | PeriodLabel::Quarter { .. } => {
            let long = period_label(label);
            long.rsplit_once(' ')
                .map_or(long.clone(), |(name, _year)| name.to_string())
        }
    }
}

/// A value as people read it in their language: "3", "2,5" / "2.5".
pub fn number(value: f64) -> String {
    // A real minus sign, as on the score buttons ("−2", not "-2").
    if value < 0.0 {
        return format!("\u{2212}{}", number(-value));
    }
    let text = hundredths(value).map_or_else(|| format!("{value:.2}"), number_text);
    if locale() == Locale::En {
        text
    } else {
        text.replacen('.', ",", 1)
    }
}

/// The score scale's five steps: as a check-in stores them, and as people read them
/// (with a real minus sign).
pub const SCORE_STEPS: [(&str, &str); 5] = [
    ("-2", "\u{2212}2"),
    ("-1", "\u{2212}1"),
    ("0", "0"),
    ("1", "+1"),
    ("2", "+2"),
];

/// A goal's value as its kind reads: money for amounts ("2 000 kr", in the business's
/// currency, with thousands grouped), a plain number otherwise.
pub fn goal_value(goal: &Goal, value: f64) -> String {
    match (goal.kind, hundredths(value)) {
        (GoalKind::GoodRatings, _) => tr(Msg::PercentValue {
            percent: value.round() as i64,
        }),
        (GoalKind::Amount, Some(minor)) => super::money(Money {
            minor,
            currency: super::business_currency(),
        }),
        _ => number(value),
    }
}

/// "at least 5", "at most 2".
pub fn target(goal: &Goal) -> String {
    let target = goal_value(goal, goal.target);
    match goal.direction {
        TargetDirection::AtLeast => tr(Msg::TargetAtLeast { target: &target }),
        TargetDirection::AtMost => tr(Msg::TargetAtMost { target: &target }),
    }
}

/// A goal counted from ratings: the share with the number of answers beside it, or
/// "too few answers to say".
fn ratings_now(goal: &Goal, current: Option<&TrendPoint>, period: &str) -> String {
    let answers = current.map_or(0, |c| c.answers);
    let share = match current.and_then(|c| c.value) {
        Some(percent) => crate::domain::voice::Share::Percent {
            percent: percent.round() as u32,
            answers,
        },
        None => crate::domain::voice::Share::TooFew { answers },
    };
    tr(Msg::StandingShare {
        period,
        share: &super::voice::share(share),
        target: &target(goal),
    })
}

/// Where the running period stands, in words that agree with the badge beside them:
/// "This week: 4 of 15 so far, 11 to go by Sunday", "Not yet today", "Today: 1 of 1,
/// reached", "This month: 3 so far, at most 5". A period the goal no longer runs in
/// reads as before: its value and target.
pub fn progress_now(goal: &Goal, current: Option<&TrendPoint>, today: Day) -> String {
    let period = current_period(goal.period);
    if goal.kind == GoalKind::GoodRatings {
        return ratings_now(goal, current, &period);
    }
    let value = current.and_then(|c| c.value);
    let running = current.filter(|c| c.span.contains(today) && goal.covers(today));
    let (Some(point), Some(value)) = (running, value) else {
        return match value {
            Some(value) if value != 0.0 || goal.kind != GoalKind::Score => tr(Msg::ProgressNow {
                period: &period,
                value: &goal_value(goal, value),
                target: &target(goal),
            }),
            _ => tr(Msg::NothingLoggedYet { period: &period }),
        };
    };
    let shown = goal_value(goal, value);
    let limit = goal_value(goal, goal.target);
    match (goal.direction, goal.kind) {
        (_, GoalKind::Score) => tr(Msg::StandingScore {
            period: &period,
            value: &shown,
            target: &target(goal),
        }),
        (TargetDirection::AtMost, _) if meets(goal, value) => tr(Msg::StandingWithin {
            period: &period,
            value: &shown,
            target: &limit,
        }),
        (TargetDirection::AtMost, _) => tr(Msg::StandingOver {
            period: &period,
            value: &shown,
            target: &limit,
        }),
        (TargetDirection::AtLeast, _) if meets(goal, value) => tr(Msg::StandingReached {
            period: &period,
            value: &shown,
            target: &limit,
        }),
        (TargetDirection::AtLeast, _) if goal.period == Period::Day && value == 0.0 => {
            tr(Msg::NotYetToday)
        }
        (TargetDirection::AtLeast, _) => {
            let to_go = goal_value(goal, goal.target - value);
            if goal.period == Period::Day {
                return tr(Msg::StandingToGoToday {
                    value: &shown,
                    target: &limit,
                    to_go: &to_go,
                });
            }
            // The period's last day, or the goal's if it ends sooner.
            let last = goal
                .end
                .map_or(point.span.end, |end| end.min(point.span.end));
            let by = if goal.period == Period::Week {
                tr(Msg::Weekday {
                    day: last.weekday_from_monday() + 1,
                })
            } else {
                date(last.date())
            };
            tr(Msg::StandingToGo {
                period: &period,
                value: &shown,
                target: &limit,
                to_go: &to_go,
                by: &by,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::set_locale;

    #[test]
    fn numbers_and_periods_read_in_each_language() {
        set_locale(Locale::Nb);
        assert_eq!(number(2.5), "2,5");
        assert_eq!(
            period_label(PeriodLabel::Week {
                year: 2026,
                week: 53
            }),
            tr(Msg::WeekLabel {
                week: 53,
                year: 2026
            })
        );
        set_locale(Locale::En);
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(49.95), "49.95");
        assert_eq!(number(-1.5), "−1.5");
        let mut sales = crate::domain::staff::fixtures::goal(
            GoalKind::Amount,
            2000.0,
            TargetDirection::AtLeast,
            Period::Week,
        );
        super::super::set_business_currency(Some(crate::domain::money::Currency::Sek));
        assert_eq!(goal_value(&sales, 2000.0), "SEK 2,000");
        set_locale(Locale::Nb);
        assert_eq!(goal_value(&sales, 2000.5), "2\u{a0}000,50\u{a0}SEK");
        super::super::set_business_currency(None);
        assert_eq!(goal_value(&sales, 2000.0), "2\u{a0}000\u{a0}kr");
        sales.kind = GoalKind::Count;
        assert_eq!(goal_value(&sales, 2000.0), "2000");
        set_locale(Locale::En);
    }

    #[test]
    fn the_running_period_reads_the_same_everywhere() {
        use crate::domain::staff::fixtures::{check_in, day, goal};
        use crate::domain::staff::progress::trend;
        set_locale(Locale::En);
        super::super::set_business_currency(None);
        // Goals running since New Year, so every period here is whole.
        let running = |kind, target, direction, period| Goal {
            start: day("2026-01-01"),
            ..goal(kind, target, direction, period)
        };
        let week = running(
            GoalKind::Count,
            15.0,
            TargetDirection::AtLeast,
            Period::Week,
        );
        let tuesday = day("2026-03-10");
        let ins = vec![check_in(&week, "2026-03-09", 4.0)];
        let now = |g: &Goal, ins: &[crate::domain::staff::CheckIn], today: Day| {
            let points = trend(g, ins, today, 1);
            progress_now(g, points.last(), today)
        };
        assert_eq!(
            now(&week, &ins, tuesday),
            "This week: 4 of 15 so far, 11 to go by Sunday"
        );
        let more = vec![check_in(&week, "2026-03-09", 16.0)];
        assert_eq!(now(&week, &more, tuesday), "This week: 16 of 15, reached");

        let day_goal = running(
            GoalKind::DonePerDay,
            1.0,
            TargetDirection::AtLeast,
            Period::Day,
        );
        assert_eq!(now(&day_goal, &[], tuesday), "Not yet today");

        let limit = running(GoalKind::Count, 5.0, TargetDirection::AtMost, Period::Month);
        let three = vec![check_in(&limit, "2026-03-02", 3.0)];
        assert_eq!(
            now(&limit, &three, tuesday),
            "This month: 3 so far, at most 5"
        );

        let sales = running(
            GoalKind::Amount,
            10_000.0,
            TargetDirection::AtLeast,
            Period::Month,
        );
        let sold = vec![check_in(&sales, "2026-03-02", 2500.0)];
        assert_eq!(
            now(&sales, &sold, tuesday),
            "This month: €2,500 of €10,000 so far, €7,500 to go by 31 Mar 2026"
        );
        assert_eq!(
            period_label(PeriodLabel::Month {
                year: 2026,
                month: 11
            }),
            "November 2026"
        );
        assert_eq!(
            period_label(PeriodLabel::Quarter {
                year: 2024,
                quarter: 1
            }),
            "Q1 2024"
        );
        assert_eq!(
            period_label(PeriodLabel::Week {
                year: 2020,
                week: 53
            }),
            "Week 53, 2020"
        );
    }
}
