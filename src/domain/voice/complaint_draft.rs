//! The complaint form as typed: at the counter in half a minute (only what the customer
//! said is needed), or corrected later by a manager. The compensation is read as people
//! type amounts, and one above the logger's own limit needs the manager who approved it.

use super::complaint::{Cause, Complaint};
use crate::domain::money::{parse_amount, Currency, Money};
use crate::domain::script::ComplaintStage;
use crate::domain::validation::{Field, FieldErrors, Problem};
use crate::domain::visits::Someone;
use crate::domain::{Channel, ComplaintId, Timestamp};

/// The stages that can be done with the customer still there; following up and telling
/// what was improved come later, on the case page.
pub const ON_THE_SPOT: [ComplaintStage; 5] = [
    ComplaintStage::Listen,
    ComplaintStage::Apologise,
    ComplaintStage::FindOut,
    ComplaintStage::OfferSolution,
    ComplaintStage::Compensate,
];

/// Contact details may be kept at most this many days after a case closes.
pub const MAX_CONTACT_DAYS: i64 = 3_650;

#[derive(Clone, Debug, PartialEq)]
pub struct ComplaintDraft {
    pub at: Timestamp,
    pub channel: Channel,
    pub said: String,
    pub stages_done: Vec<ComplaintStage>,
    /// As typed; empty for none.
    pub compensation: String,
    pub logged_by: Option<Someone>,
    pub approved_by: Option<Someone>,
    pub cause: Option<Cause>,
    pub contact: String,
    pub consent: bool,
}

impl ComplaintDraft {
    /// A new complaint made now, face to face.
    pub fn new(at: Timestamp) -> Self {
        ComplaintDraft {
            at,
            channel: Channel::InPerson,
            said: String::new(),
            stages_done: Vec::new(),
            compensation: String::new(),
            logged_by: None,
            approved_by: None,
            cause: None,
            contact: String::new(),
            consent: false,
        }
    }

    /// A logged complaint back in the form, its amount written as `typed` writes it.
    pub fn from_complaint(c: &Complaint, typed: impl Fn(Money) -> String) -> Self {
        ComplaintDraft {
            at: c.at,
            channel: c.channel,
            said: c.said.clone(),
            stages_done: c.stages_done.clone(),
            compensation: c.compensation.map(typed).unwrap_or_default(),
            logged_by: c.logged_by,
            approved_by: c.approved_by,
            cause: c.cause,
            contact: c.contact.clone(),
            consent: c.consent,
        }
    }

    /// Ticks or unticks a stage, keeping them in the script's order.
    pub fn toggle_stage(&mut self, stage: ComplaintStage) {
        if self.stages_done.contains(&stage) {
            self.stages_done.retain(|s| *s != stage);
        } else {
            self.stages_done.push(stage);
            self.stages_done.sort();
        }
    }

    /// The compensation as an amount; `None` when nothing was given.
    pub fn compensation(&self, currency: Currency) -> Result<Option<Money>, Problem> {
        if self.compensation.trim().is_empty() {
            return Ok(None);
        }
        let minor = parse_amount(&self.compensation).map_err(Problem::Amount)?;
        Ok(Some(Money { minor, currency }))
    }

    /// Whether the form must ask who approved the compensation: it is above `limit`
    /// (the logger's; `None` when they may give nothing without asking, or nobody
    /// said who they are) and it is new or changed.
    pub fn asks_approval(
        &self,
        existing: Option<&Complaint>,
        currency: Currency,
        limit: Option<Money>,
    ) -> bool {
        match self.compensation(currency) {
            Ok(Some(amount)) => {
                Complaint::needs_approval(amount, limit)
                    && existing.is_none_or(|e| e.compensation != Some(amount))
            }
            _ => false,
        }
    }

    /// The complaint to store. `limit` is what the logger may give without asking.
    pub fn validate(
        &self,
        existing: Option<&Complaint>,
        currency: Currency,
        limit: Option<Money>,
        now: Timestamp,
    ) -> Result<Complaint, FieldErrors> {
        let mut errors = FieldErrors::default();
        let compensation = match self.compensation(currency) {
            Ok(amount) => amount,
            Err(problem) => {
                errors.add(Field::Compensation, problem);
                None
            }
        };
        if self.asks_approval(existing, currency, limit) && self.approved_by.is_none() {
            errors.add(Field::ApprovedBy, Problem::Required);
        }
        let complaint = Complaint {
            id: existing.map_or_else(ComplaintId::random, |e| e.id),
            at: self.at,
            channel: self.channel,
            said: self.said.trim().to_string(),
            stages_done: self.stages_done.clone(),
            compensation,
            logged_by: self.logged_by,
            approved_by: self.approved_by.filter(|_| compensation.is_some()),
            cause: self.cause,
            actions: existing.map(|e| e.actions.clone()).unwrap_or_default(),
            customer_told: existing.and_then(|e| e.customer_told),
            contact: self.contact.trim().to_string(),
            consent: self.consent && !self.contact.trim().is_empty(),
            created: existing.map_or(now, |e| e.created),
            updated: now,
        };
        if let Err(found) = complaint.check() {
            for e in found.0 {
                if errors.for_field(e.field).is_none() {
                    errors.add(e.field, e.problem);
                }
            }
        }
        errors.into_result(complaint)
    }
}

