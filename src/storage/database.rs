//! Opening the one database, reading the library, and applying writes.

use super::failure::{from_open, from_read, from_write};
use super::migrations::{
    upgrade, ALL_STORES, AREAS, BACKUPS, BEFORE_REPLACE, CHECK_INS, CONVERSATIONS, EXTRAS, GOALS,
    MATCHED, MATCHED_KEY, PEOPLE, PRAISE, PROFILE, PROFILE_KEY, QUESTIONS, REFLECTIONS,
    REPLACEABLE, ROLES, RULES, SCHEMA_VERSION, SCRIPTS, SCRIPT_USE, STANDARDS, VALUES,
};
use super::write::Write;
use crate::domain::file::extras::Extras;
use crate::domain::file::merge::Matched;
use crate::domain::staff::{Goal, Staff};
use crate::domain::{Area, Day, Library, Script, Standard, StorageFailure, Timestamp};
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{TransactionDurability, TransactionMode, TransactionOptions};
use std::future::Future;
use std::pin::Pin;

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
        self.load_library_on(super::staff::today()).await
    }

    /// As [`Store::load_library`], with progress as of `today`.
    pub async fn load_library_on(&self, today: Day) -> Result<Library, StorageFailure> {
        self.read_library(Some(today), true).await
    }

    /// What the first screen needs, at start-up: everything but check-ins, without goal
    /// progress ([`Store::goal_summaries`] brings it after) and without the import
    /// match times, which only an import needs ([`Store::matched`]) and which after a
    /// large backup hold a key for every record.
    pub async fn load_library_first(&self) -> Result<Library, StorageFailure> {
        self.read_library(None, false).await
    }

    /// When each record last matched an imported file.
    pub async fn matched(&self) -> Result<Matched, StorageFailure> {
        let tx = self.db.transaction(MATCHED).build().map_err(from_read)?;
        read_matched(&tx).await
    }

    async fn read_library(
        &self,
        progress_on: Option<Day>,
        with_matched: bool,
    ) -> Result<Library, StorageFailure> {
        let tx = self.db.transaction(ALL_STORES).build().map_err(from_read)?;
        let goals: Vec<Goal> = read_all(&tx, GOALS).await?;
        let summaries = match progress_on {
            Some(today) => super::staff::summaries_in(&tx, &goals, today).await?,
            None => Vec::new(),
        };
        let staff = Staff {
            people: read_all(&tx, PEOPLE).await?,
            questions: read_all(&tx, QUESTIONS).await?,
            conversations: read_all(&tx, CONVERSATIONS).await?,
            reflections: read_all(&tx, REFLECTIONS).await?,
            praise: read_all(&tx, PRAISE).await?,
            goals,
            summaries,
        };
        let areas: Vec<Area> = read_all(&tx, AREAS).await?;
        let standards: Vec<Standard> = read_all(&tx, STANDARDS).await?;
        let scripts: Vec<Script> = read_all(&tx, SCRIPTS).await?;
        let script_use = read_all(&tx, SCRIPT_USE).await?;
        let profile = tx
            .object_store(PROFILE)
            .map_err(from_read)?
            .get(PROFILE_KEY)
            .serde()
            .map_err(from_read)?
            .await
            .map_err(from_read)?
            .unwrap_or_default();
        Ok(Library {
            areas,
            standards,
            scripts,
            script_use,
            profile,
            values: read_all(&tx, VALUES).await?,
            roles: read_all(&tx, ROLES).await?,
            rules: read_all(&tx, RULES).await?,
            staff,
            extras: Extras(
                read_keyed::<String>(&tx, EXTRAS)
                    .await?
                    .into_iter()
                    .filter_map(|(key, json)| {
                        serde_json::from_str(&json).ok().map(|fields| (key, fields))
                    })
                    .collect(),
            ),
            matched: if with_matched {
                read_matched(&tx).await?
            } else {
                Matched::default()
            },
        })
    }

    /// The backup taken before the last "replace everything", if there was one.
    pub async fn backup_before_replace(&self) -> Result<Option<String>, StorageFailure> {
        let tx = self.db.transaction(BACKUPS).build().map_err(from_read)?;
        let store = tx.object_store(BACKUPS).map_err(from_read)?;
        let request = store.get(BEFORE_REPLACE).serde().map_err(from_read)?;
        request.await.map_err(from_read)
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
        let total = writes.len();
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
        // Requests are placed in batches and awaited per batch: awaiting each one alone
        // costs a trip through the browser's event loop per record. A batch's results
        // are all settled once its last one is, so errors keep their cause; the first
        // error returns, dropping `tx`, which aborts it.
        let mut pending: Vec<Pending> = Vec::new();
        for (done, write) in writes.into_iter().enumerate() {
            pending.extend(issue(&tx, write)?);
            if pending.len() >= BATCH {
                for request in pending.drain(..) {
                    request.await?;
                }
                progress(done + 1, total);
            }
        }
        for request in pending.drain(..) {
            request.await?;
        }
        progress(total, total);
        // Dropping `tx` on an early return above aborts it: nothing half-written.
        tx.commit().await.map_err(from_write)
    }
}

