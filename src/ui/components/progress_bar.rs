//! How far a long piece of work has come: a native progress bar (role progressbar, with
//! its percentage), the percentage in words beside it, and what is being done.

use crate::text::{tr, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressBarProps {
    pub percent: u8,
    /// The bar's accessible name.
    pub label: Msg<'static>,
    /// A status line read out by screen readers, if the work has one.
    #[prop_or_default]
    pub status: Option<Msg<'static>>,
}

#[component(ProgressBar)]
pub fn progress_bar(props: &ProgressBarProps) -> Html {
    let percent = props.percent;
    html! {
        <div class="progress">
            <progress max="100" value={percent.to_string()} aria-label={tr(props.label)}>{ format!("{percent}%") }</progress>
            <span aria-hidden="true">{ format!("{percent}%") }</span>
            if let Some(status) = props.status {
                <p role="status">{ tr(status) }</p>
            }
        </div>
    }
}
