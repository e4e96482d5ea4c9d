//! Where each screen lives. Hash routes, so any static host and any sub-path work
//! without server rewrite rules.

use crate::domain::{AreaId, ScriptId, StandardId};
use yew::prelude::*;
use yew_router::prelude::*;

use super::components::Layout;
use super::pages;
use super::pages::counter::{CounterFrame, CounterHome, Practice, WalkThrough};

#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/standards")]
    Standards,
    #[at("/standards/new")]
    NewStandard,
    #[at("/areas/:area/new")]
    NewStandardIn { area: AreaId },
    #[at("/standards/:id")]
    Standard { id: StandardId },
    #[at("/standards/:id/edit")]
    EditStandard { id: StandardId },
    #[at("/areas")]
    Areas,
    #[at("/scripts")]
    Scripts,
    #[at("/scripts/new")]
    NewScript,
    #[at("/scripts/new/complaint")]
    NewComplaintScript,
    #[at("/scripts/print")]
    PrintScripts,
    #[at("/scripts/:id")]
    Script { id: ScriptId },
    #[at("/scripts/:id/edit")]
    EditScript { id: ScriptId },
    #[at("/counter")]
    Counter,
    #[at("/counter/scripts/:id")]
    CounterScript { id: ScriptId },
    #[at("/counter/practice")]
    Practice,
    #[at("/counter/practice/:id")]
    PracticeCase { id: ScriptId },
    #[at("/values")]
    Values,
    #[at("/goals")]
    Goals,
    #[at("/settings")]
    Settings,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    /// The link target, for plain anchors.
    pub fn href(&self) -> String {
        format!("#{}", self.to_path())
    }

    /// The navigation section this route belongs to.
    pub fn section(&self) -> Option<Route> {
        match self {
            Route::Home
            | Route::Standards
            | Route::NewStandard
            | Route::NewStandardIn { .. }
            | Route::Standard { .. }
            | Route::EditStandard { .. }
            | Route::Areas => Some(Route::Standards),
            Route::Scripts
            | Route::NewScript
            | Route::NewComplaintScript
            | Route::PrintScripts
            | Route::Script { .. }
            | Route::EditScript { .. } => Some(Route::Scripts),
            Route::Counter
            | Route::CounterScript { .. }
            | Route::Practice
            | Route::PracticeCase { .. } => None,
            Route::Values => Some(Route::Values),
            Route::Goals => Some(Route::Goals),
            Route::Settings => Some(Route::Settings),
            Route::NotFound => None,
        }
    }

    fn is_counter(&self) -> bool {
        matches!(
            self,
            Route::Counter
                | Route::CounterScript { .. }
                | Route::Practice
                | Route::PracticeCase { .. }
        )
    }
}

/// Counter mode has a frame of its own, without the manager's navigation.
pub fn switch(route: Route) -> Html {
    if route.is_counter() {
        html! { <CounterFrame>{ counter_page(route) }</CounterFrame> }
    } else {
        html! { <Layout>{ manager_page(route) }</Layout> }
    }
}

fn counter_page(route: Route) -> Html {
    match route {
        Route::CounterScript { id } => html! { <WalkThrough {id} /> },
        Route::Practice => html! { <Practice /> },
        Route::PracticeCase { id } => html! { <Practice id={Some(id)} /> },
        _ => html! { <CounterHome /> },
    }
}

fn manager_page(route: Route) -> Html {
    match route {
        Route::Home => html! { <Redirect<Route> to={Route::Standards} /> },
        Route::Standards => html! { <pages::StandardsPage /> },
        Route::NewStandard => html! { <pages::StandardEditor /> },
        Route::NewStandardIn { area } => html! { <pages::StandardEditor area={Some(area)} /> },
        Route::Standard { id } => html! { <pages::StandardDetail {id} /> },
        Route::EditStandard { id } => html! { <pages::StandardEditor id={Some(id)} /> },
        Route::Areas => html! { <pages::AreasPage /> },
        Route::Scripts => html! { <pages::ScriptsPage /> },
        Route::NewScript => html! { <pages::ScriptEditor /> },
        Route::NewComplaintScript => html! { <pages::ScriptEditor complaint=true /> },
        Route::PrintScripts => html! { <pages::PrintScripts /> },
        Route::Script { id } => html! { <pages::ScriptDetail {id} /> },
        Route::EditScript { id } => html! { <pages::ScriptEditor id={Some(id)} /> },
        // Counter routes are handled above.
        Route::Counter
        | Route::CounterScript { .. }
        | Route::Practice
        | Route::PracticeCase { .. } => html! {},
        Route::Values => html! { <pages::ComingSection section={Route::Values} /> },
        Route::Goals => html! { <pages::ComingSection section={Route::Goals} /> },
        Route::Settings => html! { <pages::ComingSection section={Route::Settings} /> },
        Route::NotFound => html! { <pages::NotFound /> },
    }
}
