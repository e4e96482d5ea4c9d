//! "Update available": shown when a new build waits in the service worker. The app never
//! reloads by itself; the new build takes over only when the person taps the button.

use crate::text::{tr, Msg};
use crate::ui::window_events::{dispatch, root_flag, WindowListener};
use yew::prelude::*;

/// Set by js/boot.js; see pwa/sw.js for the whole flow.
const READY_EVENT: &str = "vertskap:update-ready";
const READY_FLAG: &str = "update-ready";
const ACCEPTED_EVENT: &str = "vertskap:update-accepted";

#[component(UpdateBanner)]
pub fn update_banner() -> Html {
    let ready = use_state(|| root_flag(READY_FLAG));
    let updating = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let listener = {
                let ready = ready.clone();
                WindowListener::new(READY_EVENT, move || ready.set(true))
            };
            // Yew may hand the browser a turn between drawing this component and running
            // this effect: a build that became ready in that gap set only the flag.
            if root_flag(READY_FLAG) {
                ready.set(true);
            }
            move || drop(listener)
        });
    }
    if !*ready {
        return html! {};
    }
    let accept = {
        let updating = updating.clone();
        Callback::from(move |_| {
            updating.set(true);
            dispatch(ACCEPTED_EVENT);
        })
    };
    html! {
        <aside class="update-banner" aria-label={tr(Msg::UpdateRegion)}>
            <p>{ tr(Msg::UpdateReady) }</p>
            <button type="button" class="button primary" onclick={accept} disabled={*updating}>
                { tr(Msg::UpdateReload) }
            </button>
        </aside>
    }
}
