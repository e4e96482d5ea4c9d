//! Everything a business keeps (areas and their standards), with the rules for changing it.
//!
//! Each operation is pure: it returns the records to write, and the caller writes
//! them and, once they are stored, applies them with the `with_…` methods.

use super::authority::{AuthorityRule, Role, RoleRemoval};
use super::file::extras::Extras;
use super::ordering::{moved, renumber, Direction, Ordered};
use super::script::{Script, ScriptDraft, ScriptUse};
use super::search::fold;
use super::staff::{
    Goal, GoalSummary, HostConversation, Person, Praise, Question, Reflection, Staff,
};
use super::standard::StandardDraft;
use super::validation::{
    check_length, check_required, Field, FieldErrors, Problem, MAX_NAME_CHARS,
};
use super::values::{CoreValue, Profile};
use super::{
    Area, AreaId, ConversationId, GoalId, PersonId, PraiseId, QuestionId, ReflectionId, RoleId,
    RuleId, ScriptId, Standard, StandardId, Timestamp, ValueId,
};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    pub areas: Vec<Area>,
    pub standards: Vec<Standard>,
    pub scripts: Vec<Script>,
    /// When each script was last opened at the counter on this device.
    pub script_use: Vec<ScriptUse>,
    pub profile: Profile,
    pub values: Vec<CoreValue>,
    pub roles: Vec<Role>,
    pub rules: Vec<AuthorityRule>,
    /// People, goals, conversations, reflections and praise (check-ins stay in storage).
    pub staff: Staff,
    /// Unknown fields of imported records, written back on export.
    pub extras: Extras,
}

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

/// An area to delete, and the standards that move out of it first.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaRemoval {
    pub area: Area,
    pub moved: Vec<Standard>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RemoveAreaError {
    /// The seven host parameters stay.
    BuiltIn,
    NotFound,
    /// The area still has standards and no other area was chosen for them.
    NotEmpty {
        standards: usize,
    },
    /// The chosen area for its standards is the area itself, or does not exist.
    BadTarget,
}

/// Records that carry their position in an `order` field.
macro_rules! ordered_by_field {
    ($($record:ty),*) => {$(
        impl Ordered for $record {
            fn order(&self) -> u32 {
                self.order
            }
            fn set_order(&mut self, order: u32) {
                self.order = order;
            }
        }
    )*};
}

ordered_by_field!(Area, Standard, CoreValue, Question);

impl Library {
    pub fn areas_in_order(&self) -> Vec<&Area> {
        let mut areas: Vec<&Area> = self.areas.iter().collect();
        areas.sort_by_key(|a| (a.order, a.created));
        areas
    }

