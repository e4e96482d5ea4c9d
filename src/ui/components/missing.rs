//! What a page shows when what it was asked for is not there (deleted, or a stale link).

use crate::text::{tr, Msg};
use crate::ui::routes::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MissingProps {
    pub heading: Msg<'static>,
    pub back_to: Route,
    pub back_label: Msg<'static>,
}

#[component(Missing)]
pub fn missing(props: &MissingProps) -> Html {
    html! {
        <section class="page">
            <h1>{ tr(props.heading) }</h1>
            <p><a class="text-link" href={props.back_to.href()}>{ tr(props.back_label) }</a></p>
        </section>
    }
}
