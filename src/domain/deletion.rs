//! Deleting a record: the links to it go in the same write, the deletion is remembered
//! (so a merge does not bring the record back), and Undo puts record and links back.

use super::authority::AuthorityRule;
use super::file::extras::key;
use super::library::Library;
use super::staff::{Goal, HostConversation};
use super::values::CoreValue;
use super::{GoalId, Script, Standard, StandardId, Timestamp, ValueId};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The kinds of record this version remembers deletions of, named as the file's sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    Areas,
    Standards,
    Scripts,
    Values,
    Roles,
    Rules,
    Questions,
    People,
    Goals,
    CheckIns,
    Conversations,
    Reflections,
    Praise,
    Checklists,
    Visits,
    Complaints,
    Checks,
    Attempts,
    Stories,
}

impl Section {
    /// The section's name in files, and in `section/id` keys.
    pub fn name(self) -> &'static str {
        match self {
            Section::Areas => "areas",
            Section::Standards => "standards",
            Section::Scripts => "scripts",
            Section::Values => "values",
            Section::Roles => "roles",
            Section::Rules => "rules",
            Section::Questions => "questions",
            Section::People => "people",
            Section::Goals => "goals",
            Section::CheckIns => "check_ins",
            Section::Conversations => "conversations",
            Section::Reflections => "reflections",
            Section::Praise => "praise",
            Section::Checklists => "checklists",
            Section::Visits => "visits",
            Section::Complaints => "complaints",
            Section::Checks => "checks",
            Section::Attempts => "attempts",
            Section::Stories => "stories",
        }
    }
}

/// That a record was deleted, and when: no names, no text. Kept on the device and in
/// backups, so that merging an older copy of the record does not bring it back.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tombstone {
    /// The section's name in files ([`Section::name`]). Text, not [`Section`]: a newer
    /// app remembers deletions of kinds this one does not know, and they travel on.
    pub section: String,
    /// The deleted record's id (a UUID, as text).
    pub id: String,
    pub deleted: Timestamp,
}

impl Tombstone {
    pub fn new(section: Section, id: impl ToString, deleted: Timestamp) -> Self {
        Tombstone {
            section: section.name().to_string(),
            id: id.to_string(),
            deleted,
        }
    }

    /// `section/id`, the key match times and unknown fields are kept under too.
    pub fn key(&self) -> String {
        key(&self.section, &self.id)
    }
}

/// Something deleted that can be put back exactly as it was.
#[derive(Clone, Debug, PartialEq)]
pub enum Deleted {
    Standard(Standard),
    Script(Script),
    Value(CoreValue),
    Rule(AuthorityRule),
}

impl Deleted {
    /// What the person called it, for "Deleted “…”".
    pub fn title(&self) -> &str {
        match self {
            Deleted::Standard(s) => &s.title,
            Deleted::Script(s) => &s.title,
            Deleted::Value(v) => &v.name,
            Deleted::Rule(r) => &r.situation,
        }
    }

    fn tombstone(&self, now: Timestamp) -> Tombstone {
        match self {
            Deleted::Standard(s) => Tombstone::new(Section::Standards, s.id, now),
            Deleted::Script(s) => Tombstone::new(Section::Scripts, s.id, now),
            Deleted::Value(v) => Tombstone::new(Section::Values, v.id, now),
            Deleted::Rule(r) => Tombstone::new(Section::Rules, r.id, now),
        }
    }
}

/// Records whose links changed, as they are to be stored.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Links {
    pub standards: Vec<Standard>,
    pub scripts: Vec<Script>,
    pub goals: Vec<Goal>,
    pub conversations: Vec<HostConversation>,
}

impl Links {
    pub fn is_empty(&self) -> bool {
        self.standards.is_empty()
            && self.scripts.is_empty()
            && self.goals.is_empty()
            && self.conversations.is_empty()
    }

    /// How many records changed.
    pub fn len(&self) -> usize {
        self.standards.len() + self.scripts.len() + self.goals.len() + self.conversations.len()
    }
}

/// A delete decided before anything is written: the record, the records that pointed
/// at it with the link taken out, and the remembered deletion.
#[derive(Clone, Debug, PartialEq)]
pub struct Deletion {
    pub deleted: Deleted,
    pub unlinked: Links,
    pub tombstone: Tombstone,
}

/// Undo of a [`Deletion`]: the record back, and its links put back into the records
/// that lost them and still exist.
#[derive(Clone, Debug, PartialEq)]
pub struct Restoration {
    pub restored: Deleted,
    pub relinked: Links,
    /// The key of the remembered deletion to forget.
    pub tombstone_key: String,
}

/// A goal to delete: conversations that set it lose the link in the same write.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalRemoval {
    pub goal: GoalId,
    pub unlinked: Links,
    pub tombstone: Tombstone,
}

