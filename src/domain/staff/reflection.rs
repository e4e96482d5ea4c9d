//! The end-of-shift reflection: four short answers, a minute's writing, kept per person
//! and day so they can be read back before the next host conversation. The prompts'
//! wording is UI text; the record keeps only the answers.

use super::goal::required_day;
use crate::domain::sorting;
use crate::domain::validation::{check_length, Field, FieldErrors, Problem, MAX_FIELD_CHARS};
use crate::domain::{Day, PersonId, ReflectionId, Timestamp};
use serde::{Deserialize, Serialize};

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reflection {
    pub id: ReflectionId,
    pub person_id: PersonId,
    pub date: Day,
    /// What went well, and why.
    pub went_well: String,
    /// What went badly, and why.
    pub went_badly: String,
    /// What did not go as planned.
    pub not_as_planned: String,
    /// What I would say or do differently.
    pub do_differently: String,
    pub created: Timestamp,
    pub updated: Timestamp,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReflectionDraft {
    pub person_id: Option<PersonId>,
    pub date: String,
    pub went_well: String,
    pub went_badly: String,
    pub not_as_planned: String,
    pub do_differently: String,
}

impl ReflectionDraft {
    pub fn new(person_id: Option<PersonId>, today: Day) -> Self {
        ReflectionDraft {
            person_id,
            date: today.text(),
            went_well: String::new(),
            went_badly: String::new(),
            not_as_planned: String::new(),
            do_differently: String::new(),
        }
    }

    pub fn from_reflection(r: &Reflection) -> Self {
        ReflectionDraft {
            person_id: Some(r.person_id),
            date: r.date.text(),
            went_well: r.went_well.clone(),
            went_badly: r.went_badly.clone(),
            not_as_planned: r.not_as_planned.clone(),
            do_differently: r.do_differently.clone(),
        }
    }

    /// Any one answer is enough: a one-minute entry may be a single line.
    pub fn validate(
        &self,
        existing: Option<&Reflection>,
        person_exists: impl Fn(PersonId) -> bool,
        now: Timestamp,
    ) -> Result<Reflection, FieldErrors> {
        let mut errors = FieldErrors::default();
        let person_id = match self.person_id {
            None => {
                errors.add(Field::Person, Problem::Required);
                None
            }
            Some(id) if !person_exists(id) => {
                errors.add(Field::Person, Problem::UnknownPerson);
                None
            }
            Some(id) => Some(id),
        };
        let date = required_day(&mut errors, Field::Date, &self.date);
        let answers = [
            (Field::WentWell, &self.went_well),
            (Field::WentBadly, &self.went_badly),
            (Field::NotAsPlanned, &self.not_as_planned),
            (Field::DoDifferently, &self.do_differently),
        ];
        if answers.iter().all(|(_, text)| text.trim().is_empty()) {
            errors.add(Field::WentWell, Problem::Required);
        }
        for (field, text) in answers {
            check_length(&mut errors, field, text, MAX_FIELD_CHARS);
        }
        match (person_id, date) {
            (Some(person_id), Some(date)) if errors.is_empty() => Ok(Reflection {
                id: existing.map_or_else(ReflectionId::random, |r| r.id),
                person_id,
                date,
                went_well: self.went_well.trim().to_string(),
                went_badly: self.went_badly.trim().to_string(),
                not_as_planned: self.not_as_planned.trim().to_string(),
                do_differently: self.do_differently.trim().to_string(),
                created: existing.map_or(now, |r| r.created),
                updated: now,
            }),
            _ => Err(errors),
        }
    }
}

/// A person's reflections, newest first: what to read before their next conversation.
pub fn reflections_of(all: &[Reflection], person: PersonId) -> Vec<&Reflection> {
    let mut theirs: Vec<&Reflection> = all.iter().filter(|r| r.person_id == person).collect();
    sorting::sort_by_key(&mut theirs, |r| std::cmp::Reverse((r.date, r.created)));
    theirs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::staff::fixtures::{day, t};

    #[test]
    fn one_answer_is_enough_but_none_is_not() {
        let me = PersonId::random();
        let empty = ReflectionDraft::new(Some(me), day("2026-11-26"));
        assert_eq!(
            empty
                .validate(None, |_| true, t(0.0))
                .unwrap_err()
                .for_field(Field::WentWell),
            Some(&Problem::Required)
        );
        let one = ReflectionDraft {
            do_differently: "Look up sooner.".into(),
            ..empty.clone()
        };
        let r = one.validate(None, |_| true, t(0.0)).unwrap();
        assert_eq!(r.person_id, me);
        assert_eq!(
            one.validate(None, |_| false, t(0.0))
                .unwrap_err()
                .for_field(Field::Person),
            Some(&Problem::UnknownPerson)
        );
        let later = ReflectionDraft {
            date: "2026-11-27".into(),
            ..one
        }
        .validate(None, |_| true, t(0.0))
        .unwrap();
        let listed = [r.clone(), later.clone()];
        let mine = reflections_of(&listed, me);
        assert_eq!(mine, vec![&later, &r]);
    }
}
