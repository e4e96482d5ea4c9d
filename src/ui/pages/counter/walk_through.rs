//! Following a script one step at a time, with big Back and Next in one place at the
//! bottom of the screen (the thumb's reach), and for a complaint the backbone as a line
//! of stages that can be tapped to jump.

use super::authority_route;
use crate::domain::script::{ComplaintStage, ScriptKind};
use crate::domain::ScriptId;
use crate::text::{complaint_stage, tr, Msg};
use crate::ui::device::use_device;
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WalkThroughProps {
    pub id: ScriptId,
}

#[component(WalkThrough)]
pub fn walk_through(props: &WalkThroughProps) -> Html {
    let library = use_library();
    let device = use_device();
    let navigator = use_navigator();
    let position = use_state(|| 0usize);
    let backbone = use_node_ref();
    {
        // On a phone the backbone is one row that scrolls: keep the current stage in it.
        let backbone = backbone.clone();
        use_effect_with(*position, move |_| {
            let row = backbone.cast::<web_sys::HtmlElement>();
            let current = row
                .as_ref()
                .and_then(|r| r.query_selector("li.current").ok().flatten())
                .and_then(|li| li.dyn_into::<web_sys::HtmlElement>().ok());
            if let (Some(row), Some(current)) = (row, current) {
                let left = current.offset_left() - row.offset_left();
                if left < row.scroll_left()
                    || left + current.offset_width() > row.scroll_left() + row.client_width()
                {
                    row.set_scroll_left(left - 16);
                }
            }
        });
    }
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
            <ol class="backbone" ref={backbone} aria-label={tr(Msg::ComplaintFlow)}>
                { for ComplaintStage::ALL.iter().map(|&stage| {
                    let done = reached.contains(&stage);
                    let current = current_stage == Some(stage);
                    let jump = script.step_of_stage(stage).map(|to| {
                        let position = position.clone();
                        Callback::from(move |_| position.set(to))
                    });
                    html! {
                        <li class={classes!(done.then_some("done"), current.then_some("current"))}>
                            if let Some(jump) = jump {
                                <button type="button" class="stage-jump" onclick={jump}
                                    aria-current={current.then_some("step")}>
                                    <span class="stage-name">{ complaint_stage(stage) }</span>
                                </button>
                            } else {
                                <span class="stage-missing"><span class="stage-name">{ complaint_stage(stage) }</span></span>
                            }
                        </li>
                    }
                }) }
            </ol>
        }
    });
    let remembered_role = device.and_then(|d| d.preferences().counter_role);
    let compensating =
        script.steps.get(at).and_then(|s| s.stage) == Some(ComplaintStage::Compensate);
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
                <section class="current-step" aria-live="polite">
                    if compensating {
                        <a class="button authority-link" href={authority_route(remembered_role).href()}>{ tr(Msg::WhatMayIDecide) }</a>
                    }
                    { crate::ui::components::step_body(step) }
                </section>
            }
            <div class="walk-buttons">
                <button type="button" class="button big" onclick={back} disabled={at == 0}>{ tr(Msg::Back) }</button>
                <button type="button" class="button big primary" onclick={next}>
                    { tr(if last { Msg::Finish } else { Msg::Next }) }
                </button>
            </div>
            // With the customer gone, the complaint is logged while it is fresh.
            if last && script.kind == ScriptKind::Complaint {
                <p><a class="button big" href={Route::CounterComplaint.href()}>{ tr(Msg::LogComplaint) }</a></p>
            }
        </article>
    }
}
