//! Writes, applied together in one transaction: all of them are kept, or none.

use crate::domain::authority::{AuthorityRule, Role};
use crate::domain::deletion::{
    Deleted, Deletion, GoalRemoval, Links, Restoration, Section, Tombstone,
};
use crate::domain::file::merge::{
    deletions_to_keep, records_of, sections_to_keep, staff_records_of, Here, ImportPlan, Matched,
    Mergeable, Record, StaffRecord,
};
use crate::domain::file::ImportFile;
use crate::domain::kept_backups;
use crate::domain::knowledge::{Attempt, KnowledgeCheck};
use crate::domain::library::Library;
use crate::domain::library::{AreaRemoval, RoleRemovalPlan};
use crate::domain::script::ScriptUse;
use crate::domain::sorting;
use crate::domain::staff::{
    CheckIn, Goal, HostConversation, Person, PersonErasure, Praise, Question, Reflection,
};
use crate::domain::sync::removal::Removal;
use crate::domain::values::{CoreValue, Profile};
use crate::domain::visits::{Checklist, Visit};
use crate::domain::voice::report::{hour_tallies, HourTally};
use crate::domain::voice::{Complaint, RatingTap};
use crate::domain::{Area, HostParameter, Timestamp};
use crate::domain::{AreaId, RoleId, RuleId, Script, ScriptId, Standard, StandardId, ValueId};
use crate::domain::{AttemptId, CheckId, ChecklistId, ComplaintId, VisitId};
use crate::domain::{
    CheckInId, ConversationId, GoalId, PersonId, PraiseId, QuestionId, ReflectionId,
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
    PutPerson(Person),
    DeletePerson(PersonId),
    PutGoal(Goal),
    DeleteGoal(GoalId),
    PutCheckIn(CheckIn),
    DeleteCheckIn(CheckInId),
    PutConversation(HostConversation),
    DeleteConversation(ConversationId),
    PutQuestion(Question),
    DeleteQuestion(QuestionId),
    PutReflection(Reflection),
    DeleteReflection(ReflectionId),
    PutPraise(Praise),
    DeletePraise(PraiseId),
    PutChecklist(Checklist),
    DeleteChecklist(ChecklistId),
    PutVisit(Visit),
    DeleteVisit(VisitId),
    /// A customer's tap, or the same tap with the reason they gave.
    PutRating(RatingTap),
    /// One local hour's ratings added up.
    PutRatingHour(HourTally),
    /// Forgets every hour's sums, before they are written again from the taps.
    ClearRatingHours,
    PutComplaint(Complaint),
    DeleteComplaint(ComplaintId),
    PutCheck(KnowledgeCheck),
    DeleteCheck(CheckId),
    PutAttempt(Attempt),
    DeleteAttempt(AttemptId),
    PutMeeting(crate::domain::drip::Meeting),
    PutStory(crate::domain::drip::Story),
    DeleteStory(crate::domain::StoryId),
    PutBingoCard(crate::domain::drip::BingoCard),
    /// A square ticked, or the tick taken back (the record stays, see `BingoTick`).
    PutBingoTick(crate::domain::drip::BingoTick),
    /// A record as the sync server last had it.
    PutSyncedDoc(crate::domain::sync::ledger::SyncedDoc),
    /// How far the last pull read the server's changes.
    PutSyncSince(String),
    /// Every pulled change is to be read again (after a replace: compare everything).
    ForgetSyncSince,
    /// The documents read again at each pull ([`crate::domain::sync::ledger::Ledger::waiting`]).
    PutSyncWaiting(Vec<String>),
    /// Forgets everything known of the server (it lost its data, or is another one).
    ClearSyncLedger,
    /// Forgets the unknown fields kept for a record.
    DeleteExtras(String),
    /// Remembers that a record was deleted.
    PutTombstone(Tombstone),
    /// Forgets a deletion (by `section/id`): the record is back.
    DeleteTombstone(String),
    /// Deletes one of the backups kept before a replace.
    DeleteKeptBackup(String),
    /// Unknown fields kept for a record, by `section/id`.
    PutExtras {
        key: String,
        fields: serde_json::Map<String, serde_json::Value>,
    },
    /// When each record last matched an imported file (all of them).
    PutMatched(Matched),
    /// A backup (file text) kept before a replace, under its dated key.
    PutKeptBackup {
        key: String,
        text: String,
    },
    /// Empties every store a replace fills again.
    ClearForReplace,
}

