//! Telling the app's other tabs and windows that the data changed, so they read it again
//! (BroadcastChannel). Only "something changed" travels: each tab reads the database
//! itself, so what it shows is always what is stored.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The channel of one database: tabs of the app share it, other apps on the origin don't.
fn channel_name(db_name: &str) -> String {
    format!("{db_name}-changes")
}

/// After a write is stored: tells every other tab of this database. Browsers without
/// BroadcastChannel just don't hear it; their tabs see the change on the next reload.
pub fn announce_change(db_name: &str) {
    if let Ok(channel) = web_sys::BroadcastChannel::new(&channel_name(db_name)) {
        let _ = channel.post_message(&"changed".into());
        channel.close();
    }
}

/// Runs `on_change` whenever another tab announces a stored change, for as long as the
/// page lives. The channel does not hear its own page's announcements.
pub fn on_changed_elsewhere(db_name: &str, on_change: impl Fn() + 'static) {
    let Ok(channel) = web_sys::BroadcastChannel::new(&channel_name(db_name)) else {
        return;
    };
    let handler = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |_| on_change());
    channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The listener and its channel live as long as the page.
    handler.forget();
    std::mem::forget(channel);
}
