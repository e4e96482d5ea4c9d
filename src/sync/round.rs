//! One sync round: pull what changed on the server since the checkpoint, a batch at a
//! time, each batch stored in one transaction with its ledger entries and the new
//! checkpoint; then push what changed here. A round that stops half-way (a reload, the
//! server gone mid-push) leaves the ledger true to what was stored on both sides, and
//! the next round goes on from there.

use super::client::Couch;
use crate::clock::{now, today};
use crate::commands::Commands;
use crate::domain::file::merge::{Here, ImportPlan};
use crate::domain::file::ImportFile;
use crate::domain::state::Action;
use crate::domain::sync::changes::checkpoint;
use crate::domain::sync::incoming::weigh_batch;
use crate::domain::sync::ledger::{Ledger, SyncedDoc};
use crate::domain::sync::push::{outgoing, settle, Outgoing};
use crate::domain::sync::removal::{plan_removals, Removal};
use crate::domain::sync::{split_doc_id, Doc, Rejected, Scope, SyncFailure, SyncSettings};
use crate::domain::{Library, StorageFailure};
use crate::pacing::give_page_back;
use crate::storage::{Store, Write};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// Documents read per `_changes` call: one transaction each.
const PULL_BATCH: usize = 500;
/// Documents sent per `_bulk_docs` call.
const PUSH_BATCH: usize = 200;

/// Records changed on both sides, for the person to choose between.
#[derive(Clone, Debug, PartialEq)]
pub struct Choices {
    pub plan: ImportPlan,
    /// The batch they came in (for names of people and standards they point at).
    pub file: ImportFile,
    /// The server's revision of each, by record key.
    pub revs: HashMap<String, String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub fetched: usize,
    pub sent: usize,
    pub kept_aside: Vec<Rejected>,
    /// Deletions from elsewhere not done here (changed or in use here).
    pub deletions_kept: usize,
    pub choices: Option<Rc<Choices>>,
    /// Another tablet stored a record first: pull again soon.
    pub again: bool,
    /// Changes still to send (those waiting for a choice, or refused by the server).
    pub pending: usize,
    /// Records held back for the person's choice, in every batch of the round.
    held: usize,
    /// The checkpoint reached, for the live wait.
    pub since: Option<String>,
    /// Records that stayed out (what they belong to is gone from this tablet).
    pub left_out: usize,
    /// Changes the server refused for another reason than a conflict (a rule on the
    /// server, no right to write), by `_id`, with the server's word for it.
    pub refused: Vec<(String, String)>,
    /// The round stopped early (its settings are no longer the tablet's): it says nothing
    /// about the database now set.
    pub stopped: bool,
}

impl Report {
    fn stopped(mut self) -> Report {
        self.stopped = true;
        self
    }
}

pub struct Round<'a> {
    pub commands: &'a Commands,
    pub settings: &'a SyncSettings,
    /// Called with how many changes were fetched, and how many the server says are left.
    pub progress: &'a dyn Fn(usize, Option<u64>),
    /// False once this round's settings are no longer the tablet's: it stops at the
    /// next step, before storing anything more.
    pub going: &'a dyn Fn() -> bool,
}

