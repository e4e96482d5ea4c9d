//! Merging a file into what a tablet already has: each incoming record is new,
//! updated (the file's copy is newer), unchanged, older (skipped), or in conflict
//! (changed on both sides since they last matched). Newer wins unless the person
//! says otherwise, item by item.

use super::envelope::FileData;
use super::extras::Extras;
use super::read::ImportFile;
use super::references::{resolve, LeftOut};
use super::write::all_data;
use crate::domain::authority::{AuthorityRule, Role};
use crate::domain::deletion::Tombstone;
use crate::domain::drip::{BingoCard, BingoTick, Meeting, Story};
use crate::domain::knowledge::{Attempt, KnowledgeCheck};
use crate::domain::library::Library;
use crate::domain::sorting;
use crate::domain::staff::GoalKind;
use crate::domain::staff::{CheckIn, Goal, HostConversation, Person, Praise, Question, Reflection};
use crate::domain::values::{CoreValue, Profile};
use crate::domain::visits::{Checklist, Visit};
use crate::domain::voice::{Complaint, RatingTap};
use crate::domain::{Area, Script, Standard, Timestamp};
use crate::domain::{Day, GoalId};
use std::collections::{BTreeMap, HashMap, HashSet};

/// What storage holds beyond the library, for a merge to compare with and a backup to
/// hold: every check-in, every rating, and every remembered deletion.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Here {
    pub check_ins: Vec<CheckIn>,
    pub deletions: Vec<Tombstone>,
    pub ratings: Vec<RatingTap>,
}

/// When each record last matched a file: the `updated` time both sides then had.
/// A record changed after that on both sides is a conflict.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Matched(pub BTreeMap<String, Timestamp>);

impl Matched {
    /// These match times, with `newer` added or replacing older ones.
    pub fn with(&self, newer: impl IntoIterator<Item = (String, Timestamp)>) -> Matched {
        let mut all = self.0.clone();
        all.extend(newer);
        Matched(all)
    }
}

/// One record of any kind, as the file or the tablet has it.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    Profile(Profile),
    Area(Area),
    Standard(Standard),
    Script(Script),
    Value(CoreValue),
    Role(Role),
    Rule(AuthorityRule),
    Checklist(Checklist),
    Check(KnowledgeCheck),
}

impl Record {
    /// `section/id`: the key extras and match times are kept under.
    pub fn key(&self) -> String {
        let (section, id) = match self {
            Record::Profile(_) => return "profile".into(),
            Record::Area(r) => ("areas", r.id.to_string()),
            Record::Standard(r) => ("standards", r.id.to_string()),
            Record::Script(r) => ("scripts", r.id.to_string()),
            Record::Value(r) => ("values", r.id.to_string()),
            Record::Role(r) => ("roles", r.id.to_string()),
            Record::Rule(r) => ("rules", r.id.to_string()),
            Record::Checklist(r) => ("checklists", r.id.to_string()),
            Record::Check(r) => ("checks", r.id.to_string()),
        };
        super::extras::key(section, &id)
    }

    pub fn updated(&self) -> Timestamp {
        match self {
            Record::Profile(r) => r.updated.unwrap_or(Timestamp::from_unix_millis(0.0)),
            Record::Area(r) => r.updated,
            Record::Standard(r) => r.updated,
            Record::Script(r) => r.updated,
            Record::Value(r) => r.updated,
            Record::Role(r) => r.updated,
            Record::Rule(r) => r.updated,
            Record::Checklist(r) => r.updated,
            Record::Check(r) => r.updated,
        }
    }

    /// When the record was first made (the profile has no such time).
    pub fn created(&self) -> Option<Timestamp> {
        match self {
            Record::Profile(_) => None,
            Record::Area(r) => Some(r.created),
            Record::Standard(r) => Some(r.created),
            Record::Script(r) => Some(r.created),
            Record::Value(r) => Some(r.created),
            Record::Role(r) => Some(r.created),
            Record::Rule(r) => Some(r.created),
            Record::Checklist(r) => Some(r.created),
            Record::Check(r) => Some(r.created),
        }
    }

    /// The same content, whatever the timestamps say (a built-in area seeded on two
    /// tablets differs only in when each was created).
    fn same_content(&self, other: &Record) -> bool {
        let t = Timestamp::from_unix_millis(0.0);
        macro_rules! same {
            ($ty:ident, $a:expr, $b:expr) => {
                $ty {
                    created: t,
                    updated: t,
                    ..$a.clone()
                } == $ty {
                    created: t,
                    updated: t,
                    ..$b.clone()
                }
            };
        }
        match (self, other) {
            (Record::Profile(a), Record::Profile(b)) => {
                Profile {
                    updated: None,
                    ..a.clone()
                } == Profile {
                    updated: None,
                    ..b.clone()
                }
            }
            (Record::Area(a), Record::Area(b)) => same!(Area, a, b),
            (Record::Standard(a), Record::Standard(b)) => same!(Standard, a, b),
            (Record::Script(a), Record::Script(b)) => same!(Script, a, b),
            (Record::Value(a), Record::Value(b)) => same!(CoreValue, a, b),
            (Record::Role(a), Record::Role(b)) => same!(Role, a, b),
            (Record::Rule(a), Record::Rule(b)) => same!(AuthorityRule, a, b),
            (Record::Checklist(a), Record::Checklist(b)) => same!(Checklist, a, b),
            (Record::Check(a), Record::Check(b)) => same!(KnowledgeCheck, a, b),
            _ => false,
        }
    }
}

