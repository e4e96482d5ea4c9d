//! The areas standards are grouped in: the seven built in, and the business's own.

mod add_area;
mod area_row;

use crate::text::{tr, Msg};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use add_area::AddArea;
use area_row::AreaRow;
use yew::prelude::*;

#[component(AreasPage)]
pub fn areas_page() -> Html {
    let Some(library) = use_library() else {
        return html! {};
    };
    let areas = library.library().areas_in_order();
    let last = areas.len().saturating_sub(1);
    html! {
        <section class="page areas">
            <h1>{ tr(Msg::AreasHeading) }</h1>
            <p class="intro">{ tr(Msg::AreasIntro) }</p>
            <ol class="area-list">
                { for areas.iter().enumerate().map(|(position, area)| html! {
                    <AreaRow key={area.id.to_string()} area={(*area).clone()}
                        can_move_up={position > 0} can_move_down={position < last} />
                }) }
            </ol>
            <AddArea />
            <p><a class="text-link" href={Route::Standards.href()}>{ tr(Msg::BackToStandards) }</a></p>
        </section>
    }
}
