//! Praise between colleagues: specific (what they did), personal, often. A wall of
//! recent praise, and how much each person received month by month.

use super::goal::required_day;
use crate::domain::sorting;
use crate::domain::validation::{
    check_length, check_required, Field, FieldErrors, Problem, MAX_FIELD_CHARS,
};
use crate::domain::{Day, PersonId, PraiseId, Timestamp};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Praise {
    pub id: PraiseId,
    /// Who gave it; none when given by the business as a whole (or anonymously).
    pub from_person_id: Option<PersonId>,
    pub to_person_id: PersonId,
    pub date: Day,
    /// What they did, specifically.
    pub what: String,
    pub created: Timestamp,
    pub updated: Timestamp,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PraiseDraft {
    pub from_person_id: Option<PersonId>,
    pub to_person_id: Option<PersonId>,
    pub date: String,
    pub what: String,
}

impl PraiseDraft {
    pub fn new(from: Option<PersonId>, today: Day) -> Self {
        PraiseDraft {
            from_person_id: from,
            to_person_id: None,
            date: today.text(),
            what: String::new(),
        }
    }

    /// The form for correcting praise already given.
    pub fn from_praise(p: &Praise) -> Self {
        PraiseDraft {
            from_person_id: p.from_person_id,
            to_person_id: Some(p.to_person_id),
            date: p.date.text(),
            what: p.what.clone(),
        }
    }

    pub fn validate(
        &self,
        existing: Option<&Praise>,
        person_exists: impl Fn(PersonId) -> bool,
        now: Timestamp,
    ) -> Result<Praise, FieldErrors> {
        let mut errors = FieldErrors::default();
        if self.from_person_id.is_some_and(|id| !person_exists(id)) {
            errors.add(Field::PraiseFrom, Problem::UnknownPerson);
        }
        let to = match self.to_person_id {
            None => {
                errors.add(Field::PraiseTo, Problem::Required);
                None
            }
            Some(id) if !person_exists(id) => {
                errors.add(Field::PraiseTo, Problem::UnknownPerson);
                None
            }
            Some(id) => Some(id),
        };
        let date = required_day(&mut errors, Field::Date, &self.date);
        check_required(&mut errors, Field::PraiseWhat, &self.what);
        check_length(&mut errors, Field::PraiseWhat, &self.what, MAX_FIELD_CHARS);
        match (to, date) {
            (Some(to), Some(date)) if errors.is_empty() => Ok(Praise {
                id: existing.map_or_else(PraiseId::random, |p| p.id),
                from_person_id: self.from_person_id,
                to_person_id: to,
                date,
                what: self.what.trim().to_string(),
                created: existing.map_or(now, |p| p.created),
                updated: now,
            }),
            _ => Err(errors),
        }
    }
}

/// Newest first, at most `limit`: the praise wall.
pub fn recent(all: &[Praise], limit: usize) -> Vec<&Praise> {
    let mut sorted: Vec<&Praise> = all.iter().collect();
    sorting::sort_by_key(&mut sorted, |p| std::cmp::Reverse((p.date, p.created)));
    sorted.truncate(limit);
    sorted
}

/// Praise received, per person and calendar month (year, month 1–12).
pub fn received_per_month(all: &[Praise]) -> BTreeMap<PersonId, BTreeMap<(i32, u8), u32>> {
    let mut counts: BTreeMap<PersonId, BTreeMap<(i32, u8), u32>> = BTreeMap::new();
    for p in all {
        *counts
            .entry(p.to_person_id)
            .or_default()
            .entry((p.date.year(), p.date.month()))
            .or_default() += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::staff::fixtures::{day, t};

    fn praise(to: PersonId, date: &str) -> Praise {
        PraiseDraft {
            to_person_id: Some(to),
            what: "Found the lost glove".into(),
            ..PraiseDraft::new(None, day(date))
        }
        .validate(None, |_| true, t(0.0))
        .unwrap()
    }

    #[test]
    fn praise_names_who_and_what() {
        let errors = PraiseDraft::new(Some(PersonId::random()), day("2026-11-26"))
            .validate(None, |_| false, t(0.0))
            .unwrap_err();
        assert_eq!(
            errors.for_field(Field::PraiseFrom),
            Some(&Problem::UnknownPerson)
        );
        assert_eq!(errors.for_field(Field::PraiseTo), Some(&Problem::Required));
        assert_eq!(
            errors.for_field(Field::PraiseWhat),
            Some(&Problem::Required)
        );
    }

    #[test]
    fn counts_per_person_per_month_and_a_wall_of_the_newest() {
        let (kari, ola) = (PersonId::random(), PersonId::random());
        let all = vec![
            praise(kari, "2026-10-31"),
            praise(kari, "2026-11-01"),
            praise(kari, "2026-11-30"),
            praise(ola, "2026-11-15"),
        ];
        let counts = received_per_month(&all);
        assert_eq!(counts[&kari][&(2026, 10)], 1);
        assert_eq!(counts[&kari][&(2026, 11)], 2);
        assert_eq!(counts[&ola][&(2026, 11)], 1);
        let wall = recent(&all, 2);
        assert_eq!(
            wall.iter().map(|p| p.date.text()).collect::<Vec<_>>(),
            ["2026-11-30", "2026-11-15"]
        );
    }
}
