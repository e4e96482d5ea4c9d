//! Values, roles and what each role may decide (authority rules), and deleting a role.

use super::*;
use crate::domain::sorting;

/// A role to delete, and what happens to its rules, decided before anything is written.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleRemovalPlan {
    pub role: Role,
    /// Rules moved to another role.
    pub moved: Vec<AuthorityRule>,
    /// Rules deleted with the role.
    pub deleted: Vec<RuleId>,
    /// People who held the role, moved to the other role.
    pub people_moved: Vec<Person>,
}

/// Why a role cannot be deleted as asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleRemovalRefused {
    NotFound,
    /// The role to move to is the role itself, or does not exist.
    BadTarget,
    /// People hold the role and no other role was chosen for them.
    HeldBy {
        people: usize,
    },
}

impl Library {
    pub fn values_in_order(&self) -> Vec<&CoreValue> {
        let mut values: Vec<&CoreValue> = self.values.iter().collect();
        sorting::sort_by_key(&mut values, |v| (v.order, v.created));
        values
    }

    pub fn value(&self, id: ValueId) -> Option<&CoreValue> {
        self.values.iter().find(|v| v.id == id)
    }

    pub fn next_value_order(&self) -> u32 {
        self.values
            .iter()
            .map(|v| v.order.saturating_add(1))
            .max()
            .unwrap_or(0)
    }

    pub fn move_value(&self, id: ValueId, direction: Direction, now: Timestamp) -> Vec<CoreValue> {
        let ids: Vec<ValueId> = self.values_in_order().iter().map(|v| v.id).collect();
        let Some(new_ids) = moved(&ids, id, direction) else {
            return Vec::new();
        };
        let sequence = new_ids.iter().filter_map(|id| self.value(*id)).cloned();
        touched(renumber(sequence), now, |v, t| v.updated = t)
    }

    /// The standards and scripts that serve a value: the link seen from the value's side.
    pub fn serving(&self, id: ValueId) -> (Vec<&Standard>, Vec<&Script>) {
        let mut standards: Vec<&Standard> = self
            .standards
            .iter()
            .filter(|s| s.value_ids.contains(&id))
            .collect();
        sorting::sort_by_cached_key(&mut standards, |s| fold(&s.title));
        let scripts = self
            .scripts_by_title()
            .into_iter()
            .filter(|s| s.value_ids.contains(&id))
            .collect();
        (standards, scripts)
    }

    /// The values a standard or script links to that still exist.
    pub fn linked_values(&self, ids: &[ValueId]) -> Vec<&CoreValue> {
        self.values_in_order()
            .into_iter()
            .filter(|v| ids.contains(&v.id))
            .collect()
    }

    pub fn roles_in_order(&self) -> Vec<&Role> {
        let mut roles: Vec<&Role> = self.roles.iter().collect();
        sorting::sort_by_key(&mut roles, |r| (r.order, r.created));
        roles
    }

    pub fn role(&self, id: RoleId) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    pub fn next_role_order(&self) -> u32 {
        self.roles
            .iter()
            .map(|r| r.order.saturating_add(1))
            .max()
            .unwrap_or(0)
    }

    pub fn rule(&self, id: RuleId) -> Option<&AuthorityRule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// What one role may decide, by situation.
    pub fn rules_for_role(&self, id: RoleId) -> Vec<&AuthorityRule> {
        let mut rules: Vec<&AuthorityRule> =
            self.rules.iter().filter(|r| r.role_id == id).collect();
        sorting::sort_by_cached_key(&mut rules, |r| (fold(&r.situation), r.created));
        rules
    }

    /// Deleting a role never leaves a rule pointing at it: its rules move or go.
    /// `None` when refused; [`Library::plan_role_removal`] says why.
    pub fn remove_role(
        &self,
        id: RoleId,
        what: RoleRemoval,
        now: Timestamp,
    ) -> Option<RoleRemovalPlan> {
        self.plan_role_removal(id, what, now).ok()
    }

