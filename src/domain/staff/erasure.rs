//! Erasing a person: every record about them goes, after a confirmation that says how
//! many. Their goals and those goals' check-ins, their reflections, praise they gave
//! and received, and their place in host conversations.
//!
//! When the erased person shared a conversation with others, its notes about them go,
//! its shared notes (which may speak of them) are cleared, and notes about another
//! participant stay; a conversation with no one left goes whole.
//! Unknown fields kept for erased records, their import match times, and the backups
//! kept before a replace that name them go too (the confirmation says so). What stays
//! is a remembered deletion of each record (its id and when: no names, no text), so
//! that no older file brings the person back. Only the person's
//! id can be followed: their name written inside other people's texts is not searched.

use super::check_in::CheckIn;
use super::conversation::HostConversation;
use super::person::Person;
use crate::domain::deletion::{Section, Tombstone};
use crate::domain::file::extras::key;
use crate::domain::file::merge::Matched;
use crate::domain::library::Library;
use crate::domain::sorting;
use crate::domain::{
    CheckInId, ConversationId, GoalId, PersonId, PraiseId, ReflectionId, Timestamp,
};
use std::collections::HashSet;

/// Everything erasing one person removes or changes, decided before anything is written.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonErasure {
    pub person: Person,
    pub goals: Vec<GoalId>,
    pub check_ins: Vec<CheckInId>,
    pub reflections: Vec<ReflectionId>,
    pub praise: Vec<PraiseId>,
    /// Their attempts at knowledge checks.
    pub attempts: Vec<crate::domain::AttemptId>,
    /// Conversations they held alone (with the manager): deleted.
    pub conversations_deleted: Vec<ConversationId>,
    /// Conversations shared with others: without them, notes cleared, links to erased
    /// goals dropped.
    pub conversations_changed: Vec<HostConversation>,
    /// Visits they made or follow up: kept, naming "a former colleague" instead.
    pub visits_changed: Vec<crate::domain::visits::Visit>,
    /// Complaints they logged, approved or follow up: kept, naming "a former colleague".
    pub complaints_changed: Vec<crate::domain::voice::Complaint>,
    /// Service stories that named them: kept, without the name.
    pub stories_changed: Vec<crate::domain::drip::Story>,
    /// Bingo squares they ticked: still ticked, by no one named.
    pub bingo_ticks_changed: Vec<crate::domain::drip::BingoTick>,
    /// Keys (`section/id`) of kept unknown fields to delete.
    pub extras: Vec<String>,
    /// The match times without the erased records, if any were there.
    pub matched: Option<Matched>,
    /// Keys of the backups kept before a replace that name them: deleted with them.
    pub backups_dropped: Vec<String>,
    /// The deletions to remember, so no older file brings the person back. Check-ins
    /// need none: a check-in whose goal is gone is never taken from a file.
    pub tombstones: Vec<Tombstone>,
}

/// How many records go or change, for "This deletes N records".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ErasureCounts {
    pub people: usize,
    pub goals: usize,
    pub check_ins: usize,
    pub reflections: usize,
    pub praise: usize,
    pub conversations_deleted: usize,
    pub conversations_changed: usize,
}

impl ErasureCounts {
    /// Records deleted (changed conversations not included).
    pub fn deleted(&self) -> usize {
        self.people
            + self.goals
            + self.check_ins
            + self.reflections
            + self.praise
            + self.conversations_deleted
    }
}