impl Record {
    /// The same record, last changed at `at`.
    pub fn stamped(self, at: Timestamp) -> Record {
        match self {
            Record::Profile(mut r) => {
                r.updated = Some(at);
                Record::Profile(r)
            }
            Record::Area(mut r) => {
                r.updated = at;
                Record::Area(r)
            }
            Record::Standard(mut r) => {
                r.updated = at;
                Record::Standard(r)
            }
            Record::Script(mut r) => {
                r.updated = at;
                Record::Script(r)
            }
            Record::Value(mut r) => {
                r.updated = at;
                Record::Value(r)
            }
            Record::Role(mut r) => {
                r.updated = at;
                Record::Role(r)
            }
            Record::Rule(mut r) => {
                r.updated = at;
                Record::Rule(r)
            }
            Record::Checklist(mut r) => {
                r.updated = at;
                Record::Checklist(r)
            }
            Record::Check(mut r) => {
                r.updated = at;
                Record::Check(r)
            }
        }
    }
}

/// One staff record, as the file or the tablet has it. Kept apart from [`Record`]:
/// these are merged by the same rules, but counted and listed on their own (a backup
/// may bring 200,000 check-ins).
#[derive(Clone, Debug, PartialEq)]
pub enum StaffRecord {
    Question(Question),
    Person(Person),
    Goal(Goal),
    CheckIn(CheckIn),
    Conversation(HostConversation),
    Reflection(Reflection),
    Praise(Praise),
    Visit(Visit),
    Rating(RatingTap),
    Complaint(Complaint),
    Attempt(Attempt),
    Meeting(Meeting),
    Story(Story),
    BingoCard(BingoCard),
    BingoTick(BingoTick),
}

impl StaffRecord {
    /// Check-ins and ratings: many, and nothing points at them.
    fn is_leaf(&self) -> bool {
        matches!(self, StaffRecord::CheckIn(_) | StaffRecord::Rating(_))
    }

    /// For check-ins and ratings ([`Self::is_leaf`]): whether one stays
    /// once links are resolved with `goals` left. A check-in needs its goal, as
    /// `references::resolve` drops it; a rating needs nothing. `None` for the rest.
    fn leaf_kept(&self, goals: &HashSet<GoalId>) -> Option<bool> {
        match self {
            StaffRecord::CheckIn(c) => Some(goals.contains(&c.goal_id)),
            StaffRecord::Rating(_) => Some(true),
            _ => None,
        }
    }

    pub fn key(&self) -> String {
        let (section, id) = match self {
            StaffRecord::Question(r) => ("questions", r.id.to_string()),
            StaffRecord::Person(r) => ("people", r.id.to_string()),
            StaffRecord::Goal(r) => ("goals", r.id.to_string()),
            StaffRecord::CheckIn(r) => ("check_ins", r.id.to_string()),
            StaffRecord::Conversation(r) => ("conversations", r.id.to_string()),
            StaffRecord::Reflection(r) => ("reflections", r.id.to_string()),
            StaffRecord::Praise(r) => ("praise", r.id.to_string()),
            StaffRecord::Visit(r) => ("visits", r.id.to_string()),
            StaffRecord::Complaint(r) => ("complaints", r.id.to_string()),
            StaffRecord::Attempt(r) => ("attempts", r.id.to_string()),
            StaffRecord::Meeting(r) => ("meetings", r.id.to_string()),
            StaffRecord::Story(r) => ("stories", r.id.to_string()),
            StaffRecord::BingoCard(r) => ("bingo_cards", r.id.to_string()),
            StaffRecord::BingoTick(r) => ("bingo_ticks", r.id.to_string()),
            StaffRecord::Rating(r) => ("ratings", r.id.to_string()),
        };
        super::extras::key(section, &id)
    }

    fn times(&self) -> (Timestamp, Timestamp) {
        match self {
            StaffRecord::Question(r) => (r.created, r.updated),
            StaffRecord::Person(r) => (r.created, r.updated),
            StaffRecord::Goal(r) => (r.created, r.updated),
            StaffRecord::CheckIn(r) => (r.created, r.updated),
            StaffRecord::Conversation(r) => (r.created, r.updated),
            StaffRecord::Reflection(r) => (r.created, r.updated),
            StaffRecord::Praise(r) => (r.created, r.updated),
            StaffRecord::Visit(r) => (r.created, r.updated),
            StaffRecord::Complaint(r) => (r.created, r.updated),
            StaffRecord::Attempt(r) => (r.created, r.updated),
            StaffRecord::Meeting(r) => (r.created, r.updated),
            StaffRecord::Story(r) => (r.created, r.updated),
            StaffRecord::BingoCard(r) => (r.created, r.updated),
            StaffRecord::BingoTick(r) => (r.created, r.updated),
            // A tap is made once; only its reason may follow within the pause.
            StaffRecord::Rating(r) => (r.at, r.last_changed()),
        }
    }

    /// The same record, last changed at `at`.
    pub fn stamped(self, at: Timestamp) -> StaffRecord {
        macro_rules! stamp {
            ($variant:ident, $r:expr) => {{
                let mut r = $r;
                r.updated = at;
                StaffRecord::$variant(r)
            }};
        }
        match self {
            StaffRecord::Question(r) => stamp!(Question, r),
            StaffRecord::Person(r) => stamp!(Person, r),
            StaffRecord::Goal(r) => stamp!(Goal, r),
            StaffRecord::CheckIn(r) => stamp!(CheckIn, r),
            StaffRecord::Conversation(r) => stamp!(Conversation, r),
            StaffRecord::Reflection(r) => stamp!(Reflection, r),
            StaffRecord::Praise(r) => stamp!(Praise, r),
            StaffRecord::Visit(r) => stamp!(Visit, r),
            StaffRecord::Complaint(r) => stamp!(Complaint, r),
            StaffRecord::Attempt(r) => stamp!(Attempt, r),
            StaffRecord::Meeting(r) => stamp!(Meeting, r),
            StaffRecord::Story(r) => stamp!(Story, r),
            StaffRecord::BingoCard(r) => stamp!(BingoCard, r),
            StaffRecord::BingoTick(r) => stamp!(BingoTick, r),
            StaffRecord::Rating(r) => StaffRecord::Rating(r),
        }
    }

