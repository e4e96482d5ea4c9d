//! Commands for complaints: logged whole from the form, then followed up one change at
//! a time; and customers' contact details forgotten once their keeping time is over.

use super::{with_id, LibraryHandle, Outcome};
use crate::clock::{now, today};
use crate::domain::deletion::Section;
use crate::domain::state::Action;
use crate::domain::validation::{Field, FieldErrors};
use crate::domain::voice::complaint_draft::contact_days;
use crate::domain::voice::{Complaint, ComplaintDraft};
use crate::domain::ComplaintId;
use crate::storage::Write;
use yew::Callback;

impl LibraryHandle {
    /// Logs a complaint from the form, or stores a correction of one; `done` hears its
    /// id once stored.
    pub fn save_complaint(
        &self,
        existing: Option<&Complaint>,
        draft: &ComplaintDraft,
        done: Callback<Option<ComplaintId>>,
    ) -> Result<(), FieldErrors> {
        let library = self.library();
        let currency = crate::text::business_currency();
        let limit = library.compensation_limit_of(draft.logged_by, currency);
        let complaint = draft.validate(existing, currency, limit, now())?;
        let id = complaint.id;
        self.put_complaint(complaint, with_id(id, done));
        Ok(())
    }

    /// Stores a case as it is now (a follow-up action added, the customer told).
    pub fn put_complaint(&self, mut complaint: Complaint, done: Callback<Outcome>) {
        complaint.updated = now();
        self.commit(
            vec![Write::PutComplaint(complaint.clone())],
            Action::ComplaintsSaved(vec![complaint]),
            done,
        );
    }

    pub fn delete_complaint(&self, id: ComplaintId, done: Callback<Outcome>) {
        self.commit(
            Write::forget(Section::Complaints, id, now(), Write::DeleteComplaint),
            Action::ComplaintRemoved(id),
            done,
        );
    }

    /// Sets how many days contact details are kept after a case closes, as typed.
    pub fn save_contact_days(
        &self,
        typed: &str,
        done: Callback<Outcome>,
    ) -> Result<(), FieldErrors> {
        let days = contact_days(typed).map_err(|problem| {
            let mut errors = FieldErrors::default();
            errors.add(Field::ContactDays, problem);
            errors
        })?;
        let profile = crate::domain::values::Profile {
            contact_days: Some(days),
            updated: Some(now()),
            ..self.library().profile.clone()
        };
        self.commit(
            vec![Write::PutProfile(profile.clone())],
            Action::ProfileSaved(profile),
            done,
        );
        Ok(())
    }

    /// Forgets the contact details whose keeping time is over. Stored before a backup is
    /// written, so this tablet and the file agree.
    pub async fn forget_expired_contacts(&self) -> Outcome {
        let expired = self.library().expired_contacts(today(), now());
        if expired.is_empty() {
            return Outcome::Stored;
        }
        let writes = match self.store.contact_writes(&expired).await {
            Ok(writes) => writes,
            Err(failure) => {
                self.commands.read_failed(failure);
                return Outcome::Failed;
            }
        };
        self.commands
            .run(writes, [Action::ComplaintsSaved(expired)])
            .await
    }
}
