//! The last resort: when the app panics, say that the data is safe and offer a reload,
//! instead of leaving a frozen or blank page.

use crate::text::{tr, Msg};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_crash_screen();
    }));
}

/// Replaces the page with the crash message.
pub fn show_crash_screen() {
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        show_crash_screen_in(&body);
    }
}

/// Replaces what `container` holds with the crash message. Built with plain DOM calls,
/// since the framework may be what failed; every text goes in as text, never as markup.
pub fn show_crash_screen_in(container: &web_sys::Element) {
    let Some(document) = container.owner_document() else {
        return;
    };
    let build = || -> Result<web_sys::Element, JsValue> {
        let main = document.create_element("main")?;
        main.set_class_name("crash");
        main.set_attribute("role", "alert")?;
        let heading = document.create_element("h1")?;
        heading.set_text_content(Some(&tr(Msg::CrashHeading)));
        let body_text = document.create_element("p")?;
        body_text.set_text_content(Some(&tr(Msg::CrashBody)));
        let button = document.create_element("button")?;
        button.set_attribute("type", "button")?;
        button.set_class_name("button primary");
        button.set_text_content(Some(&tr(Msg::Reload)));
        let reload = Closure::<dyn FnMut()>::new(|| {
            if let Some(window) = web_sys::window() {
                crate::console::warn_if_failed("reload", window.location().reload());
            }
        });
        button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref())?;
        // The page is being replaced for good: the listener lives as long as it does.
        reload.forget();
        main.append_child(&heading)?;
        main.append_child(&body_text)?;
        main.append_child(&button)?;
        Ok(main)
    };
    if let Ok(screen) = build() {
        container.set_text_content(None);
        crate::console::warn_if_failed("show the crash screen", container.append_child(&screen));
    }
}
