//! Choosing the values a standard or script serves: a business has a handful, so all show.

use crate::domain::ValueId;
use crate::text::{tr, Msg};
use crate::ui::library::use_library;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ValuePickerProps {
    pub selected: Vec<ValueId>,
    pub on_change: Callback<Vec<ValueId>>,
}

#[component(ValuePicker)]
pub fn value_picker(props: &ValuePickerProps) -> Html {
    let Some(library) = use_library() else {
        return html! {};
    };
    let values = library.library().values_in_order();
    if values.is_empty() {
        return html! {};
    }
    html! {
        <fieldset class="value-picker">
            <legend>{ tr(Msg::ValuesItServes) }</legend>
            <ul class="checkbox-list">
                { for values.iter().map(|value| {
                    let id = value.id;
                    let input_id = format!("value-{id}");
                    let (selected, on_change) = (props.selected.clone(), props.on_change.clone());
                    let toggle = Callback::from(move |_| {
                        let mut next = selected.clone();
                        match next.iter().position(|v| *v == id) {
                            Some(at) => {
                                next.remove(at);
                            }
                            None => next.push(id),
                        }
                        on_change.emit(next);
                    });
                    html! {
                        <li key={id.to_string()} class="checkbox">
                            <input id={input_id.clone()} type="checkbox" checked={props.selected.contains(&id)} onchange={toggle} />
                            <label for={input_id}>{ value.name.clone() }</label>
                        </li>
                    }
                }) }
            </ul>
        </fieldset>
    }
}
