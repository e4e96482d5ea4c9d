//! Writing one authority rule: the situation, the role, what it may do, up to what amount.

use crate::domain::authority::RuleDraft;
use crate::domain::money::Currency;
use crate::domain::state::Deleted;
use crate::domain::validation::{Field as F, FieldErrors};
use crate::domain::{RoleId, RuleId};
use crate::text::{locale, problem, role_name, tr, Msg};
use crate::ui::components::{Field, FieldKind, Missing};
use crate::ui::hooks::{field_setter, selected_option, submit_handler};
use crate::ui::library::{use_library, Outcome};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RuleEditorProps {
    #[prop_or_default]
    pub id: Option<RuleId>,
    /// A new rule starting as a copy of this rule, for this role.
    #[prop_or_default]
    pub like: Option<(RuleId, RoleId)>,
}

fn field_id(field: F) -> String {
    match field {
        F::Role => "rule-role",
        F::RuleMay => "rule-may",
        F::Limit => "rule-limit",
        F::Notes => "rule-notes",
        _ => "rule-situation",
    }
    .to_string()
}

#[component(RuleEditor)]
pub fn rule_editor(props: &RuleEditorProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let existing = library
        .as_ref()
        .and_then(|l| props.id.and_then(|id| l.library().rule(id).cloned()));
    let draft = {
        let existing = existing.clone();
        let first_role = library
            .as_ref()
            .and_then(|l| l.library().roles_in_order().first().map(|r| r.id));
        let model = props.like.and_then(|(rule, role)| {
            let rule = library.as_ref()?.library().rule(rule)?.clone();
            Some((rule, role))
        });
        use_state(move || match (&existing, model) {
            (Some(rule), _) => RuleDraft::from_rule(rule, locale()),
            (None, Some((model, role))) => RuleDraft {
                role_id: Some(role),
                notes: String::new(),
                ..RuleDraft::from_rule(&model, locale())
            },
            (None, None) => RuleDraft::new(first_role, crate::text::business_currency()),
        })
    };
    let errors = use_state(FieldErrors::default);
    let saving = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    if props.id.is_some() && existing.is_none() {
        return html! { <Missing heading={Msg::RuleNotFound} back_to={Route::Authority} back_label={Msg::ToAuthority} /> };
    }
    let setter = |apply| field_setter(&draft, apply);
    let select = |apply: fn(&mut RuleDraft, &web_sys::HtmlSelectElement)| {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let mut next = (*draft).clone();
                apply(&mut next, &select);
                draft.set(next);
            }
        })
    };
    let on_submit = {
        let (draft, existing, library) = (draft.clone(), existing.clone(), library.clone());
        submit_handler(
            &errors,
            &saving,
            navigator.clone(),
            field_id,
            |_: RuleId| Route::Authority,
            move |done| library.save_rule(existing.as_ref(), &draft, done),
        )
    };
    let on_delete = existing.clone().map(|rule| {
        let library = library.clone();
        Callback::from(move |_| {
            let navigator = navigator.clone();
            let done = Callback::from(move |outcome| {
                if let (Outcome::Stored, Some(navigator)) = (outcome, &navigator) {
                    navigator.push(&Route::Authority);
                }
            });
            library.delete(Deleted::Rule(rule.clone()), done);
        })
    });
    let on_ask_first = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                draft.set(RuleDraft {
                    ask_first: input.checked(),
                    ..(*draft).clone()
                });
            }
        })
    };
    let error_for = |field: F| errors.for_field(field).map(|p| problem(field, p));
    let role_error = error_for(F::Role);
    html! {
        <section class="page editor">
            <h1>{ tr(if existing.is_some() { Msg::EditRule } else { Msg::NewRule }) }</h1>
            <form onsubmit={on_submit} novalidate=true>
                if !errors.is_empty() {
                    <p class="form-error" role="alert">{ tr(Msg::FixMarkedFields) }</p>
                }
                <Field id="rule-situation" label={tr(Msg::Situation)} kind={FieldKind::Line} required=true hint={tr(Msg::RuleSituationHint)}
                    value={draft.situation.clone()} error={error_for(F::RuleSituation)} on_change={setter(|d, v| d.situation = v)} />
                <div class={classes!("field", role_error.is_some().then_some("invalid"))}>
                    <label for="rule-role">{ tr(Msg::RoleLabel) }</label>
                    <select id="rule-role" onchange={select(|d, s| d.role_id = selected_option(&s.value()))}
                        aria-invalid={role_error.is_some().then_some("true")}
                        aria-describedby={role_error.is_some().then_some("rule-role-error")}>
                        { for library.library().roles_in_order().into_iter().map(|role| html! {
                            <option value={role.id.to_string()} selected={draft.role_id == Some(role.id)}>{ role_name(role) }</option>
                        }) }
                    </select>
                    if let Some(error) = role_error {
                        <p class="field-error" id="rule-role-error">{ error }</p>
                    }
                </div>
                <div class="field checkbox">
                    <input id="rule-ask-first" type="checkbox" checked={draft.ask_first} onchange={on_ask_first}
                        aria-describedby="rule-ask-first-hint" />
                    <label for="rule-ask-first">{ tr(Msg::RuleAskFirst) }</label>
                    <p class="hint" id="rule-ask-first-hint">{ tr(Msg::RuleAskFirstHint) }</p>
                </div>
                <Field id="rule-may" label={tr(if draft.ask_first { Msg::RuleAsksAbout } else { Msg::RuleMay })}
                    kind={FieldKind::Line} required=true hint={tr(Msg::RuleMayHint)}
                    value={draft.may.clone()} error={error_for(F::RuleMay)} on_change={setter(|d, v| d.may = v)} />
                if !draft.ask_first {
                <div class="money-fields">
                    <Field id="rule-limit" label={tr(Msg::Limit)} kind={FieldKind::Line} hint={tr(Msg::LimitHint)}
                        value={draft.limit.clone()} error={error_for(F::Limit)} on_change={setter(|d, v| d.limit = v)} />
                    <div class="field">
                        <label for="rule-currency">{ tr(Msg::CurrencyLabel) }</label>
                        <select id="rule-currency" onchange={select(|d, s| {
                            d.currency = Currency::ALL.get(s.selected_index().max(0) as usize).copied().unwrap_or(Currency::Nok);
                        })}>
                            { for Currency::ALL.iter().map(|&c| html! {
                                <option selected={draft.currency == c}>{ c.code() }</option>
                            }) }
                        </select>
                    </div>
                </div>
                }
                <Field id="rule-notes" label={tr(Msg::Notes)} kind={FieldKind::Text}
                    value={draft.notes.clone()} error={error_for(F::Notes)} on_change={setter(|d, v| d.notes = v)} />
                <div class="actions">
                    <button type="submit" class="button primary" disabled={*saving}>
                        { tr(if *saving { Msg::Saving } else { Msg::Save }) }
                    </button>
                    <a class="button" href={Route::Authority.href()}>{ tr(Msg::Cancel) }</a>
                    if let Some(on_delete) = on_delete {
                        <button type="button" class="button danger" onclick={on_delete}>{ tr(Msg::Delete) }</button>
                    }
                </div>
            </form>
        </section>
    }
}
