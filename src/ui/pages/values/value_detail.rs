//! One value: what it means, what it looks like and does not, and what serves it.

use crate::domain::state::Deleted;
use crate::domain::ValueId;
use crate::text::{tr, Msg};
use crate::ui::components::Missing;
use crate::ui::library::{use_library, Outcome};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ValueDetailProps {
    pub id: ValueId,
}

#[component(ValueDetail)]
pub fn value_detail(props: &ValueDetailProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let Some(library) = library else {
        return html! {};
    };
    let Some(value) = library.library().value(props.id).cloned() else {
        return html! { <Missing heading={Msg::ValueNotFound} back_to={Route::Values} back_label={Msg::BackToValues} /> };
    };
    let on_delete = {
        let (library, value) = (library.clone(), value.clone());
        Callback::from(move |_| {
            let navigator = navigator.clone();
            let done = Callback::from(move |outcome| {
                if let (Outcome::Stored, Some(navigator)) = (outcome, &navigator) {
                    navigator.push(&Route::Values);
                }
            });
            library.delete(Deleted::Value(value.clone()), done);
        })
    };
    let (standards, scripts) = library.library().serving(value.id);
    let list = |items: &Vec<String>| {
        html! {
            <ul>{ for items.iter().map(|item| html! { <li>{ item.clone() }</li> }) }</ul>
        }
    };
    html! {
        <article class="page standard-detail">
            <p class="area-label">{ tr(Msg::OurValues) }</p>
            <h1>{ value.name.clone() }</h1>
            if !value.meaning.is_empty() {
                <p class="long-text">{ value.meaning.clone() }</p>
            }
            if !value.looks_like.is_empty() {
                <section class="dos"><h2>{ tr(Msg::LooksLike) }</h2>{ list(&value.looks_like) }</section>
            }
            if !value.not_like.is_empty() {
                <section class="donts"><h2>{ tr(Msg::NotLike) }</h2>{ list(&value.not_like) }</section>
            }
            <section>
                <h2>{ tr(Msg::ServedBy) }</h2>
                if standards.is_empty() && scripts.is_empty() {
                    <p class="muted">{ tr(Msg::NothingServesYet) }</p>
                } else {
                    <ul>
                        { for standards.iter().map(|s| html! {
                            <li><a class="text-link" href={Route::Standard { id: s.id }.href()}>{ s.title.clone() }</a></li>
                        }) }
                        { for scripts.iter().map(|s| html! {
                            <li><a class="text-link" href={Route::Script { id: s.id }.href()}>{ s.title.clone() }</a></li>
                        }) }
                    </ul>
                }
            </section>
            <div class="actions">
                <a class="button primary" href={Route::EditValue { id: value.id }.href()}>{ tr(Msg::Edit) }</a>
                <button type="button" class="button danger" onclick={on_delete}>{ tr(Msg::Delete) }</button>
            </div>
            <p><a class="text-link" href={Route::Values.href()}>{ tr(Msg::BackToValues) }</a></p>
        </article>
    }
}
