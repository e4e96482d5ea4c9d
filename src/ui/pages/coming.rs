//! A section whose feature is still to come says what will be there.

use crate::text::{tr, Msg};
use crate::ui::routes::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComingSectionProps {
    pub section: Route,
}

#[component(ComingSection)]
pub fn coming_section(props: &ComingSectionProps) -> Html {
    let (heading, coming) = match props.section {
        Route::Goals => (Msg::Goals, Msg::GoalsComing),
        _ => (Msg::Settings, Msg::SettingsComing),
    };
    html! {
        <section class="page">
            <h1>{ tr(heading) }</h1>
            <p class="coming">{ tr(coming) }</p>
        </section>
    }
}
