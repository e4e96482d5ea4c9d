//! Opening the one database, reading the library, and applying writes.

use super::apply::place_all;
use super::codec::{decode, decode_text};
use super::failure::{from_open, from_read, from_write};
use super::migrations::{
    upgrade, ALL_STORES, AREAS, ATTEMPTS, BACKUPS, CHECKLISTS, CHECKS, CHECK_INS,
    CHECK_INS_BY_GOAL_DATE, COMPLAINTS, CONVERSATIONS, EXTRAS, GOALS, MATCHED, MATCHED_KEY, PEOPLE,
    PRAISE, PROFILE, PROFILE_KEY, QUESTIONS, REFLECTIONS, ROLES, RULES, SCHEMA_VERSION, SCRIPTS,
    SCRIPT_USE, STANDARDS, VALUES, VISITS,
};
use super::migrations::{BINGO_CARDS, BINGO_TICKS, MEETINGS, STORIES};
use super::read;
use super::request::refused;
use super::write::Write;
use crate::domain::file::extras::Extras;
use crate::domain::file::merge::Matched;
use crate::domain::kept_backups;
use crate::domain::sorting;
use crate::domain::staff::{Goal, Staff};
use crate::domain::{CheckInId, Day, GoalId, Library, StorageFailure, Timestamp};
use indexed_db_futures::database::Database;
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{TransactionDurability, TransactionMode, TransactionOptions};
use wasm_bindgen::JsValue;
use web_sys::IdbTransaction;

/// The database every tab of the app shares.
pub const DB_NAME: &str = "vertskap";

/// An open connection. Cheap to clone: clones share the connection.
#[derive(Clone, Debug)]
pub struct Store {
    pub(super) db: Database,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        self.db.name() == other.db.name()
    }
}

impl Store {
    /// Opens (creating or upgrading) the database. `on_blocked` runs if another tab
    /// keeps an older version open; opening then waits until that tab lets go.
    pub async fn open(
        name: &str,
        now: Timestamp,
        on_blocked: impl FnOnce() + 'static,
    ) -> Result<Store, StorageFailure> {
        Self::open_at_version(name, SCHEMA_VERSION, now, on_blocked).await
    }

    /// Opens at an older schema version: for testing that each migration keeps the
    /// data of the version before it. The app always opens at [`SCHEMA_VERSION`].
    pub async fn open_at_version(
        name: &str,
        version: u32,
        now: Timestamp,
        on_blocked: impl FnOnce() + 'static,
    ) -> Result<Store, StorageFailure> {
        let db = Database::open(name)
            .with_version(version)
            .with_on_blocked(move |_| {
                on_blocked();
                Ok(())
            })
            .with_on_upgrade_needed(move |event, db| {
                upgrade(&db, event.old_version() as u32, version, now)
            })
            .await
            .map_err(from_open)?;
        Ok(Store { db })
    }

