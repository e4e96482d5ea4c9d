//! What this device keeps beside the database: preferences in localStorage (small, read
//! at once at start), and what the browser says about keeping the data (StorageManager).

use crate::domain::device::{Persistence, Preferences};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

const PREFERENCES_KEY: &str = "vertskap.preferences";

/// This origin's localStorage, where the browser allows it.
pub(crate) fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved preferences, or the defaults when there are none or they cannot be read.
pub fn load_preferences() -> Preferences {
    local_storage()
        .and_then(|storage| storage.get_item(PREFERENCES_KEY).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Saves the preferences. Where localStorage is refused (some private modes) they last
/// for this visit only, which costs a repeated reminder at worst.
pub fn save_preferences(preferences: &Preferences) {
    if let (Some(storage), Ok(json)) = (local_storage(), serde_json::to_string(preferences)) {
        crate::console::warn_if_failed(
            "save device preferences",
            storage.set_item(PREFERENCES_KEY, &json),
        );
    }
}

/// Runs `on_change` with the new preferences when another tab saves them.
pub fn on_preferences_changed_elsewhere(on_change: impl Fn(Preferences) + 'static) {
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let handler =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            if event.key().as_deref() == Some(PREFERENCES_KEY) {
                on_change(load_preferences());
            }
        });
    crate::console::warn_if_failed(
        "listen for other tabs' preferences",
        window.add_event_listener_with_callback("storage", handler.as_ref().unchecked_ref()),
    );
    handler.forget();
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Missing in old browsers and in insecure contexts; web-sys would not notice.
    js_sys::Reflect::has(&navigator, &"storage".into())
        .unwrap_or(false)
        .then(|| navigator.storage())
}

async fn ask(promise: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Persistence {
    match promise {
        Ok(promise) => match JsFuture::from(promise).await.map(|v| v.as_bool()) {
            Ok(Some(true)) => Persistence::Persistent,
            Ok(Some(false)) => Persistence::BestEffort,
            _ => Persistence::Unsupported,
        },
        Err(_) => Persistence::Unsupported,
    }
}

/// Whether the browser has already promised to keep the data.
pub async fn persistence() -> Persistence {
    match storage_manager() {
        Some(manager) => ask(manager.persisted()).await,
        None => Persistence::Unsupported,
    }
}

/// Asks the browser to keep the data (navigator.storage.persist). Chromium answers by
/// its own measure of the site; Firefox may ask the person.
pub async fn request_persistence() -> Persistence {
    match storage_manager() {
        Some(manager) => ask(manager.persist()).await,
        None => Persistence::Unsupported,
    }
}

/// Bytes this site uses and may use, as the browser estimates them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Usage {
    pub used: f64,
    pub quota: f64,
}

pub async fn usage() -> Option<Usage> {
    let promise = storage_manager()?.estimate().ok()?;
    let estimate: web_sys::StorageEstimate = JsFuture::from(promise).await.ok()?.unchecked_into();
    Some(Usage {
        used: estimate.get_usage()?,
        quota: estimate.get_quota()?,
    })
}
