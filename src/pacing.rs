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

/// How long work may go on after waking from [`idle_for`]: while the person is typing or
/// tapping, a short slice (the browser may promise up to 50 ms of idle time, but the next
/// keystroke would wait for all of it); otherwise what the browser says is left. At least
/// one step of the work always runs.
pub fn idle_budget_ms(woken: &Option<web_sys::IdleDeadline>) -> f64 {
    const SLICE_MS: f64 = 4.0;
    let remaining = match woken {
        Some(deadline) if !deadline.did_timeout() => deadline.time_remaining(),
        _ => SLICE_MS,
    };
    if input_lately() {
        remaining.min(SLICE_MS)
    } else {
        remaining.max(SLICE_MS)
    }
}

thread_local! {
    static LAST_INPUT_MS: std::cell::Cell<f64> = const { std::cell::Cell::new(f64::NEG_INFINITY) };
}

/// Whether the person typed or tapped within the last second (as far as
/// [`notice_input`] has heard).
fn input_lately() -> bool {
    const LATELY_MS: f64 = 1_000.0;
    js_sys::Date::now() - LAST_INPUT_MS.with(std::cell::Cell::get) < LATELY_MS
}

/// Notes every keystroke and tap from now on, for the life of the page, so work done in
/// idle moments keeps its slices short while someone is typing. Called once at start.
pub fn notice_input() {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let noted = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
        LAST_INPUT_MS.with(|last| last.set(js_sys::Date::now()));
    });
    for event in ["keydown", "input", "pointerdown"] {
        crate::console::warn_if_failed(
            "listen for input",
            window.add_event_listener_with_callback_and_bool(
                event,
                noted.as_ref().unchecked_ref(),
                true,
            ),
        );
    }
    // Listens as long as the page lives.
    noted.forget();
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
