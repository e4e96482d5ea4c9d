//! What each role may decide alone, without asking a manager: staff are often unaware
//! of the authority they have, so it is written down and shown at the counter.

use super::money::{parse_amount, Currency, Money};
use super::search::fold;
use super::validation::{
    check_length, check_required, Field, FieldErrors, Problem, MAX_FIELD_CHARS, MAX_NAME_CHARS,
};
use super::{RoleId, RuleId, Timestamp};
use crate::domain::sorting;
use serde::{Deserialize, Serialize};

/// The roles a new business starts with; their names follow the UI language until renamed.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StarterRole {
    ExtraHelp,
    Staff,
    ShiftLead,
    Manager,
}

impl StarterRole {
    pub const ALL: [StarterRole; 4] = [
        StarterRole::ExtraHelp,
        StarterRole::Staff,
        StarterRole::ShiftLead,
        StarterRole::Manager,
    ];

    fn id(self) -> RoleId {
        RoleId::fixed(match self {
            StarterRole::ExtraHelp => 0x6b1e0c6a_2f0d_4c1e_9a02_000000000001,
            StarterRole::Staff => 0x6b1e0c6a_2f0d_4c1e_9a02_000000000002,
            StarterRole::ShiftLead => 0x6b1e0c6a_2f0d_4c1e_9a02_000000000003,
            StarterRole::Manager => 0x6b1e0c6a_2f0d_4c1e_9a02_000000000004,
        })
    }
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub id: RoleId,
    /// Set for the starter roles; their name is translated while `name` is empty.
    pub starter: Option<StarterRole>,
    pub name: String,
    pub order: u32,
    pub created: Timestamp,
    pub updated: Timestamp,
}

impl Role {
    pub fn starters(now: Timestamp) -> Vec<Role> {
        StarterRole::ALL
            .iter()
            .zip(0..)
            .map(|(&starter, order)| Role {
                id: starter.id(),
                starter: Some(starter),
                name: String::new(),
                order,
                created: now,
                updated: now,
            })
            .collect()
    }

    pub fn new(name: &str, order: u32, now: Timestamp) -> Result<Role, FieldErrors> {
        Ok(Role {
            id: RoleId::random(),
            starter: None,
            name: checked_role_name(name)?,
            order,
            created: now,
            updated: now,
        })
    }

    pub fn renamed(&self, name: &str, now: Timestamp) -> Result<Role, FieldErrors> {
        Ok(Role {
            name: checked_role_name(name)?,
            updated: now,
            ..self.clone()
        })
    }
}

fn checked_role_name(name: &str) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::default();
    check_required(&mut errors, Field::RoleName, name);
    check_length(&mut errors, Field::RoleName, name.trim(), MAX_NAME_CHARS);
    errors.into_result(name.trim().to_string())
}

/// One thing a role may do on its own in a situation, perhaps up to an amount.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuthorityRule {
    pub id: RuleId,
    /// When it applies, e.g. "a complaint about a product".
    pub situation: String,
    pub role_id: RoleId,
    /// What the role may do without asking: replace, refund, a free coffee…
    pub may: String,
    pub limit: Option<Money>,
    /// The opposite: the role may not do this alone but asks first (whom, the notes
    /// say). It takes back from a higher role what a role below it may do. Left out of
    /// files when false, so they read the same in versions from before it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ask_first: bool,
    pub notes: String,
    pub created: Timestamp,
    pub updated: Timestamp,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RuleDraft {
    pub situation: String,
    pub role_id: Option<RoleId>,
    pub may: String,
    /// The limit as typed; empty for none.
    pub limit: String,
    pub currency: Currency,
    pub ask_first: bool,
    pub notes: String,
}

impl RuleDraft {
    pub fn new(role_id: Option<RoleId>, currency: Currency) -> Self {
        RuleDraft {
            situation: String::new(),
            role_id,
            may: String::new(),
            limit: String::new(),
            currency,
            ask_first: false,
            notes: String::new(),
        }
    }

