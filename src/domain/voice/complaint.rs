//! A complaint, logged at the counter in half a minute and followed up until the loop is
//! closed: what the customer said, what was done on the spot, the compensation given
//! (approved by a manager when it was above the logger's own limit), what the business
//! does about it, and telling the customer. Contact details need the customer's consent
//! and go a set number of days after the case closes.

use crate::domain::authority::{matrix, AuthorityRule, Role};
use crate::domain::money::Money;
use crate::domain::script::ComplaintStage;
use crate::domain::validation::{
    check_length, check_required, Field, FieldErrors, Problem, MAX_FIELD_CHARS,
};
use crate::domain::visits::{FollowUp, Someone};
use crate::domain::{AreaId, Channel, ComplaintId, Day, RoleId, StandardId, Timestamp};
use serde::{Deserialize, Serialize};

/// Contact details are deleted this many days after a case closes, unless Settings says
/// otherwise.
pub const DEFAULT_CONTACT_DAYS: u32 = 90;

/// What the complaint was about.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    Area(AreaId),
    Standard(StandardId),
}

/// Whether the customer heard what was improved.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomerTold {
    On(Day),
    /// The customer said they want no contact.
    NoContactWanted,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Complaint {
    pub id: ComplaintId,
    /// When the customer complained.
    pub at: Timestamp,
    pub channel: Channel,
    /// What the customer said.
    pub said: String,
    /// The complaint script's stages done on the spot.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stages_done: Vec<ComplaintStage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compensation: Option<Money>,
    /// Who logged it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logged_by: Option<Someone>,
    /// The manager who approved a compensation above the logger's limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_by: Option<Someone>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cause: Option<Cause>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<FollowUp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_told: Option<CustomerTold>,
    /// How to reach the customer, given with their consent; deleted after the case
    /// closes (see [`Complaint::contact_due_for_deletion`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub consent: bool,
    pub created: Timestamp,
    pub updated: Timestamp,
}

/// The most a role may give without asking: the largest limit among its own and
/// inherited rules that are not "ask first", in `currency`. `None`: nothing without
/// asking.
pub fn compensation_limit(
    roles: &[Role],
    rules: &[AuthorityRule],
    role: RoleId,
    currency: crate::domain::money::Currency,
) -> Option<Money> {
    let m = matrix(roles, rules);
    m.for_role(role)
        .into_iter()
        .flat_map(|(_, rights)| rights.iter())
        .filter(|right| !right.rule.ask_first)
        .filter_map(|right| right.rule.limit)
        .filter(|limit| limit.currency == currency)
        .max_by_key(|limit| limit.minor)
}

impl Complaint {
    /// Whether a compensation needs a manager's approval: above the logger's limit (or
    /// any at all when their role may give none without asking).
    pub fn needs_approval(compensation: Money, limit: Option<Money>) -> bool {
        compensation.minor > 0 && limit.is_none_or(|l| compensation.minor > l.minor)
    }

    /// A case closes when every action is done and the customer was told (or wants no
    /// contact): the day the last of those happened. One closed on the spot (no action,
    /// no contact wanted) closed the day it was logged, by `day_of`: the device's
    /// calendar in the app, so a complaint logged at 00:30 is closed on the new day.
    pub fn closed_on(&self, day_of: impl Fn(Timestamp) -> Day) -> Option<Day> {
        self.closing()
            .map(|last| last.unwrap_or_else(|| day_of(self.at)))
    }

    pub fn is_closed(&self) -> bool {
        self.closing().is_some()
    }

    /// `Some` when closed, holding the last typed day of its closing steps, if any.
    fn closing(&self) -> Option<Option<Day>> {
        let told = match self.customer_told? {
            CustomerTold::On(day) => Some(day),
            CustomerTold::NoContactWanted => None,
        };
        let mut last = told;
        for action in &self.actions {
            let done = action.done?;
            last = Some(last.map_or(done, |l| l.max(done)));
        }
        Some(last)
    }

    /// An open case with an action past its due day.
    pub fn overdue_on(&self, today: Day) -> bool {
        !self.is_closed()
            && self
                .actions
                .iter()
                .any(|a| a.done.is_none() && a.due.is_some_and(|due| due < today))
    }

