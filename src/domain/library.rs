//! Everything a business keeps, with the rules for changing it, one file per aggregate:
//! areas and standards, scripts, values and authority, and staff.
//!
//! Each operation is pure: it returns the records to write, and the caller writes
//! them and, once they are stored, applies them with the `with_…` methods.

mod areas;
mod authority;
mod complaints;
mod drip;
mod knowledge;
pub use knowledge::{plus_months, Readiness};
mod scripts;
mod staff;
mod visits;

pub use areas::{AreaRemoval, RemoveAreaError};
pub use authority::{RoleRemovalPlan, RoleRemovalRefused};
pub use scripts::CounterLists;

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
use super::visits::Checklist;
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
    /// Checklists for visits (the visits themselves are in `staff`).
    pub checklists: Vec<Checklist>,
    /// Knowledge checks as set up (the attempts are in `staff`).
    pub checks: Vec<crate::domain::knowledge::KnowledgeCheck>,
    /// People, goals, conversations, reflections and praise (check-ins stay in storage).
    pub staff: Staff,
    /// Unknown fields of imported records, written back on export.
    pub extras: Extras,
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
