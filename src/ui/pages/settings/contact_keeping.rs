//! Settings, "Complaints": how long customers' contact details are kept after their case
//! closes. A business setting (it travels in backups), saved with its own button.

use crate::domain::validation::Field as F;
use crate::text::{problem, tr, Msg};
use crate::ui::components::{Field, FieldKind};
use crate::ui::library::{use_library, Outcome};
use yew::prelude::*;

#[component(ContactKeeping)]
pub fn contact_keeping() -> Html {
    let library = use_library();
    let typed = use_state(|| None::<String>);
    let error = use_state(|| None::<String>);
    let saved = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    let days = library.library().contact_days();
    let shown = (*typed).clone().unwrap_or_else(|| days.to_string());
    let on_change = {
        let (typed, saved) = (typed.clone(), saved.clone());
        Callback::from(move |v: String| {
            saved.set(false);
            typed.set(Some(v));
        })
    };
    let on_submit = {
        let (library, error, saved, shown) =
            (library.clone(), error.clone(), saved.clone(), shown.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let done = {
                let saved = saved.clone();
                Callback::from(move |outcome| saved.set(outcome == Outcome::Stored))
            };
            match library.save_contact_days(&shown, done) {
                Ok(()) => error.set(None),
                Err(errors) => error.set(
                    errors
                        .for_field(F::ContactDays)
                        .map(|p| problem(F::ContactDays, p)),
                ),
            }
        })
    };
    html! {
        <section aria-labelledby="complaints-settings-heading">
            <h2 id="complaints-settings-heading">{ tr(Msg::ComplaintsHeading) }</h2>
            <form class="inline-form" onsubmit={on_submit} novalidate=true>
                <Field id="contact-days" label={tr(Msg::ContactDaysLabel)} kind={FieldKind::Number}
                    value={shown} error={(*error).clone()} {on_change} />
                <button type="submit" class="button">{ tr(Msg::Save) }</button>
                if *saved {
                    <p role="status">{ tr(Msg::ContactDaysSaved) }</p>
                }
            </form>
        </section>
    }
}