    pub fn from_rule(rule: &AuthorityRule, locale: super::locale::Locale) -> Self {
        RuleDraft {
            situation: rule.situation.clone(),
            role_id: Some(rule.role_id),
            may: rule.may.clone(),
            limit: rule.limit.map(|m| m.typed(locale)).unwrap_or_default(),
            currency: rule.limit.map_or(Currency::Nok, |m| m.currency),
            ask_first: rule.ask_first,
            notes: rule.notes.clone(),
        }
    }

    pub fn validate(
        &self,
        existing: Option<&AuthorityRule>,
        role_exists: impl Fn(RoleId) -> bool,
        now: Timestamp,
    ) -> Result<AuthorityRule, FieldErrors> {
        let mut errors = FieldErrors::default();
        check_required(&mut errors, Field::RuleSituation, &self.situation);
        check_required(&mut errors, Field::RuleMay, &self.may);
        for (field, text) in [
            (Field::RuleSituation, &self.situation),
            (Field::RuleMay, &self.may),
            (Field::Notes, &self.notes),
        ] {
            check_length(&mut errors, field, text, MAX_FIELD_CHARS);
        }
        let role_id = match self.role_id {
            Some(id) if role_exists(id) => Some(id),
            Some(_) => {
                errors.add(Field::Role, Problem::UnknownRole);
                None
            }
            None => {
                errors.add(Field::Role, Problem::Required);
                None
            }
        };
        // Asking first has no amount: whatever the limit field still holds is not kept.
        let limit = if self.ask_first || self.limit.trim().is_empty() {
            None
        } else {
            match parse_amount(&self.limit) {
                Ok(minor) => Some(Money {
                    minor,
                    currency: self.currency,
                }),
                Err(problem) => {
                    errors.add(Field::Limit, Problem::Amount(problem));
                    None
                }
            }
        };
        match role_id {
            Some(role_id) if errors.is_empty() => Ok(AuthorityRule {
                id: existing.map_or_else(RuleId::random, |r| r.id),
                situation: self.situation.trim().to_string(),
                role_id,
                may: self.may.trim().to_string(),
                limit,
                ask_first: self.ask_first,
                notes: self.notes.trim().to_string(),
                created: existing.map_or(now, |r| r.created),
                updated: now,
            }),
            _ => Err(errors),
        }
    }
}

/// Rules laid out as situations × roles: each situation once (same wording, ignoring
/// case and marks), with what each role may do there.
#[derive(Clone, Debug, PartialEq)]
pub struct Matrix<'a> {
    /// Lowest first: each role may decide what the roles before it may.
    pub roles: Vec<&'a Role>,
    pub rows: Vec<MatrixRow<'a>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MatrixRow<'a> {
    /// The situation as first written.
    pub situation: &'a str,
    /// One cell per role, in `roles` order: what that role may do here.
    pub cells: Vec<Vec<Right<'a>>>,
}

/// One thing a role may decide: a rule of its own, or one it has because a role below it
/// has it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Right<'a> {
    pub rule: &'a AuthorityRule,
    /// The role below whose rule this is; `None` for the role's own rule.
    pub inherited_from: Option<&'a Role>,
}

/// Roles have an order, and a role may decide everything the roles below it may. A rule
/// of its own for the same thing in the same situation (same words, ignoring case and
/// marks) says otherwise: it replaces the one from below, with its own limit, or with
/// "ask first".
pub fn matrix<'a>(roles: &'a [Role], rules: &'a [AuthorityRule]) -> Matrix<'a> {
    let mut roles: Vec<&Role> = roles.iter().collect();
    sorting::sort_by_key(&mut roles, |r| (r.order, r.created));
    let mut rows: Vec<(String, &'a str, Vec<Vec<&'a AuthorityRule>>)> = Vec::new();
    let mut sorted: Vec<&AuthorityRule> = rules.iter().collect();
    sorting::sort_by_key(&mut sorted, |r| r.created);
    for rule in sorted {
        let key = fold(rule.situation.trim());
        let Some(column) = roles.iter().position(|r| r.id == rule.role_id) else {
            continue;
        };
        let at = match rows.iter().position(|(k, _, _)| *k == key) {
            Some(at) => at,
            None => {
                rows.push((key, &rule.situation, vec![Vec::new(); roles.len()]));
                rows.len() - 1
            }
        };
        rows[at].2[column].push(rule);
    }
    let rows = rows
        .into_iter()
        .map(|(_, situation, own)| MatrixRow {
            situation,
            cells: (0..roles.len())
                .map(|column| rights_in_cell(&roles, &own, column))
                .collect(),
        })
        .collect();
    Matrix { roles, rows }
}