pub(super) type Tx<'a> = indexed_db_futures::transaction::Transaction<'a>;

/// How many requests are placed before the write waits for them.
const BATCH: usize = 1_000;

/// A placed request, still to be awaited.
type Pending = Pin<Box<dyn Future<Output = Result<(), StorageFailure>>>>;

fn pending<T>(request: impl Future<Output = indexed_db_futures::Result<T>> + 'static) -> Pending {
    Box::pin(async move { request.await.map(|_| ()).map_err(from_write) })
}

/// Places the requests for one write in the transaction.
fn issue(tx: &Tx<'_>, write: Write) -> Result<Vec<Pending>, StorageFailure> {
    let one = |request: Result<Pending, StorageFailure>| request.map(|r| vec![r]);
    match write {
        Write::InsertStandard(s) => one(add(tx, STANDARDS, s)),
        Write::PutStandard(s) => one(put(tx, STANDARDS, s)),
        Write::DeleteStandard(id) => one(delete(tx, STANDARDS, id.to_string())),
        Write::PutArea(a) => one(put(tx, AREAS, a)),
        Write::DeleteArea(id) => one(delete(tx, AREAS, id.to_string())),
        Write::InsertScript(s) => one(add(tx, SCRIPTS, s)),
        Write::PutScript(s) => one(put(tx, SCRIPTS, s)),
        Write::DeleteScript(id) => Ok(vec![
            delete(tx, SCRIPTS, id.to_string())?,
            delete(tx, SCRIPT_USE, id.to_string())?,
        ]),
        Write::PutScriptUse(u) => one(put(tx, SCRIPT_USE, u)),
        Write::PutProfile(p) => one(put_keyed(tx, PROFILE, PROFILE_KEY.to_string(), p)),
        Write::PutValue(v) => one(put(tx, VALUES, v)),
        Write::DeleteValue(id) => one(delete(tx, VALUES, id.to_string())),
        Write::PutRole(r) => one(put(tx, ROLES, r)),
        Write::DeleteRole(id) => one(delete(tx, ROLES, id.to_string())),
        Write::PutRule(r) => one(put(tx, RULES, r)),
        Write::DeleteRule(id) => one(delete(tx, RULES, id.to_string())),
        Write::PutPerson(p) => one(put(tx, PEOPLE, p)),
        Write::DeletePerson(id) => one(delete(tx, PEOPLE, id.to_string())),
        Write::PutGoal(g) => one(put(tx, GOALS, g)),
        Write::DeleteGoal(id) => one(delete(tx, GOALS, id.to_string())),
        Write::PutCheckIn(c) => one(put(tx, CHECK_INS, c)),
        Write::DeleteCheckIn(id) => one(delete(tx, CHECK_INS, id.to_string())),
        Write::PutConversation(c) => one(put(tx, CONVERSATIONS, c)),
        Write::DeleteConversation(id) => one(delete(tx, CONVERSATIONS, id.to_string())),
        Write::PutQuestion(q) => one(put(tx, QUESTIONS, q)),
        Write::DeleteQuestion(id) => one(delete(tx, QUESTIONS, id.to_string())),
        Write::PutReflection(r) => one(put(tx, REFLECTIONS, r)),
        Write::DeleteReflection(id) => one(delete(tx, REFLECTIONS, id.to_string())),
        Write::PutPraise(p) => one(put(tx, PRAISE, p)),
        Write::DeletePraise(id) => one(delete(tx, PRAISE, id.to_string())),
        Write::DeleteExtras(key) => one(delete(tx, EXTRAS, key)),
        Write::DeleteBackupBeforeReplace => one(delete(tx, BACKUPS, BEFORE_REPLACE.to_string())),
        Write::PutExtras { key, fields } => one(put_keyed(
            tx,
            EXTRAS,
            key,
            serde_json::Value::Object(fields).to_string(),
        )),
        Write::PutMatched(all) => one(put_keyed(tx, MATCHED, MATCHED_KEY.to_string(), all)),
        Write::PutBackupBeforeReplace(text) => {
            one(put_keyed(tx, BACKUPS, BEFORE_REPLACE.to_string(), text))
        }
        Write::ClearForReplace => REPLACEABLE
            .iter()
            .map(|name| {
                let store = tx.object_store(name).map_err(from_write)?;
                Ok(pending(store.clear().map_err(from_write)?))
            })
            .collect(),
    }
}

