//! The values poster, shown at the counter on request.

use crate::text::{tr, Msg};
use crate::ui::library::use_library;
use crate::ui::pages::values::PosterContent;
use yew::prelude::*;

#[component(CounterValues)]
pub fn counter_values() -> Html {
    let Some(library) = use_library() else {
        return html! {};
    };
    let lib = library.library();
    html! {
        <section class="counter-poster">
            <h1>{ tr(Msg::OurValues) }</h1>
            <PosterContent profile={lib.profile.clone()} values={lib.values_in_order().into_iter().cloned().collect::<Vec<_>>()} />
        </section>
    }
}
