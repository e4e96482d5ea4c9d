//! Opening the one database, reading the library, and applying writes.

use super::failure::{from_open, from_read, from_write};
use super::migrations::{upgrade, AREAS, SCHEMA_VERSION, STANDARDS};
use super::write::Write;
use crate::domain::{Area, Library, Standard, StorageFailure, Timestamp};
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
        let db = Database::open(name)
            .with_version(SCHEMA_VERSION)
            .with_on_blocked(move |_| {
                on_blocked();
                Ok(())
            })
            .with_on_upgrade_needed(move |event, db| upgrade(&db, event.old_version() as u32, now))
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
        let tx = self
            .db
            .transaction([AREAS, STANDARDS])
            .build()
            .map_err(from_read)?;
        let areas: Vec<Area> = read_all(&tx, AREAS).await?;
        let standards: Vec<Standard> = read_all(&tx, STANDARDS).await?;
        Ok(Library { areas, standards })
    }

    /// Applies every write in one transaction, durably: when this returns `Ok`, all of
    /// them are on disk; on any error, none of them is.
    pub async fn write(&self, writes: Vec<Write>) -> Result<(), StorageFailure> {
        let mut options = TransactionOptions::new();
        // Chrome's default ("relaxed") reports success before the data reaches the disk.
        options.set_durability(TransactionDurability::Strict);
        let tx = self
            .db
            .transaction([AREAS, STANDARDS])
            .with_mode(TransactionMode::Readwrite)
            .with_options(options)
            .build()
            .map_err(from_write)?;
        for write in writes {
            let store = tx.object_store(write.store()).map_err(from_write)?;
            match write {
                Write::InsertStandard(s) => store.add(s).serde().map_err(from_write)?.await,
                Write::PutStandard(s) => store.put(s).serde().map_err(from_write)?.await,
                Write::PutArea(a) => store.put(a).serde().map_err(from_write)?.await,
                Write::DeleteStandard(id) => {
                    store
                        .delete(id.to_string())
                        .primitive()
                        .map_err(from_write)?
                        .await
                }
                Write::DeleteArea(id) => {
                    store
                        .delete(id.to_string())
                        .primitive()
                        .map_err(from_write)?
                        .await
                }
            }
            .map_err(from_write)?;
        }
        // Dropping `tx` on an early return above aborts it: nothing half-written.
        tx.commit().await.map_err(from_write)
    }
}

async fn read_all<T: serde::de::DeserializeOwned>(
    tx: &indexed_db_futures::transaction::Transaction<'_>,
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