/// Stores a new record; fails if its key is taken.
fn add<T: serde::Serialize>(tx: &Tx<'_>, store: &str, value: T) -> Result<Pending, StorageFailure> {
    let store = tx.object_store(store).map_err(from_write)?;
    Ok(pending(store.add(value).serde().map_err(from_write)?))
}

/// Stores a record, replacing one with the same key.
fn put<T: serde::Serialize>(tx: &Tx<'_>, store: &str, value: T) -> Result<Pending, StorageFailure> {
    let store = tx.object_store(store).map_err(from_write)?;
    Ok(pending(store.put(value).serde().map_err(from_write)?))
}

/// Stores a value under a key kept outside it.
fn put_keyed<T: serde::Serialize>(
    tx: &Tx<'_>,
    store: &str,
    key: String,
    value: T,
) -> Result<Pending, StorageFailure> {
    let store = tx.object_store(store).map_err(from_write)?;
    Ok(pending(
        store.put(value).with_key(key).serde().map_err(from_write)?,
    ))
}

fn delete(tx: &Tx<'_>, store: &str, key: String) -> Result<Pending, StorageFailure> {
    let store = tx.object_store(store).map_err(from_write)?;
    Ok(pending(store.delete(key).primitive().map_err(from_write)?))
}

/// Every value of a store with out-of-line keys, with its key.
async fn read_keyed<T: serde::de::DeserializeOwned>(
    tx: &Tx<'_>,
    store: &str,
) -> Result<Vec<(String, T)>, StorageFailure> {
    let store = tx.object_store(store).map_err(from_read)?;
    let keys: Vec<String> = store
        .get_all_keys()
        .primitive()
        .map_err(from_read)?
        .await
        .map_err(from_read)?
        .collect::<Result<_, _>>()
        .map_err(from_read)?;
    let values: Vec<T> = store
        .get_all()
        .serde()
        .map_err(from_read)?
        .await
        .map_err(from_read)?
        .collect::<Result<_, _>>()
        .map_err(from_read)?;
    Ok(keys.into_iter().zip(values).collect())
}

pub(super) async fn read_all<T: serde::de::DeserializeOwned>(
    tx: &Tx<'_>,
    store: &str,
) -> Result<Vec<T>, StorageFailure> {
    let store = tx.object_store(store).map_err(from_read)?;
    let records = store
        .get_all()
        .serde()
        .map_err(from_read)?
        .await
        .map_err(from_read)?;
    records.collect::<Result<Vec<T>, _>>().map_err(from_read)
}

/// The import match times, one record under [`MATCHED_KEY`].
pub(super) async fn read_matched(tx: &Tx<'_>) -> Result<Matched, StorageFailure> {
    Ok(tx
        .object_store(MATCHED)
        .map_err(from_read)?
        .get(MATCHED_KEY)
        .serde()
        .map_err(from_read)?
        .await
        .map_err(from_read)?
        .unwrap_or_default())
}