impl Write {
    /// Removing an area: its standards move first, then the area goes, in one batch.
    pub fn area_removal(removal: &AreaRemoval, now: Timestamp) -> Vec<Write> {
        let moved = removal.moved.iter().cloned().map(Write::PutStandard);
        moved
            .chain([
                Write::DeleteArea(removal.area.id),
                Write::PutTombstone(Tombstone::new(Section::Areas, removal.area.id, now)),
            ])
            .collect()
    }

    /// Removing a role: its rules move or go and its people move, then the role goes,
    /// in one batch.
    pub fn role_removal(plan: &RoleRemovalPlan, now: Timestamp) -> Vec<Write> {
        let moved = plan.moved.iter().cloned().map(Write::PutRule);
        let deleted = plan.deleted.iter().flat_map(|id| {
            [
                Write::DeleteRule(*id),
                Write::PutTombstone(Tombstone::new(Section::Rules, id, now)),
            ]
        });
        let people = plan.people_moved.iter().cloned().map(Write::PutPerson);
        moved
            .chain(deleted)
            .chain(people)
            .chain([
                Write::DeleteRole(plan.role.id),
                Write::PutTombstone(Tombstone::new(Section::Roles, plan.role.id, now)),
            ])
            .collect()
    }

    /// Deleting a goal and its link from conversations; its check-ins are found and
    /// deleted in the same transaction (`Store::remove_goal`). They need no remembered
    /// deletions: a check-in whose goal is gone is never taken from a file.
    pub fn goal_removal(removal: &GoalRemoval) -> Vec<Write> {
        Write::links(&removal.unlinked)
            .chain([
                Write::DeleteGoal(removal.goal),
                Write::DeleteExtras(removal.tombstone.key()),
                Write::PutTombstone(removal.tombstone.clone()),
            ])
            .collect()
    }

