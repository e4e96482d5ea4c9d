//! The roles: add, rename, and delete, asking first what happens to the role's rules.

use crate::domain::authority::{Role, RoleRemoval};
use crate::domain::validation::{Field as F, FieldErrors};
use crate::domain::RoleId;
use crate::text::{problem, role_name, tr, Msg};
use crate::ui::components::{Field, FieldKind};
use crate::ui::hooks::{selected_option, use_add_field};
use crate::ui::library::{use_library, LibraryHandle, Outcome};
use yew::prelude::*;

#[derive(Clone, PartialEq)]
enum Mode {
    Showing,
    Renaming {
        id: RoleId,
        name: String,
        errors: FieldErrors,
    },
    /// Deleting a role that has rules: move them (to `target`) or delete them?
    Deleting {
        id: RoleId,
        target: Option<RoleId>,
    },
}

#[component(RoleList)]
pub fn role_list() -> Html {
    let library = use_library();
    let mode = use_state(|| Mode::Showing);
    let new_name = use_add_field();
    let add_errors = use_state(FieldErrors::default);
    let Some(library) = library else {
        return html! {};
    };
    let roles: Vec<Role> = library
        .library()
        .roles_in_order()
        .into_iter()
        .cloned()
        .collect();
    let on_add = {
        let (library, new_name, add_errors) =
            (library.clone(), new_name.clone(), add_errors.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match library.add_role(&new_name.value(), new_name.empty_when_stored()) {
                Ok(()) => add_errors.set(FieldErrors::default()),
                Err(found) => add_errors.set(found),
            }
        })
    };
    let on_new_name = new_name.on_change();
    html! {
        <section aria-labelledby="roles-heading">
            <h2 id="roles-heading">{ tr(Msg::Roles) }</h2>
            <ul class="area-list">
                { for roles.iter().map(|role| role_row(&library, role, &roles, &mode)) }
            </ul>
            <form class="add-area" onsubmit={on_add} novalidate=true>
                <Field id="new-role-name" label={tr(Msg::NewRoleName)} kind={FieldKind::Line}
                    value={new_name.value()} on_change={on_new_name}
                    error={add_errors.for_field(F::RoleName).map(|p| problem(F::RoleName, p))} />
                <button type="submit" class="button primary">{ tr(Msg::AddRole) }</button>
            </form>
        </section>
    }
}

fn role_row(
    library: &LibraryHandle,
    role: &Role,
    roles: &[Role],
    mode: &UseStateHandle<Mode>,
) -> Html {
    let name = role_name(role);
    let id = role.id;
    let rule_count = library.library().rules_for_role(id).len();
    let holders = library.library().people_in_role(id).len();
    let show = {
        let mode = mode.clone();
        Callback::from(move |_| mode.set(Mode::Showing))
    };
    let body = match (**mode).clone() {
        Mode::Renaming {
            id: renaming,
            name: typed,
            errors,
        } if renaming == id => {
            let on_change = {
                let mode = mode.clone();
                Callback::from(move |value: String| {
                    mode.set(Mode::Renaming {
                        id,
                        name: value,
                        errors: FieldErrors::default(),
                    })
                })
            };
            let on_submit = {
                let (mode, library, role, typed) =
                    (mode.clone(), library.clone(), role.clone(), typed.clone());
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
                    if let Err(errors) = library.rename_role(&role, &typed, done) {
                        mode.set(Mode::Renaming {
                            id,
                            name: typed.clone(),
                            errors,
                        });
                    }
                })
            };
            html! {
                <form class="inline-form" onsubmit={on_submit} novalidate=true>
                    <Field id={format!("rename-role-{id}")} label={tr(Msg::NewNameFor { name: &name })}
                        kind={FieldKind::Line} value={typed} {on_change}
                        error={errors.for_field(F::RoleName).map(|p| problem(F::RoleName, p))} />
                    <button type="submit" class="button primary">{ tr(Msg::Save) }</button>
                    <button type="button" class="button" onclick={show}>{ tr(Msg::Cancel) }</button>
                </form>
            }
        }
        Mode::Deleting {
            id: deleting,
            target,
        } if deleting == id => {
            let others: Vec<&Role> = roles.iter().filter(|r| r.id != id).collect();
            let chosen = target.or_else(|| others.first().map(|r| r.id));
            let select_id = format!("move-rules-{id}");
            let on_select = {
                let mode = mode.clone();
                Callback::from(move |e: Event| {
                    if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                        mode.set(Mode::Deleting {
                            id,
                            target: selected_option(&select.value()),
                        });
                    }
                })
            };
            let remove = |what: RoleRemoval| {
                let (library, mode) = (library.clone(), mode.clone());
                Callback::from(move |_| {
                    library.remove_role(id, what);
                    mode.set(Mode::Showing);
                })
            };
            html! {
                <div class="inline-form" role="group" aria-labelledby={format!("role-question-{id}")}>
                    <p id={format!("role-question-{id}")}>
                        if rule_count > 0 {
                            { tr(Msg::RoleHasRules { name: &name, count: rule_count }) }
                        }
                        if holders > 0 {
                            { " " }{ tr(Msg::RoleHeldBy { name: &name, count: holders }) }
                        }
                    </p>
                    if let Some(target) = chosen {
                        <label for={select_id.clone()}>{ tr(Msg::MoveRulesTo) }</label>
                        <select id={select_id} onchange={on_select}>
                            { for others.iter().map(|other| html! {
                                <option value={other.id.to_string()} selected={chosen == Some(other.id)}>{ role_name(other) }</option>
                            }) }
                        </select>
                        <button type="button" class="button" onclick={remove(RoleRemoval::MoveRulesTo(target))}>
                            { tr(Msg::MoveAndDelete) }
                        </button>
                    }
                    // People cannot be deleted with a role: they move, or the role stays.
                    if holders == 0 {
                        <button type="button" class="button danger" onclick={remove(RoleRemoval::DeleteRules)}>{ tr(Msg::DeleteRulesToo) }</button>
                    }
                    <button type="button" class="button" onclick={show}>{ tr(Msg::Cancel) }</button>
                </div>
            }
        }
        _ => {
            let rename = {
                let (mode, current) = (mode.clone(), name.clone());
                Callback::from(move |_| {
                    mode.set(Mode::Renaming {
                        id,
                        name: current.clone(),
                        errors: FieldErrors::default(),
                    })
                })
            };
            let delete = {
                let (mode, library) = (mode.clone(), library.clone());
                Callback::from(move |_| {
                    if rule_count == 0 && holders == 0 {
                        // Nothing points at it: no question needed.
                        library.remove_role(id, RoleRemoval::DeleteRules);
                    } else {
                        mode.set(Mode::Deleting { id, target: None });
                    }
                })
            };
            html! {
                <div class="area-actions">
                    <button type="button" class="button" onclick={rename}>
                        <span aria-hidden="true">{ tr(Msg::RenameAction) }</span>
                        <span class="visually-hidden">{ tr(Msg::Rename { name: &name }) }</span>
                    </button>
                    <button type="button" class="button danger" onclick={delete}>
                        <span aria-hidden="true">{ tr(Msg::Delete) }</span>
                        <span class="visually-hidden">{ tr(Msg::DeleteNamed { name: &name }) }</span>
                    </button>
                </div>
            }
        }
    };
    html! {
        <li class="area-row" key={id.to_string()}>
            <div class="area-summary">
                <span class="area-name">{ name.clone() }</span>
            </div>
            { body }
        </li>
    }
}