impl PersonErasure {
    /// Plans erasing `person_id`. `their_check_ins` are the check-ins of the goals the
    /// person owns (storage reads them by goal); `kept_backups` are the backups kept
    /// before a replace, as (key, text). `None` if there is no such person.
    pub fn plan(
        library: &Library,
        person_id: PersonId,
        their_check_ins: &[CheckIn],
        matched: &Matched,
        kept_backups: &[(String, String)],
        now: Timestamp,
    ) -> Option<PersonErasure> {
        let staff = &library.staff;
        let person = staff.people.iter().find(|p| p.id == person_id)?.clone();
        let goals: Vec<GoalId> = staff
            .goals
            .iter()
            .filter(|g| g.person() == Some(person_id))
            .map(|g| g.id)
            .collect();
        let goal_set: HashSet<GoalId> = goals.iter().copied().collect();
        let check_ins: Vec<CheckInId> = their_check_ins
            .iter()
            .filter(|c| goal_set.contains(&c.goal_id))
            .map(|c| c.id)
            .collect();
        let reflections: Vec<ReflectionId> = staff
            .reflections
            .iter()
            .filter(|r| r.person_id == person_id)
            .map(|r| r.id)
            .collect();
        let praise: Vec<PraiseId> = staff
            .praise
            .iter()
            .filter(|p| p.to_person_id == person_id || p.from_person_id == Some(person_id))
            .map(|p| p.id)
            .collect();
        let attempts: Vec<crate::domain::AttemptId> = staff
            .attempts
            .iter()
            .filter(|a| a.person_id == person_id)
            .map(|a| a.id)
            .collect();
        let mut conversations_deleted = Vec::new();
        let mut conversations_changed = Vec::new();
        for c in &staff.conversations {
            let took_part = c.participant_ids.contains(&person_id);
            let linked = c.goal_ids.iter().any(|g| goal_set.contains(g));
            let noted = c.entries.iter().any(|e| e.about == Some(person_id));
            if !took_part && !linked && !noted {
                continue;
            }
            let others: Vec<PersonId> = c
                .participant_ids
                .iter()
                .copied()
                .filter(|p| *p != person_id)
                .collect();
            if others.is_empty() {
                conversations_deleted.push(c.id);
                continue;
            }
            let mut changed = c.clone();
            changed.participant_ids = others;
            changed.goal_ids.retain(|g| !goal_set.contains(g));
            // Notes about them go wherever they are; shared notes may speak of them and
            // are cleared where they took part; notes about someone else stay theirs.
            changed.entries.retain(|e| e.about != Some(person_id));
            if took_part {
                for entry in changed.entries.iter_mut().filter(|e| e.about.is_none()) {
                    entry.notes.clear();
                }
            }
            changed.updated = now;
            conversations_changed.push(changed);
        }
        let visits_changed: Vec<crate::domain::visits::Visit> = staff
            .visits
            .iter()
            .filter(|v| v.names(person_id))
            .map(|v| {
                let mut changed = v.without_person(person_id);
                changed.updated = now;
                changed
            })
            .collect();
        let complaints_changed: Vec<crate::domain::voice::Complaint> = staff
            .complaints
            .iter()
            .filter(|c| c.names(person_id))
            .map(|c| c.without_person(person_id, now))
            .collect();
        let stories_changed: Vec<crate::domain::drip::Story> = staff
            .stories
            .iter()
            .filter(|s| s.names(person_id))
            .map(|s| s.without_person(person_id, now))
            .collect();
        let bingo_ticks_changed: Vec<crate::domain::drip::BingoTick> = staff
            .bingo_ticks
            .iter()
            .filter(|t| t.person_id == Some(person_id))
            .map(|t| t.without_person(person_id, now))
            .collect();
        let erased_keys: HashSet<String> = std::iter::once(key("people", &person_id.to_string()))
            .chain(goals.iter().map(|id| key("goals", &id.to_string())))
            .chain(check_ins.iter().map(|id| key("check_ins", &id.to_string())))
            .chain(
                reflections
                    .iter()
                    .map(|id| key("reflections", &id.to_string())),
            )
            .chain(praise.iter().map(|id| key("praise", &id.to_string())))
            .chain(attempts.iter().map(|id| key("attempts", &id.to_string())))
            .chain(
                conversations_deleted
                    .iter()
                    .map(|id| key("conversations", &id.to_string())),
            )
            .chain(
                conversations_changed
                    .iter()
                    .map(|c| key("conversations", &c.id.to_string())),
            )
            .chain(
                visits_changed
                    .iter()
                    .map(|v| key("visits", &v.id.to_string())),
            )
            .chain(
                complaints_changed
                    .iter()
                    .map(|c| key("complaints", &c.id.to_string())),
            )
            .chain(
                stories_changed
                    .iter()
                    .map(|s| key("stories", &s.id.to_string())),
            )
            .chain(
                bingo_ticks_changed
                    .iter()
                    .map(|t| key("bingo_ticks", &t.id.to_string())),
            )
            .collect();
        let extras: Vec<String> = library
            .extras
            .0
            .keys()
            .filter(|k| erased_keys.contains(*k))
            .cloned()
            .collect();
        let matched = matched.0.keys().any(|k| erased_keys.contains(k)).then(|| {
            Matched(sorting::map_of(
                matched
                    .0
                    .iter()
                    .filter(|(k, _)| !erased_keys.contains(*k))
                    .map(|(k, t)| (k.clone(), *t)),
            ))
        });
        let tombstones = std::iter::once(Tombstone::new(Section::People, person_id, now))
            .chain(
                goals
                    .iter()
                    .map(|id| Tombstone::new(Section::Goals, id, now)),
            )
            .chain(
                reflections
                    .iter()
                    .map(|id| Tombstone::new(Section::Reflections, id, now)),
            )
            .chain(
                praise
                    .iter()
                    .map(|id| Tombstone::new(Section::Praise, id, now)),
            )
            .chain(
                conversations_deleted
                    .iter()
                    .map(|id| Tombstone::new(Section::Conversations, id, now)),
            )
            .chain(
                attempts
                    .iter()
                    .map(|id| Tombstone::new(Section::Attempts, id, now)),
            )
            .collect();
        Some(PersonErasure {
            tombstones,
            backups_dropped: kept_backups
                .iter()
                .filter(|(_, text)| text.contains(&person_id.to_string()))
                .map(|(key, _)| key.clone())
                .collect(),
            person,
            goals,
            check_ins,
            reflections,
            praise,
            attempts,
            conversations_deleted,
            conversations_changed,
            visits_changed,
            complaints_changed,
            stories_changed,
            bingo_ticks_changed,
            extras,
            matched,
        })
    }

