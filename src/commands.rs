//! The one way a change is made: write to storage, tell the app's other tabs, then apply
//! to the app's state what was stored. No Yew here: it holds the store and a
//! dispatcher, so pages only say what they want, and no page writes on its own.
//!
//! A write that was stored is never reported as failed: what follows it (reading
//! progress again, reading the library after an import) reports its own failure.

use crate::domain::state::Action;
use crate::domain::{GoalId, StorageFailure};
use crate::storage::changes::announce_change;
use crate::storage::{Store, Write};
use std::rc::Rc;

/// Whether a change reached storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Stored,
    Failed,
}

#[derive(Clone)]
pub struct Commands {
    store: Store,
    dispatch: Rc<dyn Fn(Action)>,
}

impl PartialEq for Commands {
    fn eq(&self, other: &Self) -> bool {
        self.store == other.store && Rc::ptr_eq(&self.dispatch, &other.dispatch)
    }
}

impl Commands {
    pub fn new(store: Store, dispatch: impl Fn(Action) + 'static) -> Self {
        Commands {
            store,
            dispatch: Rc::new(dispatch),
        }
    }

    /// The store, for reads.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Applies `action` to the app's state (a read's result, or a read that failed).
    pub fn apply(&self, action: Action) {
        (self.dispatch)(action);
    }

    /// Shows a failure to read, once something was stored or nothing was to be.
    pub fn read_failed(&self, failure: StorageFailure) {
        self.apply(Action::WriteFailed(failure));
    }

    /// Writes `writes` in one transaction; once stored, tells the other tabs and applies
    /// `applied`. A refused write is shown, and applies nothing.
    pub async fn run(
        &self,
        writes: Vec<Write>,
        applied: impl IntoIterator<Item = Action>,
    ) -> Outcome {
        let stored = self.store.write(writes).await;
        self.settle(stored, applied)
    }

    /// As [`Commands::run`], telling `progress(done, total)` as the writes go in.
    pub async fn run_with_progress(
        &self,
        writes: Vec<Write>,
        applied: impl IntoIterator<Item = Action>,
        progress: &dyn Fn(usize, usize),
    ) -> Outcome {
        let stored = self.store.write_with_progress(writes, progress).await;
        self.settle(stored, applied)
    }

    /// As [`Commands::run`], deleting every check-in of `goals` in the same transaction
    /// (see `Store::write_removing_check_ins_of`).
    pub async fn run_removing_check_ins_of(
        &self,
        goals: &[GoalId],
        writes: Vec<Write>,
        applied: impl IntoIterator<Item = Action>,
    ) -> Outcome {
        let stored = self.store.write_removing_check_ins_of(goals, writes).await;
        self.settle(stored, applied)
    }

    /// Stores a customer's tap (or the reason they gave after it) and counts it in its
    /// hour, in one transaction.
    pub async fn record_rating(
        &self,
        tap: &crate::domain::voice::RatingTap,
        reason: Option<&str>,
    ) -> Outcome {
        let stored = self.store.record_rating(tap, reason).await;
        self.settle(stored, [])
    }

    /// As [`Commands::run`], but a refused write is the caller's to show (sync shows it
    /// in its status, not as the app's notice).
    pub async fn try_run(
        &self,
        writes: Vec<Write>,
        applied: impl IntoIterator<Item = Action>,
    ) -> Result<(), StorageFailure> {
        self.store.write(writes).await?;
        self.stored(applied);
        Ok(())
    }

    /// Stores what only sync's own bookkeeping needs (revisions, the checkpoint): other
    /// tabs are not told, as nothing they show changed (telling them would have each
    /// tab's sync wake the other's, round after round).
    pub async fn try_run_quietly(&self, writes: Vec<Write>) -> Result<(), StorageFailure> {
        self.store.write(writes).await
    }

    /// As [`Commands::try_run`], deleting every check-in of `goals` in the same transaction.
    pub async fn try_run_removing_check_ins_of(
        &self,
        goals: &[GoalId],
        writes: Vec<Write>,
    ) -> Result<(), StorageFailure> {
        self.store
            .write_removing_check_ins_of(goals, writes)
            .await?;
        self.stored([]);
        Ok(())
    }

    fn stored(&self, applied: impl IntoIterator<Item = Action>) {
        announce_change(&self.store.name());
        for action in applied {
            self.apply(action);
        }
    }

    fn settle(
        &self,
        stored: Result<(), StorageFailure>,
        applied: impl IntoIterator<Item = Action>,
    ) -> Outcome {
        match stored {
            Err(failure) => {
                self.apply(Action::WriteFailed(failure));
                Outcome::Failed
            }
            Ok(()) => {
                self.stored(applied);
                Outcome::Stored
            }
        }
    }
}
