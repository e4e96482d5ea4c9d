//! One area's standards in the list: a heading, the titles, and reorder buttons.

use crate::domain::{Area, StandardId};
use crate::text::{area_name, tr, Msg};
use crate::ui::components::MoveButtons;
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use std::collections::HashSet;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AreaGroupProps {
    pub area: Area,
    /// While searching: the standards that match. Reordering is off while searching,
    /// since neighbours in a filtered list are not neighbours in the area.
    pub matches: Option<Rc<HashSet<StandardId>>>,
    /// With no standards anywhere, the page says so once; areas do not repeat it.
    #[prop_or_default]
    pub none_anywhere: bool,
}

/// Standards listed per area before "Show more": a business with thousands still gets
/// its first screen at once (a tablet shows some fifteen lines; 350 rows across seven
/// areas cost 100 ms more to lay out at 4x throttling); search reaches every one.
const FIRST_SHOWN: usize = 20;

#[component(AreaGroup)]
pub fn area_group(props: &AreaGroupProps) -> Html {
    let expanded = use_state(|| false);
    let Some(library) = use_library() else {
        return html! {};
    };
    let all = library.library().standards_in(props.area.id);
    let total = all.len();
    let mut shown: Vec<_> = match &props.matches {
        Some(found) => all.into_iter().filter(|s| found.contains(&s.id)).collect(),
        None => all,
    };
    let matching = shown.len();
    if !*expanded {
        shown.truncate(FIRST_SHOWN);
    }
    if props.matches.is_some() && shown.is_empty() {
        return html! {};
    }
    let heading_id = format!("area-{}", props.area.id);
    let name = area_name(&props.area);
    let searching = props.matches.is_some();
    html! {
        <section class="area-group" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>
                { name }
                <span class="count">{ tr(Msg::StandardCount { count: total }) }</span>
            </h2>
            if shown.is_empty() {
                if !props.none_anywhere {
                    <p class="muted">{ tr(Msg::NoStandardsInArea) }</p>
                }
            } else {
                <ol class="standard-list">
                    { for shown.iter().enumerate().map(|(position, standard)| {
                        let id = standard.id;
                        let on_move = {
                            let library = library.clone();
                            Callback::from(move |direction| library.move_standard(id, direction))
                        };
                        html! {
                            <li key={id.to_string()}>
                                <a class="standard-link" href={Route::Standard { id }.href()}>{ standard.title.clone() }</a>
                                if !searching {
                                    <MoveButtons name={standard.title.clone()} {on_move}
                                        can_move_up={position > 0} can_move_down={position + 1 < total} />
                                }
                            </li>
                        }
                    }) }
                </ol>
                if shown.len() < matching {
                    <p class="muted">{ tr(Msg::ShowingFirstStandards { shown: shown.len(), total: matching }) }</p>
                    <button type="button" class="button" onclick={
                        let expanded = expanded.clone();
                        Callback::from(move |_| expanded.set(true))
                    }>
                        { tr(Msg::ShowMore) }
                        <span class="visually-hidden">{ format!(": {}", area_name(&props.area)) }</span>
                    </button>
                }
            }
        </section>
    }
}
