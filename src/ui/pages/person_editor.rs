//! Adding or changing a person: name, role, when they started, whether they still
//! work here, and when their next host conversation is due.

use crate::clock::today;
use crate::domain::staff::PersonDraft;
use crate::domain::validation::{Field as F, FieldErrors};
use crate::domain::PersonId;
use crate::text::{problem, role_name, tr, Msg};
use crate::ui::components::{Field, FieldKind, Missing, SelectField};
use crate::ui::hooks::{field_setter, selected_option, submit_handler};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PersonEditorProps {
    #[prop_or_default]
    pub id: Option<PersonId>,
}

fn field_id(field: F) -> String {
    match field {
        F::Role => "person-role",
        F::Started => "person-started",
        F::NextConversationDue => "person-next-conversation",
        _ => "person-name",
    }
    .to_string()
}

#[component(PersonEditor)]
pub fn person_editor(props: &PersonEditorProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let existing = library
        .as_ref()
        .and_then(|l| props.id.and_then(|id| l.library().person(id).cloned()));
    let draft = {
        let existing = existing.clone();
        let first_role = library
            .as_ref()
            .and_then(|l| l.library().roles_in_order().first().map(|r| r.id));
        use_state(move || match &existing {
            Some(person) => PersonDraft::from_person(person),
            None => PersonDraft::new(first_role, today()),
        })
    };
    let errors = use_state(FieldErrors::default);
    let saving = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    if props.id.is_some() && existing.is_none() {
        return html! { <Missing heading={Msg::PersonNotFound} back_to={Route::People} back_label={Msg::BackToPeople} /> };
    }
    let setter = |apply| field_setter(&draft, apply);
    let on_submit = {
        let (draft, library, existing) = (draft.clone(), library.clone(), existing.clone());
        submit_handler(
            &errors,
            &saving,
            navigator,
            field_id,
            |id| Route::Person { id },
            move |done| library.save_person(existing.as_ref(), &draft, done),
        )
    };
    let error_for = |field: F| errors.for_field(field).map(|p| problem(field, p));
    let roles: Vec<(String, String)> = library
        .library()
        .roles_in_order()
        .iter()
        .map(|r| (r.id.to_string(), role_name(r)))
        .collect();
    let on_active = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = (*draft).clone();
            next.active = input.checked();
            draft.set(next);
        })
    };
    let cancel_to = existing
        .as_ref()
        .map_or(Route::People, |p| Route::Person { id: p.id });
    html! {
        <section class="page editor">
            <h1>{ tr(if existing.is_some() { Msg::EditPerson } else { Msg::NewPerson }) }</h1>
            if roles.is_empty() {
                <p class="form-error" role="alert">{ tr(Msg::NoRolesForPeople) }</p>
            }
            <form onsubmit={on_submit} novalidate=true>
                if !errors.is_empty() {
                    <p class="form-error" role="alert">{ tr(Msg::FixMarkedFields) }</p>
                }
                <Field id="person-name" label={tr(Msg::PersonName)} kind={FieldKind::Line} required=true
                    value={draft.name.clone()} error={error_for(F::PersonName)} on_change={setter(|d, v| d.name = v)} />
                <SelectField id="person-role" label={tr(Msg::RoleLabel)} options={roles}
                    selected={draft.role_id.map(|r| r.to_string()).unwrap_or_default()} error={error_for(F::Role)}
                    on_change={setter(|d, v| d.role_id = selected_option(&v))} />
                <Field id="person-started" label={tr(Msg::Started)} kind={FieldKind::Date} required=true
                    value={draft.started.clone()} error={error_for(F::Started)} on_change={setter(|d, v| d.started = v)} />
                <Field id="person-next-conversation" label={tr(Msg::NextConversationDue)} kind={FieldKind::Date}
                    value={draft.next_conversation_due.clone()} error={error_for(F::NextConversationDue)}
                    on_change={setter(|d, v| d.next_conversation_due = v)} />
                <div class="field checkbox">
                    <input id="person-active" type="checkbox" checked={draft.active} onchange={on_active} />
                    <label for="person-active">{ tr(Msg::StillWorksHere) }</label>
                </div>
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