    pub fn area(&self, id: AreaId) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == id)
    }

    pub fn standard(&self, id: StandardId) -> Option<&Standard> {
        self.standards.iter().find(|s| s.id == id)
    }

    pub fn standards_in(&self, area: AreaId) -> Vec<&Standard> {
        let mut standards: Vec<&Standard> = self
            .standards
            .iter()
            .filter(|s| s.area_id == area)
            .collect();
        standards.sort_by_key(|s| (s.order, s.created));
        standards
    }

    fn next_order_in(&self, area: AreaId) -> u32 {
        self.standards
            .iter()
            .filter(|s| s.area_id == area)
            .map(|s| s.order.saturating_add(1))
            .max()
            .unwrap_or(0)
    }

    pub fn create_standard(
        &self,
        draft: &StandardDraft,
        now: Timestamp,
    ) -> Result<Standard, FieldErrors> {
        let valid = draft.validate(|id| self.area(id).is_some())?;
        let order = self.next_order_in(valid.area_id);
        Ok(Standard::create(valid, order, now))
    }

    /// The standard with the draft's content; moved to the end of its new area if the area changed.
    pub fn revise_standard(
        &self,
        existing: &Standard,
        draft: &StandardDraft,
        now: Timestamp,
    ) -> Result<Standard, FieldErrors> {
        let valid = draft.validate(|id| self.area(id).is_some())?;
        let order = if valid.area_id == existing.area_id {
            existing.order
        } else {
            self.next_order_in(valid.area_id)
        };
        Ok(existing.revised(valid, order, now))
    }

    /// The standards whose position changed when `id` moves one step within its area.
    pub fn move_standard(
        &self,
        id: StandardId,
        direction: Direction,
        now: Timestamp,
    ) -> Vec<Standard> {
        let Some(area) = self.standard(id).map(|s| s.area_id) else {
            return Vec::new();
        };
        let in_area = self.standards_in(area);
        let ids: Vec<StandardId> = in_area.iter().map(|s| s.id).collect();
        let Some(new_ids) = moved(&ids, id, direction) else {
            return Vec::new();
        };
        let sequence = new_ids.iter().filter_map(|id| self.standard(*id)).cloned();
        touched(renumber(sequence), now, |s, t| s.updated = t)
    }

    pub fn add_area(&self, name: &str, now: Timestamp) -> Result<Area, FieldErrors> {
        let name = self.checked_area_name(name, None)?;
        let order = self
            .areas
            .iter()
            .map(|a| a.order.saturating_add(1))
            .max()
            .unwrap_or(0);
        Ok(Area::own(name, order, now))
    }

    pub fn rename_area(
        &self,
        area: &Area,
        name: &str,
        now: Timestamp,
    ) -> Result<Area, FieldErrors> {
        let name = self.checked_area_name(name, Some(area.id))?;
        Ok(Area {
            name,
            updated: now,
            ..area.clone()
        })
    }

    pub fn move_area(&self, id: AreaId, direction: Direction, now: Timestamp) -> Vec<Area> {
        let ids: Vec<AreaId> = self.areas_in_order().iter().map(|a| a.id).collect();
        let Some(new_ids) = moved(&ids, id, direction) else {
            return Vec::new();
        };
        let sequence = new_ids.iter().filter_map(|id| self.area(*id)).cloned();
        touched(renumber(sequence), now, |a, t| a.updated = t)
    }

    /// Deleting an area: allowed for the business's own areas, when empty or when
    /// its standards move to `move_to` (placed after that area's own standards).
    pub fn remove_area(
        &self,
        id: AreaId,
        move_to: Option<AreaId>,
        now: Timestamp,
    ) -> Result<AreaRemoval, RemoveAreaError> {
        let area = self.area(id).ok_or(RemoveAreaError::NotFound)?;
        if !area.is_own() {
            return Err(RemoveAreaError::BuiltIn);
        }
        let standards = self.standards_in(id);
        if standards.is_empty() {
            return Ok(AreaRemoval {
                area: area.clone(),
                moved: Vec::new(),
            });
        }
        let target = move_to.ok_or(RemoveAreaError::NotEmpty {
            standards: standards.len(),
        })?;
        if target == id || self.area(target).is_none() {
            return Err(RemoveAreaError::BadTarget);
        }
        let first = self.next_order_in(target);
        let moved = standards
            .into_iter()
            .zip(first..)
            .map(|(s, order)| Standard {
                area_id: target,
                order,
                updated: now,
                ..s.clone()
            })
            .collect();
        Ok(AreaRemoval {
            area: area.clone(),
            moved,
        })
    }

    pub fn script(&self, id: ScriptId) -> Option<&Script> {
        self.scripts.iter().find(|s| s.id == id)
    }

    /// Scripts by title, for lists.
    pub fn scripts_by_title(&self) -> Vec<&Script> {
        self.script_positions_by_title()
            .into_iter()
            .map(|at| &self.scripts[at])
            .collect()
    }

    /// Where each script is in `scripts`, in title order: what [`Library::scripts_by_title`]
    /// lists, as positions a page can keep while the library stays the same.
    pub fn script_positions_by_title(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.scripts.len()).collect();
        order.sort_by_cached_key(|&at| (fold(&self.scripts[at].title), self.scripts[at].created));
        order
    }

    /// The scripts at these positions (from [`Library::script_positions_by_title`]).
    pub fn scripts_at<'a>(&'a self, positions: &'a [usize]) -> impl Iterator<Item = &'a Script> {
        positions.iter().filter_map(|&at| self.scripts.get(at))
    }

    /// The scripts that serve a standard: the link seen from the standard's side.
    pub fn scripts_for_standard(&self, id: StandardId) -> Vec<&Script> {
        self.scripts_by_title()
            .into_iter()
            .filter(|s| s.standard_ids.contains(&id))
            .collect()
    }

    /// The standards a script links to that still exist (a deleted standard's
    /// link waits in the script, so undoing the delete brings it back).
    pub fn linked_standards(&self, script: &Script) -> Vec<&Standard> {
        script
            .standard_ids
            .iter()
            .filter_map(|id| self.standard(*id))
            .collect()
    }

    /// Most recently used first, at most `limit`.
    pub fn recent_scripts(&self, limit: usize) -> Vec<&Script> {
        let mut uses: Vec<&ScriptUse> = self.script_use.iter().collect();
        uses.sort_by_key(|u| std::cmp::Reverse(u.used_at));
        uses.iter()
            .filter_map(|u| self.script(u.script_id))
            .take(limit)
            .collect()
    }

    pub fn create_script(
        &self,
        draft: &ScriptDraft,
        now: Timestamp,
    ) -> Result<Script, FieldErrors> {
        Ok(Script::create(
            self.with_known_links(draft).validate()?,
            now,
        ))
    }

    pub fn revise_script(
        &self,
        existing: &Script,
        draft: &ScriptDraft,
        now: Timestamp,
    ) -> Result<Script, FieldErrors> {
        Ok(existing.revised(self.with_known_links(draft).validate()?, now))
    }

    /// Links to standards that no longer exist are dropped when a script is saved.
    fn with_known_links(&self, draft: &ScriptDraft) -> ScriptDraft {
        let mut draft = draft.clone();
        draft.standard_ids.retain(|id| self.standard(*id).is_some());
        draft
    }

    pub fn values_in_order(&self) -> Vec<&CoreValue> {
        let mut values: Vec<&CoreValue> = self.values.iter().collect();
        values.sort_by_key(|v| (v.order, v.created));
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
        standards.sort_by_cached_key(|s| fold(&s.title));
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
        roles.sort_by_key(|r| (r.order, r.created));
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
        rules.sort_by_cached_key(|r| (fold(&r.situation), r.created));
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

    /// Everyone who holds a role, active or not.
    pub fn people_in_role(&self, id: RoleId) -> Vec<&Person> {
        self.staff
            .people
            .iter()
            .filter(|p| p.role_id == id)
            .collect()
    }

    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.staff.people.iter().find(|p| p.id == id)
    }

    /// People by name; those who left last.
    pub fn people_by_name(&self) -> Vec<&Person> {
        let mut people: Vec<&Person> = self.staff.people.iter().collect();
        people.sort_by_cached_key(|p| (!p.active, fold(&p.name), p.created));
        people
    }

    pub fn reflection(&self, id: ReflectionId) -> Option<&Reflection> {
        self.staff.reflections.iter().find(|r| r.id == id)
    }

    pub fn praise(&self, id: PraiseId) -> Option<&Praise> {
        self.staff.praise.iter().find(|p| p.id == id)
    }

    pub fn conversation(&self, id: ConversationId) -> Option<&HostConversation> {
        self.staff.conversations.iter().find(|c| c.id == id)
    }

    pub fn goal(&self, id: GoalId) -> Option<&Goal> {
        self.staff.goals.iter().find(|g| g.id == id)
    }

    pub fn goal_summary(&self, id: GoalId) -> Option<&GoalSummary> {
        self.staff.summaries.iter().find(|s| s.goal_id == id)
    }

    pub fn questions_in_order(&self) -> Vec<&Question> {
        let mut questions: Vec<&Question> = self.staff.questions.iter().collect();
        questions.sort_by_key(|q| (q.order, q.created));
        questions
    }

    pub fn next_question_order(&self) -> u32 {
        self.staff
            .questions
            .iter()
            .map(|q| q.order.saturating_add(1))
            .max()
            .unwrap_or(0)
    }

    pub fn move_question(
        &self,
        id: QuestionId,
        direction: Direction,
        now: Timestamp,
    ) -> Vec<Question> {
        let ids: Vec<QuestionId> = self.questions_in_order().iter().map(|q| q.id).collect();
        let Some(new_ids) = moved(&ids, id, direction) else {
            return Vec::new();
        };
        let sequence = new_ids
            .iter()
            .filter_map(|id| self.staff.questions.iter().find(|q| q.id == *id))
            .cloned();
        touched(renumber(sequence), now, |q, t| q.updated = t)
    }

    fn checked_area_name(
        &self,
        name: &str,
        renaming: Option<AreaId>,
    ) -> Result<String, FieldErrors> {
        let name = name.trim();
        let mut errors = FieldErrors::default();
        check_required(&mut errors, Field::AreaName, name);
        check_length(&mut errors, Field::AreaName, name, MAX_NAME_CHARS);
        let folded = fold(name);
        let taken = self
            .areas
            .iter()
            .any(|a| a.is_own() && Some(a.id) != renaming && fold(&a.name) == folded);
        if taken && !name.is_empty() {
            errors.add(Field::AreaName, Problem::DuplicateName);
        }
        errors.into_result(name.to_string())
    }

    /// Stored standards, new or changed, replace what the library had.
    pub fn with_standards_saved(&mut self, saved: Vec<Standard>) {
        upsert(&mut self.standards, saved, |s| s.id);
    }

    pub fn with_standard_removed(&mut self, id: StandardId) {
        self.standards.retain(|s| s.id != id);
    }

    pub fn with_areas_saved(&mut self, saved: Vec<Area>) {
        upsert(&mut self.areas, saved, |a| a.id);
    }

    pub fn with_scripts_saved(&mut self, saved: Vec<Script>) {
        upsert(&mut self.scripts, saved, |s| s.id);
    }

    pub fn with_script_removed(&mut self, id: ScriptId) {
        self.scripts.retain(|s| s.id != id);
        self.script_use.retain(|u| u.script_id != id);
    }

    pub fn with_script_used(&mut self, used: ScriptUse) {
        upsert(&mut self.script_use, vec![used], |u| u.script_id);
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

    pub fn with_people_saved(&mut self, saved: Vec<Person>) {
        upsert(&mut self.staff.people, saved, |p| p.id);
    }

    pub fn with_goals_saved(&mut self, saved: Vec<Goal>) {
        upsert(&mut self.staff.goals, saved, |g| g.id);
    }

    /// Fresh summaries (after start-up, a check-in, or a new day) replace older ones.
    pub fn with_summaries(&mut self, fresh: Vec<GoalSummary>) {
        upsert(&mut self.staff.summaries, fresh, |s| s.goal_id);
    }

    pub fn with_questions_saved(&mut self, saved: Vec<Question>) {
        upsert(&mut self.staff.questions, saved, |q| q.id);
    }

    pub fn with_question_removed(&mut self, id: QuestionId) {
        self.staff.questions.retain(|q| q.id != id);
    }

    pub fn with_conversations_saved(&mut self, saved: Vec<HostConversation>) {
        upsert(&mut self.staff.conversations, saved, |c| c.id);
    }

    pub fn with_conversation_removed(&mut self, id: ConversationId) {
        self.staff.conversations.retain(|c| c.id != id);
    }

    pub fn with_reflections_saved(&mut self, saved: Vec<Reflection>) {
        upsert(&mut self.staff.reflections, saved, |r| r.id);
    }

    pub fn with_reflection_removed(&mut self, id: ReflectionId) {
        self.staff.reflections.retain(|r| r.id != id);
    }

    pub fn with_praise_saved(&mut self, saved: Vec<Praise>) {
        upsert(&mut self.staff.praise, saved, |p| p.id);
    }

    pub fn with_praise_removed(&mut self, id: PraiseId) {
        self.staff.praise.retain(|p| p.id != id);
    }

    pub fn with_area_removed(&mut self, removal: AreaRemoval) {
        self.with_standards_saved(removal.moved);
        self.areas.retain(|a| a.id != removal.area.id);
    }
}

