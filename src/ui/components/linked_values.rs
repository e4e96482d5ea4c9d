//! The values a standard or script serves, as links: the link seen from the other side.

use crate::domain::ValueId;
use crate::text::{tr, Msg};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LinkedValuesProps {
    pub ids: Vec<ValueId>,
}

#[component(LinkedValues)]
pub fn linked_values(props: &LinkedValuesProps) -> Html {
    let Some(library) = use_library() else {
        return html! {};
    };
    let values = library.library().linked_values(&props.ids);
    if values.is_empty() {
        return html! {};
    }
    html! {
        <section class="no-print">
            <h2>{ tr(Msg::ValuesItServes) }</h2>
            <ul class="tags">
                { for values.iter().map(|v| html! {
                    <li><a href={Route::Value { id: v.id }.href()}>{ v.name.clone() }</a></li>
                }) }
            </ul>
        </section>
    }
}
