//! Telling the app's other tabs and windows that the data changed, so they read it again
//! (BroadcastChannel). Only "something changed" travels: each tab reads the database
//! itself, so what it shows is always what is stored.
//!
//! A page keeps one channel object per database for both sending and hearing: a
//! BroadcastChannel does not hear its own messages, but a second object in the same
//! page would, and the page would read its whole library again after each of its own
//! writes.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The channel of one database: tabs of the app share it, other apps on the origin don't.
pub fn channel_name(db_name: &str) -> String {
    format!("{db_name}-changes")
}

thread_local! {
    /// This page's one channel per database, opened on first use and kept for the page's life.
    static CHANNELS: RefCell<HashMap<String, web_sys::BroadcastChannel>> = RefCell::new(HashMap::new());
}

/// This page's channel for `db_name`; `None` in browsers without BroadcastChannel.
fn page_channel(db_name: &str) -> Option<web_sys::BroadcastChannel> {
    CHANNELS.with(|channels| {
        let mut channels = channels.borrow_mut();
        if let Some(channel) = channels.get(db_name) {
            return Some(channel.clone());
        }
        let channel = web_sys::BroadcastChannel::new(&channel_name(db_name)).ok()?;
        channels.insert(db_name.to_string(), channel.clone());
        Some(channel)
    })
}

/// After a write is stored: tells every other tab of this database. Browsers without
/// BroadcastChannel just don't hear it; their tabs see the change on the next reload.
/// A message that cannot be posted costs the other tabs an update until they reload,
/// and the write itself is stored: nothing for the person to act on here.
pub fn announce_change(db_name: &str) {
    if let Some(channel) = page_channel(db_name) {
        if let Err(error) = channel.post_message(&"changed".into()) {
            web_sys::console::warn_2(&"Could not tell other tabs of a change:".into(), &error);
        }
    }
}

/// Runs `on_change` whenever another tab announces a stored change, for as long as the
/// page lives. This page's own announcements go out on the same channel object, which
/// does not hear them. One listener per page: a second would replace the first, so
/// only [`Heard`] listens.
fn on_changed_elsewhere(db_name: &str, on_change: impl Fn() + 'static) {
    let Some(channel) = page_channel(db_name) else {
        return;
    };
    let handler = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |_| on_change());
    channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The listener lives as long as the page, as does the channel (kept in CHANNELS).
    handler.forget();
}

/// Other tabs' changes, heard from the moment this is made until the page closes. A
/// change announced before anyone listens is kept and told to the first listener: a
/// start reads the library and only then shows it (after the words of its language),
/// and a change stored by another tab in between would otherwise go unseen until the
/// next one.
#[derive(Clone)]
pub struct Heard(Rc<RefCell<Hearing>>);

#[derive(Default)]
struct Hearing {
    /// A change came while nobody listened.
    missed: bool,
    tell: Option<Rc<dyn Fn()>>,
}

impl Heard {
    /// Starts hearing `db_name`'s changes. Once per page: the page's channel has one
    /// listener (see [`on_changed_elsewhere`]).
    pub fn start(db_name: &str) -> Heard {
        let heard = Heard(Rc::default());
        let hearing = heard.clone();
        on_changed_elsewhere(db_name, move || hearing.heard());
        heard
    }

    /// `tell` runs on every change from now on, and at once if one came before.
    pub fn on_change(&self, tell: impl Fn() + 'static) {
        let tell: Rc<dyn Fn()> = Rc::new(tell);
        let missed = {
            let mut hearing = self.0.borrow_mut();
            hearing.tell = Some(tell.clone());
            std::mem::take(&mut hearing.missed)
        };
        if missed {
            tell();
        }
    }

    fn heard(&self) {
        let tell = {
            let mut hearing = self.0.borrow_mut();
            hearing.missed = hearing.tell.is_none();
            hearing.tell.clone()
        };
        if let Some(tell) = tell {
            tell();
        }
    }
}
