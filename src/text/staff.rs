//! Words for goals and their progress: key figures, periods, verdicts and numbers as
//! the person's language writes them.

use super::{date, locale, tr, Msg};
use crate::domain::locale::Locale;
use crate::domain::money::Money;
use crate::domain::staff::goal::number_text;
use crate::domain::staff::quantity::hundredths;
use crate::domain::staff::{
    Goal, GoalKind, KeyFigure, OnTrack, Period, PeriodLabel, TargetDirection, Verdict,
};

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
    let text = hundredths(value).map_or_else(|| format!("{value:.2}"), number_text);
    if locale() == Locale::En {
        text
    } else {
        text.replacen('.', ",", 1)
    }
}

/// A goal's value as its kind reads: money for amounts ("2 000 kr", in the business's
/// currency, with thousands grouped), a plain number otherwise.
pub fn goal_value(goal: &Goal, value: f64) -> String {
    match (goal.kind, hundredths(value)) {
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

/// "This week: 3 (target at least 5)", or that nothing was logged yet.
pub fn progress_now(goal: &Goal, value: Option<f64>) -> String {
    let period = current_period(goal.period);
    match value {
        Some(value) if value != 0.0 || goal.kind != GoalKind::Score => tr(Msg::ProgressNow {
            period: &period,
            value: &goal_value(goal, value),
            target: &target(goal),
        }),
        _ => tr(Msg::NothingLoggedYet { period: &period }),
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
