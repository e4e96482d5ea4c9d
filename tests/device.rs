//! What a page shares with the app's other tabs, and keeps beside the database, in
//! headless Chromium (`wasm-bindgen-test`).
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;
use vertskap::domain::device::{Persistence, Preferences};
use vertskap::domain::Timestamp;
use vertskap::storage::changes::{announce_change, Heard};
use vertskap::storage::device::{load_preferences, persistence, save_preferences, usage};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn settle() {
    gloo_timers::future::TimeoutFuture::new(100).await;
}

/// Another tab of the app, as far as the channel can tell: a channel object of its own.
fn other_tab(db_name: &str, heard: Rc<Cell<u32>>) -> web_sys::BroadcastChannel {
    let channel = web_sys::BroadcastChannel::new(&format!("{db_name}-changes")).unwrap();
    let handler = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |_| {
        heard.set(heard.get() + 1)
    });
    channel.set_onmessage(Some(wasm_bindgen::JsCast::unchecked_ref(handler.as_ref())));
    handler.forget();
    channel
}

#[wasm_bindgen_test]
async fn a_stored_change_reaches_other_tabs_of_the_same_database_and_not_this_one() {
    let name = format!("vertskap-test-{}", uuid::Uuid::new_v4());
    let here = Rc::new(Cell::new(0));
    let counter = here.clone();
    Heard::start(&name).on_change(move || counter.set(counter.get() + 1));
    let there = Rc::new(Cell::new(0));
    let tab = other_tab(&name, there.clone());
    let elsewhere = Rc::new(Cell::new(0));
    let _unrelated = other_tab("some-other-database", elsewhere.clone());

    announce_change(&name);
    announce_change(&name);
    settle().await;
    assert_eq!(there.get(), 2, "the other tab hears each change");
    assert_eq!(
        here.get(),
        0,
        "this tab does not read again after its own writes"
    );
    assert_eq!(elsewhere.get(), 0);

    tab.post_message(&"changed".into()).unwrap();
    settle().await;
    assert_eq!(here.get(), 1, "and it hears the other tab's");
}

#[wasm_bindgen_test]
async fn preferences_survive_a_reload_and_a_broken_copy_falls_back_to_defaults() {
    let saved = Preferences {
        backup_reminder_days: Some(7),
        last_backup_at: Some(Timestamp::from_unix_millis(1_767_225_600_000.0)),
        ..Preferences::default()
    };
    save_preferences(&saved);
    assert_eq!(load_preferences(), saved);

    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item("vertskap.preferences", "{not json")
        .unwrap();
    assert_eq!(load_preferences(), Preferences::default());
    storage.remove_item("vertskap.preferences").unwrap();
}

#[wasm_bindgen_test]
async fn the_browser_answers_about_keeping_data_and_usage() {
    // The app's answer is the browser's own, read here without the app's code.
    let navigator = web_sys::window().unwrap().navigator();
    let persisted = wasm_bindgen_futures::JsFuture::from(navigator.storage().persisted().unwrap())
        .await
        .unwrap()
        .as_bool()
        .unwrap();
    let expected = if persisted {
        Persistence::Persistent
    } else {
        Persistence::BestEffort
    };
    assert_eq!(persistence().await, expected);
    let usage = usage().await.expect("Chromium estimates storage");
    assert!(usage.quota > 0.0);
    assert!(usage.used <= usage.quota);
}
