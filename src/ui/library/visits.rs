//! Commands for checklists and visits. A visit is written whole at every answer, so
//! what was tapped is stored before the next tap, and a reload resumes where it was.

use super::{with_id, LibraryHandle, Outcome};
use crate::clock::now;
use crate::domain::deletion::Section;
use crate::domain::state::Action;
use crate::domain::validation::FieldErrors;
use crate::domain::visits::{Checklist, ChecklistDraft, Visit};
use crate::domain::{ChecklistId, VisitId};
use crate::storage::Write;
use yew::Callback;

impl LibraryHandle {
    /// Saves a checklist made from standards, or one edited in the checklist editor.
    pub fn save_checklist(
        &self,
        existing: Option<&Checklist>,
        draft: &ChecklistDraft,
        done: Callback<Option<ChecklistId>>,
    ) -> Result<(), FieldErrors> {
        let checklist = draft.validate(existing, now())?;
        self.put_checklist(checklist, done);
        Ok(())
    }

    fn put_checklist(&self, checklist: Checklist, done: Callback<Option<ChecklistId>>) {
        let id = checklist.id;
        self.commit(
            vec![Write::PutChecklist(checklist.clone())],
            Action::ChecklistsSaved(vec![checklist]),
            with_id(id, done),
        );
    }

    /// Deletes a checklist; the visits made with it keep their copy of its items.
    pub fn delete_checklist(&self, id: ChecklistId, done: Callback<Outcome>) {
        self.commit(
            Write::forget(Section::Checklists, id, now(), Write::DeleteChecklist),
            Action::ChecklistRemoved(id),
            done,
        );
    }

    /// Stores the visit as it is now (every answer so far).
    pub fn save_visit(&self, visit: Visit, done: Callback<Outcome>) {
        self.commit(
            vec![Write::PutVisit(visit.clone())],
            Action::VisitsSaved(vec![visit]),
            done,
        );
    }

    pub fn delete_visit(&self, id: VisitId, done: Callback<Outcome>) {
        self.commit(
            Write::forget(Section::Visits, id, now(), Write::DeleteVisit),
            Action::VisitRemoved(id),
            done,
        );
    }
}
