//! One area in the list: reorder it, and rename or delete it if it is the business's own.

use crate::domain::library::RemoveAreaError;
use crate::domain::validation::{Field as F, FieldErrors};
use crate::domain::{Area, AreaId};
use crate::text::{area_name, problem, tr, Msg};
use crate::ui::components::{Field, FieldKind, MoveButtons};
use crate::ui::hooks::selected_option;
use crate::ui::library::{use_library, Outcome};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AreaRowProps {
    pub area: Area,
    pub can_move_up: bool,
    pub can_move_down: bool,
}

#[derive(Clone, PartialEq)]
enum Mode {
    Showing,
    Renaming {
        name: String,
        errors: FieldErrors,
    },
    /// Deleting an area that still has standards: where should they go?
    ChoosingTarget {
        target: Option<AreaId>,
    },
}

#[component(AreaRow)]
pub fn area_row(props: &AreaRowProps) -> Html {
    let library = use_library();
    let mode = use_state(|| Mode::Showing);
    let Some(library) = library else {
        return html! {};
    };
    let area = &props.area;
    let name = area_name(area);
    let count = library.library().standards_in(area.id).len();
    let show = {
        let mode = mode.clone();
        Callback::from(move |_| mode.set(Mode::Showing))
    };
    let on_move = {
        let library = library.clone();
        let id = area.id;
        Callback::from(move |direction| library.move_area(id, direction))
    };

    let body = match (*mode).clone() {
        Mode::Showing => {
            let start_rename = {
                let mode = mode.clone();
                let current = area.name.clone();
                Callback::from(move |_| {
                    mode.set(Mode::Renaming {
                        name: current.clone(),
                        errors: FieldErrors::default(),
                    })
                })
            };
            let delete = {
                let mode = mode.clone();
                let library = library.clone();
                let id = area.id;
                Callback::from(move |_| {
                    if count == 0 {
                        // Nothing is lost with an empty area: no question needed. If a
                        // standard arrived meanwhile (another tab), ask where it goes.
                        if let Err(RemoveAreaError::NotEmpty { .. }) = library.remove_area(id, None)
                        {
                            mode.set(Mode::ChoosingTarget { target: None });
                        }
                    } else {
                        mode.set(Mode::ChoosingTarget { target: None });
                    }
                })
            };
            html! {
                <div class="area-actions">
                    <MoveButtons name={name.clone()} {on_move}
                        can_move_up={props.can_move_up} can_move_down={props.can_move_down} />
                    if area.is_own() {
                        <button type="button" class="button" onclick={start_rename}>
                            <span aria-hidden="true">{ tr(Msg::RenameAction) }</span>
                            <span class="visually-hidden">{ tr(Msg::Rename { name: &name }) }</span>
                        </button>
                        <button type="button" class="button danger" onclick={delete}>
                            <span aria-hidden="true">{ tr(Msg::Delete) }</span>
                            <span class="visually-hidden">{ tr(Msg::DeleteArea { name: &name }) }</span>
                        </button>
                    }
                </div>
            }
        }
        Mode::Renaming {
            name: typed,
            errors,
        } => {
            let on_change = {
                let mode = mode.clone();
                Callback::from(move |value: String| {
                    mode.set(Mode::Renaming {
                        name: value,
                        errors: FieldErrors::default(),
                    })
                })
            };
            let on_submit = {
                let mode = mode.clone();
                let library = library.clone();
                let area = area.clone();
                let typed = typed.clone();
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    let done = {
                        let mode = mode.clone();
                        Callback::from(move |outcome| {
                            if outcome == Outcome::Stored {
                                mode.set(Mode::Showing);
                            }
                        })
                    };
                    if let Err(errors) = library.rename_area(&area, &typed, done) {
                        mode.set(Mode::Renaming {
                            name: typed.clone(),
                            errors,
                        });
                    }
                })
            };
            html! {
                <form class="inline-form" onsubmit={on_submit} novalidate=true>
                    <Field id={format!("rename-{}", area.id)} label={tr(Msg::NewNameFor { name: &name })}
                        kind={FieldKind::Line} value={typed} {on_change}
                        error={errors.for_field(F::AreaName).map(|p| problem(F::AreaName, p))} />
                    <button type="submit" class="button primary">{ tr(Msg::Save) }</button>
                    <button type="button" class="button" onclick={show.clone()}>{ tr(Msg::Cancel) }</button>
                </form>
            }
        }
        Mode::ChoosingTarget { target } => {
            let others: Vec<Area> = library
                .library()
                .areas_in_order()
                .into_iter()
                .filter(|a| a.id != area.id)
                .cloned()
                .collect();
            let chosen = target.or_else(|| others.first().map(|a| a.id));
            let select_id = format!("move-to-{}", area.id);
            let on_select = {
                let mode = mode.clone();
                Callback::from(move |e: Event| {
                    if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                        mode.set(Mode::ChoosingTarget {
                            target: selected_option(&select.value()),
                        });
                    }
                })
            };
            let confirm = {
                let (library, mode) = (library.clone(), mode.clone());
                let id = area.id;
                Callback::from(move |_| {
                    // The chosen area may have gone meanwhile (another tab): choose again.
                    if library.remove_area(id, chosen).is_err() {
                        mode.set(Mode::ChoosingTarget { target: None });
                    }
                })
            };
            html! {
                <div class="inline-form">
                    <label for={select_id.clone()}>{ tr(Msg::MoveStandardsTo { name: &name, count }) }</label>
                    <select id={select_id} onchange={on_select}>
                        { for others.iter().map(|other| html! {
                            <option value={other.id.to_string()} selected={chosen == Some(other.id)}>{ area_name(other) }</option>
                        }) }
                    </select>
                    <button type="button" class="button danger" onclick={confirm}>{ tr(Msg::MoveAndDelete) }</button>
                    <button type="button" class="button" onclick={show}>{ tr(Msg::Cancel) }</button>
                </div>
            }
        }
    };
    html! {
        <li class="area-row">
            <div class="area-summary">
                <span class="area-name">{ name.clone() }</span>
                if !area.is_own() {
                    <span class="badge">{ tr(Msg::BuiltIn) }</span>
                }
                <span class="count">{ tr(Msg::StandardCount { count }) }</span>
            </div>
            { body }
        </li>
    }
}
