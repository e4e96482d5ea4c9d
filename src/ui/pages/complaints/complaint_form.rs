//! The complaint form: at the counter with the customer just gone, so what they said
//! comes first and is all that is needed; the ticks, the compensation, the cause and
//! the contact details are a tap or two each. A compensation above what the logger
//! may give asks, right there, which manager approved it.

use crate::clock::now;
use crate::domain::money::Money;
use crate::domain::validation::{Field as F, FieldErrors};
use crate::domain::visits::Someone;
use crate::domain::voice::complaint_draft::ON_THE_SPOT;
use crate::domain::voice::{Cause, Complaint, ComplaintDraft};
use crate::domain::{Channel, ComplaintId, Library, PersonId, Timestamp};
use crate::text::{area_name, channel, complaint_stage, money, problem, tr, Msg};
use crate::ui::components::{Field, FieldKind, SelectField};
use crate::ui::hooks::{field_setter, selected_option, settle_submit};
use crate::ui::library::use_library;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComplaintFormProps {
    /// The complaint to correct; a new one when `None`.
    #[prop_or_default]
    pub existing: Option<Complaint>,
    /// Hears the complaint's id once it is stored.
    pub on_saved: Callback<ComplaintId>,
    /// A link or button beside Save (back, cancel).
    #[prop_or_default]
    pub children: Html,
}

fn field_id(field: F) -> String {
    match field {
        F::Compensation => "complaint-compensation",
        F::ApprovedBy => "complaint-approved-by",
        F::Contact => "complaint-contact",
        // An action due before the complaint: the complaint's time is what moved.
        F::Due => "complaint-when",
        _ => "complaint-said",
    }
    .to_string()
}

/// The local date and time of `at` as a `datetime-local` field holds it.
fn local_input(at: Timestamp) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.unix_millis() as f64));
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// A `datetime-local` value read as this device's local time.
fn from_local_input(typed: &str) -> Option<Timestamp> {
    let millis = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(typed)).get_time();
    millis
        .is_finite()
        .then(|| Timestamp::from_unix_millis(millis))
}

fn cause_value(cause: Option<Cause>) -> String {
    match cause {
        None => String::new(),
        Some(Cause::Area(id)) => format!("area:{id}"),
        Some(Cause::Standard(id)) => format!("standard:{id}"),
    }
}

fn cause_from(value: &str) -> Option<Cause> {
    let (kind, id) = value.split_once(':')?;
    match kind {
        "area" => selected_option(id).map(Cause::Area),
        "standard" => selected_option(id).map(Cause::Standard),
        _ => None,
    }
}

/// What the approval question says: whose limit the amount is above.
fn approval_question(lib: &Library, logger: Option<Someone>, limit: Option<Money>) -> String {
    let name = logger
        .and_then(Someone::person)
        .and_then(|p| lib.person(p))
        .map(|p| p.name.clone());
    match (name, limit) {
        (None, _) => tr(Msg::NobodyLogged),
        (Some(who), Some(limit)) => tr(Msg::AboveLimit {
            who: &who,
            limit: &money(limit),
        }),
        (Some(who), None) => tr(Msg::NoLimitFor { who: &who }),
    }
}