    /// The same record with both timestamps set to `t`, to compare content alone.
    fn untimed(&self) -> StaffRecord {
        let t = Timestamp::from_unix_millis(0.0);
        macro_rules! untimed {
            ($variant:ident, $r:expr) => {{
                let mut r = $r.clone();
                r.created = t;
                r.updated = t;
                StaffRecord::$variant(r)
            }};
        }
        match self {
            StaffRecord::Question(r) => untimed!(Question, r),
            StaffRecord::Person(r) => untimed!(Person, r),
            StaffRecord::Goal(r) => untimed!(Goal, r),
            StaffRecord::CheckIn(r) => untimed!(CheckIn, r),
            StaffRecord::Conversation(r) => untimed!(Conversation, r),
            StaffRecord::Reflection(r) => untimed!(Reflection, r),
            StaffRecord::Praise(r) => untimed!(Praise, r),
            StaffRecord::Visit(r) => untimed!(Visit, r),
            StaffRecord::Complaint(r) => untimed!(Complaint, r),
            StaffRecord::Attempt(r) => untimed!(Attempt, r),
            StaffRecord::Meeting(r) => untimed!(Meeting, r),
            StaffRecord::Story(r) => untimed!(Story, r),
            StaffRecord::BingoCard(r) => untimed!(BingoCard, r),
            StaffRecord::BingoTick(r) => untimed!(BingoTick, r),
            StaffRecord::Rating(r) => StaffRecord::Rating(r.clone()),
        }
    }
}

/// What merging needs of any record.
pub trait Mergeable: Clone {
    fn key(&self) -> String;
    fn updated(&self) -> Timestamp;
    fn created(&self) -> Option<Timestamp>;
    fn same_content(&self, other: &Self) -> bool;
    /// Records whose id is made from what they are of (a week's meeting, a week's bingo
    /// card): two tablets make the same id for records written apart, so two copies made
    /// at different times are two people's work, never one newer than the other.
    fn made_apart(&self, _other: &Self) -> bool {
        false
    }
}

impl Mergeable for Record {
    fn key(&self) -> String {
        Record::key(self)
    }
    fn updated(&self) -> Timestamp {
        Record::updated(self)
    }
    fn created(&self) -> Option<Timestamp> {
        Record::created(self)
    }
    fn same_content(&self, other: &Self) -> bool {
        Record::same_content(self, other)
    }
}

impl Mergeable for StaffRecord {
    fn key(&self) -> String {
        StaffRecord::key(self)
    }
    fn updated(&self) -> Timestamp {
        self.times().1
    }
    fn created(&self) -> Option<Timestamp> {
        Some(self.times().0)
    }
    fn made_apart(&self, other: &Self) -> bool {
        matches!(
            (self, other),
            (StaffRecord::Meeting(_), StaffRecord::Meeting(_))
                | (StaffRecord::BingoCard(_), StaffRecord::BingoCard(_))
        ) && self.times().0 != other.times().0
    }
    fn same_content(&self, other: &Self) -> bool {
        self.untimed() == other.untimed()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    New,
    Updated,
    Unchanged,
    Older,
    Conflict,
    /// Deleted on this tablet after the file's copy was last changed: it stays deleted
    /// unless the person brings it back.
    DeletedHere,
}

/// A merged record as [`ImportPlan::rejudge`] shows it.
pub struct Judged {
    pub key: String,
    pub status: Status,
    /// When the incoming copy last changed.
    pub theirs: Timestamp,
    /// When this tablet's copy last changed, if it holds one.
    pub mine: Option<Timestamp>,
}

/// Which copy stays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Theirs,
    Mine,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item<R = Record> {
    pub theirs: R,
    pub mine: Option<R>,
    pub status: Status,
    pub choice: Choice,
    /// This tablet remembers deleting the record (at any time): taking the file's copy
    /// forgets that deletion.
    pub deleted_here: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub older: usize,
    pub conflicts: usize,
    pub deleted_here: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    pub items: Vec<Item>,
    /// People, goals, check-ins and the rest, merged by the same rules.
    pub staff: Vec<Item<StaffRecord>>,
    /// Goals done (or not) once a day, and the days already done on this tablet: a
    /// check-in for such a day is never taken a second time, whatever is chosen.
    done_goals: HashSet<GoalId>,
    done_here: HashSet<(GoalId, Day)>,
}

/// Every staff record a file holds, in an order that stores what is pointed at first.
pub fn staff_records_of(file: &ImportFile) -> Vec<StaffRecord> {
    staff_records_in(&file.data)
}

fn staff_records_in(data: &FileData) -> Vec<StaffRecord> {
    staff_records(&data.questions, &data.people, &data.goals)
        .chain(data.check_ins.iter().cloned().map(StaffRecord::CheckIn))
        .chain(
            data.conversations
                .iter()
                .cloned()
                .map(StaffRecord::Conversation),
        )
        .chain(
            data.reflections
                .iter()
                .cloned()
                .map(StaffRecord::Reflection),
        )
        .chain(data.praise.iter().cloned().map(StaffRecord::Praise))
        .chain(data.visits.iter().cloned().map(StaffRecord::Visit))
        .chain(data.ratings.iter().cloned().map(StaffRecord::Rating))
        .chain(data.complaints.iter().cloned().map(StaffRecord::Complaint))
        .chain(data.attempts.iter().cloned().map(StaffRecord::Attempt))
        .chain(drip_records(
            &data.meetings,
            &data.stories,
            &data.bingo_cards,
            &data.bingo_ticks,
        ))
        .collect()
}

fn staff_records<'a>(
    questions: &'a [Question],
    people: &'a [Person],
    goals: &'a [Goal],
) -> impl Iterator<Item = StaffRecord> + 'a {
    questions
        .iter()
        .cloned()
        .map(StaffRecord::Question)
        .chain(people.iter().cloned().map(StaffRecord::Person))
        .chain(goals.iter().cloned().map(StaffRecord::Goal))
}