impl Round<'_> {
    fn store(&self) -> &Store {
        self.commands.store()
    }

    pub async fn run(&self, mut library: Library) -> Result<Report, SyncFailure> {
        let couch = Couch::new(self.settings);
        let latest = couch.info().await?;
        let mut ledger = self.store().sync_ledger().await?;
        let mut server_checkpoint = couch.checkpoint(&self.settings.device).await?;
        if server_checkpoint.is_none() {
            if ledger.since.is_some() || !ledger.revs.is_empty() {
                // The server has lost this tablet's checkpoint: it is a new or emptied
                // database. Its revisions are gone too, so start over: everything is sent.
                self.commands
                    .try_run_quietly(vec![Write::ClearSyncLedger])
                    .await?;
                ledger = Ledger::default();
            }
            // Kept at once, so a first round cut short is not taken for a lost server
            // (another tab may have just kept it: as good).
            match couch
                .put_checkpoint(&self.settings.device, "null", None)
                .await
            {
                Ok(()) | Err(SyncFailure::ServerTrouble { status: 409 }) => {}
                Err(failure) => return Err(failure),
            }
            server_checkpoint = couch.checkpoint(&self.settings.device).await?;
        }
        let mut report = Report::default();
        let mut waiting: Vec<String> = Vec::new();
        let mut first = true;
        let mut retried: HashSet<String> = HashSet::new();
        loop {
            if !(self.going)() {
                return Ok(report.stopped());
            }
            let answer = couch.changes(ledger.since.as_deref(), PULL_BATCH).await?;
            let (mut docs, mut rejected) = answer.docs();
            if first && !ledger.waiting.is_empty() {
                let (again, kept) = couch.docs(&ledger.waiting).await?.docs();
                retried = again.iter().map(|d| d.id.clone()).collect();
                let in_batch: HashSet<String> = docs.iter().map(|d| d.id.clone()).collect();
                docs.splice(
                    0..0,
                    again.into_iter().filter(|d| !in_batch.contains(&d.id)),
                );
                rejected.extend(kept);
            }
            first = false;
            let since = checkpoint(&answer.last_seq);
            if !(self.going)() {
                return Ok(report.stopped());
            }
            // Weighed against what storage holds now, not what the round began with: a
            // change made here meanwhile is compared, never overwritten unseen.
            if !docs.is_empty() {
                library = self.store().load_library_first().await?;
            }
            let batch = Batch {
                docs: &docs,
                since: &since,
                rejected,
                retried: &retried,
            };
            let changed = self
                .store_batch(batch, &library, &mut ledger, &mut waiting, &mut report)
                .await?;
            if changed {
                library = self.reread().await?;
            }
            report.fetched += answer.results.len();
            (self.progress)(report.fetched, left(&answer, &latest));
            give_page_back().await;
            if answer.results.len() < PULL_BATCH {
                break;
            }
        }
        let out = pending_changes(
            self.store(),
            self.settings.scope,
            &library,
            &ledger,
            &waiting,
        )
        .await?;
        for chunk in out.docs.chunks(PUSH_BATCH) {
            if !(self.going)() {
                return Ok(report.stopped());
            }
            let answer = couch.bulk_docs(chunk).await?;
            let pushed = settle(&out, &answer);
            let entries = ledger.entries_pushed(&pushed);
            // Revisions of another database than the tablet's now must not be kept.
            if !(self.going)() {
                return Ok(report.stopped());
            }
            self.commands
                .try_run_quietly(entries.iter().cloned().map(Write::PutSyncedDoc).collect())
                .await?;
            ledger.with(&entries);
            report.sent += entries.len();
            report.again |= !pushed.conflicts.is_empty();
            report.refused.extend(pushed.refused);
        }
        report.pending = out.docs.len().saturating_sub(report.sent) + report.held;
        if let Some(since) = &ledger.since {
            match couch
                .put_checkpoint(&self.settings.device, since, server_checkpoint.as_ref())
                .await
            {
                // Another round (another tab) moved it meanwhile: it is as far or further.
                Ok(()) | Err(SyncFailure::ServerTrouble { status: 409 }) => {}
                Err(failure) => return Err(failure),
            }
        }
        report.since = ledger.since.clone();
        Ok(report)
    }

    /// Stores one pulled batch: the records taken, then the deletions done (planned
    /// against the library as the records left it), each with its ledger entries; the
    /// checkpoint moves with the last write. `true` when the library changed.
    async fn store_batch(
        &self,
        batch: Batch<'_>,
        library: &Library,
        ledger: &mut Ledger,
        waiting: &mut Vec<String>,
        report: &mut Report,
    ) -> Result<bool, SyncFailure> {
        let now = now();
        let scope = self.settings.scope;
        let here = self.here_for(batch.docs, scope).await?;
        let incoming = weigh_batch(
            batch.docs,
            scope,
            now,
            library,
            &here,
            ledger,
            batch.retried,
        );
        report.left_out += incoming.left_out;
        let record_entries = incoming.record_entries(ledger);
        let taken = incoming.plan.taken().count() + incoming.plan.staff_taken().count();
        waiting.extend(incoming.waiting());
        waiting.extend(batch.rejected.iter().map(|r| r.doc_id.clone()));
        report.kept_aside.extend(batch.rejected);
        report
            .kept_aside
            .extend(incoming.pulled.rejected.iter().cloned());
        report.deletions_kept += incoming.deletions.kept.len();
        report.held += incoming.conflicts.items.len() + incoming.conflicts.staff.len();
        if report.choices.is_none() && !incoming.conflicts.is_empty() {
            report.choices = Some(Rc::new(Choices {
                plan: incoming.conflicts.clone(),
                file: incoming.pulled.file.clone(),
                revs: incoming.pulled.revs.iter().cloned().collect(),
            }));
        }
        let mut writes = Write::merged(&incoming.plan, &incoming.pulled.file, library, &here, now);
        let records_written = !writes.is_empty();
        writes.extend(record_entries.iter().cloned().map(Write::PutSyncedDoc));
        let moved = ledger.since.as_deref() != Some(batch.since) || ledger.waiting != *waiting;
        let ending = [
            Write::PutSyncSince(batch.since.to_string()),
            Write::PutSyncWaiting(waiting.clone()),
        ];
        ledger.with(&record_entries);
        ledger.since = Some(batch.since.to_string());
        ledger.waiting = waiting.clone();
        if incoming.deletions.apply.is_empty() {
            if moved {
                writes.extend(ending);
            }
            self.store_writes(writes, records_written).await?;
            return Ok(taken > 0);
        }
        self.store_writes(writes, records_written).await?;
        let library = if taken > 0 {
            self.reread().await?
        } else {
            library.clone()
        };
        let removals = plan_removals(&library, &incoming.deletions.apply);
        report.deletions_kept += removals.kept.len();
        let mut goals = Vec::new();
        let mut writes = Vec::new();
        for removal in &removals.removals {
            match removal {
                Removal::Person(id, tombstone) => {
                    let plan = self.store().plan_person_erasure(&library, *id, now).await?;
                    if let Some(mut plan) = plan {
                        // The erasure is the other tablet's: it keeps that moment.
                        for t in plan
                            .tombstones
                            .iter_mut()
                            .filter(|t| t.key() == tombstone.key())
                        {
                            t.deleted = tombstone.deleted;
                        }
                        goals.extend(plan.goals.iter().copied());
                        writes.extend(Write::person_erasure(&plan));
                    }
                }
                Removal::Goal(goal) => {
                    goals.push(goal.goal);
                    writes.extend(Write::removal(removal));
                }
                _ => writes.extend(Write::removal(removal)),
            }
        }
        // Kept because still in use here: stored as changed now, so the tablets that
        // did the deletion take it back rather than keep it deleted.
        writes.extend(
            removals
                .kept
                .iter()
                .filter_map(|key| crate::domain::file::merge::held(&library, key))
                .map(|record| Write::restamped(&record, now)),
        );
        let remembered_here: HashMap<String, crate::domain::Timestamp> = here
            .deletions
            .iter()
            .map(|t| (t.key(), t.deleted))
            .collect();
        let entries = incoming.deletion_entries(ledger, &remembered_here, &removals.kept);
        writes.extend(entries.iter().cloned().map(Write::PutSyncedDoc));
        writes.extend(ending);
        self.commands
            .try_run_removing_check_ins_of(&goals, writes)
            .await?;
        ledger.with(&entries);
        Ok(true)
    }

    /// Stores a batch's writes; other tabs hear of it only when records changed.
    async fn store_writes(&self, writes: Vec<Write>, records: bool) -> Result<(), StorageFailure> {
        match (writes.is_empty(), records) {
            (true, _) => Ok(()),
            (false, true) => self.commands.try_run(writes, []).await,
            (false, false) => self.commands.try_run_quietly(writes).await,
        }
    }

    /// What storage holds beside the library that a batch is compared with: check-ins
    /// and ratings only when the batch brings some (they are many).
    async fn here_for(&self, docs: &[Doc], scope: Scope) -> Result<Here, StorageFailure> {
        let brings = |section: &str| {
            scope == Scope::Everything
                && docs
                    .iter()
                    .any(|d| split_doc_id(&d.id).is_some_and(|(s, _)| s == section))
        };
        Ok(Here {
            check_ins: if brings("check_ins") {
                self.store().all_check_ins().await?
            } else {
                Vec::new()
            },
            deletions: self.store().deletions().await?,
            ratings: if brings("ratings") {
                self.store().all_ratings().await?
            } else {
                Vec::new()
            },
        })
    }

    async fn reread(&self) -> Result<Library, StorageFailure> {
        reread(self.commands).await
    }
}

