//! The sync settings, in this device's localStorage: never in the database, so never in
//! a backup, a pack, or another tablet's copy.

use crate::domain::sync::SyncSettings;
use crate::storage::device::local_storage;

fn key(store_name: &str) -> String {
    format!("vertskap.sync.{store_name}")
}

/// The settings kept for this database, if any (unreadable ones count as none, and are
/// said in the console).
pub fn load(store_name: &str) -> Option<SyncSettings> {
    let text = local_storage()?.get_item(&key(store_name)).ok().flatten()?;
    match serde_json::from_str(&text) {
        Ok(settings) => Some(settings),
        Err(error) => {
            web_sys::console::warn_1(
                &format!("vertskap: sync settings unreadable: {error}").into(),
            );
            None
        }
    }
}

/// Keeps the settings; `Err` when this browser refuses (then nothing was kept).
pub fn save(store_name: &str, settings: &SyncSettings) -> Result<(), String> {
    let text = serde_json::to_string(settings).map_err(|e| e.to_string())?;
    local_storage()
        .ok_or_else(|| "localStorage is not available".to_string())?
        .set_item(&key(store_name), &text)
        .map_err(|e| format!("{e:?}"))
}

fn last_key(store_name: &str) -> String {
    format!("vertskap.sync.{store_name}.last")
}

/// When this tablet last finished a sync with the database at `address`, as
/// remembered across reloads.
pub fn load_last(store_name: &str, address: &str) -> Option<crate::domain::Timestamp> {
    let text = local_storage()?
        .get_item(&last_key(store_name))
        .ok()
        .flatten()?;
    let (with, at): (String, crate::domain::Timestamp) = serde_json::from_str(&text).ok()?;
    (with == address).then_some(at)
}

/// Remembers when a sync with `address` finished. Best effort: where localStorage
/// refuses, the status after a reload says "not synced yet" until the next round.
pub fn save_last(store_name: &str, address: &str, at: crate::domain::Timestamp) {
    if let (Some(storage), Ok(text)) = (local_storage(), serde_json::to_string(&(address, at))) {
        crate::console::warn_if_failed(
            "remember the last sync",
            storage.set_item(&last_key(store_name), &text),
        );
    }
}

/// A new name for this tablet's checkpoint on the server.
pub fn new_device() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}