    pub fn counts(&self) -> ErasureCounts {
        ErasureCounts {
            people: 1,
            goals: self.goals.len(),
            check_ins: self.check_ins.len(),
            reflections: self.reflections.len(),
            praise: self.praise.len(),
            conversations_deleted: self.conversations_deleted.len(),
            conversations_changed: self.conversations_changed.len(),
        }
    }
}

impl Library {
    /// Plans erasing a person (see [`PersonErasure`]).
    pub fn plan_person_erasure(
        &self,
        id: PersonId,
        their_check_ins: &[CheckIn],
        matched: &Matched,
        kept_backups: &[(String, String)],
        now: Timestamp,
    ) -> Option<PersonErasure> {
        PersonErasure::plan(self, id, their_check_ins, matched, kept_backups, now)
    }

    /// Applies a stored erasure: nothing in memory names the person after it.
    pub fn with_person_erased(&mut self, plan: &PersonErasure) {
        let staff = &mut self.staff;
        staff.people.retain(|p| p.id != plan.person.id);
        staff.goals.retain(|g| !plan.goals.contains(&g.id));
        staff.summaries.retain(|s| !plan.goals.contains(&s.goal_id));
        staff
            .reflections
            .retain(|r| !plan.reflections.contains(&r.id));
        staff.praise.retain(|p| !plan.praise.contains(&p.id));
        staff.attempts.retain(|a| !plan.attempts.contains(&a.id));
        staff
            .conversations
            .retain(|c| !plan.conversations_deleted.contains(&c.id));
        self.extras.0.retain(|k, _| !plan.extras.contains(k));
        self.with_conversations_saved(plan.conversations_changed.clone());
        self.with_visits_saved(plan.visits_changed.clone());
        self.with_complaints_saved(plan.complaints_changed.clone());
        self.with_stories_saved(plan.stories_changed.clone());
        self.with_bingo_ticks_saved(plan.bingo_ticks_changed.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::staff::conversation::ConversationEntry;
    use crate::domain::staff::fixtures::{check_in, day, goal, person, t};
    use crate::domain::staff::goal::{GoalKind, Owner, Period, TargetDirection};
    use crate::domain::staff::Staff;
    use crate::domain::staff::{Praise, Reflection};

    fn conversation(people: &[PersonId], goals: &[GoalId]) -> HostConversation {
        HostConversation {
            id: ConversationId::random(),
            date: day("2026-11-01"),
            participant_ids: people.to_vec(),
            entries: vec![ConversationEntry {
                question_id: None,
                question: "What went well?".into(),
                notes: "Kari handled the queue".into(),
                about: None,
            }],
            goal_ids: goals.to_vec(),
            created: t(0.0),
            updated: t(0.0),
        }
    }

    fn attempt(person: PersonId) -> crate::domain::knowledge::Attempt {
        crate::domain::knowledge::Attempt {
            id: crate::domain::AttemptId::random(),
            check_id: crate::domain::CheckId::random(),
            person_id: person,
            at: t(0.0),
            answers: Vec::new(),
            pass_mark: 80,
            earlier: None,
            created: t(0.0),
            updated: t(0.0),
        }
    }

    #[test]
    fn erasing_a_person_leaves_nothing_that_names_them() {
        let (kari, ola) = (person("Kari"), person("Ola"));
        let mut theirs = goal(GoalKind::Count, 3.0, TargetDirection::AtLeast, Period::Week);
        theirs.owner = Owner::Person(kari.id);
        let mut olas = goal(GoalKind::Count, 3.0, TargetDirection::AtLeast, Period::Week);
        olas.owner = Owner::Person(ola.id);
        let team = goal(GoalKind::Count, 3.0, TargetDirection::AtLeast, Period::Week);
        let reflection = |who: PersonId| Reflection {
            id: ReflectionId::random(),
            person_id: who,
            date: day("2026-11-02"),
            went_well: "x".into(),
            went_badly: String::new(),
            not_as_planned: String::new(),
            do_differently: String::new(),
            created: t(0.0),
            updated: t(0.0),
        };
        let praise = |from: Option<PersonId>, to: PersonId| Praise {
            id: PraiseId::random(),
            from_person_id: from,
            to_person_id: to,
            date: day("2026-11-03"),
            what: "Kind words".into(),
            created: t(0.0),
            updated: t(0.0),
        };
        let alone = conversation(&[kari.id], &[theirs.id]);
        let mut shared = conversation(&[kari.id, ola.id], &[theirs.id, olas.id]);
        for (about, notes) in [
            (kari.id, "Kari wants more evening shifts"),
            (ola.id, "Ola is learning the till"),
        ] {
            shared.entries.push(ConversationEntry {
                question_id: None,
                question: "How are you?".into(),
                notes: notes.into(),
                about: Some(about),
            });
        }
        let mut others = conversation(&[ola.id], &[olas.id]);
        // A note about Kari in a conversation she was not in (as an old file may hold).
        others.entries.push(ConversationEntry {
            question_id: None,
            question: "Anything else?".into(),
            notes: "Kari covered for Ola".into(),
            about: Some(kari.id),
        });
        let checklist = crate::domain::visits::ChecklistDraft {
            title: "Floor".into(),
            channel: crate::domain::Channel::InPerson,
            pass_mark: "80".into(),
            sections: vec![crate::domain::visits::SectionDraft {
                area_id: None,
                title: "Welcome".into(),
                items: vec![crate::domain::visits::ItemDraft {
                    text: "Greeted".into(),
                    ..crate::domain::visits::ItemDraft::question()
                }],
            }],
        }
        .validate(None, t(0.0))
        .unwrap();
        let visit_by = |who: PersonId| {
            use crate::domain::visits::{Answer, FollowUp, Someone, Visit, VisitKind};
            let mut v = Visit::start(&checklist, VisitKind::SelfAudit, day("2026-11-04"), t(0.0));
            v.by = Some(Someone::Person(who));
            v.sections[0].items[0].answer = Some(Answer::No);
            v.sections[0].items[0].follow_up = Some(FollowUp {
                what: "Practise".into(),
                who: Some(Someone::Person(who)),
                due: None,
                done: None,
            });
            v
        };
        let (karis_visit, olas_visit) = (visit_by(kari.id), visit_by(ola.id));
        let karis_complaint = crate::domain::voice::Complaint {
            id: crate::domain::ComplaintId::random(),
            at: t(0.0),
            channel: crate::domain::Channel::Phone,
            said: "Nobody answered".into(),
            stages_done: Vec::new(),
            compensation: None,
            logged_by: Some(crate::domain::visits::Someone::Person(kari.id)),
            approved_by: None,
            cause: None,
            actions: Vec::new(),
            customer_told: None,
            contact: String::new(),
            consent: false,
            created: t(0.0),
            updated: t(0.0),
        };
        let mut library = Library {
            staff: Staff {
                visits: vec![karis_visit.clone(), olas_visit.clone()],
                complaints: vec![karis_complaint.clone()],
                people: vec![kari.clone(), ola.clone()],
                goals: vec![theirs.clone(), olas.clone(), team.clone()],
                reflections: vec![reflection(kari.id), reflection(ola.id)],
                praise: vec![
                    praise(Some(ola.id), kari.id),
                    praise(Some(kari.id), ola.id),
                    praise(None, ola.id),
                ],
                conversations: vec![alone.clone(), shared.clone(), others.clone()],
                attempts: vec![attempt(kari.id), attempt(ola.id)],
                ..crate::domain::file::drip_fixture(kari.id)
            },
            ..Library::default()
        };
        let karis_story = library.staff.stories[0].clone();
        let kari_key = format!("people/{}", kari.id);
        library
            .extras
            .0
            .insert(kari_key.clone(), Default::default());
        let mut matched = Matched::default();
        matched.0.insert(kari_key.clone(), t(1.0));
        matched.0.insert(format!("people/{}", ola.id), t(1.0));
        let ins = vec![
            check_in(&theirs, "2026-11-02", 1.0),
            check_in(&theirs, "2026-11-03", 2.0),
            check_in(&olas, "2026-11-03", 2.0),
        ];

        let backup = format!("{{\"people\":[{{\"id\":\"{}\"}}]}}", kari.id);
        let kept = [("before_replace".to_string(), backup)];
        let plan = PersonErasure::plan(&library, kari.id, &ins, &matched, &kept, t(5.0)).unwrap();
        let counts = plan.counts();
        assert_eq!(
            counts,
            ErasureCounts {
                people: 1,
                goals: 1,
                check_ins: 2,
                reflections: 1,
                praise: 2,
                conversations_deleted: 1,
                conversations_changed: 2,
            }
        );
        assert_eq!(counts.deleted(), 8);
        let untouched = &plan.conversations_changed[1];
        assert_eq!(
            untouched.entries.len(),
            1,
            "the note about Kari goes, Ola's stays"
        );
        assert_eq!(untouched.entries[0].notes, "Kari handled the queue");
        assert_eq!(plan.backups_dropped, vec!["before_replace".to_string()]);
        assert_eq!(plan.extras, vec![kari_key.clone()]);
        let changed = &plan.conversations_changed[0];
        assert_eq!(changed.participant_ids, [ola.id]);
        assert_eq!(changed.goal_ids, [olas.id]);
        assert!(
            changed.entries[0].notes.is_empty(),
            "shared notes are cleared"
        );
        assert_eq!(changed.entries[0].question, "What went well?");
        assert_eq!(changed.entries.len(), 2, "the note about Kari goes");
        assert_eq!(
            changed.entries[1].notes, "Ola is learning the till",
            "Ola's own note stays"
        );
        assert_eq!(changed.updated, t(5.0));

        library.with_person_erased(&plan);
        let after = format!("{:?}", library);
        assert!(!after.contains(&kari.id.to_string()), "nothing names Kari");
        assert!(!after.contains(&theirs.id.to_string()));
        assert_eq!(library.staff.people, vec![ola.clone()]);
        assert_eq!(library.staff.goals.len(), 2);
        assert_eq!(library.staff.praise.len(), 1);
        assert_eq!(
            library
                .staff
                .attempts
                .iter()
                .map(|a| a.person_id)
                .collect::<Vec<_>>(),
            vec![ola.id],
            "their knowledge-check attempts go with them"
        );
        assert_eq!(library.staff.conversations.len(), 2);
        let former = Some(crate::domain::visits::Someone::FormerColleague);
        let kept_visit = library.visit(karis_visit.id).unwrap();
        assert_eq!(
            kept_visit.by, former,
            "the visit stays, made by a former colleague"
        );
        assert_eq!(
            kept_visit.sections[0].items[0]
                .follow_up
                .as_ref()
                .unwrap()
                .who,
            former
        );
        assert_eq!(kept_visit.updated, t(5.0));
        assert_eq!(
            library.visit(olas_visit.id),
            Some(&olas_visit),
            "Ola's visit is untouched"
        );
        let complaint = library
            .complaint(karis_complaint.id)
            .expect("the complaint stays");
        assert_eq!(complaint.logged_by, former);
        assert_eq!(complaint.said, "Nobody answered");
        let story = library.story(karis_story.id).expect("the story stays");
        assert_eq!(story.person_id, None, "without Kari's name");
        assert_eq!(story.text, karis_story.text);
        let tick = &library.staff.bingo_ticks[0];
        assert!(tick.ticked, "the square stays ticked");
        assert_eq!(tick.person_id, None, "by no one named");
        let olas_own = library
            .staff
            .conversations
            .iter()
            .find(|c| c.id == others.id)
            .unwrap();
        assert_eq!(
            olas_own.entries,
            others.entries[..1],
            "only the note about Kari went"
        );
        let matched = plan.matched.clone().unwrap();
        assert_eq!(matched.0.len(), 1, "the match times without Kari's");

        assert!(PersonErasure::plan(&library, kari.id, &[], &matched, &[], t(6.0)).is_none());
        let kept = [("before_replace".to_string(), "{}".to_string())];
        let plan = PersonErasure::plan(&library, ola.id, &[], &matched, &kept, t(6.0)).unwrap();
        assert!(plan.backups_dropped.is_empty() && plan.matched.is_some());
    }
}
