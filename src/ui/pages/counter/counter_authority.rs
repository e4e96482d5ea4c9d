//! "What may I decide?": a staff member picks their role and reads, in plain words,
//! what they may do without asking.

use crate::domain::RoleId;
use crate::text::{money, role_name, tr, Msg};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CounterAuthorityProps {
    #[prop_or_default]
    pub role: Option<RoleId>,
}

#[component(CounterAuthority)]
pub fn counter_authority(props: &CounterAuthorityProps) -> Html {
    let Some(library) = use_library() else {
        return html! {};
    };
    let lib = library.library();
    let chosen = props.role.and_then(|id| lib.role(id));
    html! {
        <section class="counter-authority">
            <h1>{ tr(Msg::WhatMayIDecide) }</h1>
            <nav class="chips" aria-label={tr(Msg::ChooseYourRole)}>
                { for lib.roles_in_order().into_iter().map(|role| {
                    let current = props.role == Some(role.id);
                    html! {
                        <a class={classes!("button", "chip", current.then_some("chosen"))}
                            href={Route::CounterAuthorityFor { role: role.id }.href()}
                            aria-current={current.then_some("page")}>{ role_name(role) }</a>
                    }
                }) }
            </nav>
            if let Some(role) = chosen {
                <h2>{ tr(Msg::YouMayDecide { role: &role_name(role) }) }</h2>
                if lib.rules_for_role(role.id).is_empty() {
                    <p class="empty">{ tr(Msg::NothingForRole) }</p>
                } else {
                    <ul class="may-decide">
                        { for lib.rules_for_role(role.id).into_iter().map(|rule| html! {
                            <li>
                                <h3>{ rule.situation.clone() }</h3>
                                <p class="may">
                                    { rule.may.clone() }
                                    if let Some(limit) = rule.limit {
                                        { format!(", {}", tr(Msg::UpTo { amount: &money(limit) })) }
                                    }
                                </p>
                                if !rule.notes.is_empty() {
                                    <p class="long-text">{ rule.notes.clone() }</p>
                                }
                            </li>
                        }) }
                    </ul>
                }
            }
        </section>
    }
}
