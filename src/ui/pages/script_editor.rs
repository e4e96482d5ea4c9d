//! Writing or changing a script: its situation, channel, ordered steps and links.

mod standard_picker;
mod step_fields;

use crate::domain::ordering::Direction;
use crate::domain::script::{ScriptDraft, ScriptKind};
use crate::domain::validation::{Field as F, FieldErrors};
use crate::domain::{Channel, ScriptId};
use crate::text::{channel, complaint_stage_guidance, problem, tr, Msg};
use crate::ui::components::{Field, FieldKind, Missing, ValuePicker};
use crate::ui::hooks::{field_setter, focus_by_id, submit_handler};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use standard_picker::StandardPicker;
use step_fields::{StepChange, StepFields};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScriptEditorProps {
    #[prop_or_default]
    pub id: Option<ScriptId>,
    /// For a new script: start from the complaint backbone.
    #[prop_or_default]
    pub complaint: bool,
}

fn field_id(field: F) -> String {
    match field {
        F::Situation => "script-situation".into(),
        F::Tags => "script-tags".into(),
        F::Steps => "script-add-step".into(),
        F::Step(index) => format!("step-{index}-say"),
        _ => "script-title".into(),
    }
}

#[component(ScriptEditor)]
pub fn script_editor(props: &ScriptEditorProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let existing = library
        .as_ref()
        .and_then(|l| props.id.and_then(|id| l.library().script(id).cloned()));
    let draft = {
        let existing = existing.clone();
        let complaint = props.complaint;
        use_state(move || match &existing {
            Some(script) => ScriptDraft::from_script(script),
            None if complaint => ScriptDraft::complaint(complaint_stage_guidance),
            None => ScriptDraft::ordinary(),
        })
    };
    let errors = use_state(FieldErrors::default);
    let saving = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    if props.id.is_some() && existing.is_none() {
        return html! { <Missing heading={Msg::ScriptNotFound} back_to={Route::Scripts} back_label={Msg::BackToScripts} /> };
    }
    let text_setter = |apply| field_setter(&draft, apply);
    let on_step = {
        let draft = draft.clone();
        Callback::from(move |(index, change): (usize, StepChange)| {
            let mut next = (*draft).clone();
            let focus_after = match change {
                StepChange::Say(v) => {
                    next.steps[index].say = v;
                    None
                }
                StepChange::Do(v) => {
                    next.steps[index].act = v;
                    None
                }
                StepChange::Note(v) => {
                    next.steps[index].note = v;
                    None
                }
                StepChange::Move(direction) => {
                    next.move_step(index, direction).then(|| match direction {
                        Direction::Up => index - 1,
                        Direction::Down => index + 1,
                    })
                }
                StepChange::Remove => {
                    next.remove_step(index);
                    None
                }
                StepChange::AddAfter => {
                    next.insert_step_after(Some(index));
                    Some(index + 1)
                }
            };
            draft.set(next);
            // Keep keyboard users where the step went (after the re-render).
            if let Some(target) = focus_after {
                let id = format!("step-{target}-say");
                gloo_timers::callback::Timeout::new(0, move || focus_by_id(&id)).forget();
            }
        })
    };
    let on_add_step = {
        let draft = draft.clone();
        Callback::from(move |_| {
            let mut next = (*draft).clone();
            next.insert_step_after(None);
            let id = format!("step-{}-say", next.steps.len() - 1);
            draft.set(next);
            gloo_timers::callback::Timeout::new(0, move || focus_by_id(&id)).forget();
        })
    };
    let on_submit = {
        let (draft, library, existing) = (draft.clone(), library.clone(), existing.clone());
        submit_handler(
            &errors,
            &saving,
            navigator,
            field_id,
            |id| Route::Script { id },
            move |done| match &existing {
                Some(script) => library.revise_script(script, &draft, done),
                None => library.create_script(&draft, done),
            },
        )
    };
    let on_channel = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let mut next = (*draft).clone();
                next.channel = Channel::ALL
                    .get(select.selected_index().max(0) as usize)
                    .copied()
                    .unwrap_or(Channel::Any);
                draft.set(next);
            }
        })
    };
    let checkbox = |apply: fn(&mut ScriptDraft, bool)| {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                let mut next = (*draft).clone();
                apply(&mut next, input.checked());
                draft.set(next);
            }
        })
    };
    let on_toggle_standard = {
        let draft = draft.clone();
        Callback::from(move |id| {
            let mut next = (*draft).clone();
            if let Some(at) = next.standard_ids.iter().position(|s| *s == id) {
                next.standard_ids.remove(at);
            } else {
                next.standard_ids.push(id);
            }
            draft.set(next);
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
    let error_for = |field: F| errors.for_field(field).map(|p| problem(field, p));
    let heading = match (&existing, draft.kind) {
        (Some(_), _) => Msg::EditScript,
        (None, ScriptKind::Complaint) => Msg::NewComplaintScript,
        (None, ScriptKind::Ordinary) => Msg::NewScript,
    };
    let cancel_to = existing
        .as_ref()
        .map_or(Route::Scripts, |s| Route::Script { id: s.id });
    let steps_error = error_for(F::Steps);
    let step_count = draft.steps.len();
    html! {
        <section class="page editor">
            <h1>{ tr(heading) }</h1>
            <form onsubmit={on_submit} novalidate=true>
                if !errors.is_empty() {
                    <p class="form-error" role="alert">{ tr(Msg::FixMarkedFields) }</p>
                }
                <Field id="script-title" label={tr(Msg::Title)} kind={FieldKind::Line} required=true
                    value={draft.title.clone()} error={error_for(F::Title)} on_change={text_setter(|d, v| d.title = v)} />
                <Field id="script-situation" label={tr(Msg::Situation)} kind={FieldKind::Text} hint={tr(Msg::SituationHint)}
                    value={draft.situation.clone()} error={error_for(F::Situation)} on_change={text_setter(|d, v| d.situation = v)} />
                <div class="field">
                    <label for="script-channel">{ tr(Msg::ChannelLabel) }</label>
                    <select id="script-channel" onchange={on_channel}>
                        { for Channel::ALL.iter().map(|&c| html! {
                            <option selected={c == draft.channel}>{ channel(c) }</option>
                        }) }
                    </select>
                </div>
                <fieldset class="steps" aria-describedby={steps_error.is_some().then_some("steps-error")}>
                    <legend>{ tr(Msg::Steps) }</legend>
                    if let Some(error) = steps_error {
                        <p class="field-error" id="steps-error">{ error }</p>
                    }
                    { for draft.steps.iter().enumerate().map(|(index, step)| html! {
                        <StepFields key={index} {index} step={step.clone()} count={step_count}
                            can_move_up={draft.can_move_step(index, Direction::Up)}
                            can_move_down={draft.can_move_step(index, Direction::Down)}
                            error={error_for(F::Step(index))} on_change={on_step.clone()} />
                    }) }
                    <button type="button" id="script-add-step" class="button" onclick={on_add_step}>{ tr(Msg::AddStep) }</button>
                </fieldset>
                <div class="field checkbox">
                    <input id="script-practice" type="checkbox" checked={draft.practice}
                        onchange={checkbox(|d, v| d.practice = v)} aria-describedby="script-practice-hint" />
                    <label for="script-practice">{ tr(Msg::PracticeCase) }</label>
                    <p class="hint" id="script-practice-hint">{ tr(Msg::PracticeCaseHint) }</p>
                </div>
                <div class="field checkbox">
                    <input id="script-pinned" type="checkbox" checked={draft.pinned} onchange={checkbox(|d, v| d.pinned = v)} />
                    <label for="script-pinned">{ tr(Msg::PinInCounter) }</label>
                </div>
                <Field id="script-tags" label={tr(Msg::Tags)} kind={FieldKind::Line} hint={tr(Msg::TagsHint)}
                    value={draft.tags.clone()} error={error_for(F::Tags)} on_change={text_setter(|d, v| d.tags = v)} />
                <StandardPicker selected={draft.standard_ids.clone()} on_toggle={on_toggle_standard} />
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
