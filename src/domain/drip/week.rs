//! ISO 8601 weeks, the rhythm of the service drip: a week starts on Monday and belongs to
//! the year that holds its Thursday, so 2026 has a week 53 and 1 January 2027 lies in it.
//!
//! A week is kept as its Monday. In files it is that Monday's date; any other day of the
//! week is read as the week that holds it, so a hand-edited file cannot make a week that
//! starts mid-week.

use crate::domain::staff::{Period, Span};
use crate::domain::Day;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Week(Day);

impl Week {
    /// The week that holds `day`.
    pub fn of(day: Day) -> Week {
        Week(day.plus_days(-i64::from(day.weekday_from_monday())))
    }

    pub fn monday(self) -> Day {
        self.0
    }

    pub fn sunday(self) -> Day {
        self.0.plus_days(6)
    }

    pub fn contains(self, day: Day) -> bool {
        self.monday() <= day && day <= self.sunday()
    }

    pub fn next(self) -> Week {
        Week(self.0.plus_days(7))
    }

    pub fn previous(self) -> Week {
        Week(self.0.plus_days(-7))
    }

    /// The ISO week-numbering year and the week's number in it (1–53).
    pub fn number(self) -> (i32, u8) {
        let (year, week, _) = self.0.date().to_iso_week_date();
        (year, week)
    }

    /// The week as a calendar period, for the figures that goals already count by week.
    pub fn span(self) -> Span {
        Span::containing(Period::Week, self.0)
    }

    /// Whole weeks from `self` to `later` (negative if `later` is earlier).
    pub fn weeks_until(self, later: Week) -> i64 {
        self.0.days_until(later.0) / 7
    }

    /// A number that names this week and no other, for ids made from a week.
    pub(crate) fn ordinal(self) -> u64 {
        u64::try_from(Day::FALLBACK.days_until(self.0) + 1_000_000).unwrap_or(0)
    }
}

/// In links: the Monday's date.
impl std::fmt::Display for Week {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Any day of the week names it.
impl std::str::FromStr for Week {
    type Err = crate::domain::day::DayProblem;
    fn from_str(text: &str) -> Result<Week, Self::Err> {
        Day::parse(text).map(Week::of)
    }
}

impl Serialize for Week {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Week {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Week, D::Error> {
        Day::deserialize(deserializer).map(Week::of)
    }
}

/// In the file format: the Monday of the week, as a date.
#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Week {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Week".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "description": "The Monday of an ISO 8601 week; another day is read as the week that holds it."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::staff::fixtures::day;

    #[test]
    fn a_week_starts_on_monday_and_holds_seven_days() {
        let week = Week::of(day("2026-12-06"));
        assert_eq!(week.monday(), day("2026-11-30"));
        assert_eq!(week.sunday(), day("2026-12-06"));
        assert_eq!(week.number(), (2026, 49));
        assert!(week.contains(day("2026-11-30")) && week.contains(day("2026-12-06")));
        assert!(!week.contains(day("2026-12-07")) && !week.contains(day("2026-11-29")));
        assert_eq!(Week::of(day("2026-11-30")), week);
    }

    #[test]
    fn week_53_holds_new_years_day_and_the_next_week_is_week_1() {
        let last = Week::of(day("2027-01-01"));
        assert_eq!(last.number(), (2026, 53));
        assert_eq!(last.monday(), day("2026-12-28"));
        assert_eq!(last.next().number(), (2027, 1));
        assert_eq!(last.next().monday(), day("2027-01-04"));
        assert_eq!(last.previous().number(), (2026, 52));
        // A year without a week 53: its last week is 52 and the next is 1.
        assert_eq!(Week::of(day("2025-12-28")).number(), (2025, 52));
        assert_eq!(Week::of(day("2025-12-29")).number(), (2026, 1));
        assert_eq!(Week::of(day("2020-12-31")).number(), (2020, 53));
    }

    #[test]
    fn weeks_count_across_the_new_year() {
        let a = Week::of(day("2026-12-21"));
        let b = Week::of(day("2027-01-05"));
        assert_eq!(a.weeks_until(b), 2);
        assert_eq!(b.weeks_until(a), -2);
        assert_ne!(a.ordinal(), a.next().ordinal());
        assert_eq!(a.next().ordinal() - a.ordinal(), 7);
    }

    #[test]
    fn in_files_a_week_is_its_monday_and_any_day_reads_as_its_week() {
        let week = Week::of(day("2026-12-03"));
        assert_eq!(serde_json::to_string(&week).unwrap(), "\"2026-11-30\"");
        let read: Week = serde_json::from_str("\"2026-12-03\"").unwrap();
        assert_eq!(read, week);
        assert!(serde_json::from_str::<Week>("\"2026-02-30\"").is_err());
        assert_eq!(week.to_string(), "2026-11-30");
        assert_eq!("2026-12-03".parse::<Week>(), Ok(week));
        assert!("week 49".parse::<Week>().is_err());
    }

    #[test]
    fn the_span_of_a_week_is_the_goals_week() {
        let week = Week::of(day("2027-01-01"));
        let span = week.span();
        assert_eq!((span.start, span.end), (week.monday(), week.sunday()));
    }
}
