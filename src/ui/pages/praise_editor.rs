//! Correcting praise already given, or deleting it: it is about a person, so it can be
//! put right without erasing them.

use super::praise::PraiseFields;
use crate::domain::staff::PraiseDraft;
use crate::domain::validation::{Field as F, FieldErrors};
use crate::domain::PraiseId;
use crate::text::{problem, tr, Msg};
use crate::ui::components::{ConfirmDelete, Field, FieldKind, Missing};
use crate::ui::hooks::{field_setter, submit_handler};
use crate::ui::library::{use_library, Outcome};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PraiseEditorProps {
    pub id: PraiseId,
}

fn field_id(field: F) -> String {
    match field {
        F::Date => "praise-date",
        F::PraiseTo => "praise-to",
        F::PraiseFrom => "praise-from",
        _ => "praise-what",
    }
    .to_string()
}

#[component(PraiseEditor)]
pub fn praise_editor(props: &PraiseEditorProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let existing = library
        .as_ref()
        .and_then(|l| l.library().praise(props.id).cloned());
    let draft = {
        let existing = existing.clone();
        use_state(move || existing.as_ref().map(PraiseDraft::from_praise))
    };
    let errors = use_state(FieldErrors::default);
    let saving = use_state(|| false);
    let (Some(library), Some(praise), Some(current)) = (library, existing, (*draft).clone()) else {
        return html! { <Missing heading={Msg::PraiseNotFound} back_to={Route::Praise} back_label={Msg::BackToPraise} /> };
    };
    let on_submit = {
        let (draft, library, praise) = (draft.clone(), library.clone(), praise.clone());
        submit_handler(
            &errors,
            &saving,
            navigator.clone(),
            field_id,
            |_| Route::Praise,
            move |done| match &*draft {
                Some(draft) => library.save_praise(Some(&praise), draft, done),
                None => Ok(()),
            },
        )
    };
    let on_change = {
        let draft = draft.clone();
        Callback::from(move |next: PraiseDraft| draft.set(Some(next)))
    };
    let on_date = field_setter(&draft, |d: &mut Option<PraiseDraft>, v| {
        if let Some(d) = d {
            d.date = v;
        }
    });
    let on_delete = {
        let (library, id) = (library.clone(), praise.id);
        Callback::from(move |()| {
            let navigator = navigator.clone();
            library.delete_praise(
                id,
                Callback::from(move |outcome| {
                    if let (Outcome::Stored, Some(navigator)) = (outcome, &navigator) {
                        navigator.push(&Route::Praise);
                    }
                }),
            );
        })
    };
    let date_error = errors.for_field(F::Date).map(|p| problem(F::Date, p));
    html! {
        <section class="page editor">
            <p><a class="text-link" href={Route::Praise.href()}>{ tr(Msg::BackToPraise) }</a></p>
            <h1>{ tr(Msg::EditPraiseHeading) }</h1>
            <form onsubmit={on_submit} novalidate=true>
                if !errors.is_empty() {
                    <p class="form-error" role="alert">{ tr(Msg::FixMarkedFields) }</p>
                }
                <Field id="praise-date" label={tr(Msg::CheckInDate)} kind={FieldKind::Date} required=true
                    value={current.date.clone()} error={date_error} on_change={on_date} />
                <PraiseFields draft={current} errors={(*errors).clone()} {on_change} />
                <div class="actions">
                    <button type="submit" class="button primary" disabled={*saving}>
                        { tr(if *saving { Msg::Saving } else { Msg::Save }) }
                    </button>
                    <a class="button" href={Route::Praise.href()}>{ tr(Msg::Cancel) }</a>
                </div>
            </form>
            <div class="actions">
                <ConfirmDelete ask={Msg::DeletePraise} question={Msg::DeleteNoteQuestion} {on_delete} />
            </div>
        </section>
    }
}
