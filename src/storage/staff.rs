//! Staff records in storage: one goal's check-ins for a range of days through the
//! `[goal_id, date]` index, per-goal progress at start-up from a bounded window of
//! days, the full backup (the only read of every check-in), and erasing a person.

use super::database::{decode_all, read_all, read_one, Store, Tx};
use super::failure::from_read;
use super::migrations::{ALL_STORES, BACKUPS, BEFORE_REPLACE, CHECK_INS, CHECK_INS_BY_GOAL_DATE};
use super::write::Write;
use crate::domain::file::write::backup_with_check_ins;
use crate::domain::staff::progress::{summarize, summary_window};
use crate::domain::staff::{CheckIn, Goal, GoalSummary, PersonErasure};
use crate::domain::{CheckInId, Day, GoalId, Library, PersonId, StorageFailure, Timestamp};
use indexed_db_futures::prelude::*;
use indexed_db_futures::KeyRange;
use wasm_bindgen::JsValue;

/// Today on this device's calendar (its own time zone): the day a person at the
/// counter means by "today".
pub fn today() -> Day {
    let now = js_sys::Date::new_0();
    Day::ymd(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .unwrap_or(Day::FALLBACK)
}

/// The index range for one goal's check-ins from `from` to `to`, both included.
fn goal_days(goal: GoalId, from: Day, to: Day) -> KeyRange<[String; 2]> {
    let goal = goal.to_string();
    KeyRange::Bound([goal.clone(), from.text()], false, [goal, to.text()], false)
}

/// One goal's check-ins between two days, in day order, read through the index.
async fn check_ins_in(
    tx: &Tx<'_>,
    goal: GoalId,
    from: Day,
    to: Day,
) -> Result<Vec<CheckIn>, StorageFailure> {
    if to < from {
        return Ok(Vec::new());
    }
    let store = tx.object_store(CHECK_INS).map_err(from_read)?;
    let index = store.index(CHECK_INS_BY_GOAL_DATE).map_err(from_read)?;
    let records = index
        .get_all::<JsValue>()
        .with_query::<[String; 2], _>(goal_days(goal, from, to))
        .primitive()
        .map_err(from_read)?
        .await
        .map_err(from_read)?;
    decode_all(records)
}

/// Each goal's summary as of `today`, from the check-ins of its summary window only.
/// The requests are all placed before any is awaited: one trip, not one per goal.
pub(super) async fn summaries_in(
    tx: &Tx<'_>,
    goals: &[Goal],
    today: Day,
) -> Result<Vec<GoalSummary>, StorageFailure> {
    let store = tx.object_store(CHECK_INS).map_err(from_read)?;
    let index = store.index(CHECK_INS_BY_GOAL_DATE).map_err(from_read)?;
    let mut pending = Vec::with_capacity(goals.len());
    for goal in goals {
        let (from, to) = summary_window(goal, today);
        let request = index
            .get_all::<JsValue>()
            .with_query::<[String; 2], _>(goal_days(goal.id, from, to.max(from)))
            .primitive()
            .map_err(from_read)?;
        pending.push((goal, request));
    }
    let mut summaries = Vec::with_capacity(goals.len());
    for (goal, request) in pending {
        let check_ins: Vec<CheckIn> = decode_all(request.await.map_err(from_read)?)?;
        summaries.push(summarize(goal, &check_ins, today));
    }
    Ok(summaries)
}

impl Store {
    /// One goal's check-ins from `from` to `to` (both included), in day order: for the
    /// trend chart, a goal's history, and checking a back-dated check-in.
    pub async fn check_ins_between(
        &self,
        goal: GoalId,
        from: Day,
        to: Day,
    ) -> Result<Vec<CheckIn>, StorageFailure> {
        let tx = self.db.transaction(CHECK_INS).build().map_err(from_read)?;
        check_ins_in(&tx, goal, from, to).await
    }

    /// Every check-in of one goal.
    pub async fn check_ins_of_goal(&self, goal: GoalId) -> Result<Vec<CheckIn>, StorageFailure> {
        let (first, last) = (Day::ymd(1, 1, 1), Day::ymd(9999, 12, 31));
        let (Some(first), Some(last)) = (first, last) else {
            return Ok(Vec::new());
        };
        self.check_ins_between(goal, first, last).await
    }

    /// Every check-in there is: only for a full backup and for merging one.
    pub async fn all_check_ins(&self) -> Result<Vec<CheckIn>, StorageFailure> {
        let tx = self.db.transaction(CHECK_INS).build().map_err(from_read)?;
        read_all(&tx, CHECK_INS).await
    }

    /// The summaries of some goals as of `today` (after a check-in, or on a new day).
    pub async fn goal_summaries(
        &self,
        goals: &[Goal],
        today: Day,
    ) -> Result<Vec<GoalSummary>, StorageFailure> {
        let tx = self.db.transaction(CHECK_INS).build().map_err(from_read)?;
        summaries_in(&tx, goals, today).await
    }

    /// A full backup file's text: the library with every check-in.
    pub async fn backup_text(
        &self,
        library: &Library,
        now: Timestamp,
    ) -> Result<String, StorageFailure> {
        let check_ins = self.all_check_ins().await?;
        backup_with_check_ins(library, &check_ins, &library.extras, now).map_err(|e| {
            StorageFailure::ReadFailed {
                detail: e.to_string(),
            }
        })
    }

    /// What erasing a person would remove, with counts for the confirmation. Reads
    /// their goals' check-ins and the automatic backup; writes nothing.
    pub async fn plan_person_erasure(
        &self,
        library: &Library,
        person: PersonId,
        now: Timestamp,
    ) -> Result<Option<PersonErasure>, StorageFailure> {
        let tx = self.db.transaction(ALL_STORES).build().map_err(from_read)?;
        let (first, last) = (Day::ymd(1, 1, 1), Day::ymd(9999, 12, 31));
        let mut theirs = Vec::new();
        if let (Some(first), Some(last)) = (first, last) {
            for goal in library
                .staff
                .goals
                .iter()
                .filter(|g| g.person() == Some(person))
            {
                theirs.extend(check_ins_in(&tx, goal.id, first, last).await?);
            }
        }
        // Start-up leaves the import match times out of the library; the plan needs them.
        let mut library = library.clone();
        library.matched = super::database::read_matched(&tx).await?;
        let backup: Option<String> = read_one(&tx, BACKUPS, BEFORE_REPLACE).await?;
        Ok(library.plan_person_erasure(person, &theirs, backup.as_deref(), now))
    }

    /// Applies an erasure plan in one transaction: all of it, or nothing.
    pub async fn erase_person(&self, plan: &PersonErasure) -> Result<(), StorageFailure> {
        self.write(Write::person_erasure(plan)).await
    }

    /// Deletes a goal with all its check-ins, in one transaction.
    pub async fn remove_goal(&self, goal: GoalId) -> Result<(), StorageFailure> {
        let ids: Vec<CheckInId> = self
            .check_ins_of_goal(goal)
            .await?
            .iter()
            .map(|c| c.id)
            .collect();
        self.write(Write::goal_removal(goal, &ids))
            .await
            .map_err(|e| match e {
                StorageFailure::ReadFailed { detail } => StorageFailure::WriteFailed { detail },
                other => other,
            })
    }
}