fn touched<T>(mut items: Vec<T>, now: Timestamp, set: impl Fn(&mut T, Timestamp)) -> Vec<T> {
    items.iter_mut().for_each(|item| set(item, now));
    items
}

fn upsert<T, K: PartialEq>(items: &mut Vec<T>, saved: Vec<T>, key: impl Fn(&T) -> K) {
    for record in saved {
        match items
            .iter_mut()
            .find(|existing| key(existing) == key(&record))
        {
            Some(existing) => *existing = record,
            None => items.push(record),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::HostParameter;

    fn t(n: u32) -> Timestamp {
        Timestamp::from_unix_millis(1.7e12 + f64::from(n))
    }

    fn library() -> Library {
        Library {
            areas: Area::builtins(t(0)),
            ..Library::default()
        }
    }

    fn draft(title: &str, area: AreaId) -> StandardDraft {
        StandardDraft {
            title: title.into(),
            ..StandardDraft::in_area(area)
        }
    }

    fn add(lib: &mut Library, title: &str, area: AreaId) -> Standard {
        let s = lib.create_standard(&draft(title, area), t(1)).unwrap();
        lib.with_standards_saved(vec![s.clone()]);
        s
    }

    fn titles_in(lib: &Library, area: AreaId) -> Vec<String> {
        lib.standards_in(area)
            .iter()
            .map(|s| s.title.clone())
            .collect()
    }

    const WOW: fn() -> AreaId = || HostParameter::WowEffect.area_id();

    #[test]
    fn new_standards_go_to_the_end_of_their_area() {
        let mut lib = library();
        add(&mut lib, "a", WOW());
        add(&mut lib, "b", WOW());
        assert_eq!(titles_in(&lib, WOW()), ["a", "b"]);
    }

    #[test]
    fn an_empty_title_saves_nothing() {
        let lib = library();
        assert!(lib.create_standard(&draft(" ", WOW()), t(1)).is_err());
    }

    #[test]
    fn moving_a_standard_swaps_it_with_its_neighbour_only() {
        let mut lib = library();
        for title in ["a", "b", "c"] {
            add(&mut lib, title, WOW());
        }
        let c = lib.standards_in(WOW())[2].id;
        let changed = lib.move_standard(c, Direction::Up, t(5));
        assert_eq!(changed.len(), 2, "only the two that swapped are written");
        assert!(changed.iter().all(|s| s.updated == t(5)));
        lib.with_standards_saved(changed);
        assert_eq!(titles_in(&lib, WOW()), ["a", "c", "b"]);
        let a = lib.standards_in(WOW())[0].id;
        assert!(lib.move_standard(a, Direction::Up, t(6)).is_empty());
    }

    #[test]
    fn a_standard_moved_to_another_area_goes_last_there() {
        let mut lib = library();
        let other = HostParameter::CareSelling.area_id();
        add(&mut lib, "x", other);
        let s = add(&mut lib, "a", WOW());
        let revised = lib.revise_standard(&s, &draft("a", other), t(2)).unwrap();
        assert_eq!((revised.area_id, revised.order), (other, 1));
    }

    #[test]
    fn own_areas_are_added_renamed_and_kept_unique() {
        let mut lib = library();
        let phone = lib.add_area(" Phone ", t(1)).unwrap();
        assert_eq!((phone.name.as_str(), phone.order), ("Phone", 7));
        lib.with_areas_saved(vec![phone.clone()]);
        let dup = lib.add_area("phöne", t(2)).unwrap_err();
        assert_eq!(
            dup.for_field(Field::AreaName),
            Some(&Problem::DuplicateName)
        );
        assert!(
            lib.rename_area(&phone, "PHONE", t(2)).is_ok(),
            "renaming to itself is fine"
        );
        let empty = lib.add_area("  ", t(2)).unwrap_err();
        assert_eq!(empty.for_field(Field::AreaName), Some(&Problem::Required));
    }

    #[test]
    fn areas_reorder() {
        let lib = library();
        let changed = lib.move_area(WOW(), Direction::Up, t(3));
        let mut lib2 = lib.clone();
        lib2.with_areas_saved(changed);
        let order: Vec<_> = lib2.areas_in_order().iter().map(|a| a.builtin).collect();
        assert_eq!(order[5], Some(HostParameter::WowEffect));
        assert_eq!(order[6], Some(HostParameter::LastImpression));
    }

    #[test]
    fn builtin_areas_cannot_be_removed() {
        assert_eq!(
            library().remove_area(WOW(), None, t(1)),
            Err(RemoveAreaError::BuiltIn)
        );
    }

    #[test]
    fn an_area_with_standards_is_removed_only_by_moving_them() {
        let mut lib = library();
        let phone = lib.add_area("Phone", t(1)).unwrap();
        lib.with_areas_saved(vec![phone.clone()]);
        add(&mut lib, "w", WOW());
        add(&mut lib, "p1", phone.id);
        add(&mut lib, "p2", phone.id);
        assert_eq!(
            lib.remove_area(phone.id, None, t(2)),
            Err(RemoveAreaError::NotEmpty { standards: 2 })
        );
        assert_eq!(
            lib.remove_area(phone.id, Some(phone.id), t(2)),
            Err(RemoveAreaError::BadTarget)
        );
        let removal = lib.remove_area(phone.id, Some(WOW()), t(2)).unwrap();
        lib.with_area_removed(removal);
        assert!(lib.area(phone.id).is_none());
        assert_eq!(titles_in(&lib, WOW()), ["w", "p1", "p2"]);
    }

    #[test]
    fn an_empty_own_area_is_removed_directly() {
        let mut lib = library();
        let phone = lib.add_area("Phone", t(1)).unwrap();
        lib.with_areas_saved(vec![phone.clone()]);
        let removal = lib.remove_area(phone.id, None, t(2)).unwrap();
        assert!(removal.moved.is_empty());
    }
}

#[cfg(test)]
mod script_tests {
    use super::*;
    use crate::domain::HostParameter;

    fn t(n: u32) -> Timestamp {
        Timestamp::from_unix_millis(1.7e12 + f64::from(n))
    }

    fn script(lib: &Library, title: &str, links: Vec<StandardId>) -> Script {
        let mut draft = ScriptDraft {
            title: title.into(),
            standard_ids: links,
            ..ScriptDraft::ordinary()
        };
        draft.steps[0].say = "Hello".into();
        lib.create_script(&draft, t(1)).unwrap()
    }

    #[test]
    fn standards_and_scripts_link_both_ways() {
        let mut lib = Library {
            areas: Area::builtins(t(0)),
            ..Library::default()
        };
        let draft = StandardDraft {
            title: "Greet".into(),
            ..StandardDraft::in_area(HostParameter::WowEffect.area_id())
        };
        let standard = lib.create_standard(&draft, t(0)).unwrap();
        lib.with_standards_saved(vec![standard.clone()]);
        let b = script(&lib, "b phone", vec![standard.id]);
        let a = script(&lib, "A busy", vec![standard.id, StandardId::random()]);
        assert_eq!(
            a.standard_ids,
            vec![standard.id],
            "unknown links are dropped on save"
        );
        lib.with_scripts_saved(vec![b.clone(), a.clone()]);
        let titles: Vec<_> = lib
            .scripts_for_standard(standard.id)
            .iter()
            .map(|s| s.title.clone())
            .collect();
        assert_eq!(titles, ["A busy", "b phone"]);
        assert_eq!(lib.linked_standards(&a), vec![&standard]);

        lib.with_standard_removed(standard.id);
        assert!(lib.linked_standards(&a).is_empty());
        lib.with_standards_saved(vec![standard.clone()]);
        assert_eq!(
            lib.linked_standards(&a),
            vec![&standard],
            "undoing the delete restores the link"
        );
    }

    #[test]
    fn recent_scripts_are_newest_first_and_forget_deleted_ones() {
        let mut lib = Library::default();
        let a = script(&lib, "a", vec![]);
        let b = script(&lib, "b", vec![]);
        lib.with_scripts_saved(vec![a.clone(), b.clone()]);
        lib.with_script_used(ScriptUse {
            script_id: a.id,
            used_at: t(1),
        });
        lib.with_script_used(ScriptUse {
            script_id: b.id,
            used_at: t(2),
        });
        lib.with_script_used(ScriptUse {
            script_id: a.id,
            used_at: t(3),
        });
        let recent: Vec<_> = lib.recent_scripts(5).iter().map(|s| s.id).collect();
        assert_eq!(recent, vec![a.id, b.id]);
        assert_eq!(lib.recent_scripts(1).len(), 1);
        lib.with_script_removed(a.id);
        assert_eq!(
            lib.recent_scripts(5)
                .iter()
                .map(|s| s.id)
                .collect::<Vec<_>>(),
            vec![b.id]
        );
        assert_eq!(lib.script_use.len(), 1);
    }
}

#[cfg(test)]
mod values_and_roles_tests {
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
