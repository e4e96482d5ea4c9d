//! Where complaints come from: how many per cause in each of the latest months, so a
//! cause that keeps coming back stands out.

use super::complaint::{Cause, Complaint};
use crate::domain::Day;

/// A calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    /// 1–12.
    pub month: u8,
}

impl Month {
    pub fn of(day: Day) -> Month {
        let date = day.date();
        Month {
            year: date.year(),
            month: u8::from(date.month()),
        }
    }

    fn before(self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                month: self.month - 1,
                ..self
            }
        }
    }
}

/// One cause's complaints per month (`None`: no cause given).
#[derive(Clone, Debug, PartialEq)]
pub struct CauseRow {
    pub cause: Option<Cause>,
    /// One count per month of [`Patterns::months`].
    pub counts: Vec<u32>,
    pub total: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Patterns {
    /// The latest months, oldest first, ending with the month of `today`.
    pub months: Vec<Month>,
    /// Causes with a complaint in those months, the most complained-of first.
    pub rows: Vec<CauseRow>,
}

impl Patterns {
    /// The `count` months up to and including `today`'s; `day_of` gives the day a
    /// moment fell on by the local calendar.
    pub fn of(
        complaints: &[Complaint],
        today: Day,
        count: usize,
        day_of: impl Fn(crate::domain::Timestamp) -> Day,
    ) -> Patterns {
        let mut months = vec![Month::of(today)];
        while months.len() < count {
            let earlier = months[months.len() - 1].before();
            months.push(earlier);
        }
        months.reverse();
        let mut rows: Vec<CauseRow> = Vec::new();
        for c in complaints {
            let day = day_of(c.at);
            let Some(place) = months.iter().position(|m| *m == Month::of(day)) else {
                continue;
            };
            let row = match rows.iter().position(|r| r.cause == c.cause) {
                Some(i) => &mut rows[i],
                None => {
                    rows.push(CauseRow {
                        cause: c.cause,
                        counts: vec![0; months.len()],
                        total: 0,
                    });
                    rows.last_mut().expect("just pushed")
                }
            };
            row.counts[place] += 1;
            row.total += 1;
        }
        // The most first; "no cause" last among equals, as it says least.
        rows.sort_by_key(|r| (std::cmp::Reverse(r.total), r.cause.is_none()));
        Patterns { months, rows }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::Currency;
    use crate::domain::voice::ComplaintDraft;
    use crate::domain::{AreaId, Timestamp};

    fn logged(on: &str, cause: Option<Cause>) -> Complaint {
        let day = Day::parse(on).unwrap();
        let millis =
            (day.date().midnight().assume_utc().unix_timestamp() * 1000 + 43_200_000) as f64;
        let mut d = ComplaintDraft::new(Timestamp::from_unix_millis(millis));
        d.said = "Waited long".into();
        d.cause = cause;
        d.validate(
            None,
            Currency::Nok,
            None,
            Timestamp::from_unix_millis(millis),
        )
        .unwrap()
    }

    #[test]
    fn counts_per_cause_per_month_across_a_new_year() {
        let waiting = Some(Cause::Area(AreaId::random()));
        let complaints = vec![
            logged("2026-11-30", waiting),
            logged("2026-12-01", waiting),
            logged("2027-01-15", waiting),
            logged("2027-01-16", None),
            logged("2026-10-31", waiting), // before the window
        ];
        let today = Day::parse("2027-01-20").unwrap();
        let utc = |at: Timestamp| Day::from_date(at.date()).unwrap();
        let p = Patterns::of(&complaints, today, 3, utc);
        assert_eq!(
            p.months,
            vec![
                Month {
                    year: 2026,
                    month: 11
                },
                Month {
                    year: 2026,
                    month: 12
                },
                Month {
                    year: 2027,
                    month: 1
                },
            ]
        );
        assert_eq!(p.rows.len(), 2);
        assert_eq!(
            (p.rows[0].cause, p.rows[0].counts.clone(), p.rows[0].total),
            (waiting, vec![1, 1, 1], 3)
        );
        assert_eq!((p.rows[1].cause, p.rows[1].total), (None, 1));
        assert!(Patterns::of(&[], today, 6, utc).rows.is_empty());
        // Half past midnight on 1 December in Oslo is still 30 November in UTC: the
        // local calendar decides the month.
        let oslo = |at: Timestamp| {
            Day::from_date(
                Timestamp::from_unix_millis(at.unix_millis() as f64 + 3_600_000.0).date(),
            )
            .unwrap()
        };
        let late = {
            let mut c = logged("2026-11-30", waiting);
            // 23:30 UTC = 00:30 in Oslo.
            c.at = Timestamp::from_unix_millis(c.at.unix_millis() as f64 + 41_400_000.0);
            c
        };
        let dec = Day::parse("2026-12-15").unwrap();
        assert_eq!(
            Patterns::of(std::slice::from_ref(&late), dec, 2, utc).rows[0].counts,
            vec![1, 0]
        );
        assert_eq!(
            Patterns::of(&[late], dec, 2, oslo).rows[0].counts,
            vec![0, 1]
        );
    }
}
