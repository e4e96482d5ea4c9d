//! The browser UI: Yew function components that render state and send intents.

mod app;
mod components;
mod crash;
mod device;
mod files;
mod hooks;
mod language;
mod library;
mod pacing;
mod pages;
mod routes;
mod starter_kit;
mod window_events;

pub use crash::{show_crash_screen, show_crash_screen_in};

/// Starts the app in the page's `<body>`.
pub fn start() {
    crash::install_panic_hook();
    yew::Renderer::<app::App>::new().render();
}
