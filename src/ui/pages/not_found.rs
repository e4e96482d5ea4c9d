//! An address the app does not know.

use crate::text::{tr, Msg};
use crate::ui::routes::Route;
use yew::prelude::*;

#[component(NotFound)]
pub fn not_found() -> Html {
    html! {
        <section class="page">
            <h1>{ tr(Msg::PageNotFound) }</h1>
            <p><a class="text-link" href={Route::Standards.href()}>{ tr(Msg::BackToStandards) }</a></p>
        </section>
    }
}
