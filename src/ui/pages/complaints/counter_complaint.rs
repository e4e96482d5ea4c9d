//! Logging a complaint at the counter, right after the customer has gone: the form,
//! then a plain "logged" and the way back to the counter. The follow-up is the
//! manager's, on the case page.

use super::complaint_form::ComplaintForm;
use crate::text::{tr, Msg};
use crate::ui::routes::Route;
use yew::prelude::*;

#[component(CounterComplaint)]
pub fn counter_complaint() -> Html {
    // Bumped for "log another": a new form, empty, with a new time.
    let round = use_state(|| 0u32);
    let logged = use_state(|| false);
    let on_saved = {
        let logged = logged.clone();
        Callback::from(move |_| logged.set(true))
    };
    let again = {
        let (round, logged) = (round.clone(), logged.clone());
        Callback::from(move |_| {
            logged.set(false);
            round.set(*round + 1);
        })
    };
    html! {
        <section class="counter-complaint">
            <h1>{ tr(Msg::LogComplaint) }</h1>
            if *logged {
                <p class="done-message" role="status">{ tr(Msg::ComplaintLogged) }</p>
                <div class="actions">
                    <a class="button primary big" href={Route::Counter.href()}>{ tr(Msg::AllScripts) }</a>
                    <button type="button" class="button big" onclick={again}>{ tr(Msg::LogAnother) }</button>
                </div>
            } else {
                <ComplaintForm key={*round} {on_saved}>
                    <a class="button big" href={Route::Counter.href()}>{ tr(Msg::Cancel) }</a>
                </ComplaintForm>
            }
        </section>
    }
}