    /// Records whose links changed.
    pub fn links(links: &Links) -> impl Iterator<Item = Write> + '_ {
        let standards = links.standards.iter().cloned().map(Write::PutStandard);
        let scripts = links.scripts.iter().cloned().map(Write::PutScript);
        let goals = links.goals.iter().cloned().map(Write::PutGoal);
        let conversations = links
            .conversations
            .iter()
            .cloned()
            .map(Write::PutConversation);
        standards.chain(scripts).chain(goals).chain(conversations)
    }

    /// Deleting one record for good (no undo), remembered by its section and id; the
    /// unknown fields kept for it go too (a note about a person may carry them).
    pub fn forget<Id: ToString>(
        section: Section,
        id: Id,
        now: Timestamp,
        delete: impl Fn(Id) -> Write,
    ) -> Vec<Write> {
        let tombstone = Tombstone::new(section, id.to_string(), now);
        vec![
            Write::DeleteExtras(tombstone.key()),
            delete(id),
            Write::PutTombstone(tombstone),
        ]
    }

    /// Erasing a person, in one batch: written together, or not at all. Their goals'
    /// check-ins are found and deleted in the same transaction (`Store::erase_person`).
    pub fn person_erasure(plan: &PersonErasure) -> Vec<Write> {
        let goals = plan.goals.iter().copied().map(Write::DeleteGoal);
        let reflections = plan
            .reflections
            .iter()
            .copied()
            .map(Write::DeleteReflection);
        let praise = plan.praise.iter().copied().map(Write::DeletePraise);
        let attempts = plan.attempts.iter().copied().map(Write::DeleteAttempt);
        let deleted = plan
            .conversations_deleted
            .iter()
            .copied()
            .map(Write::DeleteConversation);
        let changed = plan
            .conversations_changed
            .iter()
            .cloned()
            .map(Write::PutConversation);
        let visits = plan.visits_changed.iter().cloned().map(Write::PutVisit);
        let complaints = plan
            .complaints_changed
            .iter()
            .cloned()
            .map(Write::PutComplaint);
        let stories = plan.stories_changed.iter().cloned().map(Write::PutStory);
        let ticks = plan
            .bingo_ticks_changed
            .iter()
            .cloned()
            .map(Write::PutBingoTick);
        let extras = plan.extras.iter().cloned().map(Write::DeleteExtras);
        let matched = plan.matched.iter().cloned().map(Write::PutMatched);
        let backup = plan
            .backups_dropped
            .iter()
            .cloned()
            .map(Write::DeleteKeptBackup);
        let tombstones = plan.tombstones.iter().cloned().map(Write::PutTombstone);
        goals
            .chain(reflections)
            .chain(praise)
            .chain(attempts)
            .chain(deleted)
            .chain(changed)
            .chain(visits)
            .chain(complaints)
            .chain(stories)
            .chain(ticks)
            .chain(extras)
            .chain(matched)
            .chain(backup)
            .chain(tombstones)
            .chain([Write::DeletePerson(plan.person.id)])
            .collect()
    }

    /// The hours' sums written again when a merge takes ratings: from every tap here
    /// (`here`, which the caller read with the file's ratings in view) and those taken.
    fn rating_hours_after(here: &[RatingTap], taken: &[StaffRecord]) -> Vec<Write> {
        let taken: Vec<&RatingTap> = taken
            .iter()
            .filter_map(|r| match r {
                StaffRecord::Rating(tap) => Some(tap),
                _ => None,
            })
            .collect();
        if taken.is_empty() {
            return Vec::new();
        }
        let taken_ids: std::collections::HashSet<_> = taken.iter().map(|t| t.id).collect();
        let mut all: Vec<RatingTap> = here
            .iter()
            .filter(|mine| !taken_ids.contains(&mine.id))
            .cloned()
            .collect();
        all.extend(taken.into_iter().cloned());
        std::iter::once(Write::ClearRatingHours)
            .chain(hour_tallies(&all).into_iter().map(Write::PutRatingHour))
            .collect()
    }

    fn staff_record(record: &StaffRecord) -> Write {
        match record.clone() {
            StaffRecord::Question(q) => Write::PutQuestion(q),
            StaffRecord::Person(p) => Write::PutPerson(p),
            StaffRecord::Goal(g) => Write::PutGoal(g),
            StaffRecord::CheckIn(c) => Write::PutCheckIn(c),
            StaffRecord::Conversation(c) => Write::PutConversation(c),
            StaffRecord::Reflection(r) => Write::PutReflection(r),
            StaffRecord::Praise(p) => Write::PutPraise(p),
            StaffRecord::Visit(v) => Write::PutVisit(v),
            StaffRecord::Rating(r) => Write::PutRating(r),
            StaffRecord::Complaint(c) => Write::PutComplaint(c),
            StaffRecord::Attempt(a) => Write::PutAttempt(a),
            StaffRecord::Meeting(m) => Write::PutMeeting(m),
            StaffRecord::Story(s) => Write::PutStory(s),
            StaffRecord::BingoCard(c) => Write::PutBingoCard(c),
            StaffRecord::BingoTick(t) => Write::PutBingoTick(t),
        }
    }

    fn record(record: &Record) -> Write {
        match record.clone() {
            Record::Profile(p) => Write::PutProfile(p),
            Record::Area(a) => Write::PutArea(a),
            Record::Standard(s) => Write::PutStandard(s),
            Record::Script(s) => Write::PutScript(s),
            Record::Value(v) => Write::PutValue(v),
            Record::Role(r) => Write::PutRole(r),
            Record::Rule(r) => Write::PutRule(r),
            Record::Checklist(c) => Write::PutChecklist(c),
            Record::Check(c) => Write::PutCheck(c),
        }
    }

    /// A merge: the records the plan takes, settled against what the tablet will hold
    /// (see [`ImportPlan::settled`]), their unknown fields, new match times (added to
    /// `matched`, those known so far), and the file's remembered deletions of records
    /// this tablet does not hold (`deletions_here`: those it remembers itself).
    pub fn import_merge(
        plan: &ImportPlan,
        file: &ImportFile,
        library: &Library,
        here: &Here,
        matched: &Matched,
        now: Timestamp,
    ) -> Vec<Write> {
        let mut writes = Write::merged(plan, file, library, here, now);
        writes.push(Write::PutMatched(matched.with(plan.matched_after())));
        writes
    }

    /// What a merge stores, but for the file's match times (sync keeps its own ledger).
    pub fn merged(
        plan: &ImportPlan,
        file: &ImportFile,
        library: &Library,
        here: &Here,
        now: Timestamp,
    ) -> Vec<Write> {
        let settled = plan.settled(library, now);
        // Most files bring no unknown fields: then no key of 200,000 records is computed.
        let extras: Vec<Write> = if file.extras.0.is_empty() {
            Vec::new()
        } else {
            settled
                .records
                .iter()
                .map(|r| r.key())
                .chain(settled.staff.iter().map(|r| r.key()))
                .filter_map(|key| {
                    file.extras.0.get(&key).map(|fields| Write::PutExtras {
                        key,
                        fields: fields.clone(),
                    })
                })
                .collect()
        };
        let brought_back = settled
            .forgotten
            .iter()
            .cloned()
            .map(Write::DeleteTombstone);
        let sections = sections_to_keep(file, library)
            .into_iter()
            .map(|(key, fields)| Write::PutExtras { key, fields });
        let remembered = deletions_to_keep(file, library, here)
            .into_iter()
            .map(Write::PutTombstone);
        let hours = Write::rating_hours_after(&here.ratings, &settled.staff);
        settled
            .records
            .iter()
            .map(Write::record)
            .chain(settled.staff.iter().map(Write::staff_record))
            .chain(hours)
            .chain(extras)
            .chain(brought_back)
            .chain(remembered)
            .chain(sections)
            .collect::<Vec<_>>()
    }

    /// "Replace everything": keep a backup of what is there (beside the two newest kept
    /// before, `kept`: the keys there are now), empty it, then store the file whole (the
    /// seven host parameters stay, from the file or as built in).
    pub fn import_replace(
        file: &ImportFile,
        backup_before: String,
        kept: &[String],
        now: Timestamp,
    ) -> Vec<Write> {
        let d = &file.data;
        let staff = staff_records_of(file);
        let missing_builtins = HostParameter::ALL
            .iter()
            .enumerate()
            .filter(|(_, p)| !d.areas.iter().any(|a| a.id == p.area_id()))
            .map(|(i, p)| Write::PutArea(Area::builtin(*p, i as u32, now)));
        let records = d
            .profile
            .iter()
            .cloned()
            .map(Write::PutProfile)
            .chain(d.areas.iter().cloned().map(Write::PutArea))
            .chain(missing_builtins)
            .chain(d.roles.iter().cloned().map(Write::PutRole))
            .chain(d.values.iter().cloned().map(Write::PutValue))
            .chain(d.standards.iter().cloned().map(Write::PutStandard))
            .chain(d.scripts.iter().cloned().map(Write::PutScript))
            .chain(d.rules.iter().cloned().map(Write::PutRule))
            .chain(d.checklists.iter().cloned().map(Write::PutChecklist))
            .chain(d.checks.iter().cloned().map(Write::PutCheck))
            .chain(staff.iter().map(Write::staff_record));
        let extras = file.extras.0.iter().map(|(key, fields)| Write::PutExtras {
            key: key.clone(),
            fields: fields.clone(),
        });
        let deletions = d.deletions.iter().cloned().map(Write::PutTombstone);
        let hours = hour_tallies(&d.ratings)
            .into_iter()
            .map(Write::PutRatingHour);
        // Everything now matches the file, so importing it again raises no conflict.
        let matched = Matched(sorting::map_of(
            records_of(file)
                .iter()
                .map(|r| (r.key(), r.updated()))
                .chain(
                    staff_records_of(file)
                        .iter()
                        .map(|r| (r.key(), Mergeable::updated(r))),
                ),
        ));
        let dropped = kept_backups::to_drop(kept)
            .into_iter()
            .map(Write::DeleteKeptBackup);
        dropped
            .chain([
                Write::PutKeptBackup {
                    key: kept_backups::key_for(now),
                    text: backup_before,
                },
                Write::ClearForReplace,
            ])
            .chain(records)
            .chain(hours)
            .chain(extras)
            .chain(deletions)
            .chain([Write::PutMatched(matched), Write::ForgetSyncSince])
            .collect()
    }

    /// The person's choices between two tablets' copies: the other tablet's taken as a
    /// merge takes it; this tablet's kept as a change made `now`, so that it reaches the
    /// other tablet even where it is the older copy.
    pub fn sync_choices(
        choices: &ImportPlan,
        file: &ImportFile,
        library: &Library,
        here: &Here,
        now: Timestamp,
    ) -> Vec<Write> {
        let kept_mine = choices
            .items
            .iter()
            .filter(|i| i.choice == crate::domain::file::merge::Choice::Mine)
            .filter_map(|i| i.mine.as_ref())
            .map(|mine| Write::record(&mine.clone().stamped(now)));
        let kept_staff = choices
            .staff
            .iter()
            .filter(|i| i.choice == crate::domain::file::merge::Choice::Mine)
            .filter_map(|i| i.mine.as_ref())
            .map(|mine| Write::staff_record(&mine.clone().stamped(now)));
        let mut writes = Write::merged(choices, file, library, here, now);
        writes.extend(kept_mine.chain(kept_staff));
        writes
    }

    /// A record stored again as changed `now`: kept here against a deletion from
    /// elsewhere, it must read as newer than that deletion on every tablet.
    pub fn restamped(record: &crate::domain::file::merge::Either, now: Timestamp) -> Write {
        use crate::domain::file::merge::Either;
        match record {
            Either::Business(r) => Write::record(&r.clone().stamped(now)),
            Either::Staff(r) => Write::staff_record(&r.clone().stamped(now)),
        }
    }

    /// A deletion pulled from the server, done as here ([`Removal`]); a person's erasure
    /// is planned against storage and written with [`Write::person_erasure`].
    pub fn removal(removal: &Removal) -> Vec<Write> {
        match removal {
            Removal::Plain(tombstone) => Write::forget_pulled(tombstone).unwrap_or_default(),
            Removal::Record(deletion) => Write::deletion(deletion),
            Removal::Goal(goal) => Write::goal_removal(goal),
            Removal::Area(id, tombstone) => vec![
                Write::DeleteExtras(tombstone.key()),
                Write::DeleteArea(*id),
                Write::PutTombstone(tombstone.clone()),
            ],
            Removal::Role(id, tombstone) => vec![
                Write::DeleteExtras(tombstone.key()),
                Write::DeleteRole(*id),
                Write::PutTombstone(tombstone.clone()),
            ],
            Removal::Person(..) => Vec::new(),
        }
    }

    /// A record nothing needs repaired for, deleted at the pulled deletion's moment.
    fn forget_pulled(t: &Tombstone) -> Option<Vec<Write>> {
        fn id<T: std::str::FromStr>(t: &Tombstone) -> Option<T> {
            t.id.parse().ok()
        }
        let at = t.deleted;
        Some(match t.section.as_str() {
            "check_ins" => Write::forget(Section::CheckIns, id(t)?, at, Write::DeleteCheckIn),
            "conversations" => Write::forget(
                Section::Conversations,
                id(t)?,
                at,
                Write::DeleteConversation,
            ),
            "reflections" => {
                Write::forget(Section::Reflections, id(t)?, at, Write::DeleteReflection)
            }
            "praise" => Write::forget(Section::Praise, id(t)?, at, Write::DeletePraise),
            "checklists" => Write::forget(Section::Checklists, id(t)?, at, Write::DeleteChecklist),
            "visits" => Write::forget(Section::Visits, id(t)?, at, Write::DeleteVisit),
            "complaints" => Write::forget(Section::Complaints, id(t)?, at, Write::DeleteComplaint),
            "checks" => Write::forget(Section::Checks, id(t)?, at, Write::DeleteCheck),
            "attempts" => Write::forget(Section::Attempts, id(t)?, at, Write::DeleteAttempt),
            "stories" => Write::forget(Section::Stories, id(t)?, at, Write::DeleteStory),
            "questions" => Write::forget(Section::Questions, id(t)?, at, Write::DeleteQuestion),
            _ => return None,
        })
    }

    /// Deleting something that can be undone: the record, the links to it, and the
    /// remembered deletion, together.
    pub fn deletion(deletion: &Deletion) -> Vec<Write> {
        let record = match &deletion.deleted {
            Deleted::Standard(s) => Write::DeleteStandard(s.id),
            Deleted::Script(s) => Write::DeleteScript(s.id),
            Deleted::Value(v) => Write::DeleteValue(v.id),
            Deleted::Rule(r) => Write::DeleteRule(r.id),
        };
        Write::links(&deletion.unlinked)
            .chain([record, Write::PutTombstone(deletion.tombstone.clone())])
            .collect()
    }

    /// Putting it back exactly as it was, with its links (a new standard or script must
    /// not overwrite one that took its place, so those are inserted).
    pub fn restoration(restoration: &Restoration) -> Vec<Write> {
        let record = match restoration.restored.clone() {
            Deleted::Standard(s) => Write::InsertStandard(s),
            Deleted::Script(s) => Write::InsertScript(s),
            Deleted::Value(v) => Write::PutValue(v),
            Deleted::Rule(r) => Write::PutRule(r),
        };
        [
            record,
            Write::DeleteTombstone(restoration.tombstone_key.clone()),
        ]
        .into_iter()
        .chain(Write::links(&restoration.relinked))
        .collect()
    }
}