/// The library read again after sync changed it, shown at once with its goals' progress.
async fn reread(commands: &Commands) -> Result<Library, StorageFailure> {
    let library = commands.store().load_library_first().await?;
    let goals = library.staff.goals.clone();
    commands.apply(Action::Reloaded(library.clone()));
    let summaries = commands.store().goal_summaries(&goals, today()).await?;
    commands.apply(Action::SummariesRead(summaries));
    Ok(library)
}

/// Changes left after a batch: the server's count (CouchDB 2 and later), or the distance
/// to the latest sequence where sequences are numbers (PouchDB).
fn left(
    answer: &crate::domain::sync::changes::ChangesAnswer,
    latest: &serde_json::Value,
) -> Option<u64> {
    answer
        .pending
        .or_else(|| Some(latest.as_u64()?.saturating_sub(answer.last_seq.as_u64()?)))
}

struct Batch<'a> {
    docs: &'a [Doc],
    since: &'a str,
    rejected: Vec<Rejected>,
    /// Documents read again from the waiting list.
    retried: &'a HashSet<String>,
}

/// Everything in `scope` changed here since it was last synced, but what waits for the
/// person's choice.
pub async fn pending_changes(
    store: &Store,
    scope: Scope,
    library: &Library,
    ledger: &Ledger,
    waiting: &[String],
) -> Result<Outgoing, StorageFailure> {
    let everything = scope == Scope::Everything;
    let here = Here {
        check_ins: if everything {
            store.all_check_ins().await?
        } else {
            Vec::new()
        },
        deletions: store.deletions().await?,
        ratings: if everything {
            store.all_ratings().await?
        } else {
            Vec::new()
        },
    };
    let mut out = outgoing(library, &here, scope, &ledger.synced, &ledger.revs);
    let held: HashSet<&str> = waiting.iter().map(String::as_str).collect();
    out.docs.retain(|d| !held.contains(d.id.as_str()));
    Ok(out)
}

