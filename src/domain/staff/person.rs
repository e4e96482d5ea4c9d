//! A person on the team: a name, a role, when they started, and when their next host
//! conversation is due.

use super::goal::{optional_day, required_day};
use crate::domain::validation::{
    check_length, check_required, Field, FieldErrors, Problem, MAX_NAME_CHARS,
};
use crate::domain::{Day, PersonId, RoleId, Timestamp};
use serde::{Deserialize, Serialize};

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    pub role_id: RoleId,
    /// People who left stay (with their history) until erased, but drop out of lists.
    pub active: bool,
    pub started: Day,
    pub next_conversation_due: Option<Day>,
    /// The day a manager signed them off as ready for the first shift.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ready_on: Option<Day>,
    pub created: Timestamp,
    pub updated: Timestamp,
}

impl Person {
    /// Whether the next host conversation is overdue on `today`.
    pub fn conversation_overdue(&self, today: Day) -> bool {
        self.active && self.next_conversation_due.is_some_and(|due| due < today)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PersonDraft {
    pub name: String,
    pub role_id: Option<RoleId>,
    pub active: bool,
    pub started: String,
    /// Empty for none.
    pub next_conversation_due: String,
}

impl PersonDraft {
    pub fn new(role_id: Option<RoleId>, today: Day) -> Self {
        PersonDraft {
            name: String::new(),
            role_id,
            active: true,
            started: today.text(),
            next_conversation_due: String::new(),
        }
    }

    pub fn from_person(person: &Person) -> Self {
        PersonDraft {
            name: person.name.clone(),
            role_id: Some(person.role_id),
            active: person.active,
            started: person.started.text(),
            next_conversation_due: person
                .next_conversation_due
                .map(Day::text)
                .unwrap_or_default(),
        }
    }

    pub fn validate(
        &self,
        existing: Option<&Person>,
        role_exists: impl Fn(RoleId) -> bool,
        now: Timestamp,
    ) -> Result<Person, FieldErrors> {
        let mut errors = FieldErrors::default();
        check_required(&mut errors, Field::PersonName, &self.name);
        check_length(
            &mut errors,
            Field::PersonName,
            self.name.trim(),
            MAX_NAME_CHARS,
        );
        let role_id = match self.role_id {
            None => {
                errors.add(Field::Role, Problem::Required);
                None
            }
            Some(id) if !role_exists(id) => {
                errors.add(Field::Role, Problem::UnknownRole);
                None
            }
            Some(id) => Some(id),
        };
        let started = required_day(&mut errors, Field::Started, &self.started);
        let due = optional_day(
            &mut errors,
            Field::NextConversationDue,
            &self.next_conversation_due,
        );
        match (role_id, started, due) {
            (Some(role_id), Some(started), Some(due)) if errors.is_empty() => Ok(Person {
                id: existing.map_or_else(PersonId::random, |p| p.id),
                name: self.name.trim().to_string(),
                role_id,
                active: self.active,
                started,
                next_conversation_due: due,
                // Signed off elsewhere (the knowledge checks), kept through edits.
                ready_on: existing.and_then(|p| p.ready_on),
                created: existing.map_or(now, |p| p.created),
                updated: now,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::day::DayProblem;
    use crate::domain::staff::fixtures::{day, t};

    #[test]
    fn a_person_needs_a_name_a_role_and_real_dates() {
        let errors = PersonDraft {
            name: "  ".into(),
            started: "2026-02-29".into(),
            next_conversation_due: "soon".into(),
            ..PersonDraft::new(None, day("2026-01-01"))
        }
        .validate(None, |_| true, t(0.0))
        .unwrap_err();
        assert_eq!(
            errors.for_field(Field::PersonName),
            Some(&Problem::Required)
        );
        assert_eq!(errors.for_field(Field::Role), Some(&Problem::Required));
        assert_eq!(
            errors.for_field(Field::Started),
            Some(&Problem::Day(DayProblem::NoSuchDay))
        );
        assert_eq!(
            errors.for_field(Field::NextConversationDue),
            Some(&Problem::Day(DayProblem::NotADate))
        );
        let gone = PersonDraft {
            name: "Kari".into(),
            ..PersonDraft::new(Some(RoleId::random()), day("2026-01-01"))
        };
        assert_eq!(
            gone.validate(None, |_| false, t(0.0))
                .unwrap_err()
                .for_field(Field::Role),
            Some(&Problem::UnknownRole)
        );
    }

    #[test]
    fn a_person_round_trips_and_knows_when_a_conversation_is_overdue() {
        let person = PersonDraft {
            name: " Kari ".into(),
            next_conversation_due: "2026-11-25".into(),
            ..PersonDraft::new(Some(RoleId::random()), day("2026-01-01"))
        }
        .validate(None, |_| true, t(1.0))
        .unwrap();
        assert_eq!(person.name, "Kari");
        let again = PersonDraft::from_person(&person)
            .validate(Some(&person), |_| true, t(1.0))
            .unwrap();
        assert_eq!(again, person);
        assert!(!person.conversation_overdue(day("2026-11-25")));
        assert!(person.conversation_overdue(day("2026-11-26")));
        let left = Person {
            active: false,
            ..person
        };
        assert!(!left.conversation_overdue(day("2026-11-26")));
    }
}