/// Stories first: meetings point at them.
fn drip_records<'a>(
    meetings: &'a [Meeting],
    stories: &'a [Story],
    cards: &'a [BingoCard],
    ticks: &'a [BingoTick],
) -> impl Iterator<Item = StaffRecord> + 'a {
    stories
        .iter()
        .cloned()
        .map(StaffRecord::Story)
        .chain(meetings.iter().cloned().map(StaffRecord::Meeting))
        .chain(cards.iter().cloned().map(StaffRecord::BingoCard))
        .chain(ticks.iter().cloned().map(StaffRecord::BingoTick))
}

fn existing_staff(
    library: &Library,
    check_ins: &[CheckIn],
    ratings: &[RatingTap],
) -> BTreeMap<String, StaffRecord> {
    let s = &library.staff;
    sorting::map_of(
        staff_records(&s.questions, &s.people, &s.goals)
            .chain(check_ins.iter().cloned().map(StaffRecord::CheckIn))
            .chain(
                s.conversations
                    .iter()
                    .cloned()
                    .map(StaffRecord::Conversation),
            )
            .chain(s.reflections.iter().cloned().map(StaffRecord::Reflection))
            .chain(s.praise.iter().cloned().map(StaffRecord::Praise))
            .chain(s.visits.iter().cloned().map(StaffRecord::Visit))
            .chain(ratings.iter().cloned().map(StaffRecord::Rating))
            .chain(s.complaints.iter().cloned().map(StaffRecord::Complaint))
            .chain(s.attempts.iter().cloned().map(StaffRecord::Attempt))
            .chain(drip_records(
                &s.meetings,
                &s.stories,
                &s.bingo_cards,
                &s.bingo_ticks,
            ))
            .map(|r| (r.key(), r)),
    )
}

/// The record `library` holds under `key` (`section/id`), if any: business records and
/// those staff records the library keeps (not check-ins or ratings).
pub fn held(library: &Library, key: &str) -> Option<Either> {
    if let Some(record) = existing(library).remove(key) {
        return Some(Either::Business(record));
    }
    existing_staff(library, &[], &[])
        .remove(key)
        .map(Either::Staff)
}

/// A business or a staff record.
#[derive(Clone, Debug, PartialEq)]
pub enum Either {
    Business(Record),
    Staff(StaffRecord),
}

/// Keys of people, whose deletion is an erasure.
const ERASED_PREFIX: &str = "people/";

/// Each incoming record against the tablet's copy (see the module notes).
fn merged<R: Mergeable>(
    incoming: Vec<R>,
    mine: &BTreeMap<String, R>,
    matched: &Matched,
    deleted_here: &HashMap<String, Timestamp>,
) -> Vec<Item<R>> {
    incoming
        .into_iter()
        .map(|theirs| {
            let key = theirs.key();
            let Some(local) = mine.get(&key).cloned() else {
                // A copy changed after the deletion here comes back as new; an older one
                // stays deleted unless the person asks for it.
                let deletion = deleted_here.get(&key);
                // An erased person stays erased however recently another tablet changed
                // them: only the person importing brings them back, on purpose.
                let erased = deletion.is_some() && key.starts_with(ERASED_PREFIX);
                let deleted = erased || deletion.is_some_and(|at| *at >= theirs.updated());
                return Item {
                    theirs,
                    mine: None,
                    status: if deleted {
                        Status::DeletedHere
                    } else {
                        Status::New
                    },
                    choice: if deleted {
                        Choice::Mine
                    } else {
                        Choice::Theirs
                    },
                    deleted_here: deletion.is_some(),
                };
            };
            let status = if local.same_content(&theirs) {
                Status::Unchanged
            } else {
                match matched.0.get(&key) {
                    Some(base) if local.updated() > *base && theirs.updated() > *base => {
                        Status::Conflict
                    }
                    Some(base) if theirs.updated() > *base => Status::Updated,
                    Some(_) => Status::Older,
                    None if local.made_apart(&theirs) => Status::Conflict,
                    None if theirs.updated() > local.updated() => Status::Updated,
                    None if theirs.updated() < local.updated() => Status::Older,
                    None => Status::Conflict,
                }
            };
            // Newer wins by default, also in a conflict; the person can override. With
            // the same content, the original (made first) is kept, so a backup restored
            // on a fresh tablet replaces what that tablet seeded on its own.
            let choice = match status {
                Status::New | Status::Updated => Choice::Theirs,
                Status::Conflict if theirs.updated() > local.updated() => Choice::Theirs,
                Status::Unchanged if theirs.created() < local.created() => Choice::Theirs,
                _ => Choice::Mine,
            };
            Item {
                theirs,
                mine: Some(local),
                status,
                choice,
                deleted_here: false,
            }
        })
        .collect()
}

/// Sections a newer app wrote that the file holds and this tablet does not: kept as
/// they came (this version cannot merge what it cannot read; the tablet's own copy of
/// such a section stays).
pub fn sections_to_keep(
    file: &ImportFile,
    library: &Library,
) -> Vec<(String, serde_json::Map<String, serde_json::Value>)> {
    file.extras
        .0
        .iter()
        .filter(|(key, _)| Extras::is_section(key) && !library.extras.0.contains_key(*key))
        .map(|(key, fields)| (key.clone(), fields.clone()))
        .collect()
}

/// The file's remembered deletions to keep here: of records this tablet does not hold,
/// and later than any deletion of the same record it remembers itself.
pub fn deletions_to_keep(file: &ImportFile, library: &Library, here: &Here) -> Vec<Tombstone> {
    let held = existing(library);
    let staff_held = existing_staff(library, &[], &[]);
    let known: HashMap<String, Timestamp> = here
        .deletions
        .iter()
        .map(|t| (t.key(), t.deleted))
        .collect();
    file.data
        .deletions
        .iter()
        .filter(|t| {
            let key = t.key();
            !held.contains_key(&key)
                && !staff_held.contains_key(&key)
                && known.get(&key).is_none_or(|at| *at < t.deleted)
        })
        .cloned()
        .collect()
}

