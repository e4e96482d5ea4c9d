//! Writing a value with examples of what it looks like, and what it does not.

use crate::domain::validation::{Field as F, FieldErrors};
use crate::domain::values::ValueDraft;
use crate::domain::ValueId;
use crate::text::{problem, tr, Msg};
use crate::ui::components::{Field, FieldKind, Missing};
use crate::ui::hooks::{field_setter, submit_handler};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ValueEditorProps {
    #[prop_or_default]
    pub id: Option<ValueId>,
}

fn field_id(field: F) -> String {
    match field {
        F::Meaning => "value-meaning",
        F::LooksLike => "value-looks-like",
        F::NotLike => "value-not-like",
        _ => "value-name",
    }
    .to_string()
}

#[component(ValueEditor)]
pub fn value_editor(props: &ValueEditorProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let existing = library
        .as_ref()
        .and_then(|l| props.id.and_then(|id| l.library().value(id).cloned()));
    let draft = {
        let existing = existing.clone();
        use_state(move || {
            existing
                .as_ref()
                .map(ValueDraft::from_value)
                .unwrap_or_default()
        })
    };
    let errors = use_state(FieldErrors::default);
    let saving = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    if props.id.is_some() && existing.is_none() {
        return html! { <Missing heading={Msg::ValueNotFound} back_to={Route::Values} back_label={Msg::BackToValues} /> };
    }
    let setter = |apply| field_setter(&draft, apply);
    let on_submit = {
        let (draft, library, existing) = (draft.clone(), library.clone(), existing.clone());
        submit_handler(
            &errors,
            &saving,
            navigator,
            field_id,
            |id| Route::Value { id },
            move |done| library.save_value(existing.as_ref(), &draft, done),
        )
    };
    let error_for = |field: F| errors.for_field(field).map(|p| problem(field, p));
    let cancel_to = existing
        .as_ref()
        .map_or(Route::Values, |v| Route::Value { id: v.id });
    html! {
        <section class="page editor">
            <h1>{ tr(if existing.is_some() { Msg::EditValue } else { Msg::NewValue }) }</h1>
            <form onsubmit={on_submit} novalidate=true>
                if !errors.is_empty() {
                    <p class="form-error" role="alert">{ tr(Msg::FixMarkedFields) }</p>
                }
                <Field id="value-name" label={tr(Msg::ValueName)} kind={FieldKind::Line} required=true
                    value={draft.name.clone()} error={error_for(F::ValueName)} on_change={setter(|d, v| d.name = v)} />
                <Field id="value-meaning" label={tr(Msg::Meaning)} kind={FieldKind::Text}
                    value={draft.meaning.clone()} error={error_for(F::Meaning)} on_change={setter(|d, v| d.meaning = v)} />
                <Field id="value-looks-like" label={tr(Msg::LooksLike)} kind={FieldKind::Text} hint={tr(Msg::OneExamplePerLine)}
                    value={draft.looks_like.clone()} error={error_for(F::LooksLike)} on_change={setter(|d, v| d.looks_like = v)} />
                <Field id="value-not-like" label={tr(Msg::NotLike)} kind={FieldKind::Text} hint={tr(Msg::OneExamplePerLine)}
                    value={draft.not_like.clone()} error={error_for(F::NotLike)} on_change={setter(|d, v| d.not_like = v)} />
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