/// A cell's rights: every rule of the role's own, then from the nearest role below down,
/// each thing not already decided by a role above it. An "ask first" passes upwards only
/// where it took something back from a role below it: with nothing below to take back,
/// it is that role's own limit, and a higher role is not told to ask anyone.
fn rights_in_cell<'a>(
    roles: &[&'a Role],
    own: &[Vec<&'a AuthorityRule>],
    column: usize,
) -> Vec<Right<'a>> {
    let thing = |rule: &AuthorityRule| fold(rule.may.trim());
    let granted_below = |below: usize, what: &str| {
        own[..below]
            .iter()
            .flatten()
            .any(|r| !r.ask_first && thing(r) == what)
    };
    let mut rights: Vec<Right<'a>> = own[column]
        .iter()
        .map(|&rule| Right {
            rule,
            inherited_from: None,
        })
        .collect();
    let mut decided: Vec<String> = own[column].iter().map(|r| thing(r)).collect();
    for below in (0..column).rev() {
        for &rule in &own[below] {
            let what = thing(rule);
            if decided.contains(&what) || (rule.ask_first && !granted_below(below, &what)) {
                continue;
            }
            decided.push(what);
            rights.push(Right {
                rule,
                inherited_from: Some(roles[below]),
            });
        }
    }
    rights
}

impl Matrix<'_> {
    /// What one role may decide, situation by situation, leaving out situations where it
    /// may decide nothing.
    pub fn for_role(&self, id: RoleId) -> Vec<(&str, &[Right<'_>])> {
        let Some(column) = self.roles.iter().position(|r| r.id == id) else {
            return Vec::new();
        };
        self.rows
            .iter()
            .filter(|row| !row.cells[column].is_empty())
            .map(|row| (row.situation, row.cells[column].as_slice()))
            .collect()
    }
}

