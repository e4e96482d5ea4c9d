//! Writing a service story, or correcting one: new, from a praise, or from what went
//! well at the end of a shift. A story that names a colleague is saved only once the
//! person writing ticks that they asked.

use crate::clock::today;
use crate::domain::drip::{StoryDraft, StorySource};
use crate::domain::validation::{Field as F, FieldErrors};
use crate::domain::{PraiseId, ReflectionId, StoryId};
use crate::text::{problem, tr, Msg};
use crate::ui::components::{ConfirmDelete, Field, FieldKind, Missing, SelectField};
use crate::ui::hooks::{selected_option, submit_handler};
use crate::ui::library::{use_library, Outcome};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryEditorProps {
    #[prop_or_default]
    pub id: Option<StoryId>,
    #[prop_or_default]
    pub from_praise: Option<PraiseId>,
    #[prop_or_default]
    pub from_reflection: Option<ReflectionId>,
}

fn field_id(field: F) -> String {
    match field {
        F::Date => "story-date",
        F::StoryTitle => "story-title",
        F::StoryValue => "story-value",
        F::StoryPerson => "story-person",
        _ => "story-text",
    }
    .to_string()
}

#[component(StoryEditor)]
pub fn story_editor(props: &StoryEditorProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let existing = props.id.and_then(|id| {
        library
            .as_ref()
            .and_then(|l| l.library().story(id).cloned())
    });
    let start = library.as_ref().and_then(|l| {
        let lib = l.library();
        match (props.id, props.from_praise, props.from_reflection) {
            (Some(_), _, _) => existing.as_ref().map(StoryDraft::from_story),
            (None, Some(id), _) => lib.praise(id).map(StoryDraft::from_praise),
            (None, None, Some(id)) => lib.reflection(id).map(StoryDraft::from_reflection),
            (None, None, None) => Some(StoryDraft::new(today())),
        }
    });
    let draft = use_state(move || start);
    let errors = use_state(FieldErrors::default);
    let saving = use_state(|| false);
    let (Some(library), Some(current)) = (library, (*draft).clone()) else {
        return html! { <Missing heading={Msg::StoryNotFound} back_to={Route::Stories} back_label={Msg::BackToStories} /> };
    };
    let lib = library.library();
    let set = |apply: fn(&mut StoryDraft, String)| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            if let Some(mut next) = (*draft).clone() {
                apply(&mut next, value);
                draft.set(Some(next));
            }
        })
    };
    let on_asked = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(mut next) = (*draft).clone() {
                next.asked = input.checked();
                draft.set(Some(next));
            }
        })
    };
    let on_submit = {
        let (draft, library, existing) = (draft.clone(), library.clone(), existing.clone());
        submit_handler(
            &errors,
            &saving,
            navigator.clone(),
            field_id,
            |_| Route::Stories,
            move |done| match &*draft {
                Some(draft) => library.save_story(existing.as_ref(), draft, done),
                None => Ok(()),
            },
        )
    };
    let error = |f: F| errors.for_field(f).map(|p| problem(f, p));
    let values: Vec<(String, String)> = std::iter::once((String::new(), tr(Msg::NoValueChosen)))
        .chain(
            lib.values_in_order()
                .into_iter()
                .map(|v| (v.id.to_string(), v.name.clone())),
        )
        .collect();
    let people: Vec<(String, String)> = std::iter::once((String::new(), tr(Msg::NoOneNamed)))
        .chain(
            lib.staff
                .people
                .iter()
                .filter(|p| p.active || Some(p.id) == current.person_id)
                .map(|p| (p.id.to_string(), p.name.clone())),
        )
        .collect();
    let named = current
        .person_id
        .and_then(|id| lib.person(id))
        .map(|p| p.name.clone());
    let from = match current.from {
        Some(StorySource::Praise(_)) => Some(Msg::StoryFromPraiseNote),
        Some(StorySource::Reflection(_)) => Some(Msg::StoryFromReflectionNote),
        None => None,
    };
    let asked_error = error(F::StoryPerson);
    let on_delete = existing.as_ref().map(|story| {
        let (library, id) = (library.clone(), story.id);
        Callback::from(move |()| {
            let navigator = navigator.clone();
            library.delete_story(
                id,
                Callback::from(move |outcome| {
                    if let (Outcome::Stored, Some(navigator)) = (outcome, &navigator) {
                        navigator.push(&Route::Stories);
                    }
                }),
            );
        })
    });
    html! {
        <section class="page editor">
            <p><a class="text-link" href={Route::Stories.href()}>{ tr(Msg::BackToStories) }</a></p>
            <h1>{ tr(if existing.is_some() { Msg::EditStoryHeading } else { Msg::NewStoryHeading }) }</h1>
            if let Some(from) = from {
                <p class="intro">{ tr(from) }</p>
            }
            <form onsubmit={on_submit} novalidate=true>
                if !errors.is_empty() {
                    <p class="form-error" role="alert">{ tr(Msg::FixMarkedFields) }</p>
                }
                <Field id="story-title" label={tr(Msg::StoryTitleLabel)} kind={FieldKind::Line} required=true
                    value={current.title.clone()} error={error(F::StoryTitle)} on_change={set(|d, v| d.title = v)} />
                <Field id="story-text" label={tr(Msg::StoryTextLabel)} kind={FieldKind::Text} required=true
                    value={current.text.clone()} error={error(F::StoryText)} on_change={set(|d, v| d.text = v)} />
                <Field id="story-date" label={tr(Msg::StoryDateLabel)} kind={FieldKind::Date} required=true
                    value={current.date.clone()} error={error(F::Date)} on_change={set(|d, v| d.date = v)} />
                <SelectField id="story-value" label={tr(Msg::StoryValueLabel)} options={values}
                    selected={current.value_id.map(|v| v.to_string()).unwrap_or_default()}
                    error={error(F::StoryValue)} on_change={set(|d, v| d.value_id = selected_option(&v))} />
                <div class={classes!("consent", asked_error.is_some().then_some("invalid"))}>
                    <SelectField id="story-person" label={tr(Msg::StoryPersonLabel)} options={people}
                        selected={current.person_id.map(|v| v.to_string()).unwrap_or_default()}
                        on_change={set(|d, v| { d.person_id = selected_option(&v); d.asked = false; })} />
                    if let Some(name) = named {
                        <label class="check">
                            <input type="checkbox" checked={current.asked} onchange={on_asked}
                                aria-invalid={asked_error.is_some().then_some("true")}
                                aria-describedby={asked_error.is_some().then_some("story-person-error")} />
                            { tr(Msg::StoryAskedLabel { name: &name }) }
                        </label>
                    }
                    if let Some(message) = asked_error {
                        <p class="field-error" id="story-person-error">{ message }</p>
                    }
                </div>
                <div class="actions">
                    <button type="submit" class="button primary" disabled={*saving}>
                        { tr(if *saving { Msg::Saving } else { Msg::SaveStory }) }
                    </button>
                    <a class="button" href={Route::Stories.href()}>{ tr(Msg::Cancel) }</a>
                </div>
            </form>
            if let Some(on_delete) = on_delete {
                <div class="actions">
                    <ConfirmDelete ask={Msg::DeleteStory} question={Msg::DeleteStoryQuestion} {on_delete} />
                </div>
            }
        </section>
    }
}
