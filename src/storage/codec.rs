//! How records become stored values and back: through JSON text and the browser's own
//! `JSON.parse`/`JSON.stringify`, read with the same serde code the file format uses.
//!
//! Why not `serde-wasm-bindgen`: every record type's serde code was then compiled
//! twice, once for files and once for storage, and the wasm carried both. Reading JSON
//! text straight into the record (`serde_json::from_str`, as the file reader does too)
//! shares that code, and is faster: one call into JavaScript per list, and no
//! `serde_json::Value` built in between (a large library's start spent a third of its
//! time there).
//!
//! What is stored is unchanged (plain objects, maps as objects, absent options left
//! out), so records written by earlier builds read back as they were.

use crate::domain::StorageFailure;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

/// A record as the value IndexedDB stores.
pub fn encode<T: Serialize>(record: &T) -> Result<JsValue, StorageFailure> {
    js_sys::JSON::parse(&encode_text(record)?).map_err(|e| StorageFailure::WriteFailed {
        detail: format!("{e:?}"),
    })
}

/// A record as the JSON text of the value IndexedDB stores; many of them are parsed
/// together (see `storage::apply`). Written straight from the record, not through a
/// `serde_json::Value` as files are: a large import spent some 0.4 s of its 7 s building
/// those trees, for 7 KB of gzipped wasm (each record type's serializer, once more).
pub fn encode_text<T: Serialize>(record: &T) -> Result<String, StorageFailure> {
    serde_json::to_string(record).map_err(|e| StorageFailure::WriteFailed {
        detail: e.to_string(),
    })
}

/// A stored value as a record. `undefined` (no such record) reads as `null`, so an
/// `Option` comes back `None`.
pub fn decode<T: DeserializeOwned>(stored: JsValue) -> Result<T, StorageFailure> {
    let text: String = if stored.is_undefined() {
        "null".into()
    } else {
        js_sys::JSON::stringify(&stored)
            .map_err(|e| unreadable(format!("{e:?}")))?
            .into()
    };
    decode_text(&text)
}

/// Records cross into wasm as JSON text this many at a time: few calls into JavaScript,
/// and a text of bounded size (a full backup reads 200,000 check-ins, and wasm memory,
/// once grown for one long text, never shrinks).
const RECORDS_PER_TEXT: u32 = 1_000;

/// A list of stored values (what `getAll` gives) as records.
pub fn decode_list<T: DeserializeOwned>(stored: JsValue) -> Result<Vec<T>, StorageFailure> {
    let list: js_sys::Array = stored
        .dyn_into()
        .map_err(|_| unreadable("the browser gave no list".into()))?;
    let mut records = Vec::with_capacity(list.length() as usize);
    let mut from = 0;
    while from < list.length() {
        let to = list.length().min(from + RECORDS_PER_TEXT);
        let part: Vec<T> = decode(list.slice(from, to).into())?;
        records.extend(part);
        from = to;
    }
    Ok(records)
}

/// A record from the JSON text of a stored value.
pub fn decode_text<T: DeserializeOwned>(text: &str) -> Result<T, StorageFailure> {
    serde_json::from_str(text).map_err(|e| unreadable(e.to_string()))
}

fn unreadable(detail: String) -> StorageFailure {
    StorageFailure::ReadFailed {
        detail: format!("a stored record could not be read: {detail}"),
    }
}
