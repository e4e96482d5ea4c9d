//! A script's steps as people read them (what to say, what to do, a note), and the
//! one-line summary of a script used in lists.

use crate::domain::script::ScriptKind;
use crate::domain::{Script, Step};
use crate::text::{channel, complaint_stage, tr, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScriptStepsProps {
    pub steps: Vec<Step>,
}

#[component(ScriptSteps)]
pub fn script_steps(props: &ScriptStepsProps) -> Html {
    html! {
        <ol class="script-steps">
            { for props.steps.iter().map(|step| html! { <li>{ step_body(step) }</li> }) }
        </ol>
    }
}

/// One step's content; empty parts are left out.
pub fn step_body(step: &Step) -> Html {
    let part = |label: Msg, text: &String, class: &'static str| {
        (!text.is_empty()).then(|| {
            html! {
                <div class={classes!("step-part", class)}>
                    <span class="step-label">{ tr(label) }</span>
                    <p class="long-text">{ text.clone() }</p>
                </div>
            }
        })
    };
    html! {
        <>
            if let Some(stage) = step.stage {
                <p class="stage-label">{ complaint_stage(stage) }</p>
            }
            { part(Msg::Say, &step.say, "say") }
            { part(Msg::Do, &step.act, "do") }
            { part(Msg::StepTip, &step.note, "note") }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ScriptMetaProps {
    pub script: Script,
}

/// Channel, number of steps and badges: what a list shows beside a title.
#[component(ScriptMeta)]
pub fn script_meta(props: &ScriptMetaProps) -> Html {
    let script = &props.script;
    html! {
        <span class="script-meta">
            <span>{ channel(script.channel) }</span>
            <span>{ tr(Msg::StepCount { count: script.steps.len() }) }</span>
            if script.kind == ScriptKind::Complaint {
                <span class="badge">{ tr(Msg::ComplaintBadge) }</span>
            }
            if script.practice {
                <span class="badge">{ tr(Msg::PracticeCase) }</span>
            }
            if script.pinned {
                <span class="badge">{ tr(Msg::PinnedBadge) }</span>
            }
        </span>
    }
}
