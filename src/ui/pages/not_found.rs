//! An address the app does not know.

use crate::text::Msg;
use crate::ui::components::Missing;
use crate::ui::routes::Route;
use yew::prelude::*;

#[component(NotFound)]
pub fn not_found() -> Html {
    html! { <Missing heading={Msg::PageNotFound} back_to={Route::Standards} back_label={Msg::BackToStandards} /> }
}
