//! Calendar days, as people write them: `YYYY-MM-DD`, with no time of day and no zone.
//!
//! Stored and shared as that text, so a day sorts correctly as text (IndexedDB compares
//! keys as strings) and reads the same in every file. Only days that exist are days:
//! "2026-02-30" is refused where it is typed and where it is read.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use time::{Date, Month};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(Date);

/// Why a typed or read text is not a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayProblem {
    /// Not in the form `YYYY-MM-DD`.
    NotADate,
    /// In the right form, but the day does not exist (30 February, month 13…).
    NoSuchDay,
}

/// The words serde carries for a day that does not parse; the file reader looks for
/// them to name the problem "impossible date".
pub const NOT_A_DAY: &str = "not a real calendar day";

impl Day {
    /// The first and last years a day may have: four digits keep text order equal to
    /// time order.
    const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

    /// A day to fall back on when a clock gives nonsense: never worth a panic.
    pub const FALLBACK: Day = Day(time::macros::date!(2000 - 01 - 01));

    pub fn from_date(date: Date) -> Option<Day> {
        Self::YEARS.contains(&date.year()).then_some(Day(date))
    }

    /// A day from its parts; `None` if it does not exist.
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<Day> {
        let month = Month::try_from(month).ok()?;
        Date::from_calendar_date(year, month, day)
            .ok()
            .and_then(Day::from_date)
    }

    pub fn parse(text: &str) -> Result<Day, DayProblem> {
        let text = text.trim();
        let parts: Vec<&str> = text.split('-').collect();
        let well_formed = parts.len() == 3
            && [4, 2, 2]
                .iter()
                .zip(&parts)
                .all(|(len, p)| p.len() == *len && p.bytes().all(|b| b.is_ascii_digit()));
        if !well_formed {
            return Err(DayProblem::NotADate);
        }
        let number = |p: &str| p.parse::<i32>().map_err(|_| DayProblem::NotADate);
        let (y, m, d) = (number(parts[0])?, number(parts[1])?, number(parts[2])?);
        let (Ok(m), Ok(d)) = (u8::try_from(m), u8::try_from(d)) else {
            return Err(DayProblem::NoSuchDay);
        };
        Day::ymd(y, m, d).ok_or(DayProblem::NoSuchDay)
    }

    pub fn date(self) -> Date {
        self.0
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// 1–12.
    pub fn month(self) -> u8 {
        u8::from(self.0.month())
    }

    pub fn day(self) -> u8 {
        self.0.day()
    }

    /// `n` days later (earlier if negative), kept within the years a day may have.
    pub fn plus_days(self, n: i64) -> Day {
        let julian = i64::from(self.0.to_julian_day()).saturating_add(n);
        let min = Date::from_calendar_date(1, Month::January, 1).map_or(0, Date::to_julian_day);
        let max = Date::from_calendar_date(9999, Month::December, 31)
            .map_or(i32::MAX, Date::to_julian_day);
        let julian = julian.clamp(i64::from(min), i64::from(max)) as i32;
        Date::from_julian_day(julian).map_or(self, Day)
    }

    /// The same day `n` months later, or the month's last day if it has fewer days
    /// (31 August + 6 months is 28 or 29 February).
    pub fn plus_months(self, n: u32) -> Day {
        let months = i64::from(self.year()) * 12 + i64::from(self.month() - 1) + i64::from(n);
        let (year, month) = ((months / 12) as i32, (months % 12) as u8 + 1);
        (1..=self.day())
            .rev()
            .find_map(|day| Day::ymd(year, month, day))
            .unwrap_or(self)
    }

    /// Days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Day) -> i64 {
        i64::from(later.0.to_julian_day()) - i64::from(self.0.to_julian_day())
    }

    /// Monday is 0, Sunday 6 (ISO 8601).
    pub fn weekday_from_monday(self) -> u8 {
        self.0.weekday().number_days_from_monday()
    }

    pub fn text(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year(), self.month(), self.day())
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text())
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Day, D::Error> {
        let text = String::deserialize(deserializer)?;
        Day::parse(&text).map_err(|_| serde::de::Error::custom(NOT_A_DAY))
    }
}

/// In the file format: a date as text, `YYYY-MM-DD`.
#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Day {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Day".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date" })
    }
}

#[cfg(test)]
mod month_tests {
    use super::*;

    #[test]
    fn months_later_keep_the_day_or_end_the_month() {
        let day = |t: &str| Day::parse(t).unwrap();
        assert_eq!(day("2026-03-15").plus_months(6), day("2026-09-15"));
        assert_eq!(day("2026-08-31").plus_months(6), day("2027-02-28"));
        assert_eq!(day("2027-08-31").plus_months(6), day("2028-02-29"));
        assert_eq!(day("2026-12-01").plus_months(1), day("2027-01-01"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_that_do_not_exist_are_refused() {
        assert_eq!(Day::parse("2026-02-30"), Err(DayProblem::NoSuchDay));
        assert_eq!(Day::parse("2025-02-29"), Err(DayProblem::NoSuchDay));
        assert_eq!(Day::parse("2026-13-01"), Err(DayProblem::NoSuchDay));
        assert_eq!(Day::parse("2026-00-10"), Err(DayProblem::NoSuchDay));
        assert_eq!(Day::parse("0000-01-01"), Err(DayProblem::NoSuchDay));
        assert!(Day::parse("2024-02-29").is_ok(), "a leap day exists");
        for bad in [
            "",
            "yesterday",
            "2026-2-3",
            "26-02-03",
            "2026/02/03",
            "+202-01-01",
        ] {
            assert_eq!(Day::parse(bad), Err(DayProblem::NotADate), "{bad}");
        }
    }

    #[test]
    fn a_day_is_its_text_in_json_and_text_order_is_time_order() {
        let day = Day::ymd(2026, 3, 9).unwrap();
        assert_eq!(serde_json::to_string(&day).unwrap(), "\"2026-03-09\"");
        assert_eq!(serde_json::from_str::<Day>("\"2026-03-09\"").unwrap(), day);
        let error = serde_json::from_str::<Day>("\"2026-02-30\"").unwrap_err();
        assert!(error.to_string().contains(NOT_A_DAY));
        let (a, b) = (
            Day::ymd(999, 12, 31).unwrap(),
            Day::ymd(2026, 1, 1).unwrap(),
        );
        assert!(a < b && a.text() < b.text());
    }

    #[test]
    fn day_arithmetic_crosses_months_and_leap_days() {
        let leap = Day::ymd(2024, 2, 28).unwrap();
        assert_eq!(leap.plus_days(1).text(), "2024-02-29");
        assert_eq!(leap.plus_days(2).text(), "2024-03-01");
        assert_eq!(leap.days_until(Day::ymd(2025, 2, 28).unwrap()), 366);
        assert_eq!(
            Day::ymd(9999, 12, 31).unwrap().plus_days(5).text(),
            "9999-12-31"
        );
        assert_eq!(Day::ymd(2026, 11, 23).unwrap().weekday_from_monday(), 0);
    }
}
