//! Writing a new standard or changing one. Nothing is saved until every field is valid.

use crate::domain::standard::StandardDraft;
use crate::domain::validation::{Field as F, FieldErrors};
use crate::domain::{AreaId, StandardId};
use crate::text::{area_name, problem, tr, Msg};
use crate::ui::components::{Field, FieldKind, Missing, ValuePicker};
use crate::ui::hooks::selected_option;
use crate::ui::hooks::{field_setter, submit_handler};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StandardEditorProps {
    /// The standard to edit; none for a new one.
    #[prop_or_default]
    pub id: Option<StandardId>,
    /// The area a new standard starts in.
    #[prop_or_default]
    pub area: Option<AreaId>,
}

fn field_id(field: F) -> &'static str {
    match field {
        F::Area => "standard-area",
        F::Title => "standard-title",
        F::Why => "standard-why",
        F::Dos => "standard-dos",
        F::Donts => "standard-donts",
        F::MeasuredBy => "standard-measured",
        // Fields of other forms never reach this one.
        _ => "standard-tags",
    }
}

#[component(StandardEditor)]
pub fn standard_editor(props: &StandardEditorProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let existing = library
        .as_ref()
        .and_then(|l| props.id.and_then(|id| l.library().standard(id).cloned()));
    let draft = {
        let existing = existing.clone();
        let first_area = library
            .as_ref()
            .and_then(|l| l.library().areas_in_order().first().map(|a| a.id));
        let area = props.area.or(first_area);
        use_state(move || match &existing {
            Some(standard) => StandardDraft::from_standard(standard),
            None => StandardDraft {
                area_id: area,
                ..StandardDraft::default()
            },
        })
    };
    let errors = use_state(FieldErrors::default);
    let saving = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    if props.id.is_some() && existing.is_none() {
        return html! { <Missing heading={Msg::StandardNotFound} back_to={Route::Standards} back_label={Msg::BackToStandards} /> };
    }

    let on_submit = {
        let (draft, library, existing) = (draft.clone(), library.clone(), existing.clone());
        submit_handler(
            &errors,
            &saving,
            navigator,
            |f| field_id(f).to_string(),
            |id| Route::Standard { id },
            move |done| match &existing {
                Some(standard) => library.revise_standard(standard, &draft, done),
                None => library.create_standard(&draft, done),
            },
        )
    };
    let error_for = |field: F| errors.for_field(field).map(|p| problem(field, p));
    let setter = |apply| field_setter(&draft, apply);
    let on_area = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let mut next = (*draft).clone();
                next.area_id = selected_option(&select.value());
                draft.set(next);
            }
        })
    };
    let on_values = {
        let draft = draft.clone();
        Callback::from(move |value_ids| {
            let mut next = (*draft).clone();
            next.value_ids = value_ids;
            draft.set(next);
        })
    };
    let cancel_to = match &existing {
        Some(standard) => Route::Standard { id: standard.id },
        None => Route::Standards,
    };
    let heading = if existing.is_some() {
        Msg::EditStandard
    } else {
        Msg::NewStandard
    };
    let area_error = error_for(F::Area);
    html! {
        <section class="page editor">
            <h1>{ tr(heading) }</h1>
            <form onsubmit={on_submit} novalidate=true>
                if !errors.is_empty() {
                    <p class="form-error" role="alert">{ tr(Msg::FixMarkedFields) }</p>
                }
                <div class={classes!("field", area_error.is_some().then_some("invalid"))}>
                    <label for="standard-area">{ tr(Msg::Area) }</label>
                    <select id="standard-area" onchange={on_area}
                        aria-invalid={area_error.is_some().then_some("true")}
                        aria-describedby={area_error.is_some().then_some("standard-area-error")}>
                        { for library.library().areas_in_order().into_iter().map(|area| html! {
                            <option value={area.id.to_string()} selected={draft.area_id == Some(area.id)}>
                                { area_name(area) }
                            </option>
                        }) }
                    </select>
                    if let Some(error) = area_error {
                        <p class="field-error" id="standard-area-error">{ error }</p>
                    }
                </div>
                <Field id={field_id(F::Title)} label={tr(Msg::Title)} kind={FieldKind::Line} required=true
                    value={draft.title.clone()} error={error_for(F::Title)} on_change={setter(|d, v| d.title = v)} />
                <Field id={field_id(F::Why)} label={tr(Msg::WhyItMatters)} kind={FieldKind::Text}
                    value={draft.why.clone()} error={error_for(F::Why)} on_change={setter(|d, v| d.why = v)} />
                <Field id={field_id(F::Dos)} label={tr(Msg::Do)} kind={FieldKind::Text} hint={tr(Msg::OnePerLine)}
                    value={draft.dos.clone()} error={error_for(F::Dos)} on_change={setter(|d, v| d.dos = v)} />
                <Field id={field_id(F::Donts)} label={tr(Msg::Dont)} kind={FieldKind::Text} hint={tr(Msg::OnePerLine)}
                    value={draft.donts.clone()} error={error_for(F::Donts)} on_change={setter(|d, v| d.donts = v)} />
                <Field id={field_id(F::MeasuredBy)} label={tr(Msg::HowMeasured)} kind={FieldKind::Text}
                    value={draft.measured_by.clone()} error={error_for(F::MeasuredBy)} on_change={setter(|d, v| d.measured_by = v)} />
                <Field id={field_id(F::Tags)} label={tr(Msg::Tags)} kind={FieldKind::Line} hint={tr(Msg::TagsHint)}
                    value={draft.tags.clone()} error={error_for(F::Tags)} on_change={setter(|d, v| d.tags = v)} />
                <ValuePicker selected={draft.value_ids.clone()} on_change={on_values} />
                <div class="actions">
                    <button type="submit" class="button primary" disabled={*saving}>
                        { tr(if *saving { Msg::Saving } else { Msg::Save }) }
                    </button>
                    <a class="button" href={cancel_to.href()}>{ tr(Msg::Cancel) }</a>
                </div>
            </form>
        </section>
    }
}