/// The number of days contact details are kept after a case closes, as typed in Settings.
pub fn contact_days(typed: &str) -> Result<u32, Problem> {
    let days = crate::domain::staff::quantity::whole_number(typed)?;
    if days > MAX_CONTACT_DAYS {
        return Err(Problem::Value(
            crate::domain::validation::ValueProblem::TooLarge {
                max: MAX_CONTACT_DAYS,
            },
        ));
    }
    Ok(days as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::AmountProblem;
    use crate::domain::PersonId;

    fn nok(kr: i64) -> Money {
        Money {
            minor: kr * 100,
            currency: Currency::Nok,
        }
    }

    fn draft() -> ComplaintDraft {
        let mut d = ComplaintDraft::new(Timestamp::from_unix_millis(1_796_000_000_000.0));
        d.said = "  The soup was cold ".into();
        d
    }

    #[test]
    fn only_what_the_customer_said_is_needed() {
        let now = Timestamp::from_unix_millis(1_796_000_100_000.0);
        let c = draft().validate(None, Currency::Nok, None, now).unwrap();
        assert_eq!(c.said, "The soup was cold");
        assert_eq!((c.compensation, c.created, c.updated), (None, now, now));
        let mut empty = draft();
        empty.said = " ".into();
        let errors = empty.validate(None, Currency::Nok, None, now).unwrap_err();
        assert_eq!(
            errors.for_field(Field::ComplaintSaid),
            Some(&Problem::Required)
        );
    }

    #[test]
    fn a_compensation_must_be_an_amount() {
        let now = Timestamp::from_unix_millis(0.0);
        for (typed, problem) in [
            ("a coffee", AmountProblem::NotANumber),
            ("-50", AmountProblem::NotPositive),
            ("0", AmountProblem::NotPositive),
        ] {
            let mut d = draft();
            d.compensation = typed.into();
            let errors = d
                .validate(None, Currency::Nok, Some(nok(500)), now)
                .unwrap_err();
            assert_eq!(
                errors.for_field(Field::Compensation),
                Some(&Problem::Amount(problem)),
                "{typed}"
            );
        }
        let mut d = draft();
        d.compensation = "1 200,50".into();
        d.approved_by = Some(Someone::Person(PersonId::random()));
        let c = d
            .validate(None, Currency::Nok, Some(nok(500)), now)
            .unwrap();
        assert_eq!(c.compensation.map(|m| m.minor), Some(120_050));
    }

    #[test]
    fn above_the_loggers_limit_the_approving_manager_is_needed() {
        let now = Timestamp::from_unix_millis(0.0);
        let mut d = draft();
        d.compensation = "500".into();
        assert!(
            !d.asks_approval(None, Currency::Nok, Some(nok(500))),
            "at it"
        );
        d.compensation = "501".into();
        assert!(d.asks_approval(None, Currency::Nok, Some(nok(500))));
        let errors = d
            .validate(None, Currency::Nok, Some(nok(500)), now)
            .unwrap_err();
        assert_eq!(
            errors.for_field(Field::ApprovedBy),
            Some(&Problem::Required)
        );
        let manager = Someone::Person(PersonId::random());
        d.approved_by = Some(manager);
        let logged = d
            .validate(None, Currency::Nok, Some(nok(500)), now)
            .unwrap();
        assert_eq!(logged.approved_by, Some(manager));
        // Correcting the text later does not ask again; changing the amount does.
        let mut later = ComplaintDraft::from_complaint(&logged, |m| (m.minor / 100).to_string());
        later.approved_by = None;
        assert!(!later.asks_approval(Some(&logged), Currency::Nok, None));
        later.compensation = "600".into();
        assert!(later.asks_approval(Some(&logged), Currency::Nok, None));
        // With nothing given, no approver is kept.
        let mut none = draft();
        none.approved_by = Some(manager);
        let c = none.validate(None, Currency::Nok, None, now).unwrap();
        assert_eq!(c.approved_by, None);
    }

    #[test]
    fn contact_needs_consent_and_editing_keeps_the_follow_up() {
        let now = Timestamp::from_unix_millis(0.0);
        let mut d = draft();
        d.contact = "kari@example.no".into();
        let errors = d.validate(None, Currency::Nok, None, now).unwrap_err();
        assert_eq!(errors.for_field(Field::Contact), Some(&Problem::NoConsent));
        d.consent = true;
        let mut c = d.validate(None, Currency::Nok, None, now).unwrap();
        c.customer_told = Some(super::super::CustomerTold::NoContactWanted);
        let mut again = ComplaintDraft::from_complaint(&c, |m| m.minor.to_string());
        again.contact.clear();
        let later = Timestamp::from_unix_millis(1.0);
        let edited = again
            .validate(Some(&c), Currency::Nok, None, later)
            .unwrap();
        assert_eq!((edited.id, edited.created), (c.id, c.created));
        assert_eq!(edited.customer_told, c.customer_told);
        assert!(!edited.consent, "no consent kept without details");
    }

    #[test]
    fn stages_stay_in_the_scripts_order() {
        let mut d = draft();
        d.toggle_stage(ComplaintStage::Compensate);
        d.toggle_stage(ComplaintStage::Listen);
        assert_eq!(
            d.stages_done,
            vec![ComplaintStage::Listen, ComplaintStage::Compensate]
        );
        d.toggle_stage(ComplaintStage::Listen);
        assert_eq!(d.stages_done, vec![ComplaintStage::Compensate]);
    }

    #[test]
    fn contact_days_are_a_whole_number_up_to_ten_years() {
        assert_eq!(contact_days("90"), Ok(90));
        assert_eq!(contact_days("0"), Ok(0));
        assert_eq!(contact_days(""), Err(Problem::Required));
        assert!(contact_days("3651").is_err());
        assert!(contact_days("-1").is_err());
        assert!(contact_days("1,5").is_err());
    }
}
