//! Scripts as big cards at the counter (title and situation), each a link to where
//! `to` leads: walking it through, or practising it.

use crate::domain::{Script, ScriptId};
use crate::ui::routes::Route;
use yew::prelude::*;

pub fn script_cards(scripts: &[&Script], to: fn(ScriptId) -> Route) -> Html {
    html! {
        <ul class="counter-list">
            { for scripts.iter().map(|script| html! {
                <li key={script.id.to_string()}>
                    <a class="counter-link" href={to(script.id).href()}>
                        <span class="counter-title">{ script.title.clone() }</span>
                        if !script.situation.is_empty() {
                            <span class="counter-situation">{ script.situation.clone() }</span>
                        }
                    </a>
                </li>
            }) }
        </ul>
    }
}
