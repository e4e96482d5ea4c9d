//! Visits: the checklists to start one from, the visits made (unfinished first), and
//! each area's share of the points over the latest visits.

mod area_trend;
mod checklist_editor;
mod checklist_sheet;
mod standard_findings;
mod visit_item;
mod visit_page;

pub use checklist_editor::ChecklistEditor;
pub use checklist_sheet::ChecklistSheet;
pub use standard_findings::StandardFindings;
pub use visit_page::VisitPage;

use crate::clock::{now, today};
use crate::domain::visits::{Visit, VisitKind};
use crate::domain::ChecklistId;
use crate::text::visits::{share, visit_kind};
use crate::text::{date, tr, Msg};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use area_trend::AreaTrendTable;
use yew::prelude::*;
use yew_router::prelude::*;

#[component(VisitsPage)]
pub fn visits_page() -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let starting = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    let lib = library.library();
    let start = {
        let (library, starting) = (library.clone(), starting.clone());
        Callback::from(move |id: ChecklistId| {
            let Some(checklist) = library.library().checklist(id).cloned() else {
                return;
            };
            if *starting {
                return;
            }
            starting.set(true);
            let visit = Visit::start(&checklist, VisitKind::SelfAudit, today(), now());
            let (navigator, starting, visit_id) = (navigator.clone(), starting.clone(), visit.id);
            library.save_visit(
                visit,
                Callback::from(move |outcome| {
                    starting.set(false);
                    if let (crate::ui::library::Outcome::Stored, Some(n)) = (outcome, &navigator) {
                        n.push(&Route::Visit { id: visit_id });
                    }
                }),
            );
        })
    };
    let mut visits: Vec<&Visit> = lib.staff.visits.iter().collect();
    // Unfinished first (to resume), then the newest.
    visits.sort_by_key(|v| (v.finished.is_some(), std::cmp::Reverse((v.date, v.created))));
    html! {
        <section class="page visits">
            <h1>{ tr(Msg::VisitsHeading) }</h1>
            <p class="intro">{ tr(Msg::VisitsIntro) }</p>
            <h2>{ tr(Msg::ChecklistsHeading) }</h2>
            if lib.checklists.is_empty() {
                <p>{ tr(Msg::NoChecklists) }</p>
            }
            <ul class="card-list">
                { for lib.checklists.iter().map(|c| {
                    let id = c.id;
                    let onclick = start.reform(move |_| id);
                    html! {
                        <li class="card">
                            <h3>{ c.title.clone() }</h3>
                            <p class="meta">
                                { crate::text::channel(c.channel) }{ " · " }
                                { tr(Msg::ChecklistItemCount { count: c.items().count() }) }
                            </p>
                            <div class="actions">
                                <button type="button" class="button primary" {onclick} disabled={*starting}
                                    aria-label={format!("{} – {}", tr(Msg::StartVisit), c.title)}>
                                    { tr(Msg::StartVisit) }
                                </button>
                                <a class="button" href={Route::EditChecklist { id }.href()}
                                    aria-label={format!("{} – {}", tr(Msg::EditChecklist), c.title)}>
                                    { tr(Msg::EditChecklist) }
                                </a>
                                <a class="button" href={Route::ChecklistSheet { id }.href()}
                                    aria-label={format!("{} – {}", tr(Msg::PrintBlankChecklist), c.title)}>
                                    { tr(Msg::PrintBlankChecklist) }
                                </a>
                            </div>
                        </li>
                    }
                }) }
            </ul>
            <p><a class="button" href={Route::NewChecklist.href()}>{ tr(Msg::NewChecklist) }</a></p>
            <h2>{ tr(Msg::VisitsListHeading) }</h2>
            if visits.is_empty() {
                <p>{ tr(Msg::NoVisits) }</p>
            } else {
                <ul class="plain-list visit-list">
                    { for visits.iter().map(|v| visit_line(v)) }
                </ul>
            }
            <AreaTrendTable />
        </section>
    }
}

fn visit_line(v: &Visit) -> Html {
    let result = if v.finished.is_some() {
        format!(
            "{} · {}",
            share(v.score().total),
            crate::text::visits::verdict(v.verdict())
        )
    } else {
        tr(Msg::VisitUnfinished)
    };
    let kind = match v.kind {
        VisitKind::OtherBusiness if !v.business.is_empty() => v.business.clone(),
        kind => visit_kind(kind),
    };
    html! {
        <li>
            <a href={Route::Visit { id: v.id }.href()}>{ format!("{} – {}", date(v.date.date()), v.title) }</a>
            <span class="meta">{ format!(" · {kind} · {result}") }</span>
        </li>
    }
}