fn count<R>(items: &[Item<R>]) -> Counts {
    let mut counts = Counts::default();
    for item in items {
        *match item.status {
            Status::New => &mut counts.new,
            Status::Updated => &mut counts.updated,
            Status::Unchanged => &mut counts.unchanged,
            Status::Older => &mut counts.older,
            Status::Conflict => &mut counts.conflicts,
            Status::DeletedHere => &mut counts.deleted_here,
        } += 1;
    }
    counts
}

/// The taken records of a plan as they are to be stored ([`ImportPlan::settled`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settled {
    pub records: Vec<Record>,
    pub staff: Vec<StaffRecord>,
    /// Links to records that will not exist, and records that cannot exist without one.
    pub left_out: LeftOut,
    /// Remembered deletions to forget: of records deleted here that are stored again.
    /// One brought back but left out (its owner stays deleted) stays remembered.
    pub forgotten: Vec<String>,
}

/// Where each record of one copy of the data is, by list and id. A settle puts thousands
/// of records in place: searching a list for each was quadratic (5,000 standards put
/// into 5,000 compared ids 12 million times).
#[derive(Default)]
struct Positions {
    indexed: HashSet<&'static str>,
    at: HashMap<(&'static str, u128), usize>,
}

impl Positions {
    /// Puts `record` in place of the one in `list` with its id, or at the end.
    fn upsert<T>(
        &mut self,
        list: &mut Vec<T>,
        record: T,
        name: &'static str,
        id: impl Fn(&T) -> u128,
    ) {
        if self.indexed.insert(name) {
            // The first of two with one id is the one replaced, as a search would find.
            for (i, r) in list.iter().enumerate() {
                self.at.entry((name, id(r))).or_insert(i);
            }
        }
        match self.at.entry((name, id(&record))) {
            std::collections::hash_map::Entry::Occupied(at) => list[*at.get()] = record,
            std::collections::hash_map::Entry::Vacant(at) => {
                at.insert(list.len());
                list.push(record);
            }
        }
    }
}

fn put_record(d: &mut FileData, record: Record, p: &mut Positions) {
    match record {
        Record::Profile(r) => d.profile = Some(r),
        Record::Area(r) => p.upsert(&mut d.areas, r, "areas", |r| r.id.as_u128()),
        Record::Standard(r) => p.upsert(&mut d.standards, r, "standards", |r| r.id.as_u128()),
        Record::Script(r) => p.upsert(&mut d.scripts, r, "scripts", |r| r.id.as_u128()),
        Record::Value(r) => p.upsert(&mut d.values, r, "values", |r| r.id.as_u128()),
        Record::Role(r) => p.upsert(&mut d.roles, r, "roles", |r| r.id.as_u128()),
        Record::Rule(r) => p.upsert(&mut d.rules, r, "rules", |r| r.id.as_u128()),
        Record::Checklist(r) => p.upsert(&mut d.checklists, r, "checklists", |r| r.id.as_u128()),
        Record::Check(r) => p.upsert(&mut d.checks, r, "checks", |r| r.id.as_u128()),
    }
}

fn put_staff_record(d: &mut FileData, record: StaffRecord, p: &mut Positions) {
    match record {
        StaffRecord::Question(r) => p.upsert(&mut d.questions, r, "questions", |r| r.id.as_u128()),
        StaffRecord::Person(r) => p.upsert(&mut d.people, r, "people", |r| r.id.as_u128()),
        StaffRecord::Goal(r) => p.upsert(&mut d.goals, r, "goals", |r| r.id.as_u128()),
        StaffRecord::Conversation(r) => {
            p.upsert(&mut d.conversations, r, "conversations", |r| r.id.as_u128())
        }
        StaffRecord::Reflection(r) => {
            p.upsert(&mut d.reflections, r, "reflections", |r| r.id.as_u128())
        }
        StaffRecord::Praise(r) => p.upsert(&mut d.praise, r, "praise", |r| r.id.as_u128()),
        StaffRecord::Visit(r) => p.upsert(&mut d.visits, r, "visits", |r| r.id.as_u128()),
        StaffRecord::Complaint(r) => {
            p.upsert(&mut d.complaints, r, "complaints", |r| r.id.as_u128())
        }
        StaffRecord::Attempt(r) => p.upsert(&mut d.attempts, r, "attempts", |r| r.id.as_u128()),
        StaffRecord::Meeting(r) => p.upsert(&mut d.meetings, r, "meetings", |r| r.id.as_u128()),
        StaffRecord::Story(r) => p.upsert(&mut d.stories, r, "stories", |r| r.id.as_u128()),
        StaffRecord::BingoCard(r) => {
            p.upsert(&mut d.bingo_cards, r, "bingo_cards", |r| r.id.as_u128())
        }
        StaffRecord::BingoTick(r) => {
            p.upsert(&mut d.bingo_ticks, r, "bingo_ticks", |r| r.id.as_u128())
        }
        // `settled` judges these without putting them (see `StaffRecord::leaf_kept`).
        StaffRecord::CheckIn(r) => d.check_ins.push(r),
        StaffRecord::Rating(r) => d.ratings.push(r),
    }
}

/// Every record a file holds, in an order that stores what is pointed at first.
pub fn records_of(file: &ImportFile) -> Vec<Record> {
    records_in(&file.data)
}

fn records_in(d: &FileData) -> Vec<Record> {
    d.profile
        .iter()
        .cloned()
        .map(Record::Profile)
        .chain(d.areas.iter().cloned().map(Record::Area))
        .chain(d.roles.iter().cloned().map(Record::Role))
        .chain(d.values.iter().cloned().map(Record::Value))
        .chain(d.standards.iter().cloned().map(Record::Standard))
        .chain(d.scripts.iter().cloned().map(Record::Script))
        .chain(d.rules.iter().cloned().map(Record::Rule))
        .chain(d.checklists.iter().cloned().map(Record::Checklist))
        .chain(d.checks.iter().cloned().map(Record::Check))
        .collect()
}

/// When each record here was last changed, by key (`section/id`): what sync compares a
/// deletion made elsewhere with. `check_ins` and `ratings` are those storage holds.
pub fn changed_here(
    library: &Library,
    check_ins: &[CheckIn],
    ratings: &[RatingTap],
) -> HashMap<String, Timestamp> {
    existing(library)
        .into_iter()
        .map(|(key, record)| (key, record.updated()))
        .chain(
            existing_staff(library, check_ins, ratings)
                .into_iter()
                .map(|(key, record)| (key, record.times().1)),
        )
        .collect()
}

fn existing(library: &Library) -> BTreeMap<String, Record> {
    let profile =
        (library.profile != Profile::default()).then(|| Record::Profile(library.profile.clone()));
    let all = profile
        .into_iter()
        .chain(library.areas.iter().cloned().map(Record::Area))
        .chain(library.roles.iter().cloned().map(Record::Role))
        .chain(library.values.iter().cloned().map(Record::Value))
        .chain(library.standards.iter().cloned().map(Record::Standard))
        .chain(library.scripts.iter().cloned().map(Record::Script))
        .chain(library.rules.iter().cloned().map(Record::Rule))
        .chain(library.checklists.iter().cloned().map(Record::Checklist))
        .chain(library.checks.iter().cloned().map(Record::Check))
        .map(|r| (r.key(), r));
    sorting::map_of(all)
}

impl ImportPlan {
    /// Merges a file with no remembered deletions and no check-ins here: for tests and
    /// files without check-ins; the app uses [`ImportPlan::merge_with`].
    pub fn merge(library: &Library, matched: &Matched, file: &ImportFile) -> ImportPlan {
        Self::merge_with(library, &Here::default(), matched, file)
    }

