//! Reading records, with requests placed on the browser's objects: all of a
//! transaction's reads are placed before the first is waited for, so the browser works on
//! them together (5,000 standards and 5,000 scripts are read before the first screen of a
//! large library). Records are decoded by `storage::codec`.

use super::codec::{decode, decode_list};
use super::failure::from_read;
use super::request::{refused, Settling};
use crate::domain::StorageFailure;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;
use web_sys::{IdbKeyRange, IdbObjectStore, IdbRequest, IdbTransaction};

/// A placed read, to be waited for.
pub struct Read(Settling);

fn store(tx: &IdbTransaction, name: &str) -> Result<IdbObjectStore, StorageFailure> {
    tx.object_store(name).map_err(failed)
}

fn placed(request: Result<IdbRequest, JsValue>) -> Result<Read, StorageFailure> {
    Ok(Read(Settling::new(request.map_err(failed)?)))
}

fn failed(error: JsValue) -> StorageFailure {
    refused(error, from_read)
}

/// Every record of a store.
pub fn all(tx: &IdbTransaction, name: &str) -> Result<Read, StorageFailure> {
    placed(store(tx, name)?.get_all())
}

/// Every key of a store.
pub fn keys(tx: &IdbTransaction, name: &str) -> Result<Read, StorageFailure> {
    placed(store(tx, name)?.get_all_keys())
}

/// The value under one key, if any.
pub fn one(tx: &IdbTransaction, name: &str, key: &str) -> Result<Read, StorageFailure> {
    placed(store(tx, name)?.get(&JsValue::from_str(key)))
}

/// The records of an index with keys from `lower` to `upper`, both included.
pub fn between(
    tx: &IdbTransaction,
    name: &str,
    index: &str,
    lower: &[String],
    upper: &[String],
) -> Result<Read, StorageFailure> {
    let (index, range) = index_range(tx, name, index, lower, upper)?;
    placed(index.get_all_with_key(&range))
}

/// The primary keys of the records [`between`] would read.
pub fn keys_between(
    tx: &IdbTransaction,
    name: &str,
    index: &str,
    lower: &[String],
    upper: &[String],
) -> Result<Read, StorageFailure> {
    let (index, range) = index_range(tx, name, index, lower, upper)?;
    placed(index.get_all_keys_with_key(&range))
}

fn index_range(
    tx: &IdbTransaction,
    name: &str,
    index: &str,
    lower: &[String],
    upper: &[String],
) -> Result<(web_sys::IdbIndex, IdbKeyRange), StorageFailure> {
    let index = store(tx, name)?.index(index).map_err(failed)?;
    Ok((index, range(lower, upper)?))
}

fn range(lower: &[String], upper: &[String]) -> Result<IdbKeyRange, StorageFailure> {
    let key = |parts: &[String]| -> JsValue {
        parts
            .iter()
            .map(|part| JsValue::from_str(part))
            .collect::<js_sys::Array>()
            .into()
    };
    IdbKeyRange::bound(&key(lower), &key(upper)).map_err(failed)
}

impl Read {
    /// The records read, in the order the browser gave them.
    pub async fn records<T: DeserializeOwned>(
        self,
        tx: &IdbTransaction,
    ) -> Result<Vec<T>, StorageFailure> {
        decode_list(self.0.result(tx, from_read).await?)
    }

    /// The one value read, if there was one.
    pub async fn record<T: DeserializeOwned>(
        self,
        tx: &IdbTransaction,
    ) -> Result<Option<T>, StorageFailure> {
        let stored = self.stored(tx).await?;
        stored.map(decode).transpose()
    }

    /// The one value read, as the browser holds it.
    pub async fn stored(self, tx: &IdbTransaction) -> Result<Option<JsValue>, StorageFailure> {
        let stored = self.0.result(tx, from_read).await?;
        Ok((!stored.is_undefined()).then_some(stored))
    }
}
