//! "What may I decide?": a staff member picks their role and reads, in plain words,
//! what they may do without asking, including what they have from the roles below
//! theirs. The role chosen is remembered on this device.

use crate::domain::authority::{matrix, Right};
use crate::domain::device::Preferences;
use crate::domain::RoleId;
use crate::text::{money, role_in_sentence, role_name, tr, Msg};
use crate::ui::device::use_device;
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CounterAuthorityProps {
    #[prop_or_default]
    pub role: Option<RoleId>,
}

/// Where "what may I decide" leads: straight to the role this device last chose.
pub fn authority_route(remembered: Option<RoleId>) -> Route {
    remembered.map_or(Route::CounterAuthority, |role| Route::CounterAuthorityFor {
        role,
    })
}

#[component(CounterAuthority)]
pub fn counter_authority(props: &CounterAuthorityProps) -> Html {
    let library = use_library();
    let device = use_device();
    let remembered = device.as_ref().and_then(|d| d.preferences().counter_role);
    {
        let device = device.clone();
        use_effect_with(props.role, move |chosen| {
            if let (Some(role), Some(device)) = (*chosen, device) {
                if device.preferences().counter_role != Some(role) {
                    device.set_preferences(Preferences {
                        counter_role: Some(role),
                        ..device.preferences().clone()
                    });
                }
            }
        });
    }
    let Some(library) = library else {
        return html! {};
    };
    let lib = library.library();
    let shown = props.role.or(remembered).and_then(|id| lib.role(id));
    let m = matrix(&lib.roles, &lib.rules);
    let decides = shown.map(|role| m.for_role(role.id)).unwrap_or_default();
    html! {
        <section class="counter-authority">
            <h1>{ tr(Msg::WhatMayIDecide) }</h1>
            <nav class="chips" aria-label={tr(Msg::ChooseYourRole)}>
                { for m.roles.iter().map(|role| {
                    let current = shown.is_some_and(|s| s.id == role.id);
                    html! {
                        <a class={classes!("button", "chip", current.then_some("chosen"))}
                            href={Route::CounterAuthorityFor { role: role.id }.href()}
                            aria-current={current.then_some("page")}>{ role_name(role) }</a>
                    }
                }) }
            </nav>
            if let Some(role) = shown {
                <h2>{ tr(Msg::YouMayDecide { role: &role_in_sentence(role) }) }</h2>
                if decides.is_empty() {
                    <p class="empty">{ tr(Msg::NothingForRole) }</p>
                } else {
                    <ul class="may-decide">
                        { for decides.iter().map(|(situation, rights)| html! {
                            <li>
                                <h3>{ situation.to_string() }</h3>
                                { for rights.iter().map(right_here) }
                            </li>
                        }) }
                    </ul>
                }
            }
        </section>
    }
}

fn right_here(right: &Right) -> Html {
    let rule = right.rule;
    let from = right.inherited_from.map(|below| {
        let role = role_in_sentence(below);
        tr(if rule.ask_first {
            Msg::AsRole { role: &role }
        } else {
            Msg::InheritedAs { role: &role }
        })
    });
    html! {
        <div class={classes!("right", right.inherited_from.is_some().then_some("inherited"), rule.ask_first.then_some("ask-first"))}>
            <p class="may">
                if rule.ask_first {
                    { tr(Msg::AskFirstAbout { what: &rule.may }) }
                } else {
                    { rule.may.clone() }
                }
                if let Some(limit) = rule.limit {
                    { format!(", {}", tr(Msg::UpTo { amount: &money(limit) })) }
                }
            </p>
            if let Some(from) = from {
                <p class="inherited-from">{ from }</p>
            }
            if !rule.notes.is_empty() {
                <p class="long-text">{ rule.notes.clone() }</p>
            }
        </div>
    }
}
