//! What this device knows beside the data (preferences, whether the browser keeps the
//! data), owned by the app root and shared through context like the library.

use super::files::{download, share};
use super::library::LibraryHandle;
use crate::clock::now;
use crate::domain::device::{Held, Persistence, Preferences};
use crate::storage::device::{request_persistence, save_preferences};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct DeviceState {
    pub preferences: Preferences,
    pub persistence: Persistence,
    /// The database came back empty on a device that held records: what was lost.
    pub lost: Option<Held>,
}

pub enum DeviceChange {
    Preferences(Preferences),
    Persistence(Persistence),
    Lost(Option<Held>),
}

impl Reducible for DeviceState {
    type Action = DeviceChange;

    fn reduce(self: Rc<Self>, change: DeviceChange) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match change {
            DeviceChange::Preferences(p) => next.preferences = p,
            DeviceChange::Persistence(p) => next.persistence = p,
            DeviceChange::Lost(held) => next.lost = held,
        }
        Rc::new(next)
    }
}

#[derive(Clone, PartialEq)]
pub struct DeviceHandle {
    state: UseReducerHandle<DeviceState>,
}

impl DeviceHandle {
    pub fn new(state: UseReducerHandle<DeviceState>) -> Self {
        DeviceHandle { state }
    }

    pub fn preferences(&self) -> &Preferences {
        &self.state.preferences
    }

    pub fn persistence(&self) -> Persistence {
        self.state.persistence
    }

    /// What the browser deleted, if the database came back empty on a device that held
    /// records (until a backup is restored or the person starts again).
    pub fn lost(&self) -> Option<Held> {
        self.state.lost
    }

    /// A backup was imported after a loss: from now on, what the library holds is what
    /// this device remembers.
    pub fn loss_restored(&self) {
        if self.lost().is_some() {
            self.state.dispatch(DeviceChange::Lost(None));
        }
    }

    /// Starting again without what was lost: nothing is remembered as held any more.
    pub fn start_again(&self) {
        self.set_preferences(Preferences {
            held: None,
            ..self.preferences().clone()
        });
        self.state.dispatch(DeviceChange::Lost(None));
    }

    /// Saves changed preferences; other tabs hear of it through the storage event.
    pub fn set_preferences(&self, preferences: Preferences) {
        save_preferences(&preferences);
        self.state.dispatch(DeviceChange::Preferences(preferences));
    }

    /// Asks the browser to keep the data, and remembers its answer.
    pub fn ask_persistence(&self) {
        let state = self.state.clone();
        wasm_bindgen_futures::spawn_local(async move {
            state.dispatch(DeviceChange::Persistence(request_persistence().await));
        });
    }

    /// Downloads a full backup and remembers when, for the reminder; `also` changes the
    /// preferences further in the same step.
    pub async fn download_backup(
        &self,
        library: &LibraryHandle,
        progress: &Callback<u8>,
        also: impl FnOnce(Preferences) -> Preferences,
    ) -> Result<(), String> {
        let (name, text) = library.backup_file(progress).await?;
        download(&name, &text).map_err(|e| format!("{e:?}"))?;
        self.set_preferences(also(self.preferences().backup_saved(now())));
        Ok(())
    }

    /// Offers a full backup to the share sheet; remembered only if it was shared.
    pub async fn share_backup(
        &self,
        library: &LibraryHandle,
        progress: &Callback<u8>,
    ) -> Result<(), String> {
        let (name, text) = library.backup_file(progress).await?;
        if share(&name, &text).await.map_err(|e| format!("{e:?}"))? {
            self.set_preferences(self.preferences().backup_saved(now()));
        }
        Ok(())
    }
}

#[hook]
pub fn use_device() -> Option<DeviceHandle> {
    use_context::<DeviceHandle>()
}
