//! The form that adds a business's own area.

use crate::domain::validation::{Field as F, FieldErrors};
use crate::text::{problem, tr, Msg};
use crate::ui::components::{Field, FieldKind};
use crate::ui::library::{use_library, Outcome};
use yew::prelude::*;

#[component(AddArea)]
pub fn add_area() -> Html {
    let library = use_library();
    let name = use_state(String::new);
    let errors = use_state(FieldErrors::default);
    let Some(library) = library else {
        return html! {};
    };
    let on_submit = {
        let name = name.clone();
        let errors = errors.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let done = {
                let name = name.clone();
                Callback::from(move |outcome| {
                    if outcome == Outcome::Stored {
                        name.set(String::new());
                    }
                })
            };
            match library.add_area(&name, done) {
                Ok(()) => errors.set(FieldErrors::default()),
                Err(found) => errors.set(found),
            }
        })
    };
    let on_change = {
        let name = name.clone();
        Callback::from(move |value: String| name.set(value))
    };
    html! {
        <form class="add-area" onsubmit={on_submit} novalidate=true>
            <Field id="new-area-name" label={tr(Msg::NewAreaName)} kind={FieldKind::Line}
                value={(*name).clone()} {on_change}
                error={errors.for_field(F::AreaName).map(|p| problem(F::AreaName, p))} />
            <button type="submit" class="button primary">{ tr(Msg::AddArea) }</button>
        </form>
    }
}
