//! The section whose feature is still to come says what will be there.

use crate::text::{tr, Msg};
use yew::prelude::*;

#[component(GoalsComing)]
pub fn goals_coming() -> Html {
    html! {
        <section class="page">
            <h1>{ tr(Msg::Goals) }</h1>
            <p class="coming">{ tr(Msg::GoalsComing) }</p>
        </section>
    }
}
