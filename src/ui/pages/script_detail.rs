//! One script as the manager sees it: its steps, the standards it serves, and actions.

use crate::domain::state::Deleted;
use crate::domain::ScriptId;
use crate::text::{area_name, channel, tr, Msg};
use crate::ui::components::{
    LinkedValues, Missing, ScriptMeta, ScriptSheet, ScriptSteps, SCRIPT_SCALE,
};
use crate::ui::library::{use_library, Outcome};
use crate::ui::print::print_page;
use crate::ui::routes::Route;
use crate::ui::sheet_fit::use_fit_sheets;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScriptDetailProps {
    pub id: ScriptId,
}

#[component(ScriptDetail)]
pub fn script_detail(props: &ScriptDetailProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let print_copy = use_node_ref();
    let revision = library.as_ref().map(|l| l.revision());
    let too_long = use_fit_sheets(&print_copy, SCRIPT_SCALE, (revision, props.id));
    let Some(library) = library else {
        return html! {};
    };
    let Some(script) = library.library().script(props.id).cloned() else {
        return html! { <Missing heading={Msg::ScriptNotFound} back_to={Route::Scripts} back_label={Msg::BackToScripts} /> };
    };
    let on_delete = {
        let library = library.clone();
        let script = script.clone();
        let navigator = navigator.clone();
        Callback::from(move |_| {
            let navigator = navigator.clone();
            let done = Callback::from(move |outcome| {
                if let (Outcome::Stored, Some(navigator)) = (outcome, &navigator) {
                    navigator.push(&Route::Scripts);
                }
            });
            library.delete(Deleted::Script(script.clone()), done);
        })
    };
    let on_duplicate = {
        let library = library.clone();
        let script = script.clone();
        Callback::from(move |_| {
            let navigator = navigator.clone();
            let done = Callback::from(move |stored: Option<ScriptId>| {
                if let (Some(id), Some(navigator)) = (stored, &navigator) {
                    navigator.push(&Route::EditScript { id });
                }
            });
            library.duplicate_script(
                &script,
                tr(Msg::CopyOf {
                    title: &script.title,
                }),
                done,
            );
        })
    };
    let standards = library.library().linked_standards(&script);
    html! {
        <>
        <article class="page script-detail no-print">
            <p class="area-label">{ channel(script.channel) }</p>
            <h1>{ script.title.clone() }</h1>
            <ScriptMeta script={script.clone()} />
            if too_long > 0 {
                <p class="notice no-print" role="status">{ tr(Msg::SheetsTooLong { count: too_long }) }</p>
            }
            if !script.situation.is_empty() {
                <section><h2>{ tr(Msg::Situation) }</h2><p class="long-text">{ script.situation.clone() }</p></section>
            }
            <section><h2>{ tr(Msg::Steps) }</h2><ScriptSteps steps={script.steps.clone()} /></section>
            if !standards.is_empty() {
                <section class="no-print">
                    <h2>{ tr(Msg::StandardsItServes) }</h2>
                    <ul>
                        { for standards.iter().map(|s| {
                            let area = library.library().area(s.area_id).map(area_name).unwrap_or_default();
                            html! {
                                <li>
                                    <a class="text-link" href={Route::Standard { id: s.id }.href()}>{ s.title.clone() }</a>
                                    <span class="muted">{ format!(" · {area}") }</span>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            <LinkedValues ids={script.value_ids.clone()} />
            if !script.tags.is_empty() {
                <section>
                    <h2>{ tr(Msg::Tags) }</h2>
                    <ul class="tags">{ for script.tags.iter().map(|tag| html! { <li>{ tag.clone() }</li> }) }</ul>
                </section>
            }
            <div class="actions">
                <a class="button primary" href={Route::EditScript { id: script.id }.href()}>{ tr(Msg::Edit) }</a>
                <button type="button" class="button" onclick={on_duplicate}>{ tr(Msg::Duplicate) }</button>
                <button type="button" class="button" onclick={Callback::from(|_| print_page())}>{ tr(Msg::Print) }</button>
                <button type="button" class="button danger" onclick={on_delete}>{ tr(Msg::Delete) }</button>
            </div>
            <p class="no-print"><a class="text-link" href={Route::Scripts.href()}>{ tr(Msg::BackToScripts) }</a></p>
        </article>
        // What paper gets: the script alone, fitted to one page (laid out unseen, so it
        // can be measured).
        <div class="paper paper-a4 print-only" ref={print_copy} aria-hidden="true">
            <ScriptSheet script={script.clone()} />
        </div>
        </>
    }
}
