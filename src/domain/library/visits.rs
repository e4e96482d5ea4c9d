//! Checklists and the visits scored with them; complaints and their follow-up.

use super::{upsert, Library};
use crate::domain::visits::{Checklist, Visit};
use crate::domain::voice::Complaint;
use crate::domain::{ChecklistId, ComplaintId, VisitId};

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

    pub fn complaint(&self, id: ComplaintId) -> Option<&Complaint> {
        self.staff.complaints.iter().find(|c| c.id == id)
    }

    pub fn with_complaints_saved(&mut self, saved: Vec<Complaint>) {
        upsert(&mut self.staff.complaints, saved, |c| c.id);
    }

    pub fn with_complaint_removed(&mut self, id: ComplaintId) {
        self.staff.complaints.retain(|c| c.id != id);
    }
}
