//! Who may decide what: situations × roles for the manager, the roles themselves,
//! and the rules behind each cell.

mod role_list;
mod rule_editor;

use crate::domain::authority::Role;
use crate::domain::authority::{matrix, Right};
use crate::text::{money, role_in_sentence, role_name, tr, Msg};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use role_list::RoleList;
pub use rule_editor::RuleEditor;
use yew::prelude::*;

#[component(AuthorityPage)]
pub fn authority_page() -> Html {
    let Some(library) = use_library() else {
        return html! {};
    };
    let lib = library.library();
    let m = matrix(&lib.roles, &lib.rules);
    html! {
        <section class="page authority">
            <div class="page-head">
                <h1>{ tr(Msg::AuthorityHeading) }</h1>
                <a class="button primary" href={Route::NewRule.href()}>{ tr(Msg::NewRule) }</a>
            </div>
            <p class="intro">{ tr(Msg::AuthorityIntro) }</p>
            if m.rows.is_empty() {
                <p class="muted">{ tr(Msg::NoRulesYet) }</p>
            } else {
                // Wide tables scroll inside their frame, never the page; the frame is
                // focusable so keyboard users can scroll it too.
                if m.roles.len() > 3 {
                    <p class="scroll-hint muted" aria-hidden="true">{ tr(Msg::MatrixScrollHint) }</p>
                }
                <div class="table-frame matrix-frame" role="region" aria-labelledby="matrix-caption" tabindex="0">
                    <table class="matrix">
                        <caption id="matrix-caption">{ tr(Msg::AuthorityHeading) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ tr(Msg::Situation) }</th>
                                { for m.roles.iter().map(|role| html! { <th scope="col">{ role_name(role) }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for m.rows.iter().map(|row| html! {
                                <tr>
                                    <th scope="row">{ row.situation.to_string() }</th>
                                    { for row.cells.iter().zip(&m.roles).map(|(rights, role)| html! {
                                        <td>{ for rights.iter().map(|right| right_in_cell(right, role)) }</td>
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <RoleList />
        </section>
    }
}

/// A role's own rule links to its editor; one it has from a role below says so ("Yes, as
/// Staff"), never a blank that reads "no", and offers the role a rule of its own.
fn right_in_cell(right: &Right, role: &Role) -> Html {
    let rule = right.rule;
    let what = html! {
        <>
            if rule.ask_first {
                { tr(Msg::AskFirstAbout { what: &rule.may }) }
            } else {
                { rule.may.clone() }
            }
            if let Some(limit) = rule.limit {
                <span class="limit">{ format!(" ({})", tr(Msg::UpTo { amount: &money(limit) })) }</span>
            }
        </>
    };
    match right.inherited_from {
        None => html! {
            <a class={classes!("rule-link", rule.ask_first.then_some("ask-first"))} href={Route::EditRule { id: rule.id }.href()}>{ what }</a>
        },
        Some(below) => {
            let from = if rule.ask_first {
                Msg::AsRole {
                    role: &role_in_sentence(below),
                }
            } else {
                Msg::InheritedAs {
                    role: &role_in_sentence(below),
                }
            };
            html! {
                <div class={classes!("inherited-right", rule.ask_first.then_some("ask-first"))}>
                    <span class="inherited-from">{ tr(from) }</span>
                    <span class="inherited-what">{ what }</span>
                    <a class="text-link own-rule" href={Route::NewRuleLike { rule: rule.id, role: role.id }.href()}
                        aria-label={format!("{}: {}", tr(Msg::OwnRuleFor { role: &role_in_sentence(role) }), rule.may)}>
                        { tr(Msg::OwnRuleFor { role: &role_in_sentence(role) }) }
                    </a>
                </div>
            }
        }
    }
}
