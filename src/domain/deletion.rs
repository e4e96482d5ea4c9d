//! Deleting a record: the links to it go in the same write, the deletion is remembered
//! (so a merge does not bring the record back), and Undo puts record and links back.

use super::authority::AuthorityRule;
use super::file::extras::key;
use super::library::Library;
use super::staff::{Goal, HostConversation};
use super::values::CoreValue;
use super::{GoalId, Script, Standard, StandardId, Timestamp, ValueId};
use serde::{Deserialize, Serialize};

/// The kinds of record a deletion can be remembered for, named as the file's sections.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
        }
    }
}

/// That a record was deleted, and when: no names, no text. Kept on the device and in
/// backups, so that merging an older copy of the record does not bring it back.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tombstone {
    pub section: Section,
    /// The deleted record's id (a UUID, as text).
    pub id: String,
    pub deleted: Timestamp,
}

impl Tombstone {
    pub fn new(section: Section, id: impl ToString, deleted: Timestamp) -> Self {
        Tombstone {
            section,
            id: id.to_string(),
            deleted,
        }
    }

    /// `section/id`, the key match times and unknown fields are kept under too.
    pub fn key(&self) -> String {
        key(self.section.name(), &self.id)
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

impl Library {
    /// Deleting `deleted`: what changes with it (see [`Deletion`]).
    pub fn plan_deletion(&self, deleted: Deleted, now: Timestamp) -> Deletion {
        let unlinked = match &deleted {
            Deleted::Standard(s) => self.unlinked_standard(s.id, now),
            Deleted::Value(v) => self.unlinked_value(v.id, now),
            Deleted::Script(_) | Deleted::Rule(_) => Links::default(),
        };
        Deletion {
            tombstone: deleted.tombstone(now),
            deleted,
            unlinked,
        }
    }

    /// Undoing `deletion`: each record that lost a link gets it back, as it is now.
    pub fn plan_restoration(&self, deletion: &Deletion, now: Timestamp) -> Restoration {
        let mut relinked = Links::default();
        match &deletion.deleted {
            Deleted::Standard(s) => {
                relinked.scripts = self
                    .current(&deletion.unlinked.scripts, |x| x.id, |l, id| l.script(id))
                    .filter(|x| !x.standard_ids.contains(&s.id))
                    .map(|x| Script {
                        standard_ids: with(&x.standard_ids, s.id),
                        updated: now,
                        ..x.clone()
                    })
                    .collect();
                relinked.goals = self
                    .current(&deletion.unlinked.goals, |x| x.id, |l, id| l.goal(id))
                    .filter(|g| g.standard_id.is_none())
                    .map(|g| Goal {
                        standard_id: Some(s.id),
                        updated: now,
                        ..g.clone()
                    })
                    .collect();
            }
            Deleted::Value(v) => {
                relinked.standards = self
                    .current(
                        &deletion.unlinked.standards,
                        |x| x.id,
                        |l, id| l.standard(id),
                    )
                    .filter(|x| !x.value_ids.contains(&v.id))
                    .map(|x| Standard {
                        value_ids: with(&x.value_ids, v.id),
                        updated: now,
                        ..x.clone()
                    })
                    .collect();
                relinked.scripts = self
                    .current(&deletion.unlinked.scripts, |x| x.id, |l, id| l.script(id))
                    .filter(|x| !x.value_ids.contains(&v.id))
                    .map(|x| Script {
                        value_ids: with(&x.value_ids, v.id),
                        updated: now,
                        ..x.clone()
                    })
                    .collect();
            }
            Deleted::Script(_) | Deleted::Rule(_) => {}
        }
        Restoration {
            restored: deletion.deleted.clone(),
            relinked,
            tombstone_key: deletion.tombstone.key(),
        }
    }

    /// Deleting a goal (its check-ins are storage's to find).
    pub fn plan_goal_removal(&self, id: GoalId, now: Timestamp) -> GoalRemoval {
        GoalRemoval {
            goal: id,
            unlinked: Links {
                conversations: self
                    .staff
                    .conversations
                    .iter()
                    .filter(|c| c.goal_ids.contains(&id))
                    .map(|c| HostConversation {
                        goal_ids: without(&c.goal_ids, id),
                        updated: now,
                        ..c.clone()
                    })
                    .collect(),
                ..Links::default()
            },
            tombstone: Tombstone::new(Section::Goals, id, now),
        }
    }

    /// Records that link to something no longer here, with those links taken out: what
    /// earlier builds left behind when a standard, value or goal was deleted.
    pub fn dangling_links_removed(&self, now: Timestamp) -> Links {
        let standards: std::collections::HashSet<StandardId> =
            self.standards.iter().map(|s| s.id).collect();
        let values: std::collections::HashSet<ValueId> = self.values.iter().map(|v| v.id).collect();
        let goals: std::collections::HashSet<GoalId> =
            self.staff.goals.iter().map(|g| g.id).collect();
        Links {
            standards: self
                .standards
                .iter()
                .filter(|s| s.value_ids.iter().any(|id| !values.contains(id)))
                .map(|s| Standard {
                    value_ids: kept(&s.value_ids, &values),
                    updated: now,
                    ..s.clone()
                })
                .collect(),
            scripts: self
                .scripts
                .iter()
                .filter(|s| {
                    s.value_ids.iter().any(|id| !values.contains(id))
                        || s.standard_ids.iter().any(|id| !standards.contains(id))
                })
                .map(|s| Script {
                    value_ids: kept(&s.value_ids, &values),
                    standard_ids: kept(&s.standard_ids, &standards),
                    updated: now,
                    ..s.clone()
                })
                .collect(),
            goals: self
                .staff
                .goals
                .iter()
                .filter(|g| g.standard_id.is_some_and(|id| !standards.contains(&id)))
                .map(|g| Goal {
                    standard_id: None,
                    updated: now,
                    ..g.clone()
                })
                .collect(),
            conversations: self
                .staff
                .conversations
                .iter()
                .filter(|c| c.goal_ids.iter().any(|id| !goals.contains(id)))
                .map(|c| HostConversation {
                    goal_ids: kept(&c.goal_ids, &goals),
                    updated: now,
                    ..c.clone()
                })
                .collect(),
        }
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

    /// The records of `changed` as the library has them now (some may be gone since).
    fn current<'a, T: 'a, K: Copy + 'a>(
        &'a self,
        changed: &'a [T],
        id: impl Fn(&T) -> K + 'a,
        find: impl Fn(&'a Library, K) -> Option<&'a T> + 'a,
    ) -> impl Iterator<Item = &'a T> + 'a {
        changed.iter().filter_map(move |x| find(self, id(x)))
    }

    fn unlinked_standard(&self, id: StandardId, now: Timestamp) -> Links {
        Links {
            scripts: self
                .scripts
                .iter()
                .filter(|s| s.standard_ids.contains(&id))
                .map(|s| Script {
                    standard_ids: without(&s.standard_ids, id),
                    updated: now,
                    ..s.clone()
                })
                .collect(),
            goals: self
                .staff
                .goals
                .iter()
                .filter(|g| g.standard_id == Some(id))
                .map(|g| Goal {
                    standard_id: None,
                    updated: now,
                    ..g.clone()
                })
                .collect(),
            ..Links::default()
        }
    }

    fn unlinked_value(&self, id: ValueId, now: Timestamp) -> Links {
        Links {
            standards: self
                .standards
                .iter()
                .filter(|s| s.value_ids.contains(&id))
                .map(|s| Standard {
                    value_ids: without(&s.value_ids, id),
                    updated: now,
                    ..s.clone()
                })
                .collect(),
            scripts: self
                .scripts
                .iter()
                .filter(|s| s.value_ids.contains(&id))
                .map(|s| Script {
                    value_ids: without(&s.value_ids, id),
                    updated: now,
                    ..s.clone()
                })
                .collect(),
            ..Links::default()
        }
    }
}

fn without<T: PartialEq + Copy>(ids: &[T], gone: T) -> Vec<T> {
    ids.iter().copied().filter(|id| *id != gone).collect()
}

fn with<T: PartialEq + Copy>(ids: &[T], back: T) -> Vec<T> {
    ids.iter().copied().chain([back]).collect()
}

fn kept<T: Eq + std::hash::Hash + Copy>(ids: &[T], known: &std::collections::HashSet<T>) -> Vec<T> {
    ids.iter()
        .copied()
        .filter(|id| known.contains(id))
        .collect()
}
