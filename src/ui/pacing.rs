//! Giving the page back to the browser: between steps of long work, and before work
//! that can wait for an idle moment.

/// Lets the browser paint and answer input before the next step of a long piece of work.
pub async fn give_page_back() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// Waits until the browser has nothing more pressing (at most `within_ms`): work that
/// can wait, such as goal progress after the first screen, comes after a person's first
/// tap on a slow tablet, not before it. Browsers without `requestIdleCallback` (Safari)
/// wait a moment instead.
pub async fn when_idle(within_ms: u32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if !js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false) {
        gloo_timers::future::TimeoutFuture::new(100).await;
        return;
    }
    let idle = js_sys::Promise::new(&mut |resolve, _| {
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(within_ms);
        // Refused, the callback would never come and what waits for it never run.
        if let Err(error) = window.request_idle_callback_with_options(&resolve, &options) {
            web_sys::console::warn_2(&"requestIdleCallback".into(), &error);
            crate::console::warn_if_failed(
                "resolve at once",
                resolve.call0(&wasm_bindgen::JsValue::NULL),
            );
        }
    });
    // The promise above only ever resolves.
    crate::console::warn_if_failed(
        "wait for an idle page",
        wasm_bindgen_futures::JsFuture::from(idle).await,
    );
}
