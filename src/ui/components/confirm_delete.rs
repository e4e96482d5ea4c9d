//! Deleting for good, after one question: for what has no undo (a goal with its
//! check-ins, a note about a person).

use crate::text::{tr, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmDeleteProps {
    /// The button that asks, such as "Delete goal".
    pub ask: Msg<'static>,
    /// The question, such as "Delete this goal and all its check-ins?".
    pub question: Msg<'static>,
    pub on_delete: Callback<()>,
}

#[component(ConfirmDelete)]
pub fn confirm_delete(props: &ConfirmDeleteProps) -> Html {
    let asking = use_state(|| false);
    let set = |to: bool| {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(to))
    };
    if !*asking {
        return html! {
            <button type="button" class="button danger" onclick={set(true)}>{ tr(props.ask) }</button>
        };
    }
    let on_delete = props.on_delete.reform(|_| ());
    html! {
        <div role="alertdialog" aria-labelledby="delete-question" class="confirm">
            <p id="delete-question">{ tr(props.question) }</p>
            <button type="button" class="button danger" onclick={on_delete}>{ tr(Msg::DeleteForGood) }</button>
            <button type="button" class="button" onclick={set(false)}>{ tr(Msg::Cancel) }</button>
        </div>
    }
}
