//! Staff records in storage: one goal's check-ins for a range of days through the
//! `[goal_id, date]` index, per-goal progress at start-up from a bounded window of
//! days, the full backup (the only read of every check-in), and erasing a person.

use super::check_in_reads::{check_ins_in, summaries_in};
use super::database::Store;
use super::migrations::{ALL_STORES, BACKUPS, CHECK_INS, DELETIONS, RATINGS, RATING_HOURS};
use super::read;
use super::write::Write;
use crate::domain::deletion::{GoalRemoval, Tombstone};
use crate::domain::file::merge::Here;
use crate::domain::file::write::backup_of;
use crate::domain::staff::{CheckIn, Goal, GoalSummary, PersonErasure};
use crate::domain::voice::report::HourTally;
use crate::domain::voice::RatingTap;
use crate::domain::{Day, GoalId, Library, PersonId, StorageFailure, Timestamp};

impl Store {
    /// One goal's check-ins from `from` to `to` (both included), in day order: for the
    /// trend chart, a goal's history, and checking a back-dated check-in.
    pub async fn check_ins_between(
        &self,
        goal: GoalId,
        from: Day,
        to: Day,
    ) -> Result<Vec<CheckIn>, StorageFailure> {
        let tx = self.reading(&[CHECK_INS])?;
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
        let tx = self.reading(&[CHECK_INS])?;
        read::all(&tx, CHECK_INS)?.records(&tx).await
    }

    /// Every customer rating, for reports, backups and merging a file.
    pub async fn all_ratings(&self) -> Result<Vec<RatingTap>, StorageFailure> {
        let tx = self.reading(&[RATINGS])?;
        read::all(&tx, RATINGS)?.records(&tx).await
    }

    /// Every local hour's ratings added up: what reports read.
    pub async fn rating_hours(&self) -> Result<Vec<HourTally>, StorageFailure> {
        let tx = self.reading(&[RATING_HOURS])?;
        read::all(&tx, RATING_HOURS)?.records(&tx).await
    }

    /// Stores a customer's tap and counts it in its hour, in one transaction (the hour is
    /// read inside it, so two tabs tapping at once both count). With `reason`, the tap was
    /// stored and counted before: only the reason is added.
    pub async fn record_rating(
        &self,
        tap: &RatingTap,
        reason: Option<&str>,
    ) -> Result<(), StorageFailure> {
        let Some(key) = HourTally::key_of(tap) else {
            return Err(StorageFailure::WriteFailed {
                detail: "a tap outside any calendar day".into(),
            });
        };
        let (tx, sys) = self.writing()?;
        let stored: Option<HourTally> = read::one(&sys, RATING_HOURS, &key)?.record(&sys).await?;
        let mut hour = match stored {
            Some(hour) => hour,
            None => HourTally::for_tap(tap).ok_or_else(|| StorageFailure::WriteFailed {
                detail: "a tap outside any calendar day".into(),
            })?,
        };
        let mut tap = tap.clone();
        match reason {
            Some(reason) => {
                hour.add_reason(reason);
                tap.reason = Some(reason.to_string());
            }
            None => hour.add(&tap),
        }
        let writes = vec![Write::PutRating(tap), Write::PutRatingHour(hour)];
        super::apply::place_all(&sys, writes, &|_, _| {}).await?;
        super::database::committed(tx, &sys).await
    }

    /// What a backup holds beside the library: every check-in, rating and remembered
    /// deletion.
    pub async fn here(&self) -> Result<Here, StorageFailure> {
        Ok(Here {
            check_ins: self.all_check_ins().await?,
            deletions: self.deletions().await?,
            ratings: self.all_ratings().await?,
        })
    }

    /// Every remembered deletion: for a full backup and for merging a file.
    pub async fn deletions(&self) -> Result<Vec<Tombstone>, StorageFailure> {
        let tx = self.reading(&[DELETIONS])?;
        read::all(&tx, DELETIONS)?.records(&tx).await
    }

    /// The summaries of some goals as of `today` (after a check-in, or on a new day).
    pub async fn goal_summaries(
        &self,
        goals: &[Goal],
        today: Day,
    ) -> Result<Vec<GoalSummary>, StorageFailure> {
        let tx = self.reading(&super::check_in_reads::SUMMARY_STORES)?;
        let summaries = summaries_in(&tx, goals, today).await;
        super::database::mark(super::database::SUMMARIES_READ_MARK);
        summaries
    }

    /// A full backup file's text: the library with every check-in.
    pub async fn backup_text(
        &self,
        library: &Library,
        now: Timestamp,
    ) -> Result<String, StorageFailure> {
        let here = self.here().await?;
        backup_of(library, &here, &library.extras, now).map_err(|e| StorageFailure::ReadFailed {
            detail: e.to_string(),
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
        let tx = self.reading(&ALL_STORES)?;
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
        let matched = super::database::read_matched(&tx).await?;
        let keys: Vec<String> = read::keys(&tx, BACKUPS)?.records(&tx).await?;
        let texts: Vec<String> = read::all(&tx, BACKUPS)?.records(&tx).await?;
        let kept: Vec<(String, String)> = keys.into_iter().zip(texts).collect();
        Ok(library.plan_person_erasure(person, &theirs, &matched, &kept, now))
    }

    /// Applies an erasure plan in one transaction: all of it, or nothing. Their goals'
    /// check-ins are found inside that transaction, not taken from the plan, so one
    /// logged meanwhile goes too.
    pub async fn erase_person(&self, plan: &PersonErasure) -> Result<(), StorageFailure> {
        self.write_removing_check_ins_of(&plan.goals, Write::person_erasure(plan))
            .await
    }

    /// Deletes a goal with all its check-ins (found in the same transaction) and its
    /// links from conversations.
    pub async fn remove_goal(&self, removal: &GoalRemoval) -> Result<(), StorageFailure> {
        self.write_removing_check_ins_of(&[removal.goal], Write::goal_removal(removal))
            .await
    }
}
