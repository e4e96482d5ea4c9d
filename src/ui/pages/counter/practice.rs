//! Rehearsal: the situation first, the answer only when asked for, then another case.

use crate::domain::script::next_practice_case;
use crate::domain::ScriptId;
use crate::text::{tr, Msg};
use crate::ui::components::ScriptSteps;
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PracticeProps {
    /// The case to show; none picks one.
    #[prop_or_default]
    pub id: Option<ScriptId>,
}

#[component(Practice)]
pub fn practice(props: &PracticeProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let revealed = use_state(|| false);
    {
        let revealed = revealed.clone();
        use_effect_with(props.id, move |_| revealed.set(false));
    }
    let Some(library) = library else {
        return html! {};
    };
    let cases: Vec<ScriptId> = library
        .library()
        .scripts_by_title()
        .iter()
        .filter(|s| s.practice)
        .map(|s| s.id)
        .collect();
    let go_to_another = {
        let cases = cases.clone();
        let current = props.id;
        Callback::from(move |_| {
            if let (Some(id), Some(navigator)) = (
                next_practice_case(&cases, current, js_sys::Math::random()),
                &navigator,
            ) {
                navigator.push(&Route::PracticeCase { id });
            }
        })
    };
    let case = props
        .id
        .and_then(|id| library.library().script(id))
        .filter(|s| s.practice);
    let Some(script) = case.cloned() else {
        return html! {
            <section class="practice">
                <h1>{ tr(Msg::PracticeHeading) }</h1>
                if cases.is_empty() {
                    <p class="empty">{ tr(Msg::NoPracticeCases) }</p>
                } else {
                    <button type="button" class="button big primary" onclick={go_to_another}>{ tr(Msg::NextCase) }</button>
                }
            </section>
        };
    };
    let reveal = {
        let revealed = revealed.clone();
        Callback::from(move |_| revealed.set(true))
    };
    html! {
        <section class="practice">
            <h1>{ tr(Msg::PracticeHeading) }</h1>
            <h2>{ script.title.clone() }</h2>
            if !script.situation.is_empty() {
                <p class="situation">{ script.situation.clone() }</p>
            }
            <p class="prompt">{ tr(Msg::WhatWouldYouDo) }</p>
            if *revealed {
                <ScriptSteps steps={script.steps.clone()} />
            } else {
                <button type="button" class="button big" onclick={reveal}>{ tr(Msg::ShowAnswer) }</button>
            }
            <div class="walk-buttons">
                <button type="button" class="button big primary" onclick={go_to_another}>{ tr(Msg::NextCase) }</button>
            </div>
        </section>
    }
}
