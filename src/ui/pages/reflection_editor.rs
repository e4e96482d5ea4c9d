//! The end-of-shift reflection: four short prompts, a minute's writing, kept with the
//! person for their next host conversation. Written anew, or corrected and deleted.

use crate::clock::today;
use crate::domain::staff::ReflectionDraft;
use crate::domain::validation::{Field as F, FieldErrors};
use crate::domain::{PersonId, ReflectionId};
use crate::text::{problem, tr, Msg};
use crate::ui::components::{ConfirmDelete, Field, FieldKind, Missing};
use crate::ui::hooks::{field_setter, submit_handler};
use crate::ui::library::{use_library, Outcome};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReflectionEditorProps {
    /// Whose new reflection this is.
    #[prop_or_default]
    pub person: Option<PersonId>,
    /// The reflection to correct.
    #[prop_or_default]
    pub id: Option<ReflectionId>,
}

fn field_id(field: F) -> String {
    match field {
        F::Date => "reflection-date",
        F::WentBadly => "reflection-went-badly",
        F::NotAsPlanned => "reflection-not-as-planned",
        F::DoDifferently => "reflection-do-differently",
        _ => "reflection-went-well",
    }
    .to_string()
}

#[component(ReflectionEditor)]
pub fn reflection_editor(props: &ReflectionEditorProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let existing = props
        .id
        .and_then(|id| library.as_ref()?.library().reflection(id).cloned());
    let draft = {
        let (person, existing) = (props.person, existing.clone());
        use_state(move || match &existing {
            Some(r) => ReflectionDraft::from_reflection(r),
            None => ReflectionDraft::new(person, today()),
        })
    };
    let errors = use_state(FieldErrors::default);
    let saving = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    let person_id = existing.as_ref().map(|r| r.person_id).or(props.person);
    let Some(person) = person_id.and_then(|id| library.library().person(id).cloned()) else {
        return html! { <Missing heading={Msg::PersonNotFound} back_to={Route::People} back_label={Msg::BackToPeople} /> };
    };
    let setter = |apply| field_setter(&draft, apply);
    let on_submit = {
        let (draft, library, person) = (draft.clone(), library.clone(), person.id);
        let existing = existing.clone();
        submit_handler(
            &errors,
            &saving,
            navigator.clone(),
            field_id,
            move |_| Route::Person { id: person },
            move |done| library.save_reflection(existing.as_ref(), &draft, done),
        )
    };
    let on_delete = existing.as_ref().map(|r| {
        let (library, navigator, id, person) =
            (library.clone(), navigator.clone(), r.id, person.id);
        Callback::from(move |()| {
            let navigator = navigator.clone();
            library.delete_reflection(
                id,
                Callback::from(move |outcome| {
                    if let (Outcome::Stored, Some(navigator)) = (outcome, &navigator) {
                        navigator.push(&Route::Person { id: person });
                    }
                }),
            );
        })
    });
    let error_for = |field: F| errors.for_field(field).map(|p| problem(field, p));
    html! {
        <section class="page editor">
            <h1>{ tr(Msg::ReflectionHeading) }</h1>
            <p class="intro">{ format!("{} · {}", person.name, tr(Msg::ReflectionIntro)) }</p>
            <form onsubmit={on_submit} novalidate=true>
                if !errors.is_empty() {
                    <p class="form-error" role="alert">{ tr(Msg::FixMarkedFields) }</p>
                }
                <Field id="reflection-date" label={tr(Msg::CheckInDate)} kind={FieldKind::Date} required=true
                    value={draft.date.clone()} error={error_for(F::Date)} on_change={setter(|d, v| d.date = v)} />
                <Field id="reflection-went-well" label={tr(Msg::WentWell)} kind={FieldKind::Text}
                    value={draft.went_well.clone()} error={error_for(F::WentWell)} on_change={setter(|d, v| d.went_well = v)} />
                <Field id="reflection-went-badly" label={tr(Msg::WentBadly)} kind={FieldKind::Text}
                    value={draft.went_badly.clone()} error={error_for(F::WentBadly)} on_change={setter(|d, v| d.went_badly = v)} />
                <Field id="reflection-not-as-planned" label={tr(Msg::NotAsPlanned)} kind={FieldKind::Text}
                    value={draft.not_as_planned.clone()} error={error_for(F::NotAsPlanned)} on_change={setter(|d, v| d.not_as_planned = v)} />
                <Field id="reflection-do-differently" label={tr(Msg::DoDifferently)} kind={FieldKind::Text}
                    value={draft.do_differently.clone()} error={error_for(F::DoDifferently)} on_change={setter(|d, v| d.do_differently = v)} />
                <div class="actions">
                    <button type="submit" class="button primary" disabled={*saving}>
                        { tr(if *saving { Msg::Saving } else { Msg::Save }) }
                    </button>
                    <a class="button" href={Route::Person { id: person.id }.href()}>{ tr(Msg::Cancel) }</a>
                </div>
            </form>
            if let Some(on_delete) = on_delete {
                <div class="actions">
                    <ConfirmDelete ask={Msg::DeleteReflection} question={Msg::DeleteNoteQuestion} {on_delete} />
                </div>
            }
        </section>
    }
}
