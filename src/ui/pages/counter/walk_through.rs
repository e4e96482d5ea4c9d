//! Following a script one step at a time, with big Back and Next, and for a complaint
//! the backbone as a progress line.

use crate::domain::script::{ComplaintStage, ScriptKind};
use crate::domain::ScriptId;
use crate::text::{complaint_stage, tr, Msg};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WalkThroughProps {
    pub id: ScriptId,
}

#[component(WalkThrough)]
pub fn walk_through(props: &WalkThroughProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let position = use_state(|| 0usize);
    {
        // Opening a script here makes it "recently used" on this tablet.
        let library = library.clone();
        use_effect_with(props.id, move |id| {
            if let Some(library) = library.filter(|l| l.library().script(*id).is_some()) {
                library.record_script_use(*id);
            }
        });
    }
    let Some(library) = library else {
        return html! {};
    };
    let Some(script) = library.library().script(props.id).cloned() else {
        return html! {
            <section>
                <h1>{ tr(Msg::ScriptNotFound) }</h1>
                <p><a class="button big" href={Route::Counter.href()}>{ tr(Msg::AllScripts) }</a></p>
            </section>
        };
    };
    let total = script.steps.len();
    let at = (*position).min(total.saturating_sub(1));
    let back = {
        let position = position.clone();
        Callback::from(move |_| position.set(at.saturating_sub(1)))
    };
    let next = {
        let position = position.clone();
        Callback::from(move |_| {
            if at + 1 < total {
                position.set(at + 1);
            } else if let Some(navigator) = &navigator {
                navigator.push(&Route::Counter);
            }
        })
    };
    let reached = script.stages_through(at);
    let current_stage = reached.last().copied();
    let progress = (script.kind == ScriptKind::Complaint).then(|| {
        html! {
            <ol class="backbone" aria-label={tr(Msg::ComplaintFlow)}>
                { for ComplaintStage::ALL.iter().map(|stage| {
                    let done = reached.contains(stage);
                    let current = current_stage == Some(*stage);
                    html! {
                        <li class={classes!(done.then_some("done"), current.then_some("current"))}
                            aria-current={current.then_some("step")}>
                            { complaint_stage(*stage) }
                        </li>
                    }
                }) }
            </ol>
        }
    });
    let last = at + 1 >= total;
    html! {
        <article class="walk-through">
            <h1>{ script.title.clone() }</h1>
            if !script.situation.is_empty() {
                <p class="situation">{ script.situation.clone() }</p>
            }
            { progress.unwrap_or_default() }
            <p class="step-of">{ tr(Msg::StepOf { n: at + 1, total }) }</p>
            if let Some(step) = script.steps.get(at) {
                <section class="current-step" aria-live="polite">{ crate::ui::components::step_body(step) }</section>
            }
            <div class="walk-buttons">
                <button type="button" class="button big" onclick={back} disabled={at == 0}>{ tr(Msg::Back) }</button>
                <button type="button" class="button big primary" onclick={next}>
                    { tr(if last { Msg::Finish } else { Msg::Next }) }
                </button>
            </div>
        </article>
    }
}