/// Which linked records are gone, by kind: links to them are taken out.
struct Gone<'a> {
    standard: &'a dyn Fn(StandardId) -> bool,
    value: &'a dyn Fn(ValueId) -> bool,
    goal: &'a dyn Fn(GoalId) -> bool,
}

impl Library {
    /// Deleting `deleted`: what changes with it (see [`Deletion`]).
    pub fn plan_deletion(&self, deleted: Deleted, now: Timestamp) -> Deletion {
        let unlinked = match &deleted {
            Deleted::Standard(s) => self.links_removed(
                &Gone {
                    standard: &|id| id == s.id,
                    value: &|_| false,
                    goal: &|_| false,
                },
                now,
            ),
            Deleted::Value(v) => self.links_removed(
                &Gone {
                    standard: &|_| false,
                    value: &|id| id == v.id,
                    goal: &|_| false,
                },
                now,
            ),
            Deleted::Script(_) | Deleted::Rule(_) => Links::default(),
        };
        Deletion {
            tombstone: deleted.tombstone(now),
            deleted,
            unlinked,
        }
    }

    /// Undoing `deletion`: each record that lost a link gets it back, as it is now.
    /// `None` when what it belonged to is gone since (its area or role, deleted in
    /// another tab): it could not be stored without pointing at nothing.
    pub fn plan_restoration(&self, deletion: &Deletion, now: Timestamp) -> Option<Restoration> {
        let belongs = match &deletion.deleted {
            Deleted::Standard(s) => self.area(s.area_id).is_some(),
            Deleted::Rule(r) => self.role(r.role_id).is_some(),
            Deleted::Script(_) | Deleted::Value(_) => true,
        };
        if !belongs {
            return None;
        }
        let lost = &deletion.unlinked;
        let relinked = match &deletion.deleted {
            Deleted::Standard(s) => Links {
                scripts: changed(self.now_held(&lost.scripts, |l, x| l.script(x.id)), |x| {
                    restored(&mut x.standard_ids, s.id, &mut x.updated, now)
                }),
                goals: changed(self.now_held(&lost.goals, |l, x| l.goal(x.id)), |g| {
                    let back = g.standard_id.is_none();
                    if back {
                        g.standard_id = Some(s.id);
                        g.updated = now;
                    }
                    back
                }),
                ..Links::default()
            },
            Deleted::Value(v) => Links {
                standards: changed(
                    self.now_held(&lost.standards, |l, x| l.standard(x.id)),
                    |x| restored(&mut x.value_ids, v.id, &mut x.updated, now),
                ),
                scripts: changed(self.now_held(&lost.scripts, |l, x| l.script(x.id)), |x| {
                    restored(&mut x.value_ids, v.id, &mut x.updated, now)
                }),
                ..Links::default()
            },
            Deleted::Script(_) | Deleted::Rule(_) => Links::default(),
        };
        Some(Restoration {
            restored: deletion.deleted.clone(),
            relinked,
            tombstone_key: deletion.tombstone.key(),
        })
    }

    /// Deleting a goal (its check-ins are storage's to find).
    pub fn plan_goal_removal(&self, id: GoalId, now: Timestamp) -> GoalRemoval {
        let gone = Gone {
            standard: &|_| false,
            value: &|_| false,
            goal: &|goal| goal == id,
        };
        GoalRemoval {
            goal: id,
            unlinked: self.links_removed(&gone, now),
            tombstone: Tombstone::new(Section::Goals, id, now),
        }
    }

    /// Records that link to something no longer here, with those links taken out: what
    /// earlier builds left behind when a standard, value or goal was deleted.
    pub fn dangling_links_removed(&self, now: Timestamp) -> Links {
        let standards: HashSet<StandardId> = self.standards.iter().map(|s| s.id).collect();
        let values: HashSet<ValueId> = self.values.iter().map(|v| v.id).collect();
        let goals: HashSet<GoalId> = self.staff.goals.iter().map(|g| g.id).collect();
        let gone = Gone {
            standard: &|id| !standards.contains(&id),
            value: &|id| !values.contains(&id),
            goal: &|id| !goals.contains(&id),
        };
        self.links_removed(&gone, now)
    }

    /// Every record with a link to something gone, with those links taken out.
    fn links_removed(&self, gone: &Gone, now: Timestamp) -> Links {
        Links {
            standards: changed(self.standards.iter(), |s| {
                taken_out(&mut s.value_ids, gone.value, &mut s.updated, now)
            }),
            scripts: changed(self.scripts.iter(), |s| {
                let values = taken_out(&mut s.value_ids, gone.value, &mut s.updated, now);
                taken_out(&mut s.standard_ids, gone.standard, &mut s.updated, now) || values
            }),
            goals: changed(self.staff.goals.iter(), |g| {
                let out = g.standard_id.is_some_and(gone.standard);
                if out {
                    g.standard_id = None;
                    g.updated = now;
                }
                out
            }),
            conversations: changed(self.staff.conversations.iter(), |c| {
                taken_out(&mut c.goal_ids, gone.goal, &mut c.updated, now)
            }),
        }
    }

