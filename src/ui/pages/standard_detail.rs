//! One standard, in large type, readable at arm's length on a tablet.

use crate::domain::state::Deleted;
use crate::domain::StandardId;
use crate::text::{area_name, tr, Msg};
use crate::ui::components::{LinkedValues, Missing};
use crate::ui::library::{use_library, Outcome};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StandardDetailProps {
    pub id: StandardId,
}

#[component(StandardDetail)]
pub fn standard_detail(props: &StandardDetailProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let Some(library) = library else {
        return html! {};
    };
    let Some(standard) = library.library().standard(props.id).cloned() else {
        return html! { <Missing heading={Msg::StandardNotFound} back_to={Route::Standards} back_label={Msg::BackToStandards} /> };
    };
    let scripts = library.library().scripts_for_standard(standard.id);
    let area = library
        .library()
        .area(standard.area_id)
        .map(area_name)
        .unwrap_or_default();
    let on_delete = {
        let library = library.clone();
        let standard = standard.clone();
        Callback::from(move |_| {
            let navigator = navigator.clone();
            let done = Callback::from(move |outcome| {
                if let (Outcome::Stored, Some(navigator)) = (outcome, &navigator) {
                    navigator.push(&Route::Standards);
                }
            });
            library.delete(Deleted::Standard(standard.clone()), done);
        })
    };
    let list = |items: &Vec<String>| {
        if items.is_empty() {
            html! { <p class="muted">{ tr(Msg::NotWrittenYet) }</p> }
        } else {
            html! { <ul>{ for items.iter().map(|item| html! { <li>{ item.clone() }</li> }) }</ul> }
        }
    };
    let text = |text: &String| {
        if text.is_empty() {
            html! { <p class="muted">{ tr(Msg::NotWrittenYet) }</p> }
        } else {
            html! { <p class="long-text">{ text.clone() }</p> }
        }
    };
    html! {
        <article class="page standard-detail">
            <p class="area-label">{ area }</p>
            <h1>{ standard.title.clone() }</h1>
            <section><h2>{ tr(Msg::WhyItMatters) }</h2>{ text(&standard.why) }</section>
            <section class="dos"><h2>{ tr(Msg::Do) }</h2>{ list(&standard.dos) }</section>
            <section class="donts"><h2>{ tr(Msg::Dont) }</h2>{ list(&standard.donts) }</section>
            <section><h2>{ tr(Msg::HowMeasured) }</h2>{ text(&standard.measured_by) }</section>
            if !standard.tags.is_empty() {
                <section>
                    <h2>{ tr(Msg::Tags) }</h2>
                    <ul class="tags">{ for standard.tags.iter().map(|tag| html! { <li>{ tag.clone() }</li> }) }</ul>
                </section>
            }
            <LinkedValues ids={standard.value_ids.clone()} />
            if !scripts.is_empty() {
                <section>
                    <h2>{ tr(Msg::ScriptsForStandard) }</h2>
                    <ul>
                        { for scripts.iter().map(|s| html! {
                            <li><a class="text-link" href={Route::Script { id: s.id }.href()}>{ s.title.clone() }</a></li>
                        }) }
                    </ul>
                </section>
            }
            <super::StandardFindings id={standard.id} />
            <super::StandardComplaints id={standard.id} />
            <div class="actions">
                <a class="button primary" href={Route::EditStandard { id: standard.id }.href()}>{ tr(Msg::Edit) }</a>
                <button type="button" class="button danger" onclick={on_delete}>{ tr(Msg::Delete) }</button>
            </div>
            <p><a class="text-link" href={Route::Standards.href()}>{ tr(Msg::BackToStandards) }</a></p>
        </article>
    }
}
