//! Who may decide what: situations × roles for the manager, the roles themselves,
//! and the rules behind each cell.

mod role_list;
mod rule_editor;

use crate::domain::authority::matrix;
use crate::text::{money, role_name, tr, Msg};
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
                <div class="table-frame" role="region" aria-labelledby="matrix-caption" tabindex="0">
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
                                    { for row.cells.iter().map(|rules| html! {
                                        <td>
                                            { for rules.iter().map(|rule| html! {
                                                <a class="rule-link" href={Route::EditRule { id: rule.id }.href()}>
                                                    { rule.may.clone() }
                                                    if let Some(limit) = rule.limit {
                                                        <span class="limit">{ format!(" ({})", tr(Msg::UpTo { amount: &money(limit) })) }</span>
                                                    }
                                                </a>
                                            }) }
                                        </td>
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <RoleList />
            <p><a class="text-link" href={Route::Values.href()}>{ tr(Msg::BackToValues) }</a></p>
        </section>
    }
}
