//! Calendar periods: the day, ISO week, month or quarter that holds a date, and the
//! periods before and after it. Weeks follow ISO 8601: they start on Monday and belong
//! to the year that holds their Thursday, so 2020 and 2026 have a week 53 and
//! 2021-01-01 lies in 2020-W53.

use super::goal::Period;
use crate::domain::Day;

/// One period of the calendar, first and last day included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: Day,
    pub end: Day,
    pub period: Period,
}

/// How a period is named, for labels and the chart's text alternative.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodLabel {
    Day(Day),
    /// ISO week-numbering year and week (1–53).
    Week {
        year: i32,
        week: u8,
    },
    Month {
        year: i32,
        month: u8,
    },
    Quarter {
        year: i32,
        quarter: u8,
    },
}

impl Span {
    /// The period of this kind that holds `day`.
    pub fn containing(period: Period, day: Day) -> Span {
        let (start, end) = match period {
            Period::Day => (day, day),
            Period::Week => {
                let monday = day.plus_days(-i64::from(day.weekday_from_monday()));
                (monday, monday.plus_days(6))
            }
            Period::Month => month_span(day.year(), day.month(), 1),
            Period::Quarter => {
                let first_month = (day.month() - 1) / 3 * 3 + 1;
                month_span(day.year(), first_month, 3)
            }
        };
        Span { start, end, period }
    }

    pub fn next(self) -> Span {
        Span::containing(self.period, self.end.plus_days(1))
    }

    pub fn previous(self) -> Span {
        Span::containing(self.period, self.start.plus_days(-1))
    }

    pub fn contains(self, day: Day) -> bool {
        self.start <= day && day <= self.end
    }

    pub fn days(self) -> u32 {
        (self.start.days_until(self.end) + 1) as u32
    }

    pub fn label(self) -> PeriodLabel {
        let date = self.start.date();
        match self.period {
            Period::Day => PeriodLabel::Day(self.start),
            Period::Week => {
                let (year, week, _) = date.to_iso_week_date();
                PeriodLabel::Week { year, week }
            }
            Period::Month => PeriodLabel::Month {
                year: self.start.year(),
                month: self.start.month(),
            },
            Period::Quarter => PeriodLabel::Quarter {
                year: self.start.year(),
                quarter: (self.start.month() - 1) / 3 + 1,
            },
        }
    }

    /// The `n` periods that end with this one, oldest first.
    pub fn last_n(self, n: usize) -> Vec<Span> {
        let mut spans: Vec<Span> = std::iter::successors(Some(self), |s| Some(s.previous()))
            .take(n)
            .collect();
        spans.reverse();
        spans
    }
}

/// `months` whole months starting with `first_month` of `year`.
fn month_span(year: i32, first_month: u8, months: u8) -> (Day, Day) {
    let start = Day::ymd(year, first_month, 1).unwrap_or_else(|| fallback(year));
    let last_month = first_month + months - 1;
    let length = time::Month::try_from(last_month).map_or(28, |m| m.length(year));
    let end = Day::ymd(year, last_month, length).unwrap_or(start);
    (start, end)
}

/// Unreachable for days that exist; keeps the arithmetic total without a panic.
fn fallback(year: i32) -> Day {
    Day::ymd(year.clamp(1, 9999), 1, 1).unwrap_or_else(|| Day::ymd(2000, 1, 1).expect("a day"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::staff::fixtures::day;

    fn span(period: Period, d: &str) -> (String, String) {
        let s = Span::containing(period, day(d));
        (s.start.text(), s.end.text())
    }

    fn week_of(d: &str) -> PeriodLabel {
        Span::containing(Period::Week, day(d)).label()
    }

    #[test]
    fn iso_weeks_start_on_monday_and_cross_the_new_year() {
        assert_eq!(
            span(Period::Week, "2026-11-26"),
            ("2026-11-23".into(), "2026-11-29".into())
        );
        // 2020 has 53 weeks: its last week runs into 2021.
        assert_eq!(
            span(Period::Week, "2021-01-01"),
            ("2020-12-28".into(), "2021-01-03".into())
        );
        assert_eq!(
            week_of("2021-01-03"),
            PeriodLabel::Week {
                year: 2020,
                week: 53
            }
        );
        assert_eq!(
            week_of("2021-01-04"),
            PeriodLabel::Week {
                year: 2021,
                week: 1
            }
        );
        // 2026 too: 2026-W53 is 28 December 2026 to 3 January 2027.
        assert_eq!(
            span(Period::Week, "2027-01-02"),
            ("2026-12-28".into(), "2027-01-03".into())
        );
        assert_eq!(
            week_of("2026-12-31"),
            PeriodLabel::Week {
                year: 2026,
                week: 53
            }
        );
        // A week 1 that starts in the old year.
        assert_eq!(
            week_of("2024-12-30"),
            PeriodLabel::Week {
                year: 2025,
                week: 1
            }
        );
        let w53 = Span::containing(Period::Week, day("2026-12-28"));
        assert_eq!(
            w53.next().label(),
            PeriodLabel::Week {
                year: 2027,
                week: 1
            }
        );
        assert_eq!(
            w53.previous().label(),
            PeriodLabel::Week {
                year: 2026,
                week: 52
            }
        );
        assert_eq!(w53.days(), 7);
    }

    #[test]
    fn months_and_quarters_end_on_their_last_day_including_leap_days() {
        assert_eq!(
            span(Period::Month, "2024-02-29"),
            ("2024-02-01".into(), "2024-02-29".into())
        );
        assert_eq!(
            span(Period::Month, "2025-02-10"),
            ("2025-02-01".into(), "2025-02-28".into())
        );
        assert_eq!(
            span(Period::Month, "2026-12-31"),
            ("2026-12-01".into(), "2026-12-31".into())
        );
        assert_eq!(
            span(Period::Quarter, "2024-02-29"),
            ("2024-01-01".into(), "2024-03-31".into())
        );
        assert_eq!(
            span(Period::Quarter, "2026-11-26"),
            ("2026-10-01".into(), "2026-12-31".into())
        );
        assert_eq!(
            Span::containing(Period::Quarter, day("2024-01-01")).days(),
            91
        );
        assert_eq!(
            Span::containing(Period::Quarter, day("2025-01-01")).days(),
            90
        );
        assert_eq!(
            Span::containing(Period::Quarter, day("2025-07-01")).days(),
            92
        );
        let q4 = Span::containing(Period::Quarter, day("2026-11-26"));
        assert_eq!(
            q4.next().label(),
            PeriodLabel::Quarter {
                year: 2027,
                quarter: 1
            }
        );
        let jan = Span::containing(Period::Month, day("2024-01-31"));
        assert_eq!(jan.next().end.text(), "2024-02-29");
    }

    #[test]
    fn the_last_n_periods_are_oldest_first_and_follow_each_other() {
        let spans = Span::containing(Period::Month, day("2024-03-15")).last_n(3);
        let starts: Vec<String> = spans.iter().map(|s| s.start.text()).collect();
        assert_eq!(starts, ["2024-01-01", "2024-02-01", "2024-03-01"]);
        let days = Span::containing(Period::Day, day("2024-03-01")).last_n(2);
        assert_eq!(days[0].start.text(), "2024-02-29");
        assert!(days[0].contains(day("2024-02-29")) && !days[0].contains(day("2024-03-01")));
    }
}
