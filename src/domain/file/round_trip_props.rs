//! Property: whatever a person does (adds, links, deletes, undoes, erases), the backup
//! the app writes is read back whole: nothing refused, nothing left out.

use super::read_file;
use super::write::backup_with_check_ins;
use crate::domain::authority::{Role, RoleRemoval};
use crate::domain::deletion::{Deleted, Deletion, Tombstone};
use crate::domain::library::Library;
use crate::domain::staff::goal::GoalDraft;
use crate::domain::staff::{ConversationDraft, Owner, PersonDraft};
use crate::domain::values::ValueDraft;
use crate::domain::{Area, Day, ScriptDraft, StandardDraft, Timestamp};
use proptest::prelude::*;

/// One thing a person might do; indexes pick among what exists (modulo its count).
#[derive(Clone, Debug)]
enum Step {
    AddValue,
    AddStandard {
        area: usize,
        values: Vec<usize>,
    },
    AddScript {
        standards: Vec<usize>,
        values: Vec<usize>,
    },
    AddPerson,
    AddGoal {
        person: Option<usize>,
        standard: Option<usize>,
    },
    AddConversation {
        people: Vec<usize>,
        goals: Vec<usize>,
    },
    DeleteStandard(usize),
    DeleteValue(usize),
    DeleteScript(usize),
    DeleteGoal(usize),
    RemoveRole {
        role: usize,
        to: usize,
    },
    ErasePerson(usize),
    UndoLast,
}

fn step() -> impl Strategy<Value = Step> {
    let picks = || proptest::collection::vec(0usize..8, 0..3);
    prop_oneof![
        Just(Step::AddValue),
        (0usize..7, picks()).prop_map(|(area, values)| Step::AddStandard { area, values }),
        (picks(), picks()).prop_map(|(standards, values)| Step::AddScript { standards, values }),
        Just(Step::AddPerson),
        (
            proptest::option::of(0usize..8),
            proptest::option::of(0usize..8)
        )
            .prop_map(|(person, standard)| Step::AddGoal { person, standard }),
        (proptest::collection::vec(0usize..8, 1..3), picks())
            .prop_map(|(people, goals)| Step::AddConversation { people, goals }),
        (0usize..8).prop_map(Step::DeleteStandard),
        (0usize..8).prop_map(Step::DeleteValue),
        (0usize..8).prop_map(Step::DeleteScript),
        (0usize..8).prop_map(Step::DeleteGoal),
        (0usize..4, 0usize..4).prop_map(|(role, to)| Step::RemoveRole { role, to }),
        (0usize..8).prop_map(Step::ErasePerson),
        Just(Step::UndoLast),
    ]
}

fn pick<T>(items: &[T], i: usize) -> Option<&T> {
    (!items.is_empty()).then(|| &items[i % items.len()])
}

fn picks<T: Copy>(items: &[T], at: &[usize]) -> Vec<T> {
    let mut picked: Vec<T> = at.iter().filter_map(|i| pick(items, *i).copied()).collect();
    picked.truncate(items.len());
    picked
}

/// A tablet: its library, remembered deletions, and the last undo offer.
struct Tablet {
    library: Library,
    deletions: Vec<Tombstone>,
    undo: Option<Deletion>,
    clock: f64,
}

impl Tablet {
    fn new() -> Self {
        let t0 = Timestamp::from_unix_millis(1.7e12);
        Tablet {
            library: Library {
                areas: Area::builtins(t0),
                roles: Role::starters(t0),
                ..Library::default()
            },
            deletions: Vec::new(),
            undo: None,
            clock: 1.7e12,
        }
    }

    fn now(&mut self) -> Timestamp {
        self.clock += 1000.0;
        Timestamp::from_unix_millis(self.clock)
    }

    fn delete(&mut self, deleted: Deleted) {
        let now = self.now();
        let deletion = self.library.plan_deletion(deleted, now);
        self.library.with_deletion(&deletion);
        self.deletions.push(deletion.tombstone.clone());
        self.undo = Some(deletion);
    }