    /// Contact details kept past `days` after the case closed.
    pub fn contact_due_for_deletion(&self, today: Day, days: u32) -> bool {
        // By UTC's day for a case closed on the spot: hours off, on a keeping time of days.
        let utc = |at: Timestamp| Day::from_date(at.date()).unwrap_or(Day::FALLBACK);
        !self.contact.is_empty()
            && self
                .closed_on(utc)
                .is_some_and(|closed| closed.plus_days(i64::from(days)) <= today)
    }

    /// Whether `person` is named in it: who logged it, approved it, or follows it up.
    pub fn names(&self, person: crate::domain::PersonId) -> bool {
        let named = |s: &Option<Someone>| s.and_then(Someone::person) == Some(person);
        named(&self.logged_by)
            || named(&self.approved_by)
            || self.actions.iter().any(|a| named(&a.who))
    }

    /// The same case with `person` read as "a former colleague" everywhere.
    pub fn without_person(&self, person: crate::domain::PersonId, now: Timestamp) -> Complaint {
        let mut c = self.clone();
        c.logged_by = c.logged_by.map(|s| s.without(person));
        c.approved_by = c.approved_by.map(|s| s.without(person));
        for action in &mut c.actions {
            action.who = action.who.map(|s| s.without(person));
        }
        c.updated = now;
        c
    }

    /// The same case without contact details.
    pub fn without_contact(&self, now: Timestamp) -> Complaint {
        Complaint {
            contact: String::new(),
            consent: false,
            updated: now,
            ..self.clone()
        }
    }