    /// Deleting a role: its rules move or go; the people who hold it move with the
    /// rules to the other role, and if the rules are to be deleted while people hold
    /// the role, it is refused (a person always has a role).
    pub fn plan_role_removal(
        &self,
        id: RoleId,
        what: RoleRemoval,
        now: Timestamp,
    ) -> Result<RoleRemovalPlan, RoleRemovalRefused> {
        let role = self.role(id).ok_or(RoleRemovalRefused::NotFound)?.clone();
        let rules = self.rules.iter().filter(|r| r.role_id == id);
        let holders = self.people_in_role(id);
        match what {
            RoleRemoval::MoveRulesTo(target) if target != id && self.role(target).is_some() => {
                Ok(RoleRemovalPlan {
                    role,
                    moved: rules
                        .map(|r| AuthorityRule {
                            role_id: target,
                            updated: now,
                            ..r.clone()
                        })
                        .collect(),
                    deleted: Vec::new(),
                    people_moved: holders
                        .into_iter()
                        .map(|p| Person {
                            role_id: target,
                            updated: now,
                            ..p.clone()
                        })
                        .collect(),
                })
            }
            RoleRemoval::MoveRulesTo(_) => Err(RoleRemovalRefused::BadTarget),
            RoleRemoval::DeleteRules if !holders.is_empty() => Err(RoleRemovalRefused::HeldBy {
                people: holders.len(),
            }),
            RoleRemoval::DeleteRules => Ok(RoleRemovalPlan {
                role,
                moved: Vec::new(),
                deleted: rules.map(|r| r.id).collect(),
                people_moved: Vec::new(),
            }),
        }
    }

    pub fn with_values_saved(&mut self, saved: Vec<CoreValue>) {
        upsert(&mut self.values, saved, |v| v.id);
    }

    pub fn with_roles_saved(&mut self, saved: Vec<Role>) {
        upsert(&mut self.roles, saved, |r| r.id);
    }

    pub fn with_rules_saved(&mut self, saved: Vec<AuthorityRule>) {
        upsert(&mut self.rules, saved, |r| r.id);
    }

