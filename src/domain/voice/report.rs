//! What the taps add up to: counts per answer, the share of good answers with the number
//! of answers, by ISO week and by weekday × hour of the local clock.

use super::rating::{Rating, RatingTap};
use crate::domain::Day;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How many of each answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Indexed as [`Rating::ALL`].
    pub counts: [u32; 4],
}

/// The share of good answers, or that there are too few answers to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Share {
    TooFew {
        answers: u32,
    },
    /// Whole percent, rounded to the nearest.
    Percent {
        percent: u32,
        answers: u32,
    },
}

impl Tally {
    pub fn add(&mut self, rating: Rating) {
        self.counts[rating.index()] += 1;
    }

    fn merge(&mut self, other: Tally) {
        for (mine, theirs) in self.counts.iter_mut().zip(other.counts) {
            *mine += theirs;
        }
    }

    pub fn count(&self, rating: Rating) -> u32 {
        self.counts[rating.index()]
    }

    pub fn answers(&self) -> u32 {
        self.counts.iter().sum()
    }

    pub fn good(&self) -> u32 {
        self.count(Rating::Good) + self.count(Rating::VeryGood)
    }

    /// Below `too_few` answers (and always with none) there is no share to give.
    pub fn share(&self, too_few: u32) -> Share {
        let answers = self.answers();
        if answers == 0 || answers < too_few {
            Share::TooFew { answers }
        } else {
            Share::Percent {
                percent: (self.good() * 200 + answers) / (answers * 2),
                answers,
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekTally {
    /// ISO 8601 week-numbering year and week (1–53).
    pub year: i32,
    pub week: u8,
    pub tally: Tally,
}

/// Weekday (Monday first) × hour of the local clock.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HeatMap(pub [[Tally; 24]; 7]);

impl HeatMap {
    /// The hours any answer was given in, so a table need not show the night.
    pub fn hours_used(&self) -> std::ops::RangeInclusive<u8> {
        let used: Vec<u8> = (0..24u8)
            .filter(|h| self.0.iter().any(|day| day[*h as usize].answers() > 0))
            .collect();
        match (used.first(), used.last()) {
            (Some(first), Some(last)) => *first..=*last,
            // No hour: an empty range, on purpose (the table shows no rows).
            #[allow(clippy::reversed_empty_ranges)]
            _ => 1..=0,
        }
    }
}

/// One local hour's taps, kept beside the taps in storage and changed with each one, so
/// a report reads a few thousand of these rather than every tap. Derived: never in files.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HourTally {
    /// `YYYY-MM-DDTHH` on the local clock: the key it is stored under.
    pub key: String,
    pub day: Day,
    pub hour: u8,
    /// Indexed as [`Rating::ALL`].
    pub counts: [u32; 4],
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reasons: BTreeMap<String, u32>,
}

impl HourTally {
    /// The key of the hour `tap` belongs to.
    pub fn key_of(tap: &RatingTap) -> Option<String> {
        let local = tap.local();
        Some(format!("{}T{:02}", day_of(local.days)?.text(), local.hour))
    }

    /// An empty tally for the hour of `tap`.
    pub fn for_tap(tap: &RatingTap) -> Option<HourTally> {
        let local = tap.local();
        Some(HourTally {
            key: HourTally::key_of(tap)?,
            day: day_of(local.days)?,
            hour: local.hour,
            counts: [0; 4],
            reasons: BTreeMap::new(),
        })
    }

    /// Counts `tap`, with its reason if it has one.
    pub fn add(&mut self, tap: &RatingTap) {
        self.counts[tap.rating.index()] += 1;
        if let Some(reason) = &tap.reason {
            self.add_reason(reason);
        }
    }

    /// Counts a reason given after the tap was counted.
    pub fn add_reason(&mut self, reason: &str) {
        *self.reasons.entry(reason.to_string()).or_default() += 1;
    }
}

/// The hour tallies of `taps`, in key order.
pub fn hour_tallies(taps: &[RatingTap]) -> Vec<HourTally> {
    let mut hours: BTreeMap<String, HourTally> = BTreeMap::new();
    for tap in taps {
        let Some(key) = HourTally::key_of(tap) else {
            continue;
        };
        if let Some(hour) = hours.get_mut(&key) {
            hour.add(tap);
        } else if let Some(mut hour) = HourTally::for_tap(tap) {
            hour.add(tap);
            hours.insert(key, hour);
        }
    }
    hours.into_values().collect()
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RatingReport {
    pub all: Tally,
    /// Oldest first; weeks without answers left out.
    pub weeks: Vec<WeekTally>,
    pub heat: HeatMap,
    /// The reasons given, most given first.
    pub reasons: Vec<(String, u32)>,
}

fn day_of(days_since_1970: i64) -> Option<Day> {
    let date =
        time::Date::from_julian_day(2_440_588 + i32::try_from(days_since_1970).ok()?).ok()?;
    Day::from_date(date)
}

impl RatingReport {
    /// Every tap from `since` (a local day) on, or all of them.
    pub fn of(taps: &[RatingTap], since: Option<Day>) -> RatingReport {
        RatingReport::of_hours(&hour_tallies(taps), since)
    }

    /// The same report from the hours' tallies (what storage keeps beside the taps).
    pub fn of_hours(hours: &[HourTally], since: Option<Day>) -> RatingReport {
        let mut report = RatingReport::default();
        let mut weeks: BTreeMap<(i32, u8), Tally> = BTreeMap::new();
        let mut reasons: BTreeMap<&str, u32> = BTreeMap::new();
        for hour in hours {
            if since.is_some_and(|first| hour.day < first) {
                continue;
            }
            let tally = Tally {
                counts: hour.counts,
            };
            report.all.merge(tally);
            let (year, week, _) = hour.day.date().to_iso_week_date();
            weeks.entry((year, week)).or_default().merge(tally);
            let weekday = usize::from(hour.day.weekday_from_monday());
            if let Some(cell) = report
                .heat
                .0
                .get_mut(weekday)
                .and_then(|d| d.get_mut(usize::from(hour.hour)))
            {
                cell.merge(tally);
            }
            for (reason, n) in &hour.reasons {
                *reasons.entry(reason).or_default() += n;
            }
        }
        report.weeks = weeks
            .into_iter()
            .map(|((year, week), tally)| WeekTally { year, week, tally })
            .collect();
        let mut reasons: Vec<(String, u32)> = reasons
            .into_iter()
            .map(|(r, n)| (r.to_string(), n))
            .collect();
        reasons.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        report.reasons = reasons;
        report
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Timestamp;

    /// A tap at `utc` (RFC 3339) with the device `offset` hours from UTC.
    fn tap(utc: &str, offset: i16, rating: Rating) -> RatingTap {
        let at = time::OffsetDateTime::parse(utc, &time::format_description::well_known::Rfc3339)
            .unwrap();
        let millis = (at.unix_timestamp_nanos() / 1_000_000) as f64;
        RatingTap::new(Timestamp::from_unix_millis(millis), offset * 60, rating)
    }

    #[test]
    fn a_share_is_given_only_from_the_threshold_and_rounds_to_the_nearest() {
        let mut t = Tally::default();
        assert_eq!(t.share(30), Share::TooFew { answers: 0 });
        assert_eq!(
            t.share(0),
            Share::TooFew { answers: 0 },
            "no answers, no share"
        );
        for _ in 0..19 {
            t.add(Rating::Good);
        }
        for _ in 0..10 {
            t.add(Rating::Bad);
        }
        assert_eq!(t.share(30), Share::TooFew { answers: 29 });
        t.add(Rating::VeryBad);
        // 19 of 30 good: 63.3 %.
        assert_eq!(
            t.share(30),
            Share::Percent {
                percent: 63,
                answers: 30
            }
        );
        t.add(Rating::VeryGood);
        // 20 of 31: 64.5 % rounds up.
        assert_eq!(
            t.share(30),
            Share::Percent {
                percent: 65,
                answers: 31
            }
        );
        assert_eq!(t.counts, [1, 10, 19, 1]);
    }

    #[test]
    fn taps_are_counted_in_the_local_hour_across_daylight_saving_changes() {
        // Norway leaves summer time at 03:00 on 25 October 2026 (UTC+2 → UTC+1).
        let taps = [
            // 09:30 local on Saturday 24 October, summer time.
            tap("2026-10-24T07:30:00Z", 2, Rating::Good),
            // 09:30 local on Sunday 25 October, winter time: same local hour.
            tap("2026-10-25T08:30:00Z", 1, Rating::Bad),
            // 23:30 local on Sunday 29 March 2026, the first evening of summer time.
            tap("2026-03-29T21:30:00Z", 2, Rating::VeryGood),
            // Just after midnight local on a Monday, still Sunday in UTC.
            tap("2026-10-25T23:30:00Z", 1, Rating::Good),
        ];
        let report = RatingReport::of(&taps, None);
        let (saturday, sunday, monday) = (5, 6, 0);
        assert_eq!(report.heat.0[saturday][9].answers(), 1);
        assert_eq!(report.heat.0[sunday][9].count(Rating::Bad), 1);
        assert_eq!(report.heat.0[sunday][23].count(Rating::VeryGood), 1);
        assert_eq!(report.heat.0[monday][0].count(Rating::Good), 1);
        assert_eq!(report.heat.hours_used(), 0..=23);
        // The Monday tap is in week 44; the rest in weeks 13 and 43.
        let weeks: Vec<(i32, u8, u32)> = report
            .weeks
            .iter()
            .map(|w| (w.year, w.week, w.tally.answers()))
            .collect();
        assert_eq!(weeks, vec![(2026, 13, 1), (2026, 43, 2), (2026, 44, 1)]);
    }

    #[test]
    fn weeks_cross_the_new_year_by_iso_week_and_a_start_day_leaves_earlier_taps_out() {
        let taps = [
            // Thursday 31 December 2026 is in week 53 of 2026; Friday 1 January 2027 too.
            tap("2026-12-31T12:00:00Z", 1, Rating::Good),
            tap("2027-01-01T12:00:00Z", 1, Rating::VeryBad),
            // Monday 4 January 2027: week 1.
            tap("2027-01-04T12:00:00Z", 1, Rating::Good),
        ];
        let report = RatingReport::of(&taps, None);
        let weeks: Vec<(i32, u8, u32)> = report
            .weeks
            .iter()
            .map(|w| (w.year, w.week, w.tally.answers()))
            .collect();
        assert_eq!(weeks, vec![(2026, 53, 2), (2027, 1, 1)]);
        let since = RatingReport::of(&taps, Day::ymd(2027, 1, 1));
        assert_eq!(since.all.answers(), 2);
    }

    #[test]
    fn a_clock_set_back_keeps_every_tap_in_the_hour_it_says() {
        let first = tap("2026-12-05T12:00:10Z", 1, Rating::Good);
        let earlier = tap("2026-12-05T11:00:00Z", 1, Rating::Bad);
        let report = RatingReport::of(&[first, earlier], None);
        assert_eq!(report.all.answers(), 2);
        let saturday = 5;
        assert_eq!(report.heat.0[saturday][12].answers(), 1);
        assert_eq!(report.heat.0[saturday][13].answers(), 1);
    }

    #[test]
    fn reasons_are_listed_most_given_first() {
        let mut taps: Vec<RatingTap> = (0..3)
            .map(|_| tap("2026-12-05T12:00:00Z", 1, Rating::Bad))
            .collect();
        taps[0].reason = Some("Waiting".into());
        taps[1].reason = Some("Friendliness".into());
        taps[2].reason = Some("Waiting".into());
        let report = RatingReport::of(&taps, None);
        assert_eq!(
            report.reasons,
            vec![("Waiting".to_string(), 2), ("Friendliness".to_string(), 1)]
        );
    }

    #[test]
    fn hour_tallies_kept_tap_by_tap_give_the_report_the_taps_give() {
        let mut taps = vec![
            tap("2026-10-24T07:30:00Z", 2, Rating::Good),
            tap("2026-10-24T07:45:00Z", 2, Rating::Bad),
            tap("2026-10-25T08:30:00Z", 1, Rating::VeryBad),
        ];
        // Kept as the counter does: each tap counted, then a reason given after.
        let mut kept: Vec<HourTally> = Vec::new();
        for t in &taps {
            match kept
                .iter_mut()
                .find(|h| Some(&h.key) == HourTally::key_of(t).as_ref())
            {
                Some(hour) => hour.add(t),
                None => {
                    let mut hour = HourTally::for_tap(t).unwrap();
                    hour.add(t);
                    kept.push(hour);
                }
            }
        }
        kept[0].add_reason("Waiting");
        taps[1].reason = Some("Waiting".into());
        assert_eq!(kept, hour_tallies(&taps));
        assert_eq!(kept[0].key, "2026-10-24T09");
        assert_eq!(
            RatingReport::of_hours(&kept, None),
            RatingReport::of(&taps, None)
        );
        let since = Day::ymd(2026, 10, 25);
        assert_eq!(RatingReport::of_hours(&kept, since).all.answers(), 1);
    }
}
