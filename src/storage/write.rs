//! Writes, applied together in one transaction: all of them are kept, or none.

use crate::domain::authority::{AuthorityRule, Role};
use crate::domain::library::{AreaRemoval, RoleRemovalPlan};
use crate::domain::script::ScriptUse;
use crate::domain::state::Deleted;
use crate::domain::values::{CoreValue, Profile};
use crate::domain::{
    Area, AreaId, RoleId, RuleId, Script, ScriptId, Standard, StandardId, ValueId,
};

/// One change to stored records.
#[derive(Clone, Debug, PartialEq)]
pub enum Write {
    /// A new standard; refused if its id is already taken, so nothing is overwritten by mistake.
    InsertStandard(Standard),
    PutStandard(Standard),
    DeleteStandard(StandardId),
    PutArea(Area),
    DeleteArea(AreaId),
    /// A new script; refused if its id is already taken.
    InsertScript(Script),
    PutScript(Script),
    /// Deletes the script and its usage record.
    DeleteScript(ScriptId),
    PutScriptUse(ScriptUse),
    PutProfile(Profile),
    PutValue(CoreValue),
    DeleteValue(ValueId),
    PutRole(Role),
    DeleteRole(RoleId),
    PutRule(AuthorityRule),
    DeleteRule(RuleId),
}

impl Write {
    /// Removing an area: its standards move first, then the area goes, in one batch.
    pub fn area_removal(removal: &AreaRemoval) -> Vec<Write> {
        let moved = removal.moved.iter().cloned().map(Write::PutStandard);
        moved.chain([Write::DeleteArea(removal.area.id)]).collect()
    }

    /// Removing a role: its rules move or go, then the role goes, in one batch.
    pub fn role_removal(plan: &RoleRemovalPlan) -> Vec<Write> {
        let moved = plan.moved.iter().cloned().map(Write::PutRule);
        let deleted = plan.deleted.iter().copied().map(Write::DeleteRule);
        moved
            .chain(deleted)
            .chain([Write::DeleteRole(plan.role.id)])
            .collect()
    }

    /// Deleting something that can be undone.
    pub fn delete(deleted: &Deleted) -> Write {
        match deleted {
            Deleted::Standard(s) => Write::DeleteStandard(s.id),
            Deleted::Script(s) => Write::DeleteScript(s.id),
            Deleted::Value(v) => Write::DeleteValue(v.id),
            Deleted::Rule(r) => Write::DeleteRule(r.id),
        }
    }

    /// Putting it back exactly as it was (a new standard or script must not overwrite
    /// one that took its place, so those are inserted).
    pub fn restore(deleted: &Deleted) -> Write {
        match deleted.clone() {
            Deleted::Standard(s) => Write::InsertStandard(s),
            Deleted::Script(s) => Write::InsertScript(s),
            Deleted::Value(v) => Write::PutValue(v),
            Deleted::Rule(r) => Write::PutRule(r),
        }
    }
}