    /// The rules a complaint keeps, as logged in the app or read from a file.
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        check_required(&mut errors, Field::ComplaintSaid, &self.said);
        check_length(
            &mut errors,
            Field::ComplaintSaid,
            &self.said,
            MAX_FIELD_CHARS,
        );
        check_length(&mut errors, Field::Contact, &self.contact, MAX_FIELD_CHARS);
        if !self.contact.trim().is_empty() && !self.consent {
            errors.add(Field::Contact, Problem::NoConsent);
        }
        if self.compensation.is_some_and(|m| m.minor <= 0) {
            errors.add(
                Field::Compensation,
                Problem::Amount(crate::domain::money::AmountProblem::NotPositive),
            );
        }
        let logged = Day::from_date(self.at.date());
        for action in &self.actions {
            check_required(&mut errors, Field::FollowUpWhat, &action.what);
            if let (Some(due), Some(logged)) = (action.due, logged) {
                if due < logged {
                    errors.add(Field::Due, Problem::DueBeforeComplaint);
                }
            }
        }
        errors.into_result(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::authority::RuleDraft;
    use crate::domain::money::Currency;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    fn utc(at: Timestamp) -> Day {
        Day::from_date(at.date()).unwrap()
    }

    fn complaint() -> Complaint {
        let at = Timestamp::from_unix_millis(1_796_000_000_000.0); // 2026-11-30
        Complaint {
            id: ComplaintId::random(),
            at,
            channel: Channel::InPerson,
            said: "The coffee was cold".into(),
            stages_done: vec![ComplaintStage::Listen, ComplaintStage::Apologise],
            compensation: None,
            logged_by: None,
            approved_by: None,
            cause: None,
            actions: Vec::new(),
            customer_told: None,
            contact: String::new(),
            consent: false,
            created: at,
            updated: at,
        }
    }

    fn action(due: &str, done: Option<&str>) -> FollowUp {
        FollowUp {
            what: "Check the machine's temperature".into(),
            who: None,
            due: Some(day(due)),
            done: done.map(day),
        }
    }

    #[test]
    fn a_case_closes_only_when_every_action_is_done_and_the_customer_was_told() {
        let mut c = complaint();
        c.actions = vec![
            action("2026-12-10", Some("2026-12-03")),
            action("2026-12-10", None),
        ];
        assert_eq!(c.closed_on(utc), None, "nothing told yet");
        c.customer_told = Some(CustomerTold::On(day("2026-12-04")));
        assert_eq!(c.closed_on(utc), None, "an action is still open");
        assert!(c.overdue_on(day("2026-12-11")));
        assert!(
            !c.overdue_on(day("2026-12-10")),
            "due that day is not overdue"
        );
        c.actions[1].done = Some(day("2026-12-08"));
        assert_eq!(
            c.closed_on(utc),
            Some(day("2026-12-08")),
            "the last of them"
        );
        assert!(!c.overdue_on(day("2026-12-20")));
    }

    #[test]
    fn no_contact_wanted_closes_with_the_actions_or_the_day_it_was_logged() {
        let mut c = complaint();
        c.customer_told = Some(CustomerTold::NoContactWanted);
        assert_eq!(c.closed_on(utc), Some(day("2026-11-30")));
        c.actions = vec![action("2026-12-10", Some("2026-12-02"))];
        assert_eq!(c.closed_on(utc), Some(day("2026-12-02")));
    }

    #[test]
    fn closed_on_the_spot_after_midnight_is_closed_on_the_new_day_where_it_was_logged() {
        let mut c = complaint();
        c.at = Timestamp::from_unix_millis(1_796_081_400_000.0); // 2026-11-30 23:30 UTC
        c.customer_told = Some(CustomerTold::NoContactWanted);
        let oslo = |at: Timestamp| {
            utc(Timestamp::from_unix_millis(
                at.unix_millis() as f64 + 3_600_000.0,
            ))
        };
        assert_eq!(c.closed_on(utc), Some(day("2026-11-30")));
        assert_eq!(c.closed_on(oslo), Some(day("2026-12-01")));
        assert!(c.is_closed());
    }

    #[test]
    fn contact_details_go_the_set_number_of_days_after_closing() {
        let mut c = complaint();
        c.contact = "kari@example.no".into();
        c.consent = true;
        assert!(
            !c.contact_due_for_deletion(day("2027-06-01"), 90),
            "open cases keep them"
        );
        c.customer_told = Some(CustomerTold::On(day("2026-12-01")));
        assert!(!c.contact_due_for_deletion(day("2027-02-28"), 90));
        assert!(c.contact_due_for_deletion(day("2027-03-01"), 90));
        let gone = c.without_contact(c.updated);
        assert!(gone.contact.is_empty() && !gone.consent);
        assert!(!gone.contact_due_for_deletion(day("2027-03-01"), 90));
        assert_eq!(gone.said, c.said, "the case itself stays");
    }

    #[test]
    fn bad_input_is_refused_with_the_field_at_fault() {
        let mut c = complaint();
        c.said = "  ".into();
        c.contact = "41 23 45 67".into();
        c.actions = vec![action("2026-11-29", None)];
        let errors = c.check().unwrap_err();
        assert_eq!(
            errors.for_field(Field::ComplaintSaid),
            Some(&Problem::Required)
        );
        assert_eq!(errors.for_field(Field::Contact), Some(&Problem::NoConsent));
        assert_eq!(
            errors.for_field(Field::Due),
            Some(&Problem::DueBeforeComplaint)
        );
    }

    #[test]
    fn a_compensation_above_the_loggers_limit_asks_for_a_manager() {
        let now = Timestamp::from_unix_millis(0.0);
        let roles = Role::starters(now);
        let staff = roles[1].id;
        let mut draft = RuleDraft::new(Some(staff), Currency::Nok);
        draft.situation = "Complaint about a product".into();
        draft.may = "Give the money back".into();
        draft.limit = "500".into();
        let rule = draft.validate(None, |_| true, now).unwrap();
        let rules = vec![rule];
        let limit = compensation_limit(&roles, &rules, staff, Currency::Nok);
        assert_eq!(limit.map(|m| m.minor), Some(50_000));
        let nok = |kr: i64| Money {
            minor: kr * 100,
            currency: Currency::Nok,
        };
        assert!(!Complaint::needs_approval(nok(500), limit), "at the limit");
        assert!(Complaint::needs_approval(nok(501), limit), "just above");
        // The role above inherits the limit; the lowest role has none at all.
        let above = roles[2].id;
        assert_eq!(
            compensation_limit(&roles, &rules, above, Currency::Nok),
            limit
        );
        assert!(Complaint::needs_approval(
            nok(1),
            compensation_limit(&roles, &rules, roles[0].id, Currency::Nok)
        ));
    }
}
