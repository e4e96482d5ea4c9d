//! Events on `window` between the app and js/boot.js (the service worker's side).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Listens to one event on `window` until dropped.
pub struct WindowListener {
    name: &'static str,
    handler: Closure<dyn Fn(web_sys::Event)>,
}

impl WindowListener {
    pub fn new(name: &'static str, on_event: impl Fn() + 'static) -> Option<Self> {
        let handler = Closure::<dyn Fn(web_sys::Event)>::new(move |_| on_event());
        web_sys::window()?
            .add_event_listener_with_callback(name, handler.as_ref().unchecked_ref())
            .ok()?;
        Some(WindowListener { name, handler })
    }
}

impl Drop for WindowListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            crate::console::warn_if_failed(
                "remove a window listener",
                window.remove_event_listener_with_callback(
                    self.name,
                    self.handler.as_ref().unchecked_ref(),
                ),
            );
        }
    }
}

pub fn dispatch(name: &str) {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(name)) {
        crate::console::warn_if_failed(name, window.dispatch_event(&event));
    }
}

/// Asks the service worker (through boot.js) to keep these files of the build for
/// offline use; they are cached only on use otherwise. Best effort: a file that is not
/// kept is fetched when needed, and says so if the network is gone.
pub fn keep_offline(files: &[String]) {
    let list: js_sys::Array = files
        .iter()
        .map(|f| wasm_bindgen::JsValue::from_str(f))
        .collect();
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&list);
    if let (Some(window), Ok(event)) = (
        web_sys::window(),
        web_sys::CustomEvent::new_with_event_init_dict("vertskap:keep", &init),
    ) {
        crate::console::warn_if_failed("vertskap:keep", window.dispatch_event(&event));
    }
}

/// The name and loading sign index.html shows until the app runs (js/boot.js marks it
/// failed when the wasm cannot start at all).
fn boot_sign() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("boot")
}

/// Takes the loading sign away: the app draws the page from now on.
pub fn remove_boot_sign() {
    if let Some(sign) = boot_sign() {
        sign.remove();
    }
}

/// Turns the loading sign into its "could not start" sentences.
pub fn mark_boot_failed() {
    if let Some(sign) = boot_sign() {
        crate::console::warn_if_failed(
            "mark the start failed",
            sign.set_attribute("data-failed", ""),
        );
        crate::console::warn_if_failed("mark the start failed", sign.remove_attribute("aria-busy"));
    }
}

/// Whether `<html>` carries `data-<name>` (set by boot.js before the app listened).
pub fn root_flag(name: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.has_attribute(&format!("data-{name}")))
}
