//! Opening the one database, reading the library, and applying writes.

use super::apply::place_all;
use super::codec::{decode, decode_text};
use super::failure::{from_open, from_read, from_write};
use super::migrations::{
    upgrade, ALL_STORES, AREAS, BACKUPS, BEFORE_REPLACE, CONVERSATIONS, EXTRAS, GOALS, MATCHED,
    MATCHED_KEY, PEOPLE, PRAISE, PROFILE, PROFILE_KEY, QUESTIONS, REFLECTIONS, ROLES, RULES,
    SCHEMA_VERSION, SCRIPTS, SCRIPT_USE, STANDARDS, VALUES,
};
use super::write::Write;
use crate::domain::file::extras::Extras;
use crate::domain::file::merge::Matched;
use crate::domain::staff::{Goal, Staff};
use crate::domain::{Area, Day, Library, Script, Standard, StorageFailure, Timestamp};
use indexed_db_futures::database::Database;
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{TransactionDurability, TransactionMode, TransactionOptions};
use wasm_bindgen::JsValue;

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
        let profile = read_one(&tx, PROFILE, PROFILE_KEY)
            .await?
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
        read_one(&tx, BACKUPS, BEFORE_REPLACE).await
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
        // Dropping `tx` on an early return aborts it: nothing half-written.
        place_all(&sys, writes, progress).await?;
        tx.commit().await.map_err(|e| match sys.error() {
            // A commit that fails (the disk full, say) only aborts: the cause is here.
            Some(cause) => from_write(indexed_db_futures::error::Error::from(JsValue::from(cause))),
            None => from_write(e),
        })
    }
}

pub(super) type Tx<'a> = indexed_db_futures::transaction::Transaction<'a>;

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
    let values = store
        .get_all::<JsValue>()
        .primitive()
        .map_err(from_read)?
        .await
        .map_err(from_read)?;
    keys.into_iter()
        .zip(values)
        .map(|(key, value)| Ok((key, decode(value.map_err(from_read)?)?)))
        .collect()
}

pub(super) async fn read_all<T: serde::de::DeserializeOwned>(
    tx: &Tx<'_>,
    store: &str,
) -> Result<Vec<T>, StorageFailure> {
    let store = tx.object_store(store).map_err(from_read)?;
    let records = store
        .get_all::<JsValue>()
        .primitive()
        .map_err(from_read)?
        .await
        .map_err(from_read)?;
    decode_all(records)
}

/// Records as `get_all` returns them, decoded one by one.
pub(super) fn decode_all<T: serde::de::DeserializeOwned>(
    records: impl Iterator<Item = indexed_db_futures::Result<JsValue>>,
) -> Result<Vec<T>, StorageFailure> {
    records
        .map(|record| decode(record.map_err(from_read)?))
        .collect()
}

/// The value under one out-of-line key, if there is one.
pub(super) async fn read_one<T: serde::de::DeserializeOwned>(
    tx: &Tx<'_>,
    store: &str,
    key: &str,
) -> Result<Option<T>, StorageFailure> {
    read_stored(tx, store, key).await?.map(decode).transpose()
}

/// The stored value under one out-of-line key, as the browser holds it.
async fn read_stored(
    tx: &Tx<'_>,
    store: &str,
    key: &str,
) -> Result<Option<JsValue>, StorageFailure> {
    tx.object_store(store)
        .map_err(from_read)?
        .get(key)
        .primitive()
        .map_err(from_read)?
        .await
        .map_err(from_read)
}

/// The import match times, one record under [`MATCHED_KEY`].
pub(super) async fn read_matched(tx: &Tx<'_>) -> Result<Matched, StorageFailure> {
    match read_stored(tx, MATCHED, MATCHED_KEY).await? {
        None => Ok(Matched::default()),
        // Stored as JSON text (see `storage::apply`); earlier builds stored an object.
        Some(stored) => match stored.as_string() {
            Some(text) => decode_text(&text),
            None => decode(stored),
        },
    }
}