#[component(ComplaintForm)]
pub fn complaint_form(props: &ComplaintFormProps) -> Html {
    let library = use_library();
    let draft = {
        let existing = props.existing.clone();
        use_state(move || match &existing {
            Some(c) => ComplaintDraft::from_complaint(c, |m| m.typed(crate::text::locale())),
            None => ComplaintDraft::new(now()),
        })
    };
    let errors = use_state(FieldErrors::default);
    let saving = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    let lib = library.library();
    let currency = crate::text::business_currency();
    let limit = lib.compensation_limit_of(draft.logged_by, currency);
    let asks_approval = draft.asks_approval(props.existing.as_ref(), currency, limit);
    let set = |apply: fn(&mut ComplaintDraft, String)| field_setter(&draft, apply);
    let on_submit = {
        let (draft, errors, saving, library) = (
            draft.clone(),
            errors.clone(),
            saving.clone(),
            library.clone(),
        );
        let (existing, on_saved) = (props.existing.clone(), props.on_saved.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *saving {
                return;
            }
            let done = {
                let (saving, on_saved) = (saving.clone(), on_saved.clone());
                Callback::from(move |stored: Option<ComplaintId>| {
                    saving.set(false);
                    if let Some(id) = stored {
                        on_saved.emit(id);
                    }
                })
            };
            settle_submit(
                library.save_complaint(existing.as_ref(), &draft, done),
                &errors,
                &saving,
                field_id,
            );
        })
    };
    let error = |field: F| errors.for_field(field).map(|p| problem(field, p));
    let people: Vec<(String, String)> = std::iter::once((String::new(), tr(Msg::NotGiven)))
        .chain(
            lib.staff
                .people
                .iter()
                .filter(|p| p.active)
                .map(|p| (p.id.to_string(), p.name.clone())),
        )
        .collect();
    // Who may have approved it: people who may give this much themselves, never the
    // one logging it (anyone else, if nobody's role allows that much).
    let approvers: Vec<(String, String)> = {
        let amount = draft.compensation(currency).ok().flatten();
        let logger = draft.logged_by.and_then(Someone::person);
        let others: Vec<_> = lib
            .staff
            .people
            .iter()
            .filter(|p| p.active && Some(p.id) != logger)
            .collect();
        let covered: Vec<_> = others
            .iter()
            .filter(|p| {
                let limit = lib.compensation_limit_of(Some(Someone::Person(p.id)), currency);
                amount.is_some_and(|a| !Complaint::needs_approval(a, limit))
            })
            .collect();
        let chosen: Vec<_> = if covered.is_empty() {
            others.iter().collect()
        } else {
            covered
        };
        std::iter::once((String::new(), tr(Msg::NotGiven)))
            .chain(
                chosen
                    .into_iter()
                    .map(|p| (p.id.to_string(), p.name.clone())),
            )
            .collect()
    };
    let someone = |s: Option<Someone>| {
        s.and_then(Someone::person)
            .map(|p| p.to_string())
            .unwrap_or_default()
    };
    let channel_choice = |c: Channel| {
        let checked = draft.channel == c;
        let draft = draft.clone();
        let onchange = Callback::from(move |_: Event| {
            let mut next = (*draft).clone();
            next.channel = c;
            draft.set(next);
        });
        html! {
            <label class="choice">
                <input type="radio" name="complaint-channel" {checked} {onchange} />
                { channel(c) }
            </label>
        }
    };
    let stage_tick = |stage| {
        let checked = draft.stages_done.contains(&stage);
        let draft = draft.clone();
        let onchange = Callback::from(move |_: Event| {
            let mut next = (*draft).clone();
            next.toggle_stage(stage);
            draft.set(next);
        });
        html! {
            <label class="check">
                <input type="checkbox" {checked} {onchange} />
                { complaint_stage(stage) }
            </label>
        }
    };
    let on_cause = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let mut next = (*draft).clone();
            next.cause = cause_from(&select.value());
            draft.set(next);
        })
    };
    let chosen_cause = cause_value(draft.cause);
    let on_consent = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = (*draft).clone();
            next.consent = input.checked();
            draft.set(next);
        })
    };
    let contact_error = error(F::Contact);
    html! {
        <form class="complaint-form" onsubmit={on_submit} novalidate=true>
            if !errors.is_empty() {
                <p class="form-error" role="alert">{ tr(Msg::FixMarkedFields) }</p>
            }
            <Field id="complaint-said" label={tr(Msg::ComplaintSaidLabel)} kind={FieldKind::Text} required=true
                value={draft.said.clone()} error={error(F::ComplaintSaid)} on_change={set(|d, v| d.said = v)} />
            <fieldset class="choices">
                <legend>{ tr(Msg::ChannelLabel) }</legend>
                { for [Channel::InPerson, Channel::Phone, Channel::Written].into_iter().map(channel_choice) }
            </fieldset>
            <fieldset class="ticks">
                <legend>{ tr(Msg::DoneOnTheSpot) }</legend>
                { for ON_THE_SPOT.into_iter().map(stage_tick) }
            </fieldset>
            <div class="field-row">
                <Field id="complaint-compensation" label={tr(Msg::CompensationLabel)} kind={FieldKind::Number}
                    hint={tr(Msg::CompensationHint { currency: currency.code() })}
                    value={draft.compensation.clone()} error={error(F::Compensation)}
                    on_change={set(|d, v| d.compensation = v)} />
                <SelectField id="complaint-logged-by" label={tr(Msg::LoggedBy)} options={people.clone()}
                    selected={someone(draft.logged_by)}
                    on_change={set(|d, v| d.logged_by = selected_option::<PersonId>(&v).map(Someone::Person))} />
            </div>
            if asks_approval {
                <div class="approval" role="group" aria-labelledby="complaint-approval-question">
                    <p id="complaint-approval-question" class="warning">{ approval_question(lib, draft.logged_by, limit) }</p>
                    <SelectField id="complaint-approved-by" label={tr(Msg::ApprovedByLabel)} options={approvers}
                        selected={someone(draft.approved_by)} error={error(F::ApprovedBy)}
                        on_change={set(|d, v| d.approved_by = selected_option::<PersonId>(&v).map(Someone::Person))} />
                </div>
            }
            <div class="field">
                <label for="complaint-cause">{ tr(Msg::CauseLabel) }</label>
                <select id="complaint-cause" onchange={on_cause}>
                    <option value="" selected={chosen_cause.is_empty()}>{ tr(Msg::NoCause) }</option>
                    { for lib.areas_in_order().into_iter().map(|area| {
                        let name = area_name(area);
                        let area_value = cause_value(Some(Cause::Area(area.id)));
                        html! {
                            <optgroup label={name.clone()}>
                                <option value={area_value.clone()} selected={chosen_cause == area_value}>
                                    { tr(Msg::WholeArea { name: &name }) }
                                </option>
                                { for lib.standards_in(area.id).into_iter().map(|s| {
                                    let value = cause_value(Some(Cause::Standard(s.id)));
                                    let selected = chosen_cause == value;
                                    html! { <option {selected} {value}>{ s.title.clone() }</option> }
                                }) }
                            </optgroup>
                        }
                    }) }
                </select>
            </div>
            <Field id="complaint-when" label={tr(Msg::ComplaintWhen)} kind={FieldKind::DateTime}
                value={local_input(draft.at)} error={error(F::Due)}
                on_change={set(|d, v| if let Some(at) = from_local_input(&v) { d.at = at })} />
            <div class={classes!("contact", contact_error.is_some().then_some("invalid"))}>
                <Field id="complaint-contact" label={tr(Msg::ContactLabel)} kind={FieldKind::Line}
                    hint={tr(Msg::ContactKeptHint { days: lib.contact_days() })}
                    value={draft.contact.clone()} error={contact_error}
                    on_change={set(|d, v| d.contact = v)} />
                <label class="check">
                    <input type="checkbox" checked={draft.consent} onchange={on_consent} />
                    { tr(Msg::ConsentLabel) }
                </label>
            </div>
            <div class="actions">
                <button type="submit" class="button primary big" disabled={*saving}>
                    { tr(if *saving { Msg::Saving } else if props.existing.is_some() { Msg::Save } else { Msg::SaveComplaint }) }
                </button>
                { props.children.clone() }
            </div>
        </form>
    }
}
