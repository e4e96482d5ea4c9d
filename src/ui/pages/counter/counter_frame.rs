//! The frame of counter mode: no navigation to the manager's screens, only a way home
//! to the script finder and a "Leave counter mode" that asks before it leaves.

use crate::text::{tr, Msg};
use crate::ui::routes::Route;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CounterFrameProps {
    pub children: Html,
}

#[component(CounterFrame)]
pub fn counter_frame(props: &CounterFrameProps) -> Html {
    let asking = use_state(|| false);
    let navigator = use_navigator();
    let route = use_route::<Route>();
    use_effect_with(route, |_| {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    // The safe answer gets the focus, so a stray tap or Enter keeps counter mode.
    use_effect_with(*asking, |asking| {
        if *asking {
            let stay = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("counter-stay"))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(stay) = stay {
                crate::console::warn_if_failed("focus", stay.focus());
            }
        }
    });
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(true))
    };
    let stay = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(false))
    };
    let leave = Callback::from(move |_| {
        if let Some(navigator) = &navigator {
            navigator.push(&Route::Scripts);
        }
    });
    html! {
        <div class="counter">
            <header class="counter-bar">
                <a class="counter-back" href={Route::Counter.href()}>{ tr(Msg::AllScripts) }</a>
                <button type="button" class="button quiet leave" onclick={ask}>{ tr(Msg::LeaveCounterMode) }</button>
            </header>
            if *asking {
                <div class="leave-question" role="alertdialog" aria-modal="false" aria-labelledby="leave-question">
                    <p id="leave-question">{ tr(Msg::LeaveCounterQuestion) }</p>
                    <div class="actions">
                        <button type="button" id="counter-stay" class="button primary" onclick={stay}>{ tr(Msg::Stay) }</button>
                        <button type="button" class="button danger" onclick={leave}>{ tr(Msg::LeaveYes) }</button>
                    </div>
                </div>
            }
            <main id="main" class="counter-main">{ props.children.clone() }</main>
        </div>
    }
}