/// What deleting a role does to the rules that name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleRemoval {
    /// The role's rules move to another role.
    MoveRulesTo(RoleId),
    /// The role's rules go too.
    DeleteRules,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::locale::Locale;
    use crate::domain::money::AmountProblem;

    fn t(n: f64) -> Timestamp {
        Timestamp::from_unix_millis(n)
    }

    fn rule(situation: &str, role: RoleId, may: &str, at: f64) -> AuthorityRule {
        let draft = RuleDraft {
            situation: situation.into(),
            may: may.into(),
            ..RuleDraft::new(Some(role), Currency::Nok)
        };
        draft.validate(None, |_| true, t(at)).unwrap()
    }

    #[test]
    fn four_starter_roles_with_fixed_ids() {
        let roles = Role::starters(t(0.0));
        assert_eq!(roles.len(), 4);
        assert_eq!(
            roles[3].id.to_string(),
            "6b1e0c6a-2f0d-4c1e-9a02-000000000004"
        );
        assert!(roles
            .iter()
            .all(|r| r.name.is_empty() && r.starter.is_some()));
    }

    #[test]
    fn a_rule_needs_a_situation_what_may_be_done_and_a_role() {
        let errors = RuleDraft::new(None, Currency::Nok)
            .validate(None, |_| true, t(0.0))
            .unwrap_err();
        assert_eq!(
            errors.for_field(Field::RuleSituation),
            Some(&Problem::Required)
        );
        assert_eq!(errors.for_field(Field::RuleMay), Some(&Problem::Required));
        assert_eq!(errors.for_field(Field::Role), Some(&Problem::Required));
        let gone = RuleDraft {
            situation: "x".into(),
            may: "y".into(),
            ..RuleDraft::new(Some(RoleId::random()), Currency::Nok)
        };
        assert_eq!(
            gone.validate(None, |_| false, t(0.0))
                .unwrap_err()
                .for_field(Field::Role),
            Some(&Problem::UnknownRole)
        );
    }

    #[test]
    fn negative_or_absurd_limits_are_refused_at_the_field() {
        let role = Role::starters(t(0.0))[1].id;
        let with_limit = |limit: &str| RuleDraft {
            situation: "Complaint about a product".into(),
            may: "Refund".into(),
            limit: limit.into(),
            ..RuleDraft::new(Some(role), Currency::Sek)
        };
        let refused = with_limit("-200")
            .validate(None, |_| true, t(0.0))
            .unwrap_err();
        assert_eq!(
            refused.for_field(Field::Limit),
            Some(&Problem::Amount(AmountProblem::NotPositive))
        );
        let absurd = with_limit("5000000")
            .validate(None, |_| true, t(0.0))
            .unwrap_err();
        assert!(matches!(
            absurd.for_field(Field::Limit),
            Some(Problem::Amount(AmountProblem::TooLarge { .. }))
        ));
        let ok = with_limit("500").validate(None, |_| true, t(0.0)).unwrap();
        assert_eq!(
            ok.limit,
            Some(Money {
                minor: 50_000,
                currency: Currency::Sek
            })
        );
        assert_eq!(RuleDraft::from_rule(&ok, Locale::Nb).limit, "500");
    }

    #[test]
    fn the_matrix_has_one_row_per_situation_and_one_column_per_role() {
        let roles = Role::starters(t(0.0));
        let (staff, lead) = (roles[1].id, roles[2].id);
        let rules = vec![
            rule("Complaint about a product", staff, "Replace it", 1.0),
            rule("complaint about a PRODUCT ", lead, "Refund", 2.0),
            rule("Long wait", staff, "A free coffee", 3.0),
            rule("Orphan", RoleId::random(), "nothing", 4.0),
        ];
        let m = matrix(&roles, &rules);
        assert_eq!(m.roles.len(), 4);
        assert_eq!(
            m.rows.len(),
            2,
            "same wording is one situation; rules of unknown roles are left out"
        );
        assert_eq!(m.rows[0].situation, "Complaint about a product");
        assert_eq!(m.rows[0].cells[1][0].rule.may, "Replace it");
        assert_eq!(m.rows[0].cells[2][0].rule.may, "Refund");
        assert!(m.rows[0].cells[0].is_empty());
        assert_eq!(m.rows[1].cells[1][0].rule.may, "A free coffee");
    }

    fn mays(cell: &[Right]) -> Vec<(String, Option<String>)> {
        cell.iter()
            .map(|r| {
                let from = r
                    .inherited_from
                    .map(|role| format!("{:?}", role.starter.unwrap()));
                (r.rule.may.clone(), from)
            })
            .collect()
    }

    #[test]
    fn a_role_may_decide_what_the_roles_below_it_may() {
        let roles = Role::starters(t(0.0));
        let (help, staff, manager) = (roles[0].id, roles[1].id, roles[3].id);
        let rules = vec![
            rule("Long wait", help, "A free coffee", 1.0),
            rule("Complaint", staff, "Replace it", 2.0),
            rule("Complaint", manager, "Refund", 3.0),
        ];
        let m = matrix(&roles, &rules);
        let own = |may: &str| (may.to_string(), None);
        let from = |may: &str, role: &str| (may.to_string(), Some(role.to_string()));
        assert_eq!(mays(&m.rows[0].cells[0]), [own("A free coffee")]);
        assert_eq!(
            mays(&m.rows[0].cells[3]),
            [from("A free coffee", "ExtraHelp")]
        );
        assert!(m.rows[1].cells[0].is_empty(), "nothing flows down");
        assert_eq!(mays(&m.rows[1].cells[2]), [from("Replace it", "Staff")]);
        assert_eq!(
            mays(&m.rows[1].cells[3]),
            [own("Refund"), from("Replace it", "Staff")]
        );

        let coffee: Vec<_> = m
            .for_role(manager)
            .iter()
            .map(|(s, _)| s.to_string())
            .collect();
        assert_eq!(coffee, ["Long wait", "Complaint"]);
        assert!(m.for_role(help).iter().all(|(s, _)| *s == "Long wait"));
    }

    #[test]
    fn a_rule_of_its_own_for_the_same_thing_replaces_the_one_from_below() {
        let roles = Role::starters(t(0.0));
        let (staff, lead, manager) = (roles[1].id, roles[2].id, roles[3].id);
        let mut higher = rule("Long wait", lead, "a FREE coffee ", 2.0);
        higher.limit = Some(Money {
            minor: 20_000,
            currency: Currency::Nok,
        });
        let rules = vec![rule("Long wait", staff, "A free coffee", 1.0), higher];
        let m = matrix(&roles, &rules);
        let cell = &m.rows[0].cells[2];
        assert_eq!(cell.len(), 1, "the lead's own limit, not both");
        assert_eq!(cell[0].inherited_from, None);
        assert_eq!(cell[0].rule.limit.map(|l| l.minor), Some(20_000));
        let above = &m.rows[0].cells[3];
        assert_eq!(above.len(), 1);
        assert_eq!(
            above[0].inherited_from.map(|r| r.id),
            Some(lead),
            "from the nearest role below"
        );
        assert!(m.for_role(manager).len() == 1 && m.for_role(RoleId::random()).is_empty());
    }

    #[test]
    fn ask_first_takes_back_what_a_role_below_may_do_and_passes_it_on() {
        let roles = Role::starters(t(0.0));
        let (help, lead) = (roles[0].id, roles[2].id);
        let mut ask = rule("Long wait", lead, "A free coffee", 2.0);
        ask.ask_first = true;
        let rules = [rule("Long wait", help, "A free coffee", 1.0), ask];
        let m = matrix(&roles, &rules);
        assert!(!m.rows[0].cells[1][0].rule.ask_first, "staff still may");
        assert!(
            m.rows[0].cells[2][0].rule.ask_first && m.rows[0].cells[2][0].inherited_from.is_none()
        );
        let above = &m.rows[0].cells[3][0];
        assert!(
            above.rule.ask_first,
            "the manager asks too, as the shift lead does"
        );
        assert_eq!(above.inherited_from.map(|r| r.id), Some(lead));
    }

    #[test]
    fn a_roles_own_rules_are_all_listed_and_a_lone_ask_first_stays_with_its_role() {
        let roles = Role::starters(t(0.0));
        let (help, staff) = (roles[0].id, roles[1].id);
        let mut ask = rule("Refund", help, "Give the money back", 1.0);
        ask.ask_first = true;
        let yes = rule("Long wait", staff, "A free coffee", 2.0);
        let mut also = rule("Long wait", staff, "a free coffee", 3.0);
        also.ask_first = true;
        let rules = [ask, yes, also];
        let m = matrix(&roles, &rules);
        let refund = m.rows.iter().find(|r| r.situation == "Refund").unwrap();
        assert_eq!(refund.cells[0].len(), 1);
        assert!(
            refund.cells[1..].iter().all(|c| c.is_empty()),
            "no one above is told to ask"
        );
        let wait = m.rows.iter().find(|r| r.situation == "Long wait").unwrap();
        assert_eq!(
            wait.cells[1].len(),
            2,
            "both of Staff's own rules show, so neither is lost"
        );
    }

    #[test]
    fn a_rule_to_ask_first_keeps_no_limit() {
        let draft = RuleDraft {
            situation: "Refund".into(),
            may: "Give the money back".into(),
            limit: "500".into(),
            ask_first: true,
            ..RuleDraft::new(Some(Role::starters(t(0.0))[1].id), Currency::Nok)
        };
        let rule = draft.validate(None, |_| true, t(0.0)).unwrap();
        assert!(rule.ask_first);
        assert_eq!(rule.limit, None);
        assert!(RuleDraft::from_rule(&rule, Locale::En).ask_first);
    }

    #[test]
    fn roles_are_named_and_renamed() {
        assert!(Role::new("  ", 0, t(0.0)).is_err());
        let role = Role::new("Barista", 4, t(0.0)).unwrap();
        assert_eq!(
            role.renamed("Head barista", t(1.0)).unwrap().name,
            "Head barista"
        );
    }
}