/// Stores the person's choices between two tablets' copies, with the server's revision
/// of each, so the next push sends what was kept on top of it.
pub async fn store_choices(
    commands: &Commands,
    choices: &Choices,
    library: &Library,
) -> Result<(), StorageFailure> {
    let now = now();
    let store = commands.store();
    let here = Here {
        deletions: store.deletions().await?,
        ..Here::default()
    };
    // "Keep mine" keeps this tablet's copy as it is now, with any edit made since the
    // choice was shown.
    let mut plan = choices.plan.clone();
    plan.refresh_mine(library);
    let mut writes = Write::sync_choices(&plan, &choices.file, library, &here, now);
    let settled: Vec<SyncedDoc> = choices
        .plan
        .items
        .iter()
        .map(|i| (i.theirs.key(), i.theirs.updated()))
        .chain(choices.plan.staff.iter().map(|i| {
            (
                i.theirs.key(),
                crate::domain::file::merge::Mergeable::updated(&i.theirs),
            )
        }))
        .filter_map(|(key, synced)| {
            let rev = choices.revs.get(&key)?.clone();
            Some(SyncedDoc { key, rev, synced })
        })
        .collect();
    // The chosen stay on the waiting list: the next pull reads them again and, the
    // choice stored, finds nothing more to choose (a list rewritten here could lose
    // what a round running meanwhile added to it).
    writes.extend(settled.into_iter().map(Write::PutSyncedDoc));
    commands.try_run(writes, []).await?;
    // Stored: a failed read after it is its own notice, never "not stored".
    if let Err(failure) = reread(commands).await {
        commands.read_failed(failure);
    }
    Ok(())
}
