//! Choosing the standards a script serves. A business may have thousands, so only the
//! chosen ones and the first matches of a search are listed.

use crate::domain::search::Query;
use crate::domain::StandardId;
use crate::text::{area_name, tr, Msg};
use crate::ui::hooks::{use_standard_index, use_typed_text};
use crate::ui::library::use_library;
use yew::prelude::*;

const MAX_SHOWN: usize = 30;

#[derive(Properties, PartialEq)]
pub struct StandardPickerProps {
    pub selected: Vec<StandardId>,
    pub on_toggle: Callback<StandardId>,
}

#[component(StandardPicker)]
pub fn standard_picker(props: &StandardPickerProps) -> Html {
    let library = use_library();
    let (typed, on_search) = use_typed_text();
    let index = use_standard_index(&library, !typed.trim().is_empty());
    let Some(library) = library else {
        return html! {};
    };
    let lib = library.library();
    let query = Query::new(&typed);
    let mut shown: Vec<StandardId> = props
        .selected
        .iter()
        .copied()
        .filter(|id| lib.standard(*id).is_some())
        .collect();
    let candidates: Vec<StandardId> = if query.is_empty() {
        lib.areas_in_order()
            .iter()
            .flat_map(|a| lib.standards_in(a.id))
            .map(|s| s.id)
            .collect()
    } else {
        index.find(&query).collect()
    };
    shown.extend(
        candidates
            .into_iter()
            .filter(|id| !props.selected.contains(id))
            .take(MAX_SHOWN),
    );
    html! {
        <fieldset class="standard-picker">
            <legend>{ tr(Msg::StandardsItServes) }</legend>
            if lib.standards.is_empty() {
                <p class="muted">{ tr(Msg::NoStandardsToLink) }</p>
            } else {
                <div class="field">
                    <label for="standard-picker-search">{ tr(Msg::FindStandardsToLink) }</label>
                    <input id="standard-picker-search" type="search" value={(*typed).clone()} oninput={on_search} autocomplete="off" />
                </div>
                <ul class="checkbox-list">
                    { for shown.iter().filter_map(|id| lib.standard(*id)).map(|standard| {
                        let id = standard.id;
                        let on_toggle = props.on_toggle.clone();
                        let input_id = format!("link-{id}");
                        let area = lib.area(standard.area_id).map(area_name).unwrap_or_default();
                        html! {
                            <li key={id.to_string()} class="checkbox">
                                <input id={input_id.clone()} type="checkbox" checked={props.selected.contains(&id)}
                                    onchange={Callback::from(move |_| on_toggle.emit(id))} />
                                <label for={input_id}>
                                    { standard.title.clone() }
                                    <span class="muted">{ format!(" · {area}") }</span>
                                </label>
                            </li>
                        }
                    }) }
                </ul>
            }
        </fieldset>
    }
}
