//! The form that adds a business's own area.

use crate::domain::validation::{Field as F, FieldErrors};
use crate::text::{problem, tr, Msg};
use crate::ui::components::{Field, FieldKind};
use crate::ui::hooks::use_add_field;
use crate::ui::library::use_library;
use yew::prelude::*;

#[component(AddArea)]
pub fn add_area() -> Html {
    let library = use_library();
    let name = use_add_field();
    let errors = use_state(FieldErrors::default);
    let Some(library) = library else {
        return html! {};
    };
    let on_submit = {
        let name = name.clone();
        let errors = errors.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match library.add_area(&name.value(), name.empty_when_stored()) {
                Ok(()) => errors.set(FieldErrors::default()),
                Err(found) => errors.set(found),
            }
        })
    };
    let on_change = name.on_change();
    html! {
        <form class="add-area" onsubmit={on_submit} novalidate=true>
            <Field id="new-area-name" label={tr(Msg::NewAreaName)} kind={FieldKind::Line}
                value={name.value()} {on_change}
                error={errors.for_field(F::AreaName).map(|p| problem(F::AreaName, p))} />
            <button type="submit" class="button primary">{ tr(Msg::AddArea) }</button>
        </form>
    }
}
