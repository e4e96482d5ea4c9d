//! All standards, grouped by area, with search as you type.

mod area_group;

use crate::domain::search::Query;
use crate::domain::StandardId;
use crate::text::{tr, Msg};
use crate::ui::hooks::{use_standard_index, use_typed_text};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use area_group::AreaGroup;
use std::collections::HashSet;
use std::rc::Rc;
use yew::prelude::*;

#[component(StandardsPage)]
pub fn standards_page() -> Html {
    let library = use_library();
    let (typed, on_search) = use_typed_text();
    let index = use_standard_index(&library, !typed.trim().is_empty());
    let Some(library) = library else {
        return html! {};
    };
    let query = Query::new(&typed);
    let matches: Option<Rc<HashSet<StandardId>>> =
        (!query.is_empty()).then(|| Rc::new(index.find(&query).collect()));
    let status = match &matches {
        None => String::new(),
        Some(found) if found.is_empty() => tr(Msg::NoSearchMatches {
            query: typed.trim(),
        }),
        Some(found) => tr(Msg::SearchMatches { count: found.len() }),
    };
    let areas = library.library().areas_in_order();
    html! {
        <section class="page standards">
            <div class="page-head">
                <h1>{ tr(Msg::StandardsHeading) }</h1>
                <a class="button primary" href={Route::NewStandard.href()}>{ tr(Msg::NewStandard) }</a>
            </div>
            <p class="intro">{ tr(Msg::StandardsIntro) }</p>
            <div class="search">
                <label for="search">{ tr(Msg::Search) }</label>
                <input id="search" type="search" value={(*typed).clone()} oninput={on_search}
                    placeholder={tr(Msg::SearchHint)} autocomplete="off" />
            </div>
            <p class="search-status" role="status">{ status }</p>
            if library.library().standards.is_empty() {
                <p class="empty">{ tr(Msg::NoStandardsYet) }</p>
            }
            { for areas.into_iter().map(|area| html! {
                <AreaGroup key={area.id.to_string()} area={area.clone()} matches={matches.clone()}
                    none_anywhere={library.library().standards.is_empty()} />
            }) }
            <p><a class="text-link" href={Route::Areas.href()}>{ tr(Msg::ManageAreas) }</a></p>
        </section>
    }
}