    /// The records of `changed` as the library holds them now (some may be gone since).
    fn now_held<'a, T: 'a>(
        &'a self,
        changed: &'a [T],
        find: impl Fn(&'a Library, &T) -> Option<&'a T> + 'a,
    ) -> impl Iterator<Item = &'a T> + 'a {
        changed.iter().filter_map(move |x| find(self, x))
    }

    /// A goal and its summary go, and conversations lose the link; its check-ins are
    /// storage's to delete.
    pub fn with_goal_removed(&mut self, removal: &GoalRemoval) {
        let id = removal.goal;
        self.staff.goals.retain(|g| g.id != id);
        self.staff.summaries.retain(|s| s.goal_id != id);
        self.with_links_saved(removal.unlinked.clone());
    }

    /// Stored link changes replace what the library had.
    pub fn with_links_saved(&mut self, links: Links) {
        self.with_standards_saved(links.standards);
        self.with_scripts_saved(links.scripts);
        self.with_goals_saved(links.goals);
        self.with_conversations_saved(links.conversations);
    }

    /// Applies a stored deletion.
    pub fn with_deletion(&mut self, deletion: &Deletion) {
        match &deletion.deleted {
            Deleted::Standard(s) => self.with_standard_removed(s.id),
            Deleted::Script(s) => self.with_script_removed(s.id),
            Deleted::Value(v) => self.values.retain(|x| x.id != v.id),
            Deleted::Rule(r) => self.rules.retain(|x| x.id != r.id),
        }
        self.with_links_saved(deletion.unlinked.clone());
    }

    /// Applies a stored undo.
    pub fn with_restoration(&mut self, restoration: &Restoration) {
        match restoration.restored.clone() {
            Deleted::Standard(s) => self.with_standards_saved(vec![s]),
            Deleted::Script(s) => self.with_scripts_saved(vec![s]),
            Deleted::Value(v) => self.with_values_saved(vec![v]),
            Deleted::Rule(r) => self.with_rules_saved(vec![r]),
        }
        self.with_links_saved(restoration.relinked.clone());
    }
}

/// Copies of the records that `change` changed (it says whether it did).
fn changed<'a, T: Clone + 'a>(
    records: impl Iterator<Item = &'a T>,
    change: impl Fn(&mut T) -> bool,
) -> Vec<T> {
    records
        .filter_map(|record| {
            let mut copy = record.clone();
            change(&mut copy).then_some(copy)
        })
        .collect()
}

/// Takes the links to gone records out of `ids`, stamping `updated` if any went.
fn taken_out<T: Copy>(
    ids: &mut Vec<T>,
    gone: &dyn Fn(T) -> bool,
    updated: &mut Timestamp,
    now: Timestamp,
) -> bool {
    let before = ids.len();
    ids.retain(|id| !gone(*id));
    let out = ids.len() != before;
    if out {
        *updated = now;
    }
    out
}

/// Puts `back` into `ids` if it is not there, stamping `updated` if so.
fn restored<T: PartialEq>(
    ids: &mut Vec<T>,
    back: T,
    updated: &mut Timestamp,
    now: Timestamp,
) -> bool {
    let missing = !ids.contains(&back);
    if missing {
        ids.push(back);
        *updated = now;
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::authority::{Role, RoleRemoval, RuleDraft};
    use crate::domain::money::Currency;
    use crate::domain::Area;

    #[test]
    fn undo_is_refused_when_what_the_record_belonged_to_is_gone() {
        let t = |ms: f64| Timestamp::from_unix_millis(ms);
        let mut library = Library {
            areas: Area::builtins(t(0.0)),
            roles: Role::starters(t(0.0)),
            ..Library::default()
        };
        let (staff, lead) = (library.roles[1].id, library.roles[2].id);
        let rule = RuleDraft {
            situation: "Long wait".into(),
            may: "Offer a coffee".into(),
            ..RuleDraft::new(Some(staff), Currency::Nok)
        }
        .validate(None, |_| true, t(1.0))
        .unwrap();
        library.with_rules_saved(vec![rule.clone()]);
        let deletion = library.plan_deletion(Deleted::Rule(rule), t(2.0));
        library.with_deletion(&deletion);
        assert!(library.plan_restoration(&deletion, t(3.0)).is_some());
        // Another tab deletes the role meanwhile.
        let plan = library
            .plan_role_removal(staff, RoleRemoval::MoveRulesTo(lead), t(4.0))
            .unwrap();
        library.with_role_removed(plan);
        assert_eq!(library.plan_restoration(&deletion, t(5.0)), None);
    }
}
