//! Opening the one database, reading the library, and applying writes.

use super::failure::{from_open, from_read, from_write};
use super::migrations::{
    upgrade, ALL_STORES, AREAS, BACKUPS, BEFORE_REPLACE, EXTRAS, MATCHED, PROFILE, PROFILE_KEY,
    REPLACEABLE, ROLES, RULES, SCHEMA_VERSION, SCRIPTS, SCRIPT_USE, STANDARDS, VALUES,
};
use super::write::Write;
use crate::domain::file::extras::Extras;
use crate::domain::file::merge::Matched;
use crate::domain::{Area, Library, Script, Standard, StorageFailure, Timestamp};
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{TransactionDurability, TransactionMode, TransactionOptions};

/// The database every tab of the app shares.
pub const DB_NAME: &str = "vertskap";

/// An open connection. Cheap to clone: clones share the connection.
#[derive(Clone, Debug)]
pub struct Store {
    db: Database,
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

    pub fn name(&self) -> String {
        self.db.name()
    }

    pub fn version(&self) -> u32 {
        self.db.version() as u32
    }

    pub fn close(self) {
        self.db.close();
    }

    /// Everything, read in one transaction so areas and standards agree.
    pub async fn load_library(&self) -> Result<Library, StorageFailure> {
        let tx = self.db.transaction(ALL_STORES).build().map_err(from_read)?;
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
            extras: Extras(
                read_keyed::<String>(&tx, EXTRAS)
                    .await?
                    .into_iter()
                    .filter_map(|(key, json)| {
                        serde_json::from_str(&json).ok().map(|fields| (key, fields))
                    })
                    .collect(),
            ),
            matched: Matched(read_keyed(&tx, MATCHED).await?.into_iter().collect()),
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
        for (done, write) in writes.into_iter().enumerate() {
            if done % 250 == 0 {
                progress(done, total);
            }
            match write {
                Write::InsertStandard(s) => add(&tx, STANDARDS, s).await?,
                Write::PutStandard(s) => put(&tx, STANDARDS, s).await?,
                Write::DeleteStandard(id) => delete(&tx, STANDARDS, id.to_string()).await?,
                Write::PutArea(a) => put(&tx, AREAS, a).await?,
                Write::DeleteArea(id) => delete(&tx, AREAS, id.to_string()).await?,
                Write::InsertScript(s) => add(&tx, SCRIPTS, s).await?,
                Write::PutScript(s) => put(&tx, SCRIPTS, s).await?,
                Write::DeleteScript(id) => {
                    delete(&tx, SCRIPTS, id.to_string()).await?;
                    delete(&tx, SCRIPT_USE, id.to_string()).await?;
                }
                Write::PutScriptUse(u) => put(&tx, SCRIPT_USE, u).await?,
                Write::PutProfile(p) => {
                    let store = tx.object_store(PROFILE).map_err(from_write)?;
                    let request = store.put(p).with_key(PROFILE_KEY.to_string()).serde();
                    request.map_err(from_write)?.await.map_err(from_write)?;
                }
                Write::PutValue(v) => put(&tx, VALUES, v).await?,
                Write::DeleteValue(id) => delete(&tx, VALUES, id.to_string()).await?,
                Write::PutRole(r) => put(&tx, ROLES, r).await?,
                Write::DeleteRole(id) => delete(&tx, ROLES, id.to_string()).await?,
                Write::PutRule(r) => put(&tx, RULES, r).await?,
                Write::DeleteRule(id) => delete(&tx, RULES, id.to_string()).await?,
                Write::PutExtras { key, fields } => {
                    let json = serde_json::Value::Object(fields).to_string();
                    put_keyed(&tx, EXTRAS, key, json).await?
                }
                Write::PutMatched { key, at } => put_keyed(&tx, MATCHED, key, at).await?,
                Write::PutBackupBeforeReplace(text) => {
                    put_keyed(&tx, BACKUPS, BEFORE_REPLACE.to_string(), text).await?
                }
                Write::ClearForReplace => {
                    for name in REPLACEABLE {
                        let store = tx.object_store(name).map_err(from_write)?;
                        store
                            .clear()
                            .map_err(from_write)?
                            .await
                            .map_err(from_write)?;
                    }
                }
            }
        }
        progress(total, total);
        // Dropping `tx` on an early return above aborts it: nothing half-written.
        tx.commit().await.map_err(from_write)
    }
}

type Tx<'a> = indexed_db_futures::transaction::Transaction<'a>;

/// Stores a new record; fails if its key is taken.
async fn add<T: serde::Serialize>(
    tx: &Tx<'_>,
    store: &str,
    value: T,
) -> Result<(), StorageFailure> {
    store_record(tx, store, value, false).await
}

/// Stores a record, replacing one with the same key.
async fn put<T: serde::Serialize>(
    tx: &Tx<'_>,
    store: &str,
    value: T,
) -> Result<(), StorageFailure> {
    store_record(tx, store, value, true).await
}

async fn store_record<T: serde::Serialize>(
    tx: &Tx<'_>,
    store: &str,
    value: T,
    replace: bool,
) -> Result<(), StorageFailure> {
    let store = tx.object_store(store).map_err(from_write)?;
    let request = if replace {
        store.put(value).serde()
    } else {
        store.add(value).serde()
    };
    request.map_err(from_write)?.await.map_err(from_write)?;
    Ok(())
}

/// Stores a value under a key kept outside it.
async fn put_keyed<T: serde::Serialize>(
    tx: &Tx<'_>,
    store: &str,
    key: String,
    value: T,
) -> Result<(), StorageFailure> {
    let store = tx.object_store(store).map_err(from_write)?;
    store
        .put(value)
        .with_key(key)
        .serde()
        .map_err(from_write)?
        .await
        .map_err(from_write)?;
    Ok(())
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

async fn delete(tx: &Tx<'_>, store: &str, key: String) -> Result<(), StorageFailure> {
    let store = tx.object_store(store).map_err(from_write)?;
    store
        .delete(key)
        .primitive()
        .map_err(from_write)?
        .await
        .map_err(from_write)?;
    Ok(())
}

async fn read_all<T: serde::de::DeserializeOwned>(
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
