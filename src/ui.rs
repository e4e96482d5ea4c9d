//! The browser UI: Yew function components that render state and send intents.

mod app;
mod components;
mod crash;
mod device;
mod fetch;
mod files;
mod hooks;
mod language;
mod library;
mod opening;
mod pages;
mod print;
mod routes;
mod sheet_fit;
mod starter_kit;
mod sync;
mod window_events;

pub use crash::{show_crash_screen, show_crash_screen_in};

/// Starts the app in the page's `<body>`.
pub fn start() {
    crash::install_panic_hook();
    crate::pacing::notice_input();
    let opening = opening::Opening::begin();
    wasm_bindgen_futures::spawn_local(async move {
        // The words of the language shown come first: nothing can be said without them.
        if language::load_first_words().await.is_none() {
            window_events::mark_boot_failed();
            return;
        }
        opening.settled().await;
        window_events::remove_boot_sign();
        yew::Renderer::<app::App>::with_props(app::AppProps { opening }).render();
    });
}
