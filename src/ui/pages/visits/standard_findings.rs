//! What the visits say about one standard, on its page: the latest results and the
//! follow-up actions still open.

use crate::domain::visits::trend::standard_findings;
use crate::domain::StandardId;
use crate::text::{date, tr, Msg};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;

/// How many results the standard's page shows.
const LATEST: usize = 5;

#[derive(Properties, PartialEq)]
pub struct StandardFindingsProps {
    pub id: StandardId,
}

#[component(StandardFindings)]
pub fn standard_findings_view(props: &StandardFindingsProps) -> Html {
    let Some(library) = use_library() else {
        return html! {};
    };
    let lib = library.library();
    let findings = standard_findings(&lib.staff.visits, props.id, LATEST);
    if findings.results.is_empty() && findings.open_actions.is_empty() {
        return html! {};
    }
    let title = |id| lib.visit(id).map(|v| v.title.clone()).unwrap_or_default();
    html! {
        <section aria-labelledby="standard-visits">
            <h2 id="standard-visits">{ tr(Msg::VisitsOfStandard) }</h2>
            <ul class="plain-list">
                { for findings.results.iter().map(|(visit, day, short)| html! {
                    <li>
                        <a class="text-link" href={Route::Visit { id: *visit }.href()}>
                            { format!("{} – {}", date(day.date()), title(*visit)) }
                        </a>
                        { ": " }
                        <strong>{ tr(if *short { Msg::FellShort } else { Msg::HeldUp }) }</strong>
                    </li>
                }) }
            </ul>
            if !findings.open_actions.is_empty() {
                <h3>{ tr(Msg::OpenActions) }</h3>
                <ul class="plain-list">
                    { for findings.open_actions.iter().map(|(visit, what, due)| html! {
                        <li>
                            <a class="text-link" href={Route::Visit { id: *visit }.href()}>{ what.clone() }</a>
                            if let Some(due) = due {
                                <span class="meta">{ format!(" · {}", tr(Msg::DueOn { date: &date(due.date()) })) }</span>
                            }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
