//! On a standard's page: the complaints tagged to it, newest first, each with its state.

use super::case_badge;
use crate::clock::today;
use crate::domain::StandardId;
use crate::text::{date, tr, Msg};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StandardComplaintsProps {
    pub id: StandardId,
}

#[component(StandardComplaints)]
pub fn standard_complaints(props: &StandardComplaintsProps) -> Html {
    let Some(library) = use_library() else {
        return html! {};
    };
    let lib = library.library();
    let found = lib.complaints_about(props.id);
    if found.is_empty() {
        return html! {};
    }
    let today = today();
    html! {
        <section aria-labelledby="standard-complaints">
            <h2 id="standard-complaints">{ tr(Msg::ComplaintsAboutStandard) }</h2>
            <ul class="plain-list">
                { for found.into_iter().map(|c| html! {
                    <li>
                        <a href={Route::Complaint { id: c.id }.href()}>{ date(crate::clock::local_day(c.at).date()) }{ ": " }{ c.said.clone() }</a>
                        { " " }{ case_badge(c, today) }
                    </li>
                }) }
            </ul>
        </section>
    }
}
