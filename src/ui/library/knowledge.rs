//! Commands for knowledge checks: setting one up, each sitting stored when it ends, a
//! manager marking free text, and signing a person off as ready for the first shift.

use super::{with_id, LibraryHandle, Outcome};
use crate::clock::now;
use crate::domain::deletion::Section;
use crate::domain::knowledge::{Attempt, KnowledgeCheck};
use crate::domain::state::Action;
use crate::domain::validation::FieldErrors;
use crate::domain::{CheckId, Day, PersonId};
use crate::storage::Write;
use yew::Callback;

impl LibraryHandle {
    /// Saves a check as edited; `done` hears its id once stored.
    pub fn save_check(
        &self,
        mut check: KnowledgeCheck,
        done: Callback<Option<CheckId>>,
    ) -> Result<(), FieldErrors> {
        check.title = check.title.trim().to_string();
        check.check()?;
        // A check staff would find empty at the counter is refused here, where the
        // manager can choose more kinds or write questions.
        let pool = check.pool(
            self.library(),
            &mut crate::domain::knowledge::Shuffle::new(0),
        );
        check.setup().check(&pool)?;
        check.updated = now();
        let id = check.id;
        self.commit(
            vec![Write::PutCheck(check.clone())],
            Action::ChecksSaved(vec![check]),
            with_id(id, done),
        );
        Ok(())
    }

    /// Deletes a check; attempts at it stay with their people.
    pub fn delete_check(&self, id: CheckId, done: Callback<Outcome>) {
        self.commit(
            Write::forget(Section::Checks, id, now(), Write::DeleteCheck),
            Action::CheckRemoved(id),
            done,
        );
    }

    /// Stores a sitting as it ended, or as a manager marked it.
    pub fn save_attempt(&self, mut attempt: Attempt, done: Callback<Outcome>) {
        attempt.updated = now();
        self.commit(
            vec![Write::PutAttempt(attempt.clone())],
            Action::AttemptsSaved(vec![attempt]),
            done,
        );
    }

    /// Signs a person off as ready for the first shift on `day`.
    pub fn sign_off(&self, person: PersonId, day: Day, done: Callback<Outcome>) {
        let Some(found) = self.library().person(person) else {
            return;
        };
        let mut signed = found.clone();
        signed.ready_on = Some(day);
        signed.updated = now();
        self.commit(
            vec![Write::PutPerson(signed.clone())],
            Action::PeopleSaved(vec![signed]),
            done,
        );
    }
}
