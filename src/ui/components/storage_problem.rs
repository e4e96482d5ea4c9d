//! The full-page message when the app cannot open its data: never a blank page.

use crate::domain::StorageFailure;
use crate::text::{storage_failure, tr, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StorageProblemProps {
    pub failure: StorageFailure,
}

#[component(StorageProblem)]
pub fn storage_problem(props: &StorageProblemProps) -> Html {
    let reload = Callback::from(|_| {
        if let Some(window) = web_sys::window() {
            crate::console::warn_if_failed("reload", window.location().reload());
        }
    });
    let explanation = match &props.failure {
        StorageFailure::Unavailable { detail } => html! {
            <>
                <h1>{ tr(Msg::UnavailableHeading) }</h1>
                <p>{ tr(Msg::UnavailableBody) }</p>
                <p>{ tr(Msg::UnavailableAdvice) }</p>
                <p class="detail">{ tr(Msg::TechnicalDetail { detail }) }</p>
            </>
        },
        other => html! {
            <>
                <h1>{ tr(Msg::CannotOpenHeading) }</h1>
                <p>{ storage_failure(other) }</p>
            </>
        },
    };
    html! {
        <main class="fatal" role="alert">
            { explanation }
            <button type="button" class="button primary" onclick={reload}>{ tr(Msg::TryAgain) }</button>
        </main>
    }
}