    fn apply(&mut self, step: &Step) {
        let now = self.now();
        let today = Day::ymd(2026, 12, 4).unwrap();
        let lib = &self.library;
        let value_ids: Vec<_> = lib.values.iter().map(|v| v.id).collect();
        let standard_ids: Vec<_> = lib.standards.iter().map(|s| s.id).collect();
        let people: Vec<_> = lib.staff.people.iter().map(|p| p.id).collect();
        let goals: Vec<_> = lib.staff.goals.iter().map(|g| g.id).collect();
        match step {
            Step::AddValue => {
                let value = ValueDraft {
                    name: format!("Value {}", self.clock),
                    ..ValueDraft::default()
                }
                .validate(None, lib.next_value_order(), now)
                .unwrap();
                self.library.with_values_saved(vec![value]);
            }
            Step::AddStandard { area, values } => {
                let area = lib.areas_in_order()[area % lib.areas.len()].id;
                let draft = StandardDraft {
                    title: format!("Standard {}", self.clock),
                    value_ids: picks(&value_ids, values),
                    ..StandardDraft::in_area(area)
                };
                let standard = lib.create_standard(&draft, now).unwrap();
                self.library.with_standards_saved(vec![standard]);
            }
            Step::AddScript { standards, values } => {
                let mut draft = ScriptDraft {
                    title: format!("Script {}", self.clock),
                    standard_ids: picks(&standard_ids, standards),
                    value_ids: picks(&value_ids, values),
                    ..ScriptDraft::ordinary()
                };
                draft.steps[0].say = "Hello".into();
                let script = lib.create_script(&draft, now).unwrap();
                self.library.with_scripts_saved(vec![script]);
            }
            Step::AddPerson => {
                let roles = lib.roles_in_order();
                let role = pick(&roles, 1).unwrap().id;
                let person = PersonDraft {
                    name: format!("Person {}", self.clock),
                    ..PersonDraft::new(Some(role), today)
                }
                .validate(None, |id| lib.role(id).is_some(), now)
                .unwrap();
                self.library.with_people_saved(vec![person]);
            }
            Step::AddGoal { person, standard } => {
                let owner = match person.and_then(|p| pick(&people, p)) {
                    Some(id) => Owner::Person(*id),
                    None => Owner::Team,
                };
                let draft = GoalDraft {
                    title: format!("Goal {}", self.clock),
                    standard_id: standard.and_then(|s| pick(&standard_ids, s)).copied(),
                    ..GoalDraft::new(Some(owner), today)
                };
                let goal = draft.validate(None, |_| true, |_| true, now).unwrap();
                self.library.with_goals_saved(vec![goal]);
            }
            Step::AddConversation {
                people: who,
                goals: set,
            } => {
                let participants = picks(&people, who);
                if participants.is_empty() {
                    return;
                }
                let draft = ConversationDraft {
                    participant_ids: participants,
                    goal_ids: picks(&goals, set),
                    ..ConversationDraft::new(today)
                };
                let conversation = draft.validate(None, |_| true, |_| true, now).unwrap();
                self.library.with_conversations_saved(vec![conversation]);
            }
            Step::DeleteStandard(i) => {
                if let Some(s) = pick(&lib.standards, *i).cloned() {
                    self.delete(Deleted::Standard(s));
                }
            }
            Step::DeleteValue(i) => {
                if let Some(v) = pick(&lib.values, *i).cloned() {
                    self.delete(Deleted::Value(v));
                }
            }
            Step::DeleteScript(i) => {
                if let Some(s) = pick(&lib.scripts, *i).cloned() {
                    self.delete(Deleted::Script(s));
                }
            }
            Step::DeleteGoal(i) => {
                if let Some(id) = pick(&goals, *i).copied() {
                    let removal = lib.plan_goal_removal(id, now);
                    self.deletions.push(removal.tombstone.clone());
                    self.library.with_goal_removed(&removal);
                }
            }
            Step::RemoveRole { role, to } => {
                let roles: Vec<_> = lib.roles_in_order().iter().map(|r| r.id).collect();
                let (Some(role), Some(to)) = (pick(&roles, *role), pick(&roles, *to)) else {
                    return;
                };
                if let Some(plan) = lib.remove_role(*role, RoleRemoval::MoveRulesTo(*to), now) {
                    self.library.with_role_removed(plan);
                }
            }
            Step::ErasePerson(i) => {
                if let Some(id) = pick(&people, *i).copied() {
                    let plan = lib
                        .plan_person_erasure(id, &[], &Default::default(), &[], now)
                        .unwrap();
                    self.deletions.extend(plan.tombstones.iter().cloned());
                    self.library.with_person_erased(&plan);
                }
            }
            Step::UndoLast => {
                if let Some(deletion) = self.undo.take() {
                    let Some(restoration) = self.library.plan_restoration(&deletion, now) else {
                        return;
                    };
                    let key = restoration.tombstone_key.clone();
                    self.deletions.retain(|t| t.key() != key);
                    self.library.with_restoration(&restoration);
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn every_backup_the_app_writes_reads_back_whole(steps in proptest::collection::vec(step(), 1..40)) {
        let mut tablet = Tablet::new();
        for step in &steps {
            tablet.apply(step);
        }
        let now = tablet.now();
        let library = &tablet.library;
        let text = backup_with_check_ins(library, &[], &tablet.deletions, &library.extras, now).unwrap();
        let file = read_file(text.as_bytes());
        prop_assert!(file.is_ok(), "refused its own backup: {:?}", file.err());
        let file = file.unwrap();
        prop_assert!(file.left_out.is_empty(), "left out {:?}", file.left_out);
        prop_assert_eq!(&file.data.standards, &library.standards);
        prop_assert_eq!(&file.data.scripts, &library.scripts);
        prop_assert_eq!(&file.data.goals, &library.staff.goals);
        prop_assert_eq!(&file.data.conversations, &library.staff.conversations);
        prop_assert_eq!(&file.data.deletions, &tablet.deletions);
    }
}
