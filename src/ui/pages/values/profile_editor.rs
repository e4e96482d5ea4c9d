//! Writing the business name, vision, slogan and service promises.

use crate::domain::money::Currency;
use crate::domain::validation::{Field as F, FieldErrors};
use crate::domain::values::{vision_has_numbers, ProfileDraft};
use crate::text::{locale, problem, tr, Msg};
use crate::ui::components::{Field, FieldKind};
use crate::ui::hooks::{field_setter, submit_handler};
use crate::ui::library::{use_library, Outcome};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

fn field_id(field: F) -> String {
    match field {
        F::Vision => "profile-vision",
        F::Slogan => "profile-slogan",
        F::Promises => "profile-promises",
        _ => "profile-name",
    }
    .to_string()
}

#[component(ProfileEditor)]
pub fn profile_editor() -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let draft = {
        let profile = library
            .as_ref()
            .map(|l| l.library().profile.clone())
            .unwrap_or_default();
        use_state(move || ProfileDraft::from_profile(&profile))
    };
    let errors = use_state(FieldErrors::default);
    let saving = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    let setter = |apply| field_setter(&draft, apply);
    let on_submit = {
        let draft = draft.clone();
        submit_handler(
            &errors,
            &saving,
            navigator,
            field_id,
            |()| Route::Values,
            move |done| {
                library.save_profile(
                    &draft,
                    done.reform(|outcome| (outcome == Outcome::Stored).then_some(())),
                )
            },
        )
    };
    let on_currency = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let chosen = Currency::ALL
                    .into_iter()
                    .find(|c| c.code() == select.value());
                draft.set(ProfileDraft {
                    currency: chosen,
                    ..(*draft).clone()
                });
            }
        })
    };
    let error_for = |field: F| errors.for_field(field).map(|p| problem(field, p));
    // A hint, not an error: the vision is still saved as written.
    let vision_hint = if vision_has_numbers(&draft.vision) {
        Msg::VisionNumbersHint
    } else {
        Msg::VisionHint
    };
    html! {
        <section class="page editor">
            <h1>{ tr(Msg::EditProfile) }</h1>
            <form onsubmit={on_submit} novalidate=true>
                <Field id="profile-name" label={tr(Msg::BusinessName)} kind={FieldKind::Line}
                    value={draft.business_name.clone()} error={error_for(F::BusinessName)} on_change={setter(|d, v| d.business_name = v)} />
                <Field id="profile-vision" label={tr(Msg::Vision)} kind={FieldKind::Text} hint={tr(vision_hint)}
                    value={draft.vision.clone()} error={error_for(F::Vision)} on_change={setter(|d, v| d.vision = v)} />
                <Field id="profile-slogan" label={tr(Msg::Slogan)} kind={FieldKind::Line} hint={tr(Msg::SloganHint)}
                    value={draft.slogan.clone()} error={error_for(F::Slogan)} on_change={setter(|d, v| d.slogan = v)} />
                <Field id="profile-promises" label={tr(Msg::Promises)} kind={FieldKind::Text} hint={tr(Msg::PromisesHint)}
                    value={draft.promises.clone()} error={error_for(F::Promises)} on_change={setter(|d, v| d.promises = v)} />
                <div class="field">
                    <label for="profile-currency">{ tr(Msg::BusinessCurrency) }</label>
                    <select id="profile-currency" onchange={on_currency}>
                        { for Currency::ALL.iter().map(|&c| html! {
                            <option value={c.code()} selected={draft.currency.unwrap_or_else(|| Currency::of_language(locale())) == c}>{ c.code() }</option>
                        }) }
                    </select>
                </div>
                <div class="actions">
                    <button type="submit" class="button primary" disabled={*saving}>
                        { tr(if *saving { Msg::Saving } else { Msg::Save }) }
                    </button>
                    <a class="button" href={Route::Values.href()}>{ tr(Msg::Cancel) }</a>
                </div>
            </form>
        </section>
    }
}