    /// When another tab opens a newer version of the database, this connection lets go
    /// at once instead of blocking that upgrade, and `on_newer` runs so the page can
    /// ask to be reloaded.
    pub fn on_upgraded_elsewhere(&self, on_newer: impl FnOnce() + 'static) {
        use indexed_db_futures::internals::SystemRepr;
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        let connection: web_sys::IdbDatabase = (**self.db.as_sys()).clone();
        let mut on_newer = Some(on_newer);
        let closing = connection.clone();
        let handler = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            closing.close();
            if let Some(on_newer) = on_newer.take() {
                on_newer();
            }
        });
        connection.set_onversionchange(Some(handler.as_ref().unchecked_ref()));
        // The handler belongs to the connection, which lives as long as the page.
        handler.forget();
    }

    pub fn name(&self) -> String {
        self.db.name()
    }

    pub fn version(&self) -> u32 {
        self.db.version() as u32
    }

    pub fn close(self) {
        self.db.close();
    }

    /// Everything but check-ins, read in one transaction so areas and standards agree,
    /// with each goal's progress as of today (this device's calendar day), read from
    /// its recent check-ins only.
    pub async fn load_library(&self) -> Result<Library, StorageFailure> {
        self.load_library_on(crate::clock::today()).await
    }

    /// As [`Store::load_library`], with progress as of `today`.
    pub async fn load_library_on(&self, today: Day) -> Result<Library, StorageFailure> {
        self.read_library(Some(today)).await
    }

    /// What the first screen needs, at start-up: everything but check-ins, without goal
    /// progress ([`Store::goal_summaries`] brings it after). The import match times are
    /// never part of the library: only an import needs them ([`Store::matched`]), and
    /// after a large backup they hold a key for every record.
    pub async fn load_library_first(&self) -> Result<Library, StorageFailure> {
        self.read_library(None).await
    }

    /// Takes out links to records that are gone, which builds before deletions took
    /// their links with them left behind (a script still linked to a deleted
    /// standard), so that nothing stored points at nothing and every backup reads back
    /// whole. Writes only when there is something to take out: once per database. The
    /// library changes only once the repair is stored.
    pub async fn repair_links(
        &self,
        library: &mut Library,
        now: Timestamp,
    ) -> Result<(), StorageFailure> {
        let repaired = library.dangling_links_removed(now);
        if repaired.is_empty() {
            return Ok(());
        }
        self.write(Write::links(&repaired).collect()).await?;
        library.with_links_saved(repaired);
        Ok(())
    }

    /// Forgets customers' contact details whose keeping time is over (checked at each
    /// start, on a new day, and before a backup is written): from the complaints, and
    /// from the backups kept before a replace, in one transaction. The library changes
    /// only once that is stored.
    pub async fn forget_expired_contacts(
        &self,
        library: &mut Library,
        today: Day,
        now: Timestamp,
    ) -> Result<(), StorageFailure> {
        let expired = library.expired_contacts(today, now);
        if expired.is_empty() {
            return Ok(());
        }
        self.write(self.contact_writes(&expired).await?).await?;
        library.with_complaints_saved(expired);
        Ok(())
    }

    /// The writes that forget the contact details of `expired` (complaints already
    /// without them): the complaints, and every kept backup that still holds them.
    pub async fn contact_writes(
        &self,
        expired: &[crate::domain::voice::Complaint],
    ) -> Result<Vec<Write>, StorageFailure> {
        let ids: std::collections::HashSet<_> = expired.iter().map(|c| c.id).collect();
        let tx = self.reading(&[BACKUPS])?;
        let keys: Vec<String> = read::keys(&tx, BACKUPS)?.records(&tx).await?;
        let texts: Vec<String> = read::all(&tx, BACKUPS)?.records(&tx).await?;
        let mut writes: Vec<Write> = expired.iter().cloned().map(Write::PutComplaint).collect();
        for (key, text) in keys.into_iter().zip(texts) {
            if let Some(text) = kept_backups::without_contacts(&text, &ids) {
                writes.push(Write::PutKeptBackup { key, text });
            }
        }
        Ok(writes)
    }

    /// When each record last matched an imported file.
    pub async fn matched(&self) -> Result<Matched, StorageFailure> {
        let tx = self.reading(&[MATCHED])?;
        read_matched(&tx).await
    }

    /// A read-only transaction over `stores`; it ends by itself once its reads are done.
    pub(super) fn reading(&self, stores: &[&str]) -> Result<IdbTransaction, StorageFailure> {
        let names: js_sys::Array = stores.iter().map(|s| JsValue::from_str(s)).collect();
        let db: &web_sys::IdbDatabase = self.db.as_sys();
        db.transaction_with_str_sequence(&names)
            .map_err(|e| refused(e, from_read))
    }

    async fn read_library(&self, progress_on: Option<Day>) -> Result<Library, StorageFailure> {
        mark_library_read();
        let tx = self.reading(&ALL_STORES)?;
        // Every read is placed before any is waited for: one trip, not one per store.
        let goals = read::all(&tx, GOALS)?;
        let people = read::all(&tx, PEOPLE)?;
        let questions = read::all(&tx, QUESTIONS)?;
        let conversations = read::all(&tx, CONVERSATIONS)?;
        let reflections = read::all(&tx, REFLECTIONS)?;
        let praise = read::all(&tx, PRAISE)?;
        let visits = read::all(&tx, VISITS)?;
        let complaints = read::all(&tx, COMPLAINTS)?;
        let checks = read::all(&tx, CHECKS)?;
        let attempts = read::all(&tx, ATTEMPTS)?;
        let meetings = read::all(&tx, MEETINGS)?;
        let stories = read::all(&tx, STORIES)?;
        let bingo_cards = read::all(&tx, BINGO_CARDS)?;
        let bingo_ticks = read::all(&tx, BINGO_TICKS)?;
        let checklists = read::all(&tx, CHECKLISTS)?;
        let areas = read::all(&tx, AREAS)?;
        let standards = read::all(&tx, STANDARDS)?;
        let scripts = read::all(&tx, SCRIPTS)?;
        let script_use = read::all(&tx, SCRIPT_USE)?;
        let profile = read::one(&tx, PROFILE, PROFILE_KEY)?;
        let values = read::all(&tx, VALUES)?;
        let roles = read::all(&tx, ROLES)?;
        let rules = read::all(&tx, RULES)?;
        let extras_keys = read::keys(&tx, EXTRAS)?;
        let extras = read::all(&tx, EXTRAS)?;

        let goals: Vec<Goal> = goals.records(&tx).await?;
        let summaries = match progress_on {
            Some(today) => super::check_in_reads::summaries_in(&tx, &goals, today).await?,
            None => Vec::new(),
        };
        let staff = Staff {
            people: people.records(&tx).await?,
            questions: questions.records(&tx).await?,
            conversations: conversations.records(&tx).await?,
            reflections: reflections.records(&tx).await?,
            praise: praise.records(&tx).await?,
            visits: visits.records(&tx).await?,
            complaints: complaints.records(&tx).await?,
            attempts: attempts.records(&tx).await?,
            meetings: meetings.records(&tx).await?,
            stories: stories.records(&tx).await?,
            bingo_cards: bingo_cards.records(&tx).await?,
            bingo_ticks: bingo_ticks.records(&tx).await?,
            goals,
            summaries,
        };
        let extras_keys: Vec<String> = extras_keys.records(&tx).await?;
        let extras: Vec<String> = extras.records(&tx).await?;
        Ok(Library {
            areas: areas.records(&tx).await?,
            standards: standards.records(&tx).await?,
            scripts: scripts.records(&tx).await?,
            script_use: script_use.records(&tx).await?,
            profile: profile.record(&tx).await?.unwrap_or_default(),
            values: values.records(&tx).await?,
            roles: roles.records(&tx).await?,
            rules: rules.records(&tx).await?,
            checklists: checklists.records(&tx).await?,
            checks: checks.records(&tx).await?,
            staff,
            extras: Extras(sorting::map_of(
                extras_keys
                    .into_iter()
                    .zip(extras)
                    .filter_map(|(key, json)| {
                        serde_json::from_str(&json).ok().map(|fields| (key, fields))
                    }),
            )),
        })
    }

    /// The keys of the backups kept before a replace, newest first.
    pub async fn kept_backup_keys(&self) -> Result<Vec<String>, StorageFailure> {
        let tx = self.reading(&[BACKUPS])?;
        let keys: Vec<String> = read::keys(&tx, BACKUPS)?.records(&tx).await?;
        Ok(kept_backups::newest_first(&keys))
    }

    /// What this tablet knows of the sync server (see [`crate::domain::sync::ledger`]).
    pub async fn sync_ledger(&self) -> Result<crate::domain::sync::ledger::Ledger, StorageFailure> {
        use super::migrations::{SYNC_DOCS, SYNC_SINCE_KEY, SYNC_STATE, SYNC_WAITING_KEY};
        let tx = self.reading(&[SYNC_DOCS, SYNC_STATE])?;
        let docs = read::all(&tx, SYNC_DOCS)?;
        let since = read::one(&tx, SYNC_STATE, SYNC_SINCE_KEY)?;
        let waiting = read::one(&tx, SYNC_STATE, SYNC_WAITING_KEY)?;
        let docs = docs.records(&tx).await?;
        let since: Option<String> = since.record(&tx).await?;
        let waiting: Option<String> = waiting.record(&tx).await?;
        let mut ledger = crate::domain::sync::ledger::Ledger::of(since, docs);
        if let Some(text) = waiting {
            ledger.waiting =
                serde_json::from_str(&text).map_err(|e| StorageFailure::ReadFailed {
                    detail: format!("sync_state/waiting: {e}"),
                })?;
        }
        Ok(ledger)
    }

    /// One kept backup's text, if it is still there.
    pub async fn kept_backup(&self, key: &str) -> Result<Option<String>, StorageFailure> {
        let tx = self.reading(&[BACKUPS])?;
        read::one(&tx, BACKUPS, key)?.record(&tx).await
    }

    /// Applies every write in one transaction, durably: when this returns `Ok`, all of
    /// them are on disk; on any error, none of them is.
    pub async fn write(&self, writes: Vec<Write>) -> Result<(), StorageFailure> {
        self.write_with_progress(writes, &|_, _| {}).await
    }

    /// As [`Store::write`], telling `progress(done, total)` as the writes go in (the
    /// page can repaint between them: each write is a browser event).
    pub async fn write_with_progress(
        &self,
        writes: Vec<Write>,
        progress: &dyn Fn(usize, usize),
    ) -> Result<(), StorageFailure> {
        let (tx, sys) = self.writing()?;
        // Dropping `tx` on an early return aborts it: nothing half-written.
        place_all(&sys, writes, progress).await?;
        committed(tx, &sys).await
    }

    /// As [`Store::write`], with every check-in of `goals` deleted too, found inside the
    /// same transaction: a check-in logged in another tab after the deletion was
    /// planned (and counted in its confirmation) cannot be left without its goal.
    pub async fn write_removing_check_ins_of(
        &self,
        goals: &[GoalId],
        writes: Vec<Write>,
    ) -> Result<(), StorageFailure> {
        let (tx, sys) = self.writing()?;
        let found: Vec<read::Read> = goals
            .iter()
            .map(|goal| {
                let (lower, upper) = (
                    vec![goal.to_string()],
                    vec![goal.to_string(), "\u{ffff}".into()],
                );
                read::keys_between(&sys, CHECK_INS, CHECK_INS_BY_GOAL_DATE, &lower, &upper)
            })
            .collect::<Result<_, _>>()?;
        let mut all = Vec::new();
        for keys in found {
            let ids: Vec<CheckInId> = keys.records(&sys).await?;
            all.extend(ids.into_iter().map(Write::DeleteCheckIn));
        }
        all.extend(writes);
        place_all(&sys, all, &|_, _| {}).await?;
        committed(tx, &sys).await
    }

    /// A read-write transaction over every store, with strict durability.
    pub(super) fn writing(
        &self,
    ) -> Result<
        (
            indexed_db_futures::transaction::Transaction<'_>,
            IdbTransaction,
        ),
        StorageFailure,
    > {
        let mut options = TransactionOptions::new();
        // Chrome's default ("relaxed") reports success before the data reaches the disk.
        options.set_durability(TransactionDurability::Strict);
        let tx = self
            .db
            .transaction(ALL_STORES)
            .with_mode(TransactionMode::Readwrite)
            .with_options(options)
            .build()
            .map_err(from_write)?;
        let sys: web_sys::IdbTransaction = (**tx.as_sys()).clone();
        Ok((tx, sys))
    }
}

