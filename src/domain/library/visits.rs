//! Checklists and the visits scored with them.

use super::{upsert, Library};
use crate::domain::visits::{Checklist, Visit};
use crate::domain::{ChecklistId, VisitId};

impl Library {
    pub fn checklist(&self, id: ChecklistId) -> Option<&Checklist> {
        self.checklists.iter().find(|c| c.id == id)
    }

    pub fn visit(&self, id: VisitId) -> Option<&Visit> {
        self.staff.visits.iter().find(|v| v.id == id)
    }

    pub fn with_checklists_saved(&mut self, saved: Vec<Checklist>) {
        upsert(&mut self.checklists, saved, |c| c.id);
    }

    /// The checklist goes; visits made with it keep their own copy of its items.
    pub fn with_checklist_removed(&mut self, id: ChecklistId) {
        self.checklists.retain(|c| c.id != id);
    }

    pub fn with_visits_saved(&mut self, saved: Vec<Visit>) {
        upsert(&mut self.staff.visits, saved, |v| v.id);
    }

    pub fn with_visit_removed(&mut self, id: VisitId) {
        self.staff.visits.retain(|v| v.id != id);
    }
}