    /// Merges a file with what storage holds beyond the library (see [`Here`]).
    pub fn merge_with(
        library: &Library,
        here: &Here,
        matched: &Matched,
        file: &ImportFile,
    ) -> ImportPlan {
        let mut deleted: HashMap<String, Timestamp> = HashMap::new();
        for t in &here.deletions {
            let at = deleted.entry(t.key()).or_insert(t.deleted);
            *at = (*at).max(t.deleted);
        }
        let done_goals: HashSet<GoalId> = library
            .staff
            .goals
            .iter()
            .chain(&file.data.goals)
            .filter(|g| g.kind == GoalKind::DonePerDay)
            .map(|g| g.id)
            .collect();
        let done_here = here
            .check_ins
            .iter()
            .filter(|c| done_goals.contains(&c.goal_id) && c.value > 0.0)
            .map(|c| (c.goal_id, c.date))
            .collect();
        let mut plan = ImportPlan {
            items: merged(records_of(file), &existing(library), matched, &deleted),
            staff: merged(
                staff_records_of(file),
                &existing_staff(library, &here.check_ins, &here.ratings),
                matched,
                &deleted,
            ),
            done_goals,
            done_here,
        };
        plan.one_done_a_day();
        plan
    }

    /// "Done today" logged for the same goal and day on two tablets is one thing done,
    /// not two: a new check-in for a day already done (here, or by another taken
    /// check-in) is not taken. The reader refuses a file with two, so taking both would
    /// make the next backup unreadable. Run again whenever choices change.
    fn one_done_a_day(&mut self) {
        if self.done_goals.is_empty() {
            return;
        }
        let mut done = self.done_here.clone();
        for item in &mut self.staff {
            let StaffRecord::CheckIn(c) = &item.theirs else {
                continue;
            };
            let new_done = item.mine.is_none()
                && item.choice == Choice::Theirs
                && self.done_goals.contains(&c.goal_id)
                && c.value > 0.0;
            if new_done && !done.insert((c.goal_id, c.date)) {
                item.status = Status::Unchanged;
                item.choice = Choice::Mine;
            }
        }
    }

    /// Splits off the records a person must choose between (changed on both sides, but
    /// check-ins, which keep the newer copy): the first plan is the rest, the second
    /// holds only those, with the newer preselected.
    pub fn split_off_choices(mut self) -> (ImportPlan, ImportPlan) {
        let chosen_by_hand =
            |status: Status, check_in: bool| status == Status::Conflict && !check_in;
        let (items, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut self.items)
            .into_iter()
            .partition(|i| chosen_by_hand(i.status, false));
        self.items = rest;
        let (staff, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut self.staff)
            .into_iter()
            .partition(|i| chosen_by_hand(i.status, matches!(i.theirs, StaffRecord::CheckIn(_))));
        self.staff = rest;
        let choices = ImportPlan {
            items,
            staff,
            done_goals: self.done_goals.clone(),
            done_here: self.done_here.clone(),
        };
        (self, choices)
    }

    /// Keys of taken records that would not be stored as they came: left out (what they
    /// belong to is not here) or with links dropped (to records not here). Sync waits for
    /// what they point at instead of storing less than the other tablet has.
    pub fn unsettled(&self, library: &Library, now: Timestamp) -> HashSet<String> {
        let settled = self.settled(library, now);
        let stored: HashMap<String, Option<&Record>> =
            settled.records.iter().map(|r| (r.key(), Some(r))).collect();
        let staff_stored: HashMap<String, &StaffRecord> =
            settled.staff.iter().map(|r| (r.key(), r)).collect();
        let business = self
            .taken()
            .filter(|r| stored.get(&r.key()).copied().flatten() != Some(*r))
            .map(Record::key);
        let staff = self
            .staff_taken()
            .filter(|r| staff_stored.get(&r.key()).copied() != Some(*r))
            .map(StaffRecord::key);
        business.chain(staff).collect()
    }

    /// This tablet's copies as `library` holds them now (the plan may be older than an
    /// edit made since); a copy deleted meanwhile is none.
    pub fn refresh_mine(&mut self, library: &Library) {
        let business = existing(library);
        for item in &mut self.items {
            item.mine = business.get(&item.theirs.key()).cloned();
        }
        let staff = existing_staff(library, &[], &[]);
        for item in &mut self.staff {
            // Check-ins and ratings are not in the library; they keep the copy they had.
            if let Some(now) = staff.get(&item.theirs.key()) {
                item.mine = Some(now.clone());
            }
        }
    }