/// Commits `tx`: when this returns `Ok`, every write is on disk.
pub(super) async fn committed(
    tx: indexed_db_futures::transaction::Transaction<'_>,
    sys: &IdbTransaction,
) -> Result<(), StorageFailure> {
    tx.commit().await.map_err(|e| match sys.error() {
        // A commit that fails (the disk full, say) only aborts: the cause is here.
        Some(cause) => from_write(indexed_db_futures::error::Error::from(JsValue::from(cause))),
        None => from_write(e),
    })
}

/// The name of the performance mark placed at every read of the whole library: the
/// end-to-end tests count them (a tab must not read everything again after its own
/// writes), and a profile shows them on the timeline.
pub const LIBRARY_READ_MARK: &str = "vertskap-library-read";

/// The mark placed when goal summaries have been read: the benchmark's "usable again"
/// after an import (progress shows only once they are there).
pub const SUMMARIES_READ_MARK: &str = "vertskap-summaries-read";

fn mark_library_read() {
    mark(LIBRARY_READ_MARK);
}

/// A named point on the page's timeline, for tests, benchmarks and profiles.
pub(super) fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        // A mark that cannot be placed only leaves a count short; the work goes on.
        if performance.mark(name).is_err() {
            web_sys::console::warn_1(&"performance.mark failed".into());
        }
    }
}

/// The import match times, one record under [`MATCHED_KEY`].
pub(super) async fn read_matched(tx: &IdbTransaction) -> Result<Matched, StorageFailure> {
    match read::one(tx, MATCHED, MATCHED_KEY)?.stored(tx).await? {
        None => Ok(Matched::default()),
        // Stored as JSON text (see `storage::apply`); earlier builds stored an object.
        Some(stored) => match stored.as_string() {
            Some(text) => decode_text(&text),
            None => decode(stored),
        },
    }
}
