//! Everyone whose goals, conversations and praise are kept: active first, by name.

use crate::text::{role_name, tr, Msg};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;

#[component(PeoplePage)]
pub fn people_page() -> Html {
    let Some(library) = use_library() else {
        return html! {};
    };
    let people = library.library().people_by_name();
    html! {
        <section class="page people">
            <p><a class="text-link" href={Route::Goals.href()}>{ tr(Msg::BackToGoals) }</a></p>
            <div class="page-head">
                <h1>{ tr(Msg::PeopleHeading) }</h1>
                <a class="button primary" href={Route::NewPerson.href()}>{ tr(Msg::AddPerson) }</a>
            </div>
            <p class="intro">{ tr(Msg::PeopleIntro) }</p>
            if people.is_empty() {
                <p class="empty">{ tr(Msg::NoPeopleYet) }</p>
            }
            <ul class="people-list">
                { for people.iter().map(|p| {
                    let role = library.library().role(p.role_id).map(role_name).unwrap_or_default();
                    html! {
                        <li key={p.id.to_string()}>
                            <a href={Route::Person { id: p.id }.href()}>{ p.name.clone() }</a>
                            <span class="person-role">{ role }</span>
                            if !p.active {
                                <span class="badge">{ tr(Msg::HasLeft) }</span>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
