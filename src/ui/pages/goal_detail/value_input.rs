//! The value of a check-in, asked for as its goal's kind needs it: done (a tick), a count
//! (a stepper), an amount (a money field in the business's currency), a score (five
//! buttons, −2…+2). Never a bare "Value" field that expects "1" or "−2".

use crate::domain::staff::{Goal, GoalKind};
use crate::text::staff::SCORE_STEPS;
use crate::text::{business_currency, tr, Msg};
use yew::prelude::*;

/// The id of the value's first control, which an error or "Edit" focuses.
pub const VALUE_ID: &str = "check-in-value";

#[derive(Properties, PartialEq)]
pub struct ValueInputProps {
    pub goal: Goal,
    /// The value as the draft holds it.
    pub value: String,
    pub error: Option<String>,
    pub on_change: Callback<String>,
}

#[component(ValueInput)]
pub fn value_input(props: &ValueInputProps) -> Html {
    let error_id = format!("{VALUE_ID}-error");
    let described = props.error.is_some().then(|| error_id.clone());
    let invalid = props.error.is_some().then_some("true");
    let typed = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                on_change.emit(input.value());
            }
        })
    };
    let control = match props.goal.kind {
        GoalKind::DonePerDay => {
            let on_change = props.on_change.clone();
            let ticked = Callback::from(move |e: Event| {
                if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                    on_change.emit(if input.checked() { "1" } else { "0" }.to_string());
                }
            });
            html! {
                <div class="field checkbox">
                    <input id={VALUE_ID.to_string()} type="checkbox" checked={props.value.trim() == "1"} onchange={ticked}
                        aria-invalid={invalid} aria-describedby={described} />
                    <label for={VALUE_ID.to_string()}>{ tr(Msg::CheckInDone) }</label>
                </div>
            }
        }
        GoalKind::Count => {
            let count: i64 = props.value.trim().parse().unwrap_or(0);
            let step = |by: i64| {
                let on_change = props.on_change.clone();
                Callback::from(move |_| on_change.emit((count + by).max(0).to_string()))
            };
            html! {
                <div class="field">
                    <label for={VALUE_ID.to_string()}>{ tr(Msg::CheckInCount) }</label>
                    <div class="stepper">
                        <button type="button" class="button" aria-label={tr(Msg::OneLess)} onclick={step(-1)} disabled={count <= 0}>{ "−" }</button>
                        <input id={VALUE_ID.to_string()} type="number" inputmode="numeric" min="0" step="1" value={props.value.clone()}
                            oninput={typed} aria-invalid={invalid} aria-describedby={described} />
                        <button type="button" class="button" aria-label={tr(Msg::OneMore)} onclick={step(1)}>{ "+" }</button>
                    </div>
                </div>
            }
        }
        GoalKind::Amount => html! {
            <div class="field">
                <label for={VALUE_ID.to_string()}>{ tr(Msg::CheckInAmount { currency: business_currency().code() }) }</label>
                <input id={VALUE_ID.to_string()} type="text" inputmode="decimal" autocomplete="off" value={props.value.clone()}
                    oninput={typed} aria-invalid={invalid} aria-describedby={described} />
            </div>
        },
        GoalKind::Score => html! {
            <fieldset class="field score-choice" id={VALUE_ID.to_string()} tabindex="-1" aria-describedby={described}>
                <legend>{ tr(Msg::CheckInScore) }</legend>
                { for SCORE_STEPS.iter().map(|&(stored, shown)| {
                    let on_change = props.on_change.clone();
                    let id = format!("check-in-score-{stored}");
                    html! {
                        <span class="score-option">
                            <input id={id.clone()} type="radio" name="check-in-score" value={stored}
                                checked={props.value.trim() == stored}
                                onchange={Callback::from(move |_| on_change.emit(stored.to_string()))} />
                            <label for={id}>{ shown }</label>
                        </span>
                    }
                }) }
            </fieldset>
        },
        // Counted from the ratings: the page offers no check-in for it.
        GoalKind::GoodRatings => html! {},
    };
    html! {
        <div class={classes!("value-input", props.error.is_some().then_some("invalid"))}>
            { control }
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id}>{ error.clone() }</p>
            }
        </div>
    }
}