    pub fn with_role_removed(&mut self, plan: RoleRemovalPlan) {
        self.rules.retain(|r| !plan.deleted.contains(&r.id));
        self.with_rules_saved(plan.moved);
        self.with_people_saved(plan.people_moved);
        self.roles.retain(|r| r.id != plan.role.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::authority::RuleDraft;
    use crate::domain::money::Currency;
    use crate::domain::values::ValueDraft;
    use crate::domain::HostParameter;

    fn t(n: f64) -> Timestamp {
        Timestamp::from_unix_millis(n)
    }

    fn library() -> Library {
        Library {
            areas: Area::builtins(t(0.0)),
            roles: Role::starters(t(0.0)),
            ..Library::default()
        }
    }

    fn rule(lib: &Library, role: RoleId, situation: &str) -> AuthorityRule {
        let draft = RuleDraft {
            situation: situation.into(),
            may: "Refund".into(),
            ..RuleDraft::new(Some(role), Currency::Nok)
        };
        draft
            .validate(None, |id| lib.role(id).is_some(), t(1.0))
            .unwrap()
    }

    #[test]
    fn a_value_shows_the_standards_and_scripts_that_serve_it() {
        let mut lib = library();
        let value = ValueDraft {
            name: "Warmth".into(),
            ..ValueDraft::default()
        }
        .validate(None, 0, t(1.0))
        .unwrap();
        lib.with_values_saved(vec![value.clone()]);
        let draft = StandardDraft {
            title: "Greet".into(),
            value_ids: vec![value.id],
            ..StandardDraft::in_area(HostParameter::WowEffect.area_id())
        };
        let standard = lib.create_standard(&draft, t(2.0)).unwrap();
        lib.with_standards_saved(vec![standard.clone()]);
        let (standards, scripts) = lib.serving(value.id);
        assert_eq!(standards, vec![&standard]);
        assert!(scripts.is_empty());
        assert_eq!(lib.linked_values(&standard.value_ids), vec![&value]);
    }

    #[test]
    fn deleting_a_role_moves_or_deletes_its_rules_and_leaves_nothing_pointing_at_it() {
        let mut lib = library();
        let (staff, lead) = (lib.roles[1].id, lib.roles[2].id);
        let rules = vec![
            rule(&lib, staff, "Complaint"),
            rule(&lib, staff, "Long wait"),
            rule(&lib, lead, "Broken cup"),
        ];
        lib.with_rules_saved(rules);

        let mut moved = lib.clone();
        let plan = moved
            .remove_role(staff, RoleRemoval::MoveRulesTo(lead), t(2.0))
            .unwrap();
        assert_eq!(plan.moved.len(), 2);
        moved.with_role_removed(plan);
        assert!(moved.role(staff).is_none());
        assert!(moved.rules.iter().all(|r| r.role_id != staff));
        assert_eq!(moved.rules_for_role(lead).len(), 3);

        let plan = lib
            .remove_role(staff, RoleRemoval::DeleteRules, t(2.0))
            .unwrap();
        assert_eq!(plan.deleted.len(), 2);
        lib.with_role_removed(plan);
        assert_eq!(lib.rules.len(), 1);
        assert!(lib.rules.iter().all(|r| r.role_id != staff));

        assert!(
            lib.remove_role(lead, RoleRemoval::MoveRulesTo(lead), t(3.0))
                .is_none(),
            "not onto itself"
        );
    }

    #[test]
    fn deleting_a_role_that_people_hold_moves_them_or_is_refused() {
        use crate::domain::staff::PersonDraft;
        use crate::domain::Day;
        let mut lib = library();
        let (staff, lead) = (lib.roles[1].id, lib.roles[2].id);
        let today = Day::ymd(2026, 11, 26).unwrap();
        let kari = PersonDraft {
            name: "Kari".into(),
            ..PersonDraft::new(Some(staff), today)
        }
        .validate(None, |id| lib.role(id).is_some(), t(1.0))
        .unwrap();
        lib.with_people_saved(vec![kari.clone()]);
        lib.with_rules_saved(vec![rule(&lib, staff, "Complaint")]);
        assert_eq!(lib.people_in_role(staff).len(), 1);

        assert_eq!(
            lib.plan_role_removal(staff, RoleRemoval::DeleteRules, t(2.0)),
            Err(RoleRemovalRefused::HeldBy { people: 1 })
        );
        assert!(lib
            .remove_role(staff, RoleRemoval::DeleteRules, t(2.0))
            .is_none());
        assert_eq!(
            lib.plan_role_removal(staff, RoleRemoval::MoveRulesTo(staff), t(2.0)),
            Err(RoleRemovalRefused::BadTarget)
        );

        let plan = lib
            .plan_role_removal(staff, RoleRemoval::MoveRulesTo(lead), t(2.0))
            .unwrap();
        assert_eq!(plan.people_moved.len(), 1);
        assert_eq!(plan.people_moved[0].role_id, lead);
        lib.with_role_removed(plan);
        assert_eq!(lib.person(kari.id).unwrap().role_id, lead);
        assert!(lib.people_in_role(staff).is_empty());
        assert!(lib
            .remove_role(lib.roles[0].id, RoleRemoval::DeleteRules, t(3.0))
            .is_some());
    }

    #[test]
    fn values_reorder() {
        let mut lib = library();
        let a = ValueDraft {
            name: "A".into(),
            ..ValueDraft::default()
        }
        .validate(None, 0, t(1.0))
        .unwrap();
        let b = ValueDraft {
            name: "B".into(),
            ..ValueDraft::default()
        }
        .validate(None, 1, t(1.0))
        .unwrap();
        lib.with_values_saved(vec![a.clone(), b.clone()]);
        let changed = lib.move_value(b.id, Direction::Up, t(2.0));
        lib.with_values_saved(changed);
        assert_eq!(
            lib.values_in_order()
                .iter()
                .map(|v| v.name.as_str())
                .collect::<Vec<_>>(),
            ["B", "A"]
        );
    }
}
