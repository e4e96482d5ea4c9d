//! Where each screen lives. Hash routes, so any static host and any sub-path work
//! without server rewrite rules.

use crate::domain::{AreaId, StandardId};
use yew::prelude::*;
use yew_router::prelude::*;

use super::pages;

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
            Route::Scripts => Some(Route::Scripts),
            Route::Values => Some(Route::Values),
            Route::Goals => Some(Route::Goals),
            Route::Settings => Some(Route::Settings),
            Route::NotFound => None,
        }
    }
}

pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Redirect<Route> to={Route::Standards} /> },
        Route::Standards => html! { <pages::StandardsPage /> },
        Route::NewStandard => html! { <pages::StandardEditor /> },
        Route::NewStandardIn { area } => html! { <pages::StandardEditor area={Some(area)} /> },
        Route::Standard { id } => html! { <pages::StandardDetail {id} /> },
        Route::EditStandard { id } => html! { <pages::StandardEditor id={Some(id)} /> },
        Route::Areas => html! { <pages::AreasPage /> },
        Route::Scripts => html! { <pages::ComingSection section={Route::Scripts} /> },
        Route::Values => html! { <pages::ComingSection section={Route::Values} /> },
        Route::Goals => html! { <pages::ComingSection section={Route::Goals} /> },
        Route::Settings => html! { <pages::ComingSection section={Route::Settings} /> },
        Route::NotFound => html! { <pages::NotFound /> },
    }
}