    /// Leaves out the records with these keys, as if the file had not held them.
    pub fn without(&mut self, keys: &HashSet<String>) {
        self.items.retain(|i| !keys.contains(&i.theirs.key()));
        self.staff.retain(|i| !keys.contains(&i.theirs.key()));
    }

    /// Whether anything waits for a choice.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && self.staff.is_empty()
    }

    /// Sets how each record compares where the caller knows better than the times (sync
    /// knows from revisions which side changed). `judge` is given the record's key, its
    /// status by the times, and when each side last changed it (this tablet's, if held);
    /// it returns the new status and choice, or `None` to leave it.
    pub fn rejudge(&mut self, judge: impl Fn(&Judged) -> Option<(Status, Choice)>) {
        fn apply<R: Mergeable>(
            items: &mut [Item<R>],
            judge: &dyn Fn(&Judged) -> Option<(Status, Choice)>,
        ) {
            for item in items {
                let judged = Judged {
                    key: item.theirs.key(),
                    status: item.status,
                    theirs: item.theirs.updated(),
                    mine: item.mine.as_ref().map(Mergeable::updated),
                };
                if let Some((status, choice)) = judge(&judged) {
                    item.status = status;
                    item.choice = choice;
                }
            }
        }
        apply(&mut self.items, &judge);
        apply(&mut self.staff, &judge);
        self.one_done_a_day();
    }

    /// Keys of the taken records this tablet remembers deleting.
    pub fn taken_deleted_here(&self) -> Vec<String> {
        let business = self
            .items
            .iter()
            .filter(|i| i.deleted_here && i.choice == Choice::Theirs)
            .map(|i| i.theirs.key());
        let staff = self
            .staff
            .iter()
            .filter(|i| i.deleted_here && i.choice == Choice::Theirs)
            .map(|i| i.theirs.key());
        business.chain(staff).collect()
    }

    /// Brings back (or leaves deleted) every record deleted here that the file still has.
    pub fn bring_back_deleted(&mut self, back: bool) {
        let choice = if back { Choice::Theirs } else { Choice::Mine };
        for item in &mut self.items {
            if item.status == Status::DeletedHere {
                item.choice = choice;
            }
        }
        for item in &mut self.staff {
            if item.status == Status::DeletedHere {
                item.choice = choice;
            }
        }
        self.one_done_a_day();
    }

    /// Whether the records deleted here are to be brought back.
    pub fn brings_back_deleted(&self) -> bool {
        self.items
            .iter()
            .map(|i| (i.status, i.choice))
            .chain(self.staff.iter().map(|i| (i.status, i.choice)))
            .any(|(status, choice)| status == Status::DeletedHere && choice == Choice::Theirs)
    }

    /// Counts of the library records ([`ImportPlan::items`]).
    pub fn counts(&self) -> Counts {
        count(&self.items)
    }

    /// Counts of the staff records ([`ImportPlan::staff`]).
    pub fn staff_counts(&self) -> Counts {
        count(&self.staff)
    }

    /// Overrides the choice for one record (by key): one changed on both sides, or one
    /// deleted here.
    pub fn choose(&mut self, key: &str, choice: Choice) {
        let choosable = |status: Status, mine: bool| mine || status == Status::DeletedHere;
        if let Some(item) = self
            .items
            .iter_mut()
            .find(|i| i.theirs.key() == key && choosable(i.status, i.mine.is_some()))
        {
            item.choice = choice;
        }
        if let Some(item) = self
            .staff
            .iter_mut()
            .find(|i| i.theirs.key() == key && choosable(i.status, i.mine.is_some()))
        {
            item.choice = choice;
        }
        self.one_done_a_day();
    }

    /// The file's staff records to store.
    pub fn staff_taken(&self) -> impl Iterator<Item = &StaffRecord> {
        self.staff
            .iter()
            .filter(|i| i.choice == Choice::Theirs)
            .map(|i| &i.theirs)
    }

    /// The file's records to store.
    pub fn taken(&self) -> impl Iterator<Item = &Record> {
        self.items
            .iter()
            .filter(|i| i.choice == Choice::Theirs)
            .map(|i| &i.theirs)
    }

    /// The records to store, as they fit what the tablet will hold after the import:
    /// a record whose owner neither the tablet nor the taken records hold is left out
    /// (a check-in of a goal deleted here), and links to such records are dropped.
    /// A record whose links were dropped here is a change made `now`: it is stamped so,
    /// and a tablet that has the file's copy tells the two apart by time.
    pub fn settled(&self, library: &Library, now: Timestamp) -> Settled {
        // Check-ins are never pointed at: the tablet's own are not needed to settle a plan.
        let mut after = all_data(library, &Here::default());
        let taken: Vec<&Record> = self.taken().collect();
        let staff_taken: Vec<&StaffRecord> = self.staff_taken().collect();
        let mut positions = Positions::default();
        for record in &taken {
            put_record(&mut after, (*record).clone(), &mut positions);
        }
        // Check-ins and ratings (200,000 in five years) stay out of the copy the links are
        // resolved in: nothing points at them, and resolving only drops a check-in whose
        // goal is gone. They are judged against the goals that remain.
        for record in staff_taken.iter().filter(|r| !r.is_leaf()) {
            put_staff_record(&mut after, (*record).clone(), &mut positions);
        }
        let mut left_out = resolve(&mut after);
        let goals: HashSet<GoalId> = after.goals.iter().map(|g| g.id).collect();
        let mut now_held: HashMap<String, Record> = records_in(&after)
            .into_iter()
            .map(|r| (r.key(), r))
            .collect();
        let mut staff_held: HashMap<String, StaffRecord> = staff_records_in(&after)
            .into_iter()
            .map(|r| (r.key(), r))
            .collect();
        let records: Vec<Record> = taken
            .iter()
            .filter_map(|r| {
                let kept = now_held.remove(&r.key())?;
                Some(if kept == **r { kept } else { kept.stamped(now) })
            })
            .collect();
        let staff: Vec<StaffRecord> = staff_taken
            .iter()
            .filter_map(|r| {
                if let Some(kept) = r.leaf_kept(&goals) {
                    left_out.records += usize::from(!kept);
                    return kept.then(|| (*r).clone());
                }
                let kept = staff_held.remove(&r.key())?;
                Some(if kept == **r { kept } else { kept.stamped(now) })
            })
            .collect();
        let deleted_here = self.taken_deleted_here();
        let forgotten = if deleted_here.is_empty() {
            Vec::new()
        } else {
            let stored: HashSet<String> = records
                .iter()
                .map(Record::key)
                .chain(staff.iter().map(StaffRecord::key))
                .collect();
            deleted_here
                .into_iter()
                .filter(|key| stored.contains(key))
                .collect()
        };
        Settled {
            records,
            staff,
            left_out,
            forgotten,
        }
    }

