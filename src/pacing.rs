//! Giving the page back to the browser: between steps of long work, and before work
//! that can wait for an idle moment. Used by the UI and by storage's longer reads.

/// Lets the browser paint and answer input before the next step of a long piece of work.
pub async fn give_page_back() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// Waits until the browser has nothing more pressing (at most `within_ms`): work that
/// can wait, such as goal progress after the first screen, comes after a person's first
/// tap on a slow tablet, not before it. Browsers without `requestIdleCallback` (Safari)
/// wait a moment instead.
pub async fn when_idle(within_ms: u32) {
    idle_for(within_ms).await;
}

/// How long work may go on after waking from [`idle_for`]: a short slice, or less when
/// the browser says its idle moment ends sooner. (It may promise up to 50 ms, but a tap
/// or keystroke arriving meanwhile then waits for the rest.) At least one step of the
/// work always runs.
pub fn idle_budget_ms(woken: &Option<web_sys::IdleDeadline>) -> f64 {
    const SLICE_MS: f64 = 4.0;
    match woken {
        Some(deadline) if !deadline.did_timeout() => deadline.time_remaining().min(SLICE_MS),
        _ => SLICE_MS,
    }
}

/// Waits for an idle moment like [`when_idle`], and says how long it lasts.
pub async fn idle_for(within_ms: u32) -> Option<web_sys::IdleDeadline> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    if !js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false) {
        gloo_timers::future::TimeoutFuture::new(100).await;
        return None;
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
    // The promise above only ever resolves, with the deadline (or null if refused).
    match wasm_bindgen_futures::JsFuture::from(idle).await {
        Ok(deadline) => deadline.dyn_into().ok(),
        Err(error) => {
            web_sys::console::warn_2(&"wait for an idle page".into(), &error);
            None
        }
    }
}
