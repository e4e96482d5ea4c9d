//! Rehearsal: the situation first, the answer only when asked for, then another case.
//! Every case comes once before any comes again; staff may also pick one themselves.

use super::script_cards::script_cards;
use crate::domain::practice::PracticeRound;
use crate::domain::{Script, ScriptId};
use crate::text::{tr, Msg};
use crate::ui::components::ScriptSteps;
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PracticeProps {
    /// The case to show; none offers a random one or a choice.
    #[prop_or_default]
    pub id: Option<ScriptId>,
}

#[component(Practice)]
pub fn practice(props: &PracticeProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let revealed = use_state(|| false);
    // Kept while practising goes from case to case (the same component on every case).
    let round = use_mut_ref(PracticeRound::default);
    {
        let revealed = revealed.clone();
        use_effect_with(props.id, move |_| revealed.set(false));
    }
    let Some(library) = library else {
        return html! {};
    };
    let scripts = library.library().scripts_by_title();
    let cases: Vec<&Script> = scripts.iter().copied().filter(|s| s.practice).collect();
    let case_ids: Vec<ScriptId> = cases.iter().map(|s| s.id).collect();
    let go_to_another = {
        let current = props.id;
        Callback::from(move |_| {
            let next = round
                .borrow_mut()
                .next(&case_ids, current, js_sys::Math::random());
            if let (Some(id), Some(navigator)) = (next, &navigator) {
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
                    <p><button type="button" class="button big primary" onclick={go_to_another}>{ tr(Msg::StartPractice) }</button></p>
                    <section aria-labelledby="choose-case">
                        <h2 id="choose-case">{ tr(Msg::ChooseCase) }</h2>
                        { script_cards(&cases, |id| Route::PracticeCase { id }) }
                    </section>
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
            <p><a class="text-link" href={Route::Practice.href()}>{ tr(Msg::OtherCases) }</a></p>
            <div class="walk-buttons">
                <button type="button" class="button big primary" onclick={go_to_another}>{ tr(Msg::NextCase) }</button>
            </div>
        </section>
    }
}
