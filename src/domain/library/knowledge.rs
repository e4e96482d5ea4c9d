//! Knowledge checks as set up, and each person's attempts at them.

use super::{upsert, Library};
use crate::domain::knowledge::{Attempt, KnowledgeCheck};
use crate::domain::{CheckId, Day, PersonId, Timestamp};

/// Where a person stands before the first shift.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Readiness {
    /// Signed off by a manager on that day.
    Ready(Day),
    /// Passed a check (on that day, with that share right), not signed off yet.
    Passed {
        on: Day,
        percent: u8,
    },
    /// Passed once, but longer ago than the check's refresher time.
    RefresherDue,
    NotPassed,
}

/// `day` moved on by `months` calendar months (the 31st becomes the month's last day).
pub fn plus_months(day: Day, months: u32) -> Day {
    let date = day.date();
    let total = date.year() * 12 + i32::from(u8::from(date.month())) - 1 + months as i32;
    let (year, month) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8);
    (1..=date.day())
        .rev()
        .find_map(|d| Day::ymd(year, month, d))
        .unwrap_or(day)
}

impl Library {
    pub fn check(&self, id: CheckId) -> Option<&KnowledgeCheck> {
        self.checks.iter().find(|c| c.id == id)
    }

    pub fn with_checks_saved(&mut self, saved: Vec<KnowledgeCheck>) {
        upsert(&mut self.checks, saved, |c| c.id);
    }

    /// The check goes; attempts at it stay with their people (their scores still say
    /// how they did).
    pub fn with_check_removed(&mut self, id: CheckId) {
        self.checks.retain(|c| c.id != id);
    }

    pub fn with_attempts_saved(&mut self, saved: Vec<Attempt>) {
        upsert(&mut self.staff.attempts, saved, |a| a.id);
    }

    /// A person's attempts, newest first.
    pub fn attempts_of(&self, person: PersonId) -> Vec<&Attempt> {
        let mut found: Vec<&Attempt> = self
            .staff
            .attempts
            .iter()
            .filter(|a| a.person_id == person)
            .collect();
        found.sort_by_key(|a| std::cmp::Reverse(a.at));
        found
    }

    /// Where `person` stands on `today`; `day_of` gives the local day of a moment.
    pub fn readiness(
        &self,
        person: PersonId,
        today: Day,
        day_of: impl Fn(Timestamp) -> Day,
    ) -> Readiness {
        let passed = self
            .attempts_of(person)
            .into_iter()
            .find(|a| a.passed() == Some(true));
        let Some(passed) = passed else {
            return Readiness::NotPassed;
        };
        let on = day_of(passed.at);
        let refresher = self
            .check(passed.check_id)
            .and_then(|c| c.refresher_months)
            .filter(|months| *months > 0);
        if refresher.is_some_and(|months| plus_months(on, months) <= today) {
            return Readiness::RefresherDue;
        }
        match self.person(person).and_then(|p| p.ready_on) {
            Some(ready) => Readiness::Ready(ready),
            None => Readiness::Passed {
                on,
                percent: passed.percent(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::knowledge::{AttemptAnswer, KnowledgeCheck};
    use crate::domain::AttemptId;

    fn day(s: &str) -> Day {
        Day::parse(s).unwrap()
    }

    #[test]
    fn months_move_on_by_the_calendar() {
        assert_eq!(plus_months(day("2026-01-31"), 1), day("2026-02-28"));
        assert_eq!(plus_months(day("2026-11-15"), 3), day("2027-02-15"));
        assert_eq!(plus_months(day("2024-02-29"), 12), day("2025-02-28"));
    }

    #[test]
    fn a_person_is_new_then_passed_then_ready_then_due_again() {
        let t = Timestamp::from_unix_millis(1_796_000_000_000.0); // 2026-11-30
        let utc = |at: Timestamp| Day::from_date(at.date()).unwrap();
        let mut lib = Library::default();
        let kari = crate::domain::staff::fixtures::person("Kari");
        lib.staff.people.push(kari.clone());
        let mut check = KnowledgeCheck::new("First shift", t);
        check.refresher_months = Some(6);
        lib.checks.push(check.clone());
        let today = day("2026-12-01");
        assert_eq!(lib.readiness(kari.id, today, utc), Readiness::NotPassed);
        let attempt = |right: bool| Attempt {
            id: AttemptId::random(),
            check_id: check.id,
            person_id: kari.id,
            at: t,
            answers: vec![AttemptAnswer {
                key: "k".into(),
                right: Some(right),
                text: String::new(),
            }],
            pass_mark: 80,
            earlier: None,
            created: t,
            updated: t,
        };
        lib.with_attempts_saved(vec![attempt(false)]);
        assert_eq!(lib.readiness(kari.id, today, utc), Readiness::NotPassed);
        lib.with_attempts_saved(vec![attempt(true)]);
        assert_eq!(
            lib.readiness(kari.id, today, utc),
            Readiness::Passed {
                on: day("2026-11-30"),
                percent: 100
            }
        );
        lib.staff.people[0].ready_on = Some(today);
        assert_eq!(lib.readiness(kari.id, today, utc), Readiness::Ready(today));
        assert_eq!(
            lib.readiness(kari.id, day("2027-05-30"), utc),
            Readiness::RefresherDue
        );
    }
}
