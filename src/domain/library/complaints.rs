//! Complaints and their follow-up, and how long customers' contact details are kept.

use super::{upsert, Library};
use crate::domain::money::{Currency, Money};
use crate::domain::visits::Someone;
use crate::domain::voice::complaint::{compensation_limit, DEFAULT_CONTACT_DAYS};
use crate::domain::voice::complaint_draft::MAX_CONTACT_DAYS;
use crate::domain::voice::{Cause, Complaint};
use crate::domain::{ComplaintId, Day, StandardId, Timestamp};

impl Library {
    pub fn complaint(&self, id: ComplaintId) -> Option<&Complaint> {
        self.staff.complaints.iter().find(|c| c.id == id)
    }

    pub fn with_complaints_saved(&mut self, saved: Vec<Complaint>) {
        upsert(&mut self.staff.complaints, saved, |c| c.id);
    }

    pub fn with_complaint_removed(&mut self, id: ComplaintId) {
        self.staff.complaints.retain(|c| c.id != id);
    }

    /// Days contact details are kept after a case closes (a file may say anything: at
    /// most ten years).
    pub fn contact_days(&self) -> u32 {
        self.profile
            .contact_days
            .unwrap_or(DEFAULT_CONTACT_DAYS)
            .min(MAX_CONTACT_DAYS as u32)
    }

    /// The complaints whose contact details are past keeping on `today`, without them.
    pub fn expired_contacts(&self, today: Day, now: Timestamp) -> Vec<Complaint> {
        let days = self.contact_days();
        self.staff
            .complaints
            .iter()
            .filter(|c| c.contact_due_for_deletion(today, days))
            .map(|c| c.without_contact(now))
            .collect()
    }

    /// What the person who logs a complaint may give without asking, in `currency`:
    /// their role's limit. `None` when they may give nothing, or nobody is named.
    pub fn compensation_limit_of(
        &self,
        logger: Option<Someone>,
        currency: Currency,
    ) -> Option<Money> {
        let person = self.person(logger.and_then(Someone::person)?)?;
        compensation_limit(&self.roles, &self.rules, person.role_id, currency)
    }

    /// The complaints tagged to a standard, newest first.
    pub fn complaints_about(&self, standard: StandardId) -> Vec<&Complaint> {
        let mut found: Vec<&Complaint> = self
            .staff
            .complaints
            .iter()
            .filter(|c| c.cause == Some(Cause::Standard(standard)))
            .collect();
        found.sort_by_key(|c| std::cmp::Reverse(c.at));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::voice::{ComplaintDraft, CustomerTold};

    #[test]
    fn contact_details_are_forgotten_after_the_set_days_and_nothing_else() {
        let t = Timestamp::from_unix_millis(1_796_000_000_000.0); // 2026-11-30
        let mut lib = Library::default();
        let mut draft = ComplaintDraft::new(t);
        draft.said = "Rude on the phone".into();
        draft.contact = "41 23 45 67".into();
        draft.consent = true;
        let mut closed = draft.validate(None, Currency::Nok, None, t).unwrap();
        closed.customer_told = Some(CustomerTold::On(Day::parse("2026-12-01").unwrap()));
        let open = draft.validate(None, Currency::Nok, None, t).unwrap();
        lib.with_complaints_saved(vec![closed.clone(), open.clone()]);
        let day = |s: &str| Day::parse(s).unwrap();
        assert!(lib.expired_contacts(day("2027-02-28"), t).is_empty());
        let gone = lib.expired_contacts(day("2027-03-01"), t);
        assert_eq!(gone.len(), 1);
        assert_eq!((gone[0].id, gone[0].contact.as_str()), (closed.id, ""));
        lib.profile.contact_days = Some(30);
        assert_eq!(lib.expired_contacts(day("2026-12-31"), t).len(), 1);
        lib.profile.contact_days = Some(u32::MAX);
        assert_eq!(
            lib.contact_days(),
            3_650,
            "a file's absurd figure is capped"
        );
    }
}