    /// New match times: wherever both sides now agree or the person has seen both,
    /// so the same file read again raises no conflict.
    pub fn matched_after(&self) -> Vec<(String, Timestamp)> {
        fn agreed<R: Mergeable>(
            items: &[Item<R>],
        ) -> impl Iterator<Item = (String, Timestamp)> + '_ {
            items
                .iter()
                .filter(|i| i.status != Status::Older || i.choice == Choice::Theirs)
                .map(|i| (i.theirs.key(), i.theirs.updated()))
        }
        agreed(&self.items).chain(agreed(&self.staff)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::file::read_file;

    fn file() -> ImportFile {
        let path = format!(
            "{}/tests/files/good-backup.json",
            env!("CARGO_MANIFEST_DIR")
        );
        read_file(&std::fs::read(path).unwrap()).unwrap()
    }

    fn t(n: f64) -> Timestamp {
        Timestamp::from_unix_millis(n)
    }

    fn library_of(file: &ImportFile) -> Library {
        let d = file.data.clone();
        Library {
            profile: d.profile.unwrap_or_default(),
            areas: d.areas,
            standards: d.standards,
            scripts: d.scripts,
            values: d.values,
            roles: d.roles,
            rules: d.rules,
            ..Library::default()
        }
    }

    fn status_of(plan: &ImportPlan, key: &str) -> Status {
        plan.items
            .iter()
            .find(|i| i.theirs.key() == key)
            .unwrap()
            .status
    }

    #[test]
    fn into_an_empty_tablet_everything_is_new() {
        let plan = ImportPlan::merge(&Library::default(), &Matched::default(), &file());
        let counts = plan.counts();
        assert_eq!(counts.new, plan.items.len());
        assert_eq!(plan.taken().count(), plan.items.len());
    }

    #[test]
    fn the_same_file_twice_changes_nothing() {
        let file = file();
        let plan = ImportPlan::merge(&library_of(&file), &Matched::default(), &file);
        assert_eq!(plan.counts().unchanged, plan.items.len());
        assert_eq!(plan.taken().count(), 0);
    }

    #[test]
    fn with_the_same_content_the_original_copy_is_kept() {
        let file = file();
        let with_areas_made_at = |at: f64| {
            let mut library = library_of(&file);
            for area in &mut library.areas {
                area.created = t(at);
                area.updated = t(at);
            }
            ImportPlan::merge(&library, &Matched::default(), &file)
        };
        let older_here = with_areas_made_at(1.0e12);
        assert_eq!(older_here.counts().unchanged, older_here.items.len());
        assert_eq!(
            older_here.taken().count(),
            0,
            "this tablet's copies are the originals"
        );
        let seeded_later = with_areas_made_at(2.0e12);
        assert_eq!(seeded_later.counts().unchanged, seeded_later.items.len());
        assert_eq!(
            seeded_later.taken().count(),
            file.data.areas.len(),
            "the file's originals replace copies seeded later"
        );
    }

    #[test]
    fn newer_wins_and_older_is_skipped_when_only_one_side_changed() {
        let mut file = file();
        let mut library = library_of(&file);
        let key = |s: &Standard| format!("standards/{}", s.id);
        let (a, b) = (key(&file.data.standards[0]), key(&file.data.standards[1]));
        let base: Matched = Matched(
            [
                (a.clone(), file.data.standards[0].updated),
                (b.clone(), file.data.standards[1].updated),
            ]
            .into(),
        );
        file.data.standards[0].title = "Changed in the file".into();
        file.data.standards[0].updated = t(2.0e12);
        library.standards[1].title = "Changed here".into();
        library.standards[1].updated = t(2.0e12);
        let plan = ImportPlan::merge(&library, &base, &file);
        assert_eq!(status_of(&plan, &a), Status::Updated);
        assert_eq!(status_of(&plan, &b), Status::Older);
        let taken: Vec<_> = plan.taken().map(Record::key).collect();
        assert_eq!(taken, vec![a]);
    }

    #[test]
    fn changes_on_both_sides_since_they_last_matched_are_a_conflict_with_a_choice() {
        let mut file = file();
        let mut library = library_of(&file);
        let s = &file.data.standards[0];
        let key = format!("standards/{}", s.id);
        let base = Matched([(key.clone(), s.updated)].into());
        file.data.standards[0].title = "Theirs".into();
        file.data.standards[0].updated = t(2.0e12);
        library.standards[0].title = "Mine".into();
        library.standards[0].updated = t(2.1e12);
        let mut plan = ImportPlan::merge(&library, &base, &file);
        assert_eq!(status_of(&plan, &key), Status::Conflict);
        assert_eq!(plan.counts().conflicts, 1);
        assert_eq!(
            plan.taken().count(),
            0,
            "mine is newer, so mine stays by default"
        );
        plan.choose(&key, Choice::Theirs);
        let taken: Vec<_> = plan.taken().collect();
        assert!(matches!(taken[..], [Record::Standard(ref s)] if s.title == "Theirs"));
        assert!(plan
            .matched_after()
            .iter()
            .any(|(k, at)| *k == key && *at == t(2.0e12)));
    }
}
