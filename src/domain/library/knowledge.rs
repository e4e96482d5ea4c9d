//! Knowledge checks as set up, and each person's attempts at them.

use super::{upsert, Library};
use crate::domain::knowledge::{Attempt, KnowledgeCheck};
use crate::domain::{CheckId, PersonId};

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
}
